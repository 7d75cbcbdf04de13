"""French pack: small, general behaviours (vocabulary, negation, modality, hedging, dates, distractors)."""

from tests.analyze.langtest import events, pack_analyzer

analyzer = pack_analyzer("fr")


def test_no_indication_negates_preparation(analyzer):
    ev = events(analyzer, "Les services occidentaux n'ont relevé aucun indice que Moscou se prépare à employer l'arme nucléaire.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] == "PREPARATION" and k[2] == "asserted" for k in ev)


def test_hypothetical_use_with_recourir(analyzer):
    ev = events(analyzer, "Selon des analystes, la Russie pourrait recourir à l'arme nucléaire tactique.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_deliberation_is_hedged_and_dated(analyzer):
    ev = events(analyzer, "Mardi, des généraux russes auraient discuté de l'emploi d'armes nucléaires tactiques.")
    e = ev[("DELIBERATION", "RUS", "asserted")]
    assert e.hedged
    assert e.date == "2024-05-07"


def test_journalistic_conditional_hedges_capability(analyzer):
    ev = events(analyzer, "Le Pakistan disposerait d'environ 170 têtes nucléaires.")
    e = ev[("CAPABILITY", "PAK", "asserted")]
    assert e.hedged
    assert e.quantity is not None and e.quantity.value == 170 and e.quantity.approx


def test_conditional_in_reported_speech_is_not_a_hedge(analyzer):
    ev = events(analyzer, "Washington a prévenu qu'une frappe nucléaire entraînerait une riposte dévastatrice.")
    e = ev[("WARNING", "USA", "asserted")]
    assert not e.hedged


def test_unchanged_posture_is_negated(analyzer):
    ev = events(analyzer, "La posture de dissuasion britannique n'a pas été modifiée, a assuré Londres.")
    assert ("ALERT_CHANGE", "GBR", "negated") in ev
    assert ("ALERT_CHANGE", "GBR", "asserted") not in ev


def test_no_first_use_is_doctrine_not_use(analyzer):
    ev = events(analyzer, "New Delhi a réaffirmé sa politique de non-emploi en premier de l'arme nucléaire.")
    assert ("DOCTRINE", "IND", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_test_site_preparations_are_a_test_not_a_preparation(analyzer):
    ev = events(analyzer, "Pyongyang aurait achevé les préparatifs d'un nouvel essai nucléaire.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_opposing_threats_is_a_warning_not_a_threat(analyzer):
    ev = events(analyzer, "Le Japon et l'Allemagne ont rappelé leur opposition à toute menace d'emploi de l'arme nucléaire.")
    assert ("WARNING", "JPN", "asserted") in ev
    assert not any(k[0] in ("THREAT", "NUCLEAR_USE") for k in ev)


def test_reported_denial_of_intent(analyzer):
    text = ("Téhéran est accusé de vouloir la bombe atomique. "
            "Le ministre iranien des Affaires étrangères a répété que son pays n'en avait pas l'intention.")
    assert ("DENIAL", "IRN", "asserted") in events(analyzer, text)


def test_civil_nuclear_distractor_yields_nothing(analyzer):
    text = ("La centrale nucléaire de Gravelines a redémarré jeudi après un arrêt pour maintenance. "
            "Les essais de la nouvelle turbine se sont bien déroulés, a indiqué EDF, qui envisage la construction "
            "de deux réacteurs supplémentaires. Les associations s'inquiètent du coût du projet.")
    assert events(analyzer, text) == {}


def test_threatened_treaty_exit_is_hypothetical(analyzer):
    ev = events(analyzer, "Téhéran a menacé de se retirer du Traité de non-prolifération.")
    assert ("ARMS_CONTROL", "IRN", "hypothetical") in ev
    assert ("ARMS_CONTROL", "IRN", "asserted") not in ev


def test_getting_ready_for_a_test_is_a_test(analyzer):
    ev = events(analyzer, "Selon des sources militaires, la Russie se préparerait à un essai nucléaire dans l'Arctique.")
    assert ("WEAPON_TEST", "RUS", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_deployed_warheads_as_a_treaty_category_are_not_a_deployment(analyzer):
    ev = events(analyzer, "Le traité limite chaque partie à 1 550 ogives stratégiques déployées et 700 lanceurs déployés.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_restrictive_ne_que_is_not_a_negation(analyzer):
    ev = events(analyzer, "Le Pakistan n'emploierait l'arme nucléaire qu'en dernier recours, face à une invasion.")
    e = ev[("NUCLEAR_USE", "PAK", "hypothetical")]
    assert not e.hedged  # a conditional use verb is a hypothesis, not an unconfirmed report
    assert not any(k[2] == "negated" for k in ev)


def test_future_of_the_use_verb_is_hypothetical(analyzer):
    ev = events(analyzer, "Le Kremlin recourra à l'arme nucléaire si l'existence de l'État est menacée, a répété Medvedev.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_any_strike_is_hypothetical(analyzer):
    ev = events(analyzer, "Pour Séoul, toute attaque nucléaire nord-coréenne signerait la fin du régime.")
    assert ("NUCLEAR_USE", "PRK", "hypothetical") in ev


def test_what_a_doctrine_allows_is_hypothetical(analyzer):
    text = ("Le décret signé par Poutine, qui autorise désormais le recours à l'arme nucléaire contre un État "
            "non doté, a été publié mardi.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in events(analyzer, text)


def test_denial_verb_in_the_imperfect_drops_what_it_denies(analyzer):
    ev = events(analyzer, "Le ministre a répété que Téhéran ne cherchait pas à fabriquer la bombe atomique.")
    assert ("DENIAL", "IRN", "asserted") in ev
    assert not any(k[0] == "PRETEXT_CLAIM" for k in ev)


def test_cancelled_or_ruled_out_moves_are_negated(analyzer):
    ev = events(analyzer, "Washington a annulé jeudi le tir d'essai d'un missile Minuteman prévu en Californie.")
    assert ("WEAPON_TEST", "USA", "negated") in ev
    assert ("WEAPON_TEST", "USA", "asserted") not in ev
    ev = events(analyzer, "Paris exclut de déployer des armes nucléaires en Allemagne.")
    assert ("DEPLOYMENT", "FRA", "negated") in ev


def test_nothing_suggests_preparation_and_no_separate_use(analyzer):
    ev = events(analyzer, "Les services secrets ne voient rien qui laisse penser que Moscou se prépare à une frappe nucléaire.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_getting_ready_to_use_is_a_preparation(analyzer):
    ev = events(analyzer, "Rien n'indique que l'armée russe s'apprête à recourir à des armes nucléaires tactiques, selon Kiev.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)
    ev = events(analyzer, "La Russie s'apprête à tester un missile Sarmat.")
    assert ("WEAPON_TEST", "RUS", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_stored_weapons_and_port_calls_are_deployments(analyzer):
    assert ("DEPLOYMENT", "GBR", "asserted") in events(
        analyzer, "Un sous-marin nucléaire lanceur d'engins britannique a fait escale à Gibraltar.")
    ev = events(analyzer, "Une cinquantaine de bombes B61 seraient entreposées en Turquie.")
    e = ev[("DEPLOYMENT", "USA", "asserted")]  # a named system names its owner, not the host
    assert e.hedged


def test_missile_launches_are_tests(analyzer):
    ev = events(analyzer, "La Corée du Nord a lancé mardi un missile Hwasong-18 qui s'est abîmé en mer.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    text = ("Pyongyang dit disposer de charges nucléaires tactiques. "
            "Mardi, le régime a tiré deux missiles balistiques en direction de la mer.")
    assert ("WEAPON_TEST", "PRK", "asserted") in events(analyzer, text)


def test_road_launchers_on_parade_are_not_a_launch(analyzer):
    ev = events(analyzer, "Des missiles nucléaires sur lanceurs mobiles ont défilé devant le président chinois.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_warhead_trucks_and_raised_alert(analyzer):
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") in events(
        analyzer, "Des camions transportant des ogives nucléaires ont été repérés près d'un dépôt russe.")
    assert ("ALERT_CHANGE", "CHN", "asserted") in events(
        analyzer, "Le président chinois a ordonné de relever le niveau d'alerte des forces nucléaires.")


def test_bomber_patrol_is_an_exercise_and_atomique_is_nuclear(analyzer):
    assert ("EXERCISE", "RUS", "asserted") in events(
        analyzer, "Des bombardiers stratégiques russes ont effectué une patrouille au-dessus de la Baltique.")
    assert ("THREAT", "RUS", "asserted") in events(analyzer, "Moscou a de nouveau agité le spectre d'une frappe atomique.")


def test_expletive_ne_after_fear_is_not_a_negation(analyzer):
    ev = events(analyzer, "Les experts craignent que Pékin ne déploie de nouveaux missiles nucléaires.")
    assert ("DEPLOYMENT", "CHN", "hypothetical") in ev
    assert not any(k[2] == "negated" for k in ev)


def test_vows_and_stated_readiness_are_threats(analyzer):
    assert ("THREAT", "PRK", "asserted") in events(
        analyzer, "Le dirigeant nord-coréen a promis une riposte nucléaire à toute agression américaine.")
    assert ("THREAT", "RUS", "asserted") in events(
        analyzer, "Le Kremlin s'est dit prêt à utiliser l'arme nucléaire pour défendre la Crimée.")
    ev = events(analyzer, "La Chine est-elle prête à utiliser l'arme nucléaire contre Taïwan ?")
    assert not any(k[0] == "THREAT" for k in ev)


def test_extended_deterrence_is_doctrine(analyzer):
    ev = events(analyzer, "Washington a réaffirmé sa dissuasion élargie au Japon lors d'une visite à Tokyo.")
    assert ("DOCTRINE", "USA", "asserted") in ev


def test_planning_nuclear_operations_is_deliberation(analyzer):
    text = ("Séoul s'inquiète de l'arsenal nucléaire du Nord. Les états-majors américain et sud-coréen ont "
            "discuté mardi de la planification d'opérations nucléaires conjointes.")
    ev = events(analyzer, text)
    assert ("DELIBERATION", "USA", "asserted") in ev and ("DELIBERATION", "KOR", "asserted") in ev


def test_accusation_of_secret_bomb_work_near_nuclear_context(analyzer):
    text = ("L'Iran jure ne pas vouloir l'arme atomique. "
            "Jérusalem l'accuse pourtant de chercher à se doter de la bombe en cachette.")
    assert ("PRETEXT_CLAIM", "ISR", "asserted") in events(analyzer, text)


def test_propaganda_and_peaceful_purposes_are_denials(analyzer):
    ev = events(analyzer, "Moscou a qualifié de pure propagande les informations sur un déploiement d'armes nucléaires dans l'espace.")
    assert ("DENIAL", "RUS", "asserted") in ev
    assert ("DEPLOYMENT", "RUS", "asserted") not in ev
    text = "L'Iran est soupçonné de vouloir l'arme atomique. Téhéran répète que ses activités sont purement pacifiques."
    assert ("DENIAL", "IRN", "asserted") in events(analyzer, text)


def test_worry_expressed_judged_or_called_restraint_is_a_warning(analyzer):
    text = "Pyongyang a procédé à un essai nucléaire. Le ministre japonais a jugé la situation très inquiétante."
    assert ("WARNING", "JPN", "asserted") in events(analyzer, text)
    assert ("WARNING", "DEU", "asserted") in events(
        analyzer, "Berlin a exprimé sa vive préoccupation face au déploiement d'armes nucléaires en Biélorussie.")
    assert ("WARNING", "UN", "asserted") in events(
        analyzer, "Le secrétaire général de l'ONU a appelé les puissances nucléaires à la retenue.")


def test_postponed_test_and_agreement_are_de_escalation(analyzer):
    ev = events(analyzer, "Washington a reporté un tir d'essai de missile intercontinental pour éviter tout malentendu avec Moscou.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev
    assert ("WEAPON_TEST", "USA", "negated") in ev
    text = "L'Iran a suspendu l'application du TNP. Dimanche, Téhéran et l'AIEA sont parvenus à un compromis sur les inspections."
    ev = events(analyzer, text)
    assert any(k[0] == "DE_ESCALATION" and k[1] in ("IRN", "IAEA") for k in ev)


def test_present_tense_speech_verb_after_a_quote_names_the_speaker(analyzer):
    text = ("« Ce déploiement d'armes nucléaires si près de nos frontières serait une provocation dangereuse », "
            "souligne le porte-parole du Kremlin.")
    ev = events(analyzer, text)
    assert ("WARNING", "RUS", "asserted") in ev  # "si près": "so close", not "if"
    assert ("WARNING", "RUS", "hypothetical") not in ev


def test_unverified_reports_are_hedged(analyzer):
    ev = events(analyzer, "À en croire la presse israélienne, l'Iran dispose déjà de quelques bombes atomiques.")
    assert ev[("CAPABILITY", "IRN", "asserted")].hedged
    ev = events(analyzer, "Israël possède une centaine d'ogives, selon des estimations non vérifiées.")
    assert ev[("CAPABILITY", "ISR", "asserted")].hedged


def test_next_week_and_a_season_year_are_dates(analyzer):
    ev = events(analyzer, "La Russie testera la semaine prochaine un missile Sarmat, a annoncé le ministère.")
    assert ev[("WEAPON_TEST", "RUS", "asserted")].date == "2024-05"
    ev = events(analyzer, "Au printemps 2023, la Russie a installé ses premières armes nucléaires tactiques au Bélarus.")
    assert ev[("DEPLOYMENT", "RUS", "asserted")].date == "2023"


def test_hosting_weapons_is_a_deployment(analyzer):
    ev = events(analyzer, "Minsk a accueilli au printemps les premières armes nucléaires russes.")
    assert any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_at_least_is_approximate(analyzer):
    ev = events(analyzer, "La Chine compte au moins 500 ogives nucléaires.")
    q = ev[("CAPABILITY", "CHN", "asserted")].quantity
    assert q.value == 500 and q.approx


def test_role_with_genitive_is_the_subject(analyzer):
    ev = events(analyzer, "Le porte-parole du Kremlin a condamné la rhétorique nucléaire de l'Otan.")
    assert ("WARNING", "RUS", "asserted") in ev
    ev = events(analyzer, "Les ministres des Affaires étrangères du G7 ont condamné la rhétorique nucléaire de la Russie.")
    assert ("WARNING", "G7", "asserted") in ev


def test_russian_security_council_is_not_the_un(analyzer):
    ev = events(analyzer, "Le secrétaire du Conseil de sécurité de Russie a dénoncé la menace nucléaire occidentale.")
    assert not any(k[1] == "UN" for k in ev)


def test_nuclear_response_evoked_and_readiness_ordered_are_threats(analyzer):
    text = ("Le Kremlin a averti que toute livraison de missiles à longue portée à Kiev ferait de l'Otan une partie "
            "au conflit, évoquant une réponse nucléaire.")
    ev = events(analyzer, text)
    assert ("THREAT", "RUS", "asserted") in ev
    assert not any(k[0] == "DEPLOYMENT" for k in ev)  # conventional missiles for Kyiv
    assert ("THREAT", "PRK", "asserted") in events(
        analyzer, "Kim Jong-un a ordonné à ses forces de se tenir prêtes à une frappe nucléaire préventive.")


def test_test_ban_treaty_name_is_not_a_test(analyzer):
    ev = events(analyzer, "La Russie a retiré sa ratification du traité d'interdiction complète des essais nucléaires.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_treaty_data_exchange_is_arms_control(analyzer):
    ev = events(analyzer, "Washington et Moscou ont échangé des données sur leurs arsenaux stratégiques, comme le prévoit New START.")
    assert ("ARMS_CONTROL", "USA", "asserted") in ev


def test_armageddon_risk_warning_received_missiles_and_stockpile_cap(analyzer):
    ev = events(analyzer, "Joe Biden a estimé que le risque d'« Armageddon » nucléaire n'avait jamais été aussi élevé.")
    assert ("WARNING", "USA", "asserted") in ev
    assert ("DEPLOYMENT", "BLR", "asserted") in events(
        analyzer, "La Biélorussie a reçu des missiles Iskander capables de porter des charges nucléaires.")
    assert ("CAPABILITY", "GBR", "asserted") in events(
        analyzer, "Le Royaume-Uni va porter le plafond de son stock d'ogives à 260, a annoncé Londres.")


def test_radioactive_ashes_threat_passes_triage(analyzer):
    ev = events(analyzer, "Moscou a menacé vendredi de transformer Londres en « cendres radioactives ».")
    assert ("THREAT", "RUS", "asserted") in ev


def test_will_not_hesitate_is_an_asserted_threat(analyzer):
    text = "La Russie n'hésitera pas à employer tous les moyens à sa disposition, y compris nucléaires, a prévenu le président russe."
    ev = events(analyzer, text)
    assert ("THREAT", "RUS", "asserted") in ev
    assert ("THREAT", "RUS", "negated") not in ev
    assert ("DEPLOYMENT", "BLR", "negated") in events(analyzer, "Minsk ne déploiera pas d'armes nucléaires sur son sol.")


def test_no_first_use_drops_the_use_and_jamais_is_no_participle(analyzer):
    ev = events(analyzer, "Pékin a réaffirmé qu'il ne serait jamais le premier à utiliser l'arme nucléaire.")
    e = ev[("DOCTRINE", "CHN", "asserted")]
    assert not e.hedged
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_crossing_the_nuclear_threshold_is_use(analyzer):
    ev = events(analyzer, "Les services de renseignement britanniques estiment que la Russie pourrait franchir le seuil nucléaire.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_north_atlantic_council_and_treaty_limits(analyzer):
    ev = events(analyzer, "Le Conseil de l'Atlantique Nord a jugé « inacceptable » la rhétorique nucléaire de Moscou.")
    assert ("WARNING", "NATO", "asserted") in ev
    ev = events(analyzer, "Téhéran enrichit désormais l'uranium bien au-delà des limites fixées par le JCPOA.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_test_site_names_its_state(analyzer):
    ev = events(analyzer, "Selon des images satellite, des travaux ont repris sur le site d'essais de Nouvelle-Zemble.")
    assert ("WEAPON_TEST", "RUS", "asserted") in ev


def test_no_sign_of_nuclear_preparations(analyzer):
    text = ("Un responsable américain, s'exprimant sous couvert d'anonymat, a indiqué que Washington n'avait détecté "
            "aucun signe de préparatifs nucléaires russes.")
    assert ("PREPARATION", "RUS", "negated") in events(analyzer, text)


def test_able_to_launch_is_not_a_launch(analyzer):
    ev = events(analyzer, "Pyongyang a dévoilé un nouveau sous-marin capable de lancer des missiles nucléaires tactiques.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_bomber_patrols_of_two_states_and_flaunted_nuclear_might(analyzer):
    ev = events(analyzer, "La Russie et la Chine ont mené des patrouilles conjointes de bombardiers stratégiques au-dessus de la mer.")
    assert ("EXERCISE", "RUS", "asserted") in ev and ("EXERCISE", "CHN", "asserted") in ev
    assert ("THREAT", "RUS", "asserted") in events(
        analyzer, "Le Kremlin a rappelé sa puissance nucléaire après les propos du président français.")


def test_false_flag_and_alarm_bell(analyzer):
    ev = events(analyzer, "Selon Kiev, Moscou prépare une opération sous faux drapeau impliquant une bombe sale.")
    assert any(k[0] == "PRETEXT_CLAIM" for k in ev)
    ev = events(analyzer, "Le secrétaire général de l'ONU a tiré la sonnette d'alarme sur le risque de guerre nucléaire.")
    assert ("WARNING", "UN", "asserted") in ev


def test_unlikely_use_is_hypothetical(analyzer):
    ev = events(analyzer, "Les analystes jugent improbable que la Russie largue une bombe atomique sur l'Ukraine.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_withdrawn_threat_is_de_escalation_not_a_threat(analyzer):
    ev = events(analyzer, "Le Kremlin a renoncé à ses menaces nucléaires après l'appel de Xi Jinping.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev
    assert not any(k[0] == "THREAT" for k in ev)


def test_back_into_a_deal_and_ending_a_moratorium_are_arms_control(analyzer):
    ev = events(analyzer, "Washington pourrait revenir dans l'accord sur le nucléaire iranien.")
    assert ("ARMS_CONTROL", "USA", "hypothetical") in ev
    ev = events(analyzer, "La Russie pourrait rompre le moratoire sur les essais nucléaires, a averti un diplomate.")
    assert ("ARMS_CONTROL", "RUS", "hypothetical") in ev


def test_the_nuclear_threat_as_a_topic_is_not_a_threat(analyzer):
    ev = events(analyzer, "Le Japon s'inquiète de la menace nucléaire chinoise.")
    assert ("WARNING", "JPN", "asserted") in ev
    assert not any(k[0] == "THREAT" for k in ev)
    assert ("THREAT", "RUS", "asserted") in events(analyzer, "Moscou menace d'une riposte nucléaire.")
    assert ("THREAT", "RUS", "asserted") in events(analyzer, "Medvedev a multiplié les menaces nucléaires contre l'Occident.")


def test_someone_elses_threats_named_are_not_the_subjects_threat(analyzer):
    ev = events(analyzer, "Séoul a dénoncé les menaces de Pyongyang après le tir d'un missile Hwasong.")
    assert ("WARNING", "KOR", "asserted") in ev
    assert ("THREAT", "KOR", "asserted") not in ev
    assert ("THREAT", "RUS", "asserted") in events(
        analyzer, "Poutine a justifié ses menaces nucléaires par l'attitude de l'Occident.")


# -- generalisation round (blind3): verb families, not sentences -----------------------------------


def test_not_ruling_out_leaves_use_open(analyzer):
    ev = events(analyzer, "Le Kremlin n'exclut pas de frapper l'Europe avec des armes nucléaires tactiques.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev
    assert not any(k[2] == "negated" for k in ev)
    ev = events(analyzer, "Il n'est pas exclu que Pyongyang emploie l'arme atomique, estime Séoul.")
    assert ("NUCLEAR_USE", "PRK", "hypothetical") in ev
    ev = events(analyzer, "Londres exclut à ce stade tout recours à l'arme nucléaire.")
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)  # ruled out: no use, neither possible nor negated


def test_veiled_warnings_calls_to_strike_and_readiness_for_war_are_threats(analyzer):
    assert ("THREAT", "RUS", "asserted") in events(
        analyzer, "Le Kremlin a adressé aux Baltes un avertissement nucléaire à peine voilé.")
    assert ("THREAT", "RUS", "asserted") in events(
        analyzer, "Un animateur de la télévision russe a exhorté à bombarder Varsovie avec des ogives nucléaires.")
    assert ("THREAT", "PRK", "asserted") in events(
        analyzer, "La Corée du Nord se dit prête à une guerre nucléaire totale contre ses ennemis.")
    ev = events(analyzer, "Le pape a appelé à ne jamais utiliser l'arme nucléaire.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_a_nuclear_answer_promised_is_a_threat(analyzer):
    ev = events(analyzer, "L'Iran a prévenu qu'il répondrait par des moyens nucléaires à toute agression israélienne.")
    assert ("THREAT", "IRN", "asserted") in ev


def test_no_first_use_variants_are_doctrine(analyzer):
    ev = events(analyzer, "New Delhi a rappelé son engagement de non-recours en premier à l'arme nucléaire.")
    assert ("DOCTRINE", "IND", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_umbrella_given_and_posture_review_are_doctrine(analyzer):
    ev = events(analyzer, "Islamabad placera Riyad sous son parapluie nucléaire, selon le texte du pacte.")
    assert ("DOCTRINE", "PAK", "asserted") in ev
    ev = events(analyzer, "Le Pentagone a publié sa revue de la posture nucléaire, qui réduit le rôle de l'arme atomique.")
    assert ("DOCTRINE", "USA", "asserted") in ev
    assert not any(k[0] == "ALERT_CHANGE" for k in ev)


def test_working_on_nuclear_plans_is_deliberation(analyzer):
    ev = events(analyzer, "Les stratèges du Pentagone ont planché sur l'emploi d'armes nucléaires contre la Chine.")
    assert ("DELIBERATION", "USA", "asserted") in ev
    ev = events(analyzer, "Lundi, le Pentagone a passé en revue les options nucléaires face à la Corée du Nord.")
    assert ("DELIBERATION", "USA", "asserted") in ev


def test_dirty_bomb_claims_and_clandestine_programmes_are_pretexts(analyzer):
    ev = events(analyzer, "Moscou prétend que les Ukrainiens fabriquent une bombe sale avec l'aide de l'Occident.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev
    ev = events(analyzer, "Washington reproche à Téhéran un programme clandestin visant à fabriquer l'arme atomique.")
    assert ("PRETEXT_CLAIM", "USA", "asserted") in ev
    ev = events(analyzer, "Kiev assure qu'il ne prépare pas de bombe sale, contrairement à ce qu'affirme Moscou.")
    assert not any(k[0] == "PRETEXT_CLAIM" and k[1] == "UKR" for k in ev)


def test_fake_news_and_walk_backs_are_denials(analyzer):
    ev = events(analyzer, "Le Kremlin a qualifié de fake news les informations sur un transfert d'ogives nucléaires.")
    assert ("DENIAL", "RUS", "asserted") in ev
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") not in ev
    text = ("Un conseiller avait évoqué la bombe atomique pour le Japon. "
            "Le gouvernement japonais est revenu sur ces propos dès le lendemain.")
    assert ("DENIAL", "JPN", "asserted") in events(analyzer, text)
    ev = events(analyzer, "Séoul a écarté toute idée de se doter de l'arme nucléaire.")
    assert ("DENIAL", "KOR", "asserted") in ev


def test_worry_in_the_past_fear_and_never_so_close_are_warnings(analyzer):
    ev = events(analyzer, "Berlin s'est inquiété jeudi de la rhétorique nucléaire du Kremlin.")
    assert ("WARNING", "DEU", "asserted") in ev
    ev = events(analyzer, "La France dit redouter une escalade nucléaire en Europe.")
    assert ("WARNING", "FRA", "asserted") in ev
    ev = events(analyzer, "Selon Guterres, l'humanité n'a jamais été aussi proche d'une guerre nucléaire depuis 1962.")
    assert ("WARNING", "UN", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_simulated_raids_and_training_are_exercises(analyzer):
    ev = events(analyzer, "Des Rafale des Forces aériennes stratégiques françaises ont simulé un raid nucléaire jeudi.")
    assert ("EXERCISE", "FRA", "asserted") in ev
    ev = events(analyzer, "Des équipages biélorusses se sont entraînés au maniement des armes nucléaires tactiques.")
    assert ("EXERCISE", "BLR", "asserted") in ev


def test_port_calls_firing_positions_and_return_are_deployments(analyzer):
    ev = events(analyzer, "Un sous-marin nucléaire lanceur d'engins américain a accosté dans le port de Busan.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev
    ev = events(analyzer, "Des lanceurs Iskander russes ont été mis en position de tir près de la frontière, selon Kiev.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev


def test_named_missile_fired_and_launched_drones_are_tests(analyzer):
    ev = events(analyzer, "Un missile Minuteman III américain a été tiré depuis la Californie mercredi.")
    assert ("WEAPON_TEST", "USA", "asserted") in ev
    ev = events(analyzer, "Pyongyang a lancé une torpille sous-marine à capacité nucléaire en mer de l'Est.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev


def test_resumed_talks_are_de_escalation_not_an_offer(analyzer):
    ev = events(analyzer, "Pékin et Washington ont relancé leurs consultations sur les armes nucléaires.")
    assert ("DE_ESCALATION", "CHN", "asserted") in ev or ("DE_ESCALATION", "USA", "asserted") in ev
    ev = events(analyzer, "Moscou se dit prête à reprendre le dialogue sur la stabilité stratégique.")
    assert not any(k[0] == "DE_ESCALATION" for k in ev)


def test_ending_an_agreement_and_no_longer_honouring_a_treaty_are_arms_control(analyzer):
    ev = events(analyzer, "La Russie a mis fin à l'accord sur le plutonium de qualité militaire signé avec Washington.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    ev = events(analyzer, "Moscou ne respecte plus les plafonds du traité New START.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    assert ("ARMS_CONTROL", "RUS", "negated") not in ev
    ev = events(analyzer, "Téhéran a restreint l'accès des inspecteurs de l'AIEA à ses sites nucléaires.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_the_duma_is_russia(analyzer):
    ev = events(analyzer, "La Douma a voté la révocation de la ratification du TICE.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev


def test_an_indirect_object_with_article_is_not_the_subject(analyzer):
    ev = events(analyzer, "Les États-Unis ont fait savoir à la Russie que l'emploi de l'arme nucléaire serait inacceptable.")
    assert ("WARNING", "USA", "asserted") in ev
    assert ("WARNING", "RUS", "asserted") not in ev


def test_launching_drills_is_not_saying(analyzer):
    ev = events(analyzer, "La Russie a lancé des exercices de ses forces nucléaires tactiques près de l'Ukraine.")
    assert ("EXERCISE", "RUS", "asserted") in ev
    assert ("EXERCISE", "UKR", "asserted") not in ev


def test_getting_ready_for_something_else_is_no_preparation(analyzer):
    text = ("La dissuasion est « l'arme atomique » du président, disent ses conseillers. "
            "Le gouvernement s'apprête à présenter son budget mardi.")
    assert not any(k[0] == "PREPARATION" for k in events(analyzer, text))
    ev = events(analyzer, "Kiev affirme que Moscou s'apprête à frapper avec l'arme nucléaire.")
    assert ("PREPARATION", "RUS", "asserted") in ev


def test_threatening_stability_and_a_response_scenario_are_no_threats(analyzer):
    ev = events(analyzer, "Selon Ankara, la prolifération nucléaire dans le Golfe menacerait la paix de la région.")
    assert not any(k[0] == "THREAT" for k in ev)
    ev = events(analyzer, "Les manœuvres de l'Otan comprennent un scénario de riposte nucléaire à une attaque.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_training_launch_is_a_test_and_those_drills_are_not_new(analyzer):
    ev = events(analyzer, "Le Pakistan a effectué un tir d'entraînement d'un missile Ghauri à capacité nucléaire.")
    assert ("WEAPON_TEST", "PAK", "asserted") in ev
    assert not any(k[0] == "EXERCISE" for k in ev)
    text = ("Washington et Séoul ont entamé lundi des manœuvres de dissuasion nucléaire. "
            "Pyongyang a qualifié ces manœuvres de préparatifs d'une guerre nucléaire.")
    assert ("EXERCISE", "PRK", "asserted") not in events(analyzer, text)


def test_a_tabletop_exercise_is_deliberation(analyzer):
    ev = events(analyzer, "Lors d'un exercice sur table, les généraux américains ont étudié comment des armes nucléaires "
                          "seraient employées en Europe.")
    assert ("DELIBERATION", "USA", "asserted") in ev
    assert not any(k[0] == "EXERCISE" for k in ev)


def test_sans_relache_and_sans_hesiter_negate_nothing(analyzer):
    ev = events(analyzer, "Kim Jong-un veut étoffer sans relâche son arsenal nucléaire, a rapporté KCNA.")
    assert ("CAPABILITY", "PRK", "asserted") in ev
    assert not any(k[2] == "negated" for k in ev)


def test_should_have_the_bomb_is_hypothetical(analyzer):
    ev = events(analyzer, "Selon un député, la Corée du Sud devrait posséder l'arme nucléaire.")
    assert ("CAPABILITY", "KOR", "asserted") not in ev


def test_using_nuclear_forces_and_own_use_warned_of(analyzer):
    ev = events(analyzer, "Moscou n'hésiterait pas à faire usage de ses forces nucléaires en cas d'attaque.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev
    ev = events(analyzer, "Le président iranien a prévenu que son pays riposterait avec toute sa puissance, y compris nucléaire.")
    assert ("THREAT", "IRN", "asserted") in ev


def test_commitment_to_defend_with_deterrence_is_doctrine(analyzer):
    ev = events(analyzer, "Londres a réaffirmé son engagement à défendre la Pologne, dissuasion nucléaire comprise.")
    assert ("DOCTRINE", "GBR", "asserted") in ev


def test_secret_nuclear_capacities_are_a_pretext(analyzer):
    ev = events(analyzer, "Pékin accuse Taïwan de développer en secret des capacités nucléaires militaires.")
    assert ("PRETEXT_CLAIM", "CHN", "asserted") in ev


def test_telling_the_neighbour_of_a_launch_is_de_escalation(analyzer):
    ev = events(analyzer, "Pékin avait prévenu Tokyo à l'avance du tir de son missile balistique intercontinental.")
    assert ("DE_ESCALATION", "CHN", "asserted") in ev


def test_unchanged_alert_level_across_an_aside_is_negated(analyzer):
    ev = events(analyzer, "La posture de dissuasion chinoise, elle, n'a pas été modifiée, selon le Pentagone.")
    assert ("ALERT_CHANGE", "CHN", "negated") in ev
    assert ("ALERT_CHANGE", "CHN", "asserted") not in ev


def test_submarine_sorties_are_deployments(analyzer):
    ev = events(analyzer, "La Royal Navy britannique a multiplié les patrouilles de ses sous-marins nucléaires lanceurs d'engins.")
    assert ("DEPLOYMENT", "GBR", "asserted") in ev


def test_must_worry_us_is_a_warning(analyzer):
    ev = events(analyzer, "« La montée de l'arsenal nucléaire de Moscou doit nous inquiéter », a déclaré le ministre suédois.")
    assert ("WARNING", "SWE", "asserted") in ev


def test_the_move_warned_against_is_not_asserted(analyzer):
    ev = events(analyzer, "Tokyo a mis en garde jeudi contre tout déploiement d'armes nucléaires en Corée du Sud.")
    assert ("WARNING", "JPN", "asserted") in ev
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_back_pedalling_is_a_denial(analyzer):
    text = ("Le ministre avait évoqué une frappe nucléaire sur Kiev. "
            "Moscou a rétropédalé dès le lendemain.")
    assert ("DENIAL", "RUS", "asserted") in events(analyzer, text)


def test_on_korean_soil_is_a_place_not_the_owner(analyzer):
    text = ("Un sous-marin lanceur d'engins américain est arrivé à Busan. "
            "Son escale ne signifie pas le retour d'armes nucléaires sur le sol sud-coréen.")
    ev = events(analyzer, text)
    assert ("DEPLOYMENT", "KOR", "asserted") not in ev


def test_evacuation_plans_and_moving_the_weapons_named_before(analyzer):
    ev = events(analyzer, "Le Pentagone étudierait des plans d'évacuation des bombes nucléaires américaines stockées en Turquie.")
    assert ("WARHEAD_MOVEMENT", "USA", "hypothetical") in ev
    text = ("Les bombes nucléaires B61 restent à Büchel. "
            "Washington a assuré qu'aucune décision n'avait été prise de transférer ces armes.")
    assert ("WARHEAD_MOVEMENT", "USA", "negated") in events(analyzer, text)


def test_suspecting_others_of_plotting_near_a_dirty_bomb_is_a_pretext(analyzer):
    text = ("La télévision d'État russe parle à nouveau de bombe sale. "
            "Le Kremlin soupçonne les services ukrainiens de mijoter un coup monté.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in events(analyzer, text)


def test_warning_of_ones_own_use_is_a_threat_not_a_warning(analyzer):
    ev = events(analyzer, "Le président biélorusse a prévenu que son armée emploierait l'arme nucléaire en cas d'invasion.")
    assert ("THREAT", "BLR", "asserted") in ev
    assert ("WARNING", "BLR", "asserted") not in ev


def test_brandishing_the_weapon_and_recalling_nuclear_status_are_threats(analyzer):
    assert ("THREAT", "RUS", "asserted") in events(
        analyzer, "Le Kremlin a de nouveau brandi l'arme nucléaire face aux Occidentaux.")
    assert ("THREAT", "RUS", "asserted") in events(
        analyzer, "Lavrov a rappelé que la Russie restait une grande puissance nucléaire, à l'adresse de Washington.")


def test_french_doctrine_terms(analyzer):
    ev = events(analyzer, "L'Élysée a rappelé l'existence d'un ultime avertissement dans la dissuasion nucléaire française.")
    assert ("DOCTRINE", "FRA", "asserted") in ev


def test_agreeing_and_no_longer_bound_by_a_treaty(analyzer):
    ev = events(analyzer, "Pékin et Washington sont convenus de limiter les risques liés aux armes nucléaires.")
    assert ("DE_ESCALATION", "CHN", "asserted") in ev or ("DE_ESCALATION", "USA", "asserted") in ev
    ev = events(analyzer, "Moscou ne se considère plus liée par le moratoire sur les essais nucléaires.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    assert ("ARMS_CONTROL", "RUS", "negated") not in ev


def test_ignition_moving_closer_and_madness(analyzer):
    assert ("WEAPON_TEST", "PRK", "asserted") in events(
        analyzer, "La Corée du Nord a procédé à la mise à feu d'un moteur de missile intercontinental.")
    assert ("DEPLOYMENT", "RUS", "asserted") in events(
        analyzer, "L'armée russe a rapproché des lanceurs Iskander à capacité nucléaire de la frontière lituanienne.")
    assert ("WARNING", "UN", "asserted") in events(
        analyzer, "Le secrétaire général de l'ONU a qualifié de pure folie la relance de la course aux armes nucléaires.")
    ev = events(analyzer, "Le Kremlin a opposé une fin de non-recevoir aux informations sur des ogives nucléaires en Crimée.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_other_meanings_of_trigger_words_do_not_fire(analyzer):
    assert not any(k[0] == "DENIAL" for k in events(
        analyzer, "Une course aux armements nucléaires démentielle se profile, juge un chercheur."))
    assert not any(k[0] == "WARNING" for k in events(
        analyzer, "Un technicien iranien a été condamné pour avoir livré des plans d'ogives nucléaires."))
    assert not any(k[0] == "EXERCISE" for k in events(
        analyzer, "Paris garantit ses têtes nucléaires par des simulations numériques depuis 1996."))
    assert not any(k[0] == "DEPLOYMENT" for k in events(
        analyzer, "Selon Moscou, la bombe sale viserait la dispersion de déchets radioactifs."))
    assert not any(k[0] == "WEAPON_TEST" for k in events(
        analyzer, "Pyongyang essaie d'arracher des concessions grâce à ses ogives nucléaires."))
    assert not any(k[0] == "DE_ESCALATION" for k in events(
        analyzer, "Le sous-marin nucléaire lanceur d'engins indien a rencontré des retards, puis des problèmes de coque."))
    assert not any(k[0] == "ARMS_CONTROL" for k in events(
        analyzer, "Le sénateur a violemment attaqué le traité de non-prolifération."))
    assert not any(k[0] == "THREAT" for k in events(
        analyzer, "Londres a menacé Téhéran de nouvelles sanctions à cause de son programme d'armes nucléaires."))


def test_considering_a_move_is_hypothetical_and_nuclear_drills_are_weapons(analyzer):
    ev = events(analyzer, "Washington envisage de quitter le traité New START, selon la presse américaine.")
    assert ("ARMS_CONTROL", "USA", "hypothetical") in ev
    assert ("ARMS_CONTROL", "USA", "asserted") not in ev
    ev = events(analyzer, "Aucun exercice nucléaire n'a été organisé cet automne par la Chine, note le Pentagone.")
    assert ("EXERCISE", "CHN", "negated") in ev


def test_weapons_withdrawn_in_the_passive_and_readiness_increased(analyzer):
    ev = events(analyzer, "Les bombes nucléaires américaines ont été rapatriées de Turquie le mois dernier, selon la presse.")
    assert any(k[0] == "DEPLOYMENT" and k[1] == "USA" for k in ev)
    ev = events(analyzer, "Pékin aurait accru le niveau de préparation de ses missiles nucléaires, selon le Pentagone.")
    assert ("ALERT_CHANGE", "CHN", "asserted") in ev


def test_a_call_to_go_as_far_as_use_is_a_threat(analyzer):
    ev = events(analyzer, "« Il faut aller jusqu'à employer l'arme nucléaire contre Kiev », a écrit un commentateur russe.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "« À mon sens, il faudrait recourir à l'arme nucléaire tactique », a écrit Kadyrov.")
    assert ("THREAT", "RUS", "asserted") in ev
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_an_advance_that_threatens_to_encircle_is_no_threat(analyzer):
    ev = events(analyzer, "Selon Moscou, l'offensive ukrainienne menaçait d'encercler la ville, tandis que la Russie "
                          "brandissait l'arme nucléaire.")
    assert not any(k[0] == "THREAT" and k[1] == "UKR" for k in ev)


def test_weapons_not_for_decoration_is_a_threat(analyzer):
    ev = events(analyzer, "Nos ogives ne sont pas des pièces de musée, a averti le ministre pakistanais de la Défense.")
    assert ("THREAT", "PAK", "asserted") in ev


def test_last_resort_and_constitutional_status_are_doctrine(analyzer):
    ev = events(analyzer, "Le Pakistan n'utiliserait l'arme nucléaire qu'en dernier recours, selon son ministre de la Défense.")
    assert ("DOCTRINE", "PAK", "asserted") in ev
    assert ("NUCLEAR_USE", "PAK", "hypothetical") in ev
    ev = events(analyzer, "Les ogives sont prêtes. Islamabad ne recourrait à son arsenal qu'en cas d'agression, a dit un ministre pakistanais.")
    assert ("DOCTRINE", "PAK", "asserted") in ev
    assert ("NUCLEAR_USE", "PAK", "hypothetical") in ev
    ev = events(analyzer, "Pyongyang a inscrit dans sa Constitution son statut d'État doté de l'arme nucléaire.")
    assert ("DOCTRINE", "PRK", "asserted") in ev


def test_speculation_swept_aside_ruse_and_distance_are_denials(analyzer):
    ev = events(analyzer, "Le Kremlin a balayé ces spéculations sur une frappe nucléaire en Ukraine.")
    assert ("DENIAL", "RUS", "asserted") in ev
    ev = events(analyzer, "Le vice-ministre russe s'est défendu de vouloir installer des armes nucléaires en orbite.")
    assert ("DENIAL", "RUS", "asserted") in ev
    assert ("DEPLOYMENT", "RUS", "asserted") not in ev
    ev = events(analyzer, "Le porte-parole russe y voit une manipulation destinée à justifier de nouvelles sanctions "
                          "liées aux armes nucléaires.")
    assert ("DENIAL", "RUS", "asserted") in ev
    ev = events(analyzer, "Le Kremlin a pris ses distances avec les propos du député sur l'arme nucléaire.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_offers_counterpart_calls_and_reassurance_are_de_escalation(analyzer):
    ev = events(analyzer, "Moscou s'est dite prête à geler son arsenal d'ogives nucléaires pendant un an.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev
    ev = events(analyzer, "« Nous saluons la volonté de Moscou de progresser sur les armes nucléaires », a déclaré "
                          "le porte-parole du département d'État.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev
    ev = events(analyzer, "Le ministre chinois de la Défense a appelé son homologue américain pour parler de dissuasion nucléaire.")
    assert ("DE_ESCALATION", "CHN", "asserted") in ev
    ev = events(analyzer, "Pékin et Washington ont rouvert leur ligne militaire, en pleine tension nucléaire.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev
    ev = events(analyzer, "La Maison-Blanche a souligné l'absence de menace immédiate liée à la nouvelle arme nucléaire russe.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev
    ev = events(analyzer, "Le ministre russe a tenté de calmer le jeu après la menace nucléaire de Medvedev.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev


def test_warheads_transferred_and_the_12th_directorate(analyzer):
    ev = events(analyzer, "Des images montrent le transfert d'ogives russes vers la Biélorussie.")
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") in ev
    ev = events(analyzer, "Un train du 12e directorat russe chargé des munitions nucléaires a été photographié.")
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") in ev


def test_breach_verbs_and_the_outer_space_treaty(analyzer):
    ev = events(analyzer, "La Russie a enfreint le traité New START, selon le département d'État.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    ev = events(analyzer, "Un satellite armé d'une charge nucléaire contreviendrait au traité sur l'espace, a rappelé Washington.")
    assert any(k[0] == "ARMS_CONTROL" for k in ev)


def test_house_of_representatives_is_american(analyzer):
    ev = events(analyzer, "La Chambre des représentants s'inquiète du programme nucléaire militaire iranien.")
    assert ("WARNING", "USA", "asserted") in ev


def test_spectre_of_the_atom_hell_and_not_hesitating_to_mobilise_are_threats(analyzer):
    ev = events(analyzer, "Le Kremlin fait planer à nouveau le spectre de l'atome sur les pays baltes.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Medvedev a promis l'enfer nucléaire à quiconque toucherait à la Crimée.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Pyongyang n'hésitera pas à engager sa force de frappe nucléaire contre Séoul.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_widened_range_of_cases_and_non_use_guarantees_are_doctrine(analyzer):
    ev = events(analyzer, "Le nouveau texte russe élargit la liste des circonstances où Moscou recourrait à l'arme nucléaire.")
    assert ("DOCTRINE", "RUS", "asserted") in ev
    ev = events(analyzer, "Pékin a promis de ne jamais employer l'arme nucléaire en premier.")
    assert ("DOCTRINE", "CHN", "asserted") in ev


def test_never_a_question_and_threatening_nobody_are_denials(analyzer):
    ev = events(analyzer, "« Il n'a jamais été question d'utiliser l'arme atomique », a répondu le Kremlin.")
    assert ("DENIAL", "RUS", "asserted") in ev
    ev = events(analyzer, "Le Kremlin assure que la Russie ne menace personne de ses armes nucléaires.")
    assert ("DENIAL", "RUS", "asserted") in ev
    ev = events(analyzer, "Téhéran répète ne pas chercher à se doter de l'arme nucléaire.")
    assert ("DENIAL", "IRN", "asserted") in ev


def test_secret_development_and_attributed_intentions_are_pretexts(analyzer):
    ev = events(analyzer, "Israël affirme que l'Iran poursuit en secret la fabrication d'une arme atomique.")
    assert any(k[0] == "PRETEXT_CLAIM" for k in ev)
    ev = events(analyzer, "Moscou prête à Kiev le projet de mettre en scène, près de Koursk, une provocation radiologique.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev


def test_unmoved_posture_and_ready_to_fire_are_alert_changes(analyzer):
    ev = events(analyzer, "Pour Washington, la posture nucléaire russe n'a pas évolué depuis l'été.")
    assert ("ALERT_CHANGE", "RUS", "negated") in ev
    ev = events(analyzer, "Kim Jong-un a ordonné que ses forces nucléaires restent prêtes à tirer en permanence.")
    assert ("ALERT_CHANGE", "PRK", "asserted") in ev


def test_deployed_counts_landings_and_cruising(analyzer):
    ev = events(analyzer, "La France possède 290 ogives, dont 280 déployées, selon les experts.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)
    ev = events(analyzer, "Deux bombardiers B-52 à capacité nucléaire se sont posés en Roumanie.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev
    ev = events(analyzer, "Un sous-marin russe porteur de missiles nucléaires navigue au large de la Norvège.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev


def test_evacuation_examined_is_hypothetical_and_the_ground_prepared(analyzer):
    ev = events(analyzer, "L'Otan étudie le retrait des bombes B61 stationnées en Turquie.")
    assert any(k[0] == "WARHEAD_MOVEMENT" and k[2] == "hypothetical" for k in ev)
    ev = events(analyzer, "Selon Kiev, Moscou prépare le terrain à une frappe nucléaire.")
    assert ("PREPARATION", "RUS", "asserted") in ev


def test_limitation_treaties_slammed_doors_and_expelled_inspectors(analyzer):
    ev = events(analyzer, "Les deux pays ont reconduit leur traité de réduction des armes stratégiques, a annoncé Moscou, "
                          "qui dispose de l'arme nucléaire.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    ev = events(analyzer, "L'Iran menace de claquer la porte du TNP.")
    assert ("ARMS_CONTROL", "IRN", "hypothetical") in ev


def test_number_words_and_stockpile_ceilings_are_capability(analyzer):
    ev = events(analyzer, "Israël détient quatre-vingt-dix ogives nucléaires.")
    assert ("CAPABILITY", "ISR", "asserted") in ev
    ev = events(analyzer, "Paris a maintenu le plafond de son stock nucléaire.")
    assert ("CAPABILITY", "FRA", "asserted") in ev


def test_atom_and_alarm_words(analyzer):
    ev = events(analyzer, "L'Union européenne s'est alarmée de la menace de l'atome brandie par Moscou.")
    assert ("WARNING", "EU", "asserted") in ev
    assert not events(analyzer, "Le musée de l'atome rouvre ses portes aux écoliers.")
