"""HTML and markdown pages to lines of text.

A page saved as HTML is read with the standard library's HTML parser (never with
regexes): block elements and ``<br>`` become line and paragraph breaks, ``<b>`` and
``<strong>`` become markdown bold so that the label grammar sees one notation for a
name marked in bold, and every output line keeps the source lines it came from.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .models import InputFormat
from .reading import Line

_BLOCK = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
        "blockquote", "section", "article", "header", "footer", "main", "aside", "nav",
        "pre", "dl", "dt", "dd", "figure", "figcaption", "hr", "body", "html",
    }
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_BOLD = frozenset({"b", "strong"})
_TAG = re.compile(r"</?(?:p|br|div|span|strong|b|em|i|h[1-6]|li|ul|ol|a|html|body|table)\b[^>]*>",
                  re.I)
_MD_SIGNS = re.compile(r"^(?:#{1,6} |```|> |\*\*[^*\n]+\*\*|- |\* |\[[^\]\n]+\]\(https?://)", re.M)


def sniff(text: str) -> InputFormat:
    """Is this page HTML, markdown or plain text?"""
    sample = text[:200_000]
    if len(_TAG.findall(sample)) >= 3 or re.search(r"<!doctype html|<html\b", sample[:2000], re.I):
        return InputFormat.HTML
    if len(_MD_SIGNS.findall(sample)) >= 2 or sample.startswith("---\n"):
        return InputFormat.MARKDOWN
    return InputFormat.TEXT


class _LineBuilder(HTMLParser):
    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.offset = first_line - 1
        self.out: list[Line] = []
        self.buf: list[str] = []
        self.first: int | None = None
        self.last: int | None = None
        self.skip = 0
        self.pending_br = 0
        self.title: str | None = None
        self._in_title = False

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
        return int(self.getpos()[0]) + self.offset

    # -- parser callbacks ---------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP:
            self.skip += 1
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
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.pending_br = 0
            self._flush(paragraph=True)
        elif tag in _BOLD and not self.skip:
            self.buf.append("** ")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
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


def html_to_lines(text: str, first_line: int = 1) -> tuple[list[Line], str | None]:
    """Lines of text from an HTML fragment or page; also the ``<title>`` if it has one."""
    builder = _LineBuilder(first_line)
    builder.feed(text)
    builder.close()
    return builder.out, builder.title
