"""`nukewatch ingest`: read sources into the store (triage, dedup, analyze), with progress."""
from __future__ import annotations

import datetime as dt
import signal
import sys

import click

from nukewatch.cli.options import DB_HELP, parse_date





def _load_analyzer(spec: str | None):
    if spec is None:
        from nukewatch.analyze import Analyzer

        return Analyzer()
    import importlib

    module, _, attr = spec.partition(":")
    if not attr:
        raise click.BadParameter("expected MODULE:CALLABLE", param_hint="--analyzer")
    return getattr(importlib.import_module(module), attr)()


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default=None, envvar="NUKEWATCH_DB", show_envvar=True, help=DB_HELP)
@click.option("--published", callback=parse_date, metavar="YYYY-MM-DD",
              help="Publication date for documents that carry none.")
@click.option("--lang", "language", metavar="xx", help="Language of the documents (ISO 639-1), overriding detection.")
@click.option("--fetch", is_flag=True, help="Allow http(s) URLs and feeds among SOURCES to be downloaded.")
@click.option("--allow-private", is_flag=True,
              help="With --fetch: allow URLs resolving to private, loopback or link-local addresses.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary (errors are still printed).")
@click.option("--batch-size", default=200, show_default=True, type=click.IntRange(1, 100_000),
              help="Documents stored per transaction.")
@click.option("--analyzer", "analyzer_spec", hidden=True, metavar="MODULE:CALLABLE",
              help="Use another analyzer (a factory called without arguments); for tests and benchmarks.")
def ingest(sources: tuple[str, ...], db: str | None, published: dt.date | None, language: str | None,
           fetch: bool, allow_private: bool, quiet: bool, batch_size: int, analyzer_spec: str | None) -> None:
    """Read SOURCES (files, directories, WARC, feeds, GDELT exports, `-` for stdin, URLs with --fetch)
    into the store.

    \b
    Every document is hashed on its normalized text: a document already in the
    store is counted as a duplicate and not analyzed again, so ingesting the
    same input twice adds nothing, and an interrupted run can simply be run
    again. New documents are triaged and analyzed; relevant ones keep their
    text, join a story with their near-duplicates and add their signals.
    Errors are printed as `source: message` on stderr as they happen; the exit
    status is 1 if any input failed (everything else is stored).
    """
    from nukewatch.ingest.pipeline import ingest as run_ingest
    from nukewatch.store import Store

    def _term(signum, frame):  # noqa: ANN001
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _term)
    analyzer = _load_analyzer(analyzer_spec)
    try:
        store = Store.open(db)
    except Exception as e:  # noqa: BLE001
        raise click.ClickException(f"cannot open store {db or ''}: {e}".replace("  ", " ")) from e

    show_bar = not quiet and sys.stderr.isatty()
    progress = bar = task = None
    console = None
    if show_bar:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        console = Console(stderr=True)
        progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                            TextColumn("[bold]{task.completed:,.0f}[/] documents"),
                            TextColumn("{task.fields[rate]:,.0f} docs/s"),
                            TextColumn("new {task.fields[new]:,} · relevant {task.fields[relevant]:,} · "
                                       "signals {task.fields[signals]:,} · errors {task.fields[errors]:,}"),
                            TimeElapsedColumn(), console=console, transient=False)
        task = progress.add_task("ingest", total=None, rate=0.0, new=0, relevant=0, signals=0, errors=0)
        bar = progress

    def on_progress(s) -> None:  # noqa: ANN001
        if bar is not None:
            bar.update(task, completed=s.read, rate=s.rate, new=s.new, relevant=s.relevant, signals=s.signals,
                       errors=s.errors)

    def on_error(err) -> None:  # noqa: ANN001
        if console is not None:
            from rich.text import Text

            console.print(Text(str(err), style="red"), highlight=False)
        else:
            click.echo(str(err), err=True)

    try:
        if bar is not None:
            bar.start()
        try:
            summary = run_ingest(list(sources), store, analyzer=analyzer, published=published, language=language,
                                 fetch=fetch, allow_private=allow_private, progress=on_progress,
                                 on_error=on_error, batch_size=batch_size)
        finally:
            if bar is not None:
                bar.stop()
    except KeyboardInterrupt:
        click.echo("interrupted: documents stored so far are kept; run the same command again to resume",
                   err=True)
        sys.exit(130)
    finally:
        store.close()
    if not quiet:
        click.echo(f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, "
                   f"relevant {summary.relevant}, signals {summary.signals} (+{summary.merged} merged into "
                   f"their story), errors {summary.errors}"
                   + (f", skipped {summary.skipped}" if summary.skipped else "")
                   + f" in {summary.seconds:.1f}s ({summary.rate:,.0f} docs/s)")
    if summary.errors:
        sys.exit(1)
