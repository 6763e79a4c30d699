"""Turning one rule match into an ``Atom``: the raw value the words alone allow.

Builders read the named groups of a match (see the header of ``rules.tsv``) and look
every word up in the language tables; they return None to veto a match the pattern
could not rule out by itself (a lower-case "may", an impossible clock).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from calfeed.timex.day_halves import AFTERNOON_HALF, MORNING_HALF, placed_clock
from calfeed.timex.lexicon import load_list, load_table, load_words, ordinal_endings
from calfeed.timex.other_eras import converted_year
from calfeed.timex.rawvalue import ANCHORED, CALENDAR, Raw, time_of
from calfeed.timex.vocabulary import NTH_WEEKDAY, Vocabulary, norm
from calfeed.timex.zones import zone_for_place

TWO_DIGIT_PIVOT = 50   # 00-49 -> 20xx, 50-99 -> 19xx
FRACTION_DENOMINATORS = (2, 3, 4, 8)
HUNDRED = 100          # a spelled year's first word counts hundreds ("nineteen ninety-six")


@dataclass
class Atom:
    """A found expression before resolution; ``parts`` keeps the spans merging joined."""

    start: int
    end: int
    type: str
    raw: Raw
    rule: str
    priority: int = 0
    tz: str | None = None
    tz_text: str | None = None
    rrule: str | None = None
    mod: str | None = None
    approximate: bool = False
    problem: str | None = None
    loose: bool = False          # a year-less "3/4" or listed "the 2nd" no date word introduces: kept only beside one that is
    dotted: bool = False         # a bare dotted "14.00": a clock only where its context says so (dotted_clocks.py)
    parts: list["Atom"] = field(default_factory=list)

    @property
    def core(self) -> str:
        return self.raw.core


def groups(match: re.Match[str]) -> dict[str, str]:
    """Named groups with ``_2`` variants folded onto their base name (first non-empty wins)."""
    out: dict[str, str] = {}
    for name, value in match.groupdict().items():
        if value is None:
            continue
        base = name.split("_")[0]
        out.setdefault(base, value)
    return out


def cased(word: str, vocab: Vocabulary) -> bool:
    """Whether a word that doubles as an ordinary word is written so that it is a date."""
    key = norm(word)
    if key in vocab.capitalised and not word[:1].isupper():
        return False
    if key in vocab.lowercase_only and not word.islower():
        return False
    return True


def two_digit_year(text: str) -> int:
    value = int(text)
    return 2000 + value if value < TWO_DIGIT_PIVOT else 1900 + value


def _number(word: str, vocab: Vocabulary) -> int | None:
    value = vocab.number(word)
    return int(value) if value is not None else None


@lru_cache(maxsize=None)
def _meridiems(lang: str) -> dict[str, str]:
    """A half-day mark, lower case without dots, to its half of the day (``meridiems.tsv``)."""
    return {norm(row["mark"]): row["half"] for row in load_table(lang, "meridiems")}


@lru_cache(maxsize=None)
def _noon_hours(lang: str) -> dict[str, int]:
    """"noon", "midnight": the hour each word of twelve o'clock is (``noon_hours.tsv``)."""
    return {norm(row["word"]): int(row["hour"]) for row in load_table(lang, "noon_hours")}


def _clock(g: dict[str, str], vocab: Vocabulary, hour_key: str = "h", minute_key: str = "min",
           ampm: str | None = None) -> str | None:
    if g.get("noon") and hour_key == "h":
        hour = _noon_hours(vocab.lang).get(norm(g["noon"]))
        if hour is None:
            return None
        return f"{hour:02d}:{int(g.get('min') or 0):02d}"     # "12.15 noon": a quarter past twelve
    if hour_key not in g:
        return None
    hour = _number(g[hour_key], vocab)
    if hour is None:
        return None
    minute = int(g.get(minute_key) or 0)
    if g.get("minw") and hour_key == "h":
        spoken = _spoken_minutes(g, vocab)
        if spoken is None:
            return None
        hour, minute = spoken(hour)
    marker = norm(ampm or "").replace(".", "")
    marker = _meridiems(vocab.lang).get(marker, marker)     # "p.m.", the compact "12:00P": a half-day code
    if marker == AFTERNOON_HALF and hour < 12:
        hour += 12
    elif marker == MORNING_HALF and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    text = f"{hour:02d}:{minute:02d}"
    if g.get("s") and hour_key == "h":
        text += f":{int(g['s']):02d}"
    return text


def _spoken_minutes(g: dict[str, str], vocab: Vocabulary):
    """Minutes said in words: "half past seven", "a quarter to nine", "seven thirty".

    Returns a function of the hour giving (hour, minute), or None when the words are no
    clock (the words and their roles are in ``spoken_minutes.tsv``).
    """
    table = _spoken(vocab.lang)
    words = [w for w in re.split(r"[\s-]+", norm(g["minw"])) if w]
    direction = table.get(norm(g["past"])) if g.get("past") else None
    last = table.get(words[-1]) if words else None
    if last is not None and last["role"] == "fraction":
        minute = int(last["value"])
    else:
        parts = [vocab.number(w) for w in words if table.get(w, {}).get("role") != "filler"]
        if not parts or any(p is None for p in parts):
            return None
        minute = int(sum(parts))                      # type: ignore[arg-type]
        if direction is not None and direction["alone"] != "yes" and not (
                g.get("mins") or g.get("ampm") or g.get("oclock") or g.get("pod")):
            return None
    if not 0 < minute < 60:
        return None
    if direction is not None and direction["value"] == "-":
        return lambda hour: ((hour - 1) or 12, 60 - minute)
    return lambda hour: (hour, minute)


@lru_cache(maxsize=None)
def _spoken(lang: str) -> dict[str, dict[str, str]]:
    return {norm(row["word"]): row for row in load_table(lang, "spoken_minutes")}


@lru_cache(maxsize=None)
def _network_zones(lang: str) -> dict[str, dict[str, str]]:
    return {norm(row["letter"]): row for row in load_table(lang, "network_clock_zones")}


