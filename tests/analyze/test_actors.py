"""actors.yaml: the people and organisations named alike in every language.

Small original sentences: each spelling mechanism (Latin transliterations with and
without accents, Cyrillic stems, listed Cyrillic case forms, a declined first name,
acronyms in their own case) resolves to its code, and the words that only look like a
name (тусклый, володіння, венские, sin duda, munir, tusks) resolve to nobody.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from nukewatch.analyze.extract import ActorFinder
from nukewatch.analyze.packs import _yaml, load_pack
from nukewatch.model import Document

ROLES = {"HOS", "GOV", "MIL", "SPY", "LEG", "MED", "OTH"}
ORGS = {"NATO", "EU", "UN", "IAEA", "G7", "WST"}


@lru_cache(maxsize=None)
def finder(lang: str) -> ActorFinder:
    return ActorFinder(load_pack(lang))


def mentions(lang: str, text: str) -> dict[str, str]:
    """{surface as written: code} of every actor name in `text`."""
    return {m.text: m.code for m in finder(lang).find(text)}


def iso_alpha3() -> set[str]:
    from babel.core import get_global

    return {a3 for a3, a2 in get_global("territory_aliases").items()
            if len(a3) == 3 and a3.isalpha() and len(a2) == 1 and len(a2[0]) == 2}


def test_every_entry_has_a_valid_code_and_names():
    common = _yaml("actors.yaml")
    states = iso_alpha3()
    seen: dict[str, str] = {}
    for section in ("persons", "organisations"):
        for entry in common[section]:
            code = entry["code"]
            head, _, role = code.partition(".")
            if section == "persons" or role:
                assert role in ROLES, f"{code}: a person's code is CCC.ROLE, ROLE one of {sorted(ROLES)}"
            assert head in ORGS or head in states, f"{code}: {head} is no ISO alpha-3 code or known organisation"
            names = entry["names"]
            assert names and all(isinstance(n, str) and n and n.strip() == n for n in names), entry
            for name in names:
                # Only the last word may be a stem: a `*` elsewhere is matched literally, never.
                assert "*" not in name.rstrip("*"), f"{name!r}: only the last word of a surface can be a stem"
                if name.endswith("*") and " " not in name:
                    assert len(name) > 4, f"{name!r}: a one-word stem this short takes too many words"
                key = name.rstrip("*").lower()
                assert seen.setdefault(key, code) == code, f"{name!r} is both {seen[key]} and {code}"


@pytest.mark.parametrize("lang,text,surface,code", [
    # Latin transliterations differ by language; accents are kept apart.
    ("es", "El expresidente Hasán Rohaní habló ayer en Teherán.", "Rohaní", "IRN.GOV"),
    ("de", "Der frühere Präsident Hassan Ruhani sprach in Teheran.", "Ruhani", "IRN.GOV"),
    ("fr", "Abbas Araqchí s'est rendu à Oman.", "Araqchí", "IRN.GOV"),
    ("de", "Orbáns Regierung blockiert erneut.", "Orbáns", "HUN.HOS"),  # German genitive
    ("fr", "Leonid Sloutski a répondu jeudi.", "Sloutski", "RUS.LEG"),
    # Russian and Ukrainian Cyrillic differ.
    ("ru", "Эспер прилетел в Брюссель.", "Эспер", "USA.GOV"),
    ("uk", "Еспер прилетів до Брюсселя.", "Еспер", "USA.GOV"),
    ("ru", "Мао Нин ответила журналистам.", "Мао Нин", "CHN.GOV"),
    ("uk", "Мао Нін відповіла журналістам.", "Мао Нін", "CHN.GOV"),
    # A stem takes the case endings ...
    ("ru", "Слова Нарышкина прозвучали в среду.", "Нарышкина", "RUS.SPY"),
    ("uk", "Заява Андрія Юсова вийшла вранці.", "Юсова", "UKR.SPY"),
    ("ru", "Встреча с Шефчовичем прошла в Брюсселе.", "Шефчовичем", "EU.GOV"),
    # ... listed case forms where a stem would take common words ...
    ("ru", "Дипломат беседовал с Ульяновым в Вене.", "Ульяновым", "RUS.GOV"),
    ("uk", "Лист Туска отримали у вівторок.", "Туска", "POL.HOS"),
    ("ru", "Слова Сикорского обсуждали в Варшаве.", "Сикорского", "POL.GOV"),
    ("uk", "Вашингтон підтримав Володіна несподівано.", "Володіна", "RUS.LEG"),
    # ... a full name only where the surname is a word ("тихий" is quiet), declined whole ...
    ("uk", "Коментар Георгія Тихого з'явився ввечері.", "Георгія Тихого", "UKR.GOV"),
    ("ru", "Георгий Тихий ответил вечером.", "Георгий Тихий", "UKR.GOV"),
    # ... and a declined first name before a stemmed surname.
    ("ru", "Звонок Ллойда Остина раздался поздно.", "Ллойда Остина", "USA.GOV"),
    ("uk", "Генсек Антоніу Гутерріш прибув, і заяву Гутерріша чекали.", "Гутерріша", "UN.GOV"),
    ("ru", "Слова Бориса Джонсона цитировали часто.", "Бориса Джонсона", "GBR.HOS"),
    # Acronyms of state bodies, in their own case.
    ("de", "Das meldete KCNA am Morgen.", "KCNA", "PRK.MED"),
    ("uk", "Про це повідомило ЦТАК.", "ЦТАК", "PRK.MED"),
    ("es", "Un informe de la CIA llegó ayer.", "CIA", "USA.SPY"),
])
def test_names_resolve(lang, text, surface, code):
    assert mentions(lang, text).get(surface) == code, mentions(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("ru", "На тусклый экран в Ульяновске смотрели, пока в Тихом океане штормило."),
    ("uk", "Питання володіння зброєю обговорили на трампліні біля Тихого океану."),
    ("ru", "Венские переговоры перенесли, пенсию повысили, трамплин закрыли."),
    ("es", "Sin duda hay que esperar: nadie duda de la esperanza."),
    ("fr", "Il faut munir les écoles de matériel, dit Price Waterhouse."),
    ("en", "Strikes near Khan Younis went on as ivory tusks were seized; prices rose."),
    ("en", "The isi value and the kcna field are lowercase here."),
])
def test_words_that_look_like_names_are_nobody(lang, text):
    persons = {s: c for s, c in mentions(lang, text).items() if "." in c}
    assert not persons, persons


@pytest.mark.parametrize("lang,text,actor", [
    ("ru", "Бёрнс предупредил, что нельзя исключать применения тактического ядерного оружия.", "USA"),
    ("uk", "Гутерріш попередив, що світ опинився на межі ядерної війни.", "UN"),
    ("es", "Rohaní advirtió de que el mundo está al borde de una guerra nuclear.", "IRN"),
    ("fr", "Araqchí a averti que le monde est au bord d'une guerre nucléaire.", "IRN"),
    ("de", "Sluzki warnte, die Welt stehe am Rand eines Atomkriegs.", "RUS"),
    ("en", "Gabbard warned that the world is closer to nuclear annihilation than ever.", "USA"),
    ("uk", "Сікорський попередив, що світ стоїть на межі ядерної війни.", "POL"),
])
def test_a_new_name_alone_is_the_speaker(analyzer, lang, text, actor):
    doc = Document(id="t", text=text, published=dt.date(2024, 5, 10), language=lang)
    keys = {(e.type, e.actor.code.split(".")[0], e.modality) for e in analyzer.analyze(doc).events}
    assert ("WARNING", actor, "asserted") in keys, keys
