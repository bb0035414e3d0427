"""``pretty``: the Rich display for a terminal.

The registry imports this module only when pretty output is asked for, so Rich stays
out of the machine formats' start-up time.
"""

from __future__ import annotations

from ..display import render_text
from ..models import Transcript
from ..options import RenderOptions


def render_pretty(t: Transcript, options: RenderOptions) -> str:
    return render_text(t, width=options.width, color=options.color)
