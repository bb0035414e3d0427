"""The account a transcript gives of its source: every non-blank line is somewhere.

Shared by the corpus, sample and property tests. A line is accounted for when it lies
inside a turn's ``lines``, is listed in ``boilerplate``, or is the ``title_line``.
"""

from __future__ import annotations

from transcript_cli import Transcript
from transcript_cli.reading import normalise_newlines


def source_lines(text: str) -> list[str]:
    """The page's lines as the transcript numbers them: CRLF and bare CR end a line."""
    return normalise_newlines(text).split("\n")


def problems(text: str, t: Transcript) -> list[str]:
    """What is wrong with the transcript's account of ``text``; empty when nothing is."""
    lines = source_lines(text)
    found: list[str] = []
    if t.source.lines != len(lines):
        found.append(f"source.lines is {t.source.lines}, the text has {len(lines)} lines")
    covered: set[int] = set()
    for turn in t.turns:
        first, last = turn.lines
        if not 1 <= first <= last <= len(lines):
            found.append(f"turn {turn.index} has lines {turn.lines} outside 1..{len(lines)}")
        covered.update(range(first, last + 1))
    for removed in t.boilerplate:
        if not 1 <= removed.line <= len(lines):
            found.append(f"boilerplate line {removed.line} outside 1..{len(lines)}")
        covered.add(removed.line)
    if t.title_line is not None:
        covered.add(t.title_line)
    found.extend(
        f"line {n} is not accounted for: {line.strip()[:60]!r}"
        for n, line in enumerate(lines, start=1)
        if line.strip() and n not in covered
    )
    return found
