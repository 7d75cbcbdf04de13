"""feeds.py: real feeds, legacy encodings, entity bombs, JSON Feed."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from nukewatch.ingest.feeds import looks_like_feed, parse_feed, read_feed
from nukewatch.model import Document, InputError


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def test_koi8r_feed_decoded(shared):
    [doc] = read_feed(str(shared / "corpus/real/feedparser-koi8r.xml"))
    assert doc.title == "Как пережить новогоднюю ночь"
    assert doc.text.startswith("Наверное, единственное, во что сегодня можно верить безоговорочно")


def test_windows1255_feed_decoded(shared):
    [doc] = read_feed(str(shared / "corpus/real/feedparser-windows1255.xml"))
    assert doc.text.startswith("האם תדפיס נייר של אתר אינטרנט")


def test_every_real_feed_parses_or_is_rejected_clearly(shared):
    real = shared / "corpus/real"
    paths = sorted({*real.glob("*feed*"), *real.glob("*.rss"), *real.glob("*.atom"), *real.glob("*.rdf"),
                    *real.glob("*.xml")})
    assert len(paths) == 8
    for p in paths:
        assert looks_like_feed(p.read_bytes()), p
        items = list(read_feed(str(p)))
        found = docs(items)
        assert found, (p, items)
        for d in found:
            assert d.text.strip() and d.id


def test_rss20_atom_rdf_fields(shared):
    real = shared / "corpus/real"
    [rss] = read_feed(str(real / "feedparser-rss20.xml"))
    assert (rss.id, rss.url, rss.title, rss.published, rss.language, rss.outlet) == (
        "http://example.org/guid/1", "http://example.org/item/1", "First item title", dt.date(2002, 9, 5),
        "en", "example.org")
    assert rss.text == "Watch out for nasty tricks" and "<" not in rss.text
    assert rss.meta["summary_only"] is True
    atom = docs(read_feed(str(real / "trafilatura-feed1.atom")))
    # entry 2 has only rel=self: its href, not the urn id that feedparser offers as "link"
    assert [d.url for d in atom] == ["http://example.org/2003/12/13/atom03", "http://example.org/1000"]
    [rdf] = read_feed(str(real / "feedparser-rss10.rdf"))
    assert rdf.published == dt.date(2004, 5, 30) and rdf.text.startswith("Ian Hickson:")


def test_json_feed(shared):
    items = docs(read_feed(str(shared / "corpus/real/trafilatura-feed.json")))
    assert len(items) == 25
    first = items[0]
    assert first.id == "1050315385" and first.url.startswith("https://www.npr.org/2021/10/29/")
    assert first.published == dt.date(2021, 10, 29) and first.outlet == "npr.org"
    assert first.meta["feed"] == "Technology" and "<" not in first.text


def test_entity_bomb_refused_quickly(idata):
    t = time.perf_counter()
    items = list(read_feed(str(idata / "bomb.rss")))
    assert time.perf_counter() - t < 2
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].message.startswith("refused: unsafe XML (EntitiesForbidden")


def test_external_entity_refused(idata):
    [err] = read_feed(str(idata / "xxe.rss"))
    assert isinstance(err, InputError) and "refused: unsafe XML" in err.message
    assert "root:" not in err.message


def test_rss091_doctype_latin1_and_title_only_entry(idata):
    a, b = read_feed(str(idata / "rss091.xml"), language="de")
    assert a.title == "Essai nucléaire annoncé" and a.text == "La Corée du Nord a annoncé un essai de missile."
    assert a.published == dt.date(2023, 7, 13)  # the date as written (+09:00), not UTC
    assert a.language == "fr" and a.outlet == "journal.example.fr"
    assert b.text == "Sans texte" and b.meta["text_from"] == "title"
    forced = docs(read_feed(str(idata / "rss091.xml"), language="de", force_language=True))
    assert {d.language for d in forced} == {"de"}


def test_declared_cp1251_feed(idata):
    [doc] = read_feed(str(idata / "ru-cp1251.rss"))
    assert doc.title == "Путин заявил о ядерных учениях" and doc.published == dt.date(2022, 10, 26)


@pytest.mark.parametrize("data,msg", [
    (b"", "empty"),
    (b"<html><body><p>just a page</p></body></html>", "not a feed"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "feed has no entries"),
    (b'{"version": "https://jsonfeed.org/version/1", "items": [', "invalid JSON Feed"),
    (b'{"hello": 1}', "not a feed"),
    (b"\x00\x01\x02" * 100, "binary"),
])
def test_rejections(data, msg):
    [err] = parse_feed(data, "mem")
    assert isinstance(err, InputError) and msg in err.message


def test_json_feed_bad_item():
    data = b'{"version": "https://jsonfeed.org/version/1.1", "language": "uk", "items": [3, {"id": "x", "content_text": "\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2"}]}'
    err, doc = parse_feed(data, "mem")
    assert isinstance(err, InputError) and err.source == "mem#1"
    assert doc.text == "Київ" and doc.language == "uk"
