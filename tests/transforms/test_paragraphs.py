from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transforms.formats import ReadOptions, read_articles
from transforms.paragraphs import BODY, BOILERPLATE, SUMMARY, TITLE, is_boilerplate, split_paragraphs
from transforms.text import decode_article
from transforms.word_counts import word_count


def roles(text: str) -> list[str]:
    return [p.role for p in split_paragraphs(text)]


def test_seed_layout_has_summary_boilerplate_then_body(data_dir) -> None:
    text = decode_article((data_dir / "seed_format.txt").read_bytes()).text
    assert roles(text) == [SUMMARY, BOILERPLATE] + [BODY] * 6


def test_bbc_layout_has_title_then_body(data_dir) -> None:
    text = decode_article((data_dir / "bbc_format.txt").read_bytes()).text
    assert roles(text) == [TITLE] + [BODY] * 4


def test_crlf_bom_file_splits_like_a_clean_one(data_dir) -> None:
    paragraphs = split_paragraphs(decode_article((data_dir / "crlf_bom.txt").read_bytes()).text)
    assert paragraphs[0].role == TITLE and not paragraphs[0].text.startswith("\ufeff")
    assert all(p.text == p.text.strip() and "\r" not in p.text for p in paragraphs)


def test_a_long_first_paragraph_is_not_a_title() -> None:
    assert roles("This first paragraph is a full sentence about the news.\n\nMore.") == [BODY, BODY]


def test_a_single_paragraph_is_body() -> None:
    assert roles("Just one line") == [BODY]


def test_markdown_heading_is_a_title() -> None:
    assert roles("# Heading here.\n\nBody text.") == [TITLE, BODY]


def test_offsets_index_the_normalised_text() -> None:
    text = "Title\n\n  First para\nsecond line.\n\n\n\nLast."
    for p in split_paragraphs(text):
        assert text[p.start : p.end] == p.text
    assert [p.word_count for p in split_paragraphs(text)] == [1, 4, 1]


def test_link_lines_are_boilerplate() -> None:
    assert is_boilerplate("Read the original article here")
    assert is_boilerplate("Continue reading...")
    assert not is_boilerplate("Read the original article here, say critics of the long report on war.")


def test_feed_link_lines_in_their_brackets_and_with_a_headline_are_boilerplate() -> None:
    # What blogs and feeds end an item's excerpt with: a link to the rest, as a paragraph of its own.
    text = "Storm hits coast\n\nThe storm hit the coast on Monday.\n\n{}"
    for line in ("Continue reading…", "[Read more]", "(more…)", "Keep reading", "Continue reading Storm hits coast →"):
        assert [p.role for p in split_paragraphs(text.format(line))][-1] == "boilerplate", line
    for sentence in ("More than 40 people died.", "Keep reading to find out why the council voted for it, said "
                     "the mayor, who opposed the plan from the start.", "Read more: the war in the north"):
        assert [p.role for p in split_paragraphs(text.format(sentence))][-1] == "body", sentence


paragraph_text = st.text(alphabet=st.characters(blacklist_characters="\n\r", blacklist_categories=("Cs",)), min_size=1)


@given(st.lists(paragraph_text.filter(lambda s: s.strip()), min_size=1, max_size=8), st.integers(1, 4))
def test_split_round_trips_paragraphs(chunks: list[str], blanks: int) -> None:
    text = ("\n" * (blanks + 1)).join(chunks)
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == [c.strip() for c in chunks]
    assert all(text[p.start : p.end] == p.text for p in paragraphs)
    assert [p.ordinal for p in paragraphs] == list(range(len(chunks)))


def test_site_furniture_is_boilerplate_wherever_it_stands() -> None:
    text = (
        "Troops cross the border\n\nTroops crossed the border at dawn, officials said.\n\n"
        "Subscribe to our newsletter for the latest news on the war.\n\n"
        "We use cookies to improve your experience. By continuing to browse you accept our use of cookies.\n\n"
        "Follow us on Twitter and Facebook\n\nThis article was originally published by the Daily Planet.\n\n"
        "Advertisement\n\n© 2024 Daily Planet. All rights reserved."
    )
    assert [p.role for p in split_paragraphs(text)] == [TITLE, BODY] + [BOILERPLATE] * 6


