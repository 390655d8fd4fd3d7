"""The quarantine detail of a file themelake does not read names its type, a compressed one's too."""

from __future__ import annotations

import pytest

from transforms.formats import format_of, unsupported_detail


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("scan.pdf", "a 'pdf' file"),
        ("photo.JPG", "a 'jpg' file"),
        ("sub/doc.pdf.gz", "a 'pdf' file (gzip-compressed)"),  # was "a 'gz' file"
        ("backup.tar.GZ", "a 'tar' file (gzip-compressed)"),
        ("notes", "a file without an extension"),
        ("notes.gz", "a file without an extension (gzip-compressed)"),
        ("v1.2/notes", "a file without an extension"),  # a dot in a folder's name is not the file's
    ],
)
def test_the_detail_names_the_type_under_the_gzip(name: str, kind: str) -> None:
    assert format_of(name) is None
    detail = unsupported_detail(name)
    assert detail.startswith(f"{kind}: themelake reads .atom, .csv, ")
    assert detail.endswith(".newsml, .nitf, .rss, .tsv, .txt, .xhtml, .xml (each also .gz)")
