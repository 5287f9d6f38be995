"""Attribution rules on small texts written for each construction."""

from __future__ import annotations

from typing import Any

import pytest

from claimgraph import analyze_text


def _attributions(text: str) -> list[dict[str, Any]]:
    return analyze_text(text)["attributions"]


def _speaker_names(text: str) -> dict[str, str]:
    """Each speaker mention of a text with the name of the entity it resolves to."""
    out = analyze_text(text)
    names = {e["id"]: e["name"] for e in out["entities"]}
    return {a["speaker"]["text"]: names[a["speaker"]["entity"]] for a in out["attributions"] if a["speaker"]}


def _first_speaker(out: dict[str, Any]) -> dict[str, Any]:
    """The entity the first attribution's speaker resolves to."""
    wanted = out["attributions"][0]["speaker"]["entity"]
    return next(e for e in out["entities"] if e["id"] == wanted)


def _one(text: str, kind: str) -> dict[str, Any]:
    found = [a for a in _attributions(text) if a["kind"] == kind]
    assert len(found) == 1, found
    return found[0]


def test_indirect_cue_before_content() -> None:
    a = _one(
        "Foreign Minister Sergei Lavrov said on Monday that the talks had stalled over the border.",
        "indirect",
    )
    assert a["speaker"]["text"] == "Sergei Lavrov"  # the name alone: titles are not part of the mention
    assert a["cue"]["text"] == "said"
    assert a["content"]["text"] == "the talks had stalled over the border"


def test_indirect_cue_after_content() -> None:
    a = _one("The convoy was hit twice near the crossing on Sunday night, the army said.", "indirect")
    assert a["speaker"]["text"] == "the army"
    assert a["content"]["text"] == "The convoy was hit twice near the crossing on Sunday night"


def test_direct_quote_with_inverted_cue() -> None:
    a = _one('"We will not retreat from the city," said John Smith, the army chief.', "direct")
    assert a["content"]["text"] == "We will not retreat from the city"
    assert a["speaker"]["text"] == "John Smith"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            '"We were wrong about the plant," Tom Ames, now 81 and retired in Maine, said on Monday.',
            "Tom Ames",
            "said",
        ),
        (
            '"We lost," Jane Roe, a nurse who worked at the plant for 30 years, told reporters.',
            "Jane Roe",
            "told",
        ),
    ],
)
def test_quote_then_speaker_with_a_long_aside_then_cue(text: str, speaker: str, cue: str) -> None:
    a = _one(text, "direct")
    assert (a["speaker"]["text"], a["cue"]["text"]) == (speaker, cue)


def test_direct_quote_cue_before_with_colon() -> None:
    a = _one('The mayor told reporters: "The water supply will be restored by Friday."', "direct")
    assert a["speaker"]["text"] == "The mayor"
    assert a["cue"]["text"] == "told"
    assert a["content"]["text"].startswith("The water supply will be restored by Friday")


def test_quote_over_two_paragraphs_is_one_attribution() -> None:
    text = (
        "Maria Lopez, the head of the aid agency, described the scene. "
        '"The roads are gone. We carry the food on our backs.\n\n'
        '"Nobody has reached the northern villages for a week," she said.'
    )
    direct = [a for a in _attributions(text) if a["kind"] == "direct"]
    assert len(direct) == 1, direct
    assert direct[0]["content"]["text"].startswith("The roads are gone.")
    assert direct[0]["content"]["text"].endswith("for a week")
    assert direct[0]["speaker"]["text"] == "she"


def test_according_to() -> None:
    a = _one(
        "Thirty people were killed in the strike, according to the regional health ministry.", "according_to"
    )
    assert a["cue"]["text"] == "according to"
    assert a["speaker"]["text"] == "the regional health ministry"
    assert a["content"]["text"] == "Thirty people were killed in the strike"


def test_according_to_at_sentence_start() -> None:
    a = _one("According to the rebels, the bridge was destroyed before dawn.", "according_to")
    assert a["content"]["text"] == "the bridge was destroyed before dawn"


def test_scare_quote_has_no_speaker() -> None:
    a = _one(
        'Officials in the occupied region prepared ballots for the so-called "referendum" in March.',
        "scare_quote",
    )
    assert a["speaker"] is None
    assert a["content"]["text"] == "referendum"


def test_partial_quote_inside_reported_speech_is_not_a_scare_quote() -> None:
    attributions = _attributions(
        'The minister said that the offensive was "a complete failure" for the army.'
    )
    assert [a["kind"] for a in attributions] == ["indirect"]


@pytest.mark.parametrize(
    "sentence",
    [
        "No one can claim that the vote was fair.",
        "The band said goodbye to its fans.",
    ],
)
def test_no_attribution(sentence: str) -> None:
    assert [a for a in _attributions(sentence) if a["kind"] != "scare_quote"] == []


def test_denial_modality() -> None:
    out = analyze_text("The ministry denied that its forces had shelled the market in the city centre.")
    claim = next(c for c in out["claims"] if c["attribution"])
    assert claim["modality"] == "denied"
    assert "shelled the market" in claim["text"]


def test_pronoun_resolves_to_the_named_person() -> None:
    text = (
        "Prime Minister Anna Berg said the budget would pass next week.\n\n"
        "She added that the opposition had no alternative plan."
    )
    out = analyze_text(text)
    speakers = {a["speaker"]["entity"] for a in out["attributions"] if a["speaker"]}
    assert len(speakers) == 1
    entity = next(e for e in out["entities"] if e["id"] in speakers)
    assert entity["name"] == "Anna Berg"


def test_nested_attribution_is_linked_to_its_parent() -> None:
    out = analyze_text(
        "The governor said that residents claimed the dam had been mined by the retreating troops."
    )
    outer = next(a for a in out["attributions"] if a["cue"]["text"] == "said")
    inner = next(a for a in out["attributions"] if a["cue"]["text"] == "claimed")
    assert inner["parent"] == outer["id"]
    assert inner["speaker"]["text"] == "residents"


def test_narration_is_a_claim_of_the_outlet() -> None:
    out = analyze_text("Heavy rain flooded the lower town on Tuesday, and two bridges collapsed.")
    assert out["attributions"] == []
    assert [c["asserted_by"] for c in out["claims"]] == ["outlet"]


@pytest.mark.parametrize(
    ("text", "cue", "phrase"),
    [
        (
            "Governor Ruth Adler has repeatedly said that the budget is balanced.",
            "said",
            "has repeatedly said",
        ),
        ("The army said in a statement that two drones were shot down.", "said", "said in a statement"),
        ("The mayor did not say whether the bridge would reopen.", "say", "did not say"),
        ("Senator Kim Park has called for the governor to resign.", "called", "has called for"),
        # the verb that shares the infinitive cue's subject starts the group
        ("The mayor tried to argue that the budget was fine.", "argue", "tried to argue"),
        ("The senator went on to say that the plan would fail.", "say", "went on to say"),
        ("The mayor has also had to concede that it was short.", "concede", "has also had to concede"),
        # words between the auxiliary and its verb, but never the subject of a question
        ("The governor has since said that he regrets the vote.", "said", "has since said"),
        ("The two leaders have both said that the treaty is dead.", "said", "have both said"),
        ("Why did the senator say that the bill would pass?", "say", "say"),
        # a lone adverb right after the verb
        ("The senator said repeatedly that the plan would fail.", "said", "said repeatedly"),
        ("The mayor wrote sarcastically that the budget was fine.", "wrote", "wrote sarcastically"),
        # a participle on the object the speaker put out: the cue runs from the verb
        ("The firm issued a statement saying that it would appeal.", "saying", "issued a statement saying"),
    ],
)
def test_cue_phrase_is_the_whole_verb_group(text: str, cue: str, phrase: str) -> None:
    a = next(a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == cue)
    assert a["cue_phrase"]["text"] == phrase
    start, end = a["cue_phrase"]["start"], a["cue_phrase"]["end"]
    assert text[start:end] == phrase


def test_modal_cue_is_an_attribution_with_hedged_modality() -> None:
    out = analyze_text("The finance minister might argue that the tax cut pays for itself.")
    a = _one("The finance minister might argue that the tax cut pays for itself.", "indirect")
    assert a["content"]["text"] == "the tax cut pays for itself"
    claim = next(c for c in out["claims"] if c["attribution"] == a["id"])
    assert claim["modality"] == "hedged"


def test_object_with_predicate_is_a_stance() -> None:
    a = _one("Senator Luis Ortiz called the plan “reckless and cruel.”", "stance")
    assert a["speaker"]["text"] == "Luis Ortiz"
    assert a["content"]["text"].startswith("the plan “reckless and cruel")


def test_announced_object_is_a_stance_without_claim() -> None:
    out = analyze_text("The mayor of Lagos announced his resignation on Friday.")
    stances = [a for a in out["attributions"] if a["kind"] == "stance"]
    assert [a["content"]["text"] for a in stances] == ["his resignation"]
    assert not [c for c in out["claims"] if c["attribution"] == stances[0]["id"]]


def test_refusal_is_a_stance_and_keeps_scare_quotes() -> None:
    out = analyze_text('Kenya has refused to recognise the so-called "election" in the breakaway region.')
    stance = next(a for a in out["attributions"] if a["kind"] == "stance")
    assert stance["cue"]["text"] == "refused"
    assert stance["content"]["text"].startswith("to recognise the so-called")
    assert [a["content"]["text"] for a in out["attributions"] if a["kind"] == "scare_quote"] == ["election"]


def test_protesting_an_object_is_no_attribution() -> None:
    text = "Police fired tear gas at students protesting the fee rise in Nairobi."
    assert [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "protesting"] == []


def test_infinitive_cue_takes_the_governing_verbs_subject() -> None:
    text = "Governor Amal Haddad appeared to suggest that the curfew would be lifted."
    a = _one(text, "indirect")
    assert a["speaker"]["text"] == "Amal Haddad"
    assert a["cue"]["text"] == "suggest"
    assert a["cue_phrase"]["text"] == "appeared to suggest"
    assert a["content"]["text"] == "the curfew would be lifted"


def test_by_gerund_cue_takes_the_governing_verbs_subject() -> None:
    a = _one("The council closed the session by saying that the budget was final.", "indirect")
    assert a["speaker"]["text"] == "The council"
    assert a["content"]["text"] == "the budget was final"


def test_possessed_claim_noun_with_that_clause() -> None:
    text = "Observers rejected the minister's claim that the vote had been free and fair."
    a = next(a for a in _attributions(text) if a["cue"]["text"] == "claim")
    assert a["kind"] == "indirect"
    assert a["speaker"]["text"] == "the minister"
    assert a["cue"]["text"] == "claim"
    assert a["content"]["text"] == "the vote had been free and fair"


def test_passive_cue_with_agent_names_the_source() -> None:
    a = _one("The deal was first reported by the Financial Times.", "stance")
    assert a["speaker"]["text"] == "the Financial Times"
    assert a["content"]["text"] == "The deal"
    assert a["cue_phrase"]["text"] == "was first reported"


def test_one_word_object_stance_but_not_a_greeting() -> None:
    assert _one("The union endorsed Okafor.", "stance")["content"]["text"] == "Okafor"
    assert [a for a in _attributions("The crowd said goodbye.") if a["kind"] != "scare_quote"] == []


def test_transcript_lines_are_direct_speech_of_their_label() -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"HOST: Will the minister attend the summit tomorrow?\n\n'
        '"OKAFOR: She will not attend, and the reasons are well known."'
    )
    found = [(a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) for a in _attributions(text)]
    assert ("HOST", ":", "Will the minister attend the summit tomorrow?") in found
    assert ("OKAFOR", ":", "She will not attend, and the reasons are well known.") in found


def test_name_dash_quote_line_is_direct_speech() -> None:
    text = "Residents told us what they feared.\n\nMaria Gonzalez ― “The water has been cut for a week.”"
    a = next(a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "―")
    assert a["kind"] == "direct"
    assert a["speaker"]["text"] == "Maria Gonzalez"
    assert a["content"]["text"] == "The water has been cut for a week."


def test_a_label_that_is_not_a_name_does_not_speak() -> None:
    text = "The council met on Monday to vote on the budget.\n\nNote: This story was updated with the result."
    assert [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == ":"] == []


def test_speaker_colon_headline_ending_in_a_period() -> None:
    out = analyze_text(
        "Okafor: The budget will pass next week.\n\nThe finance minister spoke on Monday in Abuja."
    )
    assert out["article"]["headline"] == "Okafor: The budget will pass next week."
    a = next(a for a in out["attributions"] if a["kind"] == "headline")
    assert a["speaker"]["text"] == "Okafor"
    assert a["speaker"]["phrase"]["text"] == "Okafor"


def test_parenthetical_cue_inside_its_content() -> None:
    text = "The new dam, the minister said, will double the region's power supply."
    a = _one(text, "indirect")
    assert a["speaker"]["text"] == "the minister"
    assert a["content"]["text"] == text.rstrip(".")


def test_parenthetical_cue_with_its_addressee_inside_its_content() -> None:
    # The object of "told" is whom the speaker addressed, not what was said.
    text = "Turnout, the election chief told voters, had been higher than expected."
    a = _one(text, "indirect")
    assert a["speaker"]["text"] == "the election chief"
    assert a["cue"]["text"] == "told"
    assert a["content"]["text"] == text.rstrip(".")


def test_relative_pronoun_speaker_resolves_to_the_noun_it_stands_for() -> None:
    out = analyze_text(
        "The mayor of Accra, who has denied that the water is unsafe, met engineers on Monday."
    )
    a = next(a for a in out["attributions"] if a["cue"] and a["cue"]["text"] == "denied")
    assert a["speaker"]["text"] == "who"
    entity = next(e for e in out["entities"] if e["id"] == a["speaker"]["entity"])
    assert "mayor" in entity["name"].lower()


def test_a_date_is_not_what_someone_spoke_about() -> None:
    text = "The governor spoke on Monday at the opening of the new bridge."
    assert [
        a for a in _attributions(text) if a["kind"] == "stance" and a["content"]["text"] == "Monday"
    ] == []


@pytest.mark.parametrize(
    ("text", "phrase", "content", "kind"),
    [
        ("Senator Grey made the case for a border wall.", "made the case for", "a border wall", "stance"),
        (
            "The union raised questions about the contract.",
            "raised questions about",
            "the contract",
            "stance",
        ),
        ("Clinton took a swipe at Sanders on Tuesday.", "took a swipe at", "Sanders", "stance"),
        (
            "The governor made the point that the budget was balanced.",
            "made the point",
            "the budget was balanced",
            "indirect",
        ),
    ],
)
def test_light_verb_and_statement_noun_make_one_cue(text: str, phrase: str, content: str, kind: str) -> None:
    a = next(a for a in _attributions(text) if a["cue_phrase"] and a["cue_phrase"]["text"] == phrase)
    assert a["content"]["text"] == content
    assert a["kind"] == kind


def test_as_clause_before_the_content() -> None:
    a = _one("As the Kenya Times reported, the port had been closed since March.", "indirect")
    assert a["speaker"]["text"] == "the Kenya Times"
    assert a["content"]["text"] == "the port had been closed since March"


def test_quote_followed_by_a_bare_speaker_sentence() -> None:
    text = "“We will rebuild every school in the valley.” Mendez said. The rain continued."
    a = _one(text, "direct")
    assert a["speaker"]["text"] == "Mendez"
    assert a["content"]["text"] == "We will rebuild every school in the valley."


def test_bare_speaker_sentence_ending_its_paragraph() -> None:
    # The paragraph break after "said." must not read as a line break inside the speaker sentence.
    text = "The vote is close.\n\n“We will rebuild every school.” Mendez said.\n\nThe rain continued."
    a = _one(text, "direct")
    assert a["speaker"]["text"] == "Mendez"
    assert a["content"]["text"] == "We will rebuild every school."


@pytest.mark.parametrize("mark", ['"', "”"])
def test_speaker_glued_to_the_closing_quote(mark: str) -> None:
    opening = "“" if mark == "”" else '"'
    text = f"{opening}We will rebuild every school,{mark}Mendez said. The rain continued."
    a = _one(text, "direct")
    assert a["speaker"]["text"] == "Mendez"
    assert a["cue"]["text"] == "said"


def test_thanked_for_takes_the_reason_into_the_stance() -> None:
    a = _one("The mayor thanked the volunteers for clearing the streets.", "stance")
    assert a["content"]["text"] == "the volunteers for clearing the streets"


def test_infinitive_of_a_refusal_is_not_a_second_attribution() -> None:
    found = _attributions("The ministry refused to call the clashes a rebellion.")
    assert [a["cue"]["text"] for a in found] == ["refused"]


@pytest.mark.parametrize(
    ("text", "content", "modality"),
    [
        (
            "It was reported that ten people died in the blast overnight.",
            "ten people died in the blast overnight",
            "hedged",
        ),
        (
            "The senator is expected to endorse Okafor on Friday.",
            "The senator is expected to endorse Okafor on Friday",
            "future",
        ),
        ("Asked whether he would run again, Smith laughed.", "whether he would run again", "question"),
    ],
)
def test_a_report_without_a_source_is_unsourced_and_not_asserted(
    text: str, content: str, modality: str
) -> None:
    out = analyze_text(text)
    a = _one(text, "unsourced")
    assert a["speaker"] is None
    assert a["content"]["text"] == content
    claim = next(c for c in out["claims"] if c["attribution"] == a["id"])
    assert claim["asserted_by"] == "outlet"
    assert claim["modality"] == modality


def test_seems_like_is_an_unsourced_impression_with_like_in_the_cue() -> None:
    a = _one("This seems like a turning point for the party.", "unsourced")
    assert a["cue_phrase"]["text"] == "seems like"
    assert a["content"]["text"] == "This seems like a turning point for the party"


def test_seemed_parsed_as_an_auxiliary_is_still_an_unsourced_impression() -> None:
    text = "The governor seemed shaken by the result of the vote."
    out = analyze_text(text)
    a = _one(text, "unsourced")
    assert a["cue"]["text"] == "seemed"
    assert a["content"]["text"] == "The governor seemed shaken by the result of the vote"
    claim = next(c for c in out["claims"] if c["attribution"] == a["id"])
    assert claim["modality"] == "hedged"


