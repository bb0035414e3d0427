"""Boilerplate rule tables: site chrome, disclaimers, page furniture.

Each rule has a name (reported in the transcript's ``boilerplate`` list), a reason,
and a pattern. ``LINE_RULES`` patterns must match a whole line (stripped);
``INLINE_RULES`` remove a span inside a line and keep the rest. No station, show or
person is named: call letters, dates and names are shapes. Adding a site is adding
rows here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


class RuleTable:
    """Rules tried in order, compiled into one alternation so a line is matched once."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        parts = []
        for k, rule in enumerate(rules):
            flags = "i" if rule.flags & re.IGNORECASE else "-i"
            parts.append(f"(?P<r{k}>(?{flags}:{rule.pattern}))")
        self._regex = re.compile("|".join(parts))

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def first(self, line: str) -> Rule | None:
        """The first rule that matches the whole (stripped) line, or None."""
        m = self._regex.fullmatch(line.strip())
        if m is None:
            return None
        # An alternation tries its branches in order, so the group that matched is the
        # first rule whose pattern can match the whole line.
        return self.rules[int(str(m.lastgroup)[1:])]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    reason: str
    pattern: str
    flags: int = re.IGNORECASE
    # For rules searched inside lines: lower-case text one of which a line must contain for
    # the rule to match it, so that most lines are passed over without running the regex.
    hints: tuple[str, ...] = ()

    @property
    def regex(self) -> re.Pattern[str]:
        """The rule on its own, compiled on first use (whole-line rules are matched through
        their table's one combined pattern, so most are never compiled alone)."""
        return re.compile(self.pattern, self.flags)


_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_TZ = r"(?:[ECMP][SD]?T|GMT|UTC)"
_CALL_LETTERS = r"[KW][A-Z]{2,4}(?:-(?:FM|AM|TV))?"
_PHOTO_AGENCY = (
    r"(?:NPR|AP|Getty Images|AFP|AFP via Getty Images|Reuters|Bloomberg via Getty Images|"
    r"The Washington Post via Getty Images|Pool|Shutterstock|iStockphoto|Courtesy of [^/]{1,60}|"
    r"[A-Z][A-Za-z.&' -]{1,40} via Getty Images|[A-Z]{3,5}|For NPR)"
)

