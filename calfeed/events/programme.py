"""Dated items of a programme: "Upcoming talks:" then "- 12 January 2027: Anna Novak,
"Robust small-area estimation"". Each item is an occasion of the series the document is
about, named by what the item says; "- 9 February 2027: no seminar" is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from dateutil.rrule import rrulestr

from calfeed.events.announced_acts import passive_participle
from calfeed.events.candidates import date_not_written
from calfeed.events.phrases import NounPhrase, deadline_label, kind_of, noun_phrases, phrase_text, singular_name
from calfeed.events.places import Place, lookup, named_place
from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.timing import Timing
from calfeed.events.vocabulary import event_nouns, singular_nouns, word_list
from calfeed.events.weekday_words import weekday_words
from calfeed.events.words import Word, words_in
from calfeed.model import Timex
from calfeed.text import few_words_before, line_end, lines_above, start_of_line

ITEM_MARKS = ":–—-"      # between an item's date and what it says
MAX_ITEMS = 60           # list lines looked back over for the label line


MAX_ABSENCE_LINKS = 3    # "not be a Wednesday": words between the mark and the phrase


def absent(words: list[Word], phrase: NounPhrase | None) -> bool:
    """"no seminar", "will not be a supper", "won't be a quiz night": the phrase says the event
    does not happen."""
    if phrase is None:
        return False
    marks = word_list("absence_marks")
    at = phrase.first if words[phrase.first].lower in marks else phrase.first - 1
    links, linked = word_list("absence_links") | weekday_words(), False
    while at > 0 and phrase.first - at <= MAX_ABSENCE_LINKS and words[at].lower in links:
        at, linked = at - 1, True        # "not be a Harvest Supper": the negation before "be a"; a weekday
        # the phrase's date left out of it names which of the event's days ("won't be a Wednesday soup supper")
    negations = word_list("negations") | word_list("absence_contractions")
    if at < 0 or words[at].lower not in (negations if linked else marks):
        return False
    # "Study days (no examinations)": a bracket after a name qualifies that name's day
    return not (at >= 2 and words[at - 1].text == "(" and words[at - 2].is_word)


MAX_ABSENT_WORDS = 3     # "No clinic", "No drop-in session": the event a day goes without


def no_occurrence(words: list[Word], timex: Timex) -> str | None:
    """The event a sentence says does not happen on the date: "No clinic on 14 October because
    of staff training", "There is no seminar on 9 February". The noun is what it skips, so a
    series of that name loses the day; the rest of the sentence is no event of its own."""
    at = next((k for k, w in enumerate(words) if w.start >= timex.start), None)
    if at is None or words[at].start != timex.start:
        return None
    k = at - 1
    if k >= 0 and words[k].lower in word_list("absence_prepositions"):
        k -= 1
    k = _before_passive(words, k)
    noun_end = k
    marks = word_list("absence_marks")
    while k >= 0 and noun_end - k < MAX_ABSENT_WORDS and words[k].is_word and words[k].lower not in marks:
        k -= 1
    if k < 0 or k == noun_end or words[k].lower not in marks:
        return None
    told = max((j + 1 for j in range(k) if words[j].text in CLAUSE_DASHES), default=0)
    if any(w.lower not in word_list("absence_openers") for w in words[told:k]):
        return None       # "Ocean Reef have forfeited - no game on 6 Feb": the dash opens the notice's clause
    return " ".join(w.lower for w in words[k + 1:noun_end + 1])


def led_absence(words: list[Word]) -> str | None:
    """The event the rest of a date-led line says its date goes without: "July - there will be no
    craft morning in July" gives "craft morning" (absence_openers, then "no" and at most
    MAX_ABSENT_WORDS words up to a preposition or the clause's end); None for any other line."""
    k = 0
    while k < len(words) and not words[k].is_word:
        k += 1      # the dash after the date
    while k < len(words) and words[k].lower in word_list("absence_openers"):
        k += 1
    if k >= len(words) or words[k].lower not in word_list("absence_marks"):
        return None
    end = k + 1
    while end < len(words) and words[end].is_word and words[end].lower not in word_list("absence_prepositions"):
        end += 1
    if not 0 < end - k - 1 <= MAX_ABSENT_WORDS:
        return None
    return " ".join(w.lower for w in words[k + 1:end])


