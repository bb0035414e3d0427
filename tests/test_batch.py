"""Many pages at once: discovery, order, parallel workers, failures, -o DIR, exit codes."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from transcript_cli.cli import main
from transcript_cli.errors import ExitCode

SURNAMES = ("ABBOTT", "BRENNAN", "CASTILLO", "DIMITROV", "EZE", "FISCHER", "GUPTA", "HADDAD")


def page(n: int) -> str:
    """A small page whose host and title say which page it is."""
    host = f"ANA {SURNAMES[n % len(SURNAMES)]}"
    guest = f"BEN {SURNAMES[(n + 3) % len(SURNAMES)]}"
    return (
        f"Play Live Radio\n\nStory number {n}\n\n"
        f"{host}, HOST: This is page {n}. We're joined now by {guest.title()}. Welcome.\n\n"
        f"{guest}: Thanks for having me.\n\n(SOUNDBITE OF MUSIC)\n\n"
        f"{host.split()[-1]}: And that is page {n}.\n\n© 2024 KXRA\n"
    )


def write(folder: Path, rel: str, n: int) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page(n), encoding="utf-8")
    return path


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["parse", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def paths_of(out: str) -> list[str]:
    return [str(t["source"]["path"]) for t in lines(out)]  # type: ignore[index]


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of 30 pages in nested folders, written out of order, plus files that are
    not pages (wrong suffix, hidden)."""
    root = tmp_path / "pages"
    for n in reversed(range(30)):
        suffix = (".txt", ".md", ".txt", ".htm")[n % 4]
        write(root, f"show-{n // 10}/ep-{n:02d}{suffix}", n)
    (root / "show-0" / "notes.json").write_text("{}", encoding="utf-8")
    write(root, ".hidden/ep-99.txt", 99)
    write(root, "show-1/.draft.txt", 98)
    return root


def expected(root: Path) -> list[str]:
    return [
        str(root / f"show-{n // 10}/ep-{n:02d}{('.txt', '.md', '.txt', '.htm')[n % 4]}")
        for n in range(30)
    ]


def test_folder_is_searched_recursively_in_sorted_order(pages: Path) -> None:
    code, out, err = run(str(pages), "--format", "jsonl", "--jobs", "1")
    assert code == ExitCode.OK
    assert paths_of(out) == expected(pages)
    assert err == "transcript: 30 parsed, 0 failed, 0 skipped\n"


def test_a_page_beside_folders_sorts_by_its_name(pages: Path) -> None:
    loose = write(pages, "show-1.txt", 31)
    code, out, _ = run(str(pages) + os.sep, "--jobs", "1")
    assert code == ExitCode.OK
    want = expected(pages)
    assert paths_of(out) == [*want[:20], str(loose), *want[20:]]


def test_jsonl_is_the_default_for_several_pages_when_piped(pages: Path) -> None:
    code, out, _ = run(str(pages), "--jobs", "1")
    assert code == ExitCode.OK
    assert len(lines(out)) == 30


def test_two_jobs_give_the_same_output_in_the_same_order(pages: Path) -> None:
    one = run(str(pages), "--format", "jsonl", "--jobs", "1")
    two = run(str(pages), "--format", "jsonl", "--jobs", "2")
    assert one == two
    assert paths_of(two[1]) == expected(pages)


def test_each_line_is_the_single_page_json(pages: Path) -> None:
    _, out, _ = run(str(pages), "--format", "jsonl", "--jobs", "2")
    first = expected(pages)[0]
    code, single, _ = run(first, "--format", "json")
    assert code == ExitCode.OK
    assert lines(out)[0] == json.loads(single)


def test_globs_are_expanded_when_the_shell_did_not(pages: Path) -> None:
    code, out, _ = run(str(pages / "show-*" / "ep-*.txt"), "--jobs", "1")
    assert code == ExitCode.OK
    assert paths_of(out) == [p for p in expected(pages) if p.endswith(".txt")]
    code, out, _ = run(str(pages / "**" / "*.md"), "--jobs", "1")
    assert paths_of(out) == [p for p in expected(pages) if p.endswith(".md")]


def test_a_glob_matching_one_file_is_a_single_page(pages: Path) -> None:
    code, out, err = run(str(pages / "show-0" / "ep-00.*"))
    assert code == ExitCode.OK and err == ""
    assert json.loads(out)["source"]["path"] == expected(pages)[0]


