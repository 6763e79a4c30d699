"""A page's own date line is no event's day.

A press release or a post opens with the day it was issued ("25 August 2004" above its
headline, "25 November 2007 8:48 pm" under it), and then tells when its event happens ("will
take place ... from 8 to 10 September"). Read alone, the date line looks like a flyer's
("Spring Fair" / "Saturday 14 June 2025"), so it is named after the headline or the
document. What tells them apart is the rest of the text: when the same event (the same event
noun) is dated more than a week later elsewhere, the line on top is when the page was written,
not a second occurrence of the event; a day or two later is more likely the same event's next
day, and a "next" meeting another occurrence. A date after a page's stamp word on its first line
(" date 2018-06-20 COLLEGE MEETING: ...", "Bulletin Article 10/13/19") is the page's too, and so is a date line named only by
the kind of page it heads ("Press Releases" / "25 August 2004", "News" / "August 2024"), and a
date line repeating the publication day the page's markup gives, over later days, with or without
the newsroom's town before it ("Strasbourg 3 March 2031": a dateline's town with no comma or dash).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from calfeed.events.candidates import Candidate, DateSpans
from calfeed.events.label_lines import LABEL_LINE_NOTE
from calfeed.events.places import DATELINE_LINES, lookup, opening_lines
from calfeed.events.shared_place import day_of
from calfeed.events.vocabulary import event_nouns, singular_nouns, word_list
from calfeed.events.written_days import DAY_OR_FINER, later_day_written
from calfeed.events.words import LETTER_RUN, plural_stems
from calfeed.model import Timex
from calfeed.text import line_end, only_marks, start_of_line

MIN_LEAD_DAYS = 7     # a release comes weeks ahead; the next days of a festival are its own programme
_FURNITURE = " \t,.;:-–—()[]*_#/"       # what may stand beside a date alone on its line (a "|" makes it a cell)


def without_page_dates(candidates: list[Candidate], text: str, dates: DateSpans,
                       published: date | None = None, title: str | None = None) -> list[Candidate]:
    """The candidates less those dated by a page's own date line (see the module's doc). A
    date line above or below another ("November 20, 2025" / "December 18, 2025") is an item of
    a list of days, not the page's date. A date line that is the day the page's markup or front
    matter says it was ``published``, over a text telling of later days, is that day's line too,
    and so is one under the page's own ``title`` written as its headline (a key date's label line
    over its day is no headline)."""
    headline = " ".join(title.lower().split()) if title else None
    tops = {k for k, c in enumerate(candidates)
            if _alone_on_opening_line(text, c) and not _beside_another(text, c, dates) and not _range(c.timex)
            and (LABEL_LINE_NOTE not in c.frame.notes    # "Applications open" / "1 February 2025": a key date's row
                 or (published is not None and " ".join(c.frame.title.lower().split()) == headline))
            and not _paired_row(text, c, dates)}
    lead = _FirstLineLead.of(text)
    stamped = {k for k, c in enumerate(candidates) if lead.stamped(c) or k in tops and _page_kind(c.frame.title)}
    tops -= stamped
    placed = {k for k, c in enumerate(candidates) if published is not None and k not in tops
              and day_of(c.timing.start) == published and _town_date_line(text, c)
              and any(day_of(other.timing.start) > published for other in candidates)}
    served = {k for k in tops if (published is not None and _served_day(text, candidates[k], dates, published))
              or _slipped_header(text, candidates[k])}
    if not tops and not stamped and not placed:
        return candidates
    gone = stamped | placed | served     # "Strasbourg 3 March 2031" under a headline, the day the page was published
    for k in tops:
        if candidates[k].timex.span is None or candidates[k].timex.span.granularity not in DAY_OR_FINER:
            continue
        first = day_of(candidates[k].timing.start)
        if first == published and (any(day_of(other.timing.start) > first for other in candidates)
                                   or later_day_written(first, dates.timexes)):
            gone.add(k)       # "Thursday, October 29, 2015" under the headline of a page published that day
            continue
        nouns = _event_nouns(candidates[k].frame.title)
        if nouns and any(j not in tops and (day_of(other.timing.start) - first).days > MIN_LEAD_DAYS
                         and nouns & _event_nouns(other.frame.title) and not _another_one(other.frame.title)
                         and not _date_line(text, other.timex)
                         for j, other in enumerate(candidates)):
            gone.add(k)
    return [c for k, c in enumerate(candidates) if k not in gone]


def _served_day(text: str, candidate: Candidate, dates: DateSpans, published: date) -> bool:
    """A day alone on the page's first line, over the story's own date line lower down (a byline's
    "Saturday, October 2, 2027", the day the page says it was ``published``): a saved copy's site
    header, the day the copy was served ("Wednesday, February 01, 2031" above the headline), not an
    event's, whatever the lines between are."""
    first = opening_lines(text, 1)
    if not first or start_of_line(text, candidate.timex.start) != start_of_line(text, first[0]):
        return False
    if day_of(candidate.timing.start) == published:
        return False
    below = {start_of_line(text, at) for at in opening_lines(text, DATELINE_LINES)}
    return any(t.start > candidate.timex.end and t.span is not None and t.span.granularity == "day"
               and t.span.start.date() == published and _date_line(text, t)
               and start_of_line(text, t.start) in below
               for t in dates.within((candidate.timex.end, len(text))))


