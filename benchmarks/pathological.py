"""Pathological pages: what each costs the parser as it grows, and whether it grows linearly.

    python benchmarks/pathological.py                      # every case at 1, 2, 4 and 8 MB
    python benchmarks/pathological.py --sizes 5M 50M --case long-line
    python benchmarks/pathological.py --case heading-spaces --sizes 1k 2k 4k

Each measurement is a fresh process parsing one generated page with ``parse()``: its
peak memory is its own, and a run that does not end within ``--timeout`` is reported as
such instead of hanging the benchmark. For every case the table gives the seconds, the
seconds per MB and the peak RSS at each size; ``growth`` is the seconds per MB at the
largest size over that at the smallest: about 1 when the cost is linear, about the size
ratio (8 for 1 MB against 8 MB) when it is quadratic.

The tests (``tests/test_pathological.py``) build their inputs with ``CASES`` below.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

MB = 1_000_000


def _fill(unit: str, n: int) -> str:
    """``unit`` repeated to exactly ``n`` characters."""
    return (unit * (n // len(unit) + 1))[:n]


def _caps_colon(n: int) -> str:
    return _fill("ABC DEF ", n - 1) + ":"


def _caps_colon_after_sentence(n: int) -> str:
    return "It went on. " + _fill("ABC DEF ", n - 13) + ":"


def _nested(opening: str, closing: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        depth = (n - 1) // 2
        return opening * depth + "x" + closing * depth

    return build


def _long_line(n: int) -> str:
    """A flattened transcript: one line of sentences with a label every few sentences."""
    return _fill(
        "KHALID: We're joined now by Madiha Afzal. Welcome to the program. "
        "MADIHA AFZAL: Thanks for having me. It's a question people in the region have "
        "asked for some time, and the answer is not simple. (LAUGHTER) KHALID: Go on. ",
        n,
    )


def _prose_line(n: int) -> str:
    return _fill("the river rose overnight and crews worked until dawn to hold it back. ", n)


def _many_lines(n: int) -> str:
    return _fill(
        "KHALID: We're joined now by Madiha Afzal.\n\nMADIHA AFZAL: Thanks for having me.\n\n"
        "(SOUNDBITE OF MUSIC)\n\nPlay Live Radio\n\nAnd the answer is not simple at all.\n\n",
        n,
    )


def _many_speakers(n: int) -> str:
    """A new speaker on every turn, as in a concatenation of many pages."""

    def name(k: int) -> str:  # 0 -> "BAA", 1 -> "BAB", ...: capitals only, all distinct
        word = ""
        k += 26 * 26
        while k:
            k, r = divmod(k, 26)
            word = chr(ord("A") + r) + word
        return word

    lines: list[str] = []
    size = k = 0
    while size < n:
        line = (f"{name(k)} {name(7 * k + 3)}: We're joined now by a guest. "
                "Welcome to the program. Thanks.\n\n")
        lines.append(line)
        size += len(line)
        k += 1
    return "".join(lines)[:n]


def _heading_spaces(n: int) -> str:
    end = "x\n\nHOST: hello.\n"
    return "# a" + " " * (n - 3 - len(end)) + end


def _html_tag_run(n: int) -> str:
    head, end = "<p>HOST: hello.</p>\n<p>GUEST: hi.</p>\n", "&nbsp;\n"
    return head + _fill("<i>  ", n - len(head) - len(end)) + end


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    what: str
    build: Callable[[int], str]  # size in characters -> the page
    known_slow: str | None = None  # why it is not linear yet, if it is not


CASES: dict[str, Case] = {
    c.name: c
    for c in (
        Case("caps-colon", "one line of capitals and spaces ending in a colon", _caps_colon),
        Case("caps-colon-mid", "the same after the end of a sentence (a flattened label)",
             _caps_colon_after_sentence),
        Case("nested-parens", "parentheses nested as deep as the line is long",
             _nested("(", ")")),
        Case("nested-brackets", "square brackets nested as deep", _nested("[", "]")),
        Case("open-parens", "opening parentheses that never close", lambda n: "(" * n),
        Case("space-run", "one run of spaces between two words", lambda n: f"x{' ' * (n - 2)}y"),
        Case("long-line", "a flattened transcript: one line, a label every few sentences",
             _long_line),
        Case("prose-line", "one line of prose, no label", _prose_line),
        Case("many-lines", "an ordinary page of short lines, for comparison", _many_lines),
        Case("mojibake-line", "one line of mojibake for ftfy to repair",
             lambda n: _fill("itâ€™s here, and thatâ€™s that. ", n)),
        Case("tag-openers", "'<p ' without '>': the HTML sniffer's tag pattern",
             lambda n: _fill("<p ", n)),
        Case("many-speakers", "a new speaker on every turn, each introducing a guest",
             _many_speakers),
        Case("heading-spaces", "'# a', a run of spaces, 'x': a markdown heading that never ends",
             _heading_spaces),
        Case("html-tag-run", "HTML, then a line of tags and spaces ending in an entity",
             _html_tag_run),
    )
}


def size(text: str) -> int:
    """'1M', '500k', '2000' -> characters."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([kKmM]?)", text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (say 2000, 500k or 5M)")
    scale = {"": 1, "k": 1000, "m": MB}[m.group(2).lower()]
    return int(float(m.group(1)) * scale)


