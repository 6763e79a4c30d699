"""A short heading that the sentence under it restates (a road notice's site over each paragraph)
names the entry beside the work the sentence names, so the notices' entries read apart."""

from events_helpers import page_entries

_NOTICES = (
    "The county has set out its road notices for the coming week.\n"
    "B-40 Holm Bridge to Ferris Lane\n"
    "Drainage works will be carried out on B-40 Holm Bridge to Ferris Lane from Tuesday, March 7, to "
    "Thursday, March 9.\n"
    "Residents will keep their access.\n"
    "C-12 at Mill Crossing\n"
    "The C-12 at Mill Crossing will be closed from 6am on Saturday, March 11.\n"
)


def test_a_restated_site_heading_names_the_works():
    titles = [title for title, _, _ in page_entries(_NOTICES, "2023-03-02")]
    assert "Drainage works – B-40 Holm Bridge to Ferris Lane" in titles


def test_a_title_that_names_the_site_is_kept():
    titles = [title for title, _, _ in page_entries(_NOTICES, "2023-03-02")]
    assert not any("–" in title for title in titles if "Mill Crossing" in title)


def test_a_heading_the_sentence_does_not_restate_names_nothing():
    notices = _NOTICES.replace("on B-40 Holm Bridge to Ferris Lane from", "on the bridge from")
    titles = [title for title, _, _ in page_entries(notices, "2023-03-02")]
    assert not any("Ferris Lane" in title for title in titles)
