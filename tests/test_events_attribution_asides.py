"""A source set off by commas between a subject and its verb ("The second term, according to the
revised timetable, will kick off on 14 April") is an aside: the subject before it still states
its schedule, as it does without the aside (attributions.before_attribution_aside, stated_schedules)."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PUBLISHED = date(2031, 2, 19)


def _entries(text: str) -> list[tuple[str, str]]:
    result = process_document(Document(path="p.txt", text=text, published=PUBLISHED), Options(today=PUBLISHED))
    return sorted((e.start.isoformat()[:10], e.title) for e in result.events)


def test_an_attribution_between_subject_and_verb_leaves_the_subject_its_schedule():
    text = "School news.\nThe second term, according to the revised timetable, will kick off on 14 April 2031.\n"
    assert _entries(text) == [("2031-04-14", "Second term kicks off")]


def test_the_aside_gives_what_the_sentence_gives_without_it():
    aside = "School news.\nThe evening classes, as set out in the Kelby plan, will begin on 5 May 2031.\n"
    plain = "School news.\nThe evening classes will begin on 5 May 2031.\n"
    assert _entries(aside) == _entries(plain) != []


def test_an_aside_with_a_number_is_no_attribution():
    text = "School news.\nThe second term, according to rule 7, was set to start on 14 April 2031.\n"
    assert _entries(text) == []
