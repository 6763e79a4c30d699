"""Source links: text fragments for published documents, anchors on source pages otherwise."""

from __future__ import annotations

import re
from urllib.parse import unquote

from calfeed.feeds.links import anchor_id, encode_fragment, source_link, source_page_name, text_directive
from calfeed.model import Document
from test_feeds_samples import BASE, SEED, ROOT

SEED_TEXT = (ROOT / "seeds" / SEED).read_text(encoding="utf-8")


def fragment_parts(link: str) -> list[str]:
    directive = link.split("#:~:text=", 1)[1]
    return [unquote(part) for part in directive.split(",")]


def test_document_without_url_links_to_its_source_page_anchor():
    doc = Document(SEED, SEED_TEXT)
    start = SEED_TEXT.index("8 December 2011")
    link = source_link(doc, start, start + 15, BASE)
    assert link == f"http://localhost:8000/sources/000_c31b7acfb3e4b256.html#t{start}-{start + 15}"
    assert source_link(doc, start, start + 15, "https://example.org/feeds") == (
        f"https://example.org/feeds/sources/000_c31b7acfb3e4b256.html#{anchor_id(start, start + 15)}")


def test_page_names_are_flat_distinct_and_safe():
    names = {source_page_name(Document(p, "")) for p in
             ["a.txt", "a.md", "sub/a.txt", "sub__a.txt", "Réunion.txt", "R_union.txt", "../x.txt", ".hidden.txt"]}
    assert len(names) == 8
    for name in names:
        assert re.fullmatch(r"sources/[A-Za-z0-9_.-]+\.html", name), name
        assert not name.startswith("sources/.")
    assert source_page_name(Document("a.txt", "")) == "sources/a.html"


def test_short_sentence_is_quoted_whole_and_encoded():
    text = "Intro line.\n\nDeadline: 1-2 May, R&D track. Next sentence here."
    doc = Document("d.txt", text, url="https://example.org/p#old")
    start = text.index("1-2 May")
    link = source_link(doc, start, start + 7, BASE)
    assert link.startswith("https://example.org/p#:~:text=")
    directive = link.split("#:~:text=", 1)[1]
    assert "-" not in directive and "&" not in directive and "," not in directive
    assert fragment_parts(link) == ["Deadline: 1-2 May, R&D track."]


def test_long_sentence_uses_start_and_end_words():
    start = SEED_TEXT.index("8 December 2011")
    parts = fragment_parts(source_link(Document(SEED, SEED_TEXT, url="https://www.unodc.org/x.html"), start, start + 15, BASE))
    assert parts == ["The Paris Pact 3rd", "define the way forward."]


def test_start_words_grow_until_their_first_match_is_the_sentence():
    text = ("The meeting will be held in Paris for all the partners concerned. "
            "The meeting will be held in Vienna on 3 May 2012 with every partner of the region present.")
    start = text.index("3 May 2012")
    first, last = fragment_parts("x#:~:text=" + text_directive(text, start))
    flat = text
    assert flat.find(first) == text.index("The meeting will be held in Vienna")
    assert text.endswith(last)


def test_end_words_grow_until_they_end_the_sentence():
    text = ("On 3 May 2012 the board meets, as agreed by the region present, and again with the region present "
            "and all the region present.")
    first, last = fragment_parts("x#:~:text=" + text_directive(text, 3))
    after_start = text.index(first) + len(first)
    assert text.find(last, after_start) + len(last) == len(text)


def test_fragment_encoding_keeps_only_safe_characters():
    encoded = encode_fragment("a-b, c&d (e) é “f”")
    assert encoded == "a%2Db%2C%20c%26d%20%28e%29%20%C3%A9%20%E2%80%9Cf%E2%80%9D"
    assert unquote(encoded) == "a-b, c&d (e) é “f”"


def test_collapsed_whitespace_before_the_sentence_is_accounted_for():
    repeated = "The meeting will be held in Vienna on 3 May 2012 with every partner of the region present."
    text = "Title\n\n\n   The   meeting will be held\tin Vienna soon, it said.\n\n" + repeated
    first, last = fragment_parts("x#:~:text=" + text_directive(text, text.index("3 May")))
    flat = re.sub(r"\s+", " ", text)
    assert flat.find(first) == flat.index(repeated)
    assert last.endswith("region present.")


def test_linking_every_sentence_of_a_long_document_stays_fast():
    import time

    sentence = "On {n} May the working group number {n} will meet in the hall to agree on the next steps. "
    text = "".join(sentence.format(n=n) for n in range(3000))
    doc = Document("long.txt", text, url="https://example.org/long")
    began = time.process_time()
    links = [source_link(doc, m.start(), m.end(), BASE) for m in re.finditer(r"\d+ May", text)]
    assert len(links) == 3000 and len(set(links)) == 3000
    assert time.process_time() - began < 5


def test_list_items_are_quoted_alone_without_their_bullet():
    text = ("Important dates:\n- Abstract submission deadline: 12 February 2027\n"
            "- Full paper submission deadline: 19 February 2027\n- Camera-ready papers by 16 April 2027.")
    parts = fragment_parts("x#:~:text=" + text_directive(text, text.index("19 February")))
    assert parts == ["Full paper submission deadline: 19 February 2027"]
    heading = "## Registration opens on 3 May 2027 for all members of the association and their guests"
    first, last = fragment_parts("x#:~:text=" + text_directive(heading, heading.index("3 May")))
    assert first.startswith("Registration") and last.endswith("their guests")


def test_wrapped_paragraph_is_quoted_across_its_lines():
    text = "The meeting takes place\non 3 May 2027 in Oslo."
    assert fragment_parts("x#:~:text=" + text_directive(text, text.index("3 May"))) == [
        "The meeting takes place on 3 May 2027 in Oslo."]
