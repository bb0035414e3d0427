"""The head and foot of a page: where the transcript begins and ends when no marker says so.

Every page here is invented; each imitates the shape of a kind of real page (a TV
network's show page, a station story with a footer of related links, a podcast post).
"""

from __future__ import annotations

from transcript_cli import TurnKind, parse
from transcript_cli.markup import html_to_lines

NAV_THEN_TRANSCRIPT = """\
Evening Desk
Log In
World
Politics
Shows By Category

Harbor Crews Race Rising Tide; Mayor Defends Sandbag Plan

Aired June 3, 2025 - 21:00 ET

LENA MORROW, HOST: Good evening. The water is still rising tonight.

TOBIAS KEEL, CORRESPONDENT: Lena, the crews here have been working since dawn.

MORROW: Tobias, thank you.
"""

INTRO_THEN_TRANSCRIPT = """\
Menu
Donate

Why Small Ferries Keep Running

The ferry to Pell Island has run every day for 60 years. Host Ada Quill spoke with its captain.

ADA QUILL, HOST: How many crossings is that?

RUTH VANE: Too many to count.
"""

FOOTER_AFTER_LAST_TURN = """\
Why Small Ferries Keep Running

ADA QUILL, HOST: How many crossings is that?

RUTH VANE: Too many to count. But I remember the first one.

It was fog the whole way.

This segment aired on June 2, 2024.

Related:
Island schools fight to stay open
The last lighthouse keeper retires
Ada Quill

Want more stories like this? Get our weekly newsletter.

© Harbor Light Media LLC 2024 · All rights reserved
"""

LINK_LIST_AT_THE_END = """\
ADA QUILL, HOST: How many crossings is that?

RUTH VANE: Too many to count. But I remember the first one.

Island schools fight to stay open
The last lighthouse keeper retires
Ferry fares go up again
"""

CUT_OFF_PAGE = """\
ADA QUILL, HOST: How many crossings is that?

RUTH VANE: Too many to count. But I remember the first one, when the

Captain Vane
"""


def _texts(page: str) -> list[str]:
    return [t.text for t in parse(page).turns]


def test_menus_above_the_first_label_are_furniture() -> None:
    t = parse(NAV_THEN_TRANSCRIPT)
    assert [turn.label for turn in t.turns] == [
        "LENA MORROW, HOST", "TOBIAS KEEL, CORRESPONDENT", "MORROW",
    ]
    rules = {r.text: r.rule for r in t.boilerplate}
    for chrome in ("Evening Desk", "Log In", "Shows By Category"):
        assert rules[chrome] == "page-furniture"
    spoken = " ".join(turn.text for turn in t.turns)
    for chrome in ("Log In", "Shows By Category", "Evening Desk"):
        assert chrome not in spoken


def test_a_rush_transcript_notice_marks_where_the_transcript_starts() -> None:
    page = (
        "Evening Desk\n\nHarbor Crews Race Rising Tide\n\n"
        "Crews worked through the night as the river rose, officials said on Tuesday.\n\n"
        "This is a rush transcript. Copy may not be in its final form.\n\n"
        "LENA MORROW: Good evening.\n"
    )
    t = parse(page)
    rules = {r.text: r.rule for r in t.boilerplate}
    assert rules["Crews worked through the night as the river rose, officials said on "
                 "Tuesday."] == "before-transcript"
    assert [turn.text for turn in t.turns] == ["Good evening."]


def test_show_note_lines_shaped_like_labels_do_not_hide_the_transcript_heading() -> None:
    page = (
        "Episode 12: Salt\n\nHARBOR INSTITUTE: https://harbor.example.org\n\n"
        "Support for this show comes from listeners like you and the Pell Foundation.\n\n"
        "Transcript\n\nADA QUILL: Welcome back.\n"
    )
    t = parse(page)
    assert [turn.label for turn in t.turns] == ["ADA QUILL"]


def test_the_hosts_lead_in_above_the_first_label_stays() -> None:
    texts = _texts(INTRO_THEN_TRANSCRIPT)
    assert texts[0].startswith("The ferry to Pell Island has run every day")
    assert "Menu" not in " ".join(texts)


def test_the_footer_after_the_last_turn_is_not_the_last_speakers_words() -> None:
    t = parse(FOOTER_AFTER_LAST_TURN)
    last = t.turns[-1]
    assert last.label == "RUTH VANE"
    assert last.text == (
        "Too many to count. But I remember the first one.\n\nIt was fog the whole way."
    )
    rules = {r.text: r.rule for r in t.boilerplate}
    assert rules["This segment aired on June 2, 2024."] == "segment-aired"
    assert rules["Island schools fight to stay open"] == "after-transcript"
    assert rules["© Harbor Light Media LLC 2024 · All rights reserved"] in {
        "copyright-sign", "after-transcript",
    }


