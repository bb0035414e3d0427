"""Boilerplate rules and turn splitting, stage by stage."""

from __future__ import annotations

import pytest

from transcript_cli import TurnKind, parse
from transcript_cli.rules.boilerplate import INLINE_RULES, LINE_RULES, TRANSCRIPT_MARKERS

CHROME = [
    ("© 2024 KMUW", "station-copyright"),
    ("© 2023 WBUR", "station-copyright"),
    ("Play Live Radio", "play-live-radio"),
    ("Next Up:", "next-up"),
    ("0:00 0:00", "player-time"),
    ("Available On Air Stations", "on-air-stations"),
    ("Stay tuned to WBUR and NPR for the latest developments from the convention.",
     "promo-banner"),
    ("26-Minute Listen", "listen-length"),
    ("December 15, 20239:31 PM ET", "fused-date"),
    ("By Mary Childs", "byline"),
    ("Willa Rubin/NPR", "photo-credit"),
    ("Nik Wheeler/Getty Images", "photo-credit"),
    ("Published August 27, 2021 at 5:07 AM CDT", "published-date"),
    ("Listen • 4:12", "listen-duration"),
    ("Transcript provided by NPR, Copyright NPR.", "transcript-provided"),
    ("Copyright 2021 NPR. To see more, visit https://www.npr.org.", "npr-copyright"),
    ("NPR transcripts are created on a rush deadline by an NPR contractor.", "npr-disclaimer"),
    ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
     "cnn-rush-transcript"),
    ("Aired May 14, 2024 - 06:00 ET", "aired-on"),
    ("Music: \"Paper Boats,\" \"Low Tide,\" and \"Harbor Lights.\"", "music-credits"),
    ("Find us: Mastodon / Bluesky / Our weekly newsletter", "find-us"),
    ("Heard on All Things Considered", "heard-on"),
    ("Note: This episode first aired in 2019.", "show-note"),
    ("— End of transcript —", "end-marker"),
    ("[End of Transcript]", "end-marker"),
    ("© Harbor Light Media LLC 2023 · All rights reserved", "copyright-sign"),
    ("Notice: Transcripts are machine generated and lightly edited. They may contain errors.",
     "transcript-notice"),
    ("(This transcript was typed by a volunteer and may contain errors.)", "transcript-notice"),
    ("Transcript type: edited closed captioning", "transcript-notice"),
    ("Note: Our shows are meant to be heard. Transcripts may not capture tone and may contain "
     "errors.", "transcript-notice"),
    ("Transcribed by https://example-transcriber.ai", "transcribed-by"),
    ("Riverbend Radio is supported by", "sponsor-slot"),
    ("Support Provided By:", "sponsor-slot"),
    ("Related Coverage", "footer-heading"),
    ("More from The Evening Docket", "footer-heading"),
    ("Share this:", "footer-heading"),
    ("12 Comments", "footer-heading"),
    ("This segment aired on June 2, 2024.", "segment-aired"),
    ("Want more stories like this? Get our weekly newsletter.", "reader-promo"),
    ("Thanks for reading Tidewater Notes! Subscribe for free to receive new posts.",
     "reader-promo"),
    ("HTML EMBED:", "embed-code"),
    ("Act Two: The Lost Keys", "part-heading"),
    ("Prologue", "part-heading"),
    ("Producer: Anwen Pryce", "credits"),
    ("Produced by Ana Ruiz and Ben Ito", "credits"),
    ("Host: Delphine Okafor | Producer: Marcus Teel", "credits"),
    ("This interview has been edited for length and clarity.", "edit-note"),
    ("KUOW | By Priya Rao", "byline-and-outlet"),
    ("By Priya Rao · Published November 8, 2023 at 6:42 AM EST", "byline-and-outlet"),
    ("Last on", "player-status"),
    ("Episode 14 of 40", "player-status"),
    ("Copyright 2023 WRVU Public Radio. This transcript was prepared by a contractor.",
     "copyright"),
    ("First broadcast: 12 June 2023", "aired-on"),
    ("*Thanks for listening to Tidewater! Subscribe for free*", "reader-promo"),
    ("Previous episode: #213 – The Salt Road", "footer-heading"),
    ("Produced by Ana Ruiz and Ben Ito. Edited by Sol Ferro. Music by the Tide Band.",
     "credits-block"),
    ("by Scott Ruiz", "byline"),
    ("WUNC | By Terrence Albright,", "byline-and-outlet"),
    ("Listen on Apple Podcasts · Spotify · YouTube", "platform-links"),
    ("Petra Okonkwo/Maine Public", "photo-credit"),
    ("A keeper climbs the stairs of the light on Feb. 27, 2025. Jo Reyes/Harbor Light News",
     "caption-with-credit"),
    ("Harbor Radio relies on your support. Become a member today.", "support-appeal"),
    ("Support Tidewater on Patreon", "support-appeal"),
    ("This episode is brought to you by Rootbound Gear.", "sponsor-slot"),
    ("TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0100.", "transcript-order"),
    ("This transcript was created by a computer and edited by a volunteer.",
     "transcript-notice"),
    ("Harbor Radio obtained the following partial transcript of the hearing.",
     "transcript-intro"),
    ("This article is more than 2 years old.", "article-age"),
    ("Click here to browse all episodes", "click-here"),
    ("By Gemma Ruiz (OPB)", "byline"),
    ("Related Meetings", "footer-heading"),
    ("Tidewater Today is produced by Harbor Public Media.", "production-credit"),
    ("CONTENT AND PROGRAMMING COPYRIGHT 2025 HARBOR CABLE. ALL MATERIALS ARE PROTECTED.",
     "caps-copyright"),
    ("00:00:09.100 --> 00:00:12.900", "caption-timing"),
    ("[Skip to main content](#content)", "md-link-line"),
    ("Meetings Archive > City Council > 2025", "breadcrumb"),
    ("Heard on Wait Wait... Don't Tell Me!", "heard-on"),
    ("StoryFebruary 27, 2025", "story-date"),
    ("Letters and Politics – March 5, 2025 at 10:00am", "program-and-date"),
    ("This partial transcript was computer-generated and may contain errors.",
     "transcript-notice"),
    ("Get Harbor's weekly newsletter, with the stories behind the conversations.",
     "reader-promo"),
    ("Listen to the full conversation above.", "reader-promo"),
    ("A teenager looks at a phone in bed. (Dolores Ng/Harbor Radio)", "caption-with-credit"),
    ("Getty Images", "agency-credit"),
    ("St. Louis on the Air is produced by Ana Ruiz.", "production-credit"),
    ("Letters and Politics airs weekdays at 10am on KPFA.", "production-credit"),
    ("Guest: Luis Arboleda, professor of labor history at Cal State", "guest-line"),
    ("Related: Alton's ferry may close", "related-link"),
    ("Published May 28, 2024 at 5:47 AM AKDT", "published-date"),
    ("To purchase a video or audio copy of this program, call 1-800-555-0100.",
     "transcript-order"),
    ("**inelastic demand** = demand that barely moves when the price does", "gloss"),
    ("← Day 36 | Day 38 →", "pager"),
    ("By Under the Radar Staff", "byline"),
    ("Editor's note: This story contains a description of a dead animal.", "editors-note"),
    ("Listen Now [30 min 12 sec] add to playlist", "player-buttons"),
    ("Transcript prepared by WBAI volunteers. Corrections: news@example.org", "transcribed-by"),
    ("Act Two[edit]", "wiki-heading"),
    ("Categories: 1940s radio dramas", "wiki-footer"),
]

