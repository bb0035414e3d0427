"""The library surface: parse/parse_file, the options, the models, the records, the README."""

from __future__ import annotations

import ast
import pickle
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import pytest

import transcript_cli
from conftest import ROOT, SEED
from pagegen import write_pages
from transcript_cli import (
    BadInput,
    InputFormat,
    InputNotFound,
    NoTurns,
    ParseOptions,
    Role,
    Transcript,
    TurnKind,
    parse,
    parse_file,
    records,
)
from transcript_cli.files import parse_bytes
from transcript_cli.records import (
    ERROR_FIELDS,
    TURN_FIELDS,
    try_parse,
    try_parse_file,
    turn_records,
)

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.M | re.S)
    assert match, f"README has no section '## {title}'"
    return match.group(1)


def python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, re.M | re.S)


# --- the surface ----------------------------------------------------------------------


def test_models_and_functions_are_importable_from_the_top_level() -> None:
    for name in (
        "parse", "parse_file", "ParseOptions", "Transcript", "Speaker", "Turn", "RemovedLine",
        "Source", "Inference", "TurnKind", "Role", "InputFormat", "TranscriptError",
        "InputNotFound", "InputUnreadable", "BadInput", "NoTurns",
    ):
        assert name in transcript_cli.__all__
        assert getattr(transcript_cli, name) is not None


def test_the_package_is_typed() -> None:
    assert resources.files("transcript_cli").joinpath("py.typed").is_file()


def test_importing_the_package_imports_no_engine() -> None:
    code = (
        "import sys, transcript_cli, transcript_cli.records\n"
        "heavy = sorted(m for m in sys.modules"
        " if m.split('.')[0] in {'dask', 'distributed', 'pyarrow', 'fsspec', 'rich'})\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# --- pickling: everything crosses into worker processes --------------------------------


def test_functions_pickle_by_reference() -> None:
    for fn in (parse, parse_file, try_parse, try_parse_file, turn_records):
        assert pickle.loads(pickle.dumps(fn)) is fn


def test_options_pickle_and_stay_frozen() -> None:
    options = ParseOptions(
        fix_text=False, encoding="cp1252", input_format=InputFormat.HTML, infer_speakers=False
    )
    back = pickle.loads(pickle.dumps(options))
    assert back == options and back is not options
    with pytest.raises(AttributeError):
        back.fix_text = True  # type: ignore[misc]


def test_a_transcript_pickles_equal() -> None:
    t = parse_file(SEED)
    back = pickle.loads(pickle.dumps(t))
    assert back == t
    assert back.model_dump_json() == t.model_dump_json()


def test_errors_pickle_with_their_message() -> None:
    exc = NoTurns("no speaker turns found")
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is NoTurns and str(back) == str(exc) and back.exit_code == exc.exit_code


def test_parse_file_runs_in_a_process_pool(tmp_path: Path) -> None:
    paths = write_pages(tmp_path, 8, seed=3)
    with ProcessPoolExecutor(max_workers=2) as pool:
        remote = list(pool.map(parse_file, paths))
    assert remote == [parse_file(p) for p in paths]


# --- parse and parse_file ----------------------------------------------------------------


def test_parse_records_the_key_and_the_options_change_the_result() -> None:
    page = "ANA REYES: Itâ€™s a good day.\n\nBEN ITO: Thanks.\n"
    fixed = parse(page, path="k-1")
    assert fixed.source.path == "k-1"
    assert fixed.turns[0].text == "It’s a good day."
    kept = parse(page, options=ParseOptions(fix_text=False))
    assert kept.turns[0].text == "Itâ€™s a good day." and kept.source.path is None


def test_parse_file_matches_parse_of_the_decoded_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert parse_file(SEED) == parse(text, path=str(SEED), encoding="utf-8")


# --- records -------------------------------------------------------------------------------


def test_turn_records_are_one_flat_row_per_turn() -> None:
    t = parse_file(SEED)
    rows = turn_records(t)
    assert len(rows) == len(t.turns)
    assert all(tuple(r) == TURN_FIELDS for r in rows)
    assert [r["turn_index"] for r in rows] == list(range(len(t.turns)))
    assert {r["path"] for r in rows} == {str(SEED)}
    assert {r["title"] for r in rows} == {"What We Know About ISIS-K"}
    first_guest = next(r for r in rows if r["speaker_id"] == "madiha-afzal")
    assert first_guest["speaker_name"] == "Madiha Afzal"
    assert first_guest["role"] == Role.GUEST.value
    assert first_guest["label"] == "MADIHA AFZAL" and first_guest["kind"] == "speech"
    assert first_guest["text"] == "Thanks for having me."


def test_turn_records_of_unattributed_cues() -> None:
    t = parse("(SOUNDBITE OF MUSIC)\n\nANA REYES: Hello there.\n")
    rows = turn_records(t)
    assert rows[0]["kind"] == TurnKind.EVENT.value
    assert rows[0]["speaker_id"] is None and rows[0]["speaker_name"] is None
    assert rows[0]["role"] is None and rows[0]["label"] is None
    assert rows[1]["speaker_name"] == "Ana Reyes"


def test_try_parse_file_returns_the_transcript_or_an_error_record(tmp_path: Path) -> None:
    assert try_parse_file(SEED) == parse_file(SEED)
    missing = try_parse_file(tmp_path / "gone.txt")
    with pytest.raises(InputNotFound) as raised:
        parse_file(tmp_path / "gone.txt")
    assert missing == {
        "path": str(tmp_path / "gone.txt"),
        "error": InputNotFound.__name__,
        "message": str(raised.value),
    }
    assert tuple(missing) == ERROR_FIELDS
    (tmp_path / "empty.txt").write_bytes(b"")
    assert try_parse_file(tmp_path / "empty.txt")["error"] == BadInput.__name__  # type: ignore[index]


def test_try_parse_takes_text_or_bytes_and_catches_every_failure() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert try_parse(text, key="seed") == parse(text, path="seed")
    from_bytes = try_parse(text.encode("utf-16"), key="seed")
    assert isinstance(from_bytes, Transcript) and from_bytes.source.encoding == "utf-16"
    assert from_bytes.turns == parse(text).turns
    with pytest.raises(NoTurns) as raised:
        parse("Play Live Radio\n")
    assert try_parse("Play Live Radio\n", key="k") == {
        "path": "k", "error": "NoTurns", "message": str(raised.value),
    }
    # Whatever a forced encoding that does not exist raises, it is the page's record.
    options = ParseOptions(encoding="no-such-codec")
    with pytest.raises(Exception) as raised:
        parse_bytes(b"caf\xe9", options=options)
    assert try_parse(b"caf\xe9", options=options) == {
        "path": None, "error": type(raised.value).__name__, "message": str(raised.value),
    }


def test_a_failure_that_is_not_the_parsers_own_is_a_record_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> Transcript:
        raise IndexError("list index out of range")

    monkeypatch.setattr(records, "parse", broken)
    assert try_parse("ANA REYES: Hello.\n", key="k") == {
        "path": "k", "error": "IndexError", "message": "list index out of range",
    }


# --- the README ------------------------------------------------------------------------------


def test_readme_library_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = python_blocks(readme_section("Using it as a library"))
    assert len(blocks) >= 2
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})


