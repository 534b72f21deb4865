"""Claim extraction against PolNeAR gold, in process (no store): the scorer's own ``score_claims`` over
the development set or a random sample of polnear-train.

    .venv/bin/python benchmarks/claims_eval.py dev          # the 84 polnear-dev articles
    .venv/bin/python benchmarks/claims_eval.py train 1      # 150 random polnear-train articles, seed 1
    .venv/bin/python benchmarks/claims_eval.py sample       # the sample article
    ... -v                                                  # misses and false positives per article
    ... --no-learned                                        # the rules alone (no CRF step)
    ... --model PATH                                        # another attribution model
    ... --list                                              # print the set's gold-file names, score nothing

The shipped attribution model (:mod:`kb.extract.learned`) is trained on all of polnear-train, so
``train SEED`` figures flatter its step.  A held-out check trains a model without the sample:

    .venv/bin/python benchmarks/claims_eval.py train 7 --list > /tmp/held.txt
    .venv/bin/python -m kb.extract.train_attribution ../shared/eval/polnear-train --exclude /tmp/held.txt \
        --out /tmp/held.crfsuite
    .venv/bin/python benchmarks/claims_eval.py train 7 --model /tmp/held.crfsuite

Reads ``../shared/eval`` (not copied into the repository).  ``score.py --kb`` stays the reference: this
gives the same figures for the claims without ingesting into a store, fast enough to run on every change.
"""
from __future__ import annotations

import collections
import glob
import json
import os
import random
import sys
import time

EVAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval")
sys.path.insert(0, EVAL)

import score  # noqa: E402  (the shared scorer)

from kb.extract import extract  # noqa: E402


def rows_of(x) -> list[dict[str, str]]:
    """The rows ``kb query claims`` gives for one article's extraction."""
    return [{"speaker": x.entity(c.speaker).name if c.speaker else "",
             "speaker_mention": c.speaker_mention.text if c.speaker_mention else "",
             "quote": c.text, "cue": c.cue.text if c.cue else "", "kind": c.kind} for c in x.claims]


def run(files: list[str], verbose: bool = False) -> None:
    tot: collections.Counter = collections.Counter()
    kinds: dict[str, list[int]] = {}
    t0 = time.perf_counter()
    for gp in files:
        gold = json.load(open(gp, encoding="utf-8"))
        with open(os.path.join(os.path.dirname(gp), gold["article"]), encoding="utf-8") as f:
            c = score.score_claims(gold["claims"], rows_of(extract(f.read())))
        for k in ("gold", "extracted", "span_tp", "attr_tp", "span_found", "attr_found"):
            tot[k] += c[k]
        for kind, (found, n) in c["by_kind"].items():
            fk = kinds.setdefault(kind, [0, 0])
            fk[0] += found
            fk[1] += n
        if verbose:
            print("==", os.path.basename(gp), c["attr_found"], "/", c["gold"], "extracted", c["extracted"])
            for m in c["misses"]:
                print("   MISS", m)
            for m in c["false_positives"]:
                print("   FP  ", m)
    dt = time.perf_counter() - t0
    ap, ar, af = score.prf(tot["attr_tp"], tot["extracted"], tot["attr_found"], tot["gold"])
    print(f"{len(files)} articles in {dt:.1f} s | attributed claims P {ap:.3f} R {ar:.3f} F1 {af:.3f}")
    print("recall by kind:", " | ".join(f"{k} {f}/{n}" for k, (f, n) in sorted(kinds.items())))


def main(argv: list[str]) -> int:
    which = argv[0] if argv else "dev"
    if which == "sample":
        files = sorted(glob.glob(os.path.join(EVAL, "dev", "*.gold.json")))
    elif which == "dev":
        files = sorted(glob.glob(os.path.join(EVAL, "polnear-dev", "*.gold.json")))
    elif which == "train":
        files = sorted(glob.glob(os.path.join(EVAL, "polnear-train", "*.gold.json")))
        seed = int(argv[1]) if len(argv) > 1 and argv[1].isdigit() else 0
        random.Random(seed).shuffle(files)
        files = files[:150]
    else:
        print(f"claims_eval: unknown set {which!r}: use dev, train SEED or sample", file=sys.stderr)
        return 2
    if not files:
        print(f"claims_eval: no gold files under {EVAL}", file=sys.stderr)
        return 1
    if "--list" in argv:
        print("\n".join(os.path.basename(f) for f in files))
        return 0
    if "--no-learned" in argv:
        import kb.extract.claims as claims_module
        claims_module.find_learned = lambda *a: []
    if "--model" in argv:
        import pycrfsuite

        import kb.extract.learned as learned
        tagger = pycrfsuite.Tagger()
        tagger.open(argv[argv.index("--model") + 1])
        learned.tagger = lambda: tagger
    run(files, "-v" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
