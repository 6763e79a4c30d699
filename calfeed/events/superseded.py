"""A date replaced by another: "Submission deadline: March 15, 2027 (extended to March
22, 2027)", "~~March 20~~ March 27", "March 27 (was March 20)", "scheduled for Nov. 26 but
postponed to Nov. 30". Calls for papers extend deadlines in place, so the old date must not
stay in a subscriber's calendar beside the new one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from calfeed.events.quote_marks import ENGLISH, quote_marks
from calfeed.events.vocabulary import find_phrase, list_alternation, phrase_matches, table, word_list
from calfeed.model import Interval, Timex
from calfeed.text import CLAUSE_STOP, LINE_SENTENCE_END, line_end, only_marks, start_of_line
from calfeed.timex.lexicon import load_list
from calfeed.timex.old_dates import old_date_words

_WORD_RUN = re.compile(r"[a-z]+")
MAX_GAP = 40            # characters between the old date and the new one
NOW_GAP = 80            # the same when the new one is told as "will now <verb> on": a longer clause between
PLANNED_NOW_GAP = 200   # the same when a plan's word stands right before the old date ("was scheduled to be played on")
PLAN_REACH = 40         # characters before the old date searched for that word
_DROPPED = str.maketrans({c: " " for c in "()[],;:-–—"})
_QUOTES = quote_marks(ENGLISH)      # quote marks around a word ("the 'Due Date'"), not an apostrophe inside one


def replaced_dates(text: str, ordered: Sequence[Timex]) -> dict[tuple[int, int], Timex]:
    """Each replaced date's span, with the date that replaces it: the next date when the words
    between end on a supersede mark ("but was postponed to") or strike the first out
    ("~~March 20~~ March 27"); the date before when a mark of the old one stands between
    ("March 27 (was March 20)")."""
    marks, olds = supersede_marks(), word_list("superseded_marks")
    found: dict[tuple[int, int], Timex] = {}
    dated = [t for t in ordered if not t.value.endswith("_REF")]     # "will now close": "now" is no date here
    for index, (first, second) in enumerate(zip(dated, dated[1:])):
        if first.type not in ("DATE", "TIME") or second.type not in ("DATE", "TIME"):
            continue
        gap = text[first.end:second.start]
        if "\n" in gap or len(gap) > ROW_GAP:
            continue
        if _struck_pair(text, dated, index):
            found[(first.start, first.end)] = second     # "Abstracts due: March 3, 2031 March 10, 2031"
            continue
        if gap.strip() == "(" and _stated_new_day(text, second.end):
            found[(first.start, first.end)] = second     # "May 4, 2026 (May 18 is the new deadline)"
            continue
        between = _between_words(gap)
        if MAX_GAP < len(gap) <= NOW_GAP and "." not in gap and (_now_then().search(between) or _moving_chain(between, marks)):
            found[(first.start, first.end)] = second   # "planned for 14 January has been postponed and will now take place on"
            continue
        if len(gap) > MAX_GAP:
            # "March 14th 2026: Closing date for all … abstracts- Since several authors asked
            # for more time, the closing date … moves to March 24th 2026": a row's own date,
            # replaced by one its own sentence names.
            if _opens_row(text, first.start) and any(between.endswith(" " + m) for m in _row_marks()):
                found[(first.start, first.end)] = second
            continue
        if any(w in word_list("hedging_modals") for w in between.split()):
            continue      # "the ruling is due on 4 June but may be delayed until 9 June": still the plan
        if (_struck_out(text, first, between) or any(between == m or between.endswith(" " + m) for m in marks)
                or ("." not in gap and _now_then().search(between))
                or ("." not in gap and _told_then().search(between) and _instead_after(text, second.end))):
            found[(first.start, first.end)] = second
        elif between in olds:
            found[(second.start, second.end)] = first
        elif between in word_list("moved_range_links") and moved_from(text, first.start):
            found[(first.start, first.end)] = second      # "postponed from May 3, 2027 to May 10, 2027"
        elif moved_object(text, first.start, between):
            found[(first.start, first.end)] = second      # "rescheduling the June 4 meeting to June 5"
    days = [t for t in dated if t.type in ("DATE", "TIME")]
    for first, second in zip(days, days[1:]):     # a lapse ("by a day") may stand between
        gap = text[first.end:second.start]
        if (NOW_GAP < len(gap) <= PLANNED_NOW_GAP and "." not in gap and "\n" not in gap
                and _planned_before(text, first.start)
                and _now_then().search(_between_words(gap))):
            found.setdefault((first.start, first.end), second)
            # "that was scheduled to be played on Wednesday 19 at ..., owing to ..., and will now be played on"
    for first, second in zip(days, days[1:]):     # a length ("a day off") may stand between
        gap = text[first.end:second.start]
        if (MAX_GAP < len(gap) <= ROW_GAP and "." not in gap and "\n" not in gap
                and any(_between_words(gap).endswith(" " + m) for m in word_list("clause_superseded_marks"))):
            found.setdefault((second.start, second.end), first)    # "May 10 will be the holiday ..., instead of May 9"
    for first, second in zip(days, days[1:]):     # "initially due by March 14. The deadline ... has been extended ... to March 28"
        if (first.start, first.end) not in found and (_moved_in_next_sentence(text, first, second)
                                                      or _earlier_then_now(text, first, second)):
            found[(first.start, first.end)] = second
    clocks = [t for t in days if t.type == "TIME" and any(c.isdigit() for c in t.text)]   # not "two hours later"
    for first, second in zip(clocks, clocks[1:]):     # "The 6.10pm sailing ... will depart at 5.40pm"
        if (first.start, first.end) not in found and _retimed(text, first, second):
            found[(first.start, first.end)] = second
    old_days = {t.value: found[(t.start, t.end)] for t in days if (t.start, t.end) in found}
    for timex in days:     # the old day told again in the move's story ("... scheduled to be played on Wednesday 19",
        # "owing to the ground on Wednesday, and will now be played on ...")
        if ((timex.start, timex.end) not in found and timex.value in old_days
                and (_planned_before(text, timex.start) or _now_after(text, timex.end))):
            found[(timex.start, timex.end)] = old_days[timex.value]
    return found


NEW_DAY_GLOSS = 40      # characters from a bracketed new day to its bracket's close
RETIMED_WORDS = 14      # words between a service's own clock and the clock it will now run at


def _retimed(text: str, first: Timex, second: Timex) -> bool:
    """"The 6.10pm sailing to the mainland will depart at 5.40pm", "the late return, first set to leave at
    9.20pm, will now depart three hours later at 12.20am": the first clock names the service (right before its
    noun, or closing an aside before the comma), the second is when it now runs: a modal, "now" or not,
    and a verb of setting off (retimed_verbs), then "at" and the new clock, in one clause of one day."""
    if first.interval is None or second.interval is None or first.interval.start.date() != second.interval.start.date():
        return False
    gap = text[first.end:second.start]
    if "\n" in gap or "." in gap or ";" in gap or not gap.endswith(" at "):
        return False
    words = _WORD_RUN.findall(gap.lower())
    if not words or len(words) > RETIMED_WORDS or not (gap[:1] == " " and gap[1:2].isalpha() or gap[:1] == ","):
        return False
    modals, verbs = word_list("retimed_modals"), word_list("retimed_verbs")
    if gap[:1] == "," and len(words) > 1 and words[0] in word_list("verb_coordinators") and words[1] not in modals:
        return False      # "will begin at 6:15 PM, and the feast will begin at 7:00 PM": a second clause, its own subject
    at = next((k for k, w in enumerate(words) if w in modals), None)
    if at is None:
        return False
    rest = words[at + 1:]
    if rest[:1] == ["now"]:
        rest = rest[1:]
    return bool(rest) and rest[0] in verbs


def _stated_new_day(text: str, end: int) -> bool:
    """Whether the bracket a day opens says it is the new one: a copula of ``copula_links``, an
    article at most, then a mark of ``supersede_marks`` ("(May 18 is the new deadline)")."""
    close = text.find(")", end, end + NEW_DAY_GLOSS)
    if close < 0 or "\n" in text[end:close]:
        return False
    words = _between_words(text[end:close]).split()
    for copula in word_list("copula_links"):
        link = copula.split()
        if words[:len(link)] == link:
            rest = words[len(link):]
            if rest and rest[0] in word_list("articles"):
                rest = rest[1:]
            return " ".join(rest) in word_list("supersede_marks")
    return False


def replaces_in_place(text: str, old: Timex, new: Timex) -> bool:
    """Whether ``new`` replaces ``old`` right after it on its line, only a supersede mark between
    ("August 16th Changed to 23rd", "9 April 2027 (now the 16th)", "~~1 March~~ 15 March"): a
    row of a list keeps its place with the new day. The mark may open a bracket that closes the line."""
    gap = text[old.end:new.start]
    if "\n" in gap or len(gap) > MAX_GAP:
        return False
    return (_struck_out(text, old, gap) or _between_words(gap) in supersede_marks()
            or (gap.strip() == "(" and _stated_new_day(text, new.end)))


def after_new_day(text: str, new: Timex, end: int) -> str:
    """The rest of the line after a day that replaces one in place, up to ``end``, less the
    bracket its mark opened ("9 April 2027 (now the 16th)"): what a row may still hold after it."""
    return text[new.end:end].replace(")", " ", 1)


@lru_cache(maxsize=None)
def supersede_marks() -> frozenset[str]:
    """The marks of a new day: supersede_marks, and every moving verb of schedule_verbs (span "move":
    "rearranged for", "switched to"), so a verb that moves a subject to its new day also drops the
    old day written before it. Folded as the words between two dates are ("re-arranged for")."""
    forms = {row["form"] for row in table("schedule_verbs") if row["span"] == "move"}
    return frozenset(_between_words(mark) for mark in word_list("supersede_marks") | forms)


def _between_words(gap: str) -> str:
    """The words between two dates, lower case, brackets and punctuation dropped."""
    return " ".join(gap.translate(_DROPPED).lower().split())


def _struck_out(text: str, old: Timex, between: str) -> bool:
    """Whether ``old`` is struck out in Markdown ("~~1 March~~ **15 March**"), only emphasis
    marks in ``between`` besides the closing "~~"."""
    return text[max(0, old.start - 2):old.start] == "~~" and between.strip("*_ ") == "~~"


def _moving_chain(between: str, marks: frozenset[str]) -> bool:
    """The words between two days are only auxiliaries and moving verbs joined by "and", ending on
    a mark of the new day: "has been postponed and rescheduled until" says the second day replaces
    the first however many of them the chain holds. Every mark the words end on is tried, as the
    marks are a set: the first one met ("extended to" before "deadline extended to") changed with
    the process's hash seed."""
    words = between.split()
    links = word_list("move_auxiliaries") | word_list("moving_chain_links")
    verbs = {w for v in _moving_verbs() for w in v}
    chains = (words[:-len(told)] for told in (mark.split() for mark in marks)
              if len(words) > len(told) and words[-len(told):] == told)
    return any(any(w in verbs for w in chain) and all(w in links or w in verbs for w in chain) for chain in chains)


