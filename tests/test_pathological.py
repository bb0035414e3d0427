"""Pathological lines finish: no pattern in the parser backtracks without bound.

Each page is parsed in a fresh process (``benchmarks/pathological.py`` builds the
pages and runs them), so a regression shows as a failed test instead of a hung
suite. The time limits are hang detectors, generous on purpose, not timings: the
benchmark script reports the real costs and that they grow linearly.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from accounting import problems
from conftest import ROOT
from transcript_cli import parse


def _load_benchmark() -> ModuleType:
    path = ROOT / "benchmarks" / "pathological.py"
    spec = importlib.util.spec_from_file_location("pathological", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


BENCH = _load_benchmark()
HANG = 120.0  # seconds: minutes of margin over what any of these takes

# (case, characters): the three lines and the shapes found by the regex audit.
LINEAR = [
    ("caps-colon", 100_000),  # 100,000 characters of capitals and spaces ending in a colon
    ("caps-colon-mid", 100_000),
    ("nested-parens", 20_001),  # 10,000 nested parentheses
    ("nested-brackets", 20_001),
    ("open-parens", 100_000),
    ("space-run", 100_000),  # was quadratic in two inline boilerplate rules
    ("heading-spaces", 100_000),  # was cubic in the markdown heading pattern
    ("html-tag-run", 100_000),  # was exponential in the markup-only line pattern
    ("tag-openers", 200_000),  # was quadratic in the HTML sniffer's tag pattern
    ("mojibake-line", 500_000),
    ("long-line", 5_000_000),  # one 5 MB line; the benchmark runs it at 50 MB
]


@pytest.mark.parametrize(("case", "chars"), LINEAR, ids=[c for c, _ in LINEAR])
def test_a_pathological_page_is_parsed_and_accounted_for(case: str, chars: int) -> None:
    got = BENCH.measure(case, chars, timeout=HANG)
    assert got is not None, f"{case} at {chars} characters did not end in {HANG:.0f} s"
    assert got["chars"] == chars and got["outcome"] == "parsed"
    if chars <= 500_000:  # known now to finish, it can be parsed here too
        text = BENCH.CASES[case].build(chars)
        assert problems(text, parse(text)) == []


def test_the_long_line_is_cut_at_every_label() -> None:
    text = BENCH.CASES["long-line"].build(100_000)
    t = parse(text)
    assert len(t.turns) >= text.count(": ") - 1
    assert {s.name for s in t.speakers} == {"Khalid", "Madiha Afzal"}


# Was quadratic in the number of speakers (every turn's introductions against every
# speaker, every label against every speaker); names are now looked up in indexes.
def test_a_page_with_thousands_of_speakers() -> None:
    assert BENCH.measure("many-speakers", 150_000, timeout=5.0) is not None
