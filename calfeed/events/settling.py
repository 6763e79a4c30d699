"""Passes over all of a document's framed dates at once, after each was framed alone:
dates joined by "and" become occasions of their own, one date is kept per event phrase,
a later "runs until" ends an event already dated, a vague date gives way to an exact one
of the same event, a series yields the days its items take, and places are shared,
inherited or dropped as the whole document shows."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

import pytz

from calfeed.events.attached_clock import END_OF_DAY
from calfeed.events.candidates import GRANULARITY_ORDER, Candidate
from calfeed.events.gapped_subjects import gapped_title
from calfeed.events.identity import normalise_title
from calfeed.events.places import Place, lookup
from calfeed.events.programme import held_on, on_series_day
from calfeed.events.series_days import series_days
from calfeed.events.shared_place import PLACELESS_KINDS, Dated, day_of, place_key, shared_places
from calfeed.events.standing_place import StandingPlace
from calfeed.events.timing import Timing
from calfeed.events.vocabulary import phrase_at, phrase_list, short_names, singular_nouns, title_words, word_list
from calfeed.events.weekday_hours import WEEKDAY_HOURS_RULE
from calfeed.model import ReferenceDate, Timex


def split_conjoined(candidates: list[Candidate], text: str) -> None:
    """"Two sessions will be held on 8 December ... and on 12 January": dates of one phrase
    joined by "and", each as exact as the other, are occasions of their own, not rivals."""
    joiners = phrase_list("date_joiners")
    anchors = [c.frame.anchor for c in candidates]      # as framed: a list of three shares one
    first_at: dict[tuple[int, int], int] = {}            # each anchor's first index: "framed before" in one look
    for k, anchor in enumerate(anchors):
        first_at.setdefault(anchor, k)
    chain = -1                                           # the last date joined to the one before it
    for index, (before, after) in enumerate(zip(candidates, candidates[1:])):
        if (before.timing.precision != "exact" or after.timing.precision != "exact"
                or before.timing.rrule or after.timing.rrule or before.timex.end > after.timex.start):
            continue
        if anchors[index] != anchors[index + 1]:
            _gapped_after_own(text, before, after, index, first_at)
            continue
        if before.frame.kind != after.frame.kind:
            continue
        first, second = before.timex.span, after.timex.span
        if first is None or second is None or first.granularity != second.granularity and not (
                {first.granularity, second.granularity} <= {"day", "hour", "minute", "second"}):
            continue
        if _one_moment(before, after):
            continue          # "at 10:00 CEST and 09:00 BST": one moment told in two zones
        gap = _without_places(text[before.timex.end:after.timex.start].replace(",", " , ").split())
        group = _group_of(gap)
        if group is not None:       # "… for day pupils is 3 May and for boarders is 10 May": its own group's date
            after.frame.title = _group_title(after.frame.title, _as_written(text[before.timex.end:after.timex.start], group))
        gapped = (gapped_title(text, before.timex.end, after.timex.start, before.frame.title, before.timex.start)
                  if tuple(gap) not in joiners and group is None else None)
        if gapped:      # "The quiz is on 14 March and the auction on 21 March": the auction's own day
            after.frame.title = gapped
        if tuple(gap) in joiners or group is not None or gapped is not None:
            if chain != index and any(anchors[k] == anchors[index] and _sharpness(candidates[k]) >= _sharpness(before)
                                      for k in range(index)):
                before.frame.anchor = (before.timex.start, -1)   # "The Vigil Mass ... at 5:00 P.M. Masses ... at
                # 6:30 A.M., 10:00 A.M., and 7:00 P.M.": the list's first is no rival of an earlier date as sharp
            after.frame.anchor = (after.timex.start, -1)
            chain = index + 1
            for cand in (before, after):
                cand.frame.title = one_counted_occasion(cand.frame.title)
            after.frame.notes.append(f"one of the dates joined by \"{' '.join(gap)}\" in its sentence")


def _gapped_after_own(text: str, before: Candidate, after: Candidate, index: int,
                      first_at: dict[tuple[int, int], int]) -> None:
    """"the diploma exams will be held on 14-18 June, the junior exam on 7-9 June and the infant
    school on 27 May": the last date took the first date's phrase (its subject names no event), so it
    is a rival of that first date, yet a gapped subject of its own stands between it and the date
    right before it, which has its own title: the last date is its own occasion, named by that subject."""
    if first_at.get(after.frame.anchor, index) >= index or first_at.get(before.frame.anchor, index) < index:
        return      # the last date must share a phrase framed before ``before`` (at ``index``), and ``before`` none
    gapped = gapped_title(text, before.timex.end, after.timex.start, before.frame.title, before.timex.start)
    if gapped:
        after.frame.title = gapped
        after.frame.anchor = (after.timex.start, -1)
        after.frame.notes.append("a gapped subject of its own after a date with its own title")


GROUP_WORDS = 5         # words naming the group a coordinated date is for ("for evening classes")
OLD_DATE_WORDS = 5      # words of an old date between "from" and "to" ("from 25 August to")
MAX_OFF_DAYS = 31       # days of a cancelled stretch looked at for a series' occurrences: a month


def _group_of(gap: list[str]) -> list[str] | None:
    """The group a second date of one clause is for, when "and for <group> <link>" alone stands
    between two dates ("the deadline for members is 3 May and for guests is 10 May", "extended
    … from June 2 to June 5 and for guests from June 5 to June 9"): one deadline per group, so
    each date is its own entry. The link may carry the old date of a moved range."""
    heads = phrase_list("group_joiners")
    head = next((h for h in heads if tuple(gap[:len(h)]) == h), None)
    if head is None:
        return None
    rest = gap[len(head):]
    links, moves = word_list("group_date_links"), word_list("moved_range_links")
    for size in range(1, min(GROUP_WORDS, len(rest)) + 1):
        group, tail = rest[:size], rest[size:]
        if any(not w.isalnum() or w in links for w in group):
            return None
        if len(tail) == 1 and tail[0] in links:
            return group
        if (len(tail) >= 3 and tail[0] in word_list("moved_from_links") and tail[-1] in moves and len(tail) - 2 <= OLD_DATE_WORDS
                and not any(w in links for w in tail[1:-1])):
            return group
    return None


def _as_written(gap: str, group: list[str]) -> list[str]:
    """The group's words as the gap writes them ("Evening classes", not "evening classes")."""
    raw = gap.replace(",", " , ").split()
    for k in range(len(raw) - len(group) + 1):
        if [w.lower() for w in raw[k:k + len(group)]] == group:
            return raw[k:k + len(group)]
    return group


def _group_title(title: str, group: list[str]) -> str:
    """The first date's title with its group's words swapped for the second's: "Deadline for day
    classes" -> "Deadline for evening classes"; unchanged when the title names no group."""
    words = title.split()
    lowered = [w.lower() for w in words]
    if "for" not in lowered:
        return title
    at = len(lowered) - 1 - lowered[::-1].index("for")
    if at + 1 >= len(words) or at + 1 + GROUP_WORDS < len(words):
        return title
    return " ".join(words[:at + 1] + group)


def _one_moment(first: Candidate, second: Candidate) -> bool:
    """Two clocks in two different zones that name the same instant."""
    a, b = first.timex, second.timex
    if not (a.tz and b.tz and a.tz != b.tz and a.interval and b.interval
            and a.interval.granularity == b.interval.granularity == "minute"):
        return False
    try:
        return pytz.timezone(a.tz).localize(a.interval.start) == pytz.timezone(b.tz).localize(b.interval.start)
    except pytz.UnknownTimeZoneError:
        return False


def _without_places(gap: list[str]) -> list[str]:
    """The gap's words in lower case without the place written for either date ("in Manchester
    on 14 July and in Cardiff on 21 July"): each date keeps its own place, the dates are still
    joined by "and"."""
    kept: list[str] = []
    k = 0
    while k < len(gap):
        if gap[k].lower() in word_list("place_prepositions") and k + 1 < len(gap) and gap[k + 1][:1].isupper():
            k += 1
            while k < len(gap) and gap[k][:1].isupper():
                k += 1            # "in Cardiff", "in Milton Keynes"
            continue
        kept.append(gap[k].lower())
        k += 1
    return kept


def one_counted_occasion(title: str) -> str:
    """"Two online information sessions" dated one by one: each is an "Online information session"."""
    words = title.split()
    if len(words) > 1 and (words[0].lower() in word_list("count_words") or words[0].isdigit()):
        words = words[1:]
    return one_occasion(" ".join(words))


def one_occasion(title: str) -> str:
    """"Trustees Meetings" for one of its days: "Trustees Meeting" (the first plural noun singular)."""
    words = title.split()
    lowered = [w.lower() for w in words]
    plurals = tuple(singular_nouns())
    for index in range(len(words)):
        plural = phrase_at(lowered, index, plurals)
        if plural is not None:
            words[index:index + len(plural)] = singular_nouns()[plural].split()
            single = " ".join(words)
            return single[:1].upper() + single[1:]
    return title


def one_date_per_phrase(candidates: list[Candidate], text: str = "") -> list[Candidate]:
    """When several dates claim one event phrase, keep the most precise ("the forum in June,
    on 14 June" is one forum on 14 June). Several yearly days written as sharply as the sharpest
    are a list ("two annual deadlines: January 25 and September 25 ..., and January 7 and May 7"):
    each is kept, another day of the list, not a rival telling of one (January 7 was lost).
    A day written right after the phrase ("the board meeting being held June 9") is its own:
    a sharper other day later in the sentence ("packages will be mailed on June 8 by noon")
    is another item's and does not take the phrase. Equally sharp series of one phrase on
    different days are a list too (``_series_days``), each kept."""
    by_phrase: dict[tuple[tuple[int, int], str], list[Candidate]] = {}    # the rivals each reads: its phrase's
    for cand in candidates:
        by_phrase.setdefault((cand.frame.anchor, cand.frame.kind), []).append(cand)
    own_days = {key: _OwnDays.of(group, text) for key, group in by_phrase.items()}
    candidates = [c for c in candidates if not own_days[(c.frame.anchor, c.frame.kind)].rivalled(c)]
    best: dict[tuple[tuple[int, int], str], tuple[int, int, int]] = {}
    for cand in candidates:
        key = (cand.frame.anchor, cand.frame.kind)
        best[key] = max(best.get(key, _sharpness(cand)), _sharpness(cand))
    kept, taken = [], set()
    last_series: dict[tuple[tuple[int, int], str], Candidate] = {}
    for cand in candidates:
        key = (cand.frame.anchor, cand.frame.kind)
        if _sharpness(cand) != best[key]:
            continue
        days = _series_days(cand)
        before = last_series.get(key)
        listed = (days is not None and before is not None and _series_days(before) != days
                  and (_coordinated(text, before.timex, cand.timex) or _own_hours(before) and _own_hours(cand)))
        if _listed_day(cand) or key not in taken or listed:
            kept.append(cand)
            taken.add(key)
            if days is not None:
                last_series[key] = cand
    return kept


def _own_hours(cand: Candidate) -> bool:
    """A series the weekday-hours reader made of its own weekdays and clock ("Friday evenings from
    6pm at the PCYC, and Monday evenings from 6pm at the Indoor Centre"): two of one phrase on
    different days are two sessions, however much is written between them."""
    return WEEKDAY_HOURS_RULE in cand.timex.rule


def _coordinated(text: str, first: Timex, second: Timex) -> bool:
    """The two expressions are joined as members of one list ("the first Tuesday and the third
    Sunday", "every Tuesday, every Sunday"): only list joiners between them."""
    if not text or second.start < first.end:
        return False
    between = text[first.end:second.start].lower().replace(",", " , ").split()
    return all(w in word_list("series_list_joiners") for w in between)


OWN_DATE_REACH = 40      # characters between an event phrase's last word and its own day


def _own_day(cand: Candidate, text: str) -> bool:
    """Whether the candidate's written day follows its title's last word with only linking words
    between ("meeting being held June 9", "meeting on 9 June", "meeting scheduled for 9 June")."""
    words = cand.frame.title.split()
    if not text or not words or not any(ch.isdigit() for ch in cand.timex.text):
        return False
    last = words[-1].lower()
    lead = text[max(0, cand.timex.start - OWN_DATE_REACH):cand.timex.start].lower().replace(",", " ").split()
    if last not in lead:
        return False
    between = lead[len(lead) - 1 - lead[::-1].index(last) + 1:]
    return all(w in word_list("own_date_links") for w in between)


def _exact_day(cand: Candidate) -> bool:
    """An exact timing that is no series: only such days rival a phrase's own day."""
    return cand.timing.precision == "exact" and not cand.timing.rrule


@dataclass(frozen=True)
class _OwnDays:
    """The days a phrase's candidates own (``_own_day``), in text order, and how far they reach
    together up to each: a day that rivals the phrase's own day on another day, neither inside
    the other, both exact and unrepeated, belongs to another item of the sentence. A programme
    page has a thousand entries, each its own phrase, and a table flattened onto one line a
    thousand dates of one row's phrase: each candidate is read once, not against all the others."""

    text: str
    starts: list[int]               # where each owned day is written, in text order
    latest_first: list[date]        # the latest first day among the owned days up to each
    earliest_last: list[date]       # the earliest last day among them

    @classmethod
    def of(cls, candidates: list[Candidate], text: str) -> _OwnDays:
        owned = sorted((own.timex.start, day_of(own.timing.start), day_of(own.timing.end or own.timing.start))
                       for own in candidates if _exact_day(own) and _own_day(own, text))
        starts, latest_first, earliest_last = [], [], []
        for start, first, last in owned:
            starts.append(start)
            latest_first.append(max(first, latest_first[-1]) if latest_first else first)
            earliest_last.append(min(last, earliest_last[-1]) if earliest_last else last)
        return cls(text, starts, latest_first, earliest_last)

    def rivalled(self, cand: Candidate) -> bool:
        """Whether an owned day written before the candidate's leaves its day out: some first day
        is later than it or some last day earlier."""
        before = bisect_left(self.starts, cand.timex.start)
        if not before or not _exact_day(cand) or _own_day(cand, self.text):
            return False
        day = day_of(cand.timing.start)
        return day < self.latest_first[before - 1] or day > self.earliest_last[before - 1]


def _series_days(cand: Candidate) -> str | None:
    """The days a series recurs on ("BYDAY=1TU"): equally sharp series of one phrase on different
    days are a list ("walks on the first Tuesday and the third Sunday of each month", "every Tuesday and every
    Sunday"), each kept, not rival tellings of one date."""
    rule = cand.timing.rrule or ""
    return next((part for part in rule.split(";") if part.startswith("BYDAY=")), None)


def _listed_day(cand: Candidate) -> bool:
    """A written day of a yearly list ("two annual deadlines: January 25 and ..."): one of
    several days the phrase lists. (A table row's first and last days stay one entry.)"""
    rule = cand.timing.rrule or ""
    return ((rule == "FREQ=YEARLY" or rule.startswith("FREQ=YEARLY;BYMONTH=") and "BYMONTHDAY=" in rule)
            and cand.timing.all_day and any(ch.isdigit() for ch in cand.timex.text))


def _sharpness(cand: Candidate) -> tuple[int, int, int]:
    """Exact over approximate, finer over coarser, then a written day over a relative one
    ("on the weekend of 10-11 July": the weekend alone would be counted from the document date)."""
    span = cand.timex.span
    rank = GRANULARITY_ORDER.index(span.granularity) if span is not None else -1
    if span is None and _listed_day(cand):
        rank = GRANULARITY_ORDER.index("day")    # "each Jan. 31": a day, every year
    written = any(c.isdigit() for c in cand.timex.text)
    return (0 if cand.timing.precision == "approximate" else 1, rank, 1 if written else 0)


def extend_to_ends(candidates: list[Candidate], reference: ReferenceDate) -> list[Candidate]:
    """"The session opened on Monday. [...] The session will run until 21 March": the second
    date ends the session already dated, it is no one-day session of its own. The nearest
    earlier all-day event with the same event noun that starts before the end takes it.
    With no such start, "the exhibition runs until 5 July" is running when the document is
    written: a window from the document date to that day, not a one-day event."""
    kept: list[Candidate] = []
    latest: dict[str, Candidate] = {}        # the last event dated so far, by event noun
    for cand in candidates:
        head = _head_key(cand.head) if cand.head else cand.head     # "the exams ... till March 30"
        if cand.ends and head and cand.timing.all_day and cand.timing.precision == "exact":
            end = cand.timing.end or cand.timing.start
            opened = latest.get(head)
            if opened is not None and cand.frame.closes and _opened_at(opened, end):
                # "will open at 10:00 on Monday, 4 December, and will close on Friday, 8 December"
                opened.timing.end = datetime.combine(end, END_OF_DAY)
                opened.timing.notes.append(f"ends {end.isoformat()}: \"{cand.timex.text}\", when it closes "
                                           f"(no closing time written: the end of that day)")
                continue
            if opened is not None and not (opened.timing.all_day and opened.timing.precision == "exact"
                                           and opened.timing.rrule is None and opened.timing.start < cand.timing.start
                                           and (opened.timing.end or opened.timing.start) < end
                                           and not _qualified_apart(opened, cand)):
                opened = None
            if opened is not None:
                opened.timing.end = end
                opened.timing.notes.append(f"ends {end.isoformat()}: \"{cand.timex.text}\" in a later sentence")
                continue
            ref = reference.value
            if cand.running and ref is not None and ref < cand.timing.start:
                cand.timing = Timing(ref, end, True, "approximate", (ref, end), notes=cand.timing.notes + [
                    f"runs until {end.isoformat()}; its start is not written: shown from the document date"])
        elif head and not cand.ends:
            latest[head] = cand
        kept.append(cand)
    return kept


def _head_key(head: str) -> str:
    """An event noun as its full form ("exams" -> "examinations", short_names.en.tsv)."""
    return short_names().get(head, head)


def _qualified_apart(opened: Candidate, cand: Candidate) -> bool:
    """Two titles of one event noun that each add words the other lacks ("The Class X exams will
    wrap up on March 13, while the Class XII exams are scheduled until April 2", "junior exams" and
    "senior exams") name two occasions: the later date ends no run of the earlier one. A title that
    only adds to the other ("The session opened ...", "The spring session will run until ...") is
    the same occasion."""
    heads = {opened.head, cand.head}
    first, second = (set(normalise_title(c.frame.title).split()) - heads for c in (opened, cand))
    return bool(first) and bool(second) and not (first <= second or second <= first)


def _opened_at(opened: Candidate, end: date) -> bool:
    """A one-off opening at a clock on an earlier day, with no end of its own."""
    timing = opened.timing
    return (not timing.all_day and timing.precision == "exact" and timing.rrule is None and timing.end is None
            and isinstance(timing.start, datetime) and timing.start.date() < end)


MAX_SHORT_NAME = 12     # characters of a short name a bracket gives a title ("(ORMFEST)")


def _bracketed_short_name(text: str, title: str) -> str | None:
    """The short name the page gives ``title`` in a bracket right after it ("The Orm Crafts Fair
    (ORMFEST) returns ..."): one word, as written; None when no such bracket follows the title."""
    if not text or not title:
        return None
    at = text.lower().find(title.lower() + " (")
    if at < 0:
        return None
    start = at + len(title) + 2
    close = text.find(")", start, start + MAX_SHORT_NAME + 1)
    name = text[start:close] if close > start else ""
    return name if name.isalnum() else None


def settle_vague(candidates: list[Candidate], doc_place: Place | None, text: str = "") -> list[Candidate]:
    """"The annual forum will be held in Geneva in March 2027. The forum will take place on
    10 March 2027": one forum. An approximate entry goes when an exact entry of the same title
    and kind falls inside its window; the exact one takes its place if it has none of its own.
    The exact entry may be titled by the short name the page brackets after the approximate one's
    title ("The Orm Crafts Fair (ORMFEST) returns this month. ... Opening on 18 March (until 2 April),
    ORMFEST is ..."): one fair."""
    exact: dict[tuple[str, str], list[Candidate]] = {}
    by_head: dict[tuple[str, str], list[Candidate]] = {}
    for cand in candidates:
        if cand.timing.precision == "exact" and cand.timing.rrule is None:
            exact.setdefault((normalise_title(cand.frame.title), cand.frame.kind), []).append(cand)
            if cand.head:
                by_head.setdefault((_head_key(cand.head), cand.frame.kind), []).append(cand)
    kept: list[Candidate] = []
    for cand in candidates:
        window = cand.timing.window if cand.timing.precision == "approximate" else None
        same = exact.get((normalise_title(cand.frame.title), cand.frame.kind), []) if window else []
        inside = next((c for c in same if window[0] <= day_of(c.timing.start)
                       and day_of(c.timing.end or c.timing.start) <= window[1]), None)
        if inside is None and window and cand.head and normalise_title(cand.frame.title) == cand.head:
            # "... begin on February 15, 2020. ... these exams will be conducted from mid February
            # 2020": a bare event noun, said less exactly, of the dated occasion that starts inside
            inside = next((c for c in by_head.get((_head_key(cand.head), cand.frame.kind), [])
                           if window[0] <= day_of(c.timing.start) <= window[1]), None)
        if inside is None and window:
            short = _bracketed_short_name(text, cand.frame.title)
            inside = next((c for c in exact.get((normalise_title(short), cand.frame.kind), [])
                           if window[0] <= day_of(c.timing.start) <= window[1]), None) if short else None
        if inside is None:
            kept.append(cand)
            continue
        own = inside.place is not None and inside.place.start >= 0 and inside.place is not doc_place
        if not own and cand.place is not None and cand.place is not doc_place:
            inside.place = cand.place
            inside.place_note = f"place \"{cand.place.name}\" from \"{cand.timex.text}\", the vaguer date of this event"
        inside.frame.notes.append(f"\"{cand.timex.text}\" for the same event is this date, said less exactly")
    return kept


@dataclass(frozen=True)
class OffStretch:
    """A day a series goes without ("9 February: no seminar"), or a stretch of such days ("no session
    in August"), as framing reads it: items_on_series_days takes each of its days out of a series."""

    start: datetime
    noun: str | None           # what goes without ("clinic"); None: any series of the page
    until: datetime | None     # where a stretch wider than a day ends; None for one day

    def days(self) -> list[datetime]:
        """Its days: the one, or those of the stretch up to MAX_OFF_DAYS."""
        count = 1 if self.until is None else min((self.until - self.start).days, MAX_OFF_DAYS)
        return [self.start + timedelta(days=n) for n in range(count)]


def items_on_series_days(candidates: list[Candidate], cancelled: list[OffStretch] = (),
                         title: str | None = None) -> None:
    """A programme item on a day the document's series meets is at the series' time and place,
    and that occurrence of the series gives way to it (EXDATE), as does a cancelled day ("9
    February: no seminar") or each of its days in a cancelled stretch ("August - there will be no
    session in August"): a subscriber sees each meeting once. A page with one series whose
    ``title`` names what a day goes without ("Saturday Activity Sessions 2015") is about it.
    Each day asks only the series that meet on it (series_days), in the series' order."""
    series = [c for c in candidates if c.timing.rrule is not None]
    if not series:
        return
    items = [c for c in candidates
             if c.item and c.timing.all_day and c.timing.end in (None, c.timing.start)]
    stretches = [(gone, gone.days()) for gone in cancelled]
    meets = series_days([meeting.timing for meeting in series],
                        [off.date() for _, days in stretches for off in days]
                        + [day_of(cand.timing.start) for cand in items])
    for gone, days in stretches:
        for number in sorted({number for off in days for number in meets.meeting(off.date())}):
            meeting = series[number]
            if gone.noun is not None and not _names(meeting.frame.title, gone.noun) \
                    and not (len(series) == 1 and title is not None and _names(title, gone.noun)):
                continue       # "No parking on 14 October": not the clinic
            for off in days:
                if off.date() not in meets.days_of[number]:
                    continue
                held = held_on(datetime.combine(off.date(), time()), meeting.timing)
                if held is not None:
                    meeting.exdates.append(held)
                    meeting.frame.notes.append(f"no meeting on {off.date().isoformat()}: the document says so")
    for cand in items:
        day = datetime.combine(day_of(cand.timing.start), time())
        for number in meets.meeting(day.date()):
            meeting = series[number]
            timing = on_series_day(day, meeting.timing)
            if timing is None:
                continue
            cand.timing = replace(timing, notes=cand.timing.notes + timing.notes)
            meeting.exdates.append(timing.start)
            if cand.place is None or cand.place.start < 0:
                cand.place = meeting.place
                cand.place_note = f"place of the series \"{meeting.frame.title}\"" if meeting.place else None
            break


def _names(title: str, noun: str) -> bool:
    """Whether a series' title holds the noun a day goes without ("Drop-in flu clinics" / "clinic")."""
    held = {w.rstrip("s") for w in title.lower().replace("-", " ").split()}
    return all(w.rstrip("s") in held for w in noun.replace("-", " ").split())


def share_places(candidates: list[Candidate], doc_place: Place | None) -> None:
    """Parts of a main event with no place of their own take its place (see shared_place)."""
    items = [Dated(c.frame.title, c.frame.kind, day_of(c.timing.start), day_of(c.timing.end or c.timing.start),
                   c.timing.precision == "exact" and c.timing.rrule is None, c.place,
                   c.place is not None and c.place.start >= 0 and c.place is not doc_place) for c in candidates]
    for index, (place, note) in shared_places(items).items():
        candidates[index].place = place
        candidates[index].place_note = note


def standing_places(candidates: list[Candidate], standing: StandingPlace | None) -> None:
    """"All seminars take place in the Wolfson Room": the place of the seminars (and of the
    programme's items) whose own lines name none."""
    if standing is None:
        return
    for cand in candidates:
        if (cand.place is None and cand.online is None and cand.frame.kind not in PLACELESS_KINDS
                and (cand.item or cand.frame.kind == standing.kind)):
            cand.place = standing.place
            cand.place_note = f"place \"{standing.place.name}\" from \"{standing.sentence}\""


def drop_document_place(candidates: list[Candidate], doc_place: Place | None) -> None:
    """The dateline or front-matter place says where the document is from; it is where an
    event without a place happens only when no event of the document is placed elsewhere
    (a Brussels story about summits in Prague and Johannesburg does not put the G20 in Brussels).
    Then it is also the city of a venue written without one."""
    if doc_place is None:
        return
    home = place_key(doc_place)
    own = [c.place for c in candidates if c.place is not None and c.place is not doc_place]
    if all(place_key(p) == home for p in own if p.town is not None):
        for cand in candidates:     # "in the Stanley & Audrey Burton Gallery" of a Leeds newsletter
            place = cand.place
            if (place is not None and place.venue and place.town is None and not place.town_unknown
                    and lookup(doc_place.name)):
                cand.place = replace(place, name=f"{place.name}, {doc_place.name}", tz=doc_place.tz,
                                     city=lookup(doc_place.name))
                cand.place_note = f"city \"{doc_place.name}\" of the venue taken from the document"
        return
    for cand in candidates:
        if cand.place is doc_place:
            cand.place = None


def go_online(candidates: list[Candidate]) -> None:
    """An online event has no venue: not the place of its sentence, its main event or the
    dateline. Its place says "Online"."""
    for cand in candidates:
        if cand.online:
            cand.place = Place(title_words()["online"], None)
            cand.place_note = f"online (\"{cand.online}\"): no venue"


def without_superseded_mentions(candidates: list[Candidate], superseded: dict[tuple[int, int], str]) -> list[Candidate]:
    """"The fete will be held on June 1 ... the fete has been moved to June 8 instead of June 1":
    the earlier "June 1" of the same occasion is superseded too. An entry goes when its date is
    written as the replaced day ("June 1", whatever year each resolves to) and its event noun (or, with none, its title) and kind are the new entry's;
    other occasions on that day stay."""
    gone: set[tuple[str, str, str]] = set()
    for cand in candidates:
        old = superseded.get((cand.timex.start, cand.timex.end))
        if old is not None:
            gone.add((old, _occasion_key(cand), cand.frame.kind))
    if not gone:
        return candidates
    return [c for c in candidates if (c.timex.start, c.timex.end) in superseded
            or (c.timex.raw_value or c.timex.value, _occasion_key(c), c.frame.kind) not in gone]


def _occasion_key(cand: Candidate) -> str:
    return _head_key(cand.head) if cand.head else normalise_title(cand.frame.title)
