"""Benchmark: end-to-end ingestion of mostly irrelevant news into a SQLite store. Prints; never asserts.

    python benchmarks/triage.py [--docs 100000] [--relevant 0.02] [--batch-size 200] [--dir /tmp/nw-triage]

Generates JSON Lines documents (news-length texts; 2% relevant: variants of
the relevant stories of examples/news.jsonl, which join stories as
near-duplicates), then times, on one core:

  read        the reader alone over the same files (the floor)
  irrelevant  `ingest` of the irrelevant documents only: read, hash, skip-known
              check, triage, bulk insert (goal: >= 5,000 documents/s)
  mixed       `ingest` of the whole corpus (relevant ones analyzed, stored with
              text, minhash, stories and signals)
  rerun       `ingest` of the whole corpus again into the filled store (all known)

and the ratio of each to reading, plus a per-document breakdown of the
irrelevant path (hash, triage, store).
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# words that no language pack's triage should match: everyday news
FILLER = {
    "en": ("the city council approved a new budget for schools and roads after a long debate on tuesday "
           "while farmers reported a strong harvest and the local football club won its match in the rain "
           "tourism grew in the summer months as hotels and restaurants hired more staff for the season "
           "the museum opened an exhibition of paintings and the orchestra announced its winter concerts").split(),
    "fr": ("le conseil municipal a voté le budget des écoles et des routes mardi soir tandis que les agriculteurs "
           "annoncent une bonne récolte et que le club de football a gagné son match sous la pluie les hôtels "
           "et les restaurants recrutent pour la saison le musée ouvre une exposition de peintures").split(),
    "es": ("el ayuntamiento aprobó el presupuesto de escuelas y carreteras el martes mientras los agricultores "
           "anunciaron una buena cosecha y el club de fútbol ganó su partido bajo la lluvia los hoteles y "
           "restaurantes contratan para la temporada el museo abre una exposición de pinturas").split(),
    "de": ("der stadtrat hat am dienstag den haushalt für schulen und straßen beschlossen während die landwirte "
           "eine gute ernte meldeten und der fußballverein sein spiel im regen gewann hotels und restaurants "
           "stellen für die saison ein das museum eröffnet eine ausstellung mit gemälden").split(),
}
OUTLETS = ["harbor-ledger.example", "courrier-du-matin.example", "depeche-continentale.example",
           "diario-del-sur.example", "nordkurier.example", "wire-service.example"]


def relevant_templates() -> list[dict]:
    from nukewatch.analyze import Analyzer

    an = Analyzer()
    out = []
    for line in (ROOT / "examples" / "news.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        from nukewatch.model import Document

        d = Document(id=rec["id"], text=rec["text"], language=rec.get("language"))
        if an.analyze(d).relevant:
            out.append(rec)
    return out


def generate(path: Path, n: int, share: float, seed: int = 7) -> tuple[Path, Path, int, int]:
    rng = random.Random(seed)
    templates = relevant_templates()
    n_rel = int(n * share)
    path.mkdir(parents=True, exist_ok=True)
    irrelevant, mixed = [], []
    for i in range(n - n_rel):
        lang = rng.choice(list(FILLER))
        words = FILLER[lang]
        paras = [" ".join(rng.choice(words) for _ in range(rng.randint(40, 90))).capitalize() + "."
                 for _ in range(rng.randint(3, 7))]
        rec = {"id": f"irr-{i}", "url": f"https://{rng.choice(OUTLETS)}/{lang}/{i}", "title": f"Local news {i}",
               "published": f"2026-09-{1 + i % 28:02d}", "language": lang, "text": "\n\n".join(paras)}
        line = json.dumps(rec, ensure_ascii=False)
        irrelevant.append(line)
        mixed.append(line)
    for i in range(n_rel):
        t = templates[i % len(templates)]
        outlet = rng.choice(OUTLETS)
        rec = {**t, "id": f"rel-{i}", "url": f"https://{outlet}/story/{i}", "outlet": outlet,
               "text": t["text"] + f"\n\nUpdated {i} ({outlet})."}
        mixed.append(json.dumps(rec, ensure_ascii=False))
    rng.shuffle(mixed)
    irr_file, mixed_file = path / "irrelevant.jsonl", path / "mixed.jsonl"
    irr_file.write_text("\n".join(irrelevant) + "\n", encoding="utf-8")
    mixed_file.write_text("\n".join(mixed) + "\n", encoding="utf-8")
    return irr_file, mixed_file, n - n_rel, n_rel


def time_read(files: list[Path]) -> tuple[int, float]:
    from nukewatch.ingest.pipeline import default_reader

    t = time.perf_counter()
    n = sum(1 for item in default_reader([str(f) for f in files], published=None, language=None, fetch=False,
                                         allow_private=False) if not hasattr(item, "message"))
    return n, time.perf_counter() - t


def time_ingest(files: list[Path], db: Path, analyzer, batch_size: int, fresh: bool = True):
    from nukewatch.ingest.pipeline import ingest
    from nukewatch.store import Store

    if fresh:
        for p in db.parent.glob(db.name + "*"):
            p.unlink()
    store = Store.open(db)
    t = time.perf_counter()
    summary = ingest([str(f) for f in files], store, analyzer=analyzer, batch_size=batch_size)
    elapsed = time.perf_counter() - t
    counts = store.counts()
    store.close()
    return summary, elapsed, counts


def _read(file: Path):
    from nukewatch.ingest.pipeline import default_reader

    return (item for item in default_reader([str(file)], published=None, language=None, fetch=False,
                                            allow_private=False) if not hasattr(item, "message"))


def breakdown(file: Path, analyzer, sample: int = 20000) -> dict[str, float]:
    """Microseconds per irrelevant document for hashing and triage (the rest of the path is the store)."""
    from nukewatch.ingest.pipeline import default_reader
    from nukewatch.store import content_hash

    docs = []
    for item in default_reader([str(file)], published=None, language=None, fetch=False, allow_private=False):
        docs.append(item)
        if len(docs) >= sample:
            break
    t = time.perf_counter()
    for d in docs:
        content_hash(d.text)
    hash_us = (time.perf_counter() - t) / len(docs) * 1e6
    t = time.perf_counter()
    for d in docs:
        analyzer.analyze(d)
    triage_us = (time.perf_counter() - t) / len(docs) * 1e6
    return {"hash": hash_us, "triage": triage_us}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--relevant", type=float, default=0.02)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/nw-triage-bench"))
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and stores")
    a = ap.parse_args()

    from nukewatch.analyze import Analyzer

    t = time.perf_counter()
    irr_file, mixed_file, n_irr, n_rel = generate(a.dir, a.docs, a.relevant)
    size = mixed_file.stat().st_size / 1e6
    print(f"corpus: {a.docs:,} documents ({n_irr:,} irrelevant, {n_rel:,} relevant), {size:,.0f} MB JSON Lines,"
          f" generated in {time.perf_counter() - t:.1f}s")
    analyzer = Analyzer()

    rows = []
    n, r_irr = time_read([irr_file])
    rows.append(("read irrelevant", n, r_irr, None))
    n, r_mix = time_read([mixed_file])
    rows.append(("read mixed", n, r_mix, None))
    s, e_irr, c_irr = time_ingest([irr_file], a.dir / "irrelevant.db", analyzer, a.batch_size)
    rows.append(("ingest irrelevant", s.read, e_irr, r_irr))
    s_mix, e_mix, c_mix = time_ingest([mixed_file], a.dir / "mixed.db", analyzer, a.batch_size)
    rows.append(("ingest mixed", s_mix.read, e_mix, r_mix))
    s_re, e_re, _ = time_ingest([mixed_file], a.dir / "mixed.db", analyzer, a.batch_size, fresh=False)
    rows.append(("re-ingest mixed (all known)", s_re.read, e_re, r_mix))

    print(f"\n{'phase':<30}{'docs':>10}{'seconds':>10}{'docs/s':>10}{'x reading':>11}")
    for name, docs, secs, base in rows:
        ratio = f"{secs / base:>10.2f}x" if base else f"{'':>11}"
        print(f"{name:<30}{docs:>10,}{secs:>10.2f}{docs / secs:>10,.0f}{ratio}")

    irr_rate = c_irr["documents"] / e_irr
    print(f"\nirrelevant documents end-to-end: {irr_rate:,.0f} docs/s (goal >= 5,000), "
          f"{e_irr / r_irr:.2f}x the time of reading them")
    b = breakdown(irr_file, analyzer)
    per_doc = e_irr / max(1, s.read) * 1e6
    read_us = r_irr / max(1, s.read) * 1e6
    print(f"per irrelevant document: {per_doc:.0f} us = read {read_us:.0f} + hash {b['hash']:.0f} + "
          f"triage {b['triage']:.0f} + store/rest {per_doc - read_us - b['hash'] - b['triage']:.0f}")
    rel_share = (e_mix - e_irr * (n_irr / max(1, c_irr['documents']))) / e_mix
    rel_docs = [item for item in _read(mixed_file) if item.id.startswith("rel-")][:200]
    t = time.perf_counter()
    for d in rel_docs:
        analyzer.analyze(d)
    analyze_ms = (time.perf_counter() - t) / max(1, len(rel_docs)) * 1e3
    rel_ms = (e_mix - e_irr * (n_irr / max(1, c_irr['documents']))) / max(1, n_rel) * 1e3
    print(f"per relevant document: ~{rel_ms:.1f} ms, of which analysis {analyze_ms:.1f} ms "
          f"(the rest: MinHash, story lookup, signal merge, evidence, full-text index)")
    print(f"mixed: {s_mix.new:,} new, {s_mix.relevant:,} relevant in {c_mix['stories']:,} stories, "
          f"{c_mix['signals']:,} signal rows, {c_mix['signal_evidence']:,} evidence rows; the relevant 2% "
          f"take ~{100 * rel_share:.0f}% of the time")
    if not a.keep:
        shutil.rmtree(a.dir, ignore_errors=True)


if __name__ == "__main__":
    main()
