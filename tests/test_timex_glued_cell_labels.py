"""A flattened table row whose label cell is glued to its first month and whose two date cells are glued to
each other ("PostersMay 12June 9": label | submission | notification). The second day belongs to the next
cell; read across the glue it became "12June" (12 June) and the first cell's month lost its day."""
# Provenance: class 2 of round R49 (an important-dates table copied as text), in wordings of our own; session 36.

from datetime import date

from calfeed.timex import tag


def _values(text: str) -> list[str]:
    return [a.value for a in tag(text, reference=date(2030, 1, 20)) if a.type == "DATE"]


def test_both_days_of_a_row_glued_to_its_label():
    text = ("Track / Submission / Notification\n"
            "PostersMay 12June 9\n"
            "Short talksMarch 3April 28\n"
            "Open dayJanuary 13February 10\n"
            "Large grantsMay 5June 30\n")
    values = _values(text)
    for day in ("2030-05-12", "2030-06-09", "2030-03-03", "2030-04-28", "2031-01-13", "2031-02-10", "2030-05-05",
                "2030-06-30"):
        assert day in values or day.replace("2031", "2030") in values, (day, values)
    assert "2030-06-12" not in values and "2030-04-03" not in values and "2030-06-05" not in values, values


def test_a_capitalised_word_that_is_no_month_opens_no_cell():
    # "Mayor" is no month: nothing after the glued number is read as the next cell's day
    assert _values("Town notesMay 5Mayor's report was read.") in ([], ["2029-05-05"])
