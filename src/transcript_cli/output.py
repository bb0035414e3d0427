"""Writing results out: atomically, and never over an input.

A file is written to a temporary file in the same folder and then renamed over the
target (``os.replace``), so a reader sees the old file or the new one, never half of
one, and an interrupted run (Ctrl-C, a full disk) leaves nothing behind. A folder
output (ConvoKit) is built in a temporary folder and renamed into place when new, or
has each of its files replaced that way when it exists.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO, TextIO

from .errors import ExitCode, TranscriptError
from .models import Transcript
from .options import RenderOptions
from .writers import Writer


class OutputError(TranscriptError):
    """The output cannot be written where it was asked to go."""

    exit_code = ExitCode.UNREADABLE


class OverwritesInput(TranscriptError):
    """``-o`` names one of the inputs."""

    exit_code = ExitCode.USAGE


class NeedsFolder(TranscriptError):
    """A folder format (ConvoKit) was asked for without ``-o DIR``."""

    exit_code = ExitCode.USAGE


# Characters encoded at a time when text is written out.
_CHUNK = 1 << 20


def _pieces(text: str) -> Iterator[str]:
    """``text`` in slices of ``_CHUNK`` characters."""
    for start in range(0, len(text), _CHUNK):
        yield text[start : start + _CHUNK]


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths are one file: the same inode when both exist, else the same path."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def refuse_inputs(output: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Raise ``OverwritesInput`` when ``output`` is one of ``inputs``."""
    for source in inputs:
        if same_file(output, source):
            raise OverwritesInput(f"refusing to write over the input file {source}")


def is_stdout(output: str | None) -> bool:
    """``None`` and ``-`` both mean standard output."""
    return output is None or output == "-"


def check_target(
    writer: Writer, output: str | None, inputs: Iterable[str | os.PathLike[str]]
) -> None:
    """Fail before any work is done: a folder format needs ``-o DIR``, and ``-o``
    must not name an input."""
    if output is None or is_stdout(output):
        if writer.folder:
            raise NeedsFolder(f"{writer.format.value} writes a folder: give one with -o DIR")
        return
    refuse_inputs(output, [p for p in inputs if os.fspath(p) != "-"])


def _write_atomic(path: str | os.PathLike[str], fill: Callable[[BinaryIO], object]) -> None:
    """Have ``fill`` write the file ``path`` by way of a temporary file and a rename."""
    target = Path(path)
    temporary = _temporary(target)
    try:
        # 0o666 less the umask: the mode a plain open() would give a new file. Opened
        # inside the try, so that a Ctrl-C right after the file appears still removes it.
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
    except BaseException as exc:  # Ctrl-C included: leave no temporary file behind
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
        raise


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` by way of a temporary file and a rename."""
    _write_atomic(path, lambda handle: handle.write(data))


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 to ``path``, atomically.

    The text is encoded a piece at a time, so a large output is not held twice.
    """

    def fill(handle: BinaryIO) -> None:
        for piece in _pieces(text):
            handle.write(piece.encode("utf-8"))

    _write_atomic(path, fill)


def write_stream(stream: TextIO, text: str) -> None:
    """Write ``text`` to a text stream a piece at a time (its encoder then never holds a
    second copy of a large output)."""
    for piece in _pieces(text):
        stream.write(piece)
    stream.flush()


def write_folder_atomic(path: str | os.PathLike[str], files: Mapping[str, str]) -> None:
    """Write ``files`` (name -> text) into the folder ``path``.

    A new folder appears whole, by one rename. In a folder that exists, each file is
    replaced atomically and other files are left alone.
    """
    target = Path(path)
    if target.exists() and not target.is_dir():
        raise OutputError(f"{target}: exists and is not a folder")
    if target.is_dir():
        for name, text in files.items():
            write_text_atomic(target / name, text)
        return
    temporary = _temporary(target)
    try:
        temporary.mkdir()
        for name, text in files.items():
            (temporary / name).write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except BaseException as exc:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
        raise


def deliver(
    t: Transcript,
    writer: Writer,
    options: RenderOptions,
    output: str | None,
    *,
    echo: Callable[[str], None],
) -> None:
    """Render ``t`` with ``writer`` and send it to ``output``: a file, a folder, or
    (``None`` or ``-``) ``echo``, the caller's way to standard output."""
    if writer.folder:
        if output is None or is_stdout(output):
            raise NeedsFolder(f"{writer.format.value} writes a folder: give one with -o DIR")
        write_folder_atomic(output, writer.render_files(t, options))
    elif output is None or is_stdout(output):
        echo(writer.render(t, options))
    else:
        write_text_atomic(output, writer.render(t, options))