def test_being_asked_to_do_something_is_an_unsourced_request() -> None:
    # PolNeAR counts "was asked to name one" as a report with no source: the request, and who got it.
    a = _one("At the forum, the governor was asked to name a single bill she had passed.", "unsourced")
    assert a["cue"]["text"] == "asked"
    assert a["content"]["text"] == "the governor was asked to name a single bill she had passed"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A relative or personal pronoun is the subject of "is expected to" as much as a noun is.
        (
            "The final, which is expected to draw a huge crowd, starts at noon.",
            "which is expected to draw a huge crowd",
        ),
        ("She is expected to announce her pick next week.", "She is expected to announce her pick next week"),
        # "decline" names a fall here, not a refusal to speak: the impression stays.
        (
            "The city's water use appears to have declined 4 percent last year.",
            "The city's water use appears to have declined 4 percent last year",
        ),
    ],
)
def test_more_unsourced_expectations_and_impressions(text: str, content: str) -> None:
    a = _one(text, "unsourced")
    assert a["speaker"] is None
    assert a["content"]["text"] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Okafor was declared the winner in the third district.",
            "declared",
            "Okafor was declared the winner in the third district",
        ),
        (
            "The driver is accused of fleeing the scene.",
            "accused of",
            "The driver is accused of fleeing the scene",
        ),
        ("A local pastor was charged with fraud.", "charged with", "A local pastor was charged with fraud"),
        ("She is widely viewed as a moderate.", "viewed as", "She is widely viewed as a moderate"),
    ],
)
def test_a_verdict_in_the_passive_with_no_one_giving_it_is_unsourced(
    text: str, cue: str, content: str
) -> None:
    a = _one(text, "unsourced")
    assert a["speaker"] is None
    assert (a["cue"]["text"], a["content"]["text"]) == (cue, content)


def test_a_verdict_with_its_agent_is_not_unsourced() -> None:
    text = "The driver was accused by two witnesses of fleeing the scene."
    assert [a for a in _attributions(text) if a["kind"] == "unsourced"] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The company uses a method known as fracking.",
            "known as",
            "a method known as fracking",
        ),
        # An apposition: the name alone, the thing named stands apart.
        ("The rebels, also known as the Front, took the town.", "known as", "the Front"),
        ("Her campaign released an ad titled “Mirrors” on Monday.", "titled", "an ad titled “Mirrors”"),
    ],
)
def test_a_name_given_by_no_one_in_the_text_is_unsourced(text: str, cue: str, content: str) -> None:
    a = _one(text, "unsourced")
    assert (a["cue"]["text"], a["content"]["text"]) == (cue, content)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces launched an attack on Kharkiv overnight.",
        "Turkish drones struck positions of the SDF near Kobani.",
        "Government troops took up positions around the airport.",
    ],
)
def test_military_acts_are_not_light_verb_stances(sentence: str) -> None:
    assert [a for a in _attributions(sentence) if a["kind"] == "stance"] == []


def test_a_fronted_statement_noun_is_no_light_verb_cue() -> None:
    # The object comes before its verb: the cue would run backwards (this crashed the analysis).
    text = "The campaign hasn't decided what other issues it would raise at the convention."
    assert [a["cue"]["text"] for a in _attributions(text) if a["kind"] == "stance"] == []


def test_a_hedged_report_inside_a_named_speakers_claim_stays_the_speakers() -> None:
    text = "Special forces were believed to be behind the sabotage, a security official said on Monday."
    kinds = [a["kind"] for a in _attributions(text)]
    assert "unsourced" not in kinds and "indirect" in kinds


def test_second_verb_of_a_coordination_shares_the_subject() -> None:
    a = _one("The governor flew to Lagos on Monday and said that the curfew would end.", "indirect")
    assert a["speaker"]["text"] == "The governor"
    assert a["content"]["text"] == "the curfew would end"


def test_an_editorial_label_is_not_a_speaker() -> None:
    text = "The minister resigned on Friday.\n\nCLARIFICATION: An earlier version misstated the date."
    assert [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == ":"] == []


def test_clause_only_cues_report_with_a_clause_but_not_with_an_object() -> None:
    a = _one("The court ruled that the election law was unconstitutional.", "indirect")
    assert a["content"]["text"] == "the election law was unconstitutional"
    assert _attributions("The two leaders held talks in Geneva on Monday.") == []


def test_hoping_is_a_cue_despite_its_lemma() -> None:
    a = _one("Organisers are hoping that turnout will top last year's record.", "indirect")
    assert a["cue"]["text"] == "hoping"


def test_stance_noun_owned_by_a_named_group() -> None:
    a = _one("Republican criticism of the deal grew louder on Monday.", "stance")
    assert a["speaker"]["text"] == "Republican"
    assert a["content"]["text"] == "the deal"


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # The owner's noun with a to-infinitive: what was refused, promised, vowed.
        (
            "The mayor's refusal to release the records angered the council.",
            "The mayor",
            "refusal",
            "to release the records",
        ),
        ("Her promise not to raise taxes won her the race.", "Her", "promise", "not to raise taxes"),
        # Statement nouns beyond the first list, with their preposition.
        (
            "The senator's condemnation of the strike came late.",
            "The senator",
            "condemnation of",
            "the strike",
        ),
        (
            "Smith's accusations against the board were never proven.",
            "Smith",
            "accusations against",
            "the board",
        ),
    ],
)
def test_owned_stance_noun_with_infinitive_or_preposition(
    text: str, speaker: str, cue: str, content: str
) -> None:
    # ("angered the council" is the council's stance on the refusal, a second one)
    found = [a for a in _attributions(text) if a["kind"] == "stance" and a["cue"]["text"] == cue]
    assert len(found) == 1, _attributions(text)
    a = found[0]
    assert (a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) == (speaker, cue, content)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Sen. Ana Ruiz (D-Ore.) said the bill would fail.", "Sen. Ana Ruiz (D-Ore.)"),
        (
            "Tom Hale, the campaign's press secretary, said the rally would go ahead.",
            "Tom Hale, the campaign's press secretary,",
        ),
        ("Mr. Kamin, who stressed that the plan was simple, said it would pass.", "Mr. Kamin"),
        ("Trump, speaking to a veterans group in Virginia, said the military was depleted.", "Trump"),
        # a dateline's dash ends what comes before the speaker (here NER takes no dateline)
        (
            "SPARKS, Nev. (AP) — Republican hopeful Dana Moore said Monday she would win.",
            "Republican hopeful Dana Moore",
        ),
    ],
)
def test_speaker_phrase_follows_polnear_boundaries(text: str, phrase: str) -> None:
    a = next(a for a in _attributions(text) if a["cue"]["text"] == "said")
    assert a["speaker"]["phrase"]["text"] == phrase


def test_sentence_ending_in_a_colon_introduces_the_quote_after_it() -> None:
    text = (
        "When the strike ended, the union released the following statement:\n\n"
        "“Our members have won a fair contract and will return to work on Monday.”"
    )
    a = _one(text, "direct")
    assert a["speaker"]["text"] == "the union"
    assert a["cue"]["text"] == "released"
    assert a["content"]["text"].startswith("Our members have won")


def test_doubled_apostrophes_are_quotation_marks() -> None:
    text = "''The levy is a disaster for farmers,'' said Leonard Okoro, a grain trader in Kano."
    a = _one(text, "direct")
    assert a["speaker"]["text"] == "Leonard Okoro"
    assert a["content"]["text"] == "The levy is a disaster for farmers"


def test_indirect_content_takes_the_quote_closing_after_its_period() -> None:
    a = _one('The senator said the plan was "a disaster."', "indirect")
    assert a["content"]["text"] == 'the plan was "a disaster."'


def test_words_before_a_quote_in_its_sentence_are_part_of_the_content() -> None:
    text = "This is “roughly the same lead she has held all month,” the pollster said."
    a = _one(text, "direct")
    assert a["content"]["text"] == "This is “roughly the same lead she has held all month,”"


def test_speaker_the_parser_lost_between_quote_and_cue() -> None:
    text = "“The border is calm,” Bayo, a senior army commander, said on Tuesday."
    a = _one(text, "direct")
    assert a["speaker"]["text"] == "Bayo"
    assert a["speaker"]["phrase"]["text"] == "Bayo, a senior army commander,"


def test_inverted_said_before_a_colon_quote() -> None:
    a = _one("Analysts were doubtful. Said Ellis: “I don’t think the bank is worried.”", "direct")
    assert "Ellis" in a["speaker"]["text"]
    assert a["content"]["text"].startswith("I don’t think")


def test_a_short_whole_sentence_quote_continues_the_speech_before_it() -> None:
    text = "“We will rebuild the bridge,” the governor said. “Work starts in May.”"
    direct = [a for a in _attributions(text) if a["kind"] == "direct"]
    assert [a["content"]["text"] for a in direct] == ["We will rebuild the bridge", "Work starts in May."]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The new government seems ready to lift the export ban.", "seems"),
        ("Asked what should be done with the refugees, most voters backed more aid.", "Asked"),
        ("The militia is reportedly recruiting teenagers in the border towns.", "reportedly"),
    ],
)
def test_more_reports_without_a_source(text: str, cue: str) -> None:
    out = analyze_text(text)
    a = next(a for a in out["attributions"] if a["kind"] == "unsourced")
    assert a["cue"]["text"] == cue and a["speaker"] is None
    assert next(c for c in out["claims"] if c["attribution"] == a["id"])["modality"] in {"hedged", "question"}


@pytest.mark.parametrize(
    ("text", "phrase", "content", "kind"),
    [
        ("Senator Ruiz was critical of the deal.", "was critical of", "the deal", "stance"),
        (
            "The minister is confident that the bill will pass.",
            "is confident",
            "the bill will pass",
            "indirect",
        ),
    ],
)
def test_copula_and_belief_adjective_make_a_cue(text: str, phrase: str, content: str, kind: str) -> None:
    a = next(a for a in _attributions(text) if a["cue_phrase"] and a["cue_phrase"]["text"] == phrase)
    assert (a["content"]["text"], a["kind"]) == (content, kind)


def test_an_impersonal_adjective_is_no_attribution() -> None:
    assert _attributions("It is clear that the vote failed.") == []


def test_object_stance_takes_what_is_said_of_the_object_but_not_when() -> None:
    a = _one("The union endorsed Okafor for governor on Tuesday.", "stance")
    assert a["content"]["text"] == "Okafor for governor"


def test_paragraph_ending_in_cue_and_colon_introduces_the_next_paragraph() -> None:
    text = (
        "The polls were close.\n\nThe governor added:\n\n"
        "It is typical of her. She knows nothing about the state."
    )
    a = next(a for a in _attributions(text) if a["kind"] == "direct")
    assert a["speaker"]["text"] == "The governor"
    assert a["content"]["text"] == "It is typical of her. She knows nothing about the state."


def test_speech_cue_with_a_wh_clause() -> None:
    a = _one("Lawmakers have not said when they would take up the bill.", "indirect")
    assert a["cue_phrase"]["text"] == "have not said"
    assert a["content"]["text"] == "when they would take up the bill"


def test_responded_with_is_a_stance() -> None:
    a = _one("Trump responded with attacks on Machado.", "stance")
    assert a["content"]["text"] == "attacks on Machado"


def test_a_condition_or_relative_clause_is_not_a_wh_content() -> None:
    text = "Russia will respond harshly if European countries send troops, a diplomat warned."
    assert [a for a in _attributions(text) if a["cue"]["text"] == "respond"] == []
    text = "Hundreds protested outside the consulate, according to police, who said the rally was peaceful."
    assert [a for a in _attributions(text) if a["cue"]["text"] == "protested"] == []


def test_that_clause_the_parser_made_relative() -> None:
    a = _one("The mayor tweeted in the early morning hours that the bridge was unsafe.", "indirect")
    assert a["content"]["text"] == "the bridge was unsafe"


def test_title_case_headline_verb_is_a_cue() -> None:
    out = analyze_text(
        "Veteran Senator Ann Cole Endorses Governor Diaz.\n\n"
        "The endorsement came on Monday in Boise after weeks of talks."
    )
    a = next(a for a in out["attributions"] if a["kind"] == "headline")
    assert (a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "Veteran Senator Ann Cole",
        "Endorses",
        "Governor Diaz",
    )


@pytest.mark.parametrize(
    "text",
    [
        # The noun before the real verb is no cue ("emails" / "raise"), nor a base form after an adjective.
        "New emails raise doubts over the charity.\n\nThe charity answered on Monday.",
        "A Curious Plan To Cut Taxes In Ohio.\n\nThe council met on Monday.",
        # Literal in war reports, or with a preposition.
        "Shells hit crowded market in the east.\n\nThe army said on Monday that ten died.",
        "Storms Rip Through Coastal Towns.\n\nThe storms hit on Monday.",
        # A first paragraph of more than a headline's length is the body, however it parses.
        "Officials from the ministry of finance in the capital city and their advisers on the budget"
        " in Lagos blasts.\n\nThe ministry met on Monday.",
    ],
)
def test_headline_words_that_are_no_cue(text: str) -> None:
    assert [a for a in _attributions(text) if a["kind"] == "headline"] == []


def test_a_running_label_is_not_a_headline_speaker() -> None:
    out = analyze_text(
        "The Latest: Okafor wins the runoff in Lagos.\n\nThe count ended on Sunday night in the city."
    )
    assert [a for a in out["attributions"] if a["speaker"] and a["speaker"]["text"] == "The Latest"] == []


def test_gerund_after_without_takes_the_governing_subject() -> None:
    text = "The minister ended the briefing without saying whether the talks would resume."
    a = next(a for a in _attributions(text) if a["cue"]["text"] == "saying")
    assert a["speaker"]["text"] == "The minister"
    assert a["content"]["text"] == "whether the talks would resume"


def test_a_quote_signed_with_a_dash_and_a_name() -> None:
    text = "Readers wrote to us.\n\n“The bus fares doubled in a year. Nobody asked us.” ― Maria Gonzalez"
    a = _one(text, "direct")
    assert (a["speaker"]["text"], a["cue"]["text"]) == ("Maria Gonzalez", "―")
    assert a["content"]["text"] == "The bus fares doubled in a year. Nobody asked us."


def test_naming_verb_whose_object_the_parser_put_in_the_predicate() -> None:
    a = _one("Cruz called Trump a pathological liar.", "stance")
    assert a["content"]["text"] == "Trump a pathological liar"


def test_content_stops_at_a_dash_before_an_aside_with_its_own_speaker() -> None:
    text = (
        "He urged the president to retaliate against Russia for the hacking -- "
        "meddling the congressman said is designed to sow discord."
    )
    a = next(a for a in _attributions(text) if a["cue"]["text"] == "urged")
    assert a["content"]["text"] == "the president to retaliate against Russia for the hacking"


def test_a_datelines_dash_does_not_cut_the_content() -> None:
    text = (
        "BOGOTÁ, Jan 22 — Rebels attacked a military base on Wednesday, wounding six soldiers, the army said."
    )
    a = next(a for a in _attributions(text) if a["cue"]["text"] == "said")
    assert a["content"]["text"].startswith("Rebels attacked a military base")


def test_naming_verb_in_a_relative_clause() -> None:
    a = _one("The EU tax demand, which Tim Cook called total political crap, was upheld.", "stance")
    assert (a["speaker"]["text"], a["content"]["text"]) == ("Tim Cook", "total political crap")


def test_signed_quotes_one_per_line_and_their_first_person() -> None:
    text = (
        "Readers wrote to us.\n\n"
        "“The bus fares doubled in a year. Nobody asked us.” ― Maria Gonzalez\n"
        # A wrongly turned opening mark, as scraped lists often have: the marks do not pair.
        "”I believe the mayor has forgotten the east side of the city.” ― Jorge Ramos"
    )
    out = analyze_text(text)
    direct = [a for a in out["attributions"] if a["kind"] == "direct"]
    assert [a["speaker"]["text"] for a in direct] == ["Maria Gonzalez", "Jorge Ramos"]
    believe = next(a for a in out["attributions"] if a["cue"]["text"] == "believe")
    assert believe["speaker"]["entity"] == direct[1]["speaker"]["entity"]


def test_transcript_lines_with_unclosed_quote_marks_keep_their_own_speakers() -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"HOST: Will she attend the debate tomorrow?\n\n'
        '"OKAFOR: She will not, and the reasons are well known.\n\n'
        '"HOST: Do you see the two as equivalent?\n\n'
        '"OKAFOR: No, and nobody in the state does."'
    )
    found = [
        (a["speaker"]["text"], a["content"]["text"][:12])
        for a in _attributions(text)
        if a["kind"] == "direct"
    ]
    assert found == [
        ("HOST", "Will she att"),
        ("OKAFOR", "She will not"),
        ("HOST", "Do you see t"),
        ("OKAFOR", "No, and nobo"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The harbour master assailed the new dredging schedule.",
            "The harbour master",
            "assailed",
            "the new dredging schedule",
        ),
        ("The farmers' union bemoaned the late rains.", "The farmers' union", "bemoaned", "the late rains"),
        (
            "The treasurer balked at the cost of the bridge.",
            "The treasurer",
            "balked at",
            "the cost of the bridge",
        ),
    ],
)
def test_verbs_of_judging_and_complaining_are_stance_cues(
    text: str, speaker: str, cue: str, content: str
) -> None:
    found = [a for a in _attributions(text) if a["cue"]["text"] == cue]
    assert len(found) == 1, _attributions(text)
    assert found[0]["speaker"]["text"] == speaker
    assert found[0]["content"]["text"] == content


def test_a_view_stated_with_x_as_y() -> None:
    text = "The fishermen regard the new quota as a betrayal of the coast."
    found = [a for a in _attributions(text) if a["cue"]["text"] == "regard"]
    assert len(found) == 1, _attributions(text)
    assert found[0]["speaker"]["phrase"]["text"] == "The fishermen"
    assert found[0]["content"]["text"] == "the new quota as a betrayal of the coast"


def test_seeing_something_is_no_view_without_as() -> None:
    text = "Most of the fishermen saw the new boats in the harbour."
    assert not [a for a in _attributions(text) if a["cue"]["text"] == "saw"]


def test_joked_reports_a_quote() -> None:
    a = _one('"The boat will float if we all stop talking," the captain joked.', "direct")
    assert a["speaker"]["text"] == "the captain"
    assert a["cue"]["text"] == "joked"
    assert a["content"]["text"] == "The boat will float if we all stop talking"


def test_weighed_in_on_is_a_stance() -> None:
    text = "The harbour council weighed in on the new ferry timetable."
    found = [a for a in _attributions(text) if a["kind"] == "stance"]
    assert len(found) == 1, found
    assert found[0]["speaker"]["phrase"]["text"] == "The harbour council"
    assert found[0]["content"]["text"] == "the new ferry timetable"


