"""Article fields from named values (front matter, a JSON object, a CSV row): mapping and recognised names."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from transforms.formats.base import ArticleRecord
from transforms.formats.dates import UnparsedDate
from transforms.formats.field_paths import NotText, text_of_value, value_at, without_paths, written
from transforms.formats.markup import plain_title, text_of_field
from transforms.formats.numeric_dates import date_in_order
from transforms.text import normalize_text

# The article fields a mapping may name (`--field NAME=FIELD`), and the names recognised without one,
# in order of preference (compared without case, "_" and "-"). WordPress exports write "date" in the
# site's time zone without saying which, and "date_gmt" in UTC. A spreadsheet's "Body Text", schema.org's
# `articleBody`, the NYT APIs' `published_date` and `web_url`, the Guardian's `webTitle`, `webUrl` and
# `webPublicationDate`, Drupal's JSON:API `created` and Wagtail's `first_published_at` are newsroom exports'
# own (each file naming them was no_text_field, or dateless).
FIELDS = ("id", "title", "text", "published_at", "url", "authors", "site", "language")
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "guid", "uuid", "_id", "doc_id"),
    "title": ("title", "headline", "heading", "name", "web_title"),
    "text": (
        "text", "body", "content", "article", "article_text", "body_text", "article_body", "full_text", "maintext",
        "story", "description",
    ),
    "published_at": (
        "published_at", "published", "date_published", "publication_date", "published_date", "pub_date", "pubdate",
        "web_publication_date", "first_published_at", "first_publication_date", "date_gmt", "date", "datetime",
        "timestamp", "created_at", "created", "date_created", "publish_date", "time",
    ),
    "url": ("url", "link", "canonical_url", "permalink", "source_url", "web_url", "href"),
    "authors": ("authors", "author", "byline", "creator", "creators", "writer"),
    "site": ("site", "sitename", "site_name", "source", "source_name", "publisher", "outlet", "domain"),
    "language": ("language", "lang", "language_code", "locale"),
}


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


class MappingError(ValueError):
    """A `--field` option that cannot be used; the message says which and why."""


def parse_field_options(options: Sequence[str]) -> dict[str, str]:
    """Return NAME → FIELD from `--field NAME=FIELD` options, or raise MappingError.

    >>> parse_field_options(["text=story", "published_at=when"])
    {'text': 'story', 'published_at': 'when'}
    """
    mapping: dict[str, str] = {}
    for option in options:
        name, sep, field = option.partition("=")
        name, field = name.strip(), field.strip()
        if not sep or not name or not field:
            raise MappingError(f"--field {option!r}: write it as NAME=FIELD, e.g. text=body")
        if name not in FIELDS:
            raise MappingError(f"--field {option!r}: {name!r} is not one of {', '.join(FIELDS)}")
        mapping[name] = field
    return mapping


def fields_present(given: Mapping[str, str], names: Collection[str]) -> dict[str, str]:
    """Return the given mappings whose field a file has (a dotted path: its first member), so that a
    run's `--field` options apply to the files that have those fields and leave the others to the
    common names.

    >>> fields_present({"text": "copy", "title": "meta.kicker", "id": "guid"}, {"meta", "body", "guid"})
    {'title': 'meta.kicker', 'id': 'guid'}
    """
    return {name: field for name, field in given.items() if field in names or field.split(".", 1)[0] in names}


@lru_cache(maxsize=8192)
def squashed(name: str) -> str:
    """Return a field name as common names are compared: without case, spaces, "_" and "-".

    >>> squashed("Published_At"), squashed("pub-date")
    ('publishedat', 'pubdate')
    """
    return re.sub(r"[\s_\-]", "", name.lower())


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
    """
    by_squashed: dict[str, str] = {}
    for name in names:
        if name not in reserved:
            by_squashed.setdefault(squashed(name), name)
    mapping: dict[str, str] = {}
    taken = set(given.values())
    for article_field in FIELDS:
        if article_field in given:
            mapping[article_field] = given[article_field]
            continue
        for common in COMMON_NAMES[article_field]:
            found = by_squashed.get(squashed(common))
            if article_field == "published_at" and found in flags:
                continue
            if found is not None and found not in taken:
                mapping[article_field] = found
                taken.add(found)
                break
    return mapping


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
    "", is read as the file says (null is no value: a `"content": null` does not make the teaser in
    `description` the text), and `id` never falls back (a record keeps its identity). A given field
    holds for every record. A record read as the file is gets `mapping` itself (its version is the
    one it had). The test for the common case, every mapped field present, is a dict lookup per field.

    >>> record_mapping({"id": 1, "body": "B."}, {"id": "id", "text": "text"})
    {'id': 'id', 'text': 'body'}
    >>> record_mapping({"body": "B."}, {"text": "text"}, given={"text"})
    {'text': 'text'}
    >>> record_mapping({"text": None, "body": "B."}, {"text": "text"})
    {'text': 'text'}
    """
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
    raw_date = value("published_at")
    try:
        published, ambiguous = date_in_order(raw_date, day_first, serials)
    except UnparsedDate:
        metadata["date_unparsed"] = written(raw_date)  # `true`, `{"a": 1}`: as the file writes it
    else:
        if ambiguous is not None:
            metadata["date_ambiguous"] = ambiguous  # read month first: nothing in the file says otherwise
    raw_authors = value("authors")
    if _is_id(raw_authors) or (isinstance(raw_authors, list) and any(map(_is_id, raw_authors))):
        metadata[mapping["authors"]] = _jsonable(raw_authors)  # a user id (WordPress's "author": 5): kept
    title = text_of("title")
    raw_text = value("text") if text is None else None
    if isinstance(raw_text, bool | int | float):  # `"text": 42` or `true`: a field of another kind, not an article
        raise NotText(f"field {mapping['text']!r} holds {json.dumps(raw_text)}, not text")
    body = text if text is not None else text_of("text", "\n\n")
    return ArticleRecord(
        # A record's text as a text file's is read (line ends "\r\n" as "\n", so that "\r\n\r\n" parts
        # paragraphs; no trailing spaces); a NUL is gone already (text_of_value).
        text=normalize_text(text_of_field(body)) if body and text is None else body or "",
        title=plain_title(title) if title else None,
        published_at=published,
        url=text_of("url"),
        site=_site(value("site")),
        authors=authors_of(raw_authors),
        language=language_code(value("language")),
        metadata=metadata,
    )


def with_title(article: ArticleRecord) -> ArticleRecord:
    """Return the article with its title as the first paragraph of its text (as in a text file), unless
    the text opens with it: a first line that is the title, not a sentence that begins with its words
    ("Election results from all 650 seats...", which left the headline in no paragraph).

    >>> with_title(ArticleRecord("Rates held\\n\\nThe bank...", title="Rates held")).text
    'Rates held\\n\\nThe bank...'
    >>> with_title(ArticleRecord("Rates held steady.", title="Rates held")).text
    'Rates held\\n\\nRates held steady.'
    """
    text = article.text.lstrip()
    if not article.title or text.startswith(article.title) and text[len(article.title):][:1] in ("", "\n"):
        return article
    return replace(article, text=f"{article.title}\n\n{article.text}")


# A byline of two single names parted by a comma is one name written surname first; "Smith, Jones"
# (two surnames alone) is rarer in bylines than "Smith, Jane".
_SURNAME_FIRST = re.compile(r"([^\W\d_][\w'’-]*),\s*([^\W\d_][\w'’.-]*)")
# News agencies a byline lists by one name ("Reuters, AFP"): two authors, not a surname and a name.
_AGENCIES = frozenset(
    "reuters bloomberg xinhua interfax tass kyodo yonhap anadolu bernama antara dpa efe ansa agencies".split()
)
# A part of a byline naming a role, not a person: "Political Editor", "Weather Correspondent", "Home
# Affairs Editor", "Film Critic". Its last word is a role noun, and the words before it name a beat or
# a rank (_ROLE_WORDS, or an organisation's acronym: "BBC political editor"); in a part of three or
# more words, one such word is enough ("Chief Opera Critic"). A part of a word that is neither and a
# role noun is a person ("Jane Writer", "Tom Critic", "A. Editor"): surnames that are role nouns
# exist, and given names are too many to list, so a beat missing here leaves its role as an author
# (add the word here).
_ROLE_WORDS = frozenset(
    """editor editors correspondent correspondents reporter reporters writer writers columnist contributor
    journalist staff bureau desk newsroom analyst producer photographer chief senior deputy associate
    assistant managing executive contributing special political politics economics economy business
    finance financial markets health science technology tech sport sports foreign home diplomatic defence
    defense security environment environmental climate education arts culture legal crime world news
    international national local city investigations investigative data digital social media us uk
    europe european asia africa middle east america washington london of and the at large
    affairs weather transport royal travel film films guest music food drink fashion motoring motor
    property housing religion religious energy agriculture farming rural industry industrial labour
    employment consumer personal money wine books literary literature theatre television tv radio
    entertainment showbiz celebrity lifestyle features feature opinion comment medical aviation gaming
    games parliamentary lobby westminster whitehall court courts justice regional global
    general northern southern eastern western north south west scotland scottish wales welsh ireland
    irish football cricket rugby tennis golf racing athletics olympics obituaries visiting freelance
    head principal lead acting interim night weekend online web video audio podcast picture pictures
    photo graphics design dance opera architecture restaurant restaurants family parenting community policy
    investing relationships""".split()
)
_ROLE_NOUNS = frozenset(
    """editor editors correspondent correspondents reporter reporters writer writers columnist columnists
    contributor contributors journalist journalists staff bureau desk newsroom team analyst analysts
    producer producers photographer photographers critic critics commentator commentators presenter
    presenters reviewer reviewers cartoonist illustrator blogger researcher anchor""".split()
)
# A byline's part that ends in one of these names many unnamed people, never one: "Guardian staff", "Reuters
# Staff", "agencies", "wires" ("Anna Smith and agencies" is Anna Smith, not Anna Smith and Agencies).
_COLLECTIVES = frozenset({"staff", "agencies", "wires", "newswires"})


# Words of a date or time that a byline holds after its names ("By Jane Doe | Updated March 5, 2024
# 4:45 pm", which trafilatura gives as "Jane Doe; March 5"): a part with a digit and only these
# words is the byline's date, not a person ("Agent 47" stays one).
_DATE_WORDS = frozenset(
    """january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue
    tues wed thu thur thurs fri sat sun st nd rd th am pm a p m gmt utc bst cet cest est edt cst cdt pst
    pdt et pt updated published posted modified last on at""".split()
)


def _is_date(part: str) -> bool:
    """Return whether a byline's part is a date or a time, not a person.

    >>> _is_date("March 5"), _is_date("2024"), _is_date("Updated 5 March 2024 4:45 pm"), _is_date("2024-03-05")
    (True, True, True, True)
    >>> _is_date("Agent 47"), _is_date("May Smith"), _is_date("Jane Doe")
    (False, False, False)
    """
    return any(c.isdigit() for c in part) and all(
        word in _DATE_WORDS for word in re.findall(r"[^\W\d_]+", part.lower())
    )


# A weekday alone before a date is the date's ("Sun, 05 May 2024", RFC 2822), not a person.
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
# The parts of a byline and what parts them ("Jane Doe | Sun, 5 May 2024": the separators kept).
_BYLINE_PARTS = re.compile(r"(\s*(?:;|\||,)\s*)")


def _without_dates(text: str) -> str:
    """Return a byline without the parts that are its date or time, and a weekday just before them.

    Before the names are read: a date must not keep a dateline from ending the byline ("Jane Doe,
    London, March 5, 2024") or a name written surname first from being one ("Doe, Jane | March 5").

    >>> _without_dates("Doe, Jane | Sun, 05 May 2024 10:00:00 GMT"), _without_dates("Jane Doe; Sunday")
    ('Doe, Jane', 'Jane Doe; Sunday')
    """
    pieces = _BYLINE_PARTS.split(text)
    parts, separators = pieces[::2], ["", *pieces[1::2]]
    dates = [_is_date(part) for part in parts]
    kept = [
        (separator, part)
        for i, (separator, part) in enumerate(zip(separators, parts, strict=True))
        if not dates[i] and not (i + 1 < len(parts) and dates[i + 1] and part.strip().lower() in _WEEKDAYS)
    ]
    return "".join((separator if n else "") + part for n, (separator, part) in enumerate(kept))


def _is_role(part: str, every_word: bool = False) -> bool:
    """Return whether a byline's part names a role, not a person (see _ROLE_WORDS); with
    `every_word`, only when every word before its role noun is a beat or rank word ("&" is "and").

    >>> _is_role("Weather Correspondent"), _is_role("Home Affairs Editor"), _is_role("BBC political editor")
    (True, True, True)
    >>> _is_role("Jane Writer"), _is_role("A. Editor"), _is_role("Sam Brown")
    (False, False, False)
    >>> _is_role("agencies"), _is_role("Guardian staff"), _is_role("with wires"), _is_role("Reuters")
    (True, True, True, False)
    >>> _is_role("Arts & Culture Editor", every_word=True), _is_role("Jane Doe and Science Editor", every_word=True)
    (True, False)
    """
    words = part.replace("&", " and ").split()
    if not words or words[-1].lower() not in _ROLE_NOUNS and words[-1].lower() not in _COLLECTIVES:
        return False
    if not every_word and words[-1].lower() in _COLLECTIVES:
        # Whatever names them, in two words at most: "Guardian staff", "news agencies", "with wires".
        return len(words[1:] if words[0].lower() == "with" else words) <= 3
    if every_word:  # beat and rank words only: "AP and AFP Staff" names two agencies
        return all(w.lower() in _ROLE_WORDS for w in words[:-1])
    known = [w.lower() in _ROLE_WORDS or (len(w) > 1 and w.isalpha() and w.isupper()) for w in words[:-1]]
    return all(known) or (len(known) >= 2 and any(known))


def authors_of(value: object) -> tuple[str, ...]:
    """Return author names from a string ("A and B", "A; B", "By A, B") or a list (of names or objects).

    A number, or a text of digits, is a user's id (WordPress's `"author": 5`), no author. A part that
    names a role ("Political Editor", "Staff Writer") or many unnamed people ("agencies", "Guardian staff"), a
    date ("March 5, 2024") or a place it ends with (a dateline: "Jane Doe, London", "Reuters in Kyiv") is not an
    author, and two single names parted by a comma are one author written surname first.

    >>> authors_of("By Jane Doe and Tom Roe")
    ('Jane Doe', 'Tom Roe')
    >>> authors_of([{"name": "Ann Lee"}, "Bo Chan"])
    ('Ann Lee', 'Bo Chan')
    >>> authors_of("By Jane Doe, Political Editor"), authors_of("Smith, Jane"), authors_of("Reuters, AFP")
    (('Jane Doe',), ('Jane Smith',), ('Reuters', 'AFP'))
    >>> authors_of("Doe, Jane; Roe, John"), authors_of("Doe, Jane and Roe, John")
    (('Jane Doe', 'John Roe'), ('Jane Doe', 'John Roe'))
    >>> authors_of("By Jane Doe and Tom Roe, London"), authors_of("Reuters in Kyiv")
    (('Jane Doe', 'Tom Roe'), ('Reuters',))
    >>> authors_of(["Jane Doe", "Tom Roe", "London"]), authors_of(["Jordan"]), authors_of(["Jane Doe and Victoria"])
    (('Jane Doe', 'Tom Roe'), ('Jordan',), ('Jane Doe', 'Victoria'))
    >>> authors_of("Dr. Jane Doe, PhD"), authors_of("Martin Luther King, Jr.")
    (('Dr. Jane Doe',), ('Martin Luther King Jr.',))
    >>> authors_of("Anna Smith and agencies"), authors_of("Guardian staff and agencies"), authors_of("AP and AFP Staff")
    (('Anna Smith',), (), ('AP',))
    """
    if value is None or _is_id(value):
        return ()
    if isinstance(value, Mapping):
        value = value.get("name")
    if isinstance(value, list | tuple):
        # A date or a role, no author, does not keep a dateline from being the last: ["Jane Doe", "London", "March 5"].
        items = [names for names in (authors_of(item) for item in value) if names]
        last = items[-1] if items else ()
        if len(last) == 1 and any(items[:-1]) and _is_place(re.sub(r"^in\s+", "", last[0])):
            items.pop()  # a dateline as the list's own last item: ["Jane Doe", "London"]
        return tuple(name for names in items for name in names)
    text = _text(value)
    if not text:
        return ()
    text = _without_dates(re.sub(r"^\s*by\s+", "", text, flags=re.IGNORECASE))
    text = _with_suffixes(_named_addresses(text))
    surname_first = _surname_first(text)
    if surname_first:
        return (surname_first,)  # "Smith, Jane": one author
    # "Doe, Jane; Roe, John", "Doe, Jane and Roe, John": people written surname first, parted by a
    # separator that is no comma, each one author (their commas part no names).
    people = [p for p in re.split(r"\s*(?:;|\||\band\b|&)\s*", text.strip()) if p]
    if len(people) > 1 and all(map(_surname_first, people)):
        return tuple(name for p in people if (name := _surname_first(p)))
    segments = [s.strip() for s in re.split(r"\s*(?:;|\||,)\s*", text)]
    if len(segments) > 1 and _is_place(re.sub(r"^in\s+", "", segments[-1])):
        segments = segments[:-1]  # a dateline ends a byline: "Jane Doe, London", "Jane Doe, in London"
    # A segment that is a role with "and" or "&" in it ("Science and Technology Editor") is one role,
    # not "Science" and a role.
    segments = [s for s in segments if not _is_role(s, every_word=True)]
    parts = [_without_dateline(p.strip()) for s in segments for p in re.split(r"\s*(?:\band\b|&)\s*", s)]
    return tuple(p for p in parts if p and not _is_role(p) and not _is_date(p))


# A name's suffix after a comma is no second author: a generation stays with its name ("Martin Luther
# King, Jr." is Martin Luther King Jr.), a degree or an honour goes ("Jane Doe, PhD" is Jane Doe; they
# were two authors, "Jane Doe" and "PhD").
_GENERATION = re.compile(r",\s*(Jr\.?|Sr\.?|II|III|IV)(?=\s*(?:[,;|&]|\band\b|$))")
_DEGREE = re.compile(
    r",\s*(?:Ph\.?\s?D\.?|D\.?Phil\.?|M\.?D\.?|MBA|MSc|BSc|R\.?N\.?|Esq\.?|QC|KC|OBE|MBE|CBE|FRS)"
    r"(?=\s*(?:[,;|&]|\band\b|$))"
)


# An e-mail address with its owner's name, as RSS's <author> and mail headers write one:
# "jane@example.com (Jane Doe)" and "Jane Doe <jane@example.com>" are Jane Doe (a feed's item read
# so; a records file kept the address and the parentheses as the name).
_ADDRESS_THEN_NAME = re.compile(r"[^\s,;()<>@]+@[^\s,;()<>@]+\.[^\s,;()<>@]+\s*\(([^()]+)\)")
_NAME_THEN_ADDRESS = re.compile(r"([^,;<>]*?)\s*<[^\s,;()<>@]+@[^\s,;()<>@]+\.[^\s,;()<>@]+>")


def _named_addresses(text: str) -> str:
    """Return a byline with each e-mail address that comes with a name replaced by the name.

    >>> _named_addresses("jane@example.com (Jane Doe), Tom Roe <tom@example.org>")
    'Jane Doe, Tom Roe'
    >>> _named_addresses("jane@example.com"), _named_addresses("Jane Doe (London)")
    ('jane@example.com', 'Jane Doe (London)')
    """
    if "@" not in text:
        return text
    return _NAME_THEN_ADDRESS.sub(lambda m: m.group(1), _ADDRESS_THEN_NAME.sub(lambda m: m.group(1).strip(), text))


def _with_suffixes(text: str) -> str:
    """Return a byline with its names' suffixes out of its comma-parted list: a generation kept with
    its name, a degree or an honour left out.

    >>> _with_suffixes("Dr. Jane Doe, PhD"), _with_suffixes("Martin Luther King, Jr. and Tom Roe, M.D.")
    ('Dr. Jane Doe', 'Martin Luther King Jr. and Tom Roe')
    >>> _with_suffixes("Jane Doe, MAdrid bureau"), _with_suffixes("Doe, Jane")
    ('Jane Doe, MAdrid bureau', 'Doe, Jane')
    """
    if "," not in text:
        return text
    return _DEGREE.sub("", _GENERATION.sub(r" \1", text))


def _surname_first(text: str) -> str | None:
    """Return a name written surname first ("Smith, Jane") in the usual order, else None (not one, or two
    agencies: "Reuters, AFP").

    >>> _surname_first("Smith, Jane"), _surname_first("Reuters, AFP"), _surname_first("Jane Smith")
    ('Jane Smith', None, None)
    """
    found = _SURNAME_FIRST.fullmatch(text.strip())
    if found is None or any(n.isupper() or n.lower() in _AGENCIES for n in found.groups()):
        return None
    return f"{found.group(2)} {found.group(1)}"


def _is_id(value: object) -> bool:
    """Return whether an author value is a number (or a text of digits): a user's id, not a name.

    >>> _is_id(5), _is_id(" 42 "), _is_id("Agent 47"), _is_id(True)
    (True, True, False, False)
    """
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit())


def _without_dateline(part: str) -> str:
    """Return a byline part without a place it was written in ("Jane Doe in London" → "Jane Doe")."""
    name, found, place = part.rpartition(" in ")
    return name.strip() if found and name.strip() and _is_place(place.strip()) else part


def _is_place(part: str) -> bool:
    """Return whether a byline's last part is a place, as a dateline names it ("Jane Doe, London"): a
    country, a region or a city of 100,000 people or more in the places gazetteer ("LONDON" too)."""
    from transforms.enrichments.place_names import gazetteer  # read once per process, and only here

    places = gazetteer().get(part, ()) or (_in_capitals().get(part.lower(), ()) if part.isupper() else ())
    return any(p.kind != "city" or p.population >= 100_000 for p in places)


@lru_cache(maxsize=1)
def _in_capitals() -> dict[str, tuple]:
    """Return the gazetteer by lower-case name, for datelines in capitals ("JAMMU AND KASHMIR",
    "KWAZULU-NATAL", "LONDON"): built once per process, when a byline in capitals first needs it."""
    from transforms.enrichments.place_names import gazetteer

    by_lower: dict[str, tuple] = {}
    for name, places in gazetteer().items():
        by_lower[name.lower()] = by_lower.get(name.lower(), ()) + places
    return by_lower


def language_code(value: object) -> str | None:
    """Return the ISO 639-1 code of a language value ("en-GB", "EN", "en_US" → "en").

    >>> language_code("en-GB"), language_code("FR"), language_code(None)
    ('en', 'fr', None)
    """
    text = _text(value)
    if not text:
        return None
    code = re.split(r"[-_]", text.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


def _site(value: object) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("name")
    return _text(value)


def _text(value: object) -> str | None:
    try:
        return text_of_value(value, "value")
    except NotText:
        return None  # an object without one text member: no value, never its Python repr


def _jsonable(value: object) -> object:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return str(value)
    return value
