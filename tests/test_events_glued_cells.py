"""Table cells that text extraction glued with no blank: a weekday to the month after it, a day to the
clock after it ("ThursdayMarch 136:45 p.m." = Thursday | March 13 | 6:45 p.m.), a day to its year, a year
or a clock to the next cell's words. The split kept makes a valid day and clock; where two would, the one
the list's other rows show. Nothing is split without a month before the digits (rooms, verses, scores)."""
# Provenance: class A of round 31 (a council's yearly meeting list flattened into glued rows), in
# wordings of our own; session 24.

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag


def _events(text: str, today: date = date(2030, 12, 1)):
    result = process_document(Document(path="p.txt", text=text, title=None), Options(today=today))
    return sorted(result.events, key=lambda e: str(e.start))


def _starts(events):
    return [e.start.replace(tzinfo=None) if isinstance(e.start, datetime) else e.start for e in events]


def test_weekday_month_day_and_clock_glued_in_each_row():
    text = ("Planning Board Meetings 2031\n\n"
            "The board meets on the second and fourth Tuesday of the month.\n\n"
            "TuesdayJanuary 146:45 p.m.\nTuesdayFebruary 116:45 p.m.\n"
            "TuesdaySeptember 26:45 p.m.\nTuesdaySeptember 166:45 p.m.\nTuesdayOctober 76:45 p.m.\n")
    starts = _starts(_events(text))
    for day in (date(2031, 1, 14), date(2031, 2, 11), date(2031, 9, 2), date(2031, 9, 16), date(2031, 10, 7)):
        assert datetime.combine(day, datetime.min.time()).replace(hour=18, minute=45) in starts, (day, starts)


def test_a_two_digit_run_before_a_pm_clock_is_the_day_and_the_hour():
    # "16:45 p.m." is no clock, so after a month the 1 is the day: 1 May, 4:45 p.m.
    starts = _starts(_events("Reading group dates 2031\n\nThursdayMay 14:45 p.m.\nThursdayMarch 134:45 p.m.\n"))
    assert datetime(2031, 5, 1, 16, 45) in starts, starts
    assert datetime(2031, 3, 13, 16, 45) in starts, starts


def test_an_ambiguous_run_takes_the_shape_of_the_other_rows():
    # "115:30" could be 1 + 15:30 or 11 + 5:30; the unambiguous rows have one-digit hours
    text = "Evening classes 2031\n\nJanuary 145:30 Pottery\nFebruary 115:30 Pottery\nMarch 205:30 Pottery\n"
    atoms = tag(text, reference=date(2030, 12, 1))
    values = {a.value for a in atoms}
    assert "2031-02-11T05:30" in values or "2031-02-11T17:30" in values, values
    assert not any(v.startswith("2031-02-01") for v in values), values


def test_a_day_glued_to_its_year_and_a_year_glued_to_the_next_cell():
    values = {a.value for a in tag("Filing opens Jun 122031 for the spring round.", reference=date(2030, 12, 1))}
    assert "2031-06-12" in values, values
    values = {a.value for a in tag("Phase 2 - March 2031Design review and costing", reference=date(2030, 12, 1))}
    assert "2031-03" in values, values


def test_no_split_without_a_month_before_the_digits():
    for text in ("Room 156:30 is booked for the audit.", "Final score 156:30 after the relay.",
                 "The FridayFriends club meets in the hall."):
        assert [a for a in tag(text, reference=date(2030, 12, 1)) if a.type in ("DATE", "TIME")] == [], text


def test_two_days_that_lost_their_dash_are_a_span():
    events = _events("School calendar 2030-31\n\nStaff training days: 6 January 2031, 1417 March 2031\n")
    spans = [(e.start, e.end) for e in events]
    assert (date(2031, 3, 14), date(2031, 3, 17)) in spans, spans