@pytest.mark.parametrize(
    ("text", "kind", "speaker", "content"),
    [
        (
            "The reporter asked the mayor if the bridge would reopen in May.",
            "indirect",
            "The reporter",
            "the bridge would reopen in May",
        ),
        (
            "Asked if the plant would close, the manager said no decision had been made.",
            "unsourced",
            None,
            "the plant would close",
        ),
    ],
)
def test_asked_someone_if_reports_the_question(
    text: str, kind: str, speaker: str | None, content: str
) -> None:
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"].lower() == "asked"]
    assert len(found) == 1, found
    assert found[0]["kind"] == kind
    assert (found[0]["speaker"] or {}).get("text") == speaker
    assert found[0]["content"]["text"] == content


def test_speaker_phrase_keeps_party_and_state_ending_in_a_period() -> None:
    a = _one("Rep. John Roe (R-Tex.) said the border fence would be finished next year.", "indirect")
    assert a["speaker"]["text"] == "John Roe"
    assert a["speaker"]["phrase"]["text"] == "Rep. John Roe (R-Tex.)"
    assert a["content"]["text"] == "the border fence would be finished next year"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor made clear that the curfew would stay in place.", "the curfew would stay in place"),
        ("The governor made it clear that the curfew would stay in place.", "the curfew would stay in place"),
    ],
)
def test_made_clear_states_the_clause_after_it(text: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"].lower().startswith("made")]
    assert len(found) == 1, found
    assert found[0]["speaker"]["text"] == "The governor"
    assert found[0]["content"]["text"] == content


def test_made_the_rules_clear_states_nothing() -> None:
    text = "The trainer made the rules clear to the new staff before the shift began."
    assert not [a for a in _attributions(text) if a["cue"] and a["cue"]["text"].lower().startswith("made")]


def test_a_repeated_said_keeps_the_first_speaker() -> None:
    found = _attributions(
        "But Podesta said Gates was not working for the party and said Manafort was not involved."
    )
    said = [(a["speaker"]["text"], a["content"]["text"]) for a in found if a["cue"]["text"] == "said"]
    assert said == [
        ("Podesta", "Gates was not working for the party"),
        ("Podesta", "Manafort was not involved"),
    ]
    # Another verb after "and" belongs to the reported clause's subject.
    found = _attributions("He said the minister resigned and announced a probe.")
    announced = [a for a in found if a["cue"]["text"] == "announced"]
    assert not announced or announced[0]["speaker"]["text"] == "the minister"


def test_infinitive_cue_after_aspectual_continue() -> None:
    # "continued" only says the questioning goes on: the infinitive is the cue, with its subject.
    a = _one("The senator continued to question whether the levy was legal.", "indirect")
    assert a["speaker"]["text"] == "The senator"
    assert a["cue_phrase"]["text"] == "continued to question"
    assert a["content"]["text"] == "whether the levy was legal"


def test_subject_parsed_as_apposition_to_the_opening_phrase() -> None:
    # The parser hangs "the campaign manager, John Roe" on "Reno"; it is the subject of "suggested".
    text = "At the rally in Reno, the campaign manager, John Roe, suggested that the polls were wrong."
    a = _one(text, "indirect")
    assert a["speaker"]["text"] == "John Roe"
    assert a["cue"]["text"] == "suggested"
    assert a["content"]["text"] == "the polls were wrong"


def test_relative_clause_cue_reports_its_relative_pronoun() -> None:
    # "which" stands for the park, the object of "described": what the mayor said is about it, and
    # the "as" phrase is what she said of it (the speaker and cue inside are scored apart).
    found = _attributions("He toured the new park, which the mayor described as a gift.")
    assert [(a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("the mayor", "described", "which the mayor described as a gift")
    ]
    assert _attributions("He toured the new park, which the mayor backed.")[0]["content"]["text"] == "which"


def test_relative_clause_cue_without_an_object_gap_reports_nothing() -> None:
    assert _attributions("Nobody forgot the day she testified.") == []
    assert _attributions("The seat went to a candidate who added to his lead.") == []


def test_gerund_after_to_or_despite_takes_the_verbs_subject() -> None:
    a = _one("The governor pivoted to arguing that the tax was unfair.", "indirect")
    assert (a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "The governor",
        "arguing",
        "the tax was unfair",
    )


def test_infinitive_cue_after_a_predicate_adjective_takes_the_copulas_subject() -> None:
    a = _one("The chairwoman is likely to stress that rates will stay low.", "indirect")
    assert (a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "The chairwoman",
        "stress",
        "rates will stay low",
    )


def test_speech_report_in_a_clause_of_its_own_is_not_nested() -> None:
    # A relative or contrastive clause inside another's content is the writer's aside.
    found = _attributions(
        "The mayor urged the council to pass a budget, which she said would protect the schools."
    )
    said = [a for a in found if a["cue"]["text"] == "said"]
    assert len(said) == 1 and said[0]["parent"] is None, found
    found = _attributions(
        "Many farmers said the rains had come too late, while others said the harvest would be fine."
    )
    others = [a for a in found if a["speaker"] and a["speaker"]["text"] == "others"]
    assert len(others) == 1 and others[0]["parent"] is None, found


def test_speech_report_in_a_reported_clause_stays_nested() -> None:
    found = _attributions("The minister claimed that the general said the army would withdraw.")
    said = [a for a in found if a["cue"]["text"] == "said"]
    assert len(said) == 1 and said[0]["parent"] is not None, found


def test_subject_with_a_clause_the_parser_took_for_the_report() -> None:
    a = _one(
        "Mr. Slinker, whose latest start-up, Paradox, uses big data to help brands find suppliers, said "
        "Mr. Trump was a candidate in the spirit of the valley.",
        "indirect",
    )
    assert a["speaker"]["text"] == "Slinker"
    assert a["content"]["text"] == "Mr. Trump was a candidate in the spirit of the valley"
    a = _one(
        "He attacked the mayor's housing record said she \"isn't going to fix it\" in the next four years.",
        "indirect",
    )
    assert a["speaker"]["text"] == "He"
    assert a["content"]["text"].startswith("she")


def test_gerund_right_after_say_opens_the_reported_clause() -> None:
    a = _one(
        "Since last year, the president and other leaders have said cutting that output must be a key part "
        "of their program.",
        "indirect",
    )
    assert a["content"]["text"] == "cutting that output must be a key part of their program"


def test_inverted_speaker_parsed_as_the_cues_object() -> None:
    a = _one('"It is his race to lose at this point," added another New Hampshire Democrat.', "direct")
    assert a["cue"]["text"] == "added"
    assert a["speaker"]["text"].endswith("Democrat")


def test_parenthetical_cue_hung_on_a_noun_of_its_clause() -> None:
    a = _one(
        "The hashtag #FindThem, Mr. Abboud said, accompanied descriptions of loved ones sought.", "indirect"
    )
    assert a["speaker"]["text"] == "Abboud"
    assert a["content"]["text"].startswith("The hashtag #FindThem")
    assert a["content"]["text"].endswith("loved ones sought")
    a = _one(
        "Proposals so far from the front-runner to raise taxes on capital gains, he added, amount to "
        "tinkering around the edges.",
        "indirect",
    )
    assert a["content"]["text"].endswith("tinkering around the edges")


def test_sentence_final_cue_with_its_addressee_or_an_inverted_speaker() -> None:
    a = _one(
        "People should provide evidence for their claims and not wave around vague words like maybe, "
        "he told reporters.",
        "indirect",
    )
    assert a["content"]["text"].startswith("People should provide evidence")
    a = _one(
        "In nearby Decatur, the big steel plant is hanging on, but it is under intense pressure "
        "from imports, said the company's chief executive, John Ferriola.",
        "indirect",
    )
    assert a["speaker"]["text"] == "John Ferriola"
    assert a["content"]["text"].endswith("under intense pressure from imports")


def test_one_word_answer_is_the_content() -> None:
    found = _attributions(
        "Asked if the plan was legal, 46 percent of voters said yes, compared with 23 percent who disagreed."
    )
    said = [a for a in found if a["cue"] and a["cue"]["text"] == "said"]
    assert len(said) == 1 and said[0]["content"]["text"] == "yes", found


def test_sentence_of_speaker_and_cue_after_a_quote() -> None:
    a = _one(
        '"I am starting to wonder if he is not the one behind the wheel." Dixon said in a phone interview.',
        "direct",
    )
    assert a["speaker"]["text"] == "Dixon"
    assert a["content"]["text"].startswith("I am starting to wonder")
    a = _one('"We need the House back, and I want it." Rep. Jane Doe (D-Vt.) said.', "direct")
    assert a["speaker"]["text"] == "Jane Doe"
    # a sentence with a report of its own is no tag on the quote
    assert not [
        a for a in _attributions('"It was a mess." Dixon said the plan failed.') if a["kind"] == "direct"
    ]


def test_asked_by_someone_names_who_asked() -> None:
    found = _attributions("Asked by Dobbs to respond to the criticism, Carson said he had no regrets.")
    asked = [a for a in found if a["cue"]["text"] == "Asked"]
    assert len(asked) == 1, found
    assert asked[0]["speaker"]["text"] == "Dobbs"
    assert asked[0]["content"]["text"] == "to respond to the criticism"


def test_asked_someone_about_something() -> None:
    a = _one("NBC's Chuck Todd asked the frontrunner about the Twitter fight.", "indirect")
    assert a["cue"]["text"] == "asked"
    assert a["content"]["text"] == "about the Twitter fight"


def test_semicolon_ends_the_content_before_another_report() -> None:
    found = _attributions(
        "More than six in 10 said they were not looking forward to the campaign; 46 percent said they "
        "were unenthusiastic about the election."
    )
    contents = {a["speaker"]["text"]: a["content"]["text"] for a in found if a["kind"] == "indirect"}
    assert contents == {
        "More than six in 10": "they were not looking forward to the campaign",
        "46 percent": "they were unenthusiastic about the election",
    }, found


def test_direct_quote_speaker_never_taken_from_inside_the_quote() -> None:
    # The parser sometimes hangs the cue on the quote's own verb ("told" a conjunct of "were"), so the
    # quote's subject ("We") looks like the cue's: the name between the quote and the cue speaks.
    from claimgraph.analyse.attribution import find_attributions
    from claimgraph.analyse.entities import EntityTable
    from claimgraph.analyse.nlp import load_pipeline

    text = "“We were wrong to wait so long,” Ramos, 58, told reporters."
    doc = load_pipeline()(text)
    by_text = {t.text: t for t in doc}
    told, were, ramos = by_text["told"], by_text["were"], by_text["Ramos"]
    were.head, were.dep_ = were, "ROOT"
    told.head, told.dep_ = were, "conj"
    ramos.head, ramos.dep_ = were, "npadvmod"
    attributions, _ = find_attributions(doc, EntityTable(doc), [(0, len(text))])
    direct = [a for a in attributions if a.kind == "direct"]
    assert len(direct) == 1, attributions
    assert direct[0].speaker is not None and direct[0].speaker.mention.text == "Ramos"


def test_that_said_is_a_connective_not_a_report() -> None:
    found = _attributions("That said, young voters say they believe success will take a lifetime of effort.")
    assert not [a for a in found if a["speaker"] and a["speaker"]["text"] == "That"], found
    voters = [a for a in found if a["speaker"] and a["speaker"]["text"] == "young voters"]
    assert len(voters) == 1 and voters[0]["parent"] is None, found


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "But Senator Mark Dunn (D-Ohio), noting the size of Smith's mailing list, said, "
            '"Let me tell you, he\'s got a heck of a list."',
            "Mark Dunn",
            "direct",
        ),
        (
            "Large numbers of Democratic caucus voters in four states going to the polls on Saturday said "
            "they support a plan to cancel all student debt.",
            "Large numbers",
            "indirect",
        ),
    ],
)
def test_speaker_hung_on_a_participle_before_the_cue(text: str, speaker: str, kind: str) -> None:
    # The parser makes "noting"/"going" the cue's adverbial clause or clausal subject and hangs the
    # speaker on it; the cue "said" has no subject of its own.
    found = [a for a in _attributions(text) if a["kind"] == kind and a["cue"]["text"] == "said"]
    assert len(found) == 1, _attributions(text)
    assert found[0]["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    ("signature", "phrase"),
    [("Maria Lopez.", "Maria Lopez"), ("Robert King Jr.", "Robert King Jr.")],
)
def test_signed_quote_speaker_leaves_out_the_paragraphs_full_stop(signature: str, phrase: str) -> None:
    a = _one(f"“Nobody should be treated as a criminal for working hard every day.”― {signature}", "direct")
    assert a["speaker"]["phrase"]["text"] == phrase


def test_signed_quote_by_a_name_the_ner_model_misses() -> None:
    a = _one("”We must vote for change, and we must do it now.” ― Nell Carden Grey", "direct")
    assert a["speaker"]["text"] == "Nell Carden Grey"
    assert a["content"]["text"] == "We must vote for change, and we must do it now."


def test_signed_quote_by_a_publication_is_not_a_name() -> None:
    found = _attributions("“We must vote for change, and we must do it now.” ― The Daily News")
    assert not [a for a in found if a["kind"] == "direct"], found


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # A headline ending in a semicolon is still a headline; in lower case "urges" is the verb.
        ("Senator urges sanctions on Iran;\n\nThe senator spoke on Monday.", "Senator", "urges"),
        # A report the parser found later in the headline does not hide the first verb.
        (
            "Mayor Urges More Police Patrols As She Recognizes Rising Crime.\n\nThe mayor spoke on Monday.",
            "Mayor",
            "Urges",
        ),
        # A short first line in lower case, ending in a full stop, is read as a headline too: the
        # parser takes the clipped "Mayor rips council" for a noun phrase.
        ("Warren blasts Trump over 'border force' idea.\n\nThe senator spoke on Monday.", "Warren", "blasts"),
        (
            "State panel votes to hold the aide in contempt.\n\nThe panel met on Monday.",
            "State panel",
            "votes",
        ),
        # After a plural the base form; headline-only verbs, with the word they need.
        ("Black Mayors Rip Governor Over Budget.\n\nThe mayors met on Monday.", "Black Mayors", "Rip"),
        (
            "Sen. Ann Cole Goes After Rival On Taxes.\n\nThe senator spoke on Monday.",
            "Sen. Ann Cole",
            "Goes After",
        ),
        (
            "Warren Breaks With Biden On Student Loans.\n\nThe senator spoke on Monday.",
            "Warren",
            "Breaks With",
        ),
    ],
)
def test_headline_verb_in_the_third_person(text: str, speaker: str, cue: str) -> None:
    a = _one(text, "headline")
    assert a["speaker"]["text"] == speaker
    assert a["cue"]["text"] == cue


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "As reported by the Daily Ledger, the mayor signed the budget on Friday.",
            "the mayor signed the budget",
        ),
        ("The mayor signed the budget on Friday, as first reported by the Daily Ledger.", "The mayor signed"),
    ],
)
def test_as_reported_by_reports_the_clause_it_comments_on(text: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "reported"]
    assert len(found) == 1, _attributions(text)
    assert found[0]["speaker"]["text"] == "the Daily Ledger"
    assert found[0]["content"]["text"].startswith(content)


def test_as_reported_by_after_a_quote_with_its_own_cue_is_no_attribution() -> None:
    text = (
        '"We will fix the roads first," Mayor Ann Lee said in a radio interview, as reported by the Ledger.'
    )
    found = _attributions(text)
    assert not [a for a in found if a["cue"] and a["cue"]["text"] == "reported"], found
    said = [a for a in found if a["cue"] and a["cue"]["text"] == "said"]
    assert len(said) == 1 and said[0]["parent"] is None, found


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The council approved what the mayor said were the failures of the old plan.",
            "said",
            "the mayor",
            "what the mayor said were the failures of the old plan",
        ),
        (
            "The clinic had to adapt to what she said is rising demand for evening hours.",
            "said",
            "she",
            "what she said is rising demand for evening hours",
        ),
        (
            "Voters are turning to what the pollster described as a safer choice.",
            "described",
            "the pollster",
            "a safer choice",
        ),
    ],
)
def test_free_relative_report(text: str, cue: str, speaker: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == cue]
    assert len(found) == 1, _attributions(text)
    assert found[0]["speaker"]["text"] == speaker
    assert found[0]["content"]["text"] == content


def test_free_relative_report_inside_another_report_is_its_own() -> None:
    text = (
        "The two senators said the builders had stretched the zones to reach rich districts, "
        "amounting to what the auditors said was plain gerrymandering."
    )
    found = _attributions(text)
    auditors = [a for a in found if a["speaker"] and a["speaker"]["text"] == "the auditors"]
    assert len(auditors) == 1 and auditors[0]["parent"] is None, found


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator told the Gazette before she spoke to the committee that she believed the bill "
            "would fail.",
            "told",
            "she believed the bill would fail",
        ),
        (
            "The governor is telling customers at a popular Portland, Maine, breakfast spot that she needs "
            "their votes.",
            "telling",
            "she needs their votes",
        ),
    ],
)
def test_that_clause_after_a_long_adjunct(text: str, cue: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == cue]
    assert len(found) == 1, _attributions(text)
    assert found[0]["content"]["text"] == content


def test_that_clause_of_a_verb_in_the_adjunct_stays_its_own() -> None:
    found = _attributions("The mayor said nothing before she learned that the plant had closed.")
    assert not [a for a in found if a["cue"]["text"] == "said" and "plant" in a["content"]["text"]], found


