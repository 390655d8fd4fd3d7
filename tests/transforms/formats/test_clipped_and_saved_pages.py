"""Pages saved or clipped by the tools of 2025-2026: a browser's MHTML archive, a Google Docs web-page export, a
MarkDownload or Readwise Markdown clipping, a Pocket export of a few links; and a page's meta author with a nickname
or a wire's credit in brackets."""

from __future__ import annotations

import pytest

from transforms.formats import ArticleRecord, FormatError, ReadOptions, format_of, read_articles

EN = "The central bank held its main rate at 4.25 per cent on Thursday, saying inflation was easing slowly."
EN2 = "Economists had expected the pause after three cuts last year, though two members voted for a reduction."
PAGE = (f'<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>Rates held again | Example News</title><meta '
        f'property=3D"article:published_time" content=3D"2026-01-14T08:30:00Z"></head><body><article><h1>Rates held '
        f'again</h1><p>{EN}</p><p>{EN2}</p></article></body></html>')


def read(text: str, format: str) -> ArticleRecord:
    [article] = read_articles(text.encode(), format, ReadOptions()).articles
    return article


def mhtml(sender: str, snapshot: str) -> str:
    return (f"From: {sender}\n{snapshot}Subject: Rates held again | Example News\nDate: Thu, 15 Jan 2026 10:02:11 "
            "+0100\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype=\"text/html\";\n\tboundary=\"--B--\""
            "\n\n\n----B--\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\nContent-Location: "
            f"https://example.com/news/rates-held\n\n{PAGE}\n----B----\n")


@pytest.mark.parametrize(("sender", "snapshot"), [
    ("<Saved by Blink>", "Snapshot-Content-Location: https://example.com/news/rates-held\n"),
    ("<Saved by Windows Internet Explorer 8>", ""),
])
def test_a_page_a_browser_saved_as_mhtml_is_read_as_its_page(sender: str, snapshot: str) -> None:
    assert format_of("Rates held.mhtml") == format_of("rates.MHT") == "eml"
    article = read(mhtml(sender, snapshot), "eml")
    # read as an e-mail, it was dated the day it was saved and headlined with its site's name
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-01-14"
    assert article.title == "Rates held again"
    assert article.url == "https://example.com/news/rates-held"
    assert EN in article.text and "=3D" not in article.text


def test_a_newsletter_with_inline_images_is_still_read_as_an_email() -> None:
    mail = (f"From: The Morning Brief <brief@news.example.com>\nSubject: Rates held again\nDate: Wed, 14 Jan 2026 "
            "06:02:11 +0000\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b1\"\n\n--b1\n"
            f"Content-Type: text/html; charset=\"utf-8\"\n\n<html><body><h1>Rates held again</h1><p>{EN}</p><p>{EN2}"
            "</p></body></html>\n--b1--\n")
    article = read(mail, "eml")
    assert article.site == "The Morning Brief" and article.published_at is not None
    assert article.published_at.isoformat() == "2026-01-14T06:02:11+00:00"


def test_a_google_docs_web_page_export_has_its_title_and_byline() -> None:
    page = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
            '.c0{color:#000000}</style></head><body class="c5 doc-content"><p class="c2 title" id="h.x1"><span '
            'class="c4">Rates held again</span></p><p class="c1"><span class="c0">By Maya Chen</span></p><p class="c1">'
            f'<span class="c0">{EN}</span></p><p class="c1"><span class="c0">{EN2}</span></p></body></html>')
    article = read(page, "html")
    # its Title-styled paragraph was no headline: no title, and "By Maya Chen" a paragraph
    assert article.title == "Rates held again" and article.authors == ("Maya Chen",)
    assert "By Maya Chen" not in article.text


def test_a_paragraph_of_class_title_on_another_page_is_no_headline() -> None:
    page = (f"<html><head><title>Rates held again | Example News</title></head><body><article><h1>Rates held again"
            f"</h1><p>{EN}</p><p>{EN2}</p></article><aside><p class=\"title\">Related</p></aside></body></html>")
    assert read(page, "html").title == "Rates held again"