def test_news_about_newsletters_or_cookies_is_not_furniture() -> None:
    for paragraph in (
        "The regulator said websites that use cookies must ask users first, and fined two retailers.",
        "Subscribers to the newsletter fell by a third after the paywall, the publisher said.",
        "Copyright law will change next year, ministers said on Tuesday.",
        "The band will follow up on their tour with a new album, their label said.",
        "Accept all cookies buttons must be no more prominent than reject ones, the ICO said.",
        "Reject all cookies options will become mandatory for sites next year, the regulator said.",
        "Follow Musk on X and you would think the company had never been stronger.",
        "Join the protesters outside our embassy, the group urged members on its email list.",
        "'We use cookies to track users,' Meta admitted in court on Tuesday.",
    ):
        assert not is_boilerplate(paragraph), paragraph


def test_more_furniture_and_a_headline_after_it() -> None:
    text = ("Advertisement\n\nTroops cross the border\n\nTroops crossed the border at dawn, officials said.\n\n"
            "Advertisement Advertisement\n\nSupported by\n\nOriginally published at dailyplanet.example\n\n"
            "Get the latest news sent to your inbox\n\nAccept all cookies")
    assert [p.role for p in split_paragraphs(text)] == [BOILERPLATE, TITLE, BODY] + [BOILERPLATE] * 5


# ASCII white space str.split splits at (\x1c to \x1f too), control characters it does not, Unicode spaces.
_WORDS_ALPHABET = [*" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x00\x01\x7f", "a", "Z", ".", "\xa0", "\u2003"]


@given(st.text(alphabet=st.sampled_from(_WORDS_ALPHABET)))
def test_word_count_is_the_words_split_finds(text: str) -> None:
    assert word_count(text) == len(text.split())
    assert word_count(text.encode("ascii", "ignore").decode()) == len(text.encode("ascii", "ignore").decode().split())


def test_wordpress_feed_footer_is_boilerplate() -> None:
    feed = ('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gazette</title>'
            "<item><title>Council approves new bus lanes on High Street</title><link>https://x.test/a</link>"
            "<content:encoded><![CDATA[<p>The council approved the lanes on Tuesday.</p><p>The post "
            '<a href="https://x.test/a">Council approves new bus lanes on High Street</a> appeared first on '
            '<a href="https://x.test">The Riverside Gazette</a>.</p>]]></content:encoded></item></channel></rss>')
    [article] = read_articles(feed.encode(), "feed", ReadOptions()).articles
    footer = "The post Council approves new bus lanes on High Street appeared first on The Riverside Gazette."
    assert [(p.role, p.text) for p in split_paragraphs(article.text)][1:] == [
        (BODY, "The council approved the lanes on Tuesday."), (BOILERPLATE, footer)
    ]


def test_paywall_prompts_are_boilerplate() -> None:
    for prompt in (
        "Subscribe to continue reading. Already a subscriber? Log in",
        "Already a subscriber? Sign in",
        "Log in to keep reading",
        "This article is for subscribers only.",
        "You've reached your limit of free articles this month.",
    ):
        assert is_boilerplate(prompt), prompt
    for news in (
        "Readers must subscribe to continue reading after three free articles, the publisher said.",
        "Already a subscriber, Mr Jones said he would cancel after the price rise.",
        "You have reached your destination, the sign at the end of the new bypass reads.",
        "The post of chief executive appeared first on a shortlist drawn up in March, before the board met again.",
    ):
        assert not is_boilerplate(news), news


def test_feed_platforms_lines_are_boilerplate() -> None:
    for line in (
        "Ten lessons from shipping was originally published in Sam Dev on Medium, where people are continuing "
        "the conversation by highlighting and responding to this story.",
        # in capitals, and beyond ASCII (the footer is looked for only where "originally" is said)
        "TEN LESSONS WAS ORIGINALLY PUBLISHED IN SAM DEV ON MEDIUM, WHERE PEOPLE ARE CONTINUING THE CONVERSATION.",
        "Café notes was originally published in Sam Dev on Medium, where people are continuing the conversation.",
        "Thanks for reading The Weekly Wonk! Subscribe for free to receive new posts and support my work.",
        "Read more of this story at Slashdot.",
    ):
        assert is_boilerplate(line), line
    for news in (
        "The novel was originally published in French in 1954 and sold poorly.",
        "Thanks for reading this far, the mayor told the council before the vote on the new lanes.",
    ):
        assert not is_boilerplate(news), news


