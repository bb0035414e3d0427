"""Large input: the time and peak memory of parsing one very large page, against its size.

    python benchmarks/large.py                 # 200 MB
    python benchmarks/large.py --sizes 20 50 200

The page is a concatenation of synthetic text pages (``synth.py``), as a user makes by
``cat``-ing a season of transcripts into one file: every line is real page material,
so it is one transcript with very many turns and speakers. Two runs per size, each in a
fresh process whose peak resident set (max RSS) is read when it ends:

- ``library``: ``parse_file(PAGE)`` alone: reading, decoding and the models;
- ``command``: ``transcript parse PAGE -f json -o OUT``, output included.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import TRANSCRIPT, peak_rss  # noqa: E402  (sibling scripts, not installed modules)
from synth import pages  # noqa: E402

MB = 1_000_000


def write_concatenation(path: Path, size: int, seed: int = 0) -> int:
    """Text pages one after another, separated by a blank line, until ``size`` bytes."""
    written = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for name, text in pages(10**9, seed=seed):
            if not name.endswith(".txt"):
                continue
            chunk = text.rstrip("\n") + "\n\n"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
            if written >= size:
                return written
    return written


def measure(cmd: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (bytes) of one run of ``cmd``."""
    start = time.perf_counter()
    rss = peak_rss(cmd)
    return time.perf_counter() - start, rss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[200.0], help="MB (default 200)")
    ap.add_argument("--keep", type=Path, default=None,
                    help="write the pages and outputs here instead of a temporary folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'run':<8} {'size':>8} {'seconds':>8} {'MB/s':>6} {'peak RSS':>9} {'x size':>7}")
        for mb in args.sizes:
            page = folder / f"concatenation-{mb:g}MB.txt"
            if not page.exists():
                write_concatenation(page, int(mb * MB))
            size = page.stat().st_size
            runs = {
                "library": [sys.executable, "-c",
                            "import sys; from transcript_cli import parse_file; "
                            "parse_file(sys.argv[1])", str(page)],
                "command": [TRANSCRIPT, "parse", str(page), "-f", "json",
                            "-o", str(folder / f"out-{mb:g}MB.json")],
            }
            for name, cmd in runs.items():
                seconds, rss = measure(cmd)
                print(f"{name:<8} {size / MB:>6.0f}MB {seconds:>8.1f} {size / MB / seconds:>6.2f} "
                      f"{rss / MB:>7.0f}MB {rss / size:>7.1f}", flush=True)


if __name__ == "__main__":
    main()
