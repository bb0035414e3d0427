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
