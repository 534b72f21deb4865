"""Train the attribution model (``kb/resources/attribution.crfsuite``) that :mod:`kb.extract.learned` uses.

    .venv/bin/python -m kb.extract.train_attribution ../shared/eval/polnear-train

reads every ``NAME.gold.json`` / ``NAME.txt`` pair of a directory in the scorer's gold format (PolNeAR's
training split), finds the gold content, cue and source strings in the text (the gold gives strings,
not offsets: each content is looked up, and a content of two parts joined by a space is split at the
space that makes both parts occur; the cue and the source are the occurrences nearest the content),
labels the tokens of every sentence :func:`kb.extract.learned.sentence_items` tags with BIO labels
(shorter attributions painted over longer ones, so nested attributions keep their own labels) and trains
a linear-chain CRF (python-crfsuite, L-BFGS, the settings in ``PARAMS``; the same input gives the same
model).  Beside the model it writes ``attribution.json``: the training set's size and a digest of the
reporting-verb lexicon the features were computed with (a test checks that the lexicon has not changed
since: retrain after editing ``reporting_verbs.tsv``).

Options: ``--c1 X`` (the L1 penalty), ``--out PATH`` (default: the model in ``kb/resources``), ``--exclude FILE`` (gold-file names to
leave out, for held-out checks).  Refuses ``polnear-dev``: it is the held-out evaluation set.
"""
from __future__ import annotations

import argparse
import bisect
import glob
import hashlib
import json
import os
import re
import sys
import time
from importlib import resources

from kb.extract.entities import recognise
from kb.extract.learned import MODEL_NAME, mention_kinds, sentence_items, sentence_tokens
from kb.extract.quotes import find_quotes
from kb.extract.text import prepare

PARAMS = {"c1": 1.0, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True,
          "feature.minfreq": 2}
_WINDOW = 400  # how far from the content a cue or source is looked for (characters)


def lexicon_digest() -> str:
    """SHA-256 of the reporting-verb lexicon file, which the model's features depend on."""
    data = (resources.files("kb.resources") / "reporting_verbs.tsv").read_bytes()
    return hashlib.sha256(data).hexdigest()


def _occurrences(text: str, s: str, lo: int = 0, hi: int | None = None) -> list[int]:
    out = []
    hi = len(text) if hi is None else hi
    i = text.find(s, lo, hi)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1, hi)
    return out


def _content_parts(text: str, quote: str, used: set[int]) -> list[tuple[int, int]] | None:
    occ = [i for i in _occurrences(text, quote) if i not in used]
    if occ:
        return [(occ[0], occ[0] + len(quote))]
    for m in re.finditer(" ", quote):  # two parts joined by a space
        p1, p2 = quote[:m.start()], quote[m.end():]
        if len(p1) < 3 or len(p2) < 3:
            continue
        for i in _occurrences(text, p1):
            j = text.find(p2, i + len(p1), i + len(p1) + _WINDOW)
            if j >= 0:
                return [(i, i + len(p1)), (j, j + len(p2))]
    return None


