"""Filters keep a valid transcript; stats add up."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transcript_cli import Transcript, TurnKind
from transcript_cli.files import parse_bytes
from transcript_cli.filters import NoSuchSpeaker, filter_transcript, matching_speakers
from transcript_cli.stats import UNATTRIBUTED, speaker_shares, stats
from transcript_cli.writers.timing import word_count

ROOT = Path(__file__).resolve().parent.parent
SEED = parse_bytes((ROOT / "samples" / "000_kmuw_isis_k.txt").read_bytes(), path="seed.txt")
SOUNDBITES = parse_bytes(
    (ROOT / "samples" / "002_npr_host_soundbites.txt").read_bytes(), path="soundbites.txt"
)
NAMES = [label for s in SOUNDBITES.speakers for label in (s.name, s.id, *s.labels)]


def valid(t: Transcript) -> None:
    """What the contract promises of any transcript, filtered or not."""
    again = Transcript.model_validate_json(t.model_dump_json())
    assert again == t
    assert [turn.index for turn in t.turns] == list(range(len(t.turns)))
    ids = {s.id for s in t.speakers}
    assert {turn.speaker for turn in t.turns if turn.speaker} <= ids
    for s in t.speakers:
        mine = [turn for turn in t.turns if turn.speaker == s.id and turn.kind is TurnKind.SPEECH]
        assert len(mine) == s.turns


@given(
    names=st.lists(st.sampled_from(NAMES), max_size=3),
    kind=st.sampled_from([None, TurnKind.SPEECH, TurnKind.EVENT]),
    boilerplate=st.booleans(),
)
def test_any_filter_gives_a_valid_transcript(
    names: list[str], kind: TurnKind | None, boilerplate: bool
) -> None:
    out = filter_transcript(SOUNDBITES, speakers=names, kind=kind, boilerplate=boilerplate)
    valid(out)
    assert all(kind is None or turn.kind is kind for turn in out.turns)
    assert out.boilerplate == (SOUNDBITES.boilerplate if boilerplate else [])
    assert SOUNDBITES.turns[0].index == 0  # the original is untouched (frozen models)


def test_no_filter_is_the_same_transcript() -> None:
    assert filter_transcript(SEED) is SEED


def test_speaker_matching_ignores_case_and_spacing() -> None:
    assert [s.id for s in matching_speakers(SEED, ["  madiha   AFZAL "])] == ["madiha-afzal"]
    with pytest.raises(NoSuchSpeaker, match="no speaker called Madiha"):
        matching_speakers(SEED, ["Madiha"])


def test_shares_add_up_and_follow_the_speakers() -> None:
    rows = speaker_shares(SEED)
    assert [r.id for r in rows] == [s.id for s in SEED.speakers]
    assert sum(r.words for r in rows) == stats(SEED).words
    assert sum(r.share for r in rows) == pytest.approx(1, abs=1e-3)


def test_unattributed_speech_has_its_own_row() -> None:
    first = SEED.turns[0].model_copy(update={"speaker": None, "inferred": None})
    khalid = next(s for s in SEED.speakers if s.id == "khalid")
    lead_in = word_count(first.text)
    assert lead_in > 50
    words = khalid.words - lead_in  # the lead-in is no longer his
    t = SEED.model_copy(update={
        "turns": [first, *SEED.turns[1:]],
        "speakers": [s.model_copy(update={"words": words, "turns": 7}) if s is khalid else s
                     for s in SEED.speakers],
    })
    rows = speaker_shares(t)
    assert rows[-1].id is None and rows[-1].name == UNATTRIBUTED and rows[-1].turns == 1
    assert rows[-1].words == lead_in and stats(t).words == stats(SEED).words


def test_stats_of_the_seed() -> None:
    s = stats(SEED)
    assert (s.turns, s.speech_turns, s.event_turns, s.speakers) == (16, 16, 0, 3)
    assert s.longest_turn is not None and s.longest_turn.speaker == "Madiha Afzal"
    assert s.boilerplate_lines == len(SEED.boilerplate)
    events = stats(SOUNDBITES)
    assert events.event_turns == sum(t.kind is TurnKind.EVENT for t in SOUNDBITES.turns) > 0
