"""The shared sentence splitter: every stage quotes and reads the same sentences."""

from calfeed.text import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text).bounds]


def test_splits_on_terminators_followed_by_space_and_capital():
    assert sentences("The meeting ended. Delegates left! Why? 2012 will tell.") == [
        "The meeting ended.", "Delegates left!", "Why?", "2012 will tell."]


def test_abbreviations_and_decimals_do_not_end_a_sentence():
    text = "Mr. Smith met Dr. Jones on Jan. 5 at 5 p.m. Friday in Room 2.14, starting at 10.30 sharp."
    assert sentences(text) == [text]


def test_an_abbreviation_that_may_close_a_sentence_does_before_an_opening_word():
    text = ("The meeting starts at 5 p.m. The doors open at 4 p.m. on Friday. He spoke at 6 p.m. Eastern Time "
            "in the U.S. Senate. Talks were held in the U.S. They ended. Acme Inc. said so.")
    assert sentences(text) == ["The meeting starts at 5 p.m.", "The doors open at 4 p.m. on Friday.",
                               "He spoke at 6 p.m. Eastern Time in the U.S. Senate.", "Talks were held in the U.S.",
                               "They ended.", "Acme Inc. said so."]


def test_a_title_abbreviation_never_closes_a_sentence():
    assert sentences("We met Dr. The Hon. Smith.") == ["We met Dr. The Hon. Smith."]


def test_blank_line_always_ends_a_sentence():
    assert sentences("Important dates\n\nDeadline: 3 March") == ["Important dates", "Deadline: 3 March"]


def test_lookup_by_offset():
    text = "First one. Second one."
    found = split_sentences(text)
    assert found.sentence_at(text.index("Second")) == "Second one."
    assert found.sentence_at(0) == "First one."


def test_list_items_are_quoted_one_line_each():
    text = ("Important dates\n- Abstract submission deadline: 12 February 2027\n"
            "- notification: 26 March 2027\n  2. Camera-ready due 16 April\n* Conference: 8-10 June")
    assert sentences(text) == ["Important dates", "- Abstract submission deadline: 12 February 2027",
                               "- notification: 26 March 2027", "2. Camera-ready due 16 April",
                               "* Conference: 8-10 June"]


def test_a_wrapped_line_opening_with_a_year_does_not_start_an_item():
    text = "The plan was adopted in\n2011. It ends in\n2015 - or later."
    assert sentences(text) == ["The plan was adopted in\n2011.", "It ends in\n2015 - or later."]


def test_indian_honorifics_do_not_end_a_sentence():
    text = "Volunteers give names to Smt. Meena Pillai, and Shri. Rao will chair."
    assert sentences(text) == [text]


def test_a_middle_initial_ends_no_sentence():
    # a speaker's middle initial before the surname; a lone capital before a sentence's opening
    # word ("Then") or after a lower-case word ("vitamin D.") still ends one
    assert sentences("Talk by Rosa K. Lindqvist, Ph.D., on river birds.") == [
        "Talk by Rosa K. Lindqvist, Ph.D., on river birds."]
    assert sentences("We chose Plan B. Then the rest failed.") == ["We chose Plan B.", "Then the rest failed."]
    assert sentences("They took vitamin D. Researchers saw it.") == ["They took vitamin D.", "Researchers saw it."]


def test_a_letter_labelling_a_gate_or_a_room_ends_a_sentence():
    # "Gate A", "Platform B": a noun that takes a letter as its label is no first name, so the
    # stop after the letter ends the sentence even before a word that opens none
    assert sentences("We meet at Gate A. Parking is free on Saturday.") == [
        "We meet at Gate A.", "Parking is free on Saturday."]
    assert sentences("Trains leave from Platform B. Engineering works run on Sunday.") == [
        "Trains leave from Platform B.", "Engineering works run on Sunday."]
    assert sentences("Talk by Rosa K. Lindqvist on river birds.") == ["Talk by Rosa K. Lindqvist on river birds."]


