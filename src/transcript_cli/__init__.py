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

from ._version import __version__
from .errors import BadInput, InputNotFound, InputUnreadable, NoTurns, TranscriptError
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
