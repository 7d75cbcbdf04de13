"""Words for the figures: actor names, per-track notes, headline sentences."""
from __future__ import annotations

from typing import Any

NAMES: dict[str, str] = {
    "RUS": "Russia", "USA": "United States", "UKR": "Ukraine", "BLR": "Belarus", "CHN": "China",
    "PRK": "North Korea", "KOR": "South Korea", "JPN": "Japan", "IND": "India", "PAK": "Pakistan",
    "ISR": "Israel", "IRN": "Iran", "FRA": "France", "GBR": "United Kingdom", "DEU": "Germany",
    "POL": "Poland", "TUR": "Turkey", "NATO": "NATO", "EU": "the EU", "UN": "the UN", "IAEA": "the IAEA",
    "G7": "the G7", "WST": "the West",
}

TREND_WORDS = {"up": "rising", "down": "falling", "steady": "steady"}


def name(code: str | None) -> str:
    if not code:
        return "unknown"
    return NAMES.get(code.split(".", 1)[0], code)


def _sources(sigs: list[dict[str, Any]]) -> int:
    return sum(int(s.get("corroboration") or 1) for s in sigs)


def track_note(track: str, score: float, sigs: list[dict[str, Any]]) -> str | None:
    """Why a track reads as it does, when the reason is not simply 'escalatory signals'."""
    if track == "posture":
        neg = [s for s in sigs if s["modality"] == "negated" and s.get("contribution", 0) < 0]
        if neg:
            kinds = ", ".join(sorted({s["type"].lower().replace("_", " ") for s in neg}))
            n = _sources(neg)
            srcs = f"({n} source{'s' if n != 1 else ''})"
            if score <= 0:
                return f"officials report no sign of {kinds} {srcs}"
            return f"though reports of no {kinds} {srcs}"
        if not sigs:
            return "no posture signals"
        return None
    if track == "diplomatic":
        contacts = [s for s in sigs if s["type"] == "DE_ESCALATION" and s["modality"] == "asserted"]
        denials = [s for s in sigs if s["type"] == "DENIAL" and s["modality"] == "asserted"]
        arms = [s for s in sigs if s["type"] == "ARMS_CONTROL" and s["modality"] == "asserted"]
        parts = []
        if contacts:
            parts.append(f"{len(contacts)} contact{'s' if len(contacts) != 1 else ''}")
        if denials:
            parts.append(f"{len(denials)} denial{'s' if len(denials) != 1 else ''}")
        if arms:
            parts.append(f"{len(arms)} arms-control action{'s' if len(arms) != 1 else ''}")
        if not parts:
            return None
        return ("easing: " if score < 0 or not arms else "") + ", ".join(parts)
    if track == "declaratory":
        denials = [s for s in sigs if s["type"] == "DENIAL" and s["modality"] == "asserted"]
        if denials and score <= 0:
            return "denials outweigh threats"
        return None
    return None


def headline(actor: str, rows: dict[str, dict[str, Any]]) -> str:
    """'Russia: declaratory ELEVATED, rising; posture quiet — officials report no sign of preparation (1 source); ...'"""
    parts = []
    for track in ("declaratory", "posture", "diplomatic"):
        r = rows.get(track)
        if r is None:
            continue
        lvl = r["level"]
        word = lvl if lvl == "quiet" else lvl.upper()
        s = f"{track} {word}"
        if r["trend"] != "steady":
            s += f", {TREND_WORDS[r['trend']]}"
        if r.get("note"):
            s += f" — {r['note']}"
        parts.append(s)
    who = name(actor)
    return f"{who[:1].upper()}{who[1:]}: " + "; ".join(parts)