def test_contracted_has_before_said_is_not_a_passive() -> None:
    found = [
        a
        for a in _attributions("He's said he gets his ideas from an old novel.")
        if a["cue"]["text"] == "said"
    ]
    assert len(found) == 1, found
    assert found[0]["speaker"]["text"] == "He" and found[0]["kind"] == "indirect"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("When asked to confirm the meeting, a spokesman said he could not.", "to confirm the meeting"),
        (
            "When asked for his position during an interview in May, Smith said it was under review.",
            "his position",
        ),
        (
            "Asked at a briefing Monday in Denver about the governor's future, the spokesman said nothing.",
            "about the governor's future",
        ),
        (
            "Asked a direct question about the budget, Smith said he takes responsibility.",
            "a direct question",
        ),
        ("Smith was asked a simple question about police funding.", "a simple question about police funding"),
    ],
)
def test_what_someone_was_asked_by_no_one_named(text: str, content: str) -> None:
    found = [
        a for a in _attributions(text) if a["kind"] == "unsourced" and a["cue"]["text"].lower() == "asked"
    ]
    assert len(found) == 1, _attributions(text)
    assert found[0]["content"]["text"].startswith(content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a May meeting with the board of the Daily Ledger Smith said that the city may need to cut "
            "spending.",
            "Smith",
        ),
        (
            "Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules.",
            "Texas,",
        ),
        (
            "In a conference call with reporters on Monday, Col. Jane Roe, a military spokeswoman in Kabul, "
            "said the raid was a combat operation.",
            "Col. Jane Roe, a military spokeswoman in Kabul,",
        ),
        (
            "In a panel discussion this weekend in Denver, Mark J. Doe, the chief executive of the Urban "
            "Trust, forcefully told a young woman that voting matters.",
            "Mark J. Doe, the chief executive of the Urban Trust,",
        ),
    ],
)
def test_speaker_hung_inside_the_opening_phrase(text: str, speaker: str) -> None:
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] in {"said", "asked", "told"}]
    assert len(found) == 1, _attributions(text)
    assert found[0]["speaker"]["phrase"]["text"].endswith(speaker)
    assert not found[0]["speaker"]["phrase"]["text"].startswith(("Friday", "Denver", "Monday"))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The Ledger reported about a student who got into the rally last month.",
            "reported about",
            "a student",
        ),
        ("The prophet wrote of living under the king's rule.", "wrote of", "living under the king's rule"),
    ],
)
def test_what_is_written_or_reported_about(text: str, cue: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"]["text"] == cue]
    assert len(found) == 1, _attributions(text)
    assert found[0]["content"]["text"].startswith(content)


def test_wrote_on_a_channel_is_not_what_was_written_about() -> None:
    found = _attributions("He wrote on Twitter that the vote was rigged.")
    assert [a["content"]["text"] for a in found if a["cue"]["text"].startswith("wrote")] == [
        "the vote was rigged"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In his speech, the pope told the story of a city that was destroying itself.",
            "the story of a city",
        ),
        ("The exit polls told a tale of two parties.", "a tale of two parties"),
    ],
)
def test_the_story_told_is_what_is_told(text: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"]["text"] == "told"]
    assert len(found) == 1, _attributions(text)
    assert found[0]["content"]["text"].startswith(content)


def test_quote_closing_a_quote_within_it_before_its_cue() -> None:
    text = (
        "The mayor spoke on Monday.\n\n"
        "“Her first response was, ‘What can we do to help?’” Ann Lee told reporters during a call.\n\n"
        "The council met later."
    )
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "told"]
    assert len(found) == 1, _attributions(text)
    assert found[0]["kind"] == "direct" and found[0]["speaker"]["text"] == "Ann Lee"


def test_colon_paragraph_with_a_report_of_its_own_is_still_the_speakers() -> None:
    text = (
        "The governor spoke to a radio host on Tuesday.\n\n"
        "The governor added:\n\n"
        "It is typical of her. She thinks the budget is fine, but it is not.\n\n"
        "The host did not reply."
    )
    found = _attributions(text)
    added = [a for a in found if a["cue"] and a["cue"]["text"] == "added"]
    assert len(added) == 1 and added[0]["content"]["text"].startswith("It is typical of her."), found


def test_inverted_speaker_followed_by_what_is_said_of_them() -> None:
    text = (
        '"It is not fair to anyone here. #Lisbon," tweeted a Spanish user from Cadiz going by the '
        "handle Remo."
    )
    found = [a for a in _attributions(text) if a["kind"] == "direct"]
    assert len(found) == 1, _attributions(text)
    assert found[0]["speaker"]["text"] == "a Spanish user" and found[0]["cue"]["text"] == "tweeted"


def test_quote_then_speaker_with_a_very_long_aside() -> None:
    text = (
        '"A very good reporter, this one," Smith, the party frontrunner nationally and current polling '
        "leader in Ohio by a wide margin after winning the Iowa caucuses, said when Boyle asked him."
    )
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "said"]
    assert len(found) == 1 and found[0]["kind"] == "direct", _attributions(text)
    assert found[0]["speaker"]["text"] == "Smith"


def test_parenthetical_cue_after_the_clauses_opening_phrase() -> None:
    text = (
        "At times last year, people close to the senator said, the mere mention of the rival's name "
        "could make him angry."
    )
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "said"]
    assert len(found) == 1, _attributions(text)
    assert found[0]["content"]["text"].startswith("At times last year")
    assert found[0]["content"]["text"].endswith("could make him angry")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Party spokesman Sean Smith -- as the Jones campaign noted this week -- even promoted Bloggs on "
            "Twitter as the winner.",
            "the Jones campaign",
            "Party spokesman Sean Smith",
        ),
        (
            "He assured the crowd that his hands are not small - as Rubio has said - and he laughed.",
            "Rubio",
            "his hands are not small",
        ),
    ],
)
def test_as_clause_set_off_inside_the_clause_it_comments_on(text: str, speaker: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["speaker"] and a["speaker"]["text"] == speaker]
    assert len(found) == 1, _attributions(text)
    assert found[0]["content"]["text"].startswith(content) and found[0]["parent"] is None


def test_asked_after_the_quote_and_its_cue() -> None:
    found = _attributions('"It has been seven years," Lee said, asked about the delay in an interview.')
    asked = [a for a in found if a["kind"] == "unsourced" and a["cue"]["text"] == "asked"]
    assert len(asked) == 1 and asked[0]["content"]["text"].startswith("about the delay"), found


def test_quote_then_speaker_with_an_aside_holding_a_quoted_name() -> None:
    text = (
        '"We have had better conventions than this one," Iowa delegate Bill Smith, wearing a straw hat and '
        '"Jeb Bush" campaign pins, said as confetti fell around him.'
    )
    found = [a for a in _attributions(text) if a["kind"] == "direct"]
    assert len(found) == 1 and found[0]["speaker"]["text"] == "Bill Smith", _attributions(text)


def test_when_asked_set_off_after_the_subject() -> None:
    found = _attributions("The mayor, when asked about the missing funds, simply walked away.")
    asked = [a for a in found if a["kind"] == "unsourced" and a["cue"]["text"] == "asked"]
    assert len(asked) == 1 and asked[0]["content"]["text"] == "about the missing funds", found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The senator has been criticized for the term, though in a news conference last week he used "
            "stronger language, saying the group must be destroyed.",
            "he",
        ),
        (
            "You know it: Smith on Thursday ratcheted up his attacks on Jones, saying he is weak on crime.",
            "Smith",
        ),
        ("The union denied that the notice was late, saying it had been delivered weeks ago.", "The union"),
    ],
)
def test_participle_takes_the_subject_of_the_nearest_verb_with_one(text: str, speaker: str) -> None:
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "saying"]
    assert len(found) == 1, _attributions(text)
    assert found[0]["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    ("text", "cue", "phrase", "content"),
    [
        (
            "The harbour master laid out his plan for the new pier.",
            "laid out",
            "laid out",
            "his plan for the new pier",
        ),
        (
            "The union quickly distanced itself from the strike.",
            "distanced",
            "quickly distanced itself from",
            "the strike",
        ),
        ("The treasurer took issue with the audit.", "took issue with", "took issue with", "the audit"),
        ("The fishermen acquiesced to the new quota.", "acquiesced to", "acquiesced to", "the new quota"),
        (
            "The mayor ordered the council to reopen the bridge.",
            "ordered",
            "ordered",
            "the council to reopen the bridge",
        ),
        ("The ferry company retweeted the warning.", "retweeted", "retweeted", "the warning"),
        ("The growers are nervous about the frost.", "are nervous about", "are nervous about", "the frost"),
    ],
)
def test_stance_verbs_particles_and_idioms(text: str, cue: str, phrase: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"]["text"] == cue]
    assert len(found) == 1, _attributions(text)
    assert found[0]["cue_phrase"]["text"] == phrase
    assert found[0]["content"]["text"] == content


def test_particle_verb_without_its_particle_states_nothing() -> None:
    for text in ("The mill laid off forty workers.", "The mayor laid the first stone of the pier."):
        assert not [a for a in _attributions(text) if a["cue"]["text"].startswith("laid")], text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The new toll has angered the island's fishermen.", "the island's fishermen", "The new toll"),
        ("The island's fishermen were angered by the new toll.", "The island's fishermen", "the new toll"),
    ],
)
def test_one_who_feels_is_the_source_of_a_stance_on_the_cause(text: str, speaker: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["kind"] == "stance"]
    assert len(found) == 1, _attributions(text)
    assert found[0]["speaker"]["phrase"]["text"] == speaker
    assert found[0]["content"]["text"] == content


def test_answering_back_with_a_particle_the_parser_took_for_an_adverb() -> None:
    a = _one('"The pier will be finished by June," the harbour master shot back.', "direct")
    assert a["speaker"]["text"] == "the harbour master"
    assert a["cue_phrase"]["text"] == "shot back"


def test_pushed_back_on_is_a_stance() -> None:
    text = "The fishermen pushed back on the new quota."
    found = [a for a in _attributions(text) if a["kind"] == "stance"]
    assert len(found) == 1, found
    assert found[0]["cue_phrase"]["text"] == "pushed back on"
    assert found[0]["content"]["text"] == "the new quota"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The harbour master cast the dredging plan as a gift to the port.",
            "cast",
            "the dredging plan as a gift to the port",
        ),
        ("The governor vetoed the ferry budget.", "vetoed", "the ferry budget"),
        ("The skipper relishes the fight over the quota.", "relishes", "the fight over the quota"),
    ],
)
def test_casting_as_and_acts_that_take_a_position(text: str, cue: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"]["text"] == cue]
    assert len(found) == 1, _attributions(text)
    assert found[0]["kind"] == "stance"
    assert found[0]["content"]["text"] == content


def test_casting_a_vote_states_no_view() -> None:
    assert not [
        a for a in _attributions("The fishermen cast their ballots on Tuesday.") if a["cue"]["text"] == "cast"
    ]


def test_light_verb_with_a_noun_of_wish_or_commitment() -> None:
    found = [
        a
        for a in _attributions("The harbour master has no intention of closing the pier.")
        if a["kind"] == "stance"
    ]
    assert len(found) == 1, found
    assert found[0]["cue"]["text"] == "has no intention of"
    assert found[0]["content"]["text"] == "closing the pier"


@pytest.mark.parametrize(
    ("text", "speaker", "phrase", "content"),
    [
        ("The zoning plan has drawn sharp criticism from local farmers.", "local farmers",
         "has drawn sharp criticism", "The zoning plan"),
        ("Okafor also won the backing of the teachers' union.", "the teachers' union",
         "also won the backing", "Okafor"),
        ("The governor enjoys strong support among rural voters.", "rural voters",
         "enjoys strong support", "The governor"),
    ],
)  # fmt: skip
def test_a_received_stance_is_the_givers(text: str, speaker: str, phrase: str, content: str) -> None:
    # The one who gives the criticism or support speaks; the subject is what it is about.
    a = _one(text, "stance")
    assert a["speaker"]["text"] == speaker
    assert a["cue_phrase"]["text"] == phrase
    assert a["content"]["text"] == content


def test_a_received_stance_with_no_giver_is_unsourced() -> None:
    a = _one("The mayor came under heavy criticism after the floods.", "unsourced")
    assert a["speaker"] is None
    assert a["cue"]["text"] == "came under heavy criticism"
    assert a["content"]["text"] == "The mayor"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Most farmers support raising the tariff on grain.", "raising the tariff on grain"),
        ("The senator favors closing the base.", "closing the base"),
    ],
)
def test_a_stance_on_an_act_is_the_gerund(text: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"] and a["content"]["text"] == content]
    assert len(found) == 1, _attributions(text)


def test_a_view_with_an_adjective_after_as() -> None:
    a = _one("Many parents see the new curriculum as unfair.", "stance")
    assert a["content"]["text"] == "the new curriculum as unfair"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The county board voted to close the landfill by 2030.", "to close the landfill by 2030"),
        ("Okafor pushed the council to drop the fare increase.", "the council to drop the fare increase"),
    ],
)
def test_voting_or_pushing_for_a_course_is_a_stance(text: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["kind"] == "stance" and a["content"]["text"] == content]
    assert len(found) == 1, _attributions(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor has found ways to keep the pools open.",
        "The minister found himself at the centre of a row.",
    ],
)
def test_finding_a_way_reports_nothing(sentence: str) -> None:
    assert [a for a in _attributions(sentence) if a["cue"] and a["cue"]["text"] == "found"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A recent survey found broad support for the new tram line.", "broad support for the new tram line"),
        ("The jury found the driver guilty of reckless driving.", "the driver guilty of reckless driving"),
    ],
)
def test_a_study_or_verdict_finds_what_its_object_says(text: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "found"]
    assert [a["content"]["text"] for a in found] == [content]


@pytest.mark.parametrize(
    ("text", "phrase", "content"),
    [
        # agreeing with or on something
        ("The finance minister agreed with the analysis.", "agreed with", "the analysis"),
        ("The two parties agreed on creating a commission.", "agreed on", "creating a commission"),
        # "pushed back on", "talked of"
        ("The chairman has firmly pushed back on the charges.", "has firmly pushed back on", "the charges"),
        ("The old miner talked proudly of the strike.", "talked proudly of", "the strike"),
    ],
)
def test_more_prepositional_stances(text: str, phrase: str, content: str) -> None:
    a = _one(text, "stance")
    assert a["cue_phrase"]["text"] == phrase
    assert a["content"]["text"] == content


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("In Okafor's view, the new levy would hurt small farms.", "Okafor", "'s view",
         "the new levy would hurt small farms"),
        ("The port deal is a costly error, in their view.", "their", "view",
         "The port deal is a costly error"),
    ],
)  # fmt: skip
def test_an_owned_view_frames_its_clause(text: str, speaker: str, cue: str, content: str) -> None:
    a = _one(text, "according_to")
    assert (a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) == (speaker, cue, content)


def test_a_view_in_no_ones_words_is_no_attribution() -> None:
    assert [a for a in _attributions("In this view, the port deal is a costly mistake.") if a["cue"]] == []


def test_a_participle_on_a_group_is_the_groups_stance() -> None:
    found = _attributions("Wealthy donors gave $2 million to an outside group backing the mayor.")
    backing = [a for a in found if a["cue"] and a["cue"]["text"] == "backing"]
    assert len(backing) == 1, found
    assert backing[0]["speaker"]["text"] == "an outside group"
    assert backing[0]["content"]["text"] == "the mayor"


def test_what_is_sought_or_offered_in_a_main_clause_is_a_stance() -> None:
    a = _one("The mayor has sought federal help for the flooded districts.", "stance")
    assert (a["cue"]["text"], a["content"]["text"]) == ("sought", "federal help for the flooded districts")
    b = _one("Okafor offered a blunt assessment of the budget.", "stance")
    assert b["content"]["text"] == "a blunt assessment of the budget"
    assert [a for a in _attributions("She did not return a call seeking comment.") if a["cue"]] == []


def test_directive_verbs_report_what_they_urge() -> None:
    a = _one("The mayor implored residents to stay home during the storm.", "indirect")
    assert (a["speaker"]["text"], a["cue"]["text"]) == ("The mayor", "implored")
    assert a["content"]["text"] == "residents to stay home during the storm"


def test_quote_followed_by_a_coordinated_clause_has_no_cue_after_it() -> None:
    # '…," and voters cheer': the clause goes on; "cheer" is no cue of the quoted words.
    found = _attributions('He talks about "spoiling the party," and voters cheer.')
    assert not [a for a in found if a["cue"] and a["cue"]["text"] == "cheer"], found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            '"We have already forced the mayor to listen," read the email.',
            "the email",
            "We have already forced the mayor to listen",
        ),
        ("The crowd waved signs.\n\n“Still with Warren,” it read.", "it", "Still with Warren"),
    ],
)
def test_a_written_text_reads_its_quote(text: str, speaker: str, content: str) -> None:
    a = _one(text, "direct")
    assert (a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) == (speaker, "read", content)


def test_someone_reading_is_no_cue() -> None:
    text = 'As the judge read the verdict, the defendant smiled. "We will appeal," his lawyer said.'
    assert [a["cue"]["text"] for a in _attributions(text)] == ["said"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A speech verb with a bare noun object reports nothing; it does with a clause.
        "Clinton maintains a commanding lead in the polls.",
        "The delegates added Nebraska to the list.",
        "The ministers held talks in Cairo.",
        # Plans in the calendar are no one's forecast; "spoke on" a topic is too loose a stance.
        "The senator is scheduled to speak on Monday.",
        "The governor is poised to sign the bill.",
        "The senator spoke on the economy for an hour.",
        "Supporters celebrated the victory in Ohio.",
    ],
)
def test_low_precision_cue_uses_report_nothing(sentence: str) -> None:
    assert _attributions(sentence) == []


def test_a_clause_after_a_clause_only_cue_is_reported() -> None:
    a = _one("The senator maintained that the vote was rigged.", "indirect")
    assert a["content"]["text"] == "the vote was rigged"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her support for the bill among young voters fell by ten points.",
        "The new ads target older voters in Ohio.",
    ],
)
def test_a_tally_of_support_or_an_ad_target_is_no_stance(sentence: str) -> None:
    assert [a for a in _attributions(sentence) if a["kind"] == "stance"] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'Appearing on "Meet the Press," Senator Ann Lowe said the budget deal was dead.',
            "said",
            "the budget deal was dead",
        ),
        (
            'Asked whether Lowe is "ready to lead," 70 percent of voters said yes.',
            "said",
            "yes",
        ),
        (
            'Tom Reyes called the plan "a disaster," telling reporters that he would vote against it.',
            "telling",
            "he would vote against it",
        ),
    ],
)
def test_a_quote_before_a_cue_with_a_complement_of_its_own_is_not_its_content(
    text: str, cue: str, content: str
) -> None:
    # The quotation is a title, what was asked, or another report's phrase: the cue's words follow it.
    found = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == cue]
    assert len(found) == 1, found
    assert found[0]["kind"] == "indirect"
    assert found[0]["content"]["text"] == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The group polled its members before the vote: 1,200 nurses said they wanted to back Lowe.",
            "1,200 nurses",
            "they wanted to back Lowe",
        ),
        (
            "The mayor looks tired - a former aide said she works late every night.",
            "a former aide",
            "she works late every night",
        ),
        (
            "The club has made money for Reyes - he reported earning a million dollars.",
            "he",
            "earning a million dollars",
        ),
    ],
)
def test_a_clause_before_the_speaker_is_not_what_the_cue_reports(
    text: str, speaker: str, content: str
) -> None:
    found = [a for a in _attributions(text) if a["speaker"] and a["speaker"]["text"] == speaker]
    assert len(found) == 1, found
    assert found[0]["content"]["text"] == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"She needs one or two big ideas," said Ana Lopez, who served as budget director during the'
            " mayor's first term yet endorsed his rival in the primary.",
            "Ana Lopez",
        ),
        ('"We can fix the schools," said Cal Ortiz, a teacher, half joking.', "Cal Ortiz"),
    ],
)
def test_an_inverted_cue_reports_the_quote_before_it_whatever_the_parser_hangs_after_it(
    text: str, speaker: str
) -> None:
    a = _one(text, "direct")
    assert (a["speaker"]["text"], a["cue"]["text"]) == (speaker, "said")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("On Thursday, the merger of two firms was announced.", "announced", "the merger of two firms"),
        ("The purchase price was not disclosed.", "disclosed", "The purchase price"),
        ("The memo was released on Friday.", "released", "The memo"),
    ],
)
def test_an_agentless_passive_of_making_known_reports_its_subject(text: str, cue: str, content: str) -> None:
    a = _one(text, "unsourced")
    assert a["speaker"] is None
    assert (a["cue"]["text"], a["content"]["text"]) == (cue, content)


