"""Atomic writing: a reader sees the old file or the new one, and nothing is left behind."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from transcript_cli import output
from transcript_cli.output import (
    NeedsFolder,
    OutputError,
    OverwritesInput,
    check_target,
    refuse_inputs,
    write_folder_atomic,
    write_stream,
    write_text_atomic,
)
from transcript_cli.writers import OutputFormat, get


def test_writes_and_replaces_keeping_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_text_atomic(target, "first\n")
    assert target.read_text(encoding="utf-8") == "first\n"
    os.chmod(target, 0o640)
    write_text_atomic(target, "second ✓\n")
    assert target.read_text(encoding="utf-8") == "second ✓\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


@pytest.mark.parametrize("chunk", [1, 3, 7, 1 << 20])
def test_text_is_written_in_pieces_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    # Large outputs are encoded a piece at a time; the pieces must join to the same bytes,
    # wherever they fall among multi-byte characters.
    monkeypatch.setattr(output, "_CHUNK", chunk)
    text = "KHALID: it’s “here” ✓ — José Núñez 🎙\n" * 5
    target = tmp_path / "out.txt"
    write_text_atomic(target, text)
    assert target.read_bytes() == text.encode("utf-8")
    stream = io.StringIO()
    write_stream(stream, text)
    assert stream.getvalue() == text


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")

    def interrupted(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_failed_rename_is_an_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", full)
    with pytest.raises(OutputError, match="No space left on device"):
        write_text_atomic(tmp_path / "out.txt", "x")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_appears_whole_or_has_its_files_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_folder_atomic(folder, {"a.json": "1", "b.json": "2"})
    assert sorted(p.name for p in folder.iterdir()) == ["a.json", "b.json"]
    (folder / "mine.txt").write_text("keep", encoding="utf-8")
    write_folder_atomic(folder, {"a.json": "3", "b.json": "4"})
    assert (folder / "a.json").read_text(encoding="utf-8") == "3"
    assert (folder / "mine.txt").read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_a_folder_output_over_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "corpus"
    target.write_text("a file", encoding="utf-8")
    with pytest.raises(OutputError, match="not a folder"):
        write_folder_atomic(target, {"a.json": "1"})


def test_refuses_inputs_however_they_are_spelled(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(page)
    for spelling in (page, tmp_path / "sub" / ".." / "page.txt", tmp_path / "link.txt"):
        if spelling.parent.name == "sub":
            (tmp_path / "sub").mkdir(exist_ok=True)
        with pytest.raises(OverwritesInput):
            refuse_inputs(spelling, [page])
    refuse_inputs(tmp_path / "other.txt", [page])  # a different file is fine


def test_check_target() -> None:
    with pytest.raises(NeedsFolder):
        check_target(get(OutputFormat.CONVOKIT), "-", ["page.txt"])
    check_target(get(OutputFormat.JSON), None, ["page.txt"])
    check_target(get(OutputFormat.JSON), "out.json", ["-"])  # stdin is never a file to guard
