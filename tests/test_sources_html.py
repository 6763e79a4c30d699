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
