"""Claims: direct and partial quotes and reported speech, with their speakers."""
from __future__ import annotations

from kb.extract.entities import EntityIndex
from kb.extract.records import Claim
from kb.extract.text import Prepared


def find_claims(prep: Prepared, idx: EntityIndex) -> list[Claim]:
    return []
