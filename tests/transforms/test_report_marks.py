"""Evidence marks: a paragraph cut at its evidence spans, for the report's <mark>s."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.report.marks import MAX_EXAMPLE_CHARS, article_link, marked_segments

spans = st.lists(
    st.tuples(
        st.integers(-3, 40), st.integers(-3, 40), st.sampled_from(["war", "trade"]),
        st.sampled_from(["term", "semantic"]),
    )
)


@given(st.text(max_size=30), spans)
def test_segments_give_back_the_text_and_mark_only_inside_spans(text, evidence) -> None:
    segments = marked_segments(text, evidence)
    assert "".join(s.text for s in segments) == text
    assert all(s.text for s in segments)  # no empty mark or gap
    covered = {i for a, b, _, _ in evidence for i in range(max(a, 0), min(b, len(text)))}
    marked, at = set(), 0
    for s in segments:
        if s.term is not None:
            marked |= set(range(at, at + len(s.text)))
        at += len(s.text)
    assert marked == covered  # every evidence character marked, nothing else


def test_semantic_evidence_keeps_its_kind_and_term() -> None:
    (before, mark, after) = marked_segments("they cannot afford it", [(12, 18, "afford", "semantic")])
    assert (before.text, mark.text, mark.term, mark.kind, after.text) == ("they cannot ", "afford", "afford",
                                                                           "semantic", " it")


def test_links_prefer_the_url_and_escape_file_paths() -> None:
    assert article_link("https://example.org/a?b=1", "/in/a.txt") == "https://example.org/a?b=1"
    assert article_link(None, "/in/news/a#1.txt") == "file:///in/news/a%231.txt"


@pytest.mark.slow
def test_a_huge_paragraph_is_shown_up_to_the_limit_with_its_marks_there() -> None:
    # A records file's one 4.8 MB field made an 11.6 MB page of 200,067 marks.
    text = "war " * 1_000_000
    spans = [(i, i + 3, "war", "term") for i in range(0, len(text), 4)]
    segments = marked_segments(text, spans)
    assert sum(len(s.text) for s in segments) == MAX_EXAMPLE_CHARS + 1 and segments[-1].text == "…"
    assert sum(s.term is not None for s in segments) == MAX_EXAMPLE_CHARS // 4
    assert "".join(s.text for s in marked_segments("short", [])) == "short"