SPEECH_THAT_LOOKS_LIKE_CHROME = [
    "Share your story with us.",
    "By the way, I was there in 2014.",
    "Listen to this.",
    "Download it, he said, and I did.",
    "Next up: the weather, after this.",
    "Copyright law is the problem here, and it has been since 1998.",
    "Subscribe, she said. That was the whole pitch.",
    "The transcript of that call was never released, and it had errors, she said.",
    "Related, I think, to what you said before.",
    "Comments like that make it hard.",
    "Act two was where it all fell apart.",
    "This segment of the river is the oldest.",
    "We end the show with a song.",
    "Host: Good morning",
    "HOST: Jonathan",
    "Presenter: Jonathan Hale.",
    "Copyright 2019 was a big year for us.",
    "Last one, I promise.",
    "This interview changed my life.",
    "Produced by my father. He was proud of it.",
    "I listen on Spotify every day.",
    "Either/Or",
    "We rely on your support, she said.",
    "This is why I read the transcript, and it had errors.",
    "The show is produced by my brother.",
    "Related to that, yes.",
    "Yes — March 5, 2025",
    "I remember it — March 5, 2025",
    "More: we need to talk.",
    "GUEST: Maria Lopez, thanks.",
    "by the way, I went there",
    "See also the other report.",
    "References to the past are everywhere.",
]


def _rule_of(line: str) -> str | None:
    rule = LINE_RULES.first(line)  # the table as the parser uses it
    return rule.name if rule is not None else None


@pytest.mark.parametrize(("line", "rule"), CHROME)
def test_chrome_lines_are_named_by_their_rule(line: str, rule: str) -> None:
    assert _rule_of(line) == rule


@pytest.mark.parametrize("line", SPEECH_THAT_LOOKS_LIKE_CHROME)
def test_spoken_lines_are_not_chrome(line: str) -> None:
    assert _rule_of(line) is None


