"""Every output format of the seed page, read back with a real reader of that format."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import html5lib
import jsonschema
import pytest
import webvtt
from click.testing import CliRunner

from transcript_cli import Transcript, TurnKind
from transcript_cli.cli import main
from transcript_cli.files import parse_bytes
from transcript_cli.options import RenderOptions
from transcript_cli.writers import REGISTRY, OutputFormat, get
from transcript_cli.writers.tabular import HEADER

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_kmuw_isis_k.txt"


@pytest.fixture(scope="module")
def seed() -> Transcript:
    return parse_bytes(SEED.read_bytes(), path="samples/000_kmuw_isis_k.txt")


def render(t: Transcript, fmt: OutputFormat, **options: object) -> str:
    return get(fmt).render(t, RenderOptions(**options))  # type: ignore[arg-type]


def speech(t: Transcript) -> list[int]:
    return [turn.index for turn in t.turns if turn.kind is TurnKind.SPEECH]


def test_every_format_is_registered_once_with_a_summary() -> None:
    assert set(REGISTRY) == set(OutputFormat)
    assert all(w.summary and w.format is f for f, w in REGISTRY.items())


def test_json_validates_against_the_schema_command(seed: Transcript) -> None:
    schema = json.loads(CliRunner().invoke(main, ["schema"]).stdout)
    data = json.loads(render(seed, OutputFormat.JSON))
    jsonschema.validate(data, schema)
    assert Transcript.model_validate(data) == seed


def test_jsonl_is_one_line_equal_to_the_json(seed: Transcript) -> None:
    out = render(seed, OutputFormat.JSONL)
    assert out.endswith("\n") and out.count("\n") == 1
    assert json.loads(out) == json.loads(render(seed, OutputFormat.JSON))


@pytest.mark.parametrize(("fmt", "delimiter"), [(OutputFormat.CSV, ","), (OutputFormat.TSV, "\t")])
def test_csv_and_tsv_have_a_header_and_one_row_per_turn(
    seed: Transcript, fmt: OutputFormat, delimiter: str
) -> None:
    rows = list(csv.DictReader(io.StringIO(render(seed, fmt)), delimiter=delimiter))
    assert len(rows) == len(seed.turns)
    assert set(HEADER) >= {"index", "speaker", "speaker_id", "role", "label", "kind", "text"}
    assert list(rows[0]) == list(HEADER)
    for row, turn in zip(rows, seed.turns, strict=True):
        assert row["index"] == str(turn.index)
        assert row["speaker_id"] == (turn.speaker or "")
        assert row["text"] == turn.text
        assert row["source"] == "samples/000_kmuw_isis_k.txt"
    afzal = next(r for r in rows if r["label"] == "AFZAL")
    assert afzal["speaker"] == "Madiha Afzal" and afzal["role"] == "guest"
    assert rows[0]["inferred"] == "true" and rows[1]["notes"] == "Through interpreter"


def test_markdown_has_title_heading_and_bold_speakers(seed: Transcript) -> None:
    out = render(seed, OutputFormat.MARKDOWN)
    assert out.startswith("# What We Know About ISIS-K\n\n")
    assert "\n\n**Madiha Afzal:** Thanks for having me.\n" in out
    assert "**Khalid (inferred):** A group called ISIS-K" in out
    assert "**Shagofa Danish:** *(Through interpreter)* Is Afghanistan" in out


def test_text_is_speaker_colon_words_with_inferred_marked(seed: Transcript) -> None:
    out = render(seed, OutputFormat.TEXT)
    blocks = out.rstrip("\n").split("\n\n")
    assert blocks[0] == "# What We Know About ISIS-K"
    assert blocks[1].startswith("Khalid (inferred): A group called ISIS-K")
    assert "Madiha Afzal: Thanks for having me." in blocks
    # Afzal's long answer keeps its three paragraphs, and only the first is headed
    assert out.count("Madiha Afzal: ") == 7


def test_vtt_parses_with_voices_and_says_times_are_estimated(seed: Transcript) -> None:
    out = render(seed, OutputFormat.VTT)
    captions = webvtt.from_buffer(io.StringIO(out))
    assert len(captions) == len(seed.turns)
    assert [c.voice for c in captions][:4] == [
        "Khalid", "Shagofa Danish", "Khalid", "Madiha Afzal"
    ]
    assert captions[3].text == "Thanks for having me."
    assert "NOTE Times are estimated from word counts at 160 words a minute" in out
    assert "<v.inferred Khalid>" in out  # the inferred speaker keeps a class saying so


def test_srt_cues_are_numbered_with_arrows(seed: Transcript) -> None:
    cues = render(seed, OutputFormat.SRT).rstrip("\n").split("\n\n")
    assert len(cues) == len(seed.turns)
    for number, cue in enumerate(cues, start=1):
        lines = cue.split("\n")
        assert lines[0] == str(number)
        assert re.fullmatch(r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}", lines[1])
    assert cues[3].split("\n")[2] == "Madiha Afzal: Thanks for having me."


def test_podcast_json_has_version_and_timed_segments(seed: Transcript) -> None:
    data = json.loads(render(seed, OutputFormat.PODCAST))
    assert data["version"] == "1.0.0"
    assert data["timing"] == {
        "source": "estimated",
        "wordsPerMinute": 160,
        "note": "Times are estimated from word counts at 160 words a minute; the page gives none.",
    }
    segments = data["segments"]
    assert len(segments) == len(seed.turns)
    for seg in segments:
        assert {"speaker", "startTime", "endTime", "body"} <= set(seg)
        assert seg["estimated"] is True and seg["endTime"] > seg["startTime"]
    assert segments[3] == {
        "speaker": "Madiha Afzal", "startTime": segments[2]["endTime"],
        "endTime": segments[3]["endTime"], "body": "Thanks for having me.", "estimated": True,
    }


def test_speaking_rate_scales_the_estimates(seed: Transcript) -> None:
    slow = json.loads(render(seed, OutputFormat.PODCAST, words_per_minute=80))["segments"]
    fast = json.loads(render(seed, OutputFormat.PODCAST, words_per_minute=160))["segments"]
    assert slow[-1]["endTime"] == pytest.approx(2 * fast[-1]["endTime"], rel=0.01)


def test_html_parses_and_has_one_cite_per_speech_turn(seed: Transcript) -> None:
    out = render(seed, OutputFormat.HTML)
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    doc = parser.parse(out)  # strict: raises on any parse error
    cites = doc.findall(".//cite")
    assert len(cites) == len(speech(seed))
    assert "".join(cites[3].itertext()) == "Madiha Afzal:"
    assert len(doc.findall(".//time")) == len(seed.turns)
    assert doc.find(".//title").text == "What We Know About ISIS-K"
    # self-contained: no scripts, links or outside resources
    assert not doc.findall(".//script") and not doc.findall(".//link")
    assert "http" not in out
    assert "Times are estimated" in out and "<!-- Times are estimated" in out


def test_a_page_with_time_stamps_keeps_them() -> None:
    page = ROOT / "samples" / "017_rev_style_time_stamps.txt"
    t = parse_bytes(page.read_bytes(), path=page.name)
    stamped = [turn.start for turn in t.turns]
    assert all(s is not None for s in stamped)
    captions = webvtt.from_buffer(io.StringIO(render(t, OutputFormat.VTT)))
    assert [c.start_in_seconds for c in captions] == [int(s or 0) for s in stamped]
    segments = json.loads(render(t, OutputFormat.PODCAST))["segments"]
    assert [s["startTime"] for s in segments] == stamped
    # only the last turn's end is not on the page
    assert ["estimated" in s for s in segments] == [False] * (len(segments) - 1) + [True]
