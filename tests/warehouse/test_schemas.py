from __future__ import annotations

from pathlib import Path

from warehouse.schemas import TABLES, tables_markdown

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_table_reference_matches_the_schemas() -> None:
    text = README.read_text("utf-8")
    between = text.split("<!-- tables:begin -->\n", 1)[1].split("<!-- tables:end -->", 1)[0]
    assert between.strip() == tables_markdown().strip(), "regenerate with: python -m warehouse.schemas"


def test_every_column_is_described() -> None:
    for name, schema in TABLES.items():
        for field in schema:
            assert (field.metadata or {}).get(b"doc"), f"{name}.{field.name} has no description"


def test_the_format_column_names_every_format_read() -> None:
    # It listed txt to csv and left out feed, the format of every RSS, Atom and RDF item.
    from transforms.formats import READERS

    doc = next(f for f in TABLES["articles"] if f.name == "format").metadata[b"doc"].decode()
    named = set(doc.replace(",", " ").split())
    assert set(READERS) <= named, f"articles.format's description lacks {sorted(set(READERS) - named)}"
