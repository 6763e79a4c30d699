"""Reading documents: front matter, encodings, and clear errors that name the file."""

from datetime import date
from pathlib import Path

import pytest

from calfeed.pipeline import build
from calfeed.sources import SourceError, document_names, find_documents, parse_document, read_document


def test_front_matter_is_read_and_offsets_point_into_the_body():
    doc = parse_document(
        b"---\ntitle: Call\nurl: https://example.org/x\npublished: 2026-01-15\n"
        b"location: Vienna\ntimezone: Europe/Vienna\n---\nDeadline: 3 March.\n",
        "a.md",
    )
    assert doc.title == "Call"
    assert doc.url == "https://example.org/x"
    assert doc.published == date(2026, 1, 15)
    assert doc.location == "Vienna" and doc.timezone == "Europe/Vienna"
    assert doc.text == "Deadline: 3 March.\n"


def test_plain_text_without_front_matter_is_kept_whole_and_crlf_normalised():
    doc = parse_document("\ufeffLine one\r\nLine two".encode("utf-8"), "b.txt")
    assert doc.text == "Line one\nLine two"
    assert doc.published is None and doc.url is None


@pytest.mark.parametrize(
    "raw, words",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Caf\u00e9 on 3 March".encode("latin-1"), "not valid UTF-8"),
        (b"---\ntitle: x\nno closing line\n", "front matter line 3"),
        (b"---\ntitle: x\n", "never closed"),
        (b"---\npublished: next week\n---\nbody", "published must be a date"),
        (b"---\nurl: example.org\n---\nbody", "url must be an http"),
        (b"---\ntimezone: Mars/Olympus\n---\nbody", "not an IANA time zone"),
    ],
)
def test_bad_documents_raise_an_error_naming_file_and_problem(raw, words):
    with pytest.raises(SourceError) as err:
        parse_document(raw, "docs/bad.txt")
    assert str(err.value).startswith("docs/bad.txt: ")
    assert words in str(err.value)


def test_find_documents_is_sorted_skips_hidden_and_other_suffixes(tmp_path: Path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("c")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("d")
    found = [f.relative_to(tmp_path).as_posix() for f, _ in find_documents([tmp_path])]
    assert found == ["a.md", "b.txt", "sub/d.txt"]
    assert read_document(tmp_path / "sub" / "d.txt", tmp_path).path == "sub/d.txt"


def test_missing_path_is_an_error(tmp_path: Path):
    with pytest.raises(SourceError, match="no such file"):
        find_documents([tmp_path / "nope"])


def test_a_text_file_marked_up_as_html_is_read_as_paragraphs() -> None:
    # text copied from a page's source: its <p> tags part the paragraphs, and no tag word is text
    raw = ("---\nurl: https://example.org/news/1\n---\n"
           "<p>The board set its timetable on Monday.</p>.<p>Exams begin on 3 March 2027, with results "
           "expected by 1 July.</p>.<p>Details are on the <b>board's</b> website.</p>\n").encode()
    doc = parse_document(raw, "news.txt")
    assert doc.url == "https://example.org/news/1"
    assert doc.text.strip().split("\n\n") == ["The board set its timetable on Monday.",
                                      "Exams begin on 3 March 2027, with results expected by 1 July.",
                                      "Details are on the board's website."]


def test_markdown_with_a_few_tags_keeps_its_lines() -> None:
    raw = b"Notes\n\n| Day | What |\n|---|---|\n| 3 March | Talk<br>in the hall |\n| 4 March | Walk |\n"
    assert parse_document(raw, "notes.md").text == raw.decode()


def _two_folders_with_one_name(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "choir", tmp_path / "bowls"
    for folder, day in ((first, "Tuesday 4 May 2027 at 7pm"), (second, "Thursday 17 June 2027 at 7.30pm")):
        folder.mkdir()
        (folder / "notice.txt").write_text(f"Annual General Meeting\n\nThe Annual General Meeting will be "
                                           f"held on {day} in the club room.\n")
    return first, second


def test_one_relative_path_under_two_folders_names_two_documents(tmp_path: Path):
    # review 20 S9: both were "notice.txt", so their entries shared one UID and one source page
    first, second = _two_folders_with_one_name(tmp_path)
    (first / "other.txt").write_text("x")
    found = find_documents([first, second])
    assert document_names(found) == [(first / "notice.txt").as_posix(), "other.txt",
                                     (second / "notice.txt").as_posix()]
    assert document_names(find_documents([first])) == ["notice.txt", "other.txt"]
    assert document_names(find_documents([first, first])) == ["notice.txt", "other.txt"] * 2   # one file twice



def test_a_led_name_that_meets_another_folders_own_path_is_led_again(tmp_path: Path, monkeypatch):
    # review 21 S3: roots given as "a", "b", "c": a/b/x.txt is "b/x.txt" under root a, which is
    # also the name root b's x.txt is led to
    monkeypatch.chdir(tmp_path)
    for folder in ("a/b", "b", "c"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / "x.txt").write_text(f"Notice from {folder}.\n")
    names = document_names(find_documents([Path("a"), Path("b"), Path("c")]))
    assert names == ["a/b/x.txt", "b/x.txt", "c/x.txt"]

def test_entries_of_two_same_named_documents_keep_their_own_uids_in_any_order(tmp_path: Path):
    first, second = _two_folders_with_one_name(tmp_path)
    forward = {e.start: e.uid for e in build([first, second]).events}
    backward = {e.start: e.uid for e in build([second, first]).events}
    assert len(forward) == 2 and len(set(forward.values())) == 2
    assert forward == backward
