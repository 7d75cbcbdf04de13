"""Builders of hand-made documents, analyses and signals for the store tests."""
from __future__ import annotations

import datetime as dt

from nukewatch.model import Actor, Analysis, Document, Evidence, Signal

WIRE = (
    "Russian President Vladimir Putin threatened on Tuesday to use tactical nuclear weapons if the "
    "territorial integrity of Russia was threatened, in a televised address from the Kremlin. "
    "Western officials said they saw no sign that Moscow was preparing such a strike. "
    "The United States warned of catastrophic consequences for Russia if it crossed the nuclear "
    "threshold, and NATO allies met in Brussels to discuss the alliance's response to the speech."
)


def signal(type_="THREAT", actor="RUS.HOS", target="UKR", modality="asserted", *, hedged=False,
           date="2022-11-01", text="Putin threatened to use tactical nuclear weapons.", start=0,
           confidence=0.8, quantity=None) -> Signal:
    return Signal(type=type_, actor=Actor(actor, actor) if actor else None,
                  target=Actor(target, target) if target else None, modality=modality, hedged=hedged,
                  attributed_to=None, date=date, quantity=quantity,
                  evidence=[Evidence(text, start, start + len(text))], confidence=confidence)


def make(text=WIRE, *, url="https://www.reuters.com/world/1", outlet=None, title="Putin nuclear threat",
         published=dt.date(2022, 11, 2), relevant=True, events=None, key="d1", language="en"):
    doc = Document(id=key, text=text, source=f"test:{key}", title=title, url=url, published=published,
                   language=language, outlet=outlet)
    if events is None:
        events = [signal()] if relevant else []
    return doc, Analysis(document=doc, language=language, relevant=relevant,
                         terms=["nuclear"] if relevant else [], events=events)
