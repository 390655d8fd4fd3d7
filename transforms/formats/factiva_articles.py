"""Dow Jones Factiva's text export in its article format (no field codes): each document its headline, its byline
("By Jane Doe"), its word count ("512 words"), day, time, source, source code, language and copyright, one to a line
in that order, a blank line, its text, then its accession line ("Document LBA0000020260615em6f000ab"); after the last
document a "Search Summary" block (the search's terms, dates and sources). Before, the file was one article, its heads'
lines paragraphs and the search's summary its last one.

Each document is read into Factiva's codes (HD, BY, WC, PD, ET, SN, SC, LA, CY, TD, AN) as a coded export's is
(`factiva_texts`), so that both formats are read as Factiva's records are (`factiva_exports`), each keyed by its
accession line as a coded document is by its AN.
"""

from __future__ import annotations

import re

from transforms.formats.head_days import head_day

# the accession line that closes each document, alone on its line
_ACCESSION = re.compile(r"Document [A-Za-z0-9]{10,}")
# the word count under the headline and byline: "512 words", "1,024 words"
_WORD_COUNT = re.compile(r"\d{1,3}(?:,\d{3})* words")
_TIME = re.compile(r"\d{1,2}:\d{2}(?:\s+[A-Z]{2,4})?")
_SOURCE_CODE = re.compile(r"[A-Z0-9]{2,10}")
_COPYRIGHT = ("Copyright", "(c)", "(C)", "©")
# Dow Jones' reprint offer under a story's text ("License this article from Dow Jones Reprint Service"): no paragraph
_LICENSE = "License this article from Dow Jones"
# the names of the indexing Factiva writes under a document where the export asks for it, each alone over its value
_INDEX_NAMES = frozenset(("Company", "Companies", "Industry", "Industries", "Region", "Regions", "Subject", "Subjects",
                          "Language", "IPD", "IPC", "Author", "Publisher", "Source", "Person", "People"))
# each index's name and the code a coded export writes its values under (`factiva_texts`): a user filters a story by
# its company, industry, region or subject, as a coded export's `CO`, `IN`, `RE`, `NS` let them; the other names
# repeat the head's fields (Language, Source) or have no code, and are left out
_INDEX_CODES = {"Company": "CO", "Companies": "CO", "Industry": "IN", "Industries": "IN", "Region": "RE",
                "Regions": "RE", "Subject": "NS", "Subjects": "NS", "IPD": "IPD", "IPC": "IPC", "Publisher": "PUB"}
_TITLE_LINES = 4  # a section's name, the headline, the byline: the word count stands within a document's first lines


def factiva_article_documents(text: str) -> list[dict[str, str]] | None:
    """Return the documents of a Factiva article-format export, each its codes and their values, else None: a text
    whose every part up to an accession line alone is no document with its word count under its headline.

    >>> [document] = factiva_article_documents("Rates held\\n\\n90 words\\n5 March 2026\\nFT\\nFTCOM\\nEnglish\\n"
    ...                                         "\\nThe bank held rates.\\n\\nDocument FTCOM00020260305\\n")
    >>> document["HD"], document["PD"], document["SN"], document["TD"], document["AN"]
    ('Rates held', '5 March 2026', 'FT', 'The bank held rates.', 'Document FTCOM00020260305')
    >>> factiva_article_documents("The memo ran to 90 words.\\n\\nDocument FTCOM00020260305\\n") is None
    True
    """
    if "Document " not in text or " words" not in text:
        return None  # (a substring's test first: most texts are no export, and their lines are not stripped)
    lines = [line.strip() for line in text.splitlines()]
    ends = [i for i, line in enumerate(lines) if line[:9] == "Document " and _ACCESSION.fullmatch(line)]
    if not ends:
        return None
    # after the last document only the search's summary, or nothing: a story's text there makes the file no export
    rest = [line for line in lines[ends[-1] + 1:] if line]
    if rest and rest[0] != "Search Summary":
        return None
    documents = []
    for start, end in zip([0, *(i + 1 for i in ends[:-1])], ends, strict=True):
        if (document := _document(lines[start:end])) is None:
            return None
        documents.append({**document, "AN": lines[end]})
    return documents


