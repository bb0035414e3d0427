"""Rich renderables for the ``pretty`` format. Rendering returns renderables; the CLI prints."""

from __future__ import annotations

from rich.bar import Bar
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .models import Transcript, TurnKind
from .stats import UNATTRIBUTED, SpeakerShare, Stats

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
            " · ".join(s.labels),  # labels hold commas themselves ("X, HOST")
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


def share_colours(t: Transcript) -> dict[str | None, str]:
    """The speaker colours by id, with dim white for unattributed speech (id None)."""
    colours: dict[str | None, str] = {None: "white"}
    colours.update(speaker_colours(t))
    return colours


def _percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def shares_table(rows: list[SpeakerShare], colours: dict[str | None, str]) -> Table:
    """``transcript speakers``: name, role, labels, turns, words, share of words."""
    table = Table(title="Speakers", title_justify="left", expand=False)
    table.add_column("Name")
    table.add_column("Role")
    table.add_column("Labels")
    table.add_column("Turns", justify="right")
    table.add_column("Words", justify="right")
    table.add_column("Share", justify="right")
    for row in rows:
        table.add_row(
            Text(row.name, style=f"bold {colours.get(row.id, 'white')}"),
            row.role or "",
            " · ".join(row.labels),
            str(row.turns),
            str(row.words),
            _percent(row.share),
        )
    return table


def stats_renderable(s: Stats, colours: dict[str | None, str], *, bar_width: int = 30) -> Group:
    """``transcript stats``: the counts, talk share as bars, the longest turn."""
    counts = Table.grid(padding=(0, 2))
    counts.add_column(style="bold")
    counts.add_column()
    counts.add_row("Turns", f"{s.turns} ({s.speech_turns} speech, {s.event_turns} events)")
    counts.add_row("Words", str(s.words))
    counts.add_row("Speakers", str(s.speakers))
    counts.add_row("Boilerplate lines", str(s.boilerplate_lines))
    bars = Table.grid(padding=(0, 2))
    bars.add_column()
    bars.add_column(width=bar_width)
    bars.add_column(justify="right")
    for row in s.talk_share:
        colour = colours.get(row.id, "white")
        bars.add_row(
            Text(row.name, style=f"bold {colour}"),
            Bar(1.0, 0.0, row.share, width=bar_width, color=colour, bgcolor="grey23"),
            _percent(row.share),
        )
    parts: list[RenderableType] = []
    heading = Text(s.title or "(untitled)", style="bold")
    parts.extend([Panel(heading, expand=False), counts, Text(""), Text("Talk share", style="bold"),
                  bars])
    if s.longest_turn is not None:
        longest = s.longest_turn
        who = longest.speaker or UNATTRIBUTED
        parts.extend([
            Text(""),
            Text.assemble(
                ("Longest turn ", "bold"),
                f"#{longest.index}, {who}, {longest.words} words",
            ),
        ])
    return Group(*parts)


def to_text(
    renderable: RenderableType, *, width: int | None = None, color: bool | None = None
) -> str:
    """A renderable as text, with ANSI styles only when ``color`` is true."""
    console = Console(
        record=False, width=width, force_terminal=color, no_color=color is False,
        highlight=False, soft_wrap=False,
    )
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def render_text(t: Transcript, *, width: int | None = None, color: bool | None = None) -> str:
    """The pretty display as text with ANSI styles (for writing to a terminal)."""
    return to_text(transcript_renderable(t), width=width, color=color)
