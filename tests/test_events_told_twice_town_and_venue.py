"""One event told by a headline at its venue and by a sentence in its town that names the venue
too ("Craft Fair to be held in Kelvin University on Monday" over "... is organising a craft fair
in Harbourtown in association with the Students' Union, Kelvin University on September 27,
2027 ... will start at 10 AM"): one entry, the timed one. Two places that no sentence names
together stay two events (told_twice._places_told_together)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str) -> list[tuple[str, str]]:
    result = process_document(Document(path="p.txt", text=text, published=date(2027, 9, 24)),
                              Options(today=date(2027, 9, 24)))
    return sorted((e.start.isoformat()[:16], e.title) for e in result.events)


def test_a_headline_at_the_venue_and_a_sentence_in_the_town_naming_it_are_one_event():
    text = ("Craft Fair to be held in Kelvin University on Monday\n\n"
            "Harbourtown: The Makers Guild is organising a Craft Fair in Harbourtown in association with the "
            "Students' Union, Kelvin University on September 27, 2027. The Craft Fair will be held at "
            "Gandhi Hall and will start at 10 AM.\n")
    assert _entries(text) == [("2027-09-27T10:00", "Craft Fair")]


def test_a_town_whose_sentence_never_names_the_headlines_venue_stays_apart():
    text = ("Craft Fair to be held in Kelvin University on Monday\n\n"
            "Harbourtown: The Makers Guild is organising a Craft Fair in Harbourtown on September 27, 2027. "
            "The Craft Fair will be held at Gandhi Hall and will start at 10 AM.\n")
    assert _entries(text) == [("2027-09-27", "Craft Fair"), ("2027-09-27T10:00", "Craft Fair")]
