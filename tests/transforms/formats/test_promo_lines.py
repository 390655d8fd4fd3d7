"""A news page's invitation under its story to its newsletter, channel or app: no paragraph of the story."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = ("<p>Singapore's core inflation eased to 1.2 percent in January, its lowest in four years, as the costs of "
         "services and retail goods rose more slowly.</p><p>Headline inflation came in at 1.4 percent, down from 1.6 "
         "percent in December.</p>")


def paragraphs(after: str) -> list[str]:
    page = (f'<html lang="en"><head><title>Inflation eases</title></head><body><article><h1>Inflation eases</h1>'
            f"{STORY}{after}</article></body></html>")
    return read_articles(page.encode(), "html", ReadOptions()).articles[0].text.split("\n\n")


@pytest.mark.parametrize("promo", [
    "<p><em>Join ST's WhatsApp Channel and get the latest news and must-reads.</em></p>",  # The Straits Times
    "<p>Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition</p>",
    "<p>Follow us on Telegram for the latest updates.</p><p>Download our app to get breaking news alerts.</p>",
])
def test_an_invitation_to_a_newsletter_or_channel_under_the_story_is_no_paragraph(promo: str) -> None:
    # Each was the story's last paragraph, labelled and counted as its words
    assert paragraphs(promo)[-1].startswith("Headline inflation")


@pytest.mark.parametrize("last", [
    "Join the protest, organisers urged in a message on the group's Telegram channel.",  # news: a clause first
    "Subscribers to the newsletter will get the report on Friday, the bank said.",  # no invitation
    "Follow-up talks on the app's privacy rules are due next month.",
    "Get out of the channel, the coast guard told the crew.",  # a quote: no one's channel
    "Download speeds on the new app fell by half after the update, users said.",  # a noun, no imperative
    "Subscribe to Apple's new streaming app, the company urged users on Monday.",  # reported, a speaker after it
])
def test_a_storys_own_last_paragraph_about_a_channel_stays(last: str) -> None:
    assert paragraphs(f"<p>{last}</p>")[-1] == last
