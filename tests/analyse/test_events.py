"""Event coding: PLOVER type, participants, numbers, time, and who claims the event."""

from __future__ import annotations

from typing import Any

import pytest

from claimgraph import analyze_text


def _names(out: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e["name"] for e in out["entities"]}


def _events(out: dict[str, Any], type_: str) -> list[dict[str, Any]]:
    return [v for v in out["events"] if v["type"] == type_]


def test_seed_events(seed: dict[str, Any]) -> None:
    names = _names(seed)
    group = next(a["speaker"]["entity"] for a in seed["attributions"] if a["speaker"])
    capture = next(v for v in seed["events"] if v["trigger"]["text"] == "liberated")
    assert capture["type"] == "ASSAULT"
    assert capture["actor"] == group and capture["claimed_by"] == group and capture["self_reported"] is True
    assert [(q["value"], q["role"]) for q in capture["quantities"]] == [(2, "captured")]
    losses = next(v for v in seed["events"] if v["trigger"]["text"] == "lost")
    assert losses["type"] == "ASSAULT" and losses["claimed_by"] == group and losses["self_reported"] is False
    assert names[losses["target"]] == "Russian army"
    assert [(q["value"], q["qualifier"], q["role"]) for q in losses["quantities"]] == [
        (1000, "more than", "casualties")
    ]
    bombing = next(v for v in seed["events"] if v["trigger"]["text"] == "bombs")
    assert bombing["type"] == "ASSAULT" and bombing["claimed_by"] == group
    assert names[bombing["actor"]] == "Russia"
    threat = _events(seed, "THREATEN")
    assert len(threat) == 1 and threat[0]["modality"] == "future" and threat[0]["actor"] == group
    assert _events(seed, "REQUEST") and all(v["actor"] == group for v in _events(seed, "REQUEST"))
    # "Putin is losing control" is not an event; the headline repeats the body and adds none.
    assert all(v["trigger"]["start"] > seed["article"]["headline_span"]["end"] for v in seed["events"])
    assert not [v for v in seed["events"] if v["trigger"]["text"] == "losing"]


def test_narrated_attack_with_numbers_and_date() -> None:
    out = analyze_text(
        "Russian forces shelled the town of Vovchansk on Tuesday, "
        "killing at least 12 civilians and wounding 30.",
        published="2024-05-15",
    )
    [attack] = _events(out, "ASSAULT")
    names = _names(out)
    assert names[attack["actor"]] == "Russian forces"
    assert attack["mode"] == "heavy-weapons"
    assert attack["claimed_by"] == "outlet" and attack["self_reported"] is False
    assert attack["time"]["start"] == "2024-05-14" and attack["time"]["text"] == "Tuesday"
    roles = {q["role"]: (q["value"], q["qualifier"]) for q in attack["quantities"]}
    assert roles["killed"] == (12, "at least")
    assert roles["wounded"] == (30, None)


def test_claimed_self_report() -> None:
    out = analyze_text("The 3rd Assault Brigade said it had captured two villages near Bakhmut overnight.")
    [capture] = _events(out, "ASSAULT")
    names = _names(out)
    assert names[capture["actor"]] == "3rd Assault Brigade"
    assert capture["claimed_by"] == capture["actor"] and capture["self_reported"] is True
    assert [(q["value"], q["role"]) for q in capture["quantities"]] == [(2, "captured")]


def test_denied_event_is_not_reported_as_happened() -> None:
    out = analyze_text("The ministry denied that its forces had shelled the market in the city centre.")
    [attack] = _events(out, "ASSAULT")
    assert attack["modality"] == "denied"
    assert attack["claimed_by"] != "outlet"


@pytest.mark.parametrize(
    ("text", "type_", "denier"),
    [
        ("Rwanda denies supporting the M23 rebels.", "SUPPORT", "Rwanda"),
        ("The RSF denied on Tuesday that its fighters had attacked the camp.", "ASSAULT", "RSF"),
    ],
)
def test_an_act_named_inside_a_denial_is_denied_by_its_speaker(text: str, type_: str, denier: str) -> None:
    out = analyze_text(text)
    [event] = _events(out, type_)
    assert event["modality"] == "denied"
    assert _names(out)[event["claimed_by"]] == denier and event["claims"]