def test_a_link_list_ending_the_page_is_furniture() -> None:
    t = parse(LINK_LIST_AT_THE_END)
    assert t.turns[-1].text == "Too many to count. But I remember the first one."
    assert len([r for r in t.boilerplate if r.rule == "page-furniture"]) == 3


def test_a_page_cut_off_after_a_short_line_keeps_it() -> None:
    # One short line at the very end may be the rest of the speech: only two or more
    # such lines are a link list.
    t = parse(CUT_OFF_PAGE)
    assert t.turns[-1].text.endswith("Captain Vane")


def test_figure_captions_in_html_are_not_speech() -> None:
    page = (
        "<p><strong>ADA QUILL:</strong> How many crossings is that?</p>\n"
        "<figure><img src='ferry.jpg'><figcaption>The ferry at dawn. "
        "<span>Jo Reyes/Harbor Light</span></figcaption></figure>\n"
        "<p>Too many to count, she says.</p>\n"
    )
    html = html_to_lines(page)
    assert "The ferry at dawn." not in " ".join(line.text for line in html.lines)
    assert {r.rule for r in html.removed} == {"html-caption"}
    t = parse(page)
    assert all("ferry at dawn" not in turn.text for turn in t.turns)


def test_episode_part_headings_are_not_speech() -> None:
    page = (
        "Prologue\n\nADA QUILL: Today, things we lost.\n\n"
        "Act One: The Lost Keys\n\nRUTH VANE: I had them in my hand.\n"
    )
    t = parse(page)
    assert [turn.kind for turn in t.turns] == [TurnKind.SPEECH, TurnKind.SPEECH]
    assert t.turns[0].text == "Today, things we lost."
    assert {r.rule for r in t.boilerplate} >= {"part-heading"}


def test_time_stamps_standing_alone_separate_unlabeled_segments() -> None:
    # A podcast app's transcript names no speakers: each stamped segment is its own turn,
    # with the stamp as its start.
    page = (
        "Tidewater\n\nShow more\n\nTranscript\n\n"
        "0:03\nWelcome back to Tidewater. I'm Wren Ito.\n"
        "0:09\nAnd I'm Cal Mendes. Today, the ferry.\n"
        "0:15\nIt has run every day for sixty years.\n"
    )
    t = parse(page)
    assert [(turn.start, turn.text) for turn in t.turns] == [
        (3.0, "Welcome back to Tidewater. I'm Wren Ito."),
        (9.0, "And I'm Cal Mendes. Today, the ferry."),
        (15.0, "It has run every day for sixty years."),
    ]


def test_a_player_at_zero_is_chrome_but_a_stamp_in_a_labeled_transcript_is_a_start() -> None:
    page = (
        "Play Live Radio\n0:00\n\nADA QUILL: How many crossings?\n\n"
        "01:12\nRUTH VANE: Too many to count.\n"
    )
    t = parse(page)
    assert {r.text: r.rule for r in t.boilerplate}["0:00"] == "player-time"
    assert [turn.start for turn in t.turns] == [None, 72.0]


def test_a_narrators_paragraph_about_the_speaker_is_not_their_words() -> None:
    page = (
        "MARÍA CORTÉS: My grandmother worked these pans.\n\n"
        "María Cortés is fifty-eight. She has raked salt here since she was nine.\n\n"
        "MARÍA CORTÉS: Every summer.\n\n"
        "And my mother too, she would say.\n"
    )
    t = parse(page)
    assert [(turn.label, turn.text) for turn in t.turns] == [
        ("MARÍA CORTÉS", "My grandmother worked these pans."),
        (None, "María Cortés is fifty-eight. She has raked salt here since she was nine."),
        ("MARÍA CORTÉS", "Every summer.\n\nAnd my mother too, she would say."),
    ]
    assert t.turns[1].speaker is None


def test_an_unlabeled_transcript_loses_its_front_matter_and_its_link_lists() -> None:
    page = (
        "Podcasts Preview\nBrowse\n\nSmall Hours\nComedy · Updated Weekly\n\n"
        "Transcript\n\n"
        "0:00\nHey, welcome back to Small Hours.\n"
        "0:04\nAnd today we are in a laundromat.\n\n"
        "More Episodes\nThe Toaster Files\nGhost Ships\n"
    )
    t = parse(page)
    assert [turn.text for turn in t.turns] == [
        "Hey, welcome back to Small Hours.", "And today we are in a laundromat.",
    ]
    rules = {r.text: r.rule for r in t.boilerplate}
    assert rules["Browse"] == "before-transcript"
    assert rules["The Toaster Files"] in {"after-transcript", "page-furniture"}


