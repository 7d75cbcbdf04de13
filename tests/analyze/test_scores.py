"""The analyzer scored with shared/eval/score.py, end to end through the CLI.

The seed article must be perfect, and both dev sets must meet the issue's bars
(F1 >= 0.85 overall and >= 0.75 per language, hedged accuracy >= 0.9, date
accuracy >= 0.8, no false-alarm document). FLOORS are tighter regression guards
per language, set just under the last measured level: raise them as the packs
improve, never lower them. The blind holdout set (tests/data/holdout) is not
scored here: it is measured with tools/scores.py and never tuned on.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, SHARED

BARS = {"f1": 0.85, "language_f1": 0.75, "hedged_accuracy": 0.9, "date_accuracy": 0.8, "false_alarms": 0}
# (gold file, language) -> minimum F1, measured 2026-11-26 (shared de .846 en 1.0 es .865 fr .941
# ru .903 uk .833; own de .879 en .814 es .891 fr .828 ru .840 uk .882).
FLOORS = {
    ("shared", "en"): 0.95, ("shared", "fr"): 0.92, ("shared", "ru"): 0.88, ("shared", "uk"): 0.80,
    ("shared", "de"): 0.82, ("shared", "es"): 0.84,
    ("own", "en"): 0.79, ("own", "fr"): 0.80, ("own", "ru"): 0.82, ("own", "uk"): 0.86,
    ("own", "de"): 0.85, ("own", "es"): 0.87,
}


def run_scorer(gold: Path, tmp_path: Path) -> dict:
    inputs = tmp_path / "input.jsonl"
    fields = ("id", "text", "html", "title", "url", "published")
    with gold.open(encoding="utf-8") as src, inputs.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip():
                doc = json.loads(line)
                dst.write(json.dumps({k: doc[k] for k in fields if k in doc}, ensure_ascii=False) + "\n")
    proc = subprocess.run([sys.executable, "-m", "nukewatch.cli", "analyze", "--format", "jsonl", str(inputs)],
                          capture_output=True, text=True)
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    out = tmp_path / "output.jsonl"
    out.write_text(proc.stdout, encoding="utf-8")
    res = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(out), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def test_seed_article_is_coded_exactly(shared, tmp_path):
    seed = tmp_path / "seed.jsonl"
    seed.write_text((shared / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    res = run_scorer(seed, tmp_path)
    assert res["f1"] == 1.0, res
    assert res["hedged_accuracy"] == 1.0 and res["date_accuracy"] == 1.0


@pytest.mark.parametrize("which", ["shared", "own"])
def test_dev_sets_meet_the_bars_and_do_not_regress(which, shared, tmp_path):
    if which == "shared":
        gold = shared / "eval" / "dev.jsonl"
    else:
        gold = tmp_path / "own.jsonl"
        gold.write_text("".join(p.read_text(encoding="utf-8") for p in sorted((DATA / "dev").glob("*.jsonl"))),
                        encoding="utf-8")
    res = run_scorer(gold, tmp_path)
    assert len(res["false_alarm_documents"]) <= BARS["false_alarms"], res["false_alarm_documents"]
    assert res["f1"] >= BARS["f1"], f"{which}: F1 {res['f1']} under the bar"
    assert res["hedged_accuracy"] >= BARS["hedged_accuracy"] and res["date_accuracy"] >= BARS["date_accuracy"], res
    for lang, figures in res["per_language"].items():
        assert figures["f1"] >= BARS["language_f1"], f"{which} {lang}: F1 {figures['f1']} under the bar"
    for (set_, lang), floor in FLOORS.items():
        if set_ == which:
            got = res["per_language"].get(lang, {}).get("f1", 0.0)
            assert got >= floor, f"{which} {lang}: F1 {got} fell below {floor}"
