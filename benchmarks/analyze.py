"""Analyzer speed, start-up and memory, with spaCy's bare tokenizer as the yardstick.

    python benchmarks/analyze.py [--docs 2000] [--words 600]

Builds relevant documents of about --words words in the six languages from the
dev corpora (tests/data/dev, ../shared/eval/dev.jsonl: sentences reshuffled, so
every document is nuclear news), then prints, in one run: start-up time (imports
plus all language packs, in a fresh process), analyzer documents/s on one core,
spaCy's blank-pipeline tokenizer documents/s on the same texts, their ratio, and
peak memory. Figures, not assertions: machines here are small and noisy.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(n: int, words: int) -> list[tuple[str, str]]:
    """(language, text) pairs: sentences of real dev documents recombined per language."""
    from nukewatch.analyze.segment import sentences

    by_lang: dict[str, list[str]] = {}
    files = sorted((ROOT / "tests" / "data" / "dev").glob("*.jsonl"))
    shared = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    files += [shared] if shared.exists() else []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d.get("text") and d.get("events"):
                by_lang.setdefault(d["language"], []).extend(s.text for s in sentences(d["text"]))
    rng = random.Random(7)
    langs = sorted(by_lang)
    docs = []
    for i in range(n):
        lang = langs[i % len(langs)]
        pool, out, count = by_lang[lang], [], 0
        while count < words:
            s = rng.choice(pool)
            out.append(s)
            count += len(s.split())
        docs.append((lang, " ".join(out)))
    return docs


def startup_seconds() -> float:
    code = ("import time; t=time.perf_counter(); from nukewatch import Analyzer; Analyzer(); "
            "print(time.perf_counter()-t)")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True, cwd=ROOT).stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--words", type=int, default=600)
    args = ap.parse_args()

    import datetime as dt

    from nukewatch import Analyzer, Document

    print(f"start-up (imports + {6} packs, fresh process): {startup_seconds():.2f} s (goal <= 3 s)")
    docs = corpus(args.docs, args.words)
    analyzer = Analyzer()
    pub = dt.date(2024, 11, 22)
    documents = [Document(id=str(i), text=t, published=pub) for i, (_, t) in enumerate(docs)]
    analyzer.analyze(documents[0])  # warm caches (lingua loads its models lazily)
    t = time.perf_counter()
    n_signals = relevant = 0
    for d in documents:
        a = analyzer.analyze(d)
        n_signals += len(a.events)
        relevant += a.relevant
    ours = len(documents) / (time.perf_counter() - t)
    print(f"analyzer: {len(documents)} documents of ~{args.words} words, {relevant} relevant, "
          f"{n_signals} signals: {ours:,.0f} documents/s (goal >= 300)")
    try:
        import spacy
    except ImportError:
        print("spaCy not installed (pip install -e '.[bench]'): no tokenizer yardstick")
    else:
        nlp = {lang: spacy.blank(lang) for lang in {lang for lang, _ in docs}}
        t = time.perf_counter()
        for lang, text in docs:
            nlp[lang].tokenizer(text)
        tok = len(docs) / (time.perf_counter() - t)
        print(f"spaCy bare tokenizer, same texts: {tok:,.0f} documents/s; analyzer/tokenizer ratio {ours / tok:.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MB (goal <= 1024 MB)")


if __name__ == "__main__":
    main()
