"""A season and year in a heading or title, lists on pages that announce them."""
# Provenance: Round 5 red-team classes of the tagger that the corpus cannot write (Markdown headings, whole documents).

from __future__ import annotations

from datetime import date

from calfeed.timex import tag


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, published)}


def test_a_season_heading_names_the_year_of_its_list() -> None:
    found = _values("# Spring 2027 Lecture Series\n\n- **Jan. 21** — Talk: \"Clouds\"\n"
                    "- **Feb. 4** — Talk: \"Prediction\"\n- **Apr. 15** — Talk: \"The AMOC\"\n",
                    date(2027, 9, 1))
    assert [found[k] for k in ("Jan. 21", "Feb. 4", "Apr. 15")] == ["2027-01-21", "2027-02-04", "2027-04-15"]


def test_a_fall_heading_runs_into_the_next_january() -> None:
    found = _values("## Fall 2026 Seminars\n\n- Sept. 3: opening talk\n- Jan. 14: closing talk\n",
                    date(2026, 5, 1))
    assert (found["Sept. 3"], found["Jan. 14"]) == ("2026-09-03", "2027-01-14")


def test_a_spring_heading_keeps_last_novembers_registration() -> None:
    found = _values("## Spring 2027 courses\n\n- Nov. 20: registration opens\n- Mar. 3: first class\n",
                    date(2027, 6, 1))
    assert (found["Nov. 20"], found["Mar. 3"]) == ("2026-11-20", "2027-03-03")


def test_a_title_season_reaches_the_list_under_a_subheading() -> None:
    text = ("# Spring 2027 Frontiers in Climate Science Lecture Series\n\n"
            "Thursdays at 4:00 p.m. ET, Jan. 21 – April 29.\n\n## Schedule\n\n"
            "- **Jan. 21** — Dr. Maria Echeverría: \"Clouds\"\n- **Feb. 4** — Dr. Adeyemi: \"Prediction\"\n"
            "- **Mar. 18** — Dr. Weber: \"Hail\"\n\nThe final essay is due Friday, May 7.\n")
    found = _values(text, date(2027, 9, 1))
    assert [found[k] for k in ("Jan. 21", "Feb. 4", "Mar. 18")] == ["2027-01-21", "2027-02-04", "2027-03-18"]


def test_a_title_year_leaves_prose_to_its_tense() -> None:
    found = _values("# Fixtures 2027\n\nThe club played on 4 June.\n\n## Dates\n\n- 12 September: home\n",
                    date(2026, 11, 3))
    assert (found["4 June"], found["12 September"]) == ("2026-06-04", "2027-09-12")


def test_a_tour_list_behind_the_page_date_lies_ahead() -> None:
    text = ("## Tour dates\n\n- 14 Oct – Glasgow, Barrowland Ballroom\n- 19 Oct – London, Union Chapel\n\n"
            "Doors open at 7pm.\n")
    found = _values(text, date(2027, 2, 1))
    assert (found["14 Oct"], found["19 Oct"]) == ("2027-10-14", "2027-10-19")
    assert found["7pm"].startswith("2027-10-19")     # a bare clock after it counts from the moved day


def test_a_list_straddling_the_page_date_keeps_the_nearest_days() -> None:
    found = _values("## Fixtures\n\n- 14 Oct: home\n- 3 Mar: away\n", date(2027, 2, 1))
    assert (found["14 Oct"], found["3 Mar"]) == ("2026-10-14", "2027-03-03")


def test_a_list_told_in_the_past_stays_behind() -> None:
    found = _values("## Looking back\n\n- 14 Oct: we opened the new hall\n- 19 Oct: the fair was held\n",
                    date(2027, 2, 1))
    assert found["19 Oct"] == "2026-10-19"