def _before_passive(words: list[Word], k: int) -> int:
    """The index before the passive that ends at ``words[k]`` ("No games will be played on 1
    January": the subject says what the day goes without); ``k`` itself when none ends there."""
    if k < 1 or not passive_participle(words[k]):
        return k
    j = k - 1
    while j >= 0 and words[j].lower in word_list("passive_auxiliaries"):
        j -= 1
    return j if j < k - 1 else k


CLAUSE_DASHES = frozenset("-–—;")   # marks after which "no <event> on <day>" is a clause of its own


@dataclass(frozen=True)
class ProgrammeItem:
    text: str          # what the item says ("Anna Novak (Ljubljana), ...")
    kind: str          # the kind its label names; in an unlabelled list "deadline" for an item worded as one, else "milestone"
    labelled: bool     # a label line above names the events ("Upcoming talks:")
    place: str | None = None   # an item that is only a place names the label's event there
    where: Place | None = None  # the place an item opens with ("- Hamilton – Tuesday 23 February, ...")
    headed: bool = False        # an item of clocks only, named by its block's heading


def programme_item(text: str, timex: Timex) -> ProgrammeItem | None:
    """What a dated list item says, when the date (after at most a preposition: "By end-2027:")
    opens the item; None otherwise, or for an item saying it does not happen. Under a label
    naming events it is one of them; in a bare list ("- Mid-2028: evaluation report
    published") a milestone of the plan."""
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    lead = few_words_before(text, start, timex.start, MAX_TOWN_WORDS + 2)
    if lead is None:
        return None           # more words before the date than a bullet, a town and its mark
    if len(lead) > 2 and lead[0] in word_list("list_bullets"):
        return _placed_item(text, timex, start, lead, end)
    if not lead or lead[0] not in word_list("list_bullets") or len(lead) > 2 \
            or (len(lead) == 2 and lead[1].lower() not in word_list("item_prepositions")):
        return None
    rest = text[timex.end:end].lstrip()
    if not rest or rest[0] not in ITEM_MARKS + ",":
        return None
    item = " ".join(rest[1:].split()).rstrip(".;")
    if not item or item.split()[0].lower() in word_list("absence_marks"):
        return None
    if _CLOCKS_ONLY.fullmatch(item) and any(c.isdigit() for c in item):
        heading = _list_heading_name(text, start)    # "• 13-16 March – 17:00-20:30": clocks name nothing
        return ProgrammeItem(heading, kind_of(heading), False, headed=True) if heading else None
    label = _label(text, start)
    kind = label[0] if label else None
    if rest[0] == ",":        # "- Saturday 20 February, 10am to 1pm, Westbury Library": the item is its place
        if label is None or not label[1]:
            return None
        return ProgrammeItem(label[1], kind, True, place=item)
    if kind is None and only_a_name(item):
        return None      # "- 4 February 2027: Dr Maria Costa": a name says nothing happens
    # "- Tuesday, March 9: Last day to drop a course": a day to act by, not a step of a plan
    unlabelled = "deadline" if deadline_label(item) else "milestone"
    return ProgrammeItem(item[:1].upper() + item[1:], kind or unlabelled, kind is not None)


MIN_PLAIN_WORD = 4       # a lower-case word this long is a phrase's ("published", "evaluation")


_EDGE_MARKS = ".,;:()" + quote_marks(ENGLISH)     # what a word may carry at its edges


def only_a_name(item: str) -> bool:
    """"Dr Maria Costa", "Prof. James Whitfield": an item that is only someone's name says
    nothing happens. A plan's step in title case is no name: a preposition links its words
    ("Preparation of Draft Development Plan", "Consideration of Chief Executive Report by
    Elected Members"), or it is one word or holds an event noun ("Adoption", "Project Launch"); a
    holiday's name ("Christmas Day") is a day's, not a person's."""
    parts = [w.strip(_EDGE_MARKS) for w in item.split()]
    parts = [w for w in parts if w]
    if any(w.islower() and len(w) >= MIN_PLAIN_WORD for w in parts):
        return False
    words = [w for w in parts if w not in word_list("speaker_titles") and w + "." not in word_list("speaker_titles")]
    if len(words) < 2:
        return False
    if _holiday_name(item):
        return False     # "- 25 December: Christmas Day": a day's name, which nobody bears
    particles = word_list("name_particles") - word_list("phrase_links")
    nouns = event_nouns()
    return all((w[:1].isupper() or w in particles or not w.isalpha()) and (w.lower(),) not in nouns for w in words)


