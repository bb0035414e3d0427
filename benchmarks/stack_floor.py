"""The floor of the mandated stack: what any tool built on click and these pydantic models
costs before it parses anything.

It does what ``floor.py`` does (find the pages, read each, split it into paragraphs on one
regex, write one JSON line per page) but, as ``transcript parse`` must, it imports click,
makes each paragraph a validated ``Turn`` of a ``Transcript`` and writes the page with
``model_dump_json``. No boilerplate, no labels, no speakers: the distance between this
script and ``floor.py`` is the cost of the stack, and the distance between it and
``transcript parse`` is the cost of parsing.

    python benchmarks/stack_floor.py PAGE_OR_DIR... > out.jsonl
"""

from __future__ import annotations

import os
import sys

import click  # noqa: F401  (imported for its cost: the real command line is click)
from floor import PARAGRAPH, pages

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")  # as the command does
from transcript_cli.models import Source, Transcript, Turn, TurnKind


def transcript(path: str) -> Transcript:
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    paragraphs = [p.strip() for p in PARAGRAPH.split(text) if p.strip()]
    return Transcript(
        source=Source(path=path),
        turns=[
            Turn(index=i, speaker=None, label=None, kind=TurnKind.SPEECH, text=p, lines=(i, i))
            for i, p in enumerate(paragraphs)
        ],
    )


def main() -> None:
    write = sys.stdout.write
    for target in sys.argv[1:]:
        for path in pages(target) if os.path.isdir(target) else [target]:
            write(transcript(path).model_dump_json() + "\n")


if __name__ == "__main__":
    main()
