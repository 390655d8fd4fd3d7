"""The model: WordLlama's token embeddings and tokenizer, read from the installed package.

The representation is WordLlama's `l2_supercat_256` static token embeddings, whose weights and
tokenizer ship inside the `wordllama` wheel: they are read from the installed package with
safetensors and tokenizers, once per process, and nothing is ever fetched from a network.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

MODEL_FILES = ("weights/l2_supercat_256.safetensors", "tokenizers/l2_supercat_tokenizer_config.json")


@dataclass(frozen=True)
class Embeddings:
    """A tokenizer and its token vectors (one row per token id)."""

    tokenizer: object  # tokenizers.Tokenizer
    vectors: np.ndarray  # read-only, as stored (float16 memory map)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])


@lru_cache(maxsize=1)
def load_embeddings() -> Embeddings:
    """Return this process's embeddings, read from the installed wordllama package (no network).

    The token vectors are memory-mapped read-only from the wheel's safetensors file, as stored
    (float16), so every worker process of a machine shares the same 16 MB of pages; a row is turned
    into float32 (exactly) when a word is embedded.
    """
    from tokenizers import Tokenizer

    weights, tokenizer_file = (os.path.join(model_folder(), name) for name in MODEL_FILES)
    vectors = mapped_tensor(weights, "embedding.weight")
    tokenizer = Tokenizer.from_file(tokenizer_file)
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Embeddings(tokenizer, vectors)


def model_folder() -> str:
    """Return the installed wordllama package's folder, without importing the package (its own
    modules, which themelake does not use, would cost each worker some 20 MB)."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the wordllama package is not installed: pip install wordllama")
    return list(spec.submodule_search_locations)[0]


_SAFETENSORS_DTYPES = {"F16": np.float16, "F32": np.float32}


def mapped_tensor(path: str, name: str) -> np.ndarray:
    """Return a tensor of a safetensors file as a read-only memory map (the format: an 8-byte
    little-endian header length, a JSON header of dtype, shape and data offsets, then the data)."""
    import json

    with open(path, "rb") as handle:
        size = int.from_bytes(handle.read(8), "little")
        header = json.loads(handle.read(size))
    entry = header[name]
    begin, _ = entry["data_offsets"]
    return np.memmap(path, dtype=_SAFETENSORS_DTYPES[entry["dtype"]], mode="r", offset=8 + size + begin,
                     shape=tuple(entry["shape"]))
