"""The review report (Markdown and HTML) and the source pages."""

from __future__ import annotations

import re
from datetime import date
from html import unescape
from html.parser import HTMLParser

from calfeed.feeds.links import anchor_id
from calfeed.model import BuildResult, Document, DocumentResult, Event, ReferenceDate, SourceRef, Timex, Unresolved
from calfeed.report import render_html, render_markdown, render_source_page
from calfeed.report.facts import split_highlight
from test_feeds_samples import build_result, notice_result, seed_result


class Collector(HTMLParser):
    """Collects ids, hrefs, tags and text, and checks that every opened element is closed."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    collector.close()
    assert collector.stack == []
    return collector


def test_markdown_counts_and_sections():
    md = render_markdown(build_result())
    assert md.startswith("# calfeed review report\n")
    assert "| Documents read | 2 |" in md
    assert "| Events | 8 (6 exact, 2 approximate) |" in md
    assert "| Deadlines | 1 |" in md and "| Unresolved expressions | 1 |" in md and "| Skipped files | 1 |" in md
    for heading in ["## Events", "## Approximate events", "## Documents", "## Skipped files"]:
        assert heading in md
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_markdown_reference_date_and_approximate_window():
    md = render_markdown(build_result())
    assert "2011-06-23 (inferred)" in md and "possible range 2011-06-23 to 2011-12-07" in md
    approx = md.split("## Approximate events", 1)[1].split("## Documents", 1)[0]
    assert "Window: 2011-06-23 to 2011-12-31" in approx
    assert "inferred document date" in approx
    assert "in Vienna **later this year**." in approx


def test_markdown_unresolved_is_bold_with_reason_and_link():
    md = render_markdown(build_result())
    line = next(l for l in md.splitlines() if "**the 31st**" in l)
    assert "day of month without a month" in line and "#:~:text=" in line
    assert "scan.txt: looks like a binary file" in md


def test_markdown_escapes_document_text():
    md = render_markdown(build_result())
    assert "Jury meeting, Brussels; final \\| round" in md
    assert "Cities \\& Rivers \\<call\\>" in md
    for row in [l for l in md.splitlines() if l.startswith("| 20")]:
        unescaped = re.sub(r"\\\|", "", row)
        assert unescaped.count("|") == 6, row


def test_html_is_well_formed_escaped_and_self_contained():
    html = render_html(build_result())
    collected = parse(html)
    assert "script" not in collected.tags and "link" not in collected.tags and "img" not in collected.tags
    assert "<style>" in html
    assert "Cities &amp; Rivers &lt;call&gt;" in html and "<call>" not in html
    assert '<mark class="unresolved">the 31st</mark>' in html
    assert '<mark class="event">later this year</mark>' in html
    text = "".join(collected.text)
    assert "8 (6 exact, 2 approximate)" in text and "2011-06-23 (inferred)" in text
    assert "scan.txt" in text


def test_reports_are_deterministic():
    assert render_html(build_result()) == render_html(build_result())
    assert render_markdown(build_result()) == render_markdown(build_result())


def test_source_page_anchors_every_expression_and_links_events():
    result = seed_result()
    html = render_source_page(result)
    collected = parse(html)
    for event in result.events:
        for source in event.sources:
            assert anchor_id(source.start, source.end) in collected.ids
            assert "#" + anchor_id(source.start, source.end) in collected.hrefs
    assert {"e1", "e2", "e3"} <= set(collected.ids) and {"#e1", "#e2", "#e3"} <= set(collected.hrefs)
    # the page text is the document text, nothing lost or added inside the document block
    doc_html = html.split('<div class="doc">', 1)[1].split("</div>", 1)[0]
    plain = re.sub(r"<sup>.*?</sup>", "", doc_html)
    plain = re.sub(r"<[^>]{1,300}>", "", plain)
    assert unescape(plain) == result.document.text


def test_source_page_handles_overlapping_expressions_and_escapes():
    text = "Meet <b> on 3 May 2012 & 4 May 2012."
    doc = Document("o.txt", text)
    whole = (text.index("3 May"), text.index(" 2012.") + 5)
    inner = (text.index("4 May"), text.index("4 May") + 10)
    timexes = [Timex(whole[0], whole[1], text[whole[0]:whole[1]], "DATE", "2012-05-03/2012-05-04"),
               Timex(inner[0], inner[1], text[inner[0]:inner[1]], "DATE", "2012-05-04")]
    event = Event("e@t", "Meet", "meeting", date(2012, 5, 4), None, True, "exact",
                  sources=[SourceRef("o.txt", "", text[inner[0]:inner[1]], text, inner[0], inner[1])])
    unresolved = [Unresolved("o.txt", "bogus", text, 500, 510, "out of range offsets are ignored")]
    page = render_source_page(DocumentResult(doc, ReferenceDate(None, True, "no dates"), timexes, [event], unresolved))
    collected = parse(page)
    assert anchor_id(*whole) in collected.ids and anchor_id(*inner) in collected.ids
    assert "Meet &lt;b&gt; on" in page


def test_highlight_falls_back_when_offsets_do_not_fit():
    assert split_highlight("On 3 May we meet.", 0, 3, 8, "3 May") == ("On ", "3 May", " we meet.")
    assert split_highlight("On 3 May we meet.", 100, 50, 55, "3 May") == ("On ", "3 May", " we meet.")
    assert split_highlight("Nothing here.", 0, 0, 5, "3 May") == ("Nothing here. ", "3 May", "")
    assert split_highlight("On\n3 May\nwe meet.", 0, 3, 8, "3 May") == ("On ", "3 May", " we meet.")


def test_empty_build_still_reports():
    empty = BuildResult([], [])
    assert "No events were found." in render_markdown(empty)
    parse(render_html(empty))


def test_notice_source_page_marks_unresolved():
    html = render_source_page(notice_result())
    assert 'class="unresolved" title="day of month without a month">the 31st</mark>' in html
