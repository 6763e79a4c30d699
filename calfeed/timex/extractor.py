"""Phase 1: finding expressions with the compiled rules and choosing among overlaps.

Each rule finds what ``finditer`` over the whole text would find, but is tried only at the
word starts that can open it (see openings): one linear scan locates them all.
Overlapping candidates are settled by length, then rule priority, which is how
"21-22 June 2011" beats "22 June 2011" and "2011".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache, partial

from calfeed.text import SentenceLookup
from calfeed.timex.builders import (
    Atom, weekday_agrees, build_calendar, build_duration, build_numeric, build_offset, build_ordinal_unit, build_relative,
    build_set, build_unit, cased, groups,
)
from calfeed.timex.closed_years import closed_leading_year, leading_year_group, past_closed_year
from calfeed.timex.compose import compose
from calfeed.timex.gc_paused import collector_paused
from calfeed.timex.glued_cells import crosses, day_before, original, unglued
from calfeed.timex.heading_days import HEADING_ROWS
from calfeed.timex.lexicon import load_list, ordinal_ending
from calfeed.timex.inline_month_days import MONTH_LINES
from calfeed.timex.month_then_days import month_days
from calfeed.timex.table_month_days import TABLE_ROWS
from calfeed.timex.other_eras import era_marked
from calfeed.timex.names import (attributive_weekdays, day_word_in_name, generic_of, generic_possessor,
                                 holiday_place_name, in_longer_name, month_as_named_person, month_in_name, numbered,
                                 quoted_title, weekday_in_name, year_in_called_name)
from calfeed.timex.kinds_led import scan_pattern
from calfeed.timex.openings import opened_at
from calfeed.timex.rules import Rule, expand, rules
from calfeed.timex.tense import tense_at
from calfeed.timex.vocabulary import Vocabulary, vocabulary
from calfeed.model import Later, MarkedDate, Timex
from calfeed.timex.marked_dates import apply_marked
from calfeed.timex.match_halves import match_halves

_BUILDERS = {
    "calendar": build_calendar,
    "relative": build_relative,
    "unit": build_unit,
    "duration": build_duration,
    "offset": build_offset,
    "set": build_set,
    "ordinal_unit": build_ordinal_unit,
}

# Rules whose match is a month name alone: one a name word leads may be part of the name.
_BARE_MONTH_RULES = frozenset({"month_alone"})
_WEEKDAY_ALONE_RULES = frozenset({"weekday_alone"})
_YEAR_ALONE_RULES = frozenset({"year_alone"})
# Rules whose match is a word naming a day from the document's date ("today", relative.tsv).
_DAY_WORD_RULES = frozenset({"relative_word"})
# Rules for what TimeML annotates but no calendar can use: a day counted within an event the words
# do not date ("the second day of the offensive"). Read only in TimeML mode, so events and the
# review report never see them (events would list each as a day it cannot place).
# So is an amount of time in each period ("eight hours a day"): one SET in TimeML, while events keep
# the amount (a SET there would repeat the sentence's event every day).
_TIMEML_ONLY_RULES = frozenset({"ordinal_day", "numbered_day", "amount_per_unit"})
# Rules for what a calendar reads as one series but TimeML as one TIMEX3 a name: two weekdays in the
# plural ("on Mondays and Thursdays") are one weekly series of two days for events, two SETs in TimeML.
_CALENDAR_ONLY_RULES = frozenset({"weekday_plural_pair"})


def _matches(text: str, lang: str, timeml: bool = False) -> Iterator[tuple[Rule, re.Match[str]]]:
    """Every rule's matches over the whole text, each rule tried only where it can open, in
    rule order, as the overlaps' ties are settled in the order found (see select); the
    TimeML-only rules only when ``timeml``, the calendar-only ones only without it."""
    where, unread = opened_at(text, lang)
    every = rules(lang)
    vocab = vocabulary(lang)
    reads = _reads(lang)
    for index in sorted(where.keys() | set(unread)):
        rule = every[index]
        if not timeml and rule.name in _TIMEML_ONLY_RULES or timeml and rule.name in _CALENDAR_ONLY_RULES:
            continue
        regex = rule.regex
        known = reads[index]
        if known is None:
            known = reads[index] = _rule_reads(rule, lang)
        year_group, weekday_led = known
        for match in regex.finditer(text) if index in unread else scan_pattern(regex, text, where[index]):
            if year_group is not None and closed_leading_year(match, year_group, text, lang):
                match = past_closed_year(rule, match, text, lang)     # "June 2029 First quarter"
                if match is None:
                    continue
            yield rule, match
            after = (weekday_led and _past_word_weekday(rule, match, text, vocab)) or _past_blank_line(rule, match, text)
            if after is not None:
                yield rule, after


@lru_cache(maxsize=None)
def _reads(lang: str) -> list[tuple[str | None, bool] | None]:
    """Per rule, once it is first tried (its pattern compiled then): ``_rule_reads``. A rule is
    tried in about four texts for each match it makes, so asking these per match, or per rule
    and text, cost more than the answers."""
    return [None] * len(rules(lang))


def _rule_reads(rule: Rule, lang: str) -> tuple[str | None, bool]:
    """What each match of ``rule`` is asked that depends on the rule alone: the group of the year
    it may open with (``closed_years``), and whether it may open with a weekday."""
    return leading_year_group(rule, lang), "wd" in rule.regex.groupindex


_NEXT_WORD = re.compile(r"[^\w\n]{1,3}")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]{1,12})[^\S\n]{1,3}$")


def _weekday_as_word(match: re.Match[str], text: str, vocab: Vocabulary, lang: str) -> bool:
    """"in the sun, 4th July", "we sat, 12th June": a weekday abbreviation in lower case after a
    determiner or a subject (weekday_word_leads) is the noun or verb it also is, not the day's weekday."""
    if "wd" not in match.re.groupindex or match.start("wd") != match.start():
        return False
    weekday = match.group("wd")
    if not weekday or cased(weekday, vocab):
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
    return before is not None and before.group("word").lower() in _weekday_word_leads(lang)


