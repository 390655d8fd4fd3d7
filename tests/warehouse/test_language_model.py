"""py3langid's model: unpacked once into the cache folder, memory-mapped after, the same languages."""

from __future__ import annotations

import pytest

from transforms import language
from warehouse import language_model
from warehouse.cache_folder import CACHE_ENV
from warehouse.language_model import model_arrays

TEXTS = [
    "Les agriculteurs de tout le pays disent que la canicule a réduit leur récolte de blé",
    "Die Truppen zogen an die Grenze, während der Krieg in die dritte Woche ging",
    "Het is de eerste keer dat de regering in Den Haag een plan voor de grens in het noorden heeft gemaakt",
    "Captains lining up for Aid match: L Dallaglio (England), B Cohen (England), A Rougerie (France)",
]


def guesses() -> list[tuple[str, float]]:
    return [language._identifier().classify(text) for text in TEXTS]


@pytest.fixture
def reset_model():
    before = language._model_arrays
    yield
    language.use_model(before)  # as the other tests found it


@pytest.mark.slow
def test_cached_model_gives_the_packaged_models_guesses_and_is_not_unpacked_twice(
    tmp_path, monkeypatch, reset_model
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    language.use_model(None)
    packaged = guesses()
    language.use_model(model_arrays)
    assert guesses() == packaged  # first use: unpacked into the cache
    (folder,) = (tmp_path / "cache").iterdir()
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{a}.npy" for a in language_model.ARRAYS)

    def no_unpacking(packed):
        raise AssertionError("unpacked again")

    monkeypatch.setattr(language_model, "unpack", no_unpacking)
    language.use_model(model_arrays)
    assert guesses() == packaged  # memory-mapped from the cache
    assert [language.detect_language(text) for text in TEXTS[:3]] == ["fr", "de", "nl"]


@pytest.mark.slow
def test_damaged_or_unwritable_cache_still_detects_languages(tmp_path, monkeypatch, reset_model) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    language.use_model(model_arrays)
    expected = guesses()
    (folder,) = (tmp_path / "cache").iterdir()
    (folder / "ptc.npy").write_bytes(b"\x93NUMPY broken")
    language.use_model(model_arrays)
    assert guesses() == expected  # unpacked again, the cache made anew
    assert len((folder / "ptc.npy").read_bytes()) > 1_000_000

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))  # cannot be made
    language.use_model(model_arrays)
    assert guesses() == expected  # the arrays in memory


@pytest.mark.slow
def test_no_home_folder_still_detects_languages(monkeypatch, reset_model) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(language_model.Path, "home", staticmethod(no_home))
    language.use_model(model_arrays)
    assert language.detect_language(TEXTS[0]) == "fr"