def _slipped_header(text: str, candidate: Candidate) -> bool:
    """A year-less day with its weekday alone on the page's first line, whose weekday it does not
    fall on in the year it was read in ("Wednesday, March 9" over a story of another year): a saved
    copy's site header, the day the copy was served, whose year no weekday near the page's date
    gives; no event's day, since an event written with its weekday falls on it."""
    from calfeed.timex.undated import weekday_of    # the tagger's modules read this package's

    first = opening_lines(text, 1)
    if not first or start_of_line(text, candidate.timex.start) != start_of_line(text, first[0]):
        return False
    named = weekday_of(candidate.timex)
    interval = candidate.timex.interval
    return named is not None and interval is not None and interval.start.isoweekday() != named.iso


def _stamped(text: str, candidate: Candidate) -> bool:
    """" date 2018-06-20 COLLEGE MEETING: Commission discusses ...", "Posted 4 May 2025 ...": the
    page's first line opens with a word that dates pages (heading_labels) and no colon, then the
    date: the page's stamp. ("Date: 5-7 December 2007" with its colon is a notice's event date.)"""
    first = opening_lines(text, 1)
    if not first:
        return False
    return _stamp_lead(text[first[0]:candidate.timex.start])


def _stamp_lead(lead: str) -> bool:
    """Whether the words of the first line before a date (``lead``) are a page's stamp (see _stamped)."""
    if "\n" in lead or ":" in lead:
        return False
    lowered = lead.lower().strip(_FURNITURE).split()
    return " ".join(lowered) in word_list("heading_labels") or _issue_label(lowered)


ISSUE_LABEL_WORDS = 4     # words of a periodical's label before its issue's date ("Weekly Parish Bulletin")
_WORDY = re.compile(rf"[^\s{re.escape(_FURNITURE)}]")      # a character that no strip of furniture takes off a word
_TOKEN_END = re.compile(r"\S*")


@dataclass(frozen=True)
class _FirstLineLead:
    """``_stamped`` for every date of one page, read from the page's first line once. A page written on
    one line asked, for each of its dates, for its first line and the whole line up to the date (an
    80 KB page of news read 3,000 such leads, each tens of kilobytes). Only a lead before the first
    line's first line break or colon, and of no more words than the longest stamp (``_longest_stamp``),
    can be a stamp; past the first character of a word beyond those, a lead holds too many words
    whatever furniture it ends with, so it is not read."""

    text: str
    first: int | None        # where the first line's words start (None: the page has none)
    limit: int               # the first line break or colon from there on: a lead past it is no stamp
    too_long: int            # a lead that ends past this offset holds more words than any stamp

    @classmethod
    def of(cls, text: str) -> "_FirstLineLead":
        found = opening_lines(text, 1)
        if not found:
            return cls(text, None, 0, 0)
        first = found[0]
        breaks = [at for at in (text.find("\n", first), text.find(":", first)) if at >= 0]
        limit = min(breaks, default=len(text))
        return cls(text, first, limit, _past_words(text, first, limit, _longest_stamp() + 1))

    def stamped(self, candidate: Candidate) -> bool:
        start = candidate.timex.start
        if self.first is None or start > self.limit or start > self.too_long:
            return False
        return _stamp_lead(self.text[self.first:start])


def _past_words(text: str, start: int, limit: int, count: int) -> int:
    """Where the ``count``-th word from ``start`` (a run of no white space holding a character that is no
    furniture) shows its first such character, or ``limit`` when fewer words stand before it: a lead
    from ``start`` that ends past that offset splits into ``count`` words or more, furniture stripped."""
    cursor, at = start, limit
    for _ in range(count):
        wordy = _WORDY.search(text, cursor, limit)
        if wordy is None:
            return limit
        at, cursor = wordy.start(), _TOKEN_END.match(text, wordy.end()).end()
    return at


