"""Times for the timed formats: the page's own time stamps, else estimates that say so.

A turn's start comes from the page where the turn has one (``Turn.start``). Everything
else, including the end of a turn that the next stamped turn does not close, is
estimated from the turn's word count at a stated speaking rate. Every cue records which
of its times are estimated, so no writer can present an estimate as a measured time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ..models import Transcript, Turn

MIN_CUE_MS = 1000  # the shortest cue: a one-word turn still stays on screen for a second
_WORD = re.compile(r"\w+(?:['’]\w+)*")


class TimeSource(StrEnum):
    """Where a timeline's times come from."""

    PAGE = "page"  # every time is the page's own
    ESTIMATED = "estimated"  # the page has no time stamps: every time is estimated
    MIXED = "mixed"  # the page's stamps where it has them, estimates elsewhere


@dataclass(frozen=True, slots=True)
class Cue:
    """One turn placed in time, in milliseconds, with what was estimated."""

    turn: Turn
    start_ms: int
    end_ms: int
    start_estimated: bool
    end_estimated: bool

    @property
    def estimated(self) -> bool:
        return self.start_estimated or self.end_estimated

    @property
    def start(self) -> float:
        return self.start_ms / 1000

    @property
    def end(self) -> float:
        return self.end_ms / 1000


@dataclass(frozen=True, slots=True)
class Timeline:
    cues: tuple[Cue, ...]
    words_per_minute: int

    @property
    def source(self) -> TimeSource:
        if not any(c.estimated for c in self.cues):
            return TimeSource.PAGE
        if all(c.start_estimated for c in self.cues):
            return TimeSource.ESTIMATED
        return TimeSource.MIXED

    def note(self) -> str | None:
        """One sentence saying which times are estimated, or None when none is."""
        source = self.source
        rate = f"from word counts at {self.words_per_minute} words a minute"
        if source is TimeSource.PAGE:
            return None
        if source is TimeSource.ESTIMATED:
            return f"Times are estimated {rate}; the page gives none."
        starts = sum(c.start_estimated for c in self.cues)
        ends = sum(c.end_estimated for c in self.cues)
        parts = [
            f"{n} {what} time{'s' if n != 1 else ''}"
            for n, what in ((starts, "start"), (ends, "end"))
            if n
        ]
        return (
            f"Times come from the page's time stamps, except {' and '.join(parts)} "
            f"the page does not give, estimated {rate}."
        )


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def estimated_ms(text: str, words_per_minute: int) -> int:
    """How long saying ``text`` takes at the given rate, never under ``MIN_CUE_MS``."""
    return max(MIN_CUE_MS, round(word_count(text) * 60_000 / words_per_minute))


def timeline(t: Transcript, words_per_minute: int) -> Timeline:
    """Every turn of ``t`` placed in time, one after another."""
    if words_per_minute < 1:
        raise ValueError(f"words_per_minute must be at least 1, not {words_per_minute}")
    cues: list[Cue] = []
    previous_end = 0
    turns = t.turns
    for k, turn in enumerate(turns):
        start_estimated = turn.start is None
        start = previous_end if turn.start is None else round(turn.start * 1000)
        following = turns[k + 1].start if k + 1 < len(turns) else None
        if following is not None and round(following * 1000) > start:
            end, end_estimated = round(following * 1000), False
        else:
            end, end_estimated = start + estimated_ms(turn.text, words_per_minute), True
        cues.append(Cue(turn, start, end, start_estimated, end_estimated))
        previous_end = end
    return Timeline(tuple(cues), words_per_minute)


def clock(ms: int, *, decimal: str = ".") -> str:
    """``HH:MM:SS.mmm`` (WebVTT) or, with ``decimal=","``, ``HH:MM:SS,mmm`` (SRT)."""
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{decimal}{millis:03d}"
