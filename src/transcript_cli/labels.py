"""Where speaker labels are recognised.

The grammar's vocabularies live in ``rules/labels.py``; this module compiles them
into bounded regular expressions (no nested unbounded repeats, so every search is
linear in the line) and answers two questions: does this line start with a label,
and where in a flattened line do labels begin?

What a page shows about itself widens the grammar for that page (``Grammar.for_page``):
natural-case names used as labels, names standing alone on a line above the words
(This American Life, Otter.ai exports), and nouns such as "Man:" for unnamed voices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .rules.labels import (
    CAPITALISED_NON_NAME_WORDS,
    LOWER_ROLE_WORDS,
    NAME_JOINERS,
    NOT_NAMES,
    PARTY_PARENTHESIS,
    PERSON_TITLES,
    ROLE_LABELS,
    TITLES,
    UNIDENTIFIED_NOUNS,
    VOICE_NOUNS,
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
_TITLE_WORD = rf"[{UP}][{LO}]+|U\.S\."  # "Chief Patrol Agent"; a word with a dot ends a sentence
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
    # A description after a comma holds no sentence end ("Ana Ruiz, U.C. Davis:"), so
    # "Dr. Lee, you're recognized, thank you. LEE:" is not read as one long label.
    rf"(?:,[ \t]*(?:[\w '’&/\-]|\.(?![ \t])|(?<![a-z]{{2}})\.){{1,60}}){{0,3}}{_COLON}[ \t]*"
)
# The same inside a flattened line, after the end of a sentence: "... month seven. Corinne
# Tallis: Dennis is ...". Taken only for names the page shows to be labels, and with no
# description after a comma (in running text that would be the sentence going on).
MID_MIXED_LABEL = re.compile(
    rf"{_SENTENCE_END}(?P<mname>(?:(?:{_alt(TITLES)})[ \t]+)?(?:{_MIXED_WORD})"
    rf"(?:[ \t]+(?:{_MIXED_WORD}|{_JOIN})){{0,3}})(?P<mparen>{_PAREN})?{_COLON}[ \t]*"
)
_STOP = frozenset(w.lower() for w in CAPITALISED_NON_NAME_WORDS)
_PERSON_TITLES = frozenset(PERSON_TITLES)
_PARTY = re.compile(rf"[ \t]*\({PARTY_PARENTHESIS}\)")

# What may stand before a label on its line without being part of it: a time stamp
# ("[00:00:38] Nadia Ruiz:", "0:41 HOST:") and the closed-caption turn mark ">>"
# (">> TOBIAS RENWICK: WELCOME"). Both are optional, so this always matches.
_STAMP = r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d{1,3})?[\])]?"
_LEAD = re.compile(rf"[ \t]*(?:{_STAMP}[ \t]+)?(?:>>[ \t]*)?")
_INDENT = re.compile(r"\s*")

# An unnamed voice in natural case: "Man:", "Woman 2:", "Female Voice:" (see VOICE_NOUNS).
_VOICE_LABEL = re.compile(
    rf"[ \t]*(?P<vname>(?:{_alt(VOICE_NOUNS)})(?:[ \t]+{_NUMBER})?){_COLON}[ \t]*"
)
_VOICES = frozenset(w.lower() for w in VOICE_NOUNS)

# A name standing alone on its line, the words on the next line: "Nora Whitcombe",
# "MARCUS ELLERY", "Speaker 1", with an Otter.ai time stamp after it ("Marcus Ellery  0:03").
# Only names the page shows to be labels this way are taken (``Grammar.for_page``).
_STANDALONE = re.compile(
    rf"[ \t]*(?P<sname>(?:(?:{_alt(TITLES)})[ \t]+)?(?:{_MIXED_WORD})"
    rf"(?:[ \t]+(?:{_MIXED_WORD}|{_JOIN})){{0,3}}"
    rf"|{_CAPS_NAME}|(?:{_alt(ROLE_LABELS)})(?:[ \t]+{_NUMBER})?)"
    rf"(?:[ \t]+[\[(]?(?P<sstamp>(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}})[\])]?)?[ \t]*"
)
_STANDALONE_MAX = 80  # characters: a longer line is a sentence, not a name
# Characters no name alone on a line holds (checked before the pattern: most lines of a
# page are sentences with one of them).
_NOT_A_NAME_ALONE = re.compile(r"[,;!?\"“”]")
_SENTENCE_ENDS = (".", "?", "!", "…", '"', "”", "’", "-", "—")
_SPOKEN_WORDS = 6  # a menu item or a link is shorter


# "Q:" and "A:" of a print-style interview, plain or in bold ("**Q:**", "**Q**:"), with
# words after them.
_QA_LABEL = re.compile(
    r"[ \t]*(?:(?P<mark>\*\*|__)(?P<qa>[QA])[ \t]*(?::[ \t]*(?P=mark)|(?P=mark)[ \t]*:)"
    r"|(?P<qa2>[QA])[ \t]*:)[ \t]*(?=\S)"
)

_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)


@dataclass(frozen=True, slots=True)
class Label:
    """A label found in a line: its text as written and where the words begin."""

    text: str  # as written before the colon, markup and trailing spaces removed
    start: int  # offset of the label in the line
    end: int  # offset where the spoken words begin
    marked: bool = False  # written in bold markup rather than with a colon
    stamp: str | None = None  # a time stamp written with the label ("Ana Ruiz  0:03")


def _acceptable(name: str) -> bool:
    core = name.strip().rstrip(":").strip()
    return (
        _TWO_LETTERS.search(core) is not None
        and core not in NOT_NAMES
        and core.upper() not in NOT_NAMES
    )


def _caps_name(m: re.Match[str]) -> str:
    return m.group("name") or m.group("rname") or ""


def _lead(line: str) -> int:
    """Where a label may begin: after indentation, a time stamp and a ">>" mark."""
    if line[:1].isalpha():  # most lines: nothing stands before the label
        return 0
    m = _LEAD.match(line)
    return m.end() if m else 0


def label_at_start(
    line: str, names: frozenset[str] = frozenset(), alone: frozenset[str] = frozenset(),
    *, qa: bool = False,
) -> Label | None:
    """The label that opens ``line``, if there is one.

    ``names`` are natural-case names (and voice nouns) this page uses as labels and
    ``alone`` the names it writes alone on a line above the words (``Grammar.for_page``).
    """
    spaces = _INDENT.match(line)
    indent = spaces.end() if spaces else 0
    pos = _lead(line)
    if qa:
        q = _QA_LABEL.match(line, pos)
        if q:
            return Label(text=q.group("qa") or q.group("qa2"), start=indent, end=q.end(),
                         marked=q.group("mark") is not None)
    if alone:
        found = _standalone(line, pos)
        if found is not None and found[0] in alone:
            return Label(text=found[0], start=indent, end=len(line), stamp=found[1])
    if line.find(":", pos) < 0:  # only a name in bold needs no colon
        return _bold_label(line, pos) if line.startswith(("**", "__"), pos) else None
    m = LINE_LABEL.match(line, pos)
    if m and _acceptable(_caps_name(m)):
        text = line[m.start() : m.end()].strip().rstrip(":").strip()
        return Label(text=text, start=indent, end=m.end())
    if names:
        mm = MIXED_LABEL.match(line, pos)
        if mm and mm.group("mname") in names:
            text = line[mm.start() : mm.end()].strip().rstrip(":").strip()
            return Label(text=text, start=indent, end=mm.end())
        vm = _VOICE_LABEL.match(line, pos)
        if vm and vm.group("vname") in names:
            return Label(text=vm.group("vname"), start=indent, end=vm.end())
    return _bold_label(line, pos)


def _plausible_name(name: str) -> bool:
    """A name that is not a heading: acceptable, and with no capitalised non-name word in
    it ("Here's What", "The Plan")."""
    words = [w.lower().rstrip(".") for w in name.split()]
    return _acceptable(name) and not any(w in _STOP for w in words)


def _mixed_name(m: re.Match[str] | None) -> tuple[str, str] | None:
    """The natural-case name of a ``MIXED_LABEL`` or ``MID_MIXED_LABEL`` match, and its
    parenthesis if any."""
    if m is None:
        return None
    name = m.group("mname")
    if not _plausible_name(name):
        return None
    if name.lower() in _VOICES:  # "Man:" counts only beside other labels (VOICE_NOUNS)
        return None
    return name, m.group("mparen") or ""


def _standalone(line: str, pos: int = 0) -> tuple[str, str | None] | None:
    """A name alone on ``line`` (with a time stamp after it, perhaps): (name, stamp)."""
    if (
        len(line) > _STANDALONE_MAX
        or not line[pos : pos + 1].isupper()  # a name, a title or a role: a capital first
        or _NOT_A_NAME_ALONE.search(line)
    ):
        return None
    m = _STANDALONE.fullmatch(line, pos)
    if not m or not _plausible_name(m.group("sname")):
        return None
    return m.group("sname"), m.group("sstamp")


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].strip(".").upper() if words else ""


def _vouched(name: str, paren: str, caps_surnames: set[str]) -> bool:
    """A natural-case label shown to be one by its own shape, even if used once: a
    person's title ("Dr. Ana Ruiz"), a party and state ("(D-NM)"), or a full name whose
    surname the page uses as a label in capitals ("Lee Park:" ... "PARK:")."""
    words = name.split()
    return (
        (len(words) >= 2 and words[0] in _PERSON_TITLES)
        or (bool(paren) and _PARTY.fullmatch(paren) is not None)
        or (len(words) >= 2 and _surname(name) in caps_surnames)
    )


def _spoken(line: str) -> bool:
    """A line of words rather than a menu item or a heading: a sentence's end, or more
    words than a link or a name holds."""
    text = line.strip()
    if not _TWO_LETTERS.search(text) or _standalone(text) is not None:
        return False
    return text.endswith(_SENTENCE_ENDS) or len(text.split()) >= _SPOKEN_WORDS


def _standalone_names(lines: list[str]) -> frozenset[str]:
    """Names the page writes alone on a line, right above the words they speak.

    A headline or a caption can be a name alone on a line too, so the page must show
    the pattern: at least two names, each alone above a line of words at least twice.
    Then a name used this way once is a label too, if it is a full name (or stamped, as
    Otter.ai writes "Name  0:03") and stands among the recurring ones."""
    seen: list[tuple[int, str, bool]] = []  # (line index, name, stamped)
    for i in range(len(lines) - 1):
        line = lines[i]
        # The words follow the name on the very next line (the cheap tests come first:
        # this looks at every line of every page).
        if len(line) > _STANDALONE_MAX or not lines[i + 1].strip():
            continue
        found = _standalone(line, _lead(line))
        if found is None:
            continue
        name, stamp = found
        # One word alone ("Search", "Menu", "Transcripts") is how site menus look; a
        # single name is taken only with the time stamp of a transcript export.
        if stamp is None and len(name.split()) < 2:
            continue
        if _spoken(lines[i + 1]):
            seen.append((i, name, stamp is not None))
    counts: dict[str, int] = {}
    for _i, name, _stamped in seen:
        counts[name] = counts.get(name, 0) + 1
    repeated = {n for n, c in counts.items() if c >= 2}
    if len(repeated) < 2:
        return frozenset()
    where = [i for i, n, _s in seen if n in repeated]
    first, last = min(where), max(where)
    once = {
        n for i, n, stamped in seen
        if counts[n] == 1 and (stamped or (len(n.split()) >= 2 and first < i < last))
    }
    return frozenset(repeated | once)


@dataclass(frozen=True, slots=True)
class Grammar:
    """The label grammar for one page: the fixed grammar plus what the page itself shows
    to be labels: natural-case names, names alone on a line, nouns for unnamed voices."""

    names: frozenset[str] = frozenset()
    alone: frozenset[str] = frozenset()
    qa: bool = False  # the page is a print-style interview: "Q:" and "A:" label its turns
    # Lines already looked at (the pipeline asks about the same line more than once).
    _seen: dict[str, Label | None] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @classmethod
    def for_page(cls, lines: list[str]) -> Grammar:
        counts: dict[str, int] = {}
        parens: dict[str, str] = {}
        voices: set[str] = set()
        caps_surnames: set[str] = set()
        fixed = 0  # lines the fixed grammar already takes for labels ("Interviewer:", caps)
        # "Q:" and "A:" lines: a print-style interview has each at least twice (alone,
        # "A:" opens list items and "Q:" a FAQ, so one of them is not enough).
        qa = {"Q": 0, "A": 0}
        for line in lines:
            if ":" not in line:
                continue
            if "Q" in line[:8] or "A" in line[:8]:
                q = _QA_LABEL.match(line)
                if q:
                    qa[q.group("qa") or q.group("qa2")] += 1
            pos = _lead(line)
            caps = LINE_LABEL.match(line, pos)
            if caps and _acceptable(_caps_name(caps)):
                fixed += 1
                if caps.group("name"):
                    caps_surnames.add(_surname(caps.group("name")))
                continue
            opening = MIXED_LABEL.match(line, pos)  # the mid-line search starts after it
            inside = MID_MIXED_LABEL.finditer(line, opening.end() if opening else pos + 1)
            first = _mixed_name(opening)
            for found in (*map(_mixed_name, inside), first):  # flattened lines, then the start
                if found is not None:
                    name, paren = found
                    counts[name] = counts.get(name, 0) + 1
                    parens[name] = parens.get(name) or paren
            if first is not None:
                continue
            voice = _VOICE_LABEL.match(line, pos)
            if voice:
                voices.add(voice.group("vname"))
        alone = _standalone_names(lines)
        repeated = {n for n, c in counts.items() if c >= 2}
        vouched = {n for n in counts if _vouched(n, parens[n], caps_surnames)}
        shown = repeated | vouched
        # Two natural-case names shown to be labels (used more than once, or marked as a
        # person's by a title, a party or a surname in capitals), or one such name in a
        # dialogue whose other side the fixed grammar already labels ("Interviewer:").
        natural = len(shown) >= 2 or (bool(shown) and fixed >= 2)
        names: set[str] = set()
        if natural:
            # Once the page is shown to label turns with natural-case names, a full name
            # (two words or more) used once is a label too: a guest who speaks once.
            names = shown | {n for n, c in counts.items() if c == 1 and len(n.split()) >= 2}
        if natural or fixed >= 2 or alone:
            names |= voices  # "Man:" only on a page that labels its turns otherwise
        return cls(frozenset(names), alone, qa["Q"] >= 2 and qa["A"] >= 2)

    def at_start(self, line: str) -> Label | None:
        if line not in self._seen:
            self._seen[line] = label_at_start(line, self.names, self.alone, qa=self.qa)
        return self._seen[line]

    def inside(self, line: str, start: int = 0) -> list[Label]:
        found = labels_inside(line, start)
        if self.names and ":" in line[start:]:
            found += [
                Label(text=m.group(0).strip().rstrip(":").strip(), start=m.start(), end=m.end())
                for m in MID_MIXED_LABEL.finditer(line, start)
                if m.group("mname") in self.names
                and not any(f.start <= m.start() < f.end for f in found)
            ]
            found.sort(key=lambda label: label.start)
        return found

    def any(self, line: str) -> Label | None:
        """The label at the start of ``line``, else the first inside it."""
        label = self.at_start(line)
        if label is None:
            inside = self.inside(line)
            label = inside[0] if inside else None
        return label


def _bold_label(line: str, pos: int = 0) -> Label | None:
    m = _BOLD.match(line, pos)
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
