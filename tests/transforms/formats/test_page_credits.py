"""A page's last blocks that credit its story's makers (a wire's credits, a credit line, Reuters' notice of its
standards): no paragraphs of its article; their reporters its authors where the page names none."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = ("Oil prices rose on Wednesday after Iran fired a barrage of missiles at Israel, raising fears that the "
         "conflict could disrupt supplies from the region.")
MORE = "Brent crude futures rose 1.6% to $74.74 a barrel by 0700 GMT, their highest in a week."


def page(*endings: str, byline: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in (STORY, MORE, *endings))
    return (f"<html><head><title>Oil prices climb</title></head><body><article><h1>Oil prices climb</h1>{byline}"
            f"{paragraphs}</article></body></html>").encode()


@pytest.mark.parametrize("endings", [
    ("Reporting by Colleen Howe in Beijing; Editing by Christian Schmollinger",),
    ("Reporting by Colleen Howe in Beijing; Editing by Christian Schmollinger",
     "Our Standards: The Thomson Reuters Trust Principles."),
    ("(Reporting by Colleen Howe; Editing by Christian Schmollinger)",),
])
def test_a_wires_credits_ending_a_page_are_no_paragraph_and_name_its_reporter(endings: tuple[str, ...]) -> None:
    # Each was the article's last paragraph (labelled with themes), and the page had no author
    [article] = read_articles(page(*endings), "html", ReadOptions()).articles
    assert article.text.split("\n\n") == ["Oil prices climb", STORY, MORE]
    assert article.authors == ("Colleen Howe",)


def test_a_credit_line_ending_a_page_names_a_contributor_not_an_author() -> None:
    ending = "Associated Press writer John Leicester in Paris contributed to this report."
    [article] = read_articles(page(ending, byline="<p>By Sam Metz</p>"), "html", ReadOptions()).articles
    assert ending not in article.text
    assert article.metadata["contributors"] == ["John Leicester"]


@pytest.mark.parametrize("ending", ["Editing by hand is slow, and the agency says it will automate it by next year.",
                                    "Our Standards: what we do when we get it wrong, and how to tell us."])
def test_a_last_paragraph_that_credits_no_one_stays(ending: str) -> None:
    [article] = read_articles(page(ending), "html", ReadOptions()).articles
    assert article.text.split("\n\n")[-1] == ending and article.authors == ()