def test_a_markdownload_clipping_is_dated_by_no_clipping_time_and_keeps_no_template_heading() -> None:
    clip = (f"---\ncreated: 2026-01-15T10:02:11 (UTC +01:00)\ntags: []\nsource: https://example.com/news/rates-held\n"
            "author: Maya Chen\n---\n\n# Rates held again\n\n> ## Excerpt\n> The bank paused again.\n\n---\n"
            f"{EN}\n\n{EN2}\n")
    article = read(clip, "md")
    assert article.published_at is None  # it was dated 15 January, the day it was clipped
    assert article.metadata.get("created") == "2026-01-15T10:02:11 (UTC +01:00)"
    assert "Excerpt" not in article.text and "The bank paused again." in article.text
    assert article.authors == ("Maya Chen",)


def test_a_front_matter_date_beside_a_clipping_time_is_the_date() -> None:
    post = f"---\ntitle: Rates held again\ndate: 2025-12-01\ncreated: 2026-01-15\nsource: https://x.example/a\n---\n\n{EN}\n"
    article = read(post, "md")
    assert article.published_at is not None and article.published_at.date().isoformat() == "2025-12-01"


@pytest.mark.parametrize("link", ["[View Highlight](https://read.readwise.io/read/01abc)",
                                  "[Location 1234](https://readwise.io/to_kindle?action=open&asin=B0&location=1234)"])
def test_a_readwise_export_is_its_highlights_with_their_author_and_address(link: str) -> None:
    export = (f"# Rates held again\n\n![rw-book-cover](https://example.com/cover.jpg)\n\n## Metadata\n- Author: [[Maya "
              f"Chen]]\n- Full Title: Rates held again\n- Category: #articles\n- URL: https://example.com/news/rates-held"
              f"\n\n## Highlights\n- {EN} ({link})\n- {EN2} ({link})\n")
    article = read(export, "md")
    assert article.authors == ("Maya Chen",) and article.url == "https://example.com/news/rates-held"
    assert article.text == f"Rates held again\n\n{EN}\n\n{EN2}"


def test_an_articles_own_metadata_section_stays() -> None:
    post = f"# Rents rise again\n\n{EN}\n\n## Metadata\n- Category: Housing\n- Source: ONS\n"
    assert "Category: Housing" in read(post, "md").text


def test_a_pocket_export_of_two_links_is_no_article() -> None:
    export = ('<!DOCTYPE html><html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul><li><a href="htt'
              'ps://example.com/a" time_added="1768379400">Rates held again</a></li><li><a href="https://example.com/b"'
              ' time_added="1768379500">Ferry service to resume</a></li></ul><h1>Read Archive</h1><ul></ul></body>'
              '</html>')
    with pytest.raises(FormatError) as raised:  # an article "Pocket Export", its text "Unread" and "Read Archive"
        read_articles(export.encode(), "html", ReadOptions())
    assert raised.value.reason == "no_article_text" and "2 links" in raised.value.detail


@pytest.mark.parametrize(("author", "authors"), [
    ("Robert (Bob) Smith", ("Robert (Bob) Smith",)),  # as a records file's author: it was "Robert Smith"
    ("Reuters (Reporting by Jane Doe)", ("Jane Doe",)),  # no author at all
    ("AFP (Reporting by Tom Roe; Editing by Ann Lee)", ("Tom Roe",)),
    ("Jane Doe (Reuters)", ("Jane Doe",)),
])
def test_a_meta_authors_bracket_is_read_as_a_records_files_is(author: str, authors: tuple[str, ...]) -> None:
    page = (f'<html><head><title>Rates held</title><meta name="author" content="{author}"></head><body><article>'
            f'<h1>Rates held</h1><p>{EN}</p><p>{EN2}</p></article></body></html>')
    assert read(page, "html").authors == authors


POCKET = ('<html><head><title>Romania runoff won with 53.2 percent</title></head><body><article><h1>Romania runoff '
          'won with 53.2 percent</h1><p class="byline">Andrei Popescu · {site} · May 18, 2026 · 4 min read</p>'
          f'<p>{EN}</p><p>{EN2}</p></article></body></html>')


@pytest.mark.parametrize("site", ["balkaninsight.com", "bbc.co.uk", "notesfrompoland.com"])
def test_a_saved_pages_domain_in_its_byline_is_its_site_no_author(site: str) -> None:
    # a Pocket-saved page's byline names the writer, then the site it came from by its domain
    article = read(POCKET.format(site=site), "html")
    assert article.authors == ("Andrei Popescu",)
    assert article.site == site


