"""A page whose figures show no order and that nothing places in a country still shows its
habit in the days it writes with a month's name: "Sunday, August 9" and "Saturday, August 8"
put the month first, so the alert stamp "08/06/2020" over them is 6 August (R68 13 read it as 8
June); "9 August" and "8 August" put the day first. Fewer than two such days, or both orders,
show nothing and the build's setting stands."""

from __future__ import annotations

from calfeed.timex.numeric_order import day_first_in

MONTH_FIRST = ("07/03/2021 (Lisbon) - The festival will go ahead on Monday, July 12. "
               "Streets will close from 20:00 on Sunday, July 11.")
DAY_FIRST = ("07/03/2021 (Lisbon) - The festival will go ahead on Monday, 12 July. "
             "Streets will close from 20:00 on Sunday, 11 July.")


def test_month_names_written_first_show_the_month_first():
    assert day_first_in(MONTH_FIRST, default=True) is False


def test_month_names_written_second_show_the_day_first():
    assert day_first_in(DAY_FIRST, default=False) is True


def test_a_day_ending_a_sentence_counts():
    assert day_first_in("on 07/03/2021. The fair opens August 9. The vote is on August 8.", default=True) is False


def test_one_such_day_or_both_orders_show_nothing():
    assert day_first_in("on 07/03/2021. The fair opens August 9.", default=True) is True
    assert day_first_in("on 07/03/2021. The fair opens August 9 and closes 12 August.", default=True) is True
    assert day_first_in("on 07/03/2021. The fair opens August 9 and closes 12 August.", default=False) is False


def test_a_year_after_the_month_is_no_day():
    assert day_first_in("on 07/03/2021. In June 2020 and again in July 2021 it rained.", default=False) is False