def test_a_kill_claimed_in_an_infinitive_is_the_claimants_self_report() -> None:
    out = analyze_text("The rebels claimed to have killed 80 Wagner fighters in the ambush.")
    [claim] = [a for a in out["attributions"] if a["cue"]["text"] == "claimed"]
    assert (
        claim["kind"] == "indirect"
        and claim["content"]["text"] == "to have killed 80 Wagner fighters in the ambush"
    )
    [attack] = _events(out, "ASSAULT")
    assert attack["claimed_by"] == attack["actor"] and attack["self_reported"] is True
    assert [(q["value"], q["role"]) for q in attack["quantities"]] == [(80, "killed")]


def test_threatened_attack_is_a_threat() -> None:
    out = analyze_text("The rebels said they will attack the capital within days if talks fail.")
    assert not [v for v in out["events"] if v["type"] == "ASSAULT"]
    [threat] = _events(out, "THREATEN")
    assert threat["modality"] == "future" and threat["mode"] == "violence"


def test_passive_attack_has_target_and_no_actor() -> None:
    out = analyze_text("Three people were killed in a drone strike on Kherson on Sunday, officials said.")
    [attack] = _events(out, "ASSAULT")
    assert attack["actor"] is None
    assert attack["mode"] == "drone"
    assert [(q["value"], q["role"]) for q in attack["quantities"]] == [(3, "killed")]
    assert attack["claimed_by"] != "outlet"


def test_labour_strike_is_a_protest() -> None:
    out = analyze_text("Dock workers began an indefinite strike at the port on Monday over unpaid wages.")
    [protest] = _events(out, "PROTEST")
    assert protest["mode"] == "strike"
    assert not _events(out, "ASSAULT")


def test_speech_acts() -> None:
    out = analyze_text(
        "The foreign ministry condemned the arrests and called on the government to free the activists."
    )
    assert _events(out, "ACCUSE")
    assert _events(out, "REQUEST")


def test_no_event_in_plain_commentary() -> None:
    out = analyze_text("The minister said the budget would be presented to parliament after the holidays.")
    assert out["events"] == []


def test_trigger_tables_use_the_16_plover_categories() -> None:
    from claimgraph.analyse.event_lexicon import (
        FUTURE_CATEGORY,
        NOUN_TRIGGERS,
        PLOVER_CATEGORIES,
        PLOVER_TO_CAMEO,
        VERB_TRIGGERS,
        cameo_root,
    )

    assert len(set(PLOVER_CATEGORIES)) == 16
    used = {c for c, _ in VERB_TRIGGERS.values()} | {c for c, _ in NOUN_TRIGGERS.values()}
    assert used <= set(PLOVER_CATEGORIES)
    assert set(FUTURE_CATEGORY) | set(FUTURE_CATEGORY.values()) <= set(PLOVER_CATEGORIES)
    assert set(PLOVER_TO_CAMEO) == set(PLOVER_CATEGORIES)
    assert cameo_root("ASSAULT", "abduct") == "18" and cameo_root("ASSAULT", "drone") == "19"
    assert cameo_root("REQUEST", None) == "10"


def _types(text: str) -> set[str]:
    return {v["type"] for v in analyze_text(text)["events"]}


def test_act_nouns_and_act_naming_compounds() -> None:
    # Nouns the manual names as acts; "a mediation mission" is the mediation, "aid workers" no aid.
    assert "CONSULT" in _types("Kenya's envoy undertook a mediation mission between the two parties.")
    assert "ACCUSE" in _types("Belarus jailed three activists on Monday, drawing condemnation from Poland.")
    assert "COERCE" in _types("The junta in Mali ordered the expulsion of the French ambassador's deputy.")
    assert not _types("International aid workers in Goma said the roads were impassable.")


