"""German pack: small, general behaviours (compounds, negation, modality, hedging, dates, distractors)."""

from tests.analyze.langtest import events, pack_analyzer

analyzer = pack_analyzer("de")


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


# --- systematic lexicon expansion (general news wording; sentences written for these tests) ---

def test_phone_call_and_resumed_talks_are_de_escalation(analyzer):
    ev = events(analyzer, "Der US-Verteidigungsminister führte ein Telefongespräch mit seinem chinesischen Kollegen, "
                          "um die Gefahr eines Atomkriegs zu verringern.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev


def test_considered_use_is_deliberation(analyzer):
    ev = events(analyzer, "Russlands Generalstab erwog im Herbst den Einsatz taktischer Atomwaffen, berichtete die Zeitung.")
    assert ("DELIBERATION", "RUS", "asserted") in ev


def test_readiness_raised_and_readiness_unchanged(analyzer):
    assert ("ALERT_CHANGE", "RUS", "asserted") in events(
        analyzer, "Moskau hat die Bereitschaft seiner strategischen Atomstreitkräfte heraufgesetzt.")
    ev = events(analyzer, "Die chinesischen Atomstreitkräfte bleiben in ihrem normalen Bereitschaftszustand, sagte ein Sprecher.")
    assert ("ALERT_CHANGE", "CHN", "negated") in ev
    assert ("ALERT_CHANGE", "CHN", "asserted") not in ev


def test_denounced_rhetoric_is_a_warning(analyzer):
    assert ("WARNING", "FRA", "asserted") in events(analyzer, "Paris prangerte die Atomrhetorik des Kremls scharf an.")


def test_will_not_hesitate_is_a_threat(analyzer):
    ev = events(analyzer, "Nordkorea werde nicht zögern, Atomwaffen einzusetzen, erklärte die Staatsagentur.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_radiological_provocation_is_a_pretext_claim(analyzer):
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in events(
        analyzer, "Moskau beschuldigte Kiew, eine radioaktive Provokation vorzubereiten.")


def test_no_first_use_is_doctrine_not_negated(analyzer):
    ev = events(analyzer, "China bekräftigte seine Politik, Atomwaffen niemals als Erster einzusetzen.")
    assert ("DOCTRINE", "CHN", "asserted") in ev
    assert ("DOCTRINE", "CHN", "negated") not in ev


def test_detonation_and_not_ruled_out_test(analyzer):
    assert ("WEAPON_TEST", "PRK", "asserted") in events(analyzer, "Nordkorea zündete einen unterirdischen Atomsprengsatz.")
    ev = events(analyzer, "Die USA schließen einen Atomtest nicht aus, erklärte das Pentagon.")
    assert ("WEAPON_TEST", "USA", "hypothetical") in ev
    assert ("WEAPON_TEST", "USA", "negated") not in ev


def test_treaty_terminated_and_test_ban_is_no_test(analyzer):
    assert ("ARMS_CONTROL", "USA", "asserted") in events(analyzer, "Die USA kündigten den INF-Vertrag.")
    ev = events(analyzer, "Russland hat den Vertrag über den umfassenden Atomteststopp entratifiziert.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_inverted_nothing_indicates_negates(analyzer):
    ev = events(analyzer, "Es deutet nichts darauf hin, dass Russland den Einsatz von Atomwaffen vorbereitet.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_media_reports_hedge(analyzer):
    ev = events(analyzer, "Russland hat laut Medienberichten Atomsprengköpfe nach Belarus gebracht.")
    assert ev and all(e.hedged for e in ev.values())


def test_fusion_radioactivity_and_film_distractor_yields_nothing(analyzer):
    text = ("Der Fusionsreaktor in Greifswald wurde am Montag wieder hochgefahren; Betreiber und Aufsichtsbehörde "
            "führten ein Telefonat über die Sicherheitsprüfung. Die Strahlenschutzbehörde meldete keine erhöhte "
            "Radioaktivität, das Endlager für radioaktive Abfälle soll bis 2050 fertig sein. Im Kino läuft derweil "
            "ein Film über die Kubakrise, in dem ein U-Boot-Kommandant beinahe einen Atomtorpedo abfeuert.")
    assert events(analyzer, text) == {}


def test_senate_nuclear_option_and_corporate_deterrence_yield_nothing(analyzer):
    text = ("Die US-Republikaner drohen im Senat mit der nuklearen Option, um die Richterernennung durchzusetzen. "
            "Der Konzern verfolgt eine Abschreckungsstrategie gegen feindliche Übernahmen, warnte Frankreichs Finanzminister.")
    assert events(analyzer, text) == {}


# --- session 3: generalising from the second blind set (sentences written for these tests) ---

def test_no_reason_to_change_posture_is_not_a_denial(analyzer):
    ev = events(analyzer, "Das Verteidigungsministerium in Paris sieht keinen Grund, die Bereitschaft der Atomstreitkräfte zu erhöhen.")
    assert not any(k[0] == "DENIAL" for k in ev)
    assert ("DENIAL", "RUS", "asserted") in events(
        analyzer, "Russland habe keinen Grund für einen Einsatz von Atomwaffen, sagte Peskow.")


def test_no_first_use_pledge_yields_no_negated_use_and_no_de_escalation(analyzer):
    ev = events(analyzer, "Peking versicherte erneut, es werde niemals als Erstes Atomwaffen einsetzen. "
                          "Neu-Delhi will Atomwaffen nicht als Erster einsetzen.")
    assert ("DOCTRINE", "CHN", "asserted") in ev
    assert ("DOCTRINE", "IND", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" and k[2] == "negated" for k in ev)
    assert not any(k[0] == "DE_ESCALATION" for k in ev)


def test_not_testing_first_is_a_pledge_not_a_negated_test(analyzer):
    ev = events(analyzer, "Nach Atomtests gefragt, sagte der Minister, die USA würden nicht als Erste einen Versuch durchführen.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev
    assert not any(k[0] == "WEAPON_TEST" and k[2] == "negated" for k in ev)


def test_getting_hold_of_weapons_is_not_an_arsenal(analyzer):
    ev = events(analyzer, "Saudi-Arabien will verhindern, dass Iran in den Besitz einer Atombombe kommt.")
    assert not any(k[0] == "CAPABILITY" for k in ev)


def test_tunnel_readied_for_a_test_is_a_test_not_a_preparation(analyzer):
    ev = events(analyzer, "Satellitenbilder zeigen, dass Nordkorea einen Stollen für den nächsten Atomtest vorbereitet hat.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_preparations_for_use_are_no_negated_or_asserted_use(analyzer):
    ev = events(analyzer, "Russland trifft offenbar Vorbereitungen für den Einsatz taktischer Atomwaffen.")
    assert ("PREPARATION", "RUS", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_fronted_evidence_denied_at_the_end_negates(analyzer):
    ev = events(analyzer, "Anzeichen dafür, dass Moskau Atomsprengköpfe aus den Depots geholt habe, gebe es keine, "
                          "sagte ein Nato-Diplomat.")
    assert ("WARHEAD_MOVEMENT", "RUS", "negated") in ev
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") not in ev
    ev = events(analyzer, "Hinweise auf einen bevorstehenden Atomtest Nordkoreas gibt es nach Angaben aus Seoul nicht.")
    assert ("WEAPON_TEST", "PRK", "negated") in ev


def test_clause_final_not_seen_negates_what_it_names(analyzer):
    ev = events(analyzer, "Eine Verlegung russischer Atomwaffen an die finnische Grenze ist bisher nicht festzustellen.")
    assert ("DEPLOYMENT", "RUS", "negated") in ev
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_protection_pledge_and_stronger_deterrence_are_doctrine(analyzer):
    ev = events(analyzer, "Paris bekräftigte seine Beistandszusage an die baltischen Staaten, auch mit den eigenen Atomwaffen.")
    assert ("DOCTRINE", "FRA", "asserted") in ev
    ev = events(analyzer, "Die neuen Atom-U-Boote stärkten die britische Abschreckung, sagte Premierminister Starmer.")
    assert ("DOCTRINE", "GBR", "asserted") in ev


def test_what_counts_as_a_nuclear_attack_is_doctrine(analyzer):
    ev = events(analyzer, "Moskau werde jeden Angriff auf seine Frühwarnradare als nuklearen Angriff betrachten, hieß es im Kreml.")
    assert ("DOCTRINE", "RUS", "asserted") in ev


def test_plans_how_weapons_would_be_used_are_deliberation(analyzer):
    ev = events(analyzer, "Pakistans Generalstab hat Pläne ausgearbeitet, wie Atomwaffen gegen Panzerverbände eingesetzt werden sollen.")
    assert ("DELIBERATION", "PAK", "asserted") in ev


def test_source_by_intelligence_findings_is_not_the_actor(analyzer):
    ev = events(analyzer, "Nach Erkenntnissen des japanischen Geheimdienstes hat Nordkorea eine neue Atomrakete getestet.")
    e = ev[("WEAPON_TEST", "PRK", "asserted")]
    assert e.attributed_to.code.startswith("JPN")


def test_building_missile_silos_is_deployment(analyzer):
    ev = events(analyzer, "Russland errichtet in Sibirien nach Angaben von Analysten ein Dutzend neuer Silos für Sarmat-Raketen.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev


def test_postponed_test_is_de_escalation(analyzer):
    ev = events(analyzer, "Frankreich hat den geplanten Teststart einer atomwaffenfähigen Rakete abgesagt, um die Krise nicht "
                          "weiter zu verschärfen.")
    assert ("DE_ESCALATION", "FRA", "asserted") in ev
    ev = events(analyzer, "Indien will die Spannungen mit Pakistan nicht weiter anheizen und verzichtet auf neue Atomraketen.")
    assert ("DE_ESCALATION", "IND", "asserted") in ev


def test_enrichment_to_a_level_is_arms_control_not_a_stock(analyzer):
    ev = events(analyzer, "Teheran will Uran nun auf 90 Prozent anreichern, dem Grad für waffenfähiges Uran.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev
    ev = events(analyzer, "Für eine Atombombe braucht man auf 90 Prozent angereichertes Uran.")
    assert not any(k[0] == "ARMS_CONTROL" for k in ev)


def test_arsenal_counted_with_kommen_auf(analyzer):
    ev = events(analyzer, "Großbritannien verfügt über 225 Atomsprengköpfe. Frankreich kommt nach Schätzungen auf rund 290.")
    assert ("CAPABILITY", "FRA", "asserted") in ev


def test_will_not_allow_is_a_warning(analyzer):
    ev = events(analyzer, "Die Vereinigten Staaten würden niemals zulassen, dass Nordkorea Atomwaffen gegen Japan einsetzt.")
    assert ("WARNING", "USA", "asserted") in ev


def test_reminder_of_doomsday_weapons_is_a_threat(analyzer):
    ev = events(analyzer, "Man solle nicht vergessen, dass Russland die größte Atommacht der Welt sei, schrieb Medwedew.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_house_of_representatives_is_american(analyzer):
    ev = events(analyzer, "Das Repräsentantenhaus verurteilte die Atomdrohungen Pjöngjangs.")
    assert ("WARNING", "USA", "asserted") in ev


def test_article_after_preposition_marks_a_place_not_the_actor(analyzer):
    ev = events(analyzer, "Russland könnte taktische Atomwaffen gegen die Ukraine einsetzen.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev
    assert not any(k[1] == "UKR" for k in ev)


def test_weapon_compounds_pass_triage(analyzer):
    ev = events(analyzer, "Der Präsident bot an, den französischen Atomschirm auch auf Polen auszuweiten.")
    assert any(k[0] == "DOCTRINE" for k in ev)


def test_more_ways_to_put_off_a_test_and_not_to_provoke(analyzer):
    ev = events(analyzer, "Indien stellte den Test seiner atomwaffenfähigen Agni-Rakete wegen der Spannungen mit Pakistan zurück.")
    assert ("DE_ESCALATION", "IND", "asserted") in ev
    ev = events(analyzer, "London hat die Übung seiner Atom-U-Boote vertagt, um Moskau nicht zu provozieren.")
    assert ("DE_ESCALATION", "GBR", "asserted") in ev
    assert not any(k[0] == "WARNING" for k in ev)


def test_call_about_a_treaty_is_de_escalation(analyzer):
    ev = events(analyzer, "Die Außenminister Frankreichs und Irans telefonierten über das Atomabkommen.")
    assert any(k[0] == "DE_ESCALATION" for k in ev)


def test_restricting_inspections_is_arms_control(analyzer):
    ev = events(analyzer, "Das Atomprogramm wächst. Teheran hat die Zusammenarbeit mit der IAEA weiter eingeschränkt.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_size_and_growth_of_an_arsenal_is_capability(analyzer):
    assert ("CAPABILITY", "USA", "asserted") in events(analyzer, "Die USA besitzen das zweitgrößte Atomarsenal der Welt.")
    ev = events(analyzer, "Großbritannien hebt die Obergrenze für seine Atomsprengköpfe auf 260 an.")
    assert ("CAPABILITY", "GBR", "asserted") in ev


def test_higher_readiness_not_ordered_is_negated(analyzer):
    ev = events(analyzer, "Chinas Atomstreitkräfte wurden nicht in erhöhte Bereitschaft versetzt.")
    assert ("ALERT_CHANGE", "CHN", "negated") in ev


def test_bomber_flights_over_a_sea_are_deployment(analyzer):
    ev = events(analyzer, "Zwei atomwaffenfähige Bomber Russlands sind über der Ostsee geflogen.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev


def test_kein_after_a_v2_verb_negates(analyzer):
    ev = events(analyzer, "Die Vereinigten Staaten stationieren keine neuen Atomwaffen in Deutschland, sagte der Botschafter.")
    assert ("DEPLOYMENT", "USA", "negated") in ev
    assert ("DEPLOYMENT", "USA", "asserted") not in ev


def test_not_up_for_debate_is_a_denial(analyzer):
    ev = events(analyzer, "Ein Atomschlag gegen Europa komme nicht in Frage, versicherte der Kremlsprecher Peskow.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_no_talk_of_escalation_is_not_a_negated_warning(analyzer):
    ev = events(analyzer, "Die Nato hat Atomwaffen. Von einer atomaren Eskalation könne keine Rede sein, sagte Rutte.")
    assert not any(k[0] == "WARNING" for k in ev)


def test_a_test_that_is_possible_is_hypothetical(analyzer):
    ev = events(analyzer, "Ein weiterer Atomtest Pakistans gilt nach Ansicht von Fachleuten als wahrscheinlich.")
    assert ("WEAPON_TEST", "PAK", "hypothetical") in ev


def test_start_of_the_month_dates_to_the_month(analyzer):
    ev = events(analyzer, "Anfang des Monats hat Frankreich eine Atomwaffenübung über dem Mittelmeer abgehalten.")
    assert ev[("EXERCISE", "FRA", "asserted")].date == "2024-05"


def test_criticism_and_restraint_are_not_exercises(analyzer):
    ev = events(analyzer, "Peking übte heftige Kritik an der Stationierung amerikanischer Atomwaffen in Südkorea.")
    assert not any(k[0] == "EXERCISE" for k in ev)
    ev = events(analyzer, "Beide Atommächte müssten jetzt Zurückhaltung üben, forderte der UN-Generalsekretär.")
    assert not any(k[0] == "EXERCISE" for k in ev)
    assert ("EXERCISE", "RUS", "asserted") in events(analyzer, "Russische Einheiten üben den Transport von Atomsprengköpfen.")


def test_all_available_means_in_a_nuclear_story_is_a_threat(analyzer):
    ev = events(analyzer, "Moskau hat seine Atomdoktrin geändert. Russland werde sich mit allen zur Verfügung stehenden Mitteln "
                          "verteidigen, sagte Lawrow.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_warheads_fetched_from_depots_negated(analyzer):
    ev = events(analyzer, "Es gibt keine Anzeichen, dass Russland Atomsprengköpfe aus seinen Depots holt.")
    assert ("WARHEAD_MOVEMENT", "RUS", "negated") in ev


def test_widening_deterrence_is_doctrine(analyzer):
    ev = events(analyzer, "Paris will seine nukleare Abschreckung um eine europäische Dimension erweitern.")
    assert ("DOCTRINE", "FRA", "asserted") in ev


def test_deterrence_of_smugglers_or_by_tanks_is_no_doctrine(analyzer):
    text = ("Die Bundesregierung will mit höheren Strafen die Abschreckung gegen Schleuser stärken. "
            "Die Nato will ihre Abschreckung an der Ostflanke mit mehr Panzern stärken und gibt Polen Sicherheitsgarantien.")
    assert not any(k[0] == "DOCTRINE" for k in events(analyzer, text))


def test_special_combat_duty_is_an_alert_change(analyzer):
    ev = events(analyzer, "Moskau hat seine Atomstreitkräfte in einen besonderen Gefechtsdienst versetzt.")
    assert ("ALERT_CHANGE", "RUS", "asserted") in ev


def test_wie_es_heisst_hedges(analyzer):
    ev = events(analyzer, "China hat, wie es heißt, neue Atomraketen in der Wüste von Xinjiang stationiert.")
    assert ev[("DEPLOYMENT", "CHN", "asserted")].hedged


# --- breadth and precision round (sentences written for these tests) ---

def test_looming_droht_and_a_bedrohung_are_not_threats(analyzer):
    for text in ("Dem Abrüstungsprozess droht ein Rückschlag, weil beide Seiten ihre Atomwaffen modernisieren.",
                 "Es drohen neue Gefahren, seit Moskau und Washington ihre Atomarsenale ausbauen.",
                 "Die Gespräche über die Atomwaffen Nordkoreas drohen zu scheitern.",
                 "Pjöngjang stellt eine wachsende Bedrohung dar, weil es immer mehr Atomsprengköpfe baut."):
        assert not any(k[0] == "THREAT" for k in events(analyzer, text)), text


def test_a_threat_named_as_a_topic_is_not_the_speakers_threat(analyzer):
    ev = events(analyzer, "Die Atomdrohungen aus Moskau seien ein Zeichen von Schwäche, sagte die Außenministerin in Berlin.")
    assert not any(k[0] == "THREAT" and k[1] == "DEU" for k in ev)
    assert ("THREAT", "RUS", "asserted") in events(
        analyzer, "Der Kremlchef erneuerte am Abend seine Drohung mit einem Atomschlag.")


def test_sabre_rattling_nuclear_card_and_announced_counterstrike_are_threats(analyzer):
    assert ("THREAT", "RUS", "asserted") in events(analyzer, "Moskau rasselt wieder mit seinen Atomwaffen.")
    assert ("THREAT", "RUS", "asserted") in events(analyzer, "Der Kreml spielt einmal mehr die nukleare Karte.")
    assert ("THREAT", "PRK", "asserted") in events(
        analyzer, "Pjöngjang kündigte für den Fall eines Angriffs einen vernichtenden nuklearen Vergeltungsschlag an.")


def test_disarmament_destroying_warheads_is_no_threat(analyzer):
    ev = events(analyzer, "Großbritannien hat in den Neunzigerjahren Hunderte Atomsprengköpfe vernichtet.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_rules_of_use_loosened_is_doctrine(analyzer):
    assert ("DOCTRINE", "RUS", "asserted") in events(
        analyzer, "Moskau hat die Kriterien für den Einsatz von Atomwaffen erneut gelockert.")
    assert ("DOCTRINE", "FRA", "asserted") in events(
        analyzer, "Paris will seinen atomaren Schutzschirm auf die Partner in Europa ausdehnen.")


def test_peaceful_programme_and_walk_back_are_denials(analyzer):
    assert ("DENIAL", "IRN", "asserted") in events(
        analyzer, "Teheran beteuerte erneut, das Atomprogramm verfolge allein friedliche Zwecke.")
    assert ("DENIAL", "KOR", "asserted") in events(
        analyzer, "Seoul wolle keine eigenen Atomwaffen, versicherte das Präsidialamt.")


def test_calling_a_deployment_a_provocation_is_a_warning(analyzer):
    ev = events(analyzer, "Peking wertete die Verlegung der Atom-U-Boote als Provokation.")
    assert ("WARNING", "CHN", "asserted") in ev


def test_ensuring_and_willingness_are_not_warning_or_alert(analyzer):
    assert not any(k[0] == "WARNING" for k in events(
        analyzer, "Spezialeinheiten sorgen für den Schutz der Atomwaffen auf dem Stützpunkt."))
    ev = events(analyzer, "Moskau hat seine Haltung zu Gesprächen über Atomwaffen geändert.")
    assert not any(k[0] == "ALERT_CHANGE" for k in ev)


def test_submarine_putting_into_port_is_a_deployment(analyzer):
    ev = events(analyzer, "Ein britisches Atom-U-Boot läuft in dieser Woche in den Hafen von Gibraltar ein.")
    assert ("DEPLOYMENT", "GBR", "asserted") in ev


def test_plutonium_agreement_and_non_nuclear_principles(analyzer):
    assert ("ARMS_CONTROL", "USA", "asserted") in events(
        analyzer, "Washington hat das Plutoniumabkommen mit Moskau aufgekündigt.")
    assert ("DE_ESCALATION", "JPN", "asserted") in events(
        analyzer, "Tokio hält an seinen nichtnuklearen Prinzipien fest, betonte der Kabinettssekretär.")


def test_genitive_and_demonym_of_more_states(analyzer):
    assert ("WARNING", "EGY", "asserted") in events(
        analyzer, "Ägyptens Präsident warnte in Kairo vor einem nuklearen Wettrüsten am Golf.")
    assert ("WARNING", "SAU", "asserted") in events(
        analyzer, "Die saudische Regierung zeigte sich besorgt über das iranische Atomwaffenprogramm.")
    assert ("WARNING", "POL", "asserted") in events(
        analyzer, "Warschau verurteilte die Verlegung russischer Atomwaffen nach Belarus.")


def test_test_fronted_before_not_ruled_out_is_hypothetical(analyzer):
    ev = events(analyzer, "Einen neuen Atomtest schließt die Führung in Pjöngjang ausdrücklich nicht aus.")
    assert ("WEAPON_TEST", "PRK", "hypothetical") in ev
    assert ("WEAPON_TEST", "PRK", "asserted") not in ev


def test_weapons_coming_into_use_is_a_hypothetical_use(analyzer):
    ev = events(analyzer, "Atomwaffen kämen nur zum Einsatz, wenn Frankreich in seinen vitalen Interessen bedroht sei, so der Präsident.")
    assert ("NUCLEAR_USE", "FRA", "hypothetical") in ev


def test_ready_for_nuclear_war_is_a_threat_not_a_preparation(analyzer):
    ev = events(analyzer, "Nordkorea sei jederzeit auf einen Atomkrieg mit den USA vorbereitet, erklärte Kim Jong Un.")
    assert ("THREAT", "PRK", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_pointing_to_the_arsenal_is_a_threat(analyzer):
    ev = events(analyzer, "Medwedew verwies in seiner Rede ausdrücklich auf das russische Atomarsenal.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_threatening_to_leave_a_treaty_is_not_a_nuclear_threat(analyzer):
    ev = events(analyzer, "Nach der Resolution gegen sein Atomprogramm drohte Teheran mit dem Austritt aus dem Atomwaffensperrvertrag.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_weapons_not_part_of_the_pact_is_a_denial(analyzer):
    ev = events(analyzer, "Atomwaffen seien kein Bestandteil der Vereinbarung mit Riad, sagte Pakistans Außenminister.")
    assert ("DENIAL", "PAK", "asserted") in ev


def test_plans_fronted_and_denied_at_the_end_negate(analyzer):
    ev = events(analyzer, "Pläne, amerikanische Atomwaffen nach Japan zu verlegen, gebe es keine, sagte ein Sprecher in Washington.")
    assert any(k[0] == "DEPLOYMENT" and k[2] == "negated" for k in ev)
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_standing_by_treaty_obligations_is_de_escalation(analyzer):
    ev = events(analyzer, "Südkorea stehe zu seinen Verpflichtungen aus dem Atomwaffensperrvertrag, betonte der Minister in Seoul.")
    assert ("DE_ESCALATION", "KOR", "asserted") in ev


def test_full_range_of_capabilities_including_nuclear_is_doctrine(analyzer):
    ev = events(analyzer, "Washington sagte Manila zu, die Philippinen mit dem gesamten Spektrum seiner Fähigkeiten einschließlich der nuklearen zu schützen.")
    assert ("DOCTRINE", "USA", "asserted") in ev


def test_a_name_after_um_is_a_topic_not_an_actor(analyzer):
    ev = events(analyzer, "Peking drohte im Streit um Taiwan offen mit dem Einsatz von Atomwaffen.")
    assert ("THREAT", "CHN", "asserted") in ev
    assert not any(k[1] == "TWN" for k in ev)


def test_threatened_withdrawal_is_hypothetical(analyzer):
    ev = events(analyzer, "Nordkorea drohte erneut mit dem Rückzug aus den Abrüstungsgesprächen über sein Atomwaffenprogramm.")
    assert not any(k[0] == "ARMS_CONTROL" and k[2] == "asserted" for k in ev)
    ev = events(analyzer, "Iran drohte mit dem Austritt aus dem Atomwaffensperrvertrag.")
    assert ("ARMS_CONTROL", "IRN", "hypothetical") in ev


def test_talks_named_as_a_topic_are_no_de_escalation(analyzer):
    ev = events(analyzer, "Die Wahl belastet die ohnehin schwierigen Gespräche über das nordkoreanische Atomprogramm.")
    assert not any(k[0] == "DE_ESCALATION" for k in ev)


def test_content_of_non_nuclear_principles_is_no_denial(analyzer):
    ev = events(analyzer, "Tokio bekräftigte seine nichtnuklearen Prinzipien: keine Atomwaffen zu besitzen und keine zu bauen.")
    assert ("DE_ESCALATION", "JPN", "asserted") in ev
    assert not any(k[0] == "DENIAL" for k in ev)


def test_concern_later_in_a_nuclear_story_is_a_warning(analyzer):
    text = ("Nordkorea hat eine neue Interkontinentalrakete vorgeführt, die mehrere Atomsprengköpfe tragen kann. "
            "Die Reaktionen folgten rasch. In Tokio trat das Kabinett zusammen. Seoul zeigte sich am Abend beunruhigt.")
    assert ("WARNING", "KOR", "asserted") in events(analyzer, text)


def test_gapped_second_count_is_a_capability(analyzer):
    ev = events(analyzer, "Bei den Atomsprengköpfen kommt Frankreich auf 290, Großbritannien auf 225.")
    assert ("CAPABILITY", "FRA", "asserted") in ev
    assert ("CAPABILITY", "GBR", "asserted") in ev


def test_counterfactual_enrichment_is_hypothetical(analyzer):
    ev = events(analyzer, "Ohne das Atomabkommen hätte Teheran längst auf 90 Prozent anreichern können, sagte der Diplomat.")
    assert not any(k[0] == "ARMS_CONTROL" and k[2] == "asserted" for k in ev)


def test_second_place_of_a_conjoined_phrase_is_no_actor(analyzer):
    ev = events(analyzer, "Falls die Nato Atomwaffen nach Estland oder Lettland verlegt, werde Moskau reagieren.")
    assert ("DEPLOYMENT", "NATO", "hypothetical") in ev
    assert not any(k[1] in ("EST", "LVA") for k in ev)


def test_failed_launch_and_flight_test_are_tests(analyzer):
    assert ("WEAPON_TEST", "RUS", "asserted") in events(
        analyzer, "Eine russische Bulawa-Rakete ist bei einem Start aus dem Weißen Meer abgestürzt.")
    assert ("WEAPON_TEST", "PAK", "asserted") in events(
        analyzer, "Pakistan hat einen Flugtest seiner nuklearfähigen Shaheen-Rakete durchgeführt.")


def test_warheads_mated_to_missiles(analyzer):
    ev = events(analyzer, "Satellitenbilder legen nahe, dass Russland Atomsprengköpfe auf Iskander-Raketen montiert hat.")
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") in ev


def test_sending_a_message_is_no_deployment_but_a_bomber_is(analyzer):
    assert not any(k[0] == "DEPLOYMENT" for k in events(
        analyzer, "Kanzler Merz schickte einen Brief über Atomwaffen nach Paris."))
    assert ("DEPLOYMENT", "USA", "asserted") in events(
        analyzer, "Washington schickte zwei atomwaffenfähige B-52-Bomber nach Rumänien.")


def test_refusing_arms_control_talks_is_negated_arms_control(analyzer):
    ev = events(analyzer, "Peking lehnt eine Teilnahme an Verhandlungen über nukleare Rüstungskontrolle weiterhin ab.")
    assert ("ARMS_CONTROL", "CHN", "negated") in ev


def test_rejecting_a_long_claim_is_a_denial(analyzer):
    ev = events(analyzer, "Das Weiße Haus wies Medienberichte über eine bevorstehende Verlegung von Atomwaffen nach Polen als Unsinn zurück.")
    assert ("DENIAL", "USA", "asserted") in ev
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_call_for_de_escalation_is_a_warning(analyzer):
    ev = events(analyzer, "Der Außenminister rief Indien und Pakistan als Atommächte eindringlich zur Deeskalation auf.")
    assert any(k[0] == "WARNING" for k in ev)
    assert not any(k[0] == "DE_ESCALATION" for k in ev)


def test_parliament_is_its_state(analyzer):
    assert ("ARMS_CONTROL", "RUS", "asserted") in events(
        analyzer, "Die Staatsduma stimmte für die Rücknahme der Ratifizierung des Atomteststoppvertrags.")


def test_danger_of_nuclear_war_named_high_is_a_warning(analyzer):
    ev = events(analyzer, "Das Risiko eines Atomkriegs sei heute höher als in der Kubakrise, sagte die Außenministerin in Berlin.")
    assert ("WARNING", "DEU", "asserted") in ev


def test_durfte_presumes_a_past_fact_or_a_likelihood(analyzer):
    ev = events(analyzer, "Nordkorea dürfte im Frühjahr eine neue Interkontinentalrakete getestet haben.")
    assert ev[("WEAPON_TEST", "PRK", "asserted")].hedged
    ev = events(analyzer, "Nordkorea dürfte schon bald einen weiteren Atomtest durchführen.")
    assert ("WEAPON_TEST", "PRK", "hypothetical") in ev


def test_am_vortag_is_the_day_before(analyzer):
    ev = events(analyzer, "Am Vortag hatte Moskau mit einem Atomschlag gedroht.")
    assert ev[("THREAT", "RUS", "asserted")].date == "2024-05-09"


# --- packs5: wider vocabulary (blind4) ---

def test_erwogen_with_fused_zu_infinitive_is_hypothetical(analyzer):
    ev = events(analyzer, "Pjöngjang hat erwogen, einen weiteren Atomtest durchzuführen.")
    assert ("WEAPON_TEST", "PRK", "hypothetical") in ev
    assert ("WEAPON_TEST", "PRK", "asserted") not in ev


def test_device_detonated_is_a_test_not_use(analyzer):
    ev = events(analyzer, "Nordkorea hat nach Angaben Seouls eine Atombombe unterirdisch gezündet.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_agreeing_on_consultations_is_de_escalation(analyzer):
    ev = events(analyzer, "Washington und Peking einigten sich auf regelmäßige Konsultationen über nukleare Risiken.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev
    assert ("DE_ESCALATION", "CHN", "asserted") in ev


def test_treaty_expiry_and_limits_exceeded(analyzer):
    assert ("ARMS_CONTROL", "RUS", "asserted") in events(analyzer, "Der Kreml lässt den New-Start-Vertrag auslaufen.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in events(
        analyzer, "Teheran hat die im Atomabkommen erlaubte Menge an angereichertem Uran überschritten.")


def test_expiry_of_a_treaty_is_no_deployment(analyzer):
    ev = events(analyzer, "Moskau will die Zahl der stationierten Sprengköpfe bis zum Auslaufen des Vertrags nicht erhöhen.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_alarm_and_moral_condemnation_are_warnings(analyzer):
    assert ("WARNING", "UN", "asserted") in events(analyzer, "Der UN-Generalsekretär schlug angesichts der Atomdrohungen Alarm.")
    assert ("WARNING", "VAT", "asserted") in events(analyzer, "Der Papst nannte schon den Besitz von Atomwaffen unmoralisch.")


def test_threatening_gestures_are_nuclear(analyzer):
    ev = events(analyzer, "Die Bundesregierung nannte die atomaren Drohgebärden Moskaus gefährlich.")
    assert ("WARNING", "DEU", "asserted") in ev


def test_refusing_intimidation_with_a_gap(analyzer):
    ev = events(analyzer, "Polen lasse sich von russischen Atomdrohungen nicht einschüchtern, sagte der Außenminister.")
    assert ("WARNING", "POL", "asserted") in ev


def test_looming_is_no_threat(analyzer):
    ev = events(analyzer, "Der Streit um Taiwan droht in einen Atomkrieg zu münden, sagte der chinesische Forscher.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_targets_within_reach_are_a_threat(analyzer):
    ev = events(analyzer, "Russlands Atomarsenal ist das größte der Welt. Russland habe Waffen, die Ziele in ganz Europa treffen könnten, sagte Putin.")
    assert any(k[0] == "THREAT" and k[1] == "RUS" for k in ev)


def test_secret_work_on_the_bomb_is_an_accusation(analyzer):
    ev = events(analyzer, "Israel verweist auf Irans Atomprogramm. Das Regime in Teheran baue insgeheim an der Bombe, sagte Netanjahu.")
    assert ("PRETEXT_CLAIM", "ISR", "asserted") in ev


def test_dismissed_as_propaganda_is_a_denial(analyzer):
    ev = events(analyzer, "Der Kreml tat Berichte über eine Atomwaffe im Weltraum als Propaganda ab.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_readiness_unchanged_is_negated(analyzer):
    ev = events(analyzer, "An der Alarmbereitschaft seiner Atomstreitkräfte ändere das nichts, sagte ein Sprecher des Kreml.")
    assert ("ALERT_CHANGE", "RUS", "negated") in ev
    assert ("ALERT_CHANGE", "RUS", "asserted") not in ev


def test_troops_sent_are_no_nuclear_deployment(analyzer):
    ev = events(analyzer, "Putin warnte vor der Entsendung von Soldaten in die Ukraine und verwies auf seine Atomwaffen.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_prepared_nuclear_use_is_not_a_use(analyzer):
    ev = events(analyzer, "Es gebe keine Anzeichen, dass Moskau einen Atomwaffeneinsatz vorbereite, sagte der Sprecher.")
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_damage_control_and_assurances_are_de_escalation(analyzer):
    ev = events(analyzer, "Nach den Atomdrohungen seines Ministers bemühte sich Islamabad um Schadensbegrenzung.")
    assert ("DE_ESCALATION", "PAK", "asserted") in ev
    ev = events(analyzer, "Moskau hat zugesichert, Washington vorab über Starts von Interkontinentalraketen zu unterrichten.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev


def test_talks_without_preconditions(analyzer):
    ev = events(analyzer, "Die USA seien bereit, ohne Vorbedingungen mit Moskau über Atomwaffen zu sprechen.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev


def test_test_moratorium_kept(analyzer):
    ev = events(analyzer, "Peking halte an seinem Moratorium für Atomtests fest, sagte ein Sprecher.")
    assert ("DE_ESCALATION", "CHN", "asserted") in ev


def test_acting_without_notice_to_the_iaea(analyzer):
    ev = events(analyzer, "Das Atomabkommen liegt auf Eis. Iran hat neue Zentrifugen ohne vorherige Meldung an die UN-Atombehörde in Betrieb genommen.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_volksrepublik_is_china(analyzer):
    ev = events(analyzer, "Das Pentagon schätzt das Arsenal der Volksrepublik auf 500 Sprengköpfe.")
    assert ("CAPABILITY", "CHN", "asserted") in ev


# --- blind5 round: general forms (sentences written for these tests) ---

def test_gefechtskoepfe_from_depots_are_warhead_movement(analyzer):
    ev = events(analyzer, "China hat nach US-Angaben nukleare Gefechtsköpfe aus den Depots geholt.")
    assert ("WARHEAD_MOVEMENT", "CHN", "asserted") in ev


def test_bustle_at_a_weapons_depot(analyzer):
    ev = events(analyzer, "Am russischen Depot für Sprengköpfe bei Pskow herrscht ungewöhnlich rege Betriebsamkeit.")
    assert any(k[0] == "WARHEAD_MOVEMENT" for k in ev)


def test_fronted_dass_clause_denied_by_main_clause(analyzer):
    ev = events(analyzer, "Dass Russland Vorbereitungen für einen Atomschlag trifft, lässt sich laut Pentagon nicht erkennen.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert ("PREPARATION", "RUS", "asserted") not in ev


def test_accusation_verb_far_from_its_object(analyzer):
    ev = events(analyzer, "Israels Außenminister unterstellte der Regierung in Teheran am Abend, mit ausländischer Hilfe "
                          "eigene Atomwaffen bauen zu wollen.")
    assert any(k[0] == "PRETEXT_CLAIM" for k in ev)


def test_never_strive_for_the_bomb_is_a_denial(analyzer):
    ev = events(analyzer, "Iran werde unter keinen Umständen nach der Atombombe streben, versicherte der Präsident.")
    assert ("DENIAL", "IRN", "asserted") in ev


def test_dismissed_as_propaganda_is_a_denial(analyzer):
    ev = events(analyzer, "Der Kreml bezeichnete den Bericht über verlegte Atomwaffen als westliche Propaganda.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_meeting_never_took_place_is_a_denial(analyzer):
    ev = events(analyzer, "Über den Einsatz von Atomwaffen sei beraten worden, hieß es. "
                          "Indiens Regierung erklärte, ein solches Treffen habe nie stattgefunden.")
    assert ("DENIAL", "IND", "asserted") in ev


def test_disinformation_alone_is_no_denial(analyzer):
    ev = events(analyzer, "Moskau drohte mit Atomwaffen. Russland verbreite gezielt Desinformation, sagte die Ministerin.")
    assert not any(k[0] == "DENIAL" for k in ev)


def test_transfer_of_weapons_names_their_owner(analyzer):
    ev = events(analyzer, "Den Transfer amerikanischer Atombomben nach Polen hat Warschau am Montag bestätigt.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_test_ban_treaty_with_hyphen_and_ratification_withdrawn(analyzer):
    ev = events(analyzer, "Russland hat die Ratifikation des Kernwaffenteststopp-Vertrags am Donnerstag zurückgenommen.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev


def test_only_then_makes_a_test_hypothetical(analyzer):
    ev = events(analyzer, "China werde nur dann wieder Atomwaffen testen, wenn andere Staaten vorangingen.")
    assert ("WEAPON_TEST", "CHN", "hypothetical") in ev
    assert ("WEAPON_TEST", "CHN", "asserted") not in ev


def test_a_miscalculation_away_from_annihilation_is_a_warning(analyzer):
    ev = events(analyzer, "Die Welt sei nur einen Fehler von der atomaren Vernichtung entfernt, sagte der Papst.")
    assert ("WARNING", "VAT", "asserted") in ev


def test_scourged_as_intimidation_is_a_warning(analyzer):
    ev = events(analyzer, "Frankreich hat die jüngsten Atomdrohungen scharf gegeißelt.")
    assert ("WARNING", "FRA", "asserted") in ev


def test_end_of_the_regime_is_an_asserted_warning(analyzer):
    ev = events(analyzer, "Ein Atomangriff würde das Ende des Regimes bedeuten, sagte der südkoreanische Präsident.")
    assert ("WARNING", "KOR", "asserted") in ev


def test_city_left_a_crater_is_a_threat(analyzer):
    ev = events(analyzer, "Nach einem Atomschlag bliebe von Warschau nur ein rauchender Krater, schrieb Medwedew.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_plans_for_a_counterstrike_presented(analyzer):
    ev = events(analyzer, "Kim Jong Un hat sich die Pläne für einen nuklearen Gegenschlag vortragen lassen.")
    assert ("DELIBERATION", "PRK", "asserted") in ev


def test_distancing_from_nuclear_remarks_is_de_escalation(analyzer):
    ev = events(analyzer, "Ein Abgeordneter forderte den Einsatz von Atomwaffen. "
                          "Indiens Premierminister rückte noch am Abend von den Äußerungen ab.")
    assert ("DE_ESCALATION", "IND", "asserted") in ev


def test_cooperation_with_iaea_put_on_ice(analyzer):
    ev = events(analyzer, "Iran legt wegen seines Atomprogramms die Zusammenarbeit mit der Atomenergiebehörde auf Eis.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_count_before_its_verb_in_a_relative_clause(analyzer):
    ev = events(analyzer, "Großbritannien besitzt rund 225 Atomwaffen, Frankreich, das auf etwa 290 kommt, etwas mehr.")
    assert ("CAPABILITY", "FRA", "asserted") in ev
