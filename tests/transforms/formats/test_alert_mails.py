"""An alert's e-mail (Google Alerts'): each story it lists is an article, its headline, source, snippet and link."""

from __future__ import annotations

import pytest

from transforms.articles import ArticleFile, read_file_articles
from transforms.formats import FormatError, ReadOptions, read_articles


def _item(url: str, headline: str, source: str, snippet: str) -> str:
    # as Google Alerts lays a story out: schema.org microdata, the link through Google's redirect, the query in <b>
    return (f'<tr><td><div itemscope itemtype="http://schema.org/Article"><a href="https://www.google.com/url?rct=j'
            f'&amp;sa=t&amp;url={url}&amp;ct=ga&amp;cd=CAEYAA&amp;usg=AOvVaw1" itemprop="url"><span itemprop="name">'
            f'{headline}</span></a><div itemprop="publisher" itemscope itemtype="http://schema.org/Organization">'
            f'<span itemprop="name">{source}</span></div><div itemprop="description">{snippet}</div></div>'
            '<a href="https://www.google.com/alerts/feedback?ffu=x">Flag as irrelevant</a></td></tr>')


def alert_mail(items: str) -> bytes:
    html = ('<html><body><table><tr><td>Google Alerts</td></tr><tr><td><b>cycle lanes</b></td></tr><tr><td>Daily '
            f'update &#8901; December 7, 2026</td></tr><tr><td>NEWS</td></tr>{items}<tr><td>You have received this '
            'email because you have subscribed to Google Alerts. <a href="https://www.google.com/alerts/remove?s=x">'
            'Unsubscribe</a></td></tr></table></body></html>')
    return ("From: Google Alerts <googlealerts-noreply@google.com>\nSubject: Google Alert - cycle lanes\n"
            "Date: Mon, 07 Dec 2026 07:12:00 +0000\nMIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n"
            f"{html}\n").encode()


TWO = (_item("https://www.towncrier.example/news/cycle-lanes-approved", "Council approves new <b>cycle lanes</b>",
             "Town Crier", "The council voted on Tuesday to build 12 km of new <b>cycle lanes</b> by next summer.")
       + _item("https://valleypost.example/2026/12/06/bike-path", "Riders welcome <b>cycle lanes</b> plan",
               "Valley Post", "Local riders said the plan was overdue after two crashes on the high street."))


def test_each_story_an_alert_lists_is_an_article() -> None:
    # it was one article "Google Alert - cycle lanes" whose text was its footer, its stories' links dropped
    articles = read_articles(alert_mail(TWO), "eml", ReadOptions()).articles
    assert [(a.title, a.site, a.url) for a in articles] == [
        ("Council approves new cycle lanes", "Town Crier", "https://www.towncrier.example/news/cycle-lanes-approved"),
        ("Riders welcome cycle lanes plan", "Valley Post", "https://valleypost.example/2026/12/06/bike-path"),
    ]
    first = articles[0]
    assert first.text == ("Council approves new cycle lanes\n\n"
                          "The council voted on Tuesday to build 12 km of new cycle lanes by next summer.")
    assert first.published_at is not None and first.published_at.date().isoformat() == "2026-12-07"
    assert first.metadata["alert"] == "Google Alert - cycle lanes"
    assert not any("subscribed" in a.text or "Flag as irrelevant" in a.text for a in articles)


def test_an_alerts_stories_are_articles_each_of_its_own_id() -> None:
    data = alert_mail(TWO)
    read = read_file_articles(ArticleFile("/in/alert.eml", data, relative_path="alert.eml"), ReadOptions())
    ids = [article.article_id for article in read.articles]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_a_story_an_alert_lists_twice_is_one_article() -> None:
    # a digest lists a story again under another of its queries: two articles of one id, their paragraphs' ids too
    again = _item("https://www.towncrier.example/news/cycle-lanes-approved", "Council approves new cycle lanes",
                  "Town Crier", "The council voted on Tuesday to build new cycle lanes.")
    read = read_file_articles(ArticleFile("/in/alert.eml", alert_mail(TWO + again), relative_path="alert.eml"),
                              ReadOptions())
    ids = [article.article_id for article in read.articles]
    assert len(ids) == 2 and len(set(ids)) == 2


@pytest.mark.parametrize("item", [
    # a story with no link, or no headline, is no item of a list
    '<div itemscope itemtype="http://schema.org/Article"><span itemprop="name">Cycle lanes</span></div>',
    # another kind of item (a mail's own, as Gmail's annotations mark it)
    '<div itemscope itemtype="http://schema.org/Organization"><a itemprop="url" href="https://x.example/">'
    '<span itemprop="name">Town Crier</span></a></div>',
])
def test_a_mail_of_no_listed_stories_is_read_as_one(item: str) -> None:
    # a mail listing none is one article, as before: no story of its own is made of a lone name
    [article] = read_articles(alert_mail(f"<tr><td>{item}</td></tr>"), "eml", ReadOptions()).articles
    assert article.title == "Google Alert - cycle lanes" and article.url is None


def test_a_newsletter_of_only_its_footer_is_no_article() -> None:
    # it was an article "Your Monday briefing" whose text was "You are receiving this email because ..."
    mail = ("From: The Morning Brief <brief@courier.test>\nSubject: Your Monday briefing\nDate: Mon, 07 Dec 2026 "
            "07:12:00 +0000\nContent-Type: text/html; charset=utf-8\n\n<html><body><table><tr><td><a href='https://"
            "courier.test/web'>View in browser</a></td></tr><tr><td>You are receiving this email because you signed up "
            "for The Morning Brief. <a href='https://courier.test/u'>Unsubscribe</a> | <a href='https://courier.test/"
            "p'>Manage preferences</a></td></tr></table></body></html>\n")
    with pytest.raises(FormatError, match="only its furniture"):
        read_articles(mail.encode(), "eml", ReadOptions())
