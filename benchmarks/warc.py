"""WARC ingest speed on irrelevant pages: our reader vs warcio's bare iteration.

Requirement (ingest issue): reading a WARC of irrelevant pages into Documents
runs at >= 50% of the speed of warcio merely iterating the records and
reading every payload. Our reader meets it on the quick path (FastWARC parsing
+ charset decoding + regex tag stripping); full trafilatura extraction is
timed on a sample to show why it is kept for the pages triage keeps.

    python benchmarks/warc.py [--pages 5000] [--sample 200] [--repeat 3]

Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
from pathlib import Path

WORDS = ("the of and to in a is that for it as was with be by on not he this are or his from at which but have "
         "an they you were her she there been one all we their market weather garden recipe football season "
         "city council school music film travel price house road train coffee summer").split()


def page(i: int, rnd: random.Random) -> bytes:
    """An irrelevant news-like page of ~15-25 KB: head with scripts/styles, nav, article, footer."""
    def sentence() -> str:
        return " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 20))).capitalize() + "."

    paras = "\n".join(f"<p>{' '.join(sentence() for _ in range(rnd.randint(3, 7)))}</p>" for _ in range(rnd.randint(8, 16)))
    nav = "".join(f'<li><a href="/section/{k}">Section {k}</a></li>' for k in range(25))
    related = "".join(f'<li><a href="/story/{i}-{k}">{sentence()}</a></li>' for k in range(8))
    script = "var cfg = {" + ",".join(f'"k{k}": {k}' for k in range(120)) + "};"
    style = "".join(f".c{k}{{margin:{k}px;padding:{k % 7}px}}" for k in range(120))
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Story {i}: {sentence()}</title>"
            f"<meta name='description' content='{sentence()}'>"
            f"<meta property='article:published_time' content='2024-0{1 + i % 9}-1{i % 10}T08:00:00Z'>"
            f"<style>{style}</style><script>{script}</script></head><body>"
            f"<div class='cookie'>We use cookies &amp; similar technologies. <button>Accept</button></div>"
            f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{sentence()}</h1>{paras}</article>"
            f"<aside><ul>{related}</ul></aside></main><footer>&copy; 2024 Example Media</footer>"
            f"<script>{script}</script></body></html>").encode("utf-8")


def build(path: Path, n: int, seed: int = 1) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rnd = random.Random(seed)
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i in range(n):
            body = page(i, rnd)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://site{i % 97}.example/story/{i}", "response",
                                                payload=io.BytesIO(body), http_headers=http))


def warcio_bare(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                n += len(rec.content_stream().read()) > 0
    return n


def fastwarc_bare(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    with open(path, "rb") as fh:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response):
            n += len(rec.reader.read()) > 0
    return n


def ours(path: Path, quick: bool = True, limit: int | None = None) -> int:
    from nukewatch.ingest.warc import read_warc
    from nukewatch.model import Document

    n = 0
    for item in read_warc(path, quick=quick):
        n += isinstance(item, Document)
        if limit and n >= limit:
            break
    return n


def best(fn, repeat: int) -> tuple[float, int]:
    times, result = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--sample", type=int, default=200, help="pages for the full-extraction figure (0: skip)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "irrelevant.warc.gz"
        t = time.perf_counter()
        build(path, args.pages)
        print(f"built {args.pages} pages, {path.stat().st_size / 2**20:.1f} MiB gzipped, in {time.perf_counter() - t:.1f}s")
        ours(path, limit=5)  # warm up imports
        w, nw = best(lambda: warcio_bare(path), args.repeat)
        f, nf = best(lambda: fastwarc_bare(path), args.repeat)
        q, nq = best(lambda: ours(path), args.repeat)
        assert nw == nf == nq == args.pages, (nw, nf, nq)
        rows = [("warcio: bare iteration, read payloads", w), ("FastWARC: bare iteration, read payloads", f),
                ("nukewatch read_warc(quick=True) -> Documents", q)]
        if args.sample:
            s, ns = best(lambda: ours(path, quick=False, limit=args.sample), 1)
            rows.append((f"nukewatch read_warc(quick=False), extrapolated from {ns}", s * args.pages / ns))
        for name, secs in rows:
            print(f"{name:<62} {secs:8.3f}s  {args.pages / secs:9.0f} pages/s")
        print(f"ratio (our quick path speed / warcio bare speed): {w / q:.2f}  (requirement: >= 0.50)")
        if args.sample:
            print(f"ratio with full extraction of every page: {w / rows[-1][1]:.3f}")


if __name__ == "__main__":
    main()
