"""The Dask path: on a real two-process LocalCluster, the same transcripts as one machine.

Skipped, saying so, only when the dask extra is not installed (``pip install -e ".[dask]"``;
the test extra includes it, so CI runs these).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from pagegen import write_pages
from transcript_cli import Transcript, parse, parse_file, writers
from transcript_cli.records import TURN_FIELDS, try_parse_file, turn_records

_WHY = "the dask extra is not installed: pip install -e '.[dask]'"
db = pytest.importorskip("dask.bag", reason=_WHY)
dask = pytest.importorskip("dask", reason=_WHY)
distributed = pytest.importorskip("distributed", reason=_WHY)
pq = pytest.importorskip("pyarrow.parquet", reason=_WHY)
fsspec = pytest.importorskip("fsspec", reason=_WHY)
tdask = pytest.importorskip("transcript_cli.dask", reason=_WHY)

N_PAGES = 300


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A folder of generated pages plus pages that must fail, and a path that is missing."""
    root = tmp_path_factory.mktemp("archive")
    paths = [str(p) for p in write_pages(root, N_PAGES, seed=7)]
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "chrome-only.txt").write_text("© 2024 KXRA\nPlay Live Radio\nNext Up:\n", "utf-8")
    (bad / "latin-1.txt").write_bytes("ANA REYES: Café olé, señor.\n".encode("latin-1"))
    extra = sorted(str(p) for p in bad.iterdir())
    return root, [*paths[:150], *extra, str(root / "missing.txt"), *paths[150:]]


@pytest.fixture(scope="module")
def expected(archive: tuple[Path, list[str]]) -> list[Transcript | dict[str, Any]]:
    """The single-machine answer: parse_file on each path, failures as their records."""
    return [try_parse_file(p) for p in archive[1]]


@pytest.fixture(scope="module")
def client() -> Any:
    """Two worker processes, one thread each; the client connects by scheduler address."""
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster.scheduler_address) as c:
        yield c


def _bag(paths: list[str]) -> Any:
    return db.from_sequence(paths, partition_size=25)


def test_the_expected_set_has_successes_and_each_kind_of_failure(
    expected: list[Transcript | dict[str, Any]],
) -> None:
    failed = {e["error"] for e in expected if isinstance(e, dict)}
    assert failed == {"BadInput", "NoTurns", "InputNotFound"}
    assert sum(isinstance(e, Transcript) for e in expected) == N_PAGES + 1  # + the latin-1 page


def test_cluster_parse_equals_parse_file_page_for_page(
    client: Any, archive: tuple[Path, list[str]], expected: list[Transcript | dict[str, Any]]
) -> None:
    paths = archive[1]
    with distributed.get_task_stream(client) as stream:
        got = tdask.parse_paths(_bag(paths)).compute()
    assert len(got) == len(paths)
    for path, mine, theirs in zip(paths, got, expected, strict=True):
        assert mine == theirs, path
    # It ran on the cluster, on both worker processes.
    assert {task["worker"] for task in stream.data} == set(client.scheduler_info()["workers"])


def test_cluster_views_select_transcripts_turns_and_errors(
    client: Any, archive: tuple[Path, list[str]], expected: list[Transcript | dict[str, Any]]
) -> None:
    parsed = tdask.parse_paths(_bag(archive[1])).persist()
    transcripts, turns, errors = dask.compute(
        tdask.transcripts(parsed), tdask.turns(parsed), tdask.errors(parsed)
    )
    want = [e for e in expected if isinstance(e, Transcript)]
    assert transcripts == want
    assert turns == [r for t in want for r in turn_records(t)]
    assert errors == [e for e in expected if isinstance(e, dict)]


