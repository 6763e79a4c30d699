"""Archive labels: a page's links to its records ("2023 Meeting Minutes", "Notes of the Annual
Parish Meeting 2019", "Agendas - March 2024") name the period a set of papers covers. The
line names records, not an occasion, so its year or month is no calendar entry, whatever
event noun it holds."""

from __future__ import annotations

from datetime import date, timedelta

from calfeed.events.vocabulary import word_list
from calfeed.events.words import Word, first_words, words_in
from calfeed.events.candidates import coarser_than_day
from calfeed.events.guessed_years import year_written
from calfeed.model import Timex
from calfeed.text import line_end, start_of_line

MAX_LABEL_WORDS = 8      # "Notes of the Annual Parish Meeting 2019"; longer is a sentence
MAX_RECORD_LINKS = 3     # "of the", "from our", "of this"


def archive_label(text: str, timex: Timex) -> bool:
    """The date's line is a short label naming records (record_nouns) over a year or a month."""
    if timex.type != "DATE" or not coarser_than_day(timex):
        return False
    start, end = start_of_line(text, timex.start), line_end(text, timex.end)
    while end > start and text[end - 1].isspace():     # the line stripped in place: a copy of it for each
        end -= 1                                        # date read a page written on one line once per date
    if end == start or text[end - 1] in ".!?":
        return False
    words = [w.lower for w in first_words(text, start, end, MAX_LABEL_WORDS + 1)]   # a longer line is split no further
    return len(words) <= MAX_LABEL_WORDS and any(w in word_list("record_nouns") for w in words)


def recorded_occasion(text: str, timex: Timex, page: date | None) -> bool:
    """The day names an occasion whose record the page offers ("A recording of the Oct. 11th
    information session is also available", "the minutes of the 14 May meeting"): a record
    noun (occasion_records) and only link words (occasion_record_links, at least one of
    occasion_record_heads) before it, and the occasion has happened: its day ended before the
    page's date, whatever tense the sentence is in (told in the past when the page has no date;
    a day without its year is taken as the last one).
    "Photos of the 12 December parade route" on a page of 20 November keep the parade's entry.
    A record noun counted as a time unit ("30 minutes from the 9am start") keeps no record."""
    if timex.type not in ("DATE", "TIME") or not _over(timex, page):
        return False
    words = [w for w in words_in(text, max(0, timex.start - 80), timex.start) if w.is_word]
    links = word_list("occasion_record_links")
    k = len(words) - 1
    while k >= 0 and len(words) - 1 - k < MAX_RECORD_LINKS and words[k].lower in links:
        k -= 1
    linked = {w.lower for w in words[k + 1:]}
    return (k >= 0 and k < len(words) - 1 and words[k].lower in word_list("occasion_records")
            and not (k > 0 and _counted_unit(words[k - 1], words[k]))
            and bool(linked & word_list("occasion_record_heads")))


def _over(timex: Timex, page: date | None) -> bool:
    """Whether the day (or hour) had ended before the page's date; with no page date, whether
    the sentence tells it in the past. A day written without its year ("the Feb. 2nd session")
    is the last such day, which a record shows has been: the resolver's year is no evidence."""
    if not year_written(timex):
        return True
    if page is None or timex.span is None:
        return timex.tense == "past"
    return (timex.span.end - timedelta(microseconds=1)).date() < page


def _counted_unit(before: Word, noun: Word) -> bool:
    """ "30 minutes", "ten minutes": the record noun is the tagger's time unit after a number."""
    from calfeed.timex.vocabulary import vocabulary   # here: calfeed.timex imports the text helpers

    table = vocabulary("en")
    return noun.lower in table.units and (before.is_number or before.lower in table.numbers)
