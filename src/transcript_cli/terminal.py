"""The terminal policy, in one place: which format by default, and whether to colour.

Everything the command line needs to know about where it runs is in one small
``Environment`` value, read once from the system and injectable in tests (click's
``obj``), in the manner of httpie's ``Environment``:

- ``pretty`` is the default only when standard output is a terminal; piped, the
  default is ``json``; written to a file with ``-o``, the file name's suffix chooses;
- colour follows ``--color/--no-color`` when given, else ``NO_COLOR``, else
  ``FORCE_COLOR``, else whether the output is a terminal;
- machine formats never carry colour; talk (notes, errors) goes to standard error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field

from .writers import OutputFormat, Writer, for_path


@dataclass(frozen=True, slots=True)
class Environment:
    """What the command line knows of where it runs."""

    stdout_isatty: bool = False
    environ: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_system(cls) -> Environment:
        return cls(
            stdout_isatty=_isatty(sys.stdout),
            environ=dict(os.environ),
        )

    @property
    def no_color(self) -> bool:
        """``NO_COLOR`` set to anything but the empty string (no-color.org)."""
        return bool(self.environ.get("NO_COLOR"))

    @property
    def force_color(self) -> bool:
        """``FORCE_COLOR`` set to anything but empty or ``0``."""
        return self.environ.get("FORCE_COLOR", "") not in ("", "0")


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except ValueError:  # a closed stream
        return False


def choose_format(
    env: Environment, explicit: OutputFormat | None, output: str | None
) -> OutputFormat:
    """``--format`` when given; else the ``-o`` file's suffix; else pretty on a terminal."""
    if explicit is not None:
        return explicit
    if output is not None and output != "-":
        by_suffix: Writer | None = for_path(output)
        return by_suffix.format if by_suffix else OutputFormat.JSON
    return OutputFormat.PRETTY if env.stdout_isatty else OutputFormat.JSON


def use_color(
    env: Environment, flag: bool | None, fmt: OutputFormat, *, to_terminal: bool
) -> bool:
    """Whether to write ANSI colour. Only ``pretty`` ever has any."""
    if fmt is not OutputFormat.PRETTY:
        return False
    if flag is not None:
        return flag
    if env.no_color:
        return False
    if env.force_color:
        return True
    return to_terminal
