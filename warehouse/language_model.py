"""py3langid's language model, unpacked once per machine into a cache folder and memory-mapped.

The model ships inside py3langid's wheel as an xz-compressed .npz (4.6 MB; 68 MB unpacked).
Unpacking it costs every process that detects a language about 0.7 CPU s and keeps 68 MB in its
memory: each batch worker of every run paid both. Unpacked once into the cache folder as plain .npy
files and memory-mapped, the model opens in milliseconds, and its pages are the page cache's, shared
by every worker, read only where a text's features lead.

The cache holds a copy of the wheel's data and nothing else, in a folder named after py3langid's
version and the packed model's size; a missing or unreadable copy is made again. The folder is
`THEMELAKE_CACHE`, else `$XDG_CACHE_HOME/themelake`, else `~/.cache/themelake`. Where it cannot be
written, the model is unpacked in memory, as py3langid itself does.
"""

from __future__ import annotations

import lzma
import os
import shutil
import tempfile
import time
import uuid
from importlib.metadata import version
from pathlib import Path

import numpy as np

from warehouse.cache_folder import cache_folder

# The arrays of py3langid's model file (py3langid.modelio.load_model reads the same names).
ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
# A copy being written for longer than this was left by a killed process: removed by the next writer.
STALE_S = 600


def packed_model() -> Path:
    """Return the model file inside the installed py3langid package."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE


def model_arrays() -> dict[str, np.ndarray]:
    """Return the model's arrays: memory-mapped from the cache, unpacked into it on first use."""
    packed = packed_model()
    try:
        folder = cache_folder() / f"py3langid-{version('py3langid')}-{packed.stat().st_size}"
    except RuntimeError:  # no home folder to find a cache in
        return unpack(packed)
    try:
        return mapped(folder)
    except FileNotFoundError:
        pass  # not made yet (or made by another process a moment ago: `write` keeps the first)
    except Exception:  # noqa: BLE001 - damaged (an empty file after a crash, a bad header): made anew
        shutil.rmtree(folder, ignore_errors=True)
    arrays = unpack(packed)
    try:
        write(folder, arrays)
        return mapped(folder)
    except Exception:  # noqa: BLE001 - no cache to be had here: the arrays in memory will do
        return arrays


def mapped(folder: Path) -> dict[str, np.ndarray]:
    """Return the arrays of an unpacked model, memory-mapped read-only; raise OSError when one is missing."""
    return {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in ARRAYS}


def unpack(packed: Path) -> dict[str, np.ndarray]:
    """Return the arrays of the packed model, in memory (decompressed once into a temporary file: the
    .npz reader seeks, and each seek back in an xz stream would decompress it from the start again)."""
    with tempfile.TemporaryFile() as plain:
        with lzma.open(packed) as source:
            shutil.copyfileobj(source, plain, length=1 << 20)
        plain.seek(0)
        with np.load(plain, allow_pickle=False) as data:
            return {name: data[name] for name in ARRAYS}


def write(folder: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write the arrays into `folder` whole or not at all (several workers may race: the first wins)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    for stale in folder.parent.glob(f".{folder.name}.*.tmp"):  # a killed process's half-written copy
        try:
            if time.time() - stale.stat().st_mtime > STALE_S:
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass  # removed by another process meanwhile
    tmp = folder.with_name(f".{folder.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        tmp.mkdir()
        for name, array in arrays.items():
            with open(tmp / f"{name}.npy", "wb") as handle:
                np.save(handle, array, allow_pickle=False)
                handle.flush()
                os.fsync(handle.fileno())  # whole files before the folder gets its name
        try:
            tmp.rename(folder)
        except OSError:
            if not folder.is_dir():  # not another process's copy: a real failure
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
