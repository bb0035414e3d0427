"""``vtt`` (WebVTT with ``<v Speaker>`` voice tags) and ``srt``: one caption cue per turn.

Times come from ``timing``: the page's own stamps where it has them, estimates
elsewhere. WebVTT says which in ``NOTE`` blocks; SRT has no comments, so the command
line says it on standard error instead.
"""

from __future__ import annotations

from ..models import Transcript, TurnKind
from ..options import RenderOptions
from .common import heading, paragraphs, speaker_name, speakers_by_id
from .timing import Cue, TimeSource, clock, timeline


def _vtt_escape(text: str) -> str:
    # also keeps "-->" out of cue text, where it would end the cue
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _lines(paras: list[str]) -> list[str]:
    """Caption text lines: a blank line would end the cue early, so there are none."""
    return [ln.strip() for p in paras for ln in p.splitlines() if ln.strip()]


def _note(text: str) -> str:
    """A WebVTT comment block; a NOTE may hold neither a blank line nor ``-->``."""
    lines = [ln for ln in text.replace("-->", "->").splitlines() if ln.strip()]
    return "NOTE " + "\n".join(lines)


def _cue_note(cue: Cue) -> str:
    if cue.start_estimated and cue.end_estimated:
        return "NOTE start and end times estimated"
    return "NOTE start time estimated" if cue.start_estimated else "NOTE end time estimated"


def render_vtt(t: Transcript, options: RenderOptions) -> str:
    speakers = speakers_by_id(t)
    line = timeline(t, options.words_per_minute)
    blocks = ["WEBVTT"]
    if t.title:
        station = f" ({t.source.station})" if t.source.station else ""
        blocks.append(_note(f"{t.title}{station}"))
    note = line.note()
    if note:
        blocks.append(_note(note))
    for number, cue in enumerate(line.cues, start=1):
        turn = cue.turn
        if line.source is TimeSource.MIXED and cue.estimated:
            blocks.append(_cue_note(cue))
        body = "\n".join(_vtt_escape(ln) for ln in _lines(paragraphs(turn)))
        name = speaker_name(turn, speakers)
        if turn.kind is TurnKind.EVENT:
            body = f"<i>{body}</i>"
        elif name is not None:
            voice = "v.inferred" if turn.inferred else "v"
            body = f"<{voice} {_vtt_escape(name)}>{body}"
        timing = f"{clock(cue.start_ms)} --> {clock(cue.end_ms)}"
        blocks.append(f"{number}\n{timing}\n{body}")
    return "\n\n".join(blocks) + "\n"


def render_srt(t: Transcript, options: RenderOptions) -> str:
    speakers = speakers_by_id(t)
    blocks: list[str] = []
    for number, cue in enumerate(timeline(t, options.words_per_minute).cues, start=1):
        paras = paragraphs(cue.turn)
        who = heading(cue.turn, speakers)
        if who is not None:
            paras[0] = f"{who}: {paras[0]}"
        timing = f"{clock(cue.start_ms, decimal=',')} --> {clock(cue.end_ms, decimal=',')}"
        blocks.append(f"{number}\n{timing}\n" + "\n".join(_lines(paras)))
    return "\n\n".join(blocks) + "\n"
