"""The story title: which line of a page's head is its headline.

Every page here is invented. Most are copied the way a browser copies a page: one
line per element, no blank lines, navigation first, then the headline with its date
and byline around it.
"""

from __future__ import annotations

import pytest

from transcript_cli import parse
from transcript_cli.rules.boilerplate import LINE_RULES, STORY_META_RULES

TURNS = (
    "MARISOL QUINTANA: Good morning. The ferry to the island runs twice a day now.\n"
    "OWEN MARSH: And it used to run four times.\n"
    "QUINTANA: That's right, and the new boat is a year late.\n"
)


def _title(head: str, turns: str = TURNS) -> str | None:
    return parse(head + turns).title


def test_a_headline_above_a_bare_byline_name_and_its_date() -> None:
    head = (
        "Pine Hollow Radio\nSkip to main content\nMenu\nNews\nCulture\n"
        "The Morning Report\n"
        "Ferry Fares Rise Again as the Island Waits for a New Boat\n"
        "Marisol Quintana\n"
        "Sep 3, 2025\n"
        "Save Article\n"
    )
    page = parse(head + TURNS)
    assert page.title == "Ferry Fares Rise Again as the Island Waits for a New Boat"
    assert page.title_line == 7


def test_a_program_name_above_its_date_does_not_beat_the_headline_under_it() -> None:
    head = (
        "Menu\nShows\nThe Evening Ledger\nJun 2, 2025\n"
        "Egg prices cool, rents do not, and a diner counts its pennies\n"
        "Owen Marsh\nJun 2, 2025\nDownload\n"
    )
    assert _title(head) == "Egg prices cool, rents do not, and a diner counts its pennies"


@pytest.mark.parametrize(
    "meta",
    [
        "Tuesday, June 10, 2025",
        "Originally aired 04.02.2024",
        "Science Apr 9, 2024 7:15 PM EDT",
        "May 2, 2024 · 41 min · Season 2",
        "Posted May 5, 2024 by The Valley Desk",
        "By — Owen Marsh",
        "By: Owen Marsh",
        "2024-05-02",
    ],
)
def test_a_headline_is_found_above_each_shape_of_date_or_byline(meta: str) -> None:
    head = f"Menu\nPodcasts\nEpisodes\nWhy the Island Ferry Keeps Breaking Down\n{meta}\nShare\n"
    assert _title(head) == "Why the Island Ferry Keeps Breaking Down"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Tuesday, June 10, 2025", "story-date"),
        ("10 June 2025", "story-date"),
        ("06.10.2025", "story-date"),
        ("Originally aired 04.02.2024", "aired-on"),
        ("Aired June 2, 2024 - 20:00 ET", "aired-on"),
        ("Science Apr 9, 2024 7:15 PM EDT", "section-date"),
        ("Arts & Culture Apr 9, 2024 7:15 PM EDT", "section-date"),
        ("May 2, 2024 · 41 min · Season 2", "date-and-details"),
        ("Jun 02, 2025 | 9:30am EST | Channel 4", "date-and-details"),
        ("Posted May 5, 2024 by The Valley Desk", "published-date"),
        ("Updated on Friday, May 3, 2024 at 6:10 PM CDT", "published-date"),
        ("By — Owen Marsh", "byline"),
        ("3,210 views  May 1, 2024  #rivers #boats", "video-stats"),
        ("12K subscribers", "video-stats"),
    ],
)
def test_story_meta_shapes_are_story_meta(line: str, rule: str) -> None:
    found = LINE_RULES.first(line)
    assert found is not None and found.name == rule
    assert rule in STORY_META_RULES


@pytest.mark.parametrize(
    "spoken",
    [
        "On Tuesday, June 10, 2025, the council voted.",
        "Since April 9, 2024 at 7:15 PM nothing has moved",
        "Since April 9, 2024 at 7:15 PM",
        "And then Apr 9, 2024 6:42 PM EST",
        "We aired it on 04.02.2024 and again in May.",
        "Science Apr 9, 2024 was the day it changed",
        "Nobody had three views on it, really.",
        "By the time the boat came in, it was 7:15 PM EDT.",
    ],
)
def test_date_rules_do_not_take_spoken_lines(spoken: str) -> None:
    found = LINE_RULES.first(spoken)
    assert found is None or found.name not in STORY_META_RULES


def test_a_program_line_right_above_the_headline_is_not_the_title() -> None:
    head = (
        "Donate\nMorning Notes\nMorning Notes with Ida Park and Lou Chen\n"
        "Why small-town libraries are lending out fishing rods\nMarch 3, 2025\n"
        "Ida Park\nLou Chen\nListen\n"
    )
    assert _title(head) == "Why small-town libraries are lending out fishing rods"


def test_a_video_title_over_its_channel_and_counts() -> None:
    head = (
        "VideoSite\nSearch\nSign in\n"
        "Can Old Mines Store Summer Heat? | Dr. Ines Varga on Deep Batteries\n"
        "Under The Hill Lab\n12K subscribers\nSubscribe\nShare\n"
        "3,210 views  May 1, 2024  #energy #mines\n"
        "Show transcript\nSearch in video\n"
    )
    assert _title(head) == "Can Old Mines Store Summer Heat? | Dr. Ines Varga on Deep Batteries"