def test_people_set_free_or_what_may_yet_be_released_is_no_report() -> None:
    for text in ("The hostages were released on Friday.", "The records might be released next week."):
        assert [a for a in _attributions(text) if a["cue"]] == [], text


def test_a_participle_on_a_reported_clause_without_that_is_the_reporters() -> None:
    found = _attributions(
        'In a 2014 interview, Reyes insisted it was "premature" to back Lowe while adding on energy'
        ' matters, "I have no doubt that her heart is in the right place."'
    )
    adding = [a for a in found if a["cue"] and a["cue"]["text"] == "adding"]
    assert len(adding) == 1, found
    assert adding[0]["speaker"]["text"] == "Reyes"


def test_a_parenthetical_cue_after_an_opening_adverb_reports_the_clause_around_it() -> None:
    found = _attributions("Instead, the senator told reporters, the bill would be delayed until June.")
    told = [a for a in found if a["cue"] and a["cue"]["text"] == "told"]
    assert len(told) == 1, found
    assert told[0]["speaker"]["text"] == "the senator"
    assert "the bill would be delayed until June" in told[0]["content"]["text"]


def test_a_fronted_poll_frames_its_clause() -> None:
    text = "In a Harlow Institute survey released Tuesday, 61 percent of farmers opposed the new tariff."
    a = _one(text, "according_to")
    assert a["cue"]["text"] == "In"
    assert a["speaker"]["phrase"]["text"] == "a Harlow Institute survey released Tuesday"
    assert a["content"]["text"] == "61 percent of farmers opposed the new tariff"


def test_a_pollster_naming_its_finding_speaks_for_the_poll() -> None:
    found = _attributions("In a poll of 900 voters, Brightline Research found that most backed the levy.")
    assert "In" not in [a["cue"]["text"] for a in found if a["cue"]], found


def test_one_poll_ending_a_clause_measures_it() -> None:
    found = _attributions("Numbers.\n\nMarta Diaz led Tom Reyes by nine points in the latest Harlow poll.")
    polls = [a for a in found if a["cue"] and a["cue"]["text"] == "in"]
    assert len(polls) == 1, found
    assert polls[0]["speaker"]["phrase"]["text"] == "the latest Harlow poll"
    assert polls[0]["content"]["text"] == "Marta Diaz led Tom Reyes by nine points"


def test_rising_in_the_polls_is_no_attribution() -> None:
    found = _attributions("Fresh numbers.\n\nMarta Diaz rose steadily in the polls over the summer.")
    assert [a for a in found if a["cue"]] == [], found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The dip does not surprise Democratic analyst Ken Obi: “Early leaders often fade in the spring.”",
         "Democratic analyst Ken Obi", "Early leaders often fade in the spring."),
        ("Turnout is the key - Dana Ruiz and Raj Patel: “Late deciders broke for the challenger.”",
         "Dana Ruiz and Raj Patel", "Late deciders broke for the challenger."),
        ("More from the report: “Samples with longer field periods did better.”",
         "the report", "Samples with longer field periods did better."),
    ],
)  # fmt: skip
def test_a_quotation_after_a_colon_is_the_named_speakers(text: str, speaker: str, content: str) -> None:
    found = _attributions("Polling notes.\n\n" + text)
    colon = [a for a in found if a["cue"] and a["cue"]["text"] == ":"]
    assert len(colon) == 1, found
    assert (colon[0]["speaker"]["phrase"]["text"], colon[0]["content"]["text"]) == (speaker, content)


def test_a_first_line_speaker_colon_is_a_headline() -> None:
    text = "City council at hearing: Budget plan fails the poor.\n\nThe council met on Monday."
    a = _one(text, "headline")
    assert (a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) == (
        "City council at hearing",
        ":",
        "Budget plan fails the poor.",
    )


def test_a_first_line_reporting_speech_after_its_colon_has_no_colon_speaker() -> None:
    found = _attributions("Friends again: Ruiz endorses Patel, who says he is honored.\n\nThey met Monday.")
    assert [a for a in found if a["kind"] == "headline"] == [], found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # the reported clause's subject is the speaker again
        ("He says he respects the governor and calls her a very smart woman.", "says", "calls"),
        # the reported clause's subject is a thing, which calls no one anything
        (
            "Senator Reed said Smith's housing plan would help landlords, and called him a fraud.",
            "said",
            "called",
        ),
        # the second participle repeats the first one's form, not the reported verb's
        (
            "She defended her brother, saying he has been a champion of workers and calling him a hero.",
            "saying",
            "calling",
        ),
    ],
)
def test_a_second_speech_act_after_and_is_the_first_speakers_own(text: str, first: str, second: str) -> None:
    found = _attributions(text)
    outer = [a for a in found if a["cue"]["text"] == first]
    inner = [a for a in found if a["cue"]["text"] == second]
    assert len(outer) == 1 and len(inner) == 1, found
    assert inner[0]["parent"] is None, found
    assert inner[0]["speaker"]["text"] == outer[0]["speaker"]["text"], found
    assert second not in outer[0]["content"]["text"], found


def test_a_private_state_after_and_stays_in_what_was_said() -> None:
    found = _attributions("Ms. Lopez says she met the mayor and supports his plan.")
    says = [a for a in found if a["cue"]["text"] == "says"]
    assert len(says) == 1 and says[0]["content"]["text"].endswith("supports his plan"), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an impression in an adverbial clause
        (
            "While the new tariff appears to have hurt farmers, the minister kept it.",
            "the new tariff appears to have hurt farmers",
        ),
        # and in a relative one
        (
            "The council passed the levy, which seemed to anger local shop owners.",
            "which seemed to anger local shop owners",
        ),
        # "it appears that": the clause is the impression
        ("It appears that the merger talks have collapsed.", "the merger talks have collapsed"),
    ],
)
def test_an_impression_of_seem_or_appear_in_any_clause(text: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["kind"] == "unsourced"]
    assert [a["content"]["text"] for a in found] == [content], found


def test_an_appearance_in_a_condition_is_no_impression() -> None:
    found = _attributions("Even if the rally seemed calm, the police stayed.")
    assert not [a for a in found if a["kind"] == "unsourced"], found


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The win led her to declare that the nomination was in sight.", "her", "to declare"),
        ("The ruling prompted the mayors to insist that the law was void.", "the mayors", "to insist"),
        ("Clinton used the speech to argue that taxes must rise.", "Clinton", "to argue"),
    ],
)
def test_infinitive_speaker_is_the_person_the_verb_moves(text: str, speaker: str, cue: str) -> None:
    a = _one(text, "indirect")
    assert a["speaker"]["phrase"]["text"] == speaker
    assert a["cue_phrase"]["text"] == cue


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Officials were quoted as saying that the bridge collapsed.", "Officials", "were quoted as saying"),
        ("The minister was quoted by Tass as saying the bridge was gone.", "The minister", None),
    ],
)
def test_quoted_as_saying_is_the_passive_subjects_report(text: str, speaker: str, cue: str | None) -> None:
    a = _one(text, "indirect")
    assert a["speaker"]["text"] == speaker
    assert a["content"]["text"].endswith(("collapsed", "gone"))
    if cue is not None:
        assert a["cue_phrase"]["text"] == cue
    # the agency that quotes the minister holds no stance of its own
    assert [b["kind"] for b in _attributions(text)] == ["indirect"]


def test_a_description_with_another_title_is_another_speaker() -> None:
    text = (
        "The governor told reporters the city was calm.\n\n"
        "The mayor said the water supply was safe. The official added that schools would open."
    )
    out = analyze_text(text)
    entity_of = {a["speaker"]["text"]: a["speaker"]["entity"] for a in out["attributions"]}
    assert entity_of["The mayor"] != entity_of["The governor"]
    # a generic role noun may stand for the titled speaker before it
    assert entity_of["The official"] == entity_of["The mayor"]


@pytest.mark.parametrize(
    "text",
    [
        '"It is over," Petrenko said, "and we won."',
        '"It is over," said Petrenko, 58, "and we won."',
        "“It is over,” says Petrenko, “and we won.”",
    ],
)
def test_a_quote_resumed_after_its_tag_is_the_same_speakers(text: str) -> None:
    parts = [a for a in _attributions(text) if a["kind"] == "direct"]
    assert [a["content"]["text"] for a in parts] == ["It is over", "and we won."]
    assert {a["speaker"]["text"] for a in parts} == {"Petrenko"}
    assert not [a for a in _attributions(text) if a["kind"] == "scare_quote"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Smith is widely seen as the favorite in the race.", "is widely seen as"),
        ("The party, which is seen as aligned with the union, objected.", "is seen as"),
    ],
)
def test_a_passive_verdicts_as_belongs_to_the_cue(text: str, phrase: str) -> None:
    a = _one(text, "unsourced")
    assert a["cue_phrase"]["text"] == phrase


# ---- headline verbs beyond the third person; headline speakers and their boundaries --------------
HEADLINE_BODY = "\n\nThe council met on Monday in the city hall."


def _headline_triples(headline: str) -> list[tuple[str | None, str, str]]:
    """(speaker, cue, content) of the attributions whose cue is in the headline."""
    return [
        (a["speaker"]["text"] if a["speaker"] else None, a["cue"]["text"], a["content"]["text"])
        for a in _attributions(headline + HEADLINE_BODY)
        if a["cue"] and a["cue"]["end"] <= len(headline)
    ]


@pytest.mark.parametrize(
    ("headline", "triple"),
    [
        # A running exclamation before a colon is no speaker; an adverb before the verb is the cue's.
        (
            "BUSTED: Farm Lobby Finally Endorses The Trade Deal.",
            ("Farm Lobby", "Finally Endorses", "The Trade Deal"),
        ),
        # "skywriters" read as a verb is a plural; so is "Rabbis" before a present "vow".
        ("City Garden skywriters blast the mayor.", ("City Garden skywriters", "blast", "the mayor")),
        ("Rabbis vow to picket the parade.", ("Rabbis", "vow", "to picket the parade")),
        # A past tense before its object; a future "to" after a name.
        (
            "Veteran Mayor Ann Cole Endorsed Governor Diaz.",
            ("Veteran Mayor Ann Cole", "Endorsed", "Governor Diaz"),
        ),
        ("Dock Union Leader Lu Ping to Endorse Diaz.", ("Dock Union Leader Lu Ping", "to Endorse", "Diaz")),
        # The subject after an opening phrase, or before an aside.
        ("Amid the protests, farm lobby blasts rival on taxes.", ("farm lobby", "blasts", "rival on taxes")),
        ("Railing Against Fees, Okafor Vows To Cut Taxes.", ("Okafor", "Vows", "To Cut Taxes")),
        ("Okafor, touring the north, blasts rival on taxes.", ("Okafor", "blasts", "rival on taxes")),
        # The words first, then the speaker and a verb of saying.
        (
            "Taxes Are The Biggest Issue, Ann Cole Tells Voters.",
            ("Ann Cole", "Tells", "Taxes Are The Biggest Issue"),
        ),
        # A question word is no part of the subject.
        ("Why Farm Workers Back Governor Diaz.", ("Farm Workers", "Back", "Governor Diaz")),
        # "be" with an -ing form; what the verb governs ends with the first sentence.
        (
            "Ann Cole Isn’t Praising The Budget. She’s Praising The Mayor.",
            ("Ann Cole", "Isn’t Praising", "The Budget"),
        ),
        # A possessive in a title-case name; two verbs of one subject.
        ("Italy’s Marco De Luca Backs Diaz And Denounces Smith.", ("Italy’s Marco De Luca", "Backs", "Diaz")),
        (
            "Italy’s Marco De Luca Backs Diaz And Denounces Smith.",
            ("Italy’s Marco De Luca", "Denounces", "Smith"),
        ),
        # 'SPEAKER: words': no label before a dash, no addressee or topic after "to"/"on".
        (
            "EXCLUSIVE – Ann Cole: The budget will pass next week.",
            ("Ann Cole", ":", "The budget will pass next week."),
        ),
        (
            "Okafor to farmers: The budget will pass next week.",
            ("Okafor", ":", "The budget will pass next week."),
        ),
        # A title-case name run the model carried over the cue ends where the cue begins.
        (
            "This Harbor Panel Just Dismissed The Mayor’s Parking Plan.",
            ("This Harbor Panel", "Dismissed", "The Mayor’s Parking Plan"),
        ),
    ],
)
def test_headline_reading_of_verbs_and_speakers(headline: str, triple: tuple[str, str, str]) -> None:
    found = _headline_triples(headline)
    assert triple in found, found


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        # a clause before the colon is no speaker
        ("Grandpa is home: the old mayor at the fair in Ohio.", "Grandpa is home"),
        # a preposition in the subject: the verb was further back
        ("Union Raises Money In Rural States To Avoid Defeat.", "States"),
        # a word after a possessive is a noun
        ("Why Ann Cole’s Attacks On The Port Board May Fail.", "Attacks"),
        # no noun before the verb
        ("Keen to back Cole, Diaz moves to unite the board.", "Keen"),
        # "to" after a plain noun is no future
        ("Seven Facts to Remember About Dams.", "to Remember"),
    ],
)
def test_headline_words_read_as_no_speaker_or_cue(headline: str, word: str) -> None:
    found = _headline_triples(headline)
    assert not [t for t in found if word in (t[0], t[1])], found


@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        (
            "The group released a statement Wednesday saying the vote was rigged.",
            "The group",
            "released a statement Wednesday saying",
        ),
        (
            "His campaign sent out a text message to supporters saying the race was close.",
            "His campaign",
            "sent out a text message to supporters saying",
        ),
    ],
)
def test_a_participle_gives_the_words_of_the_text_put_out(text: str, speaker: str, phrase: str) -> None:
    a = _one(text, "indirect")
    assert a["speaker"]["phrase"]["text"] == speaker
    assert a["cue_phrase"]["text"] == phrase


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The difference with the mayor, said Okafor and others, would be plain since she has no allies.",
            "Okafor",
            "would be plain since she has no allies",
        ),
        (
            "Part of the problem, say experts like Jane Roe, a local geologist, is the soil itself.",
            "experts",
            "is the soil itself",
        ),
    ],
)
def test_an_inverted_cue_set_off_inside_its_content(text: str, speaker: str, content: str) -> None:
    a = _one(text, "indirect")
    assert a["speaker"]["text"] == speaker, a
    assert a["content"]["text"].startswith(text.split(",")[0]), a
    assert a["content"]["text"].endswith(content), a


def test_a_name_with_an_aside_before_said_still_speaks() -> None:
    a = _one("Smith, a lawyer, said the company, which is bankrupt, would fail.", "indirect")
    assert a["speaker"]["text"] == "Smith", a


def test_the_one_told_before_a_quotation_is_not_the_speaker() -> None:
    text = 'Lee seemed unmoved by the remarks, telling reporters, "A lot of people said the mayor should go."'
    a = _one(text, "direct")
    assert a["speaker"]["text"] == "Lee", a


def test_table_rows_and_subheads_on_a_name_are_no_speaker_lines() -> None:
    text = (
        "Delegate count.\n\nAnn Lee: 1,204.\n\nBo Diaz: 998.\n\nThe race tightens.\n\n"
        "Ann Lee: Just hang on.\n\nLee needs a win in the next state to stay in the race.\n\n"
        "Ann Lee: I think we will win this state easily."
    )
    lines = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == ":"]
    assert [a["content"]["text"] for a in lines] == ["I think we will win this state easily."], lines


def test_said_the_same_stands_for_a_statement() -> None:
    a = _one("Last month, 26 percent said the same.", "indirect")
    assert a["content"]["text"] == "the same", a


def test_a_free_relative_with_an_auxiliary_after_the_cue() -> None:
    a = _one("She has helped clubs adapt to what she said is growing demand for pools.", "indirect")
    assert a["speaker"]["text"] == "She" or a["speaker"]["text"] == "she", a
    assert a["content"]["text"] == "what she said is growing demand for pools", a


def test_a_relative_pronoun_is_the_subject_of_what_is_said() -> None:
    a = _one("They criticised the pullout of troops, which they say left a vacuum for militants.", "indirect")
    assert a["cue"]["text"] == "say", a
    assert a["content"]["text"] == "which they say left a vacuum for militants", a


def test_a_question_asked_after_when_it_was_asked() -> None:
    found = [a for a in _attributions("Moss used the same words when asked in May if he would endorse Lee.")]
    asked = [a for a in found if a["cue"] and a["cue"]["text"] == "asked"]
    assert [a["content"]["text"] for a in asked] == ["he would endorse Lee"], found


def test_a_quotation_then_when_it_was_said() -> None:
    text = 'Lee had previously said, "We will see," when asked whether he would raise money for others.'
    found = _attributions(text)
    said = [a for a in found if a["cue"] and a["cue"]["text"] == "said"]
    assert [a["content"]["text"] for a in said] == ["We will see"], found
    asked = [a for a in found if a["cue"] and a["cue"]["text"] == "asked"]
    assert [a["content"]["text"] for a in asked] == ["whether he would raise money for others"], found


def test_the_answer_to_an_asked_participle_has_the_answers_verb() -> None:
    text = 'Asked which county was his favorite, he demurred: "Whichever one I am in at the moment."'
    found = _attributions(text)
    direct = [a for a in found if a["kind"] == "direct"]
    assert [(a["speaker"]["text"], a["cue"]["text"]) for a in direct] == [("he", "demurred")], found
    asked = [a for a in found if a["kind"] == "unsourced"]
    assert [a["content"]["text"] for a in asked] == ["which county was his favorite"], found