SENTENCE_REACH = 400    # characters after a date read for what happens instead: one sentence's rest


@lru_cache(maxsize=None)
def _now_phrases(gap: str) -> str:
    """The instead_now_phrases as one alternation, their words joined by ``gap``: the sentence's rest
    lets a line break stand between them (r"\\s+"), a gap between two dates one blank (r"\\s")."""
    return "|".join(gap.join(map(re.escape, phrase.split())) for phrase in sorted(word_list("instead_now_phrases")))


@lru_cache(maxsize=None)
def _now_ahead() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + _now_phrases(r"\s+") + r")\s", re.IGNORECASE)


def _now_after(text: str, end: int) -> bool:
    """Whether the rest of the date's sentence says what "will now" happen instead. Read up to the
    sentence's end, at most SENTENCE_REACH characters: a page without full stops is no longer read to
    its end for every old day told on it."""
    limit = min(len(text), end + SENTENCE_REACH)
    stops = [at for at in (text.find(". ", end, limit), text.find("\n", end, limit)) if at >= 0]
    return _now_ahead().search(text, end, min(stops, default=limit)) is not None


ROW_GAP = 240           # characters from a row's opening date to the mark of its new date


def extended_rows(text: str, ordered: Sequence[Timex]) -> tuple[list[Timex], dict[tuple[int, int], str]]:
    """A row's own date moved by a mark at the row's end ("October 31: Deadline for all
    submissions (extended to November 5)", "October 31: Deadline … presentations.  EXTENDED TO
    NOVEMBER 5"): the row's date takes the new day, so the row's label still names it, and the
    new date's words give no entry of their own. Returns the dates, and each moved row date's
    span with its old words."""
    marks = _row_marks()
    dated = [t for t in ordered if not t.value.endswith("_REF")]
    moved: dict[int, Timex] = {}
    dropped: set[int] = set()
    for first, second in zip(dated, dated[1:]):
        gap = text[first.end:second.start]
        if (first.type != "DATE" or second.type != "DATE" or len(gap) <= MAX_GAP or len(gap) > ROW_GAP
                or "\n" in gap or not _opens_row(text, first.start) or id(first) in dropped):
            continue
        last = " ".join(_CLAUSE_MARK.split(gap)[-1].translate(_DROPPED).lower().split())
        if last in marks:       # the mark alone in its clause: nothing but the row names the new day
            moved[id(first)] = replace(second, start=first.start, end=first.end, text=first.text)
            dropped.add(id(second))
    out = [moved.get(id(t), t) for t in ordered if id(t) not in dropped]
    return out, {(t.start, t.end): t.text for t in moved.values()}