def test_cluster_write_jsonl_equals_parse_file(
    client: Any,
    archive: tuple[Path, list[str]],
    expected: list[Transcript | dict[str, Any]],
    tmp_path: Path,
) -> None:
    bag = _bag(archive[1])
    report = tdask.write_jsonl(tdask.parse_paths(bag), tmp_path / "out")
    assert len(report.files) == bag.npartitions
    lines = [
        line for f in report.files for line in Path(f).read_text("utf-8").splitlines()
    ]
    got = [Transcript.model_validate_json(line) for line in lines]
    want = [e for e in expected if isinstance(e, Transcript)]
    assert got == want
    jsonl = writers.get(writers.OutputFormat.JSONL)
    assert "".join(line + "\n" for line in lines) == "".join(jsonl.render(t) for t in want)
    errors = [e for e in expected if isinstance(e, dict)]
    assert list(report.errors) == errors
    assert [json.loads(x) for x in Path(report.errors_file).read_text("utf-8").splitlines()] == (
        errors
    )
    assert (report.transcripts, report.turns) == (len(want), sum(len(t.turns) for t in want))


def test_cluster_write_parquet_is_one_row_per_turn(
    client: Any,
    archive: tuple[Path, list[str]],
    expected: list[Transcript | dict[str, Any]],
    tmp_path: Path,
) -> None:
    report = tdask.write_parquet(tdask.parse_paths(_bag(archive[1])), tmp_path / "corpus")
    table = pq.read_table(tmp_path / "corpus")  # _errors.jsonl is not data
    assert table.schema.equals(tdask.turn_schema())
    want = [r for e in expected if isinstance(e, Transcript) for r in turn_records(e)]
    assert table.to_pylist() == want
    assert report.turns == table.num_rows
    assert len(report.errors) == sum(isinstance(e, dict) for e in expected)


def _batch_jsonl_supported() -> bool:
    help_text = subprocess.run(
        [sys.executable, "-m", "transcript_cli", "parse", "--help"],
        capture_output=True, text=True, check=False,
    ).stdout
    # Batch mode takes several paths: click shows that as "PATH..." in the usage line.
    several = re.search(r"^Usage: .* parse \S.*\.\.\.", help_text, re.M)
    return "jsonl" in help_text and several is not None