def test_joint_exercises_cooperate_single_country_ones_mobilize() -> None:
    joint = _types("Indian and Thai warships on Friday began five days of war games in the Andaman Sea.")
    assert "COOPERATE" in joint and "MOBILIZE" not in joint
    assert "COOPERATE" in _types("Chile held naval exercises with Peru off the coast of Arica on Tuesday.")
    single = _types("Azerbaijan began large-scale military exercises near its border on Tuesday.")
    assert "MOBILIZE" in single and "COOPERATE" not in single


def test_withdrawing_non_military_staff_or_leaving_a_body_is_sanction() -> None:
    # Manual, SANCTION `withdraw': one's non-military resources (observers, diplomats, peacekeepers).
    out = analyze_text("Forty OSCE observers were shipped out of the Georgian town of Gori on Monday.")
    assert [(v["type"], v["mode"]) for v in out["events"]] == [("SANCTION", "withdraw")]
    assert "SANCTION" in _types("Mali withdrew from the regional mediation talks on Thursday.")
    # Withdrawing forces from an area stays RETREAT.
    assert _types("Eritrean troops withdrew from the town of Shire on Thursday.") == {"RETREAT"}


def test_forcing_out_of_a_country_is_expulsion() -> None:
    out = analyze_text("Nicaragua forced the Red Cross out of the country last month.")
    assert [(v["type"], v["mode"]) for v in out["events"]] == [("SANCTION", "expel")]
    assert not _types("The mayor of Lyon was forced out of office by the scandal.")


def test_ordering_a_newspaper_to_stop_printing_is_censorship() -> None:
    out = analyze_text("Zimbabwe's government ordered the Daily Gazette to suspend publication for a month.")
    assert ("COERCE", "censor") in [(v["type"], v["mode"]) for v in out["events"]]
    assert "REQUEST" in _types("Zimbabwe's government ordered the union leaders to suspend the strike.")


def test_warning_of_no_more_tolerance_is_a_threat() -> None:
    assert "THREATEN" in _types("Tunisia's interior minister warned police will no longer tolerate sit-ins.")


def test_a_lone_institution_protesting_protests_in_words() -> None:
    # Manual: diplomatic protests are ACCUSE `disapprove'; PROTEST needs collective physical action.
    out = analyze_text("Peru's embassy protested on Tuesday against the seizure of its diplomatic mail.")
    assert [(v["type"], v["mode"]) for v in out["events"]] == [("ACCUSE", "disapprove")]
    assert _types("Thousands of farmers protested outside parliament in Warsaw on Monday.") == {"PROTEST"}


def test_a_demand_in_a_written_message_is_a_request() -> None:
    out = analyze_text("Turkey sent a formal note to Sweden on Friday that it must extradite two suspects.")
    [request] = _events(out, "REQUEST")
    names = _names(out)
    assert names[request["actor"]] == "Turkey" and names[request["target"]] == "Sweden"


def test_holding_people_is_detention_and_holding_hostages_abduction() -> None:
    out = analyze_text("Myanmar's army has been holding hundreds of villagers in a school in Sagaing.")
    assert [(v["type"], v["mode"]) for v in out["events"]] == [("COERCE", "arrest")]
    out = analyze_text("Al-Shabaab is holding three Kenyan nurses as hostages near Jilib.")
    assert [(v["type"], v["mode"]) for v in out["events"]] == [("ASSAULT", "abduct")]
    assert _types("Chad's government held talks with striking students on Monday.") == {"CONSULT"}


def test_a_press_release_is_no_release() -> None:
    assert not _types("The figures were published in a press release by the Kenyan interior ministry.")