_CLAUSE_MARK = re.compile(r"[.;!?(]|[-–—] ")
MAX_STACK_BLANKS = 2     # blank lines around a mark alone on its line between a value and its new value


def stacked_moves(text: str, ordered: Sequence[Timex]) -> tuple[list[Timex], dict[tuple[int, int], str], set[tuple[int, int]]]:
    """A label's value moved by a mark alone on the line under it, the new value on the line
    under that ("Submission Deadline" / "January 24, 2019" / "Extended to" / "March 19, 2019"):
    the old value's words take the new day, so the label still names it. Returns the dates,
    each moved value's span with its old words, and the new values' spans, which give no entry
    of their own but stay dates for the readers of the page's layout."""
    marks = _row_marks()
    dated = [t for t in ordered if not t.value.endswith("_REF")]
    moved: dict[int, Timex] = {}
    new_spans: set[tuple[int, int]] = set()
    for first, second in zip(dated, dated[1:]):
        if (first.type == "DATE" and second.type == "DATE" and (first.start, first.end) not in new_spans
                and _stacked_mark(text, first, second, marks)):
            moved[id(first)] = replace(second, start=first.start, end=first.end, text=first.text)
            new_spans.add((second.start, second.end))
    out = [moved.get(id(t), t) for t in ordered]
    return out, {(t.start, t.end): t.text for t in moved.values()}, new_spans


