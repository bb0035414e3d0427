"""Resolve speakers: which labels are one person, their names and their roles.

``AFZAL`` is ``MADIHA AFZAL`` when exactly one full-name speaker has that surname;
``SMITH`` next to ``ROBERT SMITH`` and ``STACEY VANEK SMITH`` (who is also written
``VANEK SMITH``) is Robert. Two people who share a surname are never merged: a bare
surname that could be either stays its own speaker, with a warning saying why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .models import Role
from .rules.labels import LOWER_ROLE_WORDS, NAME_JOINERS, ROLE_LABELS, TITLES
from .rules.speakers import INTRODUCTIONS, ROLE_SUFFIXES, SELF_INTRODUCTION, WELCOME_AFTER_NAME

_TITLE_WORDS = {t.lower().rstrip(".") for t in TITLES}
_ROLE_LABELS = {r.lower() for r in ROLE_LABELS}
_FOLD = re.compile(r"[.’']")
_PARENS = re.compile(r"\(([^()]*)\)")
_PAREN_SPAN = re.compile(r"\s*\([^()]*\)")
_WORD_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$")


@dataclass(frozen=True, slots=True)
class LabelParts:
    """A label taken apart: ``Mr. KARIM SADJADPOUR (International Crisis Group)``."""

    label: str
    title: str | None  # honorific or title before the name: "Mr.", "Representative"
    name: str  # the name as written: "KARIM SADJADPOUR"
    description: str | None  # suffix or parenthetical: "International Crisis Group", "HOST"
    unidentified: bool
    role_label: bool  # "Interviewer", "Narrator": a role, not a name
    tokens: tuple[str, ...]  # the name folded for comparison: ("madiha", "afzal")

    @property
    def key(self) -> str:
        return " ".join(self.tokens)


def _fold(token: str) -> str:
    return _FOLD.sub("", token).casefold()


def parse_label(label: str) -> LabelParts:
    text = label.strip()
    descriptions: list[str] = []
    for paren in _PARENS.findall(text):
        descriptions.append(paren.strip())
    text = _PAREN_SPAN.sub("", text).strip()
    if "," in text:
        text, suffix = text.split(",", 1)
        descriptions.insert(0, suffix.strip())
    words = text.split()
    while len(words) > 1 and words[-1].lower() in LOWER_ROLE_WORDS and words[-1].islower():
        descriptions.insert(0, words.pop())
    title_words: list[str] = []
    unidentified = bool(words) and words[0].lower() in {"unidentified", "unknown"}
    role_label = " ".join(words).lower().rstrip(" #0123456789") in _ROLE_LABELS
    if not unidentified and not role_label:
        title_words = _split_title(words)
        words = words[len(title_words) :]
    name = " ".join(words)
    return LabelParts(
        label=label,
        title=" ".join(title_words) or None,
        name=name,
        description="; ".join(d for d in descriptions if d) or None,
        unidentified=unidentified,
        role_label=role_label,
        tokens=tuple(f for f in (_fold(t) for t in name.split()) if f),
    )


def _is_caps(word: str) -> bool:
    core = word[2:] if word.startswith("Mc") else word[3:] if word.startswith("Mac") else word
    return any(ch.isalpha() for ch in core) and core.upper() == core


def _split_title(words: list[str]) -> list[str]:
    """The honorific or title words that open a label.

    "Chief Patrol Agent DARRYL GRIFFEN": the natural-case words before a name in capitals.
    "SECRETARY OF STATE HILLARY CLINTON", "DR. ARMAND DORIAN", "Mayor Ruth Alvarez":
    words of the title table (and "of"/"the" between them), leaving a name of one word or
    more; a title in capitals without a period needs a name of two words after it."""
    first_caps = next((k for k, w in enumerate(words) if _is_caps(w)), None)
    if first_caps and not all(_is_caps(w) for w in words[first_caps:] if w not in NAME_JOINERS):
        first_caps = None
    if first_caps:  # mixed-case title words, then the name in capitals
        return words[:first_caps]
    taken = 0
    while taken < len(words) - 1:
        word = words[taken]
        folded = word.lower().rstrip(".")
        if folded in _TITLE_WORDS:
            if word.isupper() and not word.endswith(".") and len(words) - taken < 3:
                break
            taken += 1
        elif folded in {"of", "the", "for"} and taken and taken + 1 < len(words) - 1 and (
            words[taken + 1].lower().rstrip(".") in _TITLE_WORDS
        ):
            taken += 1
        else:
            break
    return words[:taken]


@lru_cache(maxsize=4096)
def display_name(name: str) -> str:
    """Natural case: ``MADIHA AFZAL`` -> ``Madiha Afzal``, ``McGREE`` -> ``McGree``."""
    if any(ch.islower() for ch in name.replace("Mc", "").replace("Mac", "")) and not (
        name.startswith(("Mc", "Mac")) and name[3:].isupper()
    ) and sum(ch.isupper() for ch in name) < sum(ch.islower() for ch in name):
        return name
    return " ".join(_case_token(t) for t in name.split())


def _case_token(token: str) -> str:
    if token.startswith("#") or token.isdigit() or _ROMAN.match(token.rstrip(".")):
        return token
    if re.fullmatch(r"(?:[A-Z]\.){1,4}[A-Z]?\.?", token):
        return token
    if token.lower() in NAME_JOINERS and token.islower():
        return token
    for prefix in ("Mc", "Mac"):
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(rest) > 1 and rest[0].isupper():
            return prefix + _case_token(token[len(prefix) :])
    parts = re.split(r"([\-'’])", token)
    return "".join(p if p in "-'’" else p[:1].upper() + p[1:].lower() for p in parts)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "speaker"


@dataclass
class Person:
    """A group of labels that are one person."""

    parts: list[LabelParts] = field(default_factory=list)
    role: Role | None = None
    role_reason: str | None = None
    id: str = ""

    @property
    def full(self) -> LabelParts:
        return max(self.parts, key=lambda p: (len(p.tokens), len(p.label)))

    @property
    def labels(self) -> list[str]:
        seen: list[str] = []
        for p in self.parts:
            if p.label not in seen:
                seen.append(p.label)
        return seen

    @property
    def name(self) -> str:
        return display_name(self.full.name)

    @cached_property
    def mention(self) -> tuple[tuple[str, ...], ...]:
        """How another speaker would name this person: full name or surname, as folded
        tokens, longest first. (Read only once the people are resolved.)"""
        full = self.full.tokens
        return (full, full[-1:]) if len(full) > 1 else (full,) if full else ()

    def surnames(self) -> set[tuple[str, ...]]:
        return {tuple(p.tokens) for p in self.parts if len(p.tokens) < len(self.full.tokens)}


@dataclass
class Resolution:
    people: list[Person]
    by_label: dict[str, Person]
    warnings: list[str]


def resolve(labels: list[str]) -> Resolution:
    """Group labels (in page order) into people."""
    people: list[Person] = []
    by_key: dict[str, Person] = {}
    for label in dict.fromkeys(labels):
        p = parse_label(label)
        key = p.key or p.label.casefold()
        if key not in by_key:
            by_key[key] = Person()
            people.append(by_key[key])
        by_key[key].parts.append(p)
    people = _split_by_honorific(people)
    warnings: list[str] = []
    # Shorter forms join a longer name whose tail they are; longer short forms first, so
    # "VANEK SMITH" claims Stacey Vanek Smith before "SMITH" is tried.
    by_last: dict[str, list[Person]] = {}  # people by the last word of their name
    for person in people:
        if _nameable(person):
            by_last.setdefault(person.full.tokens[-1], []).append(person)
    for person in sorted(people, key=lambda g: len(g.full.tokens), reverse=True):
        if not _nameable(person):
            continue
        cands = _candidates(person, by_last[person.full.tokens[-1]])
        if len(cands) == 1:
            cands[0].parts.extend(person.parts)
            person.parts = []
        elif len(cands) > 1:
            names = " and ".join(c.full.label for c in cands)
            warnings.append(
                f"{person.full.label!r} could be {names}; kept as its own speaker"
            )
    people = [p for p in people if p.parts]
    warnings.extend(_join_first_names(people, by_last))
    people = [p for p in people if p.parts]
    by_label = {part.label: person for person in people for part in person.parts}
    _assign_ids(people)
    return Resolution(people, by_label, warnings)


# Honorifics that tell a man from a woman: "MS. PRUITT" and "MR. PRUITT" are two people.
_HONORIFIC_SEX = {"mr": "m", "mister": "m", "ms": "f", "mrs": "f", "miss": "f"}


def _sex(part: LabelParts) -> str | None:
    return _HONORIFIC_SEX.get((part.title or "").lower().rstrip("."))


def _split_by_honorific(people: list[Person]) -> list[Person]:
    """Labels with the same name but honorifics of different sexes are different people;
    the same name with no honorific could be either, and stands alone."""
    out: list[Person] = []
    for person in people:
        sexes = [_sex(part) for part in person.parts]
        if not {"m", "f"} <= set(sexes):
            out.append(person)
            continue
        groups: dict[str | None, Person] = {}
        for part, sex in zip(person.parts, sexes, strict=True):
            groups.setdefault(sex, Person()).parts.append(part)
        out.extend(groups.values())
    return out


def _join_first_names(people: list[Person], by_last: dict[str, list[Person]]) -> list[str]:
    """A first name used as a label in natural case ("Nadia:") joins the one full name it
    begins ("Nadia Perlmutter:"), as podcasts write a guest once introduced, and initials
    ("RM:") the one full name they are the initials of. A name in
    capitals is a surname in radio transcripts ("KHALID:"), and a word that is anyone's
    surname is left to the surname rule; two full names with that first name: no join."""
    firsts: dict[str, list[Person]] = {}
    for person in people:
        if _nameable(person) and len(person.full.tokens) >= 2:
            firsts.setdefault(person.full.tokens[0], []).append(person)
    warnings: list[str] = []
    initials: dict[str, list[Person]] = {}  # "rm" -> Rosalind Maeda
    for person in people:
        toks = [t for t in person.full.tokens if t.isalpha()]
        if _nameable(person) and 2 <= len(toks) <= 3:
            initials.setdefault("".join(t[0] for t in toks), []).append(person)
    for person in people:
        if not person.parts or not _nameable(person) or len(person.full.tokens) != 1:
            continue
        written = person.full.name.replace(".", "")
        if written.isupper() and 2 <= len(written) <= 3 and written.isalpha():
            # Initials as a label ("RM:" for Rosalind Maeda), when one full name has them.
            owners = [o for o in initials.get(written.lower(), []) if o is not person and o.parts]
            if len(owners) == 1:
                owners[0].parts.extend(person.parts)
                person.parts = []
            continue
        if any(part.name.isupper() for part in person.parts):
            continue
        token = person.full.tokens[0]
        if any(other is not person and other.parts for other in by_last.get(token, [])):
            continue
        cands = [other for other in firsts.get(token, []) if other is not person and other.parts]
        if len(cands) == 1:
            cands[0].parts.extend(person.parts)
            person.parts = []
        elif len(cands) > 1:
            names = " and ".join(c.full.label for c in cands)
            warnings.append(f"{person.full.label!r} could be {names}; kept as its own speaker")
    return warnings


def _nameable(person: Person) -> bool:
    full = person.full
    return bool(full.tokens) and not full.unidentified and not full.role_label


def _candidates(short: Person, people: list[Person]) -> list[Person]:
    """Of ``people`` (those whose name ends in the same word), the ones whose full name ends
    with ``short``'s name and who have no other surname."""
    toks = tuple(short.full.tokens)
    out: list[Person] = []
    for person in people:
        if person is short or not person.parts or not _nameable(person):
            continue
        full = tuple(person.full.tokens)
        if not _tail_of(toks, full):
            continue
        known = person.surnames()
        if known and toks not in known:
            continue  # "SMITH" is not Stacey, whose surname on this page is "VANEK SMITH"
        out.append(person)
    return out


