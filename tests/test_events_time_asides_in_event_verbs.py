"""A time adverb inside a festival's verb does not hide the verb (session 61, ev61b; R74 class 2: a
festival with no event noun in its name that 'runs this year from' one day 'until' another gave
nothing, and was only listed):

- "The Kuroishi Neputa matsuri runs this year from July 12 until July 18": one run, named by the
  subject ("this year" is passed over like "currently" in "is currently scheduled");
- an edition's year between the article and the name ("The 2031 ... matsuri ... runs this year
  from") is part of the subject, not a date that cuts it off;
- "runs again this year from" reads as "runs from" too.
"""
# Provenance: session 61, ev61b (our own sentences).

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2031, 7, 2)


def _entries(text: str) -> list[tuple[str, object, object]]:
    return sorted(((e.title, e.start, e.end) for e in tagged_events(text, published=PUBLISHED)), key=str)


def test_a_run_with_this_year_before_its_days():
    text = "The Kuroishi Neputa matsuri runs this year from July 12 until July 18.\n"
    assert _entries(text) == [("Kuroishi Neputa matsuri", date(2031, 7, 12), date(2031, 7, 18))]


def test_an_edition_year_before_the_name_and_a_long_place():
    text = ("The 2031 Kuroishi Neputa matsuri in Kuroishi town in the far west of Honshu runs this year from "
            "July 12 until July 18. A drum parade starts it on July 12 from 6pm-8pm.\n")
    titles = {title: (start, end) for title, start, end in _entries(text)}
    assert titles["2031 Kuroishi Neputa matsuri"] == (date(2031, 7, 12), date(2031, 7, 18))


def test_again_this_year_inside_the_verb():
    text = "The Kuroishi Neputa matsuri runs again this year from July 12 until July 18.\n"
    assert _entries(text) == [("Kuroishi Neputa matsuri", date(2031, 7, 12), date(2031, 7, 18))]
