"""Clear refusals: a bad input gets one line on stderr and its documented exit code.

Every case is run through the command (``CliRunner``, stdout and stderr apart) and the
library; a few also through the installed console script, where a traceback would
show. The exit codes are ``errors.ExitCode``; the README's table is checked against it
in ``test_exit_code_table_in_the_readme_is_true``.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEED
from transcript_cli import (
    BadInput,
    InputNotFound,
    InputUnreadable,
    NoTurns,
    ParseOptions,
    TranscriptError,
    parse,
    parse_file,
)
from transcript_cli.cli import main
from transcript_cli.errors import ExitCode
from transcript_cli.files import parse_bytes

_RNG = random.Random(6)
PNG = b"\x89PNG\r\n\x1a\n" + _RNG.randbytes(4000)
ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + _RNG.randbytes(300) + b"\x00" * 2000
# No encoding fits these bytes and they are not control characters: not text, not binary.
UNDECODABLE = bytes(range(0x80, 0x100)) * 10


def one_line(err: str) -> str:
    """The single line of an error: exactly one, starting 'transcript: ', no traceback."""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("transcript: "), err
    assert "Traceback" not in err
    return err.removeprefix("transcript: ").rstrip("\n")


def invoke(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


# (name, file content, exit code, what the line says)
BAD_FILES: list[tuple[str, bytes, ExitCode, str]] = [
    ("empty", b"", ExitCode.BAD_INPUT, r"empty input"),
    ("blank", b" \n\t\r\n\n", ExitCode.BAD_INPUT, r"empty input"),
    ("nul-only", b"\x00" * 5, ExitCode.BAD_INPUT, r"empty input"),
    ("empty utf-16", b"\xff\xfe\n\x00", ExitCode.BAD_INPUT, r"empty input"),
    ("png", PNG, ExitCode.BAD_INPUT, r"binary data, not a text page"),
    ("elf", ELF, ExitCode.BAD_INPUT, r"binary data, not a text page"),
    ("controls", b"HOST: hi\n" + bytes(range(1, 9)) * 20, ExitCode.BAD_INPUT, r"binary data"),
    ("undecodable", UNDECODABLE, ExitCode.BAD_INPUT, r"undecodable"),
    ("chrome only", "Play Live Radio\nNext Up:\n0:00 0:00\n© 2024 KMUW\n".encode(),
     ExitCode.NO_TURNS, r"no speaker turns found"),
]


@pytest.mark.parametrize(("name", "data", "code", "says"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_bad_file_is_refused_in_one_line(
    tmp_path: Path, name: str, data: bytes, code: ExitCode, says: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(data)
    got, out, err = invoke("parse", str(page), "-f", "json")
    assert got == code
    assert out == ""
    line = one_line(err)
    assert line.startswith(f"{page}: ") and re.search(says, line)


@pytest.mark.parametrize(("name", "data", "code", "says"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_bad_page_on_stdin_is_refused_in_one_line(
    name: str, data: bytes, code: ExitCode, says: str
) -> None:
    got, out, err = invoke("parse", "-", "-f", "json", stdin=data)
    assert got == code
    assert out == ""
    assert re.search(says, one_line(err))


@pytest.mark.parametrize(("name", "data", "code", "says"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_the_library_raises_the_error_with_that_code(
    tmp_path: Path, name: str, data: bytes, code: ExitCode, says: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(data)
    with pytest.raises(TranscriptError) as raised:
        parse_file(page)
    assert raised.value.exit_code == code
    assert isinstance(raised.value, NoTurns if code is ExitCode.NO_TURNS else BadInput)
    with pytest.raises(type(raised.value)):
        parse_bytes(data)


def test_a_missing_path(tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    code, out, err = invoke("parse", str(gone))
    assert (code, out) == (ExitCode.NOT_FOUND, "")
    assert one_line(err) == f"{gone}: no such file"
    with pytest.raises(InputNotFound, match="no such file"):
        parse_file(gone)
    with pytest.raises(InputNotFound, match="no such file"):
        parse_file(SEED / "under-a-file.txt")


@pytest.mark.parametrize("inside", [[], ["notes.pdf", ".hidden.txt", "sub/"]])
def test_a_folder_with_no_pages(tmp_path: Path, inside: list[str]) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in inside:
        if name.endswith("/"):
            (folder / name).mkdir()
        else:
            (folder / name).write_text("HOST: hello\n", encoding="utf-8")
    code, out, err = invoke("parse", str(folder))
    assert (code, out) == (ExitCode.NOT_FOUND, "")
    assert re.fullmatch(rf"{re.escape(str(folder))}: no pages .* in this folder", one_line(err))


def test_a_folder_where_one_page_is_expected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    code, out, err = invoke("speakers", str(tmp_path))
    assert (code, out) == (ExitCode.UNREADABLE, "")
    assert one_line(err) == f"{tmp_path}: is a folder, not a page"
    with pytest.raises(InputUnreadable):
        parse_file(tmp_path)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
def test_a_device_is_not_read_for_ever() -> None:
    code, out, err = invoke("parse", "/dev/zero")
    assert (code, out) == (ExitCode.UNREADABLE, "")
    assert one_line(err) == "/dev/zero: is a device, not a page"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads any file whatever its mode, so a real permission error cannot be "
    "made here; test_permission_denied_is_reported covers the mapping",
)
def test_an_unreadable_file(tmp_path: Path) -> None:
    page = tmp_path / "secret.txt"
    page.write_bytes(SEED.read_bytes())
    page.chmod(0)
    try:
        code, out, err = invoke("parse", str(page))
    finally:
        page.chmod(0o644)
    assert (code, out) == (ExitCode.UNREADABLE, "")
    assert one_line(err) == f"{page}: permission denied"


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The operating system's refusal, whoever runs the tests (root included)."""
    page = tmp_path / "secret.txt"
    page.write_bytes(SEED.read_bytes())

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, out, err = invoke("parse", str(page))
    assert (code, out) == (ExitCode.UNREADABLE, "")
    assert one_line(err) == f"{page}: permission denied"
    with pytest.raises(InputUnreadable, match=r"permission denied$"):
        parse_file(page)


