"""``podcast``: the Podcasting 2.0 JSON transcript (`<podcast:transcript>` JSON).

The standard shape is ``{"version": "1.0.0", "segments": [{"speaker", "startTime",
"endTime", "body"}]}``. Two additions keep estimates honest: a top-level ``timing``
object saying where the times come from, and ``"estimated": true`` on every segment
whose start or end time is an estimate. Players ignore fields they do not know.
"""

from __future__ import annotations

import json

from ..models import Transcript, TurnKind
from ..options import RenderOptions
from .common import paragraphs, speaker_name, speakers_by_id
from .timing import TimeSource, timeline

VERSION = "1.0.0"


def render_podcast(t: Transcript, options: RenderOptions) -> str:
    speakers = speakers_by_id(t)
    line = timeline(t, options.words_per_minute)
    timing: dict[str, object] = {"source": line.source.value}
    if line.source is not TimeSource.PAGE:
        timing["wordsPerMinute"] = line.words_per_minute
        timing["note"] = line.note()
    segments: list[dict[str, object]] = []
    for cue in line.cues:
        turn = cue.turn
        segment: dict[str, object] = {}
        name = speaker_name(turn, speakers)
        if name is not None and turn.kind is TurnKind.SPEECH:
            segment["speaker"] = name
        segment["startTime"] = cue.start
        segment["endTime"] = cue.end
        segment["body"] = "\n\n".join(paragraphs(turn))
        if cue.estimated:
            segment["estimated"] = True
        segments.append(segment)
    document = {"version": VERSION, "timing": timing, "segments": segments}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