def test_allowing_access_is_retreat_and_allowing_a_person_to_act_concedes() -> None:
    # Manual, RETREAT: "allowing the entry of observers, peacekeepers, or humanitarian workers".
    out = analyze_text("Ethiopia allowed the first convoy of aid trucks into Mekelle on Friday.")
    assert [(v["type"], v["mode"]) for v in out["events"]] == [("RETREAT", "access")]
    assert "CONCEDE" in _types(
        "Mexico's electoral court allowed the opposition candidate to run in the election."
    )
    assert not _types("The deal would allow Ukraine to export grain through the Black Sea.")


def _types(text: str) -> set[str]:
    return {v["type"] for v in analyze_text(text)["events"]}


def test_speaker_after_a_condition_is_outside_it() -> None:
    # The parser hangs "a senior diplomat warned" inside the if-clause; the warning is still a threat.
    out = analyze_text(
        "Moscow will respond harshly if Western states send warplanes to the region, "
        "a senior Russian diplomat warned on Friday."
    )
    [threat] = _events(out, "THREATEN")
    assert threat["trigger"]["text"] == "warned" and threat["modality"] == "future"


def test_conditional_warning_is_a_threat() -> None:
    out = analyze_text("Beijing warned Manila on Monday that it would act firmly if the drills went ahead.")
    assert [v["trigger"]["text"] for v in _events(out, "THREATEN")] == ["warned"]


def test_act_reported_by_a_second_statement_is_not_the_first_acts_content() -> None:
    out = analyze_text(
        "Warsaw condemned Minsk on Monday over the border incident and said it had asked NATO "
        "to convene an emergency meeting."
    )
    [request] = _events(out, "REQUEST")
    assert request["trigger"]["text"] == "asked"
    assert _names(out)[request["claimed_by"]] == "Warsaw"  # an earlier act the speaker reports


def test_threat_coordinated_with_a_demand_is_not_its_content() -> None:
    out = analyze_text(
        "Striking teachers in Nairobi demanded on Monday that parliament raise their pay, "
        "and threatened to close the schools if it refused."
    )
    assert {"REQUEST", "THREATEN"} <= {v["type"] for v in out["events"]}


def test_talks_that_date_another_event_are_still_talks() -> None:
    out = analyze_text("The army freed 40 hostages on Friday, two days after talks in Doha with the captors.")
    assert [v["trigger"]["text"] for v in _events(out, "CONSULT")] == ["talks"]


WIRE_CONSTRUCTIONS = [
    # A disparaging label is disapproval; naming ("a group called X") is nothing.
    ("The opposition called the curfew an attack on civil liberties.", "ACCUSE", "called"),
    ("Kenya sentenced two activists on Friday, a verdict their families called politically motivated.",
     "ACCUSE", "called"),
    # Sending forces to a border or a region deploys them; sending them to fight for an ally aids.
    ("Algeria sent 5,000 troops to its border with Mali on Sunday.", "MOBILIZE", "sent"),
    # The manual: people made to flee are SANCTION `expel'.
    ("Thousands of villagers fled into Chad after militia attacks on Saturday.", "SANCTION", "fled"),
    ("Canada said it would retaliate with tariffs on steel if the duties stayed in place.", "THREATEN",
     "retaliate"),
    ("The European Union released 300 million euros in frozen funds to Poland on Monday.", "CONCEDE",
     "released"),
    ("Turkey handed over 40 militants to Iraq on Tuesday.", "COOPERATE", "handed"),
    ("Japan lodged a protest with Beijing over the incursion.", "ACCUSE", "protest"),
    ("Students clashed with police outside parliament in Dhaka on Monday.", "PROTEST", "clashed"),
    ("Peru's taxi drivers blocked the main roads into Lima on Monday.", "PROTEST", "blocked"),
    ("Mali turned down an offer of mediation from Algeria on Tuesday.", "REJECT", "turned"),
    ("The electoral commission barred the former mayor from standing in the vote.", "COERCE", "barred"),
    ("The sabotage of a gas pipeline cut supplies to 40,000 homes, the firm said.", "ASSAULT", "sabotage"),
    ("A Paris court issued an arrest warrant for the former minister on Monday.", "THREATEN", "warrant"),
    ("Spain and Italy expressed their support for the peace plan on Monday.", "SUPPORT", "support"),
    ("Qatar and Bahrain restored diplomatic relations on Wednesday.", "SUPPORT", "restored"),
    ("The IMF approved a $3 billion loan to Pakistan on Friday.", "AID", "approved"),
    ("The union dropped its demand for a 20% pay rise on Thursday.", "CONCEDE", "dropped"),
    ("Norway and Sweden resumed the sharing of intelligence on Russian submarines.", "COOPERATE", "sharing"),
    ("Niger and Benin launched joint patrols along the river on Monday.", "COOPERATE", "patrols"),
    ("The rebels said they were open to negotiations with the government.", "AGREE", "negotiations"),
    ("Slovakia blocked the approval of the new aid package for Kyiv on Tuesday.", "REJECT", "blocked"),
    ("The bloc lifted Niger's suspension on Friday.", "CONCEDE", "lifted"),
    ("Parliament voted to extend martial law for another 90 days.", "COERCE", "extend"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "trigger"), WIRE_CONSTRUCTIONS)
