"""Nothing of a page is lost: every non-blank source line of every real page is in a
turn, in the boilerplate, or the title line."""

from __future__ import annotations

from pathlib import Path

import pytest

from accounting import problems
from conftest import CORPUS, SAMPLES
from transcript_cli import ParseOptions, Transcript
from transcript_cli.files import read_text
from transcript_cli.parser import parse

_SUFFIXES = {".txt", ".html", ".htm", ".md"}
SAMPLE_PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in _SUFFIXES)
CORPUS_PAGES = sorted((CORPUS / "pages").glob("*.txt")) if (CORPUS / "pages").is_dir() else []


def _parse(page: Path) -> tuple[str, Transcript]:
    text, encoding = read_text(page)
    return text, parse(text, path=str(page), encoding=encoding)


def test_the_samples_are_there() -> None:
    assert len(SAMPLE_PAGES) >= 10
    assert any(p.suffix == ".html" for p in SAMPLE_PAGES)


@pytest.mark.parametrize("page", SAMPLE_PAGES, ids=[p.name for p in SAMPLE_PAGES])
def test_every_line_of_a_sample_is_accounted_for(page: Path) -> None:
    text, t = _parse(page)
    assert problems(text, t) == []


@pytest.mark.skipif(
    not CORPUS_PAGES,
    reason=f"the shared corpus is not here ({CORPUS / 'pages'}): it lives beside the "
    "repository in the project's workspace, not in a clone",
)
@pytest.mark.parametrize(
    "page", CORPUS_PAGES or [None], ids=[p.name for p in CORPUS_PAGES] or ["none"]
)
def test_every_line_of_a_corpus_page_is_accounted_for(page: Path) -> None:
    text, t = _parse(page)
    assert problems(text, t) == []


OUTLET_PAGES = sorted((Path(__file__).parent / "outlets" / "pages").glob("*.txt"))


@pytest.mark.parametrize("page", OUTLET_PAGES, ids=[p.name for p in OUTLET_PAGES])
def test_every_line_of_an_outlet_page_is_accounted_for(page: Path) -> None:
    text, t = _parse(page)
    assert problems(text, t) == []


def test_the_account_notices_a_lost_line(seed_text: str) -> None:
    """The check itself can fail: drop a turn and its lines are reported."""
    t = parse(seed_text)
    lost = t.turns[3]
    shrunk = t.model_copy(update={"turns": [x for x in t.turns if x is not lost]})
    found = problems(seed_text, shrunk)
    assert found
    assert all(f"line {n} is not accounted for" in "\n".join(found)
               for n in range(lost.lines[0], lost.lines[1] + 1)
               if seed_text.splitlines()[n - 1].strip())


def test_a_line_of_control_characters_on_a_repaired_page_is_accounted_for() -> None:
    # ftfy's repair would remove the control character, leaving line 2 neither in a
    # turn nor reported (found by the property test).
    text = "[00:01:02] Interviewer: itâ€™s.\n\x08\n"
    t = parse(text, options=ParseOptions(fix_text=True, infer_speakers=False))
    assert problems(text, t) == []
    assert t.turns[0].text.startswith("it’s.")
