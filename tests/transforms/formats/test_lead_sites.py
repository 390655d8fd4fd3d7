"""A site's name opening a text's story before a dash: a web host's, or the one its headline credits in brackets."""

from __future__ import annotations

import pytest

from transforms.formats import ArticleRecord, ReadOptions, read_articles

STORY = "Microsoft has hooked up with Swatch to deliver the latest in a line of smart wristwatches."
MORE = "The watches will go on sale in the United States this autumn."


def read_article(text: str) -> ArticleRecord:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article


@pytest.mark.parametrize("site", ["SPACE.com", "washingtonpost.com", "FT.com", "bbc.co.uk"])
def test_a_hosts_name_opening_the_story_before_a_dash_is_the_site(site: str) -> None:
    # AG News's web stories open with their site's host ("SPACE.com - Four hundred years ago ..."): they had no site
    article = read_article(f"Microsoft, Swatch team up\n\n{site} - {STORY}\n\n{MORE}")
    assert article.site == site
    assert article.text.split("\n\n")[1] == f"{site} - {STORY}"  # the story's words stay as written


@pytest.mark.parametrize("site", ["NewsFactor", "Ziff Davis", "The Motley Fool", "Reuters Health", "Canadian Press"])
def test_the_name_a_headline_credits_opening_the_story_is_the_site(site: str) -> None:
    article = read_article(f"Microsoft, Swatch team up ({site})\n\n{site} - {STORY}\n\n{MORE}")
    assert article.site == site


@pytest.mark.parametrize("desk", ["Reuters Health", "AFP Sport"])
def test_an_agencys_desk_opening_the_story_before_a_dash_is_the_site(desk: str) -> None:
    # its headline credits none: the agency alone was the site's, its desk after it none
    assert read_article(f"Coffee and the heart\n\n{desk} - {STORY}\n\n{MORE}").site == desk


def test_the_canadian_press_is_an_agency_known_by_its_name() -> None:
    assert read_article(f"Oilers sign forward\n\nCanadian Press - {STORY}\n\n{MORE}").site == "Canadian Press"


@pytest.mark.parametrize("text", [
    f"Microsoft, Swatch team up\n\nNewsFactor - {STORY}",  # a name alone, its headline crediting none
    f"Microsoft, Swatch team up (Paris)\n\nParis - {STORY}",  # a city the headline names, a dateline's place
    f"Barca win\n\nRijkaard - we need to do well. {STORY}",  # a speaker's name before his words
    f"Talks resume\n\nIpsos Health - {STORY}",  # no agency's name before the desk's word
    f"Talks resume\n\nU.S. - {STORY}",  # a country's initials end with a dot, no host's
    f"Talks resume\n\nNo.1 - {STORY}",
    # a headline's bracket naming the story's form, no site: "(Video)" over "Video - ", a picture's credit
    f"Storm hits coast (Video)\n\nVideo - {STORY}",
    f"Storm hits coast (Analysis)\n\nAnalysis - {STORY}",
    f"Storm hits coast\n\nAP Photo - A man walks past a flooded road.\n\n{MORE}",
    # a section's heading, no outlet's name
    f"Storm hits coast\n\nBreaking News - {STORY}",
    # past the story's first paragraphs (a standfirst's and its own first): the story's words
    f"Talks resume\n\n{STORY}\n\n{MORE}\n\nSPACE.com - {MORE}",
])
def test_no_sites_name_opening_the_story_no_site(text: str) -> None:
    assert read_article(text).site is None


@pytest.mark.parametrize("site", ["CBC SPORTS ONLINE", "Sky News", "BBC Sport", "Fox News"])
def test_an_outlets_name_opening_the_story_before_a_dash_is_the_site(site: str) -> None:
    # AG News's "CBC SPORTS ONLINE - The Cleveland Cavaliers activated ...": an outlet's own word ends its name
    assert read_article(f"Cavaliers activate Wagner\n\n{site} - {STORY}\n\n{MORE}").site == site


@pytest.mark.parametrize("town", ["NEWPORT NEWS", "BOWLING GREEN"])
def test_a_towns_name_in_capitals_before_a_dash_is_no_site(town: str) -> None:
    # a dateline's place in capitals may end with an outlet's word ("NEWPORT NEWS - The shipyard ..."): no outlet
    assert read_article(f"Shipyard hires\n\n{town} - The shipyard said it would hire. {STORY}").site is None


@pytest.mark.parametrize("site", ["PALM BEACH POST", "DAILY NEWS", "TORONTO STAR", "ABC NEWS", "FOX NEWS", "SKY NEWS"])
def test_an_outlets_name_in_capitals_before_a_dash_is_still_the_site(site: str) -> None:
    assert read_article(f"Shipyard hires\n\n{site} - {STORY}\n\n{MORE}").site == site


def test_an_indented_lists_dash_opening_a_line_is_no_site() -> None:
    # "  - first point": nothing before the dash (the reader failed on the text with an IndexError)
    text = "Budget talks stall\n\n  - first point of the story here\n\nThe council met on Monday."
    assert read_article(text).site is None


@pytest.mark.parametrize("site", ["U.S. News & World Report", "Reuters News & Media"])
def test_an_outlets_name_joined_to_another_by_an_ampersand_is_the_site(site: str) -> None:
    # its first part ends with an outlet's own word ("U.S. News"), the part after it any name's words
    assert read_article(f"College rankings\n\n{site} - {STORY}\n\n{MORE}").site == site


@pytest.mark.parametrize("lead", ["Sports & Leisure", "Fish & Chips"])
def test_an_ampersands_names_no_outlet_opens_no_site(lead: str) -> None:
    assert read_article(f"Council plans\n\n{lead} - {STORY}\n\n{MORE}").site is None