def test_wire_constructions(text: str, category: str, trigger: str) -> None:
    out = analyze_text(text)
    assert trigger in [v["trigger"]["text"] for v in _events(out, category)], out["events"]


def test_naming_is_no_accusation() -> None:
    out = analyze_text("She leads a group called Safe Streets, which what it calls sensible laws support.")
    assert not _events(out, "ACCUSE")
    praise = analyze_text("The minister called the talks a useful step.")
    assert not _events(praise, "ACCUSE")


def test_sending_troops_to_fight_for_an_ally_is_aid() -> None:
    out = analyze_text("Rwanda sent 3,000 soldiers across the border to fight alongside the rebels.")
    assert not _events(out, "MOBILIZE")


def test_its_forces_are_the_group_that_speaks_of_them() -> None:
    out = analyze_text("The Wagner group said its forces had captured two villages near Bakhmut.")
    [capture] = _events(out, "ASSAULT")
    assert _names(out)[capture["actor"]] == "Wagner"
    assert capture["self_reported"] is True
    assert not any(e["name"].lower().startswith("its ") for e in out["entities"])


def test_how_many_fighters_is_no_entity() -> None:
    out = analyze_text("The army did not say how many fighters were killed in the assault.")
    assert not any(e["name"].lower().startswith("how ") for e in out["entities"])


def test_the_group_an_army_accuses_is_the_group_named_before() -> None:
    out = analyze_text(
        "The Israeli military said it had targeted a Hamas command centre and accused the group of "
        "using civilian buildings as cover."
    )
    assert not any(e["name"] == "Group" for e in out["entities"])


def _places(out: dict[str, Any]) -> dict[str, str]:
    return {p["id"]: p["name"] for p in out["places"]}


def _event_at(out: dict[str, Any], trigger: str) -> dict[str, Any]:
    return next(v for v in out["events"] if v["trigger"]["text"] == trigger)


def test_military_strikes_are_never_a_walkout() -> None:
    out = analyze_text(
        "The army said it had killed 30 fighters in air strikes near the town of Gao. "
        "The general staff said the strikes had destroyed several fuel depots."
    )
    assert not _events(out, "PROTEST")
    later = _event_at(out, "strikes")
    assert later["type"] == "ASSAULT" and later["mode"] == "aerial"  # the air strikes named before
    walkout = analyze_text("Bus drivers in Accra went on strike on Monday.")
    assert [(v["type"], v["mode"]) for v in walkout["events"]] == [("PROTEST", "strike")]
    assert not _events(analyze_text("Ukraine does not comment on strikes inside Russia."), "PROTEST")


def test_a_source_withholding_its_name_is_no_event() -> None:
    out = analyze_text(
        "A police officer, who asked not to be named for fear of reprisals, said gunmen had "
        "attacked the checkpoint overnight."
    )
    assert not _events(out, "REQUEST") and _events(out, "ASSAULT")
    out = analyze_text('"We will not stop," said a rebel commander who declined to give his name.')
    assert not _events(out, "REJECT")
    assert not _events(analyze_text("A soldier who requested anonymity said the base was quiet."), "REQUEST")
    assert _events(analyze_text("Kenya declined to name a new ambassador to Somalia."), "REJECT")


