"""TempEval-3 Task A output: tag each document with its creation date, write TIMEX3s.

TimeML annotates a range or a date with its clock time as separate TIMEX3s, so the
tagger runs here in its TimeML mode; everything else is the calfeed tagger as it is.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from calfeed.model import Timex
from calfeed.timex.event_stretches import STRETCH_RULES, place_by_events
from calfeed.timex.extractor import extract
from calfeed.timex.lexicon import load_list, load_table, load_words
from calfeed.timex.numeric_order import day_first_in
from calfeed.timex.rawvalue import ANCHORED, parse
from calfeed.timex.resolver import resolve
from calfeed.timex.vocabulary import norm, vocabulary


def _reference(dct: str) -> date | datetime | None:
    try:
        return datetime.fromisoformat(dct) if "T" in dct else date.fromisoformat(dct[:10])
    except ValueError:
        return None


def _day_first(text: str, dct: str, lang: str) -> bool:
    """Whether the document's slashed dates put the day first, as a page's are read (numeric_order):
    its creation day is its published day and its today, so "Published on 4/9/2009" in a story of
    9 April 2009 writes the month first; day first when nothing in the document shows it."""
    reference = _reference(dct)
    day = reference.date() if isinstance(reference, datetime) else reference
    return day_first_in(text, True, lang, today=day, published=day)


def timeml_tags(text: str, dct: str, lang: str = "en") -> list[Timex]:
    """TIMEX3s for one document, with TimeML's span conventions."""
    found = extract(text, lang=lang, timeml=True, day_first=_day_first(text, dct, lang))
    fiscal = _speaks_of_fiscal_years(text, lang)
    views = [_fiscal_year_span(_timeml_view(t, lang), text, fiscal, lang)
             for t in resolve(found, text, _reference(dct), lang=lang)]
    return place_by_events(text, views, lang)


_YEAR_PAIR = re.compile(r"(?<!\d)(?P<y>\d{4})\s?[-–/]\s?(?P<y2>\d{4}|\d\d)(?!\d)")
_NEXT_WORD = re.compile(r"[^\S\n]{1,3}([A-Za-z]+)")


@lru_cache(maxsize=None)
def _fiscal_marks(lang: str) -> re.Pattern[str]:
    words = sorted(load_list(lang, "fiscal_year_marks"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)


def _speaks_of_fiscal_years(text: str, lang: str) -> bool:
    """The story names fiscal or financial years ("fiscal_year_marks"), so its bare year pairs are such."""
    return _fiscal_marks(lang).search(text) is not None


def _fiscal_year_span(timex: Timex, text: str, fiscal: bool, lang: str) -> Timex:
    """A fiscal year written as two years running ("2018-19", "the financial year 2016-17") is named
    by the year it ends in, as "fiscal 2013" is (news36, news37: a budget's and a company's year),
    where calfeed values the span by its first year. Only in a story that names fiscal years, or
    with the mark in the expression, and never before a season's word ("the 2012-13 season" is
    2012, news36), since a sports season is named by the year it starts in."""
    pair = _YEAR_PAIR.search(timex.text)
    if timex.type != "DATE" or pair is None or timex.value != pair.group("y"):
        return timex
    first, second = int(pair.group("y")), pair.group("y2")
    if int(second) != (first + 1 if len(second) == 4 else (first + 1) % 100):
        return timex
    marked = _fiscal_marks(lang).search(timex.text) is not None
    after = _NEXT_WORD.match(text, timex.end)
    if not marked and (not fiscal or after is not None and norm(after.group(1)) in load_words(lang, "season_nouns")):
        return timex
    return replace(timex, value=f"{first + 1:04d}", interval=None, end_interval=None)


def _timeml_view(timex: Timex, lang: str) -> Timex:
    """The expression as TimeBank writes it, where it reads the same words otherwise than calfeed."""
    timex = _timeml_reading(_as_duration(timex, lang), lang)
    timex = _placed_stretch(_part_of_day_time(_fiscal_label(timex), lang))
    return _unplaced_unit(_range_low(timex, lang), lang)


_OPEN_LENGTH = re.compile(r"PT?X[A-Z]+")


@lru_cache(maxsize=None)
def _range_words(lang: str) -> frozenset[str]:
    """The words that join a range (``connectors.tsv``, role range: "to", "through", ...)."""
    return frozenset(norm(r["word"]) for r in load_table(lang, "connectors")
                     if r["role"] == "range" and r["word"].isalpha())


def _range_low(timex: Timex, lang: str) -> Timex:
    """TimeBank values a bare count range by its lower bound ("two to three weeks" P2W, "[two] to [six
    days]" P2D: 2 of 2), where calfeed keeps the open length (PXW); a range after a determiner ("the
    next 12 to 18 months") stays open, as its one TimeBank case is."""
    words = timex.text.split()
    if timex.type != "DURATION" or not _OPEN_LENGTH.fullmatch(timex.value) or len(words) < 4 \
            or norm(words[1]) not in _range_words(lang):
        return timex
    low = vocabulary(lang).number(words[0])
    if low is None or low != int(low) or low <= 0:
        return timex
    return replace(timex, value=timex.value.replace("X", str(int(low)), 1))


# A day with a part of the day ("Friday evening", "yesterday afternoon", "the next morning", "that
# evening") is a TIME in TimeML: its guidelines type "Friday evening" TIME, value <day>TEV, and the
# modern news sets' gold does so every time (13 of 13 where calfeed wrote DATE). TimeBank's own gold
# types most weekday cases DATE (25 of 31), an older habit this view does not follow (issue 3 asks for
# TIMEX3 as TimeML annotates it). calfeed keeps them as dates with hours, so events do not read them
# as clock times: only this view retypes them, by the value's shape (a day, then a part-of-day code
# from ``parts_of_day.tsv``).
_PART_OF_DAY_RULES = frozenset({"weekday_pod"})


@lru_cache(maxsize=None)
def _day_part_value(lang: str) -> re.Pattern[str]:
    """A day's value with a part of the day after it (1998-08-07TMO, XXXX-XX-XXTEV)."""
    codes = sorted({row["code"] for row in vocabulary(lang).parts_of_day.values()})
    return re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)T(?:" + "|".join(codes) + ")")


