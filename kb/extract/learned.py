"""Learned attributions: a sequence model that adds the reported speech the rules miss.

The rules (:mod:`kb.extract.claims`) find quotes and most reported speech.  A linear-chain CRF
(python-crfsuite) trained on PolNeAR's training split (``kb/resources/attribution.crfsuite``, built by
``python -m kb.extract.train_attribution``) tags the tokens of every sentence that holds a word of the
reporting-verb lexicon outside quotes as CONTENT, CUE or SOURCE (BIO labels).  A predicted content
that the rules left alone becomes an extra ``indirect`` (or ``partial``) claim, with the nearest
predicted cue and the source nearest that cue, resolved to an entity by the rules'
:class:`~kb.extract.speakers.Resolver`.  Predictions without a cue or a source are dropped, and so are
cues or sources the rules already used.

Feature extraction is shared by training and tagging (:func:`sentence_items`), so the model and the
code cannot drift apart.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

from kb.errors import KbError
from kb.extract.entities import EntityIndex
from kb.extract.quotes import Quote
from kb.extract.records import Claim, Span
from kb.extract.speakers import PRONOUNS, QUOTE_MARKS, Resolver, T, tokens
from kb.extract.text import Prepared
from kb.resources import lexicon, wordset

MODEL_NAME = "attribution.crfsuite"
_MAX_SENT_TOKENS = 160  # longer "sentences" (lists, tables) are not tagged
_WORD = re.compile(r"[A-Za-z]+")


@cache
def tagger():
    """The CRF tagger, loaded once."""
    try:
        import pycrfsuite
    except ImportError as e:  # pragma: no cover - a broken installation
        raise KbError(f"python-crfsuite is not installed ({e}); reinstall kb with `pip install .`") from e
    path = resources.files("kb.resources") / MODEL_NAME
    if not path.is_file():  # a broken installation
        raise KbError(f"the attribution model {path} is missing; reinstall kb, or rebuild it with "
                      "`python -m kb.extract.train_attribution ../shared/eval/polnear-train`")
    t = pycrfsuite.Tagger()
    t.open(str(path))
    return t


@cache
def _cue_words() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """One-word reporting forms -> class; the first words of multi-word forms; every spelling (any
    case) of both, for the cheap sentence test."""
    single: dict[str, str] = {}
    firsts = set()
    for form, v in lexicon().reporting_verbs.items():
        if " " in form:
            firsts.add(form.split()[0])
        else:
            single[form] = v.cls
    vocab = frozenset(v for w in set(single) | firsts for v in (w, w.capitalize(), w.upper()))
    return single, frozenset(firsts), vocab


def _shape(s: str) -> str:
    if s[0].isalpha():
        if s.isupper() and len(s) > 1:
            return "AA"
        if s[0].isupper():
            return "Aa"
        return "a"
    if s[0].isdigit():
        return "9"
    if s in QUOTE_MARKS or s in ("\u2018", "\u2019", "'"):
        return "Q"
    return s


def sentence_tokens(prep: Prepared, quotes: list[Quote],
                    free: Callable[[int, int], bool] | None = None) -> Iterable[list[T]]:
    """The tokens of every sentence (of the cleaned text) that holds a word of the reporting-verb
    lexicon (one for which ``free(start, end)`` holds, when given), with ``inq`` set inside quotes."""
    text = prep.text
    vocab = _cue_words()[2]
    qa = [q.start for q in quotes]
    qb = [q.end for q in quotes]
    for s in prep.sentences:
        if not any(m.group() in vocab and (free is None or free(m.start(), m.end()))
                   for m in _WORD.finditer(text, s.start, s.end)):
            continue  # cheap test before tokenising: no (free) reporting word at all
        toks = tokens(text, s.start, s.end)
        if not toks:
            continue
        if quotes:
            for t in toks:
                k = bisect.bisect_right(qa, t.start) - 1
                if k >= 0 and t.start < qb[k]:
                    t.inq = True
        yield toks


def mention_kinds(idx: EntityIndex) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and entity kinds of the recognised mentions, in text order."""
    ms = sorted(idx.mentions, key=lambda m: m.span.start)
    kinds = []
    for m in ms:
        d = idx.drafts.get(m.entity)
        kinds.append(d.kind if d else "Group")
    return [m.span.start for m in ms], [m.span.end for m in ms], kinds


