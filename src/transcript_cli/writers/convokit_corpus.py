"""``convokit``: a ConvoKit corpus folder, loadable with ``convokit.Corpus(filename=DIR)``.

One conversation per transcript; one utterance per speech turn, each replying to the
one before. Cues (event turns) are not utterances: they are kept, with their position,
in the conversation's ``events``. The files are the ones ConvoKit's own ``dump``
writes: ``utterances.jsonl``, ``speakers.json``, ``conversations.json``, ``corpus.json``
and ``index.json`` (the type index of every metadata field).

Utterance ``timestamp`` is the page's own time stamp in seconds, or null: estimates
have no place in research data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import PurePath

from ..models import Transcript, TurnKind
from ..options import RenderOptions

UNATTRIBUTED = "unattributed"  # speaker id of speech turns the page names nobody for
FILES = ("utterances.jsonl", "speakers.json", "conversations.json", "corpus.json", "index.json")


def conversation_key(t: Transcript) -> str:
    """A readable id for the transcript: its file name, else its title, as a slug."""
    base = PurePath(t.source.path).stem if t.source.path else (t.title or "")
    slug = re.sub(r"[^\w-]+", "-", base.lower()).strip("-")
    return slug or "transcript"


def _types(records: Iterable[Mapping[str, object]]) -> dict[str, list[str]]:
    """ConvoKit's index: for each metadata field, the Python types its values have."""
    index: dict[str, list[str]] = {}
    for meta in records:
        for key, value in meta.items():
            seen = index.setdefault(key, [])
            kind = f"<class '{type(value).__name__}'>"
            if value is not None and kind not in seen:
                seen.append(kind)
    return index


def _dump(obj: object) -> str:
    return json.dumps(obj)  # ASCII, as ConvoKit writes it: it reads in the locale encoding


def render_convokit(t: Transcript, options: RenderOptions) -> dict[str, str]:
    """The corpus files, by name."""
    key = conversation_key(t)
    utterances: list[dict[str, object]] = []
    speakers: dict[str, dict[str, object]] = {}
    events: list[dict[str, object]] = []
    for s in t.speakers:
        speakers[s.id] = {
            "name": s.name,
            "labels": s.labels,
            "role": s.role.value if s.role else None,
            "role_reason": s.role_reason,
            "title": s.title,
            "turns": s.turns,
            "words": s.words,
        }
    metas: list[dict[str, object]] = []
    first: str | None = None  # ConvoKit names a conversation after its first utterance
    previous: str | None = None
    for turn in t.turns:
        if turn.kind is TurnKind.EVENT:
            events.append({"index": turn.index, "text": turn.text})
            continue
        speaker = turn.speaker or UNATTRIBUTED
        if speaker not in speakers:
            speakers[speaker] = {
                "name": None, "labels": [], "role": None, "role_reason": None,
                "title": None, "turns": 0, "words": 0,
            }
        uid = f"{key}-{turn.index:04d}"
        first = first or uid
        meta: dict[str, object] = {
            "index": turn.index,
            "label": turn.label,
            "notes": turn.notes,
            "inferred": turn.inferred.reason if turn.inferred else None,
            "lines": list(turn.lines),
        }
        metas.append(meta)
        utterances.append(
            {
                "id": uid,
                "conversation_id": first,
                "text": turn.text,
                "speaker": speaker,
                "meta": meta,
                "reply-to": previous,
                "timestamp": turn.start,
                "vectors": [],
            }
        )
        previous = uid
    conversation_id = first or key
    conversation = {
        "title": t.title,
        "station": t.source.station,
        "source": t.source.path,
        "events": events,
    }
    corpus = {"name": key, "title": t.title, "source": t.source.path, "warnings": t.warnings}
    index = {
        "utterances-index": _types(metas),
        "speakers-index": _types(speakers.values()),
        "conversations-index": _types([conversation]),
        "overall-index": _types([corpus]),
        "version": 1,
        "vectors": [],
    }
    return {
        "utterances.jsonl": "".join(_dump(u) + "\n" for u in utterances),
        "speakers.json": _dump({sid: {"meta": m, "vectors": []} for sid, m in speakers.items()}),
        "conversations.json": _dump({conversation_id: {"meta": conversation, "vectors": []}}),
        "corpus.json": _dump(corpus),
        "index.json": _dump(index),
    }
