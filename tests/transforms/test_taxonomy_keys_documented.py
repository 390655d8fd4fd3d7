"""Each key a taxonomy's term may have is written up where a user writing a taxonomy looks: docs/labels.md's "Your own
taxonomy in a few words" and "Bad taxonomy files", and the README's theme labels section (`name` was in neither
section, nor in the README, when it was added)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.taxonomy import TERM_KEYS, THEME_KEYS

ROOT = Path(__file__).resolve().parents[2]
FLAGS = sorted(TERM_KEYS - {"term", "weight"})  # the keys that are true or false
THEME_FLAGS = sorted(key for key in THEME_KEYS if key.startswith("outranks_"))  # a theme's keys that are true or false


def section(text: str, heading: str) -> str:
    """Return the text of a Markdown section, from its heading to the next of its level."""
    start = text.index(heading)
    level = heading.split(" ", 1)[0]
    end = text.find(f"\n{level} ", start + len(heading))
    return text[start:end if end >= 0 else len(text)]


def test_the_flags_are_the_ones_documented_here() -> None:
    assert FLAGS == ["name", "noun", "role", "verb"]


@pytest.mark.parametrize("flag", FLAGS)
def test_a_term_flag_is_in_the_readme_and_in_the_bad_files_list(flag: str) -> None:
    labels = (ROOT / "docs" / "labels.md").read_text("utf-8")
    readme = section((ROOT / "README.md").read_text("utf-8"), "## Theme labels")
    assert f"`{flag} = true`" in readme
    assert f"`{flag}`" in section(labels, "## Bad taxonomy files")


@pytest.mark.parametrize("flag", ["name", "role"])
def test_a_name_or_role_term_is_in_your_own_taxonomy(flag: str) -> None:
    labels = (ROOT / "docs" / "labels.md").read_text("utf-8")
    assert f"`{flag} = true`" in section(labels, "## Your own taxonomy in a few words")


@pytest.mark.parametrize("flag", THEME_FLAGS)
def test_a_theme_flag_is_in_your_own_taxonomy_and_in_the_bad_files_list(flag: str) -> None:
    labels = (ROOT / "docs" / "labels.md").read_text("utf-8")
    assert f"`{flag} = true`" in section(labels, "## Your own taxonomy in a few words")
    assert f"`{flag}`" in section(labels, "## Bad taxonomy files")
