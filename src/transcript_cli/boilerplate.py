"""Strip boilerplate: apply the rule tables in ``rules/boilerplate.py`` to a page.

Every removed line, or part of a line, is recorded with its source line number and
the name of the rule that removed it. A removed line leaves a paragraph break
behind, so text on either side of it is never glued together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from .labels import Grammar, Label
from .models import RemovedLine
from .reading import Line
from .rules.boilerplate import (
    BYLINE_CONTINUATION,
    BYLINE_RULES,
    CLOSING_RULES,
    DATELINE,
    INLINE_RULES,
    LINE_RULES,
    PRINT_ATTRIBUTION,
    STAFF_BIO,
    TRANSCRIPT_MARKERS,
)

_FENCE = re.compile(r"^\s*```")
_WORD = re.compile(r"[a-z0-9]+")
# Any text an inline rule needs; a line with none of it is passed over at once.
_INLINE_HINTS = re.compile(
    "|".join(re.escape(h) for rule in INLINE_RULES for h in rule.hints)
    if all(rule.hints for rule in INLINE_RULES) else ""
)
# A paragraph wholly in italics above the transcript: a standfirst or episode note.
_STANDFIRST = re.compile(r"\*[^*\s][^*]*[^*\s]\*|_[^_\s][^_]*[^_\s]_")


@dataclass
class Page:
    """Lines being cleaned, and what has been removed so far."""

    lines: list[Line]
    removed: list[RemovedLine] = field(default_factory=list)
    original: list[Line] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lines = list(self.lines)  # cleaned in place; the caller's list stays as it was
        if not self.original:
            self.original = list(self.lines)

    def drop(self, i: int, rule: str) -> None:
        line = self.lines[i]
        if line.blank:
            return
        for n in range(line.first, line.last + 1):
            text = line.text.strip() if n == line.first else ""
            self.removed.append(RemovedLine(line=n, text=text, rule=rule))
        self.lines[i] = Line(line.first, line.last, "")

    def cut(self, i: int, start: int, end: int, rule: str) -> None:
        line = self.lines[i]
        piece = line.text[start:end]
        if piece.strip():
            self.removed.append(RemovedLine(line=line.first, text=piece.strip(), rule=rule))
        self.lines[i] = Line(line.first, line.last, line.text[:start] + line.text[end:])


@dataclass(frozen=True, slots=True)
class FrontMatter:
    fields: dict[str, tuple[str, int]]  # key -> (value, line number)
    end: int  # index of the first line after it


def front_matter(lines: list[Line]) -> FrontMatter | None:
    """A YAML (``---``) or TOML (``+++``) block at the top of the page."""
    first = next((i for i, ln in enumerate(lines) if not ln.blank), None)
    if first is None or lines[first].text.strip() not in {"---", "+++"}:
        return None
    fence = lines[first].text.strip()
    fields: dict[str, tuple[str, int]] = {}
    for i in range(first + 1, min(len(lines), first + 200)):
        text = lines[i].text
        if text.strip() == fence:
            return FrontMatter(fields, i + 1)
        m = re.match(r"^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$", text)
        if m:
            fields.setdefault(m.group(1).lower(), (m.group(2).strip(), lines[i].first))
    return None


_ONLY_LINK = re.compile(r"\s*<?(?:https?://|www\.)\S+>?\s*")


def first_label(lines: list[Line], grammar: Grammar) -> tuple[int, Label] | None:
    """The first line holding a label that words follow (on its line, or on the next),
    and the label (at its start or inside it): where the transcript begins. A show-note
    line shaped like a label ("Harbor Institute: https://...") above a 'Transcript'
    heading does not hide the heading."""
    for i, line in enumerate(lines):
        if line.blank:
            continue
        label = grammar.any(line.text)
        if label is None:
            continue
        rest = line.text[label.end :]
        if not rest.strip():
            j = next((k for k in range(i + 1, len(lines)) if not lines[k].blank), None)
            if j is None or grammar.any(lines[j].text) is not None:
                continue
            rest = lines[j].text
        if _ONLY_LINK.fullmatch(rest) is None:
            return i, label
    return None


def _fences(page: Page) -> None:
    """Remove ``` fenced blocks (reader notes in blog copies) and inline ``` spans."""
    i = 0
    while i < len(page.lines):
        text = page.lines[i].text
        if _FENCE.match(text) and text.strip().count("```") == 1:
            close = next(
                (j for j in range(i + 1, len(page.lines)) if _FENCE.match(page.lines[j].text)),
                None,
            )
            if close is not None:
                for j in range(i, close + 1):
                    page.drop(j, "fenced-note")
                i = close + 1
                continue
        i += 1


def _inline(page: Page) -> None:
    for i, line in enumerate(page.lines):
        if line.blank:
            continue
        low = line.text.lower()
        if not _INLINE_HINTS.search(low):
            continue
        for rule in INLINE_RULES:
            if rule.hints and not any(h in low for h in rule.hints):
                continue
            while True:
                m = rule.regex.search(page.lines[i].text)
                if not m or m.end() == m.start():
                    break
                page.cut(i, m.start(), m.end(), rule.name)
        if page.lines[i].blank and not line.blank:
            page.lines[i] = Line(line.first, line.last, "")


def _line_rules(page: Page, protect: set[int], grammar: Grammar) -> None:
    for i, line in enumerate(page.lines):
        if line.blank or i in protect:
            continue
        rule = LINE_RULES.first(line.text)
        if rule is not None and rule.name in _SPEAKABLE and _under_bare_label(page, i, grammar):
            continue  # a label alone on the line above: these are its words, read on air
        if rule is not None:
            page.drop(i, rule.name)
            if rule.name in BYLINE_RULES and line.text.rstrip().endswith((",", " and", "&")):
                _wrapped_byline(page, i + 1, rule.name)
            elif rule.name == "caption-timing" and i > 0 and (
                page.lines[i - 1].text.strip().isdigit()
            ):
                page.drop(i - 1, rule.name)  # the cue's number, on the line above its timing
            if rule.name in {"photo-credit", "photo-credit-courtesy"}:
                _caption_before(page, i, protect, grammar)


# Rules whose lines are also said on air (a funding credit, a promo read by the host):
# under a label standing alone they are that speaker's words, not page chrome.
_SPEAKABLE = frozenset(
    {"support-appeal", "sponsor-slot", "subscribe-promo", "support-promo", "reader-promo",
     "platform-links", "production-credit", "find-us", "segment-aired", "edit-note"}
)


def _under_bare_label(page: Page, i: int, grammar: Grammar) -> bool:
    """Is the line above ``i`` (a blank line or two between) a label with no words after
    it ("Speaker 3 (00:02:19):")?"""
    j = i - 1
    while j >= 0 and i - j <= 3 and page.original[j].blank:
        j -= 1
    if j < 0 or page.lines[j].blank:
        return False
    above = page.lines[j].text
    label = grammar.at_start(above)
    return label is not None and not above[label.end :].strip()


def _wrapped_byline(page: Page, j: int, rule: str) -> None:
    """The names a byline ending in a comma or 'and' carries over to the next line."""
    if j < len(page.lines) and not page.lines[j].blank and BYLINE_CONTINUATION.fullmatch(
        page.lines[j].text
    ):
        page.drop(j, rule)


def _caption_before(page: Page, i: int, protect: set[int], grammar: Grammar) -> None:
    """The short paragraph right above a photo credit is the photo's caption.

    Caption buttons already removed between them ("hide caption", "toggle caption") are
    stepped over."""
    j = i - 1
    while j >= 0 and page.lines[j].blank and not page.original[j].blank:
        j -= 1
    if j < 0 or page.lines[j].blank or j in protect:
        return
    text = page.lines[j].text
    if grammar.at_start(text) or len(text.split()) > 60:
        return
    if j == 0 or page.lines[j - 1].blank:
        page.drop(j, "photo-caption")


def _before_marker(
    page: Page, stop: int, protect: set[int], *, head_share: float = 1.0
) -> int | None:
    """Everything above the last transcript marker that precedes line ``stop`` (the first
    label) and has no more than ``head_share`` of the page's words above it; the marker's
    index, if there is one."""
    words = [len(line.text.split()) for line in page.original[:stop]]
    limit = head_share * sum(words)
    marker = None
    above = 0
    for i in range(stop):
        if above > limit:
            break
        if not page.original[i].blank and TRANSCRIPT_MARKERS.first(page.original[i].text):
            marker = i
        above += words[i]
    if marker is None:
        return None
    for i in range(marker + 1):
        if i not in protect:
            page.drop(i, "before-transcript")
    return marker


# A paragraph of page furniture: every line short and none ending a sentence (menus,
# section names, link lists, a guest list's names). Spoken lines end in punctuation, and
# a paragraph of speech has at least one line that does.
_FURNITURE_MAX_WORDS = 6
_SENTENCE_END = re.compile(r"[.?!…][\"”’')\]]*$")
_CUE_START = ("(", "[")
_CUE_OR_STAMP = re.compile(r"\s*(?:[(\[].{0,300}|[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?)\s*")


def _furniture(page: Page, paragraph: list[int]) -> bool:
    for i in paragraph:
        text = page.lines[i].text.strip()
        if (
            len(text.split()) > _FURNITURE_MAX_WORDS
            or _SENTENCE_END.search(text)
            or text.startswith(_CUE_START)
        ):
            return False
    return True


def _paragraphs(page: Page, lines: range, protect: set[int]) -> list[list[int]]:
    """Runs of consecutive non-blank lines; removed and protected lines separate them, and
    so do cues and time stamps standing alone, which are never furniture themselves."""
    out: list[list[int]] = []
    run: list[int] = []
    for i in lines:
        text = page.lines[i].text
        if page.lines[i].blank or i in protect or _CUE_OR_STAMP.fullmatch(text):
            if run:
                out.append(run)
            run = []
        else:
            run.append(i)
    if run:
        out.append(run)
    return out


def _head_furniture(page: Page, stop: int, protect: set[int]) -> None:
    """Menus and section names above the first label, where no marker says where the
    transcript begins (the host's unlabeled lead-in is sentences, and stays)."""
    for paragraph in _paragraphs(page, range(stop), protect):
        if _furniture(page, paragraph):
            for i in paragraph:
                page.drop(i, "page-furniture")


def _tail_furniture(page: Page, last: int) -> None:
    """Link lists and footer names after the last turn, read from the bottom of the page
    up to the first paragraph that could be speech. At least two lines, so that a page
    cut off after a short last line does not lose it."""
    found: list[int] = []
    for paragraph in reversed(_paragraphs(page, range(last + 1, len(page.lines)), set())):
        if not _furniture(page, paragraph):
            break
        found.extend(paragraph)
    if len(found) >= 2:
        for i in found:
            page.drop(i, "page-furniture")


def _last_label(page: Page, grammar: Grammar) -> int | None:
    for i in range(len(page.lines) - 1, -1, -1):
        if not page.lines[i].blank and grammar.any(page.lines[i].text):
            return i
    return None


def _after_closing(page: Page, last: int) -> None:
    """Below the transcript's closing footer (copyright, disclaimer, a footer heading such
    as 'Related Stories') after line ``last`` (the last label) nothing is speech."""
    closing_lines = {r.line for r in page.removed if r.rule in CLOSING_RULES}
    for i in range(last + 1, len(page.lines)):
        line = page.original[i]
        bio = None if line.blank else STAFF_BIO.fullmatch(page.lines[i].text.strip())
        if bio is not None:
            # A staff bio ends the transcript; it is the footer's, not the last speaker's,
            # and so is the bare name printed above it.
            page.drop(i, "staff-bio")
            above = i - 1
            if above > last and page.lines[above].text.strip() == bio.group("name"):
                page.drop(above, "staff-bio")
        if bio is not None or line.first in closing_lines or (
            not line.blank and any(r.regex.fullmatch(line.text.strip()) for r in LINE_RULES
                                   if r.name in CLOSING_RULES)
        ):
            for j in range(i + 1, len(page.lines)):
                page.drop(j, "after-transcript")
            return


def _ngrams(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[k : k + n]) for k in range(len(words) - n + 1)}