def test_cluster_transcripts_equal_the_batch_command(
    client: Any, archive: tuple[Path, list[str]], tmp_path: Path
) -> None:
    if not _batch_jsonl_supported():
        pytest.skip("`transcript parse DIR --format jsonl` (batch mode) is not in this build yet")
    root = archive[0]
    proc = subprocess.run(
        [sys.executable, "-m", "transcript_cli", "parse", str(root), "--format", "jsonl"],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 1, proc.stderr  # the bad pages fail, the rest are parsed
    batch = [Transcript.model_validate_json(x) for x in proc.stdout.splitlines() if x.strip()]
    # The batch takes a folder's pages in sorted path order; so does the recipe.
    pages = sorted(str(p) for p in root.rglob("*") if p.suffix in {".txt", ".html", ".htm", ".md"})
    mine = tdask.transcripts(tdask.parse_paths(_bag(pages))).compute()

    def by_path(ts: list[Transcript]) -> dict[str, Transcript]:
        out = {}
        for t in ts:
            key = str(Path(t.source.path or "").resolve())
            out[key] = t.model_copy(update={"source": t.source.model_copy(update={"path": key})})
        return out

    assert by_path(batch) == by_path(mine)
    assert len(mine) == N_PAGES + 1


def test_readme_dask_recipe_runs_as_written(
    archive: tuple[Path, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's script, unchanged, on a copy of part of the archive: its own cluster."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Parsing an archive on a cluster", 1)[1]
    script = next(
        b for b in re.findall(r"^```python\n(.*?)^```", section, re.M | re.S) if "LocalCluster" in b
    )
    (tmp_path / "parse_archive.py").write_text(script, "utf-8")
    shutil.copytree(archive[0] / "show-3", tmp_path / "archive" / "show-3")
    shutil.copytree(archive[0] / "bad", tmp_path / "archive" / "bad")
    proc = subprocess.run(
        [sys.executable, "parse_archive.py"], cwd=tmp_path, capture_output=True, text=True,
        timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    monkeypatch.chdir(tmp_path)  # the recipe's paths are relative: archive/...
    pages = sorted(str(p) for p in Path("archive").rglob("*") if p.is_file())
    outcomes = [try_parse_file(p) for p in pages]
    good = [o for o in outcomes if isinstance(o, Transcript)]
    want = [r for t in good for r in turn_records(t)]
    assert proc.stdout.strip() == (
        f"{len(good)} transcripts, {len(want)} turns, {len(pages) - len(good)} failed"
    )
    assert pq.read_table(tmp_path / "corpus").to_pylist() == want


# --- the same functions with Dask's synchronous scheduler (no cluster) ----------------------


@pytest.fixture
def sync() -> Any:
    with dask.config.set(scheduler="synchronous"):
        yield


def test_parse_texts_takes_text_bytes_and_keyed_pairs(sync: None) -> None:
    page = "ANA REYES, HOST: Welcome.\n\nBEN ITO: Thanks for having me.\n"
    items = [page, page.encode("utf-16"), ("k-1", page), ("k-2", page.encode()), ("k-3", "")]
    got = tdask.parse_texts(db.from_sequence(items, npartitions=2)).compute()
    assert got[0] == parse(page)
    assert got[1].turns == parse(page).turns and got[1].source.encoding == "utf-16"
    assert got[2] == parse(page, path="k-1")
    assert got[3].source.path == "k-2" and got[3].turns == parse(page).turns
    assert got[4] == {"path": "k-3", "error": "NoTurns", "message": got[4]["message"]}


def test_parse_paths_reads_fsspec_urls(sync: None, tmp_path: Path) -> None:
    fs = fsspec.filesystem("memory")
    page = write_pages(tmp_path, 1, seed=11)[0]
    fs.pipe("/pages/one.txt", page.read_bytes())
    urls = ["memory://pages/one.txt", "memory://pages/none.txt", f"file://{page}"]
    got = tdask.parse_paths(db.from_sequence(urls)).compute()
    assert got[0].source.path == urls[0]
    assert got[0].turns == parse_file(page).turns
    assert got[1]["error"] == "InputNotFound" and got[1]["path"] == urls[1]
    assert got[2].turns == parse_file(page).turns
    assert tdask.parse_paths(db.from_sequence(["nosuch://x"])).compute()[0]["error"] == (
        "InputUnreadable"
    )


def test_writers_refuse_a_folder_with_files_unless_overwrite(sync: None, tmp_path: Path) -> None:
    paths = [str(p) for p in write_pages(tmp_path / "pages", 12, seed=2)]
    out = tmp_path / "out"
    first = tdask.write_jsonl(tdask.parse_paths(db.from_sequence(paths, npartitions=4)), out)
    assert len(first.files) == 4
    with pytest.raises(FileExistsError, match="overwrite=True"):
        tdask.write_jsonl(tdask.parse_paths(db.from_sequence(paths, npartitions=2)), out)
    (out / "NOTES.txt").write_text("mine", "utf-8")
    again = tdask.write_jsonl(
        tdask.parse_paths(db.from_sequence(paths, npartitions=2)), out, overwrite=True
    )
    # The stale parts of the first run are gone; files that are not ours are kept.
    assert sorted(p.name for p in out.iterdir()) == [
        "NOTES.txt", "_errors.jsonl", "part-00000.jsonl", "part-00001.jsonl",
    ]
    assert again.transcripts == first.transcripts == 12


def test_a_partition_of_failures_writes_an_empty_part_with_the_schema(
    sync: None, tmp_path: Path
) -> None:
    bag = db.from_sequence([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], npartitions=1)
    report = tdask.write_parquet(tdask.parse_paths(bag), tmp_path / "corpus")
    assert report.transcripts == 0 and [e["error"] for e in report.errors] == ["InputNotFound"] * 2
    part = pq.read_table(report.files[0])
    assert part.num_rows == 0 and part.schema.equals(tdask.turn_schema())


def test_the_parquet_schema_is_the_turn_record() -> None:
    schema = tdask.turn_schema()
    assert tuple(schema.names) == TURN_FIELDS
    assert str(schema.field("turn_index").type) == "int32"
    assert not schema.field("text").nullable and schema.field("speaker_id").nullable


def test_the_module_named_dask_imports_the_real_dask() -> None:
    assert tdask.db.__name__ == "dask.bag"
    assert Path(tdask.db.__file__).parent.parent.name == "dask"
