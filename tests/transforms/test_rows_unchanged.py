"""The text path's rows stay what they were when it is made faster: an equality check on real and nasty input.

The digests below were computed by the implementation before the batch-level row building (commit
edfdcab, one Python call per paragraph and column), over the same files, with the same function.
They cover every label-independent column of `articles` and `paragraphs` (ids, versions, offsets,
roles, word counts, texts, titles, metadata) and the quarantine; labels have their own tests, and
`language` is left out because detection changed on purpose (tests/transforms/test_language.py).
A change that moves a paragraph boundary, a word count or an id by one shows here. Should splitting
change on purpose, recompute them with `rows_digest` and say why in the commit. Changed on purpose
since: Markdown files are read as their prose (transforms/formats/markdown.py), which changed the
digests of the two sets that hold .md files; those without them are the same. A record that lacks
its file's text field falls back through the common names (transforms.formats.field_mapping.record_mapping):
feed.jsonl's record 4 (`body`, where the file's text is `text`) is an article, no longer `no_text`. A first line
that ends with a character reference's ";" is a headline (transforms/headline_endings.py): 91 agnews-dev items whose
title ends "#39;" or "&lt;/b&gt;" have their title, their first line a `title` paragraph, no longer a body one. A first
line that ends with a headline's abbreviation, a month's ("Auto sales surged in Sept.") or one in headline capitals
("UN Signs Pact with New World Court Opposed by U.S."), is a headline (transforms/headline_abbreviations.py): 6
agnews-dev items have their title, their first line a `title` paragraph. A first line that ends in three full stops
is a headline too (transforms/headline_endings.py): bbc-dev's tech/301.txt and 3 agnews-dev items have their title; and
two dashes without an agency end a text's dateline (transforms/formats/txt_dates.py): agnews-dev's world/2855.txt is
dated 2004-09-30. A wire's byline opening a text's first paragraph names its authors and is no part of it
(transforms/formats/txt_wire_bylines.py): 15 agnews-dev items ("By LAURAN NEERGAARD    WASHINGTON (AP) -- ...", "By Lee
Bowman. The ability ...") have their writers as authors, their paragraph opening with its dateline or its story. A
byline after a text's last sentence names its authors and is no part of it (transforms/formats/txt_tails.py): 12
agnews-dev items, Wired's summaries ("... monitoring activists. By Ryan Singel."), have their writers as authors and
their last paragraph ends with its sentence; no other row moved.

A first paragraph that opens with its day and a dash ("Sept. 30, 2004 -- Long-term use of ...", "17 November 2004 --
Afghanistan's ...") or with a place, its agency in brackets, a dash and the day ("Reykjavik (AFP) - Nov 5, 2026 - ")
dates its text (transforms/formats/lead_datelines.py): 4 agnews-dev items (business/2971, scitech/5093, scitech/6531,
world/5909) are dated by their lead's day, their paragraphs unchanged. A text file of one short line that ends as no
sentence does is a headline with no body (transforms/formats/txt.py, `one_line_headline`): the nasty input's
one_line.txt has its line as its title; no other row moved.

A wire's flag in capitals before a text's headline and a colon ("UPDATE: China Mobile 1H Net Up ...", "LIVE: prime
minister #39;s questions") is no part of its title, the flag kept as the article's `rubric` (transforms/formats/
title_rubrics.py): 5 agnews-dev items (business/0165, 0895, 4629, 7377 from Dow Jones; world/4171) have the headline
alone as their title, their paragraphs unchanged; no other row moved.

Reuters' flag joined to a text's headline by a bare dash ("UPDATE 2-Ottawa sets Petro-Canada price at C$64.50",
"FACTBOX-US Fed policymakers' recent comments") is no part of its title either, kept as its `rubric`
(transforms/formats/title_rubrics.py): 17 agnews-dev items (16 "UPDATE n-", 1 "FACTBOX-") have the headline alone as
their title where they had none, their paragraphs unchanged; no other row moved.
The agency a wire's dateline names in brackets ("ATHENS (Reuters) - ", "MOSCOW, October 28 (Itar-Tass) - ") is a
text's site where it has none (transforms/formats/wire_datelines.py, `wire_agency`): 71 agnews-dev items have it as
their site (18 CBS.MW, 15 AFP, 8 AP, 3 Reuters, ...; "Masnet & News Agencies" with its lost ampersand restored), one
wrongly ("LA CORUNA, November 3 (Champions League) -" names a competition); their paragraphs unchanged.

A competition's name in a dateline's brackets is no agency's (transforms/formats/wire_datelines.py, `_is_agency`: its
last word a competition's kind, or a digit or comma in it): agnews-dev's sports/5057 ("LA CORUNA, November 3
(Champions League) -") has no site, the 70 others keep theirs; no other row moved. An agency that signs in lower case,
a few letters ("TAIPEI (dpa) -"), is one too: agnews-dev's world/2743 has dpa as its site; no other row moved.

An agency known by its name alone opening a story before a dash, no place and no brackets ("Reuters - Stocks rose
...", "AP - ...", "AFP - ..."), is the text's site where it has none (transforms/formats/wire_datelines.py,
`_lead_agency`): 442 agnews-dev items (244 AP, 118 Reuters, 80 AFP), each read, have it as their site, their
paragraphs unchanged; "Canadian Press - ", "NewsFactor - ", "SPACE.com - " and places ("NEW YORK - ") gain none; no
other row moved.
A site's name opening a story before a dash is the text's site where it has none: a web host's ("SPACE.com - ",
"washingtonpost.com - "), or the name its headline credits in brackets at its end as well ("NewsFactor - " under
"... (NewsFactor)"; transforms/formats/lead_sites.py), and the Canadian Press an agency known by its name: 70 agnews-dev
items, each read, have it as their site (14 Canadian Press, 11 NewsFactor, 8 SPACE.com, 6 USATODAY.com, 6
washingtonpost.com, ...), their paragraphs unchanged; places ("NEW YORK - ", "Athens - ") and a speaker ("Rijkaard - ")
gain none; no other row moved.

An outlet's name, its own word ending it, opening a text's story before a dash is its site ("CBC SPORTS ONLINE - The
Cleveland Cavaliers activated ...", transforms/formats/lead_sites.py): agnews-dev's sports/3601 and sports/7289 have
it as their site, their paragraphs unchanged; no other row moved.

A wire's dateline naming its place's state, province or country and no day ("BRUNSWICK, Maine (AP) --", "RAFAH, Gaza
Strip (AFP) -") names its agency as well (transforms/formats/wire_datelines.py, `_REGION`): 15 agnews-dev items, each
read, have it as their site (5 AP, 3 AFP, 2 Sports Network, 2 Ticker, Reuters, CP, CNS), their paragraphs unchanged;
no other row moved.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import DATA, shared_path
from transforms.pipeline import ArticleFile, build_batch
from transforms.taxonomy import parse_taxonomy

ARTICLE_COLUMNS = (
    "article_id content_hash title encoding n_paragraphs n_words n_chars size_bytes published_at url "
    "site authors format record metadata"
).split()
PARAGRAPH_COLUMNS = "paragraph_id article_id content_hash ordinal role char_start char_end word_count text".split()
TAXONOMY = '[taxonomy]\nname = "t"\nsemantic = false\n[[themes]]\nid = "war"\nname = "war"\nterms = ["troops"]\n'

# Line ends, BOMs, legacy and UTF-16 encodings, blank lines of spaces and tabs, Unicode spaces,
# summary and link-line layouts, front matter (good and not YAML), one line, empty, binary, and
# records files with good, bad and empty records.
NASTY = {
    "crlf.txt": b"Headline here\r\n\r\nFirst para.\r\n\r\n\r\nSecond para.\r\n",
    "bom.txt": b"\xef\xbb\xbfHeadline\n\nBody text with \xc3\xa9 accents.\n",
    "latin1.txt": "Caf\xe9 prices rise\n\nThe caf\xe9 charges \xa35 for tea.\n".encode("cp1252"),
    "spaces.txt": b"  Indented headline  \n \t \n\t Body after a blank line of spaces and tabs.\t\n\n\n\n   \nLast.   ",
    "unicode_ws.txt": (
        "Title\u00a0with nbsp\n\nWords\u2003em\u2003spaced and\u3000ideographic space.\n\n\u2028\n\nTail".encode()
    ),
    "summary.txt": b"Summary one.\n\nSummary two.\n\nRead the original article here\n\nBody one.\n\nBody two.\n",
    "links.txt": b"Headline\n\nBody.\n\nRead more\n\nClick here for more\n",
    "front.md": b"---\ntitle: Rain at last\ndate: 2022-09-23\nauthor: A. Writer\nextra: kept\n---\n# Rain at last\n\n"
                b"Farmers cheered.\n",
    "rule.md": b"---\nnot yaml: [\n---\nText after a rule.\n",
    "one_line.txt": b"Just one line without a newline",
    "utf16.txt": "Headline\n\nUTF-16 text, with a BOM.\n".encode("utf-16"),
    "tabs_only.txt": b"\t\t\n\t\n",
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02binary",
    "feed.jsonl": b'{"id": "1", "title": "A", "text": "Body A.\\n\\nMore A."}\nnot json\n'
                  b'{"id": "2", "title": "B", "text": ""}\n'
                  b'{"url": "https://x.example/c", "headline": "C", "body": "Body C.", "date": "Sep 23, 2022"}\n',
    "rows.csv": (
        b"title,text,published_at\nT1,\"Body one.\n\nTwo.\",2022-09-23T10:00:00+02:00\nT2,Body two,1663900000\nbad\n"
    ),
}


def rows_digest(files: list[tuple[str, bytes]]) -> tuple[str, int, int]:
    """Return (digest, articles, paragraphs) of the rows build_batch makes of named files (under /in/)."""
    items = [ArticleFile(f"/in/{name}", data, "/in", name) for name, data in files]
    rows = build_batch(items, parse_taxonomy(TAXONOMY), "run", datetime(2026, 1, 1, tzinfo=UTC), enrichments=False)
    digest = hashlib.sha256()
    for table, columns in (("articles", ARTICLE_COLUMNS), ("paragraphs", PARAGRAPH_COLUMNS)):
        data = getattr(rows, table)
        for i in range(len(data["article_id"])):
            digest.update(json.dumps([table] + [data[c][i] for c in columns], default=str, sort_keys=True).encode())
    for q in sorted(rows.quarantined, key=lambda q: (q.source, q.record or 0)):
        digest.update(json.dumps([q.source, q.reason, q.record]).encode())
    return digest.hexdigest()[:16], len(rows.articles["article_id"]), len(rows.paragraphs["article_id"])


def corpus(folder: Path) -> list[tuple[str, bytes]]:
    return [(str(p.relative_to(folder)), p.read_bytes()) for p in sorted(folder.rglob("*.txt"))]


def test_nasty_input_gives_the_rows_it_gave() -> None:
    assert rows_digest(sorted(NASTY.items())) == ("1b29a6773ec12f42", 15, 39)


def test_mixed_formats_give_the_rows_they_gave() -> None:
    mixed = DATA / "formats" / "mixed"
    files = sorted((p.name, p.read_bytes()) for p in mixed.iterdir() if p.name != "scan.pdf")
    assert rows_digest(files) == ("6bbb690b587cf1cc", 9, 21)


@pytest.mark.parametrize(("name", "expected"), [
    ("bbc-dev", ("c755d485f395e529", 1114, 6413)),
    ("agnews-dev", ("ee387e0056bb2f85", 3800, 7600)),
])
@pytest.mark.slow
def test_dev_corpora_give_the_rows_they_gave(name: str, expected: tuple[str, int, int]) -> None:
    assert rows_digest(corpus(shared_path("corpora", name))) == expected
