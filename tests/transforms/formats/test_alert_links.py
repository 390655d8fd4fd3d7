"""An alert's e-mail without microdata: each story it links through its redirect is an article, only in a mail known
as an alert by its sender, List-Id or subject; a newsletter's digest of links stays one issue."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

GOOGLE = "Google Alerts <googlealerts-noreply@google.com>"


def _story(url: str, headline: str, source: str, snippet: str, *, redirect: bool = True) -> str:
    # Google Alerts' layout with its microdata stripped, as some clients and forwarders keep the mail
    href = f"https://www.google.com/url?rct=j&amp;sa=t&amp;url={url}&amp;ct=ga&amp;usg=AOv" if redirect else url
    return (f'<tr><td><a href="{href}"><span>{headline}</span></a><div><span>{source}</span></div><div><span>'
            f'{snippet}</span></div><a href="https://www.google.com/alerts/feedback?ffu=x">Flag as irrelevant</a>'
            '</td></tr>')


def _mail(items: str, sender: str = GOOGLE, subject: str = "Google Alert - cycle lanes", headers: str = "") -> bytes:
    html = ('<html><body><table><tr><td>Google Alerts</td></tr><tr><td><b>cycle lanes</b></td></tr><tr><td>Daily '
            f'update</td></tr>{items}<tr><td>You have received this email because you have subscribed to Google '
            'Alerts. <a href="https://www.google.com/alerts/remove?s=x">Unsubscribe</a></td></tr></table></body></html>')
    return (f"From: {sender}\nSubject: {subject}\n{headers}Date: Mon, 07 Dec 2026 07:12:00 +0000\nMIME-Version: 1.0\n"
            f"Content-Type: text/html; charset=UTF-8\n\n{html}\n").encode()


FIRST = _story("https://towncrier.example/a", "Council approves new <b>cycle lanes</b>", "Town Crier",
               "The council voted on Tuesday to build 12 km of new cycle lanes by next summer.")
SECOND = _story("https://valleypost.example/b", "Riders welcome cycle lanes plan", "Valley Post",
                "Local riders said the plan was overdue after two crashes on the high street.")


@pytest.mark.parametrize(("sender", "subject", "headers"), [
    (GOOGLE, "Google Alert - cycle lanes", ""),
    ("Me <me@home.test>", "Google Alert - cycle lanes", ""),  # forwarded to oneself: known by its subject
    ("Alerts <alerts@mail.test>", "Your alert", "List-Id: <googlealerts.google.com>\n"),
])
def test_each_story_an_alert_links_is_an_article(sender: str, subject: str, headers: str) -> None:
    articles = read_articles(_mail(FIRST + SECOND + FIRST, sender, subject, headers), "eml", ReadOptions()).articles
    assert [(a.title, a.url, a.site) for a in articles] == [
        ("Council approves new cycle lanes", "https://towncrier.example/a", "Town Crier"),
        ("Riders welcome cycle lanes plan", "https://valleypost.example/b", "Valley Post")]
    assert articles[0].text.endswith("The council voted on Tuesday to build 12 km of new cycle lanes by next summer.")


def test_an_alert_of_one_story_leaves_its_heading_lines_out_of_the_story() -> None:
    [article] = read_articles(_mail(SECOND), "eml", ReadOptions()).articles
    assert article.site == "Valley Post"
    assert "Daily update" not in article.text and article.text.endswith("two crashes on the high street.")


@pytest.mark.parametrize(("items", "sender", "subject"), [
    # a newsletter's digest, even one whose links pass through the same redirect: one issue of its own
    (FIRST + SECOND, "Courier <news@courier.example>", "Top stories this week"),
    (FIRST, "NYT <nytdirect@nytimes.com>", "Breaking News Alert: cycle lanes"),
    # an alert's links straight to pages are no stories of its redirect
    (_story("https://towncrier.example/a", "Council approves lanes", "Town Crier", "It voted.", redirect=False),
     GOOGLE, "Google Alert - cycle lanes"),
])
def test_a_mail_not_known_as_an_alert_or_of_no_redirected_story_is_one_article(items: str, sender: str,
                                                                               subject: str) -> None:
    [article] = read_articles(_mail(items, sender, subject), "eml", ReadOptions()).articles
    assert article.title == subject and article.url is None


@pytest.mark.parametrize("subject", ["Alerte Google - pistes cyclables", "Alerta de Google - carriles bici"])
def test_an_alert_in_another_language_is_known_by_its_subject(subject: str) -> None:
    articles = read_articles(_mail(FIRST + SECOND, "Moi <moi@maison.test>", subject), "eml", ReadOptions()).articles
    assert [article.url for article in articles] == ["https://towncrier.example/a", "https://valleypost.example/b"]


def _plain(blocks: list[str], sender: str = GOOGLE, subject: str = "Google Alert - cycle lanes") -> bytes:
    # Google Alerts' text part: a story's headline, source and snippet lines, then its redirect in angle brackets
    body = ("=== News - 2 new results for [cycle lanes] ===\n\n" + "\n\n".join(blocks)
            + "\n\n- - - - - - - - - - - - - - - - - - - -\nThis once a day Google Alert is brought to you by Google."
            "\n\nDelete this Google Alert:\nhttps://www.google.com/alerts/remove?source=alertsmail&s=AB2X\n")
    return (f"From: {sender}\nSubject: {subject}\nDate: Mon, 07 Dec 2026 07:12:00 +0000\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=UTF-8\n\n{body}").encode()


def _block(url: str, headline: str, source: str, snippet: str) -> str:
    return f"{headline}\n{source}\n{snippet}\n<https://www.google.com/url?rct=j&sa=t&url={url}&ct=ga&usg=AOv>"


PLAIN = [_block("https://towncrier.example/a", "Council approves new cycle lanes", "Town Crier",
                "The council voted on Tuesday to build 12 km of new cycle lanes by next summer."),
         _block("https://valleypost.example/b", "Riders welcome cycle lanes plan", "Valley Post",
                "Local riders said the plan was overdue after two crashes on the high street.")]


def test_a_plain_text_alert_is_read_as_its_html_twin() -> None:
    articles = read_articles(_plain(PLAIN), "eml", ReadOptions()).articles
    assert [(a.title, a.url, a.site) for a in articles] == [
        ("Council approves new cycle lanes", "https://towncrier.example/a", "Town Crier"),
        ("Riders welcome cycle lanes plan", "https://valleypost.example/b", "Valley Post")]
    assert articles[0].text.endswith("12 km of new cycle lanes by next summer.")


@pytest.mark.parametrize(("headline", "source"), [
    ("Council approves new cycle lanes after a long\nand bitter debate", "Town Crier"),
    ("Council approves new cycle lanes after a long\nand bitter debate", "towncrier.example"),
    ("Council approves new cycle lanes after a long and bitter debate", "Town Crier")])
def test_a_plain_text_alerts_wrapped_headline_is_its_title_and_its_source_the_outlets(headline: str,
                                                                                     source: str) -> None:
    block = _block("https://towncrier.example/a", headline, source, "The council voted on Tuesday after a long row.")
    [article] = read_articles(_plain([block]), "eml", ReadOptions()).articles
    assert (article.title, article.site) == ("Council approves new cycle lanes after a long and bitter debate", source)


@pytest.mark.parametrize(("headline", "source"), [
    ("Council Approves New Cycle Lanes After A Long\nBitter Debate", "Town Crier"),
    ("Council Approves New Cycle Lanes After A Long\nBitter Debate", "towncrier.example")])
def test_a_plain_text_alerts_title_case_headline_wrapped_is_one_title_the_line_over_its_snippet_the_source(
        headline: str, source: str) -> None:
    block = _block("https://towncrier.example/a", headline, source, "The council voted on Tuesday after a long row.")
    [article] = read_articles(_plain([block]), "eml", ReadOptions()).articles
    assert (article.title, article.site) == ("Council Approves New Cycle Lanes After A Long Bitter Debate", source)
    assert "Bitter Debate" not in article.text.split("\n\n")[-1]


@pytest.mark.parametrize("snippet", ["the council voted on Tuesday to build 12 km of new lanes by next summer.",
                                     "work starts in May."])
def test_a_plain_text_alerts_snippet_opening_in_lower_case_is_no_part_of_its_headline(snippet: str) -> None:
    # a story listed without a source's line: its snippet under the headline, opening mid-sentence as Google cuts it
    block = f"Council approves new cycle lanes\n{snippet}\n<https://www.google.com/url?rct=j&url=https://towncrier.example/a&ct=ga>"
    [article] = read_articles(_plain([block]), "eml", ReadOptions()).articles
    assert article.title == "Council approves new cycle lanes" and article.text.endswith(snippet)


def test_a_plain_text_alerts_wrapped_snippet_under_a_title_case_headline_keeps_its_source() -> None:
    block = _block("https://towncrier.example/a", "Council Approves New Cycle Lanes", "Town Crier",
                   "Work starts in May and\nwill finish by summer.")
    [article] = read_articles(_plain([block]), "eml", ReadOptions()).articles
    assert (article.title, article.site) == ("Council Approves New Cycle Lanes", "Town Crier")


def test_a_plain_text_newsletter_with_redirects_stays_one_issue() -> None:
    mail = _plain(PLAIN, "Courier <news@courier.example>", "Top stories this week")
    [article] = read_articles(mail, "eml", ReadOptions()).articles
    assert article.title == "Top stories this week"
