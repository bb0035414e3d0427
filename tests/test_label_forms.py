"""Label forms the page itself shows: prefixes before a label, names alone on a line,
natural-case labels used once, and nouns for unnamed voices.

Every page here is invented for the test.
"""

from __future__ import annotations

from transcript_cli import parse
from transcript_cli.boilerplate import first_label
from transcript_cli.labels import MIXED_LABEL, Grammar, label_at_start
from transcript_cli.reading import split_lines


def _turns(text: str) -> list[tuple[str | None, str, float | None]]:
    return [(t.label, t.text, t.start) for t in parse(text).turns if t.kind.value == "speech"]


# --- 1. A prefix before a label: closed-caption ">>" and a leading time stamp ---------


def test_a_caption_turn_mark_before_a_label_is_not_part_of_it() -> None:
    label = label_at_start(">> ODILE MARSH: GOOD EVENING, AND WELCOME.")
    assert label is not None
    assert label.text == "ODILE MARSH"
    assert ">> ODILE MARSH: GOOD EVENING, AND WELCOME."[label.end :] == "GOOD EVENING, AND WELCOME."


def test_caption_turn_marks_leave_no_trace_in_the_turns() -> None:
    page = (
        ">> ODILE MARSH: GOOD EVENING. THE TIDE\n"
        "CAME IN EARLY TONIGHT.\n"
        ">> BRAM KETTLE: IT DID, ODILE.\n"
        ">> ODILE MARSH: THANK YOU, BRAM.\n"
    )
    assert [(lab, text) for lab, text, _ in _turns(page)] == [
        ("ODILE MARSH", "GOOD EVENING. THE TIDE CAME IN EARLY TONIGHT."),
        ("BRAM KETTLE", "IT DID, ODILE."),
        ("ODILE MARSH", "THANK YOU, BRAM."),
    ]


def test_a_turn_mark_only_counts_at_the_start_of_a_line() -> None:
    assert label_at_start("he typed >> ODILE MARSH: into the box") is None


STAMPED = [
    "Ferry Notes, episode 12",
    "",
    "[00:00:05] Lena Ortiz: The ferry is late again.",
    "",
    "[00:00:09] Pavel Dunaj: It's always late in March.",
    "",
    "[00:01:05] Lena Ortiz: Why March?",
    "",
    "[00:01:07] Pavel Dunaj: The fog, mostly.",
]


def test_a_leading_time_stamp_does_not_hide_a_natural_case_label() -> None:
    grammar = Grammar.for_page(STAMPED)
    assert grammar.names == frozenset({"Lena Ortiz", "Pavel Dunaj"})
    found = first_label(split_lines("\n".join(STAMPED)), grammar)
    assert found is not None and found[0] == 2
    assert found[1].text == "Lena Ortiz"


def test_a_leading_time_stamp_still_gives_the_turn_its_start() -> None:
    turns = _turns("\n".join(STAMPED))
    assert turns[0] == ("Lena Ortiz", "The ferry is late again.", 5.0)
    assert turns[2] == ("Lena Ortiz", "Why March?", 65.0)


# --- 2. A name alone on its line, the words on the next line ---------------------------

EXPORT = """\
Home
Episodes
Search

Transcript

Ines Varga  0:04
Welcome to Root Cellar. I'm Ines Varga, and today we're talking about turnips.

Tomas Riel  0:12
Thanks for having me. I have a lot of feelings about turnips.

Ines Varga  1:03
Start with the worst one you ever grew.

Tomas Riel  1:15
Easy. It was the size of a fist and tasted like a battery.
"""


def test_otter_style_name_and_stamp_lines_are_labels() -> None:
    assert _turns(EXPORT) == [
        ("Ines Varga", "Welcome to Root Cellar. I'm Ines Varga, and today we're talking about "
         "turnips.", 4.0),
        ("Tomas Riel", "Thanks for having me. I have a lot of feelings about turnips.", 12.0),
        ("Ines Varga", "Start with the worst one you ever grew.", 63.0),
        ("Tomas Riel", "Easy. It was the size of a fist and tasted like a battery.", 75.0),
    ]


