"""Golden tests: every page in samples/ parses exactly as its expected JSON says.

The expected files are written by hand-checked runs of the parser; to rewrite them
after a deliberate change, run ``UPDATE_GOLDEN=1 python -m pytest tests/test_samples.py``
and review the diff before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from transcript_cli import Transcript
from transcript_cli.files import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html", ".htm", ".md"})


def expected_path(page: Path) -> Path:
    return page.with_name(page.name + ".expected.json")


def parse_sample(page: Path) -> Transcript:
    return parse_bytes(page.read_bytes(), path=page.relative_to(ROOT).as_posix())


def test_there_are_samples_of_several_outlets() -> None:
    assert len(PAGES) >= 4
    assert all(expected_path(p).exists() for p in PAGES), "every sample needs expected JSON"


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_sample_matches_expected_json(page: Path) -> None:
    got = json.loads(parse_sample(page).model_dump_json())
    target = expected_path(page)
    if os.environ.get("UPDATE_GOLDEN"):
        target.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    want = json.loads(target.read_text(encoding="utf-8"))
    assert got == want


def test_seed_page_is_parsed_as_the_user_expects() -> None:
    t = parse_sample(SAMPLES / "000_kmuw_isis_k.txt")
    assert t.title == "What We Know About ISIS-K"
    assert [s.name for s in t.speakers] == ["Shagofa Danish", "Khalid", "Madiha Afzal"]
    afzal = t.speakers[2]
    assert afzal.labels == ["MADIHA AFZAL", "AFZAL"]
    assert {r.rule for r in t.boilerplate} >= {"play-live-radio", "next-up", "player-time"}
    assert len(t.boilerplate) == 6
    assert t.turns[0].label is None and t.turns[0].inferred is not None
    assert t.turns[1].notes == ["Through interpreter"]
    assert not t.turns[1].text.startswith("(")
