"""An example's text as the report shows it: news exports' markup debris undone, evidence marks on their words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.report.page import make_examples
from transforms.report.readable_text import debris_spans, readable_text


@pytest.mark.parametrize(("stored", "shown"), [
    # AG News (agnews-dev): entities whose "&" became a space, tags written as entities, backslashes.
    ("Britain #39;s highest court ruled Thursday.", "Britain's highest court ruled Thursday."),
    ("Zimbabwe jails UK  #39;coup plotter #39;", "Zimbabwe jails UK 'coup plotter'"),
    ("Crew become  quot;Weightless-Watchers quot; with low food &lt;b&gt;...&lt;/b&gt;",
     'Crew become "Weightless-Watchers" with low food ...'),
    ('EarthLink Inc. &lt;A HREF="http://www.reuters.co.uk/financeQuoteLookup.jhtml?ticker=ELNK.O qtype=sym"&gt;'
     "ELNK.O&lt;/A&gt; and Yahoo said.", "EarthLink Inc. ELNK.O and Yahoo said."),
    ("hard-drive storage  #151; enough to record", "hard-drive storage — enough to record"),
    ("acquisition of AT amp;T Wireless", "acquisition of AT&T Wireless"),
    ("fetched as much as  #36;265 on eBay, \\$10.3 billion", "fetched as much as $265 on eBay, $10.3 billion"),
    ("Prices are expected\\to fall", "Prices are expected to fall"),
    ("#39;Poison pill' just in case", "'Poison pill' just in case"),
    ("at $499.\\ Treo 650, said Inc. \\Chairman Black", "at $499. Treo 650, said Inc. Chairman Black"),
    ("\\\\The blogs are buzzing.\\\\From Gizmodo:\\\\", "The blogs are buzzing. From Gizmodo:"),
    ("Tom &amp; Jerry&#39;s &quot;return&quot; <b>live</b>", 'Tom & Jerry\'s "return" live'),
    # Text that only looks like debris stays as written.
    ("Profits rose 5% & margins held; shares < $10 kept the #1 spot.",
     "Profits rose 5% & margins held; shares < $10 kept the #1 spot."),
    ("A file in C:\\Windows\\Temp was deleted.", "A file in C:\\Windows\\Temp was deleted."),
    ("Line&#10;feed and #1; rank", "Line&#10;feed and #1; rank"),
    ("shares &lt; $10 and a &lt;(", "shares < $10 and a <("),  # an "&lt;" alone was dropped as a tag
    # Maths and code are no tags: "<b and c>" held no attribute, "<String>" names no tag of HTML.
    ("analysts said a<b and c>d held", "analysts said a<b and c>d held"),
    ("write List<String> and vector<int> now", "write List<String> and vector<int> now"),
    # A ticker in angle brackets, written as entities (agnews-dev, Reuters), is the text's: it was cut out.
    ("Apple Computer Inc.&lt;AAPL.O&gt; on Tuesday", "Apple Computer Inc.<AAPL.O> on Tuesday"),
    # A number after "#" is no entity that lost its "&" unless it reads as punctuation, as AG News's do.
    ("He wore jersey #99; the fans cheered. Bug #1234; was fixed.",
     "He wore jersey #99; the fans cheered. Bug #1234; was fixed."),
    # A name is an entity only whole: html.unescape reads "&notes;" as "&not" and "es;".
    ("Read the release&notes; online.", "Read the release&notes; online."),
    ("a&nbsp;b", "a b"),
    # Paths of Windows' registry and shares, and a shrug, keep their backslashes.
    ("It hid in HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Run, they said.",
     "It hid in HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Run, they said."),
    ("Files on \\\\fileserver\\share were exposed.", "Files on \\\\fileserver\\share were exposed."),
    ("The shrug \u00af\\_(\u30c4)_/\u00af went viral.", "The shrug \u00af\\_(\u30c4)_/\u00af went viral."),
    # TeX's commands keep their backslashes ("\\alpha + \\beta" read "alpha + beta"), and so does every backslash
    # of their text; AG News's breaks before a word or a capital's name are still spaces.
    ("It defines \\alpha + \\beta = \\gamma.", "It defines \\alpha + \\beta = \\gamma."),
    ("It uses \\frac{a}{b} and \\textbf{x}.", "It uses \\frac{a}{b} and \\textbf{x}."),
    ("Let $\\sigma$ be the noise\\of the signal.", "Let $\\sigma$ be the noise\\of the signal."),
    ("until the\\end of the year, shares of\\Delta fell", "until the end of the year, shares of Delta fell"),
    # A Greek letter's name is an English word too: AG News's break before it is a space, but beside a formula's sign.
    ("Google unveiled a\\beta version", "Google unveiled a beta version"),
    ("Floods hit the Mekong\\delta region.", "Floods hit the Mekong delta region."),
    ("It holds for x \\leq 5 only.", "It holds for x \\leq 5 only."),
    # A line's or a paragraph's tag between two words reads as a space: they were run together.
    ("Services.&lt;p&gt;ADVERTISEMENT&lt;/p&gt;", "Services. ADVERTISEMENT "),
    ("White Paper&lt;/a&gt;&lt;br/&gt;Find out how", "White Paper Find out how"),
])
def test_debris_is_undone_and_plain_text_kept(stored, shown) -> None:
    assert readable_text(stored)[0] == shown


def test_evidence_stays_on_its_words_and_evidence_inside_a_tag_goes() -> None:
    stored = 'Congo #39;s army &lt;a href="x"&gt;clashed&lt;/a&gt; with rebels'
    spans = [(stored.index(w), stored.index(w) + len(w), w, "term") for w in ("army", "clashed", "rebels", "href")]
    text, moved = readable_text(stored, spans)
    assert text == "Congo's army clashed with rebels"
    assert [text[s:e] for s, e, _, _ in moved] == ["army", "clashed", "rebels", ""]


@given(st.text(alphabet="ab &#39;quot<>\\$;lgt/", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_moved_spans_stay_within_the_text_and_in_order(stored, start, end) -> None:
    text, [(s, e, _, _)] = readable_text(stored, [(start, end, "t", None)])
    if start <= end <= len(stored):
        assert 0 <= s <= e <= len(text)


def test_the_page_shows_an_examples_text_and_title_without_debris() -> None:
    stored = "The British leader #39;s  quot;coup quot; trial"
    row = {"theme": "crime", "score": 2.0, "text": stored, "relative_path": "world/1.txt", "source": "/in/world/1.txt",
           "evidence": [{"start": stored.index("trial"), "end": len(stored), "term": "trial", "kind": "term"}],
           "title": "Zimbabwe jails UK  #39;coup plotter #39;", "dated_at": None, "dated_by": "ingested",
           "url": None, "source_name": "world"}
    [example] = make_examples([row])
    assert "".join(s.text for s in example.segments) == "The British leader's \"coup\" trial"
    assert [s.text for s in example.segments if s.term] == ["trial"]
    assert example.title == "Zimbabwe jails UK 'coup plotter'"


def test_debris_spans_are_the_pieces_the_page_does_not_show_as_written() -> None:
    text = 'Acme &lt;A HREF="http://investor.example/"&gt;ACME.O&lt;/A&gt; rose; List<String> and C:\\Windows stay'
    assert [text[s:e] for s, e in debris_spans(text)] == ['&lt;A HREF="http://investor.example/"&gt;', "&lt;/A&gt;"]
    assert debris_spans("Plain news, 5% up & rising.") == []
