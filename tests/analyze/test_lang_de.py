"""German pack: small, general behaviours (compounds, negation, modality, hedging, dates, distractors)."""
import datetime as dt

import pytest

from nukewatch import Analyzer, Document


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(["de"])


def events(analyzer, text, published=dt.date(2024, 5, 10)):  # a Friday
    doc = Document(id="t", text=text, published=published, language="de")
    return {(e.type, e.actor.code.split(".")[0], e.modality): e for e in analyzer.analyze(doc).events}


def test_compound_exercise_with_weekday(analyzer):
    ev = events(analyzer, "Russland hat am Donnerstag eine Atomwaffenübung im Süden des Landes begonnen.")
    e = ev[("EXERCISE", "RUS", "asserted")]
    assert e.date == "2024-05-09"


def test_no_indication_negates_preparation_across_dass_comma(analyzer):
    ev = events(analyzer, "Die US-Regierung sieht keine Hinweise darauf, dass Russland den Einsatz von Atomwaffen vorbereite.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_nicht_after_the_verb(analyzer):
    assert ("DEPLOYMENT", "RUS", "negated") in events(analyzer, "Russland verlegt die Atomwaffen nicht.")


def test_hypothetical_use(analyzer):
    ev = events(analyzer, "Russland könnte taktische Atomwaffen einsetzen, sagte der Experte.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_hedged_deployment(analyzer):
    ev = events(analyzer, "Russland hat angeblich Atomsprengköpfe nach Belarus verlegt.")
    e = next(e for k, e in ev.items() if k[0] in ("DEPLOYMENT", "WARHEAD_MOVEMENT"))
    assert e.hedged


def test_inverted_speaker_after_comma(analyzer):
    ev = events(analyzer, "Die Drohungen mit Atomwaffen seien unverantwortlich, sagte Bundeskanzler Scholz.")
    e = ev[("WARNING", "DEU", "asserted")]
    assert e.attributed_to.code.startswith("DEU")


def test_nuclear_power_distractor_yields_nothing(analyzer):
    text = ("In der Nacht zum Sonntag wurden die letzten drei Kernkraftwerke vom Netz genommen. "
            "Atomkraftgegner feierten den Atomausstieg; das Atomgesetz müsste für einen Weiterbetrieb "
            "geändert werden. Die Suche nach einem Endlager für den Atommüll geht weiter.")
    assert events(analyzer, text) == {}


def test_treaty_name_is_not_a_weapon(analyzer):
    ev = events(analyzer, "Ein Abgeordneter drohte, Iran könne aus dem Atomwaffensperrvertrag austreten.")
    assert not any(k[0] == "THREAT" for k in ev)