def test_an_unlabeled_page_with_no_marker_keeps_its_text() -> None:
    page = "Welcome back to the show.\n\nToday, the ferry.\n"
    assert [turn.text for turn in parse(page).turns] == [
        "Welcome back to the show.\n\nToday, the ferry.",
    ]


def test_a_byline_that_wraps_takes_its_second_name_and_the_headline_stays_the_title() -> None:
    page = (
        "Menu\n\nA beekeeper on the winter that nearly took her hives\n"
        "WUNC | By Terrence Albright,\nKelsey Moreau\nPublished March 2, 2025 at 6:00 AM EST\n\n"
        "ANA REYES, HOST: Good morning.\n\nJUNE PARK: Morning.\n"
    )
    t = parse(page)
    assert t.title == "A beekeeper on the winter that nearly took her hives"
    rules = {r.text: r.rule for r in t.boilerplate}
    assert rules["Kelsey Moreau"] == "byline-and-outlet"
    assert [turn.label for turn in t.turns] == ["ANA REYES, HOST", "JUNE PARK"]


def test_a_time_stamp_in_a_label_is_the_turns_start_not_part_of_the_name() -> None:
    page = (
        "Dana Ruiz (00:00:04): Welcome back.\n\nKofi Mensah (00:00:07): Thanks.\n\n"
        "Dana Ruiz (00:00:11): So.\n\nKofi Mensah (00:01:02): Yes.\n"
    )
    t = parse(page)
    assert [(turn.label, turn.start) for turn in t.turns] == [
        ("Dana Ruiz", 4.0), ("Kofi Mensah", 7.0), ("Dana Ruiz", 11.0), ("Kofi Mensah", 62.0),
    ]
    assert [(s.name, s.labels, s.title) for s in t.speakers] == [
        ("Dana Ruiz", ["Dana Ruiz"], None), ("Kofi Mensah", ["Kofi Mensah"], None),
    ]


def test_html_furniture_is_known_by_its_class_and_nesting_is_followed() -> None:
    page = (
        "<header><a href='/'>Harbor Radio</a><h1>Why Ferries Keep Running</h1></header>\n"
        "<div class='byline'><span>By Ana Ruiz</span> <time>June 3, 2025</time></div>\n"
        "<p class='story-summary'>The ferry has run for sixty years.</p>\n"
        "<div class='article-body'>\n"
        "<p><strong>ADA QUILL:</strong> How many crossings?</p>\n"
        "<div class='related-links'><div><a href='/a'>Island schools</a></div>"
        "<div><a href='/b'>Lighthouse keepers</a></div></div>\n"
        "<p>Too many, she says.</p>\n"
        "<aside><p>Sign up<p>Donate</aside>\n"
        "<p><strong>RUTH VANE:</strong> Too many to count.</p>\n"
        "</div>\n"
    )
    html = html_to_lines(page)
    kept = " ".join(line.text for line in html.lines)
    for chrome in ("By Ana Ruiz", "sixty years", "Island schools", "Lighthouse", "Donate"):
        assert chrome not in kept
    assert "Too many, she says." in kept and "Too many to count." in kept
    assert html.title == "Why Ferries Keep Running"
    t = parse(page)
    assert [turn.label for turn in t.turns] == ["ADA QUILL", "RUTH VANE"]
    assert t.turns[0].text == "How many crossings?\n\nToo many, she says."


def test_a_marker_low_on_an_unlabeled_page_does_not_take_the_text_above_it() -> None:
    # With no label, a rule line near the foot is not where the transcript begins.
    body = "\n\n".join(f"Paragraph {k} of the story, told in full sentences." for k in range(8))
    t = parse(f"{body}\n\n---\n\nMore stories\n")
    assert len(t.turns[0].text.split("\n\n")) == 8


def test_caption_file_timings_and_cue_numbers_are_not_speech() -> None:
    page = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.200\nAna Ruiz: Welcome back.\n\n"
        "2\n00:00:04.300 --> 00:00:07.900\nBen Ito: Thanks.\n\n"
        "3\n00:00:08.000 --> 00:00:09.000\nAna Ruiz: So.\n\n"
        "4\n00:00:09.100 --> 00:00:12.900\nBen Ito: Yes.\n"
    )
    t = parse(page)
    assert [(turn.label, turn.text) for turn in t.turns] == [
        ("Ana Ruiz", "Welcome back."), ("Ben Ito", "Thanks."), ("Ana Ruiz", "So."),
        ("Ben Ito", "Yes."),
    ]


