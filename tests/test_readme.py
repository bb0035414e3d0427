"""The README's generated parts match the code: cog regenerates them, this test checks.

The ``--help`` texts, ``transcript formats`` and the output examples in README.md are
written by the cog blocks beside them. After changing a help text or a writer, run
``cog -r README.md`` and commit the result; until then this test fails.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_is_in_sync_with_the_code() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "--diff", "README.md"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, (
        "README.md is out of date with the code; run `cog -r README.md`\n"
        + proc.stdout + proc.stderr
    )


def test_every_command_is_in_the_readme() -> None:
    from transcript_cli.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, f"`transcript {name}` has no help text"
        assert f"transcript {name}" in readme, f"the README never shows `transcript {name}`"
