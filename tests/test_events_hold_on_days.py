"""'Hold' with no object says an occasion is held, as West African English writes it: "Ogunbola
(blessing of the river) holds on September 4", "The Canoe Derby will hold on September 6": the
subject is the event and names the day, not a word of the sentence before. The pages are my own."""

from __future__ import annotations

from events_helpers import titles_by_start

PUBLISHED = "2029-08-01"

_PAGE = ("The river week draws visitors from four states. Organisers have set out the week. Ogunbola "
         "(blessing of the river) holds on September 4. The farmers' forum is slated for September 5. "
         "The Canoe Derby will hold on September 6 at the lagoon.")


def test_a_rite_that_holds_on_a_day_is_its_entry():
    assert titles_by_start(_PAGE, PUBLISHED)["2029-09-04"] == {"Ogunbola"}


def test_a_named_race_that_will_hold_on_a_day():
    days = titles_by_start(_PAGE, PUBLISHED)
    assert days["2029-09-06"] == {"Canoe Derby"}
    assert days["2029-09-05"] == {"Farmers' forum"}
