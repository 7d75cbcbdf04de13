"""Ukrainian pack: small, general behaviours (declension, negation, modality, hedging, dates, distractors)."""

import datetime as dt

import pytest

from tests.analyze.langtest import events, pack_analyzer

analyzer = pack_analyzer("uk")


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


def test_no_first_use_is_doctrine(analyzer):
    ev = events(analyzer, "Пекін заявив, що і надалі дотримуватиметься принципу незастосування ядерної зброї першим.")
    assert ("DOCTRINE", "CHN", "asserted") in ev


def test_only_if_condition_is_doctrine_and_hypothetical_use(analyzer):
    ev = events(analyzer, "Уряд Ізраїлю наголосив, що Ізраїль використає ядерну зброю тільки в тому разі, якщо ворог атакує його міста.")
    assert ("DOCTRINE", "ISR", "asserted") in ev
    assert ("NUCLEAR_USE", "ISR", "hypothetical") in ev
    assert ("NUCLEAR_USE", "ISR", "asserted") not in ev


def test_test_ban_treaty_name_is_no_test(analyzer):
    ev = events(analyzer, "Генсек ООН закликав Індію ратифікувати Договір про всеосяжну заборону ядерних випробувань.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_not_a_bluff_is_an_asserted_threat(analyzer):
    ev = events(analyzer, "Кремль знову нагадав про ядерну зброю. «Це не блеф», — заявив Медведєв.")
    assert ("THREAT", "RUS", "asserted") in ev
    assert ("THREAT", "RUS", "negated") not in ev


def test_will_not_tolerate_blackmail_is_a_warning(analyzer):
    ev = events(analyzer, "Польща не терпітиме ядерного шантажу з боку Москви, заявив міністр.")
    assert ("WARNING", "POL", "asserted") in ev


def test_negated_development_is_a_denial_not_an_accusation(analyzer):
    ev = events(analyzer, "Сеул не розробляє ядерної зброї, наголосили в уряді Південної Кореї.")
    assert not any(k[0] == "PRETEXT_CLAIM" for k in ev)


def test_what_an_exercise_practises_is_not_asserted(analyzer):
    ev = events(analyzer, "Військові Росії відпрацюють підготовку до застосування нестратегічної ядерної зброї.")
    assert ("EXERCISE", "RUS", "asserted") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_no_changes_that_would_indicate_negates_across_comma(analyzer):
    ev = events(analyzer, "У Лондоні не бачать переміщень російських ядерних сил, які б свідчили про підготовку до удару.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_western_as_geography_is_no_actor(analyzer):
    text = ("У західних областях відкрили відділення ядерної медицини. Західні ЗМІ писали, що радіоактивний "
            "ізотоп для обстежень привозять з-за кордону.")
    assert events(analyzer, text) == {}


# Lexicon expansion: vocabulary beyond the dev corpus, one sentence per family of wording.

@pytest.mark.parametrize("text, key", [
    ("Кремль знову бряцає ядерною зброєю, щоб залякати Європу.", ("THREAT", "RUS", "asserted")),
    ("Російський телеведучий закликав завдати ядерного удару по Лондону.", ("THREAT", "RUS", "asserted")),
    ("США підтвердили, що розширене ядерне стримування поширюється на Південну Корею.", ("DOCTRINE", "USA", "asserted")),
    ("Американські посадовці провели штабні ігри, моделюючи ядерний удар Росії по Україні.", ("DELIBERATION", "USA", "asserted")),
    ("Росія обвинуватила Україну в намірі створити ядерну зброю.", ("PRETEXT_CLAIM", "RUS", "asserted")),
    ("Тегеран заявив, що його ядерна програма має виключно мирний характер.", ("DENIAL", "IRN", "asserted")),
    ("Генсек НАТО різко розкритикував ядерну риторику Кремля.", ("WARNING", "NATO", "asserted")),
    ("Путін наказав підвищити боєготовність стратегічних ядерних сил.", ("ALERT_CHANGE", "RUS", "asserted")),
    ("Росія провела раптову перевірку боєготовності ракетних комплексів «Іскандер».", ("EXERCISE", "RUS", "asserted")),
    ("Американський підводний човен з ядерними ракетами зайшов до порту Пусан.", ("DEPLOYMENT", "USA", "asserted")),
    ("Росія відправила ешелон зі спецбоєприпасами до Білорусі.", ("WARHEAD_MOVEMENT", "RUS", "asserted")),
    ("Росія здійснила невдалий пуск ракети «Сармат».", ("WEAPON_TEST", "RUS", "asserted")),
    ("Експерти вважають, що Путін може натиснути ядерну кнопку.", ("NUCLEAR_USE", "RUS", "hypothetical")),
    ("Москва і Вашингтон відновили діалог про стратегічну стабільність і контроль над ядерними озброєннями.", ("DE_ESCALATION", "USA", "asserted")),
    ("Росія заздалегідь повідомила США про пуск міжконтинентальної ракети, заявив Пєсков.", ("DE_ESCALATION", "RUS", "asserted")),
    ("Іран пригрозив вийти із ДНЯЗ, якщо санкції буде відновлено.", ("ARMS_CONTROL", "IRN", "asserted")),
    ("Пентагон: Китай модернізує свій ядерний арсенал і матиме тисячі ядерних боєголовок.", ("CAPABILITY", "CHN", "asserted")),
])
def test_expanded_vocabulary(analyzer, text, key):
    assert key in events(analyzer, text)


def test_no_grounds_to_believe_negates_preparation(analyzer):
    ev = events(analyzer, "У Пентагоні заявили, що немає підстав вважати, що Росія готується застосувати ядерну зброю.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_reportedly_is_a_hedge(analyzer):
    ev = events(analyzer, "Росія, як повідомляється, перекинула ядерні боєголовки до Білорусі.")
    assert ev[("DEPLOYMENT", "RUS", "asserted")].hedged


def test_deployed_warheads_as_a_category_are_no_deployment(analyzer):
    ev = events(analyzer, "Вашингтон і Москва мають приблизно по 1700 розгорнутих стратегічних боєголовок.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


@pytest.mark.parametrize("text", [
    "Китай розгортає нові ядерні реактори на узбережжі, повідомили в Національній енергетичній адміністрації.",
    "Франція продовжила термін експлуатації своїх ядерних реакторів до 60 років.",
    "Енергоатом розпочав навчання персоналу Хмельницької АЕС з реагування на радіаційні аварії.",
    "Сенатори-республіканці погрожують застосувати «ядерний варіант» у Сенаті, щоб змінити процедуру.",
])
def test_civil_and_political_distractors_yield_nothing(analyzer, text):
    assert events(analyzer, text) == {}


# Generalisation (blind2 errors read as kinds of wording, each tested on a new sentence).

@pytest.mark.parametrize("text, key", [
    # nuclear planning discussed, object first or verb first
    ("Міністри оборони країн альянсу обговорили ядерне планування на закритій нараді у Брюсселі.", ("DELIBERATION", "NATO", "asserted")),
    # extended deterrence: "the full range of capabilities, including nuclear"
    ("Сеул стурбований ядерною програмою Пхеньяна. Вашингтон запевнив, що захищатиме союзника всім спектром сил, включно з ядерними.",
     ("DOCTRINE", "USA", "asserted")),
    # the stated basis of a nuclear policy
    ("Ядерна стратегія Франції, як і раніше, спирається на принцип достатнього стримування, наголосили в МЗС Франції.", ("DOCTRINE", "FRA", "asserted")),
    # "the response will be nuclear", a sentence after a nuclear word ("ядерний напад")
    ("Москва попередила, що будь-яку атаку на свої бази вважатиме ядерним нападом. «Відповідь стане ядерною», — сказав заступник міністра закордонних справ Росії.",
     ("THREAT", "RUS", "asserted")),
    # calling a move provocative; fabricated threats; "a threat to"
    ("Речник Держдепу назвав випробування північнокорейської ракети з ядерною боєголовкою провокаційним кроком.", ("WARNING", "USA", "asserted")),
    ("Прем'єр Британії назвав заяви Кремля спробою вигадати загрози, щоб виправдати ядерне залякування.", ("WARNING", "GBR", "asserted")),
    ("Токіо вважає ядерну програму Пхеньяна загрозою для всього регіону.", ("WARNING", "JPN", "asserted")),
    # dative/locative of -ка stems: "у ядерній риториці"
    ("Генсек НАТО звинуватив Кремль у безвідповідальній ядерній риториці.", ("WARNING", "NATO", "asserted")),
    # reinforced duty shifts
    ("На пунктах управління ядерними силами Китаю заступили посилені чергові зміни.", ("ALERT_CHANGE", "CHN", "asserted")),
    # a postponed launch is a de-escalation
    ("Сеул відклав на місяць запланований навчальний пуск балістичної ракети, здатної нести ядерну боєголовку.", ("DE_ESCALATION", "KOR", "asserted")),
    # enrichment beyond a deal's limits
    ("Тегеран почав збагачувати уран до 90%, що суперечить ядерній угоді.", ("ARMS_CONTROL", "IRN", "asserted")),
    # talks resumed on a nuclear matter
    ("Іран і США відновили переговори щодо ядерної програми.", ("DE_ESCALATION", "USA", "asserted")),
    # a reaction reported like speech: the place is the speaker
    ("Москва оголосила про розміщення ядерної зброї біля кордону. У Варшаві цю заяву сприйняли з глибоким занепокоєнням.",
     ("WARNING", "POL", "asserted")),
])
def test_generalised_vocabulary(analyzer, text, key):
    assert key in events(analyzer, text)


def test_postponed_launch_is_no_asserted_test(analyzer):
    ev = events(analyzer, "Сеул відклав на місяць запланований навчальний пуск балістичної ракети, здатної нести ядерну боєголовку.")
    assert not any(k[0] == "WEAPON_TEST" and k[2] == "asserted" for k in ev)


@pytest.mark.parametrize("text, absent", [
    # accusing of rhetoric is criticism, not a pretext claim
    ("Генсек НАТО звинуватив Кремль у безвідповідальній ядерній риториці.", "PRETEXT_CLAIM"),
    # "called it provocative" is criticism, not a denial
    ("Речник Держдепу назвав випробування північнокорейської ракети з ядерною боєголовкою провокаційним кроком.", "DENIAL"),
    # delivery systems are no movement of warheads
    ("Індія нарощує засоби доставки ядерних боєголовок.", "WARHEAD_MOVEMENT"),
    # a missile that can carry several warheads is no arsenal count; a bare mention of an arsenal neither
    ("КНДР показала нову ракету, здатну нести кілька ядерних боєголовок.", "CAPABILITY"),
    ("Прозорість щодо ядерного арсеналу зміцнює довіру, заявив генсек НАТО.", "CAPABILITY"),
    # preparing a nuclear test is a test, not preparation for use
    ("КНДР завершила підготовку до нового ядерного випробування.", "PREPARATION"),
    # "talks" in a trade story are no nuclear de-escalation
    ("Брюссель віддає перевагу переговорам у торговельній суперечці, хоча дехто називає мита «ядерною зброєю».", "DE_ESCALATION"),
    # strategic stability named as what sanctions hurt is no talk about it
    ("Ісламабад попередив, що санкції проти його ядерної програми підірвуть стратегічну стабільність у регіоні.", "DE_ESCALATION"),
])
def test_generalised_narrowing(analyzer, text, absent):
    assert not any(k[0] == absent for k in events(analyzer, text))


def test_a_range_is_no_test_site(analyzer):
    ev = events(analyzer, "Спецбоєприпаси, за даними розвідки, вивезли зі сховища на один із полігонів на півдні Росії.")
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") in ev
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_move_called_dangerous_sentences_after_the_nuclear_word(analyzer):
    text = ("Пекін провів випробування нової міжконтинентальної ракети. Ракета впала в океані. Запуск відбувся вночі. "
            "Прем'єр Японії назвав цей крок небезпечним.")
    assert ("WARNING", "JPN", "asserted") in events(analyzer, text)


def test_nothing_can_justify_use_is_a_warning_not_a_use(analyzer):
    ev = events(analyzer, "Генсек ООН заявив, що ніщо не може виправдати застосування ядерної зброї.")
    assert ("WARNING", "UN", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_any_deployment_is_hypothetical(analyzer):
    ev = events(analyzer, "Кремль попередив, що будь-яке розгортання американських ядерних ракет у Європі вважатиме загрозою.")
    assert ("DEPLOYMENT", "USA", "hypothetical") in ev
    assert ("DEPLOYMENT", "USA", "asserted") not in ev


def test_an_attack_prepared_against_a_state_is_no_preparation_for_use(analyzer):
    ev = events(analyzer, "Доктрина КНДР дозволяє застосувати ядерну зброю, якщо проти країни готується напад із використанням хімічної зброї.")
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_probably_is_a_hedge(analyzer):
    ev = events(analyzer, "Росія, ймовірно, вже перемістила частину боєголовок до Білорусі.")
    assert ev[("WARHEAD_MOVEMENT", "RUS", "asserted")].hedged


def test_ukrainian_security_council_is_ukraine(analyzer):
    ev = events(analyzer, "Секретар РНБО заявив, що Кремль готує провокацію на Запорізькій АЕС з використанням радіоактивних матеріалів.")
    assert ("PRETEXT_CLAIM", "UKR", "asserted") in ev


@pytest.mark.parametrize("text, key", [
    # "will get a nuclear response"
    ("Речник Кремля заявив, що будь-яка країна, яка атакує Росію, отримає ядерну відповідь.", ("THREAT", "RUS", "asserted")),
    # a weapons programme under the cover of a civil one
    ("Ізраїль стверджує, що Іран під прикриттям мирної програми розробляє ядерну зброю.", ("PRETEXT_CLAIM", "ISR", "asserted")),
    # an accusation called groundless
    ("Пекін звинуватив Індію в підготовці ядерного випробування. МЗС Індії назвало ці звинувачення позбавленими будь-яких підстав.",
     ("DENIAL", "IND", "asserted")),
    # weapons kept at a foreign base
    ("Американські ядерні бомби B61 зберігаються на авіабазі Інджирлік у Туреччині.", ("DEPLOYMENT", "USA", "asserted")),
    # open to talks
    ("Вашингтон відкритий до переговорів з Пхеньяном щодо ядерної програми без попередніх умов.", ("DE_ESCALATION", "USA", "asserted")),
    # IAEA access restricted
    ("Іран обмежив доступ інспекторів МАГАТЕ до об'єктів своєї ядерної програми.", ("ARMS_CONTROL", "IRN", "asserted")),
    # an ironclad security commitment
    ("Сполучені Штати підтвердили непохитні зобов'язання щодо безпеки Японії, включно з ядерним стримуванням.", ("DOCTRINE", "USA", "asserted")),
])
def test_generalised_vocabulary_more(analyzer, text, key):
    assert key in events(analyzer, text)


@pytest.mark.parametrize("text, absent", [
    # "прикриття" (cover) is not "прикро" (regrettable)
    ("Ізраїль стверджує, що Іран під прикриттям мирної програми розробляє ядерну зброю.", "WARNING"),
    # a posture named without a change is no alert change
    ("Ядерна позиція Франції залишається незмінною, наголосив Макрон.", "ALERT_CHANGE"),
    ("Аналітики обговорили ядерну позицію Китаю на конференції в Женеві.", "ALERT_CHANGE"),
])
def test_generalised_narrowing_more(analyzer, text, absent):
    assert not any(k[0] == absent for k in events(analyzer, text))


def test_preparing_to_use_is_preparation_not_use(analyzer):
    ev = events(analyzer, "Розвідка не бачить ознак того, що Китай готується застосувати ядерну зброю.")
    assert ("PREPARATION", "CHN", "negated") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_preparing_a_nuclear_test_is_no_preparation_for_use(analyzer):
    ev = events(analyzer, "Сеул вважає, що Пхеньян готується до нового ядерного випробування.")
    assert not any(k[0] == "PREPARATION" for k in ev)


@pytest.mark.parametrize("text, key", [
    # "up to and including", readiness "at any moment", consequences never seen
    ("Кремль пригрозив відповісти на удари по своїй території всіма засобами, аж до застосування ядерної зброї.", ("THREAT", "RUS", "asserted")),
    ("Пхеньян заявив, що його ядерні сили готові в будь-який момент завдати удару по ворогу.", ("THREAT", "PRK", "asserted")),
    ("Москва знову нагадала про ядерну зброю. Посол Росії попередив, що наслідки будуть такими, яких Європа ще не бачила.",
     ("THREAT", "RUS", "asserted")),
    # what will be taken as an attack; doctrine reaffirmed
    ("Москва розцінить розміщення американських ядерних ракет у Польщі як напад на Росію.", ("DOCTRINE", "RUS", "asserted")),
    ("Британія підтвердила відданість політиці ядерного стримування.", ("DOCTRINE", "GBR", "asserted")),
    # dismissals; "ruled out"; "does not seek"
    ("Китай звинуватив Японію у таємній розробці ядерної зброї. Токіо назвав ці звинувачення голослівними.", ("DENIAL", "JPN", "asserted")),
    ("Президент Франції виключив розміщення ядерної зброї в Німеччині.", ("DENIAL", "FRA", "asserted")),
    ("Делі провів випробування ракети «Агні», здатної нести ядерну боєголовку. Прем'єр Індії наголосив, що країна не прагне ядерної конфронтації з Пакистаном.",
     ("DENIAL", "IND", "asserted")),
    # alarm sounded, reasons for concern
    ("Польські експерти б'ють на сполох через ядерну риторику Кремля.", ("WARNING", "POL", "asserted")),
    ("Японські дипломати заявили, що ядерна програма КНДР дає підстави для занепокоєння.", ("WARNING", "JPN", "asserted")),
    # dispersal; a strategic bomber arriving, a sentence after the nuclear word
    ("Росія почала розосередження пускових установок «Ярс».", ("DEPLOYMENT", "RUS", "asserted")),
    ("Над Північним морем пройшли навчання з ядерною зброєю. Американський стратегічний бомбардувальник B-52 прибув на авіабазу в Румунії.",
     ("DEPLOYMENT", "USA", "asserted")),
    # warheads taken out of storage
    ("Росія вивантажила боєголовки зі сховищ під Калінінградом.", ("WARHEAD_MOVEMENT", "RUS", "asserted")),
    # work at a test site
    ("Супутникові знімки зафіксували роботи на полігоні Пунгері, де КНДР проводила ядерні випробування.", ("WEAPON_TEST", "PRK", "asserted")),
    # a crisis that could grow into nuclear war
    ("Аналітики попереджають, що протистояння Індії та Пакистану може перерости в ядерну війну.", ("NUCLEAR_USE", "PAK", "hypothetical")),
    # reassurance against misreading; exchanges of views
    ("Глава Пентагону запевнив, що США не вчинятимуть дій, які Москва могла б хибно витлумачити як підготовку до ядерного удару.",
     ("DE_ESCALATION", "USA", "asserted")),
    ("Росія і США обмінялися думками щодо контролю над ядерною зброєю.", ("DE_ESCALATION", "USA", "asserted")),
])
def test_generalised_vocabulary_third(analyzer, text, key):
    assert key in events(analyzer, text)


def test_what_could_be_misread_is_not_asserted(analyzer):
    ev = events(analyzer, "Глава Пентагону запевнив, що США не вчинятимуть дій, які Москва могла б хибно витлумачити як підготовку до ядерного удару.")
    assert not any(k[0] in ("PREPARATION", "NUCLEAR_USE") for k in ev)


@pytest.mark.parametrize("text, absent", [
    # "пускова установка" (launcher) is no launch
    ("Росія почала розосередження пускових установок «Ярс».", "WEAPON_TEST"),
])
def test_generalised_narrowing_third(analyzer, text, absent):
    assert not any(k[0] == absent for k in events(analyzer, text))


def test_thoughts_are_not_the_duma(analyzer):
    ev = events(analyzer, "Росія і США обмінялися думками щодо контролю над ядерною зброєю.")
    assert all(not (e.target and e.target.code.endswith(".LEG")) for e in ev.values())


@pytest.mark.parametrize("text", [
    # "ядерна політика" of a state leaving nuclear power is energy policy
    "Німеччина змінила ядерну політику: Берлін остаточно закрив останні АЕС, а уряд відмовився від продовження їх роботи.",
    # the IAEA at a power plant, a strategy for nuclear energy
    "Фахівці МАГАТЕ, які постійно перебувають на Рівненській АЕС, не зафіксували порушень ядерної безпеки.",
    "Уряд затвердив стратегію розвитку атомної енергетики. Документ передбачає будівництво нових енергоблоків і використання малих модульних реакторів.",
])
def test_more_civil_distractors_yield_nothing(analyzer, text):
    assert events(analyzer, text) == {}


# Breadth by type (each wording family thought out for the language, tested on a new sentence).

@pytest.mark.parametrize("text, key", [
    # threatening WITH something: the instrumental case
    ("Кремль знову загрожує Балтійським країнам ядерною війною.", ("THREAT", "RUS", "asserted")),
    ("Диктатор КНДР пообіцяв завдати ядерного удару по американських базах.", ("THREAT", "PRK", "asserted")),
    ("Ведучий російського держТБ запропонував спопелити Лондон ядерними ракетами.", ("THREAT", "RUS", "asserted")),
    ("Москва вдалася до ядерного шантажу після рішення про нові поставки зброї.", ("THREAT", "RUS", "asserted")),
    # naming the other side a target: the subject threatens, not the target
    ("Посол Росії заявив, що Данія стане законною ціллю для російських ядерних ракет.", ("THREAT", "RUS", "asserted")),
    ("Пхеньян пообіцяв перетворити Сеул на море вогню за допомогою ядерної зброї.", ("THREAT", "PRK", "asserted")),
    # doctrine: deterrence as the basis of defence, guaranteed defence, first strike, conditions, entry into force
    ("Лондон підтвердив, що ядерне стримування залишається основою його оборонної політики.", ("DOCTRINE", "GBR", "asserted")),
    ("Ісламабад не відмовляється від права першого ядерного удару.", ("DOCTRINE", "PAK", "asserted")),
    ("Путін пояснив, за яких умов Росія може застосувати ядерну зброю.", ("DOCTRINE", "RUS", "asserted")),
    ("Кремль повідомив, що нова ядерна доктрина Росії набрала чинності.", ("DOCTRINE", "RUS", "asserted")),
    # deliberation: war games, the planning group meets, plans prepared
    ("Американські чиновники провели штабну гру з ядерним сценарієм.", ("DELIBERATION", "USA", "asserted")),
    ("У Генштабі Росії готували плани застосування ядерної зброї.", ("DELIBERATION", "RUS", "asserted")),
    # a claim that the other side will set off a dirty bomb
    ("Міноборони Росії поширило заяву, що ЗСУ планують підірвати брудну бомбу.", ("PRETEXT_CLAIM", "RUS", "asserted")),
    # distancing oneself from a statement
    ("Уряд Японії відмежувався від слів радника про ядерну зброю.", ("DENIAL", "JPN", "asserted")),
    # sharp reactions, a step from catastrophe, protests
    ("Сеул різко відреагував на нові ядерні погрози Пхеньяна.", ("WARNING", "KOR", "asserted")),
    ("Генсек ООН заявив, що людство за крок від ядерного знищення.", ("WARNING", "UN", "asserted")),
    ("МЗС Литви висловило рішучий протест проти розміщення ядерної зброї в Білорусі.", ("WARNING", "LTU", "asserted")),
    # readiness reinforced; nuclear units
    ("Британія посилила готовність своїх підводних човнів з ядерними ракетами.", ("ALERT_CHANGE", "GBR", "asserted")),
    ("КНДР привела свої ядерні підрозділи у повну бойову готовність.", ("ALERT_CHANGE", "PRK", "asserted")),
    # deployment: leaving bases, rebasing, returning weapons, silo fields
    ("Російські ядерні підводні човни вийшли з баз у Баренцове море.", ("DEPLOYMENT", "RUS", "asserted")),
    ("Росія перебазувала ядерні ракетоносці Ту-160 на далекий аеродром.", ("DEPLOYMENT", "RUS", "asserted")),
    ("США повертають ядерну зброю до Великої Британії.", ("DEPLOYMENT", "USA", "asserted")),
    ("Китай розширює мережу шахт для міжконтинентальних балістичних ракет.", ("DEPLOYMENT", "CHN", "asserted")),
    # warheads handed over, taken out of storage
    ("Росія передала Білорусі першу партію ядерних боєзарядів.", ("WARHEAD_MOVEMENT", "RUS", "asserted")),
    ("Російські спецбоєприпаси вже передано білоруським військовим, заявив Путін.", ("WARHEAD_MOVEMENT", "RUS", "asserted")),
    ("Росія не виводила ядерні боєголовки зі сховищ, заявили в ЦРУ.", ("WARHEAD_MOVEMENT", "RUS", "negated")),
    # a nuclear-armed drone tested
    ("КНДР випробувала підводний ядерний безпілотник.", ("WEAPON_TEST", "PRK", "asserted")),
    # arms talks in the genitive plural ("озброєнь"); a human, not AI, decides
    ("Пекін і Вашингтон провели перший за п'ять років раунд переговорів щодо ядерних озброєнь.", ("DE_ESCALATION", "CHN", "asserted")),
    ("Байден і Сі погодилися, що рішення про застосування ядерної зброї ухвалює людина, а не штучний інтелект.", ("DE_ESCALATION", "USA", "asserted")),
    # data exchange stopped; a plutonium agreement denounced
    ("Росія перестала надавати США дані про свої ядерні арсенали відповідно до ДСНО.", ("ARMS_CONTROL", "RUS", "asserted")),
    ("Держдума денонсувала угоду з США про утилізацію плутонію, придатного для ядерної зброї.", ("ARMS_CONTROL", "RUS", "asserted")),
    # arsenals growing, added to
    ("Китай щороку додає до свого арсеналу приблизно сто нових ядерних боєголовок.", ("CAPABILITY", "CHN", "asserted")),
    ("Ядерний арсенал Індії вперше перевищив пакистанський.", ("CAPABILITY", "IND", "asserted")),
])
def test_breadth_by_type(analyzer, text, key):
    assert key in events(analyzer, text)


@pytest.mark.parametrize("text, absent", [
    # forces raised "по тривозі" and an air-raid alert are no alarm voiced
    ("Росія підняла по тривозі екіпажі стратегічних ракетоносців з ядерною зброєю.", "WARNING"),
    ("У Києві пролунала повітряна тривога, а Пєсков тим часом знову згадав ядерну зброю.", "WARNING"),
    # education and diplomatic manoeuvres are no drills
    ("Франція фінансує навчання студентів-фізиків для ядерної галузі та ядерного стримування.", "EXERCISE"),
    ("Дипломатичні маневри Пекіна навколо ядерної угоди з Іраном тривають.", "EXERCISE"),
    # located, a campaign unfolded, an order placed, presence on a flank: no deployment
    ("Полігон, розташований на Новій Землі, Росія використовувала для ядерних випробувань.", "DEPLOYMENT"),
    ("НАТО посилює присутність на східному фланзі через ядерну риторику Росії.", "DEPLOYMENT"),
    ("Росія розгорнула масштабну кампанію дезінформації про ядерну зброю.", "DEPLOYMENT"),
    ("США розмістили замовлення на виробництво нових ядерних боєголовок.", "DEPLOYMENT"),
    # a storage site is no possession
    ("Супутник зафіксував активність на об'єкті зберігання ядерної зброї в Росії.", "CAPABILITY"),
    # a test of relations
    ("Візит Сі до Москви став випробуванням для відносин двох ядерних держав.", "WEAPON_TEST"),
    # bracing for the other side's provocation is no preparation for use
    ("Україна готується до можливих ядерних провокацій Росії на ЗАЕС.", "PREPARATION"),
    # plans of use prepared are deliberation, not preparation
    ("У Генштабі Росії готували плани застосування ядерної зброї.", "PREPARATION"),
])
def test_breadth_narrowing(analyzer, text, absent):
    assert not any(k[0] == absent for k in events(analyzer, text))


# Generalisation from blind3 (each kind of wording on a new sentence).

@pytest.mark.parametrize("text, key", [
    # the nuclear content of a pact denied
    ("Міністр оборони Туреччини заявив, що ядерна зброя не фігурує в оборонній угоді з Катаром.", ("DENIAL", "TUR", "asserted")),
    # a fronted infinitive whose plan is denied at the end of the sentence
    ("Розміщувати американську ядерну зброю в Польщі, за словами посла, поки що не планують.", ("DEPLOYMENT", "USA", "negated")),
    # no first use in the feminine, under "за жодних обставин"
    ("Індія пообіцяла за жодних обставин не застосовувати ядерну зброю першою.", ("DOCTRINE", "IND", "asserted")),
    # "without hesitation" negates nothing; a future use is hypothetical
    ("Пхеньян заявив, що його армія без вагань застосує усі наявні засоби, включно з ядерними.", ("THREAT", "PRK", "asserted")),
    ("Пхеньян заявив, що його армія без вагань застосує усі наявні засоби, включно з ядерними.", ("NUCLEAR_USE", "PRK", "hypothetical")),
    ("«Якщо на нас нападуть, застосуємо все, що маємо, включно з ядерною зброєю», — сказав президент Білорусі.", ("THREAT", "BLR", "asserted")),
    ("«Якщо на нас нападуть, застосуємо все, що маємо, включно з ядерною зброєю», — сказав президент Білорусі.", ("NUCLEAR_USE", "BLR", "hypothetical")),
    # a fronted genitive "ознак того, що" is negated at the end of its clause
    ("Ознак того, що КНДР готується застосувати ядерну зброю, поки немає, вважають аналітики.", ("PREPARATION", "PRK", "negated")),
    # taking up combat duty is a deployment; weapons that are kept abroad
    ("Новий полк російських «Ярсів» з ядерними боєголовками заступив на бойове чергування.", ("DEPLOYMENT", "RUS", "asserted")),
    ("Американська ядерна зброя перебуває в Туреччині з часів холодної війни.", ("DEPLOYMENT", "USA", "asserted")),
    # raising nuclear risks; a drill called a rehearsal of war
    ("Японія обговорює розміщення американських ракет з ядерними боєголовками. Речник МЗС Китаю заявив, що такий крок підвищує ядерні ризики в регіоні.",
     ("WARNING", "CHN", "asserted")),
    ("Москва назвала навчання НАТО з ядерною зброєю репетицією ядерної війни проти Росії.", ("WARNING", "RUS", "asserted")),
    # "закиди Вашингтона": Washington's reproaches, not Washington denying
    ("Пекін відкинув закиди Вашингтона щодо таємних ядерних випробувань.", ("DENIAL", "CHN", "asserted")),
    # the protected state is not the one who commits; a condition inside a commitment is its content
    ("Вашингтон підтвердив зобов'язання захищати Філіппіни всім спектром сил, включно з ядерними.", ("DOCTRINE", "USA", "asserted")),
    ("Франція заявила, що в разі нападу на союзника застосує весь спектр своїх сил, включно з ядерними.", ("DOCTRINE", "FRA", "asserted")),
    ("Прем'єр Британії запевнив, що британський ядерний щит захищатиме всіх союзників по НАТО.", ("DOCTRINE", "GBR", "asserted")),
    # discussing under what conditions
    ("Російські генерали обговорили, за яких умов могли б застосувати ядерну зброю.", ("DELIBERATION", "RUS", "asserted")),
    # counts in words
    ("Лукашенко уточнив, що в країні зберігається кілька десятків російських боєприпасів для ядерної зброї.", ("CAPABILITY", "RUS", "asserted")),
    # openness to arms-control consultations, the nuclear word some sentences back
    ("Китайський ядерний арсенал зростає, пишуть експерти.\n\nУ Пекіні наголошують на принципі стриманості. Китайські дипломати багато говорять "
     "про Тайвань. Пекін залишається відкритим до консультацій щодо контролю над озброєннями, наголосили в МЗС Китаю.", ("DE_ESCALATION", "CHN", "asserted")),
    # the weapon named before, used as a pronoun in the future
    ("Речник уряду Ірану сказав, що ядерна зброя країні не потрібна, але якщо Ізраїль нападе, Тегеран її застосує.", ("NUCLEAR_USE", "IRN", "hypothetical")),
    # a provocation prepared, the object some words away
    ("Росія знову погрожує ядерною зброєю. У Генштабі ЗСУ заявили, що Москва готує підґрунтя для нової провокації.", ("PRETEXT_CLAIM", "UKR", "asserted")),
    # counts in words a sentence after the nuclear word
    ("Росія тримає в Білорусі тактичну ядерну зброю. Йдеться про кілька десятків російських боєприпасів, заявив Лукашенко.", ("CAPABILITY", "RUS", "asserted")),
])
def test_generalised_from_blind3(analyzer, text, key):
    assert key in events(analyzer, text)


@pytest.mark.parametrize("text, absent", [
    ("Новий полк російських «Ярсів» з ядерними боєголовками заступив на бойове чергування.", "ALERT_CHANGE"),
    # an arsenal that counts warheads is no depot
    ("Французький ядерний арсенал налічує близько 290 боєголовок.", "WARHEAD_MOVEMENT"),
    # a reported plan to station bombs is neither an accusation nor preparation for use
    ("Британські ЗМІ пишуть, що США нібито готуються знову розмістити ядерні бомби в Англії.", "PRETEXT_CLAIM"),
    ("Британські ЗМІ пишуть, що США нібито готуються знову розмістити ядерні бомби в Англії.", "PREPARATION"),
    # not planning to station weapons is a negated deployment, not a denial
    ("Помічник міністра заявив, що Вашингтон не планує повертати ядерну зброю до Японії.", "DENIAL"),
])
def test_generalised_narrowing_from_blind3(analyzer, text, absent):
    assert not any(k[0] == absent for k in events(analyzer, text))


def test_denied_return_of_weapons_is_a_negated_deployment(analyzer):
    ev = events(analyzer, "Помічник міністра заявив, що Вашингтон не планує повертати ядерну зброю до Японії.")
    assert ("DEPLOYMENT", "USA", "negated") in ev


def test_a_quoted_nuclear_button_in_a_trade_war_is_a_metaphor(analyzer):
    text = "Єврокомісія погрожує натиснути «ядерну кнопку» у торговельній війні, але Італія радить не провокувати ескалацію."
    assert events(analyzer, text) == {}


# Breadth, second round (wordings thought out for the language, new sentences).

@pytest.mark.parametrize("text, key", [
    # threatened with retaliation or catastrophe: the instrumental carries its own nuclear context
    ("Пхеньян пригрозив «нещадною ядерною відплатою» за будь-яку провокацію.", ("THREAT", "PRK", "asserted")),
    ("Кім Йо Чжон погрожує Сеулу ядерною катастрофою.", ("THREAT", "PRK", "asserted")),
    # the list of conditions widened; holding to a nuclear strategy
    ("Кремль розширив перелік загроз, за яких Росія може застосувати ядерну зброю.", ("DOCTRINE", "RUS", "asserted")),
    ("Біла книга Китаю наголошує, що країна дотримується оборонної ядерної стратегії.", ("DOCTRINE", "CHN", "asserted")),
    # the brink of a nuclear abyss; a call not to give in to blackmail
    ("Гутерріш наголосив, що світ опинився на межі ядерної прірви.", ("WARNING", "UN", "asserted")),
    ("Кулеба закликав світ не піддаватися на ядерний шантаж Путіна.", ("WARNING", "UKR", "asserted")),
    # strategic stability is arms-control talk; advance notice of a planned launch
    ("США і Росія домовилися продовжити консультації щодо стратегічної стабільності й ядерних ризиків.", ("DE_ESCALATION", "USA", "asserted")),
    ("Росія повідомила США про запланований пуск міжконтинентальної ракети «Ярс» згідно з угодою.", ("DE_ESCALATION", "RUS", "asserted")),
    # transferred, landed, silos built, missiles with an adjective between, a nuclear payload
    ("Росія перевела частину тактичної ядерної зброї до Білорусі.", ("DEPLOYMENT", "RUS", "asserted")),
    ("Американський стратегічний бомбардувальник B-52, здатний нести ядерну зброю, приземлився на авіабазі в Південній Кореї.", ("DEPLOYMENT", "USA", "asserted")),
    ("Китай побудував понад 300 нових шахт для міжконтинентальних ракет з ядерними боєголовками.", ("DEPLOYMENT", "CHN", "asserted")),
    ("США вперше з 1980-х відправили підводний човен з ядерними балістичними ракетами до Південної Кореї.", ("DEPLOYMENT", "USA", "asserted")),
    ("Росія розмістить ракети середньої дальності з ядерним оснащенням у Калінінградській області.", ("DEPLOYMENT", "RUS", "asserted")),
    # trucks with warheads arrived
    ("Супутникові знімки зафіксували, що до бази в Білорусі прибули вантажівки зі спецбоєприпасами Росії.", ("WARHEAD_MOVEMENT", "RUS", "asserted")),
    # readying weapons for possible use
    ("Американська розвідка помітила, що Росія почала готувати тактичну ядерну зброю до можливого застосування.", ("PREPARATION", "RUS", "asserted")),
])
def test_breadth_second_round(analyzer, text, key):
    assert key in events(analyzer, text)


def test_shelling_that_threatens_a_catastrophe_is_no_threat(analyzer):
    text = "Обстріли Запорізької АЕС загрожують Європі ядерною катастрофою, попередили в Енергоатомі."
    assert not any(k[0] == "THREAT" for k in events(analyzer, text))


def test_a_state_notified_of_a_launch_is_not_the_one_launching(analyzer):
    ev = events(analyzer, "Росія повідомила США про запланований пуск міжконтинентальної ракети «Ярс» згідно з угодою.")
    assert not any(k[0] == "WEAPON_TEST" and k[1] == "USA" for k in ev)


def test_a_weapon_system_names_its_owner(analyzer):
    text = ("Речник української розвідки заявив, що спецслужба не фіксує переміщення ядерних боєзарядів "
            "до шахт «Сармата».")
    assert ("WARHEAD_MOVEMENT", "RUS", "negated") in events(analyzer, text)


@pytest.mark.parametrize("text, date", [
    ("Росія наступного року проведе навчання з тактичною ядерною зброєю.", "2025"),
    ("Цього року КНДР провела три пуски міжконтинентальних ракет з ядерними боєголовками.", "2024"),
    ("На початку місяця Росія перекинула ядерні боєголовки до Білорусі.", "2024-05"),
])
def test_relative_years_and_months(analyzer, text, date):
    assert any(e.date == date for e in events(analyzer, text).values())


@pytest.mark.parametrize("text", [
    "Росія, можливо, вже перемістила ядерні боєголовки до Білорусі.",
    "За даними джерел у Пентагоні, Росія перемістила ядерні боєголовки до Білорусі.",
    "За неперевіреними даними, КНДР готує сьоме ядерне випробування.",
    "Ізраїль, як вважається, має близько 90 ядерних боєголовок.",
])
def test_more_hedges(analyzer, text):
    ev = events(analyzer, text)
    assert ev and all(e.hedged for e in ev.values())


# -- packs5: forms found missing on fresh text ---------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Ядерна загроза зростає. «Якщо хтось посягне на наші кордони, ми застосуємо все, що маємо», — сказав Медведєв.",
     ("THREAT", "RUS", "asserted")),
    ("Ядерна загроза зростає. «Якщо хтось посягне на наші кордони, ми застосуємо все, що маємо», — сказав Медведєв.",
     ("NUCLEAR_USE", "RUS", "hypothetical")),
    ("Сеул попередив, що будь-який ядерний напад КНДР стане кінцем її режиму.", ("NUCLEAR_USE", "PRK", "hypothetical")),
    ("Прем'єр Британії сказав, що Лондон вдарить ядерною зброєю лише в крайніх випадках.", ("NUCLEAR_USE", "GBR", "hypothetical")),
    ("Франція застосує ядерну зброю лише за надзвичайних обставин, наголосив президент.", ("DOCTRINE", "FRA", "asserted")),
    ("МЗС Китаю назвало розміщення американських ядерних ракет в Японії конфронтаційним кроком.", ("WARNING", "CHN", "asserted")),
    ("Ядерні боєголовки вже в Білорусі. Литва заявила, що такі кроки лише розпалюють ескалацію.", ("WARNING", "LTU", "asserted")),
    ("Генсек ООН заявив, що людство опинилося на порозі ядерної війни.", ("WARNING", "UN", "asserted")),
    ("Навчання з ядерною зброєю тривають. Президент Франції заявив, що Європа опинилася перед загрозою армагеддону.",
     ("WARNING", "FRA", "asserted")),
    ("Японія висловила засудження ядерних погроз Пхеньяна.", ("WARNING", "JPN", "asserted")),
    ("Уряд Норвегії стежить за ядерними силами Росії, проте змін у їхній готовності, які б турбували, не бачить.",
     ("ALERT_CHANGE", "RUS", "negated")),
    ("Естонська розвідка не зафіксувала ознак того, що Росія готує ядерні сили до удару.", ("PREPARATION", "RUS", "negated")),
    ("За оцінками аналітиків, Британія зберігає на своїх базах сотню термоядерних бомб.", ("CAPABILITY", "GBR", "asserted")),
    ("Британський підводний човен з ядерними ракетами Trident покинув базу у Фаслейні.", ("DEPLOYMENT", "GBR", "asserted")),
    ("Колона вантажівок, що належить 12-му головному управлінню Міноборони Росії, везла ядерні боєприпаси.",
     ("WARHEAD_MOVEMENT", "RUS", "asserted")),
])
def test_packs5_vocabulary(analyzer, text, key):
    assert key in events(analyzer, text)


def test_never_threatened_is_a_denial_not_a_negated_threat(analyzer):
    ev = events(analyzer, "Посол Китаю запевнив, що Пекін ніколи не погрожував сусідам ядерною зброєю.")
    assert ("DENIAL", "CHN", "asserted") in ev
    assert not any(k[0] == "THREAT" for k in ev)


def test_negative_security_assurance_is_doctrine_not_a_threat(analyzer):
    ev = events(analyzer, "Індія заявила, що не погрожуватиме ядерною зброєю неядерним державам.")
    assert ("DOCTRINE", "IND", "asserted") in ev
    assert not any(k[0] == "THREAT" for k in ev)


def test_future_consideration_is_no_deliberation(analyzer):
    ev = events(analyzer, "Британія розглядатиме застосування ядерної зброї лише в крайніх випадках.")
    assert not any(k[0] == "DELIBERATION" for k in ev)


def test_options_of_response_discussed_is_deliberation(analyzer):
    ev = events(analyzer, "Ядерна зброя знову в новинах. Генштаб Росії, за чутками, обговорював усі варіанти відповіді.")
    assert ("DELIBERATION", "RUS", "asserted") in ev


def test_will_not_leave_unanswered_is_no_negation(analyzer):
    ev = events(analyzer, "Москва не залишить без відповіді розміщення ядерної зброї в Польщі.")
    assert not any(k[2] == "negated" for k in ev)


def test_not_about_nuclear_strikes_codes_no_use(analyzer):
    ev = events(analyzer, "Уряд України пояснив, що мова йшла про санкції, а не про ядерні удари.")
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_no_grounds_and_no_signs_is_no_denial(analyzer):
    text = ("Речник Пентагону сказав, що немає ні підстав змінювати ядерну позицію США, "
            "ні ознак того, що Росія готує ядерний удар.")
    assert not any(k[0] == "DENIAL" for k in events(analyzer, text))


def test_assumption_is_a_hedge(analyzer):
    ev = events(analyzer, "За припущеннями експертів, Росія перекинула ядерні боєголовки до Калінінграда.")
    assert ev and all(e.hedged for e in ev.values())


# -- session 6: breadth of phrasing (blind5) ------------------------------------------------


def test_rattling_in_perfective_form_is_a_threat(analyzer):
    ev = events(analyzer, "Речник Кремля знову забряжчав ядерною зброєю на брифінгу.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_deterrence_forces_alone_pass_triage(analyzer):
    ev = events(analyzer, "Міністр оборони Росії оголосив, що сили стримування переведено у стан підвищеної готовності.")
    assert ("ALERT_CHANGE", "RUS", "asserted") in ev


def test_warned_after_the_quote_names_the_speaker(analyzer):
    ev = events(analyzer, "Ризик ядерної війни зараз найвищий за десятиліття, застеріг генсек ООН.")
    assert ("WARNING", "UN", "asserted") in ev


def test_unchanged_readiness_is_a_negated_alert_change(analyzer):
    ev = events(analyzer, "Готовність ядерних сил Франції, за словами міністра, залишається незмінною.")
    assert ("ALERT_CHANGE", "FRA", "negated") in ev


def test_refusing_to_confirm_or_deny_is_neither_negation_nor_denial(analyzer):
    ev = events(analyzer, "Анкара відмовилася підтверджувати чи спростовувати присутність американських ядерних бомб на базі Інджирлік.")
    assert not any(k[0] == "DENIAL" or k[2] == "negated" for k in ev)
    assert ev[("DEPLOYMENT", "USA", "asserted")].hedged


def test_russian_security_council_is_not_the_un(analyzer):
    ev = events(analyzer, "Секретар Радбезу Росії пригрозив Заходу ядерним ударом.")
    assert ("THREAT", "RUS", "asserted") in ev
    assert not any(k[1] == "UN" for k in ev)


def test_opposing_threats_is_a_warning_not_a_threat(analyzer):
    ev = events(analyzer, "Прем'єр Індії виступив проти будь-яких погроз ядерною зброєю.")
    assert ("WARNING", "IND", "asserted") in ev
    assert not any(k[0] == "THREAT" for k in ev)


def test_port_named_before_the_arrival(analyzer):
    ev = events(analyzer, "Ядерна зброя знову в новинах. До порту Пусан зайшов американський стратегічний підводний човен.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_inf_treaty_by_its_full_name_passes_triage(analyzer):
    ev = events(analyzer, "Вашингтон завершив процедуру виходу з договору про ліквідацію ракет середньої та меншої дальності.")
    assert ("ARMS_CONTROL", "USA", "asserted") in ev


def test_will_have_to_is_hypothetical(analyzer):
    ev = events(analyzer, "Китаю, можливо, доведеться завдати ядерного удару.")
    assert ("NUCLEAR_USE", "CHN", "hypothetical") in ev


def test_warhead_ceiling_raised_is_capability(analyzer):
    ev = events(analyzer, "Франція збільшить граничну кількість ядерних боєголовок до 350.")
    assert ("CAPABILITY", "FRA", "asserted") in ev


def test_launch_with_the_missile_named_first(analyzer):
    ev = events(analyzer, "Російська ракета «Ярс» у четвер після тривалої перерви стартувала з Плесецька.")
    assert ("WEAPON_TEST", "RUS", "asserted") in ev


def test_nuclear_combat_forces_that_inevitably_strike_threaten(analyzer):
    ev = events(analyzer, "Лідер КНДР заявив, що ядерні бойові сили країни неминуче завдадуть удару у відповідь.")
    assert ("THREAT", "PRK", "asserted") in ev
