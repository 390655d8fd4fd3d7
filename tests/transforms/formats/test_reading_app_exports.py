"""Reading apps' CSV exports known by their columns: Readwise's highlights and Raindrop.io's bookmarks."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

READWISE = (
    "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,"
    "Document tags\n"
    '"Central banks raised rates faster than at any time since the 1980s.",The Rate Shock,Jane Doe,,,yellow,,'
    "order,12,2024-05-01 10:22:00+00:00,\n"
)
RAINDROP = (
    "id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite\n"
    '811,Floods close rail line,,"Heavy rain flooded the main line near Carlisle on Sunday.",'
    "https://news.test/floods,Unsorted,weather,2024-11-03T09:12:44.000Z,,,false\n"
)


def test_a_readwise_export_is_read_without_a_field_option() -> None:
    # It was quarantined whole, no_text_field: "map one with --field text=NAME".
    [article] = read_articles(READWISE.encode(), "csv", ReadOptions()).articles
    assert article.text.endswith("faster than at any time since the 1980s.")
    assert article.title == "The Rate Shock"
    assert list(article.authors) == ["Jane Doe"]
    assert article.published_at is None  # when the reader highlighted it, not when it was published
    assert article.metadata["Highlighted at"] == "2024-05-01 10:22:00+00:00"


def test_a_raindrop_bookmarks_excerpt_is_its_text_and_its_saving_no_date() -> None:
    [article] = read_articles(RAINDROP.encode(), "csv", ReadOptions()).articles
    assert article.text.endswith("Heavy rain flooded the main line near Carlisle on Sunday.")
    assert (article.title, article.url) == ("Floods close rail line", "https://news.test/floods")
    assert article.published_at is None  # `created`: when the link was saved (2024-11-03)
    assert article.metadata["created"] == "2024-11-03T09:12:44.000Z"


def test_a_field_option_still_wins_over_an_apps_columns() -> None:
    options = ReadOptions(fields={"published_at": "created", "text": "note"})
    data = RAINDROP.replace(",,\"Heavy", ",My own note on it.,\"Heavy").encode()
    [article] = read_articles(data, "csv", options).articles
    assert article.text.endswith("My own note on it.")
    assert article.published_at is not None and article.published_at.day == 3


def test_an_excerpt_beside_other_columns_is_no_apps_export() -> None:
    # `excerpt` alone is no text name: a WordPress post's excerpt beside its content is not its text.
    data = b"title,excerpt,content,created\nRates,Short.,The bank held rates on Tuesday.,2024-03-05\n"
    [article] = read_articles(data, "csv", ReadOptions()).articles
    assert article.text.endswith("The bank held rates on Tuesday.")
    assert article.published_at is not None


def test_a_file_with_an_exports_columns_and_a_text_column_is_read_by_its_text() -> None:
    # A CMS's posts with Raindrop's columns among theirs (`excerpt`, `cover`, `folder`, `created`, `highlights`) were
    # read as Raindrop's bookmarks: each post's one-line excerpt its text, its `created` no date. Raindrop writes no
    # `content`: a file that holds one is no export of it.
    posts = ("id,title,content,excerpt,url,folder,created,cover,highlights\n"
             '1,Rates held,"The Bank of England kept rates at 5.25% on Thursday, saying inflation was too high.",'
             "Rates held.,https://bank.test/rates,news,2024-03-05,,\n")
    [article] = read_articles(posts.encode(), "csv", ReadOptions()).articles
    assert article.text.endswith("saying inflation was too high.")
    assert article.published_at is not None
