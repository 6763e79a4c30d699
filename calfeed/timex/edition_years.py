"""Years a page's name gives it: the edition year of "ICCE2023 Important Dates",
"InSITE2024 Overview", "ACM MM 2025", and the day or month in a blog address
("/2025/04/25/adams-county-library-news", "/2017/02/new-year.html").

A conference's page calls it by its acronym and edition ("ICCE2023", ".../InSITE2024/Overview")
and then writes its dates without a year ("Papers | Aug 18 | Sept 1"): they are that edition's,
the last of them in its year, the first months before. A year beside a plain word ("Annual
Report 2023", "Act of 1933") or beside a word of ``edition_name_blockers.txt`` ("FY2024") is
no edition. A dated address path is how blogs and news sites file a post under the day it
was published. Only the page's title, address and opening lines are read: a year further
down is the text's own business.

An academic, school or fiscal year written as a span ("2021-2022 LSU Online Calendar",
".../2021-2022/...", "2025-26 School Year", "FY2024-25") names two years: a calendar that
writes its days without a year runs through it in order. Its first year-less day falls in the
span's first year when the calendar's own term word above it says so ("Fall", "Autumn";
``term_halves.tsv``), in the second when it says "Spring" or "Summer", else by its month (August
to December: the first; January to July: the second), and the days after it follow within a
year. A term word counts only where it heads a line, and only for a day in that term's months:
"SPRING" left nearest by a flattened header row ("FALL" / "WINTER" / "SPRING") says nothing of
"August 31" below it, and "holidays that fall on a weekend" names no term. The page writes this year itself, so it ranks above any year inferred from weekdays or
holidays beside days, which only choose among years the page does not name.
"""

from __future__ import annotations

from calendar import monthrange

import re
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Sequence
from datetime import date, timedelta
from urllib.parse import urlsplit

from calfeed.model import Document, ReferenceDate, Timex
from calfeed.timex.lexicon import load_list, load_table, ordinal_ending
from calfeed.timex.rawvalue import CALENDAR, parse, yearless_month_day
from calfeed.timex.undated import ANNOUNCEMENT_LEAD, day_in, spoken_day
from calfeed.timex.vocabulary import vocabulary

OPENING_LINES = 3      # lines of the body read as the page's heading
HEADING_WORDS = 10     # words in an opening line that is a heading, not a sentence
WRAP_GAP = 183         # days without a date (half a year) that split a named year's list over two calendar years
OLDEST = 1980          # an edition year before this is history, not a page's edition
AHEAD_YEARS = 5        # nor one this far after the build

# A name and its year: letters glued to the year ("ICCE2023", "InSITE2024") or a word then a
# space ("ACM MM 2025", "EuroPython 2026"). No quantifier overlaps its neighbour: linear.
_NAMED_YEAR = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z&]{1,19})(?:[ \t]|[ \t]?[-_][ \t]?)?((?:19|20)\d\d)(?![0-9])")
# A word, then a year ending the word run: "Festival 2019", "for 2024"; not "2023-2024", "2022/23",
# "2019.1". Each part is one run of one class: linear.
_TITLED_YEAR = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2,20})[ \t]+((?:19|20)\d\d)(?![0-9])(?![ \t]*[-–/.][ \t]*[0-9])")
# A heading that opens with its year, then its capitalised words: "2031 Events", "2024 Summer
# Programme"; not "2023-2024 ...", "2019/20". Each part is one run of one class, and each
# capitalised word starts after a space its predecessor cannot take: linear.
# The first word may be glued to the year when a flattened banner lost the blank ("2017FESTIVAL INFO").
_LEADING_YEAR = re.compile(r"^[^\w\n]{0,3}((?:19|20)\d\d)(?![0-9])(?![ \t]*[-\u2013/.][ \t]*[0-9])"
                           r"([ \t]*[A-Z][A-Za-z]{1,20}(?![A-Za-z])(?:[ \t]+[A-Z][A-Za-z]{1,20}){0,3})(?![A-Za-z])")
