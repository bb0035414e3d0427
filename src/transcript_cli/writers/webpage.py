"""``html``: one self-contained, readable page in the Podcasting 2.0 HTML transcript shape.

Each turn is ``<cite>Speaker:</cite> <time>00:01:23</time> <p>words</p>``, the shape
podcast apps read. Speakers get a colour each, cues are set apart, and everything the
page needs (the style sheet) is inline: no scripts, fonts or images from elsewhere.
Every piece of page text is escaped.
"""

from __future__ import annotations

from functools import partial
from html import escape as _escape

from ..models import Transcript, TurnKind
from ..options import RenderOptions
from .common import speaker_name, speakers_by_id
from .timing import Cue, timeline

escape = partial(_escape, quote=False)  # text only: attributes here are our own, never page text

# colours for light and dark backgrounds, each readable on its background (WCAG AA)
_LIGHT = ("#0a58ca", "#a3166b", "#146c43", "#9a4a00", "#6f42c1", "#b02a37", "#087990", "#5c636a")
_DARK = ("#6ea8fe", "#f18bc9", "#75b798", "#ffb26b", "#b99cf5", "#ea868f", "#6edff6", "#adb5bd")

_STYLE = """\
:root { color-scheme: light dark; }
body { font: 1.05rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 44rem;
  margin: 2rem auto; padding: 0 1rem; color: #1f2328; background: #ffffff; }
header p, .timing-note, time { color: #59636e; }
h1 { font-size: 1.6rem; line-height: 1.25; margin-bottom: .25rem; }
cite { font-style: normal; font-weight: 700; }
cite small { font-weight: 400; color: #59636e; }
time { font-size: .85em; margin-left: .5em; font-variant-numeric: tabular-nums; }
time.estimated::before { content: "≈ "; }
p { margin: .2rem 0 1.1rem; }
p.cue { font-style: italic; color: #59636e; margin-left: 1.5rem; }
.timing-note { font-size: .9em; border-left: 3px solid #d4a72c; padding-left: .75rem; }
"""


def _palette() -> str:
    light = "\n".join(f".speaker-{k} {{ color: {c}; }}" for k, c in enumerate(_LIGHT))
    dark = "\n".join(f"  .speaker-{k} {{ color: {c}; }}" for k, c in enumerate(_DARK))
    return (
        f"{light}\n@media (prefers-color-scheme: dark) {{\n"
        "  body { color: #e6edf3; background: #0d1117; }\n"
        "  header p, .timing-note, time, cite small, p.cue { color: #9198a1; }\n"
        f"{dark}\n}}\n"
    )


def _time(cue: Cue) -> str:
    ms = cue.start_ms
    seconds, _ = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    label = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    machine = f"PT{ms // 1000}.{ms % 1000:03d}S"
    if cue.start_estimated:
        return f'<time datetime="{machine}" class="estimated" title="estimated">{label}</time>'
    return f'<time datetime="{machine}">{label}</time>'


def render_html(t: Transcript, options: RenderOptions) -> str:
    speakers = speakers_by_id(t)
    colour = {s.id: k % len(_LIGHT) for k, s in enumerate(t.speakers)}
    line = timeline(t, options.words_per_minute)
    title = escape(t.title or "Transcript")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>\n{_STYLE}{_palette()}</style>",
        "</head>",
        "<body>",
    ]
    note = line.note()
    if note:
        out.append(f"<!-- {escape(note).replace('--', '- -')} -->")
    out.append("<header>")
    out.append(f"<h1>{title}</h1>")
    if t.source.station:
        out.append(f"<p>{escape(t.source.station)}</p>")
    out.append("</header>")
    if note:
        out.append(f'<p class="timing-note">{escape(note)}</p>')
    out.append("<main>")
    for cue in line.cues:
        turn = cue.turn
        if turn.kind is TurnKind.EVENT:
            out.append(_time(cue))
            out.append(f'<p class="cue">({escape(turn.text)})</p>')
            continue
        name = speaker_name(turn, speakers)
        if name is not None and turn.speaker is not None:
            css = f"speaker-{colour[turn.speaker]}"
            inferred = " <small>(inferred)</small>" if turn.inferred else ""
            out.append(f'<cite class="{css}">{escape(name)}{inferred}:</cite>')
        out.append(_time(cue))
        notes = "".join(f"<em>({escape(n)})</em> " for n in turn.notes)
        paras = [p for p in turn.text.split("\n\n") if p.strip()] or [""]
        for k, para in enumerate(paras):
            lead = notes if k == 0 else ""
            out.append(f"<p>{lead}{escape(para).replace(chr(10), '<br>')}</p>")
    out.append("</main>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"
