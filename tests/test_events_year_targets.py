"""A year ahead that a page sets as a target ("net zero by 2030") gives a tentative deadline on the
year's last day (year_targets); forecasts, conditions, plans given up, years past and one target told
twice give none."""

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _entries(text: str, published: date = date(2026, 3, 2)):
    doc = Document(path="p.txt", text=text, title=None, published=published)
    return sorted((str(e.start), e.kind, e.precision, e.title) for e in process_document(doc, Options(today=date(2026, 6, 1))).events)


def test_a_commitment_by_a_year_is_a_deadline_at_its_end():
    text = "Green Plan\n\nThe parish board has made a commitment to halving its energy use by 2031.\n"
    assert _entries(text) == [("2031-12-31", "deadline", "approximate", "Halving its energy use")]


def test_a_goal_of_and_a_plan_to_name_their_targets():
    text = ("Harbour Strategy\n\nThe board adopted the goal of clean bathing water at every beach by 2029. "
            "The port also plans to replace its diesel ferries by the end of 2033.\n")
    assert _entries(text) == [("2029-12-31", "deadline", "approximate", "Clean bathing water at every beach"),
                              ("2033-12-31", "deadline", "approximate", "Replace its diesel ferries")]


def test_a_governing_word_ending_the_phrase_names_it():
    text = "Our Pledge\n\nThe plan includes a zero-waste commitment by 2040 for the town.\n"
    assert _entries(text) == [("2040-12-31", "deadline", "approximate", "Zero-waste commitment")]


def test_one_target_told_twice_gives_one_entry():
    text = ("Towards a cleaner valley\n\nWe will make the valley's buses carbon neutral by 2032. "
            "Our transport plan sets out how the buses will become carbon neutral by 2032.\n")
    assert _entries(text) == [("2032-12-31", "deadline", "approximate", "Make the valley's buses carbon neutral")]


def test_forecasts_conditions_history_and_dropped_plans_give_nothing():
    text = ("Outlook\n\nVisitor numbers are expected to double by 2035. "
            "If funding allows, the trust will open a second museum by 2034. "
            "The mill had already closed by 2019. "
            "We now aim to publish the survey in 2027 rather than by 2026 as first planned. "
            "Sales rose by 2030 units in the spring.\n")
    assert [e for e in _entries(text) if e[1] == "deadline"] == []     # the survey's 2027 is another rule's


def test_a_year_with_no_target_word_gives_nothing():
    text = "History\n\nBy 2030 the old quay will be a century old and the village has grown around it.\n"
    assert _entries(text) == []


def test_a_forecast_with_will_is_no_target():
    # "will" said of a number or a thing, not by the page's own body, forecasts
    text = ("Outlook\n\nThe town's bus fleet will grow to 300 vehicles by 2038, the transport board said. "
            "Traders said the price of wool will reach 9 pounds a kilo by 2031.\n")
    assert _entries(text) == []


def test_a_body_or_we_with_will_sets_a_target():
    text = ("Climate pledge\n\nThe district council will plant 5,000 street trees by 2033. "
            "We shall plant a hedge along the river path by 2035.\n")
    assert [(e[0], e[1]) for e in _entries(text)] == [("2033-12-31", "deadline"), ("2035-12-31", "deadline")]