LINE_RULES = RuleTable((
    # --- member-station page chrome (any call letters) --------------------------------
    Rule("station-copyright", "a station's copyright line in the page footer",
         rf"©\s*\d{{4}}\s+(?:{_CALL_LETTERS}|NPR|[A-Z][\w&.' -]{{1,40}})\.?"),
    Rule("play-live-radio", "the live-stream player button", r"Play Live Radio"),
    Rule("next-up", "the player's up-next heading", r"Next Up:?"),
    Rule("player-time", "the audio player's elapsed and total time",
         r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*){1,3}"),
    Rule("listen-duration", "the audio player's listen button and duration",
         r"Listen\s*(?:[•·|-]\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?|\d+\s*(?:min|minutes?|sec))"),
    Rule("on-air-stations", "the station picker", r"Available On Air Stations"),
    Rule("promo-banner", "a station promo banner ('Stay tuned to ... for ...')",
         r"Stay tuned to .{2,80} for .{3,200}"),
    Rule("station-nav", "station site navigation and sharing buttons",
         r"(?:Donate|Donate Now|Listen Live|All Streams|Site Search|Sponsor Message|"
         r"Become a Sponsor|Support Local Journalism|Loading\.{0,3}|Related Content|Share|"
         r"Facebook|Twitter|LinkedIn|Email|Print|Tags|Close Menu|Search|Menu|Skip to Content|"
         r"Schedule|Programs|Podcasts|Newsletters?|Sign Up|Subscribe|Contact Us|About Us|"
         r"Privacy Policy|Terms of Use|Read More|Show More|Show Less|Advertisement|"
         r"Facebook\s+Twitter(?:\s+\w+){0,4}|Facebook\s+Flipboard\s+Email|Copy Link|"
         r"Latest Stories|Related Stories|More Stories(?: From [\w ]{1,40})?|Sponsored|"
         r"Become an? [\w ]{0,20}sponsor|See stories by [\w.'’ -]{2,60}|Media Options|"
         r"Download (?:Audio|Video|Transcript|MP3)|Guests?|Links|Topics|Headlines|"
         r"Watch Full Show|Listen to (?:the )?(?:Story|Episode)|Story continues below|"
         r"Return to Transcripts main page|Print this page|Email this page)"),
    Rule("on-air-now", "the station's stream picker ('On Air Now Playing WUKY')",
         r"(?:[-*•]\s*)?On Air Now(?: Playing .{1,80})?"),
    Rule("site-chrome", "site navigation, cookie and search furniture",
         r"(?:Skip to (?:main )?content|Search Query|Show Search|Hide Search|Main Menu|"
         r"Open Navigation Menu|Close Navigation Menu|Expand/collapse submenu for .{1,60}|"
         r"CNN\.com\s*-\s*Transcripts|Transcript Providers|"
         r"This website (?:stores|uses) cookies.*|We use cookies.*|Accept (?:all )?cookies|"
         r"A 501\(c\)\(?3\)? non-?profit organization\.?|Lobby Hours:.*|"
         r"For general inquiries:.*)"),
    Rule("transcription-service-promo", "a transcription service's promo (Rev and others)",
         r"(?:Transcribe Your Own Content.*|Try Rev for free.*|Rev is the largest.*|"
         r"Transcribe or caption speeches.*|Click to watch)"),
    Rule("support-appeal", "a donation appeal",
         r"(?:Your (?:gift|donation|support) .{0,200}|Support (?:for|comes from) .{0,200}|"
         r"(?:Please )?(?:donate|give) (?:now|today) .{0,200})"),
    Rule("published-date", "a page's publication or update date",
         rf"(?:Published|Updated|Posted|Originally published)\s*:?\s+{_MONTH}\s+\d{{1,2}},?"
         rf"\s+\d{{4}}(?:\s*(?:at|,)?\s*\d{{1,2}}:\d{{2}}\s*[AP]\.?M\.?(?:\s+{_TZ})?)?"),
    Rule("program-name", "a program's name standing alone as a section tag on a station page",
         r"(?:Morning Edition|All Things Considered|Weekend Edition(?: Saturday| Sunday)?|"
         r"Here & Now|Here and Now|Fresh Air|On Point|The Takeaway|Marketplace|1A|"
         r"Planet Money|The Indicator|Wait Wait\.{0,3} ?Don't Tell Me!?|Democracy Now!?|"
         r"PBS News ?Hour|NewsHour|Weekend Edition|Morning Edition Saturday|Up First|"
         r"Consider This|Throughline|Code Switch|It's Been a Minute|Hidden Brain|"
         r"TED Radio Hour|Short Wave|Life Kit|Snap Judgment|This American Life|"
         r"The World|BBC Newshour|Latino USA|Science Friday|Radiolab|"
         r"CNN Newsroom|New Day|Early Start|Anderson Cooper 360|The Situation Room|"
         r"State of the Union|Amanpour|Local News|National News|Politics|World|Business|"
         r"Health|Science|Arts & Culture|Culture|Education|Environment|Opinion)"),
    Rule("heard-on", "the 'Heard on <program>' tag of an npr.org story",
         r"Heard on (?:Morning Edition|All Things Considered|Weekend Edition \w+|Fresh Air|"
         r"Here & Now|[A-Z][\w&' ]{2,40})"),
    # --- npr.org page copies --------------------------------------------------------------
    Rule("listen-length", "the npr.org audio length button ('26-Minute Listen')",
         r"\d{1,3}-Minute Listen"),
    Rule("player-buttons", "npr.org player and story buttons",
         r"(?:Download|Transcript|Embed|Playlist|Toggle more options|Enlarge this image|"
         r"hide caption|toggle caption|Listen|Listen · \d+:\d{2}|Queue|Add to playlist)"),
    Rule("fused-date", "a story date with its time, often fused ('December 15, 20239:31 PM ET')",
         rf"{_MONTH}\s+\d{{1,2}},\s*\d{{4}}\s*\d{{1,2}}:\d{{2}}\s*[AP]\.?M\.?(?:\s+{_TZ})?"),
    Rule("story-date", "a bare story date line", rf"{_MONTH}\s+\d{{1,2}},\s*\d{{4}}"),
    Rule("byline", "a byline ('By Mary Childs')",
         r"By(?:\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*"
         r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}){0,4})?", 0),
    Rule("byline-fragment", "the comma or 'and' between byline names on a copied page",
         r"(?:,|and|&)"),
    Rule("photo-credit", "a photo credit ('Willa Rubin/NPR', 'Nik Wheeler/Getty Images')",
         rf"[A-Z][\w.'’ -]{{1,60}}\s*/\s*{_PHOTO_AGENCY}", 0),
    Rule("photo-caption-credit", "a photo caption ending in its credit ('... (AP Photo/X)')",
         r".{3,400}\((?:AP Photo|Photo|Photo by|Photo courtesy of|Image|Image credit|Credit)"
         r"\b[^()]{0,100}\)\.?"),
    Rule("image-credit", "an image credit line ('Image Credit: ...')",
         r"(?:Image|Photo|Video)\s+(?:Credit|Source)s?:\s*.{1,120}"),
    Rule("aired-on", "a broadcast date header ('Aired September 17, 2014 - 05:30 ET')",
         rf"Aired\s+{_MONTH}\s+\d{{1,2}},\s*\d{{4}}(?:\s*-\s*\d{{1,2}}:\d{{2}}(?:\s*{_TZ})?)?"),
    Rule("photo-credit-courtesy", "a photo credit ('Courtesy of ...', 'Photo by ...')",
         r"(?:Courtesy of|Photo by|Photograph by|Photo:|Image:|Illustration by)\s.{2,100}"),
    # --- disclaimers and copyright ----------------------------------------------------------
    Rule("npr-disclaimer", "NPR's rush-deadline transcript notice",
         r"NPR transcripts are created on a rush deadline.*"),
    Rule("npr-copyright", "NPR's copyright footer",
         r"Copyright\s*(?:©|\(c\))?\s*\d{4}\s+NPR\b.*"),
    Rule("transcript-provided", "the 'Transcript provided by NPR' footer",
         r"Transcript provided by NPR,?\s*Copyright\s*(?:©\s*)?(?:\d{4}\s+)?NPR\.?"),
    Rule("cnn-rush-transcript", "CNN's rush-transcript notice",
         r"THIS IS A RUSH TRANSCRIPT\. THIS COPY MAY NOT BE IN ITS FINAL FORM.*", 0),
    Rule("rush-transcript", "a rush-transcript notice",
         r"This is a rush transcript\..*|This transcript may not be in its final form.*|"
         r"Copy may not be in its final form\.?"),
    Rule("copyright", "a copyright or rights line",
         r"(?:Copyright|©)\s*(?:©\s*)?\d{4}.{0,200}(?:rights reserved|permission|terms of use|"
         r"all rights|\.com|\.org)\.?.*"),
    Rule("npr-terms", "the terms-of-use sentence of old npr.org transcripts",
         r"(?:No quotes from the materials contained herein|This transcript is provided for "
         r"personal, noncommercial use).*"),
    Rule("creative-commons", "a licence notice",
         r"The original content of this program is licensed under .*"),
    Rule("end-marker", "a transcript's closing marker", r"(?:END|\[END\]|-?30-)", 0),
    # --- podcast show notes and promos --------------------------------------------------
    Rule("find-us", "a 'Find us' social-media promo", r"Find (?:us|more [\w ]{1,40}):.*"),
    Rule("subscribe-promo", "a subscription promo",
         r"(?:Subscribe to (?:our|the|this|\w+'s)|Sign up for (?:our|the)|Follow us on) .{3,200}"),
    Rule("music-credits", "the episode's music credits", r"Music:\s.*"),
    Rule("support-promo", "a support or bonus-episode promo",
         r"(?:Help support|Always free at these links|Get bonus episodes|"
         r"For more .{1,80}, subscribe)\b.*"),
    Rule("show-note", "a show note about the episode",
         r"Note: This (?:episode|story|segment|interview|conversation|show) .*"),
    # --- markdown and text furniture ----------------------------------------------------
    Rule("url", "a bare link line", r"<?(?:https?://|www\.)\S+>?"),
    Rule("source-link", "a 'Source: <link>' line", r"(?:>\s*)?(?:Source|Via|From):\s*\S+://\S+"),
    Rule("rule-line", "a horizontal rule", r"(?:-{3,}|\*{3,}|_{3,}|={3,})"),
    Rule("md-heading", "a markdown heading", r"#{1,6}(?:\s.*)?", 0),
    Rule("empty-list-item", "an empty list item", r"[-*+]"),
    Rule("md-link-line", "a markdown link standing alone",
         r"!?\[[^\]\n]{1,200}\]\((?:https?://|/)[^)\s]{1,500}\)"),
))