def test_files_folders_and_stdin_keep_argument_order(pages: Path) -> None:
    a, b = expected(pages)[5], expected(pages)[3]
    code, out, _ = run(a, "-", b, str(pages / "show-2"), stdin=page(7).encode())
    assert code == ExitCode.OK
    got = lines(out)
    assert [t["source"]["path"] for t in got[:3]] == [a, None, b]  # type: ignore[index]
    assert "page 7" in got[1]["turns"][0]["text"]  # type: ignore[index]
    assert paths_of(out)[3:] == expected(pages)[20:]


def test_a_page_named_twice_is_parsed_once(pages: Path) -> None:
    _, out, _ = run(str(pages / "show-0"), expected(pages)[0], "--jobs", "1")
    assert paths_of(out) == expected(pages)[:10]


def test_bad_pages_are_reported_and_the_batch_goes_on(pages: Path) -> None:
    (pages / "show-1" / "ep-12.txt").write_bytes(b"\x00\x01\x02\x03" * 400)  # binary
    (pages / "show-1" / "ep-14.txt").write_text("Play Live Radio\n© 2024 KXRA\n", encoding="utf-8")
    (pages / "show-2" / "ep-22.txt").write_text("  \n", encoding="utf-8")  # empty
    for jobs in ("1", "2"):
        code, out, err = run(str(pages), "--jobs", jobs)
        assert code == ExitCode.FAILED
        bad = {str(pages / "show-1" / "ep-12.txt"), str(pages / "show-1" / "ep-14.txt")}
        empty = str(pages / "show-2" / "ep-22.txt")
        assert paths_of(out) == [p for p in expected(pages) if p not in bad | {empty}]
        said = err.splitlines()
        assert len(said) == 4
        assert said[0].startswith(f"transcript: {pages / 'show-1' / 'ep-12.txt'}: binary")
        assert said[1].startswith(f"transcript: {pages / 'show-1' / 'ep-14.txt'}: no speaker")
        assert said[2] == f"transcript: {empty}: skipped: empty page"
        assert said[3] == "transcript: 27 parsed, 2 failed, 1 skipped"


def test_skipped_pages_alone_do_not_fail_the_batch(pages: Path) -> None:
    (pages / "show-2" / "ep-22.txt").write_text("", encoding="utf-8")
    code, _, err = run(str(pages), "--jobs", "1")
    assert code == ExitCode.OK
    assert err.endswith("transcript: 29 parsed, 0 failed, 1 skipped\n")


def test_filters_apply_to_every_page_and_pages_without_the_speaker_are_skipped(
    pages: Path,
) -> None:
    # Page n has hosts ANA <SURNAMES[n % 8]>: "Ana Abbott" hosts pages 0, 8, 16 and 24.
    code, out, err = run(str(pages), "--speaker", "ana abbott", "--kind", "speech", "-j", "2")
    assert code == ExitCode.OK
    got = lines(out)
    assert paths_of(out) == [expected(pages)[n] for n in (0, 8, 16, 24)]
    assert all(t["kind"] == "speech" for page in got for t in page["turns"])  # type: ignore[attr-defined]
    assert err.count("skipped: no speaker called ana abbott") == 26
    assert err.endswith("transcript: 4 parsed, 0 failed, 26 skipped\n")


def test_quiet_leaves_only_the_failures(pages: Path) -> None:
    (pages / "show-1" / "ep-14.txt").write_text("Play Live Radio\n", encoding="utf-8")
    code, _, err = run(str(pages), "--quiet", "--jobs", "2")
    assert code == ExitCode.FAILED
    assert err.count("\n") == 1 and "ep-14.txt: no speaker" in err


