"""Where kb finds the files it ships: the SHACL shapes and the saved queries.

In a source checkout (and an editable install) they are the top-level ``shapes/`` and
``queries/`` folders; a wheel carries them inside the package as ``kb/shapes`` and ``kb/queries``.
"""
from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    for candidate in (_PKG / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kb's {name}/ folder is missing from the installation; reinstall kb")