def _document(lines: list[str]) -> dict[str, str] | None:
    """Return one document's codes from its lines (its accession line aside), else None without its word count."""
    written = [i for i, line in enumerate(lines) if line]
    count = next((i for i in written[:_TITLE_LINES] if _WORD_COUNT.fullmatch(lines[i])), None)
    if count is None:
        return None
    over = [lines[i] for i in written if i < count]
    fields: dict[str, str] = {"WC": lines[count]}
    if over and over[-1][:3] == "By ":
        fields["BY"] = over.pop()
    if not over:
        return None  # no headline
    fields["HD"] = over[-1]
    if len(over) > 1:
        fields["SE"] = over[-2]  # a section's name over the headline, where the export writes one
    head_end = next((i for i in range(count + 1, len(lines)) if not lines[i]), len(lines))
    head = lines[count + 1:head_end]
    # the head's lines in Factiva's order: the day, its time, the source's name and code, the language, the copyright
    for line in head:
        if "PD" not in fields and head_day(line) is not None:
            fields["PD"] = line
        elif "PD" in fields and "ET" not in fields and "SN" not in fields and _TIME.fullmatch(line):
            fields["ET"] = line
        elif line.startswith(_COPYRIGHT):
            fields["CY"] = line
        elif "PD" in fields and "SN" not in fields:
            fields["SN"] = line
        elif "SN" in fields and "SC" not in fields and _SOURCE_CODE.fullmatch(line):
            fields["SC"] = line
    # the line over the copyright: the language's name ("English"), where it is no source's name or code
    over_copyright = head.index(fields["CY"]) - 1 if "CY" in fields else -1
    if over_copyright >= 0 and (language := head[over_copyright]).isalpha() and language not in (fields.get("SN"),
                                                                                               fields.get("SC")):
        fields["LA"] = language
    body = lines[head_end:]
    end = _tail_start(body)
    fields.update(_index_values(body[end:]))
    return {**fields, "TD": text} if (text := "\n".join(body[:end]).strip()) else None


def _tail_start(body: list[str]) -> int:
    """Return where a document's text ends: at Dow Jones' reprint line, or at its indexing where every written line
    from a block's first to the document's end is an index's name or the value under one, else at its end."""
    for i, line in enumerate(body):
        if line.startswith(_LICENSE):
            return i
        # an index's name alone opens the block after a blank line ("Company", "Subject"), and what follows is only
        # names and their values: a paragraph opening "Company profits rose" has more than the name on its line
        if line in _INDEX_NAMES and (i == 0 or not body[i - 1]) and _indexing(body[i:]):
            return i
    return len(body)


def _index_values(tail: list[str]) -> dict[str, str]:
    """Return the indexing block's values under a story's text by their codes ("Company" over "Santos Port Authority"
    gives CO), from the block's first name on (the reprint line over it aside), else nothing."""
    written = [line for line in tail if line]
    start = next((i for i, line in enumerate(written) if line in _INDEX_NAMES and _indexing(written[i:])), len(written))
    pairs = zip(written[start::2], written[start + 1::2], strict=False)
    return {_INDEX_CODES[name]: value for name, value in pairs if name in _INDEX_CODES}


def _indexing(tail: list[str]) -> bool:
    """Return whether lines are an indexing block: names alone, each over one value line, blank lines between; a
    value is a list of names, never a sentence (its last word in lower case and closed by a stop: "rehired staff.")."""
    written = [line for line in tail if line]
    names, values = written[::2], written[1::2]
    return all(line in _INDEX_NAMES for line in names) and not any(
        line in _INDEX_NAMES or (line.split()[-1][:1].islower() and line[-1] in ".!?") for line in values)
