"""Milestone timelines: a line that holds only a period coarser than a day (a year, a season, a
quarter, a month or a stretch of months) heads the bulleted lines below it, up to the next such
line. Strategy papers, annual plans and project pages write their schedule this way:

    YEAR 2 (2027)
      • Pick the actions for each goal
    Spring 2028
    Phase III - Review
      • Draft the measures (March 2028)

Each bullet names one task, so each is an entry titled by its own words: dated by the month or
season it writes itself ("(March 2028)"), else by its heading's period (approximate, as the
heading is). Short lines between a heading and its bullets ("Phase III - Review", "Q1") are
sub-headings: they name no entry of their own. The heading itself gives no entry apart from its
bullets: the line before it is no title of it.

One such line over a list could be anything, so the headings must form a list: at least
``MIN_HEADINGS`` of them each head a bullet. A heading's words besides its period are few
("YEAR 2", "Phase 1: Groundwork", "2024 Milestones"); a heading that tells of work done
("What we achieved in 2025", ``timeline_history_words.en.txt``) heads a record, no plan; a
span longer than ``MAX_SPAN_DAYS`` is the plan's own horizon ("Strategic Plan 2025-2030"), no
heading of its tasks. A line with a day under a heading ("November" / "Friday 6th") is a diary's
row: the list is the day readers'. A bullet that writes a day, a clock or a series is a row they
frame ("• 5 March, 7pm: Quiz night"), left to them; one with a condition, a hedge or a negation
("Updates as needed") is no task, nor one naming records ("• March minutes", as archive_labels
reads them); one that writes its heading's year again as a whole year
("Annual report 2026") names a document of that year; one told as a past sentence ("The club
won the league.") is a record, as is a list whose year headings run back from the newest. Quarters under a year heading take its
year; year-less phases are put in order. Whether a task's period is over is framing's to say
(``over_by``): on a page that writes its date, a period gone by is the page's record."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from calfeed.events.candidates import GRANULARITY_ORDER, coarser_than_day
from calfeed.events.date_headings import HeadedItem
from calfeed.events.vocabulary import DAY_VETO_LISTS, merged_lists, word_list
from calfeed.events.words import LETTER_DIGIT_RUN
from calfeed.model import Interval, ReferenceDate, Timex
from calfeed.text import CLAUSE_END, by_line, line_spans
from calfeed.timex.lexicon import load_list
from calfeed.timex.tense import told_tenses

MIN_HEADINGS = 2          # headings that each head a bullet: a list, not one stray line
MAX_HEADING_WORDS = 6     # words besides the period on a heading line ("Phase 1: Groundwork")
MAX_SUB_HEADING_WORDS = 8     # a short line between a heading and its bullets ("Phase II - Data Gathering")
MAX_SPAN_DAYS = 2 * 366 + 31  # "2027-28", "Winter 2027 to 28": a heading; "2025-2030": the plan's horizon
HORIZON_REACH = 12        # characters back from a bullet's year to its horizon word ("to  2030")
MAX_ITEM = 200            # characters: a longer bullet is a paragraph, not a task
NOTE = "a task under its period heading in a timeline: the bullet names it"
OWN_NOTE = "a task in a timeline that writes its own period: the bullet names it"
PHASE_NOTE = "a phase of a timeline: the period heading its name stands over or beside"
TIMELINE_NOTES = (NOTE, OWN_NOTE, PHASE_NOTE)
_YEAR = re.compile(r"\d{4}|['’]\d\d\b")
_SENTENCE_END = re.compile(r"[.;!?]\s*$")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s")     # "2. Pilot the service": a numbered list's item
_EDGE = " \t\u00a0*_#:|,;.–—-(["


@dataclass
class _Heading:
    timex: Timex
    first: int                # index of the heading's first line
    last: int                 # index of its last line (a period may run on: "Fall 2027 \nand beyond")
    items: list[int]          # indexes of its bullet lines
    others: list[int]         # indexes of its sub-heading lines
    source: Timex | None = None   # the date as written, when ``timex`` is it moved into its year heading's year

    @property
    def written(self) -> Timex:
        return self.source or self.timex


def timeline_items(text: str, ordered: list[Timex], claimed: set[int]
                   ) -> tuple[dict[int, list[HeadedItem]], set[int]]:
    """The tasks under each period heading (by the id of the date that dates them) and the ids
    of the other dates inside the timeline's lines, which give no entry of their own. Dates
    whose id is in ``claimed`` are another reader's."""
    lines = line_spans(text)
    on_line = by_line(lines, ordered)
    headings: list[_Heading] = []
    k = 0
    while k < len(lines):
        heading = _heading(text, lines, k, on_line.get(k, []), claimed)
        if heading is None:
            k += 1
            continue
        k = _collect(text, lines, heading, on_line, claimed)
        headings.append(heading)
    headings = [h for h in _one_way(text, headings) if h.items]
    if len(headings) < MIN_HEADINGS:
        return {}, set()
    if _newest_first(headings):        # a record: its dates give no entry (nor title one by the line above)
        return {}, {id(t) for h in headings for k in [*range(h.first, h.last + 1), *h.items, *h.others]
                     for t in on_line.get(k, []) if id(t) not in claimed}
    found: dict[int, list[HeadedItem]] = {}
    taken: set[int] = set()
    for heading in headings:
        span = (lines[heading.first][0], lines[heading.last][1])
        for k in heading.others:
            taken |= {id(t) for t in on_line.get(k, [])}
        for k in heading.items:
            dated = [t for t in on_line.get(k, []) if id(t) not in claimed]
            item = _item(text, lines[k], dated, heading, span)
            if item is None:
                taken |= {id(t) for t in dated}
                continue
            owner, item = item
            taken |= {id(t) for t in dated if t is not owner}
            found.setdefault(id(owner), []).append(item)
        phase = _phase_name(text, lines, heading)
        if phase is not None:      # "Phase 1: Groundwork" / "August – October 2024": the phase's own span
            found.setdefault(id(heading.written), []).append(
                HeadedItem(phase[0], phase[1], heading.timex, None, span, note=PHASE_NOTE))
        if id(heading.written) not in found:
            taken.add(id(heading.written))     # all its bullets write their own period
    return found, taken


