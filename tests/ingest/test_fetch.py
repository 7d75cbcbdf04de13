"""fetch.py against a local HTTP server on 127.0.0.1 (no test touches the internet)."""
from __future__ import annotations

import json
import time

import pytest

from nukewatch.ingest import Skipped
from nukewatch.ingest.fetch import USER_AGENT, Fetcher, FetchResult, JsonValidatorCache, check_address
from nukewatch.model import InputError

from ingest_server import PAGE, Handler, serve  # noqa: E402


@pytest.fixture(scope="module")
def server():
    with serve() as base:
        yield base


@pytest.fixture
def fetcher():
    f = Fetcher(allow_private=True, delay=0, backoff=0.01, retries=2, timeout=0.5, total_timeout=5,
                max_bytes=1_000_000, trust_env=False)
    yield f
    f.close()


def test_page_with_header_charset(server, fetcher):
    r = fetcher.fetch(server + "/page")
    assert isinstance(r, FetchResult) and r.status == 200 and r.is_html
    assert r.charset == "windows-1251" and r.body == PAGE and not r.truncated
    assert USER_AGENT in Handler.agents[-1]


def test_redirect_followed_and_loop_limited(server, fetcher):
    r = fetcher.fetch(server + "/hop")
    assert isinstance(r, FetchResult) and r.url.endswith("/page")
    err = fetcher.fetch(server + "/loop")
    assert isinstance(err, InputError) and "too many redirects" in err.message
    assert Handler.hits["/loop"] == fetcher.max_redirects + 1


def test_huge_response_cut_at_cap(server, fetcher):
    r = fetcher.fetch(server + "/big")
    assert isinstance(r, FetchResult) and r.truncated and len(r.body) == 1_000_000


def test_server_that_never_answers_times_out(server, fetcher):
    fetcher.retries = 0
    t = time.perf_counter()
    err = fetcher.fetch(server + "/slow")
    assert time.perf_counter() - t < 2.5
    assert isinstance(err, InputError) and "timed out" in err.message


def test_pdf_skipped(server, fetcher):
    err = fetcher.fetch(server + "/doc.pdf")
    assert isinstance(err, Skipped) and "application/pdf" in err.message


def test_robots_disallow_cached_per_host(server, fetcher):
    before = Handler.hits.get("/robots.txt", 0)
    a = fetcher.fetch(server + "/private/a")
    b = fetcher.fetch(server + "/private/b")
    assert isinstance(a, Skipped) and "robots.txt" in a.message and isinstance(b, Skipped)
    assert "/private/a" not in Handler.hits
    assert Handler.hits["/robots.txt"] - before == 1


def test_etag_304(server, fetcher, tmp_path):
    fetcher.cache = JsonValidatorCache(tmp_path / "cache.json")
    first = fetcher.fetch(server + "/page", conditional=True)
    assert isinstance(first, FetchResult)
    saved = json.loads((tmp_path / "cache.json").read_text())
    assert saved[server + "/page"]["etag"] == '"v1"'
    fetcher.cache = JsonValidatorCache(tmp_path / "cache.json")  # reloaded from disk
    second = fetcher.fetch(server + "/page", conditional=True)
    assert isinstance(second, Skipped) and "304" in second.message
    assert isinstance(fetcher.fetch(server + "/page"), FetchResult)  # unconditional: full body


def test_retries_on_5xx(server, fetcher):
    Handler.hits.pop("/flaky", None)
    r = fetcher.fetch(server + "/flaky")
    assert isinstance(r, FetchResult) and Handler.hits["/flaky"] == 3
    err = fetcher.fetch(server + "/down")
    assert isinstance(err, InputError) and "after 3 attempts: HTTP 500" in err.message


def test_private_address_refused_without_flag(server):
    with Fetcher(delay=0, trust_env=False) as f:
        before = dict(Handler.hits)
        err = f.fetch(server + "/page")
        assert isinstance(err, InputError) and "loopback" in err.message and "refused" in err.message
        err = f.fetch("http://localhost:1/")
        assert isinstance(err, InputError) and "loopback" in err.message
        assert Handler.hits == before  # nothing was sent


def test_redirect_rechecked(server):
    with Fetcher(delay=0, trust_env=False, allow_hosts={"127.0.0.1"}, respect_robots=False) as f:
        err = f.fetch(server + "/to-localhost")
        assert isinstance(err, InputError) and "redirect to http://localhost" in err.message and "loopback" in err.message
        err = f.fetch(server + "/to-file")
        assert isinstance(err, InputError) and "scheme 'file'" in err.message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://x", "http:///nohost"])
def test_non_http_refused(url):
    with Fetcher(delay=0, trust_env=False) as f:
        err = f.fetch(url)
        assert isinstance(err, InputError) and err.message.startswith("refused")


@pytest.mark.parametrize("host", ["127.0.0.1", "10.1.2.3", "192.168.0.1", "169.254.169.254", "::1", "0.0.0.0",
                                  "::ffff:10.0.0.1", "fe80::1"])
def test_check_address_non_public(host):
    assert check_address(host) is not None


def test_check_address_public_literal():
    assert check_address("93.184.216.34") is None


def test_per_host_delay(server):
    with Fetcher(allow_private=True, delay=0.3, trust_env=False, respect_robots=False) as f:
        t = time.perf_counter()
        f.fetch(server + "/page")
        f.fetch(server + "/page")
        assert time.perf_counter() - t >= 0.3
