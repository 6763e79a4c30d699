"""A stage act's noun owned by a year ("next year's show", "this year’s show") names an edition of a
yearly occasion, as a performer or venue after it does (phrases._performed, edition_possessives): the
day it is given is an entry, in a quotation as in plain prose. An owner that is a person or a firm
("the bank's performance") still names a result, no stage act."""

from events_helpers import page_entries


def test_next_years_show_in_a_quotation_is_an_entry():
    text = ("The Brindle Vale committee met last week.\n\n"
            "The chair said: \"We hope you all come back when next year's show opens its doors "
            "on Saturday 21st August 2021 in Brindle Vale Hall.\"\n")
    assert [(kind, str(start)) for _, kind, start in page_entries(text, "2020-06-05")] == [("event", "2021-08-21")]


def test_this_years_show_in_plain_prose_is_an_entry():
    text = "Tickets are on sale now. This year’s show is on Friday 9 July 2021 in the old mill.\n"
    assert [str(start) for _, _, start in page_entries(text, "2021-03-02")] == ["2021-07-09"]


def test_a_firms_performance_is_no_stage_act():
    text = "Investors will watch the bank's performance on 3 March 2021 closely.\n"
    assert page_entries(text, "2021-01-10") == []