@lru_cache(maxsize=None)
def _longest_stamp() -> int:
    """The most words a lead may have and still be a stamp: the longest heading label's, or an issue's label."""
    return max([ISSUE_LABEL_WORDS] + [len(label.split()) for label in word_list("heading_labels")])


def _issue_label(words: list[str]) -> bool:
    """"Bulletin Article 10/13/19", "Parish Newsletter – 3 March 2027": a short label naming an
    issue of a periodical (issue_nouns) opens the page's first line, so the date after it is the
    issue's, the page's own day."""
    nouns = word_list("issue_nouns")
    return 0 < len(words) <= ISSUE_LABEL_WORDS and any(w in nouns for w in words)


def _paired_row(text: str, candidate: Candidate, dates: DateSpans) -> bool:
    """The date line is one row of a list that pairs each date line with a label line (pair_runs:
    "25th July 2012:" / "Deadline for early registration" / "10th September 2012:" / ...): a key
    date of the list, not the day the page was written."""
    from calfeed.events.pair_runs import pair_direction      # pair_runs reads label_lines, which this module reads

    start = start_of_line(text, candidate.timex.start)
    return pair_direction(text, start, dates.timexes) is not None


def _range(timex: Timex) -> bool:
    """"2 May-3 June": a range is when something runs, never the day a page was written."""
    return timex.end_interval is not None or ";to=" in (timex.raw_value or "")


def _page_kind(title: str) -> bool:
    """"Press Releases", "News": the title names the kind of page, no event, so its date line is the page's."""
    lowered = " ".join(title.lower().split())
    kinds = word_list("heading_labels") | word_list("document_kinds")
    return lowered in kinds or any(stem in kinds for stem in plural_stems(lowered))


def _date_line(text: str, timex: Timex) -> bool:
    """The date is all its line holds (a heading of days, or a page's date line)."""
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    return only_marks(text, start, timex.start, _FURNITURE) and only_marks(text, timex.end, end, _FURNITURE)


def _town_date_line(text: str, candidate: Candidate) -> bool:
    """An opening line holding a town the gazetteer knows and then the candidate's day, nothing
    else: "Strasbourg 3 March 2031", "Geneva, 3 March 2031"."""
    timex = candidate.timex
    start = start_of_line(text, timex.start)
    if not only_marks(text, timex.end, line_end(text, timex.end), _FURNITURE) or not any(
            start <= at < timex.start for at in opening_lines(text)):
        return False
    town = text[start:timex.start].strip(_FURNITURE)
    return bool(town) and lookup(town) is not None


def _alone_on_opening_line(text: str, candidate: Candidate) -> bool:
    """The candidate's date is all its line holds, and the line is one of the page's first."""
    timex = candidate.timex
    start = start_of_line(text, timex.start)
    end = line_end(text, timex.end)
    if not _date_line(text, timex):
        return False
    if text[timex.end:end].rstrip(" \t*_").endswith(":"):
        return False          # "25th July 2012:" / "Deadline for early registration": a key date announcing its item
    return any(start <= at < end for at in opening_lines(text))


def _another_one(title: str) -> bool:
    """"Next quiz night": a later occurrence of a recurring event, not the page's event again."""
    return any(word in word_list("next_modifiers") for word in LETTER_RUN.findall(title.lower()))


def _beside_another(text: str, candidate: Candidate, dates: DateSpans) -> bool:
    """The next or the previous non-blank line opens with a date too (after its bullet): a list of days."""
    start = start_of_line(text, candidate.timex.start)
    end = text.find("\n", candidate.timex.end)
    below = len(text) if end < 0 else end
    marks = " \t" + "".join(word_list("list_bullets"))     # "- 14 January 2025" / "- 11 March 2025": bullets too
    while below < len(text) and (text[below] == "\n" or text[below] in marks):
        below += 1
    above = start - 1
    while above > 0 and text[above - 1] in " \t\n":
        above -= 1
    above = start_of_line(text, above) if above > 0 else -1
    while 0 <= above < start and text[above] in marks:
        above += 1
    return (below < len(text) and dates.starts_at(below)) or (above >= 0 and dates.starts_at(above))


def _event_nouns(title: str) -> set[str]:
    """The one-word event nouns a title holds, plurals as their singular."""
    nouns, plurals = event_nouns(), singular_nouns()
    found = set()
    for word in LETTER_RUN.findall(title.lower()):
        if (word,) in nouns:
            found.add(plurals.get((word,), word))
    return found