def _phase_name(text: str, lines: list[tuple[int, int]], heading: _Heading) -> tuple[str, tuple[int, int]] | None:
    """The name of the phase a period heading dates, and its span: the heading line's own words
    ("August – October 2024 Phase 1: Groundwork") or the line right over it ("Phase 1:
    Groundwork" / "August – October 2024"), when they open with a numbered phase noun
    (timeline_phase_nouns), and the period is finer than a year (a stretch of months, a season)."""
    start, end = lines[heading.first]
    period = heading.written
    if heading.timex.span is None or heading.timex.span.granularity in ("year", "decade", "century"):
        return None            # "STAGE 1 (2028)": a plan's year renamed, its bullets are its entries
    own = [(start, period.start), (period.end, lines[heading.last][1])]
    if heading.first > 0:
        above = lines[heading.first - 1]
        own.append(above)
    for begin, finish in own:
        raw = text[begin:finish]
        name = raw.strip(_EDGE + " ")
        if _phase_words(name):
            at = begin + raw.index(name)
            return " ".join(name.split()), (at, at + len(name))
    return None


def _phase_words(name: str) -> bool:
    """Whether a line's words are a phase's name: a phase noun and its number, then at most a
    few words after a colon or a dash ("Phase 4: Analysis/Synthesis", "Stage II")."""
    words = name.split()
    if len(words) < 2 or len(words) > MAX_HEADING_WORDS or _SENTENCE_END.search(name):
        return False
    number = words[1].rstrip(":.-–—")
    return (words[0].lower() in word_list("timeline_phase_nouns")
            and (number.isdigit() and len(number) <= 2 or number.upper() in _ROMAN))


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def over_by(timex: Timex, reference: ReferenceDate) -> bool:
    """Whether a timeline task's period ended before the page's date: on a page that writes its
    date, what it lists for a period gone by is its record, no entry for a reader to attend."""
    span = timex.span
    return span is not None and reference.value is not None and span.end.date() <= reference.value


