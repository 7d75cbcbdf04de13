"""`nukewatch search`: full-text search over the stored documents."""
from __future__ import annotations

import click

DB_HELP = "Store: a SQLite path or postgresql:// URL (default: $NUKEWATCH_DB, else ./nukewatch.db)."


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("query")
@click.option("--db", default=None, envvar="NUKEWATCH_DB", show_envvar=True, help=DB_HELP)
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="Show at most N documents, best first.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit instead of text.")
def search(query: str, db: str | None, limit: int, as_json: bool) -> None:
    """Full-text search over stored documents (title and text of the relevant ones).

    \b
    QUERY: words that must all occur, "quoted phrases", OR between
    alternatives (on SQLite a trailing * matches a prefix: warhead*). Matching
    ignores case (and on SQLite, accents); there is no stemming, texts being
    multilingual. Shows title, url, date and a snippet with [matches].
    """
    import json

    from nukewatch.store import Store

    try:
        store = Store.open(db, create=False)
    except FileNotFoundError as e:
        raise click.ClickException(str(e)) from e
    try:
        hits = store.search(query, limit=limit)
    finally:
        store.close()
    if as_json:
        for h in hits:
            click.echo(json.dumps({"document_id": h.document_id, "title": h.title, "url": h.url,
                                   "outlet": h.outlet, "published": h.published.isoformat() if h.published else None,
                                   "snippet": h.snippet, "score": round(h.score, 6)}, ensure_ascii=False))
        return
    if not hits:
        click.echo("no match", err=True)
        return
    for h in hits:
        date = h.published.isoformat() if h.published else "----------"
        click.echo(click.style(f"{date}  {h.title or '(no title)'}", bold=True))
        click.echo(f"            {h.url or ''}{'  (' + h.outlet + ')' if h.outlet else ''}")
        click.echo("            " + " ".join(h.snippet.split()))
        click.echo()
