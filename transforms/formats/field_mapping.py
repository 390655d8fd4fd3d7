"""Which of a file's named values are which article fields: the names recognised without a `--field`
option (`COMMON_NAMES`), a file's mapping (`detect_mapping`), and a record's fallback through the common
names for a field it lacks (`record_mapping`), an empty text's stand-in among them (`stand_in_texts`). A yes/no field
named as a date is no date (`flag_fields`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

from transforms.formats.export_columns import export_fields
from transforms.formats.field_paths import squashed
from transforms.formats.stand_in_texts import STAND_IN_TEXTS, content_map_text, description_text

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


# What a yes/no field holds (Jekyll's `published: true`, a CSV's `published` column of "yes"): a flag,
# never a date, though its name is the first common name of one.
_FLAGS = frozenset({"true", "false", "yes", "no"})


def is_flag(value: object) -> bool:
    """Return whether a value is a yes/no flag (a boolean, or "true", "false", "yes", "no" in any case).

    >>> is_flag(True), is_flag(" Yes "), is_flag("2024-03-05"), is_flag(1)
    (True, True, False, False)
    """
    return isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in _FLAGS)


def flag_fields(records: Iterable[Mapping[str, object]]) -> frozenset[str]:
    """Return the fields named as a date is (`COMMON_NAMES["published_at"]`) whose every value, null
    and "" aside, is a flag (`is_flag`): "published": true says whether, not when, and the date is
    in the next name ("date", "created_at").

    >>> sorted(flag_fields([{"published": True, "date": "2024-03-05"}, {"published": "no", "date": None}]))
    ['published']
    >>> sorted(flag_fields([{"published": True}, {"published": "2024-03-05"}]))
    []
    """
    dates = {squashed(common) for common in COMMON_NAMES["published_at"]}
    flags: dict[str, bool] = {}  # a date-named field: whether every value so far is a flag
    for values in records:
        for name, value in values.items():
            if value is None or value == "" or not flags.get(name, True) or squashed(name) not in dates:
                continue
            flags[name] = is_flag(value)
    return frozenset(name for name, flag in flags.items() if flag)


def detect_mapping(
    names: Sequence[str], given: Mapping[str, str], reserved: frozenset[str] = frozenset(),
    flags: Collection[str] = frozenset(),
) -> dict[str, str]:
    """Return NAME → field for a file's field names: the given mappings, else the recognised common names.
    A field of `flags` (`flag_fields`) is no date unless given.

    >>> detect_mapping(["Headline", "body", "pubDate", "link"], {})
    {'title': 'Headline', 'text': 'body', 'published_at': 'pubDate', 'url': 'link'}
    >>> detect_mapping(["text", "published", "date"], {}, flags={"published"})
    {'text': 'text', 'published_at': 'date'}
    >>> detect_mapping(["URL", "Title", "Selection", "Folder", "Timestamp"], {})
    {'title': 'Title', 'text': 'Selection', 'url': 'URL'}
    >>> detect_mapping(["id", "title", "note", "excerpt", "url", "folder", "created", "cover", "highlights"], {})
    {'id': 'id', 'title': 'title', 'text': 'excerpt', 'url': 'url'}
    >>> detect_mapping(["Post Title", "Post Content", "Publish Date (UTC)", "Author(s)"], {})
    {'title': 'Post Title', 'text': 'Post Content', 'published_at': 'Publish Date (UTC)', 'authors': 'Author(s)'}
    >>> detect_mapping(["Entry Title", "Entry Text (original)", "Entry Text"], {})["text"]
    'Entry Text'
    """
    by_squashed: dict[str, str] = {}
    for name in names:
        if name not in reserved:
            by_squashed.setdefault(squashed(name), name)
    # A reading app's export, known by its columns (`export_columns`): its text's and title's columns, and
    # no date from the time its reader saved a row.
    export, reader_times = export_fields([name for name in names if name not in reserved])
    if export and any(squashed(common) in by_squashed for common in COMMON_NAMES["text"]):
        export, reader_times = {}, frozenset()  # a column of the article's text: no export of an app that writes none
    mapping: dict[str, str] = {}
    taken = set(given.values()) | set(export.values())
    # a CMS's columns named with the item's kind and a unit ("Post Title", "Post Content", "Publish Date (UTC)",
    # "Author(s)"): each a common name's where no column is named so plainly (the file was "links to articles")
    # Where two reduce to one name, the one without a bracket is the field's: "Entry Text (original)" is the text
    # before its edits, "Entry Text" the one published (the first column was read, whichever it was).
    by_plain: dict[str, str] = {}
    for name in sorted(by_squashed.values(), key=lambda name: _BRACKETED_END.search(name) is not None):
        by_plain.setdefault(plain_column(name), name)
    for article_field in FIELDS:
        if article_field in given or article_field in export:
            mapping[article_field] = given.get(article_field) or export[article_field]
            continue
        for names_by in (by_squashed, by_plain):
            for common in COMMON_NAMES[article_field]:
                found = names_by.get(squashed(common))
                if article_field == "published_at" and (found in flags or found in reader_times):
                    continue
                if found is not None and found not in taken:
                    mapping[article_field] = found
                    taken.add(found)
                    break
            if article_field in mapping:
                break
    if (
        "published_at" not in given and squashed(mapping.get("text", "")) in HIGHLIGHT_TEXTS
        and squashed(mapping.get("published_at", "")) in READER_TIMES
    ):
        del mapping["published_at"]  # when the reader saved the highlight (Instapaper's `Timestamp`): in metadata
    return mapping


# The item's kind a CMS's export names its columns with, as a spreadsheet's header writes it (a word and a space: a
# program's key, "story_html", is a field of its own), and a unit or a plural in brackets after a name
_KIND_PREFIX = re.compile(r"^(?:post|article|story|entry|item|page)\s+(?=\w)", re.IGNORECASE)
_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")


def plain_column(name: str) -> str:
    """Return a column's name without the item's kind before it and a bracket after it, squashed (`squashed`).

    >>> plain_column("Post Content"), plain_column("Publish Date (UTC)"), plain_column("Author(s)")
    ('content', 'publishdate', 'author')
    >>> plain_column("Postcode"), plain_column("Story"), plain_column("story_html")
    ('postcode', 'story', 'storyhtml')
    """
    return squashed(_KIND_PREFIX.sub("", _BRACKETED_END.sub("", name)))


def record_mapping(
    values: Mapping[str, object],
    mapping: Mapping[str, str],
    given: Collection[str] = (),
    reserved: frozenset[str] = frozenset(),
) -> Mapping[str, str]:
    """Return the mapping one record of a file is read with: the file's (`mapping`, detect_mapping),
    except that an article field not `given` (a NAME an option maps) whose field the record lacks
    altogether falls back through the common names the record has. A file's records need not name
    their fields alike (`body` in some, `text` in others, as when lines are appended to a JSONL): a
    record is never lost for a name another record uses. A field the record holds, even as null or
    "", is read as the file says (null is no value), but for a text field that holds no text where the
    record's `description` does: NewsAPI's free tier writes `"content": null` beside the description,
    its only text, and each such article was `no_text` (`description_text`). `id` never falls back (a
    record keeps its identity). A given field holds for every record. A record read as the file is gets
    `mapping` itself (its version is the one it had). The test for the common case, every mapped field
    present, is a dict lookup per field.

    >>> record_mapping({"id": 1, "body": "B."}, {"id": "id", "text": "text"})
    {'id': 'id', 'text': 'body'}
    >>> record_mapping({"body": "B."}, {"text": "text"}, given={"text"})
    {'text': 'text'}
    >>> record_mapping({"text": None, "body": "B."}, {"text": "text"})
    {'text': 'text'}
    >>> record_mapping({"content": None, "description": "D."}, {"text": "content"})
    {'text': 'description'}
    """
    read = _with_fallbacks(values, mapping, given, reserved)
    if "text" in read and "text" not in given:
        if squashed(read["text"]) in STAND_IN_TEXTS:
            # A stand-in for a text field the record lacks (or the whole file does: a file of Notes without
            # `content` is mapped to `summary`), where its `contentMap` holds the text: a Note's `summary` is its
            # content warning.
            if (in_languages := content_map_text(values, reserved)) is not None:
                return {**read, "text": in_languages}
        description = description_text(values, read["text"], reserved)
        if description is not None:
            return {**read, "text": description}
    return read


def _with_fallbacks(
    values: Mapping[str, object], mapping: Mapping[str, str], given: Collection[str], reserved: frozenset[str]
) -> Mapping[str, str]:
    """Return `mapping` with each field the record lacks altogether found through the common names it has."""
    missing = [f for f, field in mapping.items()
               if f not in given and f != "id" and field.split(".", 1)[0] not in values]
    if not missing:
        return mapping
    kept = {f: field for f, field in mapping.items() if f not in missing}
    taken = set(kept.values())
    by_squashed: dict[str, str] = {}
    for name in values:
        if name not in reserved and name not in taken and values[name] is not None:
            by_squashed.setdefault(squashed(name), name)
    found: dict[str, str] = {}
    for article_field in missing:
        for common in COMMON_NAMES[article_field]:
            other = by_squashed.get(squashed(common))
            if article_field == "published_at" and other is not None and is_flag(values[other]):
                continue  # "published": true, no date
            if other is not None and other not in found.values():
                found[article_field] = other
                break
        else:  # no other: the file's field, which reads nothing here
            found[article_field] = mapping[article_field]
    if not any(found.get(f) != mapping.get(f) for f in missing):
        return mapping  # read as the file is: the same mapping, whose versions the lake holds
    return {f: kept.get(f) or found[f] for f in FIELDS if f in kept or f in found}
