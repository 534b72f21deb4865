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
   ``according to X, CONTENT``, ``..., noting that CONTENT``.

Speakers are read and resolved by :mod:`kb.extract.speakers`.
"""
from __future__ import annotations

import bisect

from kb.extract.entities import EntityIndex
from kb.extract.quotes import Quote, find_quotes
from kb.extract.records import Claim, Span
from kb.extract.speakers import (ADVERBS, PRONOUNS, QUOTE_MARKS, STOP, Resolver, T, np_left, np_right,
                                 tokens)
from kb.extract.text import Prepared
from kb.resources import lexicon

_TELL = frozenset({"tell", "assure", "inform", "warn", "remind", "brief", "urge", "ask", "convince", "persuade",
                   "advise", "promise", "notify"})
# verbs whose object is not what was said ("described the talks as", "called him"): reported speech needs "that"
_NEEDS_THAT = frozenset({"describe", "call", "accuse", "charge", "urge", "ask", "demand", "brief", "inform",
                         "mention", "post", "tweet", "report", "comment", "answer", "respond", "reply", "continue",
                         "counter", "signal", "hint", "recall", "reveal", "disclose", "announce", "remark",
                         "praise", "criticize", "criticise", "blast", "attack", "joke", "quip", "shout", "yell",
                         "whisper", "exclaim", "testify", "see", "know", "understand", "learn", "consider",
                         "feel", "find", "show", "add", "state", "tout", "boast", "explain", "warn", "confirm",
                         "deny", "cite", "estimate", "write", "promise", "pledge", "vow", "agree", "fear"})
_CLAUSE_END = frozenset({".", "!", "?", ";"})
_MAX_CUE_WORDS = 3


def find_claims(prep: Prepared, idx: EntityIndex) -> list[Claim]:
    """Every claim of the article, in text order.  Never raises: a paragraph that cannot be read
    is skipped."""
    try:
        finder = _Finder(prep, idx)
    except Exception:  # pragma: no cover - defensive
        return []
    return finder.run()


class _Finder:
    def __init__(self, prep: Prepared, idx: EntityIndex) -> None:
        self.prep = prep
        self.text = prep.text
        self.idx = idx
        self.lex = lexicon()
        self.cues = self.lex.reporting_verbs
        self.sentences = tuple(s for s in prep.sentences)
        self.sent_starts = [s.start for s in self.sentences]
        self.res = Resolver(self.text, idx, self.sentences)
        self.paras = [(p.start, p.end) for p in prep.paragraphs]
        self.claims: list[Claim] = []
        self.last_direct: tuple[str, Span | None, int] | None = None  # speaker, mention, paragraph

    def run(self) -> list[Claim]:
        quotes = find_quotes(self.text, self.paras)
        by_para: dict[int, list[Quote]] = {}
        for q in quotes:
            by_para.setdefault(q.para, []).append(q)
        for pi, (lo, hi) in enumerate(self.paras):
            try:
                self._paragraph(pi, lo, hi, by_para.get(pi, []))
            except Exception:  # pragma: no cover - defensive: never give up on the article
                continue
        out = []
        for c in self.claims:
            if c.content.end > c.content.start and c.content.text.strip():
                out.append(c)
        out.sort(key=lambda c: c.content.start)
        return out

    # -- helpers ------------------------------------------------------------------------
    def _sent(self, pos: int) -> Span:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if 0 <= k < len(self.sentences) and self.sentences[k].start <= pos < max(self.sentences[k].end, pos + 1):
            return self.sentences[k]
        return Span.of(self.text, pos, pos)

    def _sent_span(self, a: int, b: int) -> Span:
        s1, s2 = self._sent(a), self._sent(max(a, b - 1))
        start = min(s1.start, a) if s1.end > s1.start else a
        end = max(s2.end, b)
        return Span.of(self.text, start, end)

    def _cue_at(self, toks: list[T], i: int) -> tuple[int, object] | None:
        """(number of tokens, verb) of a cue starting at toks[i]."""
        t = toks[i]
        if not t.word or t.inq:
            return None
        if t.cap and t.low != "according":
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
        return best

    def _speaker(self, toks: list[T], a: int, b: int, lo: int) -> tuple[str, Span]:
        if a == b and toks[a].low in ("who", "which") and a - 1 > lo and toks[a - 1].text == ",":
            np = np_left(toks, a - 1, lo, self.cues)
            if np is not None and toks[np[1]].low not in PRONOUNS:
                key, _ = self.res.resolve(toks, np[0], np[1])
                return key, Span.of(self.text, toks[a].start, toks[a].end)
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
        # unattributed direct quotes: the speaker of the nearest attributed quote in the paragraph,
        # or (a paragraph opening with a quote) the speaker of the previous paragraph's last quote
        prev_attr = None
        for n, (q, c) in enumerate(qclaims):
            if c is not None and c.kind == "direct" and c.cue is not None:
                prev_attr = c
                continue
            if c is not None or not self._standalone(q, toks, starts):
                continue
            src = prev_attr
            if src is None:
                for q2, c2 in qclaims[n + 1:]:
                    if c2 is not None and c2.kind == "direct" and c2.cue is not None:
                        src = c2
                        break
            if src is None and self.last_direct and self.last_direct[2] >= pi - 1 and (
                    q.cont_prev or text[lo:q.open].strip() == ""):
                key, mention, _ = self.last_direct
                content = Span.of(text, q.start, q.end)
                self._add(Claim("direct", content, key, None, None, self._sent_span(q.open, q.outer_end)))
                continue
            if src is not None:
                content = Span.of(text, q.start, q.end)
                self._add(Claim("direct", content, src.speaker, None, None, self._sent_span(q.open, q.outer_end)))
        for q, c in qclaims:
            if c is not None and c.kind == "direct":
                self.last_direct = (c.speaker, c.speaker_mention, pi)
        if quotes and not any(c for _, c in qclaims) and text[lo:quotes[0].open].strip() == "":
            pass
        elif not quotes:
            pass
        self._reported(pi, toks, used, lo, hi, quotes)

    def _standalone(self, q: Quote, toks: list[T], starts: list[int]) -> bool:
        """A quote that is a sentence (or more) of its own: not a fragment inside the writer's words."""
        sent = self._sent(q.open)
        before = self.text[max(sent.start, 0):q.open].strip()
        if before and before[-1] not in ":,\"\u201d" and not q.cont_prev:
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
        content = Span.of(text, q.start, q.end)
        # 1. attribution right after: “...,” he said / “...,” said Lavrov
        att = None
        if q.close is not None:
            k = r
            while k < n and toks[k].text in (",", "\u2014", "\u2013", "-") and not toks[k].inq:
                k += 1
            att = self._attribution_after(toks, k, n)
        if att is not None:
            cue_a, cue_b, sp_a, sp_b, end_k = att
            consumed.update(range(cue_a, cue_b))
            key, mention = self._speaker(toks, sp_a, sp_b, r)
            cue = Span.of(text, toks[cue_a].start, toks[cue_b - 1].end)
            addressee = self._addressee(toks, cue_a, cue_b, n)
            parts = [content]
            extra = []
            # a split quote: “...,” he stated, “but ...”
            k = end_k
            if addressee is not None:
                while k < n and toks[k].end <= addressee.end:
                    k += 1
            while k < n and toks[k].text == "," and not toks[k].inq:
                k += 1
            if later and k < n and toks[k].start == later[0].open and later[0].para == q.para:
                nxt = later[0]
                # only if the next quote is not attributed on its own
                nr = bisect.bisect_left(starts, nxt.outer_end)
                kk = nr
                while kk < n and toks[kk].text in (",",):
                    kk += 1
                if nxt.close is None or self._attribution_after(toks, kk, n) is None:
                    parts.append(Span.of(text, nxt.start, nxt.end))
                    extra.append(nxt)
            full = Span.of(text, parts[0].start, parts[-1].end)
            kind = "direct" if self._starts_clause(toks, l, sent, q) else "partial"
            if kind == "partial" and len(parts) == 1:
                # “...,” he said after a fragment inside the writer's sentence: still the speaker's words
                pass
            claim = Claim(kind, full, key, mention, cue, self._sent_span(q.open, max(toks[min(end_k, n) - 1].end, parts[-1].end)),
                          tuple(parts) if len(parts) > 1 else (), addressee)
            self._add(claim)
            return claim, consumed, extra
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
        if best is not None:
            k, (ncue, verb) = best
            gap = toks[k + ncue:l + 1]
            gap_words = [t for t in gap if t.word]
            direct_form = (not gap or gap[-1].text in (":", ",") or (gap_words and gap_words[-1].low == "that"
                                                                       and len(gap_words) == 1)) and len(gap_words) <= 8
            sp = self._subject(toks, k, ncue, lo_k, verb)
            if sp is not None:
                key, mention = sp
                cue_span = Span.of(text, toks[k].start, toks[k + ncue - 1].end)
                if direct_form:
                    addressee = self._addressee(toks, k, k + ncue, l + 1)
                    kind = "direct" if self._quote_is_sentence(q, toks, starts) else "partial"
                    claim = Claim(kind, content, key, mention, cue_span, self._sent_span(sent.start, q.outer_end),
                                  (), addressee)
                    consumed.add(k)
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
                    cue_span = Span.of(text, toks[k].start, toks[k + cue[0] - 1].end)
                    claim = Claim("partial", content, key, mention, cue_span, self._sent_span(sent.start, sent.end))
                    self._add(claim)
                    return claim, consumed, []
                break
        return None, consumed, []

    def _starts_clause(self, toks: list[T], l: int, sent: Span, q: Quote) -> bool:
        before = self.text[sent.start:q.open].strip()
        if not before or q.cont_prev:
            return True
        return before[-1] in ":,\"\u201d.!?" and len(before) < 3 or before[-1] == ":"

    def _quote_is_sentence(self, q: Quote, toks: list[T], starts: list[int]) -> bool:
        c = self.text[q.start:q.end]
        return bool(c) and (c[0].isupper() or c[0] in "[\u2018'") and len(c.split()) >= 3

    def _attribution_after(self, toks: list[T], k: int, n: int):
        """``he said`` / ``said Lavrov`` / ``Lavrov told ...`` starting at toks[k]:
        (cue first, cue end, speaker first, speaker last, index after the clause) or None."""
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
                return j, j + ncue, npr[0], npr[1], npr[1] + 1
            return None
        # NP CUE: he said / Lavrov told / the ASEAN ministers declared
        npr = np_right(toks, k, n, self.cues)
        if npr is None:
            return None
        j = npr[1] + 1
        while j < n and toks[j].word and toks[j].low in ADVERBS and not toks[j].cap:
            j += 1
        cue = self._cue_at(toks, j) if j < n else None
        if cue is None:
            return None
        return j, j + cue[0], npr[0], npr[1], j + cue[0]

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
        # "told reporters on Friday": stop the addressee at a preposition
        return Span.of(self.text, toks[a].start, toks[b].end)

    def _subject(self, toks: list[T], k: int, ncue: int, lo: int, verb) -> tuple[str, Span] | None:
        """The speaker of the cue at toks[k]: its subject, or for a participle (", noting that")
        the subject of the sentence."""
        if verb.cls == "source":  # according to X
            npr = np_right(toks, k + ncue, len(toks), self.cues)
            if npr is None:
                return None
            return self._speaker(toks, npr[0], npr[1], lo)
        np = np_left(toks, k, lo, self.cues)
        if np is not None:
            return self._speaker(toks, np[0], np[1], lo)
        if toks[k].low.endswith("ing") and k - 1 >= lo and toks[k - 1].text in (",", "\u2014"):
            return self._sentence_subject(toks, lo, k)
        return None

    def _sentence_subject(self, toks: list[T], lo: int, hi: int) -> tuple[str, Span] | None:
        """The subject at the start of the clause toks[lo:hi] (an introductory phrase skipped)."""
        k = lo
        while k < hi and not toks[k].word:
            k += 1
        # "On Friday, X ..." / "Meanwhile, X ..."
        for j in range(k, min(hi, k + 8)):
            if toks[j].text == ",":
                if toks[k].low in STOP or toks[k].low in ADVERBS or toks[k].low in lexicon().function_words:
                    k = j + 1
                break
        npr = np_right(toks, k, hi, self.cues)
        if npr is None:
            return None
        # the phrase must be followed by a verb-like word, not be the object of something
        return self._speaker(toks, npr[0], npr[1], lo)

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
        return Span.of(self.text, toks[a].start, toks[b - 1].end)

    def _reported_one(self, toks: list[T], a: int, b: int, k: int, ncue: int, verb, quotes, last_end) -> Claim | None:
        text = self.text
        cue_span = Span.of(text, toks[k].start, toks[k + ncue - 1].end)
        sent = Span.of(text, toks[a].start, toks[b - 1].end)
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
                if content is not None and npr[1] + 1 < b - 1:
                    # "X, according to Y, is Z": content on both sides
                    tail = self._content(toks, npr[1] + 1, b)
                    if tail is not None and toks[k - 1].text == ",":
                        return Claim("indirect", Span.of(text, content.start, tail.end), key, mention, cue_span, sent,
                                     (content, tail))
            if content is None:
                return None
            return Claim("indirect", content, key, mention, cue_span, sent)
        # CONTENT, X said (...). / CONTENT, said X.
        if k > a and (toks[k - 1].text == "," or (k - 2 >= a and toks[k - 2].text == ",")) or k > a + 2:
            comma = None
            np = np_left(toks, k, a, self.cues)
            if np is not None and np[0] - 1 >= a and toks[np[0] - 1].text in (",", "\u2014") and np[0] - 1 > a:
                comma = np[0] - 1
                sp = self._speaker(toks, np[0], np[1], a)
            elif toks[k - 1].text == ",":
                npr = np_right(toks, after, b, self.cues)
                if npr is not None and toks[npr[0]].low not in ("that",):
                    comma = k - 1
                    sp = self._speaker(toks, npr[0], npr[1], a)
                    after = npr[1] + 1
            if comma is not None:
                rest = [t for t in toks[after:b] if t.word]
                if len(rest) <= 8 and not any(t.low == "that" for t in rest) and not any(t.inq for t in toks[after:b]):
                    start = a
                    if last_end is not None:
                        while start < comma and toks[start].start < last_end:
                            start += 1
                    inner = toks[start:comma]
                    if inner and all(t.inq or t.text in QUOTE_MARKS or not t.word for t in inner):
                        return None  # a direct quote: attributed already
                    content = self._content(toks, start, comma)
                    if content is None:
                        return None
                    key, mention = sp
                    return Claim("indirect", content, key, mention, cue_span, sent)
        # X said (that) CONTENT / ..., noting that CONTENT
        sp = self._subject(toks, k, ncue, a, verb)
        if sp is None:
            return None
        j = after
        addressee = self._addressee(toks, k, after, b)
        if addressee is not None:
            while j < b and toks[j].start < addressee.end:
                j += 1
        # skip a short adverbial before "that": "said in a statement that", "told reporters on Friday that"
        that = None
        for m in range(j, min(b, j + 9)):
            if toks[m].low == "that" and not toks[m].inq:
                that = m
                break
            if toks[m].text in (".", ";", "?", "!") or toks[m].text in QUOTE_MARKS or toks[m].inq:
                break
            if m > j and self._cue_at(toks, m) is not None:
                break
        if that is not None and all(toks[m].low in STOP or not toks[m].low in ADVERBS for m in range(j, that)):
            if that > j and not (toks[j].low in ("in", "on", "at", "to", "during", "after", "before", "last", "this",
                                                  "earlier", "later", "yesterday", "today", "monday", "tuesday",
                                                  "wednesday", "thursday", "friday", "saturday", "sunday", "also",
                                                  "repeatedly", "publicly", "privately", "again", "over", "for",
                                                  "via", "through", "with", "by", ",")
                                 or addressee is not None):
                that = None
        if that is not None:
            j = that + 1
        elif verb.lemma in _NEEDS_THAT or verb.cls == "source":
            return None
        else:
            if j < b and toks[j].text in (":", ","):
                return None  # "he said, “...”": a direct quote, attributed already
            if j < b and (toks[j].low in ("to", "in", "on", "at", "of", "about", "for", "with", "by", "as", "so",
                                          "it", "him", "her", "them", "this", "nothing", "something", "anything",
                                          "more", "much", "little", "yes", "no", "goodbye", "hello", "otherwise",
                                          "the", "a", "an", "what", "how", "why", "when", "where", "whether", "if")
                          and not (verb.cls == "belief" and toks[j].low in ("the", "a", "an", "it"))
                          and not (toks[j].low in ("the", "a", "an", "it", "this") and verb.lemma in ("say", "insist", "argue",
                                                                                                   "claim", "contend", "note",
                                                                                                   "predict", "suggest", "assert",
                                                                                                   "maintain", "believe", "think",
                                                                                                   "hope", "expect"))):
                return None
        # the content runs to the end of the sentence or to the next cue clause (", adding that")
        e = j
        while e < b:
            t = toks[e]
            if t.text in (";",) and not t.inq:
                break
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