def is_web_summary(paragraph: str, transcript: Callable[[], set[tuple[str, ...]]]) -> bool:
    """Text written for the web, not for air: a dateline, print-style quotes, or the
    story retold.

    ``transcript`` gives the 4-grams of the transcript below; it is called only for a
    paragraph long enough to be compared, so most pages never compute them."""
    if DATELINE.match(paragraph) or len(PRINT_ATTRIBUTION.findall(paragraph)) >= 2:
        return True
    grams = _ngrams(paragraph)
    if len(grams) < 12:
        return False
    shared = len(grams & transcript()) / len(grams)
    return shared >= 0.2


def _web_summary(page: Page, stop: int, label: Label, protect: set[int]) -> None:
    """Unlabeled paragraphs above the first label that were written for the web."""

    @cache
    def transcript() -> set[tuple[str, ...]]:  # the 4-grams below the label, computed once
        rest = [page.lines[stop].text[label.start :]]
        return _ngrams(" ".join(rest + [ln.text for ln in page.lines[stop + 1 :]]))

    head = page.lines[stop].text[: label.start]
    if label.start > 0 and head.strip() and is_web_summary(head, transcript):
        page.cut(stop, 0, label.start, "web-summary")
    paragraph: list[int] = []
    for i in range(stop + 1):
        if i == stop or page.lines[i].blank:
            if paragraph:
                text = " ".join(page.lines[k].text for k in paragraph)
                rule = (
                    "standfirst" if _STANDFIRST.fullmatch(text.strip())
                    else "web-summary" if is_web_summary(text, transcript) else None
                )
                if rule is not None:
                    for k in paragraph:
                        page.drop(k, rule)
            paragraph = []
        elif i not in protect:
            paragraph.append(i)