def _newest_first(headings: list[_Heading]) -> bool:
    """Whether the headings that write their year run back from the newest ("2026" over "2025"):
    a record kept newest first (a publication list, a club's history, a news archive). A plan
    runs forward, from its first step to its last."""
    spans = [h.timex.span for h in headings if _YEAR.search(h.written.text) and h.timex.span is not None]
    return len(spans) >= MIN_HEADINGS and all(here.start > below.start for here, below in zip(spans, spans[1:]))


def _heading(text: str, lines: list[tuple[int, int]], k: int, dated: list[Timex],
             claimed: set[int]) -> _Heading | None:
    """The heading on line ``k``: one period coarser than a day and a few words at most."""
    start, end = lines[k]
    body = text[start:end].strip()
    if not body or _mark(body):
        return None
    periods = [t for t in dated if t.type == "DATE" and id(t) not in claimed]
    if len(periods) != 1 or len(dated) != 1:
        return None
    period = periods[0]
    span = period.span
    if span is None or not coarser_than_day(period) or (span.end - span.start).days > MAX_SPAN_DAYS:
        return None
    last = k
    while last + 1 < len(lines) and period.end > lines[last][1]:
        last += 1                      # "Fall 2027 \nand beyond"
    rest = text[start:period.start] + " " + text[period.end:lines[last][1]]
    words = [w.lower() for w in LETTER_DIGIT_RUN.findall(rest)]
    if len(words) > MAX_HEADING_WORDS or _SENTENCE_END.search(text[period.end:lines[last][1]]):
        return None
    if set(words) & word_list("timeline_history_words"):
        return None                    # "Highlights of 2025": what was done
    return _Heading(period, k, last, [], [])


def _collect(text: str, lines: list[tuple[int, int]], heading: _Heading,
             on_line: dict[int, list[Timex]], claimed: set[int]) -> int:
    """Fill the heading's bullets and sub-headings; the index of the line that ends them. A
    paragraph right under a bullet (or under another such paragraph) describes it; once one has,
    a short line no longer reads as a sub-heading ("Contact us"), and one that leads in a list
    ("How to take part:") ends the list too."""
    k = heading.last + 1
    described = told = False          # the line above is a bullet or its description; one was told
    while k < len(lines):
        start, end = lines[k]
        body = text[start:end].strip()
        if not body.strip(_EDGE):
            k += 1
            continue
        if _heading(text, lines, k, on_line.get(k, []), claimed) is not None:
            return k
        if _mark(body):
            if _first_sentence(body) <= MAX_ITEM and not body.rstrip().endswith(":") and not _timed(on_line.get(k, [])):
                heading.items.append(k)     # "Expected activities include:" leads in the bullets below
            described = True
            k += 1
            continue
        paragraph = len(LETTER_DIGIT_RUN.findall(body)) > MAX_SUB_HEADING_WORDS or bool(_SENTENCE_END.search(body))
        if (paragraph and not heading.items and not heading.others and _first_sentence(body) <= MAX_ITEM
                and not _timed(on_line.get(k, [])) and _prose_item(text, lines, heading, k)):
            heading.items.append(k)   # "Late March" / "This is the deadline for all universities to respond ...":
            described = True         # a guide's month heading over the paragraph that tells its item
            k += 1
            continue
        if paragraph and described:
            told = True               # "2. Flexible working rules" / "These extend the right to ...": its description
            k += 1
            continue
        if any(t.type != "DURATION" for t in on_line.get(k, [])):
            return k                  # "Friday 6th" under "November": a day row, the day readers' list
        if paragraph or told or (heading.items and body.endswith(":")):
            return k                  # a paragraph, or a section after the list: the list is over
        heading.others.append(k)
        described = False
        k += 1
    return k


def _first_sentence(body: str) -> int:
    """The length of the body's first sentence (a bullet that runs on as a paragraph names its
    task by its first sentence)."""
    found = CLAUSE_END.search(body)
    return found.start() + 1 if found else len(body)


