"""Shared test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "000_kmuw_isis_k.txt"


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