def _holiday_name(item: str) -> bool:
    """The item is a name in the tagger's holiday table ("Christmas Day", "New Year's Day")."""
    from calfeed.timex.vocabulary import norm, vocabulary   # here: calfeed.timex imports the text helpers
    return norm(item) in vocabulary("en").holidays


MAX_TOWN_WORDS = 4


def _placed_item(text: str, timex: Timex, start: int, lead: list[str], end: int) -> ProgrammeItem | None:
    """"- Hamilton – Tuesday 23 February, 10am–12pm, Claudelands Event Centre" under "We are
    holding hui and online webinars:": the label's event in the town the item opens with, at
    the venue after its date."""
    town = lookup(" ".join(lead[1:-1])) if lead[-1] in ITEM_MARKS and len(lead) - 2 <= MAX_TOWN_WORDS else None
    rest = text[timex.end:end].strip().rstrip(".;")
    if town is None or (rest and not rest.startswith(",")):
        return None
    label = _label(text, start)
    if label is None or not label[1]:
        return None
    named = " ".join(w for w in label[1].split() if w.lower() not in word_list("online_marks"))
    named = named[:1].upper() + named[1:]            # in a town: not the online kind
    known = named_place(town)
    venue = " ".join(rest[1:].split())
    at = text.find(venue, timex.end) if venue else text.find(town, start)
    name = f"{venue}, {town}" if venue else town
    where = Place(name, known.tz if known else None, at, at + len(venue or town), city=town, venue=bool(venue))
    return ProgrammeItem(f"{named} – {town}" if named else town, label[0], True, where=where)


def _label(text: str, item_start: int) -> tuple[str, str] | None:
    """The kind of the event noun on the label line above a list ("Upcoming talks:"), or of
    a plural one in the line or sentence right above it ("All seminars take place in the
    Wolfson Room."), which says what the items are; with the noun's name for one of them
    ("two drop-in sessions:" -> "Drop-in session")."""
    for start, end in lines_above(text, item_start, MAX_ITEMS):
        line = text[start:end].strip()
        if not line or line.split()[0] in word_list("list_bullets"):
            continue
        words = words_in(line, 0, len(line))
        phrases = noun_phrases(words, [], line)
        if not line.endswith(":"):
            phrases = [p for p in phrases if p.plural]
        if not phrases:
            return None
        if line.endswith(":"):   # a label's noun stands before its colon; the items are several
            phrase = next((p for p in reversed(phrases) if p.plural), phrases[-1])
        else:
            phrase = phrases[0]
        first = _first_content(words, phrase)
        named = singular_name(words, first, phrase.head, line) if phrase.plural else None
        return phrase.kind, named or phrase_text(words, first, phrase.head, line)
    return None


def _first_content(words: list[Word], phrase: NounPhrase) -> int:
    """The phrase's first word past its last count or article ("two drop-in sessions": "drop-in")."""
    skip = word_list("articles") | word_list("count_words")
    start = phrase.first
    for k in range(phrase.first, phrase.head):     # after the last count ("holding two drop-in sessions")
        if words[k].lower in skip or words[k].is_number:
            start = k + 1
    return start


def on_series_day(day: datetime, series: Timing) -> Timing | None:
    """An item's day at the series' clock, when the series meets that day."""
    if series.rrule is None or series.all_day or not isinstance(series.start, datetime):
        return None
    at = datetime.combine(day.date(), series.start.time())
    rule = rrulestr(series.rrule, dtstart=series.start)
    if rule.between(at, at, inc=True) != [at]:
        return None
    end = None
    if isinstance(series.end, datetime):
        end = datetime.combine(day.date(), series.end.time())
    return Timing(at, end, False, "exact", notes=[f"at the series' time: it meets on {day.date().isoformat()}"])


def held_on(day: datetime, series: Timing) -> datetime | date | None:
    """The series' occurrence on ``day`` (its start: a day for an all-day series), or None: what
    a cancelled day takes out of it."""
    if not series.all_day or isinstance(series.start, datetime) or series.rrule is None:
        held = on_series_day(day, series)
        return held.start if held is not None else None
    at = datetime.combine(day.date(), time())
    rule = rrulestr(series.rrule, dtstart=datetime.combine(series.start, time()))
    return at.date() if rule.between(at, at, inc=True) == [at] else None


@dataclass(frozen=True)
class ClockItem:
    clock: Timex       # the clock right after the item's date
    title: str         # the words after the clock, or the heading over the list
    end: int           # where the item's line ends
    headed: bool       # the title is the heading's, no words of the line