@lru_cache(maxsize=None)
def _weekday_word_leads(lang: str) -> frozenset[str]:
    return frozenset(load_list(lang, "weekday_word_leads"))


def _past_word_weekday(rule: Rule, match: re.Match[str], text: str, vocab: Vocabulary) -> re.Match[str] | None:
    """"sat 24th Dec", "wed 3 May": a weekday abbreviation written as the ordinary word it also is
    makes no date, but a rule that may open with a weekday took it in and went past the day after it;
    the same rule read again from the next word finds that day. So too a weekday written before a
    full numeric date that is not that date's ("Friday 2019-03-14", wdagree): each is read alone."""
    if "wd" not in match.re.groupindex or match.start("wd") != match.start():
        return None
    if cased(match.group("wd"), vocab) and (match.re.groupindex.get("wdagree") is None
                                            or match.group("wdagree") is None or weekday_agrees(groups(match), vocab)):
        return None
    gap = _NEXT_WORD.match(text, match.end("wd"))
    return rule.regex.match(text, gap.end()) if gap is not None else None


def _past_blank_line(rule: Rule, match: re.Match[str], text: str) -> re.Match[str] | None:
    """"Saturday" / "" / "12/27/32 Boxing Day observed": a rule that may open with a weekday took the
    last word of one paragraph and ran over the blank line into the date opening the next, a match
    no date may be (_not_a_date); the same rule read again from the next paragraph's first word
    finds that date, which the finder would otherwise have passed over. A blank line holds two
    line breaks: most matches hold none, and counting them is far cheaper than the search."""
    if text.count("\n", match.start(), match.end()) < 2:
        return None
    blank = None
    for blank in _BLANK_LINE.finditer(text, match.start(), match.end()):
        pass
    if blank is None:
        return None
    start = _SPACES.match(text, blank.end()).end()
    return rule.regex.match(text, start) if start < match.end() else None


