"""A glued "nm" is a chip's nanometres or, at sea, nautical miles (`amount_nautical`); "nautical miles" spelt out is
`nmi` too."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def units(text: str) -> list[tuple[float, str | None]]:
    """Return (value, unit) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["value"], rows["unit"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tanker was seized 12nm off the coast.", [(12, "nmi")]),  # was no amount
        ("The yacht sank about 2nm from the harbour.", [(2, "nmi")]),
        ("The ferry was stopped 20 nautical miles off Lampedusa.", [(20, "nmi")]),  # was 20 counting "miles"
        ("TSMC will make 2nm chips in Arizona.", [(2, "nm")]),
        # a chip's word near wins over a sea's: Taiwan is "the island" (3nm was nautical miles)
        ("TSMC, the island's biggest firm, makes 3nm and 5nm chips.", [(3, "nm"), (5, "nm")]),
        ("Light at 450nm glows.", []),  # neither a chip nor the sea: no amount, as before
    ],
)
def test_nm_at_sea_is_nautical_miles(text: str, expected: list) -> None:
    assert units(text) == expected
