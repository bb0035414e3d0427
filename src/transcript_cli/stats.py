"""Who spoke how much: the data behind ``transcript speakers`` and ``transcript stats``.

Pure functions from a ``Transcript`` to small Pydantic models; ``display`` draws
them for a terminal and ``--format json`` prints them as they are.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .models import Transcript, TurnKind
from .writers.timing import word_count


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SpeakerShare(_Model):
    """One speaker's part of the talk. ``id`` is null for words the page gives nobody."""

    id: str | None = Field(description="Speaker id, or null for unattributed speech.")
    name: str = Field(description="Display name.")
    role: str | None = Field(default=None, description="host, guest, reporter, clip, ...")
    labels: list[str] = Field(default_factory=list, description="Every label as written.")
    turns: int = Field(description="Speech turns.")
    words: int = Field(description="Spoken words.")
    share: float = Field(description="Fraction of all spoken words, 0 to 1.")


class LongestTurn(_Model):
    index: int = Field(description="0-based position of the turn.")
    speaker_id: str | None
    speaker: str | None = Field(description="Display name, or null.")
    words: int


class Stats(_Model):
    """Counts for one transcript."""

    title: str | None
    source: str | None = Field(description="The input path, or null for standard input.")
    turns: int = Field(description="All turns, speech and events.")
    speech_turns: int
    event_turns: int
    words: int = Field(description="Spoken words in speech turns.")
    speakers: int = Field(description="Named speakers.")
    talk_share: list[SpeakerShare] = Field(description="Each speaker's share, largest first.")
    longest_turn: LongestTurn | None
    boilerplate_lines: int = Field(description="Lines removed as page chrome.")


UNATTRIBUTED = "(unattributed)"


def speaker_shares(t: Transcript) -> list[SpeakerShare]:
    """One row per speaker in the order the page introduces them, and one for
    unattributed speech if there is any."""
    speech = [turn for turn in t.turns if turn.kind is TurnKind.SPEECH]
    known = {s.id for s in t.speakers}
    orphans = [turn for turn in speech if turn.speaker not in known]
    orphan_words = sum(word_count(turn.text) for turn in orphans)
    total = sum(s.words for s in t.speakers) + orphan_words
    rows = [
        SpeakerShare(
            id=s.id,
            name=s.name,
            role=s.role.value if s.role else None,
            labels=s.labels,
            turns=s.turns,
            words=s.words,
            share=round(s.words / total, 4) if total else 0.0,
        )
        for s in t.speakers
    ]
    if orphans:
        rows.append(
            SpeakerShare(
                id=None,
                name=UNATTRIBUTED,
                turns=len(orphans),
                words=orphan_words,
                share=round(orphan_words / total, 4) if total else 0.0,
            )
        )
    return rows


def stats(t: Transcript) -> Stats:
    shares = speaker_shares(t)
    speech = [turn for turn in t.turns if turn.kind is TurnKind.SPEECH]
    names = {s.id: s.name for s in t.speakers}
    longest: LongestTurn | None = None
    if speech:
        turn = max(speech, key=lambda x: (word_count(x.text), -x.index))
        longest = LongestTurn(
            index=turn.index,
            speaker_id=turn.speaker,
            speaker=names.get(turn.speaker) if turn.speaker else None,
            words=word_count(turn.text),
        )
    return Stats(
        title=t.title,
        source=t.source.path,
        turns=len(t.turns),
        speech_turns=len(speech),
        event_turns=len(t.turns) - len(speech),
        words=sum(row.words for row in shares),
        speakers=len(t.speakers),
        talk_share=sorted(shares, key=lambda row: -row.words),
        longest_turn=longest,
        boilerplate_lines=len(t.boilerplate),
    )
