"""The ``transcript`` command: read input, call the core, hand the result to a writer."""

from __future__ import annotations

import json
import sys
from typing import NoReturn

import click

from ._version import __version__
from .errors import ExitCode, TranscriptError
from .files import parse_bytes, read_bytes
from .models import InputFormat, Transcript
from .options import ParseOptions
from .writers import OutputFormat
from .writers import get as get_writer


def _fail(message: str, code: ExitCode) -> NoReturn:
    click.echo(f"transcript: {message}", err=True)
    sys.exit(int(code))


def _read_input(path: str) -> tuple[bytes, str | None]:
    if path == "-":
        stdin = sys.stdin.buffer
        if stdin.isatty():
            _fail("'-' reads a page from standard input, but none is piped in", ExitCode.USAGE)
        return stdin.read(), None
    return read_bytes(path), path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="transcript")
def main() -> None:
    """Turn scraped radio and podcast transcript pages into clean, typed speaker turns."""


@main.command()
@click.argument("path", metavar="FILE")
@click.option(
    "-f", "--format", "fmt",
    type=click.Choice([f.value for f in OutputFormat]),
    default=None,
    help="Output format. Default: pretty on a terminal, json when piped.",
)
@click.option("--encoding", default=None, help="Decode the input with this encoding.")
@click.option("--input-format", type=click.Choice([f.value for f in InputFormat]), default=None,
              help="Treat the input as text, html or markdown instead of sniffing it.")
@click.option("--no-fix-text", is_flag=True, help="Keep mojibake as it is (no ftfy repair).")
@click.option("--no-infer", is_flag=True, help="Never attribute an unlabeled turn.")
def parse(
    path: str, fmt: str | None, encoding: str | None, input_format: str | None,
    no_fix_text: bool, no_infer: bool,
) -> None:
    """Parse FILE (or - for standard input) into speaker turns."""
    options = ParseOptions(
        fix_text=not no_fix_text,
        encoding=encoding,
        input_format=InputFormat(input_format) if input_format else None,
        infer_speakers=not no_infer,
    )
    try:
        data, name = _read_input(path)
        transcript: Transcript = parse_bytes(data, options=options, path=name)
    except TranscriptError as exc:
        _fail(str(exc), exc.exit_code)
    chosen = OutputFormat(fmt) if fmt else (
        OutputFormat.PRETTY if sys.stdout.isatty() else OutputFormat.JSON
    )
    click.echo(get_writer(chosen).render(transcript), nl=False)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the transcript JSON, generated from the models."""
    click.echo(json.dumps(Transcript.model_json_schema(), indent=2))