def test_they_in_a_speakers_own_words_is_not_the_speaker() -> None:
    out = analyze_text(
        'A local official told the agency that five civilians were killed. "They shelled the market '
        'on a Sunday," he said.'
    )
    shelling = _event_at(out, "shelled")
    assert shelling["actor"] is None and shelling["self_reported"] is False
    assert _names(out)[shelling["claimed_by"]] == "Local official"
    out = analyze_text('"We captured the bridge at dawn," the rebel commander said.')
    capture = _event_at(out, "captured")
    assert capture["actor"] == capture["claimed_by"] and capture["self_reported"] is True


@pytest.mark.parametrize(
    ("text", "trigger", "place", "not_places"),
    [
        # The clause's own place, not the dateline.
        ("SANAA, Yemen (AP) — Yemen's Houthi rebels said on Monday they had fired two missiles at a "
         "tanker in the Gulf of Aden.", "fired", "Gulf of Aden", set()),
        # A speaker's description, an "according to" phrase, a broker are no event places.
        ("The Institute for Peace, a London-based research group, said Russian forces had advanced "
         "in the area.", "advanced", None, {"London"}),
        ("The rebels have launched more than 100 attacks on merchant ships since November, according "
         "to the U.S. military.", "launched", None, {"United States"}),
        ("A spokesman told state media that talks brokered by Qatar were under way.", "talks", None,
         {"Qatar"}),
        # An attacker's country is not where its bombs fell; the target's people point to theirs.
        ("Ukraine's president said Russia had launched 500 guided bombs at Ukrainian cities this week.",
         "launched", "Ukraine", {"Russian Federation"}),
    ],
)  # fmt: skip
def test_an_event_is_placed_where_its_clause_puts_it(
    text: str, trigger: str, place: str | None, not_places: set[str]
) -> None:
    out = analyze_text(text)
    event = _event_at(out, trigger)
    names = _places(out)
    assert (names.get(event["place"]) if event["place"] else None) == place
    assert not {names[p] for p in event["places"]} & not_places


def test_an_act_without_a_place_of_its_own_happened_where_the_paragraph_is() -> None:
    out = analyze_text(
        "Thousands of students marched in Lima on Monday against the new pension law. Police fired "
        "tear gas at a group that tried to reach the Congress building, witnesses said."
    )
    assert _places(out)[_event_at(out, "fired")["place"]] == "Lima"


def test_a_promise_is_placed_where_it_was_made() -> None:
    out = analyze_text(
        "Germany will deliver two more air defence systems to Ukraine by the end of the year, the "
        "German defence minister said on Wednesday during a visit to Odesa."
    )
    [promise] = _events(out, "AGREE")
    assert _places(out)[promise["place"]] == "Odesa"


def test_a_peoples_adjective_acts_for_its_country_and_the_accused_did_what_they_are_accused_of() -> None:
    out = analyze_text(
        "Ukraine said it had shot down 20 drones. In the Russian region of Belgorod, the governor "
        "said a Ukrainian drone attack on the city of Belgorod had killed two people."
    )
    attack = _event_at(out, "attack")
    assert _names(out)[attack["actor"]] == "Ukraine"
    out = analyze_text("Russia accused Ukraine of deliberately targeting civilians in the border region.")
    targeting = _event_at(out, "targeting")
    assert _names(out)[targeting["actor"]] == "Ukraine"


def test_a_statement_after_a_semicolon_does_not_report_the_clause_before_it() -> None:
    out = analyze_text(
        "Moscow accused Kyiv of deliberately targeting civilians; Ukraine does not comment on "
        "strikes inside Russia."
    )
    [accusation] = _events(out, "ACCUSE")
    assert accusation["claimed_by"] == "outlet" and accusation["modality"] == "asserted"


