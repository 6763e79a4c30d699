"""A community sale named by what is sold ("Plant sale", "Rummage sale", "Cake sale") is an
occasion, as a bake sale or a jumble sale is (ev28b: "Plant sale — Saturday 1 May, 10am-12noon"
under a "One-off events" heading was titled by the heading, and alone was a tentative entry)."""
# Provenance: session 28, ev28b; a village hall's listing written for this test.

from datetime import date, datetime

import pytest

from events_helpers import tagged_events


@pytest.mark.parametrize("name", ["Plant sale", "Rummage sale", "Cake sale", "Yard sale"])
def test_a_sale_under_a_listing_heading_is_named_by_its_line(name):
    text = f"One-off events\n\n{name} — Saturday 1 May, 10am-12noon.\n"
    [event] = tagged_events(text, published=date(2027, 1, 8))
    assert (event.title, event.start, event.precision) == (name, datetime(2027, 5, 1, 10, 0), "exact")


def test_a_sale_of_something_is_still_no_occasion():
    assert tagged_events("The sale of the old school was completed on 3 March.\n", published=date(2027, 4, 1)) == []
