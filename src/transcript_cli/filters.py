"""Filters on a parsed transcript: some speakers, one kind of turn, no boilerplate list.

Each returns a new, still valid ``Transcript`` (``model_copy``): turns renumbered
from 0, only the speakers that still have turns, and a warning saying what was left
out, since the output no longer accounts for every line of the page.
"""

from __future__ import annotations

from collections.abc import Iterable

from .models import Speaker, Transcript, TurnKind


class NoSuchSpeaker(ValueError):
    """``--speaker`` named nobody in the transcript."""


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _keys(s: Speaker) -> set[str]:
    return {_key(s.name), _key(s.id), *(_key(label) for label in s.labels)}


def matching_speakers(t: Transcript, names: Iterable[str]) -> list[Speaker]:
    """Speakers whose name, id or any label is one of ``names``, ignoring case.

    Raises ``NoSuchSpeaker`` when one of the names matches nobody.
    """
    wanted = {_key(n): n for n in names}
    missing = [n for k, n in wanted.items() if not any(k in _keys(s) for s in t.speakers)]
    if missing:
        known = ", ".join(s.name for s in t.speakers) or "none"
        raise NoSuchSpeaker(f"no speaker called {', '.join(missing)!s} (speakers: {known})")
    return [s for s in t.speakers if _keys(s) & wanted.keys()]


def filter_transcript(
    t: Transcript,
    *,
    speakers: Iterable[str] = (),
    kind: TurnKind | None = None,
    boilerplate: bool = True,
) -> Transcript:
    """``t`` with only the turns of ``speakers`` (if any) of ``kind`` (if given).

    ``boilerplate=False`` drops the list of removed lines from the output.
    """
    names = list(speakers)
    ids = {s.id for s in matching_speakers(t, names)} if names else None
    turns = [
        turn for turn in t.turns
        if (ids is None or turn.speaker in ids) and (kind is None or turn.kind is kind)
    ]
    update: dict[str, object] = {}
    if len(turns) != len(t.turns):
        kept = {turn.speaker for turn in turns}
        what = []
        if ids is not None:
            what.append("speaker " + ", ".join(s.name for s in t.speakers if s.id in ids))
        if kind is not None:
            what.append(f"kind {kind.value}")
        update["turns"] = [turn.model_copy(update={"index": k}) for k, turn in enumerate(turns)]
        update["speakers"] = [s for s in t.speakers if s.id in kept]
        update["warnings"] = [
            *t.warnings,
            f"filtered ({'; '.join(what)}): {len(turns)} of {len(t.turns)} turns kept",
        ]
    if not boilerplate:
        update["boilerplate"] = []
    return t.model_copy(update=update) if update else t
