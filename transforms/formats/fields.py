"""An article from named values (front matter, a JSON object, a CSV row) read with a mapping: mapped
fields as its columns, the others as its metadata (`article_from_fields`). Which field is which:
transforms/formats/field_mapping.py; `--field` options: transforms/formats/field_options.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace

from transforms.formats.at_uris import post_address
from transforms.formats.base import ArticleRecord
from transforms.formats.common_names import USER_RECORDS
from transforms.formats.dates import UnparsedDate
from transforms.formats.field_mapping import squashed
from transforms.formats.field_pages import PageArticle, is_whole_page, page_article
from transforms.formats.field_paths import NotText, text_of_value, text_or_none, value_at, without_paths, written
from transforms.formats.listopad_dates import listopad_month
from transforms.formats.maintext_lines import with_line_paragraphs
from transforms.formats.markup import plain_title, text_of_field
from transforms.formats.numeric_dates import date_in_order
from transforms.formats.paywall_notices import without_paywall_notices
from transforms.formats.post_buttons import without_button_paragraphs
from transforms.formats.record_authors import authors_of, is_user_id
from transforms.formats.site_names import SEPARATOR
from transforms.formats.time_fields import date_with_time
from transforms.formats.title_rubrics import without_rubric
from transforms.formats.txt_bylines import name_cased
from transforms.formats.url_dates import url_day
from transforms.path_dates import DATE_FROM
from transforms.text import normalize_text, same_headline

_WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)
# NewsAPI cuts an article's `content` to 200 characters and says how much it left out, "… [+2345 chars]" (GNews:
# "... [1234 chars]"): the count is no text (it was the last paragraph's words); the ellipsis, which shows the
# cut, stays.
_CUT_MARK = re.compile(r"\s*\[\+?\d+ chars\]\s*$")
# NewsAPI joins the paragraphs of the text it cuts with one "\r\n": in such a text each line is a paragraph
# (the article's first two paragraphs were one, a line break inside it).
_CUT_LINES = re.compile(r"[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*")


def article_from_fields(
    values: Mapping[str, object], mapping: Mapping[str, str], text: str | None = None, day_first: bool | None = None,
    serials: bool = False,
) -> ArticleRecord:
    """Return an article from named values: mapped fields become columns, the others `metadata`.

    A mapping names a field or a dotted path into an object (`content.rendered`). `text` (a body read
    elsewhere, as after front matter) wins over a mapped text field. A text field of HTML markup is
    read as HTML (a CMS export's `<p>...</p>`), and a title's "&amp;" unescaped. Raises NotText when
    the mapped text field holds an object that is not text (the message names the paths to map).

    An unreadable date is a null date and a `date_unparsed` note in metadata, never an error. A
    numeric date whose day and month could be swapped (12/03/2024) is read in `day_first` order (the
    order the file's other dates show), else month first with a `date_ambiguous` note. A number of days
    (19723) is an epoch day, or Excel's serial where the file's other dates show Excel's count
    (`serials`: transforms.formats.day_numbers).
    """
    metadata: dict[str, object] = {k: _jsonable(v) for k, v in without_paths(values, mapping.values()).items()}

    def value(name: str) -> object:
        return value_at(values, mapping[name]) if name in mapping else None

    def text_of(name: str, separator: str = " ") -> str | None:
        try:
            return text_of_value(value(name), mapping.get(name, name), separator)
        except NotText:
            if name == "text":
                raise
            metadata[mapping[name]] = _jsonable(value(name))  # kept, as an unmapped field is
            return None

    published = None
    # A day in the date field and its time of day in a `time` field: one moment (transforms.formats.time_fields).
    raw_date = date_with_time(_single(value("published_at")), values, mapping.values())
    language = language_code(value("language"))
    if isinstance(raw_date, str):  # its "listopada" October or November, as its language or its text's words say
        raw_date = listopad_month(raw_date, raw_date, language or "", lambda: text or str(value("text") or ""))
    try:
        published, ambiguous = date_in_order(raw_date, day_first, serials)
    except UnparsedDate:
        metadata["date_unparsed"] = written(raw_date)  # `true`, `{"a": 1}`: as the file writes it
    else:
        if ambiguous is not None:
            metadata["date_ambiguous"] = ambiguous  # read month first: nothing in the file says otherwise
    raw_authors = value("authors")
    if "authors" in mapping and squashed(mapping["authors"]) in USER_RECORDS and not isinstance(raw_authors, Mapping):
        # Mastodon's `account` is a user's record; a string there is another file's account (a plan, "premium",
        # a ledger's number), no author: kept, as an unmapped field is. It was the article's author.
        metadata[mapping["authors"]] = _jsonable(raw_authors)
        raw_authors = None
    if is_user_id(raw_authors) or (isinstance(raw_authors, list) and any(map(is_user_id, raw_authors))):
        metadata[mapping["authors"]] = _jsonable(raw_authors)  # a user id (WordPress's "author": 5): kept
        raw_authors = _embedded_authors(values) or raw_authors  # the users a WordPress `?_embed` export adds
    title = text_of("title")
    raw_text = value("text") if text is None else None
    if isinstance(raw_text, bool | int | float):  # `"text": 42` or `true`: a field of another kind, not an article
        raise NotText(f"field {mapping['text']!r} holds {json.dumps(raw_text)}, not text")
    body = text if text is not None else text_of("text", "\n\n")
    if body and text is None:  # news-please's `maintext`: a line each paragraph
        body = with_line_paragraphs(body, mapping["text"])
    if body and text is None and (cut := _CUT_MARK.search(body)):
        body, metadata["text_cut"] = _CUT_LINES.sub("\n\n", body[: cut.start()]), cut.group(0).strip()
    url, site = _first_link(value("url"), mapping.get("url", "url")) or text_of("url"), _site(value("site"))
    if url is None and site is not None and _WEB_ADDRESS.match(site):
        # trafilatura's JSON names the page's address `source` (it was the site's name), and the site's name
        # `source-hostname` (its host name where the page names none: no site's name)
        url, site = site, _trafilatura_site(values, metadata)
    if url is None:  # a Bluesky post's `uri`, its AT URI: its address on the web
        url = post_address(values.get("uri"), raw_authors)
    # A record that gives no date (no field, or one left empty: a CSV row's empty cell) is dated by its URL's day, as
    # a page whose markup gives none is; one whose date could not be read keeps it noted (`date_unparsed`).
    if published is None and "date_unparsed" not in metadata and url and (url_published := url_day(url)) is not None:
        published, metadata[DATE_FROM] = url_published, "url"
    title = without_site(title, site)
    if title and (ruled := without_rubric(title))[1] is not None:  # "Breakingviews - ...": a column, no headline's
        title, metadata["rubric"] = ruled
    page = _page(body, title) if body and text is None else None
    if page is not None and not title and page.headline:
        title = page.headline  # a crawl's record of a page and its address alone: the page's headline (it had none)
    return ArticleRecord(
        # A record's text as a text file's is read (line ends "\r\n" as "\n", so that "\r\n\r\n" parts
        # paragraphs; no trailing spaces); a NUL is gone already (text_of_value).
        # A paywall's notice its exporter scraped with the text is no paragraph, as an HTML page's is not, nor a
        # post's button (a Substack export's `body_html` holds its "Subscribe now" as a paragraph: `post_buttons`).
        text=without_button_paragraphs(
            without_paywall_notices(normalize_text(page.text if page else text_of_field(body))))
        if body and text is None else body or "",
        title=plain_title(title) if title else None,
        published_at=published,
        url=url,
        site=site,
        authors=_printed_cased(raw_authors, authors_of(raw_authors)),
        language=language,
        metadata=metadata,
    )


def _printed_cased(raw: object, authors: tuple[str, ...]) -> tuple[str, ...]:
    """Return a record's authors in a name's case where its field is a printed byline in capitals ("By JOHN MACLEAN",
    as a scraper keeps AP's), as a page's and a text's are (`name_cased`); else as the field writes them.

    A field's name without "By" is the file's own data, kept as written: only the byline's "By" says the capitals
    are print's. "Mac" stays as `name_cased` writes it ("Maclean"): MacLean and Maclean are both names, and only a
    page's meta tag says which (`author_cases`). A byline object's `original` (the NYT Article Search API's) is the
    byline as printed, its "By" and capitals too.
    """
    if isinstance(raw, Mapping):
        raw = raw.get("original")
    if not isinstance(raw, str) or raw.lstrip()[:3].lower() != "by ":
        return authors
    return tuple(map(name_cased, authors))


def with_title(article: ArticleRecord) -> ArticleRecord:
    """Return the article with its title as the first paragraph of its text (as in a text file), unless
    the text opens with it: a first line that is the title, not a sentence that begins with its words
    ("Election results from all 650 seats...", which left the headline in no paragraph).

    >>> with_title(ArticleRecord("Rates held\\n\\nThe bank...", title="Rates held")).text
    'Rates held\\n\\nThe bank...'
    >>> with_title(ArticleRecord("Rates held steady.", title="Rates held")).text
    'Rates held\\n\\nRates held steady.'
    >>> with_title(ArticleRecord("Rates held.\\n\\nThe bank...", title="Rates Held")).text
    'Rates held.\\n\\nThe bank...'
    """
    if not article.title or same_headline(article.text.lstrip().split("\n", 1)[0], article.title):
        return article
    return replace(article, text=f"{article.title}\n\n{article.text}")


def without_site(title: str | None, site: str | None) -> str | None:
    """Return a record's title without the record's site name after a dash or a bar at its end, as NewsAPI
    ends every title ("Rates held - BBC News" beside `"source": {"name": "BBC News"}`).

    >>> without_site("Rates held - BBC News", "BBC News"), without_site("Rates held | bbc news", "BBC News")
    ('Rates held', 'Rates held')
    >>> without_site("BBC News", "BBC News"), without_site("Rates held - Analysis", "BBC News")
    ('BBC News', 'Rates held - Analysis')
    >>> without_site("Covid-19 - what next - Yahoo-News", "Yahoo-News")
    'Covid-19 - what next'
    """
    if not title or not site or not site.strip():
        return title
    name = r"\s+".join(map(re.escape, site.split()))  # "BBC  News" in a scraped title is "BBC News"
    found = re.search(rf"\S\s+{SEPARATOR}\s+{name}\s*$", title, re.IGNORECASE)
    return title[: found.start() + 1] if found else title


def language_code(value: object) -> str | None:
    """Return the ISO 639-1 code of a language value ("en-GB", "EN", "en_US" → "en").

    A map of languages to texts (ActivityStreams' `contentMap`) or a list of languages (Bluesky's `langs`) gives its
    first.

    >>> language_code("en-GB"), language_code("FR"), language_code(None)
    ('en', 'fr', None)
    >>> language_code({"fr": "<p>Bonjour</p>"}), language_code(["de", "en"]), language_code({})
    ('fr', 'de', None)
    """
    if isinstance(value, Mapping | list):
        value = next(iter(value), None)
    text = text_or_none(value)
    if not text:
        return None
    code = re.split(r"[-_]", text.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _site(value: object) -> str | None:
    if isinstance(value, Mapping):  # NewsAPI's {"id": ..., "name": ...}, a feed reader's origin {"title": ...}
        value = value.get("name", value.get("title"))
    return text_or_none(value)


def _first_link(value: object, path: str) -> str | None:
    """Return the first of a list of an article's links (the Google Reader API's `alternate`, a page and its AMP copy:
    [{"href": ..., "type": "text/html"}, ...]); None for any other value. Its links joined were no address.

    >>> _first_link([{"href": "https://a.test/1"}, {"href": "https://a.test/1.amp"}], "alternate")
    'https://a.test/1'
    """
    if not isinstance(value, list) or len(value) < 2:
        return None
    try:
        return text_of_value(value[0], path)
    except NotText:
        return None


def _embedded_authors(values: Mapping[str, object]) -> object:
    """Return the authors a WordPress REST export made with `?_embed` gives beside a post's user id, its
    `_embedded.author` records ([{"id": 7, "name": "Marta Kowalski", ...}]); else None.

    >>> _embedded_authors({"author": 7, "_embedded": {"author": [{"id": 7, "name": "Marta Kowalski"}]}})
    [{'id': 7, 'name': 'Marta Kowalski'}]
    """
    embedded = values.get("_embedded")
    return embedded.get("author") if isinstance(embedded, Mapping) else None


def _trafilatura_site(values: Mapping[str, object], metadata: dict[str, object]) -> str | None:
    """Return the site's name trafilatura's JSON gives (`source-hostname`), taken out of `metadata`; None where it
    is a host name (a page that names no site) or the record has none."""
    name = text_or_none(values.get("source-hostname"))
    if name is None or (" " not in name and "." in name):
        return None
    metadata.pop("source-hostname", None)
    return name


def _single(value: object) -> object:
    """Return the one value of a list of one, as a Scrapy item writes every field (`"date": ["2024-03-05"]`, which was
    unread, where its title's and text's lists were read), else the value.

    >>> _single(["2024-03-05"]), _single(["2024-03-05", "2024-03-06"]), _single("2024-03-05")
    ('2024-03-05', ['2024-03-05', '2024-03-06'], '2024-03-05')
    """
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def _jsonable(value: object) -> object:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return str(value)
    return value


def _page(body: str, title: str | None) -> PageArticle | None:
    """A text field's whole page's article (`field_pages`); None where the field is text, markup, or a page whose
    extraction finds no text (then read as markup)."""
    return page_article(body, title) if is_whole_page(body) else None
