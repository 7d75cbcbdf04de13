"""English pack: small, general behaviours (triggers, negation, modality, hedging, dates, distractors)."""

from tests.analyze.langtest import events, pack_analyzer

analyzer = pack_analyzer("en")


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


# -- wider news vocabulary (lexicon expansion) ------------------------------------------

def test_vowed_readiness_is_a_threat(analyzer):
    ev = events(analyzer, "The Russian president said Moscow stood ready to use nuclear weapons to defend the annexed regions.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_voiced_concern_and_urged_restraint_are_warnings(analyzer):
    ev = events(analyzer, "Germany voiced alarm over the nuclear buildup and urged Beijing to refrain from further expansion.")
    assert ("WARNING", "DEU", "asserted") in ev


def test_would_be_met_with_a_response_is_an_asserted_warning(analyzer):
    ev = events(analyzer, "Paris said any nuclear strike on Ukraine would be met with a forceful response.")
    assert ("WARNING", "FRA", "asserted") in ev
    assert ("WARNING", "FRA", "hypothetical") not in ev


def test_weighed_use_is_deliberation(analyzer):
    ev = events(analyzer, "Russian commanders reportedly weighed using a low-yield nuclear weapon near the front, U.S. officials said.")
    assert ("DELIBERATION", "RUS", "asserted") in ev
    assert ev[("DELIBERATION", "RUS", "asserted")].hedged


def test_placed_on_combat_alert(analyzer):
    ev = events(analyzer, "Russia's strategic missile forces were placed on combat alert after the ultimatum.")
    assert ("ALERT_CHANGE", "RUS", "asserted") in ev


def test_submarine_port_call_is_a_deployment(analyzer):
    ev = events(analyzer, "A U.S. ballistic missile submarine docked in Busan on Tuesday for the first time since the 1980s.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_warheads_removed_from_storage_negated(analyzer):
    ev = events(analyzer, "British officials said they had detected no sign that Russia was removing nuclear warheads from storage.")
    assert ("WARHEAD_MOVEMENT", "RUS", "negated") in ev
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") not in ev


def test_preparations_for_a_test_are_a_test_not_preparation(analyzer):
    ev = events(analyzer, "South Korean intelligence said North Korea had completed preparations for a seventh nuclear detonation.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_unlikely_use_is_hypothetical(analyzer):
    ev = events(analyzer, "Western analysts said Russia was unlikely to use a tactical nuclear weapon in the coming months.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_treaty_quit_and_contacts(analyzer):
    text = ("The United States formally quit the Intermediate-Range Nuclear Forces treaty on Friday. "
            "Days later the two defence chiefs held a phone call and agreed to keep channels of communication open "
            "to reduce the risk of nuclear escalation.")
    ev = events(analyzer, text)
    assert ("ARMS_CONTROL", "USA", "asserted") in ev
    assert any(k[0] == "DE_ESCALATION" for k in ev)


def test_walked_back_threat_is_de_escalation(analyzer):
    text = ("A Russian lawmaker had threatened London with nuclear missiles. "
            "On Monday the Kremlin walked back the remarks, calling them a personal opinion.")
    assert ("DE_ESCALATION", "RUS", "asserted") in events(analyzer, text)


def test_civil_fuel_shipments_and_standby_reactors_yield_nothing(analyzer):
    text = ("Workers moved spent fuel from the cooling pond to dry storage at the nuclear plant on Monday, and the shipment "
            "arrived at the storage facility the next day. The second reactor was kept on standby while inspectors "
            "tested its backup pumps, and the utility said talks with the regulator would resume in June.")
    assert events(analyzer, text) == {}


# -- generalisation (blind2 errors, in new sentences) -------------------------------------

def test_discussion_forum_is_not_deliberation(analyzer):
    ev = events(analyzer, "Moscow told a discussion forum in Sochi that it would never use nuclear weapons first.")
    assert not any(k[0] == "DELIBERATION" for k in ev)


def test_summit_as_a_setting_is_not_a_contact(analyzer):
    ev = events(analyzer, "U.S. officials condemned the nuclear test at the summit with the leaders of Japan and Canada.")
    assert not any(k[0] == "DE_ESCALATION" for k in ev)
    ev = events(analyzer, "The United States will hold a summit with China next month to discuss nuclear risks.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev


def test_western_region_is_not_the_west(analyzer):
    ev = events(analyzer, "Officials in the western region of Lviv condemned the nuclear threats.")
    assert not any(k[1] == "WST" for k in ev)
    ev = events(analyzer, "Western diplomats condemned the nuclear threats on Monday.")
    assert ("WARNING", "WST", "asserted") in ev


def test_never_sought_weapons_is_no_capability(analyzer):
    ev = events(analyzer, "Egypt has never sought nuclear weapons, its foreign minister said.")
    assert not any(k[0] == "CAPABILITY" for k in ev)
    ev = events(analyzer, "Israel is widely believed to have an estimated 90 nuclear warheads.")
    assert ("CAPABILITY", "ISR", "asserted") in ev


def test_deployed_warhead_count_is_capability_not_deployment(analyzer):
    text = ("Under the treaty, the two sides may keep 1,550 deployed strategic warheads each, and the United States "
            "had 1,420 warheads deployed on 662 launchers in March.")
    ev = events(analyzer, text)
    assert ("CAPABILITY", "USA", "asserted") in ev
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_vow_to_answer_with_nuclear_weapons_is_a_threat(analyzer):
    ev = events(analyzer, "The North Korean defence minister vowed to answer any aggression with nuclear weapons.")
    assert ("THREAT", "PRK", "asserted") in ev
    assert ("NUCLEAR_USE", "PRK", "hypothetical") in ev


def test_respond_with_nuclear_weapons_is_a_hypothetical_use(analyzer):
    ev = events(analyzer, "Pakistan would respond with nuclear weapons if its existence were threatened.")
    assert ("NUCLEAR_USE", "PAK", "hypothetical") in ev


def test_unacceptable_launch_in_a_nuclear_story_is_a_warning(analyzer):
    text = ("North Korea carried out a nuclear test in May. "
            "On Friday South Korea called the latest missile launch unacceptable.")
    assert ("WARNING", "KOR", "asserted") in events(analyzer, text)


def test_never_use_first_is_doctrine(analyzer):
    ev = events(analyzer, "France says it would never use nuclear weapons first against a state without them.")
    assert ("DOCTRINE", "FRA", "asserted") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_under_a_policy_may_use_is_doctrine(analyzer):
    ev = events(analyzer, "Under its deterrence policy, Britain reserves the right to use nuclear weapons "
                          "in extreme circumstances of self-defence.")
    assert ("DOCTRINE", "GBR", "asserted") in ev


def test_planned_test_of_a_missile(analyzer):
    text = ("Pyongyang has expanded its nuclear arsenal. "
            "Seoul's spy agency said North Korea was set to test another solid-fuel missile within weeks.")
    assert ("WEAPON_TEST", "PRK", "asserted") in events(analyzer, text)


def test_committed_to_a_moratorium_is_de_escalation_not_a_test(analyzer):
    ev = events(analyzer, "Beijing said it remained committed to its moratorium on nuclear testing.")
    assert ("DE_ESCALATION", "CHN", "asserted") in ev
    assert not any(k[0] in ("WEAPON_TEST", "ARMS_CONTROL") for k in ev)


def test_ratification_revoked_of_a_treaty_named_before(analyzer):
    text = ("The Comprehensive Nuclear-Test-Ban Treaty was signed in 1996. "
            "Moscow rescinded its ratification last year.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in events(analyzer, text)


def test_inspections_allowed_by_the_watchdog_deal(analyzer):
    ev = events(analyzer, "Iran agreed with the U.N. nuclear watchdog to allow inspections at three bombed sites.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_accused_of_hiding_enriched_uranium_is_a_pretext_claim(analyzer):
    ev = events(analyzer, "The German chancellor accused Tehran of hiding highly enriched uranium from inspectors.")
    assert ("PRETEXT_CLAIM", "DEU", "asserted") in ev
    ev = events(analyzer, "Israel said the talks changed nothing and accused Iran of concealing weapons-grade uranium.")
    assert ("PRETEXT_CLAIM", "ISR", "asserted") in ev


def test_secretly_building_the_bomb_is_weapon_context(analyzer):
    text = ("Talks on Iran's nuclear programme stalled again in June. "
            "The German chancellor accused Tehran of hiding uranium so that it could secretly build a bomb.")
    assert ("PRETEXT_CLAIM", "DEU", "asserted") in events(analyzer, text)


def test_bomb_proof_store_and_bomb_threat_are_no_weapon_context(analyzer):
    text = ("The minister met with nuclear industry leaders to discuss new reactors, and said Britain would build "
            "a bomb-proof waste store. Police said a man made a bomb threat against the nuclear plant in May, and "
            "the IAEA agreed on a framework for monitoring the plant's water releases.")
    assert events(analyzer, text) == {}


def test_sinking_a_country_with_a_named_missile_is_the_speakers_side_use(analyzer):
    ev = events(analyzer, "A Russian talk-show host said Moscow could sink Britain with a single Sarmat missile.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev
    assert ("NUCLEAR_USE", "GBR", "hypothetical") not in ev


def test_dismissed_talk_of_a_strike_is_a_denial(analyzer):
    ev = events(analyzer, "The Kremlin dismissed talk of a nuclear strike on Kyiv as Western speculation.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_consequences_announced_are_an_asserted_warning(analyzer):
    ev = events(analyzer, "Japan warned that a seventh nuclear test would have grave consequences for the region.")
    assert ("WARNING", "JPN", "asserted") in ev
    assert ("WARNING", "JPN", "hypothetical") not in ev


def test_named_submarine_class_and_treaty_pass_triage(analyzer):
    ev = events(analyzer, "A British Vanguard-class submarine surfaced off Gibraltar on Monday.")
    assert ("DEPLOYMENT", "GBR", "asserted") in ev
    ev = events(analyzer, "Washington left the INF treaty in August 2019.")
    assert ("ARMS_CONTROL", "USA", "asserted") in ev


def test_video_link_is_a_contact(analyzer):
    ev = events(analyzer, "The French and Indian defence ministers spoke by video link on Thursday about nuclear "
                          "miscalculation risks.")
    assert any(k[0] == "DE_ESCALATION" for k in ev)


def test_talks_about_when_to_use_is_deliberation(analyzer):
    ev = events(analyzer, "Pakistani generals held talks about when to use battlefield nuclear weapons, the report said.")
    assert ("DELIBERATION", "PAK", "asserted") in ev


def test_a_not_opening_a_new_predicate_negates_nothing_before(analyzer):
    ev = events(analyzer, "The Chinese foreign minister said the danger of nuclear war was real and should not be "
                          "underestimated.")
    assert ("WARNING", "CHN", "asserted") in ev
    assert ("WARNING", "CHN", "negated") not in ev
    ev = events(analyzer, "NATO said Russia's nuclear posture had not changed.")
    assert ("ALERT_CHANGE", "RUS", "negated") in ev


def test_submarines_positioned_and_weapons_received_are_deployments(analyzer):
    ev = events(analyzer, "The president ordered two U.S. nuclear submarines to be positioned off the Kola Peninsula.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev
    ev = events(analyzer, "Minsk has taken delivery of the first Russian nuclear warheads, the Belarusian defence minister said.")
    assert any(k[0] == "DEPLOYMENT" and k[2] == "asserted" for k in ev)


def test_iaea_cooperation_suspended_passes_triage(analyzer):
    ev = events(analyzer, "Tehran suspended its cooperation with the IAEA after the air strikes.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_staging_a_radiological_disaster_is_a_pretext_claim(analyzer):
    ev = events(analyzer, "Kyiv alleged that Moscow was preparing to stage a radiological disaster at the occupied plant.")
    assert ("PRETEXT_CLAIM", "UKR", "asserted") in ev


def test_nuke_a_city_names_no_target_as_actor(analyzer):
    ev = events(analyzer, "The Kremlin denied that Putin had threatened to nuke Paris.")
    assert ("DENIAL", "RUS", "asserted") in ev
    assert not any(k[1] == "FRA" for k in ev)
    assert events(analyzer, "The chef said he would nuke the leftovers in the microwave.") == {}


def test_call_for_restraint_before_nuclear_annihilation_is_a_warning(analyzer):
    ev = events(analyzer, "The U.N. chief appealed for restraint on Sunday, saying humanity stood at the edge of "
                          "nuclear annihilation.")
    assert ("WARNING", "UN", "asserted") in ev


def test_reminding_of_nuclear_status_is_a_veiled_threat(analyzer):
    ev = events(analyzer, "Lukashenko reminded the Baltic states on Monday that Belarus now hosts Russian nuclear weapons.")
    assert ("THREAT", "BLR", "asserted") in ev


def test_judgement_with_a_modal_is_an_asserted_warning(analyzer):
    ev = events(analyzer, "Moscow said that stationing nuclear bombs in Poland would be dangerous and unacceptable.")
    assert ("WARNING", "RUS", "asserted") in ev
    assert ("WARNING", "RUS", "hypothetical") not in ev
    ev = events(analyzer, "Peskov said the nuclear drills were not dangerous for anyone.")
    assert not any(k[0] == "WARNING" for k in ev)


def test_posture_review_is_no_alert_change(analyzer):
    ev = events(analyzer, "The Pentagon published its Nuclear Posture Review on Thursday.")
    assert not any(k[0] == "ALERT_CHANGE" for k in ev)


# -- breadth of the lexicon (session 4: general vocabulary, each in a new sentence) -------------

def test_nuclear_drills_and_nuclear_power_status_name_weapons(analyzer):
    ev = events(analyzer, "Belarus began nuclear drills near the Polish border on Tuesday.")
    assert ("EXERCISE", "BLR", "asserted") in ev
    ev = events(analyzer, "North Korea wrote its status as a nuclear power into its constitution on Wednesday.")
    assert ("DOCTRINE", "PRK", "asserted") in ev


def test_umbrella_extended_and_protector_named_after(analyzer):
    ev = events(analyzer, "Estonia is now covered by France's nuclear umbrella, the newspaper said.")
    assert ("DOCTRINE", "FRA", "asserted") in ev
    assert ("DOCTRINE", "EST", "asserted") not in ev
    ev = events(analyzer, "Britain offered to extend its nuclear deterrent over its Nordic partners.")
    assert ("DOCTRINE", "GBR", "asserted") in ev


def test_doctrine_conditions_and_deterrence_only(analyzer):
    ev = events(analyzer, "India published a nuclear doctrine that spells out the conditions under which it could "
                          "launch a nuclear strike.")
    assert ("DOCTRINE", "IND", "asserted") in ev
    ev = events(analyzer, "Pakistan says its arsenal exists solely for deterrence against a larger neighbour, which has "
                          "nuclear weapons.")
    assert ("DOCTRINE", "PAK", "asserted") in ev


def test_weighing_how_to_respond_is_deliberation(analyzer):
    ev = events(analyzer, "Japanese officials weighed how to respond to a North Korean nuclear detonation.")
    assert ("DELIBERATION", "JPN", "asserted") in ev
    ev = events(analyzer, "Japan and the United States agreed on guidelines for planning nuclear operations in a crisis.")
    assert ("DELIBERATION", "JPN", "asserted") in ev


def test_accused_of_trying_to_acquire_the_bomb(analyzer):
    ev = events(analyzer, "Israel alleged that Iran was trying to acquire a nuclear bomb through front companies.")
    assert ("PRETEXT_CLAIM", "ISR", "asserted") in ev


def test_reports_called_fake_and_suggestions_played_down_are_denials(analyzer):
    ev = events(analyzer, "Iran said the reports of nuclear weapons at a secret site were fake.")
    assert ("DENIAL", "IRN", "asserted") in ev
    ev = events(analyzer, "Tokyo played down suggestions that it might seek nuclear weapons of its own.")
    assert ("DENIAL", "JPN", "asserted") in ev


def test_more_ways_to_warn(analyzer):
    ev = events(analyzer, "Norway cautioned Russia against any use of nuclear weapons in the war.")
    assert ("WARNING", "NOR", "asserted") in ev
    ev = events(analyzer, "Japan protested the North Korean nuclear test through its embassy in Beijing.")
    assert ("WARNING", "JPN", "asserted") in ev
    ev = events(analyzer, "Poland fears a new nuclear arms race in Europe, its foreign minister said.")
    assert ("WARNING", "POL", "asserted") in ev
    ev = events(analyzer, "Finland said the nuclear threat in the Baltic region was growing.")
    assert ("WARNING", "FIN", "asserted") in ev


def test_judgements_of_consequence_are_asserted_warnings(analyzer):
    ev = events(analyzer, "Brazil said a nuclear war would be a catastrophe for every country on Earth.")
    assert ("WARNING", "BRA", "asserted") in ev
    ev = events(analyzer, "Britain said the deployment of nuclear missiles in Kaliningrad would undermine strategic stability.")
    assert ("WARNING", "GBR", "asserted") in ev
    ev = events(analyzer, "Seoul said any nuclear attack would mean the end of the regime in Pyongyang.")
    assert ("WARNING", "KOR", "asserted") in ev


def test_usual_peacetime_readiness_is_a_negated_alert_change(analyzer):
    ev = events(analyzer, "NATO said Russia's nuclear forces were at their usual peacetime level of readiness.")
    assert ("ALERT_CHANGE", "RUS", "negated") in ev


def test_training_to_deliver_is_an_exercise_but_restraint_is_not(analyzer):
    ev = events(analyzer, "Belarusian pilots trained to deliver Russian nuclear bombs, Minsk said.")
    assert ("EXERCISE", "BLR", "asserted") in ev
    ev = events(analyzer, "Seoul exercised restraint after the North's nuclear test, its officials said.")
    assert not any(k[0] == "EXERCISE" for k in ev)


def test_arsenal_of_sanctions_is_no_capability(analyzer):
    assert events(analyzer, "The EU has an arsenal of sanctions against Iran over its nuclear programme.") == {}


def test_trials_and_flight_tests_are_tests(analyzer):
    ev = events(analyzer, "Russia conducted a successful trial of its new nuclear-powered cruise missile on Sunday.")
    assert ("WEAPON_TEST", "RUS", "asserted") in ev
    ev = events(analyzer, "India flight-tested an Agni missile from a submarine on Monday.")
    assert ("WEAPON_TEST", "IND", "asserted") in ev


def test_arms_control_talks_and_kept_obligations_are_de_escalation(analyzer):
    ev = events(analyzer, "Diplomats from China and the United States held talks on arms control in Geneva.")
    assert any(k[0] == "DE_ESCALATION" for k in ev)
    ev = events(analyzer, "Egypt said it would continue to honour its obligations under the Non-Proliferation Treaty.")
    assert ("DE_ESCALATION", "EGY", "asserted") in ev
    ev = events(analyzer, "Egypt accused Israel of failing to meet its obligations under the Non-Proliferation Treaty.")
    assert not any(k[0] == "DE_ESCALATION" for k in ev)


def test_instrument_acts_veto_expiry_snapback_non_recognition(analyzer):
    ev = events(analyzer, "China vetoed a draft resolution banning the deployment of nuclear weapons on the seabed.")
    assert ("ARMS_CONTROL", "CHN", "asserted") in ev
    ev = events(analyzer, "Iran said the restrictions on its nuclear programme under the 2015 deal with world powers had expired.")
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev
    ev = events(analyzer, "France, Britain and Germany triggered the snapback mechanism of the Iran nuclear deal on Thursday.")
    assert ("ARMS_CONTROL", "FRA", "asserted") in ev
    ev = events(analyzer, "China said it does not recognise the nuclear sanctions reimposed under resolution 2231.")
    assert ("ARMS_CONTROL", "CHN", "asserted") in ev
    ev = events(analyzer, "Russian lawmakers drafted a bill that would pull Russia out of the Non-Proliferation Treaty.")
    assert ("ARMS_CONTROL", "RUS", "hypothetical") in ev


def test_not_first_to_test_is_restraint_not_doctrine(analyzer):
    ev = events(analyzer, "The United States says it will not be the first to resume explosive nuclear tests.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev
    assert not any(k[0] in ("WEAPON_TEST", "DOCTRINE") for k in ev)


def test_speaker_before_a_speaking_participle(analyzer):
    ev = events(analyzer, "Kazakhstan's president, speaking at a forum in Astana on Monday, said a nuclear war must "
                          "never be fought.")
    assert ("DE_ESCALATION", "KAZ", "asserted") in ev


def test_hints_and_invoked_arsenals_are_threats(analyzer):
    ev = events(analyzer, "Medvedev hinted that Russia might use nuclear weapons against Kyiv.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Putin invoked Russia's nuclear arsenal in his address to parliament.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_based_on_and_surfaced_are_no_deployments(analyzer):
    ev = events(analyzer, "Based on satellite imagery, analysts said China has about 600 nuclear warheads.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)
    ev = events(analyzer, "The story first surfaced in the Russian press, which said nuclear warheads were in storage.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_not_ruling_out_and_not_hesitating_leave_use_open(analyzer):
    ev = events(analyzer, "Russia did not rule out using nuclear weapons in the conflict.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev
    assert ("NUCLEAR_USE", "RUS", "negated") not in ev
    ev = events(analyzer, "Moscow refused to rule out a nuclear test.")
    assert ("WEAPON_TEST", "RUS", "hypothetical") in ev
    ev = events(analyzer, "Putin said Russian forces would not hesitate to use nuclear weapons if attacked.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev
    ev = events(analyzer, "Russia ruled out a nuclear test.")
    assert ("WEAPON_TEST", "RUS", "negated") in ev


def test_what_an_accusation_claims_is_not_coded(analyzer):
    ev = events(analyzer, "Moscow claimed Kyiv was preparing to detonate a dirty bomb on its own soil.")
    assert ("PRETEXT_CLAIM", "RUS", "asserted") in ev
    assert not any(k[0] in ("PREPARATION", "NUCLEAR_USE") for k in ev)
    ev = events(analyzer, "The Kremlin accused Kyiv of moving radioactive material to build a dirty bomb.")
    assert not any(k[0] in ("DEPLOYMENT", "WARHEAD_MOVEMENT") for k in ev)


def test_the_use_a_preparation_aims_at_is_not_a_second_signal(analyzer):
    ev = events(analyzer, "Lithuania said it had found no sign that Russia was preparing to use nuclear weapons near its border.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] == "NUCLEAR_USE" for k in ev)


def test_a_stockpile_of_uranium_in_kilograms_is_no_arsenal(analyzer):
    ev = events(analyzer, "Iran's stockpile of some 400 kg of uranium enriched to 60 percent worries the nuclear watchdog.")
    assert not any(k[0] == "CAPABILITY" for k in ev)
    ev = events(analyzer, "India's nuclear stockpile grew to about 180 warheads last year.")
    assert ("CAPABILITY", "IND", "asserted") in ev


def test_naming_targets_is_an_asserted_threat_of_the_speaker(analyzer):
    ev = events(analyzer, "Medvedev said NATO bases in Poland would become legitimate targets for Russian nuclear missiles.")
    assert ("THREAT", "RUS", "asserted") in ev
    assert not any(k[0] == "THREAT" and k[1] == "NATO" for k in ev)


def test_a_judgement_belongs_to_who_voices_it(analyzer):
    ev = events(analyzer, "Germany said the Russian nuclear rhetoric was unacceptable.")
    assert ("WARNING", "DEU", "asserted") in ev


def test_talk_called_speculation_is_a_denial(analyzer):
    ev = events(analyzer, "Peskov said talk of a nuclear strike on Kyiv was pure speculation.")
    assert ("DENIAL", "RUS", "asserted") in ev


def test_one_step_away_from_annihilation_is_a_warning(analyzer):
    ev = events(analyzer, "The U.N. chief said humanity was one mistake away from nuclear annihilation.")
    assert ("WARNING", "UN", "asserted") in ev


def test_weapons_brought_back_and_systems_on_combat_duty_are_deployments(analyzer):
    ev = events(analyzer, "The United States will bring nuclear bombs back to Britain, officials say.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev
    ev = events(analyzer, "The first Oreshnik systems entered combat duty in Belarus, Minsk said.")
    assert any(k[0] == "DEPLOYMENT" for k in ev)
    assert not any(k[0] == "ALERT_CHANGE" for k in ev)


def test_a_named_system_stands_for_its_owner(analyzer):
    ev = events(analyzer, "The Sarmat test ended in a failure, and the silo was destroyed.")
    assert ("WEAPON_TEST", "RUS", "asserted") in ev
    ev = events(analyzer, "A Hwasong-19 launch on Thursday was the third this year.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    ev = events(analyzer, "Two Borei-class submarines sailed into the Norwegian Sea in March.")
    assert ("DEPLOYMENT", "RUS", "asserted") in ev
    assert ("DEPLOYMENT", "NOR", "asserted") not in ev


def test_treaty_verbs_need_their_instrument(analyzer):
    ev = events(analyzer, "Russia withdrew its troops from Kherson as arms control talks stalled.")
    assert not any(k[0] == "ARMS_CONTROL" for k in ev)
    ev = events(analyzer, "Ukraine joined the EU talks on Monday, a day after Russia suspended New START.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    assert ("ARMS_CONTROL", "UKR", "asserted") not in ev


def test_weapons_must_be_what_is_sent(analyzer):
    ev = events(analyzer, "Russia sent a diplomatic note to Finland about the nuclear weapons exercise.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_first_is_not_fired_and_arms_is_not_arming(analyzer):
    ev = events(analyzer, "The first Oreshnik missiles have been put on combat duty in Belarus.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)
    ev = events(analyzer, "The arms treaty caps deployed strategic warheads at 1,550 for each side.")
    assert not any(k[0] == "WARHEAD_MOVEMENT" for k in ev)


def test_seasons_and_spans_date_to_their_year(analyzer):
    ev = events(analyzer, "British submarines held a nuclear strike drill last autumn, the report said.")
    assert ev[("EXERCISE", "GBR", "asserted")].date == "2023"
    ev = events(analyzer, "Work at the Lop Nur nuclear test site continued throughout 2023, China's critics said.")
    assert any(k[0] == "WEAPON_TEST" and e.date == "2023" for k, e in ev.items())


def test_forced_use_and_radioactive_desert_are_threats(analyzer):
    ev = events(analyzer, "Medvedev said Russia would have to use nuclear weapons if the Ukrainian offensive succeeded.")
    assert ("THREAT", "RUS", "asserted") in ev
    ev = events(analyzer, "Kiselyov said on air that Moscow could turn Britain into a radioactive desert.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_non_nuclear_principles_upheld_and_pledges_welcomed_are_de_escalation(analyzer):
    ev = events(analyzer, "South Korea reaffirmed its non-nuclear policy after the summit in Washington.")
    assert ("DE_ESCALATION", "KOR", "asserted") in ev
    ev = events(analyzer, "The White House welcomed Russia's pledge to keep within the New START limits.")
    assert ("DE_ESCALATION", "USA", "asserted") in ev


def test_regret_and_calls_for_restraint_are_warnings(analyzer):
    ev = events(analyzer, "Australia expressed regret over the North Korean nuclear test.")
    assert ("WARNING", "AUS", "asserted") in ev
    ev = events(analyzer, "Ireland urged restraint after the Russian nuclear drills near Poland.")
    assert ("WARNING", "IRL", "asserted") in ev


def test_joint_attack_clause_is_doctrine(analyzer):
    ev = events(analyzer, "Russia's new policy on nuclear deterrence says Moscow will treat such aggression as a joint attack.")
    assert ("DOCTRINE", "RUS", "asserted") in ev


def test_hyphenated_ballistic_missile_submarine_passes_triage(analyzer):
    ev = events(analyzer, "An American ballistic-missile submarine surfaced in the Arctic, the Navy said.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev


def test_where_opens_a_clause_for_the_subject(analyzer):
    ev = events(analyzer, "Biden met Yoon and Kishida in Tokyo, where the leaders said Washington's commitment to "
                          "defend its allies was backed by the full range of its capabilities, including nuclear.")
    assert ("DOCTRINE", "USA", "asserted") in ev


# -- blind4 widening: general forms of fresh text ----------------------------------------

def test_all_the_means_counts_with_the_nuclear_context_in_the_previous_sentence(analyzer):
    text = ("The Kremlin has spoken often of its nuclear arsenal this month. "
            "On Tuesday Putin promised to protect the new regions with all the means at his disposal.")
    assert ("THREAT", "RUS", "asserted") in events(analyzer, text)


def test_low_yield_weapon_use_is_a_hypothetical_use(analyzer):
    text = ("Russia's nuclear arsenal is the world's largest. "
            "Analysts fear Moscow could detonate a low-yield weapon over the Black Sea.")
    ev = events(analyzer, text)
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_nor_any_indication_and_nothing_seen_negate(analyzer):
    ev = events(analyzer, "Nor, the minister said, was there any indication that Russia was readying nuclear weapons for use.")
    assert ("PREPARATION", "RUS", "negated") in ev
    ev = events(analyzer, "The spokeswoman said nothing the government had seen would make Britain raise the alert level "
                          "of its nuclear forces.")
    assert ("ALERT_CHANGE", "GBR", "negated") in ev


def test_stockpile_of_low_enriched_uranium_is_not_an_arsenal(analyzer):
    ev = events(analyzer, "Iran has grown its stockpile of low-enriched uranium well past the limit of the nuclear deal.")
    assert not any(k[0] == "CAPABILITY" for k in ev)
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev


def test_limits_exceeded_and_quantities_verified_are_arms_control(analyzer):
    text = ("The 2015 nuclear deal caps Iran's enrichment. "
            "Iran began enriching uranium above the level the agreement permits on Sunday. "
            "IAEA inspectors verified the amount on Monday.")
    ev = events(analyzer, text)
    assert ("ARMS_CONTROL", "IRN", "asserted") in ev
    assert ("ARMS_CONTROL", "IAEA", "asserted") in ev


def test_never_sought_and_never_will_is_a_denial(analyzer):
    ev = events(analyzer, "Araghchi said Iran had never pursued, and would never pursue, nuclear weapons.")
    assert ("DENIAL", "IRN", "asserted") in ev


def test_racing_toward_a_bomb_is_a_pretext_claim(analyzer):
    text = ("Iran's nuclear programme is under scrutiny again. "
            "Israel's defence minister claimed in a speech on Sunday that the new centrifuges showed Tehran was racing toward a bomb.")
    assert ("PRETEXT_CLAIM", "ISR", "asserted") in events(analyzer, text)


def test_extremely_concerned_and_voiced_alarm_near_a_nuclear_story_are_warnings(analyzer):
    text = ("North Korea fired an intercontinental ballistic missile on Sunday. "
            "Canada said it was extremely concerned and urged Pyongyang to return to talks.")
    assert ("WARNING", "CAN", "asserted") in events(analyzer, text)
    text = ("Beijing is expanding its nuclear forces fast. "
            "Australian officials have voiced alarm at the secrecy of the buildup.")
    assert ("WARNING", "AUS", "asserted") in events(analyzer, text)


def test_a_heavy_blow_announced_is_an_asserted_warning(analyzer):
    text = ("Washington is weighing a nuclear test. "
            "Moscow's envoy warned that such a move would deal a severe blow to strategic stability.")
    ev = events(analyzer, text)
    assert ("WARNING", "RUS", "asserted") in ev


def test_threat_to_regional_security_that_cannot_be_accepted_is_a_warning(analyzer):
    ev = events(analyzer, "Seoul called the North's nuclear programme a threat to regional peace that it simply cannot accept.")
    assert ("WARNING", "KOR", "asserted") in ev


def test_sitting_down_for_a_round_of_talks_is_de_escalation(analyzer):
    text = ("Tensions over nuclear weapons eased last month. "
            "Pakistan sat down with India for a new round of talks in Geneva on Monday.")
    assert ("DE_ESCALATION", "PAK", "asserted") in events(analyzer, text)


def test_use_allowed_under_a_law_is_doctrine(analyzer):
    ev = events(analyzer, "Under legislation passed last year, Belarus may use nuclear weapons stationed on its soil if attacked.")
    assert ("DOCTRINE", "BLR", "asserted") in ev


def test_warheads_taken_from_storage_and_left_depots(analyzer):
    ev = events(analyzer, "Russian nuclear warheads were transferred out of bunkers near Pskov, satellite images suggest.")
    assert ("WARHEAD_MOVEMENT", "RUS", "asserted") in ev
    ev = events(analyzer, "There is no sign that Russian warheads have left their central depots, a NATO official said.")
    assert ("WARHEAD_MOVEMENT", "RUS", "negated") in ev


def test_mock_warheads_sea_launched_missiles_and_risk_steps_are_not_signals(analyzer):
    ev = events(analyzer, "North Korean rockets fitted with dummy warheads struck an islet during the drill, KCNA said.")
    assert not any(k[0] == "WARHEAD_MOVEMENT" for k in ev)
    ev = events(analyzer, "The Pentagon scrapped the nuclear-armed sea-launched cruise missile programme.")
    assert not any(k[0] == "WEAPON_TEST" for k in ev)
    ev = events(analyzer, "Washington and Beijing discussed nuclear arms and concrete steps to reduce the risk of accidents.")
    assert not any(k[0] == "PREPARATION" for k in ev)


def test_number_of_warheads_put_at_a_figure_is_capability(analyzer):
    ev = events(analyzer, "SIPRI puts the number of Israel's nuclear warheads at about 90.")
    assert ("CAPABILITY", "ISR", "asserted") in ev


def test_engine_tests_and_nuclear_threshold_crossing(analyzer):
    ev = events(analyzer, "North Korea carried out a ground test of a solid-fuel engine for a new ICBM on Friday.")
    assert ("WEAPON_TEST", "PRK", "asserted") in ev
    ev = events(analyzer, "Experts say Russia might cross the nuclear threshold if Crimea were attacked.")
    assert ("NUCLEAR_USE", "RUS", "hypothetical") in ev


def test_readiness_to_negotiate_and_understandings_are_de_escalation(analyzer):
    ev = events(analyzer, "Pakistan said it was willing to negotiate with India over nuclear risk reduction.")
    assert ("DE_ESCALATION", "PAK", "asserted") in ev
    ev = events(analyzer, "China and India reached an understanding on nuclear weapons safety at the border talks.")
    assert ("DE_ESCALATION", "CHN", "asserted") in ev


def test_remarks_not_reflecting_policy_de_escalate_but_normal_limits_do_not(analyzer):
    text = ("A French senator said Paris could use its nuclear weapons first. "
            "The Elysee said his comments did not reflect the government's position.")
    assert ("DE_ESCALATION", "FRA", "asserted") in events(analyzer, text)
    ev = events(analyzer, "Radiation near the nuclear plant stayed within normal limits, Romania's regulator said.")
    assert not any(k[0] == "DE_ESCALATION" for k in ev)


def test_walking_away_from_a_treaty_is_no_climb_down(analyzer):
    ev = events(analyzer, "Russia walked away from the nuclear test ban treaty last year, citing American violations.")
    assert ("ARMS_CONTROL", "RUS", "asserted") in ev
    assert not any(k[0] == "DE_ESCALATION" for k in ev)


def test_missiles_aimed_at_a_city_and_states_that_cease_to_exist_are_threats(analyzer):
    ev = events(analyzer, "Pyongyang said its nuclear-tipped rockets were pointed at Tokyo.")
    assert ("THREAT", "PRK", "asserted") in ev
    ev = events(analyzer, "A Russian state TV anchor said Poland would cease to exist after one nuclear strike.")
    assert ("THREAT", "RUS", "asserted") in ev


def test_use_called_one_of_the_options_is_a_threat(analyzer):
    ev = events(analyzer, "A Pakistani minister said striking India with nuclear weapons was an option.")
    assert ("THREAT", "PAK", "asserted") in ev


def test_threatens_a_conflict_is_no_threat(analyzer):
    ev = events(analyzer, "Sending Western troops to Ukraine threatens a war involving nuclear weapons, Lavrov said.")
    assert not any(k[0] == "THREAT" for k in ev)


def test_bomb_weeks_away_and_secret_weaponisation_are_pretext_claims(analyzer):
    ev = events(analyzer, "Israeli officials said Iran was only weeks away from a nuclear weapon.")
    assert ("PRETEXT_CLAIM", "ISR", "asserted") in ev
    ev = events(analyzer, "Washington alleged that Tehran was covertly weaponising its stock of enriched uranium.")
    assert ("PRETEXT_CLAIM", "USA", "asserted") in ev


def test_practical_steps_are_no_exercise(analyzer):
    ev = events(analyzer, "Britain sees no sign that Russia is taking practical steps toward using a nuclear weapon.")
    assert ("PREPARATION", "RUS", "negated") in ev
    assert not any(k[0] == "EXERCISE" for k in ev)


def test_postponed_test_launch_is_negated(analyzer):
    ev = events(analyzer, "The U.S. Air Force postponed a Minuteman III test launch to avoid raising nuclear tensions.")
    assert ("WEAPON_TEST", "USA", "asserted") not in ev


def test_early_warning_counterstrike_is_an_alert_change(analyzer):
    ev = events(analyzer, "China is moving part of its nuclear force to an early-warning counterstrike stance, U.S. officials believe.")
    assert ("ALERT_CHANGE", "CHN", "asserted") in ev


def test_submarine_pulling_into_port_is_deployment_and_attributive_deployed_is_not(analyzer):
    ev = events(analyzer, "USS Maine, a ballistic missile submarine, pulled into the port of Apra in Guam on Monday.")
    assert ("DEPLOYMENT", "USA", "asserted") in ev
    ev = events(analyzer, "Paris will no longer publish figures for its deployed warheads, the defence ministry said.")
    assert not any(k[0] == "DEPLOYMENT" for k in ev)


def test_video_link_report_is_no_de_escalation(analyzer):
    ev = events(analyzer, "Generals reported to Putin by video link as Yars nuclear missiles were launched in the drill.")
    assert not any(k[0] == "DE_ESCALATION" for k in ev)