_SPACES = re.compile(r"\s*")


def candidates(text: str, lang: str = "en", day_first: bool = True, timeml: bool = False) -> list[Atom]:
    """Every rule's matches over the whole text that make a date, as atoms."""
    vocab = vocabulary(lang)
    marked, put, marks = unglued(text, lang)
    found: list[Atom] = []
    for rule, match in _matches(marked, lang, timeml):
        if marks and crosses(marks, *match.span()) or _not_a_date(rule, match, marked, lang):
            continue
        atom = _atom(rule, match, vocab, day_first)
        if atom is not None:
            if put:
                atom.start, atom.end = original(put, atom.start), original(put, atom.end)
            found.append(atom)
    return found


def selected(text: str, lang: str = "en", day_first: bool = True, timeml: bool = False) -> list[Atom]:
    """``select(candidates(text))``, building an atom only for a match that no longer or stronger
    one kept covers (about one match in eight is): the ranking needs only each match's span and
    its rule's priority, and a match that makes no date covers nothing, as in ``select``."""
    vocab = vocabulary(lang)
    marked, put, marks = unglued(text, lang)
    ranked = []
    for rule, match in _matches(marked, lang, timeml):
        start, end = match.span()
        if marks and crosses(marks, start, end):
            continue      # "Jul29th": no expression runs over the mark put between two glued cells
        ranked.append((start - end, -rule.priority, start, len(ranked), rule, match))   # (order found: ties)
    ranked.sort()
    taken = bytearray(max((r[2] - r[0] for r in ranked), default=0))
    kept: list[Atom] = []
    for _, _, start, _, rule, match in ranked:
        end = match.end()
        if taken.find(1, start, end) != -1 or _not_a_date(rule, match, marked, lang):
            continue
        atom = _atom(rule, match, vocab, day_first)
        if atom is None:
            continue
        taken[start:end] = b"\x01" * (end - start)
        if put:
            atom.start, atom.end = original(put, start), original(put, end)
        kept.append(atom)
    return sorted(kept, key=lambda a: a.start)


def _not_a_date(rule: Rule, match: re.Match[str], text: str, lang: str) -> bool:
    """A match over a blank line, a document's number ("Ordinance No. 2027-04"), a holiday's name inside another
    name ("Orthodox Christmas") a bare month inside an event's ("the Trans March") or a weekday in a programme's ("Friday
    Lates"): see names.py. Asked of every match kept so far (about one in eight): its span and its
    rule's name are read once."""
    start, end = match.span()
    name = rule.name
    if text[start].isdigit() and numbered(text, start, end, lang):
        return True
    if name in _DAY_WORD_RULES and (generic_possessor(text, end, lang)       # "in today's world": the present age
                                    or generic_of(text, start, lang)         # "the leaders of tomorrow": the noun before
                                    or day_word_in_name(text, start, end, lang)):   # "USA Today": a newspaper's name
        return True
    if quoted_title(text, start, end, lang):
        return True       # ABC's "This Week," / ''60 Minutes'': a programme's title
    if _weekday_as_word(match, text, vocabulary(lang), lang):
        return True       # "in the sun, 4th July": a noun; the day is read again without it
    if text.find("\n", start, end) >= 0 and _BLANK_LINE.search(text, start, end):
        return True       # "EXTENDED TO NOVEMBER 5" / "" / "December 20: ...": no date runs over a paragraph's end
    if name in _BARE_MONTH_RULES and (month_in_name(text, match.start("m"), match.end("m"), lang)
                                      or month_as_named_person(text, match.start("m"), match.end("m"), lang)):
        return True
    if (name in _WEEKDAY_ALONE_RULES and not match.group("pod")
            and weekday_in_name(text, match.start("wd"), match.end("wd"), lang)):
        return True
    if name in _YEAR_ALONE_RULES and year_in_called_name(text, match.start("y"), lang):
        return True       # "a joint venture called Orion 1980": the year is the name's
    if "y" in match.re.groupindex and match.group("y") and era_marked(text, match.start("y"), match.end("y"), lang):
        return True       # "Saka 1928", "1445 AH", "New Year 2080 B.S.": a year of another era
    if name in _HOUR_RANGE_RULES and _day_of_month(match, text, lang):
        return True
    if name in _MINUTES_TO_RULES and _minutes_are_a_day(match, text, lang):
        return True
    if _joins_list_rows(match, text, lang) or _day_of_dated_month(match, text, lang):
        return True
    holiday = match.group("hol") if "hol" in match.re.groupindex else None   # no groupdict per match
    return bool(holiday) and (in_longer_name(text, match.start("hol"), lang)
                              or holiday_place_name(text, match.end("hol"), lang))


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# Clock ranges whose first hour may stand bare ("1 to 5 p.m."): after a month that number is its day.
_HOUR_RANGE_RULES = frozenset({"clock_ampm_range"})


