"""Days listed before the one month they share: "on 3, 17 and 24 April", "8, 9 and 10 February 2027".

Only the last day is written with its month, so the patterns find "24 April" (or the pair
"9 and 10 February") and nothing of the days before it. Each listed day is a date of that
month and year, as TimeML tags it and as a calendar needs it: three closures, three days.

Written month first, the month opens the list and the year, if any, closes it: "May 14, 15
and 16, 2026", "March 3 and 17". The patterns find "May 14" and a year alone; each day after
it is a day of that month, and the closing year is every listed day's, the first one's too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from calfeed.timex.builders import Atom
from calfeed.timex.lexicon import load_list
from calfeed.timex.rawvalue import CALENDAR, Raw
from calfeed.timex.vocabulary import norm, vocabulary, word_alternation

REACH = 80                       # characters looked back for the list
PAIR_RULES = ("day_pair_month",)  # "9 and 10 February": its first day may end a longer list
WEEKDAY_SERIES_RULES = ("weekday_plural",)   # "Mondays": the days a comma list after it names


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The last link before the written day ("17 and ", "17, "), and one more listed day before
    a comma ("3, "); each is matched backwards from a known end, one day at a time."""
    from calfeed.timex.rules import expand

    day = r"(?<![\w£$€.,/:-])(?P<item>(?:(?P<wd>%weekday),?\s{1,3})?(?P<d>%dayNum))"
    last = re.compile(expand(day + r"\s{0,2}(?P<sep>,?\s{1,3}%pairLink\s{1,3}|,\s{1,3}|\s{1,3})\Z", lang), re.IGNORECASE)
    more = re.compile(expand(day + r"\s{0,2}(?P<sep>,\s{1,3}|\s{1,3})\Z", lang), re.IGNORECASE)
    return last, more


def _ordinal(found: re.Match[str]) -> bool:
    """"10th": a day written as an ordinal is a day, so a list of them needs no "and" and no
    commas ("Friday 3rd , 10th , 17th May", "Wednesday 8th 15th 22nd & 29th May")."""
    return found.group("d")[-1:].isalpha()


def _linked(found: re.Match[str], pair: bool) -> bool:
    """Whether the link after a listed day joins it to the list: "and" before the written day
    (a comma before a written pair), or any link after an ordinal day."""
    sep = found.group("sep").strip()
    if not sep:
        return _ordinal(found) and not pair
    return _ordinal(found) or (sep == "," if pair else sep != ",")


@lru_cache(maxsize=None)
def _pair_link(lang: str) -> re.Pattern[str]:
    from calfeed.timex.rules import expand

    return re.compile(expand(r"\s{1,3}%pairLink\s{1,3}", lang), re.IGNORECASE)


def _day_number(written: str) -> int:
    return int(re.match(r"\d+", written).group(0))


def _month_open(atom: Atom) -> bool:
    """A day of no written month ("the 1st") or a bare weekday ("Saturday"): a list may hold it."""
    match = CALENDAR.match(atom.core)
    return match is not None and not match.group("time") and (
        (match.group("month") == "XX" and match.group("day") not in (None, "XX"))
        or (match.group("week") == "XX" and match.group("weekday") not in (None, "WE")))


