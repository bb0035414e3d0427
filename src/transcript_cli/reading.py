"""Read: bytes to text, newlines normalised, source line numbers kept.

Decoding tries, in order: an encoding the user forced, a byte-order mark, UTF-16 or
UTF-32 written without a mark (recognised by where their zero bytes fall), UTF-8,
UTF-8 with a few stray cp1252 bytes pasted in, and last charset-normalizer's detection.
Binary data is refused, never decoded into noise.

Everything downstream works on ``Line`` objects, each carrying the 1-based source
line numbers it came from, so every turn and every removed line can point back at
the page.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from .errors import BadInput, UnknownEncoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose mark it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# How much of a page the encoding and binary sniffers look at.
SAMPLE = 1 << 16
# Control characters that text may hold: tab, newlines, form feed, vertical tab (a line
# break in text copied from word processors) and escape (terminal colours in logs).
_TEXT_CONTROLS = "\t\n\r\f\v\x1b"
_CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in _TEXT_CONTROLS)
_CONTROL_BYTES = _CONTROLS.encode("ascii")
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
# The encoding reported for UTF-8 with a few stray bytes read as cp1252.
UTF8_WITH_CP1252 = "utf-8+cp1252"
_STRAYS_MIN = 16
_ASCII_BYTES = bytes(range(128))
# cp1252 leaves five bytes undefined; those are read as Latin-1 (C1 controls), as
# ftfy's "sloppy" codecs do, so that no byte is lost.
_CP1252 = [bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256)]
# A page is binary when more than this share of its sample is control characters,
# and more than a handful of them.
_CONTROL_SHARE = 0.01
_CONTROL_MIN = 8


@dataclass(frozen=True, slots=True)
class Line:
    """A line of page text and the source lines it came from (1-based, inclusive)."""

    first: int
    last: int
    text: str
    blank: bool = field(init=False, repr=False, compare=False)  # only white space

    def __post_init__(self) -> None:
        object.__setattr__(self, "blank", not self.text.strip())


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def check_encoding(name: str) -> str:
    """The codec's canonical name; ``UnknownEncoding`` when Python has no such codec."""
    try:
        # Decoding a byte also refuses bytes-to-bytes codecs such as "base64"; an empty
        # string would be decoded without looking the codec up at all.
        b"x".decode(name, "ignore")
    except LookupError:
        raise UnknownEncoding(f"unknown text encoding: {name!r}") from None
    return codecs.lookup(name).name


def _too_many_controls(count: int, size: int) -> bool:
    return count > max(_CONTROL_MIN, size * _CONTROL_SHARE)


def looks_binary(text: str) -> bool:
    """Does the start of the text hold a high share of control characters?"""
    sample = text[:SAMPLE]
    return _too_many_controls(sum(sample.count(c) for c in _CONTROLS), len(sample))


def _bytes_look_binary(data: bytes) -> bool:
    """The same test on bytes that no encoding fits."""
    sample = data[:SAMPLE]
    return _too_many_controls(len(sample.translate(None, _NOT_CONTROL_BYTES)), len(sample))


def _wide_without_bom(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (either byte order) written without a byte-order mark.

    In such text most characters have a zero high byte, so zero bytes pile up in
    fixed lanes (every second or fourth byte) while the other lanes hold none.
    """
    sample = data[:SAMPLE]
    if len(sample) < 2 or b"\x00" not in sample:
        return None
    if len(data) % 4 == 0:
        z = [_share_of_zeros(sample[k::4]) for k in range(4)]
        if z[0] < 0.5 and min(z[2], z[3]) > 0.9:
            return "utf-32-le"
        if z[3] < 0.5 and min(z[0], z[1]) > 0.9:
            return "utf-32-be"
    if len(data) % 2 == 0:
        even, odd = _share_of_zeros(sample[0::2]), _share_of_zeros(sample[1::2])
        if odd > 0.3 and even < 0.05:
            return "utf-16-le"
        if even > 0.3 and odd < 0.05:
            return "utf-16-be"
    return None


def _share_of_zeros(lane: bytes) -> float:
    return lane.count(0) / len(lane) if lane else 0.0


def _utf8_with_strays(data: bytes) -> str | None:
    """UTF-8 holding a few bytes that are not UTF-8, each read as cp1252; or None.

    Pages are pasted together: a UTF-8 page with a paragraph from a Windows editor, a
    concatenation of pages saved by different tools. Reading all of it as one legacy
    code page would garble every UTF-8 character; reading the stray bytes as cp1252
    (the usual source of them) keeps both. "A few" is at most 1 in 100 of the page's
    non-ASCII bytes (or 16): beyond that the page is not UTF-8 at all.
    """
    allowed = max(_STRAYS_MIN, len(data.translate(None, _ASCII_BYTES)) // 100)
    view = memoryview(data)
    parts: list[str] = []
    pos = strays = 0
    while True:
        try:
            parts.append(str(view[pos:], "utf-8"))
            return "".join(parts)
        except UnicodeDecodeError as exc:  # start and end count from pos
            parts.append(str(view[pos : pos + exc.start], "utf-8"))
            parts.extend(_CP1252[b] for b in view[pos + exc.start : pos + exc.end])
            strays += exc.end - exc.start
            if strays > allowed:
                return None
            pos += exc.end


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode page bytes: a forced encoding, else a BOM, else UTF-16/32 without one, else
    UTF-8, else detection. A leading byte-order mark is never part of the text.

    Raises ``UnknownEncoding`` for a forced encoding Python does not know, ``BadInput``
    for bytes that do not decode or are binary.
    """
    if encoding:
        name = check_encoding(encoding)
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            raise BadInput(
                f"cannot decode as {encoding}: {exc.reason} at byte {exc.start}"
            ) from None
        found = Decoded(text.removeprefix("\ufeff"), name)
    else:
        found = _detect(data)
    if looks_binary(found.text):
        raise BadInput("binary data, not a text page")
    return found


def _detect(data: bytes) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError:
                break  # a page that merely starts with these bytes: detect as usual
    wide = _wide_without_bom(data)
    if wide is not None:
        try:
            return Decoded(data.decode(wide), wide)
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _utf8_with_strays(data)
    if mixed is not None:
        return Decoded(mixed, UTF8_WITH_CP1252)
    from charset_normalizer import from_bytes  # only for pages that are not UTF-8

    best = from_bytes(data).best()
    if best is None:
        if _bytes_look_binary(data):
            raise BadInput("binary data, not a text page")
        raise BadInput("undecodable: not UTF-8, and no other encoding fits the bytes")
    return Decoded(str(best), str(best.encoding))


def normalise_newlines(text: str) -> str:
    """CRLF and bare CR become LF, so each becomes one line break; other line separators
    (form feed, U+2028) are kept as text and do not change the line numbering."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_lines(text: str) -> list[Line]:
    """The text as numbered lines."""
    return [Line(n, n, t) for n, t in enumerate(text.split("\n"), start=1)]