def _nearest(text: str, s: str | None, a: int, b: int, avoid: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not s:
        return None
    best = None
    for i in _occurrences(text, s, max(0, a - _WINDOW), min(len(text), b + _WINDOW)):
        j = i + len(s)
        if any(x < j and i < y for x, y in avoid):
            continue
        d = a - j if j <= a else i - b if i >= b else 0
        if best is None or d < best[0]:
            best = (d, i, j)
    return (best[1], best[2]) if best else None


def align(text: str, claims: list[dict]) -> tuple[list[tuple[int, int, str]], int]:
    """Character spans (start, end, label) of the gold attributions, longest first, and how many
    attributions were not found in the text."""
    spans = []
    missed = 0
    used: set[int] = set()
    for c in claims:
        parts = _content_parts(text, c["quote"], used)
        if parts is None:
            missed += 1
            continue
        used.add(parts[0][0])
        a, b = parts[0][0], parts[-1][1]
        cue = _nearest(text, c.get("cue"), a, b, parts)
        src = _nearest(text, c.get("source_mention"), *(cue or (a, b)), parts + ([cue] if cue else []))
        spans.append((b - a, parts, cue, src))
    out = []
    for _, parts, cue, src in sorted(spans, key=lambda s: -s[0]):
        out.extend((x, y, "CONTENT") for x, y in parts)
        if cue:
            out.append((*cue, "CUE"))
        if src:
            out.append((*src, "SOURCE"))
    return out, missed


def article_sequences(text: str, claims: list[dict]) -> tuple[list[tuple[list[list[str]], list[str]]], int]:
    """The (features, BIO labels) of every tagged sentence of one article, and how many gold
    attributions could not be aligned."""
    prep = prepare(text)
    idx = recognise(prep.text, prep.sentences)
    ments = mention_kinds(idx)
    quotes = find_quotes(prep.text, [(p.start, p.end) for p in prep.paragraphs])
    marks, missed = align(text, claims)
    seqs = []
    for toks in sentence_tokens(prep, quotes):
        items = sentence_items(toks, ments)
        if items is None:
            continue
        starts = [t.start for t in toks]
        labels = ["O"] * len(toks)
        owner: list[tuple[int, str] | None] = [None] * len(toks)
        for n, (a, b, lab) in enumerate(marks):  # later (shorter) attributions paint over earlier ones
            k = bisect.bisect_left(starts, a)
            while k < len(toks) and toks[k].start < b:
                labels[k] = lab
                owner[k] = (n, lab)
                k += 1
        bio = [lab if lab == "O" else ("I-" if k and owner[k - 1] == owner[k] else "B-") + lab
               for k, lab in enumerate(labels)]
        seqs.append((items, bio))
    return seqs, missed


def train(train_dir: str, out: str, exclude: frozenset[str] = frozenset(), c1: float | None = None) -> dict:
    """Train on every gold file of ``train_dir`` not named in ``exclude``; write the model to ``out``
    and its description beside it; return the description."""
    import pycrfsuite

    if "polnear-dev" in os.path.abspath(train_dir):
        raise SystemExit("refusing to train on polnear-dev (the held-out evaluation set)")
    files = sorted(f for f in glob.glob(os.path.join(train_dir, "*.gold.json")) if os.path.basename(f) not in exclude)
    if not files:
        raise SystemExit(f"no *.gold.json files in {train_dir}")
    t0 = time.time()
    digest = lexicon_digest()  # the lexicon the features are computed with
    trainer = pycrfsuite.Trainer(verbose=False)
    n_seq = missed = total = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            gold = json.load(fh)
        with open(os.path.join(os.path.dirname(f), gold["article"]), encoding="utf-8") as fh:
            text = fh.read()
        seqs, m = article_sequences(text, gold["claims"])
        missed += m
        total += len(gold["claims"])
        for items, bio in seqs:
            trainer.append(pycrfsuite.ItemSequence(items), bio)
            n_seq += 1
    trainer.select("lbfgs", "crf1d")
    params = dict(PARAMS, c1=PARAMS["c1"] if c1 is None else c1)
    trainer.set_params(params)
    trainer.train(out)
    info = {"articles": len(files), "sentences": n_seq, "attributions": total, "aligned": total - missed,
            "params": params, "reporting_verbs_sha256": digest,
            "seconds": round(time.time() - t0)}
    with open(os.path.splitext(out)[0] + ".json", "w", encoding="utf-8") as fh:
        json.dump(info, fh, indent=1, sort_keys=True)
        fh.write("\n")
    return info


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train_dir")
    ap.add_argument("--out", default=str(resources.files("kb.resources") / MODEL_NAME))
    ap.add_argument("--exclude", default=None, help="a file of gold-file names to leave out")
    ap.add_argument("--c1", type=float, default=None, help=f"L1 penalty (default {PARAMS['c1']}; larger: sparser model)")
    args = ap.parse_args(argv)
    exclude: frozenset[str] = frozenset()
    if args.exclude:
        with open(args.exclude, encoding="utf-8") as fh:
            exclude = frozenset(os.path.basename(x.strip()) for x in fh if x.strip())
    info = train(args.train_dir, args.out, exclude, args.c1)
    print(f"{info['articles']} articles, {info['sentences']} sentences, {info['aligned']}/{info['attributions']} "
          f"gold attributions aligned; {args.out} ({os.path.getsize(args.out) / 1e6:.1f} MB) in {info['seconds']} s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
