"""A text's head on a sports, markets or weather page: a score, an attendance, a referee, a ground after the writer's
name, a price line; and a byline that names its writer's paper or reads as a headline."""

from __future__ import annotations

import pytest

from transforms.formats import ArticleRecord, ReadOptions, read_articles

STORY = ("The visitors took the lead through a header in the 23rd minute before the home side struck twice after the "
         "break to climb to fourth.")
MORE = "The manager said afterwards that his players had shown real character in a difficult week for the club."


def read(head: str) -> ArticleRecord:
    [article] = read_articles(f"{head}\n\n{STORY}\n\n{MORE}\n".encode(), "txt", ReadOptions()).articles
    return article


@pytest.mark.parametrize(("head", "authors", "byline"), [
    # the ground a match reporter signs at: the line stayed a paragraph, no author ("Tom Roe at Anfield" was no name)
    ("Liverpool 2-0 Everton\nAtt: 52,103\nBy Tom Roe at Anfield", ("Tom Roe",), "By Tom Roe at Anfield"),
    ("Scotland 31-19 Wales\nBy Jane Doe at Murrayfield", ("Jane Doe",), "By Jane Doe at Murrayfield"),
    ("England v India\nBy Jane Doe at the Oval", ("Jane Doe",), "By Jane Doe at the Oval"),
    # a paper named after its writer in its language's words: it was a second author, "Le Monde", "Die Zeit"
    ("Ukraine talks resume in Geneva\nBy Jane Doe, Le Monde", ("Jane Doe",), "By Jane Doe, Le Monde"),
    ("Streik bei der Bahn\nVon Max Müller, Die Zeit", ("Max Müller",), "Von Max Müller, Die Zeit"),
    ("Elecciones en Argentina\nBy Jane Doe, La Nación", ("Jane Doe",), "By Jane Doe, La Nación"),
    # a Cantonese surname, a hyphenated given name: a second author, no paper ("Lo Kin-hei" was dropped as one)
    ("Hong Kong budget\nBy Jane Doe, Lo Kin-hei", ("Jane Doe", "Lo Kin-hei"), "By Jane Doe, Lo Kin-hei"),
    ("Hong Kong budget\nBy Jane Doe, La Wing-sze", ("Jane Doe", "La Wing-sze"), "By Jane Doe, La Wing-sze"),
    # a Vietnamese name that opens with the surname Le, a name of five words: each a person's still
    ("Floods hit central Vietnam\nBy Le Minh Tuan", ("Le Minh Tuan",), "By Le Minh Tuan"),
    ("Rates held\nBy Jane Doe and Le Tuan", ("Jane Doe", "Le Tuan"), "By Jane Doe and Le Tuan"),
    ("Juros mantidos\nPor Maria Fernanda Cândido Alves Pereira", ("Maria Fernanda Cândido Alves Pereira",),
     "Por Maria Fernanda"),
])
def test_a_byline_names_its_writer_not_the_ground_or_the_paper(
        head: str, authors: tuple[str, ...], byline: str) -> None:
    article = read(head)
    assert article.authors == authors
    assert byline not in article.text


@pytest.mark.parametrize("line", [
    "By County Board Approves Ferry Budget",
    "By City Council Votes To Close Library",
])
def test_a_headline_in_title_case_after_by_names_no_writer(line: str) -> None:
    # a local paper's headline over a "By" was read as its writer ("County Board Approves Ferry Budget")
    article = read(f"Ferry service to resume\n{line}")
    assert article.authors == ()
    assert line in article.text


@pytest.mark.parametrize(("head", "kept", "authors"), [
    ("Hearts 2-1 Livingston\nAtt: 1,375\nReferee: A. Freeland", "Referee: A. Freeland", ()),
    ("Motherwell 0-0 Dundee\nAtt: 4,512\nReferee: Nick Walsh\nBy Tom Roe", "Att: 4,512", ("Tom Roe",)),
    ("Arsenal v Chelsea preview\nKick-off: 17:30 GMT\nVenue: Emirates Stadium", "Kick-off: 17:30 GMT", ()),
    ("FTSE 100 closes higher as miners rally\nFTSE 100 8,712.45 +0.6%\nBy Mark Reed", "8,712.45 +0.6%", ("Mark Reed",)),
    ("Sinner beats Alcaraz in Melbourne\nSinner bt Alcaraz 6-3 6-4 7-6 (7-4)", "Sinner bt Alcaraz", ()),
    ("Cold snap to last into weekend\nMax 3C, min -6C\nBy Sarah Keen", "Max 3C, min -6C", ("Sarah Keen",)),
])
def test_a_score_an_attendance_or_a_price_under_the_headline_is_no_date_nor_author(
        head: str, kept: str, authors: tuple[str, ...]) -> None:
    article = read(head)
    assert article.authors == authors and article.published_at is None
    assert kept in article.text


def test_a_sentence_that_opens_as_a_byline_at_a_ground_names_no_one() -> None:
    for line in ("By Night at the Museum", "By Tuesday at Anfield, the mood had changed"):
        article = read(f"Rates held\n{line}")
        assert article.authors == () and line in article.text
