"""Page metadata: the story headline and the station.

The title is looked for in the order a careful reader would trust it: a headline
linked to its story, the front matter's title, a markdown or HTML heading, then a
headline line in the head of the page. Dates, bylines, filenames and station lines
are never titles.

A headline line is chosen by score, not by its position alone. What counts for it:
sitting right above the story's date or byline (a bare byline name may stand between
them, as may a channel name over a video's view count); standing in a paragraph of its
own; having the length of a headline. What counts against it: looking like a byline
name beside the date, shouting in capitals (a program's name), or being a bar of
sharing links or a button. A line that neither sits above story meta nor stands alone is
never a title: a page whose head is all navigation has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from .boilerplate import FrontMatter
from .labels import LO, UP, Grammar
from .reading import Line
from .rules.boilerplate import LINE_RULES, OUTLET_RULES, STATION
from .rules.labels import CAPITALISED_NON_NAME_WORDS, NOT_NAMES

_LINK_TITLE = re.compile(r"^\s*\[([^\]\n]{3,200})\]\(((?:https?://)[^)\s]{1,500})\)\s*$")
_LINK = re.compile(r"\[([^\]\n]{0,200})\]\(([^)\s]{0,500})\)")
_H1 = re.compile(r"^\s*#[ \t]+(\S.*)$")  # closing "#"s are stripped in Python, not by regex
# Date codes a notes vault puts before a title: "191204) ", "(231215) ", "2014072601".
_DATE_PREFIX = re.compile(r"^\s*\(?\d{6,10}\)?\s*")
_CUE = re.compile(r"^\s*[(\[].*[)\]]\s*$")
_SECTION_WORDS = frozenset(w.lower() for w in NOT_NAMES) | {"points", "article", "transcribe"}
_TOKEN = re.compile(r"[a-z0-9]+")
# Where a link goes to a person or a site's front page, not to a story.
_PROFILE_PATH = re.compile(
    r"/(?:@|~|(?:authors?|people|person|profiles?|users?|staff|contributors?|team|bio)(?:/|$))",
    re.IGNORECASE,
)
# A person's name on a line of its own ("Lucía Navarrete", "J. R. Okafor", "Ana de la Cruz").
_NAME_WORD = rf"(?:[{UP}][{LO}'’]+(?:-[{UP}][{LO}'’]+)?|[{UP}]\.)"
_PARTICLE = r"(?:de|da|del|della|di|du|la|le|van|von|der|den|bin|ibn|al|y)"
_NAME_LINE = re.compile(rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD}){{1,3}}")
_NON_NAME_WORDS = frozenset(CAPITALISED_NON_NAME_WORDS)
# Sharing bars and buttons: platform names, and the verbs of page controls.
_PLATFORM = re.compile(
    r"\b(?:Facebook|Twitter|X|Email|E-mail|LinkedIn|Reddit|WhatsApp|Pinterest|Tumblr|Threads|"
    r"Bluesky|Instagram|TikTok|YouTube|Spotify|Apple Podcasts|Google Podcasts|Pocket Casts|"
    r"Overcast|RSS|Flipboard|Copy link)\b"
)
_CONTROL_VERB = frozenset(
    {"share", "search", "subscribe", "follow", "sign", "log", "download", "save", "copy",
     "rate", "leave", "skip", "show", "hide", "add", "play", "pause", "open", "close", "print",
     "donate", "join", "become", "shop", "embed", "clip", "listen", "watch", "read", "view",
     "click", "visit", "support", "contact", "load", "return", "go", "back"}
)
_QUOTE_PAIRS = {'"': '"', "“": "”", "'": "'", "‘": "’"}

# Scores of a headline line (see the module docstring).
_RELATED_LIST = re.compile(
    r"(?i)related(?: [\w'’]+){0,3}\s*:?|(?:more|other|recommended|popular|latest)"
    r"(?: [\w'’]+){0,2} (?:stories|episodes|links|coverage|posts)\s*:?|you (?:may|might) also like"
)
_TAB_SUFFIX = re.compile(r"\s+:\s+[^:\n]{1,40}$")
_FALLBACK_WORDS = 4  # a nav item or a section name is shorter
_FALLBACK_CAPITALS = 0.6  # share of capitalised words in a title-cased headline
_ABOVE_META = 5
_BELOW_META = 3
_ALONE = 2
_BYLINE_NAME = -2
_CAPITALS = -1
_BUTTON = -3
_WORDS_MAX = 16  # a headline's words; one right above its date may run to _LONG_WORDS
_LONG_WORDS = 32
_CHARS_MAX = 140
_LONG_CHARS = 260


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    line: int  # 1-based source line
    index: int | None  # index into the page's lines, when the title is in the body
    continuation: int | None = None  # index of a wrapped second line of a heading


def _unquote(title: str) -> str:
    """Quote marks around the whole title go; a quote that opens a quoted phrase inside
    the title ('"They Are Here": A Report') stays."""
    t = title.strip()
    if len(t) >= 2 and t[0] in _QUOTE_PAIRS and t[-1] in (_QUOTE_PAIRS[t[0]], "”", "’"):
        inner = t[1:-1]
        double = t[0] in "\"“"
        if not double or not any(q in inner for q in "\"“”"):
            return inner.strip()
        return t
    # A lone double (or opening single) mark at one end, with no partner in the title; a
    # lone "'" may be an apostrophe ("'90s").
    if t and t[0] in "\"“”‘" and not any(q in t[1:] for q in "\"“”‘"):
        t = t[1:]
    if t and t[-1] in "\"“”" and not any(q in t[:-1] for q in "\"“”"):
        t = t[:-1]
    return t.strip()


def _clean(title: str) -> str:
    # A browser tab's title saved as the heading: "Headline : Short Wave : NPR". A spaced
    # colon never joins a headline to its subtitle ("Ep. 12: The Nurse ...").
    while (m := _TAB_SUFFIX.search(title)) is not None and m.start() > 0:
        title = title[: m.start()]
    title = _unquote(title)
    title = _DATE_PREFIX.sub("", title) if re.match(r"^\s*\(?\d{6,10}\)?\s*\S", title) else title
    return re.sub(r"\s+", " ", title).strip()


def _is_chrome(text: str) -> bool:
    return LINE_RULES.first(text) is not None


def _name_like(text: str) -> bool:
    """A person's (or a channel's) name standing alone: two to four capitalised words."""
    t = text.strip()
    if _NAME_LINE.fullmatch(t) is None:
        return False
    return t.split()[0] not in _NON_NAME_WORDS


def _bar_like(text: str) -> bool:
    """A sharing bar or a nav bar ("Share: Facebook Twitter Email", "Podcast | Blog | Shop")."""
    t = text.strip()
    if len(_PLATFORM.findall(t)) >= 2:
        return True
    if re.search(r"\s[‹›»>]\s", t):  # a breadcrumb: "Board index ‹ Local ‹ Water"
        return True
    parts = [p for p in re.split(r"[|·•]", t) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts)


def _button_like(text: str) -> bool:
    """A short line that opens with the verb of a page control ("Search in video")."""
    words = text.strip().split()
    return len(words) <= 4 and words[0].lower().strip(":") in _CONTROL_VERB


def _headline_like(text: str, grammar: Grammar, *, long: bool = False) -> bool:
    t = text.strip()
    words = t.split()
    if not (1 <= len(words) <= (_LONG_WORDS if long else _WORDS_MAX)):
        return False
    if len(t) > (_LONG_CHARS if long else _CHARS_MAX):
        return False
    numbered = t[0] == "#" and t[1:2].isdigit()  # "#214 – Odile Brennan: Glaciers ..."
    if t[-1] in ".,;:" or not (
        t[0].isupper() or t[0].isdigit() or t[0] in "\"'“‘" or numbered
    ):
        return False
    if _CUE.match(t) or "://" in t or t.lower() in _SECTION_WORDS:
        return False
    return not (grammar.any(t) or _is_chrome(t))


def _story_link(text: str, url: str, grammar: Grammar) -> bool:
    """Is a link standing alone on a line the story's own (its headline linked to it)?

    Not when it goes to a site's front page (the publication's name) or to a person's
    page (the author's name); then its words must be in the link's address, as a story's
    slug holds its headline, or be a headline of three words or more that is no name."""
    title = _clean(text)
    if not title or not _headline_like(title, grammar):
        return False
    path = urlsplit(url).path
    if not path.strip("/") or _PROFILE_PATH.search(path):
        return False
    words = _TOKEN.findall(title.lower())
    slug = set(_TOKEN.findall(path.lower()))
    if words and 2 * sum(w in slug for w in words) >= len(words):
        return True
    return len(words) >= 3 and not _name_like(title) and not _button_like(title) \
        and not _bar_like(title)


def _heading(text: str) -> tuple[str, bool]:
    """A heading's text without link markup, and whether it is only a link to a site's
    front page (a publication's masthead, not the story's headline)."""
    inner = text.rstrip().rstrip("#").rstrip()
    m = _LINK.fullmatch(inner.strip())
    if m is not None:
        return m.group(1).strip(), not urlsplit(m.group(2)).path.strip("/")
    return _LINK.sub(lambda k: k.group(1), inner).strip(), False


def find_title(
    original: list[Line],
    lines: list[Line],
    front: FrontMatter | None,
    html_title: tuple[str, int] | None,
    stop: int | None,
    grammar: Grammar,
    story_meta: frozenset[int] = frozenset(),
) -> Title | None:
    """The story headline.

    ``original`` are the page's lines before boilerplate removal (headings and link
    lines are removed as furniture but still name the story), ``lines`` the cleaned
    ones, index for index; ``stop`` is the index of the first label line, if any;
    ``story_meta`` the indexes of bylines and dates, which sit right under a headline.
    """
    head = range(stop if stop is not None else min(len(lines), 40))
    for i in head:
        m = _LINK_TITLE.match(original[i].text)
        if m and _story_link(m.group(1), m.group(2), grammar):
            return Title(_clean(m.group(1)), lines[i].first, i)
    if front is not None:
        for key in ("title", "headline"):
            if key in front.fields and _clean(front.fields[key][0]):
                value, line = front.fields[key]
                return Title(_clean(value), line, None)
    for i in head:
        m = _H1.match(original[i].text)
        heading, masthead = _heading(m.group(1)) if m else ("", False)
        if heading and not masthead and heading.lower() not in _SECTION_WORDS:
            text, cont = heading, None
            j = i + 1
            if j < len(lines) and not lines[j].blank and _wrapped_heading(lines[j].text, grammar):
                text, cont = f"{text} {lines[j].text.strip()}", j
            return Title(_clean(text), lines[i].first, i, cont)
    if html_title and _clean(html_title[0]):
        return Title(_clean(html_title[0]), html_title[1], None)
    best = _best_line(original, lines, head, grammar, story_meta)
    if best is None:
        best = _title_cased_line(lines, head, grammar)
    if best is None:
        return None
    return Title(_clean(lines[best].text), lines[best].first, best)


def _title_cased_line(lines: list[Line], head: range, grammar: Grammar) -> int | None:
    """When no line stands alone or sits above a date (a page saved with no blank lines
    and no date shape we know): the longest line of the head written as a headline is,
    four words or more with most of them capitalised, or a question."""
    best: tuple[int, int] | None = None
    for i in head:
        text = lines[i].text.strip()
        words = text.split()
        if lines[i].blank or len(words) < _FALLBACK_WORDS or not _headline_like(text, grammar):
            continue
        if _bar_like(text) or _name_like(text) or _button_like(text):
            continue
        capitalised = sum(w[:1].isupper() or not w[:1].isalpha() for w in words)
        if capitalised / len(words) < _FALLBACK_CAPITALS and not text.endswith("?"):
            continue
        if best is None or len(words) > best[0]:
            best = (len(words), i)
    return best[1] if best is not None else None


def _best_line(
    original: list[Line],
    lines: list[Line],
    head: range,
    grammar: Grammar,
    story_meta: frozenset[int],
) -> int | None:
    """The headline line of the page's head with the best score, the first of equals;
    None when no line sits above story meta or stands alone."""
    found: list[tuple[int, str, int, bool]] = []  # index, text, above meta (0/1/2), alone
    bylines: set[int] = set()  # bare names between a headline and its date
    for i in head:
        if _RELATED_LIST.fullmatch(original[i].text.strip()):
            break  # the stories listed under "Related Stories" are not this one's headline
        if lines[i].blank:
            continue
        text = lines[i].text.strip()
        meta, names = _above(i, story_meta, original, lines)
        alone = _stands_alone(original, lines, i)
        if not (meta or alone) or not _headline_like(text, grammar, long=meta == 1):
            continue
        if _bar_like(text):
            continue
        if meta == 2 and len(text.split()) >= 3 and not _name_like(text):
            bylines.update(names)
        found.append((i, text, meta, alone))
    best: tuple[int, int] | None = None
    for i, text, meta, alone in found:
        words = len(text.split())
        name = _name_like(text)
        score = (words >= 3) + (words >= 5)
        # One word above a date is a story-type tag ("Story", "Interview") as often as not.
        if (meta == 1 and words >= 2) or (meta == 2 and words >= 3 and not name):
            score += _ABOVE_META
        if alone:
            score += _ALONE
        if not meta and words >= _FALLBACK_WORDS and not name and story_meta and (
            _meta_above(i, story_meta, lines) == min(story_meta)
        ):
            # Older layouts print the story's date above its headline: the page's first
            # date only (later ones date the related stories listed under it).
            score += _BELOW_META
        if name and (i in bylines or _meta_above(i, story_meta, lines) is not None):
            score += _BYLINE_NAME
        if words >= 2 and text.upper() == text and any(c.isalpha() for c in text):
            score += _CAPITALS
        if _button_like(text):
            score += _BUTTON
        if score >= _ALONE and (best is None or score > best[0]):
            best = (score, i)
    return best[1] if best is not None else None


def _wrapped_heading(text: str, grammar: Grammar) -> bool:
    t = text.strip()
    return bool(t) and not t.startswith((">", "#", "-", "*", "[", "(")) and len(t.split()) <= 12 \
        and grammar.at_start(t) is None


def _above(
    i: int, story_meta: frozenset[int], original: list[Line], lines: list[Line]
) -> tuple[int, list[int]]:
    """1 when the next line after ``i`` (blank or removed lines skipped, up to a few) is a
    byline or date; 2 when one or two bare names stand between (a byline without "By", a
    video's channel), with their indexes; else 0. Names are stepped over only when no
    line between the headline and the date was removed: chrome between them marks another
    block of the page."""
    names: list[int] = []
    removed = False
    for j in range(i + 1, min(len(lines), i + 8)):
        if j in story_meta:
            return (2, names) if names else (1, names)
        if lines[j].blank:
            removed = removed or not original[j].blank
        elif len(names) < 2 and _name_like(lines[j].text):
            names.append(j)
        else:
            return 0, []
        if names and removed:
            return 0, []
    return 0, []


def _meta_above(i: int, story_meta: frozenset[int], lines: list[Line]) -> int | None:
    """The byline or date line right before ``i`` (blank or removed lines skipped, up to
    a few), if there is one."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if j in story_meta:
            return j
        if not lines[j].blank:
            return None
    return None


def _stands_alone(original: list[Line], lines: list[Line], i: int) -> bool:
    """A headline sits in a paragraph of its own: the lines on either side are blank or
    removed, and at least one of them is blank on the page (a nav item between two
    removed nav items does not stand alone). A line of one or two words (a nav item or a
    section tag as often as a headline) needs blank lines on the page on both sides."""
    sides = [k for k in (i - 1, i + 1) if 0 <= k < len(lines)]
    if i + 1 < len(lines) and _dek(lines[i].text, lines[i + 1].text):
        sides.remove(i + 1)  # a headline with its one-sentence summary right below it
    if not all(lines[k].blank for k in sides):
        return False
    if len(lines[i].text.split()) < 3:
        return all(original[k].blank for k in sides)
    return any(original[k].blank for k in sides) or not sides


def _dek(headline: str, below: str) -> bool:
    """Is ``below`` a headline's dek: one sentence of summary under a line that ends
    no sentence, and longer than it?"""
    head, dek = headline.strip(), below.strip()
    return (
        bool(head) and head[-1] not in ".?!" and dek.endswith(".") and dek.count(". ") == 0
        and len(dek.split()) > len(head.split())
    )


def find_station(removed: Iterable[tuple[str, str]]) -> str | None:
    """The outlet named by the page chrome: call letters ("© 2024 KMUW"), else NPR or CNN
    when their own footers or notices were removed. ``removed`` holds (text, rule) pairs."""
    fallback = None
    for text, rule in removed:
        m = STATION.search(text)
        if m:
            return m.group(1)
        if fallback is None and rule in OUTLET_RULES:
            fallback = OUTLET_RULES[rule]
    return fallback
