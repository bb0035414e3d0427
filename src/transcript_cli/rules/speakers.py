"""Speaker rule tables: what a label's description says about a role, and the phrases
with which hosts introduce guests and themselves."""

from __future__ import annotations

import re

from ..models import Role

# (pattern over a label's suffix or parenthetical, role). First match wins.
ROLE_SUFFIXES: tuple[tuple[re.Pattern[str], Role], ...] = (
    (re.compile(r"\b(?:co-?)?hosts?\b|\banchor\b|\bpresenter\b|\bmoderator\b", re.I), Role.HOST),
    (re.compile(r"\bbyline\b|\breport(?:ing|er)\b|\bcorrespondent\b", re.I), Role.REPORTER),
    (re.compile(r"\bguest\b|\binterviewee\b", re.I), Role.GUEST),
    (re.compile(r"\binterviewer\b|\bquestioner\b", re.I), Role.HOST),
)

# A host introducing a guest: the guest's name follows within a few words.
INTRODUCTIONS = re.compile(
    r"\bjoin(?:ed|s|ing)? (?:us )?(?:now |today |here )?(?:by|from)?\b"
    r"|\bwelcome(?: to the (?:program|show|studio))?,?"
    r"|\bmy guest(?:s)? (?:is|are|today is)\b|\bour guest(?:s)? (?:is|are)\b"
    r"|\bwith us (?:now|today)?\b",
    re.IGNORECASE,
)

# A guest named just before the welcome: "Karen Ito, welcome." The name stands in the
# few words before the match.
WELCOME_AFTER_NAME = re.compile(r",\s*(?:welcome|thanks for joining us|thank you for joining us)\b",
                                re.IGNORECASE)

# A speaker naming themselves: "I'm Steve Inskeep", "This is Terry Gross".
SELF_INTRODUCTION = re.compile(r"\b(?:i['’]?m|i am|this is|my name is)\s", re.IGNORECASE)

# A clip: the turn right after a cue such as "(SOUNDBITE OF ARCHIVED RECORDING)".
CLIP_CUES = re.compile(r"\b(?:soundbite|archived|recording|clip|tape)\b", re.I)
