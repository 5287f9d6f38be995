"""Entity layer: our labels, canonical names, one id per referent."""

from __future__ import annotations

from typing import Any

import pytest

from claimgraph import analyze_text


def _by_name(out: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in out["entities"]}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Fighters of the Free Russia Legion crossed the border near the village on Tuesday.",
            "Free Russia Legion",
        ),
        (
            "The Russian Volunteer Corps posted a video from the outskirts of the town.",
            "Russian Volunteer Corps",
        ),
        (
            "Commanders of the Rapid Support Forces met mediators in Jeddah last month.",
            "Rapid Support Forces",
        ),
        ("Officials said Hezbollah fired rockets at the border post overnight.", "Hezbollah"),
    ],
)
def test_armed_groups_get_their_own_type(sentence: str, name: str) -> None:
    entities = _by_name(analyze_text(sentence))
    assert entities[name]["type"] == "ARMED_GROUP"


def test_government_bodies() -> None:
    out = analyze_text(
        "The Kremlin rejected the proposal, and the Ministry of Defence did not comment on it."
    )
    entities = _by_name(out)
    assert entities["Kremlin"]["type"] == "GOV"
    assert entities["Ministry of Defence"]["type"] == "GOV"


def test_surname_joins_full_name_and_country_forms_join() -> None:
    out = analyze_text(
        "President Emmanuel Macron met the envoy in Paris on Monday. Macron later flew to Russia, "
        "where officials of the Russian Federation received him."
    )
    entities = _by_name(out)
    assert [m["text"] for m in entities["Emmanuel Macron"]["mentions"]] == ["Emmanuel Macron", "Macron"]
    assert "Macron" not in entities
    russia = entities["Russia"]
    assert {m["text"] for m in russia["mentions"]} == {"Russia", "Russian Federation"}
    assert russia["links"]["iso3166_1"] == "RU"


def test_coordinated_admin_units_are_two_places() -> None:
    out = analyze_text("Residents of Kursk and Belgorod oblasts were evacuated after the shelling.")
    entities = _by_name(out)
    assert entities["Kursk"]["type"] == "GPE"
    assert entities["Belgorod"]["type"] == "GPE"


def test_pipeline_wiring_has_no_problems(nlp: Any) -> None:
    problems = nlp.analyze_pipes()["problems"]
    assert all(not p for p in problems.values()), problems
    assert nlp.pipe_names.index("claimgraph_entity_ruler") < nlp.pipe_names.index("ner")
    assert nlp.pipe_names.index("claimgraph_paragraph_breaks") < nlp.pipe_names.index("parser")


def test_no_sentence_starts_with_a_comma_or_a_lower_case_word_inside_a_paragraph(nlp: Any) -> None:
    from spacy.tokens import Doc

    from claimgraph.analyse.nlp import paragraph_breaks

    words = ["Those", "who", "borrow", "struggle", ",", "he", "said", ".", "\n\n", "Next", "one", "."]
    spaces = [True, True, True, False, True, True, False, False, False, True, False, False]
    doc = paragraph_breaks(Doc(nlp.vocab, words=words, spaces=spaces))
    assert doc[4].is_sent_start is False  # ","
    assert doc[5].is_sent_start is False  # "he"
    assert doc[0].is_sent_start is True
    assert doc[9].is_sent_start is True  # after a blank line


def test_an_acronym_with_dots_joins_the_name_it_abbreviates() -> None:
    out = analyze_text("The United Nations said aid was blocked. U.N. officials said talks would resume.")
    assert "U.N." in [m["text"] for m in _by_name(out)["United Nations"]["mentions"]]


def test_a_place_the_model_took_for_a_person_is_a_place_entity_no_she_stands_for() -> None:
    out = analyze_text(
        "Russian forces shelled Kherson overnight, killing three civilians. "
        "She said the strike hit a hospital."
    )
    kherson = _by_name(out)["Kherson"]
    assert kherson["type"] == "GPE"
    assert [m["text"] for m in kherson["mentions"]] == ["Kherson"]  # "She" is not the city
    assert [p["name"] for p in out["places"]] == ["Kherson"]


def test_a_ministry_ner_took_for_a_name_is_a_government_body_of_its_country() -> None:
    out = analyze_text(
        "Russia's defence ministry said its air defences had destroyed 30 drones. "
        "Ukraine's defence ministry said the figure was invented."
    )
    bodies = {e["name"]: e["type"] for e in out["entities"] if "ministry" in e["name"]}
    assert bodies == {"Russia's defence ministry": "GOV", "Ukraine's defence ministry": "GOV"}


