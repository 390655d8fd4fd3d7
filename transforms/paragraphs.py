"""Split an article's normalised text into paragraphs with roles and exact offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.headline_endings import ends_as_sentence
from transforms.text import same_headline
from transforms.word_counts import word_count, word_marks

TITLE = "title"
SUMMARY = "summary"
BODY = "body"
BOILERPLATE = "boilerplate"
ROLES = (TITLE, SUMMARY, BODY, BOILERPLATE)
# Paragraphs in these roles are labelled; boilerplate (link lines, site furniture) is not.
LABELLED_ROLES = frozenset({TITLE, SUMMARY, BODY})

# Paragraphs are separated by one or more blank lines (lines holding only white space).
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")

# Link lines that publishers and aggregators put between summary and body ("Read the original
# article here", "Continue reading", "Click here for the full story"): short, and no content.
# A link's brackets around it ("[Read more]", "(more…)") and an ellipsis or arrow after it are part of the line;
# WordPress writes "Continue reading <headline> →", its classic themes "Read the rest of this entry »".
# "Read on" is one only alone or as a teaser that names nothing ("Read on for details", "Read on to find out
# more"): followed by anything else it may be the article speaking ("Read on, dear reader").
# A site's name after "on" or "at": no sentence's punctuation in it ("on the floods: it is grim" is prose).
_SITE = r"[^\s,.;:!?][^,;:!?]{0,60}?"
_BOILERPLATE = re.compile(
    r"""^[\[(]?(?:
        (?:read|see|view|watch)\s+(?:the\s+)?(?:original|full|complete|whole)\s+
            (?:(?:article|story|piece)(?:\s+(?:here|online|(?:at|on)\s+(?&site)))?  # "... on Business Insider"
            |report(?:\s+(?:here|online))?)  # news cites reports: "Read the full report on child poverty, and ..."
      | read\s+more(?:\s+of\s+this\s+(?:story|post|article))?(?:\s+(?:here|at\s+\S+))?  # Slashdot's
      | read\s+the\s+rest(?:\s+of\s+(?:this|the)\s+(?:entry|story|post|article|piece))?
            (?:\s+(?:here|(?:at|on)\s+(?&site)))?
      | read\s+on(?:\s+(?:for\s+(?:more|(?:the\s+|more\s+)?(?:full\s+)?(?:details|story))|to\s+find\s+out\s+more))?
      | continue\s+reading(?:\s+(?:here|\S.{0,150}?))?  # WordPress's "Continue reading <headline> →"
      | keep\s+(?:on\s+)?reading(?:\s+(?:here|below|for\s+more
            |(?:the\s+)?(?:full\s+)?(?:story|article)(?:\s+(?:at|on)\s+(?&site))?))?
      | continue\s+to\s+read(?:\s+(?:here|more|the\s+(?:full\s+)?(?:article|story)))?
      | keep\s+scrolling(?:\s+(?:(?:to|for)\s+(?:read\s+)?more|to\s+(?:continue\s+)?read(?:ing)?))?
      | more(?=\s*(?:…|\.\.\.)?\s*[\])])  # only in its brackets: "(more…)"
      | click\s+here\b.*
      | (?:source|via)\s*:\s*\S+
      | share\s+this(?:\s+(?:article|story|page))?
    )[\s.:!>»→…\])-]*$""".replace("(?&site)", _SITE),
    re.IGNORECASE | re.VERBOSE,
)
_MAX_BOILERPLATE_WORDS = 12
# Syndicators' longer link line: "Read the full article on <site> for <what it holds>." One sentence, the
# site's name without a comma; a "report" is left out, as news cites reports ("Read the full report on ...").
_LONG_LINK_LINE = re.compile(
    r"""^(?:read|see|view)\s+the\s+(?:full|original|complete|whole)\s+(?:article|story|post|piece)
        \s+(?:on|at)\s+[^\s,.;:!?][^,;:!?]{0,60}?\s+for\s+[^.;:!?"“”]{1,200}[.!…]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_LONG_LINK_WORDS = 30
# Site furniture that page extraction and exports leave in an article's text: copyright lines,
# newsletter and follow-us prompts, cookie notices, "originally published" notes, WordPress's feed
# footer, paywall prompts. Boilerplate wherever they stand (never closing a summary), and only when short:
# each form speaks of the site itself ("our newsletter", "we use cookies"), so a news paragraph about
# newsletters or cookies is not one.
_FURNITURE_START = re.compile(
    r"""(?:
        (?:©|(?:copyright\s*)?\(c\)\s*(?:19|20)\d\d|copyright\s*(?:©|(?:19|20)\d\d))
      | (?:subscribe|sign\s+up|register)\b.{0,60}?\bour\b.{0,40}?
            \b(?:newsletters?|briefings?|alerts|e-?mails?|podcasts?|channel|mailing\s+list)\b
      | (?:get|receive)\s+(?:our|the\s+latest)\b.{0,60}?\b(?:newsletters?|briefings?|inbox)\b
      | follow\s+(?:us|@\w+)\b
      | this\s+(?:article|story|piece|post)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b
      | originally\s+published\s+(?:at|on|in|by)\b
      # Substack's subscribe prompt: "Thanks for reading <newsletter>! Subscribe for free to receive new posts"
      | thanks\s+for\s+reading\b.{1,120}?\bsubscribe\b
      # WordPress's feed footer, in every item's content: "The post <headline> appeared first on <site>."
      | the\s+post\s+.+?\s+appeared\s+first\s+on\s+(?:\S+\s+){0,7}\S+\s*$
      # A paywall's prompt: "Subscribe to continue reading. Already a subscriber? Log in"
      | (?:subscribe|sign\s+up|register|log\s*in|sign\s+in|become\s+a\s+(?:subscriber|member))\b.{0,30}?
            \bto\s+(?:continue|keep|carry\s+on)\s+reading\b
      | already\s+(?:a\s+)?(?:subscriber|member|registered)\s*\?
      | this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?(?:only\s+)?(?:for|to)\s+
            (?:subscribers|members|premium\s+subscribers)\b
      | you(?:'ve|\s+have)\s+(?:reached|used\s+up|read)\s+(?:your|all\s+(?:of\s+)?your)\s+(?:monthly\s+)?
            (?:limit|free\s+(?:articles|stories))\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Medium's feed footer: "<headline> was originally published in <publication> on Medium, where ...". Apart from
# `_FURNITURE_START` and tried only where a paragraph says "originally" (`_is_furniture`): its lazy scan of every
# short paragraph was nine tenths of the furniture test's time.
_MEDIUM_FOOTER = re.compile(r".{1,300}?\s+was\s+originally\s+published\s+in\s+.{1,120}?\s+on\s+medium,", re.IGNORECASE)
# Forms that are furniture only as a whole short paragraph: a button or a label ("Accept all cookies",
# "Advertisement", "Supported by"), never the start of a sentence about one.
_FURNITURE_LINE = re.compile(
    r"""(?:
        (?:(?:accept|manage|reject)\s+(?:all\s+)?cookies|cookie\s+(?:settings|policy|preferences))
      | (?:advertisement|advert|sponsored(?:\s+content)?|related\s+(?:articles|stories|content)|supported\s+by)
        (?:\s+(?:advertisement|advert))*
      | follow\s+\S+(?:\s+\S+)?\s+on\s+(?:twitter|x|facebook|instagram|linkedin|tiktok|threads|bluesky|mastodon|youtube)
      | join\s+(?:our|the)\s+(?:newsletter|mailing\s+list|community|conversation)
    )(?:\s+\S+){0,3}[\s.:!]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MAX_LINE_WORDS = 8
# Anywhere in a short paragraph; looked for only when a cheap substring test finds their stem. A
# quoted "we use cookies" is somebody speaking, not the site.
_FURNITURE_INSIDE = re.compile(
    r"\ball\s+rights\s+reserved\b|(?<!['\"‘“])\b(?:we|this\s+(?:web)?site)\s+uses?\s+cookies\b", re.IGNORECASE
)
_MAX_FURNITURE_WORDS = 60
# A paragraph of marks alone, no letter or digit: a break between a story's parts as a text file or a page writes it
# ("###", "* * *", "***", "⁂", "— — —"; a Markdown file's thematic break is none already). It was a body paragraph,
# labelled and its stars counted as three words.
_NO_WORD = re.compile(r"[\W_]+")
_MAX_BREAK_CHARACTERS = 40
# A headline: one line, short, not ending like a sentence ("BBC files: headline on line 1").
_MAX_TITLE_WORDS = 25
_MAX_SUMMARY_PARAGRAPHS = 3
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


class Paragraph(NamedTuple):
    """One paragraph: its position in the article, its role, its exact text and its word count.

    A named tuple rather than a dataclass: an ingest run makes one per paragraph, millions of them.
    """

    ordinal: int
    role: str
    start: int
    end: int
    text: str
    word_count: int  # words: white-space separated, each Han ideograph and kana run one (transforms.word_counts)


def is_boilerplate(text: str) -> bool:
    """Return True for a link line such as "Read the original article here", or site furniture.

    >>> is_boilerplate("Read the original article here"), is_boilerplate("Read more: the war")
    (True, False)
    >>> is_boilerplate("© 2024 Daily Planet. All rights reserved."), is_boilerplate("Sign up for our morning briefing")
    (True, True)
    >>> is_boilerplate("The regulator said sites that use cookies must ask first.")
    False
    >>> is_boilerplate("* * *"), is_boilerplate("###"), is_boilerplate("1."), is_boilerplate("—Yes.")
    (True, True, False, False)
    """
    chunk, n_words = text.strip(), len(text.split())
    return _is_link_line(chunk, n_words) or _is_furniture(chunk, n_words)


def _is_link_line(chunk: str, n_words: int) -> bool:
    # `chunk` is trimmed, as _paragraph_spans makes it.
    if n_words <= _MAX_BOILERPLATE_WORDS and _BOILERPLATE.match(chunk):
        return True
    return n_words <= _MAX_LONG_LINK_WORDS and bool(_LONG_LINK_LINE.match(chunk))


def _is_furniture(chunk: str, n_words: int) -> bool:
    if n_words > _MAX_FURNITURE_WORDS:
        return False
    if len(chunk) <= _MAX_BREAK_CHARACTERS and _NO_WORD.fullmatch(chunk):  # a scene break: "###", "* * *", "⁂"
        return True
    if _FURNITURE_START.match(chunk) or n_words <= _MAX_LINE_WORDS and _FURNITURE_LINE.match(chunk):
        return True
    # An ASCII paragraph without "originally" is no Medium footer (beyond ASCII a case-blind regex folds more
    # letters than `lower` does: "ı" is an "i" to it).
    if (not chunk.isascii() or "originally" in chunk.lower()) and _MEDIUM_FOOTER.match(chunk):
        return True
    return ("ights" in chunk or "ookie" in chunk or "IGHTS" in chunk or "OOKIE" in chunk) and bool(
        _FURNITURE_INSIDE.search(chunk)
    )


def _is_title(text: str, n_words: int) -> bool:
    if "\n" in text or n_words > _MAX_TITLE_WORDS:
        return False
    return bool(_MARKDOWN_HEADING.match(text)) or not ends_as_sentence(text)


class ParagraphColumns(NamedTuple):
    """An article's paragraphs column by column, as the paragraphs table takes them (their ordinals are
    their positions). `split_paragraphs` gives the same paragraph by paragraph."""

    role: list[str]
    start: tuple[int, ...]
    end: tuple[int, ...]
    text: tuple[str, ...]
    word_count: list[int]


def split_paragraphs(text: str, title: str | None = None, guess_title: bool = True) -> list[Paragraph]:
    """Return the paragraphs of a normalised article text, in order, with roles.

    Two layouts are recognised. Seed/aggregator layout: summary paragraph(s), a link line such as
    "Read the original article here", then the body; such files have no headline. BBC layout: a
    one-line headline, a blank line, then the body.

    >>> [(p.role, p.text) for p in split_paragraphs("A headline\\n\\nFirst one.\\n\\n\\nSecond.\\n")]
    [('title', 'A headline'), ('body', 'First one.'), ('body', 'Second.')]
    >>> [p.role for p in split_paragraphs("Summary.\\n\\nRead the original article here\\n\\nBody.")]
    ['summary', 'boilerplate', 'body']
    >>> [p.role for p in split_paragraphs("Headline\\n\\nBody.\\n\\nRead more")]
    ['title', 'body', 'boilerplate']
    """
    columns = paragraph_columns(text, title, guess_title)
    return [Paragraph(i, *row) for i, row in enumerate(zip(*columns, strict=True))]


def paragraph_columns(text: str, title: str | None = None, guess_title: bool = True) -> ParagraphColumns:
    """Return the paragraphs of a normalised article text column by column (see `split_paragraphs`):
    what the paragraphs table is built from, without a tuple per paragraph made and taken apart again.

    The headline its reader knows (`title`: a page's, a record's title field) is the title paragraph where
    it opens the text, whatever its shape ("Rail fares to rise. Again."). Otherwise a headline is guessed
    from the text's shape (a text file's: a short first line, no full stop at its end), unless its reader
    finds headlines itself and found none (`guess_title` False: an HTML page, a feed's item): its first line
    is then no headline ("LONDON (Reuters) -", "Updated 5 March 2024").

    >>> paragraph_columns("Fares rise. Again.\\n\\nBody.", title="Fares rise. Again.").role
    ['title', 'body']
    >>> paragraph_columns("LONDON (Reuters) -\\n\\nBody.", guess_title=False).role
    ['body', 'body']

    >>> paragraph_columns("A headline\\n\\nFirst one.\\n")
    ParagraphColumns(role=['title', 'body'], start=(0, 12), end=(10, 22), text=('A headline', 'First one.'), \
word_count=[2, 2])
    """
    found = _trimmed_paragraphs(text)
    if not found:
        return ParagraphColumns([], (), (), (), [])
    starts, ends, chunks = zip(*found, strict=True)
    marks = word_marks(text)
    if marks is not None:  # its words marked once (word_count), counted within each paragraph's span
        # + 1: a paragraph starts with its first word, no space before it
        words = [marks.count(b" x", start, end) + 1 for start, end in zip(starts, ends, strict=True)]
    else:
        words = [word_count(chunk) for chunk in chunks]
    # The word limits first: most paragraphs are too long to be either, and cost no call.
    links = [n <= _MAX_LONG_LINK_WORDS and _is_link_line(c, n) for c, n in zip(chunks, words, strict=True)]
    furniture = [n <= _MAX_FURNITURE_WORDS and _is_furniture(c, n) for c, n in zip(chunks, words, strict=True)]
    roles = [BOILERPLATE if link or boiler else BODY for link, boiler in zip(links, furniture, strict=True)]
    # The headline is the first paragraph that is no furniture ("Advertisement" may come before it).
    head = next((i for i, f in enumerate(furniture) if not f), len(found))
    has_title = len(found) > head + 1 and not links[head]
    if title is not None and same_headline(chunks[head], title):
        pass  # the headline its reader knows, whatever its case and punctuation ("Rent Cap: Struck Down")
    elif has_title:
        has_title = guess_title and _is_title(chunks[head], words[head])
    if has_title:
        roles[head] = TITLE
    # A link line early on, with text after it, closes a summary; later ones are just boilerplate.
    link = links.index(True) if True in links else None
    if link is not None and link <= _MAX_SUMMARY_PARAGRAPHS + has_title and link != len(found) - 1:
        for i in range(link):  # the paragraphs before it, but a title or furniture, are the summary
            if roles[i] == BODY:
                roles[i] = SUMMARY
    return ParagraphColumns(roles, starts, ends, chunks, words)


def _trimmed_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, text) of each non-blank paragraph, with surrounding white space trimmed."""
    separators = [sep.span() for sep in _BLANK_LINES.finditer(text)]
    starts = [0] + [end for _, end in separators]
    ends = [start for start, _ in separators] + [len(text)]
    found: list[tuple[int, int, str]] = []
    for start, end in zip(starts, ends, strict=True):
        raw = text[start:end]
        chunk = raw.strip()
        if chunk is raw:  # nothing to trim (strip returns the very string): most paragraphs, one copy
            if chunk:
                found.append((start, end, chunk))
        elif chunk:
            lead = len(raw) - len(raw.lstrip())
            found.append((start + lead, start + lead + len(chunk), chunk))
    return found
