"""html.py: extraction, decoding, quick path."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from nukewatch.ingest.encoding import BinaryContent
from nukewatch.ingest.html import extract_html, full_extract, html_lang, quick_page, quick_text, quick_title
from nukewatch.model import Document


@pytest.fixture(scope="module")
def dev_html(shared):
    out = {}
    for line in (shared / "eval" / "dev.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        if rec.get("html"):
            out[rec["id"][:5]] = rec["html"]
    return out


def test_en01_main_text_only(dev_html):
    page = extract_html(dev_html["en-01"])
    assert page.published == dt.date(2024, 11, 22)
    assert page.title == "White House sees no sign Russia is readying nuclear strike after doctrine change"
    assert page.text.startswith("WASHINGTON — The White House said on Thursday")
    assert "deputy press secretary Sabrina Singh" in page.text
    for junk in ("We use cookies", "Accept all", "Subscribe", "Related stories", "All rights reserved",
                 "Hwasong-19"):
        assert junk not in page.text
    assert page.language == "en" and page.method == "trafilatura"
    assert page.description.startswith("The White House says")


def test_de01_main_text_only(dev_html):
    page = extract_html(dev_html["de-01"].encode("utf-8"))
    assert page.published == dt.date(2023, 2, 21)
    assert "Russland setzt seine Beteiligung am letzten großen atomaren Abrüstungsvertrag" in page.text
    assert "Er läuft im Februar 2026 aus." in page.text
    for junk in ("Cookies", "Alle akzeptieren", "Impressum", "Mehr zum Thema"):
        assert junk not in page.text
    assert page.encoding == "utf-8" and page.language == "de"


def test_header_charset_used_when_meta_absent():
    body = "<html><body><article><p>Президент России заявил о ядерных учениях стратегических сил в среду вечером.</p></article></body></html>"
    raw = body.encode("koi8_r")
    page = extract_html(raw, charset="koi8-r")
    assert "Президент России заявил" in page.text and page.encoding == "koi8-r"


def test_meta_charset_gb2312():
    body = '<html><head><meta charset="gb2312"><title>新闻</title></head><body><article><p>中国外交部发言人在例行记者会上回答了有关问题，表示各方应保持克制。</p></article></body></html>'
    page = extract_html(body.encode("gb2312"))
    assert "中国外交部发言人" in page.text and page.encoding == "gb18030"


def test_fallback_keeps_text_when_trafilatura_finds_nothing():
    page = extract_html("<html><head><script>var x=1;</script></head><body><div><span>Only</span> <span>short</span></div></body></html>")
    assert "Only" in page.text and "var x" not in page.text


def test_quick_text_strips_markup():
    raw = ("<html><head><title>T &amp; T</title><style>p{}</style></head><body><script>alert(1)</script>"
           "<!-- comment --><p>Caf&eacute; <b>au</b> lait</p><div>second&nbsp;block</div></body></html>").encode()
    assert quick_text(raw) == "Café au lait second block"
    tricky = "<p>a</p><SCRIPT type='x'>if (a<b) {'</p>'}</Script><p>b<!-- <p>hidden</p> -->c</p><style>unclosed"
    assert quick_text(tricky) == "a bc unclosed"  # a comment is no word break
    assert quick_text("\ufeff<p>x\ufeffy</p>") == "xy"
    assert quick_title(raw.decode()) == "T & T"


def test_html_lang():
    assert html_lang('<!doctype html><html class="x" lang="uk-UA">') == "uk"
    assert html_lang("<html><body>") is None


def test_full_extract_replaces_quick_text(dev_html):
    doc = Document(id="x", text="quick", url="https://example.org/a", published=dt.date(2024, 12, 1),
                   meta={"html": dev_html["en-01"].encode(), "charset": None})
    full = full_extract(doc)
    assert full.text.startswith("WASHINGTON") and full.published == dt.date(2024, 11, 22)
    assert "html" not in full.meta and full.meta["extraction"] == "trafilatura"
    assert full_extract(Document(id="y", text="t")).text == "t"


RU_PAGE = ("<html><head><title>Учения &laquo;Гром&raquo;</title>{meta}</head><body><nav>Главная</nav>"
           "<p>Министерство&nbsp;обороны   сообщило\n о <b>ядерных</b> учениях.</p></body></html>")


@pytest.mark.parametrize("codec,meta,header", [
    ("cp1251", '<meta charset="windows-1251">', None),
    ("cp1251", "", "windows-1251"),
    ("koi8-r", "", None),  # nothing declared: detection over the whole page
    ("utf-8", '<meta charset="iso-8859-1">', None),  # valid non-ASCII UTF-8 beats a wrong label
])
def test_quick_page_codecs(codec, meta, header):
    page = RU_PAGE.format(meta=meta)
    qp = quick_page(page.encode(codec), header)
    assert qp.encoding == codec
    assert qp.title == "Учения «Гром»"
    assert qp.text == "Главная Министерство обороны сообщило о ядерных учениях."


def test_quick_page_utf16_and_binary():
    qp = quick_page(RU_PAGE.format(meta="").encode("utf-16"))
    assert "ядерных учениях" in qp.text and qp.encoding == "utf-16-le"
    with pytest.raises(BinaryContent):
        quick_page(b"\x00\x01\x02\x03" * 500)
