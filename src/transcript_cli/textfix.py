"""Mojibake repair: ``itâ€™s`` -> ``it’s``, with ftfy, only where the text shows signs of it."""

from __future__ import annotations

import re

# Sequences UTF-8 text takes on when it is decoded as cp1252 or latin-1.
_SUSPECT = re.compile(
    "[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def fix_text(text: str) -> str:
    """Repair mojibake; text without its signs is returned unchanged and ftfy not imported."""
    if not _SUSPECT.search(text):
        return text
    import ftfy  # imported only for pages that need it

    fixed: str = ftfy.fix_text(
        text,
        unescape_html=False,
        fix_line_breaks=False,
        normalization=None,
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        # A line of control characters stays a line of them: removing them would leave
        # a source line that is neither in a turn nor reported as removed.
        remove_control_chars=False,
    )
    return fixed
