"""The parse command's contract: JSON to stdout, talk and errors to stderr, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from transcript_cli import __version__
from transcript_cli.cli import main
from transcript_cli.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_kmuw_isis_k.txt"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_json_to_stdout_nothing_on_stderr() -> None:
    code, out, err = run("parse", str(SEED), "--format", "json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["title"] == "What We Know About ISIS-K"
    assert data["source"]["path"] == str(SEED)
    assert [s["id"] for s in data["speakers"]] == ["shagofa-danish", "khalid", "madiha-afzal"]


def test_json_is_the_default_when_piped() -> None:
    code, out, _ = run("parse", str(SEED))
    assert code == 0
    assert json.loads(out)["turns"]


def test_stdin_dash_reads_the_page() -> None:
    code, out, err = run("parse", "-", "--format", "json", stdin=SEED.read_bytes())
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["source"]["path"] is None
    assert len(data["turns"]) == 16


def test_pretty_shows_names_and_title() -> None:
    code, out, err = run("parse", str(SEED), "--format", "pretty")
    assert code == 0 and err == ""
    assert "What We Know About ISIS-K" in out
    assert "Madiha Afzal" in out and "Khalid" in out
    assert "Play Live Radio" not in out


def test_missing_file_is_one_line_on_stderr(tmp_path: Path) -> None:
    code, out, err = run("parse", str(tmp_path / "nope.txt"))
    assert code == ExitCode.NOT_FOUND
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("transcript: ") and "nope.txt" in err
    assert "Traceback" not in err


def test_a_page_of_chrome_only_has_no_turns(tmp_path: Path) -> None:
    page = tmp_path / "chrome.txt"
    page.write_text("Play Live Radio\nNext Up:\n0:00 0:00\n© 2024 KMUW\n", encoding="utf-8")
    code, out, err = run("parse", str(page))
    assert code == ExitCode.NO_TURNS
    assert out == "" and err.startswith("transcript: ") and err.count("\n") == 1


def test_unknown_format_is_a_usage_error() -> None:
    code, out, err = run("parse", str(SEED), "--format", "nonsense")
    assert code == ExitCode.USAGE
    assert out == "" and "nonsense" in err


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out


def test_schema_is_json_schema_of_the_transcript() -> None:
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0
    assert {"title", "title_line", "speakers", "turns", "boilerplate"} <= set(schema["properties"])


def test_installed_console_script_and_module_entry_point() -> None:
    script = Path(sys.executable).with_name("transcript")
    assert script.exists(), "the package must install a 'transcript' console script"
    proc = subprocess.run(
        [str(script), "parse", str(SEED), "--format", "json"], capture_output=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "What We Know About ISIS-K"
    mod = subprocess.run(
        [sys.executable, "-m", "transcript_cli", "--version"], capture_output=True, text=True,
        check=False,
    )
    assert mod.returncode == 0 and __version__ in mod.stdout
