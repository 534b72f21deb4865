"""Claims: direct and partial quotes and reported speech, with their speakers.

Paragraph by paragraph:

1. quote marks are paired (:mod:`kb.extract.quotes`);
2. reporting cues are looked up in the lexicon (``reporting_verbs.tsv``: "said", "told",
   "made clear", "according to"), outside quotes only;
3. each quote is attributed: an attribution right after it (``“...,” he said``, ``“...,” said
   Lavrov``), one right before it (``Lavrov said: “...”``), the speaker of the neighbouring quote
   in the same paragraph, or, for a paragraph that is nothing but a quote, the speaker of the
   quote just before (continuation).  A quoted fragment inside the writer's own sentence is a
   partial quote when the sentence has a cue (``described the talks as “candid”``); one with no
   cue is a scare quote and left out;
4. every cue left over gives reported speech: ``X said (that) CONTENT``, ``CONTENT, X said``,
   ``CONTENT, X told Y``, ``X, Y said, CONTENT`` (two parts), ``according to X, CONTENT``,
   ``..., noting that CONTENT``, ``X defended the route and said CONTENT``; stances and intentions
   with their object (``Cruz endorsed Trump``, ``Clinton vowed to fight``), evidence
   (``a poll shows ...``) and headline or transcript lines (``Sanders: Clinton needs to ...``).

Content ends at the sentence end, or earlier where the writer takes over again (a new
attribution after "and"/"but", a non-restrictive "which" clause, a dash).  Reported speech whose
cue lies inside another claim's content is left to that claim (PolNeAR's one-token-one-attribution
view; the inner speaker is only reported by the outer one).  Word classes that steer all this are
data (``reporting_verbs.tsv``, ``claim_words.txt``).  Speakers are read and resolved by
:mod:`kb.extract.speakers`; entities added for speakers of claims that are finally dropped are
taken out of the index again.
"""
from __future__ import annotations

import bisect
import logging
import os

from kb.extract.entities import EntityIndex
from kb.extract.quotes import Quote, find_quotes
from kb.extract.records import Claim, Span
from kb.extract.speakers import (ADVERBS, AUX, PRONOUNS, QUOTE_MARKS, STOP, TIME_WORDS, Resolver, T,
                                 appositive_right, np_left, np_right, tokens)
from kb.extract.speakers import speaker_noun as speaker_noun_low
from kb.extract.text import Prepared
from kb.resources import ReportingVerb, lexicon, wordset

_TELL = wordset("tell_verbs")
_NEEDS_THAT = wordset("needs_that_verbs")
_INTENT = wordset("intent_phrases")
_IRREGULAR_SPEECH_VERBS = wordset("speech_verb_forms")
_GO_ON = wordset("go_on_words")
_SUBORDINATORS = wordset("subordinators")
_OBJECT_VERBS = wordset("object_verbs")
_NOT_CUES = wordset("not_cue_phrases")
_EVIDENCE = wordset("evidence_nouns")
_LABELS = wordset("label_words")
_log = logging.getLogger(__name__)
# KB_CLAIMS_STRICT=1 lets errors through instead of skipping the paragraph (for tests and debugging)
_STRICT = bool(os.environ.get("KB_CLAIMS_STRICT"))
_MAX_CUE_WORDS = 3


def find_claims(prep: Prepared, idx: EntityIndex) -> list[Claim]:
    """Every claim of the article, in text order.  Never raises: a paragraph that cannot be read
    is skipped."""
    try:
        return _Finder(prep, idx).run()
    except Exception:  # pragma: no cover - defensive
        if _STRICT:
            raise
        _log.debug("claims: article skipped", exc_info=True)
        return []