@pytest.mark.parametrize(
    ("sentence", "name", "type_"),
    [
        ("The Ukrainian navy said it had shot down 11 drones.", "Ukrainian navy", "ARMED_GROUP"),
        ("Ukraine's foreign ministry said the vote was a sham.", "Ukraine's foreign ministry", "GOV"),
    ],
)
def test_a_body_is_typed_by_its_noun(sentence: str, name: str, type_: str) -> None:
    assert _by_name(analyze_text(sentence))[name]["type"] == type_


def test_a_ministry_description_is_named_with_a_capital() -> None:
    names = [
        e["name"] for e in analyze_text("The transport ministry said the road would reopen.")["entities"]
    ]
    assert names and all(n[:1].isupper() for n in names)


def test_traders_are_a_group_of_people() -> None:
    out = analyze_text("Traders at the port said deliveries had slowed.")
    (entity,) = [e for e in out["entities"] if e["id"] == out["attributions"][0]["speaker"]["entity"]]
    assert entity["type"] == "GROUP"


def test_a_state_body_named_with_capitals_keeps_its_country() -> None:
    out = analyze_text(
        "Ukraine's General Staff said its forces had advanced. Russia's General Staff said the attack "
        "had failed. Russia's Defence Ministry said 30 drones were downed."
    )
    types = {e["name"]: e["type"] for e in out["entities"]}
    assert types["Ukraine's General Staff"] == types["Russia's General Staff"] == "ARMED_GROUP"
    assert types["Russia's Defence Ministry"] == "GOV"


def test_an_organisation_is_named_whole_and_its_acronym_finds_it() -> None:
    out = analyze_text(
        "Both sides claimed victory. The Ethiopian federal government said its forces had captured "
        "Mekelle, while the Tigray People's Liberation Front said its fighters had withdrawn. The army "
        "retook the town from the Myanmar National Democratic Alliance Army, the MNDAA said."
    )
    names = _by_name(out)
    assert names["Tigray People's Liberation Front"]["type"] == "ARMED_GROUP"
    army = names["Myanmar National Democratic Alliance Army"]
    assert "MNDAA" in [m["text"] for m in army["mentions"]]
    # the words a name takes in are no entities of their own
    assert "Tigray People" not in names and not any(e["type"] == "PERSON" for e in out["entities"])
    # and the writer's "while" ends what the government said, however long the next speaker's name
    said = next(
        a for a in out["attributions"] if a["speaker"] and a["speaker"]["text"].startswith("The Ethiopian")
    )
    assert said["content"]["text"] == "its forces had captured Mekelle"


def test_a_name_with_for_or_of_inside_is_one_organisation_and_its_given_short_name_joins_it() -> None:
    out = analyze_text(
        "The strikes hit depots of the al-Qaeda-linked Group for the Support of Islam and Muslims, known by "
        "its Arabic acronym JNIM, the army said. JNIM claimed it had seized the camp. A commander of the "
        "Ta'ang National Liberation Army said they would fight."
    )
    names = {e["name"]: [m["text"] for m in e["mentions"]] for e in out["entities"]}
    assert names["Group for the Support of Islam and Muslims"].count("JNIM") == 2
    assert "Ta'ang National Liberation Army" in names
    assert not {"Islam", "Muslims", "JNIM", "Ta'ang"} & set(names)


def test_rebels_named_after_their_group_are_the_group_wherever_they_are_found() -> None:
    out = analyze_text(
        "M23 rebels have captured the town of Rubaya, officials said. The M23 did not respond to a request "
        "for comment."
    )
    armed = [e for e in out["entities"] if e["type"] == "ARMED_GROUP"]
    assert [e["name"] for e in armed] == ["M23"]


def test_a_weapon_systems_name_is_no_place_and_no_attacker() -> None:
    out = analyze_text(
        "BEIRUT (Reuters) - Lebanon's Hezbollah said on Wednesday it had fired dozens of Katyusha rockets at "
        "an Israeli military base. Russia launched Shahed drones at Kyiv overnight, Ukraine's air force said."
    )
    names = {e["name"] for e in out["entities"]}
    assert not {"Katyusha", "Shahed"} & names
    assert not {"Katyusha", "Shahed"} & {p["name"] for p in out["places"]}
