"""The `nukewatch` command line: one module per command, loaded only when called.

Lazy loading keeps `nukewatch --help` and `analyze` free of the store's and
the plotting libraries' import time.
"""
from __future__ import annotations

import importlib
import importlib.util

import click

# command name -> (module, attribute, one-line help shown by `nukewatch --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "analyze": ("nukewatch.cli.analyze", "analyze", "Code nuclear-escalation signals in documents (no store)."),
    "ingest": ("nukewatch.cli.ingest", "ingest", "Read sources into the store: triage, dedup, analyze."),
    "export": ("nukewatch.cli.export", "export", "Export stored signals with their document metadata."),
    "search": ("nukewatch.cli.search", "search", "Full-text search over stored documents."),
    "assess": ("nukewatch.cli.assess", "assess", "Escalation per actor and track, with the signals behind it."),
    "timeline": ("nukewatch.cli.timeline", "timeline", "Signals over time, in the terminal or as a PNG plot."),
    "report": ("nukewatch.cli.report", "report", "Write an analyst brief (Markdown or HTML) for a period."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name, (mod, _, _) in COMMANDS.items() if importlib.util.find_spec(mod)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[name]
        if importlib.util.find_spec(module) is None:
            return None
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="nukewatch")
def cli() -> None:
    """nukewatch: evidence-backed nuclear escalation signals from multilingual news.

    \b
    Pipeline: ingest -> triage -> analyze -> store -> assess -> serve.
    Typical use:
      nukewatch analyze article.html            # code one document, print signals
      nukewatch ingest examples/                # build ./nukewatch.db from sources
      nukewatch assess --as-of 2022-11-03       # escalation per actor and track
      nukewatch report --format html --out brief/
    """


def main() -> None:
    cli()
