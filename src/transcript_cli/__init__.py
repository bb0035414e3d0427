"""transcript-cli: clean, typed speaker turns from scraped radio and podcast pages.

The library surface::

    from transcript_cli import parse, parse_file, ParseOptions
    t = parse(page_text)
    for turn in t.turns:
        print(turn.speaker, turn.text)

For engines that must not stop on one bad page, ``transcript_cli.records`` returns error
records instead of raising and flattens transcripts into turn rows; ``transcript_cli.dask``
(the ``dask`` extra, never imported from here) runs it over Dask bags.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import BadInput, InputNotFound, InputUnreadable, NoTurns, TranscriptError

if TYPE_CHECKING:
    from .files import parse_file
    from .models import (
        Inference,
        InputFormat,
        RemovedLine,
        Role,
        Source,
        Speaker,
        Transcript,
        Turn,
        TurnKind,
    )
    from .options import ParseOptions
    from .parser import parse

# The rest of the surface is imported on first use: ``import transcript_cli.models`` (to
# read the JSON back into models) then costs the models alone, not the parser's compiled
# rules, and the command sets up its process before any model is built.
_LAZY: dict[str, str] = {
    "parse": "parser",
    "parse_file": "files",
    "ParseOptions": "options",
    **dict.fromkeys(
        ("Inference", "InputFormat", "RemovedLine", "Role", "Source", "Speaker",
         "Transcript", "Turn", "TurnKind"),
        "models",
    ),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})

__all__ = [
    "BadInput",
    "Inference",
    "InputFormat",
    "InputNotFound",
    "InputUnreadable",
    "NoTurns",
    "ParseOptions",
    "RemovedLine",
    "Role",
    "Source",
    "Speaker",
    "Transcript",
    "TranscriptError",
    "Turn",
    "TurnKind",
    "__version__",
    "parse",
    "parse_file",
]
