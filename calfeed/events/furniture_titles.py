"""Page furniture taken for an entry's title, and a listing's label before an item's name.

A flattened web page keeps its navigation, sharing and calendar links, counters, stamps, image
file names, footnotes and its story's dateline as lines of their own. A framer that names a
date by "the line above", "the line below" or "the page's first line" can take one of them for
the entry's name ("About Us", "409 Views", "Last modified: 06-Dec-2022",
"EarthDay_IMG_4890.jpg", "*Exhibitors with +25 sqm", "DHAKA"). Whatever framer chose it, a
subscriber cannot tell from it which item of the page the entry is: such a title is furniture,
and generic_titles re-titles the entry by its heading, as it does a field label. A label a
listing writes before the name ("Event: Annual Chili Cook-Off") is cut off the title.

The words are data: title_furniture (whole lines), title_furniture_leads (a stamp's or a
credit's first words), counter_nouns ("409 Views"), social_networks with social_link_leads
("SA News on Facebook"), image_file_endings, footnote_marks and title_lead_labels. A dateline is a place the gazetteer
knows, written in capitals at a line's start and closed by a dash or a comma; an acronym
("AGM - 5 June") is no place and stays.
"""

from __future__ import annotations

import re

from calfeed.events.places import lookup
from calfeed.events.vocabulary import word_list

_MARKS = " \t«»‹›<>|#*_•·:.–—-"
_SPACES = re.compile(r"\s+")
_COUNTER = re.compile(r"\d[\d,.]*\s([a-z]+)")      # "409 views", "1,234 comments"
_LEAD_LABEL = re.compile(r"([A-Za-z][A-Za-z ]{0,20}):\s+(?=\S)")     # "Event: Annual Chili Cook-Off"
_DATELINE_CLOSE = re.compile(r"[ \t]*(?:[-–—,(/])")
MAX_DATELINE_WORDS = 3        # "DHAKA", "NEW YORK", "PORT OF SPAIN"
MAX_LOOKS = 3                 # occurrences of a title looked at for a footnote or a dateline line
OPENING_CHARS = 3000          # where a story's dateline stands: the page's opening
NEAR_CHARS = 2000             # where a row's footnote stands: around the row's date


def _plain(title: str) -> str:
    return _SPACES.sub(" ", title.replace("’", "'")).strip(_MARKS).lower()


def sign_off_line(line: str) -> bool:
    """Whether a whole line is a story's or a section's sign-off ("Read more", "Don't miss";
    list_sign_offs): a link that names nothing, so a list of labels and dates does not count it
    as one of its labels."""
    plain = _plain(line)
    return bool(plain) and plain in word_list("list_sign_offs")


def furniture_title(title: str, text: str, date_start: int, line_start: int | None = None) -> bool:
    """Whether ``title`` is a line of the page's furniture (see the module note). ``text`` and
    the date's offset let a dateline or a footnote be seen where they are written; ``line_start``
    is where the title's own line begins, when the caller read it from a line."""
    plain = _plain(title)
    if not plain:
        return False
    if plain in word_list("title_furniture"):
        return True
    if any(plain == lead or plain.startswith((lead + " ", lead + ":")) for lead in word_list("title_furniture_leads")):
        return True
    counter = _COUNTER.fullmatch(plain)
    if counter is not None and counter.group(1) in word_list("counter_nouns"):
        return True
    words = plain.split()
    if len(words) >= 3 and words[-2] in word_list("social_network_links") and words[-1] in word_list("social_networks") and _follow_link(words[:-2]):
        return True                   # "SA News on Facebook", "Follow us on Twitter"
    if plain.endswith(tuple(word_list("image_file_endings"))):
        return True                   # "EarthDay_IMG_4890.jpg"
    name = title.strip(_MARKS)
    if line_start is not None:
        return _footnote_line(text, line_start) or _dateline(name, text, date_start)
    return _dateline(name, text, date_start) or _footnote(name, text, date_start)


