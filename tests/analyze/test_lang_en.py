"""English pack: small, general behaviours (triggers, negation, modality, hedging, dates, distractors)."""
import datetime as dt

import pytest

from nukewatch import Analyzer, Document


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(["en"])


def events(analyzer, text, published=dt.date(2024, 5, 10)):  # a Friday
    doc = Document(id="t", text=text, published=published, language="en")
    return {(e.type, e.actor.code.split(".")[0], e.modality): e for e in analyzer.analyze(doc).events}


def test_tested_with_weekday(analyzer):
    ev = events(analyzer, "Russia tested a new intercontinental ballistic missile on Wednesday, the Defence Ministry said.")
    assert ev[("WEAPON_TEST", "RUS", "asserted")].date == "2024-05-08"


def test_test_ban_treaty_name_is_not_a_test(analyzer):
    ev = events(analyzer, "The Senate debated the Comprehensive Nuclear-Test-Ban Treaty again on Tuesday.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_no_sign_of_test_is_negated(analyzer):
    text = ("France keeps its nuclear deterrent at sea. "
            "Officials in Paris said there was no sign that China intends to carry out an explosive test.")
    ev = events(analyzer, text)
    assert ("WEAPON_TEST", "CHN", "negated") in ev
    assert ("WEAPON_TEST", "CHN", "asserted") not in ev


def test_conditional_test_is_hypothetical(analyzer):
    text = ("Moscow says its nuclear arsenal is ready. "
            "Should Britain stage an underground test, the minister added, Russia would respond.")
    assert ("WEAPON_TEST", "GBR", "hypothetical") in events(analyzer, text)


def test_appear_to_hedges_a_deployment(analyzer):
    ev = events(analyzer, "Satellite photos appear to show that Russia has deployed nuclear-capable missiles to Belarus.")
    e = ev[("DEPLOYMENT", "RUS", "asserted")]
    assert e.hedged


def test_no_first_use_is_doctrine_not_negated_use(analyzer):
    ev = events(analyzer, "India restated on Monday that it would never be the first to use nuclear weapons.")
    assert ("DOCTRINE", "IND", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_will_not_tolerate_blackmail_is_an_asserted_warning(analyzer):
    ev = events(analyzer, "The Japanese government said it would never bow to nuclear blackmail from Pyongyang.")
    assert ("WARNING", "JPN", "asserted") in ev
    assert ("WARNING", "JPN", "negated") not in ev


def test_denial_dismissing_reports(analyzer):
    text = ("Reports said that Iran was building nuclear weapons at a secret site. "
            "The Iranian foreign ministry dismissed the reports as Western propaganda.")
    assert ("DENIAL", "IRN", "asserted") in events(analyzer, text)


def test_early_warning_radar_is_not_a_warning(analyzer):
    ev = events(analyzer, "Japan said the early-warning radar would track any ballistic missile aimed at its nuclear-armed ally.")
    assert not any(k[0] == "WARNING" for k in ev)


def test_threats_noun_alone_is_not_a_threat(analyzer):
    ev = events(analyzer, "Analysts said Russia's nuclear threats had lost some of their force since 2022.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_civil_and_metaphorical_nuclear_yield_nothing(analyzer):
    text = ("The utility said engineers tested the cooling pumps before the reactor restart on Monday. "
            "Across town, the coach called the full-court press his nuclear option, and his guard went nuclear "
            "in the fourth quarter.")
    assert events(analyzer, text) == {}
