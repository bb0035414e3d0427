"""Properties over generated pages and arbitrary text: the parser never raises anything
but its documented errors, accounts for every non-blank line, and its output survives
a JSON round trip through the models.

Examples are derandomized on CI (the ``ci`` profile in ``conftest.py``).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from accounting import problems
from transcript_cli import (
    BadInput,
    InputFormat,
    NoTurns,
    ParseOptions,
    Transcript,
    TranscriptError,
    parse,
)
from transcript_cli.files import parse_bytes, text_of

# --- the parts of a page ---------------------------------------------------------------

_NAMES = ("KHALID", "MADIHA AFZAL", "AFZAL", "STEVE INSKEEP", "MARY LOUISE KELLY",
          "JOSÉ NÚÑEZ", "O'BRIEN", "McGREE", "HOROWITZ-GHAZI", "P.W. SINGH")
_SUFFIXES = ("", ", HOST", ", BYLINE", " (through interpreter)", " reporting", ", host",
             " (Republican, California)", " #2")
_ROLE_LABELS = ("Interviewer", "Unidentified Man #1", "Narrator", "Host", "Caller",
                "Mr. McGREE", "Representative ED ROYCE")
_CHROME = (
    "© 2024 KMUW", "Play Live Radio", "Next Up:", "0:00 0:00", "Donate", "Share",
    "Transcript provided by NPR, Copyright NPR.", "By Mary Childs",
    "Published March 3, 2021 at 4:15 PM EST", "https://www.npr.org/transcripts/123",
    "Transcript", "---", "# What We Know", "[Story](https://example.org/story)",
    "Copyright © 2021 NPR. All rights reserved.", "26-Minute Listen", "Listen · 4:05",
    "Facebook Twitter Email", "Sponsor Message", "```", "+++", "title: A page",
)
_CUES = ("(SOUNDBITE OF MUSIC)", "[LAUGHTER]", "(CROSSTALK)", "(SOUNDBITE OF ARCHIVED "
         "RECORDING)", "[BEGIN VIDEO CLIP]", "(APPLAUSE)")
_MARKUP = ("<p>", "</p>", "<br>", "<b>KHALID:</b>", "<strong>Interviewer</strong>",
           "<div class='x'>", "<script>var a = 1;</script>", "**Len Osanic**", "__KHALID__:",
           "> quoted", "- item", "&nbsp;", "<!-- note -->")
_WORD = st.sampled_from((
    "the", "river", "rose", "it's", "we're", "joined", "now", "by", "welcome", "to", "program",
    "thanks", "for", "having", "me", "I'm", "this", "is", "that", "was", "ISIS-K", "Afghanistan",
    "says", "said", "“quoted,”", "—", "…", "U.S.", "Dr.", "A.", "OK:", "NOTE:", "itâ€™s", "café",
))
_SENTENCE = st.lists(_WORD, min_size=1, max_size=14).map(lambda w: " ".join(w) + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join)
_LABEL = st.one_of(
    st.builds(lambda n, s: n + s, st.sampled_from(_NAMES), st.sampled_from(_SUFFIXES)),
    st.sampled_from(_ROLE_LABELS),
)
_TIMESTAMP = st.sampled_from(("[00:01:02] ", "1:05 ", "(12:30) ", ""))

_LINE = st.one_of(
    st.builds(lambda t, label, p: f"{t}{label}: {p}", _TIMESTAMP, _LABEL, _PARAGRAPH),
    st.builds(lambda label: f"{label}:", _LABEL),  # a label on a line of its own
    st.builds(lambda p, label, q: f"{p} {label}: {q}", _PARAGRAPH, _LABEL, _PARAGRAPH),
    _PARAGRAPH,
    st.sampled_from(_CHROME),
    st.sampled_from(_CUES),
    st.sampled_from(_MARKUP),
    st.builds(lambda m, p: f"{m}{p}", st.sampled_from(_MARKUP), _PARAGRAPH),
    st.just(""),
    st.text(max_size=80),  # anything at all, control characters included
)
_NEWLINE = st.sampled_from(("\n", "\n", "\n", "\r\n", "\r", "\n\n"))


@st.composite
def pages(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_LINE, max_size=40))
    out: list[str] = []
    for line in lines:
        out.append(line)
        out.append(draw(_NEWLINE))
    return "".join(out)


_OPTIONS = st.builds(
    ParseOptions,
    fix_text=st.booleans(),
    input_format=st.sampled_from((None, None, *InputFormat)),
    infer_speakers=st.booleans(),
)


# --- the properties ----------------------------------------------------------------------

def _check(text: str, options: ParseOptions) -> None:
    try:
        t = parse(text, options=options)
    except NoTurns:
        return  # the one error parse() documents for text: nothing left to be a turn
    assert problems(text, t) == []
    assert Transcript.model_validate_json(t.model_dump_json()) == t
    assert [turn.index for turn in t.turns] == list(range(len(t.turns)))
    speakers = {s.id for s in t.speakers}
    assert all(turn.speaker is None or turn.speaker in speakers for turn in t.turns)


@given(pages(), _OPTIONS)
@example("KHALID: Hello.\r\rMADIHA AFZAL: Hi.\r\n© 2024 KMUW\n", ParseOptions())
@example("<p>HOST: hello.</p>\n<i>  <i>  &nbsp;\n", ParseOptions())
@example("# a   x\n\nHOST: hello.\n", ParseOptions())
def test_generated_pages(text: str, options: ParseOptions) -> None:
    _check(text, options)


@given(st.text(max_size=2000), _OPTIONS)
@example("\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", ParseOptions())
@example("Â\xa0\nÂ\xa0", ParseOptions())
def test_arbitrary_text(text: str, options: ParseOptions) -> None:
    _check(text, options)


@given(st.one_of(st.binary(max_size=2000), pages().map(lambda p: p.encode("utf-16"))))
def test_arbitrary_bytes(data: bytes) -> None:
    try:
        t = parse_bytes(data)
    except (BadInput, NoTurns):
        return
    except TranscriptError as exc:  # pragma: no cover - the assertion names the stray
        raise AssertionError(f"undocumented error for bytes: {exc!r}") from exc
    text, _encoding = text_of(data, ParseOptions(), "<bytes>")
    assert problems(text, t) == []
    assert Transcript.model_validate_json(t.model_dump_json()) == t
