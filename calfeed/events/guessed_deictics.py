"""Days counted from a guessed document date. A page with no date of its own gets one guessed
(eight weeks before its first announced day, the nearest year the weekdays fit, ...), and
"this weekend", "Saturday", "next month" or "tonight" counted from that guess name a day nobody
wrote: "the Juneteenth Festival this weekend" on a page dated by a guess of 20 April put a
festival on 20-21 April, two months before the "Saturday, June 15" the page gives it.

The honest answer is no calendar entry: the entry goes to the review report, saying why and,
when the page names the same occasion on a written day, that it is kept there. A page date whose day
the text gives (a URL's "/2017/11/01/", a dateline without its year, "Today (17 July)") is no
guess, and the rule leaves it alone, as it does a page dated by the build day, whose entries stay
approximate (calfeed.events.guessed_dates says which dates are guesses); so is a guess the page's
own days bear out: a day it writes within a week of the deictic's day ("this Saturday" beside
"Friday, October 6"), or in its month ("next month"). A year counted from a guess ("later this
year") stays: the guess is seldom a year out.
"""

from __future__ import annotations

from datetime import date

from calfeed.events.candidates import GRANULARITY_ORDER, Candidate, one_day
from calfeed.events.guessed_dates import days_from_guess_dropped
from calfeed.events.identity import normalise_title
from calfeed.model import ReferenceDate, Timex

COUNTED_FROM_REFERENCE = "REF"     # raw values the tagger counts from the document date ("REF+P0WE")
WEEKDAY_FROM_REFERENCE = "WXX"     # a weekday with no day of the month ("XXXX-WXX-6;dir=this")
NEAR_DAYS = 6                       # a written day this near bears out a deictic's day


def deictic(timex: Timex) -> bool:
    """A day counted from the document date ("this weekend", "next month", "Saturday", "tonight");
    a year counted from it ("later this year") is left alone: a guess is seldom a year out."""
    raw = timex.raw_value or ""
    return (timex.type != "SET" and timex.interval is not None
            and GRANULARITY_ORDER.index(timex.interval.granularity) >= GRANULARITY_ORDER.index("month")
            and (raw.startswith(COUNTED_FROM_REFERENCE) or WEEKDAY_FROM_REFERENCE in raw.split(";")[0]))


def _borne_out(timex: Timex, written: list[date]) -> bool:
    """Whether a day the page writes falls within a week of the deictic's day ("this Saturday"
    beside "Friday, October 6"), or in its month ("next month")."""
    start = timex.interval.start.date()
    if timex.interval.granularity == "month":
        return any((day.year, day.month) == (start.year, start.month) for day in written)
    return any(abs((day - start).days) <= NEAR_DAYS for day in written)


def _written_days(timexes: list[Timex]) -> list[date]:
    """The days the page writes with a day of the month ("Saturday, June 15", "8 December 2011");
    a clock alone ("by 10 a.m.") sits on the guessed day and writes none."""
    return [t.interval.start.date() for t in timexes if one_day(t) and not deictic(t)]


def _same_occasion(one: Candidate, other: Candidate) -> bool:
    """Whether two entries name one occasion (the same head noun, or one title within the other),
    so the report can say the dropped one is kept on its written day."""
    if one.head is not None and one.head == other.head:
        return True
    a, b = normalise_title(one.frame.title), normalise_title(other.frame.title)
    return bool(a) and bool(b) and (a in b or b in a)


def without_guessed_deictics(candidates: list[Candidate], reference: ReferenceDate, timexes: list[Timex]
                             ) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
    """The candidates less those whose day is counted from a guessed document date that the
    page's written days (``timexes``) do not bear out, and each of those with the reason."""
    if not days_from_guess_dropped(reference):
        return candidates, []
    written = _written_days(timexes)
    guessed = [c for c in candidates if deictic(c.timex) and not _borne_out(c.timex, written)]
    dropped_ids = {id(g) for g in guessed}
    kept = [c for c in candidates if id(c) not in dropped_ids]
    dropped: list[tuple[Candidate, str]] = []
    for cand in guessed:
        why = (f"\"{cand.frame.title}\" is on \"{cand.timex.text}\", counted from the document's date, which is only "
               f"a guess ({reference.value.isoformat()}): no calendar entry on a day the document does not write")
        if any(_same_occasion(cand, other) for other in kept):
            why += "; the document names the occasion on a written day, kept there"
        else:
            why += "; give the document a `published:` date (or build with --reference-date) to place it"
        dropped.append((cand, why))
    return kept, dropped
