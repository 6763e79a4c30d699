"""Saved web pages read as documents: their text, and the metadata their markup gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from calfeed.html_pages import read_page
from calfeed.sources import SourceError, parse_document, read_document

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council to hold budget hearing | City of Springfield</title>
<meta property="og:title" content="Council to hold budget hearing">
<meta property="article:published_time" content="2026-03-03T10:15:00+01:00">
<link rel="canonical" href="https://example.org/news/budget-hearing">
<script>var published = "1 January 1999";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/events">Events on 5 May 2026</a></nav>
<main>
<h1>Council to hold budget hearing</h1>
<p>The city council will hold a public hearing on the
   budget on <b>14 April</b> at City&nbsp;Hall.</p>
<ul><li>Written comments are due by 7 April.</li><li>The vote follows on 21 April.</li></ul>
</main>
<aside>Related: Festival returns on 3 June 2026</aside>
<footer>&copy; 2026 City of Springfield</footer>
</body></html>
"""


def test_a_page_gives_its_main_text_in_paragraphs_and_lines():
    page = read_page(PAGE)
    assert page.text == ("# Council to hold budget hearing\n\n"
                         "The city council will hold a public hearing on the budget on 14 April at City Hall.\n\n"
                         "- Written comments are due by 7 April.\n- The vote follows on 21 April.\n")


def test_menus_sidebars_footers_and_scripts_are_not_text():
    text = read_page(PAGE).text
    for other in ("5 May 2026", "3 June 2026", "1999", "©"):
        assert other not in text


def test_a_page_without_a_main_element_gives_its_whole_body():
    page = read_page("<html><body><div>Open day on <i>4 May</i>.</div><p>All welcome.</p></body></html>")
    assert page.text == "Open day on 4 May.\n\nAll welcome.\n"


def test_markup_metadata_fills_the_documents_fields():
    doc = parse_document(PAGE.encode(), "news/hearing.html")
    assert doc.title == "Council to hold budget hearing"
    assert doc.url == "https://example.org/news/budget-hearing"
    assert doc.published == date(2026, 3, 3)
    assert doc.published_from == "page metadata article:published_time"


def test_other_publication_date_markup_is_read_and_an_unreadable_one_left_out():
    schema = '<html><body><article><time itemprop="datePublished" datetime="2026-02-01">1 Feb</time><p>Text.</p></article></body></html>'
    assert parse_document(schema.encode(), "a.html").published == date(2026, 2, 1)
    named = '<html><head><meta name="date" content="March 3, 2026"></head><body><p>Text.</p></body></html>'
    assert parse_document(named.encode(), "a.html").published == date(2026, 3, 3)
    junk = '<html><head><meta name="date" content="soon"></head><body><p>Text.</p></body></html>'
    assert parse_document(junk.encode(), "a.html").published is None


def test_a_page_in_its_declared_charset_is_decoded_and_a_wrong_one_named():
    latin = '<html><head><meta charset="iso-8859-1"></head><body><p>Réunion le 3 mai.</p></body></html>'
    assert "Réunion" in parse_document(latin.encode("latin-1"), "a.html").text
    with pytest.raises(SourceError, match=r"a\.html: is not valid UTF-8"):
        parse_document(latin.replace("iso-8859-1", "utf-8").encode("latin-1"), "a.html")
    with pytest.raises(SourceError, match="unknown character set"):
        parse_document(b'<html><head><meta charset="klingon"></head><body>x</body></html>', "a.html")


def test_a_page_with_no_text_is_named_as_such():
    with pytest.raises(SourceError, match="b.html: is a web page with no readable text"):
        parse_document(b"<html><head><title>x</title></head><body><script>1</script></body></html>", "b.html")


def test_a_saved_page_goes_through_the_pipeline(tmp_path: Path):
    from calfeed.pipeline import build

    (tmp_path / "hearing.html").write_text(PAGE, encoding="utf-8")
    result = build([tmp_path])
    (document,) = result.documents
    assert document.reference.value == date(2026, 3, 3) and not document.reference.inferred
    starts = sorted(str(e.start) for e in result.events)
    assert "2026-04-14" in starts and not any("2026-05-05" in s or "2026-06-03" in s for s in starts)
    assert read_document(tmp_path / "hearing.html", tmp_path).path == "hearing.html"


def test_pages_an_earlier_build_wrote_are_not_read_back_as_documents(tmp_path: Path):
    from calfeed.pipeline import build, write_outputs
    from calfeed.sources import find_documents

    (tmp_path / "hearing.html").write_text(PAGE, encoding="utf-8")
    write_outputs(build([tmp_path]), tmp_path / "output")
    assert (tmp_path / "output" / "report.html").exists()
    assert [f.name for f, _ in find_documents([tmp_path])] == ["hearing.html"]


# --- <time datetime> and words glued by sibling markup (red team 8b A8, C5)

