"""The core's own exceptions, each with the exit code the command line gives it.

The exit codes are documented in the README; they are defined here and only here.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of the ``transcript`` command."""

    OK = 0
    FAILED = 1  # one or more inputs could not be parsed (batch)
    USAGE = 2  # bad flags or arguments (click's own code)
    NOT_FOUND = 3  # a path does not exist, or a folder has no pages
    UNREADABLE = 4  # permission denied, or a read error
    BAD_INPUT = 5  # empty, binary or undecodable input
    NO_TURNS = 6  # the page holds no speaker turns
    INTERRUPTED = 130  # Ctrl-C


class TranscriptError(Exception):
    """Base of every error the parser reports to a user."""

    exit_code: ExitCode = ExitCode.FAILED


class UsageError(TranscriptError):
    """The request cannot be carried out as asked, whatever the input."""

    exit_code = ExitCode.USAGE


class UnknownEncoding(UsageError):
    """``--encoding`` names no text encoding Python knows."""


class InputNotFound(TranscriptError):
    exit_code = ExitCode.NOT_FOUND


class InputUnreadable(TranscriptError):
    """Permission denied, a folder where a page was expected, or a read error."""

    exit_code = ExitCode.UNREADABLE


class BadInput(TranscriptError):
    """Empty, binary or undecodable input."""

    exit_code = ExitCode.BAD_INPUT


class NoTurns(TranscriptError):
    """The page has text but no speaker turns."""

    exit_code = ExitCode.NO_TURNS
