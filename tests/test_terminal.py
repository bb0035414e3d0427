"""The terminal policy, through its injectable Environment."""

from __future__ import annotations

import pytest

from transcript_cli.terminal import Environment, choose_format, use_color
from transcript_cli.writers import OutputFormat


@pytest.mark.parametrize(
    ("tty", "explicit", "output", "chosen"),
    [
        (True, None, None, OutputFormat.PRETTY),
        (False, None, None, OutputFormat.JSON),
        (True, None, "-", OutputFormat.PRETTY),
        (True, None, "talk.vtt", OutputFormat.VTT),
        (True, None, "TALK.HTM", OutputFormat.HTML),
        (False, None, "rows.tsv", OutputFormat.TSV),
        (True, None, "corpus", OutputFormat.JSON),  # no known suffix: the contract
        (True, OutputFormat.SRT, "talk.vtt", OutputFormat.SRT),  # --format wins
    ],
)
def test_choose_format(
    tty: bool, explicit: OutputFormat | None, output: str | None, chosen: OutputFormat
) -> None:
    assert choose_format(Environment(stdout_isatty=tty), explicit, output) is chosen


def test_environment_reads_no_color_and_force_color() -> None:
    assert Environment(environ={"NO_COLOR": "1"}).no_color
    assert not Environment(environ={"NO_COLOR": ""}).no_color
    assert Environment(environ={"FORCE_COLOR": "1"}).force_color
    assert not Environment(environ={"FORCE_COLOR": "0"}).force_color


def test_only_pretty_is_ever_coloured() -> None:
    env = Environment(stdout_isatty=True, environ={"FORCE_COLOR": "1"})
    for fmt in OutputFormat:
        coloured = use_color(env, True, fmt, to_terminal=True)
        assert coloured is (fmt is OutputFormat.PRETTY)


def test_flag_then_no_color_then_force_color_then_terminal() -> None:
    both = Environment(environ={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    pretty = OutputFormat.PRETTY
    assert use_color(both, True, pretty, to_terminal=False)
    assert not use_color(both, None, pretty, to_terminal=True)
    forced = Environment(environ={"FORCE_COLOR": "1"})
    assert use_color(forced, None, pretty, to_terminal=False)
    assert not use_color(forced, False, pretty, to_terminal=True)
    assert use_color(Environment(), None, pretty, to_terminal=True)
    assert not use_color(Environment(), None, pretty, to_terminal=False)
