"""An event named with its own day after "come" ("ahead of the Founders Day celebration come Saturday,
June 12") is dated there: another date of the clause ("will reach the final stage today, June 10")
belongs to the clause's subject, the rehearsals, not to the celebration."""

from __future__ import annotations

from events_helpers import titles_by_start


def test_rehearsals_today_are_not_the_celebration_they_lead_up_to():
    text = ("Rehearsals for the harbour parade ahead of the 2027 Founders Day celebration come Saturday, June 12, "
            "2027 will reach the final stage today, June 10, 2027 at the Marlow Esplanade.")
    days = titles_by_start(text, "2027-06-10")
    assert days["2027-06-12"] == {"Founders Day celebration"}
    assert all("Founders Day" not in title for title in days["2027-06-10"])
    assert any("Rehearsal" in title for title in days["2027-06-10"])
