"""Where speaker labels are recognised.

The grammar's vocabularies live in ``rules/labels.py``; this module compiles them
into bounded regular expressions (no nested unbounded repeats, so every search is
linear in the line) and answers two questions: does this line start with a label,
and where in a flattened line do labels begin?
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .rules.labels import (
    CAPITALISED_NON_NAME_WORDS,
    LOWER_ROLE_WORDS,
    NAME_JOINERS,
    NOT_NAMES,
    ROLE_LABELS,
    TITLES,
    UNIDENTIFIED_NOUNS,
)

# Every upper- and lower-case letter of Latin-1 and Latin Extended-A/B, for names
# such as "JOSÉ NÚÑEZ" or "ŁUKASZ".
_LATIN = [chr(c) for c in range(0xC0, 0x250)]
UP = "A-Z" + "".join(c for c in _LATIN if c.isupper() and c != "×")
LO = "a-z" + "".join(c for c in _LATIN if c.islower() and c != "÷")


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# One word of a name in capitals: "KHALID", "O'BRIEN", "HOROWITZ-GHAZI", "P.W.", "JR.",
# "McGREE", "MacDONALD". At least one capital; dots only between or after capitals.
_CAPS_WORD = rf"(?:Mc|Mac)?[{UP}](?:[{UP}'’\-]|\.(?=[{UP}]))*\.?"
_NUMBER = r"\#?\d{1,3}"
_JOIN = _alt(NAME_JOINERS)
_CAPS_NAME = (
    rf"{_CAPS_WORD}(?:[ \t]+(?:(?:{_JOIN})[ \t]+)?{_CAPS_WORD}){{0,6}}(?:[ \t]+{_NUMBER})?"
)
_TITLE_WORD = rf"[{UP}][{LO}]+\.?|U\.S\."
# "Mr.", "Representative", "Chief Patrol Agent", "Secretary of State": a title from the
# table, then up to three more capitalised words or joiners.
_TITLES = rf"(?:{_alt(TITLES)})(?:[ \t]+(?:{_TITLE_WORD}|of|the|for|and)){{0,3}}"
_LOWER_ROLE = _alt(LOWER_ROLE_WORDS)
# ", HOST", ", host", ", PROFESSOR OF ECONOMICS, HARVARD UNIVERSITY", ', HOST OF "X"'.
_SUFFIX_PART = rf"(?:(?:{_LOWER_ROLE})\b|[{UP}\"“'‘])[\w .'’\"“”&/\-]{{0,78}}"
_SUFFIX = rf"(?:,[ \t]*{_SUFFIX_PART}){{1,4}}"
_PAREN = r"[ \t]*\([^()\n]{1,160}\)"
_COLON = r"[ \t]*:(?=[ \t]|$)"

_CAPS_LABEL = (
    rf"(?P<title>{_TITLES}[ \t]+)?(?P<name>{_CAPS_NAME})"
    rf"(?P<paren>{_PAREN})?(?P<suffix>{_SUFFIX}|[ \t]+(?:{_LOWER_ROLE})\b)?(?P<paren2>{_PAREN})?"
)
_ROLE_LABEL = (
    rf"(?P<rname>(?:Unidentified|Unknown|UNIDENTIFIED|UNKNOWN)[ \t]+(?:{_alt(UNIDENTIFIED_NOUNS)})"
    rf"(?:[ \t]+{_NUMBER})?|(?:{_alt(ROLE_LABELS)})(?:[ \t]+{_NUMBER})?)(?P<rparen>{_PAREN})?"
)

# A label at the start of a line (after indentation).
LINE_LABEL = re.compile(rf"[ \t]*(?:{_CAPS_LABEL}|{_ROLE_LABEL}){_COLON}[ \t]*")
# A label inside a flattened line: only right after the end of a sentence.
_SENTENCE_END = r"(?:(?<=[.?!…\"”’')\]][ \t])|(?<=[.?!…\"”’')\]][ \t][ \t]))"
MID_LABEL = re.compile(rf"{_SENTENCE_END}{_CAPS_LABEL}{_COLON}[ \t]*")

# A name marked in bold: "**Len Osanic** Hello", "**Interviewer:**", "__KHALID__:".
_BOLD = re.compile(
    r"[ \t]*(?P<mark>\*\*|__)(?P<inner>[^*_\n]{1,160}?)[ \t]*(?P=mark)[ \t]*(?P<colon>:)?[ \t]*"
)
_NAMEISH = re.compile(
    rf"(?:{_TITLES}[ \t]+)?[{UP}][\w'’.\-]*(?:[ \t]+(?:[{UP}][\w'’.\-]*|{_JOIN}|of|the|and)){{0,5}}"
    rf"(?:{_PAREN})?(?:,[ \t]*[\w .'’&/\-]{{1,60}})?"
)


# A name in natural case opening a line: "Judy Woodruff:", "Gov. Gavin Newsom (D-Calif.):".
# Such a line is a label only when the page uses the same name as a label again
# (see ``Grammar.for_page``): in prose, "Coming up:" and "Here's the thing:" are sentences.
_MIXED_WORD = rf"(?:Mc|Mac)?[{UP}][{LO}]+(?:['’\-][{UP}]?[{LO}]+){{0,3}}|[{UP}]\."
MIXED_LABEL = re.compile(
    rf"[ \t]*(?P<mname>(?:(?:{_alt(TITLES)})[ \t]+)?(?:{_MIXED_WORD})"
    rf"(?:[ \t]+(?:{_MIXED_WORD}|{_JOIN})){{0,3}})(?P<mparen>{_PAREN})?"
    rf"(?:,[ \t]*[\w .'’&/\-]{{1,60}}){{0,3}}{_COLON}[ \t]*"
)
_STOP = frozenset(w.lower() for w in CAPITALISED_NON_NAME_WORDS)


_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)


@dataclass(frozen=True, slots=True)
class Label:
    """A label found in a line: its text as written and where the words begin."""

    text: str  # as written before the colon, markup and trailing spaces removed
    start: int  # offset of the label in the line
    end: int  # offset where the spoken words begin
    marked: bool = False  # written in bold markup rather than with a colon


def _acceptable(name: str) -> bool:
    core = name.strip().rstrip(":").strip()
    return (
        _TWO_LETTERS.search(core) is not None
        and core not in NOT_NAMES
        and core.upper() not in NOT_NAMES
    )


def _caps_name(m: re.Match[str]) -> str:
    return m.group("name") or m.group("rname") or ""


def label_at_start(line: str, names: frozenset[str] = frozenset()) -> Label | None:
    """The label that opens ``line``, if there is one.

    ``names`` are natural-case names this page uses as labels (``Grammar.for_page``).
    """
    if ":" not in line:  # only a name in bold needs no colon
        stripped = line.lstrip()
        return _bold_label(line) if stripped.startswith(("**", "__")) else None
    m = LINE_LABEL.match(line)
    if m and _acceptable(_caps_name(m)):
        text = line[m.start() : m.end()].strip().rstrip(":").strip()
        return Label(text=text, start=len(line) - len(line.lstrip()), end=m.end())
    if names:
        mm = MIXED_LABEL.match(line)
        if mm and mm.group("mname") in names:
            text = line[: mm.end()].strip().rstrip(":").strip()
            return Label(text=text, start=len(line) - len(line.lstrip()), end=mm.end())
    return _bold_label(line)


def _mixed_candidate(line: str) -> str | None:
    m = MIXED_LABEL.match(line)
    if not m:
        return None
    name = m.group("mname")
    words = [w.lower().rstrip(".") for w in name.split()]
    if not _acceptable(name) or any(w in _STOP for w in words):
        return None
    return name


@dataclass(frozen=True, slots=True)
class Grammar:
    """The label grammar for one page: the fixed grammar plus the natural-case names the
    page itself shows to be labels by using them as labels more than once."""

    names: frozenset[str] = frozenset()
    # Lines already looked at (the pipeline asks about the same line more than once).
    _seen: dict[str, Label | None] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @classmethod
    def for_page(cls, lines: list[str]) -> Grammar:
        counts: dict[str, int] = {}
        fixed = 0  # lines the fixed grammar already takes for labels ("Interviewer:", caps)
        for line in lines:
            if ":" not in line:
                continue
            caps = LINE_LABEL.match(line)
            if caps and _acceptable(_caps_name(caps)):
                fixed += 1
                continue
            name = _mixed_candidate(line)
            if name is not None:
                counts[name] = counts.get(name, 0) + 1
        repeated = {n for n, c in counts.items() if c >= 2}
        # Two names that each label turns more than once, or one such name in a dialogue
        # whose other side the fixed grammar already labels ("Interviewer:", "HOST:").
        if len(repeated) < 2 and not (repeated and fixed >= 2):
            return cls()
        # Once the page is shown to label turns with natural-case names, a full name
        # (two words or more) used once is a label too: a guest who speaks once.
        once = {n for n, c in counts.items() if c == 1 and len(n.split()) >= 2}
        return cls(frozenset(repeated | once))

    def at_start(self, line: str) -> Label | None:
        if line not in self._seen:
            self._seen[line] = label_at_start(line, self.names)
        return self._seen[line]

    def inside(self, line: str, start: int = 0) -> list[Label]:
        return labels_inside(line, start)

    def any(self, line: str) -> Label | None:
        """The label at the start of ``line``, else the first inside it."""
        label = self.at_start(line)
        if label is None:
            inside = self.inside(line)
            label = inside[0] if inside else None
        return label


def _bold_label(line: str) -> Label | None:
    m = _BOLD.match(line)
    if not m:
        return None
    inner = m.group("inner").strip()
    has_colon = bool(m.group("colon")) or inner.endswith(":")
    inner = inner.rstrip(":").strip()
    if not _NAMEISH.fullmatch(inner) or not _acceptable(inner):
        return None
    rest = line[m.end() :]
    if not has_colon and (len(inner.split()) > 6 or rest[:1] in {",", ".", ";"}):
        return None
    return Label(text=inner, start=m.start("mark"), end=m.end(), marked=True)


def labels_inside(line: str, start: int = 0) -> list[Label]:
    """Labels that begin after the end of a sentence inside ``line`` (flattened pages)."""
    found: list[Label] = []
    if ":" not in line[start:]:
        return found
    for m in MID_LABEL.finditer(line, start):
        if _acceptable(m.group("name")):
            text = m.group(0).strip().rstrip(":").strip()
            found.append(Label(text=text, start=m.start(), end=m.end()))
    return found
