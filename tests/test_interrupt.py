"""Ctrl-C: one line on stderr, exit 130, and no half-written output left behind.

The writer's own atomicity is tested in ``test_output_files.py``; here the command as a
whole is interrupted: while it reads, while it parses, while it writes, and once for
real, with SIGINT sent to the installed console script.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED
from transcript_cli import cli, output
from transcript_cli.errors import ExitCode


def _interrupt(*_args: object, **_kwargs: object) -> None:
    raise KeyboardInterrupt


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", ["parse", "speakers", "stats"])
def test_ctrl_c_while_parsing_exits_130_in_one_line(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "parse_file", _interrupt)
    code, out, err = _invoke(command, str(SEED), "-f", "json")
    assert (code, out, err) == (ExitCode.INTERRUPTED, "", "transcript: interrupted\n")


@pytest.mark.parametrize("existing", [True, False], ids=["over-a-file", "new-file"])
def test_ctrl_c_while_writing_leaves_the_old_output_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    target = tmp_path / "out.json"
    if existing:
        target.write_text("old\n", encoding="utf-8")
    # The bytes are in the temporary file when the interrupt comes.
    monkeypatch.setattr(output.os, "fsync", _interrupt)
    code, out, err = _invoke("parse", str(SEED), "-o", str(target))
    assert (code, out, err) == (ExitCode.INTERRUPTED, "", "transcript: interrupted\n")
    assert [p.name for p in tmp_path.iterdir()] == (["out.json"] if existing else [])
    if existing:
        assert target.read_text(encoding="utf-8") == "old\n"


def _script() -> str:
    beside = Path(sys.executable).with_name("transcript")
    return str(beside) if beside.exists() else "transcript"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe (POSIX)")
def test_a_real_sigint_while_reading(tmp_path: Path) -> None:
    """The page is a named pipe: once our end of it opens, the command is inside its
    read, past start-up, so the signal lands in the command and not in the imports."""
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    target = tmp_path / "out.json"
    proc = subprocess.Popen(
        [_script(), "parse", str(fifo), "-o", str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        # A test run in the background may ignore SIGINT, and a child would inherit that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        with open(fifo, "wb") as pipe:  # blocks until the command opens the page
            pipe.write(SEED.read_bytes()[:2000])
            pipe.flush()
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == ExitCode.INTERRUPTED
    assert out == b""
    assert err == b"transcript: interrupted\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]