def _stacked_mark(text: str, first: Timex, second: Timex, marks: tuple[str, ...]) -> bool:
    """A value ending its line, then the new value ending a line under it, and between them only
    a supersede mark: alone on a line ("January 24, 2019" / "Extended to" / "March 19, 2019",
    blank lines between allowed) or as the new value's label ("Extended to: May 17, 2027")."""
    if _line_rest_holds(text, second.end) or _line_rest_holds(text, first.end):
        return False
    lines = text[first.end:second.start].split("\n")
    if len(lines) < 2 or lines[0].strip() or len(lines) - 2 > 2 * MAX_STACK_BLANKS + 1:
        return False
    filled = [line for line in lines[1:] if line.strip()]
    if len(filled) != 1:
        return False
    said = " ".join(filled[0].translate(_DROPPED).lower().split()).strip(" *_•·")
    return said in marks


def _line_rest_holds(text: str, end: int) -> bool:
    """Whether a line holds more after ``end`` than emphasis and a full stop, read in place (a copy
    of the rest of the line for each date made a long line square)."""
    return not only_marks(text, end, line_end(text, end), " \t*_.")


@lru_cache(maxsize=None)
def _row_marks() -> tuple[str, ...]:
    return tuple(sorted(supersede_marks() - word_list("sentence_only_supersede_marks")))


def _opens_row(text: str, start: int) -> bool:
    """Whether a date opens its line, past a bullet ("October 31: …", "- 3 May: …")."""
    return only_marks(text, start_of_line(text, start), start, " \t-*•·|>")


MOVE_REACH = 60         # characters before "from" searched for the verb that moved the date
MOVE_WORDS = 5          # words between that verb and "from" ("extended the deadline from")
DATE_OBJECT_REACH = 140     # characters before "from" when the verb's object is a date noun
DATE_OBJECT_WORDS = 16      # words then between the verb and "from" ("push back the closing date to enrol … from")
DATE_OBJECT_AT = 3          # the date noun within this many words after the verb ("push back the closing date")


@lru_cache(maxsize=None)
def _moving_verbs() -> tuple[tuple[str, ...], ...]:
    """The tagger's postponing verbs ("extended", "postponed", "moved") and their other forms
    ("extend", "postpones"): their "from" date is the old one."""
    verbs = set(load_list("en", "forward_verbs")) | word_list("moving_verb_forms")
    return tuple(sorted(tuple(v.lower().split()) for v in verbs))


