"""A pastor's or a head teacher's letter stamped on its opening line with the writer and a day of
figures ("From Fr. Michael 3-4-2027", "A message from Principal Ortiz 10/9/2026") is dated by that
stamp, as a byline is. Which number comes first the page shows by where it is: a page that names an
American town in its heading, writes an American zone ("7pm EST") or an American address reads
"3-4-2027" month first (4 March is no reading there); a British page keeps the day first."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.numeric_order import day_first_in

TODAY = date(2028, 2, 1)


def _result(text: str, day_first: bool = True):
    return process_document(Document("letter.txt", text), Options(today=TODAY, day_first=day_first))


def test_an_american_town_in_the_heading_reads_the_figures_month_first():
    text = "Holy Cross Parish - Royal Oak\n\nPastor's letter 3-4-2027\n\nThe Lenten fish fry returns this year.\n"
    assert day_first_in(text, True) is False


def test_an_american_zone_reads_the_figures_month_first():
    text = "Club news 3/4/2027\n\nThe board call is at 7pm EST on the first Thursday.\n"
    assert day_first_in(text, True) is False


def test_a_british_page_keeps_the_day_first_even_in_a_month_first_build():
    text = "Village Hall news 3/4/2027\n\nTickets £5 at the door; the quiz starts at 7.30pm.\n"
    assert day_first_in(text, False) is True


def test_a_page_with_nothing_to_show_keeps_the_builds_order():
    text = "Club news 3/4/2027\n\nThe quiz starts at 7.30pm.\n"
    assert day_first_in(text, True) is True and day_first_in(text, False) is False


def test_a_figure_the_page_shows_day_first_outweighs_the_country():
    text = "Holy Cross Parish - Royal Oak\n\nLetter 3-4-2027\n\nThe retreat closes on 22/04/2027.\n"
    assert day_first_in(text, True) is True


def test_a_letters_stamp_with_its_writer_dates_the_page():
    text = ("Holy Cross Parish - Royal Oak\n"
            "Home   Mass Times   Contact\n\n"
            "From Fr. Michael 10-8-2027\n\n"
            "I know October has only just begun, but our parish mission will be held on the evenings "
            "of November 14th to 16th, and I hope you will come.\n")
    result = _result(text)
    assert result.reference.value == date(2027, 10, 8)
    assert not result.reference.inferred
    assert [e.start.isoformat()[:10] for e in result.events] == ["2027-11-14"]


def test_a_from_line_with_no_writer_is_no_byline():
    text = "Summer Reading Club\n\nFrom 10 July 2027 every Saturday at 10am, stories and crafts.\n"
    assert _result(text).reference.inferred
