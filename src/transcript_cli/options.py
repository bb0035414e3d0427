"""The one frozen options object that crosses from the command line to the core."""

from __future__ import annotations

from dataclasses import dataclass

from .models import InputFormat

DEFAULT_WORDS_PER_MINUTE = 160


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """How to parse a page. Built once from the flags; picklable for worker processes.

    fix_text:     repair mojibake (``itâ€™s`` -> ``it’s``) with ftfy.
    encoding:     force this encoding instead of detecting one.
    input_format: force text/html/markdown instead of sniffing the page.
    infer_speakers: attribute an unlabeled intro when the page makes it certain.
    """

    fix_text: bool = True
    encoding: str | None = None
    input_format: InputFormat | None = None
    infer_speakers: bool = True


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to write a transcript out. Built once from the flags, handed to every writer.

    words_per_minute: speaking rate for estimating times where the page gives none.
    color:            ANSI colour in the ``pretty`` format; machine formats never carry it.
    width:            wrap width of the ``pretty`` format; None asks the terminal.
    """

    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE
    color: bool = False
    width: int | None = None
