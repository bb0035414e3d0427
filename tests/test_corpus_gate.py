"""The regression gate: pages scored against their hand-checked gold transcripts must
stay at or above the pinned floors.

Two sets: the real pages of the development set (``../shared/corpus``, outside the
project: in a user's fresh clone they are not there and that gate is skipped, saying
so), and ``tests/outlets``, pages we wrote after the code in the layouts of other
outlets (NPR, member stations, CNN, PBS, Democracy Now!, Pacifica, C-SPAN, BBC,
podcast sites and apps, Otter, Descript and caption exports; invented people and
words) to find what the development set did not show. Both are scored by the shared
scorer (``../shared/eval/score.py``). Raise the floors as the parser improves.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

from transcript_cli import TranscriptError, parse_file

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpus"
OUTLETS = Path(__file__).resolve().parent / "outlets"
SCORER = SHARED / "eval" / "score.py"


class PageSet(NamedTuple):
    pages: Path
    gold: Path
    floors: dict[str, float]  # pinned at (or just under) what the parser scores today
    leak_ceiling: float


SETS = {
    "development": PageSet(CORPUS / "pages", CORPUS / "gold", {
        "content": 0.999, "speaker": 0.998, "bound": 0.999, "title": 1.0, "events": 1.0,
        "people": 1.0,
    }, 0.001),
    "outlets": PageSet(OUTLETS / "pages", OUTLETS / "gold", {
        "content": 0.999, "speaker": 0.99, "bound": 0.98, "title": 0.85, "events": 0.99,
        "people": 0.96,
    }, 0.055),
}

pytestmark = pytest.mark.skipif(
    not SCORER.is_file(), reason=f"the shared scorer is not here ({SCORER}); the gate needs it"
)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(pages: PageSet) -> tuple[dict[str, float], dict[str, dict[str, Any]]]:
    score = _scorer()
    tot = dict.fromkeys(
        ("gold_words", "pred_words", "matched", "right", "tp", "pb", "gb", "events",
         "events_found", "people", "resolved", "title", "files", "ok"), 0
    )
    per_file: dict[str, dict[str, Any]] = {}
    for gpath in sorted(pages.gold.glob("*.gold.txt")):
        page = pages.pages / (gpath.name[: -len(".gold.txt")] + ".txt")
        gold = score.read_gold(gpath)
        tot["files"] += 1
        try:
            out = json.loads(parse_file(page).model_dump_json())
            tot["ok"] += 1
        except TranscriptError:
            out = {}
        r = score.score_file(gold, out)
        per_file[page.name] = r
        for k in ("gold_words", "pred_words", "matched", "right", "tp", "pb", "gb", "events",
                  "events_found", "people", "resolved"):
            tot[k] += r[k]
        tot["title"] += r["title_ok"]
    prec = tot["tp"] / tot["pb"] if tot["pb"] else 0.0
    rec = tot["tp"] / tot["gb"] if tot["gb"] else 0.0
    figures = {
        "files": tot["ok"] / tot["files"],
        "content": tot["matched"] / tot["gold_words"],
        "leak": 1 - tot["matched"] / tot["pred_words"],
        "speaker": tot["right"] / tot["matched"],
        "bound": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "title": tot["title"] / tot["files"],
        "events": tot["events_found"] / tot["events"] if tot["events"] else 1.0,
        "people": tot["resolved"] / tot["people"] if tot["people"] else 0.0,
    }
    return figures, per_file


@pytest.fixture(scope="module", params=sorted(SETS))
def page_set(request: pytest.FixtureRequest) -> tuple[PageSet, dict[str, float]]:
    pages = SETS[request.param]
    if not pages.gold.is_dir():
        pytest.skip(f"the {request.param} pages are not here ({pages.gold})")
    return pages, _figures(pages)[0]


def test_every_page_parses(page_set: tuple[PageSet, dict[str, float]]) -> None:
    assert page_set[1]["files"] == 1.0


@pytest.mark.parametrize(
    "metric", ["content", "speaker", "bound", "title", "events", "people"]
)
def test_metric_at_or_above_floor(
    page_set: tuple[PageSet, dict[str, float]], metric: str
) -> None:
    pages, figures = page_set
    floor = pages.floors[metric]
    assert figures[metric] >= floor, f"{metric} fell to {figures[metric]:.4f}"


def test_leak_at_or_below_ceiling(page_set: tuple[PageSet, dict[str, float]]) -> None:
    pages, figures = page_set
    assert figures["leak"] <= pages.leak_ceiling, f"leak rose to {figures['leak']:.4f}"