MAX_HEADING_WORDS = 6    # a heading over a list, not a sentence
MAX_NAME_WORDS = 4       # a short name after the clock ("Closing Night"); more is a line of its own kind
_MORE_PARTS = re.compile(r"[–—:,;()]|\s-\s")     # a venue, a colon's label, an aside: another reader's line
_ITEM_SEPARATORS = " \t–—-:,|"


def clock_led_item(text: str, timex: Timex, line_dates: Callable[[], list[Timex]]) -> ClockItem | None:
    """A dated line of a list whose date is followed only by its clock ("• Thursday 2 December –
    7 pm", "- Friday 3 December, 7.30pm Closing Night"): the clock times the day, and the words
    after the clock name it, or else the list's heading without its date words ("Performance
    Dates" -> "Performance"). ``line_dates`` gives the dates of the date's line, asked only for a
    date that opens its item (a page on one line holds every date on its line)."""
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    lead = few_words_before(text, start, timex.start, 1)
    if lead is None or (lead and lead[0] not in word_list("list_bullets")):
        return None
    on_line = line_dates()
    clock = next((t for t in on_line if t.start >= timex.end and t.start < end and t.type == "TIME"
                  and t.interval is not None and t.interval.granularity in ("hour", "minute")
                  and date_not_written(t)), None)
    if clock is None or text[timex.end:clock.start].strip(_ITEM_SEPARATORS) or clock.end > end:
        return None
    rest = text[clock.end:end].strip(_ITEM_SEPARATORS + ".;")
    if (rest[:1].isalpha() and len(rest.split()) <= MAX_NAME_WORDS and not _MORE_PARTS.search(rest)
            and not any(t.start >= clock.end and t.start < end for t in on_line if t is not clock)):
        return ClockItem(clock, rest[:1].upper() + rest[1:], end, False)   # "7 pm Closing Night"
    if rest:
        return None
    name = _list_heading_name(text, start)
    return ClockItem(clock, name, end, True) if name else None


_PROSE_ENDS = (".", "!", "?")
# an item that is only clocks ("09:00-12:00, 17:00-21:00", "6 pm - 9.30 pm"): no words of its own
_CLOCKS_ONLY = re.compile(r"[\d\s:.,–—-]*(?:[aApP]\.?[mM]\.?[\d\s:.,–—-]*)*")
_NAME_AND_HOST = re.compile(r"\s[–—-]\s")     # "Lantern Display – Old Rope Works": the name, then its host or venue


def _block_heading_name(line: str) -> str | None:
    """The name a block's heading gives the event its paragraph describes, over the paragraph
    and the block's list of days and clocks: the heading up to a spaced dash (what follows is
    the host or the venue), when it is a short line and no sentence, date or label."""
    name = _NAME_AND_HOST.split(line, maxsplit=1)[0].strip(" *_#")
    words = [w for w in words_in(name, 0, len(name)) if w.is_word]
    if (not words or len(words) > MAX_HEADING_WORDS or any(c.isdigit() for c in line)
            or line.rstrip(" *_").endswith(_PROSE_ENDS + (":", ",", ";")) or line.split()[0] in word_list("list_bullets")):
        return None
    return name[:1].upper() + name[1:]


def _list_heading_name(text: str, item_start: int) -> str | None:
    """The words of the heading over the list an item line opens (bullet lines and blank lines
    between skipped) that are not date words (clock_item_heading_words), the last made singular;
    past one paragraph of prose, the name its block's heading gives (_block_heading_name)."""
    skip = word_list("clock_item_heading_words")
    prose = False
    for start, end in lines_above(text, item_start, MAX_ITEMS):
        line = text[start:end].strip()
        if not line or (not prose and line.split()[0] in word_list("list_bullets")):
            continue
        if prose:
            return _block_heading_name(line)
        words = [w for w in words_in(line, 0, len(line)) if w.is_word]
        if len(words) > MAX_HEADING_WORDS and line.endswith(_PROSE_ENDS):
            prose = True      # "Open House – Harbour Brass Society" / a paragraph / "• 12 March – 18:00-21:00"
            continue
        if not words or len(words) > MAX_HEADING_WORDS or any(c.isdigit() for c in line):
            return None
        kept = [w.text for w in words if w.lower not in skip]
        if not kept:
            return None
        last = singular_nouns().get((kept[-1].lower(),))
        if last is not None:
            kept[-1] = last if kept[-1].islower() else last[:1].upper() + last[1:]
        name = " ".join(kept)
        return name[:1].upper() + name[1:]
    return None