def _part_of_day_time(timex: Timex, lang: str) -> Timex:
    if timex.type != "DATE":
        return timex
    if not set(timex.rule.split("+")) & _PART_OF_DAY_RULES and not _day_part_value(lang).fullmatch(timex.value):
        return timex
    return replace(timex, type="TIME")


@lru_cache(maxsize=None)
def _unplaced_units(lang: str) -> dict[str, str]:
    return {norm(r["word"]): r["unknown"] for r in load_table(lang, "timeml_unplaced_units")}


_YEAR_LEAD = re.compile(r"\d{4}-")


def _unplaced_unit(timex: Timex, lang: str) -> Timex:
    """TimeBank leaves "the week" unplaced in its year (``timeml_unplaced_units.tsv``: 1989-WXX),
    where calfeed places it in the reference's week."""
    unknown = _unplaced_units(lang).get(norm(timex.text))
    if unknown is None or timex.type != "DATE" or not _YEAR_LEAD.match(timex.value):
        return timex
    return replace(timex, value=timex.value[:5] + unknown, interval=None)


# Rules naming a stretch of the calendar by the event it leads up to or follows ("in the weeks before the
# shooting"): TimeBank tags them DATE (5 of its 5), placed by the event; calfeed keeps a vague length, as
# it places events by their own dates. Written here with the calendar's unknown digits at the unit's
# grain; event_stretches.place_by_events then places those whose happening the story dated.
_UNKNOWN_AT_GRAIN = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}


def _placed_stretch(timex: Timex) -> Timex:
    if timex.rule not in STRETCH_RULES or timex.type != "DURATION":
        return timex
    value = _UNKNOWN_AT_GRAIN.get(timex.value.removeprefix("PX"))
    return timex if value is None else replace(timex, type="DATE", value=value, interval=None)


def _fiscal_label(timex: Timex) -> Timex:
    """TimeBank names a fiscal quarter by its fiscal year and number ("the fiscal first quarter"
    of fiscal 1989 is 1989-Q1) whatever months it holds, so "Q2 FY11" is 2011-Q2 there, while
    calfeed keeps the twelve months it may lie in (from its first possible month, in
    ``interval``, to its last, in ``end_interval``: see builders._fiscal_quarter)."""
    if timex.rule != "fiscal_quarter" or timex.interval is None or timex.end_interval is None:
        return timex
    quarter = (timex.interval.start.month - 1) // 3 or 4
    return replace(timex, value=f"{timex.end_interval.start.year:04d}-Q{quarter}", interval=None, end_interval=None)


