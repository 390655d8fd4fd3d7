"""Plain-text articles (.txt): a headline on line 1 or a summary layout, optional YAML or TOML front matter, a date
at its head ("Published: 2024-03-05", "Posted by Jane Doe on 5 March 2024", "Updated: ...", a wire's dateline:
`txt_dates`) where its front matter gives none; under a front matter's date its head's label, byline and update lines
are no paragraphs still."""

from __future__ import annotations

from dataclasses import replace

from transforms.formats.author_dates import is_date
from transforms.formats.base import ArticleRecord, ReadOptions, ReadResult, with_prose
from transforms.formats.factiva_texts import factiva_documents
from transforms.formats.front_matter import article_with_front_matter, with_title_paragraph
from transforms.formats.headline_over_lines import headline_over_lines
from transforms.formats.lexis_texts import lexis_documents
from transforms.formats.page_furniture import without_page_furniture
from transforms.formats.page_numbers import without_page_numbers
from transforms.formats.post_buttons import without_button_paragraphs
from transforms.formats.records import articles_from_records
from transforms.formats.release_ends import release_end
from transforms.formats.release_heads import release_head
from transforms.formats.rights_notices import without_rights_notice
from transforms.formats.share_lines import without_share_lines
from transforms.formats.title_rubrics import flagged_headline
from transforms.formats.txt_dates import TxtHead, txt_date
from transforms.formats.txt_tails import txt_tail
from transforms.headline_endings import ends_as_sentence
from transforms.text import decode_article


