"""The analyst brief: the assessment of a period, rendered to Markdown or one self-contained HTML file.

Safety: every piece of document text goes through the template engine's
escaping (HTML: jinja2 autoescape; Markdown: `md_escape` as the environment's
finalize, so no output can skip it), and links are emitted only for http(s)
URLs (`safe_url`).
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from sqlalchemy.engine import Engine

from nukewatch.assess.engine import assess
from nukewatch.assess.model import SCORED_TRACKS, Model
from nukewatch.assess.text import TREND_WORDS, headline, name
from nukewatch.assess.timeline import plot_png, series

TEMPLATES = Path(__file__).with_name("templates")
MAX_ACTORS = 8
PLOTTED_ACTORS = 4
# what could make a link, an image, emphasis or a table cell out of document text
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute http(s) URL, with characters that could break out of a link quoted."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # keep URL syntax, percent-encode the rest (spaces, quotes, angle brackets, parentheses)
    return quote(url, safe=":/?#[]@!$&*+,;=%-._~")


def md_escape(value: Any) -> Any:
    """Finalize for Markdown: HTML-escape, then backslash-escape Markdown syntax."""
    if value is None:
        return ""
    if isinstance(value, Markup):  # produced by the template itself (e.g. the md_link filter)
        return value
    flat = " ".join(str(value).split())  # a newline in a quote would end the list item or table row
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def md_link(label: Any, url: Any) -> Markup:
    u = safe_url(url)
    lab = md_escape(label)
    return Markup(f"[{lab}](<{u}>)" if u else lab)


def _env(fmt: str) -> Environment:
    if fmt == "html":
        env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"],
                          default_for_string=True, default=True), trim_blocks=True, lstrip_blocks=True)
    else:
        env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False, finalize=md_escape,
                          trim_blocks=True, lstrip_blocks=True)
        env.filters["md_link"] = md_link
    env.filters["safe_url"] = safe_url
    env.filters["name"] = name
    env.filters["num"] = lambda x, d=1: "" if x is None else f"{x:+.{d}f}" if x < 0 else f"{x:.{d}f}"
    return env


def changes(rows: dict[str, dict[str, Any]]) -> list[str]:
    """What moved against the previous period, one phrase per track that did."""
    out = []
    for t in SCORED_TRACKS:
        r = rows.get(t)
        if not r:
            continue
        if r["level"] != r["previous_level"]:
            out.append(f"{t}: {r['previous_level']} → {r['level']} ({r['delta']:+.1f})")
        elif r["trend"] != "steady":
            out.append(f"{t}: {TREND_WORDS[r['trend']]} within {r['level']} ({r['delta']:+.1f})")
    return out


def build(engine: Engine, model: Model, since: dt.date, until: dt.date, actor: str | None = None,
          top_n: int = 3) -> dict[str, Any]:
    """The brief's content (plain data): one entry per actor, strongest first; plots as PNG bytes."""
    days = (until - since).days + 1
    rows = assess(engine, until, days, actor=actor, top_n=top_n, model=model, pairs=False)
    by_actor: dict[str, dict[str, dict[str, Any]]] = {}
    for r in rows:
        if r["target"] is None:
            by_actor.setdefault(r["actor"], {})[r["track"]] = r
    # most active first: the strongest movement either way on any track
    order = sorted(by_actor, key=lambda a: (-max(abs(by_actor[a][t]["score"]) for t in SCORED_TRACKS
                                                 if t in by_actor[a]) if any(t in by_actor[a] for t in SCORED_TRACKS)
                                            else 0.0, a))
    actors = []
    for i, a in enumerate(order[:MAX_ACTORS]):
        tr = by_actor[a]
        if not any(t in tr for t in SCORED_TRACKS):
            continue
        plot = None
        if i < PLOTTED_ACTORS:
            plot = plot_png(series(engine, model, since, until, actor=a, window_days=days), model,
                            title=f"{name(a)} ({a}): decayed score per track, {since} to {until}")
        quotes = [dict(s, view=t) for t in SCORED_TRACKS for s in tr[t]["signals"] if s.get("quote")]
        actors.append({
            "code": a, "name": name(a), "headline": headline(a, tr),
            "tracks": [tr[t] for t in SCORED_TRACKS], "changes": changes(tr), "quotes": quotes,
            "arsenal": [s for s in tr.get("context", {}).get("signals", []) if s.get("quantity")],
            "plot": plot, "plot_file": f"timeline-{re.sub(r'[^A-Za-z0-9]', '_', a)}.png" if plot else None,
        })
    return {"since": since, "until": until, "days": days,
            "previous": (since - dt.timedelta(days=days), since - dt.timedelta(days=1)),
            "generated": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "actors": actors, "model": model}


def render(brief: dict[str, Any], fmt: str) -> str:
    env = _env(fmt)
    ctx = dict(brief)
    if fmt == "html":
        ctx["actors"] = [dict(a, plot_b64=base64.b64encode(a["plot"]).decode("ascii") if a["plot"] else None)
                         for a in brief["actors"]]
    return env.get_template(f"brief.{fmt}.j2").render(**ctx)


def write(brief: dict[str, Any], fmt: str, out_dir: Path) -> Path:
    """Write brief.md (with its PNGs beside it) or brief.html (one self-contained file; PNGs also written)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for a in brief["actors"]:
        if a["plot"]:
            (out_dir / a["plot_file"]).write_bytes(a["plot"])
    path = out_dir / f"brief.{fmt}"
    path.write_text(render(brief, fmt), encoding="utf-8")
    return path
