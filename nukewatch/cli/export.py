"""`nukewatch export`: stored signals with their document metadata, as JSON Lines, CSV or Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable
from typing import Any

import click

from nukewatch.cli.options import DB_HELP, parse_date


# flat columns, in order (CSV and Parquet); `evidence` is a list in JSON Lines and Parquet
COLUMNS = ["id", "story_id", "type", "track", "day", "date", "actor_code", "actor_country", "actor_role",
           "actor_text", "target_code", "target_country", "target_text", "modality", "hedged", "attributed_code",
           "attributed_text", "quantity_value", "quantity_approx", "quantity_unit", "confidence", "corroboration",
           "document_id", "url", "outlet", "title", "published", "language", "story_title",
           "story_first_published"]




def _records(rows: Iterable[Any]) -> Iterable[dict[str, Any]]:
    for r in rows:
        d = r.to_dict()
        out = {k: d[k] for k in COLUMNS}
        out["evidence"] = [{k: e[k] for k in ("text", "start", "end", "document_id", "url", "outlet")}
                           for e in d["evidence"]]
        yield out


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="Output format.")
@click.option("--since", callback=parse_date, metavar="YYYY-MM-DD", help="Only signals on or after this day.")
@click.option("--until", callback=parse_date, metavar="YYYY-MM-DD", help="Only signals on or before this day.")
@click.option("--type", "type_", metavar="TYPE", help="Only this signal type (THREAT, DEPLOYMENT...).")
@click.option("--actor", metavar="CODE", help="Only this actor: CCC matches the country, CCC.ROLE the exact code.")
@click.option("--db", default=None, envvar="NUKEWATCH_DB", show_envvar=True, help=DB_HELP)
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True),
              help="Write to FILE (default: standard output; required for parquet).")
def export(fmt: str, since: dt.date | None, until: dt.date | None, type_: str | None, actor: str | None,
           db: str | None, out: str | None) -> None:
    """Export stored signals with their document metadata.

    \b
    One record per signal (merged per story): type, track, actor, target,
    modality, hedged, date/day, quantity, confidence, corroboration (distinct
    outlets carrying it), the first carrying document's url, outlet, title and
    publication date, the story, and the evidence: every sentence that carries
    it, with its document's url and outlet. In CSV, evidence is flattened to
    `evidence` (the first sentence), `evidence_count` and `evidence_urls`
    (space-separated).
    """
    from nukewatch.model import TRACKS
    from nukewatch.store import Store

    if type_ and type_.upper() not in TRACKS:
        raise click.BadParameter(f"unknown type {type_!r} (one of {', '.join(TRACKS)})", param_hint="--type")
    if fmt == "parquet" and not out:
        raise click.UsageError("--format parquet needs --out FILE")
    try:
        store = Store.open(db, create=False)
    except FileNotFoundError as e:
        raise click.ClickException(str(e)) from e
    try:
        records = _records(store.iter_signals(since=since, until=until, type=type_, actor=actor))
        n = _write(fmt, records, out)
    finally:
        store.close()
    if out:
        click.echo(f"{n} signals written to {out}", err=True)


def _write(fmt: str, records: Iterable[dict[str, Any]], out: str | None) -> int:
    n = 0
    if fmt == "parquet":
        return _parquet(records, out)  # type: ignore[arg-type]
    fh = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if fmt == "jsonl":
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        else:
            w = csv.writer(fh)
            w.writerow([*COLUMNS, "evidence", "evidence_count", "evidence_urls"])
            for r in records:
                ev = r["evidence"]
                urls = " ".join(dict.fromkeys(e["url"] for e in ev if e["url"]))
                w.writerow([_cell(r[k]) for k in COLUMNS] + [ev[0]["text"] if ev else "", len(ev), urls])
                n += 1
    finally:
        if out:
            fh.close()
    return n


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def _parquet(records: Iterable[dict[str, Any]], out: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    date = pa.date32()
    types = {"id": i, "story_id": i, "day": date, "published": date, "story_first_published": date,
             "hedged": b, "quantity_value": f, "quantity_approx": b, "confidence": f, "corroboration": i,
             "document_id": i}
    evidence = pa.list_(pa.struct([("text", s), ("start", i), ("end", i), ("document_id", i), ("url", s),
                                   ("outlet", s)]))
    schema = pa.schema([(k, types.get(k, s)) for k in COLUMNS] + [("evidence", evidence)])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for r in records:
            for k in ("day", "published", "story_first_published"):
                if r[k] is not None:
                    r[k] = dt.date.fromisoformat(r[k])
            chunk.append(r)
            if len(chunk) >= 5000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or n == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return n
