"""LexisNexis's text export (Nexis Uni, Lexis+): each document its title, its source and day on the lines under it,
its labelled lines ("Byline: Jane Doe", "Section: NEWS", "Length: 612 words"), a line "Body" alone over its text,
then "Load-Date: March 6, 2026" (when Lexis loaded it, not the story's day) and "End of Document". Before, each label,
"Body", the load date and "End of Document" were paragraphs, the byline no author, and a file of several documents
one article.

A file is read so only where it has both of the format's own marks: a "Body" line alone and an "End of Document"
line alone (a story's text writes neither alone on a line); its documents are read as records are.

Each document is keyed by what names it, not where it stands ("Document 1 of 12" is its place in this export only):
its title, day and source (`document_keys`), as Factiva's documents are keyed by their accession numbers. Keyed by
position, an export re-run without its first document renumbered the rest; keyed by its text's digest too, a document
whose body the next export corrects was deleted and written again as new, not the same article's new version.
"""

from __future__ import annotations

import re

from transforms.formats.document_keys import document_keys
from transforms.formats.head_days import head_day
from transforms.formats.source_places import source_name
from transforms.formats.txt_bylines import undated_names

_END = "End of Document"
_BODY = "Body"
# a head's labelled line as the export writes it: a capitalised label of a word or two, a colon, its value
_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z-]{1,20}(?: [A-Z][A-Za-z-]{1,20})?):\s+(?P<value>\S.*)")
# a title, a source, a day, an edition, a copyright, a few labels: the body's line stands within so many of the head's
# written lines (an export saved with a blank line between its head's lines doubles their count, blank ones counted)
_HEAD_LINES = 16
# the export's page count over a document ("Page 1 of 1", as Nexis Uni prints one to a page): no title
_PAGE_COUNT = re.compile(r"(?:Page|Document) \d+ of \d+")
_TAIL_FIELDS = ("Graphic", "Notes", "Classification")  # Lexis's fields under a story, after its body
_SOURCE = "source line"  # the source's line as written, its document's key's part only


def lexis_documents(text: str) -> list[dict[str, object]] | None:
    """Return the documents of a LexisNexis text export as records (title, site, published_at, authors, text), else
    None: a file without a "Body" line and an "End of Document" line, each alone.

    >>> [document] = lexis_documents("Rates\\nFT\\nMarch 5, 2026\\nByline: Jo Lee\\nBody\\nHeld.\\nEnd of Document")
    >>> document["site"], document["published_at"], document["authors"], document["text"]
    ('FT', '2026-03-05', ['Jo Lee'], 'Held.')
    >>> lexis_documents("Body\\n\\nThe body of the victim was found.") is None
    True
    """
    if _END not in text or _BODY not in text:
        return None  # (a substring's test first: most texts are no export, and their lines are not stripped one by one)
    lines = [line.strip() for line in text.strip().splitlines()]
    if _END not in lines or _BODY not in lines:
        return None
    documents: list[dict[str, object]] = []
    start = 0
    for index, line in enumerate([*lines, _END]):
        if line == _END:
            if (document := _document(lines[start:index])) is not None:
                documents.append(document)
            start = index + 1
    # keyed by the source line as written, its place too: the keys of the exports read before stay, and two editions
    # of one paper ("The Guardian (London)", "The Guardian (Manchester)") stay two sources
    names = ((document.get("title"), document.get("published_at"), document.pop(_SOURCE, document.get("site")))
             for document in documents)
    return [{"id": key, **document} for key, document in zip(document_keys(names, "lexis-"), documents, strict=True)] \
        or None


def _document(lines: list[str]) -> dict[str, object] | None:
    """Return one document's record from its lines (its "End of Document" line aside), else None without a body."""
    written = (i for i, line in enumerate(lines) if line)
    head_end = next((i for _, i in zip(range(_HEAD_LINES), written, strict=False) if lines[i] == _BODY), None)
    if head_end is None:
        return None
    head = [line for line in lines[:head_end] if line and _PAGE_COUNT.fullmatch(line) is None]
    body = lines[head_end + 1:]
    # the story ends at the export's own fields under it, each its name alone on a line: a photo's caption ("Graphic"),
    # the paper's notes ("Notes"), its indexing ("Classification"), or at its load date; only before the load date,
    # as Lexis lays them (a story's subhead of that one word alone over its text would end it too: a known limit)
    loaded = next((i for i, line in enumerate(body) if line.startswith("Load-Date:")), len(body))
    ends = [i for i, line in enumerate(body[:loaded]) if line in _TAIL_FIELDS] + [loaded]
    body = body[: ends[0]] if ends else body
    record: dict[str, object] = {"title": head[0] if head else None, "text": "\n".join(body).strip()}
    for line in head[1:]:
        label = _LABEL.fullmatch(line)
        if label is not None:
            value = label["value"]  # "Jane Doe" or "By JANE DOE": read as a byline, its "By" written or not
            if label["label"] == "Byline" and (names := undated_names(value if value[:3] == "By " else f"By {value}")):
                record["authors"] = list(names)
            continue
        if "published_at" not in record and (day := head_day(line)) is not None:
            record["published_at"] = day.date().isoformat()
        elif "site" not in record and "published_at" not in record:
            record[_SOURCE] = line  # the source's line, above its day: the outlet's name the site, its place aside
            site, place = source_name(line)
            record["site"] = site
            if place is not None:
                record["source_place"] = place
    return record if record["text"] else None