def moved_from(text: str, start: int) -> bool:
    """Whether a moving verb, then "from", stands right before ``start`` in its clause:
    "has been extended from June 30", "has extended, from June 30", "moved the vote from"; or
    further back when the verb's object is a date noun ("agreed to push back the closing date
    to enrol for the weekend classes (art only) from May 4"). The old day may be named as the old
    date first ("rescheduled the fair from its original date 3 May to ...", old_dates.py)."""
    words = _lead_words(text, start, MOVE_REACH)
    named = old_date_words(words)
    if named:       # the reach counts from "from", as without the phrase
        words = _lead_words(text, start, MOVE_REACH + len(" ".join(words[-named:])) + 1)[:-named]
    if not words or words[-1] not in word_list("moved_from_links"):
        return False
    first = max(0, len(words) - 1 - MOVE_WORDS - 2)
    leads = word_list("moved_verb_adjective_leads")
    if any(first + k == 0 or words[first + k - 1] not in leads
           for k, _ in phrase_matches(words[first:-1], _moving_verbs())):
        return True       # (not "for an extended period from": an adjective there, no move)
    words = _lead_words(text, start, DATE_OBJECT_REACH)
    far = words[max(0, len(words) - 1 - DATE_OBJECT_WORDS - 2):-1]
    nouns = word_list("moved_date_nouns")
    for k in range(len(far)):
        for verb in _moving_verbs():
            if tuple(far[k:k + len(verb)]) == verb:
                after = far[k + len(verb):k + len(verb) + DATE_OBJECT_AT]
                if any(w in nouns for w in after):
                    return True
    return False


MOVED_NOUN_WORDS = 4        # words naming the moved thing between its old day and "to" ("City Council meeting")


def moved_object(text: str, start: int, between: str) -> bool:
    """Whether a moving verb takes the day at ``start`` as the first word of its object and the
    object's noun then leads to the new day: "rescheduling the June 4 meeting to June 5", "moving the
    12 March forum to 14 March". ``between`` is the folded words from the old day to the new one:
    only a few words (the moved thing's name, no verb of its own) and a range link at the end."""
    words = between.split()
    if not words or words[-1] not in word_list("moved_range_links") or not 1 < len(words) <= MOVED_NOUN_WORDS + 1:
        return False
    if any(w in word_list("move_auxiliaries") or w in word_list("cancel_object_stops") for w in words[:-1]):
        return False      # "meeting; the picnic will still be held on": another statement
    lead = _lead_words(text, start, MOVE_REACH)
    while lead and lead[-1] in word_list("move_date_leads"):
        lead = lead[:-1]
    return any(tuple(lead[-len(verb):]) == verb for verb in _moving_verbs() if len(lead) >= len(verb))


def moved_name(text: str, old: Timex, new: Timex) -> str | None:
    """The name of the thing moved from ``old`` to ``new`` when it stands between them ("rescheduling
    the June 4 Board meeting to June 5": "Board meeting"); None for other moves."""
    between = " ".join(text[old.end:new.start].translate(_DROPPED).split())
    if not moved_object(text, old.start, between.lower()):
        return None
    return between.rsplit(" ", 1)[0]


def _lead_words(text: str, start: int, reach: int) -> list[str]:
    """The folded words of the clause up to ``start``, at most ``reach`` characters back."""
    lead = CLAUSE_STOP.split(text[max(0, start - reach):start])[-1]
    return [w.strip(_QUOTES) for w in lead.translate(_DROPPED).lower().split()]    # "extends the 'Due Date'"


@lru_cache(maxsize=None)
def _and_from() -> re.Pattern[str]:
    joiners, links = list_alternation("moved_range_joiners", r"\s+"), list_alternation("moved_from_links", r"\s+")
    return re.compile(rf"\s*,?\s+(?:{joiners})(?:\s+[\w()-]+){{0,6}}?\s+(?:{links})\s+\Z", re.IGNORECASE)


def coordinated_move(text: str, previous_end: int, start: int) -> bool:
    """Whether "and … from" alone joins a moved range to the next one in its sentence: "extend
    the closing date for day pupils from May 2 to May 6 and for boarders from May 9 to May 13"."""
    if start - previous_end > MOVE_REACH or previous_end > start:
        return False
    return _and_from().fullmatch(text, previous_end, start) is not None


