"""The ``transcript`` command: read input, call the core, hand the result to a writer."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NoReturn, TypeVar

import click

from ._version import __version__
from .batch import Page, default_jobs, discover, is_single, plan, run
from .errors import ExitCode, TranscriptError, UnknownEncoding
from .files import parse_bytes, parse_file
from .filters import NoSuchSpeaker, filter_transcript
from .models import InputFormat, Transcript, TurnKind
from .options import DEFAULT_WORDS_PER_MINUTE, ParseOptions, RenderOptions
from .output import check_target, deliver, is_stdout, write_stream
from .reading import check_encoding
from .terminal import Environment, choose_format, use_color
from .writers import REGISTRY, OutputFormat
from .writers import get as get_writer

if TYPE_CHECKING:  # Rich is imported only for pretty output
    from rich.console import RenderableType

F = TypeVar("F", bound=Callable[..., object])


def _echo_output(color: bool, text: str) -> None:
    """Rendered output to standard output. Colour goes by way of click (which handles
    the terminal); plain output is written in pieces, without click's pass over the
    whole text for colour codes, so that a large output is not copied again."""
    if color:
        click.echo(text, nl=False, color=True)
    else:
        write_stream(sys.stdout, text)


def _fail(message: str, code: ExitCode) -> NoReturn:
    click.echo(f"transcript: {message}", err=True)
    sys.exit(int(code))


def _read_stdin() -> bytes:
    stdin = sys.stdin.buffer
    if stdin.isatty():
        _fail("'-' reads a page from standard input, but none is piped in", ExitCode.USAGE)
    return stdin.read()


def _environment() -> Environment:
    """Where we run, for the terminal policy: click's ``obj`` when a test gives one."""
    env = click.get_current_context().find_object(Environment)
    return env if env is not None else Environment.from_system()


