"""A text's last paragraph that speaks of its writers: a credit line, a byline after the last sentence."""

from __future__ import annotations

import pytest

from transforms.formats import ArticleRecord, ReadOptions, read_articles

HEAD = "Storm knocks out power to 200,000 homes in Texas\n\nBy Jane Roe, CNN\n\n"
STORY = "A line of severe storms swept through central Texas on Monday night, officials said."


def read(text: str) -> ArticleRecord:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article


@pytest.mark.parametrize(("credit", "contributors"), [
    ("CNN's Jane Doe contributed to this report.", ["Jane Doe"]),
    ("Jane Doe and Tom Roe contributed reporting.", ["Jane Doe", "Tom Roe"]),
    ("The Associated Press contributed to this report.", ["The Associated Press"]),
    # where the contributor reported from, as The New York Times ends a story (it stayed the last paragraph)
    ("Jane Doe contributed reporting from Kyiv, Ukraine.", ["Jane Doe"]),
    ("Tom Roe contributed additional reporting from London.", ["Tom Roe"]),
    ("Karl-Theodor zu Guttenberg contributed reporting.", ["Karl-Theodor zu Guttenberg"]),
])
def test_a_credit_line_at_the_end_names_contributors_and_is_no_paragraph(credit: str, contributors: list[str]) -> None:
    # It was the text's last paragraph, labelled as the story's others are
    article = read(f"{HEAD}{STORY}\n\n{credit}\n")
    assert article.text.rstrip().endswith(STORY)
    assert article.authors == ("Jane Roe",)  # the byline's writer, not the credit's
    assert article.metadata["contributors"] == contributors


def test_a_byline_after_the_last_sentence_names_the_author_and_is_no_part_of_it() -> None:
    # As Wired's summaries in news datasets end: the name was the paragraph's last words, and the text had no author
    article = read("Feds Monitoring Activists\n\nThe ACLU files requests to find out why task forces have been "
                   "monitoring activists. By Ryan Singel.\n")
    assert article.authors == ("Ryan Singel",)
    assert article.text.rstrip().endswith("monitoring activists.")


@pytest.mark.parametrize("last", [
    "Local businesses and council staff contributed to the effort.",
    "The vote is expected by Friday.",
    "He said the club would decide. By Tuesday.",
    # a rubric's words after the last sentence, no writer: each was read as the author
    "Entry is free to all residents. By Popular Demand.",
    "Tickets went on sale on Monday. By Royal Command.",
])
def test_a_last_sentence_that_only_reads_as_a_credit_stays(last: str) -> None:
    article = read(f"Council to vote on budget\n\n{STORY} {last}\n")
    assert article.authors == () and article.text.rstrip().endswith(last)


def test_an_outlets_writer_credited_by_role_is_a_contributor_and_no_paragraph() -> None:
    # As AP ends a story: the credit was the text's last paragraph
    article = read(f"{HEAD}{STORY}\n\nAssociated Press writer John Leicester in Paris contributed to this report.\n")
    assert article.text.rstrip().endswith(STORY)
    assert article.authors == ("Jane Roe",)
    assert article.metadata["contributors"] == ["John Leicester"]


@pytest.mark.parametrize(("credits", "authors", "contributors"), [
    ("(Reporting by David Milliken; Editing by Kate Holton)", ("David Milliken",), None),
    ("(Reporting by Stephanie Kelly in New York and Alex Lawler in London; Editing by David Gregorio)",
     ("Stephanie Kelly", "Alex Lawler"), None),
    ("(Reporting by Jane Doe; Additional reporting by Tom Roe; Writing by Ann Lee; Editing by Bo Chan)",
     ("Jane Doe", "Ann Lee"), ["Tom Roe"]),
    # names with the particles a byline's names have ("Por Juan de los Santos", "By Omar al-Sharif"): each credit
    # stayed the last paragraph
    ("(Reporting by Omar al-Sharif in Cairo; Editing by Ann Lee)", ("Omar al-Sharif",), None),
    ("(Reporting by Juan de los Santos; Editing by Ann Lee)", ("Juan de los Santos",), None),
])
def test_a_wires_credits_at_the_end_name_its_authors_and_are_no_paragraph(
        credits: str, authors: tuple[str, ...], contributors: list[str] | None) -> None:
    # As Reuters ends a story: its credits were the text's last paragraph, and the text had no author
    article = read(f"UK inflation eases to 3.2%\n\nLONDON (Reuters) - {STORY}\n\n{credits}\n")
    assert article.text.rstrip().endswith(STORY)
    assert article.authors == authors  # its reporters and writers, not its editor
    assert article.metadata.get("contributors") == contributors


