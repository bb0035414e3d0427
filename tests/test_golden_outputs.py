"""Golden files: every output format of every page in samples/, as it is expected to be.

The files live in ``tests/golden/<format>/``. They are never written by a normal run:
a missing or different golden file fails. After a deliberate change to a writer or to
the parser, rewrite them with ``UPDATE_GOLDEN=1 python -m pytest tests/test_golden_outputs.py``
and review the diff before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from transcript_cli import Transcript
from transcript_cli.files import parse_bytes
from transcript_cli.options import RenderOptions
from transcript_cli.writers import REGISTRY, OutputFormat

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html", ".htm", ".md"})
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
# a fixed width and no colour, so the pretty display does not depend on the terminal
OPTIONS = RenderOptions(width=80, color=False)
SUFFIX = {OutputFormat.PRETTY: ".txt", OutputFormat.PODCAST: ".json"}


def golden_path(fmt: OutputFormat, page: Path) -> Path:
    writer = REGISTRY[fmt]
    suffix = SUFFIX.get(fmt) or (writer.suffixes[0] if writer.suffixes else "")
    return GOLDEN / fmt.value / f"{page.stem}{suffix}"


def rendered(fmt: OutputFormat, t: Transcript) -> dict[str, str]:
    """The output by file name: one file, or the files of a folder format."""
    writer = REGISTRY[fmt]
    if writer.folder:
        return writer.render_files(t, OPTIONS)
    return {"": writer.render(t, OPTIONS)}


def check(path: Path, got: str) -> None:
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(got, encoding="utf-8", newline="")
        return
    rerun = "rerun with UPDATE_GOLDEN=1 to rewrite it if the change is intended"
    assert path.exists(), f"no golden file {path.relative_to(ROOT)}; {rerun}"
    want = path.read_bytes().decode("utf-8")  # no newline translation
    assert got == want, f"{path.relative_to(ROOT)} differs; {rerun}"


@pytest.fixture(scope="module", params=PAGES, ids=[p.name for p in PAGES])
def page(request: pytest.FixtureRequest) -> tuple[Path, Transcript]:
    path: Path = request.param
    return path, parse_bytes(path.read_bytes(), path=path.relative_to(ROOT).as_posix())


@pytest.mark.parametrize("fmt", list(OutputFormat), ids=[f.value for f in OutputFormat])
def test_output_matches_golden(page: tuple[Path, Transcript], fmt: OutputFormat) -> None:
    source, t = page
    target = golden_path(fmt, source)
    for name, text in rendered(fmt, t).items():
        check(target / name if name else target, text)


def test_no_stale_golden_files() -> None:
    """Every golden file belongs to a sample page and a format that exist."""
    wanted = {golden_path(f, p) for f in OutputFormat for p in PAGES}
    stale = [
        p.relative_to(ROOT) for p in GOLDEN.glob("*/*")
        if p not in wanted
    ]
    assert not stale, f"golden files without a sample page or format: {stale}"
