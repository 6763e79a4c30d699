"""A village hall's "coffee AM" is its coffee morning written short ("June 12 will be the next
coffee AM, raising funds for the hospice"): the day it names is an entry, as a coffee morning's is."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def test_the_next_coffee_am_is_an_entry():
    text = ("## Hall news\n\nCoffee AM raised £80 for the food bank in May.   June 12 will be the next "
            "coffee AM, raising funds for the hospice.\n")
    result = process_document(Document(path="hall.md", text=text, published=date(2027, 6, 1)),
                              Options(today=date(2027, 6, 1)))
    assert ("2027-06-12", "next coffee am") in [(e.start.isoformat()[:10], e.title.lower()) for e in result.events]
