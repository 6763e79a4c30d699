"""Joining neighbouring atoms into the expressions people mean.

"3 March 2011" and "17:00 CET" are one deadline; "21 June" and "3 July 2011" one range;
"early" and "2012" one vague date. Each join looks only at the few characters between
two atoms (or just before one), so the whole pass stays linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from calfeed.timex.builders import Atom
from calfeed.timex.lexicon import load_table
from calfeed.timex.rawvalue import ANCHORED, CALENDAR, Raw, time_of, with_time
from calfeed.timex.vocabulary import Vocabulary, norm, word_alternation

_LOOKBACK = 48


@lru_cache(maxsize=None)
def _glue(lang: str) -> dict[str, re.Pattern[str]]:
    """Connector patterns by role, from ``connectors.tsv`` (whole gap must match)."""
    out: dict[str, list[str]] = {}
    for row in load_table(lang, "connectors"):
        out.setdefault(row["role"], []).append(row["word"])
    compiled = {}
    for role, words in out.items():
        literal = [w for w in words if w != "<none>"]
        body = word_alternation(literal)
        optional = "?" if "<none>" in words else ""
        compiled[role] = re.compile(rf"\s{{0,3}}(?:{body}){optional}\s{{0,3}}", re.IGNORECASE)
    return compiled


@lru_cache(maxsize=None)
def _prefix(lang: str, table: str) -> re.Pattern[str]:
    from calfeed.timex.vocabulary import vocabulary

    vocab = vocabulary(lang)
    words = list(getattr(vocab, table))
    body = word_alternation(words)
    return re.compile(rf"(?<![\w])(?P<w>{body})(?:(?<=-)|[\s-]{{1,3}}(?:(?:of|in)\s{{1,3}})?(?:the\s{{1,3}})?)$",
                      re.IGNORECASE)


def _gap(text: str, left: Atom, right: Atom, role: str, lang: str) -> bool:
    pattern = _glue(lang).get(role)
    if pattern is None or right.start - left.end > 24:
        return False
    return pattern.fullmatch(text, left.end, right.start) is not None


def _is_clock(atom: Atom) -> bool:
    time = time_of(atom.core)
    return atom.type == "TIME" and atom.core.startswith("XXXX-XX-XX") and bool(time) and time[0].isdigit()


def _is_day(atom: Atom) -> bool:
    """A date that names one day (or a weekday, or a relative day) and no clock time yet.

    A day with only a part of the day ("this evening", "Friday morning") counts too: a
    clock time next to it ("8 pm this evening") says the same, only more exactly.
    """
    time = time_of(atom.core)
    if atom.type not in ("DATE", "TIME") or (time and time[0].isdigit()):
        return False
    if atom.type == "TIME" and not time:
        return False
    match = CALENDAR.match(atom.core)
    if match:
        return bool(match.group("day") and match.group("day") != "XX") or bool(match.group("weekday"))
    match = ANCHORED.match(atom.core)
    return bool(match and match.group("unit") == "D")


def _join(left: Atom, right: Atom, text: str, **changes) -> Atom:
    merged = replace(left, end=right.end, **changes)
    merged.parts = (left.parts or [left]) + (right.parts or [right])
    merged.rule = f"{left.rule}+{right.rule}"
    return merged


def _date_time(date: Atom, clock: Atom, first: Atom, second: Atom, text: str) -> Atom:
    time = time_of(clock.core)
    raw = Raw(with_time(date.core, time), dict(date.raw.annotations))
    end = clock.raw.get("to")
    if end:
        raw.annotations["to"] = with_time(date.core, time_of(end))
    return _join(first, second, text, type="TIME", raw=raw, tz=clock.tz, tz_text=clock.tz_text,
                 problem=date.problem or clock.problem)


def _range(left: Atom, right: Atom, text: str) -> Atom:
    raw = Raw(left.core, dict(left.raw.annotations))
    raw.annotations["to"] = right.raw.get("to") or right.core
    left_year, right_year = left.core[:4], raw.annotations["to"][:4]
    left_match, right_match = CALENDAR.match(left.core), CALENDAR.match(raw.annotations["to"])
    if left_year == "XXXX" and right_year.isdigit() and left_match:
        year = int(right_year)
        if (right_match and left_match.group("month") and right_match.group("month")
                and left_match.group("month") > right_match.group("month")):
            year -= 1                      # "28 December - 3 January 2012"
        raw.core = f"{year:04d}" + left.core[4:]
    return _join(left, right, text, raw=raw, tz=left.tz or right.tz, tz_text=left.tz_text or right.tz_text,
                 problem=left.problem or right.problem)


def _pairs(atoms: list[Atom], text: str, lang: str, join) -> list[Atom]:
    out: list[Atom] = []
    for atom in atoms:
        if out:
            merged = join(out[-1], atom, text, lang)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(atom)
    return out


def _time_range(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    if _is_clock(left) and _is_clock(right) and not left.raw.get("to") and _gap(text, left, right, "range", lang):
        raw = Raw(left.core, dict(left.raw.annotations))
        raw.annotations["to"] = right.core
        return _join(left, right, text, raw=raw, tz=left.tz or right.tz, tz_text=left.tz_text or right.tz_text)
    return None


def _is_weekly(atom: Atom) -> bool:
    return atom.type == "SET" and "-WXX-" in atom.core and time_of(atom.core) is None


def _date_with_time(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    if _is_weekly(left) and _is_clock(right) and _gap(text, left, right, "date_time", lang):
        merged = _date_time(left, right, left, right, text)
        merged.type = "SET"
        return merged
    if _is_day(left) and _is_clock(right) and _gap(text, left, right, "date_time", lang):
        return _date_time(left, right, left, right, text)
    if _is_clock(left) and _is_day(right) and _gap(text, left, right, "time_date", lang):
        return _date_time(right, left, left, right, text)
    return None


def _repeated_day(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """A yearly or weekly repetition and the day it falls on are one SET: "annually on 5 June",
    "1 May every year", "every week on Monday"."""
    if left.type == "SET" and right.type == "DATE" and _gap(text, left, right, "set_day", lang):
        rep, day = left, right
    elif left.type == "DATE" and right.type == "SET" and _gap(text, left, right, "day_set", lang):
        rep, day = right, left
    else:
        return None
    match = CALENDAR.match(day.core)
    if match is None or day.raw.get("to") or match.group("time") or match.group("year") != "XXXX":
        return None
    if rep.core == "P1Y" and match.group("month") and match.group("day") and match.group("day") != "XX":
        month, day_of_month = int(match.group("month")), int(match.group("day"))
        rrule = f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day_of_month}"
    elif rep.core == "P1W" and match.group("weekday") and match.group("weekday") != "WE":
        from calfeed.timex.vocabulary import vocabulary

        row = next(r for r in vocabulary(lang).weekdays.values() if r["iso"] == match.group("weekday"))
        rrule = f"FREQ=WEEKLY;BYDAY={row['byday']}"
    else:
        return None
    return _join(left, right, text, type="SET", raw=Raw(day.core), rrule=rrule)


def _date_range(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    if left.type != right.type or left.type not in ("DATE", "TIME") or left.raw.get("to"):
        return None
    if left.core.startswith(("REF", "LAST", "P")) or right.core.startswith(("REF", "LAST", "P")):
        return None
    if _is_clock(left) or _is_clock(right):
        return None
    if not _gap(text, left, right, "range", lang):
        between = _glue(lang).get("range_between")
        if not (between and between.fullmatch(text, left.end, right.start)
                and re.search(r"between\s{1,3}$", text[max(0, left.start - 12):left.start], re.IGNORECASE)):
            return None
    return _range(left, right, text)


def _modifiers(atoms: list[Atom], text: str, vocab: Vocabulary, timeml: bool = False) -> list[Atom]:
    dates = _prefix(vocab.lang, "modifiers")
    durations = _prefix(vocab.lang, "duration_modifiers")
    out = []
    floor = 0
    for atom in atoms:
        window = text[max(floor, atom.start - _LOOKBACK):atom.start]
        if atom.type == "DURATION":
            match = durations.search(window)
            row = vocab.duration_modifiers[norm(match.group("w"))] if match else None
            if row and row.get("before_the") == "no" and text[atom.start:atom.start + 4].lower() == "the ":
                row = None
            if row and not (timeml and row.get("timeml") == "no"):
                atom = replace(atom, start=atom.start - len(window) + match.start(), mod=row["mod"])
        elif atom.type in ("DATE", "TIME") and not atom.raw.get("mod") and not atom.core.endswith("_REF"):
            match = dates.search(window)
            key = norm(match.group("w")) if match else ""
            row = vocab.modifiers.get(key)
            if row and row.get("ends") and not _ends_with(text[atom.start:atom.end], row["ends"]):
                row = None                   # "more than" dates only a span back ("more than a decade ago")
            if row and not (timeml and row.get("timeml") == "no"):
                raw = Raw(atom.core, dict(atom.raw.annotations))
                raw.annotations["mod"] = key
                atom = replace(atom, start=atom.start - len(window) + match.start(), raw=raw,
                               mod=row["mod"], approximate=row["approx"] == "yes")
        out.append(atom)
        floor = atom.end
    return out


def _ends_with(span: str, word: str) -> bool:
    return span.lower().rstrip().endswith(" " + word)


@lru_cache(maxsize=None)
def _suffix(lang: str) -> re.Pattern[str]:
    from calfeed.timex.vocabulary import vocabulary

    body = word_alternation(list(vocabulary(lang).suffix_modifiers))
    return re.compile(rf"\s{{1,3}}(?P<w>{body})(?![\w-])", re.IGNORECASE)


_CLAUSE_GOES_ON = re.compile(r"\s{0,3}[\w(]")


def _suffixes(atoms: list[Atom], text: str, vocab: Vocabulary, timeml: bool = False) -> list[Atom]:
    """Words after an expression that qualify it: "1994 or later", "the next year or so"."""
    pattern = _suffix(vocab.lang)
    out = []
    for index, atom in enumerate(atoms):
        match = pattern.match(text, atom.end)
        row = vocab.suffix_modifiers[norm(match.group("w"))] if match else None
        following = atoms[index + 1].start if index + 1 < len(atoms) else len(text)
        if row and row.get("last") == "yes" and _CLAUSE_GOES_ON.match(text, match.end()):
            row = None
        if (row and atom.type in row["types"].split() and not atom.mod and match.end() <= following
                and not (timeml and row.get("timeml") == "no")):
            atom = replace(atom, end=match.end(), mod=row["mod"],
                           approximate=atom.approximate or row["approx"] == "yes")
        out.append(atom)
    return out


def _adjacent_date_time(left: Atom, right: Atom, text: str, lang: str) -> Atom | None:
    """TimeML's one join: a clock time and a day written side by side ("9 a.m. Tuesday", "5 p.m., Nov. 6")."""
    if text[left.end:right.start].strip() not in ("", ","):
        return None
    if _is_clock(left) and _is_day(right):
        return _date_time(right, left, left, right, text)
    if _is_day(left) and _is_clock(right):
        return _date_time(left, right, left, right, text)
    return None


