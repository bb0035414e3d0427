"""Reading pages from disk, with every failure turned into the core's own errors."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import BadInput, InputNotFound, InputUnreadable
from .models import Transcript
from .options import ParseOptions
from .parser import DEFAULT_OPTIONS, parse
from .reading import decode


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputNotFound(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputUnreadable(f"{p}: is a folder, not a page") from None
    except PermissionError:
        raise InputUnreadable(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputUnreadable(f"{p}: {exc.strerror or exc}") from None


def text_of(data: bytes, options: ParseOptions, name: str) -> tuple[str, str]:
    """Decoded text and its encoding; refuses empty and binary input."""
    if not data.strip():
        raise BadInput(f"{name}: empty input")
    decoded = decode(data, options.encoding)
    text = decoded.text
    sample = text[:65536]
    if sample and sum(ch in "\x00" or (ch < " " and ch not in "\t\n\r\f\v") for ch in sample) > max(
        8, len(sample) // 100
    ):
        raise BadInput(f"{name}: binary data, not a text page")
    return text.replace("\x00", ""), decoded.encoding


def parse_bytes(
    data: bytes, *, options: ParseOptions = DEFAULT_OPTIONS, path: str | None = None
) -> Transcript:
    text, encoding = text_of(data, options, path or "<stdin>")
    return parse(text, options=options, path=path, encoding=encoding)


def parse_file(
    path: str | os.PathLike[str], *, options: ParseOptions = DEFAULT_OPTIONS
) -> Transcript:
    """Read, decode and parse one page from disk."""
    return parse_bytes(read_bytes(path), options=options, path=str(path))
