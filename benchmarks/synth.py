"""Synthetic radio transcript pages, for benchmarks and batch tests.

Every page is assembled from the made-up word lists below; nothing is copied from a
real transcript. A page has what scraped pages have: station chrome above and below
(player buttons, share links, copyright lines, the rush-transcript notice), a headline,
sometimes a byline and date, sometimes an unlabeled lead-in, a host who introduces
guests and reporters, labels with suffixes (``, HOST:``, ``, BYLINE:``, ``reporting:``),
surname-only aliases (``REYES:`` after ``ANA REYES, HOST:``), sound cues standing alone,
delivery notes, soundbites of unidentified people, and continuation paragraphs without
a label. About one page in eight is HTML and one in ten markdown.

The same seed gives the same pages::

    python benchmarks/synth.py OUT_DIR --pages 5000 [--seed 0]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FIRST = (
    "Ana", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jamal", "Keiko",
    "Luis", "Maya", "Nils", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor",
    "Wren", "Xavi", "Yara", "Zeke", "Marisol", "Declan", "Aiyana", "Bogdan", "Chioma", "Teodor",
)
LAST = (
    "Abbott", "Brennan", "Castillo", "Dimitrov", "Eze", "Fischer", "Gupta", "Haddad", "Ito",
    "Jensen", "Kowalski", "Lindqvist", "Mensah", "Novak", "Okafor", "Petrov", "Quiroga",
    "Reyes", "Sato", "Tanaka", "Udall", "Varga", "Whitfield", "Yilmaz", "Zamora", "O'Hara",
    "McGrath", "Vance-Ruiz", "Delacroix", "Ferreira", "Halvorsen", "Nakamura",
)
CALLS = ("KXRA", "WBOQ", "KUVL", "WMNT", "KPLD", "WZGR", "KTEW", "WHUB")
PROGRAMS = ("Morning Report", "The Afternoon Desk", "Weekend Journal", "Coast to Coast Tonight")
ORGS = (
    "the Harbor Institute", "State University", "the City Council", "the Farm Bureau",
    "the Port Authority", "Riverside Hospital", "the Teachers Union", "the Weather Service",
)
TITLES = ("Dr.", "Mayor", "Senator", "Professor", "Chief")
TOPICS = (
    "river flooding", "the school budget", "rural broadband", "wildfire smoke", "transit fares",
    "the harvest", "housing costs", "a new library", "bird migration", "the port strike",
    "the drought", "a bridge repair", "hospital staffing", "the county election",
)
SUBJECTS = (
    "folks downtown", "people here", "the commissioners", "most families", "the farmers",
    "our crews", "the officials", "a lot of neighbors", "the schools", "they", "my neighbors",
    "we",
)
VERBS = (
    "have been watching", "are worried about", "keep asking about", "voted on", "paid for",
    "spent months on", "never expected", "are still rebuilding after", "argued over",
    "finally agreed on", "want answers about", "have learned a lot from",
)
OBJECTS = (
    "the water levels", "the new plan", "the money", "the road to the coast", "the numbers",
    "what happens next", "last summer", "the old bridge", "the vote", "the weeks ahead",
    "the cost of all this", "the people who live here",
)
TAILS = (
    "", "", "", " this year", " since the spring", " every single day", " for a long time",
    " and that matters", ", to be honest", " in a way we have not seen before",
)
OPENERS = (
    "Well, ", "You know, ", "I think ", "Look, ", "Honestly, ", "", "", "", "So ", "And ",
)
QUESTIONS = (
    "What happens now?", "How did we get here?", "Who pays for it?", "Is that enough?",
    "What are people telling you?", "Why now?", "What surprised you most?",
)
CUES = (
    "SOUNDBITE OF MUSIC", "LAUGHTER", "CROSSTALK", "SOUNDBITE OF ARCHIVED RECORDING",
    "SOUNDBITE OF CROWD CHANTING", "SOUNDBITE OF TRAFFIC", "APPLAUSE",
)
SHARE = ("Facebook", "Twitter", "Email", "Share", "Donate", "Listen Live", "Sign Up")


def sentence(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(QUESTIONS)
    text = (
        f"{rng.choice(OPENERS)}{rng.choice(SUBJECTS)} {rng.choice(VERBS)} "
        f"{rng.choice(OBJECTS)}{rng.choice(TAILS)}"
    )
    text = text[0].upper() + text[1:]
    return text + rng.choice((".", ".", ".", "?", "!"))


def paragraph(rng: random.Random, low: int = 1, high: int = 4) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(low, high)))


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def caps(self) -> str:
        return self.full.upper()

    @property
    def surname(self) -> str:
        return self.last.upper()


def _people(rng: random.Random, n: int) -> list[Person]:
    firsts = rng.sample(FIRST, n)
    lasts = rng.sample(LAST, n)
    return [Person(f, s) for f, s in zip(firsts, lasts, strict=True)]


@dataclass
class Block:
    """One paragraph of the page: a label (or none) and its words."""

    label: str | None
    text: str
    cue: bool = False


def _turns(rng: random.Random) -> tuple[str, list[Block]]:
    host, reporter, guest, guest2 = _people(rng, 4)
    topic = rng.choice(TOPICS)
    org = rng.choice(ORGS)
    old_style = rng.random() < 0.2  # "ANA REYES, host:" and "CARLA GUPTA reporting:"
    host_suffix = ", host" if old_style else ", HOST"
    blocks: list[Block] = []
    if rng.random() < 0.35:  # an unlabeled lead-in before the first label
        blocks.append(Block(None, f"This is {rng.choice(PROGRAMS)}. I'm {host.full}."))
    blocks.append(Block(f"{host.caps}{host_suffix}", f"Today, {topic}. {paragraph(rng, 1, 2)}"))
    with_reporter = rng.random() < 0.6
    if with_reporter:
        blocks.append(Block(None, f"{reporter.full} has been following the story and reports."))
        label = f"{reporter.caps} reporting" if old_style else f"{reporter.caps}, BYLINE"
        blocks.append(Block(label, paragraph(rng)))
        if rng.random() < 0.5:
            blocks.append(Block(None, f"({rng.choice(CUES[3:5])})", cue=True))
            blocks.append(Block("UNIDENTIFIED PERSON #1", paragraph(rng, 1, 2)))
            blocks.append(Block(reporter.surname, paragraph(rng)))
        blocks.append(Block(host.surname, f"That's {reporter.full}. {paragraph(rng, 1, 1)}"))
    title = rng.choice(TITLES) if rng.random() < 0.3 else ""
    guest_label = guest.caps if not title else f"{title} {guest.caps}"
    if rng.random() < 0.2:
        guest_label += f" ({org.removeprefix('the ')})"
    blocks.append(Block(
        host.surname,
        f"We're joined now by {guest.full} of {org}. Welcome to the program.",
    ))
    blocks.append(Block(guest_label, "Thanks for having me."))
    speakers = [(host, 0.45), (guest, 0.4)]
    if rng.random() < 0.3:
        speakers.append((guest2, 0.15))
        blocks.append(Block(host.surname, f"And {guest2.full} is with us too."))
        blocks.append(Block(guest2.caps, "Glad to be here."))
    for _ in range(rng.randint(4, 30)):
        r = rng.random()
        if r < 0.06:
            blocks.append(Block(None, f"({rng.choice(CUES)})", cue=True))
            continue
        person = rng.choices([p for p, _ in speakers], [w for _, w in speakers])[0]
        note = "(Through interpreter) " if person is not host and rng.random() < 0.05 else ""
        blocks.append(Block(person.surname, note + paragraph(rng)))
        for _ in range(rng.choices((0, 1, 2), (0.7, 0.22, 0.08))[0]):
            blocks.append(Block(None, paragraph(rng)))  # a continuation paragraph
    blocks.append(Block(host.surname, f"{guest.full} of {org}, thank you so much."))
    blocks.append(Block(guest.surname, "Thank you."))
    if rng.random() < 0.5:
        blocks.append(Block(None, "(SOUNDBITE OF MUSIC)", cue=True))
    headline = f"{rng.choice(('Why', 'How', 'What'))} {topic.title()} " + rng.choice(
        ("Means For The Coast", "Is Changing Small Towns", "Keeps Coming Back", "Costs Us")
    )
    return headline, blocks


def _chrome_top(rng: random.Random, call: str) -> list[str]:
    lines = ["Play Live Radio", "Next Up:", "0:00", "0:00"]
    if rng.random() < 0.5:
        lines.append("Available On Air Stations")
    lines += rng.sample(SHARE, rng.randint(0, 4))
    return lines


def _chrome_bottom(rng: random.Random, call: str, year: int) -> list[str]:
    lines = [f"© {year} {call}"]
    if rng.random() < 0.6:
        lines.insert(0, (
            f"Copyright © {year} NPR. All rights reserved. Visit our website terms of use "
            "and permissions pages at www.npr.org for further information."
        ))
        lines.insert(1, (
            "NPR transcripts are created on a rush deadline by an NPR contractor. This text "
            "may not be in its final form and may be updated or revised in the future."
        ))
    return lines


def _byline(rng: random.Random, year: int) -> list[str]:
    out: list[str] = []
    if rng.random() < 0.5:
        p = _people(rng, 1)[0]
        out.append(f"By {p.full}")
    if rng.random() < 0.5:
        month = rng.choice(("January", "March", "June", "September", "November"))
        day, hour = rng.randint(1, 28), rng.randint(1, 12)
        out.append(f"Published {month} {day}, {year} at {hour}:00 AM ET")
    return out


def _text_page(rng: random.Random) -> str:
    call, year = rng.choice(CALLS), rng.randint(2015, 2025)
    headline, blocks = _turns(rng)
    parts = ["\n".join(_chrome_top(rng, call)), headline, *_byline(rng, year)]
    for b in blocks:
        parts.append(b.text if b.label is None else f"{b.label}: {b.text}")
    parts += _chrome_bottom(rng, call, year)
    return "\n\n".join(parts) + "\n"


def _html_page(rng: random.Random) -> str:
    call, year = rng.choice(CALLS), rng.randint(2015, 2025)
    headline, blocks = _turns(rng)
    body = [f"<div class=\"nav\">{c}</div>" for c in _chrome_top(rng, call)]
    body.append(f"<h1>{headline}</h1>")
    body += [f"<p class=\"byline\">{b}</p>" for b in _byline(rng, year)]
    for b in blocks:
        if b.label is None:
            body.append(f"<p>{b.text}</p>")
        else:
            body.append(f"<p><b>{b.label}:</b> {b.text}</p>")
    body += [f"<footer><p>{c}</p></footer>" for c in _chrome_bottom(rng, call, year)]
    return (
        f"<!DOCTYPE html>\n<html>\n<head><title>{headline} : {call}</title></head>\n<body>\n"
        + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _markdown_page(rng: random.Random) -> str:
    call, year = rng.choice(CALLS), rng.randint(2015, 2025)
    headline, blocks = _turns(rng)
    parts = [f"# {headline}", *(f"*{b}*" for b in _byline(rng, year)), "## Transcript"]
    for b in blocks:
        if b.label is None:
            parts.append(b.text)
        else:
            parts.append(f"**{b.label}:** {b.text}")
    parts += ["---", *_chrome_bottom(rng, call, year)]
    return "\n\n".join(parts) + "\n"


def make_page(rng: random.Random) -> tuple[str, str]:
    """One page and its file suffix."""
    r = rng.random()
    if r < 0.125:
        return _html_page(rng), ".html"
    if r < 0.225:
        return _markdown_page(rng), ".md"
    return _text_page(rng), ".txt"


def pages(count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``count`` pages as (relative path, text), a hundred to a subfolder."""
    rng = random.Random(seed)
    for n in range(count):
        text, suffix = make_page(rng)
        yield f"show-{n // 100:03d}/page-{n:06d}{suffix}", text


def write_pages(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """Write ``count`` pages under ``folder``; their paths in sorted order."""
    written: list[Path] = []
    made: set[Path] = set()
    for rel, text in pages(count, seed):
        path = folder / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return sorted(written)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    write_pages(args.folder, args.pages, args.seed)


if __name__ == "__main__":
    main()