# Minutes to or past an hour written in figures ("20 to 10 pm"): after a month that figure is its day.
_MINUTES_TO_RULES = frozenset({"clock_past"})


def _minutes_are_a_day(match: re.Match[str], text: str, lang: str) -> bool:
    """"from October 4 to 11 a.m. on October 8": the "3" a month word leads is that month's day,
    and "to 12 p.m." the end's clock, not three minutes to twelve ("left at 20 to 10 pm" is)."""
    if not match.group("minw").isdigit():
        return False
    if _month_before(lang).search(text, max(0, match.start() - 16), match.start()) is None:
        return False
    return _dated_month_before(lang).search(text, max(0, match.start() - 30), match.start()) is None


@lru_cache(maxsize=None)
def _month_before(lang: str) -> re.Pattern[str]:
    return re.compile(expand(r"(?<![\w])%month\.?[^\S\n]{1,3}$", lang), re.IGNORECASE)


@lru_cache(maxsize=None)
def _dated_month_before(lang: str) -> re.Pattern[str]:
    """A month its day already precedes ("11th Sep "): a number after it is no second day."""
    return re.compile(expand(rf"(?<![\w.,])(?:[12]\d|3[01]|0?[1-9]){ordinal_ending(lang)}?[^\S\n]{{1,3}}(?:%dayOfLink[^\S\n]{{1,3}})?"
                             r"%month\.?[^\S\n]{1,3}$", lang), re.IGNORECASE)


def _day_of_month(match: re.Match[str], text: str, lang: str) -> bool:
    """"from March 2 to 4:00 p.m. Central Time on March 30": the bare "2" a month word leads is
    the day of that month, not the first hour of a clock range; after "Saturday 11th Sep" the month has its day."""
    if match.group("min") or match.group("ampmfrom") or match.group("ampmfrom_2"):
        return False
    if _month_before(lang).search(text, max(0, match.start() - 16), match.start()) is None:
        return False
    return _dated_month_before(lang).search(text, max(0, match.start() - 30), match.start()) is None


@lru_cache(maxsize=None)
def _day_after(lang: str) -> re.Pattern[str]:
    """A day number after a line break or a comma, "the" (%ordArticle) before it or none."""
    return re.compile(expand(rf"[^\S\n]{{1,3}}(?:%ordArticle[^\S\n]{{1,3}})?\d{{1,2}}{ordinal_ending(lang)}?(?![\d:.,]\d|[\d:])", lang),
                      re.IGNORECASE)


def _joins_list_rows(match: re.Match[str], text: str, lang: str) -> bool:
    """"JANUARY 3" / "FEBRUARY 7": a day at the end of one row and the month opening the next are two
    rows' pieces, not "3 February"; so are two items of a run ("October 20th, February 19th"). A
    day-then-month match over a line break or a comma is dropped when the day already has its month
    written before it, or the month already has its own day after it."""
    if "m" not in match.re.groupindex or match.start("m") <= match.start():
        return False
    between = text[match.start():match.start("m")]
    if "\n" not in between and "," not in between:
        return False
    if _month_before(lang).search(text, max(0, match.start() - 16), match.start()) is not None:
        return True
    after = match.end("m") if ("y" not in match.re.groupindex or match.group("y") is None) else -1
    return after == match.end() and _day_after(lang).match(text, after) is not None


