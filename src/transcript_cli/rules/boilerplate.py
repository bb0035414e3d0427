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

_EMPHASIS = ("*", "_")


class RuleTable:
    """Rules tried in order, compiled into one alternation so a line is matched once.

    A rule with ``hints`` stays out of the alternation and is tried only on lines that
    hold one of them: a pattern that cannot fail at a line's first character ("... All
    rights reserved") would otherwise cost every line of every page."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        parts = []
        self._hinted: list[tuple[int, Rule]] = []  # compiled on first use (re caches it)
        for k, rule in enumerate(rules):
            if rule.hints:
                self._hinted.append((k, rule))
                continue
            flags = "i" if rule.flags & re.IGNORECASE else "-i"
            parts.append(f"(?P<r{k}>(?{flags}:{rule.pattern}))")
        self._regex = re.compile("|".join(parts))
        # Every rule's hints, to tell at once whether a line holds any (most hold none).
        self._hints = tuple(sorted({h for _k, rule in self._hinted for h in rule.hints}))

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def first(self, line: str) -> Rule | None:
        """The first rule that matches the whole (stripped) line, or None. A line wrapped
        in markdown emphasis ("*Thanks for listening ...*") is matched without it."""
        text = line.strip()
        if text[:1] in _EMPHASIS and text[-1:] in _EMPHASIS:
            text = text.strip("*_").strip()
        m = self._regex.fullmatch(text)
        # An alternation tries its branches in order, so the group that matched is the
        # first rule whose pattern can match the whole line.
        best = int(str(m.lastgroup)[1:]) if m is not None else len(self.rules)
        if self._hints:
            low = text.lower()
            for hint in self._hints:
                if hint in low:
                    break
            else:
                return self.rules[best] if best < len(self.rules) else None
            for k, rule in self._hinted:
                if k > best:
                    break
                if any(h in low for h in rule.hints) and rule.regex.fullmatch(text):
                    return rule
        return self.rules[best] if best < len(self.rules) else None


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
_TZ = r"(?:[ECMP][SD]?T|AK[SD]T|H[SD]T|HAST|GMT|UTC|BST|CES?T|AE[SD]T)"
# Podcast apps and platforms, as their names are written in "listen on" lines.
_PLATFORM = (
    r"(?:Apple Podcasts|Apple|Spotify|YouTube(?: Music)?|Google Podcasts|Amazon Music|"
    r"Pocket Casts|Overcast|Stitcher|iHeartRadio|iHeart|TuneIn|NPR One|RSS|Castbox|Audible|"
    r"Podcast Addict|Castro|Deezer|SoundCloud|the NPR App)"
)

# The names of a byline that wrapped onto the next line ("By Ana Ruiz," / "Ben Ito").
BYLINE_RULES = frozenset({"byline", "byline-and-outlet"})
BYLINE_CONTINUATION = re.compile(
    r"\s*(?:and\s+|&\s*)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}){0,4}\s*"
)

# Notices printed right above a transcript (and sometimes at its foot).
_CNN_RUSH = r"THIS IS A RUSH TRANSCRIPT\. THIS COPY MAY NOT BE IN ITS FINAL FORM.*"
_RUSH = (
    r"This is a rush transcript\..*|This transcript may not be in its final form.*|"
    r"Copy may not be in its final form\.?"
)

# A byline's names: "By Mary Childs", "By — Ana Ruiz and Ben Ito".
_BYLINE_NAMES = (
    r"(?:\s*[—–:-])?(?:\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|the|of|for)){0,4}(?:\s*(?:,|and|&)\s*"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}){0,4}(?:\s*\([^()\n]{1,40}\))?)"
)
_BYLINE = rf"[Bb]y{_BYLINE_NAMES}"

# Story-meta date shapes: "Thursday, July 17, 2025", "17 July 2025", "05.16.2025",
# "2025-05-16"; a clock time "6:42 PM EST" or "21:00 ET". Written in title case and
# upper case for the rules that are case-sensitive.
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+)\d{{4}}|"
    rf"\d{{1,2}}\s+{_MONTH}\s+\d{{4}})"
)
_NUMDATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})"
_CLOCK = rf"\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*{_TZ})?"
_CALL_LETTERS = r"[KW][A-Z]{2,4}(?:-(?:FM|AM|TV))?"
# A show's name as the subject of a sentence: capitalised words, joiners, quotes
# ("St. Louis on the Air", "\"Letters and Politics\"").
_SHOW = (
    r"(?-i:[\"“]?[A-Z][\w&'’.!-]*(?:\s+(?:[A-Z][\w&'’.!-]*|on|the|of|and|in|at|for|a|to)){0,6}"
    r"[\"”]?)"
)
# A person's name (two to four capitalised words) and an outlet (one to four), for credits
# such as "Petra Okonkwo/Maine Public".
_PERSON = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
_OUTLET = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|for|via|and)){0,4}"
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
    Rule("player-time", "the audio player's elapsed and total time ('0:00 0:00', or '0:00' "
         "before it plays; another time standing alone is a transcript's time stamp, left to "
         "the turns)",
         r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*){2,3}|0?0:00(?::00)?"),
    Rule("player-status", "a programme player's status and length ('Last on', 'Listen now', "
         "'Episode 14 of 40', '28 minutes', 'Available for over a year')",
         r"(?:Last on|Next on|On now|On air now|Listen now|Play now|Play episode|"
         r"Available (?:now|for over a year|for \d{1,3} (?:days|weeks|months|years))|"
         r"Episode \d{1,4} of \d{1,4}|\d{1,3} (?:minutes|mins?|hours?|hrs?)(?: \d{1,2} "
         r"(?:minutes|mins?))?)"),
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
         r"(?:Please )?(?:donate|give) (?:now|today) .{0,200}|"
         r".{1,80} relies on (?:your|listener|reader|member|community) support\b.{0,200}|"
         r"Become a (?:sustaining )?(?:member|supporter|donor)(?: today| now)?\b.{0,200}|"
         r"Support [\w&.'’ -]{1,60} on (?:Patreon|Substack|Ko-fi|Buy Me a Coffee)\.?)"),
    Rule("published-date", "a page's publication or update date, with its time and poster "
         "('Published June 3, 2024 at 4:15 PM EDT', 'Posted September 9, 2024 by the Staff')",
         rf"(?:Published|Updated|Posted|Last updated|Originally (?:published|posted))"
         rf"(?:\s+on)?\s*:?\s+(?:{_DATE}|{_NUMDATE})(?:\s*(?:at|,|·|\|)?\s*{_CLOCK})?"
         r"(?:\s+by\s+[^\s.!?][^.!?]{0,60})?(?:\s*[·•|]\s*[^·•|\n]{1,30}){0,4}"),
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
         r"Here & Now|[A-Z][\w&'’.!?, -]{2,50})"),
    # --- npr.org page copies --------------------------------------------------------------
    Rule("listen-length", "the npr.org audio length button ('26-Minute Listen')",
         r"\d{1,3}-Minute Listen"),
    Rule("player-buttons", "npr.org player and story buttons",
         r"(?:Download|Transcript|Embed|Playlist|Toggle more options|Enlarge this image|"
         r"hide caption|toggle caption|Listen|Listen · \d+:\d{2}|Queue|Add to playlist|"
         r"Resume|Pause|Play|Mute|Unmute|Rewind \d{1,2}(?: seconds)?|Skip \d{1,2} seconds|"
         # old npr.org story pages
         r"Listen Now(?:\s*\[[^\]\n]{1,30}\])?(?:\s*add to playlist)?|add to playlist|E-?mail|"
         r"Enlarge|NPR Shop|Help|Related NPR Stories)"),
    Rule("editors-note", "an editor's note on the story ('Editor's note: This story contains "
         "...')", r"Editor['’]?s [Nn]ote\s*:\s.{1,400}", 0),
    Rule("embed-code", "the player's embed box ('HTML EMBED:', 'Embed code: <iframe ...>')",
         r"(?:HTML )?Embed(?: code| this| player)?\s*:\s*(?:<.{0,500})?"),
    Rule("fused-date", "a story date with its time, often fused ('December 15, 20239:31 PM ET')",
         rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}},\s*\d{{4}}\s*(?:at\s+|[,·|]\s*)?"
         rf"\d{{1,2}}:\d{{2}}\s*[AP]\.?M\.?(?:\s+{_TZ})?"),
    Rule("section-date", "a section tag fused with the story's date and time "
         "('Health Mar 4, 2025 6:42 PM EST'); the time is required, so a spoken line is not "
         "taken, nor one opening with a preposition or a conjunction",
         r"(?!(?:On|In|At|By|Since|Until|Till|From|Before|After|Through|Around|About|As|Of|"
         r"For|To|And|But|Or|So|Then|Today|Tonight|It|We|I|He|She|They|You)\b)"
         rf"[A-Z][A-Za-z'’-]{{1,24}}(?:\s+&?\s*[A-Z][A-Za-z'’-]{{1,24}}){{0,2}}\s+{_MONTH}\s+"
         rf"\d{{1,2}},\s*\d{{4}}\s*(?:at\s+|,\s*)?\d{{1,2}}:\d{{2}}\s*[AaPp]\.?[Mm]\.?"
         rf"(?:\s+{_TZ})?", 0),
    Rule("story-date", "a bare story date line ('Thursday, July 17, 2025', '05.16.2025'), "
         "perhaps fused to a story-type tag ('StoryFebruary 27, 2025')",
         rf"(?:(?:Story|Interview|Video|Audio|Segment|Episode|Headlines?|News|Podcast)\s*)?"
         rf"(?:{_DATE}|{_NUMDATE})"),
    Rule("program-and-date", "a program's name, a dash and the date it aired ('Letters and "
         "Politics – March 5, 2025 at 10:00am')",
         rf"(?=\S+\s+\S)(?!\S+\s[–—]){_SHOW}\s[–—]\s(?:{_DATE}|{_NUMDATE})"
         rf"(?:\s*(?:at|,)?\s*{_CLOCK})?",
         hints=("–", "—")),
    Rule("date-and-details", "a story date with the episode's details beside it "
         "('March 14, 2024 · 38 min · Season 3'); each part is short",
         # One pattern for the date, compiled once; the lookahead asks for a separator.
         rf"(?=[^\n]{{0,300}}[·•|])(?:[^·•|\n]{{1,30}}[·•|]\s*){{0,3}}(?:{_DATE}|{_NUMDATE})"
         rf"(?:\s*[·•|]\s*[^·•|\n]{{1,30}}){{0,4}}",
         hints=("·", "•", "|")),
    Rule("byline", "a byline ('By Mary Childs', 'By — Mary Childs', 'by Mary Childs,' when "
         "the next name wraps to the next line)",
         rf"[Bb]y(?:{_BYLINE_NAMES})?(?:\s*,)?", 0),
    Rule("byline-and-outlet", "a byline sharing its line with the outlet or section "
         "('KUOW | By Priya Rao', 'By Priya Rao · KUOW')",
         rf"(?=[^\n]{{0,300}}[·•|])(?:[^·•|\n]{{1,40}}[·•|]\s*){{0,2}}{_BYLINE}"
         rf"(?:\s*[·•|]\s*[^·•|\n]{{1,60}}){{0,2}}(?:\s*,)?", 0, hints=("by",)),
    Rule("byline-fragment", "the comma or 'and' between byline names on a copied page",
         r"(?:,|and|&)"),
    Rule("photo-credit", "a photo credit ('Willa Rubin/NPR', 'Nik Wheeler/Getty Images', "
         "'Petra Okonkwo/Maine Public')",
         rf"[A-Z][\w.'’ -]{{1,60}}\s*/\s*{_PHOTO_AGENCY}|{_PERSON}\s*/\s*{_OUTLET}", 0),
    Rule("caption-with-credit", "a photo caption that ends with its credit ('... on Feb. 27, "
         "2025. Micah Oyelaran/CPR News')",
         rf".{{3,400}}(?:[.!?”\"]\s+(?:{_PERSON}\s*/\s*(?:{_OUTLET}|{_PHOTO_AGENCY}))|"
         rf"\s\((?:{_PERSON}\s*/\s*(?:{_OUTLET}|{_PHOTO_AGENCY}))\)\.?)", 0,
         hints=("/",)),
    Rule("agency-credit", "a photo credit naming only the agency ('Getty Images')",
         r"(?:Getty Images|AP Photo|AP Images|Reuters|AFP|iStock(?:photo)?|Shutterstock|"
         r"Unsplash|Courtesy photo)", 0),
    Rule("photo-caption-credit", "a photo caption ending in its credit ('... (AP Photo/X)')",
         r".{3,400}\((?:AP Photo|Photo|Photo by|Photo courtesy of|Image|Image credit|Credit)"
         r"\b[^()]{0,100}\)\.?"),
    Rule("image-credit", "an image credit line ('Image Credit: ...')",
         r"(?:Image|Photo|Video)\s+(?:Credit|Source)s?:\s*.{1,120}"),
    Rule("aired-on", "a broadcast date header ('Aired September 17, 2014 - 05:30 ET', "
         "'Originally aired 05.16.2025')",
         rf"(?:(?:Originally|First)\s+)?(?:Aired|broadcast)(?:\s+on)?\s*:?\s+(?:{_DATE}|{_NUMDATE})"
         rf"(?:\s*(?:-|at|,)?\s*{_CLOCK})?"),
    Rule("video-stats", "a video page's view or subscriber count, with the upload date and "
         "tags ('96,402 views  Jun 11, 2024  #energy', '218K subscribers')",
         rf"\d[\d,.]{{0,12}}[KMB]?\s+(?:views?|subscribers?)(?:\s+(?:{_DATE}|{_NUMDATE}))?"
         r"(?:\s+#[\w-]{1,40}){0,12}"),
    Rule("photo-credit-courtesy", "a photo credit ('Courtesy of ...', 'Photo by ...')",
         r"(?:Courtesy of|Photo by|Photograph by|Photo:|Image:|Illustration by)\s.{2,100}"),
    # --- disclaimers and copyright ----------------------------------------------------------
    Rule("npr-disclaimer", "NPR's rush-deadline transcript notice",
         r"NPR transcripts are created on a rush deadline.*"),
    Rule("npr-copyright", "NPR's copyright footer",
         r"Copyright\s*(?:©|\(c\))?\s*\d{4}\s+NPR\b.*"),
    Rule("transcript-provided", "the 'Transcript provided by NPR' footer",
         r"Transcript provided by NPR,?\s*Copyright\s*(?:©\s*)?(?:\d{4}\s+)?NPR\.?"),
    Rule("cnn-rush-transcript", "CNN's rush-transcript notice", _CNN_RUSH, 0),
    Rule("rush-transcript", "a rush-transcript notice", _RUSH),
    Rule("transcript-order", "a transcript seller's ordering notice ('TO ORDER A VIDEO OF "
         "THIS TRANSCRIPT, PLEASE CALL ...')",
         r"(?:To (?:order|purchase|buy) (?:a )?(?:video|audio|DVD|CD|copies|a copy|"
         r"transcripts?)(?: or (?:audio|video) copy)? of this (?:transcript|program|broadcast|"
         r"show|segment)).{0,300}"),
    Rule("copyright", "a copyright or rights line",
         r"(?:Copyright|©)\s*(?:©\s*)?\d{4}.{0,200}(?:rights reserved|permission|terms of use|"
         r"all rights|\.com|\.org)\.?.*|"
         # "Copyright 2023 WRVU Public Radio. ...": the holder named after the year
         r"(?-i:Copyright\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?,?\s+[A-Z][\w&'’-]*(?:\s+[A-Z]"
         r"[\w&'’-]*){0,5}\b).{0,400}"),
    Rule("npr-terms", "the terms-of-use sentence of old npr.org transcripts",
         r"(?:No quotes from the materials contained herein|This transcript is provided for "
         r"personal, noncommercial use).*"),
    Rule("creative-commons", "a licence notice",
         r"The original content of this program is licensed under .*"),
    Rule("end-marker", "a transcript's closing marker ('END', '-30-', '— End of transcript —')",
         r"(?:END|\[END\]|-?30-|[-–—*=\s]{0,6}[\[(]?(?i:End of (?:the )?(?:transcript|episode|"
         r"show|interview))[\])]?\.?[-–—*=\s]{0,6})", 0),
    Rule("copyright-sign", "a rights line with the holder's name before the year "
         "('© Ledger Media LLC 2024 · All rights reserved')",
         r"(?:©|\(c\)|Copyright ©?)\s*[A-Z][\w&.,'’ -]{0,80}?\b(?:19|20)\d{2}\b.{0,200}", 0),
    Rule("rights-reserved", "a rights notice standing alone",
         r".{0,120}\bAll rights reserved\b.{0,120}", hints=("rights reserved",)),
    Rule("transcript-notice", "a notice on how the transcript was made and how far to trust "
         "it ('Transcripts are machine and human generated ... may contain errors', "
         "'(Transcript generated automatically ... check the audio before quoting.)')",
         r"[(\[]?(?:(?:Notice|Note|Disclaimer|Editor['’]?s note)\s*:\s*|"
         r"(?=(?:Transcripts?|This (?:\w+ )?transcript|The transcript|Transcription|"
         r"This is (?:a|the) transcript)\b))"
         r"(?=.{0,300}?\b(?:transcripts?|transcribed|transcription|captioning)\b)"
         r"(?=.{0,600}?\b(?:(?:may|might|can|could|will) (?:contain|include|have) (?:errors|"
         r"mistakes|inaccuracies)|(?:not be|is not) in (?:its|their) final form|lightly edited|"
         r"edited for (?:clarity|accuracy|length)|for the ear|(?:meant|designed) to be heard|"
         r"before quoting|check the (?:corresponding )?audio|closed captioning|(?:machine|"
         r"computer|automatically|automated)[- ]generated|generated (?:automatically|by machine|"
         r"using)|not (?:be )?(?:a )?verbatim|created by (?:a )?(?:computer|machine)|"
         r"(?:edited|prepared|checked|corrected) by (?:a )?volunteers?|"
         r"(?:machine|automatically)[- ]transcribed|exported from)\b).{10,800}"),
    Rule("transcript-intro", "a line introducing the transcript below it ('The following is "
         "a transcript ...', 'WRVN obtained the following partial transcript ...', 'This "
         "transcript was exported from ...')",
         r"(?:(?:The following|Below|What follows) (?:is|are)\b.{0,60}\btranscripts?\b|"
         r"[A-Z][\w&.'’ -]{1,60} obtained (?:the|a) (?:following )?(?:partial |full |edited |"
         r"complete )?transcript|This transcript (?:was|has been|is) (?:exported|generated|"
         r"created|produced|prepared|provided|edited|made)\b).{0,300}", hints=("transcript",)),
    Rule("article-age", "a notice on an old story ('This article is more than 1 year old.')",
         r"This (?:article|story|post|page) is (?:more than|over) \w{1,8} (?:years?|months?) "
         r"old\.?"),
    Rule("click-here", "a link's call to click", r"Click (?:here|to) .{1,200}"),
    Rule("gloss", "a learner's gloss of a word ('**inelastic demand** = demand that ...')",
         r"(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)\s*=\s*.{1,300}", 0),
    Rule("pager", "previous and next links ('← Day 36 | Day 38 →')",
         r"[←«‹]\s*[^\n]{1,60}?(?:\s*[|·]\s*[^\n]{1,60}?)?\s*[→»›]?|[^\n]{1,60}\s*[→»›]", 0,
         hints=("←", "→", "«", "»", "‹", "›")),
    Rule("related-link", "a related story linked in the text ('Related: Alton's ferry ...')",
         r"(?:Related|RELATED|Read more|See also|Also read)\s*:\s+[A-Z\"“'‘].{1,200}", 0),
    Rule("breadcrumb", "a breadcrumb trail ('Meetings Archive > City Council > 2025')",
         r"[^>›»\n]{1,40}(?:\s+[>›»]\s+[^>›»\n]{1,40}){1,6}", hints=(">", "›", "»")),
    Rule("transcribed-by", "the transcription service's credit ('Transcribed by https://otter.ai')",
         r"(?:Transcribed|Transcript(?:ion)?s?(?: (?:produced|prepared|generated))?) "
         r"(?:by|with|using) (?:https?://)?[\w.&'’ -]{2,80}\.?(?:\s+Corrections?:.{1,200})?"),
    # --- the head and foot of a story page ---------------------------------------------
    Rule("wiki-heading", "a wiki section heading with its edit link ('Act Two[edit]', "
         "'References[edit]')", r".{1,80}\[edit\]", 0, hints=("[edit]",)),
    Rule("wiki-footer", "a wiki's footer sections ('Notes', 'References', 'External links', "
         "'Categories: ...')",
         r"(?:References|External links|See also|Footnotes)(?:\s*\[edit\])?\s*:?|"
         r"Categor(?:y|ies)\s*:\s.{1,300}", 0),
    Rule("credits", "a credit line: a production role and the names that filled it "
         "('Producer: Anwen Pryce', 'Produced by Ana Ruiz and Ben Ito', 'Music by Sol Ferro'); "
         "not in capitals (a label, 'HOST: Jonathan'), not ending a sentence",
         r"(?![A-Z]{2})(?i:(?:(?:Executive|Senior|Series|Supervising|Associate|Assistant|"
         r"Managing)\s+)?"
         r"(?:Producers?|Editors?|Presenters?|Hosts?|Reporters?|Directors?|Engineers?|Composers?|"
         r"Researchers?|Fact[- ]checkers?)|(?:Produced|Edited|Mixed|Written|Reported|Hosted|"
         r"Presented|Directed|Engineered|Researched|Fact[- ]checked|Composed)\s+by|Music(?:\s+by)?|"
         r"Sound design(?:\s+by)?|Theme music(?:\s+by)?|Artwork(?:\s+by)?|Technical director)"
         r"\s*:?\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*"
         r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}){0,6}(?<![.!?])"
         r"(?:\s*[|·•]\s*[A-Z][\w'’ -]{1,30}:\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}){0,6}",
         0),
    Rule("credits-block", "a paragraph of credit sentences, two or more ('Produced by Ana "
         "Ruiz. Edited by Ben Ito. Music by Sol Ferro.')",
         r"(?:(?:(?:Produced|Edited|Mixed|Written|Reported|Hosted|Presented|Directed|Engineered|"
         r"Researched|Fact[- ]checked|Composed|Translated|Illustrated|Translation|Music|"
         r"Original music|Theme music|Sound design|Additional reporting|Artwork)"
         r"(?: and [a-z]+)? by|Voice of [^.\n]{1,60}? (?:read|performed) by|(?:Special )?thanks to)"
         r"\s[^.\n]{2,160}\.\s*){2,12}"),
    Rule("edit-note", "an editor's note on how the text was edited",
         r"(?:Editor['’]?s note:\s*)?(?:This|The) (?:interview|conversation|transcript|segment|"
         r"episode|exchange|Q&A)s? (?:has|have) been (?:lightly )?(?:edited|condensed)(?: and "
         r"(?:condensed|edited))? for (?:length|clarity|brevity|space|readability)(?:,? and "
         r"(?:length|clarity|brevity|space|readability))?\.?"),
    Rule("sponsor-slot", "an underwriting or sponsor slot ('Marketplace is supported by', "
         "'Support Provided By:')",
         r"(?:[A-Z][\w&.'’ -]{0,60} is (?:supported|sponsored|underwritten|brought to you) by|"
         r"Support (?:Provided|is provided) By|Sponsored by|Presented by|Brought to you by|"
         r"Underwriting|Funding (?:for [\w&.'’ -]{1,60} )?(?:is )?provided by)"
         r"\s*:?(?:\s.{0,200})?",
         hints=("support", "sponsor", "underwrit", "presented by", "brought to you", "funding")),
    Rule("footer-heading", "a heading that opens a story page's footer (related links, "
         "tags, comments, episode lists, credits)",
         r"(?:Related(?: Stories| Coverage| Content| Links| Articles| Episodes| Posts| Reading|"
         r" Videos?| Topics)?|More (?:from|on|about|in) [\w&.'’ -]{1,60}|More (?:Stories|"
         r"Episodes|News|to Explore)|Latest (?:Episodes|Stories|News|Videos)|Recent (?:Episodes|"
         r"Posts|Stories)|You (?:may|might) also like|Read (?:more|next)|Up Next|"
         r"Share this(?: story| episode| page| post| article)?|\d+ Comments?|"
         r"Comments?(?: \(?\d{1,7}\)?)?|"
         r"Leave a (?:comment|reply)|Join the discussion|About the (?:author|show|host|program|"
         r"reporter)s?|(?:Previous|Next) (?:episode|post|story|article)(?::\s*.{1,120})?|"
         r"Listen to this segment|"
         r"Watch the full (?:episode|show)|Episode credits|Credits|Further reading|"
         r"Keep reading|Explore more|Trending(?: now)?|Most (?:popular|read|viewed)|"
         r"Broadcasts?|Featured in\.{0,3}|Related (?:Programs|Programmes|Shows|Podcasts|Audio)|"
         r"Programme website|Program website|Show website|"
         r"Back to top|Top of page|TOP|Trending News|Contact(?: us| [“\"].{1,60}[”\"])?|"
         r"Related (?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?)\s*:?"),
    Rule("production-credit", "a show's production credit in a sentence ('Stateside is "
         "produced by Michigan Public ...')",
         rf"{_SHOW} is (?:produced|distributed|co-produced|brought to you) by .{{1,200}}|"
         rf"{_SHOW} is a production of .{{1,200}}|"
         rf"{_SHOW} (?:airs|is heard|can be heard|broadcasts) (?:weekdays|weeknights|daily|"
         rf"every|each|on|at|live|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|"
         rf"Saturdays?|Sundays?)\b.{{0,200}}",
         hints=("produced by", "distributed by", "brought to you by", "production of", " airs ",
                " heard ", " broadcasts ")),
    Rule("guest-line", "a show note naming the guest and what they do ('Guest: Luis Arboleda, "
         "professor of labor history')",
         r"(?-i:Guests?|Featuring|With)\s*:\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
         r"(?:,\s*[^.!?\n]{1,160})?(?:;\s*[A-Z][^.!?\n]{1,200})*\.?", 0),
    Rule("caps-copyright", "a legal footer in capitals ('CONTENT AND PROGRAMMING COPYRIGHT "
         "2025 ...')", r"(?-i:[A-Z ,&-]{0,80}COPYRIGHT\s+(?:©\s*)?\d{4}).{0,800}",
         hints=("copyright",)),
    Rule("source-outlet", "a short 'Source:' line naming the outlet",
         r"Source:\s*[A-Z][\w&.'’ -]{1,40}"),
    Rule("caption-timing", "a caption file's cue timing ('00:00:09.100 --> 00:00:12.900')",
         r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
         r"(?:\s+[\w:%.-]{1,30}){0,6}|WEBVTT(?:\s.{0,100})?", 0),
    Rule("segment-aired", "a line saying when the segment aired, under its transcript",
         r"This (?:segment|episode|story|interview|program|conversation) (?:aired|first aired|"
         r"was (?:broadcast|aired|published|recorded))\b.{0,80}"),
    Rule("platform-links", "where else to listen ('Listen on Apple Podcasts · Spotify · "
         "YouTube', 'Subscribe: RSS | Pocket Casts')",
         rf"(?:(?:Listen|Subscribe|Follow|Watch|Available|Find us)(?: (?:on|in|at|via|now on))?"
         rf"\s*:?\s*)?{_PLATFORM}(?:\s*(?:[·•|,/]|and)\s*{_PLATFORM}){{0,12}}\.?"),
    Rule("reader-promo", "a promo addressed to the reader ('Want more stories like this? ...', "
         "'Thanks for reading X! Subscribe ...')",
         r"(?:Want more (?:stories|news|episodes|coverage) like this\?|Thanks for (?:reading|"
         r"listening to) .{1,80}! ?Subscribe|Get (?:the |our )?[^.!?\n]{1,60} newsletter|"
         r"Listen to (?:the )?(?:full|entire|whole) "
         r"(?:conversation|interview|episode|segment|show|story)|Now playing:|Never miss an? "
         r"(?:episode|story)|Like what you (?:hear|read)\?|Enjoy(?:ed)? this (?:episode|story)\?)"
         r".{0,300}"),
    # --- podcast show notes and promos --------------------------------------------------
    Rule("find-us", "a 'Find us' social-media promo", r"Find (?:us|more [\w ]{1,40}):.*"),
    Rule("subscribe-promo", "a subscription promo",
         r"(?:Subscribe to (?:our|the|this|\w+'s)|Sign up for (?:our|the)|Follow us on) .{3,200}"),
    Rule("music-credits", "the episode's music credits (a script's 'MUSIC: THEME' in "
         "capitals is a cue)", r"(?:Music|MUSIC|music):\s(?![^a-z\n]{1,160}$).*", 0),
    Rule("support-promo", "a support or bonus-episode promo",
         r"(?:Help support|Always free at these links|Get bonus episodes|"
         r"For more .{1,80}, subscribe)\b.*"),
    Rule("show-note", "a show note about the episode",
         r"Note: This (?:episode|story|segment|interview|conversation|show) .*"),
    # --- markdown and text furniture ----------------------------------------------------
    Rule("part-heading", "a heading between the parts of an episode ('Prologue', "
         "'Act Two: Found Money', 'Part 3')",
         r"(?:Prologue|Epilogue|(?:Act|Part|Chapter|Segment) (?:One|Two|Three|Four|Five|Six|"
         r"Seven|Eight|Nine|Ten|\d{1,2}|[IVX]{1,4}))(?:\s*[:.–—-]\s*[^.?!]{1,80})?", 0),
    Rule("url", "a bare link line", r"<?(?:https?://|www\.)\S+>?"),
    Rule("source-link", "a 'Source: <link>' line", r"(?:>\s*)?(?:Source|Via|From):\s*\S+://\S+"),
    Rule("rule-line", "a horizontal rule", r"(?:-{3,}|\*{3,}|_{3,}|={3,})"),
    Rule("md-heading", "a markdown heading", r"#{1,6}(?:\s.*)?", 0),
    Rule("empty-list-item", "an empty list item", r"[-*+]"),
    Rule("md-link-line", "a markdown link or image standing alone, a linked image too "
         "('[Skip to main content](#content)', '[![Logo](logo.svg)](https://...)')",
         r"!?\[(?:[^\]\n]{1,200}|!\[[^\]\n]{0,200}\]\([^)\s]{1,500}\))\]"
         r"\((?:https?://|/|#|mailto:)[^)\s]{0,500}\)"),
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
    Rule("copyright-tail", "a broadcaster's copyright glued to the end of the last line of "
         "speech ('... Thank you. Copyright 2025 Houston Public Media. This transcript ...')",
         r"(?<=[.!?\"”’)\]])\s+Copyright\s*(?:©\s*)?\d{4}\s+[A-Z][^.\n]{0,40}\b(?:Media|"
         r"Radio|Public|"
         r"NPR|News|Inc|LLC|Corporation|Network|Productions|Broadcasting|Foundation)\b"
         r"[^.\n]{0,30}\.(?:\s*(?:This transcript|Transcript|All rights)[^\n]{0,200})?\s*$", 0,
         hints=("copyright",)),
    Rule("subscribe-promo", "a newsletter promo glued to a blurb",
         r"(?<!\s)\s*\|\s*Subscribe to [^.|]{1,80}\.?\s*$", hints=("subscribe",)),
)

# Lines that end the page's front matter and begin its transcript: what comes before
# the last of them (above the first label) is page furniture.
TRANSCRIPT_MARKERS = RuleTable((
    Rule("transcript-url", "the transcript's own URL, printed above it",
         r"<?https?://\S*/transcripts?/\S*>?"),
    Rule("rush-notice", "a rush-transcript notice, printed where the transcript starts",
         rf"{_CNN_RUSH}|(?i:{_RUSH})", 0),
    Rule("npr-header", "the copyright header old npr.org transcripts print right above the "
         "transcript", r"Copyright\s*(?:©|\(c\))?\s*\d{4}\s+(?:NPR|National Public Radio)\b.*"),
    Rule("transcript-heading", "a 'Transcript' heading or button above the transcript "
         "('Transcript', 'Read the Full Transcript', 'Show transcript')",
         r"(?:#{1,6}\s*)?(?:\*\*)?(?:(?:Read|View|Show|See|Open|Expand)(?: the)?(?: full)? "
         r"transcript|(?:Full |Episode |Show |Interview |Program |Complete )?Transcript|"
         r"Transcribe)(?:\*\*)?\s*:?"),
    Rule("rule-line", "a horizontal rule between show notes and transcript",
         r"(?:-{3,}|\*{3,}|_{3,})"),
))

# Lines that close a transcript: what follows the first of them after the last label is
# page footer (author bios, tags, more stories), not speech.
CLOSING_RULES: frozenset[str] = frozenset(
    {"npr-disclaimer", "npr-copyright", "transcript-provided", "copyright",
     "station-copyright", "end-marker", "creative-commons", "copyright-sign",
     "rights-reserved", "transcribed-by", "footer-heading", "segment-aired", "reader-promo",
     "station-nav", "sponsor-slot", "platform-links", "transcript-order", "production-credit",
     "caps-copyright", "wiki-footer"}
)

# Story furniture printed right under a headline: a line just above these is the title.
STORY_META_RULES: frozenset[str] = frozenset(
    {"byline", "published-date", "fused-date", "story-date", "listen-length", "listen-duration",
     "aired-on", "section-date", "date-and-details", "video-stats", "byline-and-outlet"}
)

# Rules whose footer names the outlet when no call letters are on the page.
OUTLET_RULES: dict[str, str] = {
    "npr-copyright": "NPR",
    "npr-disclaimer": "NPR",
    "transcript-provided": "NPR",
    "cnn-rush-transcript": "CNN",
}

# A staff bio under a story ("Jessa Whitcomb covers courts and public safety for WRVN."):
# looked for only after the last label, where it ends the transcript (in a turn, a host
# may say the same words).
STAFF_BIO = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:covers|reports on|writes about|"
    r"(?:is|was) (?:(?:a|an|the) )?(?:[\w-]+ ){0,3}(?:reporter|correspondent|producer|editor|"
    r"host|journalist|writer|anchor|contributor)\b).{0,400}"
)

# A news dateline opening a paragraph ("CHISINAU, MOLDOVA — ", "WASHINGTON (AP) — "):
# print, never the start of something said on air.
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z.'’ -]{2,30})?(?:\s*\([A-Z]{2,8}\))?"
    r"\s*(?:—|–|--)\s"
)

# Print-style quotation ("...," says Williams) marks text written for the web, not air.
PRINT_ATTRIBUTION = re.compile(
    r"[,.?!][\"”]\s*(?:[A-Z][a-z]+\s+)?(?:says|said)\b|"
    r"\b(?:says|said)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*[\"“]|"
    r"[\"”],?\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:says|said)\b"
)

# A station's name in its chrome: "© 2024 KMUW", "Stay tuned to WBUR and NPR".
STATION = re.compile(rf"(?:©\s*\d{{4}}\s+|Stay tuned to\s+)({_CALL_LETTERS})\b")
