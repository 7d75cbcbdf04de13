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


# --- vocabulary added while tuning on the dev corpus (sentences written for these tests) ---

def test_snapback_is_arms_control_for_each_party(analyzer):
    ev = events(analyzer, "Frankreich und Großbritannien haben am Montag den Snapback-Mechanismus des Atomabkommens ausgelöst.")
    assert ("ARMS_CONTROL", "FRA", "asserted") in ev
    assert ("ARMS_CONTROL", "GBR", "asserted") in ev


def test_not_seeking_nuclear_weapons_is_a_denial(analyzer):
    ev = events(analyzer, "Die Islamische Republik strebe keine Atomwaffen an, betonte der Außenminister in Teheran.")
    assert ("DENIAL", "IRN", "asserted") in ev


def test_no_reason_comma_negates_the_infinitive_clause(analyzer):
    ev = events(analyzer, "Das Pentagon sieht keinen Anlass, die Alarmbereitschaft der eigenen Atomstreitkräfte zu erhöhen.")
    assert ("ALERT_CHANGE", "USA", "negated") in ev
    assert not any(k[0] == "ALERT_CHANGE" and k[2] == "asserted" for k in ev)


def test_request_to_station_is_not_a_deployment(analyzer):
    ev = events(analyzer, "Polens Präsident hat Washington gebeten, amerikanische Atomwaffen in Polen zu stationieren.")
    assert any(k[0] == "DEPLOYMENT" and k[2] == "hypothetical" for k in ev)
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_verb_first_conditional(analyzer):
    ev = events(analyzer, "Sollte die Nato Atomwaffen nach Finnland verlegen, werde Moskau reagieren, sagte Peskow.")
    assert any(k[0] == "DEPLOYMENT" and k[2] == "hypothetical" for k in ev)
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_test_preparations_are_a_test_not_a_preparation(analyzer):
    ev = events(analyzer, "Nordkorea hat die Vorbereitungen für einen neuen Atomtest abgeschlossen.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_never_confirmed_arsenal_is_hedged(analyzer):
    ev = events(analyzer, "Israel soll über etwa 90 Atomsprengköpfe verfügen, hat deren Besitz aber nie offiziell bestätigt.")
    e = ev[("CAPABILITY", "ISR", "asserted")]
    assert e.hedged


def test_launch_notification_active_not_passive(analyzer):
    active = events(analyzer, "Die US-Luftwaffe hat eine Interkontinentalrakete getestet. "
                              "Washington hatte Moskau vorab über den Start informiert.")
    assert ("DE_ESCALATION", "USA", "asserted") in active
    passive = events(analyzer, "Die US-Luftwaffe hat eine Interkontinentalrakete getestet. "
                               "Moskau sei vorab über den Start informiert worden.")
    assert ("DE_ESCALATION", "RUS", "asserted") not in passive


def test_calling_something_a_threat_is_a_warning(analyzer):
    ev = events(analyzer, "Kremlsprecher Peskow sprach von einer nuklearen Drohung gegen Russland.")
    assert ("WARNING", "RUS", "asserted") in ev
    assert ("THREAT", "RUS", "asserted") not in ev


def test_reactor_contract_and_inspection_yield_nothing(analyzer):
    text = ("Der Energiekonzern hat den Vertrag über die Lieferung von Brennelementen für das Kernkraftwerk verlängert. "
            "Die Inspektion des Reaktors durch die Atomaufsicht verlief ohne Befund; die Frage, ob die Anlage "
            "länger am Netz bleibt, ist offen.")
    assert events(analyzer, text) == {}