def _day_of_dated_month(match: re.Match[str], text: str, lang: str) -> bool:
    """"29th July 11th Aug": in a run written day first, a month that already has its day before it
    ("29th July") does not take the number after it, which is the next item's day ("11th Aug")."""
    if "m" not in match.re.groupindex or "d" not in match.re.groupindex or match.group("m") is None:
        return False
    if match.group("d") is None or match.start("d") < match.start("m"):
        return False
    where = match.start("m")
    return day_before(lang).search(text, max(0, where - 16), where) is not None


def _atom(rule: Rule, match: re.Match[str], vocab: Vocabulary, day_first: bool) -> Atom | None:
    g = groups(match)
    if rule.build == "numeric":
        built = build_numeric(g, match.group(0), vocab, day_first)
    else:
        built = _BUILDERS[rule.build](g, match.group(0), vocab)
    if built is None:
        return None
    raw, extra = built
    atom = Atom(match.start(), match.end(), extra.pop("type", rule.type), raw, rule.name, rule.priority)
    for key, value in extra.items():
        setattr(atom, key, value)
    return atom


def select(found: list[Atom]) -> list[Atom]:
    """Longest first, then priority; keep only candidates that overlap nothing kept."""
    ranked = sorted(found, key=lambda a: (-(a.end - a.start), -a.priority, a.start))
    size = max((a.end for a in found), default=0)
    taken = bytearray(size)
    kept: list[Atom] = []
    for atom in ranked:
        if taken.find(1, atom.start, atom.end) != -1:
            continue
        taken[atom.start:atom.end] = b"\x01" * (atom.end - atom.start)
        kept.append(atom)
    return sorted(kept, key=lambda a: a.start)


# the layouts that write a month once over its bare days, in the order they are read (a later
# one's days replace an earlier one's where they overlap)
_MONTH_LAYOUTS = (HEADING_ROWS, TABLE_ROWS, MONTH_LINES)


def atoms(text: str, lang: str = "en", day_first: bool = True, timeml: bool = False) -> list[Atom]:
    found = match_halves(selected(text, lang, day_first, timeml), text, lang)
    chosen = month_days(attributive_weekdays(found, text, lang), text, lang, _MONTH_LAYOUTS)
    return compose(chosen, text, vocabulary(lang), timeml)


def to_timex(atom: Atom, text: str, tense: str | None | Later) -> Timex:
    raw = str(atom.raw)
    return Timex(
        start=atom.start, end=atom.end, text=text[atom.start:atom.end], type=atom.type,  # type: ignore[arg-type]
        value=raw, raw_value=raw, mod=atom.mod, rule=atom.rule, approximate=atom.approximate,
        tz=atom.tz, tz_text=atom.tz_text, rrule=atom.rrule, tense=tense, problem=atom.problem,  # type: ignore[arg-type]
    )


@collector_paused
def extract(text: str, *, lang: str = "en", day_first: bool = True, timeml: bool = False,
            marked: Sequence[MarkedDate] = ()) -> list[Timex]:
    """Find every expression; ``timeml=True`` uses TempEval's span conventions (see compose).
    ``marked``: dates the document's markup gives for spans of the text, which the words'
    expressions there take (see marked_dates)."""
    tenses = _Tenses(text, lang)
    found = [to_timex(a, text, Later(partial(tenses, a.start, a.end))) for a in atoms(text, lang, day_first, timeml)]
    if not marked:
        return found
    return apply_marked(found, marked, text, tenses)


class _Tenses:
    """The tense of each expression of one text, read when first asked (see Timex.tense): the
    sentence of each expression asked about is found alone (SentenceLookup), and its verbs read once."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        self.sentences = SentenceLookup(text)
        self.cache: dict = {}

    def __call__(self, start: int, end: int) -> str | None:
        return tense_at(self.sentences, start, end, self.lang, self.cache)
