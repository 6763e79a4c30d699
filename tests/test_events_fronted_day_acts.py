"""A dated act told with its day fronted ("On 5 March, the choir performs in the town hall at
7.30pm", "On 3 June the band sings at the harbour") is the same entry as the act told with the
day after its verb: the subject, the verb and its object name it, the rest of the sentence gives
its clock and place (present_acts). Told in the past, reported, hedged, negated or under a
condition it is no entry; a day that starts a run ("From 5 March") is no day of one act."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document

PUBLISHED = date(2031, 2, 20)


def _entries(text: str) -> list[tuple[str, str]]:
    result = process_document(Document(path="p.txt", text=text, published=PUBLISHED), Options(today=PUBLISHED))
    return sorted((e.start.isoformat()[:16], e.title) for e in result.events)


def _places(text: str) -> list[str | None]:
    result = process_document(Document(path="p.txt", text=text, published=PUBLISHED), Options(today=PUBLISHED))
    return [e.location for e in result.events]


def test_a_fronted_day_and_comma_before_a_present_act_is_an_entry_at_its_clock():
    text = "Spring notes\nOn 7 March, the Harwick choir performs in the old corn hall at 7.30pm. All welcome.\n"
    assert _entries(text) == [("2031-03-07T19:30", "Harwick choir performs in the old corn hall")]


def test_the_fronted_day_gives_the_entry_the_day_after_the_verb_gives():
    fronted = "Spring notes\nOn 7 March, the Harwick choir performs in the old corn hall at 7.30pm.\n"
    after = "Spring notes\nThe Harwick choir performs in the old corn hall on 7 March at 7.30pm.\n"
    assert _entries(fronted) == _entries(after)


def test_a_fronted_weekday_and_day_before_a_future_act_names_the_act_and_its_place():
    text = "Events this spring\nOn Saturday 15 March, the Selby Vale orchestra will play works by Holst in Marrow Abbey.\n"
    assert _entries(text) == [("2031-03-15", "Selby Vale orchestra plays works by Holst in Marrow Abbey")]
    assert _places(text) == ["Marrow Abbey"]


def test_a_fronted_day_without_a_comma_is_read_the_same():
    text = "Summer notes\nOn 4 June the Quay band sings at the harbour steps.\n"
    assert _entries(text) == [("2031-06-04", "Quay band sings at the harbour steps")]


def test_a_fronted_day_with_its_clock_before_the_comma():
    text = "Band news\nOn Sunday 9 March at 3pm, the Tollbridge Brass Band plays in Ashcombe Park.\n"
    assert _entries(text) == [("2031-03-09T15:00", "Tollbridge Brass Band plays in Ashcombe Park")]


def test_two_fronted_days_give_the_act_on_each():
    text = "Concerts\nOn 8 March and 15 March, the Kelby Singers perform in Fenwick Chapel.\n"
    assert _entries(text) == [("2031-03-08", "Kelby Singers perform in Fenwick Chapel"),
                              ("2031-03-15", "Kelby Singers perform in Fenwick Chapel")]


def test_a_plural_subject_takes_the_verb_without_its_s():
    text = "Theatre\nOn 14 March, the Orvale Players stage a comedy at the Drum Rooms at 7pm.\n"
    assert _entries(text) == [("2031-03-14T19:00", "Orvale Players stage a comedy at the Drum Rooms")]


def test_the_title_stops_where_a_joined_clause_starts():
    text = "Fete\nOn 21 June the Millbeck choir sings on the green and stalls open along the lane.\n"
    assert _entries(text) == [("2031-06-21", "Millbeck choir sings on the green")]


def test_a_fronted_act_told_in_the_past_is_no_entry():
    text = "Looking back\nOn 7 February, the Harwick choir performed in the old corn hall at 7.30pm.\n"
    assert _entries(text) == []


def test_a_fronted_day_before_a_report_is_no_entry():
    text = "Council notes\nOn 7 March, the council said the Harwick choir performs in the corn hall.\n"
    assert _entries(text) == []
    text = "Council notes\nOn 7 March, the council says the Harwick choir performs in the corn hall.\n"
    assert _entries(text) == []


def test_a_fronted_act_negated_hedged_or_conditional_is_no_entry():
    for text in ("Notes\nOn 7 March the Harwick choir will not sing in the square.\n",
                 "Notes\nOn 7 March, if the weather holds, the Quay band plays on the pier.\n",
                 "Notes\nOn 7 March, the Quay band might play on the pier.\n",
                 "Notes\nOn 7 March, the Harwick choir has performed in the corn hall.\n"):
        assert _entries(text) == [], text


def test_a_fronted_day_that_starts_a_run_is_no_day_of_one_act():
    text = "Notes\nFrom 7 March, the Harwick choir sings in the square every Friday.\n"
    assert not any(title.startswith("Harwick choir sings") and day.startswith("2031-03-07")
                   for day, title in _entries(text))


def test_the_title_stops_before_a_later_occasion_the_act_prepares_for():
    text = "Diary\nOn 11 March the Harwick wardens will walk the towpath ahead of the canal festival.\n"
    assert _entries(text) == [("2031-03-11", "Harwick wardens walk the towpath")]


def test_a_day_that_is_itself_the_subject_gives_no_act_of_the_words_after_it():
    text = "Feasts\nSunday 16 March marks the feast of Saint Orla which honours the founder of Kelby Priory.\n"
    assert not any(title.lower().startswith(("marks", "feast of saint orla which")) for _, title in _entries(text))


def test_a_subject_holding_a_relative_clause_is_no_subject():
    text = "Notes\nOn 7 March, the choir which Anna Brook leads performs in the corn hall.\n"
    assert _entries(text) == []
