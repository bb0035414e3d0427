"""How fast is ``transcript parse``, against the floors it cannot go below?

    python benchmarks/bench.py --pages 5000

Generates synthetic pages (``synth.py``) in a temporary folder, then measures, with the
runs of each pair interleaved so that a busy machine slows both sides alike, and
reports medians side by side:

(a) start-up: ``transcript parse PAGE --format json`` for one page, divided by
    ``python -c "from pydantic import BaseModel"`` (the mandated floor);
(b) batch: ``transcript parse DIR --format jsonl`` over ``--pages`` pages (default
    ``--jobs``: one per core), divided by ``floor.py`` (read, split paragraphs on one
    regex, write JSON lines);
(a') and (b'), for scale: ``stack_floor.py``, which does what ``floor.py`` does through
    click and the transcript models (a validated ``Transcript`` of one ``Turn`` per
    paragraph, written with ``model_dump_json``) in one process: the cost of the mandated
    stack before any parsing, against the same floors;
(c) pages per second at ``--jobs 1`` and ``--jobs 2`` over the same pages;
(d) peak memory (the largest resident set of the command and its workers) for 2,000
    and 20,000 pages.

Bytecode is compiled before timing, as ``pip install`` does, so the figures are those of
an installed command and not of a first run.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import write_pages  # noqa: E402  (a sibling script, not an installed module)

PYTHON = sys.executable
# The command next to this Python (run the benchmark with the venv's python), else on PATH.
_BESIDE = Path(PYTHON).with_name("transcript")
TRANSCRIPT = str(_BESIDE) if _BESIDE.exists() else shutil.which("transcript") or "transcript"
TARGETS = {"startup": 1.7, "batch": 3.0, "memory": 1.5}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # let the command use its cached bytecode
    return env


def wall(cmd: Sequence[str]) -> float:
    """Seconds for one run, its output thrown away; fails loudly if the command does."""
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=_env())
    return time.perf_counter() - start


def peak_rss(cmd: Sequence[str]) -> int:
    """Largest resident set, in bytes, of the command and the workers it waited for."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=_env())
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    return usage.ru_maxrss * 1024  # kilobytes on Linux


def interleaved(cmds: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median seconds of each command, the commands taking turns run after run."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name].append(wall(cmd))
    return {name: statistics.median(t) for name, t in times.items()}


def _check(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _generate(folder: Path, count: int, log: Callable[[str], None]) -> Path:
    if not folder.exists():
        log(f"generating {count} pages in {folder} ...")
        write_pages(folder, count)
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=5000, help="pages for (b) and (c)")
    ap.add_argument("--startup-runs", type=int, default=21, help="runs of each side of (a)")
    ap.add_argument("--batch-runs", type=int, default=3, help="runs of each side of (b), (c)")
    ap.add_argument("--memory-pages", type=int, nargs=2, default=(2000, 20000),
                    metavar=("SMALL", "LARGE"), help="page counts for (d)")
    ap.add_argument("--workdir", type=Path, default=None,
                    help="keep the generated pages here and reuse them (default: a temp dir)")
    args = ap.parse_args()

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="transcript-bench-"))
    try:
        subprocess.run(
            [PYTHON, "-c", "import compileall, os, transcript_cli; "
             "compileall.compile_dir(os.path.dirname(transcript_cli.__file__), quiet=1)"],
            check=True,
        )
        batch_dir = _generate(work / f"pages-{args.pages}", args.pages, log)
        small, large = args.memory_pages
        small_dir = _generate(work / f"pages-{small}", small, log)
        large_dir = _generate(work / f"pages-{large}", large, log)
        page = sorted(batch_dir.rglob("*.txt"))[0]
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        sizes = [p.stat().st_size for p in batch_dir.rglob("*") if p.is_file()]

        load_before = os.getloadavg()[0]
        log("(a) start-up ...")
        wall([TRANSCRIPT, "parse", str(page), "--format", "json"])  # warm the disk cache
        startup = interleaved({
            "transcript": [TRANSCRIPT, "parse", str(page), "--format", "json"],
            "pydantic": [PYTHON, "-c", "from pydantic import BaseModel"],
            "stack": [PYTHON, str(HERE / "stack_floor.py"), str(page)],
        }, args.startup_runs)

        log("(b), (c) batch ...")
        batch = interleaved({
            "floor": [PYTHON, str(HERE / "floor.py"), str(batch_dir)],
            "stack": [PYTHON, str(HERE / "stack_floor.py"), str(batch_dir)],
            "transcript": [TRANSCRIPT, "parse", str(batch_dir), "--format", "jsonl", "-q"],
            "jobs1": [TRANSCRIPT, "parse", str(batch_dir), "--format", "jsonl", "-q", "-j", "1"],
            "jobs2": [TRANSCRIPT, "parse", str(batch_dir), "--format", "jsonl", "-q", "-j", "2"],
        }, args.batch_runs)

        log("(d) memory ...")
        rss = {
            n: peak_rss([TRANSCRIPT, "parse", str(d), "--format", "jsonl", "-q"])
            for n, d in ((small, small_dir), (large, large_dir))
        }
        load_after = os.getloadavg()[0]
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)

    a = startup["transcript"] / startup["pydantic"]
    b = batch["transcript"] / batch["floor"]
    rate1, rate2 = args.pages / batch["jobs1"], args.pages / batch["jobs2"]
    d = rss[large] / rss[small]
    print(
        f"transcript-cli benchmark: {platform.python_implementation()} "
        f"{platform.python_version()}, {cores} cores; {args.pages} synthetic pages of "
        f"{statistics.mean(sizes) / 1024:.1f} KB on average; medians of interleaved runs "
        f"({args.startup_runs} for (a), {args.batch_runs} for (b) and (c)); load average "
        f"{load_before:.2f} before, {load_after:.2f} after\n"
    )
    rows = [
        ("(a) start-up, one page to json", f"transcript {_ms(startup['transcript'])}",
         f"pydantic import {_ms(startup['pydantic'])}",
         f"ratio {a:.2f} (target <= {TARGETS['startup']}: {_check(a <= TARGETS['startup'])})"),
        ("(a') stack floor, start-up", f"stack_floor.py {_ms(startup['stack'])}",
         f"pydantic import {_ms(startup['pydantic'])}",
         f"ratio {startup['stack'] / startup['pydantic']:.2f} (no parsing at all)"),
        (f"(b) batch, {args.pages} pages to jsonl", f"transcript {batch['transcript']:.2f} s",
         f"floor.py {batch['floor']:.2f} s",
         f"ratio {b:.1f} (target <= {TARGETS['batch']}: {_check(b <= TARGETS['batch'])})"),
        (f"(b') stack floor, {args.pages} pages", f"stack_floor.py {batch['stack']:.2f} s",
         f"floor.py {batch['floor']:.2f} s",
         f"ratio {batch['stack'] / batch['floor']:.1f} (no parsing, one process)"),
        ("(c) pages/s", f"--jobs 1: {rate1:,.0f}", f"--jobs 2: {rate2:,.0f}",
         f"speed-up {rate2 / rate1:.2f} (target > 1: {_check(rate2 > rate1)})"),
        ("(d) peak memory", f"{small} pages: {rss[small] / 2**20:.0f} MB",
         f"{large} pages: {rss[large] / 2**20:.0f} MB",
         f"ratio {d:.2f} (target <= {TARGETS['memory']}: {_check(d <= TARGETS['memory'])})"),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[3]]))


if __name__ == "__main__":
    main()
