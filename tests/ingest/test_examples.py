"""The bundled sample corpus in examples/: news.jsonl, the WARC and the feeds built from it."""
from __future__ import annotations

import datetime as dt
import difflib
import html
import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
NEWS = EXAMPLES / "news.jsonl"
WARC = EXAMPLES / "warc" / "sample.warc.gz"
RSS = EXAMPLES / "feeds" / "sample.rss"
ATOM = EXAMPLES / "feeds" / "sample.atom"

FIELDS = ("id", "url", "outlet", "title", "published", "language", "text")
LANGUAGES = ("en", "fr", "ru", "uk", "de", "es")

# Stories republished by other outlets: original first, then its copies.
WIRE_STORIES = (
    ("en-nw-0904-no-sign-posture", "en-cd-0905-no-sign-posture-wire"),
    ("en-nw-0918-dprk-icbm", "en-hl-0918-dprk-icbm-wire", "en-cd-0919-dprk-icbm-wire"),
    ("en-nw-1012-nato-steadfast-noon", "en-hl-1012-nato-exercise-wire"),
    ("fr-dc-0928-bombe-sale-accusation", "fr-cm-0928-bombe-sale-wire"),
    ("ru-sk-0908-loginov-doktrina", "ru-gv-0908-loginov-doktrina-wire"),
    ("de-tb-1012-nato-uebung", "de-rb-1013-nato-uebung-wire"),
    ("es-aa-0918-corea-icbm", "es-dm-0919-corea-icbm-wire", "es-fs-0919-corea-icbm-wire"),
)


