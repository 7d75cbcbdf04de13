"""nukewatch: evidence-backed coding of nuclear escalation signals in multilingual news.

Public API (small on purpose):

    from nukewatch import Analyzer, Document
    analysis = Analyzer().analyze(Document(id="1", text="...", published=date(2022, 11, 3)))
    for signal in analysis.events: ...
"""
from __future__ import annotations

from nukewatch.model import Actor, Analysis, Document, Evidence, Quantity, Signal

__version__ = "0.1.0"
__all__ = ["Actor", "Analysis", "Analyzer", "Document", "Evidence", "Quantity", "Signal", "__version__"]


def __getattr__(name: str):
    # The analyzer loads language packs: import it only when asked for.
    if name == "Analyzer":
        from nukewatch.analyze import Analyzer

        return Analyzer
    raise AttributeError(name)
