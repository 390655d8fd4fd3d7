"""A text file of one short line is a headline with no body: its title, and still its one paragraph."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles


@pytest.mark.parametrize(
    "data", [b"Fog closes Oslo airport\n", b"Fog closes Oslo airport", b"\nQuake of magnitude 5.1 jolts Chile\n\n"])
def test_a_one_line_headline_is_the_title(data: bytes) -> None:
    [article] = read_articles(data, "txt", ReadOptions()).articles
    assert article.title == data.decode().strip()
    assert article.text.strip() == article.title


@pytest.mark.parametrize(
    "data",
    [
        b"Fog closed Oslo airport on Tuesday.\n",  # a sentence: a body of one paragraph
        b"Fog closed Oslo airport on Tuesday morning and all departures were delayed for at least three hours\n",
        b"https://example.com/news/fog-oslo\n",
        b"5 March 2026\n",
        b"Fog closes Oslo airport\n\nAll flights were delayed on Tuesday.\n",  # a headline over a body: the splitter's
    ],
)
def test_a_line_of_no_headline_shape_gets_no_title(data: bytes) -> None:
    [article] = read_articles(data, "txt", ReadOptions()).articles
    assert article.title is None


@pytest.mark.parametrize("data", [b"Will rates rise again?\n", b"Is the housing market about to turn?"])
def test_a_short_question_alone_is_a_headline(data: bytes) -> None:
    [article] = read_articles(data, "txt", ReadOptions()).articles
    assert article.title == data.decode().strip()


@pytest.mark.parametrize("data", [
    b"Why did nobody on the council tell the residents of Elm Street about the closure before it happened?\n",
    b"What a game!\n", b"will rates rise again?\n"])
def test_a_long_or_unheaded_question_or_an_exclamation_is_no_headline(data: bytes) -> None:
    [article] = read_articles(data, "txt", ReadOptions()).articles
    assert article.title is None


@pytest.mark.parametrize("data", [
    b"Power restored in Tallinn after storm\nTroops pushed back.\n",
    b"Rail workers strike in Bucharest\nTrains stopped across Romania on Tuesday as the union walked out.\n",
    b"Will the ceasefire hold?\nFighting paused on Monday after talks in Doha ended with a deal.\n",  # a short question
    b"Quarterly Report \xe2\x80\x94 31 March 2026\nRevenue rose 4% in the quarter as sales grew.\n",  # its day ends it
    b"Annual Report 2025\nRevenue rose by a fifth last year as the shops in the north reopened.\n",  # a name's year
    b"Who pays for the bridge?\nThe council will vote on the bill on Monday, its leader said.\n",  # no answer's echo
])
def test_a_headline_right_over_its_body_is_the_title(data: bytes) -> None:
    # a headline with its story on the next line, no blank line between them: it was one paragraph and no title
    [article] = read_articles(data, "txt", ReadOptions()).articles
    headline, body = data.decode().split("\n", 1)
    assert article.title == headline
    assert [p.strip() for p in article.text.split("\n\n")] == [headline, body.strip()]


@pytest.mark.parametrize("data", [
    b"Power was restored in Tallinn after\nthe storm passed on Tuesday.\n",  # a wrapped sentence, its line running on
    b"Power was restored in Tallinn on\nTuesday after the storm.\n",  # a line ending on a word that runs on
    b"Power was restored in Tallinn.\nTroops pushed back.\n",  # two sentences
    b"Fares rose again this year by 4\nPercent of riders said they would stop.\n",  # a line ending on a number
    b"Prices fell across Europe in 2025\nAnd they fell again in the spring.\n",  # a year a sentence runs on to
    b"Who pays?\nThe council says taxpayers will.\n",  # a question answered on the next line: a dialogue's
    b"Is the tram late again?\nYes, by ten minutes.\n",
    (b"Why did nobody on the council tell the residents of Elm Street?\nThey were angry about it all week long.\n"),
    (b"Power was restored across the Estonian capital Tallinn on\nTuesday after a storm that brought down lines\n"
     b"across the north of the country, the grid operator said.\n"),  # a paragraph wrapped at its column's width
])
def test_a_wrapped_paragraph_gets_no_title(data: bytes) -> None:
    [article] = read_articles(data, "txt", ReadOptions()).articles
    assert article.title is None and article.text.strip() == data.decode().strip()
