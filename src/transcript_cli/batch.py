"""Many inputs: find the pages, parse them in worker processes, report as they finish.

``transcript parse DIR``, ``transcript parse 'pages/**/*.html'`` and ``transcript parse
a.txt b.txt`` come here. The pages are found first (folders searched recursively, globs
expanded, each in sorted path order), then parsed in chunks by a pool of processes.
Workers send back output that is already rendered and encoded, or write their own
files under ``-o DIR``; the parent writes results in input order as they arrive, with
a bounded number of chunks in flight, so memory stays flat however many pages there
are. A page that fails is reported on standard error in one line and the batch goes
on; a summary line ends the run.
"""

from __future__ import annotations

import math
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import partial
from types import FrameType
from typing import TYPE_CHECKING, TextIO

from .errors import ExitCode, InputNotFound, TranscriptError
from .files import parse_bytes, read_bytes
from .filters import NoSuchSpeaker
from .models import Transcript
from .options import ParseOptions, RenderOptions
from .output import OutputError, write_text_atomic
from .writers import OutputFormat, Writer

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.pool import ApplyResult, Pool

    from rich.progress import Progress

PAGE_SUFFIXES = (".txt", ".html", ".htm", ".md")
STDIN = "-"
MAX_CHUNK = 128  # pages per task: large enough to make the pool's overhead negligible
_MAGIC = frozenset("*?[")
# Formats whose outputs for several pages can follow one another on standard output.
_STREAMS = frozenset({OutputFormat.JSONL, OutputFormat.PRETTY})