RADIO_HOUR = """\
The Borrowed Hour
Episode 40: Keys
Wren Adeyemi
Somebody in this building has a key to every door, and nobody knows who.
Cass Holm
I do. I've had it since the landlord before this one.
Wren Adeyemi
And you never told anyone?
Dov Prentiss
She told me. Once, at a party, and then she denied it.
Cass Holm
I denied it because it's a terrible secret to keep.
Wren Adeyemi
That's our show. Thanks for listening to The Borrowed Hour.
Credits
Mira Lowe
Produced by Mira Lowe and the whole team at the station.
"""


def test_name_lines_are_labels_when_the_page_repeats_the_pattern() -> None:
    grammar = Grammar.for_page(RADIO_HOUR.splitlines())
    # Dov Prentiss speaks once, among the recurring names: a label too. Mira Lowe
    # stands below the last of them, in the credits: not a speaker.
    assert grammar.alone == frozenset({"Wren Adeyemi", "Cass Holm", "Dov Prentiss"})
    labels = [lab for lab, _text, _start in _turns(RADIO_HOUR)]
    assert labels[:6] == [
        "Wren Adeyemi", "Cass Holm", "Wren Adeyemi", "Dov Prentiss", "Cass Holm", "Wren Adeyemi",
    ]
    assert "Mira Lowe" not in labels


def test_a_name_alone_once_is_a_headline_not_a_label() -> None:
    page = [
        "Mira Lowe",
        "The producer who rebuilt a radio station from a closet, in her own words.",
        "MIRA LOWE: It was a very small closet.",
        "HOST: How small?",
    ]
    assert Grammar.for_page(page).alone == frozenset()


def test_one_recurring_name_alone_is_not_a_pattern() -> None:
    page = [
        "Wren Adeyemi",
        "A reporter who covers housing for the station since the spring of this year.",
        "Wren Adeyemi",
        "A reporter who covers housing for the station since the spring of this year.",
    ]
    assert Grammar.for_page(page).alone == frozenset()


def test_menu_items_alone_on_a_line_are_not_names() -> None:
    page = [
        "Site Map", "About the station", "Press Room", "Jobs and internships",
        "Site Map", "About the station", "Press Room", "Jobs and internships",
    ]
    assert Grammar.for_page(page).alone == frozenset()


def test_one_word_alone_needs_a_time_stamp_to_be_a_name() -> None:
    page = [
        "Archive", "Every episode since the beginning, in one place.",
        "Donate", "Support the station with a monthly gift today.",
        "Archive", "Every episode since the beginning, in one place.",
        "Donate", "Support the station with a monthly gift today.",
    ]
    assert Grammar.for_page(page).alone == frozenset()
    stamped = [line.replace("Archive", "Ines  0:01").replace("Donate", "Tomas  0:09")
               for line in page]
    assert Grammar.for_page(stamped).alone == frozenset({"Ines", "Tomas"})


# --- 3. Natural-case labels used once ---------------------------------------------------

HEARING = """\
Hearing on Rural Bridges

Sen. Ada Quill (D-OR): The hearing will come to order. Coming up: the witnesses.

Sen. Bo Tarrant (R-NE): Thank you, Madam Chair.

Dr. Lise Moreau: Thank you for having me.

Hal Vinter: Senator, our bridges are older than our grandparents.

QUILL: Mr. Vinter, how many are closed?

VINTER: Eleven.

TARRANT: Eleven. Here's the thing: that is too many.
"""


def test_titles_parties_and_caps_surnames_vouch_for_labels_used_once() -> None:
    grammar = Grammar.for_page(HEARING.splitlines())
    assert grammar.names == frozenset(
        {"Sen. Ada Quill", "Sen. Bo Tarrant", "Dr. Lise Moreau", "Hal Vinter"}
    )
    labels = [lab for lab, _text, _start in _turns(HEARING)]
    assert labels == [
        "Sen. Ada Quill (D-OR)", "Sen. Bo Tarrant (R-NE)", "Dr. Lise Moreau", "Hal Vinter",
        "QUILL", "VINTER", "TARRANT",
    ]