def _clocks_dated(atoms: list[Atom], text: str, lang: str) -> list[Atom]:
    """TimeML keeps "10 a.m. on Feb. 14" as two TIMEX3s, but the clock still takes that day."""
    out = list(atoms)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        if _is_clock(left) and _is_day(right) and _gap(text, left, right, "time_date", lang):
            out[i] = replace(left, raw=Raw(with_time(right.core, time_of(left.core)), dict(left.raw.annotations)))
        elif _is_day(left) and _is_clock(right) and _gap(text, left, right, "date_time", lang):
            out[i + 1] = replace(right, raw=Raw(with_time(left.core, time_of(right.core)),
                                                dict(right.raw.annotations)))
    return out


_PAIR_RULES = ("day_pair_month", "month_day_pair")
_AND = re.compile(r"\s{1,3}(?:and|&)\s{1,3}", re.IGNORECASE)


def _split_pairs(atoms: list[Atom], text: str) -> list[Atom]:
    """TimeML tags "April 24 and 25" as two TIMEX3s ("April 24", "25"), each its own day."""
    out: list[Atom] = []
    for atom in atoms:
        link = _AND.search(text, atom.start, atom.end) if atom.rule in _PAIR_RULES else None
        if link is None or not atom.raw.get("to"):
            out.append(atom)
            continue
        second = Raw(atom.raw.annotations["to"])
        first = Raw(atom.core, {k: v for k, v in atom.raw.annotations.items() if k != "to"})
        out.append(replace(atom, end=link.start(), raw=first))
        out.append(replace(atom, start=link.end(), raw=second))
    return out


def compose(atoms: list[Atom], text: str, vocab: Vocabulary, timeml: bool = False) -> list[Atom]:
    """Join ranges and date+time pairs, then attach modifiers.

    ``timeml`` follows TempEval's span conventions instead of calfeed's: ranges stay two
    TIMEX3s, only side-by-side clock and day join, and "later"/"about" stay outside.
    """
    lang = vocab.lang
    if timeml:
        atoms = _split_pairs(atoms, text)
        atoms = _pairs(atoms, text, lang, _adjacent_date_time)
        atoms = _clocks_dated(atoms, text, lang)
    else:
        atoms = _pairs(atoms, text, lang, _time_range)
        atoms = _pairs(atoms, text, lang, _date_with_time)
        atoms = _pairs(atoms, text, lang, _repeated_day)
        atoms = _pairs(atoms, text, lang, _date_range)
    return _suffixes(_modifiers(atoms, text, vocab, timeml), text, vocab, timeml)
