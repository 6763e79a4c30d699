"""events.json: the exact field contract, value formats and stability."""

from __future__ import annotations

import json
from datetime import date, datetime

from calfeed.feeds.json_output import events_json
from calfeed.model import BuildResult, Event
from test_feeds_samples import build_result

EVENT_FIELDS = ["uid", "title", "location", "kind", "start", "end", "tz", "all_day", "precision",
                "window", "rrule", "sources"]
SOURCE_FIELDS = ["doc", "url", "expr", "sentence", "start", "end"]
DOCUMENT_FIELDS = ["path", "url", "published", "reference_date", "inferred", "reason"]
UNRESOLVED_FIELDS = ["doc", "expr", "sentence", "start", "end", "reason"]


def load() -> dict:
    return json.loads(events_json(build_result()))


def test_top_level_and_field_order_are_the_contract():
    data = load()
    assert list(data) == ["generated_by", "documents", "events", "unresolved", "skipped"]
    assert data["generated_by"].startswith("calfeed ")
    assert all(list(d) == DOCUMENT_FIELDS for d in data["documents"])
    assert all(list(e) == EVENT_FIELDS for e in data["events"])
    assert all(list(s) == SOURCE_FIELDS for e in data["events"] for s in e["sources"])
    assert all(list(u) == UNRESOLVED_FIELDS for u in data["unresolved"])
    assert data["skipped"] == [{"path": "scan.txt", "reason": build_result().skipped[0].reason}]


def test_seed_values():
    data = load()
    by_uid = {e["uid"]: e for e in data["events"]}
    expert = by_uid["c31b-expert@calfeed"]
    assert (expert["start"], expert["end"], expert["all_day"], expert["tz"], expert["window"]) == (
        "2011-06-21", "2011-06-22", True, None, None)
    policy = by_uid["c31b-policy@calfeed"]
    assert policy["precision"] == "approximate" and policy["window"] == ["2011-06-23", "2011-12-31"]
    assert policy["sources"][0]["expr"] == "later this year"
    seed_doc = data["documents"][0]
    assert seed_doc["published"] is None and seed_doc["url"] is None
    assert seed_doc["reference_date"] == "2011-06-23" and seed_doc["inferred"] is True


def test_timed_values_are_local_minutes_with_zone():
    by_uid = {e["uid"]: e for e in load()["events"]}
    jury = by_uid["notice-jury@calfeed"]
    assert (jury["start"], jury["end"], jury["tz"], jury["all_day"]) == (
        "2025-07-01T18:00", "2025-07-01T20:00", "Europe/Brussels", False)
    deadline = by_uid["notice-deadline@calfeed"]
    assert (deadline["start"], deadline["end"], deadline["tz"]) == ("2025-05-01T23:59", None, "Etc/GMT+12")
    assert by_uid["notice-kickoff@calfeed"]["rrule"] == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20250624"


def test_all_day_without_end_reports_its_single_day_and_exact_events_have_no_window():
    event = Event("x@t", "One day", "event", date(2025, 3, 1), None, True, "exact", window=(date(2025, 3, 1), date(2025, 3, 9)))
    (written,) = json.loads(events_json(BuildResult([], [event])))["events"]
    assert written["start"] == written["end"] == "2025-03-01"
    assert written["window"] is None


def test_approximate_without_window_spans_its_dates():
    event = Event("y@t", "Early March", "event", datetime(2025, 3, 1, 0, 0), date(2025, 3, 10), True, "approximate")
    (written,) = json.loads(events_json(BuildResult([], [event])))["events"]
    assert written["start"] == "2025-03-01" and written["window"] == ["2025-03-01", "2025-03-10"]


def test_text_is_kept_as_unicode_indented_and_newline_terminated():
    text = events_json(build_result())
    assert text.endswith("}\n") and text.startswith('{\n  "generated_by"')
    unicode = events_json(BuildResult([], [Event("z@t", "Réunion à Genève", "meeting", date(2025, 3, 1), None, True, "exact")]))
    assert '"title": "Réunion à Genève"' in unicode
    assert '"title": "Jury meeting, Brussels; final | round"' in text
    assert events_json(build_result()) == text
