"""The data that flows between pipeline stages.

ingest -> Document -> triage -> analyze -> Analysis (Signals) -> store -> assess.
Everything here is plain data; the stages own the behaviour.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

# Signal types and their tracks, from shared/spec/signals.md (version 1).
TRACKS: dict[str, str] = {
    "THREAT": "declaratory",
    "DOCTRINE": "declaratory",
    "DELIBERATION": "declaratory",
    "PRETEXT_CLAIM": "declaratory",
    "DENIAL": "declaratory",
    "WARNING": "declaratory",
    "ALERT_CHANGE": "posture",
    "EXERCISE": "posture",
    "DEPLOYMENT": "posture",
    "WARHEAD_MOVEMENT": "posture",
    "PREPARATION": "posture",
    "WEAPON_TEST": "posture",
    "NUCLEAR_USE": "posture",
    "DE_ESCALATION": "diplomatic",
    "ARMS_CONTROL": "diplomatic",
    "CAPABILITY": "context",
}
SIGNAL_TYPES: tuple[str, ...] = tuple(TRACKS)
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical")
ROLES: tuple[str, ...] = ("HOS", "GOV", "MIL", "SPY", "LEG", "MED", "OTH")


@dataclass(frozen=True, slots=True)
class Actor:
    """`CCC` or `CCC.ROLE`, and the words of the text that named it."""

    code: str
    text: str

    @property
    def country(self) -> str:
        return self.code.split(".", 1)[0]

    @property
    def role(self) -> str | None:
        return self.code.split(".", 1)[1] if "." in self.code else None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence and its character offsets into the analyzed text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    approx: bool
    unit: str


@dataclass(slots=True)
class Signal:
    """One coded signal; `evidence` holds every sentence merged into it, first one first."""

    type: str
    actor: Actor | None
    target: Actor | None
    modality: str
    hedged: bool
    attributed_to: Actor | None
    date: str | None
    quantity: Quantity | None
    evidence: list[Evidence]
    confidence: float

    @property
    def track(self) -> str:
        return TRACKS[self.type]

    def merge_key(self) -> tuple:
        return (self.type, self.actor.code if self.actor else None,
                self.target.code if self.target else None, self.modality)

    def to_dict(self) -> dict[str, Any]:
        """The spec's output form: `evidence` is the first sentence, `mentions` all of them."""
        d = asdict(self)
        if self.quantity is not None:
            q = d["quantity"]
            if float(q["value"]).is_integer():
                q["value"] = int(q["value"])
        d["evidence"] = d["evidence"][0] if self.evidence else None
        d["mentions"] = [asdict(e) for e in self.evidence]
        d["confidence"] = round(self.confidence, 3)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Signal":
        def actor(a: Any) -> Actor | None:
            return Actor(a["code"], a.get("text", "")) if a else None

        ev = [Evidence(**e) for e in (d.get("mentions") or ([d["evidence"]] if d.get("evidence") else []))]
        q = d.get("quantity")
        return cls(type=d["type"], actor=actor(d.get("actor")), target=actor(d.get("target")),
                   modality=d["modality"], hedged=bool(d.get("hedged")),
                   attributed_to=actor(d.get("attributed_to")), date=d.get("date"),
                   quantity=Quantity(**q) if q else None, evidence=ev,
                   confidence=float(d.get("confidence", 0.5)))


@dataclass(slots=True)
class Document:
    """A news document as ingested: text is the analyzed text (HTML already extracted)."""

    id: str
    text: str
    source: str = ""  # where it came from: path, path:line, URL, WARC record...
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None  # forced or declared language, if any
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Analysis:
    """What the analyzer says of one document."""

    document: Document
    language: str | None  # ISO 639-1, or None when unsupported/undetermined
    relevant: bool
    terms: list[str]  # triage terms that made it relevant
    events: list[Signal]
    note: str | None = None  # e.g. "unsupported language: it"

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "id": d.id,
            "source": d.source,
            "language": self.language,
            "published": d.published.isoformat() if d.published else None,
            "title": d.title,
            "url": d.url,
            "relevant": self.relevant,
            "terms": self.terms,
            "events": [s.to_dict() for s in self.events],
            **({"note": self.note} if self.note else {}),
        }


@dataclass(slots=True)
class InputError:
    """A problem reading one input (or one line of it): reported, never raised past the reader."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