def test_the_sentence_at_an_offset_is_found_alone_as_the_whole_split_finds_it():
    # Our own page: stops that end nothing (titles, a street's initial, a list number), a
    # blank line, bullets, table rows, a dated list one item a line and a hard-wrapped sentence.
    from calfeed.text import SentenceLookup
    text = ("Mr. Smith met Dr. Jones at 310 S. Second St. on Jan. 5. Ana K. Berg said: The talks ended at 5 p.m. The doors\n"
            "open at 4 p.m. Why? \"We will meet again.\" (She agreed.)\n\n\n"
            "2. Camera-ready copy is due 3 March.\n- Notification: 26 March\n- Final: 2 April\n"
            "| 8 March 2027 | Informal briefing |\n|\nJune 16 Proposal sites open\nAug. 15 Proposal deadline\n"
            "If the deadline falls on a Sunday, it moves.\n  \n\n  Last line...   ")
    whole = split_sentences(text)
    lookup = SentenceLookup(text)
    for offset in range(len(text) + 1):
        assert lookup.at(offset) == whole.at(offset), offset


def test_sentence_lookup_answers_any_order_of_offsets_in_a_long_stretch() -> None:
    # a long run with few real sentence ends (figures, dashes, list numbers) is worked out once,
    # whichever offset is asked first
    import random

    from calfeed.text import SentenceLookup
    text = " ".join(f"{n}. 3-4 March the the 12 - 1{n % 9} Jan." if n % 7 else f"Item {n} closes 5 May.\n"
                    for n in range(1, 400))
    whole = split_sentences(text)
    lookup = SentenceLookup(text)
    offsets = list(range(len(text) + 1))
    random.Random(3).shuffle(offsets)
    for offset in offsets:
        assert lookup.at(offset) == whole.at(offset), offset


def test_a_stretch_longer_than_any_sentence_is_read_in_pieces() -> None:
    # a page of dates on one line, with no full stop: no piece is longer than the limit, each is
    # cut between words, and the lookup of one stretch cuts it as the whole split does
    from calfeed.text import MAX_SENTENCE, SentenceLookup
    text = "Closing dates " + "12/03/2027 and 3 March 2027 | " * 400 + "end"
    whole = split_sentences(text)
    assert len(whole.bounds) > 1
    for start, end in whole.bounds:
        assert end - start <= MAX_SENTENCE
        assert start == 0 or text[start - 1].isspace()
        assert end == len(text) or text[end].isspace()
    lookup = SentenceLookup(text)
    for offset in range(0, len(text) + 1, 7):
        assert lookup.at(offset) == whole.at(offset), offset


def test_a_long_real_sentence_stays_whole() -> None:
    from calfeed.text import MAX_SENTENCE
    text = "The committee, " + "having heard the members and the public at length, " * 20 + "agreed on 3 May."
    assert len(text) < MAX_SENTENCE
    assert split_sentences(text).bounds == ((0, len(text)),)