def test_what_an_appeal_asks_for_is_no_act() -> None:
    out = analyze_text(
        "The president renewed his appeal to Western allies to allow strikes deep inside Russian "
        "territory with long-range weapons."
    )
    assert [v["type"] for v in out["events"]] == ["REQUEST"]


def test_a_munition_that_hits_a_building_attacks_it_and_hitting_out_at_critics_criticises() -> None:
    out = analyze_text("Neighbours told reporters that the shell hit the third floor of the clinic at dawn.")
    assert not _events(out, "ACCUSE")
    assert [v["trigger"]["text"] for v in _events(out, "ASSAULT")] == ["hit"]
    out = analyze_text("The finance minister hit out at critics of the new tax on Monday.")
    assert [(v["type"], v["mode"]) for v in out["events"]] == [("ACCUSE", "disapprove")]


def test_an_age_after_a_name_is_no_date() -> None:
    out = analyze_text(
        '"We were at home when the missiles came down," said Amina Yusuf, 52, who lost her home.',
        published="2026-05-04",
    )
    [attack] = _events(out, "ASSAULT")
    assert (attack["time"] or {}).get("text") is None


def test_a_date_describing_a_participant_does_not_date_the_event() -> None:
    out = analyze_text(
        "Chad's government, which has fought the rebels since March 2021, condemned the ambush.",
        published="2026-05-04",
    )
    [condemnation] = _events(out, "ACCUSE")
    assert (condemnation["time"] or {}).get("text") is None


def test_people_who_flee_are_the_target_and_what_made_them_flee_the_actor() -> None:
    # Manual: fleeing is SANCTION `expel' with the causative agent as actor, never the fleeing party.
    out = analyze_text("A local pastor said by phone that villagers had fled towards Bunia and Mahagi.")
    [flight] = _events(out, "SANCTION")
    names = _names(out)
    assert flight["mode"] == "expel" and flight["actor"] is None and names[flight["target"]] == "Villagers"
    out = analyze_text("Thousands of Malians fled into Niger after jihadists attacked their villages.")
    [flight] = _events(out, "SANCTION")
    names = _names(out)
    assert names[flight["actor"]] == "Jihadists" and names[flight["target"]] == "Malians"


def test_ranking_an_event_among_the_deadliest_codes_no_second_event() -> None:
    out = analyze_text(
        "Gunmen killed 25 farmers in Benue state on Sunday, police said, in one of the deadliest "
        "attacks in the region in months.",
        published="2026-05-04",
    )
    [attack] = _events(out, "ASSAULT")
    assert attack["trigger"]["text"] == "killed" and attack["time"]["text"] == "Sunday"
    out = analyze_text("Gunmen killed 25 farmers in Benue on Sunday, the worst attack there since 2019.")
    assert len(_events(out, "ASSAULT")) == 1


def test_the_accused_did_the_charged_act_when_the_charge_hangs_on_them() -> None:
    # The parser hangs "of using drones" on "the insurgents", and reads "burning homes" as a noun.
    for text, accused in [
        ("The governor accused the insurgents of using drones to attack farming villages.", "Insurgents"),
        ("Kenya accused the militia of burning homes in Lamu.", "Militia"),
    ]:
        out = analyze_text(text)
        [accusation] = _events(out, "ACCUSE")
        [attack] = _events(out, "ASSAULT")
        assert _names(out)[attack["actor"]] == accused
        assert attack["claimed_by"] == accusation["actor"]


def test_one_attack_that_killed_some_and_wounded_others_is_one_event() -> None:
    for text in [
        "The mayor said a Russian drone attack on Kherson had killed three people and wounded 12.",
        "Police said gunmen had killed three people and wounded 12 at a market in Kaduna.",
    ]:
        [attack] = _events(analyze_text(text), "ASSAULT")
        roles = {q["role"]: q["value"] for q in attack["quantities"]}
        assert roles == {"killed": 3, "wounded": 12}
