"""Label lines over their date lines in term-dates and key-dates lists (round 29, classes D/E).

A label naming a numbered part ("Term 2", "Phase 1", "T1 Break") is still a label: its number
writes no date. A list whose date lines are set in deeper than the bulleted label over each
("    • Half term" / "      25th Oct 2027 - 29th Oct 2027") pairs each date with the label
above it, however the list's ends fall."""
# Provenance: round 29 classes D and E; session 23 development pages (term dates, NZ and UK).

from datetime import date

from calfeed.events.label_lines import numbered_name
from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2026, 11, 2)):
    result = process_document(Document(path="p.txt", text=text), Options(today=today))
    return sorted((str(e.start), str(e.end), e.title) for e in result.events)


def test_numbered_part_names_are_labels():
    for label in ("Term 2", "T1 Break", "Term 1 (Week 1-10)", "Phase 3", "Week 4-6 revision", "Round 2 results"):
        assert numbered_name(label), label
    for line in ("March 12", "2027 Start Dates", "Room 2027", "Closes 5pm", "12 noon"):
        assert not numbered_name(line), line


def test_numbered_term_labels_name_the_ranges_under_them():
    text = ("Term dates\n"
            "School Terms 2027\n"
            "Term 1\n1 February - 1 April\n"
            "Term 2\n19 April - 2 July\n"
            "Term 3\n19 July - 24 September\n"
            "Term 4\n11 October - 15 December\n")
    found = _events(text)
    assert ("2027-04-19", "2027-07-02", "Term 2") in found
    assert ("2027-07-19", "2027-09-24", "Term 3") in found
    assert ("2027-10-11", "2027-12-15", "Term 4") in found
    assert not any(title == "Term dates" for _, _, title in found)


def test_dates_set_in_under_bulleted_labels_take_the_label_above():
    text = ("Key dates\n\n"
            "  • Autumn term\n\n"
            "    • First day\n"
            "      3rd Sep 2027\n"
            "    • Half term\n"
            "      25th Oct 2027 - 29th Oct 2027\n"
            "    • Last day\n"
            "      17th Dec 2027\n"
            "    • Winter break\n"
            "      18th Dec 2027 - 3rd Jan 2028\n"
            "  • Spring term\n\n"
            "    • First day\n"
            "      4th Jan 2028\n")
    found = _events(text)
    assert ("2027-09-03", "2027-09-03", "First day") in found
    assert ("2027-10-25", "2027-10-29", "Half term") in found
    assert ("2027-12-17", "2027-12-17", "Last day") in found
    assert ("2027-12-18", "2028-01-03", "Winter break") in found
