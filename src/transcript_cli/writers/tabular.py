"""``csv`` and ``tsv``: one row per turn, with a header, for spreadsheets and pandas."""

from __future__ import annotations

import csv
import io

from ..models import Transcript
from ..options import RenderOptions
from .common import speaker_name, speakers_by_id

HEADER: tuple[str, ...] = (
    "index",  # 0-based position of the turn
    "speaker",  # display name, empty when the page names nobody
    "speaker_id",
    "role",
    "label",  # the label as written on the turn
    "kind",  # speech or event
    "inferred",  # true when the speaker was inferred, not labeled
    "notes",  # delivery notes, joined by "; "
    "start",  # seconds, only where the page gives a time stamp (never estimated)
    "first_line",
    "last_line",
    "text",
    "source",  # the input path
)


def rows(t: Transcript) -> list[tuple[str, ...]]:
    """The turns as rows of text cells, in ``HEADER`` order."""
    speakers = speakers_by_id(t)
    out: list[tuple[str, ...]] = []
    for turn in t.turns:
        s = speakers.get(turn.speaker) if turn.speaker is not None else None
        out.append(
            (
                str(turn.index),
                speaker_name(turn, speakers) or "",
                turn.speaker or "",
                s.role.value if s and s.role else "",
                turn.label or "",
                turn.kind.value,
                "true" if turn.inferred else "false",
                "; ".join(turn.notes),
                "" if turn.start is None else f"{turn.start:g}",
                str(turn.lines[0]),
                str(turn.lines[1]),
                turn.text,
                t.source.path or "",
            )
        )
    return out


def _render(t: Transcript, dialect: type[csv.Dialect]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect=dialect, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows(t))
    return buffer.getvalue()


def render_csv(t: Transcript, options: RenderOptions) -> str:
    return _render(t, csv.excel)


def render_tsv(t: Transcript, options: RenderOptions) -> str:
    return _render(t, csv.excel_tab)
