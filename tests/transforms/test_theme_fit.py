"""Theme vectors fitted to labeled articles (transforms.theme_fit)."""

from __future__ import annotations

import numpy as np

from transforms.theme_fit import fit_theme_vectors, taught_themes


def _articles(rng: np.random.Generator) -> tuple[np.ndarray, list[list[int]]]:
    # Themes 0 and 1 are taught, each by 40 articles around its own direction; theme 2 by none.
    centres = np.array([[1.0, 0.2, 0.0, 0.0], [0.2, 1.0, 0.0, 0.0]])
    labels = [0] * 40 + [1] * 40
    features = centres[labels] + rng.normal(0.0, 0.3, (80, 4))
    return features, [[label] for label in labels]


def test_fitted_vectors_tell_the_taught_themes_apart() -> None:
    features, accepted = _articles(np.random.default_rng(7))
    seed = np.array([[1.0, 1.0, 0.0, 0.0], [1.0, 1.0, 0.1, 0.0], [0.0, 0.0, 1.0, 1.0]])
    vectors = fit_theme_vectors(seed, features, accepted, untaught_share=0.25)
    scores = features @ vectors.T
    right = np.mean(np.argmax(scores[:, :2], axis=1) == [a[0] for a in accepted])
    # The two seed vectors barely differ; the fitted ones separate the themes' articles.
    assert right >= 0.9
    seed_right = np.mean(np.argmax((features @ seed.T)[:, :2], axis=1) == [a[0] for a in accepted])
    assert right > seed_right


def test_an_untaught_theme_keeps_its_seed_direction_at_the_given_share_of_length() -> None:
    features, accepted = _articles(np.random.default_rng(7))
    seed = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
    vectors = fit_theme_vectors(seed, features, accepted, untaught_share=0.5).astype(np.float64)
    taught_length = np.linalg.norm(vectors[:2], axis=1).mean()
    np.testing.assert_allclose(np.linalg.norm(vectors[2]), 0.5 * taught_length, rtol=1e-5)
    # Its direction is its seed's, centred on the three unit seed vectors.
    unit = seed / np.linalg.norm(seed, axis=1, keepdims=True)
    expected = unit[2] - unit.mean(axis=0)
    cosine = vectors[2] @ expected / (np.linalg.norm(vectors[2]) * np.linalg.norm(expected))
    assert cosine > 0.9999


def test_the_same_articles_give_the_same_vectors() -> None:
    features, accepted = _articles(np.random.default_rng(3))
    seed = np.eye(3, 4)
    first = fit_theme_vectors(seed, features, accepted)
    again = fit_theme_vectors(seed, features.copy(), [list(a) for a in accepted])
    assert first.tobytes() == again.tobytes()


def test_an_article_of_several_accepted_themes_teaches_the_one_its_seed_is_closest_to() -> None:
    seed = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    articles = np.array([[0.0, 0.0, 1.0], [0.0, 0.9, 0.1], [0.0, 0.1, 0.9]])
    assert taught_themes(seed, articles, [[0], [1, 2], [1, 2]]).tolist() == [0, 1, 2]


def test_an_article_weighted_twice_counts_as_two_copies_of_it() -> None:
    # How --fit makes two corpora count alike: a weight is the same as repeating the article.
    features, accepted = _articles(np.random.default_rng(5))
    seed = np.eye(3, 4)
    doubled = fit_theme_vectors(seed, np.concatenate([features, features[:10]]), accepted + accepted[:10])
    weights = np.ones(len(features))
    weights[:10] = 2.0
    weighted = fit_theme_vectors(seed, features, accepted, sample_weight=weights)
    np.testing.assert_allclose(weighted, doubled, rtol=1e-4, atol=1e-6)
    assert not np.allclose(weighted, fit_theme_vectors(seed, features, accepted), rtol=1e-4, atol=1e-6)


def test_the_fit_runs_on_one_blas_thread_whatever_the_callers(monkeypatch) -> None:
    # its products are small: on a busy machine BLAS threads made each fit ten times slower
    from threadpoolctl import threadpool_info, threadpool_limits

    from transforms import theme_fit

    seen: list[int] = []
    fitted = theme_fit._fitted

    def watched(*args, **kwargs):
        seen.extend(pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas")
        return fitted(*args, **kwargs)

    monkeypatch.setattr(theme_fit, "_fitted", watched)
    features, accepted = _articles(np.random.default_rng(3))
    with threadpool_limits(limits=2, user_api="blas"):
        fit_theme_vectors(np.eye(3, 4), features, accepted)
    assert seen and set(seen) == {1}
