"""An intro sentence that says where and when *all* the page's occasions are held ("All lectures
take place at 8pm in the Corn Exchange") times each programme line below it that a day opens and
the item's own words follow ("Wednesday 9th April 2025 Dr Ann Lee 'Bees of the Fens'"), as it
times bare day lines (intro_clocks). A line of prose a day opens (two sentences) is no row of the
programme, and a row's own clock wins."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_INTRO = ("Fenland Natural History Club\n\nWinter Lectures\n\n"
          "All lectures take place at 8pm in the Corn Exchange, Market Street, Ely. Non-members £3.\n\n")
_ROWS = ("Wednesday 9th April 2025 Dr Ann Lee, Curator of Insects at the County Museum ‘Bees of the Fens’\n\n"
         "Our speaker has studied the solitary bees of the drained fens for twenty years.\n\n"
         "Wednesday 14th May 2025 Prof. Tom Hart ‘Eels: a Slippery History’\n\n"
         "Wednesday 11th June 2025 Mary Cole ‘Reed Cutting Then and Now’\n")


def _starts(text: str) -> dict[str, str]:
    result = process_document(Document(path="p.txt", text=text, published=date(2025, 3, 1)),
                              Options(today=date(2025, 3, 2)))
    return {e.title: str(e.start) for e in result.events}


def test_an_all_quantified_intro_clock_times_each_day_led_programme_line():
    starts = sorted(_starts(_INTRO + _ROWS).values())
    assert starts == ["2025-04-09 20:00:00", "2025-05-14 20:00:00", "2025-06-11 20:00:00"]


def test_a_programme_line_with_its_own_clock_keeps_it():
    rows = _ROWS.replace("Mary Cole ‘Reed", "Mary Cole (note: 7pm start) ‘Reed")
    starts = sorted(_starts(_INTRO + rows).values())
    assert starts == ["2025-04-09 20:00:00", "2025-05-14 20:00:00", "2025-06-11 19:00:00"]


def test_without_all_or_a_schedule_word_the_clock_is_no_page_wide_time():
    intro = _INTRO.replace("All lectures take place at 8pm", "The first lecture starts at 8pm")
    starts = sorted(_starts(intro + _ROWS).values())
    assert "2025-05-14 20:00:00" not in starts and "2025-06-11 20:00:00" not in starts


def test_a_day_opening_a_line_of_prose_is_no_programme_row():
    rows = _ROWS.replace("Wednesday 11th June 2025 Mary Cole ‘Reed Cutting Then and Now’",
                         "Wednesday 11th June 2025 will be our summer outing to Wicken Fen. Members meet at the gate.")
    starts = _starts(_INTRO + rows)
    assert [s for s in starts.values() if s.startswith("2025-06-11")] in ([], ["2025-06-11"])