def _zone(g: dict[str, str], atom_text: str, vocab: Vocabulary) -> tuple[str | None, str | None]:
    if g.get("network"):          # "10/9c": the first clock is the listing's own zone's
        row = _network_zones(vocab.lang).get(norm(g["network"]))
        return (row["zone"], row["text"]) if row is not None else (None, None)
    if g.get("tz"):
        return vocab.zone(g["tz"]), g["tz"]
    if g.get("tzplace"):
        place = g["tzplace"]
        iana = vocab.zone(place) or zone_for_place(place)
        if iana:
            start = atom_text.find(place)
            return iana, atom_text[start:].strip(" ()")
    return None, None


def spelled_year(text: str, vocab: Vocabulary) -> int | None:
    """A year written in words: "nineteen ninety-six", "two thousand and one".

    Before a scale word (``numbers.tsv``: "thousand") the words multiply it; otherwise the first
    word counts hundreds ("nineteen" ninety-six) unless the next word is the hundred itself. Words
    of ``number_links`` ("and") add nothing.
    """
    links = load_words(vocab.lang, "number_links")
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w not in links]
    values = [vocab.number(w) for w in words]
    if not words or any(v is None for v in values):
        return None
    at = next((k for k, w in enumerate(words) if vocab.numbers.get(norm(w), {}).get("kind") == "scale"), None)
    if at is not None:
        return int(sum(values[:at]) * values[at] + sum(values[at + 1:]))
    if len(words) > 1 and values[1] == HUNDRED:
        return int(values[0] * HUNDRED + sum(values[2:]))
    return int(values[0] * HUNDRED + sum(values[1:]))


# An academic year ("2023/24") opens in the autumn: a season that begins before August (spring,
# summer) is its second year's; autumn and winter (from December) its first's.
ACADEMIC_YEAR_OPENS = 8


def _year(g: dict[str, str], vocab: Vocabulary | None = None) -> str:
    if g.get("y"):
        if g["y"].isdigit():
            return g["y"].zfill(4)                 # "A.D. 750": TimeML writes every year in four digits
        if vocab is None:
            return g["y"]
        number = spelled_year(g["y"], vocab)
        return str(number) if number else "XXXX"
    if g.get("yy"):
        return str(two_digit_year(g["yy"]))
    return "XXXX"


def _day(word: str, vocab: Vocabulary) -> int | None:
    value = _number(word, vocab)
    return value if value is not None and 1 <= value <= 31 else None


def _month_day(word: str, vocab: Vocabulary) -> int | None:
    """A day of every month as iCalendar's BYMONTHDAY counts it: 1 to 31, or -1 for the last."""
    value = _number(word, vocab)
    return value if value is not None and (1 <= value <= 31 or value == -1) else None


def _impossible(year: str, month: int, day: int) -> bool:
    leap_year = int(year) if year.isdigit() else 2000
    return day > calendar.monthrange(leap_year, month)[1]


_YEARLESS_DAY = re.compile(r"XXXX-(?:\d\d|XX)-\d\d(?:T|$)")


def _month_span_quarter(first: int, last: int) -> tuple[int, bool] | None:
    """The quarter three months from ``first`` to ``last`` name ("July-September": the third), and
    whether it is that calendar quarter; a fiscal quarter across two ("May-July") is read as the
    one holding its middle month, where most of it lies. Any other span names no quarter."""
    if (last - first) % 12 != 2:
        return None
    middle = first % 12 + 1
    return (middle + 2) // 3, first % 3 == 1


def _fiscal_quarter(quarter: int, year: str) -> tuple[str, str]:
    """"Q1 FY28": which months depend on when the company's or country's year starts (April in
    India, October for the US government, July, January...), so it is no calendar quarter. A
    fiscal year is named by the year it ends in, so whatever its start, its nth quarter lies in
    the twelve months from the month 3n+1 of the year before: "Q1 FY28" is sometime between
    April 2027 and March 2028."""
    first = int(year) * 12 - 12 + 3 * quarter          # months since year 0, January = 0
    last = first + 11
    return f"{first // 12:04d}-{first % 12 + 1:02d}", f"{last // 12:04d}-{last % 12 + 1:02d}"


_YEAR_THEN_TWO_DIGITS = re.compile(r"\d{4}[-/]\d\d")


def _season_pair(g: dict[str, str], text: str) -> bool:
    """A four-digit year, a slash or hyphen, then the next year's last two digits ("2009/10",
    "2011-12"): a season or fiscal year that runs over New Year, never that year's month, since
    a month that happens to equal the next year's digits is the one reading the writer could
    not have meant unambiguously. Month-first numbers ("10/2009") are not read so."""
    if g.get("d") or not g.get("y") or not _YEAR_THEN_TWO_DIGITS.fullmatch(text.strip()):
        return False
    return int(g["mn"]) == (int(g["y"]) + 1) % 100


def _weekday_marked(g: dict[str, str], text: str) -> bool:
    """"sat 24th Dec", "sat, 24 Dec": a weekday abbreviation written as a word ("sat", "wed") is the
    weekday when a mark (a dot or comma) or an ordinal day follows it, so the day reads as a date
    ("She sat 12 June exams" does not)."""
    day = g.get("d") or ""
    between = text[len(g["wd"]):text.find(day)] if day and text.startswith(g["wd"]) else ""
    return bool(day) and (day.lower().endswith(ordinal_endings()) or "," in between or "." in between)


def _written_as_date(key: str, g: dict[str, str], text: str, vocab: Vocabulary) -> bool:
    """Whether a month or weekday word that doubles as an ordinary word ("august", "may", "sat") is
    written as a date: with its case, or in lower case beside a day and a year ("3 august 2027"),
    beside a day when it is no English word ("18th nov"), or as a weekday marked before its day
    ("sat 24th Dec")."""
    if cased(g[key], vocab):
        return True
    if key == "wd":
        return bool(g.get("m")) and _weekday_marked(g, text)
    return bool(g.get("d")) and (bool(g.get("y")) or norm(g[key]) in vocab.lower_beside_day)


