"""The seed check: the French seed article (published 2022-11-03) read into a store, then assessed."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from nukewatch.cli import cli
from nukewatch.model import Actor, Analysis, Document, Evidence, Quantity, Signal

AS_OF = "2022-11-03"


def _assess_json(db: str) -> list[dict]:
    res = CliRunner().invoke(cli, ["assess", "--db", db, "--as-of", AS_OF, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    for r in rows:
        assert {"actor", "track", "score", "level", "trend", "signals"} <= set(r)
    return rows


def _rus(rows: list[dict]) -> dict[str, dict]:
    return {r["track"]: r for r in rows if r["actor"] == "RUS" and r["target"] is None}


def _gold_signals(text: str) -> list[Signal]:
    """The gold events of the seed (shared/eval/dev.jsonl, first line), with their sentences."""
    def ev(fragment: str) -> list[Evidence]:
        i = text.index(fragment)
        return [Evidence(fragment, i, i + len(fragment))]

    def sig(type_, actor, fragment, *, target=None, modality="asserted", hedged=False, attributed=None,
            date=None, quantity=None):
        return Signal(type=type_, actor=Actor(actor, actor), target=Actor(target, target) if target else None,
                      modality=modality, hedged=hedged, attributed_to=Actor(attributed, attributed) if attributed else None,
                      date=date, quantity=quantity, evidence=ev(fragment), confidence=0.9)

    return [
        sig("DELIBERATION", "RUS.MIL", "des chefs militaires russes auraient abordé le sujet", hedged=True),
        sig("THREAT", "RUS.HOS", "Si Vladimir Poutine a déjà procédé à des menaces de ce genre"),
        sig("WARNING", "USA.GOV", "sont profondément préoccupants", target="RUS"),
        sig("PREPARATION", "RUS", "nous ne voyons aucune indication que la Russie se prépare à une telle utilisation",
            modality="negated", attributed="USA.GOV"),
        sig("CAPABILITY", "RUS", "elle possède près de 2.000 armes nucléaires tactiques", attributed="USA.GOV",
            quantity=Quantity(2000, True, "tactical nuclear weapons")),
        sig("PRETEXT_CLAIM", "RUS", "Moscou accusait l'Ukraine d'envisager l'utilisation d'une \"bombe sale\"",
            target="UKR"),
        sig("DE_ESCALATION", "WST", "plusieurs appels téléphoniques entre Occidentaux et Russes fin octobre",
            target="RUS", date="2022-10"),
        sig("DENIAL", "RUS.HOS", "en niant le souhait de Moscou d'effectuer une frappe nucléaire en Ukraine",
            date="2022-10-27"),
        sig("NUCLEAR_USE", "RUS", "pourrait causer des milliers de morts", modality="hypothetical"),
    ]


def _seed_doc(shared) -> Document:
    text = (shared / "corpus" / "seed-fr.txt").read_text(encoding="utf-8")
    return Document(id="seed-fr", text=text, source="seed-fr.txt", url="https://www.example.fr/seed-fr",
                    published=dt.date(2022, 11, 3), language="fr", outlet="example.fr")


def _check_declaratory_and_posture(rus: dict[str, dict]) -> None:
    assert rus["declaratory"]["level"] != "quiet"
    assert rus["declaratory"]["score"] > 0
    posture = rus["posture"]
    assert posture["level"] == "quiet"
    prep = [s for s in posture["signals"] if s["type"] == "PREPARATION" and s["modality"] == "negated"]
    assert prep, posture["signals"]
    assert prep[0]["contribution"] < 0
    assert any("aucune indication" in q for q in prep[0]["quotes"])  # the Pentagon's "no indication"
    assert prep[0]["quote"] == prep[0]["quotes"][0]
    assert prep[0]["source"]["url"] or prep[0]["source"]["origin"]  # traceable to its document
    assert "no sign of" in posture["note"] and "preparation" in posture["note"]


def test_seed_gold_signals_through_the_store(tmp_path, shared):
    """The gold signals of the seed, stored by the Store API, give the expected picture."""
    from nukewatch.store import Store

    db = str(tmp_path / "seed.db")
    doc = _seed_doc(shared)
    with Store.open(db) as store:
        store.add_document(doc, Analysis(doc, "fr", True, ["nucléaire"], _gold_signals(doc.text)))
    rus = _rus(_assess_json(db))
    _check_declaratory_and_posture(rus)
    diplo = {s["type"]: s for s in rus["diplomatic"]["signals"]}
    assert "DE_ESCALATION" in diplo and "DENIAL" in diplo
    assert "téléphoniques" in diplo["DE_ESCALATION"]["quote"]
    assert diplo["DE_ESCALATION"]["source"]["url"] == "https://www.example.fr/seed-fr"
    assert diplo["DENIAL"]["shown_in"] == "diplomatic" and diplo["DENIAL"]["track"] == "declaratory"
    assert rus["diplomatic"]["score"] < 0  # contacts pull the diplomatic track down
    # the denial counts once, on the declaratory track
    decl = {s["type"]: s for s in rus["declaratory"]["signals"]}
    assert decl["DENIAL"]["contribution"] < 0
    assert rus["diplomatic"]["score"] == pytest.approx(diplo["DE_ESCALATION"]["contribution"], abs=1e-3)
    # the arsenal figure is listed, not scored
    ctx = [r for r in _assess_json(db) if r["actor"] == "RUS" and r["track"] == "context"]
    assert ctx and ctx[0]["signals"][0]["quantity"]["value"] == 2000 and ctx[0]["score"] is None


def test_seed_through_the_ingest_pipeline(tmp_path, shared):
    """The seed ingested by `nukewatch ingest` (real analyzer): the issue's bar end to end. Declaratory
    above quiet, posture quiet with the Pentagon's "no indication", and Russia's diplomatic track
    showing the calls (a contact between the West and Russia, so Russia is its other party) and the denial."""
    db = str(tmp_path / "pipeline.db")
    src = tmp_path / "seed-fr.txt"
    src.write_text((shared / "corpus" / "seed-fr.txt").read_text(encoding="utf-8"), encoding="utf-8")
    res = CliRunner().invoke(cli, ["ingest", "--db", db, "--published", AS_OF, "--lang", "fr", str(src)])
    assert res.exit_code == 0, res.output
    rows = _assess_json(db)
    rus = _rus(rows)
    _check_declaratory_and_posture(rus)
    diplo = {s["type"]: s for s in rus["diplomatic"]["signals"]}
    assert "DENIAL" in diplo and "DE_ESCALATION" in diplo
    assert "téléphoniques" in diplo["DE_ESCALATION"]["quote"]
    assert rus["diplomatic"]["score"] < 0  # contacts and a denial pull the track down
