"""A duo billed with a plus sign ("Rose + Thorn") is one name: the act announced for a day keeps
both halves, as "&" and "and" inside a name already do (name_joiners)."""

from __future__ import annotations

from events_helpers import page_entries

PAGE = """PORTLAND, Ore. - Award-winning pair Rose + Thorn are heading to Oregon.
Rose + Thorn will perform at the Riverside Pavilion on June 14, 2031.
"""


def test_a_plus_sign_inside_a_billed_name_keeps_the_whole_name():
    titles = [t for t, _, _ in page_entries(PAGE, "2031-05-02")]
    assert titles and titles[0].startswith("Rose + Thorn")
    assert "Thorn" not in titles