def _load_build():
    spec = importlib.util.spec_from_file_location("nukewatch_examples_build", EXAMPLES / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build():
    return _load_build()


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    with open(NEWS, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def by_id(docs) -> dict[str, dict]:
    return {d["id"]: d for d in docs}


def _plain(fragment: str) -> str:
    """HTML fragment -> text with paragraphs separated by blank lines."""
    text = re.sub(r"</p>\s*<p>", "\n\n", fragment)
    return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()


# -- news.jsonl -------------------------------------------------------------

def test_news_records_have_fields(docs):
    assert len(docs) >= 60
    for d in docs:
        assert set(FIELDS) <= set(d), d.get("id")
        for k in FIELDS:
            assert isinstance(d[k], str) and d[k].strip(), (d["id"], k)
        assert d["language"] in LANGUAGES, d["id"]
        assert re.fullmatch(r"https://[a-z0-9.-]+\.example/\S+", d["url"]), d["url"]
        day = dt.date.fromisoformat(d["published"])
        assert dt.date(2026, 9, 1) <= day <= dt.date(2026, 10, 31), d["id"]
        assert 120 <= len(d["text"].split()) <= 350, d["id"]


def test_news_ids_and_urls_unique(docs):
    ids = [d["id"] for d in docs]
    urls = [d["url"] for d in docs]
    assert len(ids) == len(set(ids))
    assert len(urls) == len(set(urls))


def test_every_language_has_at_least_six(docs):
    counts = Counter(d["language"] for d in docs)
    for lang in LANGUAGES:
        assert counts[lang] >= 6, counts


def test_a_handful_of_outlet_hosts(docs):
    hosts = {d["url"].split("/")[2] for d in docs}
    assert 6 <= len(hosts) <= 20
    outlets_per_host = defaultdict(set)
    for d in docs:
        outlets_per_host[d["url"].split("/")[2]].add(d["outlet"])
    assert all(len(v) == 1 for v in outlets_per_host.values()), outlets_per_host


def test_wire_copies(by_id):
    assert len(WIRE_STORIES) >= 4
    for group in WIRE_STORIES:
        docs = [by_id[i] for i in group]
        assert len({d["outlet"] for d in docs}) == len(docs), group
        assert len({d["language"] for d in docs}) == 1, group
        first = dt.date.fromisoformat(docs[0]["published"])
        for copy in docs[1:]:
            assert 0 <= (dt.date.fromisoformat(copy["published"]) - first).days <= 1, copy["id"]
            ratio = difflib.SequenceMatcher(None, docs[0]["text"], copy["text"], autojunk=False).ratio()
            assert ratio >= 0.8, (copy["id"], ratio)


def test_exact_duplicates(docs):
    by_text = defaultdict(list)
    for d in docs:
        by_text[d["text"]].append(d)
    dupes = [g for g in by_text.values() if len(g) > 1]
    assert len(dupes) >= 2
    for g in dupes:
        assert len({d["url"] for d in g}) == len(g)


# -- the WARC ---------------------------------------------------------------

def test_warc_records_and_charsets(build, by_id):
    from warcio.archiveiterator import ArchiveIterator

    by_url = {d["url"]: d for d in by_id.values()}
    types, charsets, seen, record_ids = [], Counter(), [], set()
    with open(WARC, "rb") as f:
        for record in ArchiveIterator(f):
            types.append(record.rec_type)
            rid = record.rec_headers.get_header("WARC-Record-ID")
            assert rid not in record_ids
            record_ids.add(rid)
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record.rec_headers.get_header("WARC-Date"))
            if record.rec_type != "response":
                continue
            doc = by_url[record.rec_headers.get_header("WARC-Target-URI")]
            seen.append(doc["id"])
            ctype = record.http_headers.get_header("Content-Type")
            m = re.fullmatch(r"text/html; charset=([\w-]+)", ctype)
            assert m, ctype
            charset = m.group(1)
            charsets[charset] += 1
            assert charset == build.CHARSETS.get(doc["id"], "utf-8")
            payload = record.content_stream().read()
            assert int(record.http_headers.get_header("Content-Length")) == len(payload)
            page = payload.decode(charset)  # strict
            assert page.startswith("<!DOCTYPE html>")
            assert f'<meta charset="{charset}">' in page
            assert '<meta property="article:published_time" content="' + doc["published"] in page
            assert f"<title>{html.escape(doc['title'])} |" in page
            article = re.search(r"<article[^>]*>(.*?)</article>", page, re.S).group(1)
            assert _plain(article) == doc["text"]  # every character, accents and Cyrillic included
            if charset != "utf-8":
                assert any(ord(c) > 127 for c in doc["text"])
                with pytest.raises(UnicodeDecodeError):
                    payload.decode("utf-8")
    assert types[0] == "warcinfo"
    assert types.count("warcinfo") == 1
    assert sorted(seen) == sorted(build.WARC_IDS)
    assert types.count("response") == len(build.WARC_IDS) >= 18
    assert charsets["windows-1251"] == 1 and charsets["iso-8859-1"] == 1


# -- the feeds --------------------------------------------------------------

def test_rss_feed(build, by_id):
    import feedparser

    feed = feedparser.parse(RSS.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert len(feed.entries) == len(build.RSS_IDS) >= 12
    by_url = {d["url"]: d for d in by_id.values()}
    for entry in feed.entries:
        doc = by_url[entry.link]
        assert entry.title == doc["title"]
        assert entry.published_parsed[:3] == tuple(int(x) for x in doc["published"].split("-"))
        assert _plain(entry.description) == doc["text"]


def test_atom_feed(build, by_id):
    import feedparser

    feed = feedparser.parse(ATOM.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == len(build.ATOM_IDS) >= 8
    by_url = {d["url"]: d for d in by_id.values()}
    for entry in feed.entries:
        doc = by_url[entry.link]
        assert entry.title == doc["title"]
        assert entry.published.startswith(doc["published"])
        assert _plain(entry.content[0].value) == doc["text"]


# -- determinism ------------------------------------------------------------

def test_build_is_deterministic(tmp_path):
    subprocess.run([sys.executable, str(EXAMPLES / "build.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for rel in ("warc/sample.warc.gz", "feeds/sample.rss", "feeds/sample.atom"):
        assert (tmp_path / rel).read_bytes() == (EXAMPLES / rel).read_bytes(), rel
