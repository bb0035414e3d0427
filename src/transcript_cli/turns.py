"""Split turns: labels start turns, cues stand alone, the rest continues.

Input is the cleaned page (boilerplate already removed, removed lines left as
paragraph breaks). Output is a list of ``RawTurn``: who the page says is speaking
(the label as written), the paragraphs of words, the source lines, and notes.
Speaker identity is not decided here; ``speakers.py`` does that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .labels import Grammar, Label
from .reading import Line
from .rules.labels import DELIVERY_NOTES

# A cue standing alone; one level of parentheses may nest inside it:
# (SOUNDBITE OF SONG, "RAPTURE (REMIX)").
_CUE = re.compile(
    r"^\s*(?:\((?P<p>(?:[^()\n]|\([^()\n]{0,80}\)){1,300})\)|\[(?P<b>[^\[\]\n]{1,300})\])\s*\.?\s*$"
)
# In a flattened line, a cue in capitals right before or after a label is its own turn.
_CAPS_CUE = r"\((?P<c>[A-Z][A-Z0-9 ,.'’\"“”&/\-]{2,200})\)"
_LEADING_CUE = re.compile(_CAPS_CUE + r"\s*")
_TRAILING_CUE = re.compile(_CAPS_CUE + r"$")
_NOTE_RULES = tuple((name, re.compile(rx)) for name, rx, _reason in DELIVERY_NOTES)
_LEADING_NOTE = re.compile(r"^\s*\(([^()\n]{1,80})\)\s*")
_TIMESTAMP = re.compile(r"^\s*[\[(]?(?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2})(?:\.\d+)?[\])]?(?:\s+|$)")
_LABEL_TIME = re.compile(r"\((?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2})\)")
_THIRD_PERSON = re.compile(
    r"\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:is|was|has|had|says|said|"
    r"tells|told|grew|lives|lived|works|worked|remembers|recalls|knows|spent|still)\b"
)
# A radio script's sound and music cues, written in capitals after the cue's kind.
_SCRIPT_CUE = re.compile(
    r"(?:SOUND|SOUNDS|MUSIC|SFX|SOUND EFFECTS?|BUSINESS|NOISE|BOARD|ORGAN)\s*:\s*"
    r"[^a-z\n]{1,160}"
)
_BACK_ANNOUNCE = re.compile(r"^\s*(?:That was|That's|That is|You heard)\s+(?P<rest>.{0,80})", re.I)


@dataclass(slots=True)
class RawTurn:
    """A turn as the page writes it."""

    label: str | None
    kind: str  # "speech" or "event"
    first: int
    last: int
    paragraphs: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    start: float | None = None
    intro: bool = False  # unlabeled text before the first label
    back_announce: bool = False  # an unlabeled back-announce split off a clip
    sealed: str | None = field(default=None, repr=False)  # the text, once splitting is done

    @property
    def text(self) -> str:
        if self.sealed is not None:
            return self.sealed
        return "\n\n".join(" ".join(p) for p in self.paragraphs if p).strip()

    def seal(self) -> RawTurn:
        """Join the words once the page is split: the text is read several times after,
        and the pieces of each source line need not be kept for a large page."""
        self.sealed = self.text
        self.paragraphs = []
        return self

    def add(self, text: str, line: Line, new_paragraph: bool) -> None:
        text = text.strip()
        if not text:
            return
        if new_paragraph or not self.paragraphs:
            self.paragraphs.append([])
        self.paragraphs[-1].append(text)
        self.last = max(self.last, line.last)
        self.first = min(self.first, line.first)


def cue_text(text: str) -> str | None:
    """The inside of a cue standing alone ("(SOUNDBITE OF MUSIC)" -> "SOUNDBITE OF MUSIC"),
    or a radio script's cue in capitals ("SOUND: A GATE CREAKS OPEN.")."""
    m = _CUE.match(text)
    if not m:
        script = _SCRIPT_CUE.fullmatch(text.strip())
        return script.group(0).strip() if script else None
    inner = (m.group("p") or m.group("b") or "").strip()
    return inner or None


def _seconds(stamp: str) -> float:
    parts = [int(p) for p in stamp.split(":")]
    total = 0
    for p in parts:
        total = total * 60 + p
    return float(total)


def _take_notes(text: str) -> tuple[list[str], str]:
    notes: list[str] = []
    while True:
        m = _LEADING_NOTE.match(text)
        if not m or not any(rx.fullmatch(m.group(1).strip()) for _n, rx in _NOTE_RULES):
            return notes, text
        notes.append(m.group(1).strip())
        text = text[m.end() :]


def _segments(line: Line, grammar: Grammar) -> list[tuple[Label | None, str]]:
    """A line cut at its labels: (label or None, the words after it)."""
    text = line.text
    opening = grammar.at_start(text)
    pos = opening.end if opening else 0
    inside = grammar.inside(text, pos)
    out: list[tuple[Label | None, str]] = []
    cuts = ([opening] if opening else []) + inside
    if not opening:
        out.append((None, text[: inside[0].start] if inside else text))
    for k, label in enumerate(cuts):
        end = cuts[k + 1].start if k + 1 < len(cuts) else len(text)
        out.append((label, text[label.end : end]))
    return out


