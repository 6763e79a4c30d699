"""An issue whose title sets its noun between the period and the year ("Spring Newsletter 2027",
"Summer Newsletter 2026") is dated within that period, as "Spring 2027 Newsletter" is (ev28b; a
leftover seen on a real page, dated eight weeks before its first day as a year's edition, so
"the carol singing in December" it thanks people for became next December's). A title with no
period word ("Newsletter 2027", "Annual Report 2026") keeps its year's reading."""
# Provenance: session 28, ev28b; residents' and allotment newsletters written in the shape of real ones.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = Options(today=date(2026, 12, 2))


def _read(text: str):
    return process_document(Document("issue.txt", text), TODAY)


def test_a_season_before_the_issue_noun_and_year_dates_the_issue_in_that_season():
    result = _read("Oakfield Residents' Association\nSpring Newsletter 2027\n\n"
                   "Our spring litter pick is on Saturday 20 March, meeting at the shops at 10am.\n"
                   "Thanks to everyone who came to the carol singing in December.\n")
    assert result.reference.value == date(2027, 3, 1)
    assert [(e.title, e.start.date()) for e in result.events] == [("Spring litter pick", date(2027, 3, 20))]


def test_a_title_without_a_period_word_keeps_the_year_reading():
    result = _read("Oakfield Residents' Association\nNewsletter 2027\n\n"
                   "Our spring litter pick is on Saturday 20 March, meeting at the shops at 10am.\n")
    assert result.reference.value != date(2027, 3, 1)
