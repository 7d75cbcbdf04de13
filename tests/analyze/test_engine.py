"""The language-neutral mechanisms of the analyzer, on small original sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from nukewatch.analyze.packs import PackError, _patterns
from nukewatch.analyze.packs import load_pack
from nukewatch.analyze.patterns import compile_any, required_literals
from nukewatch.analyze.segment import sentences
from nukewatch.model import Document

PUB = dt.date(2024, 11, 22)  # a Friday


def signals(analyzer, text, lang="en", published=PUB):
    doc = Document(id="t", text=text, published=published, language=lang)
    return {(s.type, s.actor.code.split(".")[0], s.modality): s for s in analyzer.analyze(doc).events}


@pytest.mark.parametrize("pattern,text,hit", [
    ("ядерн* оруж*", "применение ядерного оружия", True),
    ("*übung", "die Atomwaffenübung beginnt", True),
    ("no .. sign*", "no clear signs", True),
    ("no .. sign*", "nobody signed", False),
    ("(arme* nucléaire*|ogive*)", "des ogives", True),
    ("haven't seen", "we haven’t seen", True),  # typographic apostrophe
    ("all [the] weapons at", "all weapons at", True),  # an optional word mid-pattern
    ("all [the] weapons at", "all the weapons at", True),
    ("all [the] weapons at", "all theweapons at", False),
    ("re:(?-i:May)\\b", "it may rain", False),
])
def test_pattern_language(pattern, text, hit):
    assert bool(compile_any((pattern,)).search(text)) is hit


@pytest.mark.parametrize("pattern,literals", [
    ("threat* .. to use", {"threat"}),  # the longest mandatory token
    ("[the] kremlin", {"kremlin"}),  # optional tokens are not mandatory
    ("(arme* nucléaire*|ogive*)", {"nucléaire", "ogive"}),  # per alternative, its longest word
    ("l'arme", {"arme"}),  # ' also matches ’: the literal avoids it
    ("re:\\bsetz\\w*\\W+aus\\b", {"setz"}),  # raw regexes too, read off their syntax tree
    ("nuclear weapon*", {"weapon"}),  # not a word every relevant text has (the triage terms)
    ("re:\\bsi\\b", None), ("no .. y", None),  # short words only: the pattern always runs
])
def test_required_literals(pattern, literals):
    assert required_literals(pattern, frozenset({"nuclear"})) == (frozenset(literals) if literals else None)


def test_prefilter_never_changes_a_match(shared):
    """Narrowed alternations find exactly what the full ones find, on real sentences."""
    import json
    import random

    rng = random.Random(3)
    lines = (shared / "eval" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    checked = 0
    for line in lines:
        doc = json.loads(line)
        if not doc.get("text"):
            continue
        pack = load_pack(doc["language"])
        for sent in rng.sample(sentences(doc["text"]), k=min(4, len(sentences(doc["text"])))):
            scan = pack.prefilter.scan(sent.text)
            for pset in filter(None, pack.prefilter.sets):
                want = [m.span() for m in pset.regex.finditer(sent.text)]
                assert [m.span() for m in scan.finditer(pset, sent.text)] == want, (pset.patterns, sent.text)
                checked += bool(want)
    assert checked > 100  # the sample exercised many matching sets, not only empty ones


@pytest.mark.parametrize("pattern", ["garantías (negativas )?de seguridad", "plans? to", "rumou?rs", "(test|launch)*"])
def test_pack_rejects_regex_syntax_outside_re(pattern):
    """The mini-language escapes regex syntax, so such a pattern would silently never match."""
    with pytest.raises(PackError, match="regex syntax"):
        _patterns([pattern], "lang/xx.yaml types.THREAT")
    assert _patterns(["re:plans?"], "x") == ("re:plans?",)


@pytest.mark.parametrize("pattern", ["(dit|écrit)-(il|elle)", "[о|об](снижени*)", "x(a|b)", "[боев*]готовност*",
                                     "реши*ся", "(a|b [c]d)", "держав*,"])
def test_pack_rejects_text_that_is_no_token(pattern):
    """"(dit|écrit)-(il|elle)" would read as the words "(dit", "écrit)-(il" and "elle": it matched "elle" alone."""
    with pytest.raises(PackError, match="is not a token"):
        _patterns([pattern], "lang/xx.yaml cues.speech")
    assert _patterns(["(dit|écrit) (il|elle)", "[(a|b)] c", "*übung|re*", "(a [b] c|d*)"], "x")


def test_pack_rejects_yaml_booleans():
    with pytest.raises(PackError, match="quote it"):
        _patterns([True], "lang/xx.yaml cues.negation")


def test_sentences_keep_offsets_and_abbreviations():
    text = "Le ministre, M. Choïgou, a parlé. Il a dit « non ». Fin\nTitre"
    sents = sentences(text, frozenset({"m"}))
    assert [s.text for s in sents] == ["Le ministre, M. Choïgou, a parlé.", "Il a dit « non ».", "Fin", "Titre"]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_negation_scope_covers_the_complement_not_the_speaker(analyzer):
    got = signals(analyzer, "U.S. officials said they had seen no sign that Russia was preparing to use nuclear weapons.")
    assert ("PREPARATION", "RUS", "negated") in got
    assert not any(k[0] == "PREPARATION" and k[2] == "asserted" for k in got)
    assert got[("PREPARATION", "RUS", "negated")].attributed_to.code.startswith("USA")


def test_hypothetical_needs_a_cue(analyzer):
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in signals(
        analyzer, "Analysts fear that Russia could use a tactical nuclear weapon in Ukraine.")
    assert not any(k[0] == "NUCLEAR_USE" for k in signals(
        analyzer, "Any decision to use nuclear weapons must stay under human control, the leaders agreed."))


def test_hedge_marks_unconfirmed_reports(analyzer):
    got = signals(analyzer, "Russian commanders reportedly discussed when to use nuclear weapons in Ukraine.")
    assert got[("DELIBERATION", "RUS", "asserted")].hedged is True


def test_coordinated_actors_each_get_the_signal(analyzer):
    got = signals(analyzer, "France, Britain and the United States rejected the dirty bomb allegations as false.",
                  published=dt.date(2022, 10, 24))
    assert {k[1] for k in got if k[0] == "DENIAL"} == {"FRA", "GBR", "USA"}


def test_weekday_resolves_against_publication(analyzer):
    got = signals(analyzer, "North Korea test-fired an intercontinental ballistic missile on Wednesday.")
    assert got[("WEAPON_TEST", "PRK", "asserted")].date == "2024-11-20"


def test_capability_quantity(analyzer):
    got = signals(analyzer, "The Pentagon estimates that Russia has about 2,000 tactical nuclear weapons.")
    q = got[("CAPABILITY", "RUS", "asserted")].quantity
    assert (q.value, q.approx) == (2000, True) and "nuclear weapons" in q.unit


@pytest.mark.parametrize("lang,text,want", [
    ("en", "India had about 180 nuclear warheads in 2025 and Pakistan about 170.", {"IND": 180, "PAK": 170}),
    ("de", "Demnach besitzt Pakistan 150 bis 160 Atomsprengköpfe, Indien 130 bis 140.", {"PAK": 150, "IND": 130}),
    ("ru", "У Китая 350 ядерных боезарядов — больше, чем у Франции (290).", {"CHN": 350, "FRA": 290}),
    ("es", "Se calcula que hay unas 160 ojivas nucleares India y unas 165 Pakistán.", {"IND": 160, "PAK": 165}),
])
def test_a_list_of_figures_gives_each_state_its_own(analyzer, lang, text, want):
    """Ellipsis: the unit is said once, each state has its number; years and ranges are not figures."""
    got = {k[1]: s.quantity.value for k, s in signals(analyzer, text, lang).items() if k[0] == "CAPABILITY"}
    assert got == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Washington has not detected any movement of nuclear warheads out of Russian storage sites.",
     ("WARHEAD_MOVEMENT", "RUS", "negated")),
    ("fr", "Les services américains n'ont observé aucun mouvement d'ogives nucléaires hors des dépôts russes.",
     ("WARHEAD_MOVEMENT", "RUS", "negated")),
    ("en", "North Korea said it had launched a new intercontinental ballistic missile, in a test that "
           "Washington and Tokyo condemned.", ("WEAPON_TEST", "PRK", "asserted")),
    ("en", "Putin said Russia could strike Ukraine with nuclear weapons.", ("NUCLEAR_USE", "RUS", "hypothetical")),
])
def test_the_observer_of_forces_is_not_their_owner(analyzer, lang, text, want):
    """Physical signals belong to the state whose forces they are, not to the one who watches."""
    got = {k for k in signals(analyzer, text, lang) if k[0] == want[0]}
    assert got == {want}


@pytest.mark.parametrize("lang,text", [
    ("ru", "У разведки нет указаний на то, что Россия готовится применить ядерное оружие."),
    ("de", "Man habe keine Hinweise darauf, dass Russland den Einsatz von Atomwaffen vorbereite."),
    ("fr", "Rien ne laisse penser, à ce stade, que la Russie s'apprête à employer l'arme nucléaire."),  # an aside
])
def test_a_wide_negation_reaches_through_the_comma_of_its_complement_clause(analyzer, lang, text):
    """"no indication [on it], that X prepares": the comma opens what is negated, not a new clause."""
    got = {k for k in signals(analyzer, text, lang) if k[0] == "PREPARATION"}
    assert got == {("PREPARATION", "RUS", "negated")}


@pytest.mark.parametrize("lang,text,kind", [
    ("fr", "Moscou ne menace personne de l'arme nucléaire, a affirmé le porte-parole.", "THREAT"),
    ("en", "Putin said Russia had no need to strike Ukraine with nuclear weapons.", "NUCLEAR_USE"),
    ("fr", "Israël n'a jamais démenti posséder l'arme nucléaire.", "DENIAL"),
])
def test_a_statement_not_made_is_no_signal(analyzer, lang, text, kind):
    """Negated, only what can be watched or done to forces and treaties is a signal."""
    assert not [k for k in signals(analyzer, text, lang) if k[0] == kind and k[2] == "negated"]


@pytest.mark.parametrize("lang,text,want", [
    ("en", "The Pentagon has seen no sign that Russia is preparing a nuclear strike.", ("PREPARATION", "RUS", "negated")),
    ("de", "Russland werde keine Atomwaffen in Belarus stationieren, sagte Lukaschenko.", ("DEPLOYMENT", "RUS", "negated")),
])
def test_what_was_not_seen_or_done_to_forces_stays_negated(analyzer, lang, text, want):
    assert want in signals(analyzer, text, lang)


def test_a_contextual_name_stands_for_the_state_the_text_named_before(analyzer):
    """"The North", "le Nord": North Korea once the text has named it, nobody before."""
    fr = "La Corée du Nord a tiré deux missiles lundi. Séoul estime que le Nord dispose de 50 ogives."
    assert {k for k in signals(analyzer, fr, "fr") if k[0] == "CAPABILITY"} == {("CAPABILITY", "PRK", "asserted")}
    assert not [k for k in signals(analyzer, "Séoul estime que le Nord dispose de 50 ogives.", "fr") if k[1] == "PRK"]
    en = "North Korea tested a missile on Monday. Seoul believes the North has about 50 nuclear warheads."
    assert {k for k in signals(analyzer, en) if k[0] == "CAPABILITY"} == {("CAPABILITY", "PRK", "asserted")}


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Moscou a annoncé des manœuvres de ses forces nucléaires. « Nous n'avons constaté aucun mouvement "
           "d'ogives », a assuré un responsable de l'OTAN.", ("WARHEAD_MOVEMENT", "RUS", "negated")),
    ("en", "Russia has announced drills of its nuclear forces. The Pentagon said it had not detected any "
           "movement of warheads.", ("WARHEAD_MOVEMENT", "RUS", "negated")),
    ("en", "Russia has announced drills of its nuclear forces. The Pentagon said it saw no reason to change "
           "the alert level of its own nuclear forces.", ("ALERT_CHANGE", "USA", "negated")),
])
def test_a_negated_sighting_names_the_watcher_not_the_owner(analyzer, lang, text, want):
    """"We have seen no movement of warheads": the forces are those of the state the story is about."""
    assert {k for k in signals(analyzer, text, lang) if k[0] == want[0]} == {want}


@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Представитель Госдепартамента заявила, что Москва продолжает наращивать арсенал, и выразила "
           "обеспокоенность ростом ядерной угрозы.", ("WARNING", "USA", "asserted")),
    ("en", "The State Department said that Moscow kept expanding its arsenal, and voiced alarm at the "
           "growing nuclear danger.", ("WARNING", "USA", "asserted")),
])
def test_a_verb_joined_after_what_is_said_shares_the_speakers_subject(analyzer, lang, text, want):
    assert {k for k in signals(analyzer, text, lang) if k[0] == want[0]} == {want}


def test_two_parties_that_act_together_both_de_escalate(analyzer):
    got = signals(analyzer, "Russia and the United States held talks on strategic stability in Geneva, "
                            "easing nuclear tensions.")
    assert {k[1] for k in got if k[0] == "DE_ESCALATION"} == {"RUS", "USA"}


def test_a_cited_source_is_not_the_actor(analyzer):
    """The source is the mention right after "según" in its clause, with every member of its list."""
    got = signals(analyzer, "Según la FAS, Estados Unidos dispone de unas 3.800 ojivas nucleares.", "es")
    assert {k for k in got if k[0] == "CAPABILITY"} == {("CAPABILITY", "USA", "asserted")}
    got = signals(analyzer, "Corea del Norte prepara su séptimo ensayo nuclear. Según los servicios de inteligencia "
                            "surcoreanos y estadounidenses, el régimen habría completado los preparativos en el "
                            "centro de pruebas nucleares.", "es")
    assert {k[1] for k in got if k[0] == "WEAPON_TEST"} == {"PRK"}


def test_a_place_is_not_the_subject_a_later_sentence_falls_back_to(analyzer):
    text = ("Russland hat Atomsprengköpfe aus den Lagern geholt. In Washington hieß es dazu nichts. "
            "Die Sprengköpfe wurden später auf Bomber verladen.")
    assert {k[1] for k in signals(analyzer, text, "de") if k[0] == "WARHEAD_MOVEMENT"} == {"RUS"}


def test_a_modal_or_negation_stops_at_a_coordinated_verb(analyzer):
    """"would change nothing and accused": the accusation is neither hypothetical nor negated."""
    got = signals(analyzer, "Israel said the deal would change nothing and accused Iran of secretly building "
                            "a nuclear bomb.")
    assert {k for k in got if k[0] == "PRETEXT_CLAIM"} == {("PRETEXT_CLAIM", "ISR", "asserted")}


def test_an_old_year_in_an_aside_dates_a_signal_without_making_it_history(analyzer):
    jan = dt.date(2026, 1, 1)
    assert signals(analyzer, "In 2001 Pakistan reserved the right to use nuclear weapons first.", published=jan) == {}
    got = signals(analyzer, "Pakistan, in a doctrine adopted in 2001, reserves the right to use nuclear weapons first.",
                  published=jan)
    assert got and all(s.date == "2001" and k[1] == "PAK" for k, s in got.items())


def test_the_subject_of_what_is_said_is_not_the_speaker(analyzer):
    got = signals(analyzer, "The ministry stressed that Russia was not preparing to use nuclear weapons.")
    sig = got[("PREPARATION", "RUS", "negated")]
    assert sig.attributed_to is None


def test_a_state_in_a_following_subordinate_clause_does_not_own_the_forces(analyzer):
    text = ("La France a procédé mardi à un tir d'essai d'un missile balistique M51. Cet essai nucléaire intervient "
            "quelques semaines après que la Russie a suspendu sa participation au traité New START.")
    assert {k[1] for k in signals(analyzer, text, "fr") if k[0] == "WEAPON_TEST"} == {"FRA"}


@pytest.mark.parametrize("text,key,hedged", [
    ("China has more than 600 nuclear warheads, and by 2030 it will probably have over 1,000.",
     ("CAPABILITY", "CHN", "asserted"), False),  # the hedge is in the other conjunct
    ("Moscow accused Kyiv of allegedly preparing a dirty bomb.", ("PRETEXT_CLAIM", "RUS", "asserted"), False),
    ("Russia has reportedly moved nuclear warheads to Belarus.", ("WARHEAD_MOVEMENT", "RUS", "asserted"), True),
])
def test_a_hedge_bears_on_its_clause(analyzer, text, key, hedged):
    assert signals(analyzer, text)[key].hedged is hedged


def test_a_second_trigger_inside_the_first_ones_content_is_not_a_second_signal(analyzer):
    """"warned that ... would face a decisive response": one WARNING, not a hypothetical one as well."""
    got = signals(analyzer, "Министерство обороны Южной Кореи предупредило, что в случае применения ядерного оружия "
                            "Пхеньян получит «решительный ответ».", "ru")
    assert [k for k in got if k[0] == "WARNING"] == [("WARNING", "KOR", "asserted")]


@pytest.mark.parametrize("lang,text", [
    ("es", "La Unión Soviética desplegó misiles nucleares en Cuba."),  # a state that no longer exists
    ("en", "The Soviet Union carried out hundreds of nuclear tests at Semipalatinsk."),
    ("es", "Allí se realizaron 456 ensayos nucleares entre 1949 y 1989."),  # a span of years
])
def test_the_soviet_union_and_spans_of_old_years_are_history(analyzer, lang, text):
    assert signals(analyzer, text, lang) == {}


def test_a_surname_alone_names_the_person_named_in_full_before(analyzer):
    text = ("India's prime minister Narendra Modi met Imran Khan of Pakistan on Monday. "
            "Khan warned that a war between two nuclear-armed states could end in catastrophe.")
    assert {k[1] for k in signals(analyzer, text) if k[0] == "WARNING"} == {"PAK"}


def test_a_place_opening_an_impersonal_statement_stands_for_its_state(analyzer):
    got = signals(analyzer, "In Tokyo, the nuclear test was condemned as a grave threat to regional security.")
    assert ("WARNING", "JPN", "asserted") in got


def test_a_sentence_opening_with_a_condition_makes_its_main_clause_hypothetical(analyzer):
    got = signals(analyzer, "«Если кто-то сунется на нашу территорию, мы применим ядерное оружие», — заявил Лукашенко.",
                  "ru")
    assert ("NUCLEAR_USE", "BLR", "hypothetical") in got and ("THREAT", "BLR", "asserted") in got


def test_civil_nuclear_and_idioms_are_not_signals(analyzer):
    for text in ("The reactor at the nuclear power plant was restarted on Monday after refuelling.",
                 "Senate Republicans went nuclear and changed the rules for nominees.",
                 "The nuclear family remains the most common household type, the census shows."):
        assert signals(analyzer, text) == {}


def test_evidence_offsets_point_into_the_text(analyzer):
    text = "Intro line.\nMoscow threatened to use nuclear weapons against Ukraine on Tuesday."
    doc = Document(id="t", text=text, published=PUB, language="en")
    for s in analyzer.analyze(doc).events:
        for e in s.evidence:
            assert text[e.start:e.end] == e.text


def test_unsupported_language_is_explicit(analyzer):
    doc = Document(id="it", text="La Russia ha minacciato di usare armi nucleari contro l'Ucraina, ha detto il ministro. " * 3)
    a = analyzer.analyze(doc)
    assert a.language is None and a.note and "unsupported" in a.note and a.events == []


def test_a_short_sample_that_looks_unsupported_is_checked_on_more_text():
    """Language ID reads 300 characters; lingua once took this Ukrainian opening (our own dev
    sentences) for Kazakh, so an "unsupported" call is checked on a longer sample."""
    from nukewatch.analyze.langid import detect

    text = "Напередодні Олександр Лукашенко повідомив, що ракетний комплекс «Орєшнік», здатний, за словами Путіна, нести ядерні боєголовки, буде розміщено в Білорусі до кінця року: підготовка позицій майже завершена. Російські державні ЗМІ згодом назвали «місцями розробки» Східний гірничо-збагачувальний комбінат у Жовтих Водах та Інститут ядерних досліджень у Києві. Під час навчань, за даними агентства, було здійснено пуск тактичної балістичної ракети з макетом ядерної боєголовки, яка підірвалася в повітрі на висоті 800 метрів над Японським морем. Пуск відбувся за кілька годин до зустрічі президента Південної Кореї Юн Сук Йоля та прем'єр-міністра Японії Фуміо Кісіди в Токіо."
    assert detect(text, ("de", "en", "es", "fr", "ru", "uk")) == ("uk", None)


def test_history_lessons_are_not_signals(analyzer):
    text = "In October 1962 the Soviet Union deployed nuclear missiles to Cuba, the museum guide explained."
    assert signals(analyzer, text, published=dt.date(2025, 5, 2)) == {}


@pytest.mark.parametrize("text", [
    "The White House said phone calls between the West and Russia had eased tension over nuclear weapons.",
    "Talks between Washington and Moscow on nuclear risks resumed on Monday, the State Department said.",
])
def test_a_contact_between_two_sides_targets_the_other_party(analyzer, text):
    """One DE_ESCALATION for the contact (not one per side), with the other side as its target."""
    ev = [s for s in analyzer.analyze(Document(id="t", text=text, published=PUB, language="en")).events
          if s.type == "DE_ESCALATION"]
    assert len(ev) == 1 and ev[0].actor.code.startswith("USA") and ev[0].target.code == "RUS"


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le pays a protesté la semaine dernière.", "2024-11"),  # the week of Thursday 14 November
    ("de", "Der Vertrag wurde vergangenen Monat ausgesetzt.", "2024-10"),
    ("es", "España lo firmó en 1987.", "1987"),  # a bare year framed by the pack's year words
    ("ru", "В конце прошлого года лодка вышла на патрулирование.", "2023"),  # a relative year
    ("uk", "Торік Росія розмістила зброю в Білорусі.", "2023"),
    ("en", "The submarine sailed late last year.", "2023"),
])
def test_relative_weeks_months_and_bare_years(lang, text, want):
    from nukewatch.analyze.dates import find_dates

    assert [d.value for d in find_dates(text, load_pack(lang), PUB)] == [want]


@pytest.mark.parametrize("lang,text", [
    ("es", "Rusia tiene 2000 armas nucleares tácticas."),  # a count
    ("en", "It would be the first such visit since the early 1980s."),  # a decade
    ("en", "The United States has not tested since 1992."),  # a span reaching to now
    ("uk", "Це було б перше з 1992 року ядерне випробування."),  # framed by "року", but "з" starts a span
    ("ru", "Впервые с 1990 года Россия проведёт испытание."),
])
def test_not_a_bare_year(lang, text):
    from nukewatch.analyze.dates import find_dates

    assert find_dates(text, load_pack(lang), PUB) == []
