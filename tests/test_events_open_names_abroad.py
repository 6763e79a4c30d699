"""A town name shared by comparable towns in several zones, none of them in the page's country,
names no zone of its own: a Dutch gallery's page reopening "at the Springfield building" means a
building so called, not Illinois, Massachusetts or Oregon; its .nl address places it."""

from __future__ import annotations

from events_helpers import page_zones

GALLERY = ("The Harbour Gallery will reopen its doors at 11 a.m. on Friday 4 March 2022 "
           "at the {} building beside the canal.\n\nMore news at www.harbourgallery.nl.\n")


def test_an_open_name_with_no_namesake_in_the_page_s_country_keeps_the_page_s_zone():
    assert page_zones(GALLERY.format("Springfield"), "2022-02-20") == ["Europe/Amsterdam"]


def test_a_settled_name_abroad_keeps_its_own_zone():
    assert page_zones(GALLERY.format("Lisbon"), "2022-02-20") == ["Europe/Lisbon"]
