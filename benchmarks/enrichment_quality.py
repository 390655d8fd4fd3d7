"""Precision and recall of places and amounts against the hand annotation of 50 bbc-dev articles.

    .venv/bin/python benchmarks/enrichment_quality.py [../shared/corpora/bbc-dev] [--json] [--errors]

The annotation (tests/data/bbc_enrichments_gold.jsonl, rules in tests/data/README.md) lists, per
article, the places it names with their country codes and the amounts it reports with their values.
Places are scored at country level: the set of (article, country code) pairs. Amounts are scored
by value within each article: a found amount is right when an annotated amount of the same value
(to 0.1 %) is still unmatched; `object_accuracy` is the share of matched amounts whose object is
the annotated one (both null counts as right). Also prints the mean tone of each category of the
corpus (all its articles) and of the annotated articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from transforms.enrichments import ParagraphBatch, enrich  # noqa: E402
from transforms.paragraphs import split_paragraphs  # noqa: E402
from transforms.pipeline import LABELLED_ROLES  # noqa: E402
from transforms.text import decode_article  # noqa: E402

GOLD = REPO / "tests" / "data" / "bbc_enrichments_gold.jsonl"
CORPUS = REPO.parent / "shared" / "corpora" / "bbc-dev"


@dataclass
class Score:
    """Precision and recall counts."""

    found: int = 0
    expected: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0


def enrich_files(corpus: Path, names: list[str]) -> dict[str, dict]:
    """Return the enrichment rows of each article file, as the pipeline makes them (one batch)."""
    texts, pids, aids = [], [], []
    for name in names:
        text = decode_article((corpus / name).read_bytes()).text
        for n, par in enumerate(split_paragraphs(text)):
            if par.role in LABELLED_ROLES:
                texts.append(par.text)
                pids.append(f"{name}#{n}")
                aids.append(name)
    rows = enrich(ParagraphBatch(texts, pids, aids))
    out: dict[str, dict] = {name: {"places": [], "amounts": [], "tone": []} for name in names}
    places, amounts = rows["paragraph_places"], rows["paragraph_amounts"]
    for i, aid in enumerate(places["article_id"]):
        out[aid]["places"].append((places["text"][i], places["country_code"][i]))
    for i, aid in enumerate(amounts["article_id"]):
        out[aid]["amounts"].append((amounts["value"][i], amounts["object"][i], amounts["text"][i]))
    words = [len(t.split()) for t in texts]
    for aid, tone, n in zip(aids, rows["paragraphs"]["tone"], words, strict=True):
        out[aid]["tone"].append((tone, n))
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= max(1e-3 * abs(b), 1e-6)


def score(corpus: Path, gold_path: Path = GOLD) -> dict:
    """Return places (country level) and amounts precision/recall, and the errors, against the annotation."""
    gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line.strip()]
    found = enrich_files(corpus, [g["file"] for g in gold])
    places, amounts = Score(), Score()
    objects_right = 0
    errors: dict[str, list] = defaultdict(list)
    for g in gold:
        got = found[g["file"]]
        want_codes = {code for _, code in g["places"]}
        got_codes = {code for _, code in got["places"]}
        places.found += len(got_codes)
        places.expected += len(want_codes)
        places.right += len(want_codes & got_codes)
        for code in got_codes - want_codes:
            errors["place_false"].append((g["file"], code, [t for t, c in got["places"] if c == code]))
        for code in want_codes - got_codes:
            errors["place_missed"].append((g["file"], code, [t for t, c in g["places"] if c == code]))
        unmatched = list(g["amounts"])
        amounts.expected += len(unmatched)
        for value, obj, text in got["amounts"]:
            amounts.found += 1
            match = next((a for a in unmatched if _same(value, a[0])), None)
            if match is None:
                errors["amount_false"].append((g["file"], text, value))
                continue
            unmatched.remove(match)
            amounts.right += 1
            objects_right += (obj or None) == match[2]
        errors["amount_missed"] += [(g["file"], a) for a in unmatched]
    return {
        "articles": len(gold),
        "places_precision": round(places.precision, 3),
        "places_recall": round(places.recall, 3),
        "places": [places.found, places.expected, places.right],
        "amounts_precision": round(amounts.precision, 3),
        "amounts_recall": round(amounts.recall, 3),
        "amounts": [amounts.found, amounts.expected, amounts.right],
        "object_accuracy": round(objects_right / amounts.right, 3) if amounts.right else None,
        "errors": dict(errors),
    }


def category_tone(corpus: Path) -> dict[str, float]:
    """Return the mean article tone of each category folder of the corpus."""
    means = {}
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        names = [f"{folder.name}/{f.name}" for f in sorted(folder.glob("*.txt"))]
        rows = enrich_files(corpus, names)
        tones = []
        for article in rows.values():
            words = sum(n for _, n in article["tone"])
            if words:
                tones.append(sum(t * n for t, n in article["tone"]) / words)
        means[folder.name] = round(sum(tones) / len(tones), 3)
    return means


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPUS))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the false and missed places and amounts")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    result = score(corpus)
    result["category_tone"] = category_tone(corpus)
    if not args.errors:
        result.pop("errors")
    if args.json:
        print(json.dumps(result))
        return
    print(f"{result['articles']} annotated articles")
    print("| enrichment | precision | recall | found | annotated | right |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, key in (("places (country level)", "places"), ("amounts (value)", "amounts")):
        found, annotated, right = result[key]
        precision, recall = result[f"{key}_precision"], result[f"{key}_recall"]
        print(f"| {label} | {precision} | {recall} | {found} | {annotated} | {right} |")
    print(f"amount objects right: {result['object_accuracy']}")
    print("mean article tone per category:", result["category_tone"])
    for kind, items in result.get("errors", {}).items():
        print(f"\n{kind}:")
        for item in items:
            print("  ", item)


if __name__ == "__main__":
    main()
