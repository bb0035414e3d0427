"""The speaker-label grammar, as data.

A label is what a transcript writes before a speaker's words: ``KHALID:``,
``MADIHA AFZAL:``, ``STEVE INSKEEP, HOST:``, ``Representative ED ROYCE
(Republican, California):``, ``CARRIE KAHN reporting:``, ``Unidentified Man #1:``,
``**Len Osanic**``. The vocabularies below are the only words the grammar knows by
name; everything else is shape (capitals, commas, parentheses, a colon).
"""

from __future__ import annotations

# Honorifics and titles that may stand, in mixed case, before a name in capitals:
# "Mr. McGREE", "Sheriff RICK FLORES", "Chief Patrol Agent DARRYL GRIFFEN".
TITLES: tuple[str, ...] = (
    "Mr.", "Mrs.", "Ms.", "Miss", "Mx.", "Dr.", "Prof.", "Professor", "Rev.", "Reverend",
    "Fr.", "Father", "Sister", "Brother", "Rabbi", "Imam", "Pastor", "Bishop", "Archbishop",
    "Cardinal", "Pope", "Sir", "Dame", "Lord", "Lady",
    "President", "Vice", "Prime", "Minister", "Secretary", "Senator", "Sen.", "Representative",
    "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Lieutenant", "Lt.", "Mayor",
    "Councilman", "Councilwoman", "Councilmember", "Ambassador", "Speaker", "Chairman",
    "Chairwoman", "Chair", "Commissioner", "Attorney", "General", "Gen.", "Judge", "Justice",
    "Sheriff", "Deputy", "Chief", "Agent", "Officer", "Detective", "Inspector", "Sergeant",
    "Sgt.", "Captain", "Capt.", "Colonel", "Col.", "Major", "Maj.", "Admiral", "Adm.",
    "Corporal", "Cpl.", "Private", "Pvt.", "Specialist", "Spc.", "Trooper", "Superintendent",
    "Chancellor", "Dean", "Coach", "King", "Queen", "Prince", "Princess", "Sheikh", "Emir",
    "Crown", "First", "Former", "Retired", "State", "U.S.", "Assemblyman", "Assemblywoman",
    "Delegate", "Del.", "Alderman", "Supervisor", "Director", "Dr",
)

# Titles that only ever stand before a person's name. A natural-case label opening with
# one ("Dr. Ana Ruiz:", "Sen. Lee Park:") is a label even if the page uses it only once:
# "Dr." or "Sen." before a capitalised word and a colon is not how prose or headings
# begin. Titles that also open headings ("State", "General", "First", "Chief") are left
# out on purpose: "State Budget:" and "General Notes:" are headings.
PERSON_TITLES: tuple[str, ...] = (
    "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Dr", "Prof.", "Professor", "Rev.", "Reverend",
    "Rabbi", "Imam", "Pastor", "Sen.", "Senator", "Rep.", "Representative", "Congressman",
    "Congresswoman", "Gov.", "Governor", "Mayor", "Councilman", "Councilwoman",
    "Councilmember", "Assemblyman", "Assemblywoman", "Del.", "Ambassador", "Sheriff",
    "Sgt.", "Capt.", "Lt.", "Col.", "Gen.", "Adm.", "Sir", "Dame",
)

# A party and state in parentheses after a name, as hearing transcripts write it:
# "(D-NM)", "(R-Kan.)", "(I-VT)", "(Republican, California)". Like a person's title, it
# marks a natural-case label used once ("Sen. Lee Park (D-OR):"). Regex over the inside.
PARTY_PARENTHESIS: str = (
    r"(?:[DRI]|Dem\.?|Rep\.?|Ind\.?|Democrat|Democratic|Republican|Independent)"
    r"[ \t]*[-–,][ \t]*[A-Z][A-Za-z. ]{1,30}"
)