def moved_ranges(text: str, ordered: Sequence[Timex],
                 reference: date | None = None) -> tuple[list[Timex], dict[tuple[int, int], str]]:
    """A moving verb's "from X to Y" read as one range ("The deadline has been extended from
    June 30 to December 31") names the old date and the new one, not six months: each such
    range becomes its last part; without a written year that is the first such day on or
    after the document's date (a new date lies ahead, whether or not the old one has passed).
    Returns the dates, and each new part's span with the old date's words (for the note that
    it replaces them)."""
    out: list[Timex] = []
    old: dict[tuple[int, int], str] = {}
    links = word_list("moved_range_links")
    previous_end = -1       # where the last moved range ended: "… from X to Y and for Z from"
    for index, timex in enumerate(ordered):
        last = timex.end_interval
        link = _last_link(timex.text, links) if last is not None and timex.type == "DATE" else None
        if link is None or not (moved_from(text, timex.start) or coordinated_move(text, previous_end, timex.start)) \
                or _old_range(text, timex, ordered[index + 1:index + 2], links):
            out.append(timex)
            continue
        previous_end = timex.end
        if reference is not None and "to=XXXX-" in timex.raw_value and last.granularity == "day":
            last = _next_on_or_after(last, reference)
        first_day, last_day = _week_days(timex, last)
        part = replace(timex, start=timex.start + link[1], text=timex.text[link[1]:], interval=first_day,
                       end_interval=last_day, value=_value_of(first_day, timex.value))
        old[(part.start, part.end)] = timex.text[:link[0]].strip()
        out.append(part)
    return out, old


def _old_range(text: str, timex: Timex, following: Sequence[Timex], links: frozenset[str]) -> bool:
    """Whether ``timex``, a range after "from", is the old days themselves because a link to the new
    ones follows it ("postponed from May 8-10 to May 22-24"): no "from X to Y" of its own."""
    if not following:
        return False
    gap = text[timex.end:following[0].start]
    return "\n" not in gap and _between_words(gap) in links


_LINK = re.compile(r"(?<!\S)([A-Za-z]+)(?!\S)|\s*[-–—]\s*")


def _last_link(written: str, links: frozenset[str]) -> tuple[int, int] | None:
    """Where the last range link of a range's words stands ("June 30 to December 31": " to ")."""
    found = None
    for match in _LINK.finditer(written):
        word = match.group(1)
        if word is None:
            found = (match.start(), match.end())
        elif word.lower() in links:
            start, end = match.start(), match.end()
            while start > 0 and written[start - 1].isspace():
                start -= 1
            while end < len(written) and written[end].isspace():
                end += 1
            found = (start, end)
    return found


def _next_on_or_after(day: Interval, reference: date) -> Interval:
    """The same month and day, in the first year it falls on or after ``reference``."""
    for year in (reference.year, reference.year + 1):
        try:
            start = day.start.replace(year=year)
        except ValueError:          # 29 February
            continue
        if start.date() >= reference:
            return Interval(start, start + (day.end - day.start), day.granularity)
    return day


WEEK_RULES = frozenset({"nth_week"})     # the tagger's rules for a week of a month ("the second week of June")
WEEK = timedelta(days=7)


def _week_days(timex: Timex, last: Interval) -> tuple[Interval, Interval | None]:
    """The new part's first day and last day: a range's last part keeps only its last day, which
    is the whole of a day, month or year, but of a week told as the new date ("transferred from
    October to the second week of November") only its seventh day; the week runs the six days
    before it too."""
    if timex.rule.rsplit("+", 1)[-1] not in WEEK_RULES or last.granularity != "day":
        return last, None
    start = last.end - WEEK
    return Interval(start, start + timedelta(days=1), "day"), last


def _value_of(interval, fallback: str) -> str:
    """The TIMEX3 value of a day, month or year the range's last part covers."""
    formats = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    granularity = interval.granularity
    return interval.start.strftime(formats[granularity]) if granularity in formats else fallback


def _new_day_preposition() -> str:
    """The preposition of the new date at the end of what is read (new_day_prepositions)."""
    return r"\s(?:" + list_alternation("new_day_prepositions", r"\s") + ")$"


