"""A saved page whose elements are never closed nests them thousands deep; the reader once asked
the whole stack of open elements, at every tag and every run of text, whether it stood in a
table's cell or a footer ("<div><span>" repeated: 19.1x the time for 4x the page, 0.20 s ->
3.8 s; now 4.3x, 0.026 s -> 0.110 s). Each open element now carries what it stands in, and
whether a byline's class stands over it (each <time> of a deep page once asked the whole stack:
12.9x); and the reader counts the open elements of each tag, so an end tag that closes nothing is
known for one without a walk down the stack ("</p>" after thousands of unclosed "<div>": 11.9x)."""

from __future__ import annotations

import gc
import time

import pytest

from calfeed.sources import parse_document


def _unclosed(size: int) -> bytes:
    return ("<html><body>" + "<div><span>" * (size // 11) + "Meeting on 3 March 2027.</body></html>").encode()


def _stray_ends(size: int) -> bytes:
    return ("<html><body>" + "<div>" * (size // 10) + "</p>" * (size // 10)
            + "Meeting on 3 March 2027.</body></html>").encode()


def _times_deep_inside(size: int) -> bytes:
    times = "".join(f'<time datetime="2027-03-{1 + k % 28:02d}">{1 + k % 28} March</time> ' for k in range(size // 40))
    return ("<html><body>" + "<div>" * (size // 8) + times + "</body></html>").encode()


def _seconds(page: bytes) -> float:
    """Best of three, the garbage collector paused (as test_timex_speed_guard._seconds)."""
    best = float("inf")
    for _ in range(3):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            parse_document(page, "deep.html")
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize("make", [_unclosed, _stray_ends, _times_deep_inside])
def test_four_times_the_nesting_takes_about_four_times_as_long(make):
    _seconds(make(1_000))
    ratio = _seconds(make(80_000)) / max(_seconds(make(20_000)), 1e-3)
    assert ratio < 9, f"{ratio:.1f}x the time for 4x the page"


def test_cells_and_footers_deep_inside_still_read_as_such():
    page = ("<html><body><main><table><tr><td><div><p><span>8 March 2027</span></p></div></td>"
            "<td><div>Informal briefing</div></td></tr></table></main>"
            "<footer><div><p>Updated 2 March 2027</p></div></footer></body></html>").encode()
    doc = parse_document(page, "deep.html")
    assert "| 8 March 2027" in doc.text and "Informal briefing" in doc.text
    assert "Updated" not in doc.text


def test_a_byline_class_over_a_time_still_dates_the_page():
    page = ('<html><body><article><div class="entry-meta"><span class="posted-on"><a href="/x">'
            '<time datetime="2027-03-02T09:00:00+00:00">2 March 2027</time></a></span></div>'
            '<p>Meeting on <time datetime="2027-03-08">8 March</time>.</p></article></body></html>').encode()
    assert parse_document(page, "byline.html").published.isoformat() == "2027-03-02"
    page = ('<html><body><article><p>Meeting on <time datetime="2027-03-08">8 March</time>.</p>'
            '</article></body></html>').encode()
    assert parse_document(page, "plain.html").published is None


def test_a_stray_end_tag_closes_nothing_and_a_matching_one_closes_what_it_opened():
    page = "<html><body><table><tr><td>8 March 2027</p></td><td>Briefing</td></tr></table><p>After</p></body></html>"
    doc = parse_document(page.encode(), "stray.html")
    assert "| 8 March 2027 | Briefing |" in doc.text and "\nAfter" in doc.text


def _long_footer(size: int) -> bytes:
    return ("<html><body><p>Meeting on 3 March 2027.</p><footer>" + "<p>Link</p><br>" * (size // 15)
            + "</footer></body></html>").encode()


def test_a_long_footer_is_read_in_about_linear_time():
    """A footer's runs of text are kept in a list and joined once: added to a string run by run,
    a site map in the footer was square (1.6 MB: 10.6x the time of 400 KB, 13.8 s; now 3.7x, 3.0 s)."""
    _seconds(_long_footer(1_000))
    ratio = _seconds(_long_footer(1_200_000)) / max(_seconds(_long_footer(300_000)), 1e-3)
    assert ratio < 7, f"{ratio:.1f}x the time for 4x the footer"
