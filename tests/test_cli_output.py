"""The output side of the command line: formats, -o, filters, reports, terminal policy.

stdout and stderr are checked separately: data on stdout, talk on stderr.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner, Result

from transcript_cli.cli import main
from transcript_cli.errors import ExitCode
from transcript_cli.terminal import Environment
from transcript_cli.writers import REGISTRY, OutputFormat

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "000_kmuw_isis_k.txt"
ESTIMATED = (
    "transcript: note: Times are estimated from word counts at 160 words a minute; "
    "the page gives none.\n"
)
ANSI = "\x1b["
TEXT_FORMATS = [f for f in OutputFormat if not REGISTRY[f].folder]


def invoke(*args: str, env: dict[str, str] | None = None, tty: bool = False) -> Result:
    environ = {"NO_COLOR": "", "FORCE_COLOR": "", **(env or {})}
    return CliRunner(env=environ).invoke(
        main, list(args), obj=Environment(stdout_isatty=tty, environ=environ)
    )


def test_formats_lists_every_format_once_from_the_registry() -> None:
    result = invoke("formats")
    assert result.exit_code == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [f.value for f in OutputFormat]
    for line, writer in zip(lines, REGISTRY.values(), strict=True):
        assert line.endswith(writer.summary)


@pytest.mark.parametrize("fmt", TEXT_FORMATS, ids=[f.value for f in TEXT_FORMATS])
def test_each_format_goes_to_stdout_and_talk_to_stderr(fmt: OutputFormat) -> None:
    result = invoke("parse", str(SEED), "--format", fmt.value)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert result.stderr == (ESTIMATED if REGISTRY[fmt].timed else "")


@pytest.mark.parametrize("fmt", TEXT_FORMATS, ids=[f.value for f in TEXT_FORMATS])
def test_no_format_carries_colour_unless_pretty_and_asked(fmt: OutputFormat) -> None:
    forced = invoke("parse", str(SEED), "-f", fmt.value, "--color", env={"FORCE_COLOR": "1"})
    assert (ANSI in forced.stdout) is (fmt is OutputFormat.PRETTY)
    plain = invoke("parse", str(SEED), "-f", fmt.value, tty=True)
    assert ANSI in plain.stdout if fmt is OutputFormat.PRETTY else ANSI not in plain.stdout


def test_pretty_is_the_default_on_a_terminal_and_json_when_piped() -> None:
    on_terminal = invoke("parse", str(SEED), tty=True)
    assert "╭" in on_terminal.stdout and ANSI in on_terminal.stdout
    piped = invoke("parse", str(SEED))
    assert json.loads(piped.stdout)["title"] == "What We Know About ISIS-K"


@pytest.mark.parametrize(
    ("env", "flag", "coloured"),
    [
        ({"NO_COLOR": "1"}, None, False),
        ({"NO_COLOR": "1"}, "--color", True),
        ({"FORCE_COLOR": "1"}, "--no-color", False),
        ({"FORCE_COLOR": "1"}, None, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, None, False),
        ({}, "--no-color", False),
    ],
)
def test_colour_policy(env: dict[str, str], flag: str | None, coloured: bool) -> None:
    args = ["parse", str(SEED), "-f", "pretty", *([flag] if flag else [])]
    piped = invoke(*args, env=env)  # piped: only FORCE_COLOR or --color give colour
    terminal = invoke(*args, env=env, tty=True)
    assert (ANSI in piped.stdout) is coloured
    assert (ANSI in terminal.stdout) is (coloured or (not env and flag is None))


def test_output_file_is_written_and_equals_stdout(tmp_path: Path) -> None:
    out = tmp_path / "seed.json"
    result = invoke("parse", str(SEED), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert out.read_text(encoding="utf-8") == invoke("parse", str(SEED), "-f", "json").stdout
    assert [p.name for p in tmp_path.iterdir()] == ["seed.json"]  # no temporary file left


@pytest.mark.parametrize(("name", "start"), [("a.vtt", "WEBVTT\n"), ("a.md", "# What"),
                                             ("a.csv", "index,speaker,"), ("a.txt", "# What")])
def test_the_output_suffix_chooses_the_format(tmp_path: Path, name: str, start: str) -> None:
    result = invoke("parse", str(SEED), "-o", str(tmp_path / name))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)


def test_dash_output_is_stdout() -> None:
    result = invoke("parse", str(SEED), "-f", "text", "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("# What We Know")


def test_refuses_to_write_over_the_input(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    shutil.copy(SEED, page)
    before = page.read_bytes()
    for target in (str(page), str(tmp_path / "." / "page.txt")):
        result = invoke("parse", str(page), "-f", "text", "-o", target)
        assert result.exit_code == ExitCode.USAGE
        assert result.stdout == ""
        assert result.stderr == f"transcript: refusing to write over the input file {page}\n"
    assert page.read_bytes() == before


def test_an_unwritable_output_is_one_line(tmp_path: Path) -> None:
    result = invoke("parse", str(SEED), "-o", str(tmp_path / "missing" / "out.json"))
    assert result.exit_code == ExitCode.UNREADABLE
    assert result.stdout == ""
    assert result.stderr.startswith("transcript: ") and result.stderr.count("\n") == 1


def test_wpm_must_be_positive() -> None:
    result = invoke("parse", str(SEED), "-f", "vtt", "--wpm", "0")
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""


def test_wpm_changes_the_note_and_the_times() -> None:
    result = invoke("parse", str(SEED), "-f", "podcast", "--wpm", "120")
    assert "120 words a minute" in result.stderr
    assert json.loads(result.stdout)["timing"]["wordsPerMinute"] == 120


def schema() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(invoke("schema").stdout)
    return loaded


def test_speaker_filter_by_any_label_keeps_a_valid_transcript() -> None:
    result = invoke("parse", str(SEED), "-f", "json", "--speaker", "afzal")
    assert result.exit_code == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    jsonschema.validate(data, schema())
    assert {t["speaker"] for t in data["turns"]} == {"madiha-afzal"}
    assert [t["index"] for t in data["turns"]] == list(range(7))
    assert [s["id"] for s in data["speakers"]] == ["madiha-afzal"]
    assert data["warnings"][-1] == "filtered (speaker Madiha Afzal): 7 of 16 turns kept"


def test_speaker_filter_by_name_in_any_case_and_repeated() -> None:
    result = invoke("parse", str(SEED), "-f", "jsonl", "--speaker", "MADIHA afzal",
                    "--speaker", "Khalid")
    turns = json.loads(result.stdout)["turns"]
    assert {t["speaker"] for t in turns} == {"madiha-afzal", "khalid"} and len(turns) == 15


def test_an_unknown_speaker_is_a_usage_error_naming_the_speakers() -> None:
    result = invoke("parse", str(SEED), "--speaker", "Nobody")
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""
    assert result.stderr == (
        "transcript: no speaker called Nobody "
        "(speakers: Shagofa Danish, Khalid, Madiha Afzal)\n"
    )


def test_kind_filter_and_no_boilerplate_report() -> None:
    page = ROOT / "samples" / "002_npr_host_soundbites.txt"
    data = json.loads(invoke("parse", str(page), "-f", "json", "--kind", "event",
                             "--no-boilerplate-report").stdout)
    jsonschema.validate(data, schema())
    assert data["turns"] and {t["kind"] for t in data["turns"]} == {"event"}
    assert data["speakers"] == [] and data["boilerplate"] == []
    everything = json.loads(invoke("parse", str(SEED), "-f", "json", "--kind", "speech").stdout)
    assert len(everything["turns"]) == 16 and everything["boilerplate"]
    assert everything["warnings"] == []  # nothing left out: nothing to warn about


def test_filters_apply_to_every_format() -> None:
    result = invoke("parse", str(SEED), "-f", "csv", "--speaker", "shagofa danish")
    assert result.stdout.count("\n") == 2 and "Shagofa Danish" in result.stdout


def test_speakers_report_as_json_and_as_a_table() -> None:
    result = invoke("speakers", str(SEED))  # piped: JSON
    assert result.exit_code == 0 and result.stderr == ""
    rows = json.loads(result.stdout)
    assert [(r["name"], r["role"], r["turns"], r["words"]) for r in rows] == [
        ("Shagofa Danish", None, 1, 26), ("Khalid", "host", 8, 279),
        ("Madiha Afzal", "guest", 7, 688),
    ]
    assert rows[2]["labels"] == ["MADIHA AFZAL", "AFZAL"]
    assert sum(r["share"] for r in rows) == pytest.approx(1.0, abs=1e-3)
    table = invoke("speakers", str(SEED), "-f", "pretty", "--no-color").stdout
    assert "MADIHA AFZAL · AFZAL" in table and "69.3%" in table and ANSI not in table


def test_stats_report_as_json_and_with_bars() -> None:
    data = json.loads(invoke("stats", str(SEED), "-f", "json").stdout)
    assert (data["turns"], data["words"], data["speakers"]) == (16, 993, 3)
    assert data["longest_turn"] == {
        "index": 11, "speaker_id": "madiha-afzal", "speaker": "Madiha Afzal", "words": 241
    }
    assert [s["name"] for s in data["talk_share"]] == ["Madiha Afzal", "Khalid", "Shagofa Danish"]
    shown = invoke("stats", str(SEED), tty=True)
    assert shown.exit_code == 0 and "█" in shown.stdout and ANSI in shown.stdout
    assert "Longest turn" in shown.stdout and "69.3%" in shown.stdout


def test_reports_fail_like_parse(tmp_path: Path) -> None:
    for command in ("speakers", "stats"):
        result = invoke(command, str(tmp_path / "nope.txt"))
        assert result.exit_code == ExitCode.NOT_FOUND and result.stdout == ""
        assert result.stderr.startswith("transcript: ") and result.stderr.count("\n") == 1


def _script() -> str:
    script = Path(sys.executable).with_name("transcript")
    assert script.exists(), "the package must install a 'transcript' console script"
    return str(script)


def test_console_script_piped_is_plain_vtt_with_the_note_on_stderr() -> None:
    env = {**os.environ, "FORCE_COLOR": "", "NO_COLOR": ""}
    proc = subprocess.run([_script(), "parse", str(SEED), "-f", "vtt"],
                          capture_output=True, text=True, check=False, env=env)
    assert proc.returncode == 0
    assert proc.stdout.startswith("WEBVTT\n") and ANSI not in proc.stdout
    assert proc.stderr == ESTIMATED


def test_shell_completion_is_clicks_own() -> None:
    env = {**os.environ, "_TRANSCRIPT_COMPLETE": "bash_source"}
    proc = subprocess.run([_script()], capture_output=True, text=True, check=False, env=env)
    assert proc.returncode == 0
    assert "_transcript_completion" in proc.stdout and "complete " in proc.stdout


def test_machine_formats_never_import_rich_or_other_writers() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from transcript_cli.cli import main\n"
        f"r = CliRunner().invoke(main, ['parse', {str(SEED)!r}, '-f', 'json'])\n"
        "assert r.exit_code == 0, r.output\n"
        "loaded = sorted(m for m in sys.modules\n"
        "                if m == 'rich' or m.startswith('transcript_cli.writers.'))\n"
        "print(loaded)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['transcript_cli.writers.structured']"
