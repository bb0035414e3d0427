"""Flat records for data engines: one per turn, one per page that failed.

Engines such as Dask and Spark run one pure function over many pages and must not stop
for one bad page. ``try_parse_file`` and ``try_parse`` are that function: they return
the ``Transcript``, or a ``PageError`` record saying which page failed and why.
``turn_records`` flattens a transcript into one row per turn, the shape of a table.

Everything here is plain Python and picklable, with no engine imported.
"""

from __future__ import annotations

import os
from typing import TypedDict

from .files import parse_bytes, parse_file
from .models import Transcript
from .options import ParseOptions
from .parser import DEFAULT_OPTIONS, parse


class TurnRecord(TypedDict):
    """One turn with its transcript's identity: a row of the corpus table."""

    path: str | None  # the page's path, or the key given with its text
    title: str | None  # the transcript's headline
    turn_index: int  # 0-based position of the turn in its transcript
    speaker_id: str | None  # the speaker's id within the transcript, or null
    speaker_name: str | None  # the speaker's display name, or null
    role: str | None  # host, guest, reporter, clip, unidentified, or null
    label: str | None  # the label as written on this turn, or null
    kind: str  # "speech" or "event"
    text: str  # the words without the label


class PageError(TypedDict):
    """A page that could not be parsed."""

    path: str | None  # the page's path, or the key given with its text
    error: str  # the exception's class name, e.g. "NoTurns", "InputNotFound"
    message: str  # the exception's message


TURN_FIELDS: tuple[str, ...] = tuple(TurnRecord.__annotations__)
ERROR_FIELDS: tuple[str, ...] = tuple(PageError.__annotations__)


def page_error(path: str | None, exc: BaseException) -> PageError:
    """The record of a page that raised ``exc``."""
    return PageError(path=path, error=type(exc).__name__, message=str(exc))


def try_parse_file(
    path: str | os.PathLike[str], *, options: ParseOptions = DEFAULT_OPTIONS
) -> Transcript | PageError:
    """``parse_file(path)``, or the ``PageError`` of the page instead of an exception."""
    try:
        return parse_file(path, options=options)
    except Exception as exc:  # any failure of one page is that page's record, not the job's
        return page_error(os.fspath(path), exc)


def try_parse(
    page: str | bytes, *, key: str | None = None, options: ParseOptions = DEFAULT_OPTIONS
) -> Transcript | PageError:
    """Parse a page's text (or its undecoded bytes), or return its ``PageError``.

    ``key`` names the page (an id or a path); it becomes the transcript's
    ``source.path`` and the records' ``path``.
    """
    try:
        if isinstance(page, bytes):
            return parse_bytes(page, options=options, path=key)
        return parse(page, options=options, path=key)
    except Exception as exc:  # any failure of one page is that page's record, not the job's
        return page_error(key, exc)


def turn_records(transcript: Transcript) -> list[TurnRecord]:
    """One record per turn, in order, each with the transcript's path and title."""
    speakers = {s.id: s for s in transcript.speakers}
    records: list[TurnRecord] = []
    for turn in transcript.turns:
        speaker = speakers.get(turn.speaker) if turn.speaker is not None else None
        records.append(
            TurnRecord(
                path=transcript.source.path,
                title=transcript.title,
                turn_index=turn.index,
                speaker_id=turn.speaker,
                speaker_name=speaker.name if speaker is not None else None,
                role=speaker.role.value if speaker is not None and speaker.role else None,
                label=turn.label,
                kind=turn.kind.value,
                text=turn.text,
            )
        )
    return records
