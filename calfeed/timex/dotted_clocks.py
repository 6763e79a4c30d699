"""Bare dotted 24-hour clocks ("at 14.00", "Kick-off 20.00", "- 14.30 Arrival"): kept only in context.

The press services of the EU, the UN in Geneva and most continental notices write their times
"14.00"; news writes its prices, scores and indices the same way ("closed at 14.50", "rose 2.15").
A dotted number (``Atom.dotted``) is a clock only where its context says so:

* right after its day, linked as a clock is ("Monday 11 December 2023 at 14.00", "..., 09.30");
* before its day after a clock's preposition ("at 11.00 on Thursday 22 February 2024"), and before
  a weekday series it is linked to with or without one ("7.30 on the first Tuesday of the month":
  nobody writes a price or a score on every first Tuesday);
* after a lead word of ``dotted_clock_leads.tsv`` ("Kick-off 20.00"; "starting at 14.00" only when
  its sentence names a day), before a tail word ("15.00 KO"), or alone in brackets in a sentence
  naming a day ("Saturday 17 August: Arsenal v Wolves (15.00)");
* opening a line of a programme (two or more such lines, below a day: "- 14.30 Arrival of ...").

A dotted clock told with its hours word ("15.00 hrs.", rule ``clock_dotted_hours``) is read where the
hours word would otherwise make it a count of hours, so it asks for more: a range with another such
clock ("from 7.00 hrs. to 13.00 hrs.") or its day right before or after it; a lone "at 17.00 hours"
in a sentence is left untagged rather than given the day last written (a site's stamp, often).

An amount word after it ("14.50 euros", ``dotted_clock_blockers.txt``; past a country's word,
"7.12 Canadian dollars", ``currency_qualifiers.txt``) or a price verb before it
("closed at 14.50", ``dotted_clock_vetoes.txt``) makes it no clock wherever it stands.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from calfeed.timex.builders import Atom, names_one_day
from calfeed.timex.lexicon import load_list, load_table, load_words
from calfeed.timex.rawvalue import CALENDAR
from calfeed.timex.vocabulary import norm, word_alternation

_LOOKBACK = 32
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[^\S\n]{0,8}\n")
_LINE_HEAD = re.compile(r"(?:^|\n)[^\S\n]{0,8}(?:[-*•–—·][^\S\n]{1,3})?$")
_LINE_BODY = re.compile(r"[^\S\n]{1,6}(?:[-–—:|][^\S\n]{0,3})?[(A-Za-z]")
# A clock alone on its row, named by the next line (after at most one blank line): "+/- 09.00" / "Doorstep by ...".
_ROW_BELOW = re.compile(r"[^\S\n]{0,6}\n(?:[^\S\n]{0,8}\n)?[^\S\n]{0,8}[A-Za-z]")


@dataclass(frozen=True)
class Links:
    """The connector patterns (compose.py's ``date_time`` and ``time_date``) a day and its clock share."""

    date_time: re.Pattern[str]
    time_date: re.Pattern[str]
    lang: str
    range: re.Pattern[str] | None = None    # connectors.tsv's range words ("to", "-"): two clocks of one range


@dataclass(frozen=True)
class Leads:
    """The words of ``dotted_clock_leads.tsv``: before the clock, after it, and brackets around it."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    needs_day: frozenset[str]
    bracket: bool | None          # None: brackets alone make no clock; else whether they need a day


@lru_cache(maxsize=None)
def _leads(lang: str) -> Leads:
    rows = load_table(lang, "dotted_clock_leads")
    before = word_alternation([r["word"] for r in rows if r["after"] == "no"], dispatched=True)
    after = word_alternation([r["word"] for r in rows if r["after"] == "yes"], dispatched=True)
    bracket = next((r["needs_day"] == "yes" for r in rows if r["after"] == "bracket"), None)
    return Leads(re.compile(rf"(?<![\w.-])(?P<w>{before})[^\S\n]{{0,2}}:?[^\S\n]{{0,3}}\(?$", re.IGNORECASE),
                 re.compile(rf"[^\S\n]{{0,2}}(?P<w>{after})(?![\w-])", re.IGNORECASE),
                 frozenset(norm(r["word"]) for r in rows if r["needs_day"] == "yes" and r["after"] == "no"),
                 bracket)


@lru_cache(maxsize=None)
def _vetoes(lang: str) -> re.Pattern[str]:
    body = word_alternation(list(load_list(lang, "dotted_clock_vetoes")), dispatched=True)
    return re.compile(rf"(?<![\w-])(?:{body})\s{{1,3}}(?:at\s{{1,3}})?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _after(lang: str) -> re.Pattern[str]:
    """The word after a number, past a country's or nationality's word ("7.12 Canadian dollars",
    ``currency_qualifiers.txt``): the currency word still says it is an amount."""
    words = list(load_list(lang, "currency_qualifiers"))
    dotted = frozenset(w for w in words if w.endswith("."))
    body = word_alternation([w.rstrip(".") if w in dotted else w for w in words],
                            dotted=frozenset(w.rstrip(".") for w in dotted), dispatched=True)
    return re.compile(rf"\s{{0,2}}(?:(?:{body})(?![\w-])\s{{1,2}})?(?P<w>%|[^\W\d_]{{1,12}})", re.IGNORECASE)


@lru_cache(maxsize=None)
def _blockers(lang: str) -> frozenset[str]:
    return frozenset(norm(w) for w in load_list(lang, "dotted_clock_blockers"))


def _a_day(atom: Atom) -> bool:
    """A day with no clock yet (a weekday, a calendar day, a relative day), itself no dotted clock."""
    return not atom.dotted and names_one_day(atom)


def _weekday_series(atom: Atom) -> bool:
    """A weekday that recurs, with no clock yet ("every Saturday", "the first Saturday of the
    month"): a clock linked after it is the series' hour ("... of the month at 11.30")."""
    return atom.type == "SET" and not atom.dotted and "W" in atom.core and "T" not in atom.core


def _full_day(atom: Atom) -> bool:
    match = CALENDAR.match(atom.core) if atom.type == "DATE" else None
    return bool(match and match.group("month") and match.group("month") != "XX"
                and match.group("day") and match.group("day") != "XX")


_BLANK_STEPS = 2    # empty stretches passed over to the sentence after a day's (a paragraph break is one)
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")


def _sentences_with_days(atoms: list[Atom], text: str, lang: str = "en") -> tuple[list[int], set[int]]:
    """Where sentences end in ``text``, and which of them (by index) name a day or follow, as the
    next sentence with words, one that does and opens by pointing back (dotted_clock_follow_openers:
    "The", "It"): one pass each. A clock's lead that also leads prices ("at 10.30") counts in either:
    "The march is on Monday." / "It leaves the station at 10.30" tells the hour of that day as "on
    Monday at 10.30" does, and a price is told with its amount word. A next sentence that opens on
    something else ("Other events on the feast itself include ... at 14.00") tells of other days."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    named = {bisect_right(ends, a.start) for a in atoms if _a_day(a)}
    openers = load_words(lang, "dotted_clock_follow_openers")
    following = set()
    for k in named:
        for step in range(k + 1, min(k + 2 + _BLANK_STEPS, len(ends) + 1)):
            body = text[ends[step - 1] + 1:ends[step] if step < len(ends) else len(text)]
            if body.strip():
                first = _FIRST_WORD.match(body)
                if first is not None and first.group(1).lower() in openers:
                    following.add(step)
                break
    return ends, named | following


_LINE_BACK = 6     # atoms looked back along a line for the day opening it


def _line_opens_with_day(atoms: list[Atom], i: int, text: str) -> bool:
    """A day opens the clock's line ("Saturday 17 August: Arsenal v Wolves (15.00)"), as in a
    fixture list; a day later in a news sentence does not ("fell 2 pence (14.50) on Monday")."""
    for j in range(i - 1, max(-1, i - 1 - _LINE_BACK), -1):
        if "\n" in text[atoms[j].end:atoms[i].start]:
            return False
        if _a_day(atoms[j]) and _LINE_HEAD.search(text, max(0, atoms[j].start - 16), atoms[j].start):
            return True
    return False


@lru_cache(maxsize=None)
def _row_head(lang: str) -> re.Pattern[str]:
    """A line opening with a mark of ``dotted_row_leads.txt`` (or nothing) before the clock."""
    leads = word_alternation(list(load_list(lang, "dotted_row_leads")), dotted=frozenset(), dispatched=True)
    return re.compile(rf"(?:^|\n)[^\S\n]{{0,8}}(?:(?:{leads})[^\S\n]{{1,3}})?$", re.IGNORECASE)


def _programme_line(atom: Atom, text: str, lang: str) -> bool:
    """The clock opens its line (after a bullet) and words follow it: "- 14.30 Arrival of ...";
    or it stands alone on its row, after an agenda's mark, and the line below names it
    ("+/- 09.00" / "Doorstep by the High Representative")."""
    if (_LINE_HEAD.search(text, max(0, atom.start - 16), atom.start) is not None
            and _LINE_BODY.match(text, atom.end) is not None):
        return True
    return (_row_head(lang).search(text, max(0, atom.start - 16), atom.start) is not None
            and _ROW_BELOW.match(text, atom.end) is not None)


HOURS_RULE = "clock_dotted_hours"


def _hours_kept(atoms: list[Atom], i: int, text: str, links: Links) -> bool:
    """A dotted clock with its hours word ("6.00 hrs."): one end of a range with another such clock,
    or linked to its day right before or after it."""
    atom = atoms[i]
    before = atoms[i - 1] if i else None
    following = atoms[i + 1] if i + 1 < len(atoms) else None
    if links.range is not None:
        for first, second in ((before, atom), (atom, following)):
            if (first is not None and second is not None and first.rule == HOURS_RULE and second.rule == HOURS_RULE
                    and links.range.fullmatch(text, first.end, second.start)):
                return True                            # "from 7.00 hrs. to 13.00 hrs."
    if before is not None and _a_day(before) and links.date_time.fullmatch(text, before.end, atom.start):
        return True                                    # "Tuesday, 12 March, 6.00 hrs."
    return (following is not None and _a_day(following) and text[atom.end:following.start].strip() != ""
            and links.time_date.fullmatch(text, atom.end, following.start) is not None)   # "6.00 hrs. on 12 March"


def _kept(atoms: list[Atom], i: int, text: str, links: Links, programme: set[int],
          sentences: tuple[list[int], set[int]]) -> bool:
    atom = atoms[i]
    if atom.rule == HOURS_RULE:
        return _hours_kept(atoms, i, text, links)
    window = max(0, atom.start - _LOOKBACK)
    if _amount(atom, text, links.lang):
        return False
    before = atoms[i - 1] if i else None
    if (before is not None and (_a_day(before) or _weekday_series(before)) and "\n" not in text[before.end:atom.start]
            and links.date_time.fullmatch(text, before.end, atom.start)):
        return True                                    # "Monday 11 December 2023 at 14.00"
    leads = _leads(links.lang)
    lead = leads.before.search(text, window, atom.start)
    following = atoms[i + 1] if i + 1 < len(atoms) else None
    if (following is not None and ((lead and _full_day(following)) or _weekday_series(following))
            and text[atom.end:following.start].strip() and links.time_date.fullmatch(text, atom.end, following.start)):
        return True             # "at 11.00 on Thursday 22 February 2024"; a series needs no lead: "7.30 on the first Tuesday"
    day_near = bisect_right(sentences[0], atom.start) in sentences[1]
    if lead and (norm(lead.group("w")) not in leads.needs_day or day_near):
        return True                                    # "Kick-off 20.00", "... 2023 starting at 14.00"
    if leads.after.match(text, atom.end):
        return True                                    # "15.00 KO"
    if (leads.bracket is not None and text[atom.start - 1:atom.start] == "(" and text[atom.end:atom.end + 1] == ")"
            and (not leads.bracket or _line_opens_with_day(atoms, i, text))):
        return True                                    # "Saturday 17 August: Arsenal v Wolves (15.00)"
    return i in programme


def _amount(atom: Atom, text: str, lang: str) -> bool:
    """A price verb before it or an amount word after it: "rose 2.15 to 14.30 points"."""
    if _vetoes(lang).search(text, max(0, atom.start - _LOOKBACK), atom.start):
        return True
    after = _after(lang).match(text, atom.end)
    return bool(after and norm(after.group("w")) in _blockers(lang))


def _dotted_range(atom: Atom, text: str) -> bool:
    """"11.00 – 12.00": a range of dotted clocks with no "a.m."/"p.m." or zone to vouch for it."""
    return atom.rule == "clock_range" and atom.tz is None and _DOTTED_RANGE.fullmatch(text, atom.start, atom.end) is not None


_DOTTED_RANGE = re.compile(r"\d{1,2}\.\d\d[^\d:]{1,9}\d{1,2}\.\d\d")


def keep_dotted(atoms: list[Atom], text: str, links: Links) -> list[Atom]:
    """``atoms`` without the dotted numbers nothing makes clocks."""
    atoms = [a for a in atoms if not (_dotted_range(a, text) and _amount(a, text, links.lang))]
    if not any(a.dotted for a in atoms):
        return atoms
    first_day = next((a.start for a in atoms if _a_day(a)), None)
    programme = {i for i, a in enumerate(atoms)
                 if a.dotted and first_day is not None and a.start > first_day and _programme_line(a, text, links.lang)}
    if len(programme) < 2:
        programme = set()
    sentences = _sentences_with_days(atoms, text, links.lang)
    return [a for i, a in enumerate(atoms) if not a.dotted or _kept(atoms, i, text, links, programme, sentences)]
