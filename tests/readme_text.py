"""The README and the reference docs it links to (docs/*.md): where the tests find what the text says.

The README keeps a short summary of each long section and moves the detail into docs/; a figure a test
checks may stand in either, or in both (a summary repeats the key figures), so a test reads them all
and checks every place a figure is stated.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = ROOT / "docs"


def text_files() -> list[Path]:
    """Return the README and every reference doc, README first."""
    return [README, *sorted(DOCS.glob("*.md"))]


def readme_text() -> str:
    """Return the README's text followed by each reference doc's, a blank line between files."""
    return "\n\n".join(path.read_text("utf-8") for path in text_files())


def stated(pattern: str) -> list[tuple[str, ...]]:
    """Return the groups of every match of `pattern` in the README and the docs; fail when none matches."""
    found = [m.groups() for m in re.finditer(pattern, readme_text())]
    assert found, f"neither the README nor docs/ states {pattern!r}"
    return found
