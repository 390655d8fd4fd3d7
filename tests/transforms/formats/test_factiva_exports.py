"""Factiva's exports (HD, LP, TD, SN, BY, PD) as JSON records and as CSV: the article read by its codes."""

from __future__ import annotations

import json

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles

RECORD = {"AN": "Document FTCOM00020260302", "HD": "Copper hits record",
          "LP": "Copper prices hit a record high on Monday as supply fears mounted.",
          "TD": "Traders said stocks in London warehouses were at a ten-year low.\n\nAnalysts expect more gains.",
          "SN": "Financial Times", "BY": "By Neil Hume", "PD": "2 March 2026"}
CSV = (b'HD,LP,TD,SN,BY,PD\n"Copper hits record","Copper prices hit a record high on Monday as supply fears mounted.",'
       b'"Traders said stocks in London warehouses were at a ten-year low.",Financial Times,By Neil Hume,2026-03-02\n')


@pytest.mark.parametrize(("data", "format"), [(json.dumps([RECORD]).encode(), "json"), (CSV, "csv")])
def test_a_factiva_export_is_read_by_its_codes_with_the_lead_before_the_text(data: bytes, format: str) -> None:
    [article] = read_articles(data, format, ReadOptions()).articles
    assert (article.title, article.site, article.authors) == ("Copper hits record", "Financial Times", ("Neil Hume",))
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-03-02"
    lead, rest = article.text.index("Copper prices hit"), article.text.index("Traders said")
    assert lead < rest


def test_a_factiva_record_of_its_text_alone_is_read_without_a_lead() -> None:
    record = {"HD": "Copper hits record", "TD": "Traders said stocks were at a ten-year low.", "LP": None}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert "Traders said stocks" in article.text


def test_lower_case_codes_are_no_factiva_export() -> None:
    # `hd` and `td` in lower case are some other file's columns: still no known text field
    with pytest.raises(FormatError, match="no field holds the article text"):
        read_articles(b"hd,td\nA,B\n", "csv", ReadOptions())
