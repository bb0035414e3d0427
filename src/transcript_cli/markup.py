"""HTML and markdown pages to lines of text.

A page saved as HTML is read with the standard library's HTML parser (never with
regexes): block elements and ``<br>`` become line and paragraph breaks, ``<b>`` and
``<strong>`` become markdown bold so that the label grammar sees one notation for a
name marked in bold, and every output line keeps the source lines it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .models import InputFormat, RemovedLine
from .reading import Line

_BLOCK = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
        "blockquote", "section", "article", "header", "footer", "main", "aside", "nav",
        "pre", "dl", "dt", "dd", "figure", "figcaption", "hr", "body", "html",
    }
)
# Elements whose text is never transcript, and the rule name their removal is reported under.
_SKIP: dict[str, str] = {
    "script": "html-script", "style": "html-script", "noscript": "html-script",
    "template": "html-script", "svg": "html-script", "head": "html-head",
    "nav": "html-chrome", "aside": "html-chrome", "footer": "html-chrome", "form": "html-chrome",
    "menu": "html-chrome", "button": "html-chrome", "select": "html-chrome",
    "figcaption": "html-caption",  # a photo's caption and credit: read, never spoken
    "header": "html-chrome",  # the site's or the story's header: logo, menus, byline
}
# Elements with no end tag: never pushed on the stack of skipped elements.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)
# Class names that mark page furniture whatever the element ("byline", "story-summary",
# "related-links", "share-tools"): one word of the vocabulary, with at most one word
# before and one after it. The transcript's own containers ("article-body",
# "transcript") are not in it.
_CHROME_CLASS = re.compile(
    r"(?:[a-z0-9]+[-_])?(?:bylines?|authors?|dateline|caption|credits?|share|sharing|social|"
    r"related|newsletter|promo|subscribe|sidebar|breadcrumbs?|summary|teaser|dek|deck|"
    r"kicker|tags|comments?|advert|advertisement|sponsor|nav|navigation|menu|toolbar)"
    r"(?:[-_][a-z0-9]+)?",
    re.I,
)
_BOLD = frozenset({"b", "strong"})
_TAG = re.compile(r"</?(?:p|br|div|span|strong|b|em|i|h[1-6]|li|ul|ol|a|html|body|table)\b[^<>]*>",
                  re.I)
# A site's name after a page title: " : NPR", " | WBUR News", " - CNN.com" (four words at most).
_SITE_SUFFIX = re.compile(r"\s+[|:–—-]\s+[\w.&'’!]+(?:\s+[\w.&'’!]+){0,3}\s*$")
_MD_SIGNS = re.compile(r"^(?:#{1,6} |```|> |\*\*[^*\n]+\*\*|- |\* |\[[^\]\n]+\]\(https?://)", re.M)


def sniff(text: str) -> InputFormat:
    """Is this page HTML, markdown or plain text?"""
    sample = text[:200_000]
    if len(_TAG.findall(sample)) >= 3 or re.search(r"<!doctype html|<html\b", sample[:2000], re.I):
        return InputFormat.HTML
    if len(_MD_SIGNS.findall(sample)) >= 2 or sample.startswith("---\n"):
        return InputFormat.MARKDOWN
    return InputFormat.TEXT


def _chrome_class(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name == "class" and value:
            return any(_CHROME_CLASS.fullmatch(c) for c in value.split())
    return False


class _LineBuilder(HTMLParser):
    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self._shift = first_line - 1
        self.out: list[Line] = []
        self.buf: list[str] = []
        self.first: int | None = None
        self.last: int | None = None
        self.skip: list[tuple[str, str]] = []  # open skipped elements, and the rule why
        self.pending_br = 0
        self.title: str | None = None
        self.title_line: int | None = None
        self._in_title = False
        self.h1: str | None = None  # the first <h1>: the page's own headline
        self.h1_line: int | None = None
        self._in_h1 = False
        self.removed: list[RemovedLine] = []

    # -- output -------------------------------------------------------------------
    def _flush(self, paragraph: bool) -> None:
        text = re.sub(r"[ \t]+", " ", "".join(self.buf)).strip()
        text = re.sub(r"\*\*\s*\*\*", "", text)
        if text.strip("* "):
            assert self.first is not None and self.last is not None
            self.out.append(Line(self.first, self.last, text))
        self.buf, self.first, self.last = [], None, None
        if paragraph and self.out and not self.out[-1].blank:
            at = self.out[-1].last
            self.out.append(Line(at, at, ""))

    def _line(self) -> int:
        return int(self.getpos()[0]) + self._shift

    # -- parser callbacks ---------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
            self.title_line = self._line()
        if tag == "h1" and self.h1 is None:
            self._in_h1 = True
            self.h1_line = self._line()
        rule = _SKIP.get(tag) or ("html-chrome" if _chrome_class(attrs) else None)
        if rule is not None or self.skip:
            if tag in _BLOCK:
                self.pending_br = 0
                self._flush(paragraph=True)
            if tag not in _VOID:  # inside a skipped element, every element is skipped too
                self.skip.append((tag, rule or self.skip[0][1]))
        elif tag == "br":
            self.pending_br += 1
            self._flush(paragraph=self.pending_br >= 2)
        elif tag in _BLOCK:
            self.pending_br = 0
            self._flush(paragraph=True)
        elif tag in _BOLD and not self.skip:
            self.buf.append(" **")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in {"br", "hr"}:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        open_tags = [t for t, _rule in self.skip]
        if tag in open_tags:
            # Closing an element closes what was left open inside it ("<aside><p>...").
            del self.skip[len(open_tags) - 1 - open_tags[::-1].index(tag) :]
            if tag in _BLOCK:
                self.pending_br = 0
                self._flush(paragraph=True)
        elif self.skip:
            return
        elif tag in _BLOCK:
            self.pending_br = 0
            self._flush(paragraph=True)
        elif tag in _BOLD and not self.skip:
            self.buf.append("** ")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        if self._in_h1 and data.strip():
            self.h1 = f"{self.h1} {data.strip()}" if self.h1 else data.strip()
        if self.skip and data.strip():
            rule = self.skip[0][1]
            start = self._line()
            for k, piece in enumerate(data.split("\n")):
                if piece.strip():
                    self.removed.append(RemovedLine(line=start + k, text=piece.strip(), rule=rule))
            return
        if self.skip or not data.strip():
            if data.strip() == "" and self.buf:
                self.buf.append(" ")
            return
        self.pending_br = 0
        start = self._line()
        lead = data[: len(data) - len(data.lstrip())]
        first = start + lead.count("\n")
        last = start + data.rstrip().count("\n")
        if self.first is None:
            self.first = first
        self.last = last
        self.buf.append(re.sub(r"\s+", " ", data))

    def close(self) -> None:
        super().close()
        self._flush(paragraph=False)


@dataclass(frozen=True, slots=True)
class HtmlText:
    lines: list[Line]
    title: str | None  # the first <h1>, else <title> without a " | Site" suffix
    title_line: int | None
    removed: list[RemovedLine]  # text of <head>, <script>, <nav>, <footer> ...


def html_to_lines(text: str, first_line: int = 1) -> HtmlText:
    """Lines of text from an HTML fragment or page, and what was left out of them."""
    builder = _LineBuilder(first_line)
    builder.feed(text)
    builder.close()
    if builder.h1:
        return HtmlText(builder.out, builder.h1, builder.h1_line, builder.removed)
    title = builder.title
    if title:  # "What We Know About ISIS-K : NPR", "Story | WBUR News"
        title = _SITE_SUFFIX.sub("", title).strip() or title
    return HtmlText(builder.out, title, builder.title_line, builder.removed)