@pytest.mark.parametrize(
    "text",
    [
        'The drop does not surprise analyst Mara Quint: "Historically, new candidates gain most."',
        'Pollsters agree - Maria Lopez: "One of the lessons was to keep calling voters late."',
    ],
)
def test_a_name_before_a_colon_speaks_the_quotation(text: str) -> None:
    direct = [a for a in _attributions(text) if a["kind"] == "direct"]
    assert len(direct) == 1 and direct[0]["cue"]["text"] == ":", direct
    assert direct[0]["speaker"]["text"].endswith(("Mara Quint", "Maria Lopez")), direct


def test_the_one_told_before_a_colon_does_not_speak() -> None:
    a = _one('The mayor told Ann Lee: "We will not raise taxes this year."', "direct")
    assert a["speaker"]["text"] == "The mayor", a


def test_a_participle_after_a_that_clause_on_a_noun_shares_the_main_subject() -> None:
    text = (
        "Lewandowski rejected the idea that the billionaire developer would be a drag on the ticket, "
        "saying the huge crowds prove that he would energize the party."
    )
    saying = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "saying"]
    assert [a["speaker"]["text"] for a in saying] == ["Lewandowski"], saying


def test_a_participle_whose_clause_the_parser_hung_on_the_quotation() -> None:
    text = 'Lee stepped up his attacks on the senator, saying he is "weak on immigration, you know that."'
    saying = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "saying"]
    assert [a["speaker"]["text"] for a in saying] == ["Lee"], saying


def test_a_clause_of_time_after_an_inverted_cue_is_no_report_of_its_own() -> None:
    found = _attributions('"We will win this race," she said as some wearing Smith shirts booed.')
    said = [a for a in found if a["cue"] and a["cue"]["text"] == "said"]
    assert [a["content"]["text"] for a in said] == ["We will win this race"], found


def test_a_name_tagged_an_adverb_after_an_inverted_cue() -> None:
    text = '"Having the file is useful," said Brennock, explaining he worked closely with Roe.'
    a = _one(text, "direct")
    assert (a["speaker"]["text"], a["cue"]["text"]) == ("Brennock", "said"), a


def test_a_participle_after_the_cue_does_not_take_the_quotation_from_it() -> None:
    text = '"Let us go back and look at the polls," Lee said in an interview with Ann Borger aired Monday.'
    said = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"].startswith("said")]
    assert len(said) == 1 and said[0]["kind"] == "direct", said
    assert said[0]["content"]["text"].startswith("Let us go back"), said


def test_a_quotation_in_the_speakers_phrase_is_not_what_the_speaker_says() -> None:
    text = 'Farrow, the co-author of "Open Secrets," about the spread of rumours, said the old days are gone.'
    said = [a for a in _attributions(text) if a["cue"] and a["cue"]["text"] == "said"]
    assert [a["content"]["text"] for a in said] == ["the old days are gone"], said


def test_a_clause_cue_that_also_judges_a_thing_takes_it_as_object() -> None:
    found = _attributions("The mayor lamented the sorry state of the city budget.")
    lamented = [a for a in found if a["cue"]["text"] == "lamented"]
    assert [a["content"]["text"] for a in lamented] == ["the sorry state of the city budget"], found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator accused the governor of hiding the figures.", "the governor of hiding the figures"),
        ("The mayor blamed the council for the delays.", "the council for the delays"),
        # one word after "of" is enough with the one accused before it
        ("The mayor accused the council of cowardice.", "the council of cowardice"),
    ],
)
def test_an_accusation_keeps_the_one_accused(text: str, content: str) -> None:
    found = [a for a in _attributions(text) if a["cue"]["text"] in {"accused", "blamed"}]
    assert [a["content"]["text"] for a in found] == [content], found
    assert found[0]["kind"] == "indirect", found  # a charge stated, not a stance


def test_as_someone_put_it_reports_what_follows() -> None:
    found = _attributions("As the senator put it, the budget is a mess.")
    put = [a for a in found if a["cue"]["text"] == "put it"]
    assert len(put) == 1, found
    assert put[0]["speaker"]["text"] == "the senator", found
    assert put[0]["content"]["text"] == "the budget is a mess", found


def test_putting_it_somewhere_is_no_report() -> None:
    found = _attributions("The mayor promised to put it on the agenda, and she put it this way to the press.")
    assert not [a for a in found if a["cue"]["text"] == "put it"], found


def test_a_closing_cue_read_as_a_relative_clause_still_reports() -> None:
    found = _attributions("Most farmers in the valley have a dim view of the plan, the survey found.")
    survey = [a for a in found if a["cue"]["text"] == "found"]
    assert len(survey) == 1, found
    assert survey[0]["content"]["text"] == "Most farmers in the valley have a dim view of the plan", found


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The firm sold the jet to the senator in 2012, records show.",
            "records",
            "The firm sold the jet to the senator in 2012",
        ),
        (
            "Over the same years, county records show, the plant has paid no tax at all.",
            "county records",
            "the plant has paid no tax at all",
        ),
        (
            "It may lose the county (though as the results show, the city is within reach).",
            "the results",
            "the city is within reach",
        ),
    ],
)
def test_records_show_read_as_a_noun_still_reports(text: str, source: str, content: str) -> None:
    found = [a for a in _attributions("Plant news.\n\n" + text) if a["cue"]["text"] == "show"]
    assert [(a["speaker"]["text"], a["content"]["text"]) for a in found] == [(source, content)], found


def test_a_report_in_a_transcript_line_stands_alone() -> None:
    found = _attributions("Interview.\n\nQ: Will the tax survive?\n\nA: I think the tax will be repealed.")
    think = [a for a in found if a["cue"]["text"] == "think"]
    assert len(think) == 1 and think[0]["parent"] is None, found
    assert think[0]["content"]["text"] == "the tax will be repealed", found


def test_a_report_in_a_quoted_transcript_line_stays_inside_it() -> None:
    found = _attributions(
        'Interview.\n\n"HOST: Will the tax survive?\n\n"GUEST: Well, I think the tax will be repealed.'
    )
    think = [a for a in found if a["cue"]["text"] == "think"]
    assert len(think) == 1 and think[0]["parent"] is not None, found


def test_a_past_tense_read_as_a_participle_after_an_apposition_still_has_its_speaker() -> None:
    found = _attributions("Intro.\n\nOkafor, a Perez ally, called Ohio’s budget “reckless.”")
    called = [a for a in found if a["cue"] and a["cue"]["text"] == "called"]
    assert len(called) == 1 and called[0]["speaker"]["text"] == "Okafor", found


def test_a_view_held_by_few_is_still_reported() -> None:
    found = _attributions("Few economists believe the tax will survive the winter.")
    believe = [a for a in found if a["cue"] and a["cue"]["text"] == "believe"]
    assert [a["content"]["text"] for a in believe] == ["the tax will survive the winter"], found


def test_would_like_to_states_a_wish() -> None:
    found = _attributions("The council would like to close the old bridge.")
    like = [a for a in found if a["cue"] and a["cue"]["text"] == "like"]
    assert [a["content"]["text"] for a in like] == ["to close the old bridge"], found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Of Dawson, Levine, who has given money to Ortiz, said, "He is a real worry."', "Levine"),
        ('"We will win," said retired surgeon Ada Okonjo, asked about the polls.', "Ada Okonjo"),
    ],
)
def test_a_speaker_the_parser_hid_behind_a_preposition_or_a_participle(text: str, speaker: str) -> None:
    a = _one(text, "direct")
    assert a["speaker"]["text"] == speaker


def test_a_day_after_an_inverted_cue_is_no_speaker() -> None:
    assert not [a for a in _attributions('Said Wednesday, "We will win this state."') if a["speaker"]]


def test_an_age_between_quote_and_cue_is_part_of_the_speaker() -> None:
    a = _one('"We will win," the 43-year-old said.', "direct")
    assert a["speaker"]["text"] == "the 43-year-old"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("They see their own party as insufficiently committed to its goals.", "their own party as"),
        ("Voters see the mayor as most likely to deliver it.", "the mayor as most likely"),
    ],
)
def test_a_view_whose_as_the_parser_made_an_adverb(text: str, content: str) -> None:
    a = _one(text, "stance")
    assert a["content"]["text"].startswith(content)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ('The marchers, whom he described as "peaceful," walked on.', '"peaceful'),
        ("The server, which he described as like an open door, was old.", "like an open door"),
    ],
)
def test_a_relative_pronoun_and_the_predicate_said_of_it(text: str, predicate: str) -> None:
    a = _one(text, "stance")
    assert a["content"]["text"].startswith(("whom", "which"))
    assert predicate in a["content"]["text"]


def test_an_infinitive_governors_dateline_place_is_no_speaker() -> None:
    # the dateline under a subheading is no dateline to the cleaner, and the parser may make the
    # place a second subject of the verb
    found = _attributions(
        "Farmers wary as senator vows relief.\n\n"
        "Amid anger at the banks, she's seen as 'one of the insiders.'"
        "\n\nHELENA, Mont. - Visiting dozens of ranchers who are trying to get by, Jane Smith tried here"
        " last week to sympathize with their troubles and promised to cut taxes."
    )
    promised = [a for a in found if a["cue"] and a["cue"]["text"] == "promised"]
    assert [a["speaker"]["text"] for a in promised] == ["Jane Smith"], found


def test_as_put_it_with_the_name_parsed_as_the_object_of_as() -> None:
    found = _attributions(
        "Budget talks stall.\n\n"
        'As Tom Reed, a professor, put it, "Lawmakers should remember that a deal now is better."'
    )
    put = [a for a in found if a["cue"] and a["cue"]["text"] == "put it"]
    assert [a["speaker"]["text"] for a in put] == ["Tom Reed"], found


def test_a_title_in_the_speakers_apposition_is_not_their_quote() -> None:
    found = _attributions(
        'Budget talks stall.\n\nAs Reed, the author of "Lost Budgets," put it, "Lawmakers should remember'
        ' that a deal now may be better than what they get later."'
    )
    put = [a for a in found if a["cue"] and a["cue"]["text"] == "put it"]
    assert [a["content"]["text"] for a in put] == [
        "Lawmakers should remember that a deal now may be better than what they get later."
    ], found


def test_a_quote_running_over_paragraphs_goes_with_each_paragraphs_cue() -> None:
    found = _attributions(
        'Rally.\n\nJane Doe said: "The plan is a disaster. It will not pass.\n\n'
        '"Nobody wants it. It is dead," Doe said on Monday.'
    )
    said = sorted(
        (a for a in found if a["cue"] and a["cue"]["text"] == "said"), key=lambda a: a["cue"]["start"]
    )
    assert [a["content"]["text"] for a in said] == [
        "The plan is a disaster. It will not pass.",
        "Nobody wants it. It is dead",
    ], found


def test_an_empty_it_before_a_verdict_names_no_speaker() -> None:
    found = _attributions(
        "Tax debate.\n\nIt's easy to see why Mayor Ann Lee is tempted to run. It means admitting that the"
        " plan failed. That's not to suggest that the council was wrong."
    )
    by_cue = {a["cue"]["text"]: a for a in found if a["cue"]}
    for cue, content in (
        ("see", "why Mayor Ann Lee is tempted to run"),
        ("admitting", "the plan failed"),
        ("suggest", "the council was wrong"),
    ):
        assert by_cue[cue]["speaker"] is None, found
        assert by_cue[cue]["kind"] == "unsourced", found
        assert by_cue[cue]["content"]["text"] == content, found


def test_a_referring_it_that_was_to_report_keeps_its_speaker() -> None:
    found = _attributions(
        "Earnings.\n\nDays before it was to report earnings, Acme Corp. said it had cut 300 jobs."
    )
    assert not any(a["speaker"] is None for a in found), found


def test_how_people_feel_is_what_they_hold() -> None:
    found = _attributions(
        "Layoffs.\n\nWhen the firm announced layoffs, some workers felt betrayed. Lee appeals to"
        " voters who feel trapped in a system that seems rigged. Residents feel free to leave."
    )
    felt = {
        a["content"]["text"]: a["speaker"]["text"]
        for a in found
        if a["cue"] and a["cue"]["text"] in {"felt", "feel"}
    }
    assert felt == {"betrayed": "some workers", "trapped in a system that seems rigged": "who"}, found


def test_to_whom_a_clause_seems_true_holds_its_view() -> None:
    found = _attributions(
        "Skaters.\n\nTo Ann Gil, skateboarding is a cry of dissent against the city. But to others, he is"
        " a citizen journalist. To win the race, candidates need 40 percent. To date, Lee remains ahead."
    )
    to = {
        a["speaker"]["text"]: a["content"]["text"]
        for a in found
        if a["cue"] and a["cue"]["text"].lower() == "to"
    }
    assert to == {
        "Ann Gil": "skateboarding is a cry of dissent against the city",
        "others": "he is a citizen journalist",
    }, found


def test_an_entity_lists_everything_it_said() -> None:
    from claimgraph.analyse.pipeline import Analyzer
    from claimgraph.model import AnalysedArticle, RawDocument

    text = (
        'Budget talks.\n\nFinance Minister Ann Lee said the budget would pass. "We have the votes," she'
        " added. Tom Reed, an opposition leader, said the plan would fail. The minister said later that"
        " talks would go on."
    )
    result = Analyzer().analyze(RawDocument(id="t", content=text, origin="t"))
    assert isinstance(result, AnalysedArticle)
    out = result.to_dict()
    by_name = {e["name"]: e for e in out["entities"]}
    cues = {a["id"]: a["cue"]["text"] for a in out["attributions"] if a["cue"]}
    lee, reed = by_name["Ann Lee"], by_name["Tom Reed"]
    assert [cues[i] for i in lee["attributions"]] == ["said", "added", "said"], out["attributions"]
    assert [cues[i] for i in reed["attributions"]] == ["said"], out["attributions"]
    assert [a.id for a in result.said_by(lee["id"])] == lee["attributions"]
    assert all(not e["attributions"] for e in out["entities"] if e["id"] not in {lee["id"], reed["id"]})


def test_a_finite_verb_the_parser_took_for_a_participle_has_the_noun_before_it_as_subject() -> None:
    found = _attributions(
        "Delegates.\n\nA Harlow College poll found last week that Lee would beat Diaz 46 to 40 percent."
        " A group called Voters First, led by strategists, is trying to raise $25 million."
    )
    found_by = [
        (a["speaker"]["text"], a["content"]["text"])
        for a in found
        if a["cue"] and a["cue"]["text"].startswith("found")
    ]
    assert found_by == [("A Harlow College poll", "Lee would beat Diaz 46 to 40 percent")], found
    assert not any(a["cue"] and a["cue"]["text"] == "called" for a in found), found


def test_a_relative_pronoun_stands_for_what_a_passive_with_an_agent_is_about() -> None:
    found = _attributions(
        "Race.\n\nAnn Lee, a Democrat who has been endorsed by the teachers unions, made funding her"
        " priority. He was backed by the unions."
    )
    endorsed = [a for a in found if a["cue"] and "endorsed" in a["cue"]["text"]]
    assert [(a["speaker"]["text"], a["content"]["text"]) for a in endorsed] == [
        ("the teachers unions", "who")
    ], found
    assert not any(a["cue"] and "backed" in a["cue"]["text"] for a in found), found


def test_a_side_taken_in_favor_of_something() -> None:
    found = _attributions(
        "Votes.\n\nThe council voted in favor of the new tax. At the rally, Lee spoke out in favor of"
        " Mayor Diaz. The court ruled in favor of the city."
    )
    stances = {
        a["cue"]["text"]: a["content"]["text"] for a in found if a["cue"] and "favor" in a["cue"]["text"]
    }
    assert stances == {"voted in favor of": "the new tax", "spoke out in favor of": "Mayor Diaz"}, found


def test_a_passive_subject_speaks_in_the_active_verb_joined_to_it() -> None:
    found = _attributions(
        "Damage control.\n\nBy evening, Mayor Ann Lee was forced into a rare retreat and said that her"
        " words had been misread. It was reported and said that the dam broke."
    )
    said = [
        (a["speaker"]["text"] if a["speaker"] else None, a["content"]["text"])
        for a in found
        if a["cue"] and a["cue"]["text"] == "said"
    ]
    assert ("Ann Lee", "her words had been misread") in said, found
    assert not any(speaker == "It" for speaker, _ in said), found


def test_what_the_subject_acts_in_hopes_of() -> None:
    found = _attributions(
        "Campaign.\n\nLee has been touring Ohio in hopes of upsetting her rival. The court sent the case"
        " back in the hope that the two sides could settle."
    )
    hopes = {
        (a["speaker"]["text"], a["cue"]["text"], a["content"]["text"])
        for a in found
        if a["cue"] and "hope" in a["cue"]["text"]
    }
    assert hopes == {
        ("Lee", "in hopes of", "upsetting her rival"),
        ("The court", "in the hope", "the two sides could settle"),
    }, found