def _tail_of(toks: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Is ``toks`` the end of the longer name ``full``, or its first name's initial and
    the rest ("G BARZANI" of GULIZAR BARZANI, "M. BRENNEMAN" of MARJORIE BRENNEMAN)?"""
    if len(full) > len(toks) and full[-len(toks) :] == toks:
        return True
    return (
        len(toks) >= 2 and len(toks[0]) == 1 and len(full) >= len(toks)
        and full[-(len(toks) - 1) :] == toks[1:] and full[-len(toks)].startswith(toks[0])
        and len(full[-len(toks)]) > 1
    )


def _assign_ids(people: list[Person]) -> None:
    used: set[str] = set()
    for person in people:
        base = _slug(person.name)
        sid, n = base, 2
        while sid in used:
            sid, n = f"{base}-{n}", n + 1
        used.add(sid)
        person.id = sid


def role_from_labels(person: Person) -> tuple[Role, str] | None:
    """A role the labels state: ", HOST", "reporting", "Unidentified ..."."""
    if any(p.unidentified for p in person.parts):
        return Role.UNIDENTIFIED, "the page does not name this speaker"
    for p in person.parts:
        for desc in (p.description, p.name if p.role_label else None):
            if not desc:
                continue
            for pattern, role in ROLE_SUFFIXES:
                if pattern.search(desc):
                    return role, f"the label says {desc!r}"
    return None


def introduction_windows(text: str) -> list[str]:
    """The stretches of ``text`` right after "joined by", "welcome", "my guest is"...,
    folded like names are, where an introduced guest's name would stand."""
    after = [_fold_text(text[m.end() : m.end() + 60]) for m in INTRODUCTIONS.finditer(text)]
    before = [
        _fold_text(text[max(0, m.start() - 40) : m.start()])
        for m in WELCOME_AFTER_NAME.finditer(text)
    ]
    return after + before


def self_introduction_windows(text: str) -> list[str]:
    """The stretches right after "I'm", "This is", "My name is"."""
    return [_fold_text(text[m.end() : m.end() + 40]) for m in SELF_INTRODUCTION.finditer(text)]


def _fold_text(text: str) -> str:
    return _FOLD.sub("", text).casefold()


def _starts_with(tokens: list[str], name: tuple[str, ...], at: int) -> bool:
    return tuple(tokens[at : at + len(name)]) == name


class Mentions:
    """Finds the people named (full name or surname) in introduction windows. Built once
    per page: each window's words are looked up in an index of the names' first words, so
    the cost of a turn does not grow with the number of people on the page."""

    def __init__(self, people: list[Person]) -> None:
        self.order = {id(p): k for k, p in enumerate(people)}
        self.index: dict[str, list[tuple[tuple[str, ...], Person]]] = {}
        for person in people:
            for name in person.mention:
                if name:
                    self.index.setdefault(name[0], []).append((name, person))

    def named_in(self, windows: list[str]) -> list[Person]:
        """The people named in these windows, in page order."""
        found: dict[int, Person] = {}
        for window in windows:
            tokens = _WORD_TOKEN.findall(window)
            for k, token in enumerate(tokens):
                for name, person in self.index.get(token, ()):
                    if _starts_with(tokens, name, k):
                        found[id(person)] = person
        return sorted(found.values(), key=lambda p: self.order[id(p)])


def self_introduced(windows: list[str], person: Person) -> bool:
    """Does one of these "I'm ..." windows start with ``person``'s name?"""
    return any(
        name and _starts_with(_WORD_TOKEN.findall(window), name, 0)
        for window in windows
        for name in person.mention
    )