def _about_the_speaker(words: str, label: str | None) -> bool:
    """A paragraph that opens by telling about the speaker in the third person ("María
    Cortés is fifty-eight.", "Cortés says the pans ...") is a narrator's, not theirs."""
    m = _THIRD_PERSON.match(words)
    return m is not None and _surname(label) in {
        w.strip(".").lower() for w in m.group("name").split()
    } - {""}


def _surname(label: str | None) -> str:
    name = re.split(r"[,(]", label)[0].split() if label else []
    return name[-1].strip(".").lower() if name else ""


def _mentions_surname(rest: str, label: str | None) -> bool:
    surname = _surname(label)
    return len(surname) > 1 and surname in rest.lower()


def split_turns(lines: list[Line], skip: set[int], grammar: Grammar) -> list[RawTurn]:
    """Turns of a cleaned page. ``skip`` holds line indexes that are not transcript (title)."""
    turns: list[RawTurn] = []
    current: RawTurn | None = None
    new_paragraph = True
    pending_start: float | None = None
    pending_line: int | None = None  # a time stamp standing alone belongs to the next turn
    seen_label = False
    for i, line in enumerate(lines):
        if i in skip or line.blank:
            new_paragraph = True
            continue
        text = line.text
        stamp = _TIMESTAMP.match(text)
        if stamp:
            pending_start = _seconds(stamp.group("t"))
            text = text[stamp.end() :]
            if not text.strip():
                pending_line = line.first
                continue
            line = Line(line.first, line.last, text)
        cue = cue_text(text)
        if cue is not None:
            turns.append(RawTurn(None, "event", line.first, line.last, [[cue]]))
            current = None
            new_paragraph = True
            continue
        segments = _segments(line, grammar)
        flattened = len(segments) > 1
        for label, words in segments:
            before: list[str] = []
            after: list[str] = []
            if flattened:
                before, words, after = _edge_cues(words)
            for cue_words in before:
                turns.append(RawTurn(None, "event", line.first, line.last, [[cue_words]]))
                current = None
            if label is not None:
                seen_label = True
                text = label.text
                stamped = _LABEL_TIME.search(text)
                if stamped:  # "Speaker 1 (00:01:05)": the time is the start, not the name
                    pending_start = _seconds(stamped.group("t"))
                    text = (text[: stamped.start()] + text[stamped.end() :]).strip() or text
                elif label.stamp:  # "Marcus Ellery  0:03" on a line of its own
                    pending_start = _seconds(label.stamp)
                current = RawTurn(text, "speech", pending_line or line.first, line.last,
                                  start=pending_start)
                pending_start, pending_line = None, None
                after_label = _TIMESTAMP.match(words)
                if after_label and current.start is None:  # "Joe Biden: (00:05) Good..."
                    current.start = _seconds(after_label.group("t"))
                    words = words[after_label.end() :]
                notes, words = _take_notes(words)
                current.notes.extend(notes)
                turns.append(current)
                current.add(words, line, True)
                new_paragraph = False
            elif words.strip():
                current = _continue(turns, current, words, line, new_paragraph, seen_label,
                                    pending_start, pending_line)
                pending_start, pending_line = None, None
                new_paragraph = False
            for cue_words in after:
                turns.append(RawTurn(None, "event", line.first, line.last, [[cue_words]]))
                current = None
        if current is not None and not current.paragraphs:
            current.last = max(current.last, line.last)
    return [t.seal() for t in turns if t.kind == "event" or t.label is not None or t.paragraphs]


def _continue(
    turns: list[RawTurn], current: RawTurn | None, words: str, line: Line, new_paragraph: bool,
    seen_label: bool, pending_start: float | None, pending_line: int | None,
) -> RawTurn:
    """Unlabeled words: they continue the current turn, split off a back-announce, or open
    an unlabeled turn (an intro above the first label, words right after a cue, a
    narrator's paragraph about the speaker, or the next stamped segment)."""
    if current is not None and current.label is None and pending_line is not None:
        # A time stamp standing alone between unlabeled stretches (a caption or podcast-app
        # export names no speakers) marks where the next segment starts.
        current = None
    back = _BACK_ANNOUNCE.match(words)
    narration = new_paragraph and current is not None and current.label is not None and (
        _about_the_speaker(words, current.label)
    )
    if narration:
        current = None
    elif current is not None and back and _mentions_surname(back.group("rest"), current.label):
        current = RawTurn(None, "speech", line.first, line.last, back_announce=True)
        turns.append(current)
        new_paragraph = True
    if current is None:  # an intro above the first label, or words right after a cue
        current = RawTurn(
            None, "speech", pending_line or line.first, line.last, start=pending_start,
            intro=not seen_label,
        )
        turns.append(current)
    current.add(words, line, new_paragraph)
    return current


def _edge_cues(words: str) -> tuple[list[str], str, list[str]]:
    """Cues in capitals at the start or end of a segment of a flattened line."""
    before: list[str] = []
    after: list[str] = []
    rest = words.strip()
    while m := _LEADING_CUE.match(rest):
        before.append(m.group("c").strip())
        rest = rest[m.end() :].lstrip()
    while rest and (m := _TRAILING_CUE.search(rest)):
        after.insert(0, m.group("c").strip())
        rest = rest[: m.start()].rstrip()
    return before, rest, after
