"""Parse an archive on a Dask cluster: bags of pages in; transcripts, turn rows or files out.

Install with ``pip install "transcript-cli[dask]"``. ``import transcript_cli`` never imports
Dask; this module does, so import it only where Dask is wanted::

    import dask.bag as db
    from transcript_cli import dask as tdask

    parsed = tdask.parse_paths(db.from_sequence(paths, partition_size=500))
    report = tdask.write_parquet(parsed, "corpus/")

``parse_paths`` and ``parse_texts`` turn each page into its ``Transcript`` or, when the page
cannot be parsed, its ``PageError`` record (path, error type, message): one bad page never
fails the job. ``transcripts``, ``turns`` and ``errors`` select from that bag;
``write_jsonl`` and ``write_parquet`` write it, one file per partition, in one pass.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

import dask.bag as db
import fsspec
from dask.base import compute
from dask.delayed import delayed

from . import writers
from .errors import InputNotFound, InputUnreadable
from .models import Transcript
from .options import ParseOptions
from .parser import DEFAULT_OPTIONS
from .records import (
    PageError,
    TurnRecord,
    page_error,
    try_parse,
    try_parse_file,
    turn_records,
)

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "Outcome",
    "WriteReport",
    "errors",
    "parse_page",
    "parse_path",
    "parse_paths",
    "parse_texts",
    "transcripts",
    "turn_schema",
    "turns",
    "write_jsonl",
    "write_parquet",
]

Outcome: TypeAlias = Transcript | PageError
"""What one page becomes: its transcript, or the record of why it failed."""

ERRORS_FILE = "_errors.jsonl"
_PART = re.compile(r"part-\d{5,}\.(?:jsonl|parquet)")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+://")  # a protocol, never a drive letter


# --- one page -------------------------------------------------------------------------


def parse_path(path: str | os.PathLike[str], options: ParseOptions = DEFAULT_OPTIONS) -> Outcome:
    """One page from a local path or an fsspec URL (``s3://bucket/page.txt``)."""
    name = os.fspath(path)
    if not _URL.match(name):
        return try_parse_file(name, options=options)
    try:
        with fsspec.open(name, "rb") as f:
            data: bytes = f.read()
    except FileNotFoundError:
        return page_error(name, InputNotFound(f"{name}: no such file"))
    except Exception as exc:  # permission, network, an unknown protocol, a missing driver
        return page_error(name, InputUnreadable(f"{name}: {exc}"))
    return try_parse(data, key=name, options=options)


def parse_page(
    page: str | bytes | tuple[str | None, str | bytes], options: ParseOptions = DEFAULT_OPTIONS
) -> Outcome:
    """One page given as its text or bytes, or as a ``(key, text_or_bytes)`` pair."""
    if isinstance(page, tuple):
        key, body = page
        return try_parse(body, key=key, options=options)
    return try_parse(page, options=options)


# --- bags -------------------------------------------------------------------------------


def parse_paths(paths: db.Bag, *, options: ParseOptions = DEFAULT_OPTIONS) -> db.Bag:
    """A bag of page paths (local, or fsspec URLs) to a bag of ``Transcript | PageError``.

    The paths must be readable where the workers run: a shared folder, or object
    storage with its fsspec driver (``s3fs``, ``gcsfs``) installed on the workers.
    """
    parsed: db.Bag = paths.map(parse_path, options=options)
    return parsed


def parse_texts(pages: db.Bag, *, options: ParseOptions = DEFAULT_OPTIONS) -> db.Bag:
    """A bag of pages to a bag of ``Transcript | PageError``.

    Each item is a page's text (``str``), its undecoded bytes, or a ``(key, text)`` /
    ``(key, bytes)`` pair whose key (an id or a path) becomes the transcript's
    ``source.path`` and the ``path`` of its records. Bytes are decoded as the command
    line decodes files (BOM, UTF-8, then detection).
    """
    parsed: db.Bag = pages.map(parse_page, options=options)
    return parsed


def _is_transcript(outcome: Outcome) -> bool:
    return isinstance(outcome, Transcript)


def _is_error(outcome: Outcome) -> bool:
    return not isinstance(outcome, Transcript)


def transcripts(parsed: db.Bag) -> db.Bag:
    """The ``Transcript`` of every page that parsed, in input order."""
    out: db.Bag = parsed.filter(_is_transcript)
    return out


def errors(parsed: db.Bag) -> db.Bag:
    """The ``PageError`` record of every page that failed, in input order."""
    out: db.Bag = parsed.filter(_is_error)
    return out


def turns(parsed: db.Bag) -> db.Bag:
    """One ``TurnRecord`` dict per turn of every transcript, in order."""
    out: db.Bag = transcripts(parsed).map(turn_records).flatten()
    return out


# --- files ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WriteReport:
    """What a write did: the files it wrote, what they hold, and the pages that failed."""

    files: tuple[str, ...]  # the part files, one per partition, in order
    errors_file: str  # the PageError records, one JSON object per line
    transcripts: int
    turns: int
    errors: tuple[PageError, ...]


@dataclass(frozen=True, slots=True)
class _PartDone:
    transcripts: int
    turns: int
    errors: list[PageError]


def turn_schema() -> pa.Schema:
    """The Parquet schema of the corpus: one row per turn (see ``records.TurnRecord``)."""
    import pyarrow as pa

    return pa.schema(
        [
            pa.field("path", pa.string()),
            pa.field("title", pa.string()),
            pa.field("turn_index", pa.int32(), nullable=False),
            pa.field("speaker_id", pa.string()),
            pa.field("speaker_name", pa.string()),
            pa.field("role", pa.string()),
            pa.field("label", pa.string()),
            pa.field("kind", pa.string(), nullable=False),
            pa.field("text", pa.string(), nullable=False),
        ]
    )


def _write_jsonl_part(outcomes: Iterable[Outcome], fs: Any, path: str) -> _PartDone:
    render = writers.get(writers.OutputFormat.JSONL).render  # the command's own jsonl
    failed: list[PageError] = []
    n = t = 0
    with fs.open(path, "w", encoding="utf-8", newline="\n") as out:
        for outcome in outcomes:
            if isinstance(outcome, Transcript):
                out.write(render(outcome))
                n, t = n + 1, t + len(outcome.turns)
            else:
                failed.append(outcome)
    return _PartDone(n, t, failed)


def _write_parquet_part(
    outcomes: Iterable[Outcome], fs: Any, path: str, compression: str
) -> _PartDone:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = turn_schema()
    rows: list[TurnRecord] = []
    failed: list[PageError] = []
    n = 0
    for outcome in outcomes:
        if isinstance(outcome, Transcript):
            rows.extend(turn_records(outcome))
            n += 1
        else:
            failed.append(outcome)
    table = pa.Table.from_pylist(rows, schema=schema)
    with fs.open(path, "wb") as out:
        pq.write_table(table, out, compression=compression)
    return _PartDone(n, len(rows), failed)


def _prepare(fs: Any, root: str, urlpath: str, overwrite: bool) -> None:
    """Make the output folder; refuse one holding files unless ``overwrite``."""
    if fs.exists(root):
        names = [posixpath.basename(p.rstrip("/")) for p in fs.ls(root, detail=False)]
        if names and not overwrite:
            raise FileExistsError(
                f"{urlpath} is not empty: pass overwrite=True to replace its part files"
            )
        for name in names:
            if _PART.fullmatch(name) or name == ERRORS_FILE:
                fs.rm(posixpath.join(root, name))
    fs.makedirs(root, exist_ok=True)


def _write(
    parsed: db.Bag,
    urlpath: str,
    suffix: str,
    overwrite: bool,
    storage_options: dict[str, Any] | None,
    write_part: Callable[..., _PartDone],
    *extra: Any,
) -> WriteReport:
    fs, root = fsspec.core.url_to_fs(urlpath, **(storage_options or {}))
    root = root.rstrip("/")
    _prepare(fs, root, urlpath, overwrite)
    base = urlpath.rstrip("/")
    names = [f"part-{i:05d}{suffix}" for i in range(parsed.npartitions)]
    tasks = [
        delayed(write_part)(part, fs, posixpath.join(root, name), *extra)
        for part, name in zip(parsed.to_delayed(), names, strict=True)
    ]
    done: tuple[_PartDone, ...] = compute(*tasks)
    failed = tuple(e for d in done for e in d.errors)
    with fs.open(posixpath.join(root, ERRORS_FILE), "w", encoding="utf-8", newline="\n") as out:
        out.writelines(json.dumps(e, ensure_ascii=False) + "\n" for e in failed)
    return WriteReport(
        files=tuple(f"{base}/{name}" for name in names),
        errors_file=f"{base}/{ERRORS_FILE}",
        transcripts=sum(d.transcripts for d in done),
        turns=sum(d.turns for d in done),
        errors=failed,
    )


def write_jsonl(
    parsed: db.Bag,
    urlpath: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    storage_options: dict[str, Any] | None = None,
) -> WriteReport:
    """Write ``part-NNNNN.jsonl`` files, one compact transcript per line, and ``_errors.jsonl``.

    Each line is the transcript's JSON (the JSON contract), as ``transcript parse
    --format jsonl`` prints it. ``urlpath`` is a folder or an fsspec URL
    (``s3://bucket/corpus``); a folder that holds files is refused unless ``overwrite``,
    which replaces the part files and the errors file.
    """
    return _write(
        parsed, os.fspath(urlpath), ".jsonl", overwrite, storage_options, _write_jsonl_part
    )


def write_parquet(
    parsed: db.Bag,
    urlpath: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    storage_options: dict[str, Any] | None = None,
    compression: str = "zstd",
) -> WriteReport:
    """Write ``part-NNNNN.parquet`` files, one row per turn, and ``_errors.jsonl``.

    Every part has the same explicit schema, ``turn_schema()``, even when it holds no row.

    The folder reads back as one table: ``pyarrow.parquet.read_table(urlpath)`` (files
    whose names start with ``_`` are not data). ``urlpath``, ``overwrite``: as for
    ``write_jsonl``.
    """
    return _write(
        parsed,
        os.fspath(urlpath),
        ".parquet",
        overwrite,
        storage_options,
        _write_parquet_part,
        compression,
    )
