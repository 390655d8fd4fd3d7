"""The format readers are imported as a run meets their formats: a batch worker reading text files does not
import the HTML, feed, e-mail or Markdown readers, nor their parsers (nor PyYAML, for a text without front matter)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from transforms.formats import READERS, SUFFIXES, ReadOptions, read_articles

_OTHER_READERS = ("transforms.formats.html", "transforms.formats.feed", "transforms.formats.eml",
                  "transforms.formats.markdown", "yaml", "lxml")


@pytest.mark.slow
def test_reading_a_text_file_imports_no_other_formats_reader():
    code = (
        "import json, sys\n"
        "from transforms.formats import read_articles\n"
        "articles = read_articles(b'Markets rise\\n\\nShares rose on Monday.\\n', 'txt').articles\n"
        f"print(json.dumps([len(articles), [m for m in {list(_OTHER_READERS)!r} if m in sys.modules]]))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (os.getcwd(), os.environ.get("PYTHONPATH")) if p)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert json.loads(out) == [1, []]


def test_every_format_has_its_reader():
    assert set(READERS) == set(SUFFIXES.values())
    assert READERS["html"].__module__ == "transforms.formats.html"
    assert READERS.get("pdf") is None
    html = read_articles(b"<html><head><title>Talks resume</title></head><body><p>Ministers met.</p></body></html>",
                         "html", ReadOptions())
    assert html.articles and "Ministers met." in html.articles[0].text


def test_a_formats_reader_is_imported_once_then_kept(monkeypatch):
    import transforms.formats as formats

    calls = []
    real = formats.import_module
    monkeypatch.setattr(formats, "import_module", lambda name: calls.append(name) or real(name))
    readers = formats._Readers()  # a fresh one: nothing loaded yet
    first = readers["csv"]
    assert [readers.get("csv") for _ in range(3)] == [first] * 3
    assert readers.get("pdf") is None
    assert calls == ["transforms.formats.csv_rows"]
    assert first is READERS["csv"]
