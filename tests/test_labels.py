"""The label grammar: what starts a turn and what never does."""

from __future__ import annotations

import pytest

from transcript_cli.labels import Grammar, label_at_start, labels_inside

LABELS = [
    ("KHALID: We're joined now", "KHALID"),
    ("MADIHA AFZAL: Thanks", "MADIHA AFZAL"),
    ("STEVE INSKEEP, HOST: Good morning", "STEVE INSKEEP, HOST"),
    ("MAX FOSTER, CNN CORRESPONDENT: Yes", "MAX FOSTER, CNN CORRESPONDENT"),
    ("KENNETH ROGOFF, PROFESSOR OF ECONOMICS, HARVARD UNIVERSITY: Well",
     "KENNETH ROGOFF, PROFESSOR OF ECONOMICS, HARVARD UNIVERSITY"),
    ('TERRY GROSS, HOST OF "FRESH AIR": Hello', 'TERRY GROSS, HOST OF "FRESH AIR"'),
    ("JOHN YDSTIE, host: ", "JOHN YDSTIE, host"),
    ("CARRIE KAHN reporting: California", "CARRIE KAHN reporting"),
    ("Representative ED ROYCE (Republican, California): Immigration",
     "Representative ED ROYCE (Republican, California)"),
    ("Sheriff RICK FLORES (Webb County, Texas): We", "Sheriff RICK FLORES (Webb County, Texas)"),
    ("Chief Patrol Agent LENA MARSH (Tucson Sector): x",
     "Chief Patrol Agent LENA MARSH (Tucson Sector)"),
    ("Mr. McGREE: It", "Mr. McGREE"),
    ("MR. O'BRIEN: It", "MR. O'BRIEN"),
    ("UNIDENTIFIED PERSON #1: Who", "UNIDENTIFIED PERSON #1"),
    ("Unidentified Man #2: Welcome", "Unidentified Man #2"),
    ("Unidentified Man: Bula", "Unidentified Man"),
    ("Interviewer:  Can you", "Interviewer"),
    ("P.W. SINGER: There", "P.W. SINGER"),
    ("HOROWITZ-GHAZI: And", "HOROWITZ-GHAZI"),
    ("JUAN GONZÁLEZ: Nora", "JUAN GONZÁLEZ"),
    ("AMY GOODMAN:", "AMY GOODMAN"),
    ("ORTEGA (on camera): Crews", "ORTEGA (on camera)"),
    ("    FARAI CHIDEYA, host: I'm", "FARAI CHIDEYA, host"),
    ("**Len Osanic** Hello", "Len Osanic"),
    ("**Interviewer:** Can you", "Interviewer"),
    ("**Joe Holsinger (former aide):** ...", "Joe Holsinger (former aide)"),
    ("__KHALID__: Hi", "KHALID"),
]

NOT_LABELS = [
    "Note: This episode first aired in 2019.",
    "OK: a car accident on Route 9",
    "Coming up: Are the rivers running dry? But first:",
    "The busiest time is at 2:00 a.m., believe it or not.",
    "https://www.npr.org/transcripts/784799724",
    "Here is the thing about a night shift: nobody sees it.",
    "T.J. Rowan, welcome to the program.",
    "Next Up:",
    "Music: \"Paper Boats,\" \"Low Tide\"",
    "Find us: Mastodon / Bluesky",
    "A: yes",
    "NPR: the network",
    "Judy Woodruff: hello",  # natural case: only once the page shows it is a label
    "**Note:** this is not a speaker",
    "**Transcript**",
]


@pytest.mark.parametrize(("line", "label"), LABELS, ids=[x[1] for x in LABELS])
def test_labels_are_recognised_as_written(line: str, label: str) -> None:
    found = label_at_start(line)
    assert found is not None
    assert found.text == label


@pytest.mark.parametrize("line", NOT_LABELS)
def test_sentences_with_colons_are_not_labels(line: str) -> None:
    assert label_at_start(line) is None
    assert labels_inside(line) == []


def test_labels_inside_a_flattened_line_follow_a_sentence_end() -> None:
    line = (
        "the road is open. NORA LINDH, HOST: The ferry runs again. OTTO PRAY, BYLINE: The dock "
        "is new. Pray says: it was late. PRAY: Then rain. President ANNA R. VOSS: We thank you."
    )
    assert [lab.text for lab in labels_inside(line)] == [
        "NORA LINDH, HOST", "OTTO PRAY, BYLINE", "PRAY", "President ANNA R. VOSS",
    ]


def test_a_label_inside_a_sentence_is_not_a_turn() -> None:
    assert labels_inside("we heard from the group ISIS-K: it said nothing") == []


def test_natural_case_names_become_labels_when_the_page_repeats_them() -> None:
    page = [
        "Judy Woodruff: Good evening.",
        "Paul Grady: Thank you, Judy.",
        "Judy Woodruff: Tell us more.",
        "Paul Grady: Well.",
        "Anna Beck, Town Clerk: We dug.",
        "Here's the thing: it worked.",
    ]
    grammar = Grammar.for_page(page)
    assert grammar.at_start(page[0]) is not None
    assert grammar.at_start(page[4]) is not None
    assert grammar.at_start(page[5]) is None


def test_one_natural_case_name_is_not_enough_to_switch_the_grammar() -> None:
    page = ["Step One: mix.", "Step One: again.", "Then: bake."]
    assert Grammar.for_page(page).names == frozenset()


def test_long_runs_of_capitals_are_bounded() -> None:
    line = "A " * 50_000 + ":"
    assert label_at_start(line) is None
    labels_inside(". " + line)  # must return, not backtrack for minutes


def test_one_repeated_natural_case_name_beside_fixed_labels_is_a_dialogue() -> None:
    page = [
        "Interviewer: Where were you?",
        "Joe Holsinger: In Washington.",
        "Interviewer: Why?",
        "Joe Holsinger: To testify.",
    ]
    assert Grammar.for_page(page).names == frozenset({"Joe Holsinger"})
