"""Hugo's TOML front matter (`+++` ... `+++`): read as YAML front matter is, never a paragraph."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.paragraphs import split_paragraphs

HUGO = b"""+++
title = "Rain at last"
date = 2022-09-23T08:15:00+01:00
authors = ["Jane Doe", "Tom Roe"]
draft = false
tags = ["weather", "farming"]
lastmod = 2022-09-24

[params]
desk = "weather"
+++

Farmers welcomed the first rain in weeks.
"""


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_toml_front_matter_gives_metadata_and_is_not_text(fmt: str) -> None:
    # The block was read as the article's first paragraphs ('+++ title = "Rain at last" ...'), its title lost.
    [article] = read_articles(HUGO, fmt, ReadOptions()).articles
    assert article.title == "Rain at last"
    assert article.published_at == datetime(2022, 9, 23, 7, 15, tzinfo=UTC)
    assert article.authors == ("Jane Doe", "Tom Roe")
    assert article.metadata == {
        "draft": False, "tags": ["weather", "farming"], "lastmod": "2022-09-24", "params": {"desk": "weather"},
    }
    assert "+++" not in article.text and "title =" not in article.text
    assert article.text.strip().endswith("Farmers welcomed the first rain in weeks.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date = 2022-09-23", datetime(2022, 9, 23, tzinfo=UTC)),  # a local date
        ("date = 2022-09-23T08:15:00", datetime(2022, 9, 23, 8, 15, tzinfo=UTC)),  # local: UTC, as YAML's
        ('date = "2022-09-23T08:15:00Z"', datetime(2022, 9, 23, 8, 15, tzinfo=UTC)),  # a string
    ],
)
def test_toml_dates_read_as_yaml_dates_are(line: str, expected: datetime) -> None:
    data = f"+++\n{line}\nauthor = \"Jane Doe\"\n+++\nBody.\n".encode()
    [article] = read_articles(data, "md", ReadOptions()).articles
    assert (article.published_at, article.authors) == (expected, ("Jane Doe",))


def test_unreadable_toml_front_matter_is_noted_and_left_out_of_the_text() -> None:
    # Not quarantined (the article is there), and not read as prose: a `+++` block is front matter.
    data = b'+++\ntitle = "Rain at last\ndate = 2022-09-23\n+++\n\nFarmers welcomed the rain.\n'
    [article] = read_articles(data, "md", ReadOptions()).articles
    assert article.text == "Farmers welcomed the rain."
    assert article.title is None and article.published_at is None
    assert list(article.metadata) == ["front_matter_unparsed"]
    assert article.metadata["front_matter_unparsed"].startswith("TOML front matter (+++): Illegal character")


def test_plus_signs_that_open_no_closed_block_are_text() -> None:
    [article] = read_articles(b"+++ breaking +++\n\nRates rose.\n", "txt", ReadOptions()).articles
    assert article.text == "+++ breaking +++\n\nRates rose.\n" and article.metadata == {}


@pytest.mark.parametrize("levels", [150, 5_000])  # parsed, then too deep; too deep for the parser itself
@pytest.mark.parametrize(("fence", "value"), [("---", "meta: {}"), ("+++", "meta = {}")])
@pytest.mark.slow
def test_front_matter_nested_too_deep_is_noted_and_the_article_kept(fence: str, value: str, levels: int) -> None:
    nested = value.format("[" * levels + "1" + "]" * levels)
    data = f'{fence}\ntitle: "Rain"\n{nested}\n{fence}\n\nFarmers welcomed the rain.\n'.encode()
    if fence == "+++":
        data = data.replace(b'title: "Rain"', b'title = "Rain"')
    [article] = read_articles(data, "md", ReadOptions()).articles
    assert article.text == "Farmers welcomed the rain."
    kind = "YAML front matter (---)" if fence == "---" else "TOML front matter (+++)"
    assert article.metadata == {"front_matter_unparsed": f"{kind}: nested deeper than 100 levels of arrays or objects"}


@pytest.mark.parametrize("fence", ["---", "+++"])
def test_an_integer_longer_than_python_reads_in_front_matter_keeps_the_article(fence: str) -> None:
    # tomllib's int() of a 5,000-digit number raised a ValueError (Python's limit on digits), not a
    # TOMLDecodeError, and the whole run stopped. YAML front matter keeps every value as text.
    digits = "9" * 5000
    line = f"views = {digits}" if fence == "+++" else f"views: {digits}"
    data = f"{fence}\n{line}\n{fence}\n\nFarmers welcomed the rain.\n".encode()
    [article] = read_articles(data, "md", ReadOptions()).articles
    assert article.text == "Farmers welcomed the rain."
    if fence == "+++":
        assert article.metadata["front_matter_unparsed"].startswith("TOML front matter (+++): an integer of more than")
    else:
        assert article.metadata == {"views": digits}


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_nul_escaped_in_yaml_front_matter_is_dropped_from_the_title_and_byline(fmt: str) -> None:
    # YAML's "\0" escape is a NUL character, as JSON's "\u0000" is: a text file's NUL bytes are dropped.
    text = b'---\ntitle: "Rain\\0 at last"\nauthor: "Jane\\0 Doe"\n---\n\nFarmers welcomed the rain.\n'
    [article] = read_articles(text, fmt, ReadOptions()).articles
    assert (article.title, article.authors) == ("Rain at last", ("Jane Doe",))
    assert "\x00" not in article.text


def test_jekylls_published_flag_is_no_date() -> None:
    # Jekyll's `published: true` was read as the date ("date" comes after "published" in the common
    # names): the article had no date and `date_unparsed: "true"`.
    data = b"---\ntitle: Budget\ndate: 2024-03-05 10:00:00 +0100\npublished: true\n---\nThe council approved it.\n"
    [article] = read_articles(data, "md", ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, 9, tzinfo=UTC)
    assert article.metadata == {"published": "true"}


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize(
    "block", ['---\ntitle: "Rent cap struck down"\n---\n', '+++\ntitle = "Rent cap struck down"\n+++\n'])
def test_a_front_matter_title_the_text_does_not_open_with_is_its_title_paragraph(fmt: str, block: str) -> None:
    # A Hugo or Jekyll post's headline is its front matter's alone: it was in no paragraph (no `title` row, no
    # theme read it), as a records file's title was before it was put before its text.
    data = f"{block}\nThe court ruled that the rent cap was unconstitutional.\n\nTenants will protest.\n".encode()
    [article] = read_articles(data, fmt, ReadOptions()).articles
    paragraphs = split_paragraphs(article.text, article.title)
    assert [(p.role, p.text) for p in paragraphs] == [
        ("title", "Rent cap struck down"),
        ("body", "The court ruled that the rent cap was unconstitutional."),
        ("body", "Tenants will protest."),
    ]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_front_matter_title_the_text_opens_with_is_not_repeated(fmt: str) -> None:
    heading = "# " if fmt == "md" else ""
    data = f"---\ntitle: Rent cap struck down\n---\n\n{heading}Rent cap struck down\n\nThe court ruled.\n".encode()
    [article] = read_articles(data, fmt, ReadOptions()).articles
    paragraphs = split_paragraphs(article.text, article.title)
    assert [p.text for p in paragraphs] == ["Rent cap struck down", "The court ruled."]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_unreadable_yaml_front_matter_of_keys_is_noted_and_left_out_of_the_text(fmt: str) -> None:
    # A quote or bracket left open: the block was read as text, its keys the article's headline
    # ('title: "Storm Isha ... date: 2024-01-22 author: [Tom Hughes').
    data = b'---\ntitle: "Storm Isha\ndate: 2024-01-22\nauthor: [Tom Hughes\n---\n\nStorm Isha swept across Scotland.\n'
    [article] = read_articles(data, fmt, ReadOptions()).articles
    assert article.text.strip() == "Storm Isha swept across Scotland."
    assert article.title is None
    assert str(article.metadata["front_matter_unparsed"]).startswith("YAML front matter (---): ")


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_unreadable_yaml_front_matter_of_keys_keeps_its_text_in_metadata(fmt: str) -> None:
    # Only the YAML error was kept: the title, date and author the block writes were in no place of the lake.
    block = 'title: "Storm Isha\ndate: 2024-01-22\nauthor: [Tom Hughes\n'
    data = f"---\n{block}---\n\nStorm Isha swept across Scotland.\n".encode()
    [article] = read_articles(data, fmt, ReadOptions()).articles
    assert article.metadata["front_matter_raw"] == block


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_text_between_rules_that_is_not_yaml_stays_text(fmt: str) -> None:
    data = b"---\nRain at last: farmers cheered, and then: more rain [maybe\n---\n\nThe end.\n"
    [article] = read_articles(data, fmt, ReadOptions()).articles
    assert "farmers cheered" in article.text and "front_matter_unparsed" not in article.metadata


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize("first_line", ["Rent cap struck down", "Rent cap struck down.", "Rent cap – struck down"])
def test_a_front_matter_title_the_text_opens_with_in_other_case_or_punctuation_is_not_repeated(
    fmt: str, first_line: str,
) -> None:
    # Front matter's titles are often in Title Case or punctuated differently from the text's own headline:
    # the headline was two paragraphs, "Rent Cap: Struck Down" then "Rent cap struck down", and the text's own
    # one, ending in a full stop, a body paragraph.
    heading = "# " if fmt == "md" else ""
    data = f"---\ntitle: 'Rent Cap: Struck Down'\n---\n\n{heading}{first_line}\n\nThe court ruled.\n".encode()
    [article] = read_articles(data, fmt, ReadOptions()).articles
    paragraphs = split_paragraphs(article.text, article.title)
    assert [(p.role, p.text) for p in paragraphs] == [("title", first_line), ("body", "The court ruled.")]


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize("line", ['Update: "We are safe," she said.', "BREAKING: [Live] storm hits the coast"])
def test_a_sentence_between_rules_that_opens_with_a_capitalised_label_stays_text(fmt: str, line: str) -> None:
    # Front matter's keys are lower case (title, date, tags, linkTitle); a sentence's label is capitalised. The
    # sentence, not YAML, was read as broken front matter and left out of the text.
    data = f"---\n{line}\n---\n\nThe floods rose.\n".encode()
    [article] = read_articles(data, fmt, ReadOptions()).articles
    assert line.split(":")[1].strip() in article.text and "front_matter_unparsed" not in article.metadata


def test_a_web_clippers_wiki_linked_authors_are_their_names() -> None:
    # Obsidian's Web Clipper writes a clipped page's authors as links to notes: "[[Amy Chen]]" was the author's name.
    clip = (b'---\ntitle: "Scientists map the seabed"\nsource: "https://www.planet.test/science/seabed"\n'
            b'author:\n  - "[[Amy Chen]]"\n  - "[[People/Tom Roe|Tom Roe]]"\npublished: 2024-04-12\n---\n'
            b"# Scientists map the seabed\n\nA survey ship has mapped the seabed off Cornwall.\n")
    [article] = read_articles(clip, "md", ReadOptions()).articles
    assert article.authors == ("Amy Chen", "Tom Roe")


@pytest.mark.parametrize("link", ["[[Amy Chen#About]]", "[[People/Amy Chen.md]]", "[[People/Amy Chen.md|Amy Chen]]"])
def test_a_wiki_link_to_an_authors_notes_file_or_heading_is_the_name(link: str) -> None:
    # A link to the note's file, or a heading in it: "Amy Chen#About" and "Amy Chen.md" were the name.
    clip = f'---\ntitle: "Seabed mapped"\nauthor: "{link}"\n---\n\nA survey ship has mapped the seabed.\n'.encode()
    [article] = read_articles(clip, "md", ReadOptions()).articles
    assert article.authors == ("Amy Chen",)


@pytest.mark.parametrize(("block", "site", "url"), [
    ('source: "[The Irish Times](https://news.test/c)"\n', "The Irish Times", "https://news.test/c"),
    ('site: "[Le Monde](https://www.lemonde.fr/x)"\nurl: https://other.test/y\n', "Le Monde", "https://other.test/y")])
def test_a_front_matter_site_written_as_a_markdown_link_is_its_text_and_its_target_the_url(block: str, site: str,
                                                                                          url: str) -> None:
    # a clipper's template links the outlet: the site was "[The Irish Times](https://...)" and the URL none; a URL
    # the front matter names itself stays the article's
    text = f'---\ntitle: "Bridge reopens"\n{block}---\n\nThe bridge reopened on Monday.\n'.encode()
    [article] = read_articles(text, "md", ReadOptions()).articles
    assert (article.site, article.url) == (site, url)
