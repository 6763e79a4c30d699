"""A name right after a fronted date names the days (session 60, ev60d; R73 class 5, a festival's
side programme told as 'From <days>, <Name> presents ...' gave nothing and was only listed):

- "From March 3 to 9, Harbour Jazz Nights brings live bands ..." is an entry over 3-9 March titled
  by the name, though the sentence holds no event noun;
- "Between 12 and 18 April, Lantern Walks will return ..." likewise, with a future verb;
- a participle after the verb ("presents invited quartets") is no past tense: the verb after the
  name tells the tense;
- a past verb ("brought") tells of days over, a lower-case subject ("visitors can ...") is no name,
  and a verb of a host ("Leeds hosts ...") makes the town no title: no entry from this rule;
- a date that does not open its sentence ("Tickets for Harbour Jazz Nights, from March 3 to 9, ...")
  is no fronted date.
"""
# Provenance: session 60, ev60d (our own sentences).

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2024, 2, 10)


def _entries(text: str) -> list[tuple[str, date, date | None]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=PUBLISHED)]


def test_a_fronted_span_is_named_by_the_name_after_it():
    text = "Harbour Jazz Nights\n\nFrom March 3 to 9, Harbour Jazz Nights brings live bands to six venues along the quay.\n"
    assert _entries(text) == [("Harbour Jazz Nights", date(2024, 3, 3), date(2024, 3, 9))]


def test_a_future_verb_after_the_name():
    text = "The programme\n\nBetween 12 and 18 April, Lantern Walks will return to the old town, with guides at every corner.\n"
    assert _entries(text) == [("Lantern Walks", date(2024, 4, 12), date(2024, 4, 18))]


def test_a_participle_after_the_verb_tells_no_past():
    text = ("Harbour Jazz Nights\nThe Line-up\nFrom March 3 to 9, Harbour Jazz Nights presents invited quartets "
            "in six venues along the quay.\n")
    assert _entries(text) == [("Harbour Jazz Nights", date(2024, 3, 3), date(2024, 3, 9))]


def test_a_past_verb_gives_no_entry():
    text = "Harbour news\n\nFrom March 3 to 9, Harbour Jazz Nights brought live bands to six venues along the quay.\n"
    assert _entries(text) == []


def test_a_lower_case_subject_is_no_name():
    text = "Harbour news\n\nFrom March 3 to 9, visitors can hear live bands at six venues along the quay.\n"
    assert _entries(text) == []


def test_a_host_verb_makes_no_title_of_a_town():
    text = "Sports desk\n\nFrom March 3 to 9, Leeds hosts the indoor rowing finals at its new arena.\n"
    assert all(title != "Leeds" for title, _, _ in _entries(text))
