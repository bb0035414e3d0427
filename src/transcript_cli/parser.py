"""The pipeline: text in, a validated ``Transcript`` out. No I/O, no terminal.

read -> strip boilerplate -> find the title -> split turns -> resolve speakers.
"""

from __future__ import annotations

import re

from . import boilerplate, metadata, speakers
from .errors import NoTurns
from .labels import Grammar
from .markup import html_to_lines, sniff
from .models import (
    Inference,
    InputFormat,
    RemovedLine,
    Role,
    Source,
    Speaker,
    Transcript,
    Turn,
    TurnKind,
)
from .options import ParseOptions
from .reading import Line, normalise_newlines, split_lines
from .rules.boilerplate import STORY_META_RULES
from .rules.speakers import CLIP_CUES
from .textfix import fix_text
from .turns import RawTurn, split_turns

DEFAULT_OPTIONS = ParseOptions()
_WORDS = re.compile(r"\w+(?:['’]\w+)*")
_MARKUP_ONLY = re.compile(r"(?:<[^<>]*>\s*)+|[\W_]+")  # the text is stripped first


def parse(
    text: str,
    *,
    options: ParseOptions = DEFAULT_OPTIONS,
    path: str | None = None,
    encoding: str | None = None,
) -> Transcript:
    """Parse the text of one page into a ``Transcript``.

    Raises ``NoTurns`` when nothing of the page is left to be a turn.
    """
    if options.fix_text:
        text = fix_text(text)
    text = normalise_newlines(text)
    raw = split_lines(text)
    removed: list[RemovedLine] = []

    front = boilerplate.front_matter(raw)
    body = raw
    if front is not None:
        for line in raw[: front.end]:
            if not line.blank:
                removed.append(
                    RemovedLine(line=line.first, text=line.text.strip(), rule="front-matter")
                )
        body = raw[front.end :]

    fmt = options.input_format or sniff("\n".join(ln.text for ln in body))
    html_title: tuple[str, int] | None = None
    lines: list[Line] = body
    if fmt is InputFormat.HTML and body:
        html = html_to_lines("\n".join(ln.text for ln in body), body[0].first)
        lines = html.lines
        removed.extend(html.removed)
        if html.title and html.title_line is not None:
            html_title = (html.title, html.title_line)

    grammar = Grammar.for_page([ln.text for ln in lines])
    page = boilerplate.Page(lines)
    boilerplate.strip_lines(page, grammar)
    found = boilerplate.first_label(page.lines, grammar)
    meta_lines = {r.line for r in page.removed if r.rule in STORY_META_RULES}
    story_meta = frozenset(i for i, ln in enumerate(page.lines) if ln.first in meta_lines)
    title = metadata.find_title(
        lines, page.lines, front, html_title, found[0] if found else None, grammar, story_meta
    )
    protect: set[int] = set()
    if title is not None and title.index is not None:
        protect.add(title.index)
    if title is not None and title.continuation is not None:
        page.drop(title.continuation, "title-continuation")
    if title is not None:
        _drop_title_repeats(page, title, found[0] if found else len(page.lines))
    boilerplate.strip_regions(page, protect, grammar)
    removed.extend(page.removed)

    raw_turns = split_turns(page.lines, protect, grammar)
    if not raw_turns:
        raise NoTurns("no speaker turns found: the page holds no transcript text")
    warnings: list[str] = []
    if not any(t.label for t in raw_turns):
        warnings.append("no speaker labels found; the text is kept as unattributed turns")

    resolution = speakers.resolve([t.label for t in raw_turns if t.label])
    warnings.extend(resolution.warnings)
    _assign_roles(raw_turns, resolution)
    inferred = _infer(raw_turns, resolution) if options.infer_speakers else {}

    turns = _build_turns(raw_turns, resolution, inferred)
    del raw_turns  # a large page's turns are not held twice while the rest is built
    speaker_models = _build_speakers(resolution, turns)
    title_line = title.line if title is not None else None
    removed = _account(raw, removed, turns, title_line)
    return Transcript(
        title=title.text if title is not None else None,
        title_line=title_line,
        source=Source(
            path=path,
            station=metadata.find_station((r.text, r.rule) for r in removed),
            format=fmt,
            encoding=encoding,
            lines=len(raw),
        ),
        speakers=speaker_models,
        turns=turns,
        boilerplate=removed,
        warnings=warnings,
    )


def _drop_title_repeats(page: boilerplate.Page, title: metadata.Title, stop: int) -> None:
    """The headline printed again above the transcript is not speech."""
    want = re.sub(r"\W+", " ", title.text).strip().lower()
    for i in range(min(stop, len(page.lines))):
        if i == title.index or page.lines[i].blank:
            continue
        if re.sub(r"\W+", " ", page.lines[i].text).strip().lower() == want:
            page.drop(i, "title-repeat")