def _timeml_reading(timex: Timex, lang: str) -> Timex:
    """Where TimeML reads the same words differently from calfeed (``timeml`` in the tables).

    Vague spans such as "recent years" are durations there, while calfeed keeps them as
    windows of time it can place events in.
    """
    row = vocabulary(lang).relative.get(norm(timex.text))
    if row and row.get("timeml"):
        kind, value = row["timeml"].split()
        return replace(timex, type=kind, value=value, interval=None)
    return timex


def _as_duration(timex: Timex, lang: str) -> Timex:
    """TimeML reads "in two weeks" as the duration it names; calfeed as the date it points to.

    So does TimeBank with a story's short steps ("three days later", "an hour later"): the
    amount is the TIMEX3 and "later" a signal outside it; a year earlier stays a date.
    """
    raw = ANCHORED.match(parse(timex.raw_value).core) if timex.raw_value else None
    step = (timex.rule.startswith("offset_date") and raw is not None and raw.group("anchor") == "LAST"
            and (raw.group("unit") in ("D", "W") or raw.group("cunit") is not None))
    if step:
        amount = timex.text.rstrip().rsplit(None, 1)[0]          # without the signal word
        value = "P" + parse(timex.raw_value).core.split("P", 1)[1].split("T")[0] if raw.group("unit") \
            else "PT" + parse(timex.raw_value).core.split("PT", 1)[1]
        return replace(timex, end=timex.start + len(amount), text=amount, type="DURATION", value=value,
                       interval=None)
    if timex.rule != "offset_in":
        return timex
    inner = [t for t in extract(timex.text, lang=lang) if t.type == "DURATION"]
    if len(inner) != 1:
        return timex
    return replace(timex, type="DURATION", value=inner[0].value, interval=None)


def _timeml_document(doc: dict, timexes: list[Timex]) -> str:
    pieces, at = [], 0
    for number, t in enumerate(timexes, 1):
        pieces.append(escape(doc["text"][at:t.start]))
        pieces.append(f'<TIMEX3 tid="t{number}" type="{t.type}" value={quoteattr(t.value)}'
                      + (f' mod="{t.mod}"' if t.mod else "") + f">{escape(t.text)}</TIMEX3>")
        at = t.end
    pieces.append(escape(doc["text"][at:]))
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{escape(doc["id"])}</DOCID>\n'
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(doc["dct"])} '
            f'functionInDocument="CREATION_TIME">{escape(doc["dct"])}</TIMEX3></DCT>\n'
            f'<TEXT>{"".join(pieces)}</TEXT>\n</TimeML>\n')


def run_tempeval(docs_path: Path, out_path: Path, fmt: str = "jsonl") -> int:
    """Tag every document of a TempEval docs JSONL file; return the number of TIMEX3s written.

    ``fmt="jsonl"`` writes one annotation a line. ``fmt="timeml"`` writes ``<id>.tml`` files
    when ``out_path`` is a directory (or has no suffix), else one file holding every
    document's TimeML one after the other.
    """
    docs_path, out_path = Path(docs_path), Path(out_path)
    docs = [json.loads(line) for line in docs_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tagged = [(doc, timeml_tags(doc["text"], doc.get("dct", ""))) for doc in docs]
    count = sum(len(timexes) for _, timexes in tagged)
    if fmt == "jsonl":
        out_path.parent.mkdir(parents=True, exist_ok=True)
        with out_path.open("w", encoding="utf-8") as out:
            for doc, timexes in tagged:
                for t in timexes:
                    out.write(json.dumps({"id": doc["id"], "start": t.start, "end": t.end, "text": t.text,
                                          "type": t.type, "value": t.value}) + "\n")
    elif fmt == "timeml":
        if out_path.is_dir() or not out_path.suffix:
            out_path.mkdir(parents=True, exist_ok=True)
            for doc, timexes in tagged:
                (out_path / f"{doc['id']}.tml").write_text(_timeml_document(doc, timexes), encoding="utf-8")
        else:
            out_path.parent.mkdir(parents=True, exist_ok=True)
            out_path.write_text("".join(_timeml_document(d, t) for d, t in tagged), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r} (jsonl or timeml)")
    return count