# Nouns that stand alone, in natural case, as the label of an unnamed voice: "Man:",
# "Woman 2:", "Girl:" (PBS and documentary transcripts). A single common noun with a
# colon is also how prose can begin ("Man: the measure of all things"), so these are
# labels only on a page that already labels its turns in other ways.
VOICE_NOUNS: tuple[str, ...] = (
    "Man", "Woman", "Men", "Women", "Boy", "Girl", "Child", "Children", "Male", "Female",
    "Voice", "Voices", "Crowd", "Protester", "Protesters", "Student", "Students",
    "Male Voice", "Female Voice",
)

# Lower-case words that may join name tokens in capitals: "LUIZ INACIO LULA da SILVA".
NAME_JOINERS: tuple[str, ...] = (
    "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin",
    "ibn", "al", "el", "dos", "das", "y",
)

# Lower-case role words that old NPR transcripts write after a name, with or without a
# comma: "JOHN YDSTIE, host:", "CARRIE KAHN reporting:".
LOWER_ROLE_WORDS: tuple[str, ...] = (
    "host", "co-host", "cohost", "reporting", "reporter", "byline", "anchor", "correspondent",
    "announcer", "narrator", "narrating", "commentator", "guest", "interviewer", "moderator",
    "contributor", "producer", "editor", "analyst", "panelist", "caller",
)

# Words that stand alone as a label in mixed case at the start of a line: roles, not names.
ROLE_LABELS: tuple[str, ...] = (
    "Interviewer", "Interviewee", "Narrator", "Announcer", "Moderator", "Host", "Co-host",
    "Guest", "Caller", "Questioner", "Audience Member", "Audience", "Reporter", "Anchor",
    "Translator", "Interpreter", "Speaker", "Panelist", "Presenter", "Respondent",
)

# "Unidentified Man #1", "Unknown Speaker": the noun after Unidentified/Unknown.
UNIDENTIFIED_NOUNS: tuple[str, ...] = (
    "Man", "Woman", "Person", "Male", "Female", "Speaker", "Voice", "Voices", "Child", "Boy",
    "Girl", "Group", "Crowd", "Reporter", "Announcer", "Protester", "Protesters",
    "Participant", "Attendee", "Caller", "Student", "Official", "Officer", "Soldier", "People",
    "Audience Member", "Singer", "Singers", "Actor", "Actress", "Narrator",
)

# Words in capitals that end in a colon but never name a speaker ("NOTE:", "OK:").
# These are grammar, not a list of sentences: each is a heading or an interjection.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "OK", "OKAY", "NOTE", "NOTES", "UPDATE", "UPDATED", "CORRECTION", "CORRECTIONS",
        "EDITOR'S NOTE", "EDITORS NOTE", "EDITOR’S NOTE", "PS", "P.S.", "FYI", "BREAKING",
        "BREAKING NEWS", "WATCH", "LISTEN", "READ", "READ MORE", "MORE", "RELATED", "TRANSCRIPT",
        "SOURCE", "SOURCES", "AM", "PM", "A.M.", "P.M.", "ET", "PT", "EST", "EDT", "PST", "URL",
        "HTTP", "HTTPS", "WWW", "TAGS", "TAG", "DISCLAIMER", "WARNING", "SPOILER", "ALERT",
        "SUMMARY", "TOPIC", "TOPICS", "NEXT", "NEXT UP", "UP NEXT", "COMING UP", "LIVE",
        "AUDIO", "VIDEO", "PHOTO", "PHOTOS", "CREDIT", "CREDITS", "MUSIC", "SONG", "SONGS",
        "DATE", "TIME", "TITLE", "SUBJECT", "RE", "FW", "FWD", "TO", "FROM", "CC", "BCC",
        "YES", "NO", "WOW", "HEY", "HI", "THE END", "END", "ANSWER", "QUESTION", "EPISODE",
        "SEGMENT", "PART", "CHAPTER", "SECTION", "SHOW", "PROGRAM", "PROGRAMME", "SHOW NOTES",
        "TRANSCRIPTION", "TRANSCRIBE", "ARTICLE", "POINTS", "COPYRIGHT", "ABSTRACT",
        "IMPORTANT", "CAUTION", "TIP", "TIPS", "Q", "A", "I", "US", "USA", "UK",
        "EU", "UN", "NPR", "CNN", "PBS", "BBC", "FAQ", "PDF", "ID", "TV", "DJ",
        "Note", "Notes", "Update", "Updated", "Correction", "Source", "Sources", "Summary",
        "Transcript", "Related", "Tags", "Topics", "Credit", "Credits", "Music", "Listen",
        "Watch", "Read more", "Editor's note", "Editor’s note", "Disclaimer", "Episode",
        "Coming up", "Next up", "Up next", "Photo", "Video", "Audio", "Date", "Title",
        # Show-note headings above a transcript ("EPISODE LINKS:", "OUTLINE:").
        "LINKS", "EPISODE LINKS", "SHOW LINKS", "OUTLINE", "CHAPTERS", "TIMESTAMPS",
        "RESOURCES", "SPONSORS", "GUESTS", "CONTENTS", "AGENDA", "IN THIS EPISODE",
        "Links", "Episode links", "Outline", "Chapters", "Timestamps", "Resources", "Sponsors",
        "Guests", "Contents", "Agenda", "In this episode",
        # A radio script's cues ("SOUND: A GATE CREAKS OPEN."): events, not speakers.
        "SOUND", "SOUNDS", "SFX", "SOUND EFFECT", "SOUND EFFECTS", "BUSINESS", "NOISE",
        # Forum post furniture ("Posts: 1284", "Joined: Mon Feb 04, 2019").
        "Posts", "Joined", "Location", "Quote", "Reply", "Reputation", "Likes", "Member since",
        "Last edited", "Posted", "Top",
    }
)

