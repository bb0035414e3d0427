"""Read: bytes to text, newlines normalised, source line numbers kept.

Everything downstream works on ``Line`` objects, each carrying the 1-based source
line numbers it came from, so every turn and every removed line can point back at
the page.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import BadInput

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Line:
    """A line of page text and the source lines it came from (1-based, inclusive)."""

    first: int
    last: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode page bytes: a forced encoding, else a BOM, else UTF-8, else detection."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise BadInput(f"cannot decode as {encoding}: {exc}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError:
                break
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for pages that are not UTF-8

    best = from_bytes(data).best()
    if best is None:
        raise BadInput("the bytes are not text in any encoding we recognise")
    return Decoded(str(best), str(best.encoding))


def normalise_newlines(text: str) -> str:
    """CRLF and bare CR become LF; other line separators are kept as text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_lines(text: str) -> list[Line]:
    """The text as numbered lines."""
    return [Line(n, n, t) for n, t in enumerate(text.split("\n"), start=1)]
