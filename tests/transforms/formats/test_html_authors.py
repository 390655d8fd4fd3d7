"""A page's authors: its bylines read as a records file's, and the JSON-LD authors trafilatura reads none of."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = (
    "<p>The regional health authority said on Wednesday that waiting times for routine operations had "
    "fallen for a third month in a row.</p>"
    "<p>Officials credited extra weekend clinics and a new booking system introduced last year.</p>"
)


def authors(head: str) -> tuple[str, ...]:
    page = (f'<html lang="en"><head><title>Waiting times fall again</title>{head}</head><body><article>'
            f"<h1>Waiting times fall again</h1>{STORY}</article></body></html>")
    return read_articles(page.encode(), "html", ReadOptions()).articles[0].authors


def json_ld(node: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", **node})}</script>'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta name="author" content="Anna Smith and agencies">', ("Anna Smith",)),
        # an outlet's staff is the outlet's byline, as "By Reuters" is ("Guardian staff" gave no author)
        ('<meta name="author" content="Guardian staff and agencies">', ("Guardian",)),
    ],
    ids=["person-and-agencies", "staff-and-agencies"],
)
def test_agencies_are_no_author_and_an_outlets_staff_the_outlet(head: str, expected: tuple[str, ...]) -> None:
    # They were authors: ("Anna Smith", "Agencies"), ("Guardian staff", "Agencies").
    assert authors(head) == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ({"@type": "Organization", "name": "Reuters"}, ("Reuters",)),
        ({"@type": "NewsMediaOrganization", "name": "Associated Press"}, ("Associated Press",)),
        # beside a person, the organisation is the writer's outlet, as "By Jane Doe, Reuters" is: no author
        ([{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "Reuters"}],
         ("Jane Doe",)),
    ],
    ids=["organization", "news-media-organization", "person-and-organization"],
)
def test_an_organisation_the_json_ld_names_as_author_is_one(author: object, expected: tuple[str, ...]) -> None:
    # As a records file's "author": "Reuters" is; trafilatura reads people only, and the page had no author.
    node = {"@type": "NewsArticle", "headline": "Waiting times fall again", "author": author}
    assert authors(json_ld(node)) == expected


def test_a_live_blogs_own_author_is_read() -> None:
    # trafilatura reads a LiveBlogPosting's updates, not the blog: its author was lost.
    blog = {"@type": "LiveBlogPosting", "headline": "Waiting times fall again",
            "author": {"@type": "Person", "name": "Sam Wilson"},
            "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Clinics open", "articleBody": "They did."}]}
    assert authors(json_ld(blog)) == ("Sam Wilson",)


def test_an_organisation_trafilatura_reads_too_is_not_read_twice() -> None:
    node = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Reuters"}}
    assert authors('<meta name="author" content="Reuters">' + json_ld(node)) == ("Reuters",)


def body_authors(byline: str) -> tuple[str, ...]:
    page = (f'<html lang="en"><head><title>Waiting times fall again</title></head><body><article>'
            f"<h1>Waiting times fall again</h1>{byline}{STORY}</article></body></html>")
    return read_articles(page.encode(), "html", ReadOptions()).articles[0].authors


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a plain paragraph under the headline, "By" and a name: its author (there was none)
        ("<p>By Jane Smith</p>", ("Jane Smith",)),
        ("<p>By Jane Smith and Tom Roe</p>", ("Jane Smith", "Tom Roe")),
        ("<div>By Jane Smith, Health Correspondent</div>", ("Jane Smith",)),
        # a sentence that opens with "By" is none
        ("<p>By Tuesday the backlog had fallen.</p>", ()),
        ("<p>By Christmas Day, the clinics were full.</p>", ()),
    ],
)
def test_a_plain_by_line_under_the_headline_names_its_author(byline: str, expected: tuple[str, ...]) -> None:
    assert body_authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ('<p class="byline">By Tom Hughes. Updated 5 March 2025, 14:20</p>', ("Tom Hughes",)),
        ('<p class="byline">By Tom Hughes. Published 5 March 2025</p>', ("Tom Hughes",)),
        ('<p class="byline">By Jane Doe and Tom Hughes. Updated 5 March 2025, 14:20</p>', ("Jane Doe", "Tom Hughes")),
        # a full stop that ends no name, an initial's or a title's, stays in it: an initial's as the byline writes it
        # (trafilatura writes it without, "J R Hughes"; `_with_initials`)
        ('<p class="byline">By J. R. Hughes. Updated 5 March 2025, 14:20</p>', ("J. R. Hughes",)),
        ('<p class="byline">By Dr. Tom Hughes. Updated 5 March 2025, 14:20</p>', ("Dr. Tom Hughes",)),
    ],
    ids=["updated", "published", "two-names", "initials", "title"],
)
def test_a_full_stop_before_a_bylines_date_ends_its_name(byline: str, expected: tuple[str, ...]) -> None:
    # The byline's date label was the name's: "Tom Hughes Updated".
    assert body_authors(byline) == expected


@pytest.mark.parametrize(
    "byline",
    [
        "Updated 09:05 GMT, 6 March 2025",
        "Published 6 March 2025",
        "Last updated: 6 March 2025",
        "First published on Thu 6 Mar 2025 09.05 GMT",
        "Posted Thursday, March 6, 2025",
        "Updated 6 March 2025, 09:05 GMT | Published 5 March 2025",
    ],
)
def test_a_byline_of_a_date_alone_names_no_author(byline: str) -> None:
    # trafilatura reads the date's label as the byline's name: the page's authors were ("Updated",),
    # ("First published",), ("Posted Thursday",), ("Updated", "Published").
    assert body_authors(f'<p class="byline">{byline}</p>') == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Updated", ()),
        ("Jane Doe; Last updated", ("Jane Doe",)),
        ("First published on Thu 6 Mar 2025 09.05 GMT", ()),
        ("Jane Doe | Updated 2 hours ago", ("Jane Doe",)),
        # a name is still one
        ("Tom Post", ("Tom Post",)),
    ],
)
def test_a_dates_label_in_a_records_byline_is_no_author(value: str, expected: tuple[str, ...]) -> None:
    from transforms.formats.record_authors import authors_of

    assert authors_of(value) == expected


def body_text(byline: str) -> list[str]:
    page = (f'<html lang="en"><head><title>Waiting times fall again</title></head><body><article>'
            f"<h1>Waiting times fall again</h1>{byline}{STORY}</article></body></html>")
    return read_articles(page.encode(), "html", ReadOptions()).articles[0].text.split("\n\n")


@pytest.mark.parametrize(
    "byline",
    [
        "<p>By Jane Smith</p>",
        "<div>By Jane Smith and Tom Roe</div>",
        "<p>By Tom Hughes. Updated 5 March 2025, 14:20</p>",
        '<p class="byline">By Jane Smith</p>',
    ],
)
def test_a_byline_read_as_authors_is_no_paragraph(byline: str) -> None:
    # A plain one was a body paragraph too, "By Jane Smith", labelled with themes by its names.
    paragraphs = body_text(byline)
    assert paragraphs[0] == "Waiting times fall again"
    assert paragraphs[1].startswith("The regional health authority")
    assert not any(paragraph.startswith("By ") for paragraph in paragraphs)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<p>By The Numbers</p>", ()),
        ("<p>By Royal Appointment</p>", ()),
        ("<div>By Invitation Only</div>", ()),
        ("<p>By Popular Demand</p>", ()),
        ("<p>By Jean-Luc Picard</p>", ("Jean-Luc Picard",)),
        ("<p>By Mary O'Brien and Tom Brown</p>", ("Mary O'Brien", "Tom Brown")),
        ("<p>By Jane Smith, The Times Health Correspondent</p>", ("Jane Smith",)),
        # "An" and "A" inside a name are no article: a Vietnamese given name, a middle initial without its full stop
        ("<p>By Hoang An</p>", ("Hoang An",)),
        ("<p>By Jane A Smith</p>", ("Jane A Smith",)),
        ("<p>By A Nose</p>", ()),
    ],
)
def test_a_rubric_that_opens_with_by_names_no_author(byline: str, expected: tuple[str, ...]) -> None:
    # A section's rubric was the page's author: "The Numbers", "Royal Appointment", "Invitation Only".
    assert body_authors(byline) == expected


def test_a_rubric_that_opens_with_by_stays_a_paragraph() -> None:
    assert "By The Numbers" in body_text("<p>By The Numbers</p>")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<p>Published 5 March 2025 By Omar Khan</p>", ("Omar Khan",)),
        ("<p>5 March 2025 | By Omar Khan</p>", ("Omar Khan",)),
        ("<p>Updated 6 March 2025, 09:05 GMT By Omar Khan and Jane Roe</p>", ("Omar Khan", "Jane Roe")),
    ],
)
def test_a_plain_byline_after_its_date_names_its_author_and_is_no_paragraph(
        byline: str, expected: tuple[str, ...]) -> None:
    # The date and its label before "By" kept the paragraph from being read as a byline: no author, a body paragraph.
    assert body_authors(byline) == expected
    paragraphs = body_text(byline)
    assert paragraphs[0] == "Waiting times fall again"
    assert paragraphs[1].startswith("The regional health authority")


def test_a_title_with_by_inside_is_no_byline() -> None:
    assert body_authors("<p>Stand By Me</p>") == ()


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<p>By Tom Hughes. Updated 5 March 2025, 14:20</p>", ("Tom Hughes",)),
        ("<p>By Jane Doe | 5 March 2025</p>", ("Jane Doe",)),
        ("<p>By Jane Doe and Tom Hughes, 5 March 2025</p>", ("Jane Doe", "Tom Hughes")),
    ],
)
def test_a_plain_byline_with_its_date_names_its_author(byline: str, expected: tuple[str, ...]) -> None:
    # Its digits kept it from being read as a byline: the page had no author.
    assert body_authors(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("<p>By Katy Austin, Transport correspondent</p>", ("Katy Austin",)),
        ("<p>By Faisal Islam, Economics editor</p>", ("Faisal Islam",)),
        ("<p>By Chris Mason, BBC political editor</p>", ("Chris Mason",)),
        ("<p>By Jane Smith and Tom Roe, business reporters</p>", ("Jane Smith", "Tom Roe")),
    ],
)
def test_a_plain_byline_with_its_role_in_lower_case_names_its_author_and_is_no_paragraph(
        byline: str, expected: tuple[str, ...]) -> None:
    # A role written in lower case, as the BBC writes its bylines, kept the paragraph from being read as a byline:
    # no author, and "By Katy Austin, Transport correspondent" was a body paragraph.
    assert body_authors(byline) == expected
    assert not any(paragraph.startswith("By ") for paragraph in body_text(byline))


@pytest.mark.parametrize("sentence", ["<p>By March, prices had risen.</p>", "<p>By Jane Smith, officials said.</p>"])
def test_a_sentence_that_opens_with_by_and_a_comma_is_no_byline(sentence: str) -> None:
    assert body_authors(sentence) == ()


@pytest.mark.parametrize(
    "author",
    [{"@type": "Person", "name": "Jane Doe"}, "Jane Doe", [{"@type": "Person", "name": "Jane Doe"}]],
    ids=["person", "text", "list"],
)
def test_json_ld_without_context_is_read_as_with_it(author: object) -> None:
    # Many CMSs leave `@context` out; trafilatura then read nothing of the node: no author, no page type.
    node = {"@type": "NewsArticle", "headline": "Waiting times fall again", "author": author}
    without = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    page = (f'<html lang="en"><head><title>Waiting times fall again</title>{without}</head><body><article>'
            f"<h1>Waiting times fall again</h1>{STORY}</article></body></html>")
    article = read_articles(page.encode(), "html", ReadOptions()).articles[0]
    assert article.authors == authors(json_ld(node)) == ("Jane Doe",)
    assert article.metadata.get("pagetype") == "newsarticle"


@pytest.mark.parametrize(
    "context",
    [{"@vocab": "https://schema.org/"}, ["https://schema.org", {"@language": "en"}], {"@vocab": "http://schema.org/"}],
    ids=["vocab-object", "list", "http-vocab"],
)
def test_json_ld_whose_context_names_schema_org_in_an_object_is_read_as_with_its_text(context: object) -> None:
    # JSON-LD may give its context as an object or a list; trafilatura read only a text: no author was found.
    node = {"@context": context, "@type": "NewsArticle", "headline": "Waiting times fall again",
            "author": {"@type": "Person", "name": "Jane Doe"}}
    script = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    page = (f'<html lang="en"><head><title>Waiting times fall again</title>{script}</head><body><article>'
            f"<h1>Waiting times fall again</h1>{STORY}</article></body></html>")
    article = read_articles(page.encode(), "html", ReadOptions()).articles[0]
    assert article.authors == ("Jane Doe",)
    assert article.metadata.get("pagetype") == "newsarticle"


@pytest.mark.parametrize(("authors", "expected"), [
    ('{"@type": "Person", "name": "Tom J. Roe"}', ("Tom J. Roe",)),
    ('[{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "J.R. Smith"}]',
     ("Jane Doe", "J.R. Smith")),
])
def test_a_json_ld_authors_initials_keep_their_full_stops(authors: str, expected: tuple[str, ...]) -> None:
    # trafilatura writes a name without them: "Tom J Roe", "J R Smith"
    page = ('<html><head><title>Rates held</title><script type="application/ld+json">{"@type": "NewsArticle", '
            f'"headline": "Rates held", "author": {authors}}}</script></head><body><article><h1>Rates held</h1>'
            "<p>The Bank of England held interest rates at 4% on Thursday, as most economists expected.</p>"
            "</article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert article.authors == expected


@pytest.mark.parametrize(("byline", "expected"), [
    ("<p>By political reporter Jane Norman</p>", ("Jane Norman",)),  # as ABC Australia signs
    ("<p>By Defence Secretary John Healey</p>", ("John Healey",)),
])
def test_a_plain_by_line_with_a_role_before_the_name_names_its_author(byline: str, expected: tuple[str, ...]) -> None:
    # The role's words in lower case: the line was the article's first paragraph, and the page had no author
    page = (f'<html lang="en"><head><title>Waiting times fall again</title></head><body><article>'
            f"<h1>Waiting times fall again</h1>{byline}{STORY}</article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    assert article.authors == expected
    assert byline[3:-4] not in article.text


@pytest.mark.parametrize("byline", ["<p>By political standards the vote was close.</p>",
                                    "<p>By early reports, Jane Norman had won.</p>"])
def test_a_sentence_opening_with_by_and_lower_case_words_names_no_author(byline: str) -> None:
    assert body_authors(byline) == ()


@pytest.mark.parametrize(("line", "expected"), [
    ("KENJI KAWASE, Nikkei staff writer", ("Kenji Kawase",)),  # as Nikkei Asia prints it, without "By"
    ("JOHN PAUL SMITH, Washington correspondent", ("John Paul Smith",)),
    ("LOCAL NEWS", ()),  # a heading in capitals, no role after it
    ("Jane Doe, a nurse, said the clinics had helped her patients.", ()),  # a sentence's subject
])
def test_a_name_in_capitals_and_its_role_under_the_headline_is_its_byline(line: str, expected: tuple[str, ...]) -> None:
    # It was the article's first paragraph, and the page had no author
    page = (f"<html><head><title>Yen slips</title></head><body><article><h1>Yen slips</h1><p>{line}</p>{STORY}"
            "</article></body></html>").encode()
    [article] = read_articles(page, "html", ReadOptions()).articles
    assert article.authors == expected
    assert (line in article.text.split("\n\n")) == (not expected)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta name="author" content="Kyodo">', ("Kyodo",)),  # a Kyodo story on The Japan Times' page
        ('<meta name="author" content="Reuters">', ("Reuters",)),
        ('<meta name="author" content="admin">', ()),  # a CMS's user name, one word but no outlet: no author
        ('<meta name="author" content="Reuters"><meta property="og:site_name" content="Reuters">', ()),
    ],
    ids=["kyodo", "reuters", "cms-user", "on-its-own-site"],
)
def test_an_agency_a_meta_tag_names_alone_is_the_author(head: str, expected: tuple[str, ...]) -> None:
    # trafilatura reads no name of one word from a meta tag: the agency's story had no author, where the same name
    # as a JSON-LD Organization is one. On the agency's own site it says only who the site is (`site_authors`).
    assert authors(head) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ('<div class="story__byline"><span>Reuters</span> <span>Published February 16, 2026</span></div>',
         ("Reuters",)),  # as Dawn prints a wire's story
        ('<div class="story__byline"><span>Jane Doe</span> <span>Updated 16 Feb 2026</span></div>', ("Jane Doe",)),
        ('<div class="story__byline"><span>AFP</span> <span>Updated March 3, 2026 09:12am</span></div>', ("AFP",)),
    ],
    ids=["agency-published", "person-updated", "day-after-month"],
)
def test_a_bylines_date_label_is_no_part_of_its_name(byline: str, expected: tuple[str, ...]) -> None:
    # trafilatura read the byline up to the date's digits: "Reuters Published February" was the author
    page = (f'<html lang="en"><head><title>Waiting times fall again</title></head><body><article>'
            f"<h1>Waiting times fall again</h1>{byline}{STORY}</article></body></html>")
    assert read_articles(page.encode(), "html", ReadOptions()).articles[0].authors == expected