def _prose_item(text: str, lines: list[tuple[int, int]], heading: _Heading, k: int) -> bool:
    """A paragraph right under its heading, with a blank line or none between and no other line:
    in a key-dates guide ("February" / "UCAS Extra opens. If your son or daughter ...") the
    paragraph tells what happens in the heading's period."""
    between = [j for j in range(heading.last + 1, k) if text[lines[j][0]:lines[j][1]].strip(_EDGE)]
    period = heading.written
    own = text[lines[heading.first][0]:period.start] + " " + text[period.end:lines[heading.last][1]]
    return not between and not LETTER_DIGIT_RUN.findall(own)     # "Decision Making Early May 2021": the heading names its item


def _mark(body: str) -> int:
    """The length of the list item's mark opening ``body`` ("• ", "- ", "2. ", "3) "), 0 for none."""
    if body[:1] in word_list("list_bullets"):
        return 1
    numbered = _NUMBERED.match(body)
    return numbered.end() if numbered else 0


def _timed(dated: list[Timex]) -> bool:
    """A bullet that writes a day, a clock or a series ("• 5 March, 7pm: Quiz night"): a row
    the day readers frame, no task of a period."""
    return any(t.type == "SET" or t.type in ("DATE", "TIME") and t.span is not None and not coarser_than_day(t)
               for t in dated)


def _one_way(text: str, headings: list[_Heading]) -> list[_Heading]:
    """The headings of one timeline: when some write their year and some do not ("2027
    Milestones" over "Q1", "Q2"), the year-less ones are sub-headings of the last one that
    does, in its year ("Q1" of 2027); one too long to move into a year gives its bullets to it."""
    written = [h for h in headings if _YEAR.search(h.timex.text)]
    if not written:
        return _in_order(headings)
    if len(written) == len(headings):
        return headings
    kept: list[_Heading] = []
    year: _Heading | None = None
    for h in headings:
        if h in written:
            kept.append(h)
            year = h
            continue
        if year is None:
            continue
        moved = _in_year(h.timex, year.timex)
        if moved is not None:
            kept.append(replace(h, timex=moved, source=h.timex))
            continue
        year.others.extend(range(h.first, h.last + 1))
        year.items.extend(h.items)
        year.others.extend(h.others)
    return kept


def _in_year(timex: Timex, year: Timex) -> Timex | None:
    """``timex`` (a quarter, a season, a month) moved into the year of ``year``, when that is a
    whole year and ``timex`` lies within one."""
    span, whole = timex.span, year.span
    if (span is None or whole is None or whole.granularity != "year" or timex.end_interval is not None
            or (whole.end - whole.start).days > 366 or span.start.year != (span.end - timedelta(days=1)).year):
        return None
    return _shifted(timex, whole.start.year - span.start.year)


def _in_order(headings: list[_Heading]) -> list[_Heading]:
    """Year-less headings ("Phase 1 (August - November)" / "Phase 2 (January - March)") follow
    one another: the year each was given alone is moved back one where it would come after the
    heading below it (August of the year before that January), when that puts the whole list in
    order; a list that runs back keeps the years it was given."""
    kept = list(headings)
    for n in range(len(kept) - 2, -1, -1):
        here, below = kept[n].timex.span, kept[n + 1].timex.span
        if here is not None and below is not None and here.start > below.start:
            kept[n] = replace(kept[n], timex=_shifted(kept[n].timex, -1), source=kept[n].written)
    return kept if _ascending(kept) else list(headings)


def _ascending(headings: list[_Heading]) -> bool:
    """Whether each heading's period starts after the one above it. A list still out of order
    once its years are moved runs back ("March" / "February" / "January": a record, newest
    first, or a programme written backwards): moving its years would only put it in the past."""
    spans = [h.timex.span for h in headings]
    return all(here is None or below is None or here.start <= below.start for here, below in zip(spans, spans[1:]))


def _shifted(timex: Timex, years: int) -> Timex:
    """``timex`` moved by whole years."""
    if years == 0 or timex.interval is None:
        return timex
    moved = {"interval": _moved(timex.interval, years)}
    if timex.end_interval is not None:
        moved["end_interval"] = _moved(timex.end_interval, years)
    year = timex.interval.start.year
    return replace(timex, value=timex.value.replace(str(year), str(year + years), 1), **moved)


