"""One writer per output format, in one registry.

A writer turns a ``Transcript`` into text (or, for folder formats, files under a
directory). Adding a format is one module, one ``register`` call and one golden test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from ..models import Transcript


class OutputFormat(str, Enum):
    PRETTY = "pretty"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class Writer:
    format: OutputFormat
    summary: str
    render: Callable[[Transcript], str]


def _json(t: Transcript) -> str:
    return t.model_dump_json(indent=2) + "\n"


def _pretty(t: Transcript) -> str:
    from ..display import render_text  # Rich is imported only when pretty output is wanted

    return render_text(t)


REGISTRY: dict[OutputFormat, Writer] = {
    w.format: w
    for w in (
        Writer(OutputFormat.PRETTY, "coloured, wrapped display for a terminal (Rich)", _pretty),
        Writer(OutputFormat.JSON, "one transcript object: the JSON contract", _json),
    )
}


def get(fmt: OutputFormat) -> Writer:
    return REGISTRY[fmt]
