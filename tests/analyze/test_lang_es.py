"""Spanish pack: small, general behaviours (negation, modality, hedging, dates, distractors)."""

from tests.analyze.langtest import events, pack_analyzer

analyzer = pack_analyzer("es")


def test_no_indication_negates_preparation(analyzer):
    ev = events(analyzer, "Washington no ha detectado indicios de que Rusia se esté preparando para usar armas nucleares.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] == "NUCLEAR_USE" and k[2] == "asserted" for k in ev)


def test_hypothetical_use(analyzer):
    ev = events(analyzer, "Rusia podría utilizar armas nucleares tácticas en Ucrania, según los analistas.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_hedged_deployment_and_weekday(analyzer):
    ev = events(analyzer, "Rusia ha trasladado supuestamente el jueves ojivas nucleares a Bielorrusia.")
    e = next(e for k, e in ev.items() if k[0] in ("DEPLOYMENT", "WARHEAD_MOVEMENT") and k[1] == "RUS")
    assert e.hedged
    assert e.date == "2024-05-09"


def test_fixed_denial(analyzer):
    ev = events(analyzer, "Putin aseguró que por ahora «no hay ninguna necesidad» de emplear el arma nuclear.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_doctrine_condition_is_not_hypothetical(analyzer):
    ev = events(analyzer, "Moscú solo usaría armas nucleares si está en peligro la existencia del Estado ruso.")
    assert ("DOCTRINE", "RUS", "asserted") in ev


def test_nuclear_power_distractor_yields_nothing(analyzer):
    text = ("Las eléctricas solicitaron prorrogar hasta 2030 la actividad de la central nuclear de Almaraz. "
            "El Consejo de Seguridad Nuclear deberá emitir un informe. El debate sobre la energía nuclear sigue abierto.")
    assert events(analyzer, text) == {}


def test_no_first_use_is_doctrine_not_negated_use(analyzer):
    ev = events(analyzer, "Nueva Delhi reiteró su compromiso de no ser nunca la primera en emplear armas nucleares.")
    assert ("DOCTRINE", "IND", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_solo_si_makes_the_main_clause_hypothetical(analyzer):
    ev = events(analyzer, "Pekín solo realizará ensayos nucleares si Washington reanuda los suyos.")
    assert ("WEAPON_TEST", "CHN", "hypothetical") in ev
    assert ("WEAPON_TEST", "CHN", "asserted") not in ev


def test_icbm_launch_is_a_test_but_a_missile_strike_is_not(analyzer):
    ev = events(analyzer, "Corea del Norte disparó el martes un misil balístico intercontinental hacia el mar de Japón.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    ev = events(analyzer, "Irán, que niega buscar el arma atómica, respondió con el lanzamiento de misiles contra Israel.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_warheads_still_in_storage_is_negated_movement(analyzer):
    ev = events(analyzer, "Según la inteligencia británica, las ojivas rusas permanecen en sus depósitos habituales.")
    assert ("WARHEAD_MOVEMENT", "RUS", "negated") in ev


def test_capable_of_carrying_is_capability_not_movement(analyzer):
    ev = events(analyzer, "El nuevo misil ruso Sarmat sería capaz de transportar diez ojivas.")
    assert ("CAPABILITY", "RUS", "asserted") in ev
    assert not any(k[0] in ("WARHEAD_MOVEMENT", "DEPLOYMENT") for k in ev)


def test_neither_confirm_nor_deny_is_not_a_denial(analyzer):
    ev = events(analyzer, "El Gobierno israelí ni confirma ni desmiente disponer de armas nucleares.")
    assert not any(k[0] == "DENIAL" for k in ev)


def test_no_threat_reassurance_and_noun_threat(analyzer):
    ev = events(analyzer, "Washington aseguró que el submarino ruso, que no lleva armas nucleares, «no supone una amenaza».")
    assert not any(k[0] == "THREAT" for k in ev)
    ev = events(analyzer, "Medvédev amenazó con convertir Londres en «polvo radiactivo».")
    assert ("THREAT", "RUS", "asserted") in ev


def test_conditional_apodosis_is_not_hedged(analyzer):
    ev = events(analyzer, "Si Rusia empleara armas nucleares, la respuesta sería contundente, advirtió Londres.")
    e = ev[("NUCLEAR_USE", "RUS", "hypothetical")]
    assert not e.hedged


def test_preparing_for_a_crisis_is_not_preparation(analyzer):
    text = "El documento explica cómo prepararse para posibles crisis nucleares con China y Rusia."
    assert not any(k[0] == "PREPARATION" for k in events(analyzer, text))


def test_meeting_is_not_reunion_island(analyzer):
    ev = events(analyzer, "En una reunión con sus generales, Putin anunció cambios en la doctrina nuclear.")
    assert ("DOCTRINE", "RUS", "asserted") in ev
    assert not any(k[1] == "REU" for k in ev)


def test_uranium_mine_and_nuclear_family_distractors(analyzer):
    text = ("La minera probó nuevas técnicas de extracción de uranio y reclama al Estado una indemnización. "
            "Según el INE, la familia nuclear sigue perdiendo peso frente a los hogares unipersonales.")
    assert events(analyzer, text) == {}


# -- broader vocabulary (lexicon expansion) --------------------------------------------------

def test_no_descarta_is_a_threat_and_a_hypothetical_use(analyzer):
    ev = events(analyzer, "El Kremlin no descarta el empleo de armas nucleares si la OTAN envía tropas a Ucrania.")
    assert ("THREAT", "RUS", "asserted") in ev
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev
    assert not any(k[2] == "negated" for k in ev)


def test_descarto_is_a_denial_not_a_negated_use(analyzer):
    ev = events(analyzer, "Pekín descartó el uso de armas nucleares contra Taiwán.")
    assert ("DENIAL", "CHN", "asserted") in ev
    assert ("NUCLEAR_USE", "CHN", "negated") not in ev


def test_phone_call_and_risk_reduction_are_de_escalation(analyzer):
    ev = events(analyzer, "Los jefes militares de Rusia y EE.UU. hablaron por teléfono para evitar una escalada nuclear.")
    assert any(k[0] == "DE_ESCALATION" for k in ev)
    ev = events(analyzer, "Washington y Pekín acordaron reducir los riesgos de una guerra nuclear.")
    assert any(k[0] == "DE_ESCALATION" for k in ev)


def test_treaty_extension_and_data_exchange(analyzer):
    ev = events(analyzer, "Biden y Putin acordaron prolongar cinco años el tratado New START.")
    assert any(k[0] == "ARMS_CONTROL" for k in ev)
    ev = events(analyzer, "Rusia dejó de intercambiar datos con Estados Unidos en el marco del nuevo START.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev


def test_alert_exercise_and_deployment_wording(analyzer):
    ev = events(analyzer, "China habría aumentado la disponibilidad de combate de sus misiles nucleares.")
    assert ("ALERT_CHANGE", "CHN", "asserted") in ev
    ev = events(analyzer, "Bielorrusia realizó unas prácticas con armas nucleares tácticas junto a las tropas rusas.")
    assert ("EXERCISE", "BLR", "asserted") in ev
    ev = events(analyzer, "Un submarino nuclear estadounidense con misiles balísticos atracó en el puerto surcoreano de Busan.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_warning_verbs(analyzer):
    ev = events(analyzer, "Japón expresó su profunda consternación y deploró el ensayo nuclear norcoreano.")
    assert ("WARNING", "JPN", "asserted") in ev
    ev = events(analyzer, "Biden avisó a Moscú de que pagaría un alto precio si empleaba armas nucleares.")
    assert ("WARNING", "USA", "asserted") in ev


def test_civil_nuclear_with_the_new_verbs_yields_nothing(analyzer):
    text = ("El Gobierno aprobó prolongar la vida de la central nuclear de Ascó y el regulador verificará los límites "
            "de emisiones. El buque trasladó combustible nuclear a Sellafield, donde se almacenará en depósitos. "
            "Los ecologistas exigieron que se renuncie a la energía nuclear y lamentaron la prórroga; la estrategia "
            "nuclear del Gobierno prevé cerrar los reactores en 2035. Los bomberos hicieron un simulacro en la planta.")
    assert events(analyzer, text) == {}


def test_peaceful_purposes_is_a_denial_and_routine_drill_a_reassurance(analyzer):
    text = ("Israel acusa a Irán de buscar la bomba atómica. Teherán replicó que su programa tiene fines "
            "exclusivamente pacíficos.")
    ev = events(analyzer, text)
    assert ("DENIAL", "IRN", "asserted") in ev
    ev = events(analyzer, "La OTAN inició sus maniobras de disuasión nuclear y recalcó que no van dirigidas contra ningún país.")
    assert ("EXERCISE", "NATO", "asserted") in ev
    assert any(k[0] == "DE_ESCALATION" for k in ev)


def test_sending_troops_is_not_a_deployment(analyzer):
    ev = events(analyzer, "Corea del Norte ensayó un misil intercontinental en plena polémica por el envío de soldados a Rusia.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


# -- generalisation (blind2 error analysis): general vocabulary, new sentences ---------------

def test_supuesto_the_noun_is_no_hedge(analyzer):
    ev = events(analyzer, "La nueva ley norcoreana enumera los supuestos en los que el país podría recurrir al arma nuclear.")
    assert not ev[("DOCTRINE", "PRK", "asserted")].hedged
    ev = events(analyzer, "Por supuesto, Pekín seguirá ampliando su arsenal nuclear, dijo el analista.")
    assert not ev[("CAPABILITY", "CHN", "asserted")].hedged
    ev = events(analyzer, "El supuesto traslado de ojivas rusas a Kaliningrado inquieta a Varsovia.")
    assert any(e.hedged for k, e in ev.items() if k[0] in ("WARHEAD_MOVEMENT", "DEPLOYMENT"))


def test_evidence_is_neither_a_test_nor_a_drill(analyzer):
    ev = events(analyzer, "El inspector admitió que no tiene pruebas concluyentes de que Irán fabrique un arma nuclear.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)
    ev = events(analyzer, "Los diplomáticos reconocen que no hay «pruebas prácticas» de que Rusia se esté preparando "
                          "para usar armas nucleares.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] in ("WEAPON_TEST", "EXERCISE") for k in ev)


def test_a_missile_entering_service_is_not_an_alert(analyzer):
    ev = events(analyzer, "El nuevo misil nuclear Yars ruso entrará en servicio de combate en diciembre.")
    assert not any(k[0] == "ALERT_CHANGE" for k in ev)
    ev = events(analyzer, "Putin puso las fuerzas nucleares rusas en servicio de combate especial.")
    assert ("ALERT_CHANGE", "RUS", "asserted") in ev


def test_about_to_launch_and_readying_weapons_are_preparation(analyzer):
    ev = events(analyzer, "Los satélites no muestran que Corea del Norte se disponga a lanzar un ataque nuclear.")
    assert ("PREPARATION", "PRK", "negated") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)
    ev = events(analyzer, "Fuentes militares afirman que Rusia habría empezado a alistar sus ojivas nucleares tácticas.")
    assert ("PREPARATION", "RUS", "asserted") in ev


def test_preparations_at_a_test_site_are_a_test_not_a_preparation(analyzer):
    ev = events(analyzer, "Pionyang ha terminado los preparativos en su polígono del noreste para una nueva prueba nuclear.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_nuclear_status_denuclearisation_and_clash_are_nuclear_context(analyzer):
    text = ("Pionyang aprobó una ley que fija su estatus nuclear. Tokio expresó el sábado su inquietud por la norma.")
    assert ("WARNING", "JPN", "asserted") in events(analyzer, text)
    ev = events(analyzer, "Washington condenó el rechazo de Pionyang a cualquier desnuclearización.")
    assert ("WARNING", "USA", "asserted") in ev
    ev = events(analyzer, "El Gobierno turco mantuvo contactos telefónicos con ambas partes para evitar un choque nuclear.")
    assert ("DE_ESCALATION", "TUR", "asserted") in ev


def test_extended_deterrence_and_what_counts_as_a_nuclear_attack(analyzer):
    ev = events(analyzer, "Washington reiteró que defenderá a Filipinas con toda la gama de sus capacidades, incluidas las nucleares.")
    assert ("DOCTRINE", "USA", "asserted") in ev
    ev = events(analyzer, "Moscú advirtió que cualquier golpe contra sus silos será tratado como un ataque nuclear.")
    assert ("DOCTRINE", "RUS", "asserted") in ev
    ev = events(analyzer, "París se reserva el derecho de responder con armas nucleares a una agresión contra sus intereses vitales.")
    assert ("DOCTRINE", "FRA", "asserted") in ev


def test_a_law_that_contemplates_use_is_doctrine_a_state_that_never_did_is_a_denial(analyzer):
    ev = events(analyzer, "La nueva ley iraní contempla el empleo de misiles como respuesta a una agresión nuclear.")
    assert ("DOCTRINE", "IRN", "asserted") in ev
    ev = events(analyzer, "Islamabad afirmó que en ningún momento había planeado usar armas nucleares contra su vecino.")
    assert ("DENIAL", "PAK", "asserted") in ev
    assert not any(k[0] in ("NUCLEAR_USE", "DOCTRINE") for k in ev)


def test_calling_a_story_far_fetched_is_a_denial_not_a_warning(analyzer):
    text = ("Un diario afirma que India preparó misiles nucleares en 2019. Nueva Delhi rechazó la versión del diario "
            "y la tildó de «descabellada».")
    ev = events(analyzer, text)
    assert ("DENIAL", "IND", "asserted") in ev
    assert not any(k[0] == "WARNING" for k in ev)
    ev = events(analyzer, "Moscú tachó de «irresponsable» el despliegue de armas nucleares estadounidenses en Europa.")
    assert ("WARNING", "RUS", "asserted") in ev


def test_on_the_phone_is_contact_and_dead_talks_are_not(analyzer):
    ev = events(analyzer, "El canciller turco pasó la noche al teléfono con Moscú para frenar una escalada nuclear.")
    assert ("DE_ESCALATION", "TUR", "asserted") in ev
    ev = events(analyzer, "Teherán dio por muertas las negociaciones sobre su programa nuclear militar.")
    assert ("DE_ESCALATION", "IRN", "asserted") not in ev


def test_reviewing_launch_procedures_is_deliberation(analyzer):
    text = "Según el diario, el almirante británico revisó con sus oficiales los protocolos de lanzamiento de misiles nucleares."
    assert ("DELIBERATION", "GBR", "asserted") in events(analyzer, text)


def test_the_iaea_board_speaks_for_the_iaea(analyzer):
    ev = events(analyzer, "La Junta de Gobernadores aprobó una resolución que condena el programa nuclear militar iraní.")
    assert ("WARNING", "IAEA", "asserted") in ev


def test_radioactive_ruin_and_hints_are_threats(analyzer):
    ev = events(analyzer, "Un diputado ruso amenazó con dejar Londres convertida en ruinas radiactivas.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Un portavoz norcoreano insinuó que Pionyang podría responder con su arsenal atómico.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_radiological_devices_and_secret_warheads_are_pretext_claims(analyzer):
    ev = events(analyzer, "Moscú sostiene que Kiev planea hacer estallar un artefacto radiactivo cerca de Zaporiyia.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev
    ev = events(analyzer, "Washington asegura que Teherán ensambla en secreto cabezas nucleares.")
    assert ("PRETEXT_CLAIM", "USA", "asserted") in ev


def test_protest_subjunctive_launch_and_forces_readied_for_use(analyzer):
    assert ("WARNING", "KOR", "asserted") in events(analyzer, "Seúl protestó por el nuevo ensayo nuclear de Pionyang.")
    ev = events(analyzer, "Varios analistas temen que Moscú lance un arma nuclear táctica sobre el frente.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev
    ev = events(analyzer, "Según Kiev, Rusia prepara sus tropas para un eventual empleo de armas nucleares.")
    assert ("PREPARATION", "RUS", "asserted") in ev


def test_nuclear_capable_aircraft_arriving_is_a_deployment(analyzer):
    ev = events(analyzer, "Dos bombarderos estratégicos rusos Tu-160 arribaron el martes a Venezuela.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev


def test_posture_review_is_doctrine_not_alert(analyzer):
    ev = events(analyzer, "La Revisión de la Postura Nuclear publicada por Washington amplía el papel de las armas nucleares.")
    assert ("DOCTRINE", "USA", "asserted") in ev
    assert not any(k[0] == "ALERT_CHANGE" for k in ev)


def test_a_withdrawn_threat_is_de_escalation(analyzer):
    ev = events(analyzer, "Moscú retiró sus amenazas nucleares tras la llamada con Pekín.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev
    assert not any(k[0] == "THREAT" for k in ev)


def test_parliament_names_its_state(analyzer):
    ev = events(analyzer, "La Duma votó a favor de revocar la ratificación del TPCE.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev


def test_joint_statement_firm_response_and_calls_to_renounce(analyzer):
    ev = events(analyzer, "Moscú y Pekín suscribieron un comunicado conjunto sobre el riesgo nuclear.")
    assert any(k[0] == "DE_ESCALATION" for k in ev)
    ev = events(analyzer, "La OTAN respondería con firmeza a cualquier uso de armas nucleares, según su secretario general.")
    assert ("WARNING", "NATO", "asserted") in ev
    ev = events(analyzer, "Guterres exhortó a las potencias nucleares a que abandonen la retórica amenazante.")
    assert ("WARNING", "UN", "asserted") in ev


def test_named_strategic_exercise(analyzer):
    ev = events(analyzer, "El Mando Estratégico estadounidense inició su ejercicio anual Global Thunder.")
    assert ("EXERCISE", "USA", "asserted") in ev


def test_everything_points_to_is_a_hedge_not_a_hint(analyzer):
    ev = events(analyzer, "Todo apunta a que Rusia trasladó ojivas nucleares a Bielorrusia.")
    assert any(e.hedged for k, e in ev.items() if k[0] in ("DEPLOYMENT", "WARHEAD_MOVEMENT") and k[1] == "RUS")
    assert not any(k[0] == "THREAT" for k in ev)


def test_relative_days_weeks_and_months(analyzer):
    ev = events(analyzer, "Medvédev amenazó anteanoche con un ataque nuclear contra Kiev.")
    assert ev[("THREAT", "RUS", "asserted")].date == "2024-05-08"
    ev = events(analyzer, "Rusia celebrará la semana que viene maniobras con armas nucleares tácticas.")
    assert ev[("EXERCISE", "RUS", "asserted")].date == "2024-05"
    ev = events(analyzer, "Corea del Norte realizó a mediados de mes un ensayo de un misil intercontinental.")
    assert ev[("WEAPON_TEST", "PRK", "asserted")].date == "2024-05"
    ev = events(analyzer, "China realizó el mes anterior un ensayo de un misil intercontinental.")
    assert ev[("WEAPON_TEST", "CHN", "asserted")].date == "2024-04"


def test_sea_of_fire_is_a_threat(analyzer):
    ev = events(analyzer, "Kim Yo-jong afirmó que Pionyang convertirá Guam en un mar de fuego nuclear.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_nonsense_is_a_denial(analyzer):
    text = "Un diario afirma que Rusia movió ojivas nucleares. Peskov calificó la información de «sinsentido»."
    assert ("DENIAL", "RUS", "asserted") in events(analyzer, text)


def test_very_grave_consequences_and_alarm_are_warnings(analyzer):
    ev = events(analyzer, "El Gobierno alemán dejó claro que un ataque nuclear tendría consecuencias sumamente graves.")
    assert ("WARNING", "DEU", "asserted") in ev
    ev = events(analyzer, "Seúl recibió con alarma el anuncio del nuevo misil nuclear norcoreano.")
    assert ("WARNING", "KOR", "asserted") in ev


def test_every_form_of_usar_is_use(analyzer):
    ev = events(analyzer, "¿Usará Rusia armas nucleares en Ucrania?")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_a_pledge_not_to_deploy_and_a_postponed_test_are_de_escalation(analyzer):
    ev = events(analyzer, "Moscú se comprometió a no desplegar misiles nucleares de alcance intermedio en Europa.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)
    ev = events(analyzer, "Corea del Norte aplazó su séptimo ensayo nuclear por las fuertes lluvias.")
    assert ("DE_ESCALATION", "PRK", "asserted") in ev
    assert ("WEAPON_TEST", "PRK", "asserted") not in ev


def test_declining_to_comment_is_no_denial_and_a_legitimate_target_is_a_threat(analyzer):
    ev = events(analyzer, "El Pentágono se negó a comentar el futuro de las armas nucleares en Polonia.")
    assert not any(k[0] == "DENIAL" for k in ev)
    ev = events(analyzer, "Moscú advirtió que esas bases serán un objetivo legítimo para sus misiles nucleares.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_any_deployment_is_not_an_asserted_one(analyzer):
    ev = events(analyzer, "Rusia considerará cualquier despliegue de armas nucleares en Finlandia una provocación.")
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_no_intention_to_install_is_no_capability(analyzer):
    ev = events(analyzer, "Pekín no tiene intención de instalar armas nucleares en el espacio.")
    assert not any(k[0] == "CAPABILITY" for k in ev)
    assert ("CAPABILITY", "ISR", "asserted") in events(analyzer, "Israel tiene unas 90 ojivas nucleares, según el SIPRI.")


def test_a_simulated_strike_is_the_drill_not_a_use(analyzer):
    ev = events(analyzer, "Las maniobras rusas simularon un golpe nuclear masivo de represalia.")
    assert ("EXERCISE", "RUS", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_outer_space_treaty_and_rejected_report(analyzer):
    ev = events(analyzer, "Según la Casa Blanca, Rusia viola el Tratado del Espacio Exterior con su arma antisatélite nuclear.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    text = "Un informe del Pentágono cifra en 600 las ojivas nucleares chinas. Pekín rechazó el informe."
    assert ("DENIAL", "CHN", "asserted") in events(analyzer, text)


def test_denouncing_weapon_building_is_a_pretext_claim_and_silos_a_deployment(analyzer):
    ev = events(analyzer, "Seúl denunció que Pionyang fabrica nuevas cabezas nucleares en una planta oculta.")
    assert ("PRETEXT_CLAIM", "KOR", "asserted") in ev
    ev = events(analyzer, "Imágenes satelitales revelan que China ha excavado decenas de silos para misiles intercontinentales.")
    assert ("DEPLOYMENT", "CHN", "asserted") in ev


def test_a_system_in_combat_service_is_deployed_not_put_on_alert(analyzer):
    ev = events(analyzer, "El misil nuclear Oreshnik ya está desplegado en Bielorrusia y en servicio de combate.")
    assert ("DEPLOYMENT", "BLR", "asserted") in ev
    assert not any(k[0] == "ALERT_CHANGE" for k in ev)
    ev = events(analyzer, "Putin ordenó pasar las fuerzas de disuasión nuclear a régimen especial de combate.")
    assert ("ALERT_CHANGE", "RUS", "asserted") in ev


def test_a_clitic_names_the_weapon_and_any_aggressor_makes_a_threat(analyzer):
    text = ("Bielorrusia ya alberga armas nucleares tácticas rusas. "
            "Lukashenko aseguró que podrá emplearlas contra cualquier agresor.")
    ev = events(analyzer, text)
    assert ("THREAT", "BLR", "asserted") in ev
    assert ("NUCLEAR_USE", "BLR", "hypothetical") in ev


def test_nuclear_command_is_weapon_context(analyzer):
    ev = events(analyzer, "Washington y Pekín celebraron una ronda de consultas sobre el mando nuclear y la inteligencia artificial.")
    assert any(k[0] == "DE_ESCALATION" for k in ev)


def test_perfect_tenses_of_threaten_and_alert(analyzer):
    assert ("THREAT", "PRK", "asserted") in events(analyzer, "Corea del Norte ha amenazado con un ataque nuclear preventivo.")
    ev = events(analyzer, "El OIEA ha alertado de que Irán acumula uranio suficiente para varias bombas atómicas.")
    assert ("WARNING", "IAEA", "asserted") in ev


def test_a_civil_defence_alert_is_not_a_nuclear_alert(analyzer):
    text = "Japón puso en alerta a la población de Okinawa por el paso de un cohete espacial, ajeno al programa nuclear."
    assert not any(k[0] == "ALERT_CHANGE" for k in events(analyzer, text))


def test_radioactive_material_strategic_missiles_and_ship_prefixes(analyzer):
    ev = events(analyzer, "Rusia acusa a Occidente de preparar una provocación con material radiactivo en Ucrania.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev
    ev = events(analyzer, "China llevó a cabo maniobras con sus fuerzas de misiles estratégicos alrededor de Taiwán.")
    assert ("EXERCISE", "CHN", "asserted") in ev
    ev = events(analyzer, "El submarino nuclear lanzamisiles USS Kentucky atracó en Busan.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_a_moratorium_dropped_and_a_count_of_warheads(analyzer):
    ev = events(analyzer, "Rusia anunció que dejará de aplicar la moratoria sobre el despliegue de misiles de alcance intermedio.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    ev = events(analyzer, "El número de ojivas chinas asciende ya a unas 600, según el Pentágono.")
    assert ("CAPABILITY", "CHN", "asserted") in ev


def test_the_right_to_defend_oneself_with_nuclear_weapons(analyzer):
    ev = events(analyzer, "Un portavoz ruso recalcó que su país tiene todo el derecho a responder con armas nucleares.")
    assert ("DOCTRINE", "RUS", "asserted") in ev
    assert ("THREAT", "RUS", "asserted") in ev


def test_talks_named_in_passing_or_stalled_are_no_contact(analyzer):
    ev = events(analyzer, "El anuncio complica las negociaciones en curso sobre el programa nuclear militar iraní.")
    assert not any(k[0] == "DE_ESCALATION" for k in ev)
    ev = events(analyzer, "Las conversaciones sobre el arsenal nuclear norcoreano siguen estancadas desde 2019.")
    assert not any(k[0] == "DE_ESCALATION" and k[2] == "asserted" for k in ev)


def test_a_state_after_con_la_or_contra_los_is_not_the_one_who_acts(analyzer):
    text = "Los analistas temen un escenario en el que China, enfrentada con los Estados Unidos, lance una bomba atómica sobre Taiwán."
    ev = events(analyzer, text)
    assert ("NUCLEAR_USE", "CHN", "hypothetical") in ev
    assert ("NUCLEAR_USE", "USA", "hypothetical") not in ev


def test_ruins_left_by_an_accident_are_no_threat(analyzer):
    text = ("El accidente de la central soviética dejó la ciudad ucraniana de Prípiat convertida en ruinas radiactivas, "
            "recuerdan los guías de la zona nuclear de exclusión.")
    assert not any(k[0] == "THREAT" for k in events(analyzer, text))


# -- session 4: breadth and precision in general form ----------------------------------------

def test_threat_vocabulary_beyond_the_verb(analyzer):
    ev = events(analyzer, "El dirigente ruso dio a entender que Moscú podría recurrir a su arsenal nuclear.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Pionyang lanzó una advertencia nuclear contra Seúl tras las maniobras.")
    assert ("THREAT", "PRK", "asserted") in ev
    ev = events(analyzer, "Moscú respondería sin dudar y con todos sus medios, dijo Lavrov sobre las armas nucleares.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Si Corea del Norte sufre un ataque nuclear, la represalia será devastadora, advirtió Kim.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_an_insinuation_named_is_no_threat(analyzer):
    ev = events(analyzer, "Seúl calificó de absurda cualquier insinuación de que sus aliados vayan a usar armas nucleares.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_a_move_sent_as_a_signal_is_a_threat(analyzer):
    text = ("Rusia desplegó nuevos misiles nucleares en Kaliningrado. "
            "Medvédev dijo que el despliegue es «una señal» a los gobiernos europeos.")
    assert ("THREAT", "RUS", "asserted") in events(analyzer, text)


def test_doctrine_joint_attack_and_capabilities_at_disposal(analyzer):
    ev = events(analyzer, "Según el texto, Moscú considerará un ataque conjunto la agresión apoyada por una potencia nuclear.")
    assert ("DOCTRINE", "RUS", "asserted") in ev
    text = ("Francia debate el papel europeo de su arsenal nuclear. "
            "Macron afirmó que sus capacidades de disuasión estarán a disposición de los socios europeos.")
    assert ("DOCTRINE", "FRA", "asserted") in events(analyzer, text)


def test_a_text_providing_for_use_is_doctrine_not_deliberation(analyzer):
    ev = events(analyzer, "La nueva ley norcoreana contempla el uso de armas nucleares ante un ataque inminente.")
    assert ("DOCTRINE", "PRK", "asserted") in ev
    assert not any(k[0] == "DELIBERATION" for k in ev)


def test_a_criticised_doctrine_is_not_the_critics(analyzer):
    ev = events(analyzer, "El canciller polaco criticó la nueva doctrina nuclear de Minsk por irresponsable.")
    assert ("WARNING", "POL", "asserted") in ev
    assert not any(k[0] == "DOCTRINE" and k[1] == "POL" for k in ev)


def test_accused_of_seeking_the_bomb_but_not_a_denial(analyzer):
    ev = events(analyzer, "Israel sostiene que Teherán busca dotarse de la bomba atómica.")
    assert ("PRETEXT_CLAIM", "ISR", "asserted") in ev
    ev = events(analyzer, "Irán asegura que no busca dotarse de la bomba atómica.")
    assert not any(k[0] == "PRETEXT_CLAIM" for k in ev)


def test_off_the_table_and_a_walk_back_are_denials(analyzer):
    ev = events(analyzer, "Londres insistió en que el empleo de armas nucleares no está sobre la mesa.")
    assert ("DENIAL", "GBR", "asserted") in ev
    ev = events(analyzer, "Tokio rectificó sus declaraciones sobre el arma nuclear un día después.")
    assert ("DENIAL", "JPN", "asserted") in ev


def test_warning_words_and_the_noun_alert(analyzer):
    ev = events(analyzer, "Berlín calificó las amenazas nucleares rusas de intolerables.")
    assert ("WARNING", "DEU", "asserted") in ev
    ev = events(analyzer, "Pekín alerta de que el escudo de Washington eleva el riesgo de una guerra nuclear.")
    assert ("WARNING", "CHN", "asserted") in ev
    ev = events(analyzer, "Seúl aseguró que no cambió el nivel de alerta de sus fuerzas ante el ensayo nuclear norcoreano.")
    assert not any(k[0] == "WARNING" and k[2] == "negated" for k in ev)


def test_drills_of_handling_and_use(analyzer):
    ev = events(analyzer, "Según Minsk, los pilotos bielorrusos recibieron formación para el manejo de armas nucleares tácticas.")
    assert ("EXERCISE", "BLR", "asserted") in ev
    ev = events(analyzer, "Las tropas rusas ensayaron el empleo conjunto de armas nucleares con Bielorrusia.")
    assert ("EXERCISE", "RUS", "asserted") in ev
    assert not any(k[0] == "WEAPON_TEST" for k in ev)
    ev = events(analyzer, "Corea del Norte simuló un contraataque nuclear contra bases estadounidenses.")
    assert ("EXERCISE", "PRK", "asserted") in ev


def test_put_to_the_test_is_no_weapon_test(analyzer):
    ev = events(analyzer, "La crisis de los misiles nucleares pondrá a prueba la unidad de la OTAN.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)
    ev = events(analyzer, "Pakistán lanzó el martes un misil de crucero capaz de portar ojivas nucleares.")
    assert ("WEAPON_TEST", "PAK", "asserted") in ev
    ev = events(analyzer, "Rusia lanzó contra Járkov misiles con capacidad nuclear.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)


def test_deploying_diplomats_or_moving_a_meeting_is_no_deployment(analyzer):
    ev = events(analyzer, "Rusia desplegó a sus diplomáticos para defender su doctrina nuclear en Nueva York.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)
    ev = events(analyzer, "El Gobierno ruso trasladó la reunión sobre armas nucleares al lunes.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)
    ev = events(analyzer, "El portavoz bielorruso negó que haya ojivas nucleares en el país.")
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)
    ev = events(analyzer, "Estados Unidos ubicará bombas nucleares B61 en una base británica.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_custodians_directorate_and_tampoco(analyzer):
    ev = events(analyzer, "La OTAN tampoco ha detectado actividad en la 12.ª Dirección General rusa, que custodia las ojivas.")
    assert ("WARHEAD_MOVEMENT", "RUS", "negated") in ev


def test_more_demonyms_capitals_and_systems(analyzer):
    ev = events(analyzer, "El ministro letón condenó la retórica nuclear del Kremlin.")
    assert ("WARNING", "LVA", "asserted") in ev
    ev = events(analyzer, "Varsovia pidió a la OTAN que condene la amenaza nuclear rusa.")
    assert ("WARNING", "POL", "asserted") in ev
    ev = events(analyzer, "Un misil Sarmat estalló en su silo durante un ensayo, según imágenes de satélite.")
    assert ("WEAPON_TEST", "RUS", "asserted") in ev
    ev = events(analyzer, "El Consejo de Seguridad ruso debatió el posible empleo de armas nucleares tácticas.")
    assert ("DELIBERATION", "RUS", "asserted") in ev


def test_treaty_actions_and_obligations_kept(analyzer):
    ev = events(analyzer, "Kazajistán se adhirió al Tratado de Prohibición de las Armas Nucleares.")
    assert ("ARMS_CONTROL", "KAZ", "asserted") in ev
    ev = events(analyzer, "Rusia vetó el proyecto de resolución sobre armas nucleares en órbita.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    ev = events(analyzer, "La India mantiene su moratoria de ensayos nucleares desde 1998.")
    assert ("DE_ESCALATION", "IND", "asserted") in ev
    assert not any(k[0] in ("WEAPON_TEST", "ARMS_CONTROL") for k in ev)
    ev = events(analyzer, "Brasil sigue cumpliendo sus obligaciones del TNP, dijo el canciller.")
    assert ("DE_ESCALATION", "BRA", "asserted") in ev


def test_capability_with_its_unit_elided_and_fissile_material(analyzer):
    text = "Los expertos siguen de cerca el programa de armas nucleares norcoreano. Pionyang dispondría ya de unas 50."
    e = events(analyzer, text).get(("CAPABILITY", "PRK", "asserted"))
    assert e is not None and e.hedged
    ev = events(analyzer, "Japón guarda plutonio separado, una reserva que bastaría para fabricar miles de bombas atómicas.")
    assert not any(k[0] == "CAPABILITY" and k[2] == "asserted" for k in ev)


def test_asking_to_host_or_the_right_to_test_is_hypothetical(analyzer):
    ev = events(analyzer, "Polonia pidió albergar armas nucleares estadounidenses en su territorio.")
    assert not any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)
    ev = events(analyzer, "Lavrov defendió el derecho de Moscú a probar nuevas armas nucleares.")
    assert not any(k[0] == "WEAPON_TEST" and k[2] == "asserted" for k in ev)


def test_also_with_nuclear_weapons_is_a_hypothetical_use(analyzer):
    ev = events(analyzer, "Si nos atacan, responderemos con todo, también con armas nucleares, dijo Lukashenko.")
    assert ("NUCLEAR_USE", "BLR", "hypothetical") in ev
    assert ("THREAT", "BLR", "asserted") in ev


def test_more_threat_formulas(analyzer):
    ev = events(analyzer, "Medvédev advirtió de que las capitales europeas están al alcance de los misiles nucleares rusos.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "El Kremlin volvió a enarbolar la amenaza nuclear ante el envío de tanques a Kiev.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Moscú adoptará medidas técnico-militares de respuesta, incluidas las nucleares, si Polonia acoge misiles.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "La Alianza tomará las medidas necesarias ante la amenaza nuclear rusa.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_rejecting_that_denies(analyzer):
    ev = events(analyzer, "El Kremlin rechazó de plano que Rusia se esté preparando para un ataque nuclear.")
    assert ("DENIAL", "RUS", "asserted") in ev
    assert not any(k[0] == "PREPARATION" and k[2] == "asserted" for k in ev)


def test_a_missile_range_reduced_is_no_denial(analyzer):
    ev = events(analyzer, "Rusia redujo el alcance de sus misiles nucleares para ajustarse al tratado.")
    assert not any(k[0] == "DENIAL" for k in ev)


def test_talks_about_use_are_deliberation_not_de_escalation(analyzer):
    ev = events(analyzer, "Los jefes militares rusos mantuvieron conversaciones sobre el posible uso de armas nucleares tácticas.")
    assert ("DELIBERATION", "RUS", "asserted") in ev
    assert not any(k[0] == "DE_ESCALATION" for k in ev)


def test_asking_to_rule_out_use_is_a_warning(analyzer):
    ev = events(analyzer, "Pekín pidió a las partes que descarten el uso de armas nucleares en Europa.")
    assert ("WARNING", "CHN", "asserted") in ev


def test_a_minister_suspended_for_a_nuclear_remark(analyzer):
    text = ("Un ministro israelí habló de lanzar una bomba atómica sobre Gaza. "
            "Netanyahu suspendió de inmediato a su ministro de las reuniones del Gobierno.")
    assert ("DE_ESCALATION", "ISR", "asserted") in events(analyzer, text)


def test_weapons_returned_surfacing_and_now_in_place(analyzer):
    ev = events(analyzer, "Washington devolvió bombas nucleares B61 a la base británica de Lakenheath.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev
    ev = events(analyzer, "Un submarino nuclear ruso emergió cerca de las costas de Noruega.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev
    ev = events(analyzer, "Las ojivas nucleares rusas ya están en territorio bielorruso, según Minsk.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev


def test_enrichment_beyond_the_deal(analyzer):
    text = ("Irán amenaza el acuerdo nuclear de 2015. "
            "Teherán comenzará a enriquecer uranio al 90 %, anunció el Gobierno iraní.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in events(analyzer, text)


def test_this_year_and_next_year(analyzer):
    ev = events(analyzer, "Corea del Norte realizará este año su séptimo ensayo nuclear, según Seúl.")
    e = next(e for k, e in ev.items() if k[0] == "WEAPON_TEST")
    assert e.date == "2024"


def test_preparing_the_use_and_showing_no_sign(analyzer):
    ev = events(analyzer, "Kiev afirma que Moscú está preparando el posible empleo de armas nucleares tácticas.")
    assert ("PREPARATION", "RUS", "asserted") in ev
    ev = events(analyzer, "Rusia no muestra indicios de estar preparando el uso de armas nucleares, dijo Londres.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_an_arsenal_that_grows_and_a_nuclear_alert_level(analyzer):
    ev = events(analyzer, "El arsenal nuclear paquistaní crece cada año, según los expertos.")
    assert ("CAPABILITY", "PAK", "asserted") in ev
    ev = events(analyzer, "Francia no ha visto motivos para cambiar su nivel de alerta nuclear.")
    assert ("ALERT_CHANGE", "FRA", "negated") in ev


# -- packs5: wider lexicon and tighter triggers ------------------------------------------

def test_annihilation_formulas_are_threats(analyzer):
    ev = events(analyzer, "Un tertuliano ruso aseguró que un solo misil Sarmat borraría del mapa a Polonia.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "La presentadora de la televisión rusa dijo que un tsunami radiactivo anegaría las costas de Irlanda.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_threat_to_whoever_dares_in_a_nuclear_story(analyzer):
    text = ("Lukashenko habló el martes del arsenal nuclear ruso desplegado en su país. "
            "El mandatario bielorruso avisó de que las consecuencias para quienes se atrevan a cruzar la frontera serán terribles.")
    assert ("THREAT", "BLR", "asserted") in events(analyzer, text)


def test_brink_and_never_closer_are_warnings(analyzer):
    ev = events(analyzer, "Para Guterres, la humanidad está hoy más cerca que nunca de una guerra nuclear.")
    assert ("WARNING", "UN", "asserted") in ev
    ev = events(analyzer, "Según el ministro japonés, el mundo se encuentra al borde del abismo nuclear.")
    assert ("WARNING", "JPN", "asserted") in ev


def test_nuclear_collision_is_a_nuclear_word(analyzer):
    ev = events(analyzer, "El ministro ruso Lavrov alertó de que esa decisión acerca una colisión nuclear con Occidente.")
    assert ("WARNING", "RUS", "asserted") in ev


def test_threatens_nobody_is_a_denial(analyzer):
    ev = events(analyzer, "«Rusia no amenaza a nadie con su arsenal nuclear», afirmó Peskov.")
    assert ("DENIAL", "RUS", "asserted") in ev
    assert not any(k[0] == "THREAT" for k in ev)


def test_rejected_that_with_a_date_between(analyzer):
    ev = events(analyzer, "Peskov rechazó el martes que las palabras de Putin encerraran una amenaza nuclear.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_refusing_to_rule_out_and_ruling_out_talks_are_no_denials(analyzer):
    ev = events(analyzer, "Berlín se negó a descartar el envío de soldados, pese a la amenaza nuclear rusa.")
    assert not any(k[0] == "DENIAL" for k in ev)
    ev = events(analyzer, "China volvió a descartar el lunes cualquier negociación sobre su arsenal nuclear.")
    assert not any(k[0] == "DENIAL" for k in ev)


def test_a_war_with_nuclear_weapons_is_a_possible_use(analyzer):
    ev = events(analyzer, "Putin advirtió de que un choque directo con la OTAN acabaría en una guerra con armas nucleares.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_what_a_missile_is_designed_to_carry_does_not_move(analyzer):
    ev = events(analyzer, "India ensayó un misil diseñado para portar varias ojivas nucleares.")
    assert not any(k[0] in ("DEPLOYMENT", "WARHEAD_MOVEMENT") for k in ev)


def test_moratorium_on_the_deployment(analyzer):
    ev = events(analyzer, "Moscú prometió mantener su moratoria sobre el despliegue de misiles nucleares de alcance intermedio.")
    assert ("DE_ESCALATION", "RUS", "asserted") in ev
    assert ("DEPLOYMENT", "RUS", "asserted") not in ev


def test_without_warning_is_no_negation(analyzer):
    ev = events(analyzer, "Corea del Norte realizó sin previo aviso un ensayo nuclear, según Seúl.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    assert not any(k[2] == "negated" for k in ev)


def test_an_exercise_in_propaganda_is_no_drill(analyzer):
    ev = events(analyzer, "Seúl calificó el desfile de misiles nucleares de Pionyang como un ejercicio de propaganda.")
    assert not any(k[0] == "EXERCISE" for k in ev)


def test_blocking_a_treaty_text_is_arms_control(analyzer):
    ev = events(analyzer, "Irán bloqueó el consenso sobre la declaración final de la conferencia del TNP.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_weapons_with_a_nuclear_component_accused(analyzer):
    ev = events(analyzer, "Lavrov acusó a Londres de enviar a Kiev proyectiles con componente nuclear.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev


def test_dangerous_weapons_described_are_no_warning(analyzer):
    ev = events(analyzer, "Biden propuso negociar también sobre las nuevas y peligrosas armas nucleares.")
    assert not any(k[0] == "WARNING" for k in ev)
    ev = events(analyzer, "Francia calificó de peligrosa la retórica nuclear del Kremlin.")
    assert ("WARNING", "FRA", "asserted") in ev


def test_deploying_all_its_arsenal_in_sport(analyzer):
    ev = events(analyzer, "El equipo estadounidense desplegó todo su arsenal en la montaña y lanzó un ataque atómico.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_a_shield_reinforced_is_no_doctrine(analyzer):
    ev = events(analyzer, "Kim ordenó reforzar el escudo nuclear de Corea del Norte.")
    assert not any(k[0] == "DOCTRINE" for k in ev)
    ev = events(analyzer, "Blinken garantizó a Seúl el escudo nuclear de Estados Unidos.")
    assert ("DOCTRINE", "USA", "asserted") in ev


def test_an_envoy_is_an_official(analyzer):
    ev = events(analyzer, "Un delegado ruso tachó de irresponsable la retórica nuclear de Washington.")
    assert ev[("WARNING", "RUS", "asserted")].actor.code == "RUS.GOV"


# -- blind5 breadth: general forms (session 6) -----------------------------------------------


def test_hinted_escalation_is_a_threat(analyzer):
    ev = events(analyzer, "El exministro ruso dejó caer el lunes en su canal que perder la guerra en Ucrania podría "
                          "desencadenar un conflicto nuclear con la OTAN.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_no_choice_but_formula_is_an_asserted_threat(analyzer):
    ev = events(analyzer, "Corea del Norte avisó de que su fuerza de disuasión nuclear «no tendrá más remedio» "
                          "que responder si Tokio acoge misiles estadounidenses.")
    assert ("THREAT", "PRK", "asserted") in ev


def test_full_spectrum_recourse_is_a_threat_but_extended_defence_is_not(analyzer):
    ev = events(analyzer, "Irán respondería con todo el abanico de sus capacidades, tanto convencionales como nucleares, "
                          "si Israel ataca.")
    assert ("THREAT", "IRN", "asserted") in ev
    ev = events(analyzer, "Washington garantiza la defensa de Manila con toda la gama de sus capacidades, incluidas las nucleares.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_any_attack_will_receive_a_response_from_the_protector(analyzer):
    ev = events(analyzer, "Cualquier agresión nuclear contra Polonia recibirá una respuesta contundente de Francia, "
                          "incluida su fuerza nuclear.")
    assert ("DOCTRINE", "FRA", "asserted") in ev


def test_dismissed_as_a_fable_is_a_denial(analyzer):
    ev = events(analyzer, "Pekín despachó como pura fábula el informe sobre un supuesto plan para emplear armas nucleares contra Taiwán.")
    assert ("DENIAL", "CHN", "asserted") in ev


def test_alleged_turning_uranium_into_a_weapon_is_a_pretext_claim(analyzer):
    ev = events(analyzer, "Washington sostiene que los ayatolás intentan convertir en secreto su uranio enriquecido en una bomba.")
    assert ("PRETEXT_CLAIM", "USA", "asserted") in ev


def test_nothing_suggests_negates_preparation(analyzer):
    ev = events(analyzer, "Nada hace pensar, de momento, que Pionyang se disponga a dar el salto al arma nuclear, "
                          "según el ministro japonés.")
    assert ("PREPARATION", "PRK", "negated") in ev


def test_readying_nuclear_munitions_is_preparation(analyzer):
    ev = events(analyzer, "Las tropas rusas estarían poniendo a punto municiones nucleares en Bielorrusia, según Varsovia.")
    assert ("PREPARATION", "RUS", "asserted") in ev


def test_readiness_degree_unchanged_is_a_negated_alert_change(analyzer):
    ev = events(analyzer, "El Pentágono no ha registrado que las fuerzas nucleares rusas pasaran a un grado de disponibilidad superior.")
    assert ("ALERT_CHANGE", "RUS", "negated") in ev
    ev = events(analyzer, "Estados Unidos, por su parte, tampoco ha tocado la postura de sus fuerzas nucleares.")
    assert ("ALERT_CHANGE", "USA", "negated") in ev


def test_simulated_raid_is_an_exercise(analyzer):
    ev = events(analyzer, "Bombarderos británicos participaron en un ataque simulado con armas nucleares sobre el mar del Norte.")
    assert ("EXERCISE", "GBR", "asserted") in ev


def test_storing_warheads_is_not_a_movement_but_unusual_traffic_is(analyzer):
    ev = events(analyzer, "Francia almacena unas 290 ojivas nucleares, según los expertos.")
    assert not any(k[0] == "WARHEAD_MOVEMENT" for k in ev)
    ev = events(analyzer, "Se observó un tráfico inusual de camiones junto a un depósito de ojivas ruso en Kaliningrado.")
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") in ev


def test_put_to_the_test_and_first_flight_are_weapon_tests(analyzer):
    ev = events(analyzer, "Pekín puso a prueba el martes un misil intercontinental capaz de portar ojivas nucleares.")
    assert ("WEAPON_TEST", "CHN", "asserted") in ev
    ev = events(analyzer, "Pakistán completó el primer vuelo de su misil Ababeel, diseñado para portar varias ojivas.")
    assert ("WEAPON_TEST", "PAK", "asserted") in ev


def test_postponed_launch_is_a_negated_test_and_a_de_escalation(analyzer):
    ev = events(analyzer, "Washington pospuso el lanzamiento de ensayo de un misil intercontinental para evitar malentendidos con Moscú.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev
    assert ("WEAPON_TEST", "USA", "negated") in ev


def test_abiding_by_treaty_caps_is_arms_control(analyzer):
    ev = events(analyzer, "Moscú se declaró dispuesto a seguir ateniéndose a los límites del Nuevo START un año más.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    ev = events(analyzer, "Irán congeló su cooperación con el Organismo Internacional de Energía Atómica tras los bombardeos.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_not_to_be_taken_lightly_is_a_warning(analyzer):
    ev = events(analyzer, "El canciller alemán insistió en que nadie debe tomarse a la ligera el riesgo de una guerra nuclear.")
    assert ("WARNING", "DEU", "asserted") in ev


def test_no_sign_of_deployments_in_a_nuclear_story(analyzer):
    ev = events(analyzer, "Moscú ha vuelto a agitar el fantasma nuclear. Sin embargo, la OTAN no ha visto despliegues rusos "
                          "fuera de lo habitual.")
    assert ("DEPLOYMENT", "RUS", "negated") in ev
    assert ("THREAT", "RUS", "asserted") in ev
