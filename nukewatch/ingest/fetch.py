"""A polite, bounded HTTP fetcher (httpx) for pages and feeds.

Polite: a user agent naming the project, robots.txt (cached per host), a
per-host delay, conditional GET (ETag / Last-Modified) for feeds.
Bounded: timeouts (per phase and overall), a size cap (streamed; the body is
cut at the cap and marked truncated), a redirect limit, retries with
exponential backoff on 5xx / 429 / timeouts / connection errors.
Safe: only http(s); unless `allow_private=True`, hosts whose addresses
(every one getaddrinfo returns) are private, loopback, link-local, multicast,
reserved or unspecified are refused, at the first hop and after every
redirect. (A DNS answer changing between our check and httpx's connect is
not covered: run behind an egress firewall if that matters.)

`fetch()` never raises on network or HTTP trouble: it returns a FetchResult
or an InputError (`Skipped` for robots.txt, content types, 304s).
"""
from __future__ import annotations

import ipaddress
import json
import os
import socket
import tempfile
import threading
import time
import urllib.robotparser
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from nukewatch.ingest import Skipped
from nukewatch.ingest.encoding import charset_from_content_type
from nukewatch.model import InputError

__all__ = ["Fetcher", "FetchResult", "ValidatorCache", "MemoryValidatorCache", "JsonValidatorCache",
           "USER_AGENT", "HTML_TYPES", "FEED_TYPES", "check_address"]

USER_AGENT = "nukewatch/0.1 (+https://github.com/nukewatch/nukewatch)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                        "text/xml", "application/feed+json", "application/json", "text/plain"})
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(slots=True)
class FetchResult:
    url: str  # final URL, after redirects
    status: int
    content_type: str | None  # media type without parameters, lower case
    charset: str | None  # from the Content-Type header
    body: bytes
    truncated: bool = False  # cut at the size cap
    not_modified: bool = False  # 304 to a conditional GET
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES or (self.content_type is None and self.body.lstrip()[:1] == b"<")


class ValidatorCache(Protocol):
    """Where conditional-GET validators live; the store may provide its own."""

    def get(self, url: str) -> dict[str, str] | None: ...

    def set(self, url: str, validators: dict[str, str]) -> None: ...


class MemoryValidatorCache:
    def __init__(self) -> None:
        self._data: dict[str, dict[str, str]] = {}

    def get(self, url: str) -> dict[str, str] | None:
        return self._data.get(url)

    def set(self, url: str, validators: dict[str, str]) -> None:
        self._data[url] = validators


class JsonValidatorCache(MemoryValidatorCache):
    """Validators in a JSON file, rewritten atomically on each change."""

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                self._data = {k: v for k, v in data.items() if isinstance(v, dict)}
        except (OSError, ValueError):
            pass  # missing or corrupt cache: start empty, it is only an optimization

    def set(self, url: str, validators: dict[str, str]) -> None:
        super().set(url, validators)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".fetchcache-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._data, fh)
        os.replace(tmp, self.path)


