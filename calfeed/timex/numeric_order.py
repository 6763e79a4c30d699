"""Which number comes first in a document's slashed dates, when the document itself shows it.

"08/02/2027" is 8 February in Brussels and August 2 in Boston. A build may mix both kinds of
notice, so one setting for the whole build cannot be right for every document; but a
document that writes "22/02/2027" or "3/14/2027" anywhere has shown its order, and its
ambiguous dates follow it. A document whose dated slashes show nothing (or both) may still
show it in a year-less day the tagger reads as a date ("on sale 2/15", "Friday 3/19"); a
fraction or a score ("3/16 inch", "won 21/7") is no such day and shows nothing.

A weekday written beside an ambiguous day shows the order too: in a bulletin of 2025 "Wednesday
(10/8)" is 8 October (a Wednesday), not 10 August (a Sunday). One such day may fit either order in
some year, so the weekdays vote as a whole: each order is given the year (or year and the next,
for a list that runs over the new year) in which most of the document's weekdays fit it, and the
order whose weekdays fit more is the document's; "Saturday 1/4" and "Sunday 1/5" fit together
only as 4 and 5 January. A message's stamp ("Message: 01/12/2021 3:51pm") is the day its text
calls today, so "Mass tonight, Tuesday" is the stamp's weekday. The years tried are the document's stated year,
else the years it writes, else the decades up to the build; a tie shows nothing. A document that
shows nothing (or both) keeps the build's setting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# "3/14/2027", and the same with dots or dashes ("11.25.2017", "07-13-21"): one separator twice
_SLASHED = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/]|[.-]\d)")
_YEARLESS = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")
# A weekday word right before or right after a slashed day: "Tuesday (10/1)", "Wed, 10/8/2025",
# "10/8 (Wed)"; only spaces, a comma, a dot or a bracket between them.
_DAY = r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])"
_WEEKDAY_BEFORE = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]{3,9})[ \t.,(]{0,3}" + _DAY)
_WEEKDAY_AFTER = re.compile(_DAY + r"[ \t,(]{0,3}(?P<w>[^\W\d_]{3,9})(?![^\W\d_])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATED_DAY = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")
STAMP_LINES = 3           # opening lines searched for a message's stamp
LOOKBACK_YEARS = 30       # with no year written, the weekdays are tried in the decades up to the build


@dataclass(frozen=True)
class WeekdayDay:
    """An ambiguous slashed day and the weekday written beside it (ISO, Monday 1)."""

    first: int
    second: int
    year: int | None
    weekday: int


def day_first_in(text: str, default: bool, lang: str = "en", stated: int | None = None,
                 today: date | None = None, published: date | None = None) -> bool:
    """Whether the document's slashed dates put the day first; ``stated`` is the document's own
    year when it gives one (front matter, page markup), ``today`` the day of the build,
    ``published`` the document's own day when its front matter gives it."""
    shown = _shown(_SLASHED.finditer(text))
    if shown is None and published is not None:
        shown = _published_order(text, published)
    if shown is None and any(_order(m) is not None for m in _YEARLESS.finditer(text)):
        shown = _shown(_yearless_days(text, default, lang))
    if shown is None:
        shown = _weekday_order(text, lang, stated, today or date.today())
    if shown is None:
        shown = _country_order(text, lang)
    if shown is None:
        shown = _prose_order(text, lang)
    return default if shown is None else shown


PROSE_ORDER_DAYS = 2      # days written with a month's name, all in one order, that show the page's habit
# "August 9", "Sunday, August 9," / "9 August", "9th of August": a capitalised word (a month's name
# when the months table says so) beside a day's one or two digits that no other figure touches.
# Bounded runs of disjoint classes: linear.
_NAME_THEN_DAY = re.compile(r"(?<![^\W\d_])([A-Z][a-z]{2,8})[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?!\d|[:./]\d)")
_DAY_THEN_NAME = re.compile(r"(?<![\d:./])(\d{1,2})(?:st|nd|rd|th)?[ \t]{1,3}(?:of[ \t]{1,3})?([A-Z][a-z]{2,8})(?![^\W\d_])")