def listed_days(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """``atoms`` with a DATE of its own for each day listed before a day-first date. Only a day of a
    month (a core with two dashes, "XXXX-10-25") written from its number or with its weekday can close
    such a list: a list with none (most pages of prose, whose days open with the month) is kept as it is."""
    if not any(atom.type == "DATE" and atom.raw.core.count("-") >= 2
               and (text[atom.start:atom.start + 1].isdigit() or atom.raw.get("wd")) for atom in atoms):
        return list(atoms)
    vocab = vocabulary(lang)
    last, more = _patterns(lang)
    out: list[Atom] = []
    floor = 0
    for n, atom in enumerate(atoms):
        match = CALENDAR.match(atom.core) if atom.type == "DATE" else None
        if (match is None or match.group("day") in (None, "XX") or match.group("month") in (None, "XX")
                or match.group("time") or not (text[atom.start:atom.start + 1].isdigit() or atom.raw.get("wd"))):
            out.append(atom)
            floor = floor if _month_open(atom) else atom.end
            continue
        listed: list[tuple[int, int, int]] = []
        end = atom.start
        found = last.search(text, max(floor, atom.start - REACH), end)
        pair = atom.rule in PAIR_RULES and atom.raw.get("to")
        if found is not None and _linked(found, bool(pair)):
            listed.append((found.start("item"), found.end("d"), _day_number(found.group("d")), found.group("wd")))
            end = found.start()
            while ((found := more.search(text, max(floor, end - 24), end)) is not None
                   and (found.group("sep").strip() or _ordinal(found))):
                listed.append((found.start("item"), found.end("d"), _day_number(found.group("d")), found.group("wd")))
                end = found.start()
        elif found is not None and not pair and found.group("sep").strip() == ",":
            # "Mondays 3, 10, 17 March": commas alone link the days that a plural weekday opens
            run = [(found.start("item"), found.end("d"), _day_number(found.group("d")), found.group("wd"))]
            end = found.start()
            while (found := more.search(text, max(floor, end - 24), end)) is not None and found.group("sep").strip() == ",":
                run.append((found.start("item"), found.end("d"), _day_number(found.group("d")), found.group("wd")))
                end = found.start()
            if out and out[-1].type == "SET" and out[-1].rule in WEEKDAY_SERIES_RULES \
                    and not text[out[-1].end:run[-1][0]].strip(" \t,:"):
                listed = run
        if not listed and pair and _clock_after(atoms[n + 1:n + 2], text, atom, lang):
            out.extend(_clocked_pair(atom, text, lang))     # "14 & 15 March, 7-8.30pm": each day at the clock
            floor = atom.end
            continue
        if not listed or not all(1 <= day <= 31 for _, _, day, _ in listed):
            out.append(atom)
            floor = atom.end
            continue
        month_part = atom.core[:match.start("day")]
        kept = {k: v for k, v in atom.raw.annotations.items() if k not in ("to", "wd")}
        first = min(start for start, _, _, _ in listed)
        while out and out[-1].end > first and _month_open(out[-1]):
            dropped = out.pop()       # "the 1st, 8th and 15th of March": "the 1st" was any month's
            listed = [(min(start, dropped.start) if start <= dropped.end <= stop + 1 else start, stop, day, weekday)
                      for start, stop, day, weekday in listed]
        for start, stop, day, weekday in reversed(listed):
            own = dict(kept, wd=str(vocab.weekdays[norm(weekday)]["iso"])) if weekday else dict(kept)
            out.append(replace(atom, start=start, end=stop, raw=Raw(f"{month_part}{day:02d}", own),
                               rule="listed_day", parts=[]))
        if pair:      # "8, 9 and 10 February": the pair is two days of the list, not a range
            link = _pair_link(lang).search(text, atom.start, atom.end)
            if link is not None:
                first_end = link.start()
                out.append(replace(atom, end=first_end, raw=Raw(atom.core, dict(kept)), rule="listed_day"))
                atom = replace(atom, start=link.end(), raw=Raw(atom.raw.annotations["to"], dict(kept)))
        out.append(atom)
        floor = atom.end
    return out


CLOCK_GAP = 8     # characters between a pair of days and the clock after it: ", ", " at ", " from "


def _clock_after(following: list[Atom], text: str, atom: Atom, lang: str) -> bool:
    """Whether a clock of no day of its own follows the pair of days right away (past a comma, "@"
    or a word of listed_day_followers): "14 & 15 March, 8-9.30pm", "14 and 15 March at 8pm". The
    clock is the hours of each listed day, as for a longer list ("14, 15 and 16 March, 8pm"); the
    pair is two occasions, not one stretch from the first day's start to the second's end."""
    if not following or following[0].type != "TIME" or not following[0].core.startswith("XXXX-XX-XXT"):
        return False
    gap = text[atom.end:following[0].start]
    if len(gap) > CLOCK_GAP or "\n" in gap:
        return False
    words = gap.replace(",", " ").replace("@", " ").lower().split()
    return len(words) <= 1 and all(w in _followers(lang) for w in words)


@lru_cache(maxsize=None)
def _followers(lang: str) -> frozenset[str]:
    """The words of listed_day_followers as the gap's words are compared."""
    return frozenset(norm(f) for f in load_list(lang, "listed_day_followers"))


def _clocked_pair(atom: Atom, text: str, lang: str) -> list[Atom]:
    """The pair as two listed days, the second keeping the pair's month for the clock to join."""
    link = _pair_link(lang).search(text, atom.start, atom.end)
    if link is None:
        return [atom]
    kept = {k: v for k, v in atom.raw.annotations.items() if k not in ("to", "wd")}
    first = replace(atom, end=link.start(), raw=Raw(atom.core, dict(kept)), rule="listed_day")
    return [first, replace(atom, start=link.end(), raw=Raw(atom.raw.annotations["to"], dict(kept)))]


MAX_AFTER = 12     # days listed after a month-first day: "June 2, 9, 16, 23 and 30" is five; a library's
                   # month of twice-weekly sessions ("October 1, 2, 8, 9, 22, 23, 29, 30") is seven
# A listing's line or table cell that ends right after the last listed day ("November 5, 12, 19 |"): the
# numbers are that month's days even with commas only (in running text "May 14, 15 people" is no list)
_CELL_END = re.compile(r"[^\S\n]*(?:\n|\||\Z)")


@lru_cache(maxsize=None)
def _after_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One more day after a month-first day (", 15", " and 16", " & 17th"), and what may close
    the list: its year (", 2026"; or after a stray full stop when the year then ends its sentence,
    "June 6, 13 and 20. 2026.", a slip of the keyboard), then punctuation (a table's "|" and the clock's "@" of event
    listings among it: "November 2nd & 16th @ 11 AM"), a line's end or a word of listed_day_followers."""
    from calfeed.timex.rules import expand

    item = re.compile(expand(r"(?P<sep>,?[^\S\n]{1,3}%pairLink[^\S\n]{1,3}|,[^\S\n]{1,3})(?P<d>%dayNum)", lang),
                      re.IGNORECASE)
    followers = word_alternation(load_list(lang, "listed_day_followers"))
    close = re.compile(expand(r"(?P<year>,?[^\S\n]{1,3}%year4|\.[^\S\n]{1,3}%year4(?=[^\S\n]*(?:[.;]|\n|\Z)))?"
                              r"(?=[^\S\n]*(?:[,.;:!?)\]\n@|]|[-\u2013\u2014]|\Z)|[^\S\n]{1,3}(?:" + followers + r")\b)", lang),
                       re.IGNORECASE)
    return item, close


def _month_first(atom: Atom, text: str) -> re.Match[str] | None:
    """The atom's calendar value when it is a day written after its month ("May 14", "Sept. 3rd"),
    with no year or clock of its own in the span."""
    match = CALENDAR.match(atom.core) if atom.type == "DATE" else None
    written = text[atom.start:atom.end]
    if (match is None or match.group("day") in (None, "XX") or match.group("month") in (None, "XX")
            or match.group("time") or not written[:1].isalpha() or re.search(r"\d{4}", written)
            or _LAST_DAY.search(written) is None):
        return None
    return match


_LAST_DAY = re.compile(r"\d[^\W\d_]{0,2}\Z")     # "May 14", "Sept. 3rd": the span ends with its day
MIN_UNLINKED = 2     # days after the month-first one that a year may close with no "and" ("October 29, 30, 31, 2021")


def _closed_by_year(text: str, listed: list[tuple[int, int, int, bool]], close: re.Pattern[str]) -> bool:
    """Whether the days listed after a month-first day are MIN_UNLINKED or more and a year written
    with four digits closes them right after the last: a list, though no "and" links its last day."""
    if len(listed) < MIN_UNLINKED:
        return False
    ending = close.match(text, listed[-1][1])
    return ending is not None and bool(ending.group("year")) and re.search(r"\d{4}", ending.group("year")) is not None


def days_after_month(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """``atoms`` with a DATE of its own for each day listed after a month-first day, all in the
    year written after the last one (the first day's too); the year alone is then no atom."""
    item, close = _after_patterns(lang)
    out: list[Atom] = []
    skip_to = -1
    for index, atom in enumerate(atoms):
        if atom.start < skip_to:
            if atom.rule == "year_alone" or atom.core.isdigit():
                continue          # the list's closing year, now every listed day's
            out.append(atom)
            continue
        match = _month_first(atom, text)
        if match is None:
            out.append(atom)
            continue
        listed: list[tuple[int, int, int, bool]] = []     # start, end, day, linked by "and"
        at = atom.end
        while len(listed) < MAX_AFTER and (found := item.match(text, at)) is not None:
            listed.append((found.start("d"), found.end("d"), _day_number(found.group("d")),
                           bool(found.group("sep").strip(", \t"))))
            at = found.end()
        # the list ends at its "and" (or is all ordinals: "March 3rd, 10th, 17th", or three days or
        # more closed by their year: "October 29, 30, 31, 2021", or it ends its line or table cell:
        # "November 5, 12, 19 |"), and no number or word of another kind follows it
        while listed and not (listed[-1][3] or all(text[s:e][-1:].isalpha() for s, e, _, _ in listed)
                              and text[atom.end - 1:atom.end].isalpha() or _closed_by_year(text, listed, close)
                              or _CELL_END.match(text, listed[-1][1]) is not None):
            listed.pop()
        ending = close.match(text, listed[-1][1]) if listed else None
        following = atoms[index + 1] if index + 1 < len(atoms) else None
        if (not listed or ending is None or not all(1 <= day <= 31 for _, _, day, _ in listed)
                or any(day <= int(match.group("day")) for _, _, day, _ in listed[:1])
                or any(b[2] <= a[2] for a, b in zip(listed, listed[1:]))
                or following is not None and following.start < listed[-1][1]):
            out.append(atom)
            continue
        year = ending.group("year")
        core = atom.core
        if year:
            digits = re.search(r"\d{4}", year)
            if digits is None:
                out.append(atom)
                continue
            core = digits.group(0) + core[4:]
        kept = {k: v for k, v in atom.raw.annotations.items() if k != "wd"}
        month_part = core[:match.start("day")]
        out.append(replace(atom, raw=Raw(core, dict(atom.raw.annotations))))
        for position, (start, stop, day, _) in enumerate(listed):
            last = position == len(listed) - 1
            out.append(replace(atom, start=start, end=ending.end("year") if last and year else stop,
                               raw=Raw(f"{month_part}{day:02d}", dict(kept)),
                               rule="listed_day_after", parts=[]))
        skip_to = ending.end()
    return out
