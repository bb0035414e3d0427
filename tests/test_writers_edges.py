"""Writers on hand-built transcripts: hostile text, time stamps, cues, unattributed turns."""

from __future__ import annotations

import csv
import html
import io
import json

import html5lib
import pytest
import webvtt
from markdown_it import MarkdownIt

from transcript_cli import Inference, Role, Source, Speaker, Transcript, Turn, TurnKind
from transcript_cli.options import RenderOptions
from transcript_cli.writers import OutputFormat, get
from transcript_cli.writers.timing import MIN_CUE_MS, TimeSource, clock, timeline

HOSTILE = 'She said "no, never",\nthen <script>alert(1)</script> & left --> *fast* [x](y) #1'


def transcript(*turns: Turn, speakers: tuple[Speaker, ...] = ()) -> Transcript:
    return Transcript(
        title="A <b>bold</b> title & more",
        source=Source(path="pages/a,b.txt", station="WXYZ"),
        speakers=list(speakers),
        turns=list(turns),
    )


ANA = Speaker(id="ana", name="Ana <Reyes>", labels=["ANA"], role=Role.HOST, turns=2, words=20)
BEN = Speaker(id="ben", name="Ben Ito", labels=["ITO"], role=Role.GUEST, turns=1, words=5)


def turn(
    index: int, speaker: str | None, text: str, *, start: float | None = None,
    kind: TurnKind = TurnKind.SPEECH, inferred: bool = False,
) -> Turn:
    return Turn(
        index=index, speaker=speaker, label=speaker.upper() if speaker else None, kind=kind,
        text=text, lines=(index + 1, index + 1), start=start,
        inferred=Inference(speaker=speaker, reason="test") if inferred and speaker else None,
    )


HOSTILE_T = transcript(
    turn(0, "ana", HOSTILE),
    turn(1, None, "MUSIC", kind=TurnKind.EVENT),
    turn(2, None, "Nobody is named for this.\n\nSecond paragraph."),
    turn(3, "ben", "Short."),
    speakers=(ANA, BEN),
)


def render(t: Transcript, fmt: OutputFormat, wpm: int = 160) -> str:
    return get(fmt).render(t, RenderOptions(words_per_minute=wpm))


@pytest.mark.parametrize(("fmt", "delimiter"), [(OutputFormat.CSV, ","), (OutputFormat.TSV, "\t")])
def test_tabular_quotes_commas_quotes_and_newlines(fmt: OutputFormat, delimiter: str) -> None:
    rows = list(csv.DictReader(io.StringIO(render(HOSTILE_T, fmt)), delimiter=delimiter))
    assert [r["text"] for r in rows] == [t.text for t in HOSTILE_T.turns]
    assert rows[0]["speaker"] == "Ana <Reyes>" and rows[0]["source"] == "pages/a,b.txt"
    assert rows[1]["kind"] == "event" and rows[1]["speaker"] == "" and rows[1]["role"] == ""


def test_vtt_escapes_text_and_keeps_cues_whole() -> None:
    out = render(HOSTILE_T, OutputFormat.VTT)
    captions = webvtt.from_buffer(io.StringIO(out))
    assert len(captions) == 4
    first = captions[0]
    assert first.voice == "Ana &lt;Reyes&gt;"
    assert html.unescape(first.text) == HOSTILE  # the line break inside is kept
    assert "-->" not in first.raw_text
    assert captions[1].voice is None and captions[1].text == "(MUSIC)"
    assert captions[2].voice is None  # unattributed: no voice is invented
    assert captions[2].text == "Nobody is named for this.\nSecond paragraph."


def test_html_escapes_everything_and_styles_cues() -> None:
    out = render(HOSTILE_T, OutputFormat.HTML)
    doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(out)
    assert not doc.findall(".//script")
    assert doc.find(".//h1").text == "A <b>bold</b> title & more"
    cites = doc.findall(".//cite")
    assert ["".join(c.itertext()) for c in cites] == ["Ana <Reyes>:", "Ben Ito:"]
    first = doc.find(".//main/p")
    assert "".join(first.itertext()) == HOSTILE.replace("\n", "")
    cue = doc.find(".//p[@class='cue']")
    assert cue is not None and cue.text == "(MUSIC)"


