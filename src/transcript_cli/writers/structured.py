"""``json`` and ``jsonl``: the models themselves, the wire format."""

from __future__ import annotations

from ..models import Transcript
from ..options import RenderOptions


def render_json(t: Transcript, options: RenderOptions) -> str:
    """One transcript object, indented: the JSON contract."""
    return t.model_dump_json(indent=2) + "\n"


def render_jsonl(t: Transcript, options: RenderOptions) -> str:
    """The same object on one compact line, so that many inputs make one line each."""
    return t.model_dump_json() + "\n"
