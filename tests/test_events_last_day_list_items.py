"""A bullet of a bare dated list worded as a deadline ("- Tuesday, March 9: Last day to drop a
course ...") is a deadline: the reader has to act by that day. The other bullets of such a list
stay steps of the calendar ("Classes begin"), and "Last day of classes" only ends the teaching
period."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

_LIST = ("Term Dates\nSpring Block B 2027\nMarch\n"
         "- Monday, March 8: Classes begin\n"
         "- Tuesday, March 9: Last day to drop a course or leave the College without a grade\n"
         "- Friday, March 19: Last day to drop a course or leave the College without final marks\n"
         "- Friday, April 2: Last day of classes\n")


def _kinds() -> dict[str, str]:
    result = process_document(Document(path="p.md", text=_LIST, published=date(2027, 1, 11)),
                              Options(today=date(2027, 1, 12)))
    return {str(e.start)[:10]: e.kind for e in result.events}


def test_a_last_day_to_act_bullet_is_a_deadline():
    kinds = _kinds()
    assert kinds["2027-03-09"] == "deadline" and kinds["2027-03-19"] == "deadline"


def test_other_bullets_of_the_list_are_no_deadlines():
    kinds = _kinds()
    assert kinds["2027-03-08"] != "deadline" and kinds["2027-04-02"] != "deadline"
