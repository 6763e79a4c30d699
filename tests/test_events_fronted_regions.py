"""A story that tells several regions' school breaks one sentence each, every sentence fronted by
its region ("In Kent, ... In Essex, ..."): each entry is that region's, and a break named by its
season is an entry even as the object of a verb of keeping ("will observe winter holidays")."""

from events_helpers import page_entries, titles_by_start

_STORY = (
    "Education boards across the country have published their winter calendars. "
    "In Westmarch, winter vacations will start on December 19 and classes resume on January 8, 2029. "
    "In Eastvale, colleges will observe their winter holidays between December 22 and January 2, with every campus shut. "
    "Heavy snow is expected in the hills.\n"
)


def test_a_season_break_kept_by_a_verb_is_an_entry():
    days = titles_by_start(_STORY, "2028-12-12")
    assert days.get("2028-12-22") == {"Winter holidays – Eastvale"}


def test_each_fronted_region_names_its_entry():
    days = titles_by_start(_STORY, "2028-12-12")
    assert days.get("2028-12-19") == {"Winter vacations – Westmarch"}


def test_one_fronted_name_alone_is_no_list_of_regions():
    story = ("The board has published its winter calendar. "
             "In Westmarch, colleges will observe their winter holidays between December 22 and January 2.\n")
    assert [title for title, _, _ in page_entries(story, "2028-12-12")] == ["Winter holidays"]


def test_a_fronted_month_is_no_region():
    story = ("The club has set its season. In March, the spring fair opens on March 4. "
             "In April, the garden show runs on April 9.\n")
    titles = {title for title, _, _ in page_entries(story, "2028-01-10")}
    assert not any("–" in title for title in titles)