# A span of two years in a row ("2021-2022", "2025-26", "FY2024-25", "2024/2025"); not an ISO
# month ("2010-11-05"). Each part is one run of digits: linear.
_YEAR_SPAN = re.compile(r"(?<![0-9])((?:19|20)\d\d)[ \t]?(?:[-\u2013\u2014_][ \t]?((?:19|20)?\d\d)|/((?:19|20)\d\d)"
                        r"|(?<=[ \t])((?:19|20)\d\d))(?![0-9])(?![-/.][0-9])")
# Letters glued to a year in an address ("/ICCE2023/", "acmmm2025.org").
_ADDRESS_YEAR = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2,20})((?:19|20)\d\d)(?![0-9])")
# A year as one word of a slug, joined by a hyphen or underscore to a word ("-2019-", "open-day-2016/",
# "2016-festival-"), next to no other number ("2023-2024", "15-2020"). Fixed runs and lookarounds: linear.
_SLUG_YEAR = re.compile(r"(?<![a-z0-9])(?<![0-9][-_])((?:19|20)\d\d)(?![0-9])(?![-_.][0-9])"
                        r"(?:(?<=[-_](?:19|20)\d\d)|(?=[-_][a-z]))")
_SLUG_WORD = re.compile(r"[a-z]+")
SLUG_LOOK_AFTER = 2     # words after a slug's year read for a look back ("2019-season-highlights")
# A dated address path: "/2025/04/25/", "/2023/10/".
_ADDRESS_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(?:(0?[1-9]|[12]\d|3[01])/)?")
# A day written whole in one part of the path ("/20170617/", "/news/2016-08-28-fair-opens",
# "story_2016_08_28") or in the query ("?date=2019-03-04"): one separator, the same twice, or
# none; no digit may touch it (an id's run of digits is no date). Each part is a fixed run: linear.
# The last part of a path that is a day and a four-digit serial of that day's stories, nothing else
# ("/stories/201710300648.html"), the section's letters before it or not ("/articles/AJ201910110059.html"):
# the serial keeps an id from being read as a day only when it is exactly this long and the whole
# file name.
_STAMPED_NAME = re.compile(r"/[A-Za-z]{0,3}((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{4}(?:\.[a-z]{3,5})?/?$")
_ADDRESS_DAY = re.compile(r"(?<![0-9])((?:19|20)\d\d)([-_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9])")
# A day written with its year last ("outdoor-pools-open-06-14-2021", "/notice_14_06_2021"): two
# two-digit figures and the year, one separator twice, no digit touching. The order of the figures
# is read only where one order alone makes a day (14 is no month); "05-06-2021" names none.
# Fixed runs: linear.
_YEAR_LAST_DAY = re.compile(r"(?<![0-9])(?<![0-9][-_.])([0-3]\d)([-_])([0-3]\d)\2((?:19|20)\d\d)(?![0-9])(?![-_.]\d)")


@dataclass(frozen=True)
class Edition:
    year: int
    shown: str          # the title, line or address that names it
    where: str          # "title" | "address" | "heading"
    titled: bool = False    # a heading's year ("Funding Rounds for 2024", "Bealtaine Festival 2019"): the page's own year
    span: bool = False      # an academic or fiscal year "2021-2022": ``year`` is its first


def edition_year(doc: Document, today: date) -> Edition | None:
    """The one edition year the page's title, opening lines and address agree on, else None."""
    found: list[Edition] = []
    if doc.title:
        found += _named(doc.title, "title") or _titled(doc.title, "title")
    for line in [line for line in doc.text.splitlines() if line.strip()][:OPENING_LINES]:
        if _is_heading(line) and _spans(line, "heading") and not _named(line, "heading"):
            continue       # "Outline Academic Calendar 2026 2027": the span's first year is no edition of its own
        found += _one_year(_named(line, "heading") or (_titled(line, "heading") if _is_heading(line) else []))
    if doc.url:
        found += _in_address(doc.url)
    found = [e for e in found if OLDEST <= e.year <= today.year + AHEAD_YEARS]
    if not found:
        return _year_span(doc, today)
    if len({e.year for e in found}) > 1:
        return None
    return found[0]


