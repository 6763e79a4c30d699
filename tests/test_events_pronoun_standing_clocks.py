"""A standing sentence whose subject is a pronoun for the event the sentence before names (session 27,
ev27a; a leftover seen on a real church page): "Our coffee mornings are a chance to meet neighbours.
They are held in the Church Hall from 10am to 12 noon." ... "Future dates are Wednesdays 2 October,
6 November and 4 December 2024." The clock times every listed day of that event, as "Coffee mornings
are held from 10am to 12 noon" would (standing_pronouns). The pronoun must be plural for a plural
event of the same paragraph; a singular event before it, or a paragraph break between, times nothing.
"""
# Provenance: session 27, ev27a (our own page, after a real parish page's wording).

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PAGE = """St Aidan's Church

Community Coffee Mornings

Our coffee mornings are a chance to meet neighbours over tea and cake. {second}

Future dates are Wednesdays 2 October, 6 November and 4 December 2024.
"""


def _starts(text: str) -> list[object]:
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2024, 9, 10)))
    return sorted(e.start for e in result.events)


def test_a_pronoun_for_the_event_before_times_its_listed_days():
    starts = _starts(PAGE.format(second="They are held in the Church Hall from 10am to 12 noon."))
    assert starts == [datetime(2024, 10, 2, 10), datetime(2024, 11, 6, 10), datetime(2024, 12, 4, 10)]


def test_the_same_clock_with_the_event_named_times_them_too():
    starts = _starts(PAGE.format(second="Coffee mornings are held in the Church Hall from 10am to 12 noon."))
    assert starts == [datetime(2024, 10, 2, 10), datetime(2024, 11, 6, 10), datetime(2024, 12, 4, 10)]


def test_a_paragraph_break_cuts_the_pronoun_off():
    text = PAGE.format(second="\n\nThey are held in the Church Hall from 10am to 12 noon.")
    assert _starts(text) == [date(2024, 10, 2), date(2024, 11, 6), date(2024, 12, 4)]


def test_a_singular_event_before_is_no_antecedent_of_they():
    text = PAGE.replace("Our coffee mornings are a chance", "Our coffee morning is a chance").format(
        second="They are held in the Church Hall from 10am to 12 noon.")
    assert _starts(text) == [date(2024, 10, 2), date(2024, 11, 6), date(2024, 12, 4)]