@pytest.mark.parametrize(("written", "site"), [("www.balkaninsight.com", "balkaninsight.com"),
                                               ("www.bbc.co.uk", "bbc.co.uk")])
def test_a_saved_pages_www_host_in_its_byline_is_its_site(written: str, site: str) -> None:
    # written with its "www.", the host was read as a web address where a name should be and dropped: no site
    article = read(POCKET.format(site=written), "html")
    assert article.authors == ("Andrei Popescu",)
    assert article.site == site


def test_a_www_host_inside_a_bylines_words_is_no_site() -> None:
    article = read(POCKET.replace("Andrei Popescu · {site}", "Andrei Popescu of www.balkaninsight.com fame"), "html")
    assert article.site is None


@pytest.mark.parametrize("name", ["J.R. Smith", "A.Smith", "Jane Doe"])
def test_a_name_with_a_full_stop_stays_an_author(name: str) -> None:
    article = read(POCKET.replace("Andrei Popescu · {site}", name), "html")
    assert article.authors == (name,) and article.site is None


@pytest.mark.parametrize("label", ["View Original", "View original article", "Read the original"])
def test_a_saved_pages_link_to_its_original_is_its_url(label: str) -> None:
    # Pocket's saved page links back to the story's page over it ("Back to Saves · View Original"): no url was read
    page = POCKET.format(site="balkaninsight.com").replace(
        "<body>", f'<body><div><a href="https://getpocket.com/saves">Back to Saves</a> · <a href="https://'
                  f'balkaninsight.com/2026/05/18/romania-runoff/">{label}</a></div>')
    assert read(page, "html").url == "https://balkaninsight.com/2026/05/18/romania-runoff/"


def test_a_link_in_a_sentence_about_an_original_is_no_url() -> None:
    page = POCKET.format(site="balkaninsight.com").replace(
        "</article>", '<p>Read <a href="https://example.org/report">the original report</a> here.</p></article>')
    assert read(page, "html").url is None


@pytest.mark.parametrize("matter", ["", "---\ntitle: Rates held again\nsource: https://example.com/news/a\n---\n\n"])
def test_an_obsidian_clippings_clip_line_and_own_notes_are_no_paragraphs(matter: str) -> None:
    clip = (f"{matter}# Rates held again\n\n> Clipped from Example News on 2026-01-14\n\n{EN}\n\n{EN2}\n\n"
            "## My notes\n\n- Compare with the March decision\n- Follow up: the minutes\n")
    article = read(clip, "md")
    assert article.text == f"Rates held again\n\n{EN}\n\n{EN2}"
    assert article.site == "Example News"
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-01-14"
    # the reader's own notes are kept beside the article, not as its text
    assert article.metadata.get("notes") == "Compare with the March decision\n\nFollow up: the minutes"


def test_a_clippings_site_and_day_from_its_front_matter_stand_over_its_clip_line() -> None:
    clip = (f"---\nsite: Example Daily\ndate: 2026-01-13\n---\n\n# Rates held again\n\n> Clipped from Example News "
            f"on 2026-01-14\n\n{EN}\n")
    article = read(clip, "md")
    assert article.site == "Example Daily" and article.published_at is not None
    assert article.published_at.date().isoformat() == "2026-01-13"


@pytest.mark.parametrize("note", [
    f"# My notes\n\n{EN}\n",  # a note titled "My notes": the article itself
    f"# Hiking the ridge\n\n{EN}\n\n## My notes\n\n{EN2}\n",  # a post's own section: no clipping around it
    f"# Cuts\n\nClipped from the budget on Tuesday were 300 jobs.\n\n{EN}\n",  # a sentence that opens so
    f"# Budget day\n\n> Clipped from Example News on 2026-01-14\n\n{EN}\n\n## Notes on the budget\n\n{EN2}\n",
])
def test_a_notes_heading_or_clipped_sentence_that_is_the_articles_own_stays(note: str) -> None:
    article = read(note, "md")
    kept = [line.lstrip("# ") for line in note.split("\n\n") if line.strip() and "Clipped from Example" not in line]
    assert article.text == "\n\n".join(line.strip() for line in kept)