def test_output_folder_mirrors_the_names(pages: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run(str(pages), "-o", str(out_dir), "--jobs", "2")
    assert code == ExitCode.OK and out == ""
    assert err == "transcript: 30 parsed, 0 failed, 0 skipped\n"
    written = sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*") if p.is_file())
    want = sorted(
        str(Path(p).relative_to(pages).with_suffix(".json")) for p in expected(pages)
    )
    assert written == want
    first = expected(pages)[0]
    _, single, _ = run(first, "--format", "json")
    assert (out_dir / "show-0" / "ep-00.json").read_text(encoding="utf-8") == single


def test_output_folder_takes_the_format_suffix(pages: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, _, _ = run(str(pages / "show-0"), "-o", str(out_dir), "--format", "text", "-j", "1")
    assert code == ExitCode.OK
    assert sorted(p.name for p in out_dir.iterdir())[:2] == ["ep-00.txt", "ep-01.txt"]
    assert "Ana Abbott: This is page 0." in (out_dir / "ep-00.txt").read_text(encoding="utf-8")


def test_two_pages_with_one_output_name_are_refused(tmp_path: Path) -> None:
    write(tmp_path / "a", "ep.txt", 1)
    write(tmp_path / "b", "ep.txt", 2)
    code, out, err = run(str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(tmp_path / "o"))
    assert code == ExitCode.USAGE and out == ""
    assert "would both be written to" in err
    assert not (tmp_path / "o").exists()


def test_output_folder_over_the_inputs_is_refused(pages: Path) -> None:
    code, _, err = run(str(pages / "show-0"), "-o", str(pages / "show-0"), "--format", "text")
    assert code == ExitCode.USAGE
    assert "refusing to write over the input file" in err


def test_an_output_folder_that_cannot_be_made_stops_the_run(pages: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    code, out, err = run(str(pages), "-o", str(blocker / "out"))
    assert code == ExitCode.UNREADABLE and out == ""
    assert err.count("\n") == 1 and "cannot write" in err


def test_json_for_several_pages_is_a_usage_error(pages: Path) -> None:
    code, out, err = run(str(pages), "--format", "json")
    assert code == ExitCode.USAGE and out == ""
    assert err.startswith("transcript: ") and err.count("\n") == 1
    assert "--format jsonl" in err and "-o DIR" in err


def test_a_document_format_for_several_pages_needs_a_folder(pages: Path) -> None:
    code, out, err = run(str(pages), "--format", "csv")
    assert code == ExitCode.USAGE and out == ""
    assert "-o DIR" in err


@pytest.mark.parametrize(
    "make, arg",
    [
        (lambda root: None, "missing.txt"),
        (lambda root: (root / "empty").mkdir(), "empty"),
        (lambda root: None, "nothing-*.txt"),
    ],
)
def test_a_path_with_no_pages_stops_before_any_work(
    pages: Path, make: object, arg: str
) -> None:
    assert callable(make)
    make(pages)
    code, out, err = run(str(pages / "show-0"), str(pages / arg))
    assert code == ExitCode.NOT_FOUND
    assert out == "" and err.startswith("transcript: ") and err.count("\n") == 1


def test_stdin_twice_is_a_usage_error(pages: Path) -> None:
    code, _, err = run("-", "-", stdin=b"x")
    assert code == ExitCode.USAGE and "only once" in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_whole_files_and_no_temporaries(tmp_path: Path, jobs: str) -> None:
    for n in range(1500):
        write(tmp_path / "in", f"s{n // 100}/p{n:04d}.txt", n)
    out_dir = tmp_path / "out"
    script = Path(sys.executable).with_name("transcript")
    proc = subprocess.Popen(
        [str(script), "parse", str(tmp_path / "in"), "-o", str(out_dir), "-j", jobs],
        stderr=subprocess.PIPE, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not any(out_dir.rglob("*.json")) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == ExitCode.INTERRUPTED
    assert err.decode().endswith("transcript: interrupted\n")
    written = list(out_dir.rglob("*"))
    assert not [p for p in written if p.name.startswith(".")]
    outputs = [p for p in written if p.is_file()]
    assert 0 < len(outputs) < 1500
    for p in outputs:
        json.loads(p.read_text(encoding="utf-8"))


def test_progress_bar_on_a_terminal(pages: Path) -> None:
    """Through the console script with standard error on a pseudo-terminal."""
    script = Path(sys.executable).with_name("transcript")
    controller, terminal = pty.openpty()
    try:
        proc = subprocess.run(
            [str(script), "parse", str(pages), "--jobs", "2"], stdout=subprocess.PIPE,
            stderr=terminal, check=False, timeout=60,
            env={**os.environ, "COLUMNS": "120", "TERM": "xterm"},
        )
        os.close(terminal)
        talk = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal is closed and drained
                break
            if not chunk:
                break
            talk += chunk
    finally:
        os.close(controller)
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 30
    text = talk.decode("utf-8", "replace")
    assert "30/30" in text and "pages/s" in text
    assert "30 parsed, 0 failed, 0 skipped" in text
