"""Page metadata: the story headline and the station.

The title is looked for in the order a careful reader would trust it: a headline
linked to its story, the front matter's title, a markdown or HTML heading, then a
short headline line above the transcript. Dates, bylines, filenames and station
lines are never titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .boilerplate import FrontMatter
from .labels import Grammar
from .reading import Line
from .rules.boilerplate import LINE_RULES, OUTLET_RULES, STATION
from .rules.labels import NOT_NAMES

_LINK_TITLE = re.compile(r"^\s*\[([^\]\n]{3,200})\]\((?:https?://)[^)\s]+\)\s*$")
_H1 = re.compile(r"^\s*#[ \t]+(\S.*)$")  # closing "#"s are stripped in Python, not by regex
# Date codes a notes vault puts before a title: "191204) ", "(231215) ", "2014072601".
_DATE_PREFIX = re.compile(r"^\s*\(?\d{6,10}\)?\s*")
_CUE = re.compile(r"^\s*[(\[].*[)\]]\s*$")
_SECTION_WORDS = frozenset(w.lower() for w in NOT_NAMES) | {"points", "article", "transcribe"}


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    line: int  # 1-based source line
    index: int | None  # index into the page's lines, when the title is in the body
    continuation: int | None = None  # index of a wrapped second line of a heading


def _clean(title: str) -> str:
    title = title.strip().strip("\"'“”‘’").strip()
    title = _DATE_PREFIX.sub("", title) if re.match(r"^\s*\(?\d{6,10}\)?\s*\S", title) else title
    return re.sub(r"\s+", " ", title).strip()


def _is_chrome(text: str) -> bool:
    return LINE_RULES.first(text) is not None


def _headline_like(text: str, grammar: Grammar) -> bool:
    t = text.strip()
    words = t.split()
    if not (1 <= len(words) <= 16) or len(t) > 140:
        return False
    if t[-1] in ".,;:" or not (t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘"):
        return False
    if _CUE.match(t) or "://" in t or t.lower() in _SECTION_WORDS:
        return False
    return not (grammar.any(t) or _is_chrome(t))


def find_title(
    original: list[Line],
    lines: list[Line],
    front: FrontMatter | None,
    html_title: tuple[str, int] | None,
    stop: int | None,
    grammar: Grammar,
    story_meta: frozenset[int] = frozenset(),
) -> Title | None:
    """The story headline.

    ``original`` are the page's lines before boilerplate removal (headings and link
    lines are removed as furniture but still name the story), ``lines`` the cleaned
    ones, index for index; ``stop`` is the index of the first label line, if any;
    ``story_meta`` the indexes of bylines and dates, which sit right under a headline.
    """
    head = range(stop if stop is not None else min(len(lines), 40))
    for i in head:
        m = _LINK_TITLE.match(original[i].text)
        if m and _clean(m.group(1)):
            return Title(_clean(m.group(1)), lines[i].first, i)
    if front is not None:
        for key in ("title", "headline"):
            if key in front.fields and _clean(front.fields[key][0]):
                value, line = front.fields[key]
                return Title(_clean(value), line, None)
    for i in head:
        m = _H1.match(original[i].text)
        heading = m.group(1).rstrip().rstrip("#").rstrip() if m else ""
        if heading and heading.lower() not in _SECTION_WORDS:
            text, cont = heading, None
            j = i + 1
            if j < len(lines) and not lines[j].blank and _wrapped_heading(lines[j].text, grammar):
                text, cont = f"{text} {lines[j].text.strip()}", j
            return Title(_clean(text), lines[i].first, i, cont)
    if html_title and _clean(html_title[0]):
        return Title(_clean(html_title[0]), html_title[1], None)
    # A headline line: one that stands alone; best one right above a byline or date, else
    # the first of three words or more (a section or program tag such as "Politics" is
    # shorter), else the first.
    candidates = [
        i for i in head
        if not lines[i].blank and _headline_like(lines[i].text, grammar) and _stands_alone(lines, i)
    ]
    if not candidates:
        return None
    above_meta = [i for i in candidates if _above(i, story_meta, lines)]
    best = above_meta[0] if above_meta else next(
        (i for i in candidates if len(lines[i].text.split()) >= 3), candidates[0]
    )
    return Title(_clean(lines[best].text), lines[best].first, best)


def _wrapped_heading(text: str, grammar: Grammar) -> bool:
    t = text.strip()
    return bool(t) and not t.startswith((">", "#", "-", "*", "[", "(")) and len(t.split()) <= 12 \
        and grammar.at_start(t) is None


def _above(i: int, story_meta: frozenset[int], lines: list[Line]) -> bool:
    """Is the next non-blank line after ``i`` (blank or removed lines skipped, up to a few)
    a byline or date?"""
    for j in range(i + 1, min(len(lines), i + 6)):
        if j in story_meta:
            return True
        if not lines[j].blank:
            return False
    return False


def _stands_alone(lines: list[Line], i: int) -> bool:
    """A headline sits in a paragraph of its own."""
    before = i == 0 or lines[i - 1].blank
    after = i + 1 >= len(lines) or lines[i + 1].blank
    return before and after


def find_station(removed: Iterable[tuple[str, str]]) -> str | None:
    """The outlet named by the page chrome: call letters ("© 2024 KMUW"), else NPR or CNN
    when their own footers or notices were removed. ``removed`` holds (text, rule) pairs."""
    fallback = None
    for text, rule in removed:
        m = STATION.search(text)
        if m:
            return m.group(1)
        if fallback is None and rule in OUTLET_RULES:
            fallback = OUTLET_RULES[rule]
    return fallback
