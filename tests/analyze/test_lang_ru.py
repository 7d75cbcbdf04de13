"""Russian pack: small, general behaviours (declension, negation, modality, hedging, dates, distractors)."""

import datetime as dt

from tests.analyze.langtest import events, pack_analyzer

analyzer = pack_analyzer("ru")


def test_exercise_with_weekday_and_inflected_country(analyzer):
    ev = events(analyzer, "Военные России в четверг начали учения с нестратегическим ядерным оружием.")
    assert ev[("EXERCISE", "RUS", "asserted")].date == "2024-05-09"


def test_no_sign_negates_preparation_across_chto_comma(analyzer):
    ev = events(analyzer, "В Пентагоне не видят признаков того, что Россия готовится применить ядерное оружие.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_negated_verb_after_its_object(analyzer):
    ev = events(analyzer, "Изменений в ядерной позиции России в Вашингтоне не фиксируют.")
    assert ("ALERT_CHANGE", "RUS", "negated") in ev


def test_hypothetical_use(analyzer):
    ev = events(analyzer, "Эксперт считает, что Россия может применить тактическое ядерное оружие.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_hedged_claim_with_yakoby(analyzer):
    ev = events(analyzer, "Белоруссия якобы уже разместила российское ядерное оружие на своей территории.")
    assert ev[("DEPLOYMENT", "BLR", "asserted")].hedged


def test_accusation_content_is_not_asserted(analyzer):
    ev = events(analyzer, "Москва обвинила Киев в подготовке провокации с «грязной бомбой».")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev
    assert not any(k[0] in ("NUCLEAR_USE", "PREPARATION") and k[2] == "asserted" for k in ev)


def test_denial_that_carries_its_negation(analyzer):
    ev = events(analyzer, "Песков заявил, что у Москвы нет намерения применять ядерное оружие.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_month_date(analyzer):
    ev = events(analyzer, "Госдума 18 октября одобрила отзыв ратификации ДВЗЯИ.", published=dt.date(2023, 10, 20))
    assert ev[("ARMS_CONTROL", "RUS", "asserted")].date == "2023-10-18"


def test_npp_distractor_yields_nothing(analyzer):
    text = ("На Курской АЭС в среду завершили ремонт энергоблока. Ядерное топливо доставлено по графику, "
            "радиационный фон в норме, сообщили в «Росатоме».")
    assert events(analyzer, text) == {}


def test_common_words_are_not_countries(analyzer):
    ev = events(analyzer, "Самолёты того полка несут ядерное оружие, заявил Данилов.")
    assert not any(k[1] in ("WSM", "TGO", "DNK") for k in ev)


# --- vocabulary added when tuning on the dev corpus (original sentences) ---

def test_doctrine_list_of_conditions(analyzer):
    ev = events(analyzer, "Президент Франции в пятницу объявил, что расширяет перечень условий, "
                          "при которых Париж может применить ядерное оружие.")
    assert ev[("DOCTRINE", "FRA", "asserted")].date == "2024-05-10"
    assert ("NUCLEAR_USE", "FRA", "hypothetical") in ev


def test_no_reason_to_change_readiness_is_negated_alert(analyzer):
    ev = events(analyzer, "В Лондоне заявили, что не видят причин менять уровень готовности "
                          "британских стратегических ядерных сил.")
    assert ("ALERT_CHANGE", "GBR", "negated") in ev
    assert ("ALERT_CHANGE", "GBR", "asserted") not in ev


def test_postponed_launch_is_de_escalation(analyzer):
    ev = events(analyzer, "Пентагон перенёс плановый пуск межконтинентальной ракеты, чтобы его не истолковали превратно.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev


def test_calling_a_nuclear_move_dangerous_is_a_warning(analyzer):
    ev = events(analyzer, "Китай провёл испытание межконтинентальной баллистической ракеты. "
                          "Генсек ООН назвал этот шаг опасным.")
    assert ("WARNING", "UN", "asserted") in ev


def test_never_sought_the_bomb_is_a_denial_not_a_claim_or_capability(analyzer):
    ev = events(analyzer, "Иран никогда не стремился к созданию ядерного оружия, заявил министр.")
    assert ("DENIAL", "IRN", "asserted") in ev
    assert not any(k[0] in ("PRETEXT_CLAIM", "CAPABILITY") for k in ev)


def test_not_intending_to_negotiate_is_not_a_denial(analyzer):
    ev = events(analyzer, "Пекин не намерен участвовать в переговорах о сокращении ядерных арсеналов, заявили в МИД Китая.")
    assert not any(k[0] in ("DENIAL", "CAPABILITY") for k in ev)


def test_preparations_for_a_test_are_not_preparation_for_use(analyzer):
    ev = events(analyzer, "Приготовлений к ядерному испытанию на полигоне в Неваде американские военные не ведут.")
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_impersonal_danger_is_not_a_threat(analyzer):
    ev = events(analyzer, "Если стране будет угрожать опасность, Пхеньян рассмотрит все варианты ответа.")
    assert not any(k[0] in ("THREAT", "WARNING") for k in ev)


def test_preparing_to_use_governs_the_use(analyzer):
    ev = events(analyzer, "В Пентагоне не видят признаков того, что Россия готовится применить ядерное оружие.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_preparing_a_test_is_a_test(analyzer):
    ev = events(analyzer, "Разведка США считает, что Россия готовится к ядерному испытанию на Новой Земле.")
    assert ("WEAPON_TEST", "RUS", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_deliberated_conditions_are_not_doctrine(analyzer):
    ev = events(analyzer, "Британские генералы обсуждали условия применения ядерного оружия на закрытом совещании.")
    assert ("DELIBERATION", "GBR", "asserted") in ev
    assert not any(k[0] == "DOCTRINE" for k in ev)


def test_port_call_of_a_strategic_submarine_is_a_deployment(analyzer):
    ev = events(analyzer, "Пхеньян снова пригрозил ядерным ударом. Во вторник состоялся первый за много лет "
                          "визит британского ракетоносца в Японию.")
    assert ("DEPLOYMENT", "GBR", "asserted") in ev


def test_implicit_threat_formula_is_asserted(analyzer):
    ev = events(analyzer, "Глава МИД Белоруссии заявил, что размещение ракет в Польше может стать "
                          "основанием для применения ядерного оружия.")
    assert ("THREAT", "BLR", "asserted") in ev


def test_inspection_in_a_weapons_story_is_arms_control(analyzer):
    ev = events(analyzer, "МАГАТЭ опасается, что Иран создаёт ядерное оружие. "
                          "В марте инспекторы МАГАТЭ посетили завод в Исфахане.")
    assert ev[("ARMS_CONTROL", "IAEA", "asserted")].date == "2024-03"


def test_promised_nuclear_strike_is_a_threat(analyzer):
    ev = events(analyzer, "Минобороны КНДР заявило, что нанесёт ядерный удар по американским базам.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_unverified_data_hedges(analyzer):
    ev = events(analyzer, "По непроверенным данным, Китай провёл испытание новой межконтинентальной баллистической ракеты.")
    assert ev[("WEAPON_TEST", "CHN", "asserted")].hedged


def test_civil_reactor_tests_yield_nothing(analyzer):
    ev = events(analyzer, "На Белоярской АЭС перенесли испытания систем безопасности реактора, "
                          "сообщили в пресс-службе станции. Ядерное топливо доставят в июне.")
    assert ev == {}


# --- systematic lexicon expansion (original sentences, none taken from a corpus) ---

def test_call_to_strike_is_a_threat(analyzer):
    ev = events(analyzer, "Российский депутат призвал нанести ядерный удар по британским базам.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_without_hesitation_is_not_a_negation(analyzer):
    ev = events(analyzer, "Белоруссия без колебаний применит ядерное оружие в случае агрессии, заявил министр.")
    assert not any(k[2] == "negated" for k in ev)


def test_war_game_and_weighing_are_deliberation(analyzer):
    ev = events(analyzer, "Американская администрация взвешивала варианты ответа на российский ядерный удар.")
    assert ("DELIBERATION", "USA", "asserted") in ev


def test_staged_provocation_at_a_plant_is_a_pretext_claim(analyzer):
    ev = events(analyzer, "Российские военные заявили, что Киев готовит провокацию на Запорожской АЭС, "
                          "чтобы обвинить Москву в ядерном инциденте.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev


def test_accused_of_violating_a_moratorium_is_arms_control_not_a_pretext(analyzer):
    ev = events(analyzer, "Вашингтон обвинил Москву в нарушении моратория на ядерные испытания.")
    assert ("ARMS_CONTROL", "USA", "asserted") in ev
    assert not any(k[0] == "PRETEXT_CLAIM" for k in ev)


def test_dismissed_as_groundless_is_a_denial(analyzer):
    ev = events(analyzer, "Украинский МИД назвал обвинения о «грязной бомбе» голословными.")
    assert ("DENIAL", "UKR", "asserted") in ev


def test_raised_combat_readiness_participle(analyzer):
    ev = events(analyzer, "Стратегические ядерные силы КНДР приведены в состояние полной боевой готовности.")
    assert ("ALERT_CHANGE", "PRK", "asserted") in ev


def test_simulated_counterstrike_is_an_exercise(analyzer):
    ev = events(analyzer, "Северная Корея провела учения с имитацией ядерной контратаки.")
    assert ("EXERCISE", "PRK", "asserted") in ev


def test_weapons_delivered_and_stationed(analyzer):
    ev = events(analyzer, "В Белоруссию доставлены российские ядерные боеприпасы. "
                          "Американские ядерные бомбы B61 будут размещены в Великобритании.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_strategic_submarine_berthed_is_a_deployment(analyzer):
    ev = events(analyzer, "Пхеньян пригрозил ядерным ответом. Американская ПЛАРБ пришвартовалась в Пусане.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_activity_at_storage_site_is_warhead_movement(analyzer):
    ev = events(analyzer, "Спутник зафиксировал колонну грузовиков у российского хранилища ядерных боеприпасов.")
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") in ev


def test_resort_to_nuclear_weapons_is_hypothetical_use(analyzer):
    ev = events(analyzer, "Аналитики не исключают, что Москва может прибегнуть к тактическому ядерному оружию.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_any_attempt_to_use_is_hypothetical(analyzer):
    ev = events(analyzer, "В Сеуле предупредили, что любая попытка КНДР применить ядерное оружие станет концом режима.")
    assert ("NUCLEAR_USE", "PRK", "hypothetical") in ev


def test_phone_call_on_nuclear_risks_is_de_escalation(analyzer):
    ev = events(analyzer, "Главы генштабов России и США провели телефонный разговор о снижении ядерных рисков.")
    assert any(k[0] == "DE_ESCALATION" and k[2] == "asserted" for k in ev)


def test_data_exchange_halted_is_arms_control(analyzer):
    ev = events(analyzer, "Россия прекратила обмен уведомлениями о пусках межконтинентальных ракет.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev


def test_power_plant_diplomacy_and_drills_yield_nothing(analyzer):
    text = ("«Росатом» и Венгрия договорились возобновить диалог о поставках ядерного топлива для АЭС «Пакш». "
            "На Курской АЭС провели противоаварийные учения. Глава МАГАТЭ предупредил об опасности ядерной "
            "катастрофы на Запорожской АЭС и призвал стороны к сдержанности.")
    assert events(analyzer, text) == {}


# --- session 3: patterns that were too broad (original sentences) ---

def test_scheduled_is_not_a_plan_to_use(analyzer):
    ev = events(analyzer, "Китайский МИД заявил, что речь идёт о плановом обслуживании ракет, "
                          "способных к использованию ядерного оружия.")
    assert not any(k[0] == "DELIBERATION" for k in ev)


def test_speaking_by_video_link_is_not_a_contact(analyzer):
    ev = events(analyzer, "Российский дипломат, выступая по видеосвязи на сессии ООН, "
                          "обвинил США в размещении ядерного оружия в Европе.")
    assert not any(k[0] == "DE_ESCALATION" for k in ev)
    ev = events(analyzer, "Лидеры Китая и США пообщались по видеосвязи о ядерных рисках.")
    assert any(k[0] == "DE_ESCALATION" and k[2] == "asserted" for k in ev)


def test_visiting_a_test_site_is_not_a_test(analyzer):
    ev = events(analyzer, "Индийский министр, посетив ядерный полигон в пустыне, напомнил о ядерной доктрине страны.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_training_launch_alone_is_a_test_not_an_exercise(analyzer):
    ev = events(analyzer, "Индия провела учебный пуск ракеты «Агни», способной нести ядерную боеголовку.")
    assert ("WEAPON_TEST", "IND", "asserted") in ev
    assert not any(k[0] == "EXERCISE" for k in ev)


def test_missiles_fitted_with_warheads_and_arsenal_size_are_no_movement(analyzer):
    ev = events(analyzer, "Французские ракеты M51 оснащены ядерными боеголовками большой мощности. "
                          "В ядерном арсенале Великобритании около 225 боезарядов.")
    assert ("CAPABILITY", "GBR", "asserted") in ev
    assert not any(k[0] == "WARHEAD_MOVEMENT" for k in ev)


def test_test_without_a_nuclear_explosion_is_not_negated(analyzer):
    ev = events(analyzer, "Американские учёные провели субкритические испытания без ядерного взрыва.")
    assert ("WEAPON_TEST", "USA", "asserted") in ev
    assert not any(k[2] == "negated" for k in ev)


# --- session 3: vocabulary that was missing (original sentences) ---

def test_not_ruling_out_that_reaches_through_the_comma(analyzer):
    ev = events(analyzer, "В Токио не исключают, что Пхеньян вскоре проведёт новое ядерное испытание.")
    assert ("WEAPON_TEST", "PRK", "hypothetical") in ev
    ev = events(analyzer, "Эксперты допускают, что Россия возобновит ядерные испытания.")
    assert ("WEAPON_TEST", "RUS", "hypothetical") in ev


def test_scenario_of_a_war_game_is_hypothetical(analyzer):
    ev = events(analyzer, "По сценарию, в ходе войны на полуострове КНДР применяет ядерный заряд против американской базы.")
    assert ("NUCLEAR_USE", "PRK", "hypothetical") in ev


def test_ready_to_strike_at_any_moment_is_a_threat(analyzer):
    ev = events(analyzer, "Командующий заявил, что российские ядерные силы готовы к нанесению удара в любой момент.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_consequences_never_seen_is_a_threat_in_a_nuclear_story(analyzer):
    ev = events(analyzer, "Кремль привёл ядерные силы в боевую готовность. Президент России предупредил тех, "
                          "кто вмешается, что последствия будут такими, каких они никогда не видели.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_never_first_is_doctrine_and_reassurance_not_negated(analyzer):
    ev = events(analyzer, "Индия никогда первой не применит ядерное оружие, заявил министр.")
    assert ("DOCTRINE", "IND", "asserted") in ev
    assert ("DE_ESCALATION", "IND", "asserted") in ev
    assert ("DOCTRINE", "IND", "negated") not in ev


def test_not_going_to_start_a_nuclear_war_is_a_denial(analyzer):
    ev = events(analyzer, "В Лондоне подчеркнули, что Британия не собирается развязывать ядерную войну.")
    assert ("DENIAL", "GBR", "asserted") in ev


def test_crisis_turning_into_nuclear_war_is_hypothetical_use(analyzer):
    ev = events(analyzer, "Генсек ООН предупредил, что конфликт может перерасти в ядерную войну.")
    assert any(k[0] == "NUCLEAR_USE" and k[2] == "hypothetical" for k in ev)
    assert ("WARNING", "UN", "asserted") in ev


def test_stopped_implementing_safeguards_is_arms_control(analyzer):
    ev = events(analyzer, "Иран перестал выполнять соглашение о гарантиях с МАГАТЭ и ускорил свою ядерную программу.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_no_sign_fronted_with_net_at_the_end_negates(analyzer):
    ev = events(analyzer, "Признаков того, что Китай готовит ядерный удар, пока нет.")
    assert ("PREPARATION", "CHN", "negated") in ev
    assert ("PREPARATION", "CHN", "asserted") not in ev


def test_postponed_launch_and_cancelled_drill_did_not_happen(analyzer):
    ev = events(analyzer, "Индия отложила испытательный пуск баллистической ракеты «Агни-5», способной нести ядерный заряд.")
    assert ("WEAPON_TEST", "IND", "negated") in ev
    assert ("DE_ESCALATION", "IND", "asserted") in ev
    ev = events(analyzer, "Пентагон отменил плановые учения ядерных сил.")
    assert ("EXERCISE", "USA", "negated") in ev


def test_any_launch_is_hypothetical_and_regarded_as_attack_is_doctrine(analyzer):
    ev = events(analyzer, "Москва заявила, что любой пуск ракеты по Калининграду будет расценен как нападение, "
                          "влекущее ядерный ответ.")
    assert ("DOCTRINE", "RUS", "asserted") in ev
    assert not any(k[0] == "WEAPON_TEST" and k[2] == "asserted" for k in ev)


def test_glide_vehicle_put_in_orbit_is_a_test(analyzer):
    ev = events(analyzer, "Китай предположительно вывел на орбиту гиперзвуковой планирующий блок, "
                          "способный нести ядерный заряд.")
    assert ev[("WEAPON_TEST", "CHN", "asserted")].hedged


def test_ready_to_use_is_a_threat(analyzer):
    ev = events(analyzer, "Медведев заявил, что Россия готова применить ядерное оружие, если её существованию будет угрожать опасность.")
    assert ("THREAT", "RUS", "asserted") in ev
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_ordered_to_be_ready_is_an_alert(analyzer):
    ev = events(analyzer, "Ким Чен Ын приказал ядерным силам быть в полной готовности к ответному удару.")
    assert ("ALERT_CHANGE", "PRK", "asserted") in ev


def test_feared_use_is_hypothetical(analyzer):
    ev = events(analyzer, "В Вашингтоне опасаются, что Россия применит тактическое ядерное оружие на Украине.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_threatened_withdrawal_is_hypothetical(analyzer):
    ev = events(analyzer, "Иран пригрозил выйти из ДНЯО, если Запад восстановит санкции.")
    assert ("ARMS_CONTROL", "IRN", "hypothetical") in ev
    assert ("ARMS_CONTROL", "IRN", "asserted") not in ev


def test_weapons_put_in_orbit_are_deployed(analyzer):
    ev = events(analyzer, "Российская ракета с ядерной боевой частью может быть выведена на орбиту.")
    assert ("DEPLOYMENT", "RUS", "hypothetical") in ev


def test_capitals_and_state_media_name_their_states(analyzer):
    ev = events(analyzer, "В Варшаве заявили, что Польша готова разместить у себя американское ядерное оружие.")
    assert ("DEPLOYMENT", "POL", "hypothetical") in ev
    ev = events(analyzer, "Генсек НАТО призвал Россию отказаться от ядерной риторики. В Анкаре осудили ядерные угрозы Москвы.")
    assert ("WARNING", "TUR", "asserted") in ev


def test_fronted_complement_refused_at_the_end_is_no_de_escalation(analyzer):
    ev = events(analyzer, "Китай быстро наращивает ядерный арсенал. "
                          "От участия в переговорах о ядерном разоружении Пекин по-прежнему отказывается.")
    assert not any(k[0] == "DE_ESCALATION" for k in ev)  # refused: neither asserted nor a negated signal


def test_past_week_is_dated(analyzer):
    ev = events(analyzer, "На минувшей неделе Россия провела учения стратегических ядерных сил.")
    assert ev[("EXERCISE", "RUS", "asserted")].date == "2024-05"


def test_pressing_the_button_without_hesitation_is_a_threat(analyzer):
    ev = events(analyzer, "Британский премьер заявил, что Лондон без колебаний нажмёт ядерную кнопку.")
    assert ("THREAT", "GBR", "asserted") in ev


def test_nobody_wants_to_press_the_button_is_no_threat(analyzer):
    ev = events(analyzer, "Ядерная кнопка есть, но нажимать на нее никто не хочет, сказал британский дипломат.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_not_wanting_nuclear_war_is_a_denial(analyzer):
    ev = events(analyzer, "Лавров заявил, что Россия не хочет ядерной войны.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_trucks_carrying_warheads_are_a_movement(analyzer):
    ev = events(analyzer, "Грузовики с ядерными боеприпасами замечены у российской базы.")
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") in ev


def test_leaders_meeting_on_arms_control_is_a_contact(analyzer):
    ev = events(analyzer, "Президенты России и США встретились в Женеве и обсудили ядерные вооружения.")
    assert any(k[0] == "DE_ESCALATION" and k[2] == "asserted" for k in ev)


def test_unnamed_sources_and_press_reports_hedge(analyzer):
    ev = events(analyzer, "Источники в Пентагоне сообщили, что Китай перебросил ядерные ракеты на новые базы.")
    assert ev[("DEPLOYMENT", "CHN", "asserted")].hedged
    ev = events(analyzer, "По сведениям СМИ, Пакистан провёл ядерное испытание.")
    assert ev[("WEAPON_TEST", "PAK", "asserted")].hedged


def test_fronted_no_data_about_a_move_negates_it(analyzer):
    ev = events(analyzer, "Данных о переброске российского ядерного оружия в Белоруссию у американской разведки нет.")
    assert ("DEPLOYMENT", "RUS", "negated") in ev
    assert ("DEPLOYMENT", "RUS", "asserted") not in ev


def test_refraining_from_tests_negates_them(analyzer):
    ev = events(analyzer, "Китай воздержался от ядерных испытаний.")
    assert ("WEAPON_TEST", "CHN", "negated") in ev


def test_will_use_in_the_third_person_is_a_threat(analyzer):
    ev = events(analyzer, "Лукашенко заявил, что Белоруссия применит ядерное оружие, если на неё нападут.")
    assert ("THREAT", "BLR", "asserted") in ev


def test_doubling_an_arsenal_is_capability(analyzer):
    ev = events(analyzer, "Китай, по оценке Пентагона, удвоит ядерный арсенал к 2030 году.")
    assert ("CAPABILITY", "CHN", "asserted") in ev


def test_danger_of_nuclear_war_is_a_warning_not_a_threat(analyzer):
    ev = events(analyzer, "Генсек ООН заявил, что сегодня угроза войны с применением ядерного оружия велика как никогда.")
    assert ("WARNING", "UN", "asserted") in ev
    assert not any(k[0] == "THREAT" for k in ev)


def test_test_ban_and_moratorium_name_no_test(analyzer):
    ev = events(analyzer, "Госдума ратифицировала договор о всеобъемлющем запрещении ядерных испытаний.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    assert not any(k[0] == "WEAPON_TEST" for k in ev)
    ev = events(analyzer, "Москва продолжит соблюдать мораторий на ядерные испытания.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_short_participle_before_its_subject_is_a_deployment(analyzer):
    ev = events(analyzer, "На территории Белоруссии развёрнуто российское ядерное оружие.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev


def test_imperfective_testing_and_returned_weapons(analyzer):
    ev = events(analyzer, "КНДР испытывала крылатые ракеты, способные нести ядерный заряд.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    ev = events(analyzer, "Британия объявила о возвращении американского ядерного оружия на свою территорию.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_nuclear_sharing_is_weapons_context(analyzer):
    ev = events(analyzer, "Варшава хочет участвовать в программе ядерного совместного использования НАТО, заявил министр.")
    assert ("DOCTRINE", "POL", "asserted") in ev


def test_preparing_a_provocation_is_the_claim_not_a_preparation(analyzer):
    ev = events(analyzer, "Минобороны России заявило, что Украина готовит провокацию с применением грязной бомбы.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_state_agency_relaying_words_names_the_state(analyzer):
    ev = events(analyzer, "«Наши ядерные силы должны быть готовы к применению в любое время», "
                          "— приводит ЦТАК слова северокорейского лидера.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_imperfective_report_verb_names_its_speaker(analyzer):
    ev = events(analyzer, "Американские газеты сообщали, что Китай провёл испытание ядерной ракеты.")
    assert ("WEAPON_TEST", "CHN", "asserted") in ev


def test_nuclear_submarines_ordered_into_position_are_a_deployment(analyzer):
    ev = events(analyzer, "Американский президент приказал разместить две атомные подводные лодки у российских берегов.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev
    ev = events(analyzer, "Атомная подводная лодка «Курск» затонула в Баренцевом море в августе 2000 года.")
    assert ev == {}


def test_joining_the_nuclear_mission_is_doctrine(analyzer):
    ev = events(analyzer, "Нидерланды закупят истребители, способные нести ядерное оружие, для участия в ядерной миссии НАТО.")
    assert any(k[0] == "DOCTRINE" and k[2] == "asserted" for k in ev)


def test_reminding_of_the_dead_hand_is_a_threat(analyzer):
    ev = events(analyzer, "Медведев напомнил Вашингтону о системе «Мёртвая рука».")
    assert ("THREAT", "RUS", "asserted") in ev


# --- breadth: other ways the press says each thing (original sentences) ---

def test_litotes_of_resolve_is_a_threat_not_a_negated_use(analyzer):
    ev = events(analyzer, "Пхеньян не постесняется задействовать ядерный арсенал, сказал Ким Чен Ын.")
    assert ("THREAT", "PRK", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" and k[2] == "negated" for k in ev)
    ev = events(analyzer, "Если понадобится нажать ядерную кнопку, рука у меня не дрогнет, — сказал Лукашенко.")
    assert ("THREAT", "BLR", "asserted") in ev


def test_annihilation_by_nuclear_means_is_a_threat(analyzer):
    ev = events(analyzer, "Соловьёв в эфире предложил смыть Британские острова радиоактивной волной.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Пхеньян пригрозил обратить военные базы противника в ядерное пепелище.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_promised_retribution_and_qualified_targets_are_threats(analyzer):
    ev = events(analyzer, "Медведев посулил Лондону ядерное возмездие за поставки дальнобойных ракет.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Лавров сказал, что базы с американскими ядерными бомбами в Европе станут приоритетными целями.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_implicit_threat_of_use_but_not_of_concern(analyzer):
    ev = events(analyzer, "Москва дала понять, что может ответить ядерным ударом на атаку на Крым.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Москва дала понять, что обеспокоена ростом ядерного арсенала Китая.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_endangering_security_is_not_a_threat_to_use(analyzer):
    ev = events(analyzer, "Литва считает, что размещение ядерного оружия в Белоруссии угрожает безопасности всей Балтии.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_nuclear_shield_minimal_deterrence_and_cornerstone_are_doctrine(analyzer):
    ev = events(analyzer, "Премьер Пакистана заявил, что ядерный щит страны распространяется и на союзников.")
    assert ("DOCTRINE", "PAK", "asserted") in ev
    ev = events(analyzer, "Китай будет держать ядерный арсенал на минимальном уровне, достаточном для обороны.")
    assert ("DOCTRINE", "CHN", "asserted") in ev
    ev = events(analyzer, "Ядерное оружие остаётся главной гарантией безопасности Франции, заявил Макрон.")
    assert ("DOCTRINE", "FRA", "asserted") in ev


def test_use_tied_to_aggression_is_doctrine_and_leaves_the_use(analyzer):
    ev = events(analyzer, "Индия оставляет за собой право ответить ядерным ударом в случае нападения с применением химического оружия.")
    assert ("DOCTRINE", "IND", "asserted") in ev
    ev = events(analyzer, "Минск применит ядерное оружие лишь в ответ на агрессию, говорится в документе.")
    assert ("DOCTRINE", "BLR", "asserted") in ev


def test_widened_list_of_threats_lowered_threshold_and_regained_mission(analyzer):
    ev = events(analyzer, "Кремль дополнил список угроз, на которые Россия вправе ответить ядерным оружием.")
    assert ("DOCTRINE", "RUS", "asserted") in ev
    ev = events(analyzer, "Британия снова берёт на себя ядерную миссию в рамках НАТО.")
    assert ("DOCTRINE", "GBR", "asserted") in ev


def test_non_nuclear_principles_reviewed_kept_or_not(analyzer):
    ev = events(analyzer, "Токио может смягчить неядерные принципы, допускают в правящей партии Японии.")
    assert ("DOCTRINE", "JPN", "hypothetical") in ev
    ev = events(analyzer, "Япония по-прежнему следует трём неядерным принципам, подтвердил министр.")
    assert ("DE_ESCALATION", "JPN", "asserted") in ev


def test_accusing_verb_in_the_neuter_and_catching_out(analyzer):
    ev = events(analyzer, "Министерство обороны России обвинило Киев в работе над ядерным взрывным устройством.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev
    ev = events(analyzer, "Сеул уличил КНДР в тайной наработке оружейного урана.")
    assert ("PRETEXT_CLAIM", "KOR", "asserted") in ev


def test_promising_a_nuclear_response_to_provocation_is_no_claim(analyzer):
    ev = events(analyzer, "КНДР пообещала ответить на любую провокацию ядерным ударом.")
    assert ("THREAT", "PRK", "asserted") in ev
    assert not any(k[0] == "PRETEXT_CLAIM" for k in ev)


def test_walk_back_and_peaceful_programme_are_denials(analyzer):
    ev = events(analyzer, "Японский министр отказался от своих слов о ядерном вооружении страны.")
    assert ("DENIAL", "JPN", "asserted") in ev
    ev = events(analyzer, "Тегеран настаивает, что его ядерная программа носит мирный характер.")
    assert ("DENIAL", "IRN", "asserted") in ev
    ev = events(analyzer, "Сеул не намерен обзаводиться собственным ядерным оружием, заявил президент Южной Кореи.")
    assert ("DENIAL", "KOR", "asserted") in ev


def test_protest_regret_sharp_reaction_and_price_are_warnings(analyzer):
    ev = events(analyzer, "Пекин резко отреагировал на планы Канберры закупить подлодки с ядерными ракетами.")
    assert ("WARNING", "CHN", "asserted") in ev
    ev = events(analyzer, "Германия выразила протест против размещения российских ядерных ракет в Калининграде.")
    assert ("WARNING", "DEU", "asserted") in ev
    ev = events(analyzer, "Ядерная программа Ирана представляет угрозу для всего Ближнего Востока, считают в Израиле.")
    assert ("WARNING", "ISR", "asserted") in ev


def test_defcon_is_nuclear_readiness(analyzer):
    ev = events(analyzer, "Пентагон перевёл войска на уровень DEFCON 2.")
    assert ("ALERT_CHANGE", "USA", "asserted") in ev


def test_submarine_with_ballistic_missiles_and_patrol(analyzer):
    ev = events(analyzer, "Британская подлодка с баллистическими ракетами Trident зашла в Гибралтар.")
    assert ("DEPLOYMENT", "GBR", "asserted") in ev
    ev = events(analyzer, "Российский ракетный крейсер с ядерным оружием вышел на боевую службу в Атлантику.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev


def test_navy_ship_prefix_names_its_state(analyzer):
    ev = events(analyzer, "Подводная лодка с баллистическими ракетами Trident USS Tennessee прибыла в Гибралтар.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_fronted_signs_of_preparation_then_net_negate_it(analyzer):
    ev = events(analyzer, "Признаков приготовлений Москвы к ядерному удару, по словам Кирби, нет.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_test_of_relations_is_no_weapon_test(analyzer):
    ev = events(analyzer, "Ядерная сделка стала испытанием на прочность для союза Вашингтона и Сеула.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)
    ev = events(analyzer, "Китай испытал разочарование, узнав о ядерной сделке Австралии.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_probability_that_a_state_uses_is_hypothetical(analyzer):
    ev = events(analyzer, "Шансы того, что Китай применит ядерное оружие против Тайваня, эксперты оценивают как малые.")
    assert ("NUCLEAR_USE", "CHN", "hypothetical") in ev
    assert ("THREAT", "CHN", "asserted") not in ev


def test_plutonium_agreement_safeguards_and_a_veto(analyzer):
    ev = events(analyzer, "Совет Федерации одобрил денонсацию соглашения с США об обращении с плутонием.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    ev = events(analyzer, "Эр-Рияд подписал с МАГАТЭ соглашение о всеобъемлющих гарантиях, как того требует ДНЯО.")
    assert ("ARMS_CONTROL", "SAU", "asserted") in ev
    ev = events(analyzer, "Китай наложил вето на резолюцию о ядерной программе КНДР.")
    assert ("ARMS_CONTROL", "CHN", "asserted") in ev


def test_a_ban_on_import_negates_the_import(analyzer):
    ev = events(analyzer, "В Швеции действует запрет на ввоз ядерного оружия в мирное время.")
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_nuclear_power_status_and_silos_are_capability(analyzer):
    ev = events(analyzer, "Северная Корея стала девятой ядерной державой мира.")
    assert ("CAPABILITY", "PRK", "asserted") in ev
    ev = events(analyzer, "Китай возводит новые шахты для межконтинентальных баллистических ракет.")
    assert ("CAPABILITY", "CHN", "asserted") in ev


def test_pla_is_china(analyzer):
    ev = events(analyzer, "НОАК провела учения ядерных сил в Тихом океане.")
    assert ("EXERCISE", "CHN", "asserted") in ev


# --- blind3 round: general forms of what those texts missed (original sentences) ---

def test_deliberation_needs_a_weapon_object_in_its_clause(analyzer):
    ev = events(analyzer, "Правительство не рассматривает возможность обладания ядерным оружием, а его использование союзниками считает недопустимым.")
    assert not any(k[0] == "DELIBERATION" for k in ev)
    text = ("Для охлаждения реакторов АЭС планируется использовать речную воду. "
            "Страна входит в зону, свободную от ядерного оружия.")
    assert not any(k[0] == "DELIBERATION" for k in events(analyzer, text))


def test_treaty_exit_not_on_the_table_across_an_aside(analyzer):
    ev = events(analyzer, "Выход из ДНЯО, как заявил министр Ирана Аракчи, не обсуждается.")
    assert ("ARMS_CONTROL", "IRN", "negated") in ev
    assert ("ARMS_CONTROL", "IRN", "asserted") not in ev


def test_striving_for_the_bomb_by_stealth_is_a_claim(analyzer):
    ev = events(analyzer, "Пхеньян осудил стремление Сеула исподволь обзавестись ядерным оружием.")
    assert ("PRETEXT_CLAIM", "PRK", "asserted") in ev


def test_use_on_aggression_is_asserted_doctrine(analyzer):
    ev = events(analyzer, "Пакистан применит ядерное оружие только в случае агрессии против него.")
    assert ("DOCTRINE", "PAK", "asserted") in ev
    assert ("DOCTRINE", "PAK", "hypothetical") not in ev


def test_doctrine_of_deterrence_in_a_weapons_story(analyzer):
    ev = events(analyzer, "О ядерном арсенале Израиля официально не говорят. Тель-Авив опирается на доктрину сдерживания неопределённостью.")
    assert ("DOCTRINE", "ISR", "asserted") in ev


def test_strategic_arms_and_rising_tension_are_warning_matter(analyzer):
    ev = events(analyzer, "Пекин выразил обеспокоенность наращиванием американских стратегических вооружений в Азии.")
    assert ("WARNING", "CHN", "asserted") in ev
    ev = events(analyzer, "Песков заявил, что появление американских ядерных ракет в Германии ведёт к нагнетанию напряжённости.")
    assert ("WARNING", "RUS", "asserted") in ev


def test_a_place_on_the_target_list_is_a_threat_whatever_the_condition(analyzer):
    ev = events(analyzer, "В случае появления ядерного оружия Польша автоматически попадёт в число целей "
                          "российских ядерных сил, написал Медведев.")
    assert ("THREAT", "RUS", "asserted") in ev
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_attributive_participle_describes_no_deployment(analyzer):
    ev = events(analyzer, "Москва сохраняет контроль над размещённым в Белоруссии ядерным оружием.")
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_intent_denied_with_the_verb_first(analyzer):
    ev = events(analyzer, "Пхеньян заявил, что угрожать соседям ядерным оружием не намерен.")
    assert ("DENIAL", "PRK", "asserted") in ev
    assert ("THREAT", "PRK", "asserted") not in ev


def test_subjunctive_clause_and_permission_are_hypothetical(analyzer):
    ev = events(analyzer, "Сеул предложил схему, при которой на полуострове размещались бы американские ядерные бомбы.")
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)
    ev = events(analyzer, "Поправки позволят размещать ядерное оружие в Норвегии в военное время.")
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_notifying_a_launch_is_de_escalation(analyzer):
    ev = events(analyzer, "Индия заранее оповестила Пакистан о пуске баллистической ракеты с ядерной боеголовкой.")
    assert ("DE_ESCALATION", "IND", "asserted") in ev


def test_a_retained_right_is_asserted_whatever_its_condition(analyzer):
    ev = events(analyzer, "При нападении на союзника Франция оставляет за собой право нанести ядерный удар.")
    assert ("DOCTRINE", "FRA", "asserted") in ev
    assert ("DOCTRINE", "FRA", "hypothetical") not in ev


def test_chief_cabinet_secretary_is_japan(analyzer):
    ev = events(analyzer, "Генсек кабинета министров Хаяси выразил озабоченность ядерными испытаниями КНДР.")
    assert ("WARNING", "JPN", "asserted") in ev


def test_an_estimate_of_an_arsenal_is_not_the_estimators(analyzer):
    ev = events(analyzer, "Разведка Южной Кореи оценивает северокорейский ядерный арсенал в 50 боезарядов.")
    assert ("CAPABILITY", "PRK", "asserted") in ev
    assert ("CAPABILITY", "KOR", "asserted") not in ev


def test_not_intending_to_host_weapons_is_no_denial(analyzer):
    ev = events(analyzer, "Осло не намерено размещать ядерное оружие на своей территории в мирное время.")
    assert not any(k[0] == "DENIAL" for k in ev)
    assert ("DEPLOYMENT", "NOR", "negated") in ev


def test_talks_on_another_topic_are_no_nuclear_contact(analyzer):
    text = ("Медведев вновь пригрозил Киеву ядерным ударом. "
            "Переговоры о прекращении огня тем временем зашли в тупик, сообщил Песков.")
    assert not any(k[0] == "DE_ESCALATION" for k in events(analyzer, text))
    text = ("Медведев вновь пригрозил Киеву ядерным ударом. "
            "Переговоры о контроле над вооружениями возобновятся в Женеве, сообщил Рябков.")
    assert ("DE_ESCALATION", "RUS", "asserted") in events(analyzer, text)


def test_target_lists_for_strikes_are_deliberation(analyzer):
    ev = events(analyzer, "Британские штабисты составили перечень объектов для ядерных ударов на случай войны.")
    assert ("DELIBERATION", "GBR", "asserted") in ev


# -- session 5: forms found missing on fresh text -------------------------------------------------

def test_a_missile_that_manoeuvres_is_no_exercise(analyzer):
    ev = events(analyzer, "Российский ядерный блок «Авангард» способен маневрировать в атмосфере, заявили военные.")
    assert not any(k[0] == "EXERCISE" for k in ev)
    ev = events(analyzer, "Россия начала манёвры с нестратегическим ядерным оружием.")
    assert ("EXERCISE", "RUS", "asserted") in ev


def test_trial_combat_duty_is_a_deployment(analyzer):
    ev = events(analyzer, "Российский полк с ядерными ракетами «Ярс» заступил на опытно-боевое дежурство.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev


def test_sea_based_is_a_type_not_a_move(analyzer):
    ev = events(analyzer, "Пентагон отказался от крылатой ракеты морского базирования с ядерной боевой частью.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_no_indication_na_to_chto_negates(analyzer):
    ev = events(analyzer, "В Пентагоне заявили, что нет указаний на то, что Россия готовится применить ядерное оружие.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_fronted_signs_negated_by_ne_fiksiruet(analyzer):
    ev = events(analyzer, "Признаков подготовки России к ядерному удару разведка пока не фиксирует.")
    assert not any(k[0] == "PREPARATION" and k[2] == "asserted" for k in ev)
    assert any(k[0] == "PREPARATION" and k[2] == "negated" for k in ev)


def test_monstrous_consequences_are_a_warning(analyzer):
    ev = events(analyzer, "Песков назвал призывы к ядерному удару шагом с чудовищными последствиями.")
    assert ("WARNING", "RUS", "asserted") in ev


def test_words_said_to_be_distorted_are_a_denial(analyzer):
    text = "Министр упомянул ядерное оружие. В Киеве заявили, что слова министра исказили."
    assert ("DENIAL", "UKR", "asserted") in events(analyzer, text)


def test_end_of_a_regime_is_a_threat_not_an_alert(analyzer):
    ev = events(analyzer, "Ядерная атака Пхеньяна приведёт к концу его режима, предупредил Остин.")
    assert not any(k[0] == "ALERT_CHANGE" for k in ev)
    assert ("THREAT", "USA", "asserted") in ev


def test_keeping_treaty_limits_is_de_escalation_a_call_to_keep_them_is_not(analyzer):
    ev = events(analyzer, "Ядерная угроза растёт. Рябков заявил, что Москва будет строго соблюдать предельные уровни ДСНВ.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev
    ev = events(analyzer, "Столтенберг призвал Москву соблюдать обязательства по ядерным договорам.")
    assert ("DE_ESCALATION", "NATO", "asserted") not in ev


def test_not_the_first_to_deploy_is_de_escalation(analyzer):
    ev = events(analyzer, "Россия не станет первой размещать ракеты средней и меньшей дальности в Азии, сказал Лавров.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev


def test_commitments_kept_later_in_a_nuclear_story(analyzer):
    text = ("Ядерные державы встретились в Женеве. Переговоры продлились два дня. Погода была тёплой. "
            "Пекин от своих обязательств по договору отступать не намерен.")
    assert ("DE_ESCALATION", "CHN", "asserted") in events(analyzer, text)


def test_all_means_including_nuclear_in_that_case(analyzer):
    ev = events(analyzer, "Шаманов пояснил, что в таком случае будут задействованы все средства, включая ядерные.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_subjunctive_consequence_is_hypothetical(analyzer):
    text = "Ядерные испытания запрещены ДВЗЯИ. «Такой взрыв стал бы нарушением договора», — сказал Кирби."
    ev = events(analyzer, text)
    assert any(k[0] == "ARMS_CONTROL" and k[2] == "hypothetical" for k in ev)
    assert not any(k[0] == "ARMS_CONTROL" and k[2] == "asserted" for k in ev)


def test_decision_making_centres_as_targets(analyzer):
    text = ("Россия наращивает ядерный арсенал. Новые ракеты могут быть применены "
            "в отношении территорий, где находятся центры принятия решений, добавил он.")
    assert any(k[0] == "THREAT" and k[1] == "RUS" for k in events(analyzer, text))


def test_world_close_to_the_brink_is_a_warning(analyzer):
    text = "Ядерные арсеналы растут. Макрон заявил, что мир вплотную подошёл к краю пропасти."
    assert ("WARNING", "FRA", "asserted") in events(analyzer, text)


def test_fraught_with_escalation_is_a_warning(analyzer):
    ev = events(analyzer, "Макрон заявил, что размещение ядерного оружия в Белоруссии чревато непредсказуемыми событиями.")
    assert ("WARNING", "FRA", "asserted") in ev


def test_they_will_regret_it_is_a_threat(analyzer):
    ev = events(analyzer, "Ядерный удар по России не останется без ответа: в Лондоне горько пожалеют, заявил Медведев.")
    assert any(k[0] == "THREAT" and k[1] == "RUS" for k in ev)


def test_a_step_towards_is_de_escalation(analyzer):
    text = "Ядерная угроза растёт. Вашингтон сделал шаг навстречу Москве."
    assert ("DE_ESCALATION", "USA", "asserted") in events(analyzer, text)


def test_deliberation_on_putting_weapons_into_play(analyzer):
    ev = events(analyzer, "Российские генералы обсуждали, когда пустить в ход ядерное оружие.")
    assert ("DELIBERATION", "RUS", "asserted") in ev
    ev = events(analyzer, "Пакистанское руководство подумывало о применении ядерного оружия против Индии.")
    assert ("DELIBERATION", "PAK", "asserted") in ev


def test_implied_threat_with_the_weapon_named_first(analyzer):
    ev = events(analyzer, "Лидер КНДР дал понять, что ядерный арсенал страны может быть пущен в ход не только для обороны.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_one_mistake_away_is_a_warning(analyzer):
    ev = events(analyzer, "Генсек ООН заявил, что от ядерной войны мир отделяет одна ошибка.")
    assert ("WARNING", "UN", "asserted") in ev


def test_no_need_ever_arose_is_a_denial(analyzer):
    ev = events(analyzer, "Необходимости применять ядерное оружие у России нет, заявил Песков.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_no_sign_of_practical_steps(analyzer):
    text = "В Пентагоне не видят признаков того, что Россия приступила к конкретным шагам для применения ядерного оружия."
    assert ("PREPARATION", "RUS", "negated") in events(analyzer, text)


def test_deterrent_forces_without_the_word_nuclear(analyzer):
    ev = events(analyzer, "Президент России приказал перевести силы сдерживания в особый режим несения дежурства.")
    assert ("ALERT_CHANGE", "RUS", "asserted") in ev


def test_missile_flight_is_a_test_but_launchers_are_not(analyzer):
    ev = events(analyzer, "Российская крылатая ракета «Буревестник» с ядерной установкой пробыла в воздухе десять часов.")
    assert ("WEAPON_TEST", "RUS", "asserted") in ev
    ev = events(analyzer, "В среду пусковые установки российских ракет «Ярс» были выведены на маршруты боевого патрулирования.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_distancing_from_a_call_to_strike(analyzer):
    ev = events(analyzer, "Пресс-секретарь Кремля дистанцировался от слов депутата о ядерном ударе по Лондону.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev


def test_submarines_moved_forward(analyzer):
    ev = events(analyzer, "Президент США приказал выдвинуть две атомные подводные лодки в соответствующие районы.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_explosion_near_a_test_story_and_the_test_site(analyzer):
    text = "КНДР готовит седьмое ядерное испытание. Разведка Сеула считает, что Пхеньян может провести взрыв в любой момент."
    assert ("WEAPON_TEST", "PRK", "hypothetical") in events(analyzer, text)
    ev = events(analyzer, "Снимки фиксируют новые работы в штольне на полигоне Пунгери, где готовят ядерное испытание.")
    assert any(k[0] == "WEAPON_TEST" and k[1] == "PRK" for k in ev)


def test_returning_to_a_treaty_is_not_a_deployment(analyzer):
    ev = events(analyzer, "Британский премьер призвал Пекин вернуться к соблюдению Договора о нераспространении ядерного оружия.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_withdrawal_notice_is_not_a_contact(analyzer):
    text = "Выход США из Договора о ракетах средней и меньшей дальности стал фактом: истёк срок с момента уведомления."
    assert not any(k[0] == "DE_ESCALATION" for k in events(analyzer, text))
