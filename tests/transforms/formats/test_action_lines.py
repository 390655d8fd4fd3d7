"""A newsletter's or a post's action lines (`is_action_line`): a row of actions is still read part by part, and a
short prose line, most of those tested, costs no separators' pattern (it was half of such a line's cost)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import transforms.formats.newsletter_lines as newsletter_lines
from transforms.formats.newsletter_lines import is_action_line

ROWS = ["Unsubscribe | Update your preferences", "Listen to this article · 4 min", "Share • Comment",
        "| View in browser |", "Like ∙ Share ∙ Comment"]
PROSE = ["Rates rose on Monday.", "The 4 min walk to the station | took an hour.", "Shares fell · again"]


@pytest.mark.parametrize("line", ROWS)
def test_a_row_of_actions_is_one(line: str) -> None:
    assert is_action_line(line)


@pytest.mark.parametrize("line", PROSE)
def test_a_prose_line_is_none_with_or_without_separators(line: str) -> None:
    assert not is_action_line(line)


class _CountingSplit:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def split(self, text: str) -> list[str]:
        self.calls += 1
        return self.pattern.split(text)


def test_a_line_without_separators_is_not_split(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingSplit(newsletter_lines._SEPARATORS)
    monkeypatch.setattr(newsletter_lines, "_SEPARATORS", counting)
    assert not is_action_line("Rates rose on Monday, the bank said.") and is_action_line("Subscribe now")
    assert counting.calls == 0
    assert is_action_line("Unsubscribe | Update your preferences") and counting.calls == 1


@given(st.text(alphabet=st.sampled_from("Share now|·•∙ -:Like4min\t"), max_size=40))
def test_the_shortcut_reads_a_line_as_splitting_it_always_does(line: str) -> None:
    stripped = line.strip().strip("|·•∙ ")
    parts = newsletter_lines._SEPARATORS.split(stripped)
    if len(parts) > 1:
        parts = [part for part in parts if not newsletter_lines._ROW_TIME.fullmatch(part)] or parts
    always = bool(line.strip()) and len(line.strip()) <= newsletter_lines._LINE_LENGTH and all(
        newsletter_lines._ACTION.fullmatch(part) for part in parts)
    assert is_action_line(line) == always
