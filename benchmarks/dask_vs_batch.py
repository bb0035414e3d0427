"""Parse N generated pages on a local Dask cluster and on one machine; compare and time.

    python benchmarks/dask_vs_batch.py                  # 10,000 pages, 2 workers
    python benchmarks/dask_vs_batch.py --pages 2000 --repeat 3

Runs, interleaved, ``--repeat`` times each:

- dask-jsonl:   the README recipe (LocalCluster, one process per worker, one thread each;
                ``parse_paths`` then ``write_jsonl``), timed from starting the cluster to the
                last file written, and again without the cluster's start-up;
- dask-parquet: the same with ``write_parquet`` (the README's script as written);
- batch:        ``transcript parse DIR --format jsonl`` in a subprocess (default
                ``--jobs``: one process per core), when this build has batch mode;
- loop:         a plain loop over ``parse_file`` writing JSON lines, in this process.

Then checks that the cluster's transcripts equal the single-machine ones page for page,
and prints the medians (and the fastest run) side by side, with the load average before
the runs: other work on the machine skews every figure.
Needs the dask extra: pip install -e ".[dask]".
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import dask.bag as db
from distributed import Client, LocalCluster

from transcript_cli import Transcript, parse_file
from transcript_cli import dask as tdask

ROOT = Path(__file__).resolve().parent.parent
PAGES = {".txt", ".html", ".htm", ".md"}


def _pagegen() -> ModuleType:
    """The tests' page generator (tests/pagegen.py), so both use the same kind of page."""
    spec = importlib.util.spec_from_file_location("pagegen", ROOT / "tests" / "pagegen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _transcript_command() -> list[str]:
    return [sys.executable, "-m", "transcript_cli"]


def batch_mode_available() -> bool:
    """Does ``transcript parse`` take several paths and write jsonl in this build?"""
    help_text = subprocess.run(
        [*_transcript_command(), "parse", "--help"], capture_output=True, text=True, check=False
    ).stdout
    several = re.search(r"^Usage: .* parse \S.*\.\.\.", help_text, re.M)
    return "jsonl" in help_text and several is not None


def run_dask(paths: list[str], out: Path, workers: int, fmt: str) -> tuple[float, float]:
    """The README recipe. Returns (wall time with cluster start-up, wall time without)."""
    start = time.perf_counter()
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster):
        ready = time.perf_counter()
        pages = db.from_sequence(paths, partition_size=500)
        parsed = tdask.parse_paths(pages)
        write = tdask.write_jsonl if fmt == "jsonl" else tdask.write_parquet
        write(parsed, out, overwrite=True)
        done = time.perf_counter()
    return done - start, done - ready


def run_batch(folder: Path, out: Path) -> float:
    start = time.perf_counter()
    with out.open("wb") as sink:
        proc = subprocess.run(
            [*_transcript_command(), "parse", str(folder), "--format", "jsonl"],
            stdout=sink, stderr=subprocess.PIPE, check=False,
        )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):  # 1: some pages failed, which the comparison reports
        raise SystemExit(f"batch command failed ({proc.returncode}): {proc.stderr.decode()}")
    return elapsed


def run_loop(paths: list[str], out: Path) -> float:
    start = time.perf_counter()
    with out.open("w", encoding="utf-8", newline="\n") as sink:
        for path in paths:
            sink.write(parse_file(path).model_dump_json() + "\n")
    return time.perf_counter() - start


def load_jsonl(files: list[Path]) -> dict[str, Transcript]:
    """Transcripts keyed by their resolved source path."""
    out: dict[str, Transcript] = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                t = Transcript.model_validate_json(line)
                key = str(Path(t.source.path or "").resolve())
                out[key] = t.model_copy(
                    update={"source": t.source.model_copy(update={"path": key})}
                )
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--repeat", type=int, default=1, help="interleaved runs; medians reported")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="dask-vs-batch-"))
    try:
        folder = work / "archive"
        _pagegen().write_pages(folder, args.pages, seed=args.seed)
        paths = sorted(str(p) for p in folder.rglob("*") if p.suffix.lower() in PAGES)
        batch = batch_mode_available()
        runs: dict[str, list[float]] = {}
        outputs: dict[str, list[Path]] = {}

        def dask_job(fmt: str) -> None:
            total, warm = run_dask(paths, work / f"dask-{fmt}", args.workers, fmt)
            runs.setdefault(f"dask, {fmt} (README recipe)", []).append(total)
            runs.setdefault(f"  of which parsing+writing ({fmt})", []).append(warm)
            if fmt == "jsonl":
                outputs["dask"] = sorted((work / "dask-jsonl").glob("part-*.jsonl"))

        def batch_job() -> None:
            runs.setdefault("transcript parse DIR --format jsonl", []).append(
                run_batch(folder, work / "batch.jsonl")
            )
            outputs["batch"] = [work / "batch.jsonl"]

        def loop_job() -> None:
            runs.setdefault("loop over parse_file, 1 process", []).append(
                run_loop(paths, work / "loop.jsonl")
            )
            outputs["loop"] = [work / "loop.jsonl"]

        jobs: list[tuple[str, Callable[[], None]]] = [
            ("dask-jsonl", lambda: dask_job("jsonl")),
            ("dask-parquet", lambda: dask_job("parquet")),
            *([("batch", batch_job)] if batch else []),
            ("loop", loop_job),
        ]
        load_before = os.getloadavg()[0]
        for n in range(args.repeat):
            for name, job in jobs:
                print(f"run {n + 1}/{args.repeat}: {name} ...", file=sys.stderr, flush=True)
                job()

        results = {name: load_jsonl(files) for name, files in outputs.items()}
        mine = results["dask"]
        print(f"{args.pages} generated pages, {args.workers} Dask workers x 1 thread, "
              f"CPython {sys.version.split()[0]}, {os.cpu_count()} cores, "
              f"median of {args.repeat} run(s); load average before: {load_before:.2f}")
        if not batch:
            print("batch mode is not in this build: compared with the loop only")
        width = max(len(k) for k in runs)
        print(f"  {'':<{width}}  {'median':>9}  {'pages/s':>7}  {'fastest':>9}")
        for name, times in runs.items():
            med = statistics.median(times)
            print(f"  {name:<{width}}  {med:7.2f} s  {args.pages / med:7.0f}  {min(times):7.2f} s")
        same = True
        for name, theirs in results.items():
            if name == "dask":
                continue
            differ = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
            same = same and not differ
            print(f"same transcripts as {name}, page for page: {'NO' if differ else 'yes'} "
                  f"({len(mine)} from the cluster, {len(theirs)} from {name})")
            for key in differ[:10]:
                print(f"  differs: {key}")
        return 0 if same else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
