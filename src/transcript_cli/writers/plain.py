"""``text``: clean plain text, ``Speaker: words``, one blank line between turns."""

from __future__ import annotations

from ..models import Transcript
from ..options import RenderOptions
from .common import heading, paragraphs, speakers_by_id


def render_text(t: Transcript, options: RenderOptions) -> str:
    speakers = speakers_by_id(t)
    blocks: list[str] = []
    if t.title:
        blocks.append(f"# {t.title}")
    for turn in t.turns:
        paras = paragraphs(turn)
        who = heading(turn, speakers)
        if who is not None:
            paras[0] = f"{who}: {paras[0]}"
        blocks.append("\n\n".join(paras))
    return "\n\n".join(blocks) + "\n"
