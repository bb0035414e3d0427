"""What several writers share: who speaks a turn, how a turn is headed, its paragraphs."""

from __future__ import annotations

from ..models import Speaker, Transcript, Turn, TurnKind


def speakers_by_id(t: Transcript) -> dict[str, Speaker]:
    return {s.id: s for s in t.speakers}


def speaker_name(turn: Turn, speakers: dict[str, Speaker]) -> str | None:
    """The display name of the turn's speaker, or None when the page names nobody."""
    s = speakers.get(turn.speaker) if turn.speaker is not None else None
    return s.name if s else None


def heading(turn: Turn, speakers: dict[str, Speaker]) -> str | None:
    """``Khalid``, or ``Khalid (inferred)`` when the page did not label the turn."""
    name = speaker_name(turn, speakers)
    if name is None:
        return None
    return f"{name} (inferred)" if turn.inferred else name


def paragraphs(turn: Turn) -> list[str]:
    """The turn's paragraphs, with its delivery notes in brackets before the first.

    Event turns come back as one paragraph: the cue in brackets, as the page wrote it.
    """
    if turn.kind is TurnKind.EVENT:
        return [f"({turn.text})"]
    paras = [p for p in turn.text.split("\n\n") if p.strip()] or [""]
    if turn.notes:
        notes = "".join(f"({n}) " for n in turn.notes)
        paras[0] = f"{notes}{paras[0]}".rstrip()
    return paras