def test_sibling_elements_a_browser_sets_apart_get_a_space_where_words_would_glue():
    page = read_page('<ul><li><time datetime="2026-08-02">2026-08-02</time><span>General application</span></li>'
                     '<li><b>Deadline:</b><span>14 May</span></li></ul>'
                     '<p><span>Jan</span><span>uary</span> 14<sup>th</sup>, <b>21</b><sup>st</sup> and '
                     '<a>News</a><a>Events</a> on<time datetime="2026-05-20">20 May</time>.</p>')
    assert page.text == ("- 2026-08-02 General application\n- Deadline: 14 May\n\n"
                         "January 14th, 21st and News Events on 20 May.\n")


def test_a_time_element_keeps_its_datetime_with_the_span_of_its_words():
    page = read_page('<main><p>The lecture is on <time datetime="2024-05-14T18:30"> Tuesday evening </time>'
                     ' in the Main Hall.</p><p><time datetime="2024-05-14"></time>Doors open early.</p></main>')
    assert page.text == "The lecture is on Tuesday evening in the Main Hall.\n\nDoors open early.\n"
    [marked] = page.marked
    assert (page.text[marked.start:marked.end], marked.value) == ("Tuesday evening", "2024-05-14T18:30")


@pytest.mark.parametrize("byline", [
    'Published <time datetime="2024-05-14T09:00:00+01:00">14 May</time> by Jo Smith',
    'Posted on: <time datetime="2024-05-14">Tuesday</time>',
    '<span class="posted-on"><time class="entry-date" datetime="2024-05-14">14 May</time></span>',
    '<time pubdate datetime="2024-05-14">14 May</time>',
])
def test_a_time_element_in_the_byline_dates_the_page_when_its_metadata_does_not(byline: str):
    doc = parse_document(f"<html><body><main><p>{byline}</p><p>The fair is on 3 June.</p></main></body></html>"
                         .encode(), "news/fair.html")
    assert doc.published == date(2024, 5, 14)
    assert doc.published_from == "page metadata <time> in the byline"


def test_a_time_element_of_an_event_does_not_date_the_page():
    doc = parse_document(b'<html><body><p>The fair is on <time datetime="2024-06-03">3 June</time>.</p></body></html>',
                         "news/fair.html")
    assert doc.published is None
    assert doc.marked and doc.marked[0].value == "2024-06-03"


def _entries(html: str) -> list[tuple[str, str, str | None]]:
    from calfeed.pipeline import process_document

    result = process_document(parse_document(html.encode(), "page.html"))
    return [(e.title, e.start.isoformat(), e.tz) for e in result.events]


def test_the_datetime_attribute_fixes_what_the_words_leave_open_or_say_otherwise():
    html = ('<html><head><meta property="article:published_time" content="2027-01-10"></head><body><main>'
            '<p>The open day takes place on <time datetime="2027-03-04T10:00">Thursday at 10:00</time> in Vienna.</p>'
            '<p>The workshop will be held on <time datetime="2028-05-14">14 May</time> at 2pm in Leeds.</p>'
            '<p>The lecture will be held <time datetime="2027-02-09T18:30Z">soon</time>.</p>'
            '</main></body></html>')
    assert _entries(html) == [
        ("Open day", "2027-03-04T10:00:00", "Europe/Vienna"),      # was the next Thursday, 14 January
        ("Workshop", "2028-05-14T14:00:00", "Europe/London"),      # the markup's year, the words' clock
        ("Lecture", "2027-02-09T18:30:00", "UTC"),                 # "soon" is no date: the markup's
    ]


def test_a_marked_value_calfeed_cannot_use_leaves_the_words_alone():
    from calfeed.timex import extract
    from calfeed.model import MarkedDate

    text = "Doors open at 6pm on 14 May."
    plain = [(t.text, t.value) for t in extract(text)]
    odd = (MarkedDate(14, 17, "PT2H"), MarkedDate(21, 27, "2024-13-40"))
    assert [(t.text, t.value) for t in extract(text, marked=odd)] == plain


def test_a_clock_the_words_show_keeps_the_words_zone_and_a_marked_clock_its_offset():
    from calfeed.timex import extract
    from calfeed.model import MarkedDate

    text = "Posted 19 January, 4.45pm by Estates. The lecture is on Tuesday evening."
    marks = (MarkedDate(7, 25, "2027-01-19T16:45:00+00:00"), MarkedDate(56, 71, "2027-01-26T18:30+01:00"))
    found = [(t.text, t.value, t.tz, t.tz_text) for t in extract(text, marked=marks)]
    assert found == [("19 January, 4.45pm", "2027-01-19T16:45", None, None),   # a server's offset does not zone the page
                     ("Tuesday evening", "2027-01-26T18:30", "Etc/GMT-1", "+01:00")]


def test_a_range_or_a_coarser_marked_value_gives_only_the_year():
    from calfeed.timex import extract
    from calfeed.model import MarkedDate

    text = "The fair runs 14-16 May and the sale on 20 May."
    marks = (MarkedDate(14, 23, "2028-05-14"), MarkedDate(40, 46, "2028-05"))
    found = [(t.text, t.raw_value) for t in extract(text, marked=marks)]
    assert [raw.split(";")[0] for _, raw in found] == ["2028-05-14", "2028-05-20"]
    assert "to=2028-05-16" in found[0][1]
