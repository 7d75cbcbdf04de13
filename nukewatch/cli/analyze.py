"""`nukewatch analyze`: code the signals of documents and print them (no store)."""
from __future__ import annotations

import datetime as dt
import json
import sys

import click

from nukewatch.cli.options import parse_date

from nukewatch.model import Analysis, InputError




@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--published", callback=parse_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs that do not carry one (dates like 'Thursday' resolve against it).")
@click.option("--lang", "language", metavar="CODE",
              help="Force the language (en, fr, ru, uk, de, es) instead of detecting it.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default=None,
              help="Output: jsonl (one object per document), json (one array), table (readable). "
                   "Default: table on a terminal, jsonl otherwise.")
@click.option("--all/--relevant-only", "show_all", default=True,
              help="Print every document (default) or only those with signals.")
def analyze(paths: tuple[str, ...], published: dt.date | None, language: str | None, fmt: str | None,
            show_all: bool) -> None:
    """Code nuclear-escalation signals in documents, per shared/spec/signals.md.

    \b
    PATH is a .txt, .html/.htm or .jsonl file, a directory (read recursively),
    or - for standard input. JSON Lines records carry `id`, `text` or `html`,
    and optionally `title`, `url`, `published`, `language`.

    Problems with an input (unreadable, binary, empty, a broken JSONL line, an
    unsupported language) are reported on stderr as `source: message`; every
    other document is still analyzed, and the exit status is 1.
    """
    from nukewatch.analyze import Analyzer
    from nukewatch.ingest.files import read_paths

    if language is not None:
        from nukewatch.analyze.packs import available_languages

        if language.lower() not in available_languages():
            raise click.BadParameter(f"{language!r}: supported languages are {', '.join(available_languages())}",
                                     param_hint="--lang")
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    analyzer = Analyzer()
    failed = 0
    collected: list[dict] = []
    for item in read_paths(paths, published=published, language=language, force_language=language is not None):
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"nukewatch: {item}", err=True)
            continue
        try:
            analysis = analyzer.analyze(item)
        except Exception as exc:  # one bad document must not stop the run; say which one
            failed += 1
            click.echo(f"nukewatch: {item.source or item.id}: analysis failed: {exc!r}", err=True)
            continue
        if analysis.note:
            failed += 1
            click.echo(f"nukewatch: {item.source or item.id}: {analysis.note}", err=True)
        if not show_all and not analysis.events:
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False))
        elif fmt == "json":
            collected.append(analysis.to_dict())
        else:
            _print_table(analysis)
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=2))
    sys.exit(1 if failed else 0)


def _print_table(analysis: Analysis) -> None:
    from rich.console import Console
    from rich.table import Table

    doc = analysis.document
    head = f"{doc.id}  [{analysis.language or '?'}]  {doc.published or 'no date'}  {doc.title or ''}"
    console = Console()
    if not analysis.events:
        console.print(f"[bold]{head}[/bold]  [dim]no signal[/dim]")
        return
    table = Table(title=head, title_justify="left", show_lines=True)
    table.add_column("signal", no_wrap=True)
    table.add_column("evidence", overflow="fold", min_width=30)
    for s in analysis.events:
        who = (s.actor.code if s.actor else "?") + (f" -> {s.target.code}" if s.target else "")
        marks = s.modality + (", hedged" if s.hedged else "")
        lines = [f"[bold]{s.type}[/bold]", who, marks]
        if s.date:
            lines.append(s.date)
        if s.quantity:
            lines.append(f"{'~' if s.quantity.approx else ''}{s.quantity.value:g} {s.quantity.unit}")
        quote = s.evidence[0].text if s.evidence else ""
        if s.attributed_to:
            quote += f"  [dim](source: {s.attributed_to.code} {s.attributed_to.text})[/dim]"
        table.add_row("\n".join(lines), quote)
    console.print(table)
