"""The article fields a records file may name, and the names each is recognised by without a `--field` option
(English first, then as German, French and Spanish exports write them), a reader's highlight and time fields."""

from __future__ import annotations

# The article fields a mapping may name (`--field NAME=FIELD`), and the names recognised without one,
# in order of preference (compared without case, "_" and "-"). WordPress exports write "date" in the
# site's time zone without saying which, and "date_gmt" in UTC. A spreadsheet's "Body Text", schema.org's
# `articleBody`, the NYT APIs' `published_date` and `web_url`, the Guardian's `webTitle`, `webUrl` and
# `webPublicationDate`, Drupal's JSON:API `created` and Wagtail's `first_published_at` are newsroom exports'
# own (each file naming them was no_text_field, or dateless); news-please's `date_publish`, and the Google Reader
# API's `summary`, `canonical`, `alternate` and `origin` (Feedly's and Inoreader's exports), tools' and readers'.
# A scraper's or a CMS's markup column, `content_html` or `body_html` (JSON Feed's name), is the text before a
# `summary` beside it (a file of both was read by its one-line summary), and is read as HTML (`fields.py`). A
# Mastodon status names its author in `account` (`display_name`). GDELT's Global Knowledge Graph names a record's
# page `DocumentIdentifier` and its site `SourceCommonName` (a GDELT-like CSV was read without either), and
# news-please names the site `source_domain`. Instapaper's CSV export (URL, Title, Selection, Folder, Timestamp) holds
# no article text, only what its user highlighted, `Selection`: that is the text of a row that has one (such a file was
# no_text_field whole), a row without one no text; it is the last name tried, after all of an article's. A
# highlight's file dates its rows by its reader: Instapaper's `Timestamp` is when the link was saved, not when the
# article was published, and is no `published_at` (`READER_TIMES`); it stays in `metadata` as the export writes it.
# A feed's items as rss-parser (Node) writes them to JSON name their markup `content:encoded` and their date `isoDate`
# beside a `contentSnippet` (such a file was "links to articles, not their text").
# News datasets' and monitoring APIs' own names of a record's outlet, each read as no site before (a record kept it in
# `metadata`): Kaggle's "All the News" export (id, title, publication, author, date, ..., url, content) names it
# `publication`, MediaCloud's stories `media_name`, older scrapes `newspaper`. A name of an outlet and never of a
# date or a text, so each is a site's name after every plainer one. Event Registry dates an article twice: `dateTime`
# when its crawler found it, `dateTimePub` when its publisher did; the publisher's is the article's date, before the
# `date` and `time` (the crawler's day and hour) it writes beside them.
FIELDS = ("id", "title", "text", "published_at", "url", "authors", "site", "language")
# The authors' fields read only as a user's record (an object): Mastodon's `account`.
USER_RECORDS = ("account",)
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "guid", "uuid", "_id", "doc_id"),
    "title": ("title", "headline", "heading", "name", "web_title"),
    "text": (
        "text", "body", "content", "article", "article_text", "body_text", "article_body", "full_text", "maintext",
        "story", "html", "content_html", "body_html", "html_content", "html_body", "plaintext", "content:encoded",
        # a scraper's list of a page's paragraphs, before its meta description (a teaser, which was read alone)
        "paragraphs",
        # the NYT Article Search API's first paragraph, the article's own words, before any teaser
        "lead_paragraph",
        # a media-monitoring export's (Meltwater's) first words of the article, as its page opens: before a teaser
        "opening_text",
        "description", "summary",
        # the only text of exports that hold a teaser alone, read as `description` is: HuffPost's News Category
        # Dataset (link, headline, category, short_description, authors, date) and the NYT's `abstract` (each such
        # file was "links to articles, not their text", though it is a corpus made to be read so)
        "short_description", "abstract",
        "selection",
    ),
    "published_at": (
        "published_at", "published", "date_published", "publication_date", "published_date", "pub_date", "pubdate",
        "web_publication_date", "first_published_at", "first_publication_date", "date_gmt", "date_time_pub", "date",
        "datetime",
        "timestamp", "created_at", "created", "date_created", "publish_date", "date_publish", "iso_date", "time",
        "post_date",  # Substack's export (its JSON and its posts.csv): such a record was undated
    ),
    "url": (
        "url", "link", "canonical_url", "permalink", "source_url", "web_url", "href", "canonical", "alternate",
        "document_identifier",
    ),
    "authors": ("authors", "author", "byline", "creator", "creators", "writer", "account",
                # media-monitoring exports' writer of a mention: Meltwater's `Influencer`, Talkwalker's flattened
                # `extra_author_attributes.name` (each file was read with no author)
                "influencer", "extra_author_attributes.name"),
    "site": ("site", "sitename", "site_name", "source", "source_name", "publisher", "outlet", "domain", "origin",
             "source_common_name", "source_domain", "publication", "publication_name", "media_name", "newspaper",
             "extra_source_attributes.name",  # Talkwalker's outlet, beside its author's attributes
             # Cision's and Muck Rack's exports name it "Outlet Name" and "Media Outlet" (read with no site before)
             "outlet_name", "media_outlet"),
    # ActivityStreams' `contentMap` (a Mastodon outbox's Note: {"fr": "<p>...</p>"}) and Bluesky's `langs` (["fr"])
    # name the languages of the text: the first is its language.
    "language": ("language", "lang", "language_code", "locale", "meta_lang", "content_map", "langs"),
}
# The same fields as German, French and Spanish exports and spreadsheets name them (each such file was
# no_text_field, "use --field"), read after the English names: a file that has both is read by its English ones.
TRANSLATED_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("titel", "überschrift", "titre", "titulo", "título", "titular"),
    "text": ("inhalt", "artikeltext", "texte", "contenu", "texto", "contenido", "cuerpo"),
    "published_at": ("datum", "veröffentlicht", "date_de_publication", "fecha", "fecha_de_publicacion",
                     "fecha_publicacion"),
    "url": ("lien", "enlace"),
    "authors": ("autor", "autoren", "verfasser", "auteur", "auteurs", "autores"),
    "site": ("quelle", "fuente"),
    "language": ("sprache", "langue", "idioma"),
}
COMMON_NAMES = {field: (*names, *TRANSLATED_NAMES.get(field, ())) for field, names in COMMON_NAMES.items()}
# A reader's highlights (the text a `selection`, as Instapaper names it, or a `highlight`, as Readwise does, mapped
# with `--field text=Highlight`; no common name: Elasticsearch's hits hold a `highlight` object beside their
# `_source`): their file's time of a row, by one of these names, is when the reader saved or marked it, not the
# article's date.
HIGHLIGHT_TEXTS = frozenset({"selection", "highlight"})
READER_TIMES = frozenset({"timestamp", "time", "created", "createdat", "datecreated", "datetime"})