@lru_cache(maxsize=None)
def _now_then() -> re.Pattern[str]:
    """"which was due to close today, will now close at 11:59pm on Sunday 31 January", "will instead be
    held on": a phrase of instead_now_phrases and a verb or two, then the preposition of the new date."""
    phrases = _now_phrases(r"\s")
    return re.compile(rf"(?:^|\s)(?:{phrases})(?:\s[a-z]{{2,12}}){{1,3}}{_new_day_preposition()}")


@lru_cache(maxsize=None)
def _told_then() -> re.Pattern[str]:
    """"will be held on 22 May instead": a modal or copula (new_day_auxiliaries) and a verb or two
    before the new date, a mark after it."""
    auxiliaries = list_alternation("new_day_auxiliaries", r"\s")
    return re.compile(rf"(?:^|\s)(?:{auxiliaries})(?:\s[a-z]{{2,12}}){{1,3}}{_new_day_preposition()}")
_AFTER_NEW_DAY = re.compile(r"[ \t]*([a-z]+)[ \t]*(?:[.;!]|,?[ \t]*$|,[ \t]+)", re.IGNORECASE | re.MULTILINE)


def _instead_after(text: str, end: int) -> bool:
    """Whether a mark of a replacement (trailing_instead_marks: "instead") closes the new day's clause
    right after it ("the meeting on 15 May will be held on 22 May instead.")."""
    match = _AFTER_NEW_DAY.match(text, end)
    return match is not None and match.group(1).lower() in word_list("trailing_instead_marks")
_STAMP_LEAD = re.compile(r"[\s*_\[(#>-]*([A-Za-z][A-Za-z ]{0,20}?)[\s,(\[]*\Z")
# after the date: a colon, dash or bracket ("Update (2 April):"), a hyphen standing for a dash
# ("UPDATE 18/5/14- the board ..."), or the line's end ("Update 6 May" alone on its line, over the
# note it stamps)
_STAMP_TAIL = re.compile(r"[)\]*_ \t]*(?:[:—–\]-]|\r?\n|\Z)")


def update_stamp(text: str, timex: Timex) -> bool:
    """Whether the date stamps a note of a change: "Update (April 2, 2028): the paper submission
    deadline has been extended to April 18, 2028", "**Updated 3 March:** ...". The day the page
    changed is no day of the thing it changes."""
    line_start = start_of_line(text, timex.start)
    lead = _STAMP_LEAD.fullmatch(text, line_start, timex.start)
    if lead is None or " ".join(lead.group(1).lower().split()) not in word_list("update_stamps"):
        return False
    return _STAMP_TAIL.match(text, timex.end) is not None


def _planned_before(text: str, start: int) -> bool:
    """Whether a word of a plan (superseded_plan_marks: "scheduled", "originally") stands in the
    PLAN_REACH characters before ``start`` on its line: the date is what was planned."""
    line_start = start_of_line(text, start)
    reach = max(line_start, start - PLAN_REACH)
    closed = text.rfind(")", reach, start)
    if closed >= 0:      # "(Previously scheduled for 16th May)** Thursday, 16th May": the bracket held the plan
        reach = closed + 1
    words = re.findall(r"[a-z]+", text[reach:start].lower())
    return any(w in word_list("superseded_plan_marks") for w in words)


MAX_STRUCK_DAYS = 120     # an extension moves a deadline by days or weeks, not by a season
MAX_STRUCK_ROW = 160      # characters a label row runs before the pair or after it
_BULLETS = " \t-*•·>"


