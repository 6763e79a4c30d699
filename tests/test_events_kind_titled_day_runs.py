"""A programme written as a heading of a kind and a title ("Film Night: ..."), a line holding only
its days ("Oct. 4, 11 and 18") and a blurb, item after item: each day is an entry named by the
heading over its line (plain_dates.heading_above with kind_titled), and the day lines are read
down the page as one list (timex.date_line_runs), so a later item does not fall back into the
months before the page when its days, read alone, would be nearer there."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_PROGRAMME = ("Dome evenings at Wrenfield Academy\n\n"
              "Winter Dome Show: Moons of the Giants\n\n"
              "Dec. 4, 11, 12 and 18\n\n"
              "A tour of the moons around the outer planets, with a look at the rings and the ice beneath them.\n\n"
              "Spring Dome Show: Lights in the North\n\n"
              "March 5, 12, and 13\n\n"
              "Why do the skies glow green? The program follows the solar wind from the sun to the poles "
              "and asks how the northern summer changes what we see.\n\n"
              "Summer Dome Show: A Fox on the Comet\n\n"
              "Aug. 6, 7 & 13\n\n"
              "A fox stows away on a probe bound for a comet. A family program for all ages.\n")


def _entries(text: str, published: date) -> list[tuple[str, str]]:
    doc = Document(path="p.txt", text=text, title="Wrenfield Academy opens its dome to the public",
                   published=published)
    return sorted((str(e.start), e.title) for e in process_document(doc, Options(today=date(2026, 12, 3))).events)


def test_each_day_of_a_run_is_an_entry_named_by_its_kind_and_title_heading():
    entries = _entries(_PROGRAMME, date(2026, 10, 30))
    winter = "Winter Dome Show: Moons of the Giants"
    spring = "Spring Dome Show: Lights in the North"
    summer = "Summer Dome Show: A Fox on the Comet"
    assert entries == [("2026-12-04", winter), ("2026-12-11", winter), ("2026-12-12", winter),
                       ("2026-12-18", winter), ("2027-03-05", spring), ("2027-03-12", spring),
                       ("2027-03-13", spring), ("2027-08-06", summer), ("2027-08-07", summer),
                       ("2027-08-13", summer)]


def test_the_last_item_keeps_the_list_order_though_alone_it_would_fall_before_the_page():
    # read alone, "Aug. 6" from a page of 30 October is the August just gone
    days = [day for day, _ in _entries(_PROGRAMME, date(2026, 10, 30))]
    assert "2026-08-06" not in days and "2027-08-06" in days


def test_a_single_day_line_under_a_kind_and_title_heading():
    text = ("Lantern Lecture: Ships of the Old Harbour\n\n"
            "Nov. 21\n\n"
            "An illustrated talk on the boats that once filled the quay.\n")
    assert _entries(text, date(2026, 10, 30)) == [("2026-11-21", "Lantern Lecture: Ships of the Old Harbour")]


def test_a_heading_whose_words_before_the_colon_name_no_occasion_names_nothing():
    text = ("Main hall: Wrenfield Academy\n\n"
            "Nov. 21 and 28\n\n"
            "Please use the side door after six.\n")
    titles = {title for _, title in _entries(text, date(2026, 10, 30))}
    assert "Main hall: Wrenfield Academy" not in titles
