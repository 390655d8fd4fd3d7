"""HTML pages (.html, .htm): the main article text and the page's metadata, extracted by trafilatura.

trafilatura drops navigation, ads, comments, related links and cookie banners (about 0.95
shingle-F1 on public article-body benchmarks); its metadata comes from meta tags, JSON-LD and the
canonical link. Paragraph structure follows the extracted blocks (headings, paragraphs, list items,
quotes), one paragraph each, after the headline. Tables are left out, but for a page laid out in
tables, whose article is in a cell (html_extraction.py).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Any

from transforms.formats.archive_snapshots import with_original_addresses
from transforms.formats.author_cases import page_cased
from transforms.formats.base import (
    NO_ARTICLE_TEXT,
    THEMELAKE_REPORT,
    ArticleRecord,
    FormatError,
    ReadOptions,
    ReadResult,
)
from transforms.formats.byline_choice import byline_found
from transforms.formats.byline_dates import byline_date
from transforms.formats.dates import UnparsedDate, parse_date, readable_dates
from transforms.formats.docs_exports import with_docs_headline
from transforms.formats.error_pages import needs_page_text, not_an_article
from transforms.formats.feed_xml import feed_kind
from transforms.formats.fields import language_code
from transforms.formats.html_authors import page_authors, page_bylines
from transforms.formats.html_blocks import clean_text
from transforms.formats.html_charset import declared_charset
from transforms.formats.html_extraction import article_extraction
from transforms.formats.html_fragments import fragment_as_page, is_fragment
from transforms.formats.html_signatures import signed_name
from transforms.formats.html_timestamps import (
    DATE_PARAMS,
    as_written,
    full_timestamp,
    page_timestamps,
    with_named_zone,
    zoned_moment,
)
from transforms.formats.impossible_offsets import without_impossible_offsets
from transforms.formats.json_ld import article_date, is_article_type, json_ld_dates, json_ld_page
from transforms.formats.link_lists import link_list_detail, page_links
from transforms.formats.listing_pages import is_index_page, teaser_text
from transforms.formats.meta_dates import archive_date, meta_dates, numeric_meta_date
from transforms.formats.modified_dates import modified_dates, unmodified_date
from transforms.formats.original_links import original_link
from transforms.formats.page_credits import without_page_credits
from transforms.formats.page_dates import json_ld_date, month_of_no_date, unread_date
from transforms.formats.page_headlines import sharing_headline
from transforms.formats.page_zones import page_zone_moment
from transforms.formats.post_buttons import without_button_blocks
from transforms.formats.promo_lines import without_invitations
from transforms.formats.report_pages import report_page_detail
from transforms.formats.side_dates import date_without_side_parts, head_days
from transforms.formats.site_authors import site_from_authors
from transforms.formats.site_names import page_site_names
from transforms.formats.title_sites import title_site, titled_site
from transforms.formats.url_dates import markup_date, url_day
from transforms.formats.url_dates import today as _today  # one "today" for every date limit; a test sets it here
from transforms.path_dates import DATE_FROM
from transforms.text import SOFT_HYPHEN, decode_article, is_blank, normalize_text
from transforms.word_counts import word_count

_FIRST_OF_MONTH = re.compile(r"\d{4}-\d{2}-01(?:T00:00:00)?")
_SCRIPT_DATA = 'id="__NEXT_DATA__"'  # a Next.js page's data, which its scripts render into the page
# The text of a page's body, without its scripts and styles.
PAGE_TEXT = "//body//text()[not(ancestor::script or ancestor::style)]"


def read_html(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the article of an HTML page, or raise FormatError(no_article_text) for a page without one."""
    import trafilatura  # here: only workers that meet an HTML page pay for importing it

    kind = feed_kind(data)
    if kind is not None:
        # Read as a feed here, its items would share the page's one source and article id: a records file
        # is known by its name (transforms.formats.RECORDS_FORMATS), so the detail says which name to give it.
        raise FormatError(NO_ARTICLE_TEXT, f"an {kind} feed, not an HTML page: name it .rss, .atom or .xml "
                          "to read its items as articles")
    decoded = decode_article(data, declared_charset(data))
    page, impossible_dates = without_impossible_offsets(decoded.text)  # else trafilatura drops the page
    fragment = is_fragment(page)
    if fragment:  # an article's body alone (a Substack export's post) read as the article it is
        page = fragment_as_page(page)
    tree = trafilatura.load_html(page)
    if tree is None:
        raise FormatError(NO_ARTICLE_TEXT, "not an HTML page that can be parsed")
    if (report := report_page_detail(tree)) is not None:  # a lake's reports/ read as articles: themes of its themes
        raise FormatError(THEMELAKE_REPORT, report)
    with_docs_headline(tree)  # a Google Docs export's Title paragraph is its headline
    with_original_addresses(tree)  # a Wayback Machine snapshot's canonical link: the story's own address
    page_language = language_code(tree.get("lang"))
    # Read before extraction, which prunes the tree.
    headings = [clean_text(e.text_content()) for e in tree.xpath("//head/title|//h1")]
    # A bot check's or a consent wall's words, which extraction may drop: read only under such a heading.
    page_text = clean_text(" ".join(tree.xpath(PAGE_TEXT))) if needs_page_text(headings) else ""
    site_names = page_site_names(tree)
    teasers = teaser_text(tree)
    headings_of_links = page_links(tree)
    og_title = sharing_headline(tree)
    page_meta = meta_dates(tree)
    ld_dates = json_ld_dates(tree)
    stamps = page_timestamps(tree, page_meta, ld_dates.article)
    modified = modified_dates(tree)
    head = head_days(tree)
    bylines = page_bylines(tree)
    signed = signed_name(tree)  # before the extraction, which strips the page's styles
    dateline = byline_date(tree)  # "Updated 14:32 BST, 5 March 2024" near the headline, htmldate's own unread
    if dateline is not None and dateline.timed and not dateline.zoned and dateline.moment.utcoffset() == timedelta(0):
        moment = zoned_moment(dateline.moment, stamps)  # its <time>'s zone
        if moment is dateline.moment:  # else the one zone the page's other dates near its day give
            moment = page_zone_moment(moment, [*(v for _, v in stamps), *page_meta, *ld_dates.article, *modified])
        dateline = dateline._replace(moment=moment)
    # The days the page's markup gives (meta tags, JSON-LD, a marked <time>): htmldate's answer on another is
    # the body's, which a byline's publication date wins over (a masthead's today in the <h1>'s <header>).
    markup_days = head | {stamp[:10] for marked, stamp in stamps if marked} | {
        moment.date().isoformat() for moment in readable_dates([*page_meta, *ld_dates.article])}
    if dateline is not None and dateline.timed:  # its time, for a day htmldate read without it (`full_timestamp`)
        stamps.append((not dateline.updated, dateline.moment.isoformat()))
    urls = tree.xpath('//link[@rel="canonical"]/@href|//meta[@property="og:url" or @name="og:url"]/@content')
    ld_page = json_ld_page(tree)  # its address and language where the page has no canonical link nor lang
    ends_with = title_site(tree, [*urls, ld_page.url])  # "Headline | Nordkurier Online"
    params = {**DATE_PARAMS, "max_date": datetime.combine(_today() + timedelta(days=1), time.max)}
    document, blocks = article_extraction(tree, page, params)
    title = clean_text(document.title) if document is not None and document.title else None
    if fragment and not headings:  # no <h1>: trafilatura's title is one of its sections' headings
        title = None
    site = _without_soft_hyphens(document.sitename) if document is not None else None
    # Where the page names no site, its <title>'s last part that the page confirms (title_sites.py)
    title, site = titled_site(title, site, document.url if document is not None else None, ends_with)
    # Soft hyphens out of the title and the blocks (as normalize_text takes them out of every text): the title
    # may be trafilatura's, which has none, and the <h1> that repeats it, "Ber&shy;lin", was read again as a
    # paragraph.
    title = title.replace(SOFT_HYPHEN, "") if title else title
    blocks = [block.replace(SOFT_HYPHEN, "") for block in blocks]
    if blocks and title and title in blocks:
        # The page's <h1> repeats the headline: first, or after the first post of a live blog's layout,
        # where trafilatura moves it ("Live: election night" was a body paragraph between two posts).
        blocks = [block for block in blocks if block != title]
    blocks = [block for block in blocks if not is_blank(block)]  # zero-width characters alone show nothing
    blocks = without_button_blocks(blocks)  # a post's "Share this post", "Leave a comment" (`post_buttons`)
    blocks = without_invitations(blocks)  # "Join ST's WhatsApp Channel ..." after the story (`promo_lines`)
    if signed and len(blocks) > 1 and signed in blocks:
        # a name signed under the story (VnExpress's): its author, no paragraph (`html_signatures`); not always the
        # last block, where the extraction adds the standfirst after the story
        del blocks[len(blocks) - 1 - blocks[::-1].index(signed)]
        bylines.written.append(signed)
        bylines.unread.append(signed)
    blocks, credits = without_page_credits(blocks)  # "Reporting by ...; Editing by ..." (`page_credits`)
    if not blocks and _SCRIPT_DATA in page:  # what to do says more than "an empty page", which it is not
        raise FormatError(NO_ARTICLE_TEXT, "no article text in the page's markup, and no article body in its scripts' "
                          "data (Next.js's __NEXT_DATA__) in a shape themelake reads; save the page once shown")
    if not blocks:
        raise FormatError(NO_ARTICLE_TEXT, "no article text on the page (an index, error or empty page)")
    if (link_list := link_list_detail(blocks, *headings_of_links)) is not None:  # Pocket's export, a bookmarks file
        raise FormatError(NO_ARTICLE_TEXT, link_list)
    if is_index_page(blocks, teasers):  # a section's page of teasers, its <h1> "Latest" no headline of one
        raise FormatError(NO_ARTICLE_TEXT, "an index page: teasers of other stories, no article of its own")
    if document is not None:  # the publisher trafilatura reads, else its URL's host name
        site_names += [name for name in (document.sitename, document.hostname) if name]
    not_article = not_an_article(headings, sum(map(word_count, blocks)), page_text, site_names)
    if not_article is not None:
        kind, heading = not_article
        raise FormatError(NO_ARTICLE_TEXT, f"reads as {kind} ({heading!r}), not an article")
    assert document is not None
    metadata: dict[str, object] = {}
    published = None
    # Not a date of the related stories, navigation or comments around the article.
    found, dated_page = date_without_side_parts(document.date, page, head, params, document.url)
    found, from_url = markup_date(found, dated_page, [document.url, *urls], params)
    if not found or from_url:  # htmldate reads a JSON-LD date in ISO 8601 only (page_dates)
        found, from_url = (ld_found, False) if (ld_found := json_ld_date(ld_dates.article)) else (found, from_url)
    found, from_url = byline_found(found, from_url, dateline, markup_days)
    publication = [*page_meta, *ld_dates.article, *(stamp for marked, stamp in stamps if marked)]
    if found and not from_url and (no_date := month_of_no_date(found, publication)):
        found, metadata["date_unparsed"] = None, no_date  # 2024-02-30, which htmldate read as 2024-02-01
    if found and not from_url and _FIRST_OF_MONTH.fullmatch(found):
        found, unread = as_written(found, dated_page, page_meta, stamps)
        if unread is not None:
            metadata["date_unparsed"] = unread
    numeric = numeric_meta_date(found, page_meta) if found and not from_url else None
    if numeric is not None:
        published = numeric.moment
    elif found:
        try:
            published = with_named_zone(found, page_meta) or parse_date(full_timestamp(found, stamps))
        except UnparsedDate:
            metadata["date_unparsed"] = found
    elif "date_unparsed" not in metadata:
        numeric = archive_date(page_meta)
        published = numeric.moment if numeric is not None else None
    if numeric is not None and numeric.ambiguous is not None:
        metadata["date_ambiguous"] = numeric.ambiguous  # read month first: nothing in the page says otherwise
    if dateline is not None and dateline.order and published and published.date() == dateline.moment.date():
        metadata["date_order"] = dateline.order  # 05/03/2024 in the byline, read in the page's language's order
    if published is not None:
        published = article_date(published, ld_dates)  # the NewsArticle's date, not its WebPage's
        # Its publication's date, not an update's: htmldate answers with a modification meta tag before it
        # reads the JSON-LD or the body.
        marked = [stamp for is_marked, stamp in stamps if is_marked]
        published = unmodified_date(published, modified, [*ld_dates.article, *marked])
    elif impossible_dates and "date_unparsed" not in metadata:
        metadata["date_unparsed"] = impossible_dates[0]
    elif (unread := unread_date([*page_meta, *ld_dates.article])) and "date_unparsed" not in metadata:
        metadata["date_unparsed"] = unread  # a publication value no one reads: noted, as a records file's is
    if published is None and "date_unparsed" not in metadata:
        # A day in the URL's digits alone (`/20240315/`, `/2024/0315/`), which htmldate does not read: the page's
        # date where nothing else gives one, a day without time, noted as a record's is (it was undated).
        day = next((d for u in (document.url, *urls, ld_page.url) if (d := url_day(u)) is not None), None)
        if day is not None:
            published, metadata[DATE_FROM] = day, "url"
    if ld_page.type and not is_article_type(document.pagetype or ""):
        # trafilatura takes the first JSON-LD node's type: a Yoast `@graph`'s WebPage, before its NewsArticle
        document.pagetype = ld_page.type
    for key in ("description", "categories", "tags", "hostname", "pagetype", "image", "license"):
        value = getattr(document, key, None)
        if value:
            metadata[key] = _without_soft_hyphens(value)
    if credits.contributors:
        metadata.setdefault("contributors", list(credits.contributors))
    og_title = _without_soft_hyphens(og_title)
    if og_title and og_title != title:  # the headline it is shared under, where another (its <h1>) is its headline
        metadata["og_title"] = og_title
    body = "\n\n".join(blocks)
    text = normalize_text(f"{title}\n\n{body}" if title else body)
    article = ArticleRecord(
        text=text,
        title=title,
        published_at=published,
        # a saved copy's "View Original" link (Pocket's) where the page names no address of its own
        url=document.url or ld_page.url or original_link(tree),
        site=_without_soft_hyphens(site) or None,
        # a byline in capitals, as AP prints it, in the name's case (`author_cases`)
        authors=page_cased(tuple(_without_soft_hyphens(list(page_authors(document.author, bylines)))), tree)
        or credits.authors,
        language=page_language or language_code(document.language) or language_code(ld_page.language),
        metadata=metadata,
    )
    # a byline row naming the page's site by its domain ("Jo Roe · balkaninsight.com", Pocket's): its site, no author;
    # a page's only (a records file's author may be a Bluesky handle, "jdoe.bsky.social", its writer's own name)
    article.authors, article.site = site_from_authors(article.authors, article.site, bylines.written)
    return ReadResult([article], encoding=decoded.encoding)


def _without_soft_hyphens(value: Any) -> Any:
    """Return a metadata value (a text, or a list of texts) without soft hyphens, as the article's text is
    (`normalize_text`): trafilatura keeps those of a keywords meta tag's "Ber&shy;lin" in its tags.

    >>> _without_soft_hyphens(["Ber\u00adlin", "Verkehr"]), _without_soft_hyphens(None)
    (['Berlin', 'Verkehr'], None)
    """
    if isinstance(value, str):
        return value.replace(SOFT_HYPHEN, "")
    if isinstance(value, list):
        return [_without_soft_hyphens(item) for item in value]
    return value