def test_more_link_lines_to_the_rest_are_boilerplate() -> None:
    # WordPress classic themes' "Read the rest of this entry »", and other sites' links to the rest.
    text = "Storm hits coast\n\nThe storm hit the coast on Monday.\n\n{}\n\nRoads were closed."
    for line in (
        "Keep on reading",
        "Read the rest of this entry »",
        "Read the rest of this story",
        "Continue to read",
        "Keep scrolling to read more",
        "Read on.",
        "Read on for details",
        "Read on to find out more →",
        "Read the original article on Business Insider",
        "Read the full article on Business Insider for more.",
        "Read the full article on Business Insider for the latest news on the storm and the clean-up.",
    ):
        assert roles(text.format(line)) == [TITLE, SUMMARY, BOILERPLATE, BODY], line


def test_prose_that_starts_like_a_link_line_stays_body() -> None:
    # Each is short enough for a link line (or, the last three, for the long form "Read the full article on
    # <site> for ..."). "Read on" followed by anything but "for details" or "to find out more" may be the
    # article speaking.
    text = "Storm hits coast\n\nThe storm hit the coast on Monday.\n\n{}"
    for sentence in (
        "Read on, dear reader.",
        "Read on and you will see why the council changed its mind.",
        "Keep scrolling through the pictures to see the damage.",
        "Continue to read the signs, the forecaster said.",
        "Read the full article on the storm for yourself. The council did, and it voted to rebuild.",
        "Read the full report on the storm, said the minister, before you judge the council's plan.",
        "Those who want to read more will find the report online.",
        # a site's name has no sentence's punctuation, a report is news's, and "keep reading" names what it reads
        "Read the full report on child poverty, and you will weep.",
        "Read the full report on the inquiry and you will understand why.",
        "Read the full story on the floods: it is grim reading.",
        "Read the whole story on Friday, she said.",
        "Keep on reading the labels, the doctor said.",
        "Keep reading this, she told the class.",
    ):
        assert roles(text.format(sentence))[-1] == BODY, sentence


def test_the_known_headline_is_the_title_whatever_its_case_and_punctuation() -> None:
    # a title field in Title Case, the text's own headline with a full stop: it was a body paragraph
    paragraphs = split_paragraphs("Rent cap struck down.\n\nThe court ruled.", title="Rent Cap: Struck Down")
    assert [p.role for p in paragraphs] == [TITLE, BODY]


# Latin-1 and other characters beside ASCII: a Latin-1 text is counted in its bytes too, another one split.
_LATIN_ALPHABET = [*" \t\n\n\x1c\x85\xa0", "a", "£", "é", "’", "😀", "\ud800", "ſ", "\u2003", "\u3000", "\u200b"]


@given(st.lists(st.text(alphabet=st.sampled_from(_LATIN_ALPHABET), max_size=30), max_size=6))
def test_paragraph_word_counts_are_the_words_split_finds_in_any_text(paragraphs: list[str]) -> None:
    from transforms.paragraphs import paragraph_columns

    for text in ("\n\n".join(paragraphs), "\n\n".join(paragraphs).encode("latin-1", "replace").decode("latin-1")):
        columns = paragraph_columns(text)
        assert columns.word_count == [len(chunk.split()) for chunk in columns.text]


def test_a_scene_break_between_a_storys_parts_is_no_paragraph_to_label() -> None:
    # "###", "* * *" and "⁂" between a story's parts were body paragraphs, labelled, the stars three words; a
    # paragraph of one word or a number stays a body paragraph
    for mark in ("###", "* * *", "***", "⁂", "— — —"):
        text = f"The last ferry\n\nThe harbour was empty by nine.\n\n{mark}\n\nBy morning the wind had dropped.\n"
        assert [p.role for p in split_paragraphs(text)] == [TITLE, BODY, BOILERPLATE, BODY]
    text = "Quiz\n\nHow many boats left?\n\n12.\n\nAnd how many came back?\n\nNone.\n"
    assert [p.role for p in split_paragraphs(text)] == [TITLE, BODY, BODY, BODY, BODY]
