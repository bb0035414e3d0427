"""The typed transcript: the models are the wire format.

JSON and JSONL come straight from these models and ``transcript schema`` is
generated from them, so the JSON contract lives here and nowhere else.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class TurnKind(StrEnum):
    """What a turn holds."""

    SPEECH = "speech"
    EVENT = "event"


class Role(StrEnum):
    """What part a speaker plays, where the page shows it."""

    HOST = "host"
    GUEST = "guest"
    REPORTER = "reporter"
    CLIP = "clip"
    UNIDENTIFIED = "unidentified"


class InputFormat(StrEnum):
    """How the page text was marked up when it arrived."""

    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Model):
    """Where the page came from and how it was read."""

    path: str | None = Field(default=None, description="The input path, or null for stdin/text.")
    station: str | None = Field(
        default=None, description="Station or outlet named by the page's chrome, e.g. 'KMUW'."
    )
    format: InputFormat = Field(default=InputFormat.TEXT, description="Markup of the input.")
    encoding: str | None = Field(default=None, description="Encoding the bytes were decoded with.")
    lines: int = Field(default=0, description="Number of lines in the source text.")


class Speaker(_Model):
    """One person, with every label the page writes them under."""

    id: str = Field(description="Stable id within this transcript, e.g. 'madiha-afzal'.")
    name: str = Field(description="Display name in natural case, e.g. 'Madiha Afzal'.")
    labels: list[str] = Field(description="Every label of this person exactly as written.")
    role: Role | None = Field(default=None, description="host, guest, reporter, clip, ...")
    role_reason: str | None = Field(default=None, description="Why the role was given.")
    title: str | None = Field(
        default=None, description="Honorific or description, e.g. 'Dr.' or 'CNN CORRESPONDENT'."
    )
    turns: int = Field(default=0, description="Number of speech turns.")
    words: int = Field(default=0, description="Number of spoken words.")


class Inference(_Model):
    """Why a turn with no label in the source was given a speaker."""

    speaker: str = Field(description="The inferred speaker's id.")
    reason: str = Field(description="The evidence, in words.")


class Turn(_Model):
    """One turn: a speaker's words, or a cue standing alone."""

    index: int = Field(description="0-based position in the transcript.")
    speaker: str | None = Field(description="Speaker id, or null when the source names nobody.")
    label: str | None = Field(description="The label as written on this turn, or null.")
    kind: TurnKind = Field(description="'speech' for spoken words, 'event' for cues.")
    text: str = Field(description="The words without the label; paragraphs joined by a blank line.")
    lines: tuple[int, int] = Field(description="First and last source line (1-based, inclusive).")
    notes: list[str] = Field(
        default_factory=list, description="Delivery notes such as 'Through interpreter'."
    )
    inferred: Inference | None = Field(
        default=None, description="Set when the speaker was inferred, not labeled."
    )
    start: float | None = Field(
        default=None, description="Start time in seconds, where the page gives one."
    )


class RemovedLine(_Model):
    """A line, or part of a line, the parser removed, and the rule that removed it."""

    line: int = Field(description="1-based source line.")
    text: str = Field(description="The removed text.")
    rule: str = Field(description="Name of the rule that removed it.")


class Transcript(_Model):
    """A parsed page: title, speakers, turns in order, and an account of what was removed."""

    title: str | None = Field(default=None, description="The story headline, if the page has one.")
    title_line: int | None = Field(default=None, description="1-based line of the title.")
    source: Source = Field(default_factory=Source)
    speakers: list[Speaker] = Field(default_factory=list)
    turns: list[Turn] = Field(default_factory=list)
    boilerplate: list[RemovedLine] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="Things the user should know.")

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker with this id, or None."""
        for s in self.speakers:
            if s.id == speaker_id:
                return s
        return None