def test_she_after_a_group_of_aides_is_the_named_woman() -> None:
    out = analyze_text(
        "President Elena Vasquez has vowed to retaliate.\n\n"
        "Her aides said she intends to call an emergency meeting."
    )
    names = {e["id"]: e["name"] for e in out["entities"]}
    by_cue = {a["cue"]["text"]: a for a in out["attributions"]}
    assert names[by_cue["intends"]["speaker"]["entity"]] == "Elena Vasquez"
    assert names[by_cue["said"]["speaker"]["entity"]] != "Elena Vasquez"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("According to a statement from the Red Cross, 300 families were displaced.", "Red Cross"),
        ("A report by the United Nations said 300 families were displaced.", "United Nations"),
        (
            "The report, published by Human Rights Watch on Thursday, found that 30 civilians died.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_document_from_an_organisation_is_the_organisations(text: str, issuer: str) -> None:
    out = analyze_text(text)
    (a,) = out["attributions"]
    names = {e["id"]: e["name"] for e in out["entities"]}
    assert names[a["speaker"]["entity"]] == issuer


@pytest.mark.parametrize(
    ("text", "claim", "answerer", "answer"),
    [
        (
            "The opposition said the election was rigged, a charge the government denies.",
            "the election was rigged",
            "the government",
            "denies",
        ),
        (
            "Rivals complained that the count had been rigged, a charge that party leaders denied.",
            "the count had been rigged",
            "party leaders",
            "denied",
        ),
        (
            "Russian forces shelled the hospital overnight, a claim disputed by Moscow.",
            "Russian forces shelled the hospital overnight",
            "Moscow",
            "disputed",
        ),
    ],
)
def test_an_apposition_answering_a_claim_is_a_second_report_of_it(
    text: str, claim: str, answerer: str, answer: str
) -> None:
    out = analyze_text(text)
    reports = out["attributions"]
    assert all(a["content"]["text"] == claim for a in reports)  # neither keeps "a charge …"
    (answering,) = [a for a in reports if a["cue"]["text"] == answer]
    assert answering["speaker"]["text"] == answerer
    assert answering["parent"] is None  # the writer reports the denial, not the first speaker
    modality = {c["attribution"]: c["modality"] for c in out["claims"]}
    assert modality[answering["id"]] == "denied"


def test_an_unverified_figure_is_not_part_of_what_was_said() -> None:
    a = _one(
        "Ukraine's army said it had shot down 30 drones, a figure that could not be verified.", "indirect"
    )
    assert a["content"]["text"] == "it had shot down 30 drones"


def test_a_name_beside_a_role_is_a_person_whatever_ner_said() -> None:
    # The small model labels this unfamiliar name an organisation; as the general's name it is a
    # person, the speaker, and the "He" that follows.
    out = analyze_text(
        "Ukraine's top general, Oleksandr Kovalenko, said the situation was critical. "
        "He said more shells were needed."
    )
    names = {e["id"]: (e["name"], e["type"]) for e in out["entities"]}
    speakers = [names[a["speaker"]["entity"]] for a in out["attributions"]]
    assert speakers == [("Oleksandr Kovalenko", "PERSON")] * 2


def test_the_president_is_not_the_official_who_spoke_before() -> None:
    out = analyze_text(
        "A White House official said the president would veto the bill. "
        "The official, who asked not to be named, said talks were continuing."
    )
    by_speaker = {a["speaker"]["text"]: a["speaker"]["entity"] for a in out["attributions"]}
    assert by_speaker["The official"] == by_speaker["A White House official"]
    assert by_speaker["the president"] != by_speaker["A White House official"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Officials warned that the dam could collapse, while residents said they had received no orders.",
            "the dam could collapse",
            "they had received no orders",
        ),
        (
            "Witnesses said soldiers opened fire on the crowd, though the army denied the account.",
            "soldiers opened fire on the crowd",
            "the account",
        ),
    ],
)
def test_a_contrasting_report_is_not_part_of_the_first(text: str, first: str, second: str) -> None:
    first_report, second_report = _attributions(text)
    assert first_report["content"]["text"] == first
    assert second_report["content"]["text"] == second
    assert second_report["parent"] is None


@pytest.mark.parametrize("text", ["The minister ruled out further strikes.", "Kyiv did not rule out talks."])
def test_ruling_something_out_is_a_stance_on_it(text: str) -> None:
    a = _one(text, "stance")
    assert a["cue_phrase"]["text"].endswith("rule out") or a["cue_phrase"]["text"] == "ruled out"


def test_an_apposition_inside_a_quote_stays_in_the_quote() -> None:
    a = _one(
        '"What you build is verification: observers, a telephone number that someone answers at '
        'night, a claim nobody denies," she said.',
        "direct",
    )
    assert a["content"]["text"].endswith("a claim nobody denies")


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army said on Sunday it had recaptured a strategic bridge in the capital.",
        "The army said in March it had recaptured a strategic bridge in the capital.",
    ],
)
def test_the_day_after_the_cue_is_when_it_was_said_not_what(text: str) -> None:
    a = _one(text, "indirect")
    assert a["content"]["text"] == "it had recaptured a strategic bridge in the capital"


def test_they_are_the_people_the_sentence_before_was_about() -> None:
    by_speaker = _speaker_names(
        'The Kremlin said the talks were "constructive." It added that a second round was possible.\n\n'
        "Ukrainian officials were more cautious. They said no agreement had been reached."
    )
    assert by_speaker["It"] == "Kremlin"
    assert by_speaker["They"] == "Ukrainian officials"


def test_a_minister_of_another_nation_is_not_the_last_speaker() -> None:
    out = analyze_text(
        "Defence Secretary Lloyd Austin spoke by phone with his Ukrainian counterpart on Monday. "
        "Austin said Washington would continue to support Kyiv. "
        "The Ukrainian minister thanked him for the aid."
    )
    by_cue = {a["cue"]["text"]: a["speaker"]["entity"] for a in out["attributions"]}
    assert by_cue["thanked"] != by_cue["said"]


def test_the_group_is_the_group_just_named_not_the_army_that_spoke() -> None:
    by_speaker = _speaker_names(
        "Hezbollah fired dozens of rockets into northern Israel on Tuesday, the Israeli military said. "
        "The group said it was responding to an Israeli strike."
    )
    assert by_speaker["The group"] == "Hezbollah"
    assert by_speaker["the Israeli military"] != "Hezbollah"


def test_a_denial_of_the_charge_answers_the_report_of_it() -> None:
    out = analyze_text(
        "Pakistan's foreign office said India had violated its airspace. "
        "New Delhi denied the charge, saying its jets never crossed the border."
    )
    by_cue = {a["cue"]["text"]: a for a in out["attributions"]}
    assert by_cue["denied"]["content"]["text"] == "the charge"
    assert by_cue["denied"]["answers"] == by_cue["said"]["id"]
    assert by_cue["said"]["answers"] is None and by_cue["saying"]["answers"] is None


def test_a_speaker_does_not_answer_their_own_report() -> None:
    out = analyze_text("The ministry said the convoy was attacked. It later repeated the claim.")
    assert all(a["answers"] is None for a in out["attributions"])


def test_according_to_between_subject_and_verb_frames_the_whole_clause() -> None:
    a = _one("The militants, according to witnesses, opened fire on the bus.", "according_to")
    assert a["content"]["text"] == "The militants, according to witnesses, opened fire on the bus"
    assert a["speaker"]["text"] == "witnesses"
    b = _one("The militants opened fire on the bus, according to witnesses.", "according_to")
    assert b["content"]["text"] == "The militants opened fire on the bus"


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "amount"),
    [
        ("Officials put the death toll at 45.", "Officials", "put the death toll at", "45"),
        ("Police placed the number at 10,000.", "Police", "placed the number at", "10,000"),
    ],
)
def test_putting_a_count_at_a_number_is_a_claim_of_it(text: str, speaker: str, cue: str, amount: str) -> None:
    a = _one(text, "indirect")
    assert (a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) == (speaker, cue, amount)


def test_a_contrasting_estimate_ends_the_first_report() -> None:
    first, second = _attributions(
        "Organisers said 50,000 people took part, while police put the number at 10,000."
    )
    assert first["content"]["text"] == "50,000 people took part"
    assert second["speaker"]["text"] == "police"


def test_a_quoted_object_of_a_stance_is_no_speech_of_the_subject() -> None:
    out = analyze_text(
        'The Kremlin leader insisted that Ukraine must first accept "new territorial realities."'
    )
    accept = [a for a in out["attributions"] if a["cue"]["text"] == "accept"]
    assert all(a["kind"] != "direct" for a in accept)


def test_a_group_named_by_a_possessive_is_named_for_its_possessor() -> None:
    by_speaker = _speaker_names(
        "Prime Minister Ola Berg has vowed to resign.\n\nHis aides said the decision was final."
    )
    assert by_speaker["His aides"] == "Ola Berg's aides"


def test_when_a_speaker_spoke_is_not_part_of_the_speaker_phrase() -> None:
    a = _one(
        "Officials in Berlin on Monday rejected reports that the blast was linked to the pipeline.",
        "indirect",
    )
    assert a["speaker"]["phrase"]["text"] == "Officials in Berlin"


def test_a_pronoun_nobody_was_named_for_is_an_unidentified_speaker_not_a_name() -> None:
    out = analyze_text('He said the bridge had been destroyed overnight. "We will rebuild it," he added.')
    entities = {e["id"]: e for e in out["entities"]}
    speakers = {a["speaker"]["entity"] for a in out["attributions"]}
    assert len(out["attributions"]) == 2 and len(speakers) == 1  # both "he"s are the same person
    speaker = entities[speakers.pop()]
    assert (speaker["name"], speaker["type"]) == ("unidentified person", "PERSON")
    assert [m["text"] for m in speaker["mentions"]] == ["He", "he"]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("It said the strike hit a fuel depot.", "unidentified source", "ORG"),
        ("They claimed the attack killed 12 soldiers.", "unidentified group", "GROUP"),
    ],
)
def test_an_unidentified_it_or_they_is_no_person(text: str, name: str, type_: str) -> None:
    out = analyze_text(text)
    speaker = _first_speaker(out)
    assert (speaker["name"], speaker["type"]) == (name, type_)


def test_a_description_names_the_unidentified_speaker_it_resolves_to() -> None:
    by_speaker = _speaker_names(
        '"The city is surrounded," he told reporters on Tuesday. The governor said supplies were low.'
    )
    assert by_speaker == {"he": "Governor", "The governor": "Governor"}


def test_he_after_a_report_is_its_reporter_not_a_person_named_inside_it() -> None:
    by_speaker = _speaker_names(
        "Army spokesman Nabil Abdallah said General Omar Hassan had ordered the assault. "
        "He said the bridge was now secure."
    )
    assert by_speaker["He"] == "Nabil Abdallah"


def test_the_group_is_the_armed_group_that_spoke_not_the_platform_it_posted_on() -> None:
    by_speaker = _speaker_names(
        "The RSF denied losing the bridge. In a post on Telegram, the group said its forces had "
        "repelled the attack."
    )
    assert by_speaker["the group"] == "RSF"


def test_the_army_is_never_the_armed_group_it_fights_nor_the_rebels_the_army() -> None:
    by_speaker = _speaker_names(
        "The RSF said it shot down a drone. The army denied the claim, saying the drone was its own."
    )
    assert by_speaker["The army"] == "Army"
    by_speaker = _speaker_names(
        "The army said it repelled an attack on the base. The rebels said they had captured the base."
    )
    assert by_speaker == {"The army": "Army", "The rebels": "Rebels"}
    # A state's army is still "the army" later on.
    by_speaker = _speaker_names(
        "The Israeli military said it struck a command post. The army said the strike was precise."
    )
    assert by_speaker["The army"] == "Israeli military"


def test_an_answer_without_that_is_the_answerers_denial_of_the_claim_before_it() -> None:
    # The parser makes "accusation" the subject of "denied" and "Valmora" its apposition.
    text = (
        "Congo's government accused Rwanda on Wednesday of sending soldiers across the border to "
        "fight alongside the M23, an accusation Kigali has repeatedly denied."
    )
    denial = next(a for a in _attributions(text) if a["cue"] and "denied" in a["cue"]["text"])
    assert denial["speaker"]["text"] == "Kigali" and denial["speaker"]["phrase"]["text"] == "Kigali"
    assert denial["content"]["text"].startswith("Rwanda on Wednesday of sending soldiers")


def test_a_counted_group_is_no_description_of_a_side() -> None:
    by_speaker = _speaker_names("The army said 40 rebels were killed, a figure the rebels dispute.")
    assert by_speaker["the rebels"] == "Rebels"


def test_an_added_or_withheld_report_hung_on_the_content_is_the_reporters() -> None:
    found = _attributions(
        "The ministry said two soldiers were wounded and added that the attack was repelled."
    )
    assert [(a["speaker"]["text"], a["cue"]["text"], a["content"]["text"]) for a in found] == [
        ("The ministry", "said", "two soldiers were wounded"),
        ("The ministry", "added", "the attack was repelled"),
    ]
    found = _attributions(
        "Russian officials said a fire broke out at an industrial site but did not confirm the cause."
    )
    said, withheld = found
    assert said["content"]["text"] == "a fire broke out at an industrial site"
    assert withheld["speaker"]["text"] == "Russian officials" and withheld["parent"] is None


def test_a_countrys_office_holder_is_a_person_and_its_envoy_speaks_for_it() -> None:
    out = analyze_text(
        "Israel's prime minister said the country would defend itself. Iran's envoy to the U.N. said "
        "Tehran would respond."
    )
    entities = {e["id"]: e for e in out["entities"]}
    by_speaker = {
        a["speaker"]["text"]: entities[a["speaker"]["entity"]] for a in out["attributions"] if a["speaker"]
    }
    assert (by_speaker["Israel's prime minister"]["name"], by_speaker["Israel's prime minister"]["type"]) == (
        "Israel's prime minister",
        "PERSON",
    )
    assert by_speaker["Iran's envoy"]["name"] == "Iran"
    assert _speaker_names("The ministry's spokesperson said the strike hit a depot.") == {
        "The ministry's spokesperson": "Ministry"
    }


def test_the_writers_contrast_after_a_closing_cue_is_not_what_was_said() -> None:
    found = _attributions("At least 12 were killed, local officials said, though the toll could rise.")
    assert [(a["speaker"]["text"], a["content"]["text"]) for a in found] == [
        ("local officials", "At least 12 were killed")
    ]


def test_a_body_that_says_it_did_nothing_and_accuses_another_makes_both_reports() -> None:
    found = _attributions(
        "Kyiv said it had nothing to do with the strike and accused Moscow of staging a provocation."
    )
    assert [(a["speaker"]["text"], a["cue"]["text"], a["content"]["text"], a["parent"]) for a in found] == [
        ("Kyiv", "said", "it had nothing to do with the strike", None),
        ("Kyiv", "accused", "Moscow of staging a provocation", None),
    ]


def test_a_sources_apposition_after_according_to_is_not_what_it_says() -> None:
    found = _attributions(
        "According to the Syrian Observatory for Human Rights, a Britain-based war monitor, at least "
        "40 fighters were killed in the clashes."
    )
    assert [a["content"]["text"] for a in found] == ["at least 40 fighters were killed in the clashes"]


def test_a_semicolon_ends_a_report_before_anothers_answer() -> None:
    out = analyze_text(
        "Baku said Armenian forces had fired on its positions in the Kalbajar district; Yerevan called "
        'the claim "disinformation."'
    )
    by_cue = {a["cue"]["text"]: a for a in out["attributions"] if a["cue"]}
    assert (
        by_cue["said"]["content"]["text"]
        == "Armenian forces had fired on its positions in the Kalbajar district"
    )
    assert by_cue["called"]["parent"] is None
    modality = {c["attribution"]: c["modality"] for c in out["claims"]}
    # calling the claim disinformation denies it; "called on X to" is still a demand
    assert modality[by_cue["said"]["id"]] == "asserted" and modality[by_cue["called"]["id"]] == "denied"
    demand = analyze_text("The senator said the minister had lied and called on the government to resign.")
    called_on = next(a for a in demand["attributions"] if a["cue"] and a["cue"]["text"].startswith("called"))
    assert {c["attribution"]: c["modality"] for c in demand["claims"]}[called_on["id"]] == "future"


def test_a_spokesman_for_a_named_body_speaks_for_it() -> None:
    by_speaker = _speaker_names(
        'The Red Cross said two of its staff were hurt. "Our teams will stay," a spokesman for the '
        "Red Cross said."
    )
    assert by_speaker["a spokesman"] == "Red Cross"
    assert _speaker_names("A Hamas spokesman said the talks had stalled.") == {"A Hamas spokesman": "Hamas"}
    assert _speaker_names("A police spokesman said officers were hurt.") == {"A police spokesman": "Police"}


def test_denying_wrongdoing_is_a_denied_claim_and_asking_that_a_request() -> None:
    out = analyze_text(
        'His lawyer denied any wrongdoing. "We couldn\'t sleep," said Fatima, a mother of three who '
        "asked that her surname not be used. Israel denied access to the crossing."
    )
    names = {e["id"]: e["name"] for e in out["entities"]}
    modality = {c["attribution"]: c["modality"] for c in out["claims"]}
    by_cue = {a["cue"]["text"]: a for a in out["attributions"] if a["cue"]}
    wrongdoing = next(a for a in out["attributions"] if a["content"]["text"] == "any wrongdoing")
    assert wrongdoing["kind"] == "indirect" and modality[wrongdoing["id"]] == "denied"
    asked = by_cue["asked"]
    assert names[asked["speaker"]["entity"]] == "Fatima" and modality[asked["id"]] == "future"
    # denying access is an act, not a claim
    access = next(a for a in out["attributions"] if a["content"]["text"].startswith("access"))
    assert access["kind"] == "stance"


def test_an_estimate_of_a_number_of_something_and_a_withheld_answer() -> None:
    out = analyze_text(
        "Opposition parties put the number of detainees at more than 100. Hezbollah confirmed his "
        "death but did not say how he was killed."
    )
    estimate = next(a for a in out["attributions"] if a["cue"] and a["cue"]["text"].startswith("put"))
    assert (
        estimate["speaker"]["text"] == "Opposition parties" and estimate["content"]["text"] == "more than 100"
    )
    # not saying how is no denial of anything: no claim
    withheld = next(a for a in out["attributions"] if a["content"]["text"] == "how he was killed")
    assert withheld["id"] not in {c["attribution"] for c in out["claims"]}
    assert "his death" in {c["text"] for c in out["claims"]}


def test_why_a_source_is_anonymous_is_nothing_it_said() -> None:
    found = _attributions(
        "Two Ukrainian officials, speaking on condition of anonymity to discuss sensitive matters, "
        "said Kyiv had asked for more air defence systems."
    )
    assert [a["cue"]["text"] for a in found if a["speaker"]["text"] == "Two Ukrainian officials"] == ["said"]
    assert (
        _attributions("The official spoke on the condition of anonymity to describe internal deliberations.")
        == []
    )


def test_a_name_given_on_no_ones_word_is_no_claim_but_a_reputation_is() -> None:
    out = analyze_text(
        "The Pakistani Taliban, known as the TTP, did not comment. The district, known as a hotbed of "
        "unrest, was shelled."
    )
    claims = {c["text"]: c["modality"] for c in out["claims"] if c["attribution"]}
    assert "the TTP" not in claims and claims["a hotbed of unrest"] == "hedged"


def test_a_sentence_with_its_own_that_clause_is_no_cue_for_the_quote_before_it() -> None:
    found = _attributions(
        'Hamas rejected the allegation as "a blatant lie." A spokesman for the group, Hazem Qassem, '
        "said in a statement that the victims were women and children."
    )
    by_cue = {a["cue"]["text"]: a for a in found}
    assert by_cue["said"]["kind"] == "indirect"
    assert by_cue["said"]["content"]["text"] == "the victims were women and children"


def test_an_agency_named_in_apposition_is_that_agency() -> None:
    out = analyze_text(
        "The Israeli military said it had struck a command centre. The U.N. agency for Palestinian "
        "refugees, UNRWA, said 70 percent of its schools had been hit."
    )
    agency = out["attributions"][-1]
    assert agency["speaker"]["text"] == "UNRWA"
    assert (
        agency["speaker"]["phrase"]["text"].rstrip(",") == "The U.N. agency for Palestinian refugees, UNRWA"
    )
    names = {e["id"]: e["name"] for e in out["entities"]}
    assert names[agency["speaker"]["entity"]] == "UNRWA"


