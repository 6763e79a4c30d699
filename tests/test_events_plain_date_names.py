"""A quoted name titles a plain day only after a naming cue or when
it holds an event noun (else the day is named only weakly, for a person to check); a run of days is
keyed by its start day like a whole day; and the list marks that part a name from another item's day.
Probes in our own wording."""
# Provenance: Review 15 (events), plain_dates.

from __future__ import annotations

from datetime import date

from calfeed.events.plain_dates import WEAK_NOTE
from calfeed.model import Document
from calfeed.pipeline import Options, process_document

BUILD_DAY = date(2026, 11, 30)


def _run(text: str, **fields):
    return process_document(Document("page.md", text, **fields), Options(today=BUILD_DAY))


def _on(result, day: str):
    return [e for e in result.events if str(e.start).startswith(day)]


def test_a_quoted_book_ship_or_storm_name_is_no_confident_title():
    for sentence, name in (
            ("Mrs Okafor, who wrote \"The Quiet Orchard Road\", celebrates her 70th birthday on 18 June.",
             "The Quiet Orchard Road"),
            ("The research vessel 'RRS Northern Light' berths at the quay on 18 June.", "RRS Northern Light"),
            ("Forecasters say the gale, known as 'The Big Blow', will hit the harbour on 18 June.", "The Big Blow")):
        result = _run("Harbour news\n\n" + sentence + "\n", published=date(2031, 3, 1))
        confident = [e for e in _on(result, "2031-06-18")
                     if e.title == name and not any(WEAK_NOTE in note for note in e.notes)]
        assert not confident, (sentence, [(e.title, e.notes) for e in result.events])


def test_a_quoted_name_after_a_naming_cue_or_holding_an_event_noun_still_titles_the_day():
    for sentence, name in (
            ("Sunday 8 June is the day the street has chosen for 'The Elm Road Get Together', so save it.",
             "The Elm Road Get Together"),
            ("Come along on 8 June to 'The Meadow Summer Fair' by the pond.", "The Meadow Summer Fair")):
        result = _run("Street news\n\n" + sentence + "\n", published=date(2031, 3, 1))
        got = _on(result, "2031-06-08")
        assert [e.title for e in got] == [name], (sentence, [(e.title, e.notes) for e in result.events])
        assert not any(WEAK_NOTE in note for note in got[0].notes), got[0].notes


def test_a_plain_day_under_a_range_starting_that_day_is_read_like_one_under_a_whole_day():
    """A plain day whose day opens another entry's run of days is that entry's day, as it is when the
    other entry holds the day whole: keys treat both the same."""
    from calfeed.events.plain_dates import _day_key
    from calfeed.timex import tag
    for timexes in (tag("from 3 to 5 June 2031", date(2031, 3, 1)), tag("3 June 2031", date(2031, 3, 1))):
        day = next(t for t in timexes if t.interval is not None)
        assert _day_key(day) == (date(2031, 6, 3),), (day, _day_key(day))


def test_a_name_across_a_list_mark_belongs_to_the_other_item():
    text = ("Diary\n\n"
            "Coming up: Bluebell rambles; Harbour Lights Parade, 12/7 at the quay.\n")
    result = _run(text, published=date(2031, 3, 1))
    assert not any(e.title.startswith("Bluebell") for e in result.events), [(e.title, str(e.start)) for e in result.events]


def test_an_available_daily_offer_gives_no_title_ending_in_available():
    text = "Library\n\nDrop-in sessions are available daily from 9am until 16 June.\n"
    result = _run(text, published=date(2031, 3, 1))
    assert not any(e.title.lower().endswith("available") for e in result.events), [e.title for e in result.events]