class _Finder:
    def __init__(self, prep: Prepared, idx: EntityIndex) -> None:
        self.prep = prep
        self.text = prep.text  # cleaned text, read by the rules
        self.orig = prep.original  # the article as given: spans quote it
        self.idx = idx
        self.lex = lexicon()
        self.cues = self.lex.reporting_verbs
        self.sentences = tuple(s for s in prep.sentences)
        self.sent_starts = [s.start for s in self.sentences]
        self.res = Resolver(self.orig, idx, self.sentences)
        self.keys_before = set(idx.drafts)  # what the entity recogniser found, before speakers were resolved
        self.n_mentions = len(idx.mentions)
        self.paras = [(p.start, p.end) for p in prep.paragraphs]
        self.claims: list[Claim] = []
        self.last_direct: tuple[str, Span | None, int] | None = None  # speaker, mention, paragraph
        self.intro = None  # (speaker, mention, cue, paragraph) of a paragraph ending "X said:"
        self._headline_title_case: bool | None = None

    def run(self) -> list[Claim]:
        quotes = find_quotes(self.text, self.paras)
        by_para: dict[int, list[Quote]] = {}
        for q in quotes:
            by_para.setdefault(q.para, []).append(q)
        for pi, (lo, hi) in enumerate(self.paras):
            try:
                self._paragraph(pi, lo, hi, by_para.get(pi, []))
            except Exception:  # pragma: no cover - defensive: never give up on the article
                if _STRICT:
                    raise
                _log.debug("claims: paragraph %d skipped", pi, exc_info=True)
                continue
        out = []
        contents = sorted((c.content.start, c.content.end) for c in self.claims if c.kind != "partial")
        starts = [a for a, _ in contents]
        reach = []  # reach[i]: the furthest end among contents[:i + 1]
        for _, b in contents:
            reach.append(max(b, reach[-1]) if reach else b)
        for c in self.claims:
            if not (c.content.end > c.content.start and c.content.text.strip()):
                continue
            # reported speech nested in another claim's content belongs to that claim
            if c.kind == "indirect" and c.cue is not None:
                i = bisect.bisect_right(starts, c.cue.start) - 1
                if i >= 0 and reach[i] >= c.cue.end and self._nested(contents, i, c):
                    continue
            out.append(c)
        out.sort(key=lambda c: c.content.start)
        self._forget_unused(out)
        return out

    def _forget_unused(self, kept: list[Claim]) -> None:
        """Entities that speaker resolution added for claims that were not kept leave the index again."""
        idx = self.idx
        used = {c.speaker for c in kept if c.speaker}
        new_keys = [k for k in idx.drafts if k not in self.keys_before and k not in used]
        if not new_keys and len(idx.mentions) == self.n_mentions:
            return
        drop = set(new_keys)
        for k in new_keys:
            del idx.drafts[k]
        keep_spans = {(c.speaker, c.speaker_mention.start) for c in kept if c.speaker and c.speaker_mention}
        added = idx.mentions[self.n_mentions:]
        idx.mentions[self.n_mentions:] = [m for m in added if m.entity not in drop
                                          and (m.entity in self.keys_before or (m.entity, m.span.start) in keep_spans)]
        for name in [n for n, k in idx.surnames.items() if k in drop]:
            del idx.surnames[name]

    @staticmethod
    def _nested(contents: list[tuple[int, int]], i: int, c: Claim) -> bool:
        """Does a content other than c's own (among contents[:i + 1]) hold c's cue?"""
        own = (c.content.start, c.content.end)
        for a, b in reversed(contents[max(0, i - 20):i + 1]):
            if a <= c.cue.start and c.cue.end <= b and (a, b) != own:
                return True
        return False

    # -- helpers ------------------------------------------------------------------------
    def _sent(self, pos: int) -> Span:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if 0 <= k < len(self.sentences) and self.sentences[k].start <= pos < max(self.sentences[k].end, pos + 1):
            return self.sentences[k]
        return Span.of(self.orig, pos, pos)

    def _sent_span(self, a: int, b: int) -> Span:
        s1, s2 = self._sent(a), self._sent(max(a, b - 1))
        start = min(s1.start, a) if s1.end > s1.start else a
        end = max(s2.end, b)
        return Span.of(self.orig, start, end)

    def _cue_at(self, toks: list[T], i: int) -> tuple[int, object] | None:
        """(number of tokens, verb) of a cue starting at toks[i]."""
        t = toks[i]
        if not t.word or t.inq:
            return None
        if t.cap and t.low != "according" and not self._in_title_case_headline(toks, i):
            return None
        best = None
        words = []
        for n in range(_MAX_CUE_WORDS):
            k = i + n
            if k >= len(toks) or not toks[k].word or toks[k].inq:
                break
            if n and toks[k].start - toks[k - 1].end > 1:
                break
            words.append(toks[k].low)
            v = self.cues.get(" ".join(words))
            if v is not None:
                best = (n + 1, v)
        if best is not None:
            e = i + best[0]
            nxt = toks[e] if e < len(toks) else None
            if nxt is not None and nxt.word:
                if f"{toks[e - 1].low} {nxt.low}" in _NOT_CUES:
                    return None
            if i > 0 and toks[i - 1].word and f"{toks[i - 1].low} {t.low}" in _NOT_CUES:
                return None  # "ASEAN pushes back against ..."
                # a plural noun, not a verb: "Health worries have dogged", "the claims are false"
                if nxt.low in AUX and best[1].form.endswith("s") and best[1].form != best[1].lemma + "s" * 0 \
                        and best[0] == 1 and not best[1].form.endswith("ss"):
                    return None
            if i > 0 and toks[i - 1].word and toks[i - 1].low in ("a", "an", "the", "this", "that", "these", "those",
                                                                  "his", "her", "their", "its", "our", "my", "your"):
                return None  # "the report", "a claim", "his call": a noun
        return best

    def _in_title_case_headline(self, toks: list[T], i: int) -> bool:
        """Is toks[i] a word (not the first) of a Title Case headline ("Former Doctor Says Clinton Hid ...")?"""
        h = self.prep.headline
        if h is None or not (h.start < toks[i].start < h.end):
            return False
        if self._headline_title_case is None:
            words = [w for w in h.text.split() if w[:1].isalpha()]
            caps = sum(1 for w in words if w[:1].isupper())
            self._headline_title_case = len(words) >= 4 and caps >= 0.8 * len(words)
        return self._headline_title_case

    def _speaker(self, toks: list[T], a: int, b: int, lo: int) -> tuple[str, Span]:
        if a == b and toks[a].low in ("who", "which") and a - 1 > lo and toks[a - 1].word:
            np = np_left(toks, a, lo, self.cues)  # "dozens of women who claim ...": the women
            if np is not None and toks[np[1]].low not in PRONOUNS:
                key, _ = self.res.resolve(toks, np[0], np[1])
                return key, Span.of(self.orig, toks[a].start, toks[a].end)
        if a == b and toks[a].low in ("who", "which") and a - 1 > lo and toks[a - 1].text == ",":
            np = np_left(toks, a - 1, lo, self.cues)
            if np is not None and toks[np[1]].low not in PRONOUNS:
                key, _ = self.res.resolve(toks, np[0], np[1])
                return key, Span.of(self.orig, toks[a].start, toks[a].end)
        key, span = self.res.resolve(toks, a, b)
        return key, span

    def _add(self, claim: Claim) -> None:
        self.claims.append(claim)
        if claim.speaker:
            self.res.remember(claim.content.start, claim.speaker)

    # -- one paragraph ------------------------------------------------------------------
    def _paragraph(self, pi: int, lo: int, hi: int, quotes: list[Quote]) -> None:
        text = self.text
        toks = tokens(text, lo, hi)
        if not toks:
            return
        starts = [t.start for t in toks]
        for q in quotes:
            a = bisect.bisect_left(starts, q.start)
            b = bisect.bisect_left(starts, q.end)
            for k in range(a, b):
                toks[k].inq = True
            if text[q.open] == "\u2018":
                # single curly marks of a quote act as quote marks (not apostrophes) for the rules
                for pos in (q.open, q.close):
                    k = bisect.bisect_left(starts, pos) if pos is not None else len(toks)
                    if k < len(toks) and toks[k].start == pos:
                        toks[k].text = toks[k].low = "\""
        used: set[int] = set()  # token indices of cues already used
        qclaims: list[tuple[Quote, Claim | None]] = []
        skip: set[int] = set()
        for n, q in enumerate(quotes):
            if id(q) in skip:
                continue
            claim, consumed, extra = self._quote(pi, toks, starts, q, quotes[n + 1:], lo, hi)
            used |= consumed
            for e in extra:
                skip.add(id(e))
            qclaims.append((q, claim))
        self._reported(pi, toks, used, lo, hi, quotes)
        # unattributed direct quotes: the speaker of the nearest attributed quote in the paragraph,
        # or (a paragraph opening with a quote) the speaker of the previous paragraph's last quote
        prev_attr = None
        for n, (q, c) in enumerate(qclaims):
            if c is not None and c.kind == "direct" and c.cue is not None:
                prev_attr = c
                continue
            if prev_attr is None and c is None:
                # "''X'' of the plans, Mr. Holtz-Eakin said. ''Y.''": reported speech holding a quote
                for c2 in reversed(self.claims[-6:]):
                    if c2.cue is not None and c2.speaker and lo <= c2.content.start and c2.content.end <= q.open \
                            and c2.content.start <= q.open:
                        inner = [q2 for q2, _ in qclaims if c2.content.start <= q2.open < c2.content.end]
                        if inner:
                            prev_attr = c2
                        break
            if c is not None or not self._standalone(q, toks, starts):
                continue
            src = prev_attr
            if src is None:
                for q2, c2 in qclaims[n + 1:]:
                    if c2 is not None and c2.kind == "direct" and c2.cue is not None:
                        src = c2
                        break
            at_start = q.cont_prev or text[lo:q.open].strip() == ""
            if src is None and at_start and self.intro is not None and self.intro[3] == pi - 1:
                # the previous paragraph introduced it: "The New York Times reports:"
                key, mention, cue, _ = self.intro
                content = Span.of(self.orig, q.start, q.end)
                claim = Claim("direct", content, key, mention, cue, self._sent_span(q.open, q.outer_end))
                self._add(claim)
                qclaims[n] = (q, claim)
                prev_attr = claim
                continue
            if src is None and self.last_direct and self.last_direct[2] >= pi - 1 and at_start:
                key, mention, _ = self.last_direct
                content = Span.of(self.orig, q.start, q.end)
                self._add(Claim("direct", content, key, mention, None, self._sent_span(q.open, q.outer_end)))
                continue
            if src is not None:
                content = Span.of(self.orig, q.start, q.end)
                self._add(Claim("direct", content, src.speaker, src.speaker_mention, None,
                                self._sent_span(q.open, q.outer_end)))
        for q, c in qclaims:
            if c is not None and c.kind == "direct":
                self.last_direct = (c.speaker, c.speaker_mention, pi)
        self.intro = self._introduction(pi, toks, lo, hi, used)

    def _introduction(self, pi: int, toks: list[T], lo: int, hi: int, used: set[int]):
        """A paragraph that ends "X said:" (or "X reports:") introduces the quote paragraph after it:
        (speaker, mention, cue, paragraph index) or None."""
        if not self.text[lo:hi].rstrip().endswith(":") or len(toks) < 2:
            return None
        sent = self._sent(max(lo, hi - 1))
        a = bisect.bisect_left([t.start for t in toks], sent.start)
        for k in range(len(toks) - 2, max(a, len(toks) - 14) - 1, -1):
            if toks[k].inq or toks[k].text in QUOTE_MARKS:
                return None
            cue = self._cue_at(toks, k)
            if cue is None:
                continue
            sp = self._subject(toks, k, cue[0], a, cue[1])
            if sp is None:
                return None
            cue_span = Span.of(self.orig, toks[k].start, toks[k + cue[0] - 1].end)
            return sp[0], sp[1], cue_span, pi
        return None

    def _title_like(self, q: Quote) -> bool:
        """A quoted name or title ("Good Morning America", “The Apprentice”), not someone's words."""
        raw = self.text[q.start:q.end].rstrip("\u2019' ")
        words = raw.rstrip(",.;:!? ").split()
        if not words or len(words) > 7 or raw.endswith(("!", "?")):
            return False
        if words[0].lower().strip("\u2018'") in ("what", "who", "how", "why", "i", "we", "you", "he", "she", "it",
                                                   "they", "let's", "let\u2019s", "this", "that", "there"):
            return False
        small = {"of", "the", "a", "an", "and", "in", "on", "at", "for", "to", "with", "vs", "&"}
        return all(w[:1].isupper() or w.lower() in small or not w[:1].isalpha() for w in words) and words[0][:1].isupper()

    def _standalone(self, q: Quote, toks: list[T], starts: list[int]) -> bool:
        """A quote that is a sentence (or more) of its own: not a fragment inside the writer's words."""
        sent = self._sent(q.open)
        before = self.text[max(sent.start, 0):q.open].strip()
        if before and before[-1] not in ":,\"\u201d\u2019'.!?" and not q.cont_prev:
            return False
        words = [t for t in toks if t.inq and q.start <= t.start < q.end and t.word]
        return len(words) >= 3

    # -- quotes -------------------------------------------------------------------------
    def _quote(self, pi: int, toks: list[T], starts: list[int], q: Quote, later: list[Quote], lo: int, hi: int):
        """Attribute one quote: (claim or None, cue token indices used, later quotes merged in)."""
        text = self.text
        n = len(toks)
        consumed: set[int] = set()
        # tokens after the closing mark
        r = bisect.bisect_left(starts, q.outer_end)
        l = bisect.bisect_left(starts, q.open) - 1  # last token before the opening mark
        sent = self._sent(q.open)
        content = Span.of(self.orig, q.start, q.end)
        # 1. attribution right after: “...,” he said / “...,” said Lavrov
        att = None
        ends_sentence = text[q.start:q.end].rstrip("\u2019' )]").endswith((".", "\u2026"))
        if q.close is not None and not (ends_sentence and r < n and toks[r].cap):
            k = r
            while k < n and toks[k].text in (",", "\u2014", "\u2013", "-") and not toks[k].inq:
                k += 1
            loose = text[q.start:q.end].rstrip("\u2019' ")[-1:] in (",", "?", "!", "\u2014", "-")
            att = self._attribution_after(toks, k, n, loose)
        if att is None and q.close is not None and r + 1 < n and toks[r].text in ("\u2015", "\u2014", "\u2013") \
                and toks[r + 1].cap and not toks[r + 1].inq:
            # “...” ― Martha Aguilar: a byline under a quote
            npr = np_right(toks, r + 1, n, self.cues)
            if npr is not None and (npr[1] + 1 >= n or toks[npr[1] + 1].text in (".", "|") or
                                    toks[npr[1] + 1].text in QUOTE_MARKS):
                key, mention = self._speaker(toks, npr[0], npr[1], r)
                claim = Claim("direct", content, key, mention, Span.of(self.orig, toks[r].start, toks[r].end),
                              self._sent_span(q.open, toks[npr[1]].end))
                self._add(claim)
                return claim, consumed, []
        if att is not None:
            cue_a, cue_b, sp_a, sp_b, end_k = att
            if self._starts_clause(toks, l, sent, q):
                consumed.update(range(cue_a, cue_b))  # a fragment's cue also reports the whole sentence
            key, mention = self._speaker(toks, sp_a, sp_b, r)
            cue = Span.of(self.orig, toks[cue_a].start, toks[cue_b - 1].end)
            addressee = self._addressee(toks, cue_a, cue_b, n)
            parts = [content]
            extra = []
            # a split quote: “...,” he stated, “but ...”
            k = end_k
            if addressee is not None:
                while k < n and toks[k].end <= addressee.end:
                    k += 1
            comma = False
            while k < n and toks[k].text in (",", "\u2014", ":") and not toks[k].inq:
                k += 1
                comma = True
            if comma and later and k < n and toks[k].start == later[0].open and later[0].para == q.para:
                nxt = later[0]
                # only if the next quote is not attributed on its own
                nr = bisect.bisect_left(starts, nxt.outer_end)
                kk = nr
                while kk < n and toks[kk].text in (",",):
                    kk += 1
                if nxt.close is None or self._attribution_after(toks, kk, n) is None:
                    parts.append(Span.of(self.orig, nxt.start, nxt.end))
                    extra.append(nxt)
            full = Span.of(self.orig, parts[0].start, parts[-1].end)
            kind = "direct" if self._starts_clause(toks, l, sent, q) else "partial"
            claim = Claim(kind, full, key, mention, cue, self._sent_span(q.open, max(toks[min(end_k, n) - 1].end, parts[-1].end)),
                          tuple(parts) if len(parts) > 1 else (), addressee)
            self._add(claim)
            return claim, consumed, extra
        if not self._standalone(q, toks, starts) and self._title_like(q):
            return None, consumed, []
        # 2. attribution right before: Lavrov said: “...” / He told reporters, “...”
        lo_k = bisect.bisect_left(starts, sent.start)
        best = None
        for k in range(l, max(lo_k, l - 12) - 1, -1):
            if toks[k].inq or toks[k].text in QUOTE_MARKS:
                break
            cue = self._cue_at(toks, k)
            if cue is not None:
                best = (k, cue)
                break
        if best is None and l - 1 >= lo_k and toks[l].text == ":" and self._verb_like(toks[l - 1]):
            # "Trump leaned in and boomed: “...”"
            best = (l - 1, (1, ReportingVerb(toks[l - 1].low, toks[l - 1].low, "speech")))
        if best is not None:
            k, (ncue, verb) = best
            gap = toks[k + ncue:l + 1]
            gap_words = [t for t in gap if t.word]
            direct_form = (not gap or gap[-1].text in (":", ",") or (gap_words and gap_words[-1].low == "that"
                                                                       and len(gap_words) == 1)) and len(gap_words) <= 8
            sp = self._subject(toks, k, ncue, lo_k, verb)
            if verb.lemma == "continue" and not (gap and gap[-1].text in (":", ",")):
                sp = None  # "would continue “to break barriers”": not a speech verb here
            if sp is not None:
                key, mention = sp
                cue_span = Span.of(self.orig, toks[k].start, toks[k + ncue - 1].end)
                if direct_form:
                    addressee = self._addressee(toks, k, k + ncue, l + 1)
                    kind = "direct" if self._quote_is_sentence(q, toks, starts) else "partial"
                    claim = Claim(kind, content, key, mention, cue_span, self._sent_span(sent.start, q.outer_end),
                                  (), addressee)
                    if kind == "direct":
                        consumed.add(k)  # a fragment's cue also reports the sentence around it
                    self._add(claim)
                    return claim, consumed, []
                # a fragment after the cue: mentioned a “new and different approach”
                if not self._standalone(q, toks, starts):
                    addressee = self._addressee(toks, k, k + ncue, l + 1)
                    claim = Claim("partial", content, key, mention, cue_span, self._sent_span(sent.start, q.outer_end),
                                  (), addressee)
                    self._add(claim)
                    return claim, consumed, []
        # 3. a fragment whose cue is elsewhere in the sentence (after it: "..., he said.")
        if not self._standalone(q, toks, starts):
            end_k = bisect.bisect_left(starts, sent.end)
            for k in range(r, min(n, end_k)):
                if toks[k].inq or toks[k].text in QUOTE_MARKS:
                    continue
                cue = self._cue_at(toks, k)
                if cue is None:
                    continue
                sp = self._subject(toks, k, cue[0], lo_k, cue[1])
                if sp is None and k > 0 and toks[k - 1].text == ",":
                    npr = np_right(toks, k + cue[0], end_k, self.cues)
                    if npr is not None:
                        sp = self._speaker(toks, npr[0], npr[1], lo_k)
                if sp is not None:
                    key, mention = sp
                    cue_span = Span.of(self.orig, toks[k].start, toks[k + cue[0] - 1].end)
                    claim = Claim("partial", content, key, mention, cue_span, self._sent_span(sent.start, sent.end))
                    self._add(claim)
                    return claim, consumed, []
                break
        return None, consumed, []

    def _starts_clause(self, toks: list[T], l: int, sent: Span, q: Quote) -> bool:
        before = self.text[sent.start:q.open].strip()
        if not before or q.cont_prev:
            return True
        return before[-1] in ":,\"\u201d\u2019'.!?" and len(before) < 3 or before[-1] == ":"

    def _quote_is_sentence(self, q: Quote, toks: list[T], starts: list[int]) -> bool:
        c = self.text[q.start:q.end]
        return bool(c) and (c[0].isupper() or c[0] in "[\u2018'") and len(c.split()) >= 3

    def _attribution_after(self, toks: list[T], k: int, n: int, loose: bool = False):
        """``he said`` / ``said Lavrov`` / ``Lavrov told ...`` starting at toks[k]:
        (cue first, cue end, speaker first, speaker last, index after the clause) or None.
        ``loose``: right after a quote that ends with a comma, any verb will do ("Trump barked")."""
        if k >= n or toks[k].inq or not toks[k].word:
            return None
        # CUE NP: said Lavrov / says the minister
        j = k
        while j < n and toks[j].word and toks[j].low in ADVERBS and not toks[j].cap and toks[j].low not in PRONOUNS:
            j += 1
        cue = self._cue_at(toks, j) if j < n else None
        if cue is not None:
            ncue, verb = cue
            npr = np_right(toks, j + ncue, n, self.cues)
            if npr is not None and not (toks[npr[0]].low in PRONOUNS and toks[npr[0]].low not in ("he", "she", "they", "it", "we", "i")):
                last = appositive_right(toks, npr[1], n)
                return j, j + ncue, npr[0], last, last + 1
            return None
        # NP CUE: he said / Lavrov told / the ASEAN ministers declared
        npr = np_right(toks, k, n, self.cues)
        if npr is None:
            return None
        j = npr[1] + 1
        last = npr[1]
        if j < n and toks[j].text == "," and toks[npr[1]].cap:
            # “...,” Kenneth Baer, a former official who runs a consultancy, said.
            for m in range(j + 1, min(n, j + 40)):
                if toks[m].inq or toks[m].text in QUOTE_MARKS or toks[m].text in (".", ";", ":", "!", "?"):
                    break
                if toks[m].text == "," and m + 1 < n:
                    mm = m + 1
                    while mm < n and toks[mm].word and toks[mm].low in ADVERBS and not toks[mm].cap:
                        mm += 1
                    if mm < n and self._cue_at(toks, mm) is not None:
                        j, last = mm, m - 1
                        break
        while j < n and toks[j].word and toks[j].low in ADVERBS and not toks[j].cap:
            j += 1
        cue = self._cue_at(toks, j) if j < n else None
        if cue is None:
            if loose and j < n and self._verb_like(toks[j]) and toks[npr[0]].low not in ("who", "which"):
                e = j + 1
                if e < n and toks[e].low in ("back", "out", "up", "in", "on") and not toks[e].inq:
                    e += 1  # "shot back", "chimed in"
                return j, e, npr[0], last, e
            return None
        return j, j + cue[0], npr[0], last, j + cue[0]

    @staticmethod
    def _verb_like(t: T) -> bool:
        """A past or present verb form, as far as its shape tells ("barked", "quips", "shot")."""
        if not t.word or t.cap or t.inq or t.low in STOP or t.low in ADVERBS:
            return False
        if t.low in _IRREGULAR_SPEECH_VERBS:
            return True
        return len(t.low) > 3 and t.low.endswith(("ed", "es")) and not t.low.endswith(("ness", "less"))

    def _addressee(self, toks: list[T], cue_a: int, cue_b: int, hi: int) -> Span | None:
        verb = self.cues.get(" ".join(t.low for t in toks[cue_a:cue_b]))
        if verb is None:
            return None
        k = cue_b
        if verb.lemma in _TELL:
            npr = np_right(toks, k, min(hi, len(toks)), self.cues)
        elif k + 1 < min(hi, len(toks)) and toks[k].low == "to" and verb.lemma in ("say", "explain", "write", "declare",
                                                                                  "announce", "complain", "admit",
                                                                                  "confirm", "reply", "respond"):
            npr = np_right(toks, k + 1, min(hi, len(toks)), self.cues)
        else:
            return None
        if npr is None or toks[npr[0]].low in ("that", "it") or toks[npr[0]].inq:
            return None
        a, b = npr
        while b > a and toks[b].low in TIME_WORDS:
            b -= 1  # "asked Clinton Friday"
        if toks[b].low in TIME_WORDS:
            return None
        return Span.of(self.orig, toks[a].start, toks[b].end)

    def _subject(self, toks: list[T], k: int, ncue: int, lo: int, verb) -> tuple[str, Span] | None:
        """The speaker of the cue at toks[k]: its subject, or for a participle (", noting that")
        the subject of the sentence."""
        if verb.cls == "source":  # according to X
            npr = np_right(toks, k + ncue, len(toks), self.cues)
            if npr is None:
                return None
            return self._speaker(toks, npr[0], npr[1], lo)
        if toks[k].low.endswith("ing") and k - 1 >= lo and toks[k - 1].text in (",", "\u2014", "by", "after", "while",
                                                                              "before", "in"):
            # ", noting that ...": the subject of the sentence, or the speaker of its last claim
            sent_start = toks[lo].start
            for c in reversed(self.claims[-8:]):
                if c.sentence.start <= sent_start < c.sentence.end or sent_start <= c.content.start < toks[k].start:
                    if c.speaker and c.cue is not None and c.cue.start < toks[k].start:
                        return c.speaker, c.speaker_mention
            return self._sentence_subject(toks, lo, k)
        if toks[k].low.endswith("ing") and not (k - 1 >= lo and toks[k - 1].low in ("is", "was", "are", "were", "been",
                                                                                  "be", "am")):
            return None  # "a policy urging ...": a reduced relative clause, not a subject and its verb
        m = k - 1
        while m >= lo and toks[m].word and toks[m].low in ("not", "also", "never", "reportedly", "repeatedly", "often",
                                                          "widely", "frequently", "later", "previously", "being"):
            m -= 1
        if m >= lo and toks[m].low in ("was", "were", "is", "are", "been", "be", "being", "am", "get", "got", "gets") \
                and not toks[k].low.endswith("ing"):
            return None  # passive: "Ryabkov was asked about it", "he is said to be"
        kk = k
        if k - 2 >= lo and toks[k - 1].low == "to":
            # "the email goes on to say", "he went on to say"
            m = k - 2
            while m >= lo and m > k - 5 and toks[m].low in _GO_ON:
                m -= 1
            if m < k - 2:
                kk = m + 1
        np = np_left(toks, kk, lo, self.cues)
        if np is None:
            m = kk - 1
            while m >= lo and toks[m].word and toks[m].low in ADVERBS and not toks[m].cap:
                m -= 1
            if m > lo and toks[m].low in ("and", "but") and not toks[m].inq \
                    and verb.cls in ("speech", "belief") and verb.lemma not in _INTENT:
                # "The spokesman refused to answer questions but said ...": the subject of the sentence
                return self._sentence_subject(toks, lo, m)
            return None
        head = toks[np[1]]
        if (verb.cls in ("attitude", "intent", "evidence") or (toks[k].low == verb.lemma.split()[0] and kk == k)) \
                and not head.cap and head.low not in PRONOUNS \
                and not speaker_noun_low(head.low) and not head.low.endswith("s"):
            return None  # "The candidates took questions", "an hourlong show aired": nouns, not verbs
        if head.low in ("he", "she", "it") and np[1] == k - 1 and toks[k].low == verb.lemma.split()[0] \
                and not verb.lemma.endswith("s"):
            return None  # "he back", "it support": no agreement, so not subject and verb
        return self._speaker(toks, np[0], np[1], lo)

    def _sentence_subject(self, toks: list[T], lo: int, hi: int) -> tuple[str, Span] | None:
        """The subject at the start of the clause toks[lo:hi] (an introductory phrase skipped)."""
        k = lo
        while k < hi and not toks[k].word:
            k += 1
        # "On Friday, X ..." / "Meanwhile, X ..."
        for j in range(k, min(hi, k + 8)):
            if toks[j].text == ",":
                if (toks[k].low in STOP or toks[k].low in ADVERBS or toks[k].low in lexicon().function_words) \
                        and toks[k].low not in PRONOUNS:
                    k = j + 1
                break
        npr = np_right(toks, k, hi, self.cues)
        if npr is None:
            return None
        last = appositive_right(toks, npr[1], hi, self.cues)  # "Dean, a medical doctor, then appeared ..."
        return self._speaker(toks, npr[0], last if last < hi else npr[1], lo)

    # -- reported speech ----------------------------------------------------------------
    def _reported(self, pi: int, toks: list[T], used: set[int], lo: int, hi: int, quotes: list[Quote]) -> None:
        text = self.text
        n = len(toks)
        # sentence boundaries as token indices
        bounds = []
        k = 0
        while k < n:
            s = self._sent(toks[k].start)
            e = k
            while e < n and toks[e].start < max(s.end, toks[k].end):
                e += 1
            bounds.append((k, max(e, k + 1)))
            k = max(e, k + 1)
        for a, b in bounds:
            self._colon_claim(toks, a, b, quotes)
            k = a
            last_end = None
            while k < b:
                if k in used or toks[k].inq:
                    k += 1
                    continue
                cue = self._cue_at(toks, k)
                if cue is None:
                    k += 1
                    continue
                ncue, verb = cue
                claim = self._reported_one(toks, a, b, k, ncue, verb, quotes, last_end)
                if claim is not None:
                    self._add(claim)
                    last_end = claim.content.end
                k += ncue

    def _colon_claim(self, toks: list[T], a: int, b: int, quotes: list[Quote]) -> None:
        """``Sanders: Clinton needs to get away from personality`` (a headline or transcript line):
        a name, a colon, and what the named source said."""
        colon = None
        for m in range(a, min(b, a + 7)):
            if toks[m].text == ":" and not toks[m].inq:
                colon = m
                break
            if not toks[m].word and toks[m].text not in (".", "'", "\u2019", "-"):
                return
        if colon is None or colon == a or not toks[a].cap:
            return
        npr = np_right(toks, a, colon, self.cues)
        if npr is None or npr != (a, colon - 1) and not (npr[0] == a and npr[1] == colon - 1):
            return
        words = [t for t in toks[a:colon] if t.word]
        if any(t.low in _LABELS or t.low in lexicon().function_words for t in words):
            return
        if not (all(t.cap for t in words) or speaker_noun_low(words[-1].low)):
            return
        c0 = colon + 1
        if c0 < b and toks[c0].text in QUOTE_MARKS:
            q = next((q for q in quotes if q.open == toks[c0].start), None)
            if q is None or any(c.content.start == q.start for c in self.claims):
                return
            key, mention = self._speaker(toks, a, colon - 1, a)
            content = Span.of(self.orig, q.start, q.end)
            cue = Span.of(self.orig, toks[colon].start, toks[colon].end)
            self._add(Claim("direct", content, key, mention, cue, self._sent_span(toks[a].start, q.outer_end)))
            return
        if sum(1 for t in toks[c0:b] if t.word) < 3:
            return
        content = self._content(toks, c0, b)
        if content is None:
            return
        key, mention = self._speaker(toks, a, colon - 1, a)
        cue = Span.of(self.orig, toks[colon].start, toks[colon].end)
        self._add(Claim("indirect", content, key, mention, cue, Span.of(self.orig, toks[a].start, toks[b - 1].end)))

    def _content(self, toks: list[T], a: int, b: int) -> Span | None:
        """The text of toks[a:b] as a span, trimmed of edge punctuation; None when under two words."""
        while a < b and not toks[a].word and toks[a].text not in QUOTE_MARKS:
            a += 1
        while b > a and not toks[b - 1].word and toks[b - 1].text not in QUOTE_MARKS:
            b -= 1
        if b - a < 1:
            return None
        words = sum(1 for t in toks[a:b] if t.word)
        if words < 2:
            return None
        return Span.of(self.orig, toks[a].start, toks[b - 1].end)

    def _reported_one(self, toks: list[T], a: int, b: int, k: int, ncue: int, verb, quotes, last_end) -> Claim | None:
        text = self.text
        cue_span = Span.of(self.orig, toks[k].start, toks[k + ncue - 1].end)
        sent = Span.of(self.orig, toks[a].start, toks[b - 1].end)
        after = k + ncue
        # according to X, CONTENT / CONTENT, according to X
        if verb.cls == "source":
            npr = np_right(toks, after, b, self.cues)
            if npr is None:
                return None
            key, mention = self._speaker(toks, npr[0], npr[1], a)
            if k == a or (k > a and all(not t.word for t in toks[a:k])):
                j = npr[1] + 1
                while j < b and toks[j].text == ",":
                    j += 1
                content = self._content(toks, j, b)
            else:
                content = self._content(toks, a, k)
                if content is not None and npr[1] + 1 < b - 1 and toks[npr[1] + 1].text == ",":
                    # "X, according to Y, is Z": content on both sides
                    tail = self._content(toks, npr[1] + 1, b)
                    if tail is not None and toks[k - 1].text == ",":
                        return Claim("indirect", Span.of(self.orig, content.start, tail.end), key, mention, cue_span, sent,
                                     (content, tail))
            if content is None:
                return None
            return Claim("indirect", content, key, mention, cue_span, sent)
        # CONTENT, X said (...). / CONTENT, said X.   (speech only: "..., he declined" reports nothing before it)
        backward_ok = verb.cls in ("speech", "belief", "write", "evidence") and verb.lemma not in _INTENT
        if backward_ok and (k > a and (toks[k - 1].text == "," or (k - 2 >= a and toks[k - 2].text == ","))
                            or k > a + 2):
            comma = None
            np = np_left(toks, k, a, self.cues)
            after_quote = np is not None and np[0] - 2 >= a and toks[np[0] - 1].text in QUOTE_MARKS \
                and not toks[np[0] - 1].inq and toks[np[0] - 2].text == ","
            if np is not None and np[0] - 1 >= a and (toks[np[0] - 1].text in (",", "\u2014") or after_quote) \
                    and np[0] - 1 > a and toks[np[0]].low not in ("who", "which", "that"):
                comma = np[0] - 1
                sp = self._speaker(toks, np[0], np[1], a)
            elif np is None and (toks[k - 1].text == "," or (toks[k - 1].text in QUOTE_MARKS and not toks[k - 1].inq
                                                             and k - 2 >= a and toks[k - 2].text == ",")) \
                    and not toks[k].low.endswith("ing"):
                npr = np_right(toks, after, b, self.cues)
                if npr is not None and toks[npr[0]].low not in ("that", "it", "this", "there") and (
                        toks[npr[0]].cap or toks[npr[0]].low in PRONOUNS or toks[npr[0]].low in ("the", "a", "an")
                        or toks[npr[1]].low.endswith("s")):
                    comma = k - 1
                    last = appositive_right(toks, npr[1], b)
                    sp = self._speaker(toks, npr[0], last, a)
                    after = last + 1
            if comma is not None:
                start = a
                inner = toks[start:comma]
                if inner and all(t.inq or t.text in QUOTE_MARKS or not t.word for t in inner):
                    return None  # a direct quote: attributed already
                # what follows the cue: nothing much ("said on Friday."), a subordinate clause
                # (", as they bristled ..."), or the rest of the content ("X, Mr. Morgan said, is Y")
                m = after
                addressee = None
                if verb.lemma in _TELL:
                    npa = np_right(toks, m, b, self.cues)
                    if npa is not None:
                        m = npa[1] + 1  # "..., an official told The New York Times."
                        addressee = Span.of(self.orig, toks[npa[0]].start, toks[npa[1]].end)
                while m < b and toks[m].word and toks[m].low in TIME_WORDS:
                    m += 1
                if m < b and toks[m].text == "(":
                    close = next((x for x in range(m + 1, min(b, m + 25)) if toks[x].text == ")"), None)
                    if close is not None:
                        m = close + 1  # "said Mr. Burman (a view echoed by everyone I interviewed)."
                if m < b and toks[m].word and toks[m].low in ("in", "on", "at", "to", "during", "after", "before", "via",
                                                              "through", "from", "last", "this", "earlier", "later"):
                    while m < b and m - after < 9 and toks[m].text not in (",", ".", ";", "!", "?") \
                            and toks[m].text not in QUOTE_MARKS and toks[m].low != "that":
                        m += 1
                tail = None
                if m < b and toks[m].text == "," and m + 1 < b:
                    u = toks[m + 1]
                    if u.low in ("as", "since", "because", "while", "when", "after", "before", "although", "though",
                                 "but", "and", "adding", "noting", "saying", "citing", "in", "according", "which",
                                 "who", "where", "even", "despite", "with", "without") or u.text in QUOTE_MARKS:
                        pass
                    elif sum(1 for t in toks[m + 1:b] if t.word) >= 3 and start < comma and \
                            sum(1 for t in toks[start:comma] if t.word) >= 2:
                        tail = self._content(toks, m + 1, b)
                    else:
                        m = -1
                elif m < b and toks[m].text not in (".", ";", "!", "?"):
                    m = -1
                if m >= 0:
                    content = self._content(toks, start, comma)
                    if content is None:
                        return None
                    key, mention = sp
                    if tail is not None:
                        return Claim("indirect", Span.of(self.orig, content.start, tail.end), key, mention, cue_span, sent,
                                     (content, tail), addressee)
                    return Claim("indirect", content, key, mention, cue_span, sent, (), addressee)
        # X said (that) CONTENT / ..., noting that CONTENT
        sp = self._subject(toks, k, ncue, a, verb)
        if sp is None:
            return None
        j = after
        addressee = self._addressee(toks, k, after, b)
        if addressee is not None:
            while j < b and toks[j].start < addressee.end:
                j += 1
        while j < b and toks[j].word and toks[j].low in TIME_WORDS and toks[j].low not in ("this", "last", "next"):
            j += 1  # "said Friday that"
        if j < b and toks[j].low in AUX:
            return None  # "Everything Trump says is a lie": the cue is inside a noun phrase
        # skip a short adverbial before "that": "said in a statement that", "told reporters on Friday that"
        that = None
        for m in range(j, min(b, j + 13)):
            if toks[m].low == "that" and not toks[m].inq:
                that = m
                break
            if toks[m].text in (".", ";", "?", "!") or toks[m].text in QUOTE_MARKS or toks[m].inq:
                break
            if m > j and self._cue_at(toks, m) is not None:
                break
        if that is not None and that > j and toks[j].low == "to" and (verb.cls == "intent" or verb.lemma in _INTENT) \
                and j + 1 < b and not toks[j + 1].cap and toks[j + 1].low not in ("the", "a", "an", "his", "her", "their"):
            that = None  # "sought to harness the anger that ...": an infinitive, not "said to reporters that"
        if that is not None:
            if that > j and not (toks[j].low in ("in", "on", "at", "to", "during", "after", "before", "last", "this",
                                                  "earlier", "later", "yesterday", "today", "monday", "tuesday",
                                                  "wednesday", "thursday", "friday", "saturday", "sunday", "also",
                                                  "repeatedly", "publicly", "privately", "again", "over", "for",
                                                  "via", "through", "with", "by", ",")
                                 or addressee is not None):
                that = None
        obj_ok = False
        if that is None:
            if verb.cls == "intent" or verb.lemma in _INTENT:
                # "vowed to punish", "urged Congress to act", "called for new tariffs": the intention
                if verb.lemma in ("call for",):
                    obj_ok = True
                elif verb.lemma in ("ask", "wonder", "question") and j < b and toks[j].low in (
                        "whether", "if", "why", "how", "what", "who", "when", "where", "about"):
                    obj_ok = True  # "asked Clinton whether she would release transcripts"
                elif j < b and toks[j].low == "to" and not toks[j].inq:
                    obj_ok = True
                elif verb.lemma in ("urge", "ask", "call on") and addressee is not None and j < b and toks[j].low == "to":
                    obj_ok = True
                elif verb.lemma in ("urge", "ask", "call on", "expect", "want", "encourage"):
                    m = j
                    while m < b and m - j < 6 and toks[m].word and toks[m].low != "to":
                        m += 1
                    if m < b and toks[m].low == "to" and m > j:
                        obj_ok = True
                if not obj_ok:
                    return None
            elif verb.cls == "attitude" or verb.lemma in _OBJECT_VERBS:
                # "Cruz endorsed Trump", "Trump called the senator a “nasty guy”"
                obj_ok = j < b and toks[j].word and toks[j].low not in ("to", "that", "as", "by", "in", "on", "at",
                                                                        "for", "off", "out", "up", "it", "this")
            elif verb.cls == "evidence" or verb.lemma in ("indicate", "suggest", "find", "show"):
                sp_head = sp[1].text.lower().split()[-1] if sp[1] is not None and sp[1].text else ""
                if sp_head.strip(",") in _EVIDENCE:
                    obj_ok = True
        if that is not None:
            j = that + 1
        elif obj_ok:
            pass
        elif verb.lemma in _NEEDS_THAT or verb.cls in ("source", "evidence", "intent", "attitude"):
            return None
        else:
            if j < b and toks[j].text in (":", ","):
                return None  # "he said, “...”": a direct quote, attributed already
            if obj_ok:
                pass
            elif j < b and (toks[j].low in ("to", "in", "on", "at", "of", "about", "for", "with", "by", "as", "so",
                                          "it", "him", "her", "them", "this", "nothing", "something", "anything",
                                          "goodbye", "hello", "otherwise",
                                          "the", "a", "an", "what", "how", "why", "when", "where", "whether", "if")
                          and not (verb.cls == "belief" and toks[j].low in ("the", "a", "an", "it"))
                          and not (toks[j].low in ("the", "a", "an", "it", "this", "her") and verb.lemma in ("say", "insist", "argue",
                                                                                                   "claim", "contend", "note",
                                                                                                   "predict", "suggest", "assert",
                                                                                                   "believe", "think",
                                                                                                   "hope", "expect"))):
                return None
        # a relative or subordinate clause ("who endorsed him last week, ...", "After Obama announced X, ...")
        # ends at its comma
        clause_comma = False
        if sp[1] is not None and sp[1].text.lower() in ("who", "which"):
            clause_comma = True
        else:
            np0 = np_left(toks, k, a, self.cues)
            if np0 is not None and np0[0] - 1 >= a and toks[np0[0] - 1].low in _SUBORDINATORS:
                clause_comma = True
        # the content runs to the end of the sentence or to the next cue clause (", adding that")
        e = j
        while e < b:
            t = toks[e]
            if t.text in (";",) and not t.inq:
                break
            if t.text == ":" and not t.inq and e + 1 < b and toks[e + 1].text in QUOTE_MARKS and e > j:
                break  # "...: “...”" a quote of its own follows
            if clause_comma and t.text in (",", "\u2014", "--") and not t.inq and e > j:
                break
            if t.low in ("and", "but", "while", "whereas") and not t.inq and e > j and any(
                    self._cue_at(toks, x) is not None and not toks[x].low.endswith("ing")
                    for x in range(e + 2, min(b, e + 6)) if not toks[x].inq and toks[x - 1].word):
                break  # "..., but 55 percent of all voters say ...": another attribution begins
            if t.low in ("and", "but") and not t.inq and e - j >= 1 and e + 1 < b and (
                    self._cue_at(toks, e + 1) is not None or toks[e + 1].low in ("then", "later")
                    or (toks[e + 1].low.endswith("ed") and not toks[e + 1].inq and e > j and toks[e - 1].text == ",")):
                break  # "he said X and said that Y", "pledged to X, and has championed Y"
            if t.text == "," and not t.inq and e + 1 < b and e - j >= 4 and not toks[e + 1].inq:
                u = toks[e + 1]
                if u.low in ("which", "who", "whose", "where") or (e + 2 < b and toks[e + 2].low in ("which", "whom")
                                                          and u.low in ("to", "in", "of", "for", "with", "at", "by")):
                    break  # a non-restrictive relative clause: the writer's addition
                if u.low == "and" and any(self._cue_at(toks, x) is not None for x in range(e + 2, min(b, e + 6))
                                          if not toks[x].inq):
                    break  # ", and three-quarters said ...": another attribution
                if u.low == "and" and e + 2 < b and (toks[e + 2].low in PRONOUNS or toks[e + 2].low in ("the", "a", "an", "his", "her", "their", "its", "when", "while", "if", "then")
                                                                 or (toks[e + 2].cap and toks[e + 2].word)):
                    break
            if t.text in ("\u2014", "\u2013", "--", "\u2015") and not t.inq and e - j >= 4:
                break
            if t.text == "," and not t.inq and e + 1 < b and toks[e + 1].low in ("but", "while", "although", "though") and e - j >= 4:
                break
            if t.text == "," and not t.inq and e + 2 < b and toks[e + 1].low in ("a", "an") and e - j >= 6 \
                    and not any(x.inq for x in toks[e:b]):
                break  # an appositive comment of the writer: "..., a policy seen as coercion"
            if t.text == "," and e + 1 < b and not t.inq:
                c2 = self._cue_at(toks, e + 1)
                if c2 is not None and toks[e + 1].low.endswith("ing"):
                    break
                if e + 2 < b and toks[e + 1].word and self._cue_at(toks, e + 2) is not None and \
                        toks[e + 1].low in PRONOUNS and e + 3 >= b - 1:
                    break
            e += 1
        if j < b and toks[j].text in QUOTE_MARKS:
            # the content is a quote: attributed as a quote already unless it goes on after it
            qs = [q for q in quotes if q.open == toks[j].start]
            if qs and qs[0].outer_end >= toks[e - 1].end - 1:
                return None
        content = self._content(toks, j, e)
        if content is None:
            return None
        key, mention = sp
        return Claim("indirect", content, key, mention, cue_span, sent, (), addressee)
