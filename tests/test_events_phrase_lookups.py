"""phrase_at and ending_phrase: the lookups the readers of usual patterns, enactments and
deadline headers share (each had written its own loop)."""

from calfeed.events.vocabulary import ending_phrase, phrase_at

PHRASES = (("received", "royal", "assent"), ("became", "official"), ("in", "spite", "of"), ("in",))


def test_phrase_at_takes_the_fuller_phrase_first():
    words = ["kept", "in", "spite", "of", "rain"]
    assert phrase_at(words, 1, PHRASES) == ("in", "spite", "of")
    assert phrase_at(["kept", "in", "town"], 1, PHRASES) == ("in",)


def test_phrase_at_needs_the_whole_phrase_at_that_word():
    assert phrase_at(["it", "became", "law"], 1, PHRASES) is None
    assert phrase_at(["it", "became"], 1, PHRASES) is None
    assert phrase_at(["became", "official"], 5, PHRASES) is None


def test_ending_phrase_reads_the_last_words_only():
    assert ending_phrase(["the", "act", "received", "royal", "assent"], PHRASES) == ("received", "royal", "assent")
    assert ending_phrase(["received", "royal", "assent", "today"], PHRASES) is None
    assert ending_phrase(["assent"], PHRASES) is None
    assert ending_phrase([], PHRASES) is None


def test_ending_phrase_can_stop_at_an_earlier_word():
    """``end``: the phrase ends right before word ``end`` (a lead before a participle, the
    adverb after it aside), as announced_acts reads it."""
    words = ["the", "act", "became", "official", "yesterday"]
    assert ending_phrase(words, PHRASES, end=4) == ("became", "official")
    assert ending_phrase(words, PHRASES, end=3) is None
    assert ending_phrase(words, PHRASES, end=1) is None


def test_ending_phrase_can_leave_words_before_it():
    """``leaving``: a title the phrase ends but does not make up on its own (cut_titles,
    page_names, effective_changes kept the phrase only with a word before it)."""
    assert ending_phrase(["became", "official"], PHRASES, leaving=1) is None
    assert ending_phrase(["law", "became", "official"], PHRASES, leaving=1) == ("became", "official")
    assert ending_phrase(["law", "became", "official"], PHRASES, leaving=2) is None
