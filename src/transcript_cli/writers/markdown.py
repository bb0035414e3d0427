"""``markdown``: the title as a heading, ``**Speaker:** words`` paragraphs, cues in italics."""

from __future__ import annotations

import re

from ..models import Transcript, TurnKind
from ..options import RenderOptions
from .common import heading, speakers_by_id

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# a line opening with these would become a heading, quote, list item or rule
_BLOCK_START = re.compile(r"^(\s*|\s*\d+)((?<!\d)[#>+=-]|(?<=\d)[.)])", re.MULTILINE)


def escape(text: str) -> str:
    """Page text as literal Markdown: no emphasis, links, HTML or block syntax."""
    text = _INLINE.sub(r"\\\1", text)
    return _BLOCK_START.sub(r"\1\\\2", text)


def render_markdown(t: Transcript, options: RenderOptions) -> str:
    speakers = speakers_by_id(t)
    blocks: list[str] = []
    if t.title:
        blocks.append(f"# {escape(t.title)}")
    for turn in t.turns:
        if turn.kind is TurnKind.EVENT:
            blocks.append(f"*({escape(turn.text)})*")
            continue
        paras = [escape(p) for p in turn.text.split("\n\n") if p.strip()] or [""]
        notes = "".join(f"*({escape(n)})* " for n in turn.notes)
        who = heading(turn, speakers)
        lead = f"**{escape(who)}:** " if who is not None else ""
        paras[0] = f"{lead}{notes}{paras[0]}".rstrip()
        blocks.extend(paras)
    return "\n\n".join(blocks) + "\n"
