"""A year-less slashed day read as a date shows a document's order."""
# Provenance: Red team 6a, tagger.

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.numeric_order import day_first_in


def test_a_yearless_day_read_as_a_date_shows_the_order():
    text = "Tickets go on sale on 2/15. The inaugural lecture will be given on 3/4 at 4 p.m. in Ann Arbor."
    assert day_first_in(text, default=True) is False
    assert day_first_in("Tickets become available 2/15. At 4 p.m. 3/4 in Rackham.", default=True) is False
    assert day_first_in("Renewals open on 22/2. The lecture is on 3/4.", default=False) is True


def test_a_fraction_or_a_score_shows_nothing():
    assert day_first_in("Use a 3/16 inch bolt. The lecture will be given on 3/4.", default=True) is True
    assert day_first_in("They won 21/7 at home. The lecture will be given on 3/4.", default=False) is False


def test_the_document_reads_its_ambiguous_day_in_that_order():
    doc = Document("flyer.txt", "Tickets go on sale on 2/15. The inaugural lecture will be given on 3/4 at "
                   "4 p.m. in Ann Arbor.", published=date(2027, 2, 1))
    values = sorted(t.value for t in process_document(doc, Options(day_first=True)).timexes)
    assert values == ["2027-02-15", "2027-03-04T16:00"]