def _one_year(found: list[Edition]) -> list[Edition]:
    """A line's years when they are one: a line naming several ("◄ Fall Semester 2028 | Summer
    Semester 2029 ►", "Autumn 2019 · Spring 2020") links or lists other pages' years and names
    none as its page's own, so it neither gives the page a year nor vetoes the title's."""
    return found if len({e.year for e in found}) <= 1 else []


def _year_span(doc: Document, today: date) -> Edition | None:
    """The one academic or fiscal year span ("2021-2022", "2025-26") the page's title, heading
    lines and address agree on, else None; read only when they name no single year."""
    found: list[Edition] = []
    if doc.title:
        found += _spans(doc.title, "title")
    for line in [line for line in doc.text.splitlines() if line.strip()][:OPENING_LINES]:
        found += _spans(line, "heading") if _is_heading(line) or _list_heading(line) else []
    if doc.url:
        found += _spans(urlsplit(doc.url).path, "address", doc.url)
    found = [e for e in found if OLDEST <= e.year <= today.year + AHEAD_YEARS]
    if not found or len({e.year for e in found}) > 1:
        return None
    return found[0]


def _spans(line: str, where: str, shown: str | None = None) -> list[Edition]:
    found = []
    for match in _YEAR_SPAN.finditer(line):
        first, second = int(match.group(1)), match.group(2) or match.group(3) or match.group(4)
        if int(second) in (first + 1, (first + 1) % 100):
            found.append(Edition(first, shown or " ".join(line.split())[:80], where, span=True))
    return found


def _named(line: str, where: str) -> list[Edition]:
    blockers = frozenset(load_list("en", "edition_name_blockers"))
    found = []
    for match in _NAMED_YEAR.finditer(line):
        name = match.group(1)
        if sum(c.isupper() for c in name) >= 2 and name.lower() not in blockers:
            found.append(Edition(int(match.group(2)), " ".join(line.split())[:80], where))
    return found


def _titled(line: str, where: str) -> list[Edition]:
    """A heading's year after a capitalised word or a lead of ``page_year_leads.txt`` ("Bealtaine
    Festival Laois 2019", "Diary 2023", "Funding Rounds for 2024"), or opening it before a
    capitalised words naming a list (``page_year_first_nouns.txt``: "2031 Events", "2024 Summer
    Programme"): the year the page's list is for.
    Not a year of a range ("2023-2024"), nor one after a word of ``page_year_blockers.txt``
    ("Since 2001"), ``horizon_leads.txt`` ("Vision 2030") or ``edition_name_blockers.txt``
    ("Annual Report 2023": a page about a year gone by)."""
    leads = frozenset(load_list("en", "page_year_leads"))
    blockers = frozenset(load_list("en", "page_year_blockers") + load_list("en", "horizon_leads")
                         + load_list("en", "edition_name_blockers"))
    found = []
    for match in _TITLED_YEAR.finditer(line):
        word = match.group(1)
        if word.lower() in blockers or not (word[:1].isupper() or word.lower() in leads):
            continue
        found.append(Edition(int(match.group(2)), " ".join(line.split())[:80], where, titled=True))
    leading = _LEADING_YEAR.match(line)
    if leading is not None and _names_year_list(leading.group(2).lower().split(), blockers):
        # The year first ("2031 Events", "2024 Season Fixtures"): the same heading of a year's list.
        found.append(Edition(int(leading.group(1)), " ".join(line.split())[:80], where, titled=True))
    return found


