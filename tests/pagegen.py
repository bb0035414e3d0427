"""Synthetic radio pages for tests and benchmarks.

Every page is made up from the word lists below (no real transcript is copied): station
chrome, a headline, sometimes an unlabeled lead-in, a host who introduces a guest, labeled
turns with surname-only aliases, sound cues and delivery notes. One page in eight is HTML.
The same seed gives the same pages.
"""

from __future__ import annotations

import random
from pathlib import Path

_FIRST = (
    "Ana", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jamal", "Keiko",
    "Luis", "Maya", "Nils", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Victor",
)
_LAST = (
    "Abbott", "Brennan", "Castillo", "Dimitrov", "Eze", "Fischer", "Gupta", "Haddad", "Ito",
    "Jensen", "Kowalski", "Lindqvist", "Mensah", "Novak", "Okafor", "Petrov", "Quiroga",
    "Reyes", "Sato", "Tanaka", "Udall", "Varga", "Whitfield", "Yilmaz", "Zamora",
)
_CALLS = ("KXRA", "WBOQ", "KUVL", "WMNT", "KPLD", "WZGR")
_ORGS = ("the Harbor Institute", "State University", "the City Council", "the Farm Bureau")
_TOPICS = (
    "river flooding", "the school budget", "rural broadband", "wildfire smoke", "transit fares",
    "the harvest", "housing costs", "a new library", "bird migration", "the port strike",
)
_WORDS = (
    "people", "town", "water", "year", "plan", "money", "road", "think", "know", "really",
    "season", "council", "families", "question", "work", "change", "local", "story", "weeks",
    "numbers", "farmers", "schools", "neighbors", "morning", "vote", "bridge", "summer",
)
_CUES = ("SOUNDBITE OF MUSIC", "SOUNDBITE OF ARCHIVED BROADCAST", "LAUGHTER", "CROSSTALK")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(5, 14))]
    return " ".join(words).capitalize() + rng.choice((".", ".", ".", "?"))


def _speech(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))


def make_page(rng: random.Random) -> str:
    """One page of plain text, or (one page in eight) the same shape as HTML."""
    call = rng.choice(_CALLS)
    host_first, guest_first = rng.sample(_FIRST, 2)
    host_last, guest_last = rng.sample(_LAST, 2)
    topic = rng.choice(_TOPICS)
    title = f"What {rng.choice(_ORGS).removeprefix('the ').title()} Says About {topic.title()}"
    host, guest = f"{host_first} {host_last}", f"{guest_first} {guest_last}"
    body: list[str] = []
    if rng.random() < 0.3:  # an unlabeled lead-in, which the parser gives to the host
        body.append(f"The debate over {topic} is back. {_speech(rng)}")
    body += [
        f"{host.upper()}, HOST: Today we look at {topic}. We're joined now by {guest} "
        f"of {rng.choice(_ORGS)}. Welcome to the program.",
        f"{guest.upper()}: Thanks for having me.",
    ]
    for k in range(rng.randint(3, 12)):
        if rng.random() < 0.1:
            body.append(f"({rng.choice(_CUES)})")
        if k % 2 == 0:
            body.append(f"{host_last.upper()}: {_speech(rng)}")
        else:
            note = "(Through interpreter) " if rng.random() < 0.1 else ""
            body.append(f"{guest_last.upper()}: {note}{_speech(rng)}")
    body.append(f"{host_last.upper()}: {guest} of {rng.choice(_ORGS)}, thank you.")
    chrome_top = [f"© {rng.randint(2015, 2025)} {call}", "Play Live Radio", "Next Up:", "0:00 0:00"]
    if rng.random() < 0.125:
        paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
        chrome = "".join(f"<div>{c}</div>" for c in chrome_top)
        return (
            f"<html><head><title>{title}</title></head><body>{chrome}\n"
            f"<h1>{title}</h1>\n{paragraphs}\n</body></html>\n"
        )
    return "\n".join([*chrome_top, "", title, "", "", "\n\n".join(body), ""])


def write_pages(folder: Path, count: int, *, seed: int = 0) -> list[Path]:
    """Write ``count`` pages under ``folder`` in a few subfolders; their paths, sorted."""
    rng = random.Random(seed)
    paths: list[Path] = []
    for n in range(count):
        text = make_page(rng)
        ext = "html" if text.startswith("<html>") else "txt"
        path = folder / f"show-{n % 7}" / f"page-{n:06d}.{ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return sorted(paths)
