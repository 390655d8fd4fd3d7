"""A print edition's rights notice under a reading service's copy (PressReader's): no paragraph of the story."""

from __future__ import annotations

import pytest

from transforms.formats import read_articles
from transforms.paragraphs import paragraph_columns

STORY = "Nurses at three hospitals walked out on Monday over pay and staffing levels, the union said."


def paragraphs(text: str) -> list[str]:
    article = read_articles(text.encode(), "txt").articles[0]
    return list(paragraph_columns(article.text, article.title, guess_title=True).text)


@pytest.mark.parametrize("notice", [
    "© Toronto Star 2026. All rights reserved. Printed and distributed by PressReader\n"
    "PressReader.com +1 604 278 4604\nCOPYRIGHT AND PROTECTED BY APPLICABLE LAW",
    "© Sunday Times 2026. All rights reserved.\nPrinted and distributed by PressReader",
])
def test_a_print_editions_rights_notice_is_no_paragraph(notice: str) -> None:
    assert paragraphs(f"Nurses strike\n\n{STORY}\n\n{notice}\n")[-1] == STORY


def test_the_notice_is_kept_in_metadata() -> None:
    notice = "© Toronto Star 2026. All rights reserved. Printed and distributed by PressReader"
    article = read_articles(f"Nurses strike\n\n{STORY}\n\n{notice}\n".encode(), "txt").articles[0]
    assert article.metadata["rights_notice"] == notice


@pytest.mark.parametrize("last", [
    "All rights reserved, the label said of the song.",  # a sentence that says the words, no copyright's mark
    "Copyright law changed in 2026, the minister said.",  # copyright and a year, no mark: a story's sentence
])
def test_a_story_paragraph_about_rights_stays(last: str) -> None:
    assert paragraphs(f"Song sold\n\n{STORY}\n\n{last}\n")[-1] == last


@pytest.mark.parametrize(("notice", "distributor"), [
    ("© 2026 Toronto Star Newspapers Ltd. All rights reserved.", "Distributed by PressReader"),
    ("© The Hindu 2026", "Distributed by Tribune Content Agency"),
])
def test_a_distributors_credit_under_the_notice_is_no_paragraph(notice: str, distributor: str) -> None:
    # the distributor's credit a paragraph of its own under the copyright's: it stayed the story's last paragraph
    assert paragraphs(f"Nurses strike\n\n{STORY}\n\n{notice}\n\n{distributor}\n")[-1] == STORY


def test_a_sentence_opening_with_distributed_by_stays() -> None:
    last = "Distributed by the Red Cross, the food reached 3,000 families in the north."
    assert paragraphs(f"Aid arrives\n\n{STORY}\n\n{last}\n")[-1] == last
