"""The public tagger API, speed on adversarial input, and the TempEval writer."""

from __future__ import annotations

import json
import time
from datetime import date

from calfeed.timex import extract, resolve, tag
from calfeed.timex.evaluation import run_tempeval, timeml_tags

SEED_SENTENCE = ("The meeting was held in Islamabad on 21-22 June 2011. The Group will meet in Vienna "
                 "later this year. The Ministerial Meeting will take place on 8 December 2011.")


def test_extract_leaves_relative_values_underspecified() -> None:
    found = extract("The board will meet on 8 December and again next week.")
    values = [t.value for t in found]
    assert values == ["XXXX-12-08", "REF+P1W;dir=next"]
    assert all(t.value == t.raw_value and t.interval is None for t in found)
    assert found[0].tense == "future"


def test_resolve_fills_intervals_from_reference() -> None:
    text = "The board will meet on 8 December and again next week."
    resolved = resolve(extract(text), text, date(2011, 6, 23))
    assert [t.value for t in resolved] == ["2011-12-08", "2011-W26"]
    assert resolved[0].interval.granularity == "day"
    assert resolved[1].interval.start.date() == date(2011, 6, 27)


def test_seed_sentences() -> None:
    found = tag(SEED_SENTENCE, date(2011, 6, 23))
    assert [t.text for t in found] == ["21-22 June 2011", "later this year", "8 December 2011"]
    first, vague, last = found
    assert first.span.start.date() == date(2011, 6, 21) and first.span.end.date() == date(2011, 6, 23)
    assert vague.approximate and vague.interval.start.date() == date(2011, 6, 23)
    assert vague.interval.end.date() == date(2012, 1, 1)
    assert last.value == "2011-12-08" and not last.approximate


def test_no_reference_keeps_problem_only_for_relative() -> None:
    found = tag(SEED_SENTENCE, None)
    assert found[0].problem is None and found[2].problem is None
    assert found[1].problem == "needs the document's date"


def test_default_zone_for_bare_clock_times() -> None:
    found = tag("Doors open at 18:30 on 3 March 2011.", None, default_tz="Europe/Vienna")
    assert found[0].tz == "Europe/Vienna" and found[0].value == "2011-03-03T18:30"


def test_linear_time_on_adversarial_input() -> None:
    chunk = ("12-12-12-12 1999 2000/ March March May may 31 31 31 the the the "
             "--- 1:1:1:1 in in two two weeks weeks 8th 8th of of December, ")
    text = chunk * (1_000_000 // len(chunk))
    started = time.process_time()
    found = extract(text)
    elapsed = time.process_time() - started
    assert found, "the adversarial text does contain dates"
    assert elapsed < 20, f"{elapsed:.1f}s for {len(text)} characters"


def test_degenerate_repetitions_stay_fast() -> None:
    for text in ("1" * 200_000, "-" * 200_000, "the " * 50_000, "May " * 50_000, "a.m. " * 40_000):
        started = time.process_time()
        extract(text)
        assert time.process_time() - started < 10, text[:10]


def test_run_tempeval_writes_jsonl_and_timeml(tmp_path) -> None:
    docs = tmp_path / "x-docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "dct": "1998-08-07", "text": "Bombs exploded Friday, killing 10."}) + "\n")
    out = tmp_path / "out.jsonl"
    assert run_tempeval(docs, out) == 1
    line = json.loads(out.read_text().splitlines()[0])
    assert line == {"id": "d1", "start": 15, "end": 21, "text": "Friday", "type": "DATE", "value": "1998-08-07"}
    folder = tmp_path / "tml"
    assert run_tempeval(docs, folder, fmt="timeml") == 1
    tml = (folder / "d1.tml").read_text()
    assert '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>' in tml


def test_timeml_reading_of_vague_spans() -> None:
    text = "Prices rose in recent months and may fall over the next few days."
    found = {t.text: (t.type, t.value) for t in timeml_tags(text, "1998-02-13")}
    assert found["recent months"] == ("DURATION", "PXM")
    assert found["the next few days"] == ("DURATION", "PXD")
    calfeed_view = {t.text: t.value for t in tag(text, date(1998, 2, 13))}
    assert calfeed_view["recent months"] == "PAST_REF"
    assert calfeed_view["the next few days"] == "FUTURE_REF"


def test_timeml_reads_recent_years_as_a_past_date() -> None:
    """TimeBank tags "recent years" DATE PAST_REF three times to DURATION PXY once (and DATE PXY
    once), unlike "recent months" (DURATION PXM twice): TimeML's reading is calfeed's there."""
    found = {t.text: (t.type, t.value) for t in timeml_tags("Our sales grew in recent years.", "1989-10-26")}
    assert found["recent years"] == ("DATE", "PAST_REF")


def test_timeml_spans_keep_earlier_and_nearly() -> None:
    text = "Earlier this month the firm said sales fell for nearly two years."
    spans = [t.text for t in timeml_tags(text, "1989-10-26")]
    assert spans == ["Earlier this month", "nearly two years"]


def test_timeml_story_steps_are_durations() -> None:
    text = "The index fell on Monday. Three days later it rose, and a year earlier it had fallen."
    found = [(t.text, t.type, t.value) for t in timeml_tags(text, "1989-10-30")]
    assert ("Three days", "DURATION", "P3D") in found
    assert ("a year earlier", "DATE", "1988-11-02") in found
    calfeed_view = {t.text: t.value for t in tag(text, date(1989, 10, 30))}
    assert calfeed_view["Three days later"] == "1989-11-02"


def test_timeml_joins_clock_and_day_across_a_comma() -> None:
    found = [(t.text, t.value) for t in timeml_tags("Bids are due by 5 p.m. EST, Nov. 6, the firm said.", "1989-10-30")]
    assert found == [("5 p.m. EST, Nov. 6", "1989-11-06T17:00")]


def test_timeml_clock_takes_the_day_it_is_written_with() -> None:
    found = [(t.text, t.value) for t in timeml_tags("The hearing is set for 10 a.m. ET on Feb. 14.", "2013-01-16")]
    assert found == [("10 a.m. ET", "2013-02-14T10:00"), ("Feb. 14", "2013-02-14")]


def test_date_and_clock_never_join_across_a_line_break_alone() -> None:
    """A day heading over a programme: the clock below is an item on that day, not the heading's time."""
    for gap in ("\n\n", "\n", "\n  \n"):
        text = f"Wednesday 17 February 2027{gap}09:00 - 09:30 Registration"
        found = tag(text, date(2026, 11, 29))
        assert [t.text for t in found] == ["Wednesday 17 February 2027", "09:00 - 09:30"], gap
        assert found[1].value == "2027-02-17T09:00"     # still on the heading's day, through the anchor


def test_label_lines_give_the_clock_the_day_without_joining() -> None:
    found = tag("Date: 17 February 2027\nTime: 09:00", date(2026, 11, 29))
    assert [(t.text, t.value) for t in found] == [("17 February 2027", "2027-02-17"), ("09:00", "2027-02-17T09:00")]


def test_a_written_join_may_wrap_onto_the_next_line() -> None:
    found = tag("The session opens on 17 February 2027 at\n09:00.", date(2026, 11, 29))
    assert [t.value for t in found] == ["2027-02-17T09:00"]


def test_midnight_ends_its_day() -> None:
    found = tag("The offer expires at midnight on Friday 27 October 1989.", date(1989, 10, 26))
    assert found[0].value == "1989-10-27T24:00"
    assert found[0].interval.end.isoformat() == "1989-10-28T00:00:00"   # its last minute ends the day
    assert found[0].interval.start.date().isoformat() == "1989-10-27"
