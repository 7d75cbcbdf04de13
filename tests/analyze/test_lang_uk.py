"""Ukrainian pack: small, general behaviours (declension, negation, modality, hedging, dates, distractors)."""
import datetime as dt

import pytest

from nukewatch import Analyzer, Document


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(["uk"])


def events(analyzer, text, published=dt.date(2024, 5, 10)):  # a Friday
    doc = Document(id="t", text=text, published=published, language="uk")
    return {(e.type, e.actor.code.split(".")[0], e.modality): e for e in analyzer.analyze(doc).events}


def test_exercise_with_weekday_and_inflected_country(analyzer):
    ev = events(analyzer, "Військові Росії в четвер розпочали навчання з нестратегічною ядерною зброєю.")
    assert ev[("EXERCISE", "RUS", "asserted")].date == "2024-05-09"


def test_no_sign_negates_preparation_across_shcho_comma(analyzer):
    ev = events(analyzer, "У Пентагоні не бачать ознак того, що Росія готується застосувати ядерну зброю.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_negated_verb_after_its_object(analyzer):
    ev = events(analyzer, "Змін у ядерній позиції Росії у Вашингтоні не фіксують.")
    assert ("ALERT_CHANGE", "RUS", "negated") in ev


def test_hypothetical_use(analyzer):
    ev = events(analyzer, "Експерт вважає, що Росія може застосувати тактичну ядерну зброю.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_hedged_claim_with_nibyto(analyzer):
    ev = events(analyzer, "Білорусь нібито вже розмістила російську ядерну зброю на своїй території.")
    assert ev[("DEPLOYMENT", "BLR", "asserted")].hedged


def test_denial_that_carries_its_negation(analyzer):
    ev = events(analyzer, "Кулеба заявив, що в Україні немає ні брудних бомб, ні планів їх створювати.")
    assert ("DENIAL", "UKR", "asserted") in ev


def test_inflected_great_britain(analyzer):
    ev = events(analyzer, "Сполучені Штати перекинули ядерні бомби до Великої Британії, повідомили аналітики.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_month_date(analyzer):
    ev = events(analyzer, "Росія 2 листопада відкликала ратифікацію ДВЗЯВ.", published=dt.date(2023, 11, 3))
    assert ev[("ARMS_CONTROL", "RUS", "asserted")].date == "2023-11-02"


def test_npp_distractor_yields_nothing(analyzer):
    text = ("На Хмельницькій АЕС у середу завершили ремонт енергоблока. Ядерне паливо завантажили за графіком, "
            "радіаційний фон у нормі, повідомили в «Енергоатомі».")
    assert events(analyzer, text) == {}
