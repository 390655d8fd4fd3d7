"""Records files (JSON Lines, JSON, CSV): one article per record, identified inside its file.

A record's key is its `id` field, else its URL, else its record number. The file's fields map to
article fields by `--field NAME=FIELD` options, for the FIELDs the file has (the others are left to
the common names of `transforms.formats.field_mapping`), else by the common names alone. A record's
version is a hash of the record, and of the mapping applied to its file when that is not the one
the common names alone give: an option that changes nothing in effect keeps the versions a lake
holds, and only a mapping that reads the file otherwise writes its records again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace

from transforms.formats.base import (
    MALFORMED_RECORD,
    NO_TEXT,
    NOT_RECORDS,
    ArticleRecord,
    BadRecord,
    FormatError,
    ReadOptions,
    ReadResult,
)
from transforms.formats.date_orders import day_first, is_ambiguous_date, is_dotted_date
from transforms.formats.day_numbers import read_by_count, serial_days
from transforms.formats.factiva_exports import factiva_fields, is_factiva_export
from transforms.formats.field_mapping import STAND_IN_TEXTS, detect_mapping, record_mapping, squashed
from transforms.formats.field_options import fields_present
from transforms.formats.field_paths import NotText, value_at, written
from transforms.formats.fields import article_from_fields, with_title
from transforms.formats.flag_fields import flag_fields
from transforms.formats.nested_records import nested_records, sibling_paths, text_path
from transforms.formats.nesting import NESTED_DEEPER, nests_deeper
from transforms.formats.paywall_notices import only_paywall_notices
from transforms.formats.record_details import empty_records, no_text_field_detail, service_message
from transforms.formats.record_threads import with_thread_fields
from transforms.formats.record_wrappers import unwrapped, wrappers_of
from transforms.text import SOFT_HYPHEN, is_blank
from transforms.undecodable import EMPTY

DUPLICATE_KEY = "duplicate_key"  # a second record with the same id (or URL) in one file
NO_TEXT_FIELD = "no_text_field"  # no field of the file holds article text, and none was mapped
# Records whose field names decide the mapping: enough to see every field of a regular export.
_MAPPING_SAMPLE = 200
# NewsAPI keeps a removed article's place in its results, each of its fields "[Removed]" (its date 1970):
# no article, as a record without text is none (it was one titled and reading "[Removed]").
_REMOVED = "[Removed]"


def record_version(
    values: Mapping[str, object], mapping: Mapping[str, str] | None = None, reading: str | None = None
) -> str:
    """Return the version of a record: a hash of its fields, whatever their order, of the mapping
    applied to its file (NAME → field, whole) when it is not the common names' one, and of the file's
    `reading` of its date when that is not the one the date alone gives (`date_reading`).

    >>> record_version({"a": 1, "b": "x"}) == record_version({"b": "x", "a": 1})
    True
    >>> record_version({"a": 1}) == record_version({"a": 1}, {"text": "a"})
    False
    >>> record_version({"a": 1}) == record_version({"a": 1}, reading="day first")
    False
    """
    body = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    if mapping:  # only then: a record read with the common names keeps the version it always had
        body += "\n" + json.dumps(sorted(mapping.items()), ensure_ascii=False)
    if reading:  # only then, as for the mapping
        body += "\nreading: " + reading
    return hashlib.sha256(body.encode()).hexdigest()


def date_reading(value: object, order: bool | None, serials: bool) -> str | None:
    """Return how a record's date is read by what its file's other dates show, where that is not how
    the date alone is read: "day first" or "month first" (`order`, `date_orders.day_first`) for a date whose
    day and month could be swapped, "serial days" (`serials`, `day_numbers.serial_days`) for a day
    number below 25569; else None. A record's version holds it: when lines appended to a file show
    another order, the records it reads otherwise are written again, and only those.

    >>> date_reading("03/04/2024", True, False), date_reading("03/04/2024", None, False)
    ('day first', None)
    >>> date_reading("03.04.2024", True, False), date_reading("13/04/2024", True, False)
    (None, None)
    >>> date_reading(19723, None, True), date_reading(45292, None, True)
    ('serial days', None)
    """
    if serials and read_by_count(value):
        return "serial days"
    if order is None or not is_ambiguous_date(value):
        return None
    alone = True if is_dotted_date(value) else None  # as numeric_dates.date_in_order reads it without an order
    if order == alone:
        return None
    return "day first" if order else "month first"


def articles_from_records(
    records: Iterable[tuple[int, object]], options: ReadOptions, bad: list[BadRecord] | None = None,
    written_order: str | None = None,
) -> ReadResult:
    """Return the articles of numbered records (objects); records that cannot be articles are `bad`.

    `written_order` says why the file's numeric dates are day first where the dates themselves do not show
    their order (a CSV delimited with `;`: `csv_rows`); each date so read notes it (`date_order`)."""
    result = ReadResult(bad=list(bad or []))
    objects: list[tuple[int, Mapping[str, object]]] = []
    for number, value in records:
        if isinstance(value, Mapping) and nests_deeper(value):
            result.bad.append(BadRecord(number, MALFORMED_RECORD, NESTED_DEEPER))  # see transforms.formats.nesting
        elif isinstance(value, Mapping):
            objects.append((number, value))
        else:
            result.bad.append(BadRecord(number, MALFORMED_RECORD, f"not an object but {type(value).__name__}"))
    if not objects:
        if result.bad:
            raise FormatError(NOT_RECORDS, f"no record is an object ({result.bad[0].detail} at record 1)")
        return result
    objects = _unwrapped(objects, options)
    names: dict[str, None] = {}
    for _, values in objects[:_MAPPING_SAMPLE]:
        names.update(dict.fromkeys(values))
    present = dict(names)
    for _, values in objects[_MAPPING_SAMPLE:]:
        present.update(dict.fromkeys(values))
    result.names = list(present)
    if not present and not result.bad:
        # `[{}]`, a JSON Lines file of `{}` lines: an export of nothing, as `[]` is (its detail named "fields: ")
        raise FormatError(EMPTY, empty_records(len(objects)))
    given = dict(options.fields)
    if (given or options.kept) and options.where_present:
        # A mapped field the file lacks (in any record): the pair it applied before, else the common names.
        given = fields_present(options.kept, present) | fields_present(given, present)
    asked = given  # the pairs a run gave, as it reports them
    if "." in given.get("text", ""):  # the other members of the object a dotted text path ends in (`nested_records`)
        given = sibling_paths([values for _, values in objects[:_MAPPING_SAMPLE]], given,
                              lambda names: detect_mapping(names, {}, options.reserved))
    # A field named as a date whose values are yes/no ("published": true) is no date: the next name is.
    flags = flag_fields(values for _, values in objects)
    mapping = detect_mapping(list(names), given, options.reserved, flags)
    sample = [values for _, values in objects[:_MAPPING_SAMPLE]]
    if (detail := no_text_field_detail(list(names), sample, mapping, given, options.fields.get("text"))) is not None:
        raise FormatError(NO_TEXT_FIELD, detail)
    result.mapping, result.applied = mapping, asked
    automatic = detect_mapping(list(names), {}, options.reserved, flags) if given else mapping
    # Each record falls back through the common names for a field it lacks (field_mapping.record_mapping).
    def detect(names: list[str]) -> Mapping[str, str]:
        return detect_mapping(names, {}, options.reserved)

    # A record's thread (Webz.io's story page) names the site, title and date it lacks (record_threads)
    mappings = [with_thread_fields(values, record_mapping(values, mapping, given, options.reserved), given, detect)
                for _, values in objects]
    dates = [value_at(v, m["published_at"]) for (_, v), m in zip(objects, mappings, strict=True) if "published_at" in m]
    # One order for a file's numeric dates: 12/03/2024 is 12 March in a file that also writes 13/03/2024.
    order = day_first(dates)
    hinted = order is None and written_order is not None
    order = True if hinted else order
    # One count for its days: 19723 is 1953-12-30 in a file of Excel's serials that also writes 45292.
    serials = serial_days(dates)
    seen: set[str] = set()
    for (number, values), own in zip(objects, mappings, strict=True):
        # An option that changes nothing in effect keeps the versions: the record's mapping counts
        # only where it is not the one the common names alone give it.
        common = own if not given else with_thread_fields(
            values, record_mapping(values, automatic, (), options.reserved), (), detect)
        applied = None if own == common else own
        try:
            article = article_from_fields(values, own, day_first=order, serials=serials)
        except NotText as error:
            result.bad.append(BadRecord(number, NO_TEXT, str(error)))
            continue
        if is_blank(article.text):  # white space, or zero-width characters that show nothing
            invisible = " (only zero-width characters)" if article.text.strip() else ""
            result.bad.append(BadRecord(number, NO_TEXT, f"no text in field {own['text']!r}{invisible}"
                                        f"{service_message(values)}"))
            continue
        if article.text.strip() == _REMOVED:
            removed = f'"{_REMOVED}": the API removed the article'
            result.bad.append(BadRecord(number, NO_TEXT, f"no text in field {own['text']!r} ({removed})"))
            continue
        if only_paywall_notices(article.text):  # the exporter scraped a paywall, not the story (`paywall_notices`)
            notice = f"{article.text.strip()[:80]!r}: a paywall's notice, no article"
            result.bad.append(BadRecord(number, NO_TEXT, f"no text in field {own['text']!r} ({notice})"))
            continue
        key = _key(values, own, number, article)
        if key in seen:
            result.bad.append(BadRecord(number, DUPLICATE_KEY, f"{key} already used by an earlier record"))
            continue
        seen.add(key)
        raw_date = value_at(values, own["published_at"]) if "published_at" in own else None
        version = record_version(values, applied, date_reading(raw_date, order, serials))
        if own["text"] != mapping["text"] and squashed(own["text"]) in STAND_IN_TEXTS:
            # Its text field held none (NewsAPI's free tier: `"content": null`): the text is the description
            article = replace(article, metadata={**article.metadata, "text_from": own["text"]})
        if hinted and is_ambiguous_date(raw_date) and not is_dotted_date(raw_date):
            article = replace(article, metadata={**article.metadata, "date_order": f"day first, {written_order}"})
        if article.title:  # a title is its text's first paragraph: without soft hyphens, as the text is
            article.title = article.title.replace(SOFT_HYPHEN, "")
        result.articles.append(replace(with_title(article), record=number, key=key, version=version))
    result.bad.sort(key=lambda b: b.record)
    return result


def _unwrapped(
    objects: list[tuple[int, Mapping[str, object]]], options: ReadOptions
) -> list[tuple[int, Mapping[str, object]]]:
    """Return the records with the members of the object that wraps their fields among them
    (transforms.formats.record_wrappers: `_source`), when no record names its text itself and no
    `--field text=` says where it is; else the records as they are."""
    sample = [values for _, values in objects[:_MAPPING_SAMPLE]]
    top: dict[str, None] = {}
    for values in sample:
        top.update(dict.fromkeys(values))
    given = options.fields
    if options.where_present:
        # A run's pair applies to the files that have its field: `--field text=Body Text`, given for a folder's
        # CSV files, kept a JSON:API export beside them from being read through `attributes` (no_text_field).
        present = dict(top)
        for _, values in objects[_MAPPING_SAMPLE:]:
            present.update(dict.fromkeys(values))
        given = fields_present(options.kept, present) | fields_present(given, present)
    if "text" in given:
        return objects
    if "text" in detect_mapping(list(top), {}, options.reserved):
        return objects
    if is_factiva_export(list(top)):  # its two-letter codes, its text in two of them (`factiva_exports`)
        return [(number, factiva_fields(values)) for number, values in objects]
    has_text = lambda names: "text" in detect_mapping(names, {}, options.reserved)  # noqa: E731
    wrappers = wrappers_of(sample, has_text)
    for wrapper in wrappers:
        objects = [(number, unwrapped(values, wrapper)) for number, values in objects]
    if not wrappers and (path := text_path(sample, has_text)):  # a streaming API's result (`nested_records`)
        objects = nested_records(objects, path)
    return objects


def _key(values: Mapping[str, object], mapping: Mapping[str, str], number: int, article: ArticleRecord) -> str:
    """Return a record's key: its id, else its URL, else its number. An id that is an object with one
    member (MongoDB's `{"$oid": ...}`) is that member's value; another object or a list is its JSON
    with sorted members (never a Python repr, and two ids differing in any member stay apart)."""
    record_id = value_at(values, mapping["id"]) if "id" in mapping else None
    while isinstance(record_id, Mapping) and len(record_id) == 1:
        [record_id] = record_id.values()
    if isinstance(record_id, Mapping | list):
        id_text = json.dumps(record_id, sort_keys=True, ensure_ascii=False, default=str) if record_id else ""
    else:
        id_text = "" if record_id is None else written(record_id)  # `false`, not Python's `False`
    if id_text:
        return f"id={id_text}"
    if article.url:
        return f"url={article.url}"
    return f"record={number}"
