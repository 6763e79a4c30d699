"""Past narration, issue labels and yearly collections, in wordings of our own (session 26, pr26,
class: past, furniture and general lines became entries):

- a day that opens its sentence (or a clause after ", and") as the subject of a past copula is a
  day narrated as over ("Friday 5 March 2027 was our first meeting"): no entry, even on a page that
  announces nothing ahead; the archive case ("The club met on 5 March 2027") keeps its entry;
- a page whose first line is a short periodical label and a date ("Parish Bulletin Article 3 March
  2027") is that issue's day, not an event's;
- a year written beside a plural event noun ("the regular 2027 council meetings") marks no day:
  no year-long entry; one occasion's year ("the 2027 conference") keeps its entry.
"""
# Provenance: session 26, pr26 (redteam rounds 34 and 35; our own sentences).

from datetime import date

from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document


def _titles(text: str, today: date = date(2027, 6, 1)) -> list[tuple[str, object]]:
    result = process_document(parse_document(text.encode(), "p.txt"), Options(today=today))
    return [(e.title, e.start) for e in result.events]


PAGE = "---\npublished: 2027-03-20\n---\n"


def test_a_day_narrated_as_the_subject_of_a_past_copula_gives_no_entry():
    text = PAGE + "We moved into the new hall in February, and Friday 5 March 2027 was our first meeting there.\n"
    assert _titles(text) == []


def test_a_possessive_day_narrated_in_the_past_gives_no_entry():
    text = PAGE + "Our 12 March 2027 meeting was our last evening meeting of the winter.\n"
    assert _titles(text) == []


def test_a_past_occasion_told_with_its_verb_is_kept_as_a_record():
    text = PAGE + "The club met on 5 March 2027 in the village hall.\n"
    assert [d for _, d in _titles(text)] == [date(2027, 3, 5)]


def test_a_periodical_label_dates_the_page_not_an_event():
    text = "Parish Bulletin Article 3 March 2027\n\nThe quiz night is on 20 March 2027 in the hall.\n"
    assert [d for _, d in _titles(text)] == [date(2027, 3, 20)]


def test_a_year_beside_plural_meetings_gives_no_entry():
    text = PAGE + "The council approved the schedule of its regular 2028 council meetings.\n"
    assert _titles(text) == []


def test_one_occasion_keeps_its_year():
    text = PAGE + "The 2028 conference will be held in Lisbon.\n"
    assert [d.year for _, d in _titles(text)] == [2028]


def test_a_day_chosen_in_the_passive_keeps_its_entry():
    # an undated page may be dated by this very day; "was picked for" still tells a plan, not a story
    text = "Club news\n\nSaturday 5 December was picked as the day for the carol concert.\n"
    assert [d for _, d in _titles(text, today=date(2026, 12, 1))] != []
