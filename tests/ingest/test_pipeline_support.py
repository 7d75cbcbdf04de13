"""Support for the pipeline tests (no tests here): a deterministic keyword analyzer and a corpus builder.

The analyzer is importable by `nukewatch ingest --analyzer test_pipeline_support:FakeAnalyzer`
in a subprocess (with this directory on PYTHONPATH), so the SIGKILL tests do not
depend on the real analyzer's coverage. NUKEWATCH_FAKE_SLOW (seconds per
relevant document) slows it down to widen the window a kill can hit.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import time
from pathlib import Path

from nukewatch.model import Actor, Analysis, Document, Evidence, Signal

TYPES = {"threatened": "THREAT", "drill": "EXERCISE", "warned": "WARNING", "deployed": "DEPLOYMENT",
         "tested": "WEAPON_TEST"}
ACTORS = {"Russia": "RUS.GOV", "United States": "USA.GOV", "China": "CHN", "France": "FRA.HOS",
          "North Korea": "PRK.MIL"}
SENT = re.compile(r"[^.]+\.")


class FakeTriage:
    def scan(self, text: str) -> list[str]:
        return ["nuclear"] if "nuclear" in text.lower() else []


class FakeAnalyzer:
    """Relevant when the text says "nuclear"; one signal per (type word, country) sentence."""

    version = "fake-1"

    def __init__(self) -> None:
        self.triage = FakeTriage()
        self.slow = float(os.environ.get("NUKEWATCH_FAKE_SLOW", "0") or 0)
        self.calls = 0

    def analyze(self, doc: Document) -> Analysis:
        self.calls += 1
        terms = self.triage.scan(doc.text)
        if not terms:
            return Analysis(doc, doc.language, False, [], [])
        if self.slow:
            time.sleep(self.slow)
        merged: dict[tuple, Signal] = {}
        for m in SENT.finditer(doc.text):
            sentence = m.group(0)
            kind = next((t for w, t in TYPES.items() if w in sentence), None)
            actor = next((Actor(c, n) for n, c in ACTORS.items() if n in sentence), None)
            if kind is None or actor is None:
                continue
            start = m.start() + (len(sentence) - len(sentence.lstrip()))
            ev = Evidence(doc.text[start:m.end()], start, m.end())
            s = Signal(kind, actor, None, "asserted", "reportedly" in sentence, None,
                       doc.published.isoformat() if doc.published else None, None, [ev], 0.7)
            if s.merge_key() in merged:
                merged[s.merge_key()].evidence.append(ev)
            else:
                merged[s.merge_key()] = s
        return Analysis(doc, "en", bool(merged), terms, list(merged.values()))


WORDS = ("market harvest football weather concert river museum election festival recipe garden traffic "
         "school budget railway theatre bakery island mountain village library coffee bicycle").split()
OUTLETS = ["reuters.com", "apnews.com", "bbc.co.uk", "lemonde.fr", "tass.ru", "dw.com", "nhk.or.jp"]


def _story(rng: random.Random, i: int) -> str:
    countries = list(ACTORS)
    a, b = rng.sample(countries, 2)
    words = " ".join(rng.choice(WORDS) for _ in range(30))
    return (f"Story {i}: {a} threatened to use nuclear weapons over the dispute number {i}. "
            f"Officials in {b} warned of a nuclear response and said {words}. "
            f"Analysts said {a} deployed nuclear-capable missiles near the border in sector {i}. "
            f"Reportedly {b} tested a new nuclear-capable launcher. " + " ".join(rng.choice(WORDS) for _ in range(40)))


def build_corpus(root: Path, n_irrelevant: int = 2000, n_stories: int = 60, seed: int = 7,
                 files: int = 4) -> dict[str, int]:
    """JSON Lines files under `root`: irrelevant filler, stories republished with edits by several
    outlets (near-duplicates), wire copies (same text, other URL), exact repeats and bad lines."""
    rng = random.Random(seed)
    recs: list[str] = []
    day = dt.date(2022, 10, 1)
    for i in range(n_irrelevant):
        text = f"Item {i}. " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 80))) + "."
        recs.append(json.dumps({"id": f"irr{i}", "text": text, "url": f"https://{rng.choice(OUTLETS)}/irr/{i}",
                                "title": f"Filler {i}", "published": str(day + dt.timedelta(days=i % 30))}))
    relevant = 0
    for i in range(n_stories):
        base = _story(rng, i)
        pub = day + dt.timedelta(days=i % 30)
        outs = rng.sample(OUTLETS, rng.randint(1, 4))
        for j, o in enumerate(outs):
            text = base if j == 0 else base + f" Updated by {o} at {j} o'clock with reaction from the region."
            recs.append(json.dumps({"id": f"s{i}-{j}", "text": text, "url": f"https://{o}/story/{i}/{j}",
                                    "title": f"Story {i}", "published": str(pub + dt.timedelta(days=j)),
                                    "outlet": o}))
            relevant += 1
        if rng.random() < 0.5:  # wire copy: identical text under another outlet's URL
            o = rng.choice([x for x in OUTLETS if x not in outs] or OUTLETS)
            recs.append(json.dumps({"id": f"w{i}", "text": base, "url": f"https://{o}/wire/{i}",
                                    "title": f"Story {i} (wire)", "published": str(pub), "outlet": o}))
    rng.shuffle(recs)
    recs += recs[: len(recs) // 20]  # exact repeats at the end
    recs.insert(len(recs) // 2, "{not json")
    root.mkdir(parents=True, exist_ok=True)
    per = -(-len(recs) // files)
    for k in range(files):
        (root / f"part{k}.jsonl").write_text("\n".join(recs[k * per:(k + 1) * per]) + "\n", encoding="utf-8")
    return {"records": len(recs), "relevant_records": relevant}