def check_address(host: str, port: int | None = None) -> str | None:
    """Why `host` must not be fetched (a non-public address among those it resolves to), or None."""
    try:
        infos = socket.getaddrinfo(host, port or 80, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        return f"cannot resolve {host}: {exc}"
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        for attr in ("is_loopback", "is_private", "is_link_local", "is_multicast", "is_reserved", "is_unspecified"):
            if getattr(ip, attr):
                kind = attr[3:].replace("_", "-")
                return f"{host} resolves to {ip}, a {kind} address (pass allow_private=True to fetch it)"
    return None


class Fetcher:
    """Fetch pages and feeds politely and within bounds. Thread-safe enough for one thread per host."""

    def __init__(self, *, timeout: float = 10.0, total_timeout: float = 60.0, max_bytes: int = 10 * 2**20,
                 max_redirects: int = 5, retries: int = 2, backoff: float = 1.0, delay: float = 1.0,
                 respect_robots: bool = True, allow_private: bool = False, allow_hosts: Iterable[str] = (),
                 cache: ValidatorCache | None = None, user_agent: str = USER_AGENT, trust_env: bool = True,
                 client: httpx.Client | None = None) -> None:
        self.timeout, self.total_timeout, self.max_bytes = timeout, total_timeout, max_bytes
        self.max_redirects, self.retries, self.backoff, self.delay = max_redirects, retries, backoff, delay
        self.respect_robots, self.allow_private = respect_robots, allow_private
        self.allow_hosts = {h.lower() for h in allow_hosts}
        self.cache = cache if cache is not None else MemoryValidatorCache()
        self.user_agent = user_agent
        self.client = client or httpx.Client(headers={"User-Agent": user_agent}, timeout=httpx.Timeout(timeout),
                                             follow_redirects=False, trust_env=trust_env)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- checks --------------------------------------------------------------

    def _refusal(self, url: str) -> InputError | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return InputError(url, f"refused: scheme {parts.scheme or '(none)'!r} (only http and https)")
        if not parts.hostname:
            return InputError(url, "refused: no host in URL")
        if self.allow_private or parts.hostname.lower() in self.allow_hosts:
            return None
        why = check_address(parts.hostname, parts.port)
        return InputError(url, f"refused: {why}") if why else None

    def allowed_by_robots(self, url: str) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._robots:
            self._robots[key] = self._load_robots(key)
        rp = self._robots[key]
        return True if rp is None else rp.can_fetch(self.user_agent, url)

    def _load_robots(self, base: str) -> urllib.robotparser.RobotFileParser | None:
        """RFC 9309: 4xx means no rules; 5xx or unreachable means disallow everything."""
        rp = urllib.robotparser.RobotFileParser(base + "/robots.txt")
        try:
            self._wait(urlsplit(base).netloc)
            r = self.client.get(base + "/robots.txt", follow_redirects=True)
        except httpx.HTTPError:
            rp.disallow_all = True
            return rp
        if 400 <= r.status_code < 500:
            return None
        if r.status_code >= 500:
            rp.disallow_all = True
            return rp
        rp.parse(r.content[:512 * 1024].decode("utf-8", errors="replace").splitlines())
        return rp

    def _wait(self, host: str) -> None:
        if self.delay <= 0:
            return
        with self._lock:
            last = self._last.get(host)
            now = time.monotonic()
            pause = 0.0 if last is None else max(0.0, last + self.delay - now)
            self._last[host] = now + pause
        if pause:
            time.sleep(pause)

    # -- fetching ------------------------------------------------------------

    def fetch(self, url: str, *, conditional: bool = False, accept: frozenset[str] | None = None) -> FetchResult | InputError:
        """GET `url`. `conditional`: send cached validators (a 304 gives Skipped). `accept`: media
        types to read (default HTML and feed types); others are Skipped before the body is read."""
        accept = accept or (HTML_TYPES | FEED_TYPES)
        headers: dict[str, str] = {}
        if conditional and (v := self.cache.get(url)):
            if v.get("etag"):
                headers["If-None-Match"] = v["etag"]
            if v.get("last_modified"):
                headers["If-Modified-Since"] = v["last_modified"]
        current = url
        for _hop in range(self.max_redirects + 1):
            if refusal := self._refusal(current):
                if current != url:
                    refusal = InputError(url, f"redirect to {current} {refusal.message}")
                return refusal
            if self.respect_robots and not self.allowed_by_robots(current):
                return Skipped(url, f"skipped: disallowed by robots.txt ({current})")
            result = self._get(current, headers, accept, original=url)
            if isinstance(result, str):  # a redirect target
                current = urljoin(current, result)
                continue
            if isinstance(result, FetchResult) and conditional and result.status == 200:
                validators = {k: v for k, v in (("etag", result.headers.get("etag")),
                                                 ("last_modified", result.headers.get("last-modified"))) if v}
                if validators:
                    self.cache.set(url, validators)
            return result
        return InputError(url, f"too many redirects (more than {self.max_redirects})")

    def _get(self, url: str, headers: dict[str, str], accept: frozenset[str],
             original: str) -> FetchResult | InputError | str:
        host = urlsplit(url).netloc
        last_error = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            self._wait(host)
            try:
                result = self._stream(url, headers, accept, original)
            except (httpx.TimeoutException, TimeoutError) as exc:
                last_error = f"timed out ({type(exc).__name__})"
                continue
            except httpx.TransportError as exc:
                last_error = f"connection failed: {exc or type(exc).__name__}"
                continue
            if isinstance(result, int):  # retryable status
                last_error = f"HTTP {result}"
                continue
            return result
        return InputError(original, f"fetch failed after {self.retries + 1} attempts: {last_error}")

    def _stream(self, url: str, headers: dict[str, str], accept: frozenset[str],
                original: str) -> FetchResult | InputError | str | int:
        deadline = time.monotonic() + self.total_timeout
        with self.client.stream("GET", url, headers=headers) as r:
            if r.status_code in (301, 302, 303, 307, 308):
                loc = r.headers.get("location")
                return loc if loc else InputError(original, f"HTTP {r.status_code} without Location")
            if r.status_code == 304:
                return Skipped(original, "skipped: not modified since last fetch (304)")
            if r.status_code in _RETRY_STATUS:
                return r.status_code
            if r.status_code >= 400:
                return InputError(original, f"HTTP {r.status_code} {r.reason_phrase}".rstrip())
            ctype_header = r.headers.get("content-type")
            ctype = ctype_header.split(";", 1)[0].strip().lower() if ctype_header else None
            if ctype and ctype not in accept:
                return Skipped(original, f"skipped: content type {ctype}, not HTML or a feed")
            declared = r.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes * 20:
                # Far beyond the cap: not an article. (A modest excess is read and cut.)
                return Skipped(original, f"skipped: {declared} bytes, over 20x the {self.max_bytes}-byte cap")
            chunks, size, truncated = [], 0, False
            for chunk in r.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size >= self.max_bytes:
                    truncated = True
                    break
                if time.monotonic() > deadline:
                    raise TimeoutError(f"over {self.total_timeout}s in total")
            body = b"".join(chunks)[: self.max_bytes]
            return FetchResult(url=str(r.url), status=r.status_code, content_type=ctype,
                               charset=charset_from_content_type(ctype_header), body=body, truncated=truncated,
                               headers={k.lower(): v for k, v in r.headers.items()})