class UsageProblem(TranscriptError):
    """The inputs and options do not go together (exit code 2)."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True, slots=True)
class Page:
    """One input page.

    path: where to read it; ``-`` is standard input, whose bytes are in ``data``.
    name: its path relative to the folder or glob it was found under (its file name
          when it was named directly): where its output goes under ``-o DIR``.
    """

    path: str
    name: str
    data: bytes | None = None

    @property
    def shown(self) -> str:
        """How the page is named in messages."""
        return "<stdin>" if self.path == STDIN else self.path


def is_single(arg: str) -> bool:
    """Whether ``arg`` alone is one page as before batches existed: ``-``, or a path that
    is neither a folder nor a glob pattern (a missing file is reported as missing)."""
    if arg == STDIN:
        return True
    if os.path.isdir(arg):
        return False
    return not (_MAGIC & set(arg)) or os.path.exists(arg)


def _is_page(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(PAGE_SUFFIXES)


def _sort_key(path: str) -> list[str]:
    return path.split(os.sep)


def _walk(folder: str, base: str) -> list[Page]:
    """Pages under ``folder`` in sorted path order (a folder's entries by name, each
    subfolder where its name falls); hidden files and folders, and links to folders, are
    skipped, and so are folders that cannot be listed."""
    found: list[Page] = []
    # Names are relative to ``base``, which the paths under ``folder`` start with.
    cut = 0 if base in ("", ".") else len(base.rstrip(os.sep)) + 1

    def visit(path: str) -> None:
        try:
            with os.scandir(path) as listing:
                entries = sorted((e for e in listing if not e.name.startswith(".")),
                                 key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.is_dir():
                if not entry.is_symlink():
                    visit(entry.path)
            elif _is_page(entry.name):
                found.append(Page(entry.path, os.path.normpath(entry.path[cut:])))

    visit(folder)
    return found


def _glob_base(pattern: str) -> str:
    """The folder a glob's matches are named relative to: its parts before the first
    one with a wildcard (``pages/*/a*.txt`` -> ``pages``)."""
    head: list[str] = []
    for part in pattern.split(os.sep):
        if _MAGIC & set(part):
            break
        head.append(part)
    return os.sep.join(head) or "."


def discover(
    args: Sequence[str], read_stdin: Callable[[], bytes] | None = None
) -> tuple[list[Page], bool]:
    """The pages the arguments name, in order, each once; and whether a folder was named.

    ``-`` is read at once with ``read_stdin``, when given. Raises ``InputNotFound`` for
    a path that does not exist, a glob that matches nothing or a folder with no pages,
    and ``UsageProblem`` for ``-`` given twice.
    """
    pages: list[Page] = []
    seen: set[str] = set()
    folder_named = False
    stdin_named = False

    def add(found: list[Page]) -> None:
        for page in found:
            key = page.path if page.path == STDIN else os.path.abspath(page.path)
            if key not in seen:
                seen.add(key)
                pages.append(page)

    for arg in args:
        if arg == STDIN:
            if stdin_named:
                raise UsageProblem("'-' (standard input) can be given only once")
            stdin_named = True
            add([Page(STDIN, "stdin", read_stdin() if read_stdin is not None else None)])
        elif os.path.isdir(arg):
            folder_named = True
            found = _walk(arg, arg)
            if not found:
                raise InputNotFound(f"{arg}: no pages ({', '.join(PAGE_SUFFIXES)}) in this folder")
            add(found)
        elif os.path.exists(arg) or not (_MAGIC & set(arg)):
            if not os.path.exists(arg):
                raise InputNotFound(f"{arg}: no such file")
            add([Page(arg, os.path.basename(arg))])
        else:
            from glob import glob

            base = _glob_base(arg)
            matches = sorted(glob(arg, recursive=True), key=_sort_key)
            found = []
            for match in matches:
                if os.path.isdir(match):
                    found.extend(_walk(match, base))
                elif os.path.basename(match)[:1] != ".":
                    found.append(Page(match, os.path.relpath(match, base)))
            if not found:
                raise InputNotFound(f"{arg}: no files match this pattern")
            add(found)
    return pages, folder_named


class Status(IntEnum):
    PARSED = 0
    FAILED = 1
    SKIPPED = 2


# What a worker sends back for one page: its status, its rendered output (empty when the
# worker wrote the file itself) and, when it failed or was skipped, the reason.
Outcome = tuple[Status, bytes, str]


@dataclass(frozen=True, slots=True)
class Job:
    """What to do with every page. Crosses into the worker processes, so every field
    pickles (the callables are module functions or ``functools.partial`` of them).

    options:   how to read and parse a page.
    render:    the transcript as output text (a writer's ``render``).
    transform: applied to each transcript before rendering (the parse filters).
    out_dir:   write each page's output under this folder instead of returning it.
    suffix:    the file suffix of outputs under ``out_dir``.
    """

    options: ParseOptions
    render: Callable[[Transcript], str]
    transform: Callable[[Transcript], Transcript] | None = None
    out_dir: str | None = None
    suffix: str = ".json"

    def target(self, page: Page) -> str:
        """Where the output of ``page`` goes under ``out_dir``."""
        assert self.out_dir is not None
        stem, _ = os.path.splitext(page.name)
        return os.path.join(self.out_dir, stem + self.suffix)


def _reason(page: Page, exc: BaseException) -> str:
    message = str(exc)
    for prefix in (f"{page.path}: ", f"{os.path.normpath(page.path)}: ", "<stdin>: "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def process(page: Page, job: Job) -> Outcome:
    """Read, parse, transform and render one page; any failure is the page's outcome."""
    try:
        data = page.data if page.data is not None else read_bytes(page.path)
        if not data.strip():
            return Status.SKIPPED, b"", "empty page"
        path = None if page.path == STDIN else page.path
        transcript = parse_bytes(data, options=job.options, path=path)
        if job.transform is not None:
            try:
                transcript = job.transform(transcript)
            except NoSuchSpeaker as exc:  # --speaker: a page where they do not speak
                return Status.SKIPPED, b"", str(exc)
        text = job.render(transcript)
        if job.out_dir is None:
            return Status.PARSED, text.encode("utf-8"), ""
        target = job.target(page)
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        write_text_atomic(target, text)
        return Status.PARSED, b"", ""
    except TranscriptError as exc:
        return Status.FAILED, b"", _reason(page, exc)
    except Exception as exc:  # a bug met on one page must not stop the other pages
        return Status.FAILED, b"", f"{type(exc).__name__}: {_reason(page, exc)}"


class _OnePage:
    """Pages are processed one at a time so that a signal that stops the batch (Ctrl-C in
    this process; SIGTERM, sent by the parent, in a worker) takes effect between pages:
    at once when no page is in hand, else as soon as the page in hand is done, so that
    its output is written whole or not at all and no temporary file is left behind."""

    busy = False
    stop: BaseException | None = None

    @classmethod
    def on(cls, signum: int, stop: Callable[[], BaseException]) -> Callable[[], None]:
        """Handle ``signum`` so; returns what puts the previous handler back."""

        def handle(number: int, frame: FrameType | None) -> None:
            if not cls.busy:
                raise stop()
            cls.stop = stop()

        try:
            previous = signal.signal(signum, handle)
        except ValueError:  # not the main thread: signals are not ours to handle
            return lambda: None

        def restore() -> None:
            signal.signal(signum, previous)

        return restore

    @classmethod
    def process(cls, page: Page, job: Job) -> Outcome:
        cls.busy = True
        try:
            outcome = process(page, job)
        finally:
            cls.busy = False
        if cls.stop is not None:
            stop, cls.stop = cls.stop, None
            raise stop
        return outcome


def _start_worker() -> None:
    # Ctrl-C goes to the whole process group: workers leave it to the parent, which
    # stops them with SIGTERM.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _OnePage.on(signal.SIGTERM, lambda: SystemExit(128 + signal.SIGTERM))


def _process_chunk(job: Job, pages: list[Page]) -> list[Outcome]:
    return [_OnePage.process(page, job) for page in pages]


def default_jobs() -> int:
    """The number of cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def chunk_size(pages: int, jobs: int) -> int:
    """Pages per task: about four tasks per worker, at most ``MAX_CHUNK`` pages each."""
    return max(1, min(MAX_CHUNK, math.ceil(pages / (jobs * 4))))


def _context() -> BaseContext:
    import multiprocessing  # only when there is a pool to start

    # fork shares the parent's imported, compiled parser with the workers for free; macOS
    # and Windows do not fork safely, so they spawn.
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def outcomes(pages: Sequence[Page], job: Job, jobs: int) -> Iterator[tuple[Page, Outcome]]:
    """Each page with its outcome, in input order, as soon as it and those before it
    are done. ``jobs`` 1 parses in this process; more uses a pool of that many."""
    size = chunk_size(len(pages), jobs)
    if jobs <= 1 or len(pages) <= size:
        restore = _OnePage.on(signal.SIGINT, KeyboardInterrupt)
        try:
            for page in pages:
                yield page, _OnePage.process(page, job)
        finally:
            restore()
        return
    chunks = [list(pages[i : i + size]) for i in range(0, len(pages), size)]
    workers = min(jobs, len(chunks))
    pool: Pool = _context().Pool(workers, initializer=_start_worker)
    finished = False
    try:
        window: deque[tuple[list[Page], ApplyResult[list[Outcome]]]] = deque()
        todo = iter(chunks)
        for chunk in todo:
            window.append((chunk, pool.apply_async(_process_chunk, (job, chunk))))
            if len(window) >= 2 * workers:
                break
        while window:
            chunk, pending = window.popleft()
            results = pending.get()
            following = next(todo, None)
            if following is not None:
                window.append((following, pool.apply_async(_process_chunk, (job, following))))
            yield from zip(chunk, results, strict=True)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted, or the consumer stopped: stop the workers now
            pool.terminate()
        pool.join()


@dataclass
class Summary:
    parsed: int = 0
    failed: int = 0
    skipped: int = 0

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.FAILED if self.failed else ExitCode.OK

    def line(self) -> str:
        return f"{self.parsed} parsed, {self.failed} failed, {self.skipped} skipped"


class _Talk:
    """Standard error during a batch: one line per page that failed or was skipped, and
    the progress bar (pages done, pages/s, time left) when standard error is a terminal."""

    def __init__(self, stderr: TextIO, total: int, bar: bool) -> None:
        self._stderr = stderr
        self._progress: Progress | None = _progress_bar(stderr, total) if bar else None

    def __enter__(self) -> _Talk:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def say(self, line: str) -> None:
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self._stderr.write(line + "\n")
            self._stderr.flush()

    def advance(self) -> None:
        if self._progress is not None:
            self._progress.advance(self._progress.task_ids[0])


def _progress_bar(stderr: TextIO, total: int) -> Progress:
    # Rich is imported only when there is a terminal to draw the bar on.
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} pages/s" if speed else "", style="progress.data.speed")

    progress = Progress(
        TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), Rate(),
        TimeRemainingColumn(), console=Console(file=stderr), transient=False,
    )
    progress.add_task("parsing", total=total)
    return progress


def plan(
    pages: Sequence[Page],
    writer: Writer,
    render: RenderOptions,
    options: ParseOptions,
    transform: Callable[[Transcript], Transcript] | None = None,
    *,
    out_dir: str | None = None,
) -> Job:
    """The job for several pages, or ``UsageProblem`` when the format and the target do
    not go together: standard output takes one transcript after another only as jsonl
    (one line each) or pretty (for reading on a terminal); other formats are one
    document per page and need ``-o DIR``; folder formats are one folder per page."""
    fmt = writer.format.value
    if writer.folder:
        raise UsageProblem(f"{fmt} writes a folder for one page: give the pages one at a time")
    if out_dir is None and writer.format not in _STREAMS:
        raise UsageProblem(
            f"{fmt} is one document for one page; for several pages use --format jsonl "
            "(one line each) or -o DIR (one file each)"
        )
    suffix = writer.suffixes[0] if writer.suffixes else f".{fmt}"
    job = Job(options, partial(writer.render, options=render), transform, out_dir, suffix)
    check_outputs(pages, job)
    return job


def check_outputs(pages: Sequence[Page], job: Job) -> None:
    """Under ``-o DIR``: refuse two pages with one output file, or an output over an input,
    and make the folder, so that a folder that cannot be written stops the run at once."""
    if job.out_dir is None:
        return
    if os.path.exists(job.out_dir) and not os.path.isdir(job.out_dir):
        raise UsageProblem(f"{job.out_dir}: with several inputs, -o names a folder")
    owner: dict[str, str] = {}
    for page in pages:
        target = os.path.abspath(job.target(page))
        if target in owner:
            raise UsageProblem(
                f"{owner[target]} and {page.path} would both be written to "
                f"{job.target(page)}; give them separately"
            )
        if page.path != STDIN and target == os.path.abspath(page.path):
            raise UsageProblem(f"refusing to write over the input file {page.path}")
        owner[target] = page.path
    try:
        os.makedirs(job.out_dir, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{job.out_dir}: cannot write: {exc.strerror or exc}") from None


def run(
    pages: Sequence[Page],
    job: Job,
    *,
    jobs: int,
    write: Callable[[bytes], object],
    stderr: TextIO,
    progress: bool,
    quiet: bool = False,
) -> Summary:
    """Parse ``pages`` with ``jobs`` processes; ``write`` gets each page's output in input
    order (unless the job writes files). Failed and skipped pages are reported on
    ``stderr``; the summary line too, unless ``quiet``."""
    summary = Summary()
    with _Talk(stderr, len(pages), progress and not quiet) as talk:
        for page, (status, output, reason) in outcomes(pages, job, jobs):
            if status is Status.PARSED:
                summary.parsed += 1
                if output:
                    write(output)
            elif status is Status.FAILED:
                summary.failed += 1
                talk.say(f"transcript: {page.shown}: {reason}")
            else:
                summary.skipped += 1
                talk.say(f"transcript: {page.shown}: skipped: {reason}")
            talk.advance()
    if not quiet:
        stderr.write(f"transcript: {summary.line()}\n")
    return summary
