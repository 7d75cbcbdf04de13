"""A small store builder: outlets, documents and signals inserted the way the store lays them out."""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import shutil
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.engine import Engine

from nukewatch.assess.db import install_sql_functions
from nukewatch.model import TRACKS
from nukewatch.store import Store, schema

_counter = itertools.count()


class StoreBuilder:
    def __init__(self, url: str):
        self.store = Store.open(url)  # migrations create the schema as the store defines it
        self.engine: Engine = self.store.engine
        install_sql_functions(self.engine)
        self._outlets: dict[str, int] = {}

    @property
    def url(self) -> str:
        return self.store.url

    def outlet(self, name: str, credibility: float | None = None) -> int:
        if name not in self._outlets:
            with self.engine.begin() as c:
                self._outlets[name] = c.execute(insert(schema.outlets).values(
                    name=name, credibility=credibility)).inserted_primary_key[0]
        return self._outlets[name]

    def story(self, published: str | dt.date) -> int:
        with self.engine.begin() as c:
            return c.execute(insert(schema.stories).values(first_published=_d(published))).inserted_primary_key[0]

    def document(self, published: str | dt.date, outlet: str | None = "example.org", url: str | None = None,
                 story: int | None = None, title: str | None = None, text: str = "") -> tuple[int, int]:
        """Insert a document (in a new story unless given); returns (document_id, story_id)."""
        story = story or self.story(published)
        n = next(_counter)
        with self.engine.begin() as c:
            doc = c.execute(insert(schema.documents).values(
                content_hash=hashlib.sha256(f"{n}".encode()).hexdigest(), url=url or f"https://{outlet or 'x'}/a/{n}",
                outlet_id=self.outlet(outlet) if outlet else None, title=title or f"doc {n}",
                published=_d(published), relevant=True, text=text, story_id=story)).inserted_primary_key[0]
        return doc, story

    def signal(self, type_: str, actor: str | None, *, doc: tuple[int, int] | None = None,
               published: str = "2022-11-03", target: str | None = None, modality: str = "asserted",
               hedged: bool = False, date: str | None = None, attributed: str | None = None,
               corroboration: int = 1, quote: str | None = None, outlet: str | None = "example.org",
               quantity: tuple[float, str] | None = None, confidence: float = 0.9) -> int:
        """Insert one signal (and its evidence sentence); a new document unless `doc` is given."""
        doc_id, story_id = doc or self.document(published, outlet=outlet)
        day = _d((date + "-01-01"[len(date) - 4:]) if date else published) if date or published else None
        with self.engine.begin() as c:
            sid = c.execute(insert(schema.signals).values(
                story_id=story_id, document_id=doc_id, type=type_, track=TRACKS[type_],
                actor_code=actor, actor_country=actor.split(".")[0] if actor else None,
                actor_role=actor.split(".")[1] if actor and "." in actor else None, actor_text=actor,
                target_code=target, target_country=target.split(".")[0] if target else None, target_text=target,
                modality=modality, hedged=hedged, attributed_code=attributed, attributed_text=attributed,
                date=date, day=day, quantity_value=quantity[0] if quantity else None,
                quantity_approx=True if quantity else None, quantity_unit=quantity[1] if quantity else None,
                confidence=confidence, corroboration=corroboration,
                signal_key=schema.signal_key(type_, actor, target, modality) + f"#{next(_counter)}",
            )).inserted_primary_key[0]
            c.execute(insert(schema.signal_evidence).values(
                signal_id=sid, document_id=doc_id, text=quote or f"{type_} by {actor}", start=0,
                end=len(quote or "")))
        return sid


def _d(v: str | dt.date | None) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(v)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """An empty store made once by Store.open (migrations); tests copy the file, which is much faster."""
    path = tmp_path_factory.mktemp("assess-template") / "template.db"
    Store.open(str(path)).close()
    return path


@pytest.fixture
def make_store(tmp_path: Path, template_db: Path):
    """A factory of independent stores (property tests build many)."""
    made: list[StoreBuilder] = []

    def make() -> StoreBuilder:
        path = tmp_path / f"s{next(_counter)}.db"
        shutil.copyfile(template_db, path)
        made.append(StoreBuilder(str(path)))
        return made[-1]
    yield make
    for b in made:
        b.engine.dispose()


@pytest.fixture
def store(make_store) -> StoreBuilder:
    return make_store()