def sentence_items(toks: list[T], ments: tuple[list[int], list[int], list[str]]) -> list[list[str]] | None:
    """CRF features of one sentence's tokens, or None when the sentence is too long or has no
    reporting word outside quotes (no attribution is looked for there)."""
    single, firsts, _ = _cue_words()
    n = len(toks)
    if n > _MAX_SENT_TOKENS:
        return None
    lows = [t.low for t in toks]
    cls = []
    any_cue = False
    for t in toks:
        c = single.get(t.low)
        if c is None and t.low in firsts:
            c = "multi"
        if c is not None and not t.inq:
            any_cue = True
        cls.append(c or "-")
    if not any_cue:
        return None
    ma, mb, mk = ments
    ment = []
    for t in toks:
        k = bisect.bisect_right(ma, t.start) - 1
        ment.append(mk[k] if k >= 0 and t.end <= mb[k] else "-")
    # distance to the nearest reporting word on the left and on the right (outside quotes)
    left = []
    d = None
    for i in range(n):
        left.append("n" if d is None else str(min(i - d, 6)))
        if cls[i] != "-" and not toks[i].inq:
            d = i
    right = [""] * n
    d = None
    for i in range(n - 1, -1, -1):
        right[i] = "n" if d is None else str(min(d - i, 6))
        if cls[i] != "-" and not toks[i].inq:
            d = i
    shapes = [_shape(t.text) for t in toks]
    pad = ["<s>", "<s>"] + lows + ["</s>", "</s>"]
    padc = ["<s>", "<s>"] + cls + ["</s>", "</s>"]
    out = []
    for i, t in enumerate(toks):
        w = lows[i]
        f = [
            "w=" + w, "s3=" + w[-3:], "sh=" + shapes[i], "c=" + cls[i], "m=" + ment[i],
            "q=%d" % t.inq, "L=" + left[i], "R=" + right[i],
            "w-1=" + pad[i + 1], "w-2=" + pad[i], "w+1=" + pad[i + 3], "w+2=" + pad[i + 4],
            "c-1=" + padc[i + 1], "c+1=" + padc[i + 3], "c-2=" + padc[i], "c+2=" + padc[i + 4],
            "b-=" + pad[i + 1] + "|" + w, "b+=" + w + "|" + pad[i + 3],
            "m-1=" + (ment[i - 1] if i else "<s>"), "m+1=" + (ment[i + 1] if i + 1 < n else "</s>"),
        ]
        if w in PRONOUNS:
            f.append("pron")
        if i == 0:
            f.append("first")
        elif i == n - 1:
            f.append("last")
        out.append(f)
    return out


def _spans(labels: list[str], name: str) -> list[tuple[int, int]]:
    """Token ranges [a, b) labelled ``name`` (B-/I-; an I- without a B- starts a span)."""
    out = []
    a = None
    for i, lab in enumerate(labels):
        inside = lab[2:] == name
        if a is not None and (not inside or lab[0] == "B"):
            out.append((a, i))
            a = None
        if inside and a is None:
            a = i
    if a is not None:
        out.append((a, len(labels)))
    return out


class _Intervals:
    """Spans of text, asked whether any of them overlaps a range."""

    def __init__(self, spans: Iterable[Span]) -> None:
        pairs = sorted((p.start, p.end) for p in spans)
        self.starts = [a for a, _ in pairs]
        self.reach: list[int] = []  # reach[i]: the furthest end among pairs[:i + 1]
        for _, b in pairs:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self.starts, b) - 1  # the last span starting before b
        return k >= 0 and self.reach[k] > a


_BE = frozenset({"is", "was", "are", "were", "been", "be", "being"})  # a passive cue starts with one
_OPEN_ENDS = frozenset({"and", "or", "but", "that"})  # a source phrase does not end with one
_RELATIVES = frozenset({"who", "which", "that"})
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# a content starting with a determiner, a possessive or a preposition reads as the object of a stance
# ("reaffirmed the group's commitment to ...", "explained his reasons", "was asked about it"), not as
# reported content
_OBJECT_STARTS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "our", "my",
                            "your", "about", "of", "on", "over", "for", "with", "in", "at", "from", "into", "during",
                            "nothing", "something", "anything", "little", "much", "goodbye", "hello", "otherwise",
                            "so"})


