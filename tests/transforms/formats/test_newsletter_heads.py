"""A newsletter's masthead (its sender's name in its head), its issue's line with its writer ("Issue 212 | By Yinka
Adegoke") and its sign-off ("That's all for today. Forward this to a friend ...") are no paragraphs of its text."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = ("Floods in Lagos killed at least 12 people over the weekend after more than 300 millimetres of rain fell.\n\n"
         "The Lagos State government blamed blocked drains and buildings on flood plains.")


def _mail(body: str, sender: str = "The Africa Brief") -> bytes:
    return (f'From: "{sender}" <brief@africabrief.test>\nSubject: Lagos floods\nDate: Tue, 21 Jul 2026 06:02:09 +0100\n'
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


@pytest.mark.parametrize("plain", [True, False])
def test_a_newsletters_masthead_issue_line_and_sign_off_are_no_paragraphs(plain: bool) -> None:
    body = (f"THE AFRICA BRIEF\n\nIssue 212 | By Yinka Adegoke\n\n{STORY}\n\n"
            "That's all for today. Forward this to a friend.")
    if not plain:
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n")[2:])
        body = (f'<html><body><h1>THE AFRICA BRIEF</h1><p style="font-size:12px">Issue 212 | By Yinka Adegoke</p>'
                f"{paragraphs}</body></html>")
    data = _mail(body).replace(b"text/plain", b"text/html") if not plain else _mail(body)
    [article] = read_articles(data, "eml", ReadOptions()).articles
    assert article.authors == ("Yinka Adegoke",)
    for furniture in ("AFRICA BRIEF", "Issue 212", "That's all for today", "Forward this"):
        assert furniture not in article.text
    assert "Floods in Lagos killed" in article.text and "blocked drains" in article.text


@pytest.mark.parametrize("body", [
    f"{STORY}\n\nThat's all for today, the minister said after the vote, before leaving the chamber.",
    f"Africa Brief readers wrote in their hundreds this week.\n\n{STORY}",
    f"Issue 212 of the council's bulletin is out.\n\n{STORY}",
])
def test_a_newsletters_sentences_that_only_look_like_its_furniture_stay(body: str) -> None:
    [article] = read_articles(_mail(body), "eml", ReadOptions()).articles
    assert body.split("\n\n")[0] in article.text and body.split("\n\n")[-1] in article.text


@pytest.mark.parametrize("issue", ["Issue #48 · March 5, 2026", "No. #48 | By Yinka Adegoke", "#48 · Tue 21 Jul 2026"])
def test_an_issue_line_whose_number_has_its_hash_is_no_paragraph(issue: str) -> None:
    [article] = read_articles(_mail(f"{issue}\n\n{STORY}"), "eml", ReadOptions()).articles
    assert "#48" not in article.text and article.text.split("\n\n")[-1] == STORY.split("\n\n")[-1]


@pytest.mark.parametrize("line", ["Issue #48 was the worst of the year, readers said.", "#48 · bus route cut"])
def test_a_line_naming_an_issue_by_its_hash_in_a_sentence_stays(line: str) -> None:
    [article] = read_articles(_mail(f"{line}\n\n{STORY}"), "eml", ReadOptions()).articles
    assert line in article.text