INLINE_RULES: tuple[Rule, ...] = (
    Rule("dateline", "a program-and-date line before the first label ('Morning Edition, "
         "October 3, 2006 · ')",
         rf"^\s*[A-Z][\w&'’ ]{{2,60}},\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\s*[·•|]\s*", 0,
         hints=("·", "•", "|")),
    Rule("sentence-id", "a sentence id from a dataset export ('[s0131] ')",
         r"^\s*\[s\d{2,6}\]\s*", 0, hints=("[s",)),
    Rule("inline-annotation", "a reader's note or IPA in backticks glued to the text",
         r"```[^`\n]{0,400}```", 0, hints=("```",)),
    # These two are searched for inside a line. Each opens with (?<!\s): the leftmost
    # match starts where a run of spaces starts anyway, and without it a search would
    # rescan a long run from each of its spaces (quadratic in the run's length).
    Rule("transcript-provided", "the 'Transcript provided by NPR' footer at the end of a line",
         r"(?<!\s)\s*Transcript provided by NPR,?\s*Copyright\s*(?:©\s*)?(?:\d{4}\s+)?NPR\.?\s*$",
         hints=("transcript provided",)),
    Rule("subscribe-promo", "a newsletter promo glued to a blurb",
         r"(?<!\s)\s*\|\s*Subscribe to [^.|]{1,80}\.?\s*$", hints=("subscribe",)),
)

