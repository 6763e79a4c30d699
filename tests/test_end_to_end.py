"""The whole pipeline, as a user meets it: documents in, feeds, events.json and report out."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import icalendar
import pytest
import vobject
from click.testing import CliRunner

from calfeed import pipeline
from calfeed.cli import main
from calfeed.pipeline import Options, build, write_outputs

ROOT = Path(__file__).resolve().parents[1]
SEED = "000_c31b7acfb3e4b256.txt"
EVENT_FIELDS = ["uid", "title", "location", "kind", "start", "end", "tz", "all_day", "precision",
                "window", "rrule", "sources"]
SOURCE_FIELDS = ["doc", "url", "expr", "sentence", "start", "end"]


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> tuple[Path, dict]:
    src = tmp_path_factory.mktemp("in")
    shutil.copy(ROOT / "seeds" / SEED, src / SEED)
    out = tmp_path_factory.mktemp("out")
    result = build([src])
    write_outputs(result, out)
    return out, json.loads((out / "events.json").read_text(encoding="utf-8"))


def test_seed_gives_exactly_the_three_events(seed_build):
    _, data = seed_build
    events = sorted(data["events"], key=lambda e: e["start"])
    assert len(events) == 3, [e["title"] for e in events]
    expert, policy, ministerial = events

    assert "Expert Working Group" in expert["title"]
    assert expert["location"] == "Islamabad"
    assert (expert["start"], expert["end"], expert["all_day"], expert["precision"]) == (
        "2011-06-21", "2011-06-22", True, "exact")

    assert "Policy Consultative Group" in policy["title"]
    assert policy["location"] == "Vienna"
    assert policy["precision"] == "approximate"
    first, last = policy["window"]
    assert "2011-06-23" <= first < "2011-12-08" and last == "2011-12-31"
    assert policy["sources"][0]["expr"] == "later this year"

    assert "3rd Ministerial Meeting" in ministerial["title"]
    assert ministerial["location"] == "Vienna"
    assert (ministerial["start"], ministerial["end"], ministerial["precision"]) == ("2011-12-08", "2011-12-08", "exact")


def test_seed_document_date_is_inferred_and_said_so(seed_build):
    out, data = seed_build
    (doc,) = data["documents"]
    assert doc["published"] is None and doc["inferred"] is True
    assert "2011-06-23" <= doc["reference_date"] < "2011-12-08"
    assert doc["reason"]
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "inferred" in report.lower() and doc["reference_date"] in report


def test_events_json_has_exactly_the_contract_fields(seed_build):
    _, data = seed_build
    assert {"documents", "events", "unresolved"} <= set(data)
    for event in data["events"]:
        assert list(event) == EVENT_FIELDS
        for source in event["sources"]:
            assert list(source) == SOURCE_FIELDS
            text = (ROOT / "seeds" / SEED).read_text(encoding="utf-8")
            assert text[source["start"]:source["end"]] == source["expr"]
            assert source["expr"] in source["sentence"]


def test_seed_feed_reads_the_same_in_two_parsers(seed_build):
    out, _ = seed_build
    raw = (out / "calendar.ics").read_bytes()
    ours = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(raw).walk("VEVENT")}
    theirs = {e.uid.value: e for e in vobject.readOne(raw.decode("utf-8")).vevent_list}
    assert set(ours) == set(theirs) and len(ours) == 3
    for uid, event in ours.items():
        assert event.decoded("DTSTART") == theirs[uid].dtstart.value
        assert event.decoded("DTEND") == theirs[uid].dtend.value
    dates = sorted((e.decoded("DTSTART"), e.decoded("DTEND")) for e in ours.values())
    assert (date(2011, 6, 21), date(2011, 6, 23)) in dates
    assert (date(2011, 12, 8), date(2011, 12, 9)) in dates
    tentative = [e for e in ours.values() if str(e.get("STATUS")) == "TENTATIVE"]
    assert len(tentative) == 1 and "Policy Consultative" in str(tentative[0]["SUMMARY"])


def test_committed_output_is_what_a_build_of_seeds_writes(tmp_path: Path):
    """Regeneration is deterministic: rebuilding seeds/ gives output/ byte for byte."""
    write_outputs(build([ROOT / "seeds"]), tmp_path)
    ours = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(ROOT / "output").as_posix() for p in (ROOT / "output").rglob("*") if p.is_file())
    assert ours == committed
    for rel in ours:
        assert (tmp_path / rel).read_bytes() == (ROOT / "output" / rel).read_bytes(), rel


def test_failed_build_leaves_previous_output_in_place(tmp_path: Path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "seeds" / SEED, docs / SEED)
    out = tmp_path / "out"
    write_outputs(build([docs]), out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(result):
        raise RuntimeError("renderer exploded")

    monkeypatch.setattr(pipeline, "render_html", broken)
    (docs / "new.txt").write_text("The summit will take place on 3 May 2012 in Oslo.", encoding="utf-8")
    with pytest.raises(RuntimeError):
        write_outputs(build([docs]), out)
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before


def test_bad_files_are_skipped_by_name_and_the_rest_builds(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "seeds" / SEED, docs / SEED)
    (docs / "scan.txt").write_bytes(b"\x00\x01\x02binary")
    (docs / "latin.txt").write_bytes("R\xe9union le 3 mai 2012".encode("latin-1"))
    (docs / "empty.txt").write_text("", encoding="utf-8")
    (docs / "nodates.md").write_text("Nothing dated here, only words.\n", encoding="utf-8")
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["build", str(docs), "-o", str(out)])
    assert run.exit_code == 1
    assert "scan.txt" in run.output and "latin.txt" in run.output
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert len(data["events"]) == 3
    assert {s["path"] for s in data["skipped"]} == {"scan.txt", "latin.txt"}
    assert "scan.txt" in (out / "report.md").read_text(encoding="utf-8")


def test_impossible_date_is_reported_never_emitted(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notice.txt").write_text(
        "The board meeting will take place in Vienna on 31 February 2011.\n", encoding="utf-8")
    result = build([docs])
    assert result.events == []
    assert [u.expr for u in result.unresolved] == ["31 February 2011"]
    assert "impossible" in result.unresolved[0].reason


def test_reference_date_option_replaces_inference(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "memo.txt").write_text("The steering committee will meet next Tuesday in Paris.\n", encoding="utf-8")
    result = build([docs], Options(reference_date=date(2026, 11, 26)))
    assert result.documents[0].reference.value == date(2026, 11, 26)
    (event,) = result.events
    assert event.start == date(2026, 12, 1)


def test_cli_version_and_extract(tmp_path: Path):
    runner = CliRunner()
    assert "calfeed" in runner.invoke(main, ["--version"]).output
    run = runner.invoke(main, ["extract", str(ROOT / "seeds" / SEED), "--json"])
    assert run.exit_code == 0, run.output
    rows = [json.loads(line) for line in run.output.splitlines()]
    texts = [r["text"] for r in rows]
    assert "21-22 June 2011" in texts and "8 December 2011" in texts and "later this year" in texts
    assert all(r["rule"] for r in rows)


def test_extract_reads_standard_input():
    run = CliRunner().invoke(main, ["extract", "-", "--json"],
                             input="---\npublished: 2027-01-10\n---\nThe webinar starts at 14:00 CAT on 3 March 2027.\n")
    assert run.exit_code == 0, run.output
    (row,) = [json.loads(line) for line in run.output.splitlines()]
    assert row["text"] == "14:00 CAT on 3 March 2027" and row["value"] == "2027-03-03T14:00"


def test_an_event_keeps_its_uid_when_its_date_is_corrected(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    notice = docs / "notice.md"
    notice.write_text("---\npublished: 2026-01-10\n---\nThe annual conference will be held in Oslo on 3 May 2026.\n",
                      encoding="utf-8")
    (before,) = build([docs]).events
    notice.write_text("---\npublished: 2026-01-10\n---\nThe annual conference will be held in Oslo on 5 May 2026.\n",
                      encoding="utf-8")
    (after,) = build([docs]).events
    assert before.start == date(2026, 5, 3) and after.start == date(2026, 5, 5)
    assert before.uid == after.uid


def test_the_build_zone_must_be_a_real_zone(tmp_path: Path):
    from click.testing import CliRunner

    from calfeed.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notice.txt").write_text("A reception will take place on 5 June 2027 at 18:00.\n",
                                                encoding="utf-8")
    bad = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                                    "--timezone", "Europe/Nowhere"])
    assert bad.exit_code != 0 and "not an IANA time zone" in bad.output
    good = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                                     "--timezone", "Europe/Lisbon"])
    assert good.exit_code == 0, good.output
    assert "DTSTART;TZID=Europe/Lisbon:20270605T180000" in (tmp_path / "out" / "calendar.ics").read_text()