def _known_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--encoding`` must name a text encoding: an unknown one is a usage error."""
    if value is None:
        return None
    try:
        check_encoding(value)
    except UnknownEncoding as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def _page_options(command: F) -> F:
    """The options that say how to read and parse a page, shared by every command that does."""
    for option in reversed((
        click.option("--encoding", default=None, callback=_known_encoding,
                     help="Decode the input with this encoding."),
        click.option("--input-format", type=click.Choice([f.value for f in InputFormat]),
                     default=None,
                     help="Treat the input as text, html or markdown instead of sniffing it."),
        click.option("--no-fix-text", is_flag=True,
                     help="Keep mojibake as it is (no ftfy repair)."),
        click.option("--no-infer", is_flag=True, help="Never attribute an unlabeled turn."),
    )):
        command = option(command)
    return command


def _parse_options(
    encoding: str | None, input_format: str | None, no_fix_text: bool, no_infer: bool
) -> ParseOptions:
    return ParseOptions(
        fix_text=not no_fix_text,
        encoding=encoding,
        input_format=InputFormat(input_format) if input_format else None,
        infer_speakers=not no_infer,
    )


def _color_option(command: F) -> F:
    return click.option(
        "--color/--no-color", "color", default=None,
        help="Colour the pretty output. Default: only on a terminal, and never when "
        "NO_COLOR is set; FORCE_COLOR forces it.",
    )(command)


def _load(path: str, options: ParseOptions) -> Transcript:
    """Read and parse one page, or fail with its one-line error and exit code."""
    try:
        if path != "-":
            return parse_file(path, options=options)  # lets the bytes go before parsing
        return parse_bytes(_read_stdin(), options=options)
    except TranscriptError as exc:
        _fail(str(exc), exc.exit_code)


def _discover(paths: tuple[str, ...]) -> tuple[list[Page], bool]:
    try:
        return discover(paths, read_stdin=_read_stdin)
    except TranscriptError as exc:
        _fail(str(exc), exc.exit_code)


def _filters(
    speakers: tuple[str, ...], kind: str | None, no_boilerplate_report: bool
) -> Callable[[Transcript], Transcript] | None:
    """The parse filters as one picklable function, or None when none is asked for."""
    if not speakers and kind is None and not no_boilerplate_report:
        return None
    return partial(filter_transcript, speakers=speakers, kind=TurnKind(kind) if kind else None,
                   boilerplate=not no_boilerplate_report)


def _parse_many(
    pages: list[Page], *, fmt: str | None, output: str | None, jobs: int | None, quiet: bool,
    wpm: int, color: bool | None, options: ParseOptions,
    transform: Callable[[Transcript], Transcript] | None,
) -> int:
    """Several pages: choose the format and the target, let ``batch`` run; the exit code."""
    env = _environment()
    to_stdout = is_stdout(output)
    explicit = OutputFormat(fmt) if fmt else None
    if to_stdout and explicit is None:
        explicit = OutputFormat.PRETTY if env.stdout_isatty else OutputFormat.JSONL
    chosen = choose_format(env, explicit, output)
    render = RenderOptions(
        words_per_minute=wpm,
        color=use_color(env, color, chosen, to_terminal=to_stdout and env.stdout_isatty),
    )
    stdout = sys.stdout.buffer
    try:
        job = plan(pages, get_writer(chosen), render, options, transform,
                   out_dir=None if to_stdout else output)
        # The progress bar is drawn on standard error when it is a terminal, unless the
        # pages themselves are being written to that terminal.
        bar = sys.stderr.isatty() and not (to_stdout and env.stdout_isatty)
        summary = run(pages, job, jobs=jobs or default_jobs(), write=stdout.write,
                      stderr=sys.stderr, progress=bar, quiet=quiet)
        stdout.flush()
    except TranscriptError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", ExitCode.INTERRUPTED)
    except BrokenPipeError:  # the reader went away (| head): stop quietly, as pipes expect
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
        return int(ExitCode.FAILED)
    return int(summary.exit_code)


class _Commands(click.Group):
    """The command group: Ctrl-C in any command is one line on stderr and exit 130
    (click's own handling would print "Aborted!" and exit 1)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            _fail("interrupted", ExitCode.INTERRUPTED)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="transcript")
def main() -> None:
    """Turn scraped radio and podcast transcript pages into clean, typed speaker turns."""


@main.command()
@click.argument("paths", metavar="PATH...", nargs=-1, required=True)
@click.option(
    "-f", "--format", "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    default=None,
    help="Output format (see `transcript formats`). Default: the -o file's suffix, else "
    "pretty on a terminal and json when piped (jsonl for several pages).",
)
@click.option("-o", "--output", metavar="PATH", default=None,
              help="Write to PATH (atomically; never over the input) instead of standard "
              "output. '-' is standard output. A folder for convokit, and for several "
              "pages: one file each, named as the pages are under their folder.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Parse several pages in this many processes. Default: one per core.")
@click.option("-q", "--quiet", is_flag=True,
              help="Several pages: no progress bar and no summary line, only the pages "
              "that failed or were skipped.")
@click.option("--speaker", "speakers", metavar="NAME", multiple=True,
              help="Only this speaker's turns: a name or any label, in any case. Repeatable.")
@click.option("--kind", type=click.Choice([k.value for k in TurnKind]), default=None,
              help="Only speech turns, or only event cues.")
@click.option("--no-boilerplate-report", is_flag=True,
              help="Leave the list of removed page chrome out of the output.")
@click.option("--wpm", type=click.IntRange(min=1), default=DEFAULT_WORDS_PER_MINUTE,
              show_default=True,
              help="Speaking rate for the times of vtt, srt, html and podcast where the page "
              "has no time stamps. Estimated times are always marked as estimated.")
@_color_option
@_page_options
def parse(
    paths: tuple[str, ...], fmt: str | None, output: str | None, jobs: int | None,
    quiet: bool, speakers: tuple[str, ...],
    kind: str | None, no_boilerplate_report: bool, wpm: int, color: bool | None,
    encoding: str | None, input_format: str | None, no_fix_text: bool, no_infer: bool,
) -> None:
    """Parse pages into speaker turns.

    PATH is a page, - for standard input, a folder (searched for .txt, .html, .htm and
    .md pages) or a glob. Several pages are parsed in parallel: jsonl streams one
    transcript per line in input order, -o DIR writes one file per page; a page that
    fails is reported and the others go on.
    """
    if len(paths) > 1 or not is_single(paths[0]):
        pages, folder_named = _discover(paths)
        if len(pages) > 1 or folder_named:
            sys.exit(_parse_many(
                pages, fmt=fmt, output=output, jobs=jobs, quiet=quiet, wpm=wpm, color=color,
                options=_parse_options(encoding, input_format, no_fix_text, no_infer),
                transform=_filters(speakers, kind, no_boilerplate_report),
            ))
        paths = (pages[0].path,)
    path = paths[0]
    env = _environment()
    chosen = choose_format(env, OutputFormat(fmt) if fmt else None, output)
    writer = get_writer(chosen)
    try:
        check_target(writer, output, [path])
    except TranscriptError as exc:
        _fail(str(exc), exc.exit_code)
    transcript = _load(path, _parse_options(encoding, input_format, no_fix_text, no_infer))
    try:
        transcript = filter_transcript(
            transcript, speakers=speakers, kind=TurnKind(kind) if kind else None,
            boilerplate=not no_boilerplate_report,
        )
    except NoSuchSpeaker as exc:
        _fail(str(exc), ExitCode.USAGE)
    to_stdout = output is None or output == "-"
    render = RenderOptions(
        words_per_minute=wpm,
        color=use_color(env, color, chosen, to_terminal=to_stdout and env.stdout_isatty),
    )
    if writer.timed:
        from .writers.timing import timeline

        note = timeline(transcript, wpm).note()
        if note:
            click.echo(f"transcript: note: {note}", err=True)
    try:
        deliver(transcript, writer, render, output, echo=partial(_echo_output, render.color))
    except TranscriptError as exc:
        _fail(str(exc), exc.exit_code)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the transcript JSON, generated from the models."""
    click.echo(json.dumps(Transcript.model_json_schema(), indent=2))


@main.command()
def formats() -> None:
    """List the output formats of `parse --format`, one line each."""
    width = max(len(f.value) for f in REGISTRY)
    for writer in REGISTRY.values():
        click.echo(f"{writer.format.value:<{width}}  {writer.summary}")


def _report_format(command: F) -> F:
    return click.option(
        "-f", "--format", "fmt", type=click.Choice(["pretty", "json"]), default=None,
        help="pretty (a table) or json. Default: pretty on a terminal, json when piped.",
    )(command)


def _show(fmt: str | None, color: bool | None, as_json: Callable[[], str],
          pretty: Callable[[], RenderableType]) -> None:
    """Print a report as JSON, or as a Rich renderable under the terminal policy."""
    env = _environment()
    chosen = choose_format(env, OutputFormat(fmt) if fmt else None, None)
    if chosen is OutputFormat.JSON:
        click.echo(as_json())
        return
    from .display import to_text

    coloured = use_color(env, color, chosen, to_terminal=env.stdout_isatty)
    click.echo(to_text(pretty(), color=coloured), nl=False, color=coloured)


@main.command()
@click.argument("path", metavar="FILE")
@_report_format
@_color_option
@_page_options
def speakers(
    path: str, fmt: str | None, color: bool | None, encoding: str | None,
    input_format: str | None, no_fix_text: bool, no_infer: bool,
) -> None:
    """Who speaks in FILE: name, role, labels, turns, words and share of the words."""
    from .stats import speaker_shares

    t = _load(path, _parse_options(encoding, input_format, no_fix_text, no_infer))
    rows = speaker_shares(t)

    def table() -> RenderableType:
        from .display import share_colours, shares_table

        return shares_table(rows, share_colours(t))

    _show(fmt, color, lambda: json.dumps([r.model_dump(mode="json") for r in rows], indent=2),
          table)


@main.command()
@click.argument("path", metavar="FILE")
@_report_format
@_color_option
@_page_options
def stats(
    path: str, fmt: str | None, color: bool | None, encoding: str | None,
    input_format: str | None, no_fix_text: bool, no_infer: bool,
) -> None:
    """Counts for FILE: turns, words, speakers, talk share as bars, the longest turn."""
    from .stats import stats as compute

    t = _load(path, _parse_options(encoding, input_format, no_fix_text, no_infer))
    report = compute(t)

    def bars() -> RenderableType:
        from .display import share_colours, stats_renderable

        return stats_renderable(report, share_colours(t))

    _show(fmt, color, lambda: report.model_dump_json(indent=2), bars)