# Lines that end the page's front matter and begin its transcript: what comes before
# the last of them (above the first label) is page furniture.
TRANSCRIPT_MARKERS = RuleTable((
    Rule("transcript-url", "the transcript's own URL, printed above it",
         r"<?https?://\S*/transcripts?/\S*>?"),
    Rule("transcript-heading", "a 'Transcript' heading above the transcript",
         r"(?:#{1,6}\s*)?(?:\*\*)?(?:Transcript|Transcribe|Full Transcript|TRANSCRIPT)"
         r"(?:\*\*)?\s*:?"),
    Rule("rule-line", "a horizontal rule between show notes and transcript",
         r"(?:-{3,}|\*{3,}|_{3,})"),
))

# Lines that close a transcript: what follows the first of them after the last label is
# page footer (author bios, tags, more stories), not speech.
CLOSING_RULES: frozenset[str] = frozenset(
    {"npr-disclaimer", "npr-copyright", "transcript-provided", "copyright",
     "station-copyright", "end-marker", "creative-commons"}
)

# Story furniture printed right under a headline: a line just above these is the title.
STORY_META_RULES: frozenset[str] = frozenset(
    {"byline", "published-date", "fused-date", "story-date", "listen-length", "listen-duration",
     "aired-on"}
)

# Rules whose footer names the outlet when no call letters are on the page.
OUTLET_RULES: dict[str, str] = {
    "npr-copyright": "NPR",
    "npr-disclaimer": "NPR",
    "transcript-provided": "NPR",
    "cnn-rush-transcript": "CNN",
}

# Print-style quotation ("...," says Williams) marks text written for the web, not air.
PRINT_ATTRIBUTION = re.compile(
    r"[,.?!][\"”]\s*(?:[A-Z][a-z]+\s+)?(?:says|said)\b|"
    r"\b(?:says|said)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*[\"“]|"
    r"[\"”],?\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:says|said)\b"
)

# A station's name in its chrome: "© 2024 KMUW", "Stay tuned to WBUR and NPR".
STATION = re.compile(rf"(?:©\s*\d{{4}}\s+|Stay tuned to\s+)({_CALL_LETTERS})\b")