def read_txt(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the one article of a text file (raises transforms.undecodable.UndecodableText for non-text bytes, and
    FormatError(no_article_text) for a file of nothing but front matter).

    >>> read_txt(b"---\\ntitle: Rain\\ndate: 2022-09-23\\n---\\nRain at last.\\n", ReadOptions()).articles[0].title
    'Rain'
    """
    decoded = decode_article(data)
    # a Factiva export's documents, each field under its code: read as its JSON and CSV records are (`factiva_texts`)
    if (documents := factiva_documents(decoded.text)) is not None:
        result = articles_from_records(enumerate(documents, 1), options)
        result.encoding = decoded.encoding
        return result
    # a LexisNexis export's documents, its labels, "Body" and "End of Document" lines no paragraphs (`lexis_texts`)
    if (lexis := lexis_documents(decoded.text)) is not None:
        result = articles_from_records(enumerate(lexis, 1), options)
        result.encoding = decoded.encoding
        return result
    # A front matter's title the text does not open with is its first paragraph, as a records file's title is
    # a PDF's pages as pdftotext writes them, parted by form feeds: their numbers and running title are no paragraphs
    # (`page_furniture`); a file without a form feed (most) is not searched for them, a text file's reading no slower
    # without form feeds, a page's number alone on its line between its pages is none either (`page_numbers`)
    text = without_page_furniture(decoded.text) if b"\x0c" in data else without_page_numbers(decoded.text)
    # a press release's "FOR IMMEDIATE RELEASE" and "Media Contact:" block above its headline (`release_heads`)
    text, contact = release_head(text)
    # a reading app's "Shared from Apple News" and the story's link under it: no paragraphs, the link its address
    text, link = without_share_lines(text)
    article = with_tail_lines(with_head_lines(article_with_front_matter(text)))
    if link is not None and article.url is None:
        article = replace(article, url=link)
    if contact is not None:
        article = replace(article, metadata={**article.metadata, "release_contact": contact})
    article = with_title_paragraph(with_prose(article, "text file"))
    if article.title is None and (headline := one_line_headline(article.text)) is not None:
        article = replace(article, title=headline)
    if article.title is None and (over := headline_over_lines(article.text)) is not None:
        # a headline right over its story, no blank line under it: its title, and a paragraph of its own
        article = replace(article, title=over[0], text=over[1])
    if article.title is None and (flagged := flagged_headline(article.text)) is not None:
        # "BREAKING: Fire at port": the title is the headline, the flag kept as a rubric (`title_rubrics`)
        article = replace(article, title=flagged[0], metadata={**article.metadata, "rubric": flagged[1]})
    return ReadResult([article], encoding=decoded.encoding)


# A headline's words at most: a line of more is a sentence's length, whatever its end
_HEADLINE_WORDS = 14
# A question's words at most where it is a headline ("Will rates rise again?"): papers ask one in a few words, a
# question of more is a reader's or a speaker's sentence ("Why did the council not tell residents ...?")
_QUESTION_WORDS = 10


def one_line_headline(text: str) -> str | None:
    """Return the headline a text of one short line is, else None: a brief saved as its headline alone ("Fog closes
    Oslo airport") was no article's title, its line a paragraph with none over it. Its shape decides, as a first
    line's does over a body (`transforms.paragraphs`): a few words that end as no sentence does are a headline with no
    body; a line that ends as a sentence ("Fog closed Oslo airport on Tuesday.") or runs longer is a body of one
    paragraph, and a link or a day alone is neither. A short question is a headline as papers ask one ("Will rates rise
    again?"): a file of it alone has no body to be its answer; an exclamation is a reader's or a post's line, none.
    The line stays the text's paragraph: its words are still labelled.

    >>> one_line_headline("Fog closes Oslo airport\\n"), one_line_headline("Fog closed Oslo airport on Tuesday.")
    ('Fog closes Oslo airport', None)
    >>> one_line_headline("Will rates rise again?"), one_line_headline("What a game!")
    ('Will rates rise again?', None)
    """
    line = text.strip()
    # a text of more lines is no one-line headline: it returns before its words are counted (a split of every
    # article's whole text, about 9 ms of CPU a 600-article batch, for a count only a one-line text needs)
    if not line or "\n" in line:
        return None
    words = len(line.split())
    question = line.endswith("?") and line[:1].isupper() and words <= _QUESTION_WORDS
    if not line or "\n" in line or words > _HEADLINE_WORDS or (ends_as_sentence(line) and not question) \
            or line.endswith("!") or (line.endswith("?") and not question) or "://" in line \
            or not any(c.isalpha() for c in line) or is_date(line):
        return None
    return line


def with_head_lines(article: ArticleRecord) -> ArticleRecord:
    """Return a text's article (a text file's, a Markdown file's prose) with what its head writes (`txt_dates`): its
    date where its front matter gives none, its byline's names, and neither their lines nor an update's as
    paragraphs."""
    if article.published_at is None and "date_unparsed" not in article.metadata:
        # a "Published: 2024-03-05" line, a byline's, or a wire's dateline at its head: its date (`txt_dates`)
        return _with_head(article, txt_date(article.text))
    if article.published_at is not None:
        # A front matter's date is the text's, and its head's label, byline and update lines are still no paragraphs
        # ("Updated: 6 March 2024" under a front matter's `date:` stayed the first one)
        head = txt_date(article.text)
        return _with_head(article, head._replace(published=article.published_at))
    return article


def _with_head(article: ArticleRecord, head: TxtHead) -> ArticleRecord:
    """Return a text file's article with what its head writes: its date (else its update's, noted as such, as a page
    whose only date is its modification's), its byline's names, its update's date in metadata."""
    if head.published is None and head.updated is None and head.text == article.text and not head.authors \
            and head.site is None:
        return article
    metadata = dict(article.metadata)
    published = head.published
    if head.updated is not None:
        metadata.setdefault("updated", head.updated.isoformat())
        if published is None:
            published, metadata["date_from"] = head.updated, "updated"
    if head.publisher is not None:
        metadata.setdefault("publisher", head.publisher)
    if head.dateline is not None:
        metadata.setdefault("dateline", head.dateline)
    return replace(article, published_at=published, text=head.text, authors=article.authors or head.authors,
                   site=article.site or head.site, metadata=metadata)


def with_tail_lines(article: ArticleRecord) -> ArticleRecord:
    """Return a text file's article without its last paragraph's credit line or trailing byline (`txt_tails`): the
    credit's names its contributors (in metadata), the byline's its authors where its head names none."""
    # a blog's buttons copied with its post ("Subscribe now", "Share this post", "Leave a comment": `post_buttons`)
    # are no paragraphs, and the credit or byline before them is the text's last
    text, notes = release_end(without_button_paragraphs(article.text))
    # a print edition's rights notice under it (a PressReader copy's, `rights_notices`) is under the credit too
    text, rights = without_rights_notice(text)
    tail = txt_tail(text)
    if tail.text == article.text:
        return article
    metadata = dict(article.metadata)
    if notes is not None:  # a press release's notes to editors, after its "-ENDS-" (`release_ends`): kept, as no text
        metadata.setdefault("release_notes", notes)
    if rights is not None:  # kept as a release's notes are: who holds the copy's rights, no story's paragraph
        metadata.setdefault("rights_notice", rights)
    if tail.contributors:
        metadata.setdefault("contributors", list(tail.contributors))
    return replace(article, text=tail.text, authors=article.authors or tail.authors, metadata=metadata)
