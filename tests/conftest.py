"""Shared test fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "000_kmuw_isis_k.txt"
# The shared corpus sits beside the repository in the project's workspace; a fresh
# clone does not have it, and the tests that need it skip.
CORPUS = ROOT.parent / "shared" / "corpus"

# Property tests: the same examples on every CI run (a failure there is reproducible
# and never a fluke of one draw); fresh ones on a developer's machine. Both keep the
# counts modest so that the suite stays fast.
settings.register_profile("ci", derandomize=True, database=None, max_examples=60, deadline=None)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
