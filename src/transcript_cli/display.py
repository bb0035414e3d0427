"""Rich renderables for the ``pretty`` format. Rendering returns renderables; the CLI prints."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .models import Transcript, TurnKind

PALETTE = ("cyan", "magenta", "green", "yellow", "blue", "bright_red", "bright_cyan",
           "bright_magenta", "bright_green", "bright_yellow", "bright_blue", "red")


def speaker_colours(t: Transcript) -> dict[str, str]:
    """A stable colour per speaker: the order they are listed in."""
    return {s.id: PALETTE[k % len(PALETTE)] for k, s in enumerate(t.speakers)}


def speakers_table(t: Transcript) -> Table:
    colours = speaker_colours(t)
    table = Table(title="Speakers", title_justify="left", expand=False)
    table.add_column("Name")
    table.add_column("Role")
    table.add_column("Labels")
    table.add_column("Turns", justify="right")
    for s in t.speakers:
        table.add_row(
            Text(s.name, style=f"bold {colours[s.id]}"),
            s.role.value if s.role else "",
            ", ".join(s.labels),
            str(s.turns),
        )
    return table


def transcript_renderable(t: Transcript) -> RenderableType:
    colours = speaker_colours(t)
    names = {s.id: s.name for s in t.speakers}
    parts: list[RenderableType] = []
    heading = Text(t.title or "(untitled)", style="bold")
    if t.source.station:
        heading.append(f"  {t.source.station}", style="dim")
    parts.append(Panel(heading, expand=False))
    if t.speakers:
        parts.append(speakers_table(t))
    parts.append(Text(""))
    for turn in t.turns:
        if turn.kind is not TurnKind.SPEECH:
            parts.append(Padding(Text(f"({turn.text})", style="dim italic"), (0, 0, 1, 2)))
            continue
        who = names.get(turn.speaker or "", "Unattributed")
        head = Text(who, style=f"bold {colours.get(turn.speaker or '', 'white')}")
        if turn.inferred:
            head.append(" (inferred)", style="dim")
        for note in turn.notes:
            head.append(f" [{note}]", style="dim italic")
        parts.append(head)
        parts.append(Padding(Text(turn.text), (0, 0, 1, 2)))
    removed = len(t.boilerplate)
    parts.append(Text(f"{len(t.turns)} turns; {removed} boilerplate lines removed", style="dim"))
    return Group(*parts)


def render_text(t: Transcript, *, width: int | None = None, color: bool | None = None) -> str:
    """The pretty display as text with ANSI styles (for writing to a terminal)."""
    console = Console(
        record=False, width=width, force_terminal=color, no_color=color is False,
        highlight=False, soft_wrap=False,
    )
    with console.capture() as capture:
        console.print(transcript_renderable(t))
    return capture.get()
