"""Score the analyzer on every gold set at once, overall and per language.

    python tools/scores.py [--sets shared,own,holdout]

shared:  ../shared/eval/dev.jsonl (the public dev set);
own:     tests/data/dev/*.jsonl (our dev corpus; the packs are tuned on it);
holdout: tests/data/holdout/*.jsonl (written blind; never tune on it, it measures
         how the packs generalise);
blind2:  tests/data/blind2/*.jsonl (a second set written blind in session 3, scored
         once blind, then used to develop the engine);
blind3:  tests/data/blind3/*.jsonl (a third, the same way);
blind4:  tests/data/blind4/*.jsonl (a fourth, written in session 4);
blind5:  tests/data/blind5/*.jsonl (short snippets, written for breadth of phrasing).
Runs `nukewatch analyze` the way shared/eval/score.py does and prints its figures.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {
    "shared": [SHARED / "eval" / "dev.jsonl"],
    "own": sorted((ROOT / "tests" / "data" / "dev").glob("*.jsonl")),
    "holdout": sorted((ROOT / "tests" / "data" / "holdout").glob("*.jsonl")),
    "blind2": sorted((ROOT / "tests" / "data" / "blind2").glob("*.jsonl")),
    "blind3": sorted((ROOT / "tests" / "data" / "blind3").glob("*.jsonl")),
    "blind4": sorted((ROOT / "tests" / "data" / "blind4").glob("*.jsonl")),
    "blind5": sorted((ROOT / "tests" / "data" / "blind5").glob("*.jsonl")),
}


def score(files: list[Path]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text("".join(f.read_text(encoding="utf-8") for f in files), encoding="utf-8")
        out = subprocess.run([sys.executable, "-m", "nukewatch.cli", "analyze", "--format", "jsonl", str(gold)],
                             capture_output=True, text=True, cwd=ROOT)
        (Path(tmp) / "out.jsonl").write_text(out.stdout, encoding="utf-8")
        res = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold),
                              str(Path(tmp) / "out.jsonl"), "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="shared,own,holdout,blind2,blind3")
    args = ap.parse_args()
    for name in args.sets.split(","):
        files = [f for f in SETS[name] if f.exists()]
        if not files:
            print(f"{name}: no gold files")
            continue
        r = score(files)
        print(f"{name:8} F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f})  "
              f"hedged {r['hedged_accuracy']}  date {r['date_accuracy']}  "
              f"false alarms {len(r['false_alarm_documents'])} {r['false_alarm_documents'] or ''}")
        print("         " + "  ".join(f"{lang} {v['f1']:.3f}" for lang, v in r["per_language"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