def _struck_pair(text: str, dated: Sequence[Timex], index: int) -> bool:
    """Whether the days ``dated[index]`` and the next stand side by side under one label with only
    blanks between ("Abstracts due: March 3, 2031 March 10, 2031", or the label on the line
    above): the page struck the first out and its text kept both, so the later day replaced it.
    Both must write their year, the second fall within MAX_STRUCK_DAYS after the first, and no
    other day share their line or the label's (a flattened table row: "Closing date Meeting date"
    over "3 March 24 March"). Only the dates next to the pair are looked at, so a line packed
    with dates costs no more per pair."""
    first, second = dated[index], dated[index + 1]
    if first.type != "DATE" or second.type != "DATE" or text[first.end:second.start].strip():
        return False
    if first.interval is None or second.interval is None or "X" in (first.raw_value or first.value) \
            or "X" in (second.raw_value or second.value) or first.end_interval or second.end_interval:
        return False
    if first.interval.granularity != "day" or second.interval.granularity != "day":
        return False
    ahead = (second.interval.start - first.interval.start).days
    if not 0 < ahead <= MAX_STRUCK_DAYS:
        return False
    reach = max(0, first.start - MAX_STRUCK_ROW)
    line_start = text.rfind("\n", reach, first.start) + 1
    if line_start == 0 and reach > 0:
        return False          # a long line's inside: no label row
    stop = text.find("\n", second.end, second.end + MAX_STRUCK_ROW)
    line_end = min(len(text), second.end + MAX_STRUCK_ROW) if stop < 0 else stop
    lead = text[line_start:first.start].strip(_BULLETS)
    above_start = start_of_line(text, max(0, line_start - 1)) if not lead else line_start
    if _day_between(dated, index - 1, -1, above_start) or _day_between(dated, index + 2, 1, line_end):
        return False
    if lead:
        return lead.endswith(":") and any(c.isalpha() for c in lead)
    above = text[above_start:max(above_start, line_start - 1)].strip(_BULLETS)
    return above.endswith(":") and any(c.isalpha() for c in above)


def _day_between(dated: Sequence[Timex], k: int, step: int, bound: int) -> bool:
    """Whether a DATE stands from ``dated[k]`` on, walking by ``step``, before passing ``bound``
    (a start bound walking back, an end bound walking on): the walk stops at the first date
    past it or the first DATE found."""
    while 0 <= k < len(dated) and (dated[k].start >= bound if step < 0 else dated[k].start < bound):
        if dated[k].type == "DATE":
            return True
        k += step
    return False


def _moved_in_next_sentence(text: str, first: Timex, second: Timex) -> bool:
    """Whether ``first`` is a plan's day ("submissions initially due by March 14", "were originally
    due on 5 April") and the very next sentence moves a date to ``second`` ("The deadline for
    submissions has been extended for two weeks now closing on March 28"): the plan's day was
    the old one. One sentence end between them, on one line, within PLANNED_NOW_GAP characters."""
    gap = text[first.end:second.start]
    if "\n" in gap or len(gap) > PLANNED_NOW_GAP or len(LINE_SENTENCE_END.findall(gap)) != 1:
        return False
    if not _planned_before(text, first.start):
        return False
    told = LINE_SENTENCE_END.split(gap)[-1].translate(_DROPPED).lower().split()
    return find_phrase(told, _moving_verbs()) is not None


OPENER_REACH = 300      # characters back from a date searched for its sentence's opening word


def _earlier_then_now(text: str, first: Timex, second: Timex) -> bool:
    """Whether ``first`` stands in a sentence that opens on a word of an earlier plan
    (superseded_openers: "Earlier, the board had said that entries close on May 3") and the very
    next sentence says, before ``second``, what holds now (now_marks: "However, entries now close
    on May 17"): the earlier day was replaced. One sentence end between them, on one line, within
    PLANNED_NOW_GAP characters; the opening word is looked for within OPENER_REACH characters."""
    gap = text[first.end:second.start]
    if "\n" in gap or len(gap) > PLANNED_NOW_GAP or len(LINE_SENTENCE_END.findall(gap)) != 1:
        return False
    reach = max(text.rfind("\n", max(0, first.start - OPENER_REACH), first.start) + 1, first.start - OPENER_REACH)
    before = text[reach:first.start]
    ends = list(LINE_SENTENCE_END.finditer(before))
    if not ends and reach > 0 and text[reach - 1] != "\n":
        return False          # the sentence opens farther back than the reach
    opening = re.findall(r"[a-z]+", before[ends[-1].end():].lower() if ends else before.lower())
    if not opening or opening[0] not in word_list("superseded_openers"):
        return False
    told = re.findall(r"[a-z]+", LINE_SENTENCE_END.split(gap)[-1].lower())
    return any(w in word_list("now_marks") for w in told)


def superseded_days(replaced: dict[tuple[int, int], Timex], ordered: Sequence[Timex]) -> dict[tuple[int, int], str]:
    """Each replacing date's span, with the day it replaces as written ("moved to June 8 instead
    of June 1": June 8's span and "XXXX-06-01", as a year-less old day may resolve to another year
    than its earlier mentions): the other mentions of that day for the same occasion go too
    (settling.without_superseded_mentions)."""
    written = {(t.start, t.end): t.raw_value or t.value for t in ordered}
    return {(new.start, new.end): written[old] for old, new in replaced.items() if old in written}
