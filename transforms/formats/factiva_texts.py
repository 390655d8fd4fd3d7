"""Dow Jones Factiva's text export: each field's two-letter code alone on its line, its value on the lines under it
("HD", then the headline; "LP", then the lead's paragraphs), one document after another, each closed by its accession
number ("AN", then "Document LBA0000020260409em49002xp"). Before, the file was one article whose first paragraph
was its codes and their values, its title, date and site unread, its indexing codes (CO, IN, NS, RE) its last one.

Its documents are read as Factiva's JSON and CSV records are (`factiva_exports`): HD the title, LP then TD the text.
Each is keyed by its accession number (AN); one without (an export that leaves it out) by its headline, day and
source as a LexisNexis export's documents are (`document_keys`), not by its place: keyed "record=2", it was deleted
and written again as new once an export re-run without a document before it renumbered it.
"""

from __future__ import annotations

import re

from transforms.formats.document_keys import document_keys
from transforms.formats.factiva_articles import factiva_article_documents

# Factiva's codes as its exports write them, the closed set its format documents: a code alone on a line is a field's
# name only where the file opens with one and holds its text's (a line reading "IN" in a story's text is no code then)
_CODES = frozenset(("HD", "CLM", "SE", "BY", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD",
                    "CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "ART", "NGC"))
_TEXT_CODES = ("LP", "TD")
# the accession line that closes a document where it stands without its "AN" code (Factiva's export without indexing)
_ACCESSION = re.compile(r"Document [A-Za-z0-9]{10,}")


# What a Factiva text export opens with, after any white space: the headline's code
_OPENS_HD = re.compile(r"\s*HD")


def factiva_documents(text: str) -> list[dict[str, str]] | None:
    """Return the documents of a Factiva text export, each its codes and their values (one without AN an id too), else
    None: a file that opens with the headline's code on its own line and holds a lead's or text's code so, where each
    "HD" opens a document, or an export of Factiva's article format (`factiva_articles`).

    >>> factiva_documents("HD\\nRates held\\nPD\\n5 March 2026\\nTD\\nThe bank held rates.\\n")
    [{'id': 'factiva-cb886b5966528a11', 'HD': 'Rates held', 'PD': '5 March 2026', 'TD': 'The bank held rates.'}]
    >>> factiva_documents("HD\\nTelevisions in HD sold out.\\n") is None
    True
    """
    if _OPENS_HD.match(text) is None:
        # (the first word's test first: most texts are no export, and their lines are not split); an export without
        # codes is Factiva's article format, its documents read into the same codes (`factiva_articles`)
        return factiva_article_documents(text)
    lines = text.strip().splitlines()
    if not lines or lines[0].strip() != "HD" or not any(line.strip() in _TEXT_CODES for line in lines):
        return None
    documents: list[dict[str, str]] = []
    values: dict[str, list[str]] = {}
    code = ""
    for line in lines:
        bare = line.strip()
        if bare == "HD" or (_ACCESSION.fullmatch(bare) and code != "AN"):
            if bare != "HD":  # the accession number alone: the document's id, and its end
                values.setdefault("AN", []).append(bare)
            documents.append(_joined(values))
            values, code = {}, bare if bare == "HD" else ""
        elif bare in _CODES:
            code = bare
        elif code:
            values.setdefault(code, []).append(line)
    documents.append(_joined(values))
    return _keyed([document for document in documents if document])


def _keyed(documents: list[dict[str, str]]) -> list[dict[str, str]]:
    """Return the documents, each without an accession number given an id from its headline, day and source."""
    unnumbered = [document for document in documents if "AN" not in document]
    # the documents with their AN are no part of a group: the count of same names runs over those without only
    ids = iter(document_keys(((d.get("HD"), d.get("PD"), d.get("SN")) for d in unnumbered), "factiva-"))
    return [document if "AN" in document else {"id": next(ids), **document} for document in documents]


def _joined(values: dict[str, list[str]]) -> dict[str, str]:
    """Return each code's value, its lines joined as written (a lead's blank lines part its paragraphs)."""
    return {code: joined for code, lines in values.items() if (joined := "\n".join(lines).strip())}
