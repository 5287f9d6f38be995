"""Toponym recognition rules, on sentences written for these tests.

The entity labels are set by hand (``ents``) where a rule is about what the model says, so the
tests do not depend on the small model's mood: "NATO" tagged ORG, "Tamil Nadu" tagged PERSON.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from spacy.tokens import Doc, Span

from claimgraph.geo.resolve import Geoparser
from claimgraph.geo.toponyms import Toponym


@pytest.fixture(scope="module")
def geoparser() -> Geoparser:
    return Geoparser()


def labelled(nlp: Any, text: str, ents: dict[str, str]) -> Doc:
    """Parse ``text`` and replace its entities by every occurrence of the names in ``ents``
    (longer names first: "CTV Winnipeg" keeps its "Winnipeg")."""
    doc = nlp(text)
    spans: list[Span] = []
    for name, label in sorted(ents.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            span = doc.char_span(m.start(), m.end(), label=label)
            assert span is not None, name
            if not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def found(geoparser: Geoparser, doc: Doc) -> list[Toponym]:
    toponyms = geoparser.toponyms(doc)
    for t in toponyms:
        assert doc.text[t.start : t.end] == t.text
    return toponyms


def texts(toponyms: list[Toponym]) -> list[str]:
    return [t.text for t in toponyms]


def test_a_name_tagged_organisation_more_often_than_place_is_not_a_place(
    nlp: Any, geoparser: Geoparser
) -> None:
    # "Nato" is also a village in the Philippines; one mention sits in a list with Tunis.
    text = (
        "Relations between NATO and Tunis were calm. NATO said it would help. "
        "Analysts expect NATO to insist. Wedbush said it would appeal, and Wedbush staff left. "
        "Shares in Wedbush fell."
    )
    doc = labelled(nlp, text, {"NATO": "ORG", "Tunis": "GPE", "Wedbush": "ORG"})
    doc.ents = [*doc.ents[:-1], Span(doc, doc.ents[-1].start, doc.ents[-1].end, label="GPE")]
    names = texts(found(geoparser, doc))
    assert "NATO" not in names
    assert "Wedbush" not in names
    assert "Tunis" in names


def test_well_known_or_firmly_placed_names_survive_the_vote(nlp: Any, geoparser: Geoparser) -> None:
    text = (
        "Tamil Nadu asked the court for more water. Officials said Tamil Nadu would appeal. "
        "Lucy was born in Churchill, Man., last year. Churchill doctors said Churchill staff helped."
    )
    doc = labelled(nlp, text, {"Tamil Nadu": "PERSON", "Churchill": "ORG"})
    toponyms = found(geoparser, doc)
    assert texts(toponyms).count("Tamil Nadu") == 2  # a state, whatever the model calls it
    assert "Churchill" in texts(toponyms)  # "born in Churchill, Man." places it firmly
    manitoba = next(t for t in toponyms if t.text == "Man.")
    assert manitoba.name == "Manitoba" and manitoba.level == "admin1"


def test_a_place_tagged_person_is_not_blocked_by_its_own_words(nlp: Any, geoparser: Geoparser) -> None:
    # Before: the words of every two-word PERSON entity blocked gazetteer matches, including the
    # entity's own name.
    text = "A brewery in Klamath Falls uses the heat. Klamath Falls charges users directly."
    doc = labelled(nlp, text, {"Klamath Falls": "PERSON"})
    assert texts(found(geoparser, doc)).count("Klamath Falls") == 2
    # The words of a real person's name still block the place reading of a single word.
    text = "Innocent Goma spoke. Goma said he would stay."
    doc = labelled(nlp, text, {"Innocent Goma": "PERSON", "Goma": "PERSON"})
    assert "Goma" not in texts(found(geoparser, doc))


def test_canadian_provinces_after_a_town(nlp: Any, geoparser: Geoparser) -> None:
    text = "She sold her home in Gatineau, Que., and later moved to Barrie, Ont., with her children."
    toponyms = {t.text: t for t in found(geoparser, nlp(text))}
    assert toponyms["Que."].name == "Quebec"
    assert toponyms["Ont."].name == "Ontario"


def test_places_inside_organisation_names(nlp: Any, geoparser: Geoparser) -> None:
    text = (
        "Kentucky State Police said the driver fled. A report by the Conference Board of Canada "
        "ranked the city. He lives in Winnipeg and told CTV Winnipeg he was safe."
    )
    doc = labelled(
        nlp,
        text,
        {
            "Kentucky State Police": "ORG",
            "Conference Board of Canada": "ORG",
            "Winnipeg": "GPE",
            "CTV Winnipeg": "ORG",
        },
    )
    toponyms = found(geoparser, doc)
    names = texts(toponyms)
    assert "Kentucky" in names  # at the start
    assert "Canada" in names  # after "of"
    assert names.count("Winnipeg") == 2  # at the end; named on its own elsewhere
    kentucky = next(t for t in toponyms if t.text == "Kentucky")
    assert kentucky.source == "embedded"


def test_names_of_newspapers_firms_and_clubs_hold_no_place(nlp: Any, geoparser: Geoparser) -> None:
    text = "The New York Times reported that Real Madrid and Virgin Atlantic would sign a deal."
    doc = labelled(nlp, text, {"The New York Times": "ORG", "Real Madrid": "ORG", "Virgin Atlantic": "ORG"})
    assert found(geoparser, doc) == []


def test_a_county_name_the_model_cut_short(nlp: Any, geoparser: Geoparser) -> None:
    text = (
        "Deputies from the Black Hawk County Sheriff's Office came. Items were found in "
        "Allamakee County and Dallas County."
    )
    doc = labelled(nlp, text, {"Hawk": "GPE", "Allamakee": "GPE", "Dallas": "GPE", "County": "GPE"})
    toponyms = {t.text: t for t in found(geoparser, doc)}
    assert set(toponyms) == {"Black Hawk County", "Allamakee County", "Dallas County"}
    assert toponyms["Allamakee County"].level == "admin2"


def test_institution_words_alone_are_not_places(nlp: Any, geoparser: Geoparser) -> None:
    text = "The Highway Patrol said the School District would reopen."
    doc = labelled(nlp, text, {"Highway Patrol": "FAC", "School District": "GPE"})
    assert found(geoparser, doc) == []


def test_datelines_run_into_the_text(nlp: Any, geoparser: Geoparser) -> None:
    text = (
        "Teachers rallied again. SAN DIEGO (AP) - The National Guard faces a new task. "
        "A mason was charged. TORRINGTON — Mayor Smith will hold a forum. KOBE IN THE HOUSE: fans."
    )
    doc = labelled(nlp, text, {"SAN DIEGO": "ORG", "TORRINGTON": "ORG", "KOBE": "ORG"})
    toponyms = {t.text: t for t in found(geoparser, doc)}
    assert toponyms["SAN DIEGO"].source == "dateline"
    assert toponyms["TORRINGTON"].source == "dateline"
    assert "KOBE" not in toponyms


def test_bodies_named_after_the_place_they_serve(nlp: Any, geoparser: Geoparser) -> None:
    # Glasgow, Kentucky and Enfield are not major places; the police force and the council say
    # "place". "Royal" in a hospital's name is not the Royal of the gazetteer.
    text = (
        "The Glasgow Police Department said it was called. Enfield Council agreed. The Kentucky "
        "Department of Fish and Wildlife led the inquiry. She died at the Royal Alexandra Hospital."
    )
    doc = labelled(
        nlp,
        text,
        {
            "Glasgow Police Department": "ORG",
            "Enfield Council": "ORG",
            "Kentucky Department of Fish and Wildlife": "ORG",
            "Royal Alexandra Hospital": "ORG",
        },
    )
    names = texts(found(geoparser, doc))
    assert names == ["Glasgow", "Enfield", "Kentucky"]


@pytest.mark.parametrize("verb", ["shelled", "recaptured", "besieged"])
def test_a_name_tagged_person_that_forces_shelled_or_took_is_a_place(
    nlp: Any, geoparser: Geoparser, verb: str
) -> None:
    doc = labelled(nlp, f"Russian forces {verb} Kherson overnight.", {"Kherson": "PERSON"})
    assert texts(found(geoparser, doc)) == ["Kherson"]


def test_a_name_tagged_person_that_people_cheered_is_still_no_place(nlp: Any, geoparser: Geoparser) -> None:
    doc = labelled(nlp, "Supporters cheered Kherson overnight.", {"Kherson": "PERSON"})
    assert "Kherson" not in texts(found(geoparser, doc))


def test_military_formations_are_not_where_they_are_named_for(nlp: Any, geoparser: Geoparser) -> None:
    # A corps, a command or a fleet takes its name from the area it answers for; the name is an
    # organisation's, and the place is named on its own ("in Africa") or not at all.
    text = (
        "Officers of the Africa Corps trained recruits, and the U.S. Africa Command denied it. "
        "The Black Sea Fleet left port. Central Command said aid reached villages in Africa."
    )
    doc = labelled(
        nlp,
        text,
        {
            "Africa Corps": "ARMED_GROUP",
            "U.S. Africa Command": "ORG",
            "Black Sea Fleet": "ORG",
            "Central Command": "ORG",
            "Africa": "LOC",
        },
    )
    toponyms = found(geoparser, doc)
    assert texts(toponyms) == ["Africa"]
    assert toponyms[0].start == text.rindex("Africa")
    # The name alone, as the model may tag it, runs on into the formation's name.
    doc = labelled(nlp, "Recruits of the Africa Corps were paid.", {"Africa": "LOC"})
    assert texts(found(geoparser, doc)) == []
    # A police command serves the place it names.
    text = "The Kaduna State Police Command said two officers were hurt."
    doc = labelled(nlp, text, {"Kaduna State Police Command": "ORG"})
    assert texts(found(geoparser, doc)) == ["Kaduna State"]


def test_a_compass_word_before_a_common_noun_describes(nlp: Any, geoparser: Geoparser) -> None:
    # "Western allies", "Western governments": the adjective, not a region of Uganda or Ghana;
    # the model's GPE for the word is overruled too. A designator still makes it a region.
    text = (
        "The president appealed to Western allies for arms, and to Western governments for money. "
        "Officials in Western Region reported floods near Takoradi."
    )
    doc = labelled(nlp, text, {"Western": "GPE", "Takoradi": "GPE"})
    names = texts(found(geoparser, doc))
    assert names == ["Western Region", "Takoradi"]
    doc = nlp("He renewed his appeal to Western allies and to Eastern neighbours.")
    assert texts(found(geoparser, doc)) == []


def test_a_compass_word_of_a_units_name_stays_with_it(nlp: Any, geoparser: Geoparser) -> None:
    # The model tags "North Kivu" whole; the unit word after it must not cut it to "Kivu".
    doc = nlp("Rebels took the hills as fighting in North Kivu province spread to South Kivu province.")
    names = texts(found(geoparser, doc))
    assert "North Kivu province" in names and "South Kivu province" in names
    assert "North" not in names and "South" not in names


def test_the_village_of_a_name_makes_it_a_settlement(nlp: Any, geoparser: Geoparser) -> None:
    text = "Gunmen stormed the village of Wad al-Tarfa on Monday and the town of Kessa Bora later."
    doc = labelled(nlp, text, {"Wad al-Tarfa": "PERSON", "Kessa Bora": "ORG", "Monday": "DATE"})
    toponyms = {t.text: t for t in found(geoparser, doc)}
    assert toponyms["Wad al-Tarfa"].level == "locality"
    assert toponyms["Kessa Bora"].level == "locality"
    assert "Monday" not in toponyms


def test_no_entity_runs_into_the_blank_line_after_a_headline(nlp: Any, geoparser: Geoparser) -> None:
    text = "Army says it killed dozens of fighters near Timbuktu\n\nBAMAKO, Mali — The army said on Sunday."
    doc = nlp(text)
    assert all(ent.text == ent.text.strip() for ent in doc.ents)
    # Whatever the model calls it, "near Timbuktu" is the town.
    assert "Timbuktu" in texts(found(geoparser, doc))
    # An organisation span with the blank line in it (as the model gives it) still trims to the name.
    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Timbuktu")
    assert doc[at + 1].is_space
    doc.ents = [Span(doc, at, at + 2, label="ORG")]
    assert "Timbuktu" in texts(found(geoparser, doc))
