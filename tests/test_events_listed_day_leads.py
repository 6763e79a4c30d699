"""A list of meeting days under a heading and a lead that states their clock, as scraped pages
write them: the lead may have lost its full stop, its verb may lack the auxiliary ("Meetings
held at ..."), and the heading may name the body with "of" ("Board of Health Meeting Dates")."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str):
    result = process_document(Document(path="p.txt", text=text), Options(today=date(2026, 1, 10)))
    return sorted(result.events, key=lambda e: str(e.start))


def test_a_lead_without_its_full_stop_still_times_the_listed_days():
    events = _events("Planning Commission Meeting Schedule 2026\n"
                     "Meetings begin at 7:00 PM in Council Chambers unless otherwise posted\n"
                     "- March 4, 2026\n- April 1, 2026\n- May 6, 2026\n")
    assert [str(e.start) for e in events] == ["2026-03-04 19:00:00", "2026-04-01 19:00:00", "2026-05-06 19:00:00"]
    assert all(e.title == "Planning Commission Meeting" for e in events)


def test_a_headline_lead_without_its_auxiliary_and_a_body_named_with_of():
    events = _events("Board of Health Meeting Dates 2026\n"
                     "Meetings held at 5:30 PM in the Annex Hearing Room unless otherwise noted\n"
                     "- February 3, 2026\n- March 3, 2026\n- April 7, 2026\n")
    assert [str(e.start) for e in events] == ["2026-02-03 17:30:00", "2026-03-03 17:30:00", "2026-04-07 17:30:00"]
    assert all(e.title == "Board of Health Meeting" for e in events)


def test_a_lead_with_no_clock_and_no_full_stop_is_no_lead():
    events = _events("Board of Health Meeting Dates 2026\n"
                     "Agendas are posted on the website one week ahead\n"
                     "- February 3, 2026\n- March 3, 2026\n- April 7, 2026\n")
    assert not any(e.start.hour if hasattr(e.start, "hour") else 0 for e in events)


def test_a_table_rule_is_read_in_linear_time():
    """A long line that is no rule ("|---" then spaces, spaces then a letter, a run of dashes)
    must fail fast: 40,000 characters take milliseconds, where the patterns that tried every
    split of a run of spaces took about half a minute. The bound is generous on purpose."""
    import time

    from calfeed.events.rule_rows import rule_row
    from calfeed.events.table_rows import _SEPARATOR

    lines = ["|---" + " " * 40_000 + "x", " " * 40_000 + "x", "|---|" + "\t" * 40_000 + "y"]
    began = time.process_time()
    assert not any(rule_row(line) or rule_row(line, 2) for line in lines)
    assert _SEPARATOR.match("-" * 40_000 + "x") is None
    assert time.process_time() - began < 2.0
    assert rule_row("| --- | :---: |", 2) and rule_row("---") and not rule_row("---", 2)
