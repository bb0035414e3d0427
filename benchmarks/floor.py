"""The floor for the batch benchmark: the least a tool can do with a folder of pages.

It finds the pages as ``transcript parse DIR`` does (recursively, sorted), reads each,
splits it into paragraphs on one regex and writes one JSON line per page. No
boilerplate, no labels, no speakers, no models: the cost of reading the input and
writing the output, which no parser can go below.

    python benchmarks/floor.py DIR > out.jsonl
"""

from __future__ import annotations

import json
import os
import re
import sys

SUFFIXES = (".txt", ".html", ".htm", ".md")
PARAGRAPH = re.compile(r"\n[ \t]*\n")


def pages(folder: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            os.path.join(root, f) for f in files
            if f.lower().endswith(SUFFIXES) and not f.startswith(".")
        ]
    return sorted(found, key=lambda p: p.split(os.sep))


def main() -> None:
    out = sys.stdout
    for folder in sys.argv[1:]:
        for path in pages(folder):
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            paragraphs = [p.strip() for p in PARAGRAPH.split(text) if p.strip()]
            out.write(json.dumps({"path": path, "paragraphs": paragraphs}) + "\n")


if __name__ == "__main__":
    main()