def _prose_order(text: str, lang: str) -> bool | None:
    """The order of the page's own prose days, when its ambiguous figures show none and nothing
    places it: a page that writes "Sunday, August 9" and "Saturday, August 8" writes the month
    first, so its "08/06/2020" is August 6; one that writes "9 August" puts the day first. Only
    full month names count, PROSE_ORDER_DAYS at least and all in one order; both orders show nothing.
    Dotted figures alone ("12.09.2031") are not read in the prose's order: dots are written day first
    (a page writing "September 12th" may head its notice with the dotted day), so such a page keeps
    the build's setting unless its own figures show another order."""
    if _YEARLESS.search(text) is None and all(m.group(2) == "." for m in _SLASHED.finditer(text)):
        return None
    from calfeed.timex.vocabulary import vocabulary

    months = {word for word, row in vocabulary(lang).months.items() if row.get("kind") == "name"}
    month_first = sum(m.group(1).lower() in months for m in _NAME_THEN_DAY.finditer(text))
    day_first = sum(m.group(2).lower() in months for m in _DAY_THEN_NAME.finditer(text))
    if month_first >= PROSE_ORDER_DAYS and not day_first:
        return False
    if day_first >= PROSE_ORDER_DAYS and not month_first:
        return True
    return None


def _published_order(text: str, published: date) -> bool | None:
    """The order in which an ambiguous dated figure is the document's own day: a letter titled
    "From the Rector 11-5-2017" and published on 5 November 2017 writes the month first. Only
    one order may be shown; a figure that is the day either way ("5-5-2017") shows none."""
    orders: set[bool] = set()
    for m in _SLASHED.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
            continue
        year = m.group(0).rsplit(m.group(2), 1)[1]
        # two digits name the year of the published day's century ("06/05/99" on a page of 1999)
        full = published.year - published.year % 100 + int(year) if len(year) == 2 else int(year)
        if (full, second, first) == (published.year, published.month, published.day):
            orders.add(True)
        elif (full, first, second) == (published.year, published.month, published.day):
            orders.add(False)
    return orders.pop() if len(orders) == 1 else None


def _country_order(text: str, lang: str) -> bool | None:
    """The order of the country the page shows it is written in (page_country), when the page has
    ambiguous figures to read: month first in a country of ``month_first_countries``, else day first."""
    if _SLASHED.search(text) is None and _YEARLESS.search(text) is None:
        return None
    from calfeed.events.page_country import page_country
    from calfeed.events.vocabulary import word_list

    country = page_country(text)
    if country is None:
        return None
    return country.lower() not in word_list("month_first_countries", lang)


def _years(text: str, stated: int | None, today: date) -> list[int]:
    """The years a document's year-less days may fall in: its stated year, else the years it writes."""
    if stated is not None:
        return [stated]
    written = sorted({int(m.group()) for m in _YEAR.finditer(text)})
    return written or list(range(today.year - LOOKBACK_YEARS, today.year + 1))


def _weekday_days(text: str, lang: str) -> list[WeekdayDay]:
    """The ambiguous slashed days with a weekday beside them ("Tuesday (10/1)")."""
    from calfeed.timex.vocabulary import norm, vocabulary

    weekdays = vocabulary(lang).weekdays
    found: dict[int, WeekdayDay] = {}
    for pattern in (_WEEKDAY_BEFORE, _WEEKDAY_AFTER):
        for m in pattern.finditer(text):
            row = weekdays.get(norm(m.group("w")))
            if row is None or (row.get("case") == "cap" and not m.group("w")[:1].isupper()):
                continue
            first, second = int(m.group("a")), int(m.group("b"))
            if not (1 <= first <= 12 and 1 <= second <= 12) or first == second:
                continue
            year = m.group("y")
            full = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
            found.setdefault(m.start("a"), WeekdayDay(first, second, full, int(row["iso"])))
    return list(found.values())


def _stamp_today(text: str, lang: str) -> list[WeekdayDay]:
    """A message's stamp on an opening line ("Message: 01/12/2021 3:51pm") with the weekday the text
    gives the day of writing ("Mass tonight, Tuesday, at 6pm", "Today is Tuesday"): the stamp is
    that day, so it is written on that weekday. Empty when no such stamp or weekday is found."""
    from calfeed.events.vocabulary import word_list
    from calfeed.timex.vocabulary import norm, vocabulary

    lines = [line for line in text.split("\n", STAMP_LINES * 4)[:STAMP_LINES * 4] if line.strip()][:STAMP_LINES]
    stamp = next((m for line in lines for m in [_DATED_DAY.search(line)] if m is not None), None)
    if stamp is None:
        return []
    first, second, year = int(stamp.group("a")), int(stamp.group("b")), stamp.group("y")
    if not (1 <= first <= 12 and 1 <= second <= 12) or first == second:
        return []
    today_words, links = word_list("today_words"), word_list("today_weekday_links")
    weekdays = vocabulary(lang).weekdays
    said: set[int] = set()
    for m in _today_weekday().finditer(text):
        row = weekdays.get(norm(m.group("w")))
        if (m.group("t").lower() in today_words and m.group("l").strip().lower() in links
                and row is not None and m.group("w")[:1].isupper()):
            said.add(int(row["iso"]))
    if len(said) != 1:
        return []
    full = int(year) + (2000 if len(year) == 2 else 0)
    return [WeekdayDay(first, second, full, said.pop())]


