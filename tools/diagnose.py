"""Show, document by document, what the analyzer coded against a gold file.

    python tools/diagnose.py GOLD.jsonl [--id PREFIX] [--errors-only]

For each document: every system signal marked OK (matches a required gold
event), opt (matches an optional one) or XX (extra), with its sentence; then
MISS lines for required gold events nobody matched, and date or hedge
mismatches on matched ones. Matching follows shared/eval/score.py: (type,
country of the actor, modality), "*" matching any actor. A developer's tool
for tuning language packs; the scores themselves come from score.py.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nukewatch.analyze import Analyzer  # noqa: E402
from nukewatch.ingest.files import read_bytes  # noqa: E402
from nukewatch.model import Document  # noqa: E402

INPUT_FIELDS = ("id", "text", "html", "title", "url", "published")  # what score.py passes on


def _key(ev: dict) -> tuple[str, str, str]:
    actor = ev.get("actor") or ""
    if isinstance(actor, dict):
        actor = actor.get("code") or ""
    return ev["type"], str(actor).split(".")[0].upper(), ev["modality"]


def _matches(gold: dict, key: tuple[str, str, str]) -> bool:
    g = _key(gold)
    return g[0] == key[0] and g[2] == key[2] and g[1] in ("*", key[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--id", default="", help="only documents whose id starts with this")
    ap.add_argument("--errors-only", action="store_true", help="hide documents coded exactly")
    args = ap.parse_args(argv)
    analyzer = Analyzer()
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if not str(rec["id"]).startswith(args.id):
            continue
        line = json.dumps({k: rec[k] for k in INPUT_FIELDS if k in rec}, ensure_ascii=False)
        doc = next(read_bytes(line.encode(), str(args.gold), kind="jsonl"))
        if not isinstance(doc, Document):
            print(f"== {rec['id']}: unreadable: {doc}")
            continue
        analysis = analyzer.analyze(doc)
        events = [s.to_dict() for s in analysis.events]
        gold = rec.get("events") or []
        required = [g for g in gold if not g.get("optional")]
        lines, used = [], set()
        for ev in events:
            k = _key(ev)
            hit = next((i for i, g in enumerate(required) if i not in used and _matches(g, k)), None)
            optional = [g for g in gold if g.get("optional")]
            mark = "OK " if hit is not None else ("opt" if any(_matches(g, k) for g in optional) else "XX ")
            if hit is not None:
                used.add(hit)
                g = required[hit]
                if g.get("date") and g["date"] != ev.get("date"):
                    mark += f" date {ev.get('date')} != {g['date']}"
                if "hedged" in g and bool(g["hedged"]) != bool(ev.get("hedged")):
                    mark += f" hedged {ev.get('hedged')} != {g['hedged']}"
            target = (ev.get("target") or {}).get("code", "") if isinstance(ev.get("target"), dict) else ev.get("target")
            quote = ev["evidence"]["text"][:150] if ev.get("evidence") else ""
            lines.append(f"  {mark} {k[0]} {k[1]}->{target or '-'} {k[2]}  | {quote}")
        for i, g in enumerate(required):
            if i not in used:
                lines.append(f"  MISS {_key(g)} date={g.get('date')} hedged={g.get('hedged')}  | {g.get('evidence', '')[:150]}")
        bad = any(not ln.startswith("  OK") or " != " in ln for ln in lines)
        if bad or not args.errors_only:
            print(f"== {rec['id']} ({rec.get('language')}, {rec.get('published')})")
            print("\n".join(lines) if lines else "  (no signals, none expected)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