def _names_year_list(words: list[str], blockers: frozenset[str]) -> bool:
    """Whether the capitalised words after a heading's opening year name the list of that year's
    days (a word of ``page_year_first_nouns.txt``: "2031 Events", "2024 Summer Programme"), and
    none of them is a blocker ("2019 Annual Report") or a look back or a plan
    (``page_year_first_blockers.txt``: "2019 Season Highlights"). The word after a year is no
    sure sign as the word before it is: "2019 Highlights" and "2030 Agenda for ..." name no list
    of days."""
    return (blockers.isdisjoint(words) and set(load_list("en", "page_year_first_blockers")).isdisjoint(words)
            and not set(load_list("en", "page_year_first_nouns")).isdisjoint(words))


def _is_heading(line: str) -> bool:
    """A short line that ends no sentence: a heading, not the opening of the text. An exclamation
    ends a headline as often as a sentence ("2016 Festival Theme – People Power!"): on a line this
    short it is still a heading."""
    words = line.split()
    return 0 < len(words) <= HEADING_WORDS and not line.rstrip().endswith((".", "?", ":"))


def _list_heading(line: str) -> bool:
    """"2022-2023 Board Meeting Dates:": a short line ending in a colon that opens with its year
    span heads the list under it, as the same line without the colon would; a sentence ending in a
    colon ("The dates for 2022-2023 are as follows:") does not open with the span."""
    words = line.split()
    return (0 < len(words) <= HEADING_WORDS and line.rstrip().endswith(":")
            and bool(_spans(words[0], "heading")))


def _in_address(url: str) -> list[Edition]:
    blockers = frozenset(load_list("en", "edition_name_blockers"))
    parts = urlsplit(url)
    found = []
    for match in _ADDRESS_YEAR.finditer(parts.netloc + parts.path):
        if match.group(1).lower() not in blockers:
            found.append(Edition(int(match.group(2)), url, "address"))
    return found or _slug_years(url, parts.path)


def _slug_years(url: str, path: str) -> list[Edition]:
    """A year written as one word of the page's slug ("/cbse-datesheet-2019-board-exam-time-table",
    "/open-day-2016/"): the page is about that year's days, as a title naming it would be. Not a
    path that dates the page itself ("/2016/04/12/", "-2016-08-28-", "-december-2024":
    :func:`address_date` reads those), nor a year of a range ("round-2-2023-2024") or of a day ("february-15-2020"), nor one
    after a word that makes it no year of the page's (``edition_name_blockers.txt``: "annual-report-
    2019"; ``page_year_blockers.txt``: "since-2001"; ``horizon_leads.txt``: "vision-2030"), nor
    beside a look back or a plan (``page_year_first_blockers.txt``: "2019-highlights", "agenda-2030")."""
    if _ADDRESS_DATE.search(path) or _ADDRESS_DAY.search(path) or _address_month(path.lower()) is not None \
            or _worded_days(path.lower()) or _year_last_days(path):
        return []
    before_stops = frozenset(load_list("en", "edition_name_blockers") + load_list("en", "page_year_blockers")
                             + load_list("en", "horizon_leads") + load_list("en", "page_year_first_blockers"))
    after_stops = frozenset(load_list("en", "page_year_first_blockers"))
    months = _slug_months()[0]     # "newsletter-june-2026-and-july-2026": filing months, not an edition
    found = []
    for match in _SLUG_YEAR.finditer(path.lower()):
        words = _SLUG_WORD.findall(path.lower()[:match.start()])
        after = _SLUG_WORD.findall(path.lower()[match.end():])[:SLUG_LOOK_AFTER]
        if (words and (words[-1] in before_stops or words[-1] in months)) or after_stops.intersection(after):
            continue
        found.append(Edition(int(match.group(1)), url, "address"))
    return found


