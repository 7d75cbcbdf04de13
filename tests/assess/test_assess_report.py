"""The brief: self-contained HTML, no injection from document text, http(s)-only links; Markdown likewise."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from click.testing import CliRunner

from nukewatch.assess.report import md_escape, safe_url
from nukewatch.cli import cli

EVIL = '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) "quoted"'


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _evil_store(store):
    doc = store.document("2022-11-02", outlet="evil<b>outlet</b>", url="javascript:alert(4)")
    store.signal("THREAT", "RUS.HOS", doc=doc, quote=EVIL)
    store.signal("PREPARATION", "RUS", modality="negated", attributed="USA.GOV", published="2022-11-03",
                 quote="No indication of preparation.", outlet="reuters.com")
    store.signal("CAPABILITY", "RUS", published="2022-11-03", quantity=(2000, "tactical <i>nukes</i>"),
                 quote="about 2,000 <b>tactical</b>")
    return store


def test_html_brief_is_one_self_contained_file_and_cannot_be_injected(store, tmp_path):
    _evil_store(store)
    out = tmp_path / "brief"
    res = CliRunner().invoke(cli, ["report", "--db", store.url, "--format", "html", "--out", str(out),
                                   "--since", "2022-10-05", "--until", "2022-11-03"])
    assert res.exit_code == 0, res.output
    html = (out / "brief.html").read_text(encoding="utf-8")
    p = Collect()
    p.feed(html)
    tags = [t for t, _ in p.tags]
    assert "script" not in tags
    assert all(not k.startswith("on") for _, attrs in p.tags for k in attrs)
    hrefs = [a["href"] for t, a in p.tags if t == "a"]
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "javascript:" not in " ".join(hrefs)
    imgs = [a["src"] for t, a in p.tags if t == "img"]
    assert imgs and all(s.startswith("data:image/png;base64,") for s in imgs)  # nothing loaded from outside
    assert "&lt;script&gt;" in html  # the text is shown, escaped
    assert "Russia: declaratory" in html
    assert "2000" in html and "no sign of preparation" in html
    assert (out / "timeline-RUS.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_markdown_brief_escapes_text_and_links(store, tmp_path):
    _evil_store(store)
    out = tmp_path / "md"
    res = CliRunner().invoke(cli, ["report", "--db", store.url, "--format", "md", "--out", str(out),
                                   "--since", "2022-10-05", "--until", "2022-11-03"])
    assert res.exit_code == 0, res.output
    md = (out / "brief.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "<img" not in md and "<b>" not in md
    assert not re.search(r"(?<!\\)\]\((<)?javascript:", md)  # only an escaped, inert "\](javascript:"
    assert r"\[click\](javascript:" in md
    assert "&lt;script&gt;" in md
    assert "[reuters.com](<" in md  # a real link for the http(s) source
    assert "![timeline](timeline-RUS.png)" in md


def test_safe_url_and_md_escape():
    assert safe_url("https://example.org/a b?q=1") == "https://example.org/a%20b?q=1"
    assert safe_url('https://example.org/"><script>') == "https://example.org/%22%3E%3Cscript%3E"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//example.org", "ftp://x", None, "http://"):
        assert safe_url(bad) is None
    assert md_escape("[a](b) *c* <d>\nnext") == r"\[a\](b) \*c\* &lt;d&gt; next"
