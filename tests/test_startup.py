"""Start-up: what one page to JSON imports, and the model-only import path.

Each check runs in a fresh interpreter, since what matters is what a new process loads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "samples" / "000_kmuw_isis_k.txt"


def _fresh(code: str, **env: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False,
        env={**os.environ, **env},
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stderr.splitlines()[-1])
    return result


ONE_PAGE = (
    "import json, os, sys\n"
    f"sys.argv = ['transcript', 'parse', {str(SEED)!r}, '--format', 'json']\n"
    "from transcript_cli.__main__ import run\n"
    "try:\n"
    "    run()\n"
    "except SystemExit as exc:\n"
    "    assert not exc.code, exc.code\n"
    "print(json.dumps({'modules': sorted(sys.modules),\n"
    "                  'plugins': os.environ.get('PYDANTIC_DISABLE_PLUGINS')}), file=sys.stderr)\n"
)


def test_one_page_to_json_loads_no_pool_no_rich_no_glob() -> None:
    loaded = _fresh(ONE_PAGE)["modules"]
    assert isinstance(loaded, list)
    assert "transcript_cli.parser" in loaded
    for heavy in ("multiprocessing.pool", "rich", "rich.progress", "glob", "ftfy",
                  "charset_normalizer"):
        assert heavy not in loaded, heavy


def test_the_command_skips_pydantics_plugin_scan_unless_told_otherwise() -> None:
    assert _fresh(ONE_PAGE)["plugins"] == "__all__"
    assert _fresh(ONE_PAGE, PYDANTIC_DISABLE_PLUGINS="")["plugins"] == ""


def test_models_import_without_the_parser() -> None:
    code = (
        "import json, sys\n"
        "import transcript_cli.models\n"
        "print(json.dumps({'modules': sorted(m for m in sys.modules\n"
        "                                    if m.startswith('transcript_cli'))}),\n"
        "      file=sys.stderr)\n"
    )
    assert _fresh(code)["modules"] == [
        "transcript_cli", "transcript_cli._version", "transcript_cli.errors",
        "transcript_cli.models",
    ]


def test_the_library_surface_is_still_there() -> None:
    import transcript_cli

    for name in transcript_cli.__all__:
        assert getattr(transcript_cli, name) is not None
    assert set(transcript_cli.__all__) <= set(dir(transcript_cli))