def test_a_page_head_of_navigation_only_has_no_title() -> None:
    head = "Pine Hollow Radio\nMenu\nNews\nShows\nEpisodes\nShows By Category\nSearch in video\n"
    assert _title(head) is None


def test_a_sharing_bar_standing_alone_is_not_a_title() -> None:
    head = "Skip to content\nHome\n\nShare this episode: Facebook  Twitter  Email\nDownload MP3\n\n"
    assert _title(head) is None


def test_a_long_headline_of_chained_stories_right_above_its_air_date() -> None:
    headline = (
        "Ice Jam Floods Two River Towns; Mayor Orders Boil Notice; Interview With Bridge "
        "Inspector Lena Okafor. Aired 8-9p ET"
    )
    head = (
        "Transcripts\nShows By Category\n\nNIGHTLINE DESK WITH RAY COLE\n\n"
        f"{headline}\n\nAired June 2, 2024 - 20:00   ET\n\n"
    )
    assert len(headline.split()) > 16
    assert _title(head, "\n" + TURNS) == headline


def test_a_spoken_line_is_not_a_title_by_length_alone() -> None:
    head = "\nWe begin tonight on the river; the ice moved at dawn, and the towns woke to it\n\n"
    assert _title(head, "\n" + TURNS) is None


MARKDOWN = """[![Tide Tables](https://cdn.example.org/logo.png)](https://tidetables.example.org/)

# [Tide Tables](https://tidetables.example.org/)

Subscribe

# Ep. 7: The Harbor Pilot Who Never Sleeps

### A conversation about fog, radar and the 4 a.m. watch

[Ines Varga](https://posts.example.org/@inesvarga)

May 02, 2024

**Ines Varga:** Welcome back. Today I'm on a pilot boat.

**Owen Marsh:** Mind the step, it's wet.
"""


def test_markdown_takes_the_posts_heading_not_the_author_link_or_the_masthead() -> None:
    assert parse(MARKDOWN).title == "Ep. 7: The Harbor Pilot Who Never Sleeps"


def test_a_headline_linked_to_its_story_still_wins() -> None:
    page = (
        "[Moths at Midnight](https://radio.example.org/2024/05/01/moths-at-midnight)\n\n"
        "# Notes\n\n" + TURNS
    )
    assert parse(page).title == "Moths at Midnight"


def test_a_link_to_a_person_is_not_the_headline() -> None:
    page = "[Owen Marsh](https://example.org/people/owen-marsh)\n\n# Low Tide Stories\n\n" + TURNS
    assert parse(page).title == "Low Tide Stories"


def test_a_quote_that_opens_the_headline_is_kept() -> None:
    head = '\n"We Keep the Lights On": Night Crews Rebuild the Grid After the Ice Storm\n\n'
    assert _title(head, TURNS) == (
        '"We Keep the Lights On": Night Crews Rebuild the Grid After the Ice Storm'
    )


def test_quotes_around_the_whole_title_are_removed() -> None:
    page = '---\ntitle: "Low Tide Stories"\n---\n\n' + TURNS
    assert parse(page).title == "Low Tide Stories"


def test_a_headline_with_blank_lines_around_it_still_stands_alone() -> None:
    head = "Play Live Radio\nNext Up:\n\nThe Bookmobile Returns\n\n"
    assert _title(head, "\n" + TURNS) == "The Bookmobile Returns"


def test_a_short_headline_above_its_date_beats_a_tagline_standing_alone() -> None:
    head = (
        "\nCommunity radio for the river valley since 1962\n\n"
        "Menu\nDonate\nLow Water\nMarch 3, 2025\nShare\n"
    )
    assert _title(head) == "Low Water"


def test_a_one_word_story_type_tag_above_the_date_is_not_the_headline() -> None:
    head = (
        "Menu\n\n\"They Sold Our River\": Farmworkers Fight a Water Sale\n\n"
        "Story\nMarch 5, 2025\n\n"
    )
    assert _title(head) == "\"They Sold Our River\": Farmworkers Fight a Water Sale"


def test_a_stacked_head_with_no_date_shape_still_finds_its_title_cased_headline() -> None:
    head = (
        "Harbor Radio\nNews\nShows\nThe Harbor Hour\n"
        "Can a Village Move Its Ferry Dock Before the Storms Come?\n"
        "Episode 14 of 40\nListen now\n"
    )
    assert _title(head) == "Can a Village Move Its Ferry Dock Before the Storms Come?"


def test_a_head_of_menus_alone_still_gets_no_title() -> None:
    assert _title("Harbor Radio\nNews\nShows\nSign in\nLive Radio\n") is None


def test_a_related_story_under_a_later_date_is_not_the_headline() -> None:
    head = (
        "Harbor Radio\n\nBackyard Hens Come Home To Roost In The City\n\n"
        "All Things Harbor, April 21, 2009 · Hens are back in city yards, and so are the "
        "neighbors' complaints.\n\n"
        "Related Harbor Stories\nMarch 3, 2009\nCity Dwellers Find Comfort In Homegrown Eggs\n\n"
    )
    assert _title(head) == "Backyard Hens Come Home To Roost In The City"