def test_a_staff_bio_after_the_last_turn_is_footer() -> None:
    page = (
        "ADA QUILL, HOST: How many crossings?\n\nRUTH VANE: Too many to count.\n\n"
        "Jessa Whitcomb\nJessa Whitcomb covers courts and public safety for Harbor Radio.\n\n"
        "Most Read\n"
    )
    t = parse(page)
    assert t.turns[-1].text == "Too many to count."
    rules = {r.text: r.rule for r in t.boilerplate}
    assert rules["Jessa Whitcomb"] == "staff-bio"


def test_a_bio_said_inside_a_turn_stays() -> None:
    page = (
        "ADA QUILL, HOST: Jessa Whitcomb covers courts for us. Jessa?\n\n"
        "JESSA WHITCOMB: Thanks, Ada.\n"
    )
    assert parse(page).turns[0].text == "Jessa Whitcomb covers courts for us. Jessa?"


def test_a_paragraph_opening_with_a_dateline_is_written_for_the_web() -> None:
    page = (
        "PELL ISLAND, MAINE — The ferry has run every day for sixty years, its captain "
        "told Harbor Radio this week.\n\n"
        "ADA QUILL, HOST: How many crossings is that?\n\nRUTH VANE: Too many to count.\n"
    )
    t = parse(page)
    assert [turn.label for turn in t.turns] == ["ADA QUILL, HOST", "RUTH VANE"]
    assert {r.rule for r in t.boilerplate} == {"web-summary"}


def test_a_copyright_glued_to_the_last_line_of_speech_is_cut_off_it() -> None:
    t = parse(
        "ANA RUIZ: Thanks for coming. BEN ITO: Thank you. Copyright 2025 Harbor Public "
        "Media. This transcript has been lightly edited for clarity.\n"
    )
    assert [turn.text for turn in t.turns] == ["Thanks for coming.", "Thank you."]
    assert parse("ANA RUIZ: It was the Copyright 1976 Act.\n").turns[0].text == (
        "It was the Copyright 1976 Act."
    )


def test_a_bio_without_an_article_and_forum_furniture() -> None:
    page = (
        "ADA QUILL, HOST: How many crossings?\n\nRUTH VANE: Too many to count.\n\n"
        "Ada Quill\nAda Quill is host of The Harbor Hour on Harbor Radio.\n"
    )
    assert parse(page).turns[-1].text == "Too many to count."
    forum = (
        "Posts: 1284\nJoined: Mon Feb 04, 2019\n\nHere is the transcript I promised.\n\n"
        "ANA RUIZ: The hydrants are old.\n\nBEN ITO: Older than me.\n\n"
        "Posts: 12\nJoined: Tue Mar 05, 2024\n"
    )
    assert {s.name for s in parse(forum).speakers} == {"Ana Ruiz", "Ben Ito"}


def test_a_funding_credit_read_under_a_bare_label_is_that_speakers_words() -> None:
    page = (
        "Speaker 1 (00:00:03): Welcome to Soil and Signal.\n\n"
        "Speaker 3 (00:02:19):\n\n"
        "Support for Soil and Signal comes from Meadowlark Tools, makers of garden hoes.\n\n"
        "Speaker 1 (00:02:36): And we're back.\n\nSpeaker 3 (00:03:00): Thanks.\n"
    )
    t = parse(page)
    assert t.turns[1].text.startswith("Support for Soil and Signal comes from Meadowlark")
    standalone = parse("Support for Soil and Signal comes from listeners.\n\nANA RUIZ: Hi.\n")
    assert [turn.text for turn in standalone.turns] == ["Hi."]


def test_a_radio_scripts_cues_in_capitals_are_events() -> None:
    page = (
        "NARRATOR: The night was cold.\n\nSOUND: WIND. A GATE CREAKS OPEN.\n\n"
        "MUSIC: THEME, UP AND UNDER\n\nHARRIET: Who is there?\n\n"
        "Music: \"Paper Boats,\" by the Tide Band\n"
    )
    t = parse(page)
    assert [(turn.kind, turn.text) for turn in t.turns if turn.kind is TurnKind.EVENT] == [
        (TurnKind.EVENT, "SOUND: WIND. A GATE CREAKS OPEN."),
        (TurnKind.EVENT, "MUSIC: THEME, UP AND UNDER"),
    ]
    assert {s.name for s in t.speakers} == {"Narrator", "Harriet"}
