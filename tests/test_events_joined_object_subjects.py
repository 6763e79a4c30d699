"""A stated schedule's subject whose link's object joins two words ("The annual ban on hunting and
trapping will commence on ...", "The review of pay and conditions will begin on ..."): the joiner is
inside the subject, which names the ban or the review, not the last of the joined words. A joiner
before an article still opens a new clause ("... on hunting and the festival will start ...")."""

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

ISSUED = date(2031, 6, 2)


def _titles(body: str) -> list[str]:
    doc = Document(path="notice.txt", text="Council notes\n\n" + body + "\n", title=None, published=ISSUED)
    return sorted(e.title for e in process_document(doc, Options(today=ISSUED)).events)


def test_a_ban_on_two_joined_activities() -> None:
    assert _titles("The annual ban on hunting and trapping within the northern forest will commence on "
                   "Monday, May 11.") == ["Annual ban on hunting and trapping within the northern forest commences"]


def test_a_review_of_two_joined_topics() -> None:
    assert _titles("The review of pay and conditions will begin on Monday, May 11.") == [
        "Review of pay and conditions begins"]


def test_a_joiner_before_an_article_opens_a_new_clause() -> None:
    assert _titles("The ban on hunting and the festival will start on Monday, May 11.") == ["Festival"]