def address_date(doc: Document) -> tuple[date, date, str] | None:
    """The first and last day a dated address path allows ("/2025/04/25/": that day;
    "/2023/10/": October 2023), and the path as written; None without one."""
    if not doc.url:
        return None
    parts = urlsplit(doc.url)
    match = _ADDRESS_DATE.search(parts.path)
    if match is None:
        # a run first: "fair-3-9-march-2031" is not the day "9-march-2031"
        return (_address_span(parts.path.lower()) or _address_day(parts.path, parts.query)
                or _address_month(parts.path.lower()))
    year, month = int(match.group(1)), int(match.group(2))
    if match.group(3):
        day = day_in(year, month, int(match.group(3)))
        return None if day is None else (day, day, match.group(0))
    return date(year, month, 1), date(year, month, monthrange(year, month)[1]), match.group(0)


def address_years(doc: Document) -> set[int]:
    """The years of every day or month a page's address writes, even when it writes two days
    ("...-on-march-29-2012-02-01-...": {2012}) and so names no single filing day."""
    if not doc.url:
        return set()
    path = urlsplit(doc.url).path
    years = {int(m.group(1)) for m in _ADDRESS_DATE.finditer(path)}
    years |= {int(m.group(1)) for m in _ADDRESS_DAY.finditer(path)}
    years |= {day[0] for day, _ in _worded_days(path.lower())}
    years |= {day[0] for day, _ in _year_last_days(path)}
    month = _address_span(path.lower()) or _address_month(path.lower())
    if month is not None:
        years.add(month[0].year)
    return years