def run_one(case: str, chars: int) -> dict[str, float | int | str]:
    """Build and parse one page in this process; what it cost."""
    from transcript_cli import NoTurns, parse

    text = CASES[case].build(chars)
    start = time.perf_counter()
    try:
        t = parse(text)
        turns, outcome = len(t.turns), "parsed"
    except NoTurns:
        turns, outcome = 0, "no turns"
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
    return {"case": case, "chars": len(text), "seconds": seconds, "peak_rss": rss,
            "turns": turns, "outcome": outcome}


def measure(case: str, chars: int, timeout: float) -> dict[str, float | int | str] | None:
    """``run_one`` in a fresh process; None when it does not end within ``timeout``."""
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--run", case, str(chars)],
            capture_output=True, text=True, timeout=timeout, check=True,
        )
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, float | int | str] = json.loads(done.stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--case", action="append", choices=sorted(CASES),
                    help="only this case (repeatable). Default: every case that is linear")
    ap.add_argument("--sizes", nargs="+", type=size, default=[MB, 2 * MB, 4 * MB, 8 * MB],
                    help="page sizes in characters: 2000, 500k, 5M (default: 1M 2M 4M 8M)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per run")
    ap.add_argument("--json", action="store_true", help="one JSON object per run instead")
    ap.add_argument("--run", nargs=2, metavar=("CASE", "CHARS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        print(json.dumps(run_one(args.run[0], int(args.run[1]))))
        return
    names = args.case or [n for n, c in CASES.items() if c.known_slow is None]
    sizes = sorted(args.sizes)
    if not args.json:
        print(f"{'case':<16} {'size':>9} {'seconds':>9} {'s/MB':>8} {'peak RSS':>10}  turns")
    for name in names:
        per_mb: list[float] = []
        for chars in sizes:
            got = measure(name, chars, args.timeout)
            if args.json:
                print(json.dumps(got or {"case": name, "chars": chars, "outcome": "timeout"}))
                continue
            if got is None:
                print(f"{name:<16} {chars / MB:>7.3f}MB  did not end in {args.timeout:.0f} s")
                break
            seconds = float(got["seconds"])
            per_mb.append(seconds / (chars / MB))
            print(f"{name:<16} {chars / MB:>7.3f}MB {seconds:>9.3f} {per_mb[-1]:>8.3f} "
                  f"{int(got['peak_rss']) / MB:>8.0f}MB  {got['turns']}")
        if len(per_mb) > 1 and not args.json:
            print(f"{'':<16} growth of s/MB from {sizes[0] / MB:g} to "
                  f"{sizes[len(per_mb) - 1] / MB:g} MB: {per_mb[-1] / per_mb[0]:.2f}")
        if CASES[name].known_slow and not args.json:
            print(f"{'':<16} known: {CASES[name].known_slow}")


if __name__ == "__main__":
    main()