def _follow_link(words: list[str]) -> bool:
    """Whether the words before "on <network>" make a footer's follow link: a request to follow
    or a news site's name ("follow us", "SAnews"), social_link_leads."""
    said = " ".join(words)
    return any(said == lead or said.startswith(lead + " ") or (" " not in lead and any(w.endswith(lead) for w in words))
               for lead in word_list("social_link_leads"))


def without_lead_label(title: str) -> str:
    """``title`` without a listing's label before the name ("Event: Annual Chili Cook-Off &
    Game Night", "Theme: Sourdough Bread (Intro)"); ``title`` itself when no label opens it."""
    label = _LEAD_LABEL.match(title)
    if label is None or " ".join(label.group(1).lower().split()) not in word_list("title_lead_labels"):
        return title
    rest = title[label.end():].strip()
    return rest if any(c.isalpha() for c in rest) else title


def _line_starts_with(text: str, line_start: int, title: str) -> int | None:
    """Where ``title`` ends when the line at ``line_start`` opens with it (blanks and emphasis
    marks passed over), else None."""
    at = line_start
    while at < len(text) and text[at] in " \t*_#":
        at += 1
    return at + len(title) if text.startswith(title, at) else None


def _dateline(title: str, text: str, date_start: int) -> bool:
    """"DHAKA - Like previous years, ... will be held ... on June 29": a place in capitals
    opening a line and closed by a dash or a comma is where the story was filed, not what
    happens (the date's own line, else the page's opening lines that open with it)."""
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters) or len(title.split()) > MAX_DATELINE_WORDS:
        return False
    if lookup(title) is None:
        return False                  # "AGM", "NATO": an acronym names a thing
    starts = [text.rfind("\n", 0, date_start) + 1]
    found = text.find(title, 0, OPENING_CHARS)
    while found >= 0 and len(starts) <= MAX_LOOKS:
        starts.append(text.rfind("\n", 0, found) + 1)
        found = text.find(title, found + len(title), OPENING_CHARS)
    for start in starts:
        end = _line_starts_with(text, start, title)
        if end is not None and _DATELINE_CLOSE.match(text, end):
            return True
    return False


def _footnote_line(text: str, line_start: int) -> bool:
    """The line at ``line_start`` is a footnote: it opens with a footnote mark (an asterisk not
    closed as emphasis, a dagger) that a word above carries too ("Saturday* | May 21" ...
    "*Exhibitors with +25 sqm. Please ensure ..."). A mark nothing above carries is a bullet or
    an emphasis ("*Bridge sessions now weekly ..."): the line stays."""
    end = text.find("\n", line_start)
    line = text[line_start:end if end >= 0 else len(text)].strip(" \t")
    mark = line[:1]
    if not mark or mark not in word_list("footnote_marks") or line[1:2] in (mark, " ", "") \
            or line[1:].rstrip(" .")[-1:] == mark:
        return False
    above = text[max(0, line_start - NEAR_CHARS):line_start]
    at = above.find(mark)
    while at >= 0:
        if at > 0 and above[at - 1].isalnum():
            return True               # "Saturday*": the row the note belongs to
        at = above.find(mark, at + 1)
    return False


def _footnote(title: str, text: str, date_start: int) -> bool:
    """``title`` is written near its date on a line opened by a footnote mark: a note to a row
    above, not a name (only the text around the date is looked at). A footnote holding the
    date itself ("*Annual Parish Meeting – held between 1st March and 1st June") names its item."""
    low, high = max(0, date_start - NEAR_CHARS), min(len(text), date_start + NEAR_CHARS)
    found = text.find(title, low, high)
    looks = 0
    while found >= 0 and looks < MAX_LOOKS:
        looks += 1
        before = text.rfind("\n", 0, found) + 1
        after = text.find("\n", found)
        own = before <= date_start < (after if after >= 0 else len(text))
        if not own and text[before:found].strip(" \t") in word_list("footnote_marks") and _footnote_line(text, before):
            return True               # a note under another line's day; a note giving its own day names its item
        found = text.find(title, found + len(title), high)
    return False