def test_a_forced_encoding_that_does_not_fit(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("HOST: It’s here.\n", encoding="utf-8")
    code, out, err = invoke("parse", str(page), "--encoding", "ascii")
    assert (code, out) == (ExitCode.BAD_INPUT, "")
    assert re.fullmatch(rf"{re.escape(str(page))}: cannot decode as ascii: .* at byte 8",
                        one_line(err))


@pytest.mark.parametrize("command", ["parse", "speakers", "stats"])
def test_an_unknown_encoding_is_a_usage_error(command: str) -> None:
    code, out, err = invoke(command, str(SEED), "--encoding", "no-such-codec")
    assert (code, out) == (ExitCode.USAGE, "")
    assert "Invalid value for '--encoding': unknown text encoding: 'no-such-codec'" in err
    assert "Traceback" not in err


def test_a_page_without_labels_is_unattributed_text_with_a_warning() -> None:
    """The choice for a page with text but no labels: keep it, say so, exit 0."""
    page = b"The river rose overnight.\n\nCrews worked until dawn to hold it back.\n"
    code, out, err = invoke("parse", "-", "-f", "json", stdin=page)
    assert (code, err) == (0, "")
    t = parse(page.decode())
    assert [(x.speaker, x.label, x.lines, x.text) for x in t.turns] == [(
        None, None, (1, 3),
        "The river rose overnight.\n\nCrews worked until dawn to hold it back.",
    )]
    assert t.warnings == ["no speaker labels found; the text is kept as unattributed turns"]
    assert out.count("no speaker labels found") == 1


def test_a_page_with_nothing_left_is_no_turns() -> None:
    """...and for a page where nothing but chrome is left: an error, exit 6."""
    with pytest.raises(NoTurns) as raised:
        parse("Play Live Radio\n\n© 2024 KMUW\n")
    assert raised.value.exit_code is ExitCode.NO_TURNS
    with pytest.raises(NoTurns):
        parse_bytes(b"Next Up:\n", options=ParseOptions(fix_text=False))


def _script() -> str:
    beside = Path(sys.executable).with_name("transcript")
    return str(beside) if beside.exists() else "transcript"


@pytest.mark.parametrize(
    ("args", "data", "code"),
    [
        (["gone.txt"], None, ExitCode.NOT_FOUND),
        (["empty.txt"], b"", ExitCode.BAD_INPUT),
        (["binary.txt"], PNG, ExitCode.BAD_INPUT),
        (["emptydir"], None, ExitCode.NOT_FOUND),
        (["-"], ELF, ExitCode.BAD_INPUT),
    ],
    ids=["missing", "empty", "binary", "empty-folder", "binary-stdin"],
)
def test_the_console_script_refuses_without_a_traceback(
    tmp_path: Path, args: list[str], data: bytes | None, code: ExitCode
) -> None:
    (tmp_path / "emptydir").mkdir()
    if data is not None and args != ["-"]:
        (tmp_path / args[0]).write_bytes(data)
    done = subprocess.run(
        [_script(), "parse", *args], input=data if args == ["-"] else b"", cwd=tmp_path,
        capture_output=True, timeout=60, check=False,
    )
    assert done.returncode == code
    assert done.stdout == b""
    one_line(done.stderr.decode())


def test_exit_code_table_in_the_readme_is_true() -> None:
    """Every ExitCode is in the README's table and every row of it is an ExitCode."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", section, flags=re.M))
    assert sorted(int(c) for c in rows) == sorted(int(c) for c in ExitCode)