def test_a_lookup_that_reads_its_stops_as_far_as_asked_answers_as_the_whole_split() -> None:
    # The stops are read only up to the offset asked and the sentence end after it: over the tagger's
    # corpus, a fresh lookup asked once at each place (stops read for that question alone), and one
    # lookup asked forward then back, agree with the whole split everywhere.
    import random
    from pathlib import Path

    from calfeed.text import SentenceLookup
    corpus = Path(__file__).parent / "corpus"
    text = "\n".join((corpus / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    text = text[:60_000]
    whole = split_sentences(text)
    rng = random.Random(5)
    for offset in sorted(rng.sample(range(len(text) + 1), 400)) + [0, len(text)]:
        assert SentenceLookup(text).at(offset) == whole.at(offset), offset
    lookup = SentenceLookup(text)
    offsets = list(range(0, len(text) + 1, 37))
    for offset in offsets + offsets[::-1]:
        assert lookup.at(offset) == whole.at(offset), offset


def _stop_texts() -> list[str]:
    """The timex corpora in two cases, and made-up text of abbreviations, initials, house numbers,
    item numbers, names, dots, capitals and line breaks (seeded)."""
    import random
    from pathlib import Path

    folder = Path(__file__).parent / "corpus"
    corpus = "\n".join((folder / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    rng = random.Random(5)
    pieces = ["Dr.", "St.", "p.m.", "a.m.", "U.S.", "etc.", "Ph.D.", "Rosa K.", "Gate A.", "310 S.", "12 N.", "2.",
              "Lindqvist", "The", "doors", "open", ".", "..", "!", "?", "É.", "x", "abcdefghijklmnopqrst.", "3.5", "Q."]
    glue = [" ", "  ", "\n", "\n\n", "", "\t", ", ", "\n- ", "(", '"']
    made = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(8000))
    return [corpus, corpus.upper(), made, made.lower()]


def test_a_stop_is_judged_as_the_plain_searches_judge_it() -> None:
    """_closed_at reads the word before a dot with two strips and asks for an initial only after a capital
    (or a line break): at every stop of the texts it answers as the plain searches did."""
    from calfeed import text as T

    def plain(text: str, match) -> int | None:
        stop, at = match.group(0), match.start()
        if stop[0] == ".":
            before = T._WORD_BEFORE.search(text, max(0, at - 17), at + 1)
            if (before and before.group(1).lower() in T._abbreviations()
                    and not T._ends_at_abbreviation(text, before.group(1).lower(), match.end())
                    and not T._ends_at_line_end(text, before.group(1).lower(), stop, match.end())):
                return None
            if T._item_number(text, at) or T._ADDRESS_INITIAL.search(text, max(0, at - 12), at):
                return None
            initial = T._NAME_INITIAL.search(text, max(0, at - 20), at) or T._CHAINED_INITIALS.search(text, max(0, at - 8), at)
            if (initial and initial.group(1).lower() not in T._letter_labels() and T._CAPITALISED.match(text, match.end())
                    and T._sentence_opener().match(text, match.end()) is None):
                return None
        return at if stop[0] == "\n" else at + len(stop.rstrip())

    kept = dropped = 0
    for text in _stop_texts():
        for at in (i for i, c in enumerate(text) if c == "."):
            before = T._WORD_BEFORE.search(text, max(0, at - 17), at + 1)
            assert T._word_before_dot(text, at) == (before and before.group(1)), text[max(0, at - 20):at + 1]
        for match in T._break().finditer(text):
            answer = plain(text, match)
            assert T._closed_at(text, match) == answer, text[max(0, match.start() - 20):match.end() + 20]
            kept += answer is not None
            dropped += answer is None
    assert kept > 100 and dropped > 100, (kept, dropped)


def test_sentence_lookup_reads_stops_from_the_first_question_s_paragraph() -> None:
    # The lookup reads stops from a letter before the blank line ahead of its first question (and of a later
    # question past every stop read), and from the text's start once a question needs more: the same
    # sentences as the whole split, whatever offset comes first and in whatever order the rest come, in
    # pages of blank lines, stops right before them, abbreviations, list items and cell bars (our own
    # made-up pieces).
    import random

    from calfeed.text import SentenceLookup, _scan_origin
    rng = random.Random(21)
    pieces = ["Tom Reed met Ana. ", "It ended at 5 p.m.", "\n\n", "\n \n", "\n", "Dr.", " ", "U.S.\n\n", "?\n\n",
              "- item 3 May\n", "| 8 March | talk |\n", "2. Copy due\n", "\"Yes.\"\n\n", "...", "x", "Jan. 5\n\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    texts.append("First line.\n\nSecond one starts. It goes on.\n\nThird.")
    began_late = 0
    for text in texts:
        whole = split_sentences(text)
        offsets = list(range(len(text) + 1))
        rng.shuffle(offsets)
        for first in offsets[:3]:
            lookup = SentenceLookup(text)
            began_late += _scan_origin(text, first) > 0
            for offset in [first, *offsets]:
                assert _answer(lookup.at, offset) == _answer(whole.at, offset), (text, first, offset)
    assert began_late > 100


def _answer(at, offset):
    """What ``at(offset)`` gives, or the kind of error it raises (a text of blanks has no sentence)."""
    try:
        return at(offset)
    except IndexError:
        return IndexError