@lru_cache(maxsize=None)
def _today_weekday() -> re.Pattern[str]:
    """"tonight, Tuesday", "Today is Tuesday": a letter run as long as a word of today_words, a link
    (a mark of today_weekday_links, or a letter run as long as one of its words), a weekday. The
    lengths come from the lists, so an entry of any length is tried; the caller checks the words."""
    from calfeed.events.vocabulary import word_list

    today, links = word_list("today_words"), word_list("today_weekday_links")
    marks = sorted(re.escape(link) for link in links if not link.isalpha())
    linking = [rf"[ \t]*(?:{'|'.join(marks)})[ \t]*"] if marks else []
    if any(link.isalpha() for link in links):
        linking.append(rf"[ \t]+{_letters(link for link in links if link.isalpha())}[ \t]+")
    if not today or not linking:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![^\W\d_])(?P<t>{_letters(today)})(?P<l>{'|'.join(linking)})"
                      r"(?P<w>[^\W\d_]{3,9})(?![^\W\d_])")


def _letters(words: Iterable[str]) -> str:
    """A run of letters as long as the shortest to the longest of ``words``."""
    lengths = [len(word) for word in words]
    return rf"[^\W\d_]{{{min(lengths)},{max(lengths)}}}"


def _weekday_order(text: str, lang: str, stated: int | None, today: date) -> bool | None:
    """True or False when the weekdays beside ambiguous days fit one order better; None on a tie.
    A day repeated counts once, and the days must fit together: all in one year, or in the order
    written, running on into the next year where a day falls before the one written above it (a
    list over the new year). Each day fitting in some year apart (1 April 2023 a Saturday, 1 May
    2022 a Sunday) is no calendar: "Saturday 1/4", "Sunday 1/5" are one weekend."""
    days = list(dict.fromkeys(_weekday_days(text, lang) + _stamp_today(text, lang)))
    if not days:
        return None
    years = _years(text, stated, today)
    day_first = max(_fitting(days, year, True) for year in years)
    month_first = max(_fitting(days, year, False) for year in years)
    return None if day_first == month_first else day_first > month_first


def _fitting(days: list[WeekdayDay], year: int, day_first: bool) -> int:
    """How many of ``days`` fall on their weekdays read in one order, in ``year`` alone or in the
    order written from ``year`` on (the year turning where a day falls before the one above it, once)."""
    read = [(d, (d.second, d.first) if day_first else (d.first, d.second)) for d in days]
    alone = sum(_fits(d, month, number, year) for d, (month, number) in read)
    running, current, last = 0, year, (0, 0)
    for d, (month, number) in read:
        if d.year is None:
            if (month, number) < last:
                current = year + 1      # the year turns once: a list runs over one new year, not several
            last = (month, number)
        running += _fits(d, month, number, current)
    return max(alone, running)


def _fits(day: WeekdayDay, month: int, number: int, year: int) -> bool:
    """The day falls on its weekday in its written year, else in ``year``."""
    try:
        return date(day.year if day.year is not None else year, month, number).isoweekday() == day.weekday
    except ValueError:
        return False


def _yearless_days(text: str, default: bool, lang: str) -> Iterable[re.Match[str]]:
    """The year-less "M/D"s inside what the tagger takes for numeric days."""
    from calfeed.timex.extractor import atoms
    from calfeed.timex.loose_days import NUMERIC_DAY_RULES

    for atom in atoms(text, lang, default):
        if any(rule in NUMERIC_DAY_RULES for rule in atom.rule.split("+")):
            yield from _YEARLESS.finditer(text, atom.start, atom.end)


def _order(match: re.Match[str]) -> bool | None:
    """True: day first ("22/02"); False: month first ("3/14"); None: either fits."""
    first, second = int(match.group(1)), int(match.group(match.re.groups))
    if 12 < first <= 31 and 1 <= second <= 12:
        return True
    if 12 < second <= 31 and 1 <= first <= 12:
        return False
    return None


def _shown(matches: Iterable[re.Match[str]]) -> bool | None:
    orders = {_order(m) for m in matches} - {None}
    return orders.pop() if len(orders) == 1 else None