def weekday_agrees(g: dict[str, str], vocab: Vocabulary) -> bool:
    """Whether the weekday written before a full numeric date ("Wednesday 2019/3/20") is that date's
    own: only then is it the date's weekday rather than a day of its own."""
    try:
        day = date(int(g["y"]), int(g["mn"]), int(g["d"]))
    except (KeyError, ValueError):
        return False
    return day.isoweekday() == int(vocab.weekdays[norm(g["wd"])]["iso"])


def build_calendar(g: dict[str, str], text: str, vocab: Vocabulary) -> tuple[Raw, dict] | None:
    extra: dict = {"dotted": True} if "dotted" in g else {}
    if any(key in g and not _written_as_date(key, g, text, vocab) for key in ("m", "m2", "wd", "qm", "qm2")):
        return None      # "the august House", "you may": a word
    if "wdagree" in g and not weekday_agrees(g, vocab):
        return None      # "Friday 2019-03-14": a weekday not the date's; the extractor reads each alone
    if g.get("dt"):                  # "twenty-" + "first": the rule reads a hyphened ordinal in two
        key = "d" if g.get("d") else "century"
        if not g[key][:1].isalpha():
            return None
        g = {**g, key: g["dt"] + g[key]}
    if g.get("ey"):                  # "Saka New Year 1928": the era's year as a Gregorian one
        tail = not (g.get("era") or g.get("eraal"))
        mark = g.get("era") or g.get("eraal") or g.get("eratail") or ""
        converted = converted_year(mark, tail, g["ey"], not g.get("eraal"), vocab.lang)
        if converted is None:
            return None
        g = {**g, "y": str(converted[0])}
        if converted[1] is not None:      # "Hijri New Year 1447": the arithmetic calendar's 1 Muharram
            g.update(mn=str(converted[1].month), d=str(converted[1].day))
            extra["approximate"] = True
    year = _year(g, vocab)
    core = ""
    end_core = None
    named_period = False
    month = None
    if g.get("m"):
        month = int(vocab.months[norm(g["m"])]["month"])
    elif g.get("mn"):
        month = int(g["mn"])
        if _season_pair(g, text):
            return None      # "the 2009/10 campaign", "2023-24": a season or fiscal year, read by year_span
    counted = _counted(g, year, month, vocab)
    if counted == ("", None):
        return None
    if counted is not None:
        core, end_core = counted
    elif g.get("decade") or g.get("decade2") or g.get("decadeword"):
        if g.get("decadeword"):                      # "the nineties": of the 1900s unless said
            value = int(vocab.number(g["decadeword"]) or 0)
            if value >= 100:                          # "the noughties" names its century itself
                if g.get("cent"):
                    return None
                core = str(value // 10)
            else:
                century = int(vocab.number(g["cent"]) or 19) if g.get("cent") else 19
                core = f"{century}{value // 10}"
        else:
            core = g["decade"][:3] if g.get("decade") else "19" + g["decade2"][0]
    elif g.get("century"):
        number = _number(g["century"], vocab)
        if number is None or not 1 <= number <= 30:
            return None
        core = f"{number - 1:02d}"
    elif "fy" in g and g.get("qn"):
        core, end_core = _fiscal_quarter(int(g["qn"]), year)
        extra["approximate"] = True
    elif g.get("qm"):
        span = _month_span_quarter(int(vocab.months[norm(g["qm"])]["month"]), int(vocab.months[norm(g["qm2"])]["month"]))
        if span is None or (g.get("qperiod") and not span[1]):
            return None                 # "the May-July period": three months, no quarter
        quarter, aligned = span
        core = f"{year}-Q{quarter}"
        if not aligned:
            extra["approximate"] = True
    elif g.get("q") or g.get("qn"):
        quarter = _number(g.get("q") or g["qn"], vocab)
        if quarter is not None and quarter < 0:      # "the last quarter of 2013": counted from the year's end
            quarter += 5
        core = f"{year}-Q{quarter}"
    elif g.get("period"):
        core = f"{year}-QX"
        named_period = norm(g["period"]) not in vocab.units      # "period", not "quarter"
    elif g.get("half"):
        half = _number(g["half"], vocab)
        if half is None or not -2 <= half <= 2 or half == 0:
            return None
        core = f"{year}-H{half % 3}"
    elif g.get("season"):
        key = norm(g["season"])
        if key in vocab.determined and not (g.get("dir") or g.get("y") or g.get("the")):
            return None
        row = vocab.seasons[key]
        if g.get("ay2"):            # "Summer 2023/24": a season of an academic year
            last = int(year[:2] + g["ay2"]) if len(g["ay2"]) == 2 else int(g["ay2"])
            if last != int(year) + 1:
                return None
            if int(row["first"]) < ACADEMIC_YEAR_OPENS:   # spring and summer close it, in its second year
                year = str(last)
        core = f"{year}-{row['code']}"
    elif g.get("hol"):
        row = vocab.holidays[norm(g["hol"])]
        if row["kind"] == "fixed":
            core = f"{year}-{int(row['month']):02d}-{int(row['day']):02d}"
        else:
            core = f"{year}-HOL({row['name']})"
        if row["kind"] == "hijri":
            extra["approximate"] = True    # the day observed waits on the new moon's sighting: a day either way
    elif month is not None and g.get("d"):
        day = _day(g["d"], vocab)
        if day is None:
            return None
        core = f"{year}-{month:02d}-{day:02d}"
        if _impossible(year, month, day):
            extra["problem"] = f"impossible date: day {day} of month {month}" + (
                f" in {year}" if year != "XXXX" else "")
        if g.get("d2"):
            day2 = _day(g["d2"], vocab)
            if day2 is None or day2 <= day:
                return None
            end_core = f"{year}-{month:02d}-{day2:02d}"
        if g.get("dand"):                  # "24 and 25 April": two days in a row; others are a list
            day2 = _day(g["dand"], vocab)
            if day2 != day + 1:
                return None
            end_core = f"{year}-{month:02d}-{day2:02d}"
        if g.get("dor"):                   # "5 or 6 August": one of the two, not known which: both, approximately
            day2 = _day(g["dor"], vocab)
            if day2 is None or day2 <= day:
                return None
            end_core = f"{year}-{month:02d}-{day2:02d}"
            extra["approximate"] = True
    elif g.get("d"):                 # "on the 27th": a day of the month the tense and story imply
        day = _day(g["d"], vocab)
        day2 = _day(g["d2"], vocab) if g.get("d2") else None
        if day is None or year != "XXXX" or (g.get("d2") and (day2 is None or day2 <= day)):
            return None
        core = f"XXXX-XX-{day:02d}"
        if day2 is not None:
            end_core = f"XXXX-XX-{day2:02d}"
        if "loose" in g:
            extra["loose"] = True
    elif month is not None:
        core = f"{year}-{month:02d}"
        if g.get("m2"):                    # "January/February 2022": the two months, one span
            month2 = int(vocab.months[norm(g["m2"])]["month"])
            if month2 <= month:
                return None
            end_core = f"{year}-{month2:02d}"
    elif g.get("wd"):
        core = f"XXXX-WXX-{vocab.weekdays[norm(g['wd'])]['iso']}"
    elif g.get("rel"):
        row = vocab.relative.get(norm(g["rel"]))
        if row is None:
            return None
        core = row["raw"].split(";")[0]
    elif year != "XXXX":
        core = year
    elif g.get("h") or g.get("noon"):
        core = "XXXX-XX-XX"
    else:
        return None
    ampm = g.get("ampm") or (AFTERNOON_HALF if g.get("network") else None)    # "10/9c": a network's evening slot
    night = None
    if not ampm and g.get("pod") and (g.get("h") or "").strip():
        ampm = vocab.parts_of_day[norm(g["pod"])].get("meridiem") or None   # "four in the morning"
        if ampm == AFTERNOON_HALF and not g.get("h2") and not g.get("ampmfrom") and not g.get("minw"):
            night = vocab.parts_of_day[norm(g["pod"])]   # "twelve o'clock at night", "two o'clock at night"
    clock = _clock(g, vocab, ampm=g.get("ampmfrom") or (None if night is not None else ampm))
    ends_day = False
    if night is not None and clock is not None:
        placed = placed_clock(clock, night)    # the part of the day places the bare clock
        clock, ends_day = placed.time, placed.ends_day
    if (g.get("h") or g.get("noon")) and clock is None:
        return None
    if clock:
        if g.get("h2") and not g["h2"].isdigit() and (_number(g["h2"], vocab) or 0) <= (_number(g.get("h", ""), vocab) or 0):
            return None     # "10 to seven in the evening": minutes to the hour (clock_past), not a range
        clock2 = _clock(g, vocab, "h2", "min2", ampm=ampm) if g.get("h2") else None
        if clock2 is not None and clock2 <= clock and ampm and not g.get("ampmfrom"):
            # "from 10 to 2pm": the end's pm would put the start after the end, so it is the morning's
            clock = _clock(g, vocab) or clock
        if clock2 is not None and clock2 < "01:00" and clock < "12:00" and _number(g["h2"], vocab) == 12:
            # "10 to 12am", "10am-12am": a morning runs to noon (Recognizers-Text reads "10am-12am" so);
            # after a pm start ("10pm to 12am") the end is midnight, the next day's 00:00
            clock2 = "12" + clock2[2:]
        core = f"{core}T{clock}"
        if g.get("h2"):
            if clock2 is None or clock2 <= clock:
                return None
            end_core = f"{core.split('T')[0]}T{clock2}"
        tz, tz_text = _zone(g, text, vocab)
        extra.update(tz=tz, tz_text=tz_text)
        if "alt" in g:                     # "7 or 8 pm": one of the two, not known which: both, approximately
            extra["approximate"] = True
    elif g.get("pod"):
        core = f"{core}T{vocab.parts_of_day[norm(g['pod'])]['code']}"
    if g.get("yy2") or g.get("y2"):              # "2026-27", "2014-2018", "2011-14": a span of years
        last = int(g["y2"]) if g.get("y2") else int(year[:2] + g["yy2"])
        month_like = g.get("yy2") and int(g["yy2"]) <= 12      # "2011-09" may be a month; "2011-14" is none
        if month_like and last != int(year) + 1 or not 0 < last - int(year) <= 30:
            return None
        end_core = str(last)
    annotations = {}
    if end_core:
        annotations["to"] = end_core
    if ends_day:
        annotations["eod"] = "1"      # "twelve o'clock at night": the midnight that ends the day
    if named_period:
        annotations["per"] = "story"
    weekday = g.get("wd") or g.get("wda")
    if weekday and _YEARLESS_DAY.match(core):
        # "Monday 13th": a 13th that is a Monday; "Thursday 4 February": the year whose 4 February is one;
        # "Monday 7 - Friday 11 July": the year whose 7 July is a Monday
        annotations["wd"] = vocab.weekdays[norm(weekday)]["iso"]
    if g.get("dir"):
        row = vocab.directions[norm(g["dir"])]
        annotations["dir"] = row["dir"]
    if g.get("holweek"):             # "Easter week": the ISO week holding the day
        annotations["of"] = "W"
    elif g.get("holwkend"):          # "Labor Day weekend": the (long) weekend holding it
        annotations["of"] = "LWE"
    shift = _year_shift(g, vocab)
    if shift is not None:
        if year != "XXXX":
            return None
        annotations["yr"] = str(shift)
    return Raw(core, annotations), extra


def _counted(g: dict[str, str], year: str, month: int | None, vocab: Vocabulary) -> tuple[str, str | None] | None:
    """Days and weeks counted within a month or a year; ("", None) vetoes the match.

    "the first Monday of October" is a named day (see NTH_WEEKDAY); "the third week of May"
    the days 15-21; "the first week of 2027" ISO week 1; "the week of March 6" the ISO
    week of that day once the year is known (the day itself until then).
    """
    if g.get("wdord") and g.get("wd") and month is not None:
        nth = _number(g["wdord"], vocab)
        if nth is None or nth == 0 or not -1 <= nth <= 5:
            return "", None
        iso = vocab.weekdays[norm(g["wd"])]["iso"]
        return f"{year}-HOL({NTH_WEEKDAY.format(nth=int(nth), iso=iso, month=month)})", None
    if g.get("wkord"):
        nth = _number(g["wkord"], vocab)
        if nth is None or nth == 0 or not -1 <= nth <= 5:
            return "", None
        if month is None:
            if year == "XXXX":
                return "", None
            weeks = date(int(year), 12, 28).isocalendar()[1]
            week = weeks if nth == -1 else int(nth)
            return (f"{year}-W{week:02d}", None) if week <= weeks else ("", None)
        days = calendar.monthrange(int(year) if year.isdigit() else 2001, month)[1]
        first = days - 6 if nth == -1 else 7 * int(nth) - 6
        last = first + 6
        if last > days:
            return "", None
        return f"{year}-{month:02d}-{first:02d}", f"{year}-{month:02d}-{last:02d}"
    if g.get("weekof") and month is not None and g.get("d") and year.isdigit():
        day = _day(g["d"], vocab)
        if day is None or _impossible(year, month, day):
            return "", None
        iso_year, week, _ = date(int(year), month, day).isocalendar()
        return f"{iso_year:04d}-W{week:02d}", None
    return None


def _year_shift(g: dict[str, str], vocab: Vocabulary) -> int | None:
    """Years from the reference year named before a period: "last year's", "the year-ago"."""
    if g.get("ydir"):
        return int(vocab.directions[norm(g["ydir"])]["offset"])
    if g.get("off"):
        return -1 if vocab.offsets[norm(g["off"])]["sign"] == "-" else 1
    return None


def build_numeric(g: dict[str, str], text: str, vocab: Vocabulary, day_first: bool) -> tuple[Raw, dict] | None:
    """``d/m/y`` or ``m/d/y`` (``day_first`` decides when both fit), a weekday before it included."""
    if "wd" in g and not cased(g["wd"], vocab):
        return None
    a, b = int(g["a"]), int(g["b"])
    if not g.get("y"):
        return _numeric_day(a, b, g, vocab, day_first)
    if g["sep"] == "." and len(g["y"]) != 4:
        return None
    year = g["y"] if len(g["y"]) == 4 else str(two_digit_year(g["y"]))
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    elif a <= 12 and b <= 12:
        day, month = (a, b) if day_first else (b, a)
    else:
        return None
    if day < 1 or month < 1:
        return None
    extra = {}
    if _impossible(year, month, day):
        extra["problem"] = f"impossible date: day {day} of month {month} in {year}"
    elif g.get("weekof"):     # "w/c 2/6/2025": the ISO week holding the day
        iso_year, week, _ = date(int(year), month, day).isocalendar()
        return Raw(f"{iso_year:04d}-W{week:02d}"), extra
    return Raw(f"{year}-{month:02d}-{day:02d}{_part_of_day(g, vocab)}"), extra


def _part_of_day(g: dict[str, str], vocab: Vocabulary) -> str:
    """"Monday evening 16/9": the part of the day written after the weekday, as a time code."""
    return f"T{vocab.parts_of_day[norm(g['pod'])]['code']}" if g.get("pod") else ""


def _numeric_day(a: int, b: int, g: dict[str, str], vocab: Vocabulary, day_first: bool
                 ) -> tuple[Raw, dict] | None:
    """A year-less ``d/m`` or ``m/d`` ("on 3/1", "Friday 3/19"): only a possible day, else no date."""
    if a > 12 and b > 12 or a == 0 or b == 0:
        return None
    day_first = day_first or g.get("sep") == "."      # "12.06": a dotted day is written day first
    day, month = (a, b) if (day_first and b <= 12) or a > 12 else (b, a)
    if _impossible("XXXX", month, day):
        return None
    raw = Raw(f"XXXX-{month:02d}-{day:02d}{_part_of_day(g, vocab)}")
    if g.get("wd"):
        raw.annotations["wd"] = vocab.weekdays[norm(g["wd"])]["iso"]
    # "cut by 1/2": after "by", a half, third, quarter or eighth is a fraction unless a listed date vouches for it
    fraction = "byword" in g and a < b and b in FRACTION_DENOMINATORS
    return raw, {"loose": True} if "loose" in g or fraction else {}


def build_relative(g: dict[str, str], text: str, vocab: Vocabulary) -> tuple[Raw, dict] | None:
    word = g["rel"]
    if not cased(word, vocab):
        return None
    row = vocab.relative[norm(word)]
    written = row["since"] if "since" in g and row.get("since") else row["raw"]    # "since year-end"
    raw = Raw(written.split(";")[0])
    for item in written.split(";")[1:]:
        key, _, value = item.partition("=")
        raw.annotations[key] = value
    extra: dict = {"type": row["type"]}
    if raw.get("win"):
        extra["approximate"] = True
    if raw.get("mod"):                      # "year-end": a modifier the word carries in itself
        modifier = vocab.modifiers[raw.get("mod")]
        extra.update(mod=modifier["mod"], approximate=modifier["approx"] == "yes")
    return raw, extra


def _unit(word: str, vocab: Vocabulary) -> dict[str, str]:
    return vocab.units[norm(word)]


def build_unit(g: dict[str, str], text: str, vocab: Vocabulary) -> tuple[Raw, dict] | None:
    # "the next morning" steps a day and keeps the part of it
    unit = _unit(g.get("unit") or "day", vocab)
    code = unit["code"]
    pod = f"T{vocab.parts_of_day[norm(g['pod'])]['code']}" if g.get("pod") else ""
    if g.get("podmod"):                     # "in the late afternoon": a modified part of the story's day
        modifier = vocab.modifiers[norm(g["podmod"])]
        return Raw(f"LAST+P0D{pod}", {"dir": "this", "mod": norm(g["podmod"])}), {
            "mod": modifier["mod"], "approximate": modifier["approx"] == "yes"}
    if g.get("the"):                        # "in the morning": of the day the story is on
        # "rose over the month": a period's preposition names the period the story is about, the one last named
        anchor = "LAST" if pod or "spanned" in g else unit.get("the_anchor") or "REF"
        return Raw(f"{anchor}+P0{code}{pod}", {"dir": "this"}), {}
    row = _postposed(vocab.lang)[norm(g["postdir"])] if g.get("postdir") else vocab.directions[norm(g["dir"])]
    offset = int(row["offset"])
    sign = "-" if offset < 0 else "+"
    anchor = row["anchor"]
    if g.get("dir") and g.get("unit") and f'{norm(g["dir"])} {norm(g["unit"])}' in load_words(vocab.lang, "story_units"):
        anchor = "LAST"                     # "On July 10, ... This day marks ...": the day the story is on
    return Raw(f"{anchor}{sign}P{abs(offset)}{code}{pod}", {"dir": row["dir"]}), {}


@lru_cache(maxsize=None)
def _postposed(lang: str) -> dict[str, dict[str, str]]:
    """The direction words written after their unit ("the year before"), by word."""
    return {norm(row["word"]): row for row in load_table(lang, "postposed_directions")}


def _amount(word: str, vocab: Vocabulary) -> float | None:
    return vocab.number(word)


# A fraction of a unit is written in the next smaller one: (how many, unit, is it a clock unit).
_SMALLER = {("Y", False): (12, "M", False), ("W", False): (7, "D", False), ("D", False): (24, "H", True),
            ("H", True): (60, "M", True), ("M", True): (60, "S", True)}

# ISO 8601 writes a duration's parts largest first: the date designators, then after "T" the clock's.
_DESIGNATORS = ("Y", "M", "W", "D", "TH", "TM", "TS")


@dataclass(frozen=True)
class _Part:
    """One part of a counted length: its amount as written, its unit code, and whether the unit
    is the clock's (written after "T")."""

    amount: str
    code: str
    clock: bool

    @property
    def designator(self) -> str:
        return ("T" if self.clock else "") + self.code


def _in_smaller(amount: float, code: str, clock: bool) -> tuple[float, str, bool] | None:
    """An amount of a unit counted in the next smaller one (1.5 hours: 90 minutes), with that
    unit's code and clock flag; None when the unit has no smaller one to count in."""
    smaller = _SMALLER.get((code, clock))
    if smaller is None:
        return None
    count, small_code, small_clock = smaller
    return amount * count, small_code, small_clock


def _counted_unit(code: str) -> tuple[int, str]:
    """How many of which ISO unit a unit's code stands for: "2W" (a fortnight) is 2 W, "WE" (a
    weekend) 2 D, "Y" 1 Y."""
    multiplier = 1
    if code[:-1].isdigit():          # "2W" for a fortnight
        multiplier, code = int(code[:-1]), code[-1]
    if code == "WE":
        code, multiplier = "D", 2 * multiplier
    return multiplier, code


def _duration_parts(amount: float, code: str, clock: bool) -> list[_Part]:
    """The parts of a counted length: "1.5 years" is one year and six months."""
    multiplier, code = _counted_unit(code)
    value = amount * multiplier
    whole = int(value)
    parts = [_Part(str(whole), code, clock)] if whole or value == whole else []
    if value != whole:
        rest = _in_smaller(value - whole, code, clock)
        if rest is None or code == "W" or abs(rest[0] - round(rest[0])) > 1e-9:
            # 1.5 years is P1Y6M, but 1.5 weeks is not P1W3.5D: weeks take no other part in ISO 8601,
            # and a fraction may only stand in the last part, so it stays on the unit said
            parts = [_Part(f"{value:g}", code, clock)]
        else:
            parts.append(_Part(f"{rest[0]:g}", rest[1], rest[2]))
    return parts


def _iso_duration(parts: list[_Part]) -> str:
    date_part = "".join(p.amount + p.code for p in parts if not p.clock)
    time_part = "".join(p.amount + p.code for p in parts if p.clock)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _duration_text(amount: float | None, code: str, clock: bool) -> str:
    if amount is None:
        code = _counted_unit(code)[1]
        return f"PTX{code}" if clock else f"PX{code}"
    return _iso_duration(_duration_parts(amount, code, clock))


def build_duration(g: dict[str, str], text: str, vocab: Vocabulary) -> tuple[Raw, dict] | None:
    if g.get("rs") or g.get("h"):            # "won in 2:03:23", "in 27:30.42", "2:30 hours": a race's time
        seconds = (g.get("rs") or "0") + ("." + g["rfrac"] if g.get("rfrac") else "")
        amounts = ((g.get("h") or "0", "H"), (g.get("min") or "0", "M"), (seconds, "S"))
        parts = [_Part(f"{float(n):g}", d, True) for n, d in amounts if float(n)]
        return (Raw(_iso_duration(parts)), {}) if parts else None
    if g.get("many"):                        # "for years": a plural alone is a vague amount
        unit = _unit(g["many"], vocab)
        return Raw(_duration_text(None, unit.get("vague") or unit.get("duration") or unit["code"],
                                  unit["clock"] == "yes")), {}
    unit = _unit(g["unit"], vocab)
    if g.get("lo") and g.get("n"):           # "twenty-five years": one number word the range's hyphen cut in two
        whole = f"{g['lo']}-{g['n']}"
        if norm(whole) in vocab.numbers and whole.lower() in text.lower():
            g = {**g, "n": whole, "lo": ""}
    amount = _amount(g["n"], vocab) if g.get("n") else 1.0
    if g.get("n") and amount is None and norm(g["n"]) not in vocab.numbers:
        return None
    if g.get("lo"):                          # "two to three weeks": a length TimeML leaves open
        low = _amount(g["lo"], vocab)
        if low is None or amount is None or low >= amount:
            return None
        amount = None
    if amount is not None and g.get("frac"):
        amount += _fraction(g["frac"])
    if amount is not None and g.get("andhalf"):      # "an hour and a half"
        amount += 0.5
    code, clock = unit.get("duration") or unit["code"], unit["clock"] == "yes"
    value = _duration_text(amount, code, clock)
    parts = None if amount is None else _duration_parts(amount, code, clock)
    for count, word in (("midn", "midunit"), ("andn", "andunit")):
        if not g.get(word):                  # "one hour and 44 minutes", "2 hours 3 minutes 23 seconds": one length
            continue
        further = _amount(g[count], vocab)
        if parts is None or further is None:
            return None
        rest = _unit(g[word], vocab)
        parts = _joined_durations(parts, _duration_parts(further, rest.get("duration") or rest["code"],
                                                         rest["clock"] == "yes"))
        if parts is None:
            return None
        value = _iso_duration(parts)
    return Raw(value), {}


def _joined_durations(larger: list[_Part], smaller: list[_Part]) -> list[_Part] | None:
    """"two years and three months" is P2Y3M only when the second unit is the smaller one."""
    if any(p.designator not in _DESIGNATORS for p in larger + smaller):
        return None
    if _DESIGNATORS.index(larger[-1].designator) >= _DESIGNATORS.index(smaller[0].designator):
        return None
    return larger + smaller


def build_ordinal_unit(g: dict[str, str], text: str, vocab: Vocabulary) -> tuple[Raw, dict] | None:
    """"the second day of the offensive", "his first day in office": a day counted from a start the
    words do not date. A present copula makes it the story's own day ("today is the eighth day of
    ..."); otherwise it is the day the story last named ("Saturday was the fourth day"), as the
    resolver reads a day with nothing written. "the first hours of the war" is a vague length."""
    unit = _unit(g["unit"], vocab)
    if unit.get("plural") == "yes":
        return Raw(_duration_text(None, unit.get("duration") or unit["code"], unit["clock"] == "yes")), {
            "type": "DURATION"}
    if "now" in g:
        return Raw(f"REF+P0{unit['code']}"), {}
    return Raw("XXXX-XX-XX"), {}


def _fraction(text: str) -> float:
    if len(text) == 1:                       # "½": the character's own value
        return unicodedata.numeric(text, 0.0)
    top, _, bottom = text.partition("/")
    return int(top) / int(bottom) if bottom and int(bottom) else 0.0


def build_offset(g: dict[str, str], text: str, vocab: Vocabulary) -> tuple[Raw, dict] | None:
    unit = _unit(g["unit"], vocab)
    if (g.get("halfa") or g.get("andhalf")) and unit["clock"] == "yes":
        return None     # "a minute and a half later": the length rule writes it whole (PT1M30S), as TimeBank does
    amount = 0.5 if g.get("halfa") else _amount(g["n"], vocab) if g.get("n") else 1.0
    code = unit.get("duration") or unit["code"]      # "a decade ago" is a year, ten years back
    if amount is not None and g.get("andhalf"):      # "a year and a half ago"
        amount += 0.5
    if amount is not None and g.get("frac"):
        amount += _fraction(g["frac"])
    if amount is not None and amount != int(amount) and code[:-1].isdigit():
        amount, code = amount * int(code[:-1]), code[-1]     # "half a century ago": fifty years back
    if amount is not None and amount != int(amount):  # "4½ years ago": counted in the next smaller unit
        counted = _in_smaller(amount, code, unit["clock"] == "yes")
        if counted is None or counted[2] != (unit["clock"] == "yes"):
            return None
        amount, code, _ = counted
    if amount is not None and amount != int(amount):
        return None
    count = "X" if amount is None else str(int(amount))
    approximate = {"approximate": True} if g.get("orso") else {}
    if code[:-1].isdigit() and count == "X":
        code = code[-1]
    if code[:-1].isdigit() and count != "X":
        count, code = str(int(count) * int(code[:-1])), code[-1]
    if code == "WE":
        code = "W"
    if g.get("off"):
        row = vocab.offsets[norm(g["off"])]
        sign, anchor = row["sign"], row["anchor"]
    else:                                   # "in two weeks": forward from the document date
        sign, anchor = "+", "REF"
        if code == "W" and count != "X":
            count, code = str(int(count) * 7), "D"
    if unit["clock"] == "yes":
        return Raw(f"{anchor}{sign}PT{count}{code}"), {"type": "TIME", **approximate}
    return Raw(f"{anchor}{sign}P{count}{code}"), approximate


_FREQ = {"D": "DAILY", "W": "WEEKLY", "M": "MONTHLY", "Y": "YEARLY", "H": "HOURLY",
         "Q": "MONTHLY", "DE": "YEARLY", "CE": "YEARLY"}
_FREQ_FACTOR = {"Q": 3, "DE": 10, "CE": 100}


def build_set(g: dict[str, str], text: str, vocab: Vocabulary) -> tuple[Raw, dict] | None:
    if g.get("times") and g.get("freq"):     # "twice daily": the period; how often is not in the rule
        return Raw(vocab.frequencies[norm(g["freq"])]["value"]), {"rrule": None}
    if g.get("freq"):
        row = vocab.frequencies[norm(g["freq"])]
        return Raw(row["value"]), {"rrule": row["rrule"] or None}
    if g.get("m") and g.get("d"):            # "every March 15": one day a year
        if not cased(g["m"], vocab):
            return None
        month, day = int(vocab.months[norm(g["m"])]["month"]), _day(g["d"], vocab)
        if day is None or _impossible("XXXX", month, day):
            return None
        return Raw(f"XXXX-{month:02d}-{day:02d}"), {"rrule": f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"}
    if g.get("d"):                           # "the 15th of every month": the same days of each month
        days = [_month_day(g[key], vocab) for key in ("d", "dand") if g.get(key)]
        if None in days:
            return None
        first = f"{days[0]:02d}" if days[0] > 0 else "XX"      # "the last day of each month": no one number
        return Raw(f"XXXX-XX-{first}"), {"rrule": "FREQ=MONTHLY;BYMONTHDAY=" + ",".join(map(str, days))}
    if g.get("m"):
        key = norm(g["m"])
        if key in vocab.seasons:
            return Raw(f"XXXX-{vocab.seasons[key]['code']}"), {"rrule": None}
        month = int(vocab.months[key]["month"])
        return Raw(f"XXXX-{month:02d}"), {"rrule": f"FREQ=YEARLY;BYMONTH={month}"}
    if g.get("wd"):
        if not cased(g["wd"], vocab):
            return None
        days = [vocab.weekdays[norm(g["wd"])]]
        for _word, value in _all_weekdays(text, vocab):
            if value not in days:
                days.append(value)
        core = f"XXXX-WXX-{days[0]['iso']}"
        if g.get("pod"):
            core += "T" + vocab.parts_of_day[norm(g["pod"])]["code"]
        if g.get("ord"):                    # "the second and fourth Tuesday of each month"
            nths = [_number(g[key], vocab) for key in ("ord", "ordmid", "ordand") if g.get(key)]
            byday = ",".join(f"{nth}{day['byday']}" for nth in nths for day in days)   # "2nd Wednesday and Thursday"
            months = (";BYMONTH=" + ",".join(str(m) for m in _months_named(g["inmonths"], vocab))
                      if g.get("inmonths") else "")     # "... of February, May, August and November": those months only
            if g.get("mcycle"):                 # "... of odd numbered months", "... of every other month"
                months = ";" + vocab.month_cycles[norm(g["mcycle"])]["rrule"]
            return Raw(core), {"rrule": f"FREQ=MONTHLY;BYDAY={byday}{months}"}
        rrule = "FREQ=WEEKLY"
        if g.get("other"):
            rrule += ";INTERVAL=2"
        rrule += ";BYDAY=" + ",".join(d["byday"] for d in days)
        if g.get("inmonths"):               # "every Tuesday in March": the weeks of those months only
            rrule += ";BYMONTH=" + ",".join(str(m) for m in _months_named(g["inmonths"], vocab))
        return Raw(core), {"rrule": rrule}
    unit = _unit(g["unit"], vocab)
    code = unit["code"]
    length = unit.get("duration") or code   # written as a counted length is: "every two decades" P20Y
    if g.get("times"):
        return Raw(_duration_text(1, length, unit["clock"] == "yes")), {}
    word = norm(g.get("n", "1"))
    amount = 2.0 if word == "other" else _amount(g.get("n", "1"), vocab)
    if amount is None:                      # "every few years": a repetition of no set length
        if word not in vocab.numbers:
            return None
        return Raw(_duration_text(None, unit.get("vague") or length, unit["clock"] == "yes")), {"rrule": None}
    value = _duration_text(amount, length, unit["clock"] == "yes")
    clock = unit["clock"] == "yes"
    if amount != int(amount):               # "every half hour": the interval is counted in the next smaller unit
        counted = _in_smaller(amount, code, clock)
        if counted is None:
            return None
        amount, code, clock = counted
        if amount != int(amount):
            return Raw(value), {"rrule": None}
    factor = _FREQ_FACTOR.get(code, 1)
    if code[:-1].isdigit():
        factor, code = int(code[:-1]), code[-1]
    freq = _FREQ.get(code if not clock else "H" if code == "H" else "", None)
    rrule = None
    if freq:
        rrule = f"FREQ={freq}"
        if int(amount) * factor != 1:
            rrule += f";INTERVAL={int(amount) * factor}"
    return Raw(value), {"rrule": rrule}


def _months_named(text: str, vocab: Vocabulary) -> list[int]:
    """The months a list of month names holds ("January and February"), in calendar order."""
    return sorted({int(vocab.months[norm(w)]["month"]) for w in re.findall(r"[A-Za-z]{3,9}", text)
                   if norm(w) in vocab.months})


def _all_weekdays(text: str, vocab: Vocabulary) -> list[tuple[str, dict[str, str]]]:
    """Every weekday word in the matched text, in order (for "each Tuesday and Thursday")."""
    found = []
    for word in re.findall(r"[A-Za-z]{3,9}", text):
        row = vocab.weekdays.get(norm(word))
        if row is None:                   # "Tuesdays and Thursdays": a weekday's plural (plural_endings)
            row = next((vocab.weekdays[key] for ending in load_list(vocab.lang, "plural_endings")
                        if word.lower().endswith(ending) and (key := norm(word[:-len(ending)])) in vocab.weekdays), None)
        if row is not None:
            found.append((word, row))
    return found


def names_one_day(atom: Atom) -> bool:
    """A date that names one day (or a weekday, or a relative day) and no clock time yet.

    A day with only a part of the day ("this evening", "Friday morning") counts too: a
    clock time next to it ("8 pm this evening") says the same, only more exactly.
    """
    return _names_one_day(atom.type, atom.core)


@lru_cache(maxsize=8192)
def _names_one_day(kind: str, core: str) -> bool:
    """``names_one_day`` of an atom's type and core, kept: composing asks it of every two
    neighbouring atoms, and of the same few cores (a TBAQ pass: 6,257 times, 371 cores)."""
    time = time_of(core)
    if kind not in ("DATE", "TIME") or (time and time[0].isdigit()):
        return False
    if kind == "TIME" and not time:
        return False
    match = CALENDAR.match(core)
    if match:
        return bool(match.group("day") and match.group("day") != "XX") or bool(match.group("weekday"))
    match = ANCHORED.match(core)
    return bool(match and match.group("unit") == "D")