# Capitalised words that begin sentences and headings but are not names: a natural-case
# "name" containing one is never taken for a label ("Here's What:", "The Plan:").
CAPITALISED_NON_NAME_WORDS: tuple[str, ...] = (
    "The", "A", "An", "In", "On", "At", "For", "And", "But", "Or", "So", "This", "That",
    "These", "Those", "What", "How", "Why", "When", "Where", "Who", "Which", "It", "It's",
    "We", "You", "They", "He", "She", "I", "My", "Our", "Your", "Their", "His", "Her", "Here",
    "Here's", "There", "There's", "Step", "Part", "Chapter", "Section", "Episode", "Update",
    "Note", "Question", "Answer", "Q", "Re", "Subject", "From", "To", "Date", "Time", "Tags",
    "Topics", "Related", "Coming", "Next", "Up", "Today", "Tonight", "Yesterday", "Tomorrow",
    "Now", "Then", "Also", "Plus", "More", "Listen", "Watch", "Read", "Find", "Follow",
    "Subscribe", "Music", "Photo", "Credit", "Source", "Sources", "Transcript", "Summary",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Breaking", "Live", "Warning", "Bonus", "Correction", "Editor's",
    "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Will", "If", "As", "Of", "By",
    "With", "Not", "No", "Yes", "Okay", "OK", "Well", "Oh", "All", "Some", "One", "Two",
    "First", "Second", "Third", "Last", "Final", "New", "Key", "Top", "Big", "Why's",
)

# Cues standing alone: "(SOUNDBITE OF MUSIC)", "[break]". Bracket pairs a cue may use.
CUE_BRACKETS: tuple[tuple[str, str], ...] = (("(", ")"), ("[", "]"))

# Notes that open a turn and describe its delivery rather than its words:
# "(Through interpreter)", "(As Terry)". Each entry: (name, regex over the inside of
# the parentheses, reason).
DELIVERY_NOTES: tuple[tuple[str, str, str], ...] = (
    ("interpreter", r"(?i)through (?:an? )?(?:interpreter|translator|translation)",
     "the words are an interpreter's rendering, not the speaker's own"),
    ("voice-as", r"(?i)as [A-Z][\w.'’ -]{0,40}",
     "a voice actor reading a part"),
    ("speaking-language", r"(?i)speaking (?:in )?[A-Z][a-z]+(?: language)?",
     "the speaker uses another language"),
    ("reading", r"(?i)reading(?: [\w'’ ]{0,40})?",
     "the speaker reads a text aloud"),
)
