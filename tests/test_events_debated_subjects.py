"""A subject "will be debated" on a day is a debate of that subject: "The parking by-law will be
debated in the chamber tomorrow (Tuesday 9th March)" is an entry, though the sentence holds no
event noun."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_NEWS = ("Parking changes: what drivers should know\n\n"
         "The parking by-law, posted on the council's site, will be debated in the chamber tomorrow "
         "(Tuesday 9th March) and would apply from the 1st April.\n")


def _events():
    result = process_document(Document(path="p.md", text=_NEWS, published=date(2027, 3, 8)),
                              Options(today=date(2027, 3, 8)))
    return [e for e in result.events if str(e.start)[:10] == "2027-03-09"]


def test_the_debate_of_the_subject_is_an_entry():
    events = _events()
    assert len(events) == 1 and "debate" in events[0].title.lower() and "by-law" in events[0].title.lower()
