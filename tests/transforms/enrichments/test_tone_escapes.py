"""What an escape escaped: an adjective and its noun ("escaped serious injury"), the event ("in the crash")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "All four escaped injury in the crash.", "The driver escaped serious injury when his car hit a tree.",
    "The crew escaped serious injury in a fire on board.",
])
def test_an_escape_from_an_injury_and_its_event_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


def test_the_event_escaped_has_no_tone_of_its_own_and_adds_none() -> None:
    in_crash, alone = tones("All four escaped injury in the crash.", "All four escaped injury in the end.")
    assert in_crash == alone


@pytest.mark.parametrize("text", [
    "He escaped a roadside bombing.",  # the bombing happened: only the word right after "escape" is escaped
    "Two people were hurt in the crash.",
])
def test_an_event_that_is_no_escapes_keeps_its_tone(text: str) -> None:
    assert tones(text)[0] < 0