def test_a_blogger_is_a_person() -> None:
    out = analyze_text(
        "One prominent blogger, who writes under the name Rybar, said Russian units had pulled back."
    )
    entity = _first_speaker(out)
    assert entity["type"] == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Will the ceasefire hold? the president asked in his nightly address.",
        "Where were the soldiers? the mother asked.",
    ],
)
def test_a_question_closed_by_its_cue_is_asked_by_the_cues_subject(text: str) -> None:
    out = analyze_text(text)
    (a,) = out["attributions"]
    assert (a["speaker"]["text"], a["cue"]["text"]) == (text.split("? ")[1].rsplit(" asked")[0], "asked")
    assert a["content"]["text"] == text.split("? ")[0] + "?"
    (claim,) = [c for c in out["claims"] if c["attribution"] == a["id"]]
    assert claim["modality"] == "question"


def test_a_question_word_is_no_speaker() -> None:
    out = analyze_text("Who ordered the strike? said the opposition leader.")
    assert [a["speaker"]["text"] for a in out["attributions"]] == ["the opposition leader"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Pro-Russian bloggers reported heavy losses near Robotyne.", "heavy losses near Robotyne"),
        (
            "The governor confirmed three deaths in the overnight strike.",
            "three deaths in the overnight strike",
        ),
        ("Rights groups alleged widespread abuses by the militia.", "widespread abuses by the militia"),
    ],
)
def test_a_fact_reported_as_a_noun_is_a_claim_of_the_reporter(text: str, content: str) -> None:
    out = analyze_text(text)
    a = _one(text, "indirect")
    assert a["content"]["text"] == content
    assert [c["asserted_by"] for c in out["claims"]] == [a["speaker"]["entity"]]


@pytest.mark.parametrize(
    "text", ["The army did not confirm the casualties.", "The ministry confirmed it on Monday."]
)
def test_an_unconfirmed_or_pronoun_object_is_no_claim(text: str) -> None:
    assert [a["kind"] for a in _attributions(text)] == ["stance"]


def test_an_analysts_assessment_is_a_hedged_report_but_assessing_a_thing_or_whether_is_none() -> None:
    out = analyze_text(
        "The Institute for the Study of War assessed that Russian forces were unlikely to take the "
        "city this year. Engineers assessed the damage to the dam. Officers assess whether such "
        "claims are credible."
    )
    (a,) = out["attributions"]
    assert a["content"]["text"] == "Russian forces were unlikely to take the city this year"
    assert [c["modality"] for c in out["claims"] if c["attribution"] == a["id"]] == ["hedged"]


@pytest.mark.parametrize(
    ("text", "same"),
    [
        (
            "The regional administration said loading had resumed. "
            "According to the port authority, 120,000 tonnes of grain were waiting.",
            False,
        ),
        (
            "Gaza's health ministry said 40 people were killed. "
            "The defence ministry said the strike targeted a command post.",
            False,
        ),
        (
            "Sudan's foreign ministry said the talks had failed. The ministry said a new round was needed.",
            True,
        ),
        (
            "The opposition party said the vote was rigged. "
            "The main opposition party said it would boycott the runoff.",
            True,
        ),
    ],
)
def test_an_institution_described_by_its_kind_is_no_other_institution(text: str, same: bool) -> None:
    speakers = [a["speaker"]["entity"] for a in _attributions(text)]
    assert len(speakers) == 2
    assert (speakers[0] == speakers[1]) is same


@pytest.mark.parametrize(
    ("text", "other", "name"),
    [
        (
            "Some residents said the shelling had stopped. Others said it continued through the night.",
            "Others",
            "Other residents",
        ),
        (
            "One soldier said the unit had run out of ammunition. Another said they had been told to hold.",
            "Another",
            "Another soldier",
        ),
        ("Many said they would not return.", "Many", "unidentified group"),
    ],
)
def test_others_are_more_people_of_the_last_speakers_kind_not_that_speaker(
    text: str, other: str, name: str
) -> None:
    out = analyze_text(text)
    by_speaker = _speaker_names(text)
    assert by_speaker[other] == name
    assert len({a["speaker"]["entity"] for a in out["attributions"]}) == len(out["attributions"])


def test_he_after_a_stance_naming_someone_is_its_speaker() -> None:
    by_speaker = _speaker_names(
        'Senate Majority Leader Chuck Schumer called the vote "a gift to Vladimir Putin" and vowed to '
        'bring the bill back next week. "History will judge this moment harshly," he said.'
    )
    assert by_speaker["he"] == "Chuck Schumer"


def test_a_statement_from_an_unnamed_body_is_that_bodys_and_a_bare_statement_is_unidentified() -> None:
    out = analyze_text(
        "Unions at two mines have threatened to strike, according to a statement from the miners' "
        "federation.\n\nA statement said the port would reopen on Monday."
    )
    names = {e["id"]: e["name"] for e in out["entities"]}
    by_cue = {a["cue"]["text"].lower(): names[a["speaker"]["entity"]] for a in out["attributions"]}
    assert by_cue["according to"] == "Miners' federation"
    assert by_cue["threatened"] == "Unions"  # bodies of their own, not the federation
    assert by_cue["said"] == "unidentified source"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("31 percent of Republicans say the U.S. is giving too much aid.", "31 percent of Republicans"),
        ("Half of the residents said they would leave.", "Half of the residents"),
        ("Most of the soldiers said they were exhausted.", "Most of the soldiers"),
    ],
)
def test_a_share_of_a_group_is_a_group_named_with_its_share(text: str, name: str) -> None:
    out = analyze_text(text)
    entity = _first_speaker(out)
    assert (entity["name"], entity["type"]) == (name, "GROUP")


def test_a_headline_army_is_the_bodys_military() -> None:
    out = analyze_text(
        "Sudan army says it retook key bridge\n\n"
        "Sudan's military said on Saturday it had recaptured a strategic bridge in Khartoum. "
        "Army spokesman Nabil Abdallah said troops had cleared the area."
    )
    speakers = {a["speaker"]["text"]: a["speaker"]["entity"] for a in out["attributions"]}
    assert speakers["Sudan army"] == speakers["Sudan's military"]


def test_a_denial_whose_verdict_comes_first_denies_the_clause_after_it() -> None:
    out = analyze_text('The ministry dismissed as "lies" reports that civilians had been killed.')
    (denial,) = [a for a in out["attributions"] if a["kind"] == "indirect"]
    assert denial["content"]["text"] == "civilians had been killed"
    assert [c["modality"] for c in out["claims"] if c["attribution"] == denial["id"]] == ["denied"]


def test_a_claim_from_unverified_reports_is_hedged() -> None:
    out = analyze_text(
        "According to unverified reports, dozens of soldiers have deserted. "
        "According to the ministry, the bridge was repaired."
    )
    modality = {c["text"]: c["modality"] for c in out["claims"] if c["attribution"]}
    assert modality == {"dozens of soldiers have deserted": "hedged", "the bridge was repaired": "asserted"}


def test_a_state_army_is_never_rebels_named_after_their_country() -> None:
    names = _speaker_names(
        "Yemen's Houthi rebels said they had fired two missiles at a tanker. "
        "The rebels have launched more than 100 attacks on shipping, according to the U.S. military."
    )
    assert names["the U.S. military"] == "U.S. military"
    names = _speaker_names(
        "The Myanmar National Democratic Alliance Army said 2,000 soldiers had surrendered. "
        "The military did not respond to requests for comment."
    )
    assert names["The military"] != "Myanmar National Democratic Alliance Army"


def test_china_peoples_liberation_army_is_a_state_army_and_a_liberation_army_is_not() -> None:
    names = _speaker_names(
        "The People's Liberation Army said it had held drills near the island. "
        "The rebels said they had seen the ships."
    )
    assert names["The rebels"] != "People's Liberation Army"
    names = _speaker_names(
        "The Karen National Liberation Army said it had taken the base. The army denied the claim."
    )
    assert names["The army"] != "Karen National Liberation Army"


def test_a_description_goes_to_the_body_whose_name_ends_in_it() -> None:
    names = _speaker_names(
        "The Myanmar National Democratic Alliance Army, one of three groups in the Three Brotherhood "
        "Alliance, said it had captured the town. The alliance has said it wants to close scam centres."
    )
    assert names["The alliance"] == "Three Brotherhood Alliance"


def test_a_spokesman_named_after_the_body_he_speaks_for_is_that_person() -> None:
    names = _speaker_names(
        "Houthi rebels said they hit a ship. A spokesman for the group, Yahya Saree, said in a "
        "televised statement that the vessel was on fire."
    )
    assert names["Yahya Saree"] == "Yahya Saree"


def test_rebels_or_fighters_of_a_named_group_are_that_group() -> None:
    out = analyze_text(
        "Yemen's Houthi rebels said they had hit a ship. The Houthis have launched 100 attacks, "
        "according to the U.S. military. Hamas fighters said they had ambushed a patrol near Hamas positions."
    )
    groups = {
        e["name"]: [m["text"] for m in e["mentions"]] for e in out["entities"] if e["type"] == "ARMED_GROUP"
    }
    houthis = next(mentions for mentions in groups.values() if "Houthis" in mentions)
    assert {"Yemen's Houthi rebels", "Houthi", "Houthis"} <= set(houthis)
    assert "Hamas fighters" in groups["Hamas"]


def test_a_body_named_after_its_kind_is_an_organisation_that_its_kind_describes_later() -> None:
    out = analyze_text(
        "The U.S. Central Command said the tanker reported minor damage. British maritime security "
        "firm Ambrey said the ship had been approached by a small boat. The firm did not say whether "
        "the boat was involved."
    )
    entities = {e["id"]: e for e in out["entities"]}
    speakers = {a["speaker"]["text"]: entities[a["speaker"]["entity"]] for a in out["attributions"]}
    assert (speakers["Ambrey"]["name"], speakers["Ambrey"]["type"]) == ("Ambrey", "ORG")
    assert speakers["The firm"]["name"] == "Ambrey"


def test_a_clause_before_a_semicolon_is_not_what_the_next_speaker_reported() -> None:
    out = analyze_text(
        "Moscow accused Kyiv of deliberately targeting civilians; "
        "Ukraine does not comment on strikes inside Russia."
    )
    assert all(c["modality"] != "denied" for c in out["claims"])
    speakers = {a["speaker"]["text"] for a in out["attributions"] if "targeting" in a["content"]["text"]}
    assert speakers == {"Moscow"}


def test_what_the_speaker_did_next_is_the_speakers_and_ends_the_report() -> None:
    out = analyze_text(
        "Ukrainian President Volodymyr Zelensky said Russia had launched 900 bombs at Ukrainian cities "
        "this week, and renewed his appeal to Western allies to allow strikes inside Russia."
    )
    by_cue = {a["cue_phrase"]["text"]: a for a in out["attributions"]}
    assert by_cue["said"]["content"]["text"] == "Russia had launched 900 bombs at Ukrainian cities this week"
    assert by_cue["renewed his appeal to"]["speaker"]["text"] == "Volodymyr Zelensky"


def test_a_that_clause_after_a_message_posted_somewhere_is_what_was_claimed() -> None:
    a = _one(
        "JNIM, for its part, claimed in a message posted on its propaganda channels that its fighters "
        "had seized the camp.",
        "indirect",
    )
    assert a["speaker"]["text"] == "JNIM"
    assert a["content"]["text"] == "its fighters had seized the camp"


def test_a_report_in_a_relative_clause_leaves_the_speaker_out_and_says_what_it_is_about() -> None:
    out = analyze_text("The plan, which the rebels say will fail, was approved on Monday.")
    (a,) = out["attributions"]
    assert a["content"]["text"] == "will fail"
    assert a["about"]["text"] == "The plan"
    (claim,) = out["claims"]
    assert claim["about"] == a["about"]


@pytest.mark.parametrize(
    "text",
    [
        "The army said it bombed depots of the Group for the Support of Islam and Muslims, known by its "
        "Arabic acronym JNIM.",
        "A Ukrainian drone attack on the city of Belgorod had killed two people, the governor said.",
        "A commander of the rebels, who declined to give his name, said they would fight on.",
    ],
)
def test_a_name_an_armed_attack_or_a_withheld_name_is_no_stance(text: str) -> None:
    assert [a["cue"]["text"] for a in _attributions(text)] == ["said"]


def test_a_body_named_in_apposition_to_its_kind_is_what_that_kind_later_describes() -> None:
    out = analyze_text(
        '"This is another reckless attack," the command said in a post on X.\n\n'
        "British maritime security firm Ambrey said the ship had been approached by a small boat about 60 "
        "nautical miles southeast of Aden before the explosion. "
        "The firm did not say whether the boat was involved."
    )
    names = {e["id"]: e["name"] for e in out["entities"]}
    speakers = {a["speaker"]["text"]: names[a["speaker"]["entity"]] for a in out["attributions"]}
    assert speakers["The firm"] == "Ambrey"


def test_a_complementizer_the_parser_made_a_subject_is_not_content() -> None:
    a = _one(
        "Junta spokesman Maj. Gen. Zaw Min Tun told state media that talks brokered by China were under way "
        "and that the army had withdrawn from some positions.",
        "indirect",
    )
    assert a["content"]["text"].startswith("talks brokered by China")


def test_a_closing_cue_the_parser_joined_to_the_verb_it_reports_still_reports_it() -> None:
    a = _one(
        "M23 rebels have captured the town of Rubaya, home to a large coltan mine, a United Nations report "
        "seen by Reuters said on Tuesday, as fighting in the province intensified.",
        "indirect",
    )
    assert a["cue"]["text"] == "said"
    assert a["content"]["text"] == "M23 rebels have captured the town of Rubaya, home to a large coltan mine"


def test_the_group_in_a_spokesmans_report_is_the_armed_group_not_a_panel_named_group() -> None:
    out = analyze_text(
        "The report, compiled by the U.N. Group of Experts, said Rwandan troops were fighting alongside the "
        "rebels. The M23, which says it is defending Tutsis, did not respond. Its spokesman Lawrence Kanyuka "
        "has previously said the group has no interest in the region's minerals."
    )
    names = {e["id"]: e["name"] for e in out["entities"]}
    speakers = {a["speaker"]["text"]: names[a["speaker"]["entity"]] for a in out["attributions"]}
    assert speakers["the group"] == "M23"


def test_the_agency_that_denies_a_charge_is_the_one_named_beside_it_never_the_accusing_country() -> None:
    out = analyze_text(
        "Israel has accused the U.N. agency for Palestinian refugees, UNRWA, of allowing Hamas to use its "
        "facilities, a charge the agency denies."
    )
    names = {e["id"]: e["name"] for e in out["entities"]}
    by_cue = {a["cue"]["text"]: a for a in out["attributions"]}
    assert names[by_cue["denies"]["speaker"]["entity"]] == "UNRWA"
    assert by_cue["accused"]["content"]["text"].endswith("of allowing Hamas to use its facilities")
    denied = [c for c in out["claims"] if c["modality"] == "denied"]
    assert [names[c["asserted_by"]] for c in denied] == ["UNRWA"]


def test_a_group_not_named_before_or_named_otherwise_is_no_armed_group_that_was() -> None:
    out = analyze_text(
        "The Rapid Support Forces killed more than 100 people in an attack on a village, a local rights "
        "group said on Saturday. The Emergency Lawyers group said RSF fighters stormed the village on Friday."
    )
    names = {e["id"]: e["name"] for e in out["entities"]}
    speakers = {a["speaker"]["text"]: names[a["speaker"]["entity"]] for a in out["attributions"]}
    assert speakers["a local rights group"] == "Local rights group"
    assert speakers["The Emergency Lawyers group"] == "Emergency Lawyers group"
    rsf = next(e for e in out["entities"] if e["name"] == "Rapid Support Forces")
    assert "RSF fighters" in [m["text"] for m in rsf["mentions"]]


def test_a_headline_passive_without_its_auxiliary_is_no_report_of_the_accused() -> None:
    out = analyze_text("Sudan's RSF accused of killing 100 in Darfur village\n\nThe army said little.")
    (accusation,) = [a for a in out["attributions"] if a["cue"]["text"] == "accused"]
    assert accusation["kind"] == "unsourced" and accusation["speaker"] is None


def test_those_charged_deny_the_charge_that_a_relative_pronoun_stands_for() -> None:
    out = analyze_text(
        "U.N. officials have warned that parts of Darfur are at risk of famine. Both sides have been accused "
        "of war crimes, which they deny."
    )
    (denial,) = [a for a in out["attributions"] if a["cue"]["text"] == "deny"]
    speaker = next(e for e in out["entities"] if e["id"] == denial["speaker"]["entity"])
    assert "Both sides" in [m["text"] for m in speaker["mentions"]]
    assert denial["about"]["text"] == "war crimes"


def test_a_group_backed_by_a_country_is_no_state_army() -> None:
    names = _speaker_names(
        "Lebanon's Hezbollah said it had fired rockets at an Israeli base. "
        "The Iran-backed group said in a statement that the attack was a response to the killing. "
        "The Israeli military confirmed it had killed the commander. Israel's military said 40 projectiles "
        "had crossed from Lebanon."
    )
    assert names["The Israeli military"] == names["Israel's military"]
    assert names["The Israeli military"] != names["The Iran-backed group"]


def test_an_act_in_the_reporting_tense_after_a_passive_report_is_the_reporters() -> None:
    out = analyze_text(
        "U.N. rights chief Volker Turk said the Gran Grif gang was believed to be behind the killings and "
        "urged authorities to hold those responsible to account. He said the ministry had investigated the "
        "case and denied the claims."
    )
    by_cue = {a["cue"]["text"]: a for a in out["attributions"]}
    assert by_cue["urged"]["speaker"]["text"] == "Volker Turk"
    first = next(a for a in out["attributions"] if a["cue"]["text"] == "said")
    assert first["content"]["text"] == "the Gran Grif gang was believed to be behind the killings"
    assert by_cue["denied"]["speaker"]["text"] == "the ministry"


def test_a_junta_is_not_the_general_staff_that_spoke_before() -> None:
    names = _speaker_names(
        "In a statement read on state television, the general staff said the strikes had destroyed several "
        "depots. The junta, which seized power in 2020, has denied targeting civilians in the past."
    )
    assert names["The junta"] != names["the general staff"]