def strip_lines(page: Page, grammar: Grammar) -> None:
    """First pass: fenced notes, inline spans and whole-line rules."""
    _fences(page)
    _inline(page)
    _line_rules(page, set(), grammar)


def strip_regions(page: Page, protect: set[int], grammar: Grammar) -> None:
    """Second pass: front matter above a transcript marker, and web summaries above the
    first label. ``protect`` holds line indexes never to remove (the title)."""
    found = first_label(page.lines, grammar)
    if found is None:
        _unlabeled_regions(page, protect)
        return
    stop, label = found
    _before_marker(page, stop, protect)
    _web_summary(page, stop, label, protect)
    _head_furniture(page, stop, protect)
    last = _last_label(page, grammar)
    if last is not None:
        _after_closing(page, last)
        _tail_furniture(page, last)


_UNLABELED_HEAD = 1 / 3  # of a page's words, at most, above its transcript marker


def _unlabeled_regions(page: Page, protect: set[int]) -> None:
    """A transcript that names no speakers (a podcast app's, a caption file's): above its
    marker is front matter; below a closing line after the marker is footer; link lists
    at the foot of the page are furniture. With no marker, only the last of these."""
    # With no label to say where speech begins, a marker counts only near the top: a rule
    # line or a "Transcript" link low on the page must not take the text above it.
    marker = _before_marker(page, len(page.lines), protect, head_share=_UNLABELED_HEAD)
    if marker is not None:
        _after_closing(page, marker)
    _tail_furniture(page, -1 if marker is None else marker)
