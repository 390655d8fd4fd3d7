"""A leading front-matter block of a text or Markdown article: YAML (`---` ... `---`) or Hugo's TOML
(`+++` ... `+++`)."""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, time
from typing import TYPE_CHECKING

from transforms.formats.base import ArticleRecord
from transforms.formats.field_mapping import READER_TIMES, detect_mapping, squashed
from transforms.formats.fields import article_from_fields, with_title
from transforms.formats.flag_fields import flag_fields
from transforms.formats.json_value import without_surrogates
from transforms.formats.nesting import NESTED_DEEPER, nests_deeper
from transforms.text import normalize_text

if TYPE_CHECKING:
    import yaml

# The block must open on the first line and close on a line of its own ("---" or "...").
_BLOCK = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# Hugo's TOML front matter: "+++" lines around it, the first opening the file.
_TOML_BLOCK = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
# A Markdown link alone, its text without brackets and its target a web address: "[The Irish Times](https://...)"
_MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]\((?P<url>https?://[^\s()]+)\)")
# An article's metadata note: its TOML front matter did not parse (the block is still left out of its text).
FRONT_MATTER_UNPARSED = "front_matter_unparsed"
# And the block itself, as written, where it is YAML whose keys are kept nowhere else (a quote left open).
FRONT_MATTER_RAW = "front_matter_raw"
# Of a TOML block with an integer longer than Python converts (sys.get_int_max_str_digits()): tomllib, which
# cannot keep it as its digits as JSON's reading does, raised the ValueError of int() that stopped the run.
_LONG_INTEGER = f"an integer of more than {sys.get_int_max_str_digits():,} digits, more than Python reads"


class UnreadableFrontMatter(ValueError):
    """A front-matter block that does not parse; `body` is the text after it, `raw` the block's own text where it
    is to be kept (a `---` block of keys whose YAML is broken), else None."""

    def __init__(self, detail: str, body: str, raw: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.body = body
        self.raw = raw


def split_front_matter(text: str) -> tuple[Mapping[str, object] | None, str]:
    """Return (front matter, the text after it); (None, text) when there is none or a `---` block is not YAML.

    Raises UnreadableFrontMatter for a `+++` block that is not TOML: unlike `---`, which may be a rule
    that opens a text, `+++` lines open nothing but Hugo's front matter; for a `---` block that is not YAML
    whose lines all set keys (`title: "Storm`, a quote left open); and for a block of either kind
    nested deeper than `nesting.MAX_NESTING` levels.

    >>> split_front_matter("---\\ntitle: Rain\\n---\\nBody.\\n")
    ({'title': 'Rain'}, 'Body.\\n')
    >>> split_front_matter('+++\\ntitle = "Rain"\\ndate = 2022-09-23\\n+++\\nBody.\\n')
    ({'title': 'Rain', 'date': '2022-09-23'}, 'Body.\\n')
    >>> split_front_matter("--- not front matter\\n")[0] is None
    True
    """
    if text.startswith("+++"):
        return _toml_front_matter(text)
    match = _BLOCK.match(text) if text.startswith("---") else None
    if not match:
        return None, text
    import yaml  # only for a text that opens with a block: a run of plain texts never imports PyYAML

    try:
        # BaseLoader: every value stays a string, so "2022-09-23" is parsed by our date parser
        # alone and "no" stays "no".
        values = yaml.load(match.group(1) or "", Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader is safe
    except yaml.YAMLError as error:
        if _keys_only(match.group(1) or ""):  # a quote or bracket left open in front matter: not a rule, not text
            detail = f"YAML front matter (---): {_yaml_problem(error)}"
            raise UnreadableFrontMatter(detail, text[match.end():], match.group(1)) from None
        return None, text  # a "---" rule that opens a text file, not a front-matter block
    except RecursionError:  # nested deeper than PyYAML reads: front matter all the same (transforms.formats.nesting)
        raise UnreadableFrontMatter(f"YAML front matter (---): {NESTED_DEEPER}", text[match.end():]) from None
    if values is None:
        values = {}
    if nests_deeper(values):
        raise UnreadableFrontMatter(f"YAML front matter (---): {NESTED_DEEPER}", text[match.end():])
    values = without_surrogates(values)  # YAML's "\ud83d" is a lone surrogate, as JSON's: no UTF-8 encoder takes it
    if not isinstance(values, dict):
        return None, text
    return values, text[match.end():]


# A line of front matter that sets a key ("title: ...", "author:"): Jekyll's and Hugo's keys have no spaces and
# open in lower case ("linkTitle"), where a sentence's label is capitalised ('Update: "We are safe," she said').
_KEY_LINE = re.compile(r"[a-z_][\w-]*:(?:[ \t]|$)")


def _keys_only(block: str) -> bool:
    """Return whether every line of a `---` block that opens at its left margin sets a key, as front matter's do
    (a block whose YAML is broken is then still front matter; prose between two rules is not).

    >>> _keys_only('title: "Storm\\ndate: 2024-01-22\\ntags:\\n  - [weather\\n'), _keys_only("Rain at last.\\n")
    (True, False)
    """
    lines = [line for line in block.splitlines() if line.strip() and not line[0].isspace() and line[0] != "-"]
    return bool(lines) and all(_KEY_LINE.match(line) for line in lines)


def _yaml_problem(error: yaml.YAMLError) -> str:
    """Return PyYAML's error in one line: its problem and its line in the file ("found unexpected end of stream at
    line 5"; + 2: PyYAML counts from 0 and from the line after the opening `---`)."""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    mark = getattr(error, "problem_mark", None)
    return f"{problem} at line {mark.line + 2}" if mark is not None else str(problem)


def _toml_front_matter(text: str) -> tuple[Mapping[str, object] | None, str]:
    match = _TOML_BLOCK.match(text)
    if not match:
        return None, text  # no closing "+++": no block
    body = text[match.end():]
    try:
        values = tomllib.loads(match.group(1) or "")
    except tomllib.TOMLDecodeError as error:
        raise UnreadableFrontMatter(f"TOML front matter (+++): {error}", body) from None
    except RecursionError:  # nested deeper than tomllib reads
        raise UnreadableFrontMatter(f"TOML front matter (+++): {NESTED_DEEPER}", body) from None
    except ValueError:  # tomllib's int() of more than 4,300 digits: a plain ValueError, no TOMLDecodeError
        raise UnreadableFrontMatter(f"TOML front matter (+++): {_LONG_INTEGER}", body) from None
    if nests_deeper(values):
        raise UnreadableFrontMatter(f"TOML front matter (+++): {NESTED_DEEPER}", body)
    return _plain_values(values), body  # type: ignore[return-value]  # a table stays a dict


def _plain_values(value: object) -> object:
    """Return a TOML value with its dates and times as ISO 8601 text, as YAML front matter gives them:
    the date parser reads them alike (a local datetime as UTC), and metadata stays JSON."""
    if isinstance(value, date | time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, list):
        return [_plain_values(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain_values(item) for key, item in value.items()}
    return value


def article_with_front_matter(text: str) -> ArticleRecord:
    """Return an article from a text: its front matter as metadata (title, date, url, ...), the rest as text.

    Without a front-matter block the article is the text alone. The block is not a paragraph; one
    that does not parse is noted in metadata (`front_matter_unparsed`), and the article is the text after
    it; a `---` block of keys whose YAML is broken is kept there as written too (`front_matter_raw`): its
    title, date and authors were in no other place.
    """
    try:
        values, body = split_front_matter(text)
    except UnreadableFrontMatter as error:
        metadata: dict[str, object] = {FRONT_MATTER_UNPARSED: error.detail}
        if error.raw is not None:
            metadata[FRONT_MATTER_RAW] = error.raw
        return ArticleRecord(text=error.body, metadata=metadata)
    if values is None:
        return ArticleRecord(text=text)
    mapping = detect_mapping(list(values), {}, flags=flag_fields([values]))  # Jekyll's `published: true`: no date
    mapping.pop("text", None)  # the body is the text after the block, whatever the block holds
    mapping.pop("id", None)
    values, mapping = _linked_site(values, mapping)
    if squashed(mapping.get("published_at", "")) in READER_TIMES and str(values.get("source", "")).startswith("http"):
        # a page clipped to a note (MarkDownload's, Obsidian's Web Clipper's `source:`): its `created` is when it was
        # clipped, not when the page was published (a clipping was dated the day its reader saved it); in metadata
        del mapping["published_at"]
    return article_from_fields(values, mapping, text=body)


def _linked_site(values: Mapping[str, object], mapping: dict[str, str]) -> tuple[Mapping[str, object], dict[str, str]]:
    """Return a front matter's values and mapping with its site written as a Markdown link read: the link's text the
    site, its target the URL where no key names one (`source: "[The Irish Times](https://news.test/c)"`, as a
    clipper's template writes it, was a site of brackets and no URL).

    >>> _linked_site({"source": "[The Irish Times](https://news.test/c)"}, {"site": "source"})
    ({'source': 'https://news.test/c', 'source_name': 'The Irish Times'}, {'site': 'source_name', 'url': 'source'})
    """
    key = mapping.get("site")
    found = _MARKDOWN_LINK.fullmatch(value.strip()) if key and isinstance(value := values.get(key), str) else None
    if key is None or found is None:
        return values, mapping
    # the target stays under the key as written (a clipping's `source` address is what marks it one); the name is
    # kept under a key of its own
    site_key = f"{key}_name"
    values = {**values, key: found["url"], site_key: found["text"]}
    return values, {**mapping, "site": site_key, **({} if "url" in mapping else {"url": key})}


def with_title_paragraph(article: ArticleRecord) -> ArticleRecord:
    """Return a text or Markdown article (its text normalised) with its title as its first paragraph where the text
    does not open with it, as a records file's is: a Hugo or Jekyll post's headline, in its front matter alone,
    was in no paragraph. The paragraph is the title as the text's normalisation writes it (no soft hyphen).

    >>> with_title_paragraph(ArticleRecord("The court ruled.", title="Rent cap struck down")).text
    'Rent cap struck down\\n\\nThe court ruled.'
    """
    if not article.title:
        return article
    return replace(with_title(replace(article, title=normalize_text(article.title))), title=article.title)
