"""One writer per output format, in one registry.

A writer turns a ``Transcript`` into text, or, for folder formats, into files by name.
Each lives in a small module of this package that is imported only when its format is
asked for, so ``json`` never pays for Rich. Adding a format is one module, one
``OutputFormat`` member, one registry line and one golden file per sample.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from ..models import Transcript
from ..options import RenderOptions

TextRenderer = Callable[[Transcript, RenderOptions], str]
FolderRenderer = Callable[[Transcript, RenderOptions], dict[str, str]]


class OutputFormat(StrEnum):
    PRETTY = "pretty"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    MARKDOWN = "markdown"
    TEXT = "text"
    VTT = "vtt"
    SRT = "srt"
    HTML = "html"
    PODCAST = "podcast"
    CONVOKIT = "convokit"


@dataclass(frozen=True, slots=True)
class Writer:
    """One output format: what it is, where its code is, and how it is written.

    target:   ``module:function`` in this package, imported on first use.
    suffixes: file name endings that choose this format for ``-o`` when ``--format``
              is not given; the first is the one to use when naming a file.
    timed:    the output carries times, estimated where the page gives none.
    folder:   the output is a folder of files (``render_files``), not one text.
    """

    format: OutputFormat
    summary: str
    target: str
    suffixes: tuple[str, ...] = ()
    timed: bool = False
    folder: bool = False

    def _function(self) -> object:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)

    def render(self, t: Transcript, options: RenderOptions | None = None) -> str:
        """The output as one text. Folder formats have ``render_files`` instead."""
        if self.folder:
            raise TypeError(f"{self.format.value} writes a folder: use render_files")
        return cast(TextRenderer, self._function())(t, options or RenderOptions())

    def render_files(self, t: Transcript, options: RenderOptions | None = None) -> dict[str, str]:
        """The output of a folder format: file name -> contents."""
        if not self.folder:
            raise TypeError(f"{self.format.value} writes one text: use render")
        return cast(FolderRenderer, self._function())(t, options or RenderOptions())


REGISTRY: dict[OutputFormat, Writer] = {
    w.format: w
    for w in (
        Writer(OutputFormat.PRETTY, "coloured, wrapped display for a terminal (Rich)",
               "pretty:render_pretty"),
        Writer(OutputFormat.JSON, "one transcript object: the JSON contract",
               "structured:render_json", (".json",)),
        Writer(OutputFormat.JSONL, "the same object on one compact line per input",
               "structured:render_jsonl", (".jsonl", ".ndjson")),
        Writer(OutputFormat.CSV, "one row per turn with a header, for spreadsheets and pandas",
               "tabular:render_csv", (".csv",)),
        Writer(OutputFormat.TSV, "the CSV rows separated by tabs",
               "tabular:render_tsv", (".tsv", ".tab")),
        Writer(OutputFormat.MARKDOWN, "title heading, **Speaker:** paragraphs, cues in italics",
               "markdown:render_markdown", (".md", ".markdown")),
        Writer(OutputFormat.TEXT, "plain 'Speaker: words', a blank line between turns",
               "plain:render_text", (".txt",)),
        Writer(OutputFormat.VTT, "WebVTT captions with <v Speaker> voice tags",
               "captions:render_vtt", (".vtt",), timed=True),
        Writer(OutputFormat.SRT, "SubRip captions, numbered cues",
               "captions:render_srt", (".srt",), timed=True),
        Writer(OutputFormat.HTML, "one self-contained page (Podcasting 2.0 HTML transcript)",
               "webpage:render_html", (".html", ".htm"), timed=True),
        Writer(OutputFormat.PODCAST, "Podcasting 2.0 JSON transcript (version, segments)",
               "podcast:render_podcast", timed=True),
        Writer(OutputFormat.CONVOKIT, "a ConvoKit corpus folder (needs -o DIR)",
               "convokit_corpus:render_convokit", folder=True),
    )
}


def get(fmt: OutputFormat) -> Writer:
    return REGISTRY[fmt]


def for_path(path: str) -> Writer | None:
    """The writer whose suffix the file name ends with, if any (``out.vtt`` -> vtt)."""
    name = path.lower()
    for writer in REGISTRY.values():
        if any(name.endswith(suffix) for suffix in writer.suffixes):
            return writer
    return None
