"""Row descriptions and occasion names, in wordings of our own:

- a listed row "Name: description" keeps the description when it names the event (a trip, a
  visit, a talk) or the name is only who it is for ("Year 4", "Guest Speaker");
- an occasion's capitalised name starts after the verb or article that opens its sentence;
- a hosting verb's object is an event's name, not a holiday, weekday or a person;
- a bare "the event" takes no hosted name when another event phrase stands nearer."""
# Provenance: Review 17 items 1, 3, 4 and 5.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _titles(text: str) -> list[str]:
    doc = Document(path="p.txt", text=text, published=date(2027, 2, 20))
    result = process_document(doc, Options(today=date(2027, 2, 1)))
    return [e.title for e in sorted(result.events, key=lambda e: str(e.start))]


_TRIPS = """School trips this term

- 9 March 2027 – Year 4: Outing to the Natural History Museum in Oxford
- 16 March 2027 – Year 2: Visit to the Old Mill Farm near Dorking
- 23 March 2027 – Lego Builders: Make a model for our display case
"""


def test_a_year_group_before_a_colon_does_not_name_the_trip():
    titles = _titles(_TRIPS)
    assert len(titles) == 3
    assert "Year 4" not in titles and "Year 2" not in titles
    assert any("Natural History Museum" in t for t in titles)
    assert any("Old Mill Farm" in t for t in titles)
    assert "Lego Builders" in titles          # a name, then a description: the name stays


def test_a_role_label_before_a_colon_does_not_name_the_talk():
    titles = _titles("Spring talks\n\n- 11 March 2027 – Guest Speaker: Prof Alan Green Talks About Owls\n"
                     "- 18 March 2027 – Garden Club: Bring a cutting to swap with others\n")
    assert "Guest Speaker" not in titles
    assert any("Owls" in t for t in titles)


def test_an_occasion_name_starts_after_the_verb_opening_its_sentence():
    titles = _titles("Come to Summer Games Day on the village green. "
                     "The event will be held on Saturday, June 12, 2027.")
    assert titles == ["Summer Games Day"]


def test_an_occasion_name_starts_after_the_article_opening_its_sentence():
    titles = _titles("The Pub Quiz Night is back at the hall this spring. "
                     "The event will be held on Friday, April 9, 2027.")
    assert titles == ["Pub Quiz Night"]


def test_a_hosted_holiday_word_is_no_name():
    titles = _titles("St Mary's is hosting a Christmas lunch for older neighbours. "
                     "The event will be held on Saturday, December 18, 2027.")
    assert "Christmas" not in titles


def test_a_hosted_weekday_word_is_no_name():
    titles = _titles("The Crown hosts Thursday music nights all year. "
                     "The event will be held on Thursday, March 11, 2027.")
    assert "Thursday" not in titles


def test_a_hosted_person_is_no_name():
    titles = _titles("The bookshop is hosting Novelist Mark Brown for a reading. "
                     "The event will be held on Tuesday, March 9, 2027.")
    assert "Novelist Mark Brown" not in titles


def test_a_hosted_name_keeps_its_joined_words():
    titles = _titles("The town council presents Brass on the Bandstand this summer. "
                     "The event will be held on Sunday, July 4, 2027.")
    assert titles == ["Brass on the Bandstand"]


def test_a_nearer_event_phrase_blocks_an_older_hosted_name():
    titles = _titles("The Lions Club hosts Applefest every autumn. This year the Lions Club will hold "
                     "its annual craft fair in March. The event will be held on Friday, March 12, 2027.")
    assert "Applefest" not in titles
