"""Dates a page writes that are no calendar entry of their own: a year or season that starts a
standing change ("beginning this year, all attendees are welcome", "This Mass will resume in
the Fall"), a year or term that titles a list of dates ("2024 Calendar with Full Details", "Fall
2025 Academic Calendar"), a year that says which one ("the 2021-2025 Council Plan"), or what a
change is for ("applications have been revamped for 2025"), a month that leads in to the dated
items it holds ("talks scheduled for the month of January include: Jan. 7 ..."), a day word used
as a noun ("a better tomorrow") or for the present age ("the relevance of Tagore today") and a weekday an ordinal makes the name of a monthly occasion
("First Friday & First Saturday")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import islice

from calfeed.events.candidates import coarser_than_day
from calfeed.events.phrases import NounPhrase
from calfeed.events.vocabulary import ending_phrase, event_nouns, merged_phrase_list, phrase_list, word_list
from calfeed.events.words import HYPHENED_WORD, Word
from calfeed.model import Timex
from calfeed.text import line_end, start_of_line

ONSET_REACH = 3          # words between an onset lead and its year ("starting in the year 2027")
LEAD_IN_WORDS = 3        # words between a month and the colon that leads in to its items ("January include:")
MAX_TITLE_WORDS = 10     # words of a line that titles a list ("2027 Regular Board Meeting Schedule")
_LETTER_AFTER = re.compile(r"[ \t]+[^\W\d_]")          # "2025 Community Grants Program": a word follows
_PHRASE_AFTER = re.compile(r"[^.,;:!?()\n]{0,80}")        # the words a year may qualify, up to punctuation
QUALIFIED_WORDS = 4      # words after a year that it may qualify ("2025 Community Grants Program applications")


def _words_before(text: str, timex: Timex, reach: int) -> list[str]:
    """The lower-cased words before a date on its own line, within ``reach`` characters."""
    line_start = start_of_line(text, timex.start)
    return [w.lower() for w in HYPHENED_WORD.findall(text[max(line_start, timex.start - reach):timex.start])]


def _year_wide(timex: Timex) -> bool:
    return timex.type == "DATE" and timex.span is not None and timex.span.granularity == "year"


def onset_year(text: str, timex: Timex) -> bool:
    """A year right after an onset lead (onset_leads: "beginning this year", "starting in 2027"),
    or a season, month or year after a resume lead (resume_leads: "This Mass will resume in the
    Fall"): when a standing change starts, not a happening."""
    if timex.type != "DATE" or not coarser_than_day(timex):
        return False
    before = _words_before(text, timex, 60)
    leads = merged_phrase_list(("resume_leads", "onset_leads")) if _year_wide(timex) else phrase_list("resume_leads")
    for gap in range(0, ONSET_REACH + 1):
        head = before[:len(before) - gap] if gap else before
        between = before[len(before) - gap:] if gap else []
        if any(w not in word_list("onset_fillers") for w in between):
            break
        if ending_phrase(head, leads) is not None:
            return True
    return False


def list_title_year(text: str, timex: Timex) -> bool:
    """A year or term on a short line that names a list of dates (list_title_nouns: "2024 Calendar
    with Full Details", "2027 Board Meeting Schedule", "Fall 2025 Academic Calendar"): the list's
    title, not a year-long entry."""
    if timex.type != "DATE" or not coarser_than_day(timex):
        return False
    start = start_of_line(text, timex.start)
    found = HYPHENED_WORD.finditer(text, start, line_end(text, timex.end))
    words = [m.group().lower() for m in islice(found, MAX_TITLE_WORDS + 1)]    # a longer line is split no further
    return len(words) <= MAX_TITLE_WORDS and any(w in word_list("list_title_nouns") for w in words)


def attributive_year(text: str, timex: Timex) -> bool:
    """A year written in figures before the noun it qualifies ("the Growing Gannawarra 2021-2025
    Council Plan", "our 2025 Community Grants Program"), with no preposition before it
    that would make it a time ("in 2025 the hall ...") and no event noun after it that it would
    date ("the 2027 elections"): it says which one, not when."""
    gap = _LETTER_AFTER.match(text, timex.end)
    if not _year_wide(timex) or not timex.text[:1].isdigit() or gap is None:
        return False          # "next year after the vote": a relative year is told as a time
    after = HYPHENED_WORD.match(text, gap.end() - 1)
    if after is not None and after.group().lower() in word_list("year_prepositions"):
        return False          # "2019 and 2020 will see ...": years joined, not a qualifier
    phrase = _PHRASE_AFTER.match(text, timex.end)
    nouns = {words[0] for words in event_nouns() if len(words) == 1}
    if phrase is not None and any(w.lower() in nouns for w in HYPHENED_WORD.findall(phrase.group())[:QUALIFIED_WORDS]):
        return False          # "the 2027 elections": the year dates the event it names
    before = _words_before(text, timex, 30)
    return not (before and before[-1] in word_list("year_prepositions"))


def scope_year(text: str, timex: Timex) -> bool:
    """A year after "for" that no timing word governs ("revamped for 2025", "our goals for 2026",
    but not "scheduled for 2026"): what a change or plan is for, not when something happens.
    A span of years ("tax owed for 2025/26") is left to the report's too-wide dates."""
    if not _year_wide(timex) or timex.end_interval is not None:
        return False
    before = _words_before(text, timex, 60)
    return (len(before) >= 2 and before[-1] in word_list("scope_prepositions")
            and before[-2] not in word_list("timing_participles"))


def lead_in_span(text: str, timex: Timex, inside: Callable[[], Iterable[Timex]]) -> bool:
    """A month or season that leads in to the dated items it holds ("Author Talks scheduled for
    the month of January include: Jan. 7 at 2 p.m. ..."; "Events in March:" over "March 3 ..."):
    a colon after it on its line, then a finer date within it. The items are the entries.
    ``inside`` gives the dates of its sentence (or its line and the lines it leads), read only for
    such a lead-in: reading them for every date made a line of many dates square. They are read one
    at a time up to the first held (on a page written on one line they run to the page's end)."""
    span = timex.span
    if timex.type != "DATE" or span is None or not coarser_than_day(timex):
        return False
    lead = text.find(":", timex.end, line_end(text, timex.end))
    if lead < 0 or len(HYPHENED_WORD.findall(text[timex.end:lead])) > LEAD_IN_WORDS:
        return False          # "Throughout June" over "Sun 1st June ...": a row of its own
    return any(other is not timex and other.start > lead and other.span is not None and not coarser_than_day(other)
               and span.start <= other.span.start and other.span.end <= span.end for other in inside())


def day_word_noun(text: str, timex: Timex) -> bool:
    """A day word used as a noun after a determiner ("to help make a better tomorrow", "for a
    brighter tomorrow"): an idiom, no date."""
    if timex.text.lower() not in word_list("noun_day_words"):
        return False
    before = _words_before(text, timex, 40)
    determiners = word_list("day_noun_determiners")
    if before[-1:] and before[-1] in determiners:
        return True              # "for our tomorrow"
    return len(before) >= 2 and before[-1] in word_list("day_noun_adjectives") and before[-2] in determiners


ERA_TOPIC_WORDS = 4      # words between "of" and a day word naming the present ("the relevance of Tagore's poems today")
_PLAIN_WORDS = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)*[ \t]+")


