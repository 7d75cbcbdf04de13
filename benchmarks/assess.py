"""Benchmark: `assess` over a SQLite store of 1,000,000 signals (goal: <= 5 s). Prints; never asserts.

    python benchmarks/assess.py [--signals 1000000] [--db /tmp/nw-bench.db] [--keep]

The store is created by `Store.open` (the real schema and indexes), then
filled with sqlite3 `executemany` in a few large transactions.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nukewatch.model import TRACKS  # noqa: E402

COUNTRIES = ["RUS", "USA", "UKR", "BLR", "CHN", "PRK", "KOR", "JPN", "IND", "PAK", "ISR", "IRN", "FRA",
             "GBR", "DEU", "POL", "TUR", "NATO", "EU", "UN", "IAEA", "WST"]
ROLES = [None, "HOS", "GOV", "MIL", "SPY", "LEG", "MED", "OTH"]
TYPES = list(TRACKS)
TYPE_WEIGHTS = [8, 3, 2, 3, 3, 8, 1, 2, 2, 1, 2, 2, 0.2, 4, 2, 2]
MODALITIES = ["asserted", "negated", "hypothetical"]
START = dt.date(2020, 1, 1)
DAYS = 5 * 365
SIGNALS_PER_DOC = 5


def build(path: Path, n_signals: int, seed: int = 7) -> float:
    from nukewatch.store import Store

    if path.exists():
        path.unlink()
    Store.open(str(path)).close()  # schema by migrations
    rnd = random.Random(seed)
    t0 = time.perf_counter()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    n_docs = max(1, n_signals // SIGNALS_PER_DOC)
    outlets = [(i + 1, f"outlet{i}.example", None if i % 5 else 0.9) for i in range(60)]
    con.executemany("INSERT INTO outlets (id, name, credibility) VALUES (?, ?, ?)", outlets)
    pubs = [START + dt.timedelta(days=rnd.randrange(DAYS)) for _ in range(n_docs)]
    con.executemany("INSERT INTO stories (id, first_published) VALUES (?, ?)",
                    ((i + 1, pubs[i].isoformat()) for i in range(n_docs)))
    con.executemany(
        "INSERT INTO documents (id, content_hash, url, outlet_id, title, language, published, relevant, story_id)"
        " VALUES (?, ?, ?, ?, ?, 'en', ?, 1, ?)",
        ((i + 1, f"{i:064x}", f"https://outlet{i % 60}.example/{i}", rnd.randrange(60) + 1, f"doc {i}",
          pubs[i].isoformat(), i + 1) for i in range(n_docs)))
    con.commit()

    def rows():
        for sid in range(1, n_signals + 1):
            doc = (sid - 1) // SIGNALS_PER_DOC
            typ = rnd.choices(TYPES, TYPE_WEIGHTS)[0]
            a = rnd.choice(COUNTRIES)
            role = rnd.choice(ROLES)
            tgt = rnd.choice(COUNTRIES) if rnd.random() < 0.6 else None
            mod = rnd.choices(MODALITIES, (85, 8, 7))[0]
            pub = pubs[doc]
            date = pub.isoformat() if rnd.random() < 0.3 else None
            yield (sid, doc + 1, doc + 1, typ, TRACKS[typ], f"{a}.{role}" if role else a, a, role, a,
                   tgt, tgt, tgt, mod, rnd.random() < 0.15, date, pub.isoformat(),
                   2000.0 if typ == "CAPABILITY" else None, 0.8,
                   1 + int(rnd.paretovariate(2.0)) - 1, f"{typ}|{a}|{tgt}|{mod}|{sid}")

    con.executemany(
        "INSERT INTO signals (id, story_id, document_id, type, track, actor_code, actor_country, actor_role,"
        " actor_text, target_code, target_country, target_text, modality, hedged, date, day, quantity_value,"
        " confidence, corroboration, signal_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows())
    con.executemany(
        'INSERT INTO signal_evidence (signal_id, document_id, text, start, "end") VALUES (?, ?, ?, 0, 40)',
        ((sid, (sid - 1) // SIGNALS_PER_DOC + 1, f"Evidence sentence number {sid} about nuclear weapons.")
         for sid in range(1, n_signals + 1)))
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--signals", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/nukewatch-bench-assess.db")
    ap.add_argument("--as-of", default="2024-06-30")
    ap.add_argument("--window", type=int, default=30)
    ap.add_argument("--reuse", action="store_true", help="reuse an existing benchmark store")
    args = ap.parse_args()
    path = Path(args.db)

    if not (args.reuse and path.exists()):
        secs = build(path, args.signals)
        print(f"built {args.signals:,} signals in {secs:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")

    from nukewatch.assess.db import open_engine
    from nukewatch.assess.engine import assess

    print(f"sqlite {sqlite3.sqlite_version}")
    engine = open_engine(str(path))
    as_of = dt.date.fromisoformat(args.as_of)
    for label, kwargs in [("all actors, pairs", {}), ("all actors, no pairs", {"pairs": False}),
                          ("--actor RUS", {"actor": "RUS"})]:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            rows = assess(engine, as_of, args.window, **kwargs)
            times.append(time.perf_counter() - t0)
        print(f"assess {label:<22} best {min(times):.2f} s  worst {max(times):.2f} s  rows {len(rows)}"
              f"  ({'goal <= 5 s met' if min(times) <= 5 else 'OVER the 5 s goal'})")
    engine.dispose()
    print(f"store kept at {path} (rerun with --reuse to time assess only)")


if __name__ == "__main__":
    main()