def test_every_rule_has_a_name_and_a_reason() -> None:
    for rule in (*LINE_RULES, *INLINE_RULES, *TRANSCRIPT_MARKERS):
        assert rule.name and rule.name == rule.name.lower() and " " not in rule.name
        assert len(rule.reason) > 10


def test_cues_stand_alone_and_notes_open_turns() -> None:
    t = parse(
        "HOST: Here is the clip.\n\n(SOUNDBITE OF MUSIC)\n\n"
        "GUEST: (Through interpreter) We are ready. (LAUGHTER) Really.\n\n[break]\n\n"
        "HOST: (Laughter) Thanks.\n"
    )
    kinds = [(x.kind, x.label) for x in t.turns]
    assert kinds == [
        (TurnKind.SPEECH, "HOST"), (TurnKind.EVENT, None), (TurnKind.SPEECH, "GUEST"),
        (TurnKind.EVENT, None), (TurnKind.SPEECH, "HOST"),
    ]
    assert t.turns[1].text == "SOUNDBITE OF MUSIC"
    assert t.turns[2].notes == ["Through interpreter"]
    assert t.turns[2].text == "We are ready. (LAUGHTER) Really."
    assert t.turns[4].text == "(Laughter) Thanks."


def test_unlabeled_paragraphs_continue_the_turn() -> None:
    t = parse("ANNA LEE: One.\n\nTwo.\nThree.\n\nBEN COLE: Four.\n")
    assert [x.text for x in t.turns] == ["One.\n\nTwo. Three.", "Four."]
    assert t.turns[0].lines == (1, 4)


def test_a_label_alone_on_its_line_takes_the_next_lines() -> None:
    t = parse("AMY GOODMAN:\nWelcome back.\nNOAM CHOMSKY:\nThanks.\n")
    assert [(x.label, x.text) for x in t.turns] == [("AMY GOODMAN", "Welcome back."),
                                                   ("NOAM CHOMSKY", "Thanks.")]


def test_a_back_announce_after_a_clip_is_its_own_turn() -> None:
    t = parse(
        "AMY GOODMAN: Here is what she said.\nSECRETARY OF STATE HILLARY CLINTON:\n"
        "We must act.\nThat was Secretary Clinton yesterday.\nNoam?\nNOAM CHOMSKY: Well.\n"
    )
    assert [x.label for x in t.turns] == ["AMY GOODMAN", "SECRETARY OF STATE HILLARY CLINTON",
                                          None, "NOAM CHOMSKY"]
    assert t.turns[1].text == "We must act."


def test_time_stamps_become_turn_start_times() -> None:
    t = parse("[00:01:05] ANNA LEE: Hello.\n\n[00:01:09]\nBEN COLE: Hi.\n")
    assert [x.start for x in t.turns] == [65.0, 69.0]
    assert t.turns[1].lines == (3, 4)


def test_web_summary_above_a_flattened_transcript_is_removed() -> None:
    summary = (
        'The bus is back after a year in the shop. "We had calls," says librarian Joan Fisk. '
        '"Kids waited," he says. '
    )
    t = parse(summary + "KAREN DOYLE, HOST: The bus is back after a year in the shop. "
              "JOAN FISK: We had calls.")
    assert [x.label for x in t.turns] == ["KAREN DOYLE, HOST", "JOAN FISK"]
    assert any(r.rule == "web-summary" for r in t.boilerplate)


def test_footer_after_the_closing_copyright_is_not_speech() -> None:
    t = parse(
        "ANNA LEE: Goodbye.\n\nCopyright 2024 NPR. To see more, visit https://www.npr.org.\n\n"
        "Anna Lee is a reporter for NPR.\n"
    )
    assert [x.text for x in t.turns] == ["Goodbye."]
    assert t.boilerplate[-1].rule == "after-transcript"


def test_time_stamps_inside_labels_are_start_times_and_one_speaker() -> None:
    t = parse("Speaker 1 (00:00:05): Hello.\nSpeaker 2 (01:10): Hi.\nSpeaker 1 (00:01:15): Bye.\n")
    assert [(x.speaker, x.start) for x in t.turns] == [
        ("speaker-1", 5.0), ("speaker-2", 70.0), ("speaker-1", 75.0),
    ]
    assert len(t.speakers) == 2


def test_an_html_page_takes_its_h1_else_its_title_without_the_site_name() -> None:
    body = "<p><b>ANA LEE:</b> Hi.</p><p><b>BEN COLE:</b> Yo.</p>"
    titled = parse(f"<html><head><title>Rivers rise : NPR</title></head><body>{body}</body>")
    assert titled.title == "Rivers rise"
    headed = parse(
        f"<html><head><title>Rivers rise | WBUR News</title></head><body>\n"
        f"<h1>Rivers rise, again</h1>{body}</body>"
    )
    assert headed.title == "Rivers rise, again"
    assert headed.title_line == 2