def _assign_roles(raw_turns: list[RawTurn], res: speakers.Resolution) -> None:
    for person in res.people:
        stated = speakers.role_from_labels(person)
        if stated:
            person.role, person.role_reason = stated
    # A speaker whose every turn follows a soundbite/recording cue is a clip.
    turns_of: dict[int, list[int]] = {}
    for k, t in enumerate(raw_turns):
        if t.label:
            turns_of.setdefault(id(res.by_label[t.label]), []).append(k)
    for person in res.people:
        if person.role is not None:
            continue
        mine = turns_of.get(id(person), [])
        if mine and all(
            k > 0 and raw_turns[k - 1].kind == "event" and CLIP_CUES.search(raw_turns[k - 1].text)
            for k in mine
        ):
            person.role = Role.CLIP
            person.role_reason = "each of their turns follows a soundbite cue"
    # The speaker who introduces another is the host; the one introduced is the guest.
    mentions = speakers.Mentions(res.people)
    for t in raw_turns:
        if not t.label or t.kind != "speech":
            continue
        windows = speakers.introduction_windows(t.text)
        if not windows:
            continue
        speaker = res.by_label[t.label]
        for other in mentions.named_in(windows):
            if other is speaker:
                continue
            if other.role is None:
                other.role = Role.GUEST
                other.role_reason = f"introduced by {speaker.name}"
            if speaker.role is None:
                speaker.role = Role.HOST
                speaker.role_reason = f"introduces {other.name}"


def _infer(raw_turns: list[RawTurn], res: speakers.Resolution) -> dict[int, Inference]:
    """Speakers for unlabeled turns, only where the page makes them certain."""
    out: dict[int, Inference] = {}
    hosts = [p for p in res.people if p.role is Role.HOST]
    labeled = [t for t in raw_turns if t.label]
    for k, t in enumerate(raw_turns):
        if t.label or t.kind != "speech" or not (t.intro or t.back_announce):
            continue
        windows = speakers.self_introduction_windows(t.text)
        named = [p for p in res.people if speakers.self_introduced(windows, p)]
        if len(named) == 1:
            out[k] = Inference(
                speaker=named[0].id, reason=f"the speaker says they are {named[0].name}"
            )
            continue
        if len(hosts) != 1:
            continue
        host = hosts[0]
        first_is_host = bool(labeled) and labeled[0].label is not None and (
            res.by_label[labeled[0].label] is host
        )
        if t.intro and not first_is_host and any(
            res.by_label[x.label] is host for x in labeled[:3] if x.label
        ):
            out[k] = Inference(
                speaker=host.id,
                reason=f"unlabeled lead-in above the first label; {host.name} is the host "
                f"({host.role_reason}) and speaks next",
            )
        elif t.back_announce:
            out[k] = Inference(
                speaker=host.id,
                reason=f"back-announce of a clip; {host.name} is the host ({host.role_reason})",
            )
    return out


def _build_turns(
    raw_turns: list[RawTurn], res: speakers.Resolution, inferred: dict[int, Inference]
) -> list[Turn]:
    turns: list[Turn] = []
    for k, t in enumerate(raw_turns):
        sid: str | None = None
        if t.label:
            sid = res.by_label[t.label].id
        elif k in inferred:
            sid = inferred[k].speaker
        turns.append(
            Turn(
                index=len(turns),
                speaker=sid,
                label=t.label,
                kind=TurnKind.SPEECH if t.kind == "speech" else TurnKind.EVENT,
                text=t.text,
                lines=(t.first, t.last),
                notes=t.notes,
                inferred=inferred.get(k),
                start=t.start,
            )
        )
    return turns


def _build_speakers(res: speakers.Resolution, turns: list[Turn]) -> list[Speaker]:
    out: list[Speaker] = []
    counts: dict[str, tuple[int, int]] = {}
    for t in turns:
        if t.speaker is not None and t.kind is TurnKind.SPEECH:
            n, w = counts.get(t.speaker, (0, 0))
            counts[t.speaker] = (n + 1, w + len(_WORDS.findall(t.text)))
    for person in res.people:
        full = person.full
        out.append(
            Speaker(
                id=person.id,
                name=person.name,
                labels=person.labels,
                role=person.role,
                role_reason=person.role_reason,
                title=" ".join(x for x in (full.title, full.description) if x) or None,
                turns=counts.get(person.id, (0, 0))[0],
                words=counts.get(person.id, (0, 0))[1],
            )
        )
    return out


def _account(
    raw: list[Line], removed: list[RemovedLine], turns: list[Turn], title_line: int | None
) -> list[RemovedLine]:
    """Every non-blank source line is in a turn, in the boilerplate, or the title.

    Lines that are left over hold only markup (HTML tags, fence marks) or punctuation;
    they are recorded so that the account is complete.
    """
    # One byte per source line, not a set of numbers: a large page has millions.
    covered = bytearray(max((ln.last for ln in raw), default=0) + 2)
    for r in removed:
        covered[r.line] = 1
    if title_line is not None:
        covered[title_line] = 1
    for t in turns:
        covered[t.lines[0] : t.lines[1] + 1] = b"\x01" * (t.lines[1] + 1 - t.lines[0])
    extra: list[RemovedLine] = []
    for line in raw:
        if line.blank or covered[line.first]:
            continue
        text = line.text.strip()
        rule = "markup" if _MARKUP_ONLY.fullmatch(text) else "unattached"
        extra.append(RemovedLine(line=line.first, text=text, rule=rule))
    return sorted([*removed, *extra], key=lambda r: r.line)