def _address_day(path: str, query: str) -> tuple[date, date, str] | None:
    """The day a path part or the query writes whole ("/20170617/", "-2016-08-28-", "?date=2019-03-04",
    "-august-28-2016", "-28-aug-2016", a story's file named by its day and a four-digit serial:
    "/stories/201710300648.html"): a news site files a story, and a listing shows a day, under
    it. In the query only the keys of address_date_keys count ("?sku=20170617" is no day). Only one
    such day: two name no single filing day ("/2019-03-04/to/2019-03-08")."""
    keys = frozenset(load_list("en", "address_date_keys"))
    dated = [value for key, _, value in (pair.partition("=") for pair in query.split("&")) if key.lower() in keys]
    found = [((int(m.group(1)), int(m.group(3)), int(m.group(4))), m.group(0))
             for where in (path, *dated) for m in _ADDRESS_DAY.finditer(where)]
    found += _worded_days(path.lower())
    found += [((int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group(0)) for m in _STAMPED_NAME.finditer(path)]
    found += _year_last_days(path)
    if len({day for day, _ in found}) != 1:
        return None
    (year, month, day_number), written = found[0]
    day = day_in(year, month, day_number)
    return None if day is None else (day, day, written)


@lru_cache(maxsize=None)
def _slug_months() -> tuple[dict[str, int], str]:
    """Month words as a slug writes them (letters only: "aug", "august") with their numbers, and
    their alternation, longest first so "june" is not read as "jun". A site in another language
    files its pages under its own month names ("julio-6-2018-stampede-parade"; address_months)."""
    months = {word: int(row["month"]) for word, row in vocabulary("en").months.items() if word.isalpha()}
    for row in load_table("en", "address_months"):
        months.setdefault(row["word"], int(row["month"]))
    return months, "|".join(sorted(months, key=len, reverse=True))


@lru_cache(maxsize=None)
def _worded_day_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """A slug's day with its month in words: month first ("august-28-2016", "aug-28th-2016") or day
    first ("28-aug-2016"). Each part is one run of one class between fixed separators: linear. A
    short month glued to a two-digit day and year ("aug2816") is not read: it reads product codes
    as days ("may1220-blender")."""
    months, names = _slug_months()
    ordinal = f"{ordinal_ending()}?"
    first = re.compile(rf"(?<![a-z])({names})[-_](\d{{1,2}}){ordinal}[-_]((?:19|20)\d\d)(?![0-9])")
    day_first = re.compile(rf"(?<![0-9a-z])(\d{{1,2}}){ordinal}[-_]({names})[-_]((?:19|20)\d\d)(?![0-9])")
    return first, day_first, months


@lru_cache(maxsize=None)
def _foldered_day_pattern() -> re.Pattern[str]:
    """A path filing a story in folders of its year, its month in words and its day
    ("/business/2019/dec/14/story-slug"), as "/2019/12/14/" does with the month's number. Fixed
    parts between slashes: linear."""
    _, names = _slug_months()
    return re.compile(rf"/((?:19|20)\d\d)/({names})/(0?[1-9]|[12]\d|3[01])(?:/|$)")


def address_day_run(doc: Document) -> bool:
    """Whether the page's filing days are a run of days its slug names ("whats-on-december-18-23-2024"),
    not a whole month: a listing of those days, written as they begin."""
    filed = address_date(doc)
    return filed is not None and filed[0] != filed[1] and _address_span(urlsplit(doc.url).path.lower()) == filed


def _address_span(path: str) -> tuple[date, date, str] | None:
    """The days of one month a slug names as a run with its year ("whats-on-december-18-23-2024",
    "fair-sept-11-16-2024", "18-23-december-2024"): a listing of those days, filed on the first and
    read within them, as "/2023/10/" is read within its month. Only one such run, its first day
    before its last; None otherwise."""
    month_first, day_first, months = _day_span_patterns()
    found = {(int(m.group(4)), months[m.group(1)], int(m.group(2)), int(m.group(3))): m.group(0)
             for m in month_first.finditer(path)}
    found.update({(int(m.group(4)), months[m.group(3)], int(m.group(1)), int(m.group(2))): m.group(0)
                  for m in day_first.finditer(path)})
    if len(found) != 1:
        return None
    (year, month, first_day, last_day), written = next(iter(found.items()))
    first, last = day_in(year, month, first_day), day_in(year, month, last_day)
    if first is None or last is None or first >= last:
        return None
    return first, last, written


@lru_cache(maxsize=None)
def _day_span_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """A month's word with two days and the year in a slug, month first ("december-18-23-2024") or
    after the days ("18-23-december-2024"). Fixed runs between fixed separators: linear."""
    months, names = _slug_months()
    days = r"(\d{1,2})[-_](\d{1,2})"
    return (re.compile(rf"(?<![a-z])({names})[-_]{days}[-_]((?:19|20)\d\d)(?![0-9])"),
            re.compile(rf"(?<![0-9a-z]){days}[-_]({names})[-_]((?:19|20)\d\d)(?![0-9])"), months)


def _address_month(path: str) -> tuple[date, date, str] | None:
    """The month a slug names with its year ("consultations-june-2026", "newsletter-jan2017",
    "/2023/december-2023/"): the page is filed in that month, as under "/2026/06/". Only one such
    month: two name no filing month."""
    pattern, months = _worded_month_pattern()
    found = {(int(m.group(2)), months[m.group(1)]): m.group(0) for m in pattern.finditer(path)}
    if len(found) != 1:
        return None
    (year, month), written = next(iter(found.items()))
    return date(year, month, 1), date(year, month, monthrange(year, month)[1]), written


@lru_cache(maxsize=None)
def _worded_month_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """A month in words right before its year in a slug, joined by a dash or an underscore or
    glued ("june-2026", "jan2017"); no digit or letter touching either end. Linear: fixed parts."""
    months, names = _slug_months()
    return re.compile(rf"(?<![a-z])({names})[-_]?((?:19|20)\d\d)(?![0-9a-z])"), months


def _year_last_days(path: str) -> list[tuple[tuple[int, int, int], str]]:
    """(year, month, day) and the text of each day a path writes in figures with its year last
    ("...-06-14-2021": 14 June 2021, month first; "...-14-06-2021": the same day, day first),
    where only one order of the two figures makes a day; "...-05-06-2021" could be either and
    names none. After a month's word the figures are that month's days ("fair-sept-11-16-2024",
    a range), not a month and a day."""
    found = []
    months = _slug_months()[0]
    for m in _YEAR_LAST_DAY.finditer(path):
        before = _SLUG_WORD.findall(path[max(0, m.start() - 12):m.start()].lower())
        if before and before[-1] in months:
            continue
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        readings = {(year, month, day) for month, day in ((first, second), (second, first))
                    if 1 <= month <= 12 and day_in(year, month, day) is not None}
        if len(readings) == 1:
            found.append((readings.pop(), m.group(0)))
    return found


def _worded_days(path: str) -> list[tuple[tuple[int, int, int], str]]:
    """(year, month, day) and the text of each day a slug (or a path's folders) writes with its
    month in words."""
    first, day_first, months = _worded_day_patterns()
    found = [((int(m.group(3)), months[m.group(1)], int(m.group(2))), m.group(0)) for m in first.finditer(path)]
    found += [((int(m.group(3)), months[m.group(2)], int(m.group(1))), m.group(0)) for m in day_first.finditer(path)]
    found += [((int(m.group(1)), months[m.group(2)], int(m.group(3))), m.group(0))
              for m in _foldered_day_pattern().finditer(path)]
    return found


def yearless_days(timexes: list[Timex]) -> list[tuple[int, int]]:
    """(month, day) of each date written with neither its year nor a word counting it from
    another ("Aug 18", "May 22 - 31", "December"; not "next May"); a month alone counts from its
    first day."""
    found = (yearless_month_day(t.type, t.raw_value or t.value) for t in timexes)
    return [(month, day or 1) for month, day in filter(None, found)]


def span_reference(edition: Edition, text: str, timexes: Sequence[Timex]) -> ReferenceDate:
    """The page's date from an academic or fiscal year span: its first year-less day in the text
    falls in the half its term word or month gives (see the module's note), the days after it
    within a year; written an announcement's lead before it."""
    first_day = next(((t, day) for t in sorted(timexes, key=lambda t: t.start)
                      for day in [_yearless_day(t)] if day is not None), None)
    name = f"{edition.where} \"{edition.shown}\" names the year {edition.year}-{edition.year + 1}"
    if first_day is None:
        value = date(edition.year, SPAN_FIRST_MONTH, 1)
        return ReferenceDate(value, True, f"{name}; no day written: counted from the span's first August",
                             forward=True)
    timex, (month, day) = first_day
    half, said = _term_half(text[:timex.end], month)
    second = half == "second" if half else month < SPAN_FIRST_MONTH
    year = edition.year + 1 if second else edition.year
    first = day_in(year, month, day) or date(year, month, 28)
    value = first - ANNOUNCEMENT_LEAD
    how = f"the term word \"{said}\" above it" if said else "its month"
    return ReferenceDate(value, True, f"{name}; its first year-less day is {spoken_day(first)} by {how}: counted "
                                      f"from {ANNOUNCEMENT_LEAD.days // 7} weeks before it, the days after it within a year",
                         forward=True, window=(first, first + timedelta(days=364)))


SPAN_FIRST_MONTH = 8    # months from August on fall in an academic year's first calendar year
_TERM_WORD = re.compile(r"[^\W\d_]+")


TERM_LEAD_WORDS = 2     # a term word heads its line: "Fall Semester", "Second Spring", "| SPRING |"


def _term_half(before: str, month: int) -> tuple[str | None, str | None]:
    """The half of the span the last term word heading a line before a day names ("First Spring"
    -> second), and the word; (None, None) without one, or when the day's month lies outside that
    term's months (the word is then a column heading, not the day's term). Only a line's first
    words count: "holidays that fall on a weekend" names no term."""
    terms = {row["word"]: row for row in load_table("en", "term_halves")}
    for line in reversed(before.splitlines()):
        for word in reversed(_TERM_WORD.findall(line)[:TERM_LEAD_WORDS]):
            term = terms.get(word.lower())
            if term is None:
                continue
            first, _, last = term["months"].partition("-")
            if not int(first) <= month <= int(last or first):
                return None, None
            return term["half"], word
    return None, None


def _yearless_day(timex: Timex) -> tuple[int, int] | None:
    """(month, day) of a date written with its month and day and no year or count ("January 11")."""
    found = yearless_month_day(timex.type, timex.raw_value or timex.value)
    return None if found is None or found[1] is None else (found[0], found[1])


def edition_reference(edition: Edition, days: list[tuple[int, int]]) -> ReferenceDate:
    """The page's date from its edition year: its year-less days run in date order up to the
    last, which is in the edition's year; the run opens after the longest stretch of the year
    with none ("December 15 … March 15 … June 1" for a summer conference: December is the
    year before). Written an announcement's lead before the first, but never so early that the
    last would come round again first."""
    name = (f"{edition.where} \"{edition.shown}\" names the year {edition.year}" if edition.titled
            else f"{edition.where} \"{edition.shown}\" names the edition of {edition.year}")
    if not days:
        value = date(edition.year, 1, 1)
        return ReferenceDate(value, True, f"{name}; no day written: counted from its first day", forward=True)
    order = sorted({(m, d) for m, d in days if day_in(2001, m, min(d, 28) if m == 2 else d) is not None})
    if not order:
        return edition_reference(edition, [])
    ordinal = [date(2001, m, min(d, 28) if m == 2 else d).timetuple().tm_yday for m, d in order]
    gaps = [((ordinal[(i + 1) % len(order)] - ordinal[i]) % 365 or 365, i) for i in range(len(order))]
    widest, last = max(gaps)
    first_index = (last + 1) % len(order)
    if edition.titled and (widest < WRAP_GAP or first_index == 0):
        # A year's list ("Funding Rounds for 2024": January to November) runs in its calendar
        # year unless a season with no day splits it elsewhere; the page's "this year" is it.
        first = day_in(edition.year, *order[0]) or date(edition.year, order[0][0], 28)
        value = max(first - ANNOUNCEMENT_LEAD, date(edition.year, 1, 1))
        return ReferenceDate(value, True, f"{name}; its year-less days run from {spoken_day(first)}: counted from "
                                          f"{spoken_day(value)}, in the named year",
                             forward=True, window=(date(edition.year, 1, 1), date(edition.year, 12, 31)))
    first_month, first_day = order[first_index]
    wraps = first_index != 0
    first = day_in(edition.year - 1 if wraps else edition.year, first_month, first_day) or \
        date(edition.year - 1 if wraps else edition.year, first_month, 28)
    lead = min(ANNOUNCEMENT_LEAD, timedelta(days=max(widest - 1, 0) // 2))
    value = first - lead
    return ReferenceDate(value, True, f"{name}; its year-less days run from {spoken_day(first)}: counted from "
                                      f"{lead.days // 7} weeks before it, as announcements come ahead",
                         forward=True, window=(first, first + timedelta(days=364)))


def window_years(timexes: Sequence[Timex], window: tuple[date, date] | None) -> dict[int, str]:
    """Index (in ``timexes``) -> the raw core with the year that puts a year-less day or month
    in ``window``, whatever its tense: a conference page's past participles ("Authors notified
    of decision", "camera-ready paper due") tell no time of writing."""
    if window is None:
        return {}
    first = window[0]
    out = {}
    for index, timex in enumerate(timexes):
        raw = parse(timex.raw_value or timex.value)
        match = CALENDAR.match(raw.core)
        if (timex.type not in ("DATE", "TIME") or match is None or match.group("year") != "XXXX"
                or match.group("week") or not (match.group("month") or "").isdigit()
                or raw.get("yr") or raw.get("dir")):
            continue
        month, day = int(match.group("month")), match.group("day")
        on = (month, int(day) if (day or "").isdigit() else 1)
        year = first.year if on >= (first.month, first.day) else first.year + 1
        out[index] = f"{year:04d}" + raw.core[4:]
    return out