def _moved(interval: Interval, years: int) -> Interval:
    """``interval`` moved by whole years, its granularity kept (a heading's month or season put
    into its year heading's year, or a year back to follow the heading below it)."""
    return Interval(_year_on(interval.start, years), _year_on(interval.end, years), interval.granularity)


def _year_on(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:                 # 29 February
        return moment.replace(year=moment.year + years, day=28)


def _item(text: str, line: tuple[int, int], dated: list[Timex], heading: _Heading,
          span: tuple[int, int]) -> tuple[Timex, HeadedItem] | None:
    """The bullet's entry and the date that dates it: its own period when it writes one, else
    its heading's."""
    body = text[line[0]:line[1]].lstrip()
    body_start = line[1] - len(body) + _mark(body)     # past the bullet mark or the item's number
    prose = not _mark(body)       # a paragraph under its heading: its other dates are mentions ("the January deadline")
    long = prose or line[1] - line[0] > MAX_ITEM      # a paragraph is read by its first sentence
    end = body_start + _first_sentence(text[body_start:line[1]]) if long else line[1]   # "Ensure S.M.A.R.T. goals" stays whole
    own = [t for t in dated if t.type == "DATE" and t.span is not None and not _horizon(text, t)
           and not _coarser(t, heading.timex)      # "Employment Act 2008" under "April 2009": a name's year
           and not _season_modifier(text, t, body_start)
           and not (prose and not (t.raw_value or "").startswith(_THIS_MONTH))]
    if (own and heading.timex.span is not None and heading.timex.span.granularity == "year"
            and all(t.span == heading.timex.span for t in own)):
        return None                    # "Annual report 2026" under "2026": a document of that year
    words = _without_dates(text, (body_start, end), dated)
    if _hedged(words):
        return None                    # "Updates, as needed, on the website": no task of the period
    if set(LETTER_DIGIT_RUN.findall(words.lower())) & word_list("record_nouns"):
        return None                    # "• March minutes" under "2026": an archive's papers (archive_labels)
    if _told_done(words):
        return None                    # "• The club won the county league." under "2025": its record
    if own:
        owner = own[0]
        date = _joined(text, own)
        title = _title_around(text, body_start, end, own) if owner.start < end else _clean(text[body_start:end])
        date = _in_heading_month(date, heading.timex)
        note = OWN_NOTE
    else:
        owner, date = heading.written, heading.timex
        title = _clean(text[body_start:end])
        note = NOTE
    if not title:
        return None
    return owner, HeadedItem(title, (body_start, line[1]), date, None, span, note=note)


_THIS_MONTH = "REF+P0M"      # the raw value of "this month", "early this month", "the end of the month"


def _in_heading_month(timex: Timex, heading: Timex) -> Timex:
    """A date told of "this month" ("Early this month is the deadline ...") under a month heading
    ("May") is told of the heading's month, not of the month the page is read in."""
    span, month = timex.interval, heading.span
    if (span is None or month is None or month.granularity != "month" or heading.end_interval is not None
            or not (timex.raw_value or "").startswith(_THIS_MONTH)):
        return timex
    months = (month.start.year - span.start.year) * 12 + month.start.month - span.start.month
    moved = {"interval": Interval(_month_on(span.start, months), _month_on(span.end, months), span.granularity)}
    if timex.end_interval is not None:
        end = timex.end_interval
        moved["end_interval"] = Interval(_month_on(end.start, months), _month_on(end.end, months), end.granularity)
    return replace(timex, value=heading.value, **moved)


def _month_on(moment: datetime, months: int) -> datetime:
    """``moment`` moved by whole months; a first of a month stays a first (an interval's end)."""
    total = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(total, 12)
    day = moment.day
    while True:
        try:
            return moment.replace(year=year, month=month + 1, day=day)
        except ValueError:
            day -= 1


def _without_dates(text: str, span: tuple[int, int], dated: list[Timex]) -> str:
    """The words of ``span`` with its dates blanked ("mid-April/May 2025": no modal "may")."""
    chars = list(text[span[0]:span[1]])
    for t in dated:
        for k in range(max(t.start, span[0]), min(t.end, span[1])):
            chars[k - span[0]] = " "
    return "".join(chars)


def _hedged(body: str) -> bool:
    """A bullet with a condition, a hedge or a negation ("Reopen if funding allows", "Updates
    as needed"): no task its heading's period dates."""
    padded = " " + " ".join(LETTER_DIGIT_RUN.findall(body.lower())) + " "
    vetoes = merged_lists(DAY_VETO_LISTS + ("negations", "timeline_item_hedges"))
    return any(f" {phrase} " in padded for phrase in vetoes)


def _told_done(body: str) -> bool:
    """A bullet told as a sentence in the past ("The club won the county league", "Pavilion was
    opened by the mayor"): what was done in its period, no task. Its verbs tell only the past,
    and it opens on a subject's article, possessive or pronoun or holds a past auxiliary
    (``past_clause_verbs``). A plan's headline-style step drops both ("Steering Committee stood
    up", "Strategic plan shared publicly") and stays a task."""
    if told_tenses(body) != frozenset({"past"}):
        return False
    words = [w.lower() for w in LETTER_DIGIT_RUN.findall(body)]
    return bool(words) and (words[0] in merged_lists(("articles", "pronouns"))
                            or bool(set(words) & word_list("past_clause_verbs")))


def _joined(text: str, own: list[Timex]) -> Timex:
    """The bullet's period: its first date, run on to its last when the bullet names a stretch
    of two ("throughout November and December")."""
    first, last = own[0], own[-1]
    if last is first or first.span is None or last.span is None or last.span.start <= first.span.start:
        return first
    gap = text[first.end:last.start].strip().lower()
    if gap not in word_list("timeline_period_joiners"):
        return first
    return replace(first, end=last.end, text=text[first.start:last.end],
                   end_interval=Interval(last.span.start, last.span.end, last.span.granularity))


def _title_around(text: str, start: int, end: int, own: list[Timex]) -> str:
    """The bullet's words without its own dates: the part before them ("Draft the measures
    (March 2028)", "Sessions throughout May and June"), else the part after them ("March 2028:
    Public consultation")."""
    before = text[start:own[0].start]
    words = before.rstrip(_EDGE + " ").split()
    while words and words[-1].lower().strip(_EDGE) in word_list("timeline_date_links"):
        words.pop()
    title = _clean(" ".join(words))
    if title:
        return title
    return _clean(text[own[-1].end:end])


def _clean(title: str) -> str:
    """A bullet's words as a title: blanks collapsed, list marks and stray punctuation off its
    edges, and a bracket left open at its end cut ("Survey the route (phase 1" ran on to the
    next line): the task, not the note it began."""
    title = " ".join(title.split()).strip(_EDGE + " ")
    if title.count("(") > title.count(")"):
        title = title[:title.rfind("(")].strip(_EDGE + " ")
    return title


_LOWER_WORD_AFTER = re.compile(r"[ \t]{1,2}[a-z]")


def _season_modifier(text: str, timex: Timex, body_start: int) -> bool:
    """A season word that opens the bullet right before a lower-case word ("Spring cleaning of the
    paths", "Summer reading list"): it qualifies the noun, as a name does, and is no period of the
    task; the task takes its heading's period and keeps the word in its title."""
    return (timex.start == body_start and timex.span is not None and timex.span.granularity == "season"
            and _LOWER_WORD_AFTER.match(text, timex.end) is not None)


def _coarser(timex: Timex, heading: Timex) -> bool:
    """Whether ``timex`` is a coarser period than its heading's (a year under a month)."""
    if timex.span is None or heading.span is None:
        return False
    return GRANULARITY_ORDER.index(timex.span.granularity) < GRANULARITY_ORDER.index(heading.span.granularity)


def _horizon(text: str, timex: Timex) -> bool:
    """A whole year after a horizon's word ("Blueprint to 2030 launched", "a roadmap towards
    2040"): what the plan aims at, not when the bullet's task is done."""
    if timex.span is None or timex.span.granularity != "year":
        return False
    before = LETTER_DIGIT_RUN.findall(text[max(0, timex.start - HORIZON_REACH):timex.start])
    return bool(before) and before[-1].lower() in load_list("en", "horizon_leads")