@cache
def _participles() -> frozenset[str]:
    """Past participles that do not end in -ed, with the passive cues' own ("is thought", "was told")."""
    return frozenset(wordset("irregular_participles") | {"thought", "told", "said"})


def find_learned(prep: Prepared, idx: EntityIndex, rule_claims: list[Claim], res: Resolver,
                 quotes: list[Quote]) -> list[Claim]:
    """Extra claims the model predicts where the rules found none, in text order."""
    import pycrfsuite

    model = tagger()
    parts = [p for c in rule_claims for p in (c.parts or (c.content,))]
    overlaps = _Intervals(parts).overlaps
    used = _Intervals([c.cue for c in rule_claims if c.cue is not None] + parts).overlaps
    single, firsts, _ = _cue_words()
    claim_nouns = wordset("claim_nouns")
    participles = _participles()
    ments = None
    orig = prep.original
    out: list[Claim] = []
    for toks in sentence_tokens(prep, quotes, lambda a, b: not used(a, b)):
        if not any((t.low in single or t.low in firsts) and not t.inq and not used(t.start, t.end) for t in toks):
            continue  # every reporting word is used by the rules already
        if ments is None:
            ments = mention_kinds(idx)
        items = sentence_items(toks, ments)
        if items is None:
            continue
        labels = model.tag(pycrfsuite.ItemSequence(items))
        contents = _spans(labels, "CONTENT")
        cues = _spans(labels, "CUE")
        sources = _spans(labels, "SOURCE")
        if not (contents and cues and sources):
            continue
        for a, b in contents:
            while a < b and not toks[a].word and toks[a].text not in QUOTE_MARKS:
                a += 1  # punctuation at the edges
            while b > a and not toks[b - 1].word and toks[b - 1].text not in QUOTE_MARKS:
                b -= 1
            if sum(1 for t in toks[a:b] if t.word) < 2:
                continue
            if toks[a].low in _OBJECT_STARTS or (toks[a].poss and not toks[a].inq):
                continue  # the object of a stance, not reported content: "explained his reasons"
            if toks[a].low in claim_nouns:
                continue  # "dismissed claims that ...": the claims are someone else's
            ca, cb = toks[a].start, toks[b - 1].end
            if overlaps(ca, cb):
                continue
            cue = min(cues, key=lambda c: min(abs(c[0] - b), abs(a - c[1])))
            if used(toks[cue[0]].start, toks[cue[1] - 1].end):
                continue  # the cue belongs to a rule claim (or is reported inside one)
            words = [t.low for t in toks[cue[0]:cue[1]]]
            be = next((i for i, w in enumerate(words[:3]) if w in _BE), None)
            if be is not None and any(w.endswith("ed") or w in participles for w in words[be + 1:]):
                continue  # a passive cue ("was viewed as", "is not thought to"): the subject is no source
            src = min(sources, key=lambda s: min(abs(s[0] - cue[1]), abs(cue[0] - s[1])))
            noun = cue[1] - 1  # the word the content hangs on ("claims", "claims that")
            if toks[noun].low == "that" and noun > cue[0]:
                noun -= 1
            if toks[noun].low in claim_nouns and not (
                    noun > 0 and (toks[noun - 1].poss or toks[noun - 1].low in _POSSESSIVES)):
                continue  # "dismissed claims that ...": a claim noun names its source by a possessive ("her claim")
            if overlaps(toks[src[0]].start, toks[src[1] - 1].end):
                continue
            if src[1] - src[0] == 1 and toks[src[0]].low.endswith("ing"):
                continue  # a participle names no source: "Having said that, ..."
            if toks[src[1] - 1].low in _OPEN_ENDS or (src[1] - src[0] > 1 and toks[src[0]].low in _RELATIVES):
                continue  # a broken phrase ("an attorney who led the team and") or a relative clause ("who spent")
            key, mention = res.resolve(toks, src[0], src[1] - 1)
            kind = "partial" if any(t.inq for t in toks[a:b]) else "indirect"
            out.append(Claim(kind, Span.of(orig, ca, cb), key, mention,
                             Span.of(orig, toks[cue[0]].start, toks[cue[1] - 1].end),
                             Span.of(orig, toks[0].start, toks[-1].end)))
            res.remember(ca, key)
    return out
