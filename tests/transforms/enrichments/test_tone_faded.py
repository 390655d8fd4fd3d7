"""Good things that faded: a hope or a chance the subject of a verb of waning is gone, bad news; and the same verbs
where nothing good waned."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Hopes of a breakthrough faded.",
    "Hopes of a ceasefire faded as fighting resumed.",
    "Hopes for a recovery dimmed.",
    "Optimism among investors evaporated after the warning.",
])
def test_a_good_thing_that_faded_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Hopes of a breakthrough have not faded.",  # a negation: the hope is still there
    "Fans are hopeful the team can win, and the storm faded overnight.",  # another clause's good words
    "The stage lights were dimmed as the winners were announced.",  # a passive: nothing waned
])
def test_a_good_thing_that_did_not_fade_keeps_its_tone(text: str) -> None:
    assert tones(text)[0] > 0


def test_a_worry_that_faded_still_reads_good() -> None:
    assert tones("Fears of a recession faded.")[0] > 0
