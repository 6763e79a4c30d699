"""A post about one event whose only day stands on a bare line under its paragraphs ("14 October,
from 18.30, Birgu") tells that event's day there, as a bare date line among the opening lines does
(mentions.heading_dates with ``lone``, mentions.page_days). Session 53, R66 class 5 (page 06's
shape), in words of our own: on the parent the line gave no entry once it stood below the opening
lines, and the report called it an event the reader missed."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

TODAY = date(2023, 9, 1)


def _entries(body: str, published: date | None = None) -> list[tuple[str, str]]:
    doc = Document(path="post.md", text=body, title="Harbour Lanterns 2023", published=published)
    return sorted((str(e.start), e.title) for e in process_document(doc, Options(today=TODAY)).events)


POST = ("Harbour Lanterns 2023\n\n"
        " Harbour Lanterns is a yearly night of paper lanterns along the quay, with bands and food stalls.\n\n"
        " Churches and small museums keep their doors open for visitors until late.\n\n"
        " Bars along the water stay open late into the night, and extra benches go up on the squares.\n\n"
        " 14 October, from 18.30, Birgu\n\n\n"
        "Popular Posts\n")


def test_a_posts_only_day_on_a_bare_line_below_its_paragraphs_names_the_posts_event() -> None:
    assert _entries(POST) == [("2023-10-14 18:30:00", "Harbour Lanterns 2023")]
    assert _entries(POST, published=date(2023, 9, 20)) == [("2023-10-14 18:30:00", "Harbour Lanterns 2023")]


def test_a_bare_line_is_no_posts_day_when_the_page_writes_other_days() -> None:
    # two days on the page: which one the post is about, the bare line alone does not tell
    two = POST.replace(" Bars along", " The fireworks of 21 October close the season. Bars along")
    assert ("2023-10-14 18:30:00", "Harbour Lanterns 2023") not in _entries(two)
