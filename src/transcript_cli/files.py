"""Reading pages from disk, with every failure turned into the core's own errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import BadInput, InputNotFound, InputUnreadable, NoTurns
from .models import Transcript
from .options import ParseOptions
from .parser import DEFAULT_OPTIONS, parse
from .reading import decode


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of one page file; ``InputNotFound``/``InputUnreadable`` when they
    cannot be had."""
    p = Path(path)
    try:
        mode = p.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputUnreadable(f"{p}: is a folder, not a page")
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            # /dev/zero would be read for ever, a terminal would wait for typing.
            raise InputUnreadable(f"{p}: is a device, not a page")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputNotFound(f"{p}: no such file") from None
    except NotADirectoryError:
        raise InputNotFound(f"{p}: no such file (a part of the path is a file)") from None
    except PermissionError:
        raise InputUnreadable(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputUnreadable(f"{p}: {exc.strerror or exc}") from None


def text_of(data: bytes, options: ParseOptions, name: str) -> tuple[str, str]:
    """Decoded text and its encoding; refuses binary, undecodable and empty input.

    NUL characters, which no page means, are dropped; line numbers do not change.
    """
    try:
        decoded = decode(data, options.encoding)
    except BadInput as exc:
        raise BadInput(f"{name}: {exc}") from None
    text = decoded.text.replace("\x00", "")
    if not text.strip():
        raise BadInput(f"{name}: empty input, no text in it")
    return text, decoded.encoding


def read_text(
    path: str | os.PathLike[str], options: ParseOptions = DEFAULT_OPTIONS
) -> tuple[str, str]:
    """The decoded text of one page file and its encoding.

    The bytes are let go before this returns, so a large page is not held twice
    while it is parsed.
    """
    return text_of(read_bytes(path), options, str(path))


def parse_bytes(
    data: bytes, *, options: ParseOptions = DEFAULT_OPTIONS, path: str | None = None
) -> Transcript:
    """Decode and parse page bytes (``path`` names them in errors and in ``source``)."""
    name = path or "<stdin>"
    text, encoding = text_of(data, options, name)
    return _parse(text, options, path, encoding, name)


def parse_file(
    path: str | os.PathLike[str], *, options: ParseOptions = DEFAULT_OPTIONS
) -> Transcript:
    """Read, decode and parse one page from disk."""
    text, encoding = read_text(path, options)
    return _parse(text, options, str(path), encoding, str(path))


def _parse(
    text: str, options: ParseOptions, path: str | None, encoding: str, name: str
) -> Transcript:
    """The core's parse, its ``NoTurns`` naming the page as the other refusals do."""
    try:
        return parse(text, options=options, path=path, encoding=encoding)
    except NoTurns as exc:
        raise NoTurns(f"{name}: {exc}") from None