def test_markdown_escapes_page_text() -> None:
    out = render(HOSTILE_T, OutputFormat.MARKDOWN)
    rendered = MarkdownIt("commonmark").render(out)
    assert "<script>" not in rendered and "<a " not in rendered
    assert "<strong>Ana &lt;Reyes&gt;:</strong>" in rendered
    assert "*fast*" in rendered  # literal asterisks, not emphasis
    assert "<em>(MUSIC)</em>" in rendered
    assert rendered.startswith("<h1>A &lt;b&gt;bold&lt;/b&gt; title &amp; more</h1>")


def test_text_leaves_unattributed_turns_without_a_name() -> None:
    blocks = render(HOSTILE_T, OutputFormat.TEXT).rstrip("\n").split("\n\n")
    assert blocks[2] == "(MUSIC)"
    assert blocks[3:5] == ["Nobody is named for this.", "Second paragraph."]
    assert blocks[5] == "Ben Ito: Short."


def test_podcast_gives_no_speaker_to_cues_or_unnamed_turns() -> None:
    segments = json.loads(render(HOSTILE_T, OutputFormat.PODCAST))["segments"]
    assert [s.get("speaker") for s in segments] == ["Ana <Reyes>", None, None, "Ben Ito"]


STAMPED = transcript(
    turn(0, "ana", "Good morning and welcome to the show.", start=0.0),
    turn(1, "ben", "Thanks for having me on today.", start=4.5),
    turn(2, "ana", "Let us begin.", start=83.25),
    speakers=(ANA, BEN),
)


def test_page_time_stamps_are_used_and_only_the_open_end_is_estimated() -> None:
    line = timeline(STAMPED, 160)
    assert [(c.start_ms, c.end_ms) for c in line.cues][:2] == [(0, 4500), (4500, 83250)]
    assert [c.estimated for c in line.cues] == [False, False, True]
    assert line.cues[2].end_estimated and not line.cues[2].start_estimated
    assert line.source is TimeSource.MIXED
    note = line.note()
    assert note is not None and "except 1 end time" in note and "160 words a minute" in note


def test_vtt_of_a_stamped_page_marks_only_the_estimated_cue() -> None:
    out = render(STAMPED, OutputFormat.VTT)
    captions = webvtt.from_buffer(io.StringIO(out))
    assert [c.start for c in captions] == ["00:00:00.000", "00:00:04.500", "00:01:23.250"]
    assert captions[1].end == "00:01:23.250"
    assert out.count("NOTE end time estimated") == 1
    assert out.index("NOTE end time estimated") > out.index("00:00:04.500 -->")


def test_podcast_of_a_stamped_page_flags_the_estimated_segment_only() -> None:
    data = json.loads(render(STAMPED, OutputFormat.PODCAST))
    assert data["timing"]["source"] == "mixed"
    assert ["estimated" in s for s in data["segments"]] == [False, False, True]
    assert data["segments"][1]["endTime"] == 83.25


def test_a_stamp_that_does_not_move_on_cannot_close_a_turn() -> None:
    turns = [STAMPED.turns[0], turn(1, "ben", "Bye.", start=2.0), turn(2, "ana", "Bye.", start=2.0)]
    line = timeline(STAMPED.model_copy(update={"turns": turns}), 160)
    # turn 1 starts at 2.0 and so does turn 2: turn 1's end is estimated, not zero-long
    assert [c.end_estimated for c in line.cues] == [False, True, True]
    assert TimeSource.PAGE is timeline(transcript(), 160).source


def test_estimates_follow_the_speaking_rate_with_a_floor() -> None:
    words = " ".join(["word"] * 160)
    line = timeline(transcript(turn(0, "ana", words), turn(1, "ben", "Hi."),
                               speakers=(ANA, BEN)), 160)
    assert line.cues[0].end_ms == 60_000
    assert line.cues[1].end_ms - line.cues[1].start_ms == MIN_CUE_MS
    with pytest.raises(ValueError, match="at least 1"):
        timeline(transcript(), 0)


def test_clock_formats() -> None:
    assert clock(3_723_045) == "01:02:03.045"
    assert clock(59_999, decimal=",") == "00:00:59,999"
