"""The analyzer scored with shared/eval/score.py, end to end through the CLI.

The seed article must be perfect, and the dev sets (shared, own, and blind2/blind3,
which were written blind, scored once, then tuned on) must meet the issue's bars
(F1 >= 0.85 overall and >= 0.75 per language, hedged accuracy >= 0.9, date
accuracy >= 0.8, no false-alarm document). FLOORS are tighter regression guards
per language, set just under the last measured level: raise them as the packs
improve, never lower them. blind4 and blind5, written blind this session and not at
the bars yet, are held at their level (FRESH). The blind holdout set (tests/data/holdout) is not
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
# (gold set, language) -> minimum F1, just under the figures measured at the end of session 4
# (shared de .923 en 1.0 es .865 fr .941 ru .933 uk .914; own de .895 en .875 es .936 fr .938
# ru .884 uk .961; blind2 de .927 en .875 es .878 fr .800 ru .936 uk .824; blind3 de .854 en .857
# es .871 fr .871 ru .826 uk .905; blind4 de .828 en .752 es .805 fr .863 ru .674 uk .833; blind5
# de .792 en .729 es .764 fr .686 ru .869 uk .797). blind2..blind5 were written blind, scored once,
# then tuned on; blind4 and blind5 are still under the bars, so they only have floors.
FLOORS = {
    ("shared", "en"): 0.95, ("shared", "fr"): 0.92, ("shared", "ru"): 0.91, ("shared", "uk"): 0.89,
    ("shared", "de"): 0.90, ("shared", "es"): 0.84,
    ("own", "en"): 0.85, ("own", "fr"): 0.91, ("own", "ru"): 0.86, ("own", "uk"): 0.94,
    ("own", "de"): 0.87, ("own", "es"): 0.91,
    ("blind2", "en"): 0.85, ("blind2", "fr"): 0.80, ("blind2", "ru"): 0.91, ("blind2", "uk"): 0.80,
    ("blind2", "de"): 0.90, ("blind2", "es"): 0.85,
    ("blind3", "en"): 0.83, ("blind3", "fr"): 0.85, ("blind3", "ru"): 0.80, ("blind3", "uk"): 0.88,
    ("blind3", "de"): 0.83, ("blind3", "es"): 0.85,
    ("blind4", "en"): 0.73, ("blind4", "fr"): 0.84, ("blind4", "ru"): 0.65, ("blind4", "uk"): 0.81,
    ("blind4", "de"): 0.80, ("blind4", "es"): 0.78,
    ("blind5", "en"): 0.70, ("blind5", "fr"): 0.66, ("blind5", "ru"): 0.84, ("blind5", "uk"): 0.77,
    ("blind5", "de"): 0.77, ("blind5", "es"): 0.74,
}
# Sets still under the bars: their overall F1 may not fall under these either.
FRESH = {"blind4": 0.77, "blind5": 0.75}


def gold_set(which: str, shared: Path, tmp_path: Path) -> Path:
    if which == "shared":
        return shared / "eval" / "dev.jsonl"
    gold = tmp_path / f"{which}.jsonl"
    folder = DATA / ("dev" if which == "own" else which)
    gold.write_text("".join(p.read_text(encoding="utf-8").rstrip("\n") + "\n"
                            for p in sorted(folder.glob("*.jsonl"))), encoding="utf-8")
    return gold


def assert_floors(which: str, res: dict) -> None:
    for (set_, lang), floor in FLOORS.items():
        if set_ == which:
            got = res["per_language"].get(lang, {}).get("f1", 0.0)
            assert got >= floor, f"{which} {lang}: F1 {got} fell below {floor}"


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


@pytest.mark.parametrize("which", ["shared", "own", "blind2", "blind3"])
def test_dev_sets_meet_the_bars_and_do_not_regress(which, shared, tmp_path):
    res = run_scorer(gold_set(which, shared, tmp_path), tmp_path)
    assert len(res["false_alarm_documents"]) <= BARS["false_alarms"], res["false_alarm_documents"]
    assert res["f1"] >= BARS["f1"], f"{which}: F1 {res['f1']} under the bar"
    assert res["hedged_accuracy"] >= BARS["hedged_accuracy"] and res["date_accuracy"] >= BARS["date_accuracy"], res
    for lang, figures in res["per_language"].items():
        assert figures["f1"] >= BARS["language_f1"], f"{which} {lang}: F1 {figures['f1']} under the bar"
    assert_floors(which, res)


@pytest.mark.parametrize("which", sorted(FRESH))
def test_fresh_sets_do_not_regress(which, shared, tmp_path):
    """blind4 and blind5 are not at the bars yet: they are held where they are."""
    res = run_scorer(gold_set(which, shared, tmp_path), tmp_path)
    assert res["f1"] >= FRESH[which], f"{which}: F1 {res['f1']} fell below {FRESH[which]}"
    assert len(res["false_alarm_documents"]) <= 1, res["false_alarm_documents"]
    assert_floors(which, res)