def test_a_wires_credits_do_not_replace_the_bylines_authors() -> None:
    article = read(f"{HEAD}{STORY}\n\n(Reporting by David Milliken; Editing by Kate Holton)\n")
    assert article.authors == ("Jane Roe",) and article.text.rstrip().endswith(STORY)


def test_a_trailing_byline_with_its_role_names_the_author() -> None:
    # "... By Jane Doe, Staff Writer." gave no author, and stayed the paragraph's last words
    article = read("Cities Test Congestion Charges\n\nSeveral US cities are weighing congestion pricing after New "
                   "York's first year of tolls. By Jane Doe, Staff Writer.\n")
    assert article.authors == ("Jane Doe",)
    assert article.text.rstrip().endswith("first year of tolls.")


@pytest.mark.parametrize("last", [
    "(Photo by Reuters staff)",
    "(Reporting by the sea, she said, was her favourite part of the job)",
])
def test_words_in_brackets_that_credit_no_writer_stay(last: str) -> None:
    article = read(f"Council to vote on budget\n\n{STORY}\n\n{last}\n")
    assert article.authors == () and article.text.rstrip().endswith(last)


@pytest.mark.parametrize("last", ["(Editing by Jane Doe)", "(Editing by Mark Potter and Ros Russell)",
                                  "Editing by Jane Doe and Tom Roe"])
def test_an_editors_credit_alone_at_the_end_is_no_paragraph_and_no_author(last: str) -> None:
    # It stayed the text's last paragraph, labelled as the story's words
    article = read(f"{HEAD}{STORY}\n\n{last}\n")
    assert "Editing by" not in article.text and article.authors == ("Jane Roe",)


def test_a_sentence_that_opens_as_an_editors_credit_stays() -> None:
    last = "Editing by hand took the archive's staff three years."
    assert last in read(f"{HEAD}{STORY}\n\n{last}\n").text


@pytest.mark.parametrize("sign_off", ["str/ad/jj", "bur-jj/ser", "sst/dw", "AP/jm", "AFP/dpa/ab",
                                      "jm/rc (AP, Reuters)", "AP/AFP", "Reuters/AFP/dpa",
                                      "(Reuters/AFP)", "(AP, AFP)", "Reuters, AFP, dpa"])
def test_a_wire_desks_sign_off_alone_on_the_last_line_is_no_paragraph(sign_off: str) -> None:
    text = f"Court frees journalist\n\nA court in Abuja ordered his release on Thursday.\n\n{sign_off}\n"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert article.text.rstrip().endswith("ordered his release on Thursday.")


@pytest.mark.parametrize("last", ["and/or", "Fees rose 5%/year.", "See bbc.co.uk/news", "US/UK", "EU/UN",
                                  "AP/Ipsos", "and/or (AP)", "(US/UK)", "(US, UK)", "Paris, Texas",
                                  "AP, Ipsos"])
def test_a_last_line_of_slashes_that_is_no_sign_off_is_kept(last: str) -> None:
    text = f"Court frees journalist\n\nA court in Abuja ordered his release on Thursday.\n\n{last}\n"
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert article.text.rstrip().endswith(last)


BLOOMBERG = ("Oil Rises as Supply Fears Grow\n\n(Bloomberg) -- Oil rose on Monday as traders weighed supply fears.\n\n"
             "Brent gained 2% in London.\n\n")


def test_a_bloomberg_contact_block_under_the_story_is_no_paragraph() -> None:
    text = (f"{BLOOMBERG}To contact the reporter on this story:\nJane Doe in London at jdoe@bloomberg.net\n"
            "To contact the editors responsible for this story:\nTom Roe at troe@bloomberg.net\n")
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    assert article.text.rstrip().endswith("Brent gained 2% in London.")


@pytest.mark.parametrize("last", [
    "To contact the council, residents should call the office before Friday.",  # a sentence, no heading's colon
    "To contact the reporter on this story:\nwrite to the paper's desk in London.",  # no address under it
])
def test_a_last_paragraph_that_only_opens_as_a_contact_block_stays(last: str) -> None:
    [article] = read_articles(f"{BLOOMBERG}{last}\n".encode(), "txt", ReadOptions()).articles
    assert last.split("\n")[-1] in article.text