def test_sentences_with_a_colon_stay_prose_on_a_labelled_page() -> None:
    turns = _turns(HEARING)
    assert turns[0][1] == "The hearing will come to order. Coming up: the witnesses."
    assert turns[-1][1] == "Eleven. Here's the thing: that is too many."
    page = [*HEARING.splitlines(), "Coming up: more bridges.", "Here's the thing: rust."]
    assert not {"Coming up", "Here's the thing"} & Grammar.for_page(page).names


def test_one_titled_name_alone_does_not_switch_the_grammar() -> None:
    page = [
        "Dr. Lise Moreau: A Life in Steel",
        "The engineer's memoir is out this week, and it is full of rivets.",
    ]
    assert Grammar.for_page(page).names == frozenset()


def test_a_name_whose_surname_is_a_caps_label_is_a_label() -> None:
    page = [
        "Hal Vinter: Our bridges are old.",
        "Nell Ashby: How old?",
        "VINTER: Older than the roads.",
        "ASHBY: Thank you.",
    ]
    assert Grammar.for_page(page).names == frozenset({"Hal Vinter", "Nell Ashby"})


def test_a_party_parenthesis_needs_a_party() -> None:
    page = [
        "Ada Quill (Portland): Good morning.",
        "Bo Tarrant (Omaha): Good morning to you.",
    ]
    assert Grammar.for_page(page).names == frozenset()


# --- 4. Nouns for unnamed voices ---------------------------------------------------------

CLINIC = """\
Nell Ashby:
The clinic opens at six, and by seven the benches are full.

Woman:
I drove two hours. I'll drive two more if I have to.

Nell Ashby:
Most of them say the same thing.

Man 2:
Next! Room three.

Ray Dunmore:
And that's the story, Nell. Thank you.

Nell Ashby:
Thank you, Ray.

Ray Dunmore:
Tomorrow: the night shift.
"""


def test_voice_nouns_are_labels_on_a_page_with_labels() -> None:
    labels = [lab for lab, _text, _start in _turns(CLINIC)]
    assert labels == [
        "Nell Ashby", "Woman", "Nell Ashby", "Man 2", "Ray Dunmore", "Nell Ashby", "Ray Dunmore",
    ]


def test_voice_nouns_are_prose_on_a_page_without_labels() -> None:
    page = [
        "Man: The measure of all things, said the philosopher.",
        "Woman: a word with a history, the essay begins.",
    ]
    grammar = Grammar.for_page(page)
    assert grammar.names == frozenset()
    assert grammar.at_start(page[0]) is None


def test_voice_nouns_alone_do_not_count_as_a_labelled_page() -> None:
    page = ["Man: one.", "Woman: two.", "Man: three.", "Woman: four."]
    assert Grammar.for_page(page).names == frozenset()


def test_a_print_style_interview_is_labeled_by_q_and_a() -> None:
    page = (
        "**Q:** Minister, will the heating be on in January?\n\n"
        "**A:** Yes. We have storage contracted.\n\n"
        "Q: And the price?\n\nA: Higher, but not by much.\n"
    )
    assert [lab for lab, _text, _start in _turns(page)] == ["Q", "A", "Q", "A"]


def test_one_q_or_a_line_is_not_an_interview() -> None:
    # "A:" alone opens a list item, "Q:" alone a FAQ entry.
    assert not Grammar.for_page(["A: the first option.", "Q: why?"]).qa


def test_natural_case_labels_inside_flattened_lines() -> None:
    page = (
        "Corinne Tallis: We are on month seven. Dennis Orlowski: I don't regret it. "
        "Corinne Tallis: Not once? Dennis Orlowski: Not once.\n"
    )
    assert [lab for lab, _text, _start in _turns(page)] == [
        "Corinne Tallis", "Dennis Orlowski", "Corinne Tallis", "Dennis Orlowski",
    ]


def test_a_sentence_after_a_comma_is_not_a_labels_description() -> None:
    m = MIXED_LABEL.match("Dr. Lee, you're recognized, and thank you. LEE: Thank you.")
    assert m is None
    m = MIXED_LABEL.match("Ana Ruiz, U.C. Davis: yes")
    assert m is not None and m.group("mname") == "Ana Ruiz"