def topic_today(text: str, timex: Timex) -> bool:
    """A day word closing an "of" phrase after a noun of standing or meaning (era_topic_nouns:
    "a talk on the relevance of Tagore today", "the role of women today"): the present age the
    topic is seen in, no day; "a meeting of the board today" is one."""
    if timex.text.lower() not in word_list("era_day_words"):
        return False
    line_start = start_of_line(text, timex.start)
    window = text[max(line_start, timex.start - 80):timex.start]
    at = window.lower().rfind(" of ")
    if at < 0:
        return False
    between = window[at + 4:]
    if _PLAIN_WORDS.fullmatch(between) is None or len(between.split()) > ERA_TOPIC_WORDS:
        return False
    verbs = word_list("modal_words") | word_list("past_copulas") | word_list("schedule_copulas")
    if any(w.lower() in verbs for w in between.split()):
        return False         # "the future of the park is decided today": a clause, its day
    head = HYPHENED_WORD.findall(window[:at])
    return bool(head) and head[-1] in word_list("era_topic_nouns")     # not "the State of the Union today"


def ordinal_weekday(text: str, timex: Timex) -> bool:
    """A bare weekday right after a capitalised ordinal (occasion_ordinals: "First Friday",
    "Third Thursday"): the name of a monthly occasion, not the next such weekday."""
    if timex.type != "DATE" or not timex.text.isalpha():
        return False
    before = HYPHENED_WORD.findall(text[max(0, timex.start - 20):timex.start])
    return (bool(before) and text[timex.start - 1:timex.start].isspace() and before[-1][:1].isupper()
            and before[-1].lower() in word_list("occasion_ordinals"))


def trailing_deadline_word(words: list[Word], phrase: NounPhrase, date_start: int, date_end: int) -> bool:
    """A bare "deadline" written right after the date it labels, ending the clause ("submit the
    paper by 31st May, 2013 deadline"): it says the date is due, it names nothing; the act
    before the date names the entry. After an article the date is the noun's ("by the Tuesday
    deadline"), and the noun stays."""
    if not (phrase.first == phrase.head == phrase.last and words[phrase.head].lower in word_list("deadline_tail_words")):
        return False
    between = [w for w in words if date_end <= w.start < words[phrase.first].start]
    after = [w for w in words[phrase.last + 1:] if w.is_word]
    before = [w for w in words if w.end <= date_start and w.is_word]
    return (not after and all(not w.is_word for w in between) and len(before) > 0
            and before[-1].lower not in word_list("articles") and words[phrase.first].start >= date_end)