def test_every_readme_python_block_compiles_and_imports_real_names() -> None:
    blocks = python_blocks(README)
    assert blocks
    for block in blocks:
        tree = ast.parse(block)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "transcript_cli"
            ):
                module = __import__(node.module or "", fromlist=["_"])
                for alias in node.names:
                    submodule = f"{node.module}.{alias.name}"
                    assert hasattr(module, alias.name) or find_spec(submodule), submodule


def test_readme_spark_partition_function_runs_without_spark(tmp_path: Path) -> None:
    """The PySpark recipe's partition function, run as Spark would, on plain iterators."""
    section = readme_section("Parsing an archive on a cluster")
    block = next(b for b in python_blocks(section) if "mapPartitions" in b)
    tree = ast.parse(block)
    keep: list[ast.stmt] = []
    for node in tree.body:
        source = ast.get_source_segment(block, node) or ""
        if isinstance(node, ast.If) or "pyspark" in source or "StructType" in source:
            continue  # the driver part and Spark's own types need Spark itself
        keep.append(node)
    namespace: dict[str, object] = {"__name__": "spark_recipe"}
    exec(compile(ast.Module(body=keep, type_ignores=[]), "README.md", "exec"), namespace)
    parse_partition = namespace["parse_partition"]
    assert callable(parse_partition)

    paths = [str(p) for p in write_pages(tmp_path, 12, seed=5)]
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    paths.append(str(tmp_path / "empty.txt"))
    out = list(parse_partition(iter(paths)))
    want = [("turn", r) for p in paths[:-1] for r in turn_records(parse_file(p))]
    assert out[:-1] == want
    assert out[-1] == ("error", try_parse_file(paths[-1]))
    # The rows fit the recipe's Spark schemas: TURN_FIELDS and ERROR_FIELDS, in order.
    assert all(tuple(r) == (TURN_FIELDS if k == "turn" else ERROR_FIELDS) for k, r in out)
