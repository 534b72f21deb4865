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
import dataclasses
import logging
import os

from kb.errors import KbError
from kb.extract.dates import MONTHS
from kb.extract.entities import EntityIndex
from kb.extract.learned import find_learned
from kb.extract.quotes import Quote, find_quotes
from kb.extract.records import Claim, Span
from kb.extract.speakers import (ADVERBS, AUX, PRONOUNS, QUOTE_MARKS, STOP, TIME_WORDS, Resolver, T,
                                 appositive_right, dateline_end, noun_cue_word, np_left, np_right, subject_left,
                                 tokens)
from kb.extract.speakers import _PRONOMINAL_QUANTIFIERS, _QUANTIFIERS, _SUBJ_PREPS, CONNECTORS, DETS, HARD_DETS
from kb.extract.speakers import _adverb as _adverb_tok
from kb.extract.speakers import speaker_noun as speaker_noun_low
from kb.extract.text import Prepared
from kb.resources import ReportingVerb, given_names, lexicon, wordset

_TELL = wordset("tell_verbs")
_NEEDS_THAT = wordset("needs_that_verbs")
_INTENT = wordset("intent_phrases")
_IRREGULAR_SPEECH_VERBS = wordset("speech_verb_forms")
_PAST_TENSE = wordset("past_tense_verbs")
_GO_ON = wordset("go_on_words")
_SUBORDINATORS = wordset("subordinators")
_OBJECT_END = wordset("object_end_words")
_MEDIUM_NOUNS = wordset("medium_nouns")
_ELABORATION = wordset("elaboration_words")
_BUT_GOES_ON = wordset("but_continuations")
_SENTENCE_OPENERS = wordset("sentence_openers")
_ABOUT_WORDS = wordset("about_prepositions")
_FRAGMENT_LINKS = wordset("fragment_links")
_OBJECT_VERBS = wordset("object_verbs")
_NOT_CUES = wordset("not_cue_phrases")
_EVIDENCE = wordset("evidence_nouns")
_AS_OBJECT = wordset("as_object_verbs")
_FEELING = wordset("feeling_verbs")
_IRREG_PARTICIPLES = wordset("irregular_participles")
_NOT_AS_COMPLEMENT = wordset("not_as_complement")
_LABELS = wordset("label_words")
_CLAIM_NOUNS = wordset("claim_nouns")
_COPULAS = wordset("copulas")
_STANCE_ADVERBS = wordset("stance_adverbs")
_INTENT_ADJECTIVES = wordset("intent_adjectives")
_STANCE_ADJECTIVES = wordset("stance_adjectives") | _INTENT_ADJECTIVES
_STANCE_PREPOSITIONS = wordset("stance_prepositions")
_NOUN_OBJECTS = wordset("claim_noun_object_phrases")
_STATEMENT_VERBS = wordset("statement_verbs")
_STATEMENT_NOUNS = wordset("statement_nouns")
_STATEMENT_LINKS = wordset("statement_links")
_SOURCE_IN_NOUNS = wordset("source_in_nouns")
_ADDRESSEE_CONTENT = wordset("addressee_content_phrases")
_EVENT_NOUNS = wordset("speech_event_nouns")
_EVENT_PREPS = wordset("speech_event_prepositions")
_CAUSE_VERBS = frozenset({"ask", "asked", "asks", "asking", "urge", "urged", "urges", "tell", "told", "tells", "want",
                          "wanted", "wants", "expect", "expected", "expects", "encourage", "encouraged", "force",
                          "forced", "allow", "allowed", "invite", "invited", "persuade", "persuaded", "pressed",
                          "pushed", "called", "calls", "need", "needed", "expected", "order", "ordered", "him", "her",
                          "them", "me", "us", "failed", "refused", "declined", "wanting", "able", "unable", "likely",
                          "unlikely", "first", "last", "only", "set", "due", "poised", "going", "about", "ready",
                          "intended", "intends", "meant", "designed", "hoping", "hoped", "trying", "tried", "sought",
                          "seeking", "aimed", "aims", "planned", "plans", "though", "although"})
_INDEFINITE_PEOPLE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"})
_SUBJ_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
_ADVERBIAL_STARTS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "late", "after", "before",
                               "yesterday", "today", "recently", "later", "privately", "publicly", "again"})
_ING_OR_ED_ADJ = frozenset({"concerned", "worried", "interested", "tired", "surprised", "pleased", "disappointed",
                            "frustrated", "excited", "committed", "determined", "prepared", "qualified", "united"})
_GERUND_BEFORE = frozenset({"like", "as", "by", "of", "for", "about", "on", "in", "from", "to", "and", "or", ","})
_POSS_PRONOUNS = frozenset({"his", "her", "their", "its"})
_TO_NOUNS = wordset("to_nouns")
_NOUN_VERBS = wordset("noun_verbs")
_CHARACTERISING = wordset("characterising_verbs")
_AFTER_NOUN = frozenset({"of", "from", "against", "in", "at", "by", "with", "over", "and", "or"})
_CONTRACTED_VERB_S = frozenset({"he's", "she's", "it's", "that's", "who's", "what's", "there's", "he\u2019s",
                                "she\u2019s", "it\u2019s", "that\u2019s", "who\u2019s", "what\u2019s", "there\u2019s"})
_PP_STARTS = frozenset({"in", "on", "at", "during", "after", "before", "over", "via", "through", "with", "for"})
_PARTICIPLE_OPENERS = frozenset({"after", "before", "since", "while", "when", "by", "without", "upon", "in", "despite"})
_FRONTED = frozenset({"though", "although", "while", "despite", "whereas", "after", "when", "as", "because", "since", "if", "before", "once"})
_log = logging.getLogger(__name__)
# KB_CLAIMS_STRICT=1 lets errors through instead of skipping the paragraph (for tests and debugging)
_STRICT = bool(os.environ.get("KB_CLAIMS_STRICT"))
_MAX_CUE_WORDS = 3
_CLAUSE_BREAKS = frozenset({"and", "but", "that", "because", "while", "if", "when", "whether", "although", "though",
                            "so", "as", "since", "after", "before", "where", "whereas", "until", "unless", "or"})
_WRITER_AFTER_COMMA = frozenset({"however", "whom", "whose", "prompting", "sparking", "leading",
                                 "meaning", "forcing", "drawing", "causing"})
_WRITER_AFTER_COMMA2 = frozenset({"one of", "with whom", "in which", "for which", "by which", "of which", "at which",
                                  "a move", "a claim", "a charge", "an assertion", "a statement", "a remark", "aside from", "based on"})
_CONTRACTED = ("he'", "she'", "they'", "we'", "i'", "you'", "it'", "he\u2019", "she\u2019", "they\u2019", "we\u2019",
               "i\u2019", "you\u2019", "it\u2019")
_FINITE = frozenset({"won't", "can't", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't",
                     "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't",
                     "won\u2019t", "can\u2019t", "didn\u2019t", "doesn\u2019t", "don\u2019t", "isn\u2019t",
                     "wasn\u2019t", "aren\u2019t", "weren\u2019t", "hasn\u2019t", "haven\u2019t", "hadn\u2019t",
                     "wouldn\u2019t", "couldn\u2019t", "shouldn\u2019t", "needs", "needed", "wants", "wanted"})
_WH_VERBS = frozenset({"ask", "wonder", "question", "explain", "know", "understand", "say", "doubt", "recall",
                       "consider", "decide", "learn", "tell"})
_INTRO_WORDS = frozenset({"in", "on", "at", "after", "before", "since", "during", "for", "with", "without", "by",
                          "as", "when", "while", "although", "though", "if", "despite", "meanwhile", "still",
                          "however", "but", "and", "so", "yet", "then", "now", "also", "instead", "indeed", "asked",
                          "speaking", "writing", "earlier", "later", "last", "this", "from", "under", "over",
                          "because", "until", "once", "unlike", "like", "among", "according", "amid", "amidst",
                          "alongside", "besides", "beyond", "upon"})


_RELATIVE_WORDS = frozenset({"who", "which", "that", "whom"})


_PARTY_ADJECTIVES = wordset("party_adjectives")
_IRREG_PAST = wordset("past_tense_verbs")
_SHARE_HEADS = frozenset({"majority", "minority", "plurality", "number", "lot", "third", "quarter", "half", "couple",
                          "handful", "percent"})  # "a majority say": a plural in meaning


def _plausible_source(mention: Span | None) -> bool:
    """Can these words name a source?  Not one or two words without a determiner that end in a
    lower-case word that is neither a noun of speakers, a plural, nor a pronoun ("Having",
    "tremendous", "Oz's dubious", "It's become")."""
    if mention is None:
        return True
    words = mention.text.replace("\u2019", "'").split()
    if not words or len(words) > 2 or "," in mention.text:
        return True
    first, last = words[0].lower(), words[-1].lower()
    if first in DETS or first in HARD_DETS or not words[-1][:1].islower():
        return True
    if words[0][:1].isupper() and not first.endswith("ing") and "'" not in first and len(words) == 2:
        return True  # a name and a stray word: "Cruz himself", "Sanders instead"
    return (speaker_noun_low(last) or last in PRONOUNS or last in _PRONOMINAL_QUANTIFIERS or last in _INDEFINITE_PEOPLE
            or (last.endswith("s") and not last.endswith(("ss", "us", "'s"))) or last[:1].isdigit())


def find_claims(prep: Prepared, idx: EntityIndex) -> list[Claim]:
    """Every claim of the article, in text order.  Never raises: a paragraph that cannot be read
    is skipped."""
    try:
        return _Finder(prep, idx).run()
    except KbError:
        raise  # a broken installation (the attribution model missing), not this article
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
        self._subject_heads: dict[tuple[int, int], str] = {}  # head word of a long subject, by mention span

    def run(self) -> list[Claim]:
        quotes = find_quotes(self.text, self.paras)
        self.res.set_quotes([(q.open, q.outer_end) for q in quotes])
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
        try:
            self.claims.extend(find_learned(self.prep, self.idx, self.claims, self.res, quotes))
        except KbError:
            raise
        except Exception:  # pragma: no cover - defensive: the rules' claims stay
            if _STRICT:
                raise
            _log.debug("claims: learned step skipped", exc_info=True)
        out = []
        contents = sorted((c.content.start, c.content.end, c.cue.start if c.cue is not None else -1)
                          for c in self.claims if c.kind != "partial")
        starts = [a for a, _, _ in contents]
        reach = []  # reach[i]: the furthest end among contents[:i + 1]
        for _, b, _ in contents:
            reach.append(max(b, reach[-1]) if reach else b)
        seen: set[tuple] = set()
        for c in self.claims:
            if not (c.content.end > c.content.start and c.content.text.strip()):
                continue
            if c.kind != "direct" and not _plausible_source(c.speaker_mention):
                continue  # "Having said ...", "tremendous support from": no one is the source
            # one claim per kind and stretch of text (the store names a claim by them)
            ident = (c.kind, tuple((p.start, p.end) for p in (c.parts or (c.content,))))
            if ident in seen:
                continue
            seen.add(ident)
            # reported speech nested in another claim's content belongs to that claim
            if c.kind == "indirect" and c.cue is not None:
                i = bisect.bisect_right(starts, c.cue.start) - 1
                if i >= 0 and reach[i] >= c.cue.end and self._nested(contents, i, c):
                    continue
            if c.kind == "partial" and c.cue is not None:
                # a quoted fragment inside another claim's content ("She said Trump favors a “strongman
                # approach”"): the outer source reports it (one source per stretch of text)
                i = bisect.bisect_right(starts, c.cue.start) - 1
                if i >= 0 and reach[i] >= c.cue.end:
                    outer = self._outer(i, contents, c)
                    if outer is not None and outer.speaker and outer.cue is not None \
                            and (outer.cue.end <= c.cue.start < c.content.start
                                 or c.content.end <= outer.content.end <= outer.cue.start):  # "CONTENT, X said"
                        c = dataclasses.replace(c, speaker=outer.speaker, speaker_mention=outer.speaker_mention)
            elif c.kind == "direct" and c.cue is None and not (
                    c.speaker_mention is not None and c.sentence.start <= c.speaker_mention.start < c.content.start):
                # a quote taken for the previous speaker's, but it opens reported speech of its own:
                # "“You squeezed employees” to drive up the price, she said" (not a quote whose source the
                # sentence names before it: "In an interview, Trump went further: “...”")
                i = bisect.bisect_right(starts, c.content.start) - 1
                if i >= 0 and reach[i] >= c.content.end:
                    outer = self._outer(i, contents, c, c.content)
                    if outer is not None and outer.speaker and outer.cue is not None:
                        c = dataclasses.replace(c, speaker=outer.speaker, speaker_mention=outer.speaker_mention)
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

    def _outer(self, i: int, contents: list[tuple[int, int, int]], c: Claim, inner: Span | None = None) -> Claim | None:
        """The innermost claim other than c (among contents[:i + 1]) whose content holds ``inner``
        (c's cue by default)."""
        inner = inner or c.cue
        own = (c.content.start, c.content.end)
        best = None
        for a, b, _ in reversed(contents[max(0, i - 20):i + 1]):
            if (a, b) == own:
                continue
            if a <= inner.start and inner.end <= b and (best is None or b - a < best[1] - best[0]):
                best = (a, b)
        if best is None:
            return None
        return next((o for o in self.claims if o.kind != "partial" and (o.content.start, o.content.end) == best
                     and o is not c), None)

    @staticmethod
    def _nested(contents: list[tuple[int, int, int]], i: int, c: Claim) -> bool:
        """Does a content other than c's own (among contents[:i + 1]) hold c's cue?  Two claims that hold
        each other's cue ("X called for CONTENT, sources said", where the first content runs over the
        attribution) are one claim inside the other: the later cue is the outer one."""
        own = (c.content.start, c.content.end)
        for a, b, cue in reversed(contents[max(0, i - 20):i + 1]):
            if a <= c.cue.start and c.cue.end <= b and (a, b) != own:
                if c.content.start <= cue < c.content.end and cue < c.cue.start:
                    continue  # mutual: c's cue comes last, c is the outer claim
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
        if t.low in _COPULAS:
            stance = self._stance_cue(toks, i)
            if stance is not None:
                return stance
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
                # a plural noun, not a verb: "Health worries have dogged", "the claims are false"
                if nxt.low in AUX and best[1].form.endswith("s") and best[0] == 1 and not best[1].form.endswith("ss"):
                    return None
                nv = self.cues.get(nxt.low)
                if best[0] == 1 and best[1].form == best[1].lemma + "s" and nv is not None and not nxt.inq \
                        and not nxt.low.endswith("ing") and nv.form != nv.lemma + "s" \
                        and not (nv.form == nv.lemma and nv.lemma in _NOUN_VERBS) \
                        and not (i > 0 and toks[i - 1].low in PRONOUNS):  # (not "who he says asked for")
                    return None  # a plural before a verb: "reform advocates believe", "new reports show"
                # a verb that is also a noun, before what follows a noun: "the terrorist attacks of", "party rules allow"
                if best[0] == 1 and best[1].lemma in _NOUN_VERBS and best[1].form in (best[1].lemma, best[1].lemma + "s") \
                        and not nxt.inq and (nxt.low in _AFTER_NOUN or (nxt.low in AUX and (best[1].form != best[1].lemma
                                                                    or nxt.low in ("is", "was", "has", "does"))) or (
                            not nxt.cap and nxt.low.endswith("ed") and len(nxt.low) > 4)) \
                        and not (i > 0 and (toks[i - 1].low in PRONOUNS or toks[i - 1].low in ("who", "that", "which"))):
                    return None
            if i > 0 and toks[i - 1].word and f"{toks[i - 1].low} {t.low}" in _NOT_CUES:
                return None  # "ASEAN pushes back against ..."
            if i > 0 and toks[i - 1].word and toks[i - 1].low in ("a", "an", "the", "this", "that", "these", "those",
                                                                  "his", "her", "their", "its", "our", "my", "your"):
                return None  # "the report", "a claim", "his call": a noun
            if i > 0 and toks[i - 1].poss and not toks[i - 1].inq and toks[i - 1].low not in _CONTRACTED_VERB_S:
                return None  # "the administration's plan", "Trump's claims": a noun
            if best[0] == 1 and noun_cue_word(toks, i, self.cues):
                return None  # "the FBI email probe", "White House press secretary"
        return best

    def _finite_cue_at(self, toks: list[T], i: int) -> bool:
        """Is there a cue at toks[i] that is no noun ("and said", "and tell", "but says", "and claim it would";
        not "and state law", "and report cards": the bare form of a verb that is also a noun)?"""
        cue = self._cue_at(toks, i)
        if cue is None:
            return False
        if cue[0] > 1 or cue[1].form != cue[1].lemma or cue[1].lemma not in _NOUN_VERBS:
            return True  # "and said", "and tell recipients"
        nxt = toks[i + 1] if i + 1 < len(toks) else None  # "and claim it would": a verb before a clause
        return nxt is not None and not nxt.inq and (nxt.low in _SUBJ_PRONOUNS or nxt.low == "that")

    @staticmethod
    def _stance_cue(toks: list[T], i: int) -> tuple[int, ReportingVerb] | None:
        """A stance adjective after the copula at toks[i] (``[stance_adjectives]``): "is convinced (that)",
        "are deeply skeptical of", "was eager (to ...)".  The cue runs from the copula to the adjective, or
        to the preposition that takes the adjective's object; a belief takes a clause, an intention an
        infinitive, an attitude the object."""
        n = len(toks)
        if i > 0 and toks[i - 1].word and toks[i - 1].low in ("it", "there", "this", "that", "what", "which"):
            return None  # "it is clear that", "that is sure to": no source
        k = i + 1
        while k < n and k - i <= 3 and toks[k].word and not toks[k].inq and toks[k].low in _STANCE_ADVERBS \
                and toks[k].start - toks[k - 1].end <= 1:
            k += 1
        if k >= n or not toks[k].word or toks[k].inq or toks[k].cap or toks[k].low not in _STANCE_ADJECTIVES \
                or toks[k].start - toks[k - 1].end > 1:
            return None
        adj = toks[k].low
        e = k + 1
        nxt = toks[e] if e < n and toks[e].word and not toks[e].inq and toks[e].start - toks[k].end <= 1 else None
        if adj in _INTENT_ADJECTIVES:
            if nxt is None or nxt.low != "to":
                return None
            cls = "intent"  # "was eager to return": the content is the infinitive
        elif nxt is not None and nxt.low in _STANCE_PREPOSITIONS:
            cls = "attitude"  # "is critical of the plan", "are skeptical about the campaign"
            e += 1
        else:
            cls = "belief"  # "is convinced (that) the state will recover"
        form = " ".join(x.low for x in toks[i:e])
        return e - i, ReportingVerb(adj, form, cls)

    def _in_title_case_headline(self, toks: list[T], i: int) -> bool:
        """Is toks[i] a word (not the first) of a Title Case headline ("Former Doctor Says Clinton Hid ...")?"""
        h = self.prep.headline
        if h is None and self.paras:
            # a title that ends with a full stop is not taken for a headline by the text layer
            a, b = self.paras[0]
            if b - a < 200 and "\n" not in self.text[a:b]:
                h = Span.of(self.orig, a, b)
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
            if np is None and toks[a - 1].low in ("those", "these"):
                np = (a - 1, a - 1)  # "Among those who said": those, not a person of earlier sentences
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
            if c is not None and c.kind in ("direct", "partial") and c.cue is not None:
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
            if c is None and n > 0 and not self._standalone(q, toks, starts):
                q0, c0 = qclaims[n - 1]
                words = text[q0.outer_end:q.open].replace(",", " ").split()
                if c0 is not None and c0.kind == "partial" and c0.cue is not None and len(words) <= 3 \
                        and all(w.lower() in _FRAGMENT_LINKS for w in words) \
                        and self._sent(q0.open).start == self._sent(q.open).start:
                    # told them to “go vote” and then “go sit there with your friends”: the same source's
                    claim = Claim("partial", Span.of(self.orig, q.start, q.end), c0.speaker, c0.speaker_mention,
                                  c0.cue, self._sent_span(q.open, q.outer_end))
                    self._add(claim)
                    qclaims[n] = (q, claim)
                    continue
            if c is not None or not self._standalone(q, toks, starts):
                continue
            lead = self._lead_in_subject(toks, starts, q)
            if lead is not None:
                # “X emphatically proclaimed at a press conference, “...”": the subject of the lead-in
                content = Span.of(self.orig, q.start, q.end)
                claim = Claim("direct", content, lead[0], lead[1], None, self._sent_span(q.open, q.outer_end))
                self._add(claim)
                qclaims[n] = (q, claim)
                prev_attr = claim
                continue
            src = prev_attr
            short = self._short_attribution_before(toks, starts, q) if src is None else None
            if short is not None:
                # "Iowa State's Dianne Bystrom agreed. “Mainstream Republicans are ...”"
                content = Span.of(self.orig, q.start, q.end)
                claim = Claim("direct", content, short[0], short[1], short[2], self._sent_span(q.open, q.outer_end))
                self._add(claim)
                qclaims[n] = (q, claim)
                prev_attr = claim
                continue
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
            if c is not None and (c.kind == "direct" or (c.kind == "partial" and c.cue is not None)):
                self.last_direct = (c.speaker, c.speaker_mention, pi)
        self.intro = self._introduction(pi, toks, lo, hi, used)

    def _lead_in_subject(self, toks: list[T], starts: list[int], q: Quote) -> tuple[str, Span] | None:
        """The subject of the writer's clause that leads in to a quote with a comma or colon but no
        reporting verb ("Clinton emphatically proclaimed at a press conference, “...”")."""
        sent = self._sent(q.open)
        a = bisect.bisect_left(starts, sent.start)
        l = bisect.bisect_left(starts, q.open) - 1
        if l - a < 3 or toks[l].text not in (",", ":") or q.cont_prev:
            return None
        last_q = next((x for x in range(l - 1, a - 1, -1) if toks[x].inq or toks[x].text in QUOTE_MARKS), None)
        if last_q is not None:
            # "X said they are “non-entities,” but he gave them a compliment: “...”": the last clause
            a = next((x + 1 for x in range(last_q, l - 3) if toks[x].low in ("but", "and") and not toks[x].inq
                      and (toks[x - 1].text == "," or toks[x - 1].text in QUOTE_MARKS and toks[x - 2].text == ",")),
                     None)
            if a is None:
                return None
        # a finite verb of its own after the subject ("proclaimed", "reiterated", "wrote")
        if not any(self._verb_like(toks[x]) for x in range(a + 1, l)):
            return None
        sp = self._sentence_subject(toks, a, l)
        if sp is None or sp[1] is None:
            return None
        head = sp[1].text.split()[-1].lower() if sp[1].text.split() else ""
        if head.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            return None  # "Obama's questions to ...": a possessor, not a subject
        if self.res.kind(sp[0]) not in ("Person", "Organization", "Group", "Country") or not (
                (sp[0] in self.keys_before and sp[1].text[:1].isupper()) or head in PRONOUNS or speaker_noun_low(head)):
            return None
        return sp

    def _introduction(self, pi: int, toks: list[T], lo: int, hi: int, used: set[int]):
        """A paragraph that ends "X said:" (or "X reports:") introduces the quote paragraph after it:
        (speaker, mention, cue, paragraph index) or None."""
        if not self.text[lo:hi].rstrip().endswith(":") or len(toks) < 2:
            return None
        sent = self._sent(max(lo, hi - 1))
        a = bisect.bisect_left([t.start for t in toks], sent.start)
        inv = self._lead_before(toks, a, len(toks) - 1)
        if inv is not None:
            return inv[0], inv[1], inv[2], pi  # "Stated Stone:", "Trump issued the following statement:"
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

    def _lead_before(self, toks: list[T], a: int, l: int):
        """A sentence toks[a..l] that introduces the quote after it without an ordinary "X said": "Said X,
        ...," / "Stated Stone:" or "Trump issued the following statement:"."""
        return self._inverted_lead(toks, a, l) or self._statement_colon(toks, a, l)

    def _inverted_lead(self, toks: list[T], a: int, l: int):
        """A sentence that opens with a finite speech cue and its source, then a comma or colon at toks[l]
        before a quote ("Said Dorothy Poynter, who grew up here, “...”", "Stated Stone:"): (speaker,
        mention, cue) or None."""
        if l - a < 2 or l - a > 30 or toks[l].text not in (",", ":") or not toks[a].cap or toks[a].inq:
            return None
        v = self.cues.get(toks[a].low)
        if v is None or v.cls not in ("speech", "write") or v.form == v.lemma or v.form.endswith("ing"):
            return None
        npr = np_right(toks, a + 1, l + 1, self.cues)
        if npr is None or not toks[npr[1]].cap and not speaker_noun_low(toks[npr[1]].low) \
                or toks[npr[0]].low in PRONOUNS:
            return None
        last = appositive_right(toks, npr[1], l + 1)
        if last + 1 != l and npr[1] + 1 != l:
            return None
        key, mention = self._speaker(toks, npr[0], last if last + 1 == l else npr[1], a)
        return key, mention, Span.of(self.orig, toks[a].start, toks[a].end)

    def _statement_colon(self, toks: list[T], a: int, l: int):
        """A document issued by the sentence's subject, then a colon at toks[l] ("Trump issued the following
        statement:", "the campaign sent out a text message to supporters saying:"): (speaker, mention, cue)
        or None."""
        if toks[l].text != ":" or l - a < 3:
            return None
        for k in range(max(a + 1, l - 12), l - 1):
            t = toks[k]
            if t.inq or not t.word or t.cap or t.low not in _STATEMENT_VERBS:
                continue
            m = k + 1 + (toks[k + 1].low in ("out", "up"))
            noun = next((x for x in range(m, min(l, m + 4)) if toks[x].low in _STATEMENT_NOUNS), None)
            if noun is None or any(not toks[x].word or toks[x].inq for x in range(k, l)):
                continue
            np = np_left(toks, k, a, self.cues)
            if np is None:
                return None
            key, mention = self._speaker(toks, np[0], np[1], a)
            return (key, mention, Span.of(self.orig, t.start, toks[noun].end)) if key else None
        return None

    def _name_colon(self, toks: list[T], a: int, l: int):
        """A name alone before the colon at toks[l], at the start of the sentence or after a dash
        ("Clinton:", "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones:"): (speaker, mention) or None."""
        if toks[l].text != ":" or l - 1 < a:
            return None
        b = a
        for x in range(l - 1, a - 1, -1):
            if not toks[x].word and toks[x].text in ("-", "\u2014", "\u2013"):
                b = x + 1
                break
        if b >= l or l - b > 6 or not toks[b].cap:
            return None
        npr = np_right(toks, b, l, self.cues)
        if npr is None or npr[1] != l - 1 or not toks[npr[1]].cap or toks[npr[1]].low in PRONOUNS:
            return None
        key, mention = self._speaker(toks, npr[0], npr[1], a)
        if self.res.kind(key) not in ("Person", "Organization", "Group", "Country"):
            return None
        return key, mention

    def _short_attribution_before(self, toks: list[T], starts: list[int], q: Quote):
        """A sentence of its own right before a quote, made of a source and a cue only ("Smith agreed.",
        "The spokesman disagreed strongly."): (speaker, mention, cue) or None."""
        l = bisect.bisect_left(starts, q.open) - 1
        if l < 2 or toks[l].text != "." or q.cont_prev:
            return None
        sent = self._sent(toks[l].start)
        a = bisect.bisect_left(starts, sent.start)
        for k in range(l - 1, max(a, l - 4) - 1, -1):
            if toks[k].inq or not toks[k].word:
                return None
            cue = self._cue_at(toks, k)
            if cue is None:
                if toks[k].cap or not (toks[k].low in ADVERBS or toks[k].low in TIME_WORDS):
                    return None
                continue
            if cue[1].cls == "source":
                return None
            sp = self._subject(toks, k, cue[0], a, cue[1])
            if sp is None or sp[1] is None:
                return None
            return sp[0], sp[1], Span.of(self.orig, toks[k].start, toks[k + cue[0] - 1].end)
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

    def _opener_only(self, before: str, q: Quote) -> bool:
        """Only a sentence opener stands before a quote that reads as a sentence: "But “Trump is ...”"."""
        return before.rstrip(",").lower() in _SENTENCE_OPENERS and self.text[q.start:q.start + 1].isupper()

    def _standalone(self, q: Quote, toks: list[T], starts: list[int]) -> bool:
        """A quote that is a sentence (or more) of its own: not a fragment inside the writer's words."""
        sent = self._sent(q.open)
        before = self.text[max(sent.start, 0):q.open].strip()
        if before and before[-1] not in ":,\"\u201d\u2019'.!?" and not q.cont_prev and not self._opener_only(before, q):
            return False
        # the tokens inside the quote, found by bisection (a scan of the whole paragraph per quote is
        # quadratic on long paragraphs); three words are enough
        found = 0
        for i in range(bisect.bisect_left(starts, q.start), len(toks)):
            t = toks[i]
            if t.start >= q.end:
                break
            if t.inq and t.word:
                found += 1
                if found >= 3:
                    return True
        return False

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
        # a quoted title inside the writer's words ("On “Fox News Sunday,” Mike Pence said"): no claim
        if not self._standalone(q, toks, starts) and self._title_like(q) and l >= 0 and toks[l].word \
                and (toks[l].low in ("of", "on", "in", "at", "to", "from", "with", "for", "by", "about")
                     or toks[l].poss):
            return None, consumed, []
        # 1. attribution right after: “...,” he said / “...,” said Lavrov
        att = None
        ends_sentence = text[q.start:q.end].rstrip("\u2019' )]").endswith((".", "\u2026"))
        if q.close is not None and not (ends_sentence and r < n and toks[r].cap):
            k = r
            while k < n and toks[k].text in (",", "\u2014", "\u2013", "-") and not toks[k].inq:
                k += 1
            loose = text[q.start:q.end].rstrip("\u2019' ")[-1:] in (",", "?", "!", "\u2014", "-")
            att = self._attribution_after(toks, k, n, loose)
        elif q.close is not None and r < n:
            # “... ahead of us.” Clinton said.  (a full stop inside the quote, then a short attribution that
            # makes a sentence of its own: "Clinton said." / "said the senator.")
            att = self._attribution_after(toks, r, n)
            if att is not None:
                cue_a, cue_b, sp_a, sp_b, end_k = att
                verb = self.cues.get(" ".join(t.low for t in toks[cue_a:cue_b]))
                if verb is None or verb.cls not in ("speech", "write") or sp_b - sp_a > 5 \
                        or not (end_k >= n or toks[end_k].text in (".", "!", "?") or toks[end_k].text in QUOTE_MARKS):
                    att = None
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
        if att is None and q.close is not None and r >= n and not q.cont_prev and text[lo:q.open].strip() == "" \
                and pi + 1 < len(self.paras):
            by = self._byline_after(pi + 1)
            if by is not None:
                # a paragraph that is a quote, then one that names its source: "“...”" / "- Bernie Sanders."
                claim = Claim("direct", content, by[0], by[1], by[2], self._sent_span(q.open, q.outer_end))
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
        prev_cue = self._cue_at(toks, l - 1) if l >= 1 and toks[l].text in (",", ":") else None
        after_cue = prev_cue is not None and prev_cue[1].cls in ("speech", "write")
        if not self._standalone(q, toks, starts) and self._title_like(q) and not after_cue:
            return None, consumed, []  # ("Priebus said, “Probably.”" is no title)
        # 2. attribution right before: Lavrov said: “...” / He told reporters, “...”
        lo_k = bisect.bisect_left(starts, sent.start)
        cands = []
        # a colon lets the cue stand further off ("X said of the latest request by the committee: “...”")
        reach = 24 if l >= 0 and (toks[l].text == ":" or toks[l].low == "that") else 12
        named = self._name_colon(toks, lo_k, l) if l >= 0 else None
        for k in range(l, max(lo_k, l - reach) - 1, -1):
            if toks[k].inq or toks[k].text in QUOTE_MARKS:
                break
            if named is not None and toks[k].text in ("-", "\u2014", "\u2013"):
                break  # "Pollsters agree - Carl Bialik: “...”": the name after the dash
            cue = self._cue_at(toks, k)
            if cue is not None and k - 1 >= lo_k and self._cue_at(toks, k - 1) is not None:
                continue  # "shot back", "said back in 2015": the cue starts at the word before
            if cue is not None:
                cands.append((k, cue))
                if len(cands) == 2:
                    break
        inv = self._lead_before(toks, lo_k, l) if not cands and l >= 0 else None
        if inv is not None:
            claim = Claim("direct" if self._quote_is_sentence(q, toks, starts) else "partial", content, inv[0], inv[1],
                          inv[2], self._sent_span(sent.start, q.outer_end))
            self._add(claim)
            return claim, consumed, []
        if named is not None and not cands and inv is None and self._quote_is_sentence(q, toks, starts):
            # "Pollsters agree - Carl Bialik: “...”", "Clinton: “Our goal is ...”": a name and a colon
            claim = Claim("direct", content, named[0], named[1], Span.of(self.orig, toks[l].start, toks[l].end),
                          self._sent_span(sent.start, q.outer_end))
            self._add(claim)
            return claim, consumed, []
        if not cands and l - 1 >= lo_k and self._verb_like(toks[l - 1]) and (toks[l].text == ":" or (
                toks[l].text == "," and toks[l - 1].low.endswith("ed") and self._quote_is_sentence(q, toks, starts))):
            # "Trump leaned in and boomed: “...”", "Clinton cracked, “...”"
            cands.append((l - 1, (1, ReportingVerb(toks[l - 1].low, toks[l - 1].low, "speech"))))
        for ci, (k, (ncue, verb)) in enumerate(cands):
            gap = toks[k + ncue:l + 1]
            gap_words = [t for t in gap if t.word]
            # "said of the latest request by the committee: “...”": a prepositional phrase and a colon
            # may hold the cue further off (one that is no clause: "is sure that X: “...”" reports X)
            about = bool(gap_words) and gap_words[0].low in _ABOUT_WORDS and gap[-1].text == ":" \
                and not any(t.low == "that" for t in gap_words)
            if (ci > 0 or (l - k > 12 and toks[l].low != "that")) and not about:
                break
            direct_form = (not gap or gap[-1].text in (":", ",") or (gap_words and gap_words[-1].low == "that"
                                                                       and len(gap_words) == 1)) \
                and len(gap_words) <= (20 if about else 8)
            sp = self._subject(toks, k, ncue, lo_k, verb)
            if verb.lemma == "continue" and not (gap and gap[-1].text in (":", ",")):
                sp = None  # "would continue “to break barriers”": not a speech verb here
            if sp is None:
                continue  # a noun ("said of the latest request: “...”"): the cue before it may be the verb
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
                claim = Claim("partial", self._with_object(toks, k + ncue, l, q, content, addressee), key, mention,
                              cue_span, self._sent_span(sent.start, q.outer_end), (), addressee)
                self._add(claim)
                return claim, consumed, []
            break
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

    def _byline_after(self, pj: int):
        """Paragraph pj as a dash and a name only ("- Bernie Sanders.", "— Clinton"): (speaker, mention,
        cue) or None."""
        lo, hi = self.paras[pj]
        raw = self.text[lo:hi].strip()
        if raw[:1] not in ("-", "\u2014", "\u2013", "\u2015") or len(raw.split()) > 12:
            return None
        toks = tokens(self.text, lo, hi)
        if len(toks) < 2 or toks[0].word or not toks[1].cap:
            return None
        npr = np_right(toks, 1, len(toks), self.cues)
        if npr is None:
            return None
        e = npr[1] + 1
        if e < len(toks) and toks[e].text == "," and e + 1 < len(toks) and toks[e + 1].low.endswith("ing"):
            e = len(toks) - 1 if toks[-1].text == "." else len(toks)  # "- President Obama, tweeting after ..."
        if not (e == len(toks) or (e + 1 == len(toks) and toks[-1].text == ".")) or npr[1] - npr[0] > 6:
            return None
        key, mention = self._speaker(toks, npr[0], npr[1], 0)
        return key, mention, Span.of(self.orig, toks[0].start, toks[0].end)

    def _with_object(self, toks: list[T], g: int, l: int, q: Quote, content: Span, addressee: Span | None) -> Span:
        """A quoted fragment with the writer's words that lead up to it from the cue: "called Hillary
        Clinton a “disgrace”" gives "Hillary Clinton a “disgrace" (PolNeAR's content is the whole object)."""
        if addressee is not None:
            while g <= l and toks[g].start < addressee.end:
                g += 1
        gap = toks[g:l + 1]
        words = [t for t in gap if t.word]
        if not words or len(words) > 8 or any(not t.word and t.text not in ("-", "'", "\u2019") for t in gap) \
                or words[0].low in ("that", "to") or (len(words) == 1 and words[0].low in DETS) \
                or words[-1].low in ("as", "of", "about", "that"):  # "described the talks as “candid”": the label only
            return content
        return Span.of(self.orig, gap[0].start, content.end)

    def _starts_clause(self, toks: list[T], l: int, sent: Span, q: Quote) -> bool:
        before = self.text[sent.start:q.open].strip()
        if not before or q.cont_prev or self._opener_only(before, q):
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
        if cue is None and loose and j + 1 < n and self._verb_like(toks[j]) and toks[j].low.endswith("ed") \
                and (toks[j + 1].cap or toks[j + 1].poss) and not toks[j + 1].inq:
            # “This is fantastic!” beamed Donald Hartley / “...,” exhorted Clinton's introducer, actress X
            npr = np_right(toks, j + 1, n, self.cues)
            if npr is not None and (toks[npr[1]].cap or speaker_noun_low(toks[npr[1]].low)) \
                    and toks[npr[0]].low not in PRONOUNS:
                last = appositive_right(toks, npr[1], n)
                return j, j + 1, npr[0], last, last + 1
        if cue is not None:
            ncue, verb = cue
            if toks[j].low.endswith("ing") and verb.cls != "source":
                return None  # "“...,” telling reporters": a participle is not inverted; its object is no speaker
            npr = np_right(toks, j + ncue, n, self.cues)
            e = j + ncue
            if npr is None and e + 1 < n and toks[e].word and not toks[e].cap and toks[e].low.endswith("ed") \
                    and not toks[e].inq:
                # “...,” said retired neurosurgeon Ben Carson / said undecided voter Jane Roe
                npr = np_right(toks, e + 1, n, self.cues)
                npr = (e, npr[1]) if npr is not None and toks[npr[0]].low not in PRONOUNS and (
                    toks[npr[1]].cap or speaker_noun_low(toks[npr[1]].low)) else None
            if npr is not None and toks[npr[0]].low in _POSS_PRONOUNS and not (
                    toks[npr[1]].cap or speaker_noun_low(toks[npr[1]].low)):
                return None  # "“terrible,” denounced her record": an object, not an inverted source
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
        if j < n and toks[j].text == "," and (toks[npr[1]].cap or toks[npr[1]].text == ")"
                                              or speaker_noun_low(toks[npr[1]].low)):
            # “...,” Kenneth Baer, a former official who runs a consultancy, said.  (also after "Rep. X (D-Ore.),"
            # and "the spokesman, a former aide to the governor, said")
            for m in range(j + 1, min(n, j + 40)):
                if toks[m].text == "." and m + 1 < n and toks[m + 1].text == "," and toks[m - 1].cap \
                        and len(toks[m - 1].text) <= 6:
                    continue  # an abbreviation: "Mitch McConnell, R-Ky., said"
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

    def _clause_after(self, toks: list[T], m: int, b: int) -> bool:
        """Does a finite clause start at toks[m], after a short adverbial ("so far the mayor has")?"""
        for x in range(m, min(b, m + 4)):
            if toks[x].inq or not toks[x].word:
                return False
            if self._clause_follows(toks, x, b):
                return True
            if not (toks[x].low in ADVERBS or toks[x].low in TIME_WORDS or toks[x].low in ("so", "far", "then")):
                return False
        return False

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
        if npr is None or toks[npr[0]].low in ("that", "it", "he", "she", "they", "we", "i") or toks[npr[0]].inq:
            return None  # "warned they would lose": a subject, not an addressee
        if npr[1] + 1 < min(hi, len(toks)) and toks[npr[1] + 1].low in AUX and verb.lemma != "tell":
            return None  # "warned the deal would fail": the subject of the content
        head = toks[npr[1]]
        if verb.lemma in _OBJECT_VERBS and not (head.cap or head.low in PRONOUNS or speaker_noun_low(head.low)):
            return None  # "promised a veto": what is promised, not to whom
        a, b = npr
        for x in range(a + 1, b):
            if toks[x].low == "to" and not toks[x + 1].cap and toks[x + 1].low not in DETS \
                    and toks[x + 1].low not in _POSS_PRONOUNS and not toks[x + 1].low.isdigit():
                b = x - 1  # "asked the judge to give him ...": an infinitive, not "an aide to the mayor"
                break
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
            key, span = self._speaker(toks, npr[0], npr[1], lo)
            end = self._source_tail(toks, npr[1])  # "according to calculations by X of Y"
            if end > npr[1]:
                span = Span.of(self.orig, span.start, toks[end].end)
            return key, span
        if toks[k].low.endswith("ing") and k - 1 >= lo and (
                toks[k - 1].text in (",", "\u2014", "by", "after", "while", "before", "in")
                or toks[k - 1].text in QUOTE_MARKS and k - 2 >= lo and toks[k - 2].text == "," and verb.cls in ("speech", "belief", "write")):
            # (the comma may close a quote: 'called it “a disgrace,” saying ...')
            # ", noting that ...": the subject of the sentence, or the speaker of its last claim
            sent_start = toks[lo].start
            found = None
            for c in reversed(self.claims[-8:]):
                if c.sentence.start <= sent_start < c.sentence.end or sent_start <= c.content.start < toks[k].start:
                    if c.speaker and c.cue is not None and c.cue.start < toks[k].start:
                        # the main clause's speaker: the earliest cue of the sentence ("X told the audience she
                        # believes we must ..., saying that ...": X, not "we")
                        if found is None or c.cue.start < found.cue.start:
                            found = c
            if found is not None:
                # "X say ..., and the union has sued the city, saying ...": the clause after ", and" has
                # its own subject
                for x in range(k - 2, lo, -1):
                    if toks[x].start < found.content.end or toks[x].inq:
                        break
                    if toks[x].low in ("and", "but") and toks[x - 1].text == "," and x + 1 < k \
                            and (toks[x + 1].low in HARD_DETS or toks[x + 1].cap and toks[x + 1].low not in PRONOUNS):
                        own = self._sentence_subject(toks, x + 1, k)
                        if own is not None:
                            return own
                        break
                return found.speaker, found.speaker_mention
            for x in range(k - 2, lo + 1, -1):
                if toks[x].inq or toks[x].text in QUOTE_MARKS or toks[x].text == ";":
                    break
                if toks[x].low in ("and", "but") and toks[x - 1].text == "," and x + 1 < k and toks[x + 1].cap \
                        and toks[x + 1].low not in PRONOUNS:
                    # "X pivoted to trade, but Wallace brought him back, asking ...": the nearer clause's subject
                    own = self._sentence_subject(toks, x + 1, k)
                    npr = np_right(toks, x + 1, k, self.cues)
                    if own is not None and npr is not None and npr[1] + 1 < k and (
                            toks[npr[1] + 1].low in AUX or self._verb_like(toks[npr[1] + 1])
                            or toks[npr[1] + 1].low in _IRREG_PAST):
                        return own
                    break
            return self._sentence_subject(toks, lo, k)
        v = k - 1
        while v > lo and toks[v].word and not toks[v].inq and not toks[v].cap and toks[v].low.endswith("ly") \
                and _adverb_tok(toks[v]):
            v -= 1  # "are quietly saying"
        if v >= lo and toks[v].low == "not" and v - 1 >= lo:
            v -= 1  # "is not saying"
        be = v >= lo and (toks[v].low in ("is", "was", "are", "were", "been", "be", "am", "isn't", "aren't", "wasn't",
                                          "weren't", "isn\u2019t", "aren\u2019t", "wasn\u2019t", "weren\u2019t")
                          or toks[v].low.startswith(_CONTRACTED)
                          and toks[v].low.replace("\u2019", "'").split("'")[1] in ("s", "re", "m"))
        if toks[k].low.endswith("ing") and not be:
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
                if toks[kk].low.endswith("ing"):
                    # "Sanders said, going on to say that ...", "he is trying to say": the participle's source
                    return self._subject(toks, kk, 1, lo, verb)
            elif verb.cls in ("speech", "write", "attitude") and not any(
                    toks[x].low in _CAUSE_VERBS or toks[x].inq or toks[x].text in QUOTE_MARKS or toks[x].text == ";"
                    for x in range(lo, k)) and self._subject_verb_before(toks, lo, k - 1):
                # "Tom Emanuel stood at a Bush event to say he was leaning ...": the subject of the clause
                v = toks[k - 2]
                if v.word and not v.cap and not v.inq and v.low.endswith("ed") and len(v.low) > 4:
                    np = np_left(toks, k - 2, lo, self.cues)  # "after he appeared to suggest": his clause
                    if np is not None and (toks[np[1]].low in PRONOUNS or toks[np[1]].cap):
                        return self._speaker(toks, np[0], np[1], lo)
                x = next((x for x in range(k - 3, lo, -1) if toks[x].low in _SUBORDINATORS and not toks[x].inq
                          and not toks[x].cap), None)
                if x is not None:
                    # "X's remarks came after the senator spoke at a forum to discuss ...": the nearer clause
                    v = next((v for v in range(x + 2, k - 1) if self._subject_verb_before(toks, v - 1, v + 1)), None)
                    np = np_left(toks, v, x + 1, self.cues) if v is not None else None
                    if np is not None and np[0] == x + 1 and np[1] == v - 1:
                        return self._speaker(toks, np[0], np[1], lo)
                return self._sentence_subject(toks, lo, k - 1)
        if k - 3 > lo and kk == k and toks[k - 1].text in ("-", "\u2014", "--", "\u2013") and not toks[k - 1].inq:
            # "Deborah Reynolds - his girlfriend and co-host - told the Post": the name before the dash aside
            d = 2 if toks[k - 2].text == "-" == toks[k - 1].text else 1  # "--" is two tokens
            o = next((x for x in range(k - 2 - d, max(lo, k - 32), -1) if toks[x].text == toks[k - 1].text), None)
            if o is not None and d == 2 and toks[o - 1].text == "-":
                o -= 1
            rel = o is not None and o + d < k and toks[o + d].low in ("who", "whose")
            if o is not None and o - 1 >= lo and (rel or k - o < 20 and not any(toks[x].inq for x in range(o, k))):
                np = np_left(toks, o, lo, self.cues)
                if np is not None and np[1] == o - 1 and (toks[np[1]].cap or rel and speaker_noun_low(toks[np[1]].low)):
                    # (a relative clause inside may be long and quote: "Trump - who said he would “...” - said")
                    key, _ = self._speaker(toks, np[0], np[1], lo)
                    return key, Span.of(self.orig, toks[np[0]].start, toks[k - 1 - d].end)
        c = k - 1
        while c > lo and toks[c].word and not toks[c].inq and _adverb_tok(toks[c]):
            c -= 1
        if c >= lo and kk == k and verb.cls in ("speech", "belief", "write") and toks[c].word and not toks[c].inq and toks[c].low.startswith(_CONTRACTED) \
                and toks[c].low.replace("\u2019", "'").split("'")[1] in ("s", "ve", "re", "m"):
            # "he's said", "they've long argued": a pronoun with its auxiliary in one token
            pro = toks[c].low.replace("\u2019", "'").split("'")[0]
            span = Span.of(self.orig, toks[c].start, toks[c].start + len(pro))
            return self.res.pronoun(pro, toks[c].start, span), span
        kk = self._past_time_phrase(toks, kk, lo)
        if kk - 1 > lo and toks[kk - 1].text == "," and not toks[kk - 1].inq:
            sp = self._subject_with_examples(toks, kk - 1, lo)
            if sp is not None:
                return sp
        np = np_left(toks, kk, lo, self.cues)
        if np is not None:
            # "... the regional centers The S.E.C. said": a full stop lost in the text starts the subject
            x = next((x for x in range(np[1], np[0], -1) if toks[x].cap and toks[x].low in ("the", "a", "an")
                      and toks[x - 1].word and not toks[x - 1].cap and toks[x - 1].low not in STOP), None)
            if x is not None:
                np = (x, np[1])
                lo = x
        weak = np is not None and (verb.cls == "evidence" or not toks[np[1]].cap and not speaker_noun_low(toks[np[1]].low))
        if np is None or np[0] > lo or weak:
            long = self._long_subject(toks, kk, lo, np, verb, k, weak)
            if long is not None:
                return long
        if np is None:
            m = kk - 1
            while m >= lo and toks[m].word and toks[m].low in ADVERBS and not toks[m].cap:
                m -= 1
            if m > lo and toks[m].low in ("and", "but") and not toks[m].inq \
                    and verb.cls in ("speech", "belief") and verb.lemma not in _INTENT:
                # "The spokesman refused to answer questions but said ...": the subject of the sentence,
                # or of the last clause before "and" (", while Mike Huckabee proposed X and said ...")
                start = lo
                for x in range(m - 1, lo + 1, -1):
                    if toks[x].inq or toks[x].text in QUOTE_MARKS or toks[x].text == ";":
                        break
                    if toks[x].text == "(" and x + 1 < m and toks[x + 1].word \
                            and not any(t.text == ")" for t in toks[x + 1:m]):
                        start = x + 1  # "... (they want lower rates and suggest ...)": the aside's own subject
                        break
                    if toks[x].word and toks[x].low in ("while", "whereas", "but", "although", "though") \
                            and toks[x - 1].text == "," and not toks[x].inq:
                        start = x + 1
                        break
                    if toks[x].low == "and" and toks[x - 1].text == "," and not toks[x].inq and x + 1 < m \
                            and (toks[x + 1].low in HARD_DETS or toks[x + 1].cap and toks[x + 1].low not in PRONOUNS) \
                            and self._sentence_subject(toks, x + 1, m) is not None:
                        start = x + 1  # "X called for ..., and the league denounced it and said ..."
                        break
                sp = self._sentence_subject(toks, start, m) or (self._sentence_subject(toks, lo, m)
                                                                if start > lo else None)
                if sp is None:
                    # "Once, when my mother mentioned it, I laughed and said ...": the clause after the last comma
                    x = next((x for x in range(m - 1, start, -1) if toks[x].text == "," and not toks[x].inq), None)
                    npr = np_right(toks, x + 1, m, self.cues) if x is not None else None
                    if npr is not None and npr[1] + 1 < m and self._verb_like(toks[npr[1] + 1]):
                        sp = self._speaker(toks, npr[0], npr[1], lo)
                if sp is None:
                    # "After a long interview, Lazar said he welcomed it and added ...": the first speech cue's source
                    for x in range(start + 1, m):
                        if toks[x].inq or toks[x].text in QUOTE_MARKS:
                            break
                        cue = self._cue_at(toks, x)
                        if cue is not None and cue[1].cls == "speech":
                            sp = self._subject(toks, x, cue[0], lo, cue[1])
                            break
                return sp
            return self._clause_subject(toks, kk, lo)
        head = toks[np[1]]
        if (verb.cls in ("attitude", "intent", "evidence") or (toks[k].low == verb.lemma.split()[0] and kk == k)) \
                and not (ncue > 1 and verb.cls == "intent") and not head.cap and head.low not in PRONOUNS \
                and not speaker_noun_low(head.low) and not head.low.endswith("s") and not head.low.isdigit() \
                and head.low not in _PRONOMINAL_QUANTIFIERS and not self._evidence_that(toks, k, ncue, verb):
            return None  # "The candidates took questions", "an hourlong show aired": nouns, not verbs
        if head.low in ("he", "she", "it") and np[1] == k - 1 and toks[k].low == verb.lemma.split()[0] \
                and not verb.lemma.endswith("s"):
            return None  # "he back", "it support": no agreement, so not subject and verb
        if np[0] == np[1] and self._party_adjective(toks, np[1], lo):
            return None  # "32% of Republican claims", "despite Democratic calls for": an adjective, not a subject
        if toks[np[0]].low in ("a", "an") and np[1] == k - 1 and toks[k].low == verb.lemma.split()[0] \
                and not verb.lemma.endswith("s") and not head.low.endswith("s") and head.low not in _SHARE_HEADS \
                and toks[k].low not in _IRREG_PARTICIPLES:  # ("as an American diplomat put it": a past form)
            return None  # "a Facebook post", "a court order": a singular noun phrase, so the cue is a noun
        return self._speaker(toks, np[0], np[1], lo)

    def _source_tail(self, toks: list[T], last: int) -> int:
        """Where the source after "according to" ends when its phrase goes on to a comma or the sentence end
        through participles and prepositional phrases ("court documents reported previously by The Post",
        "a lawsuit filed in Manhattan by X", "an interview with The New York Times at the time")."""
        x = last + 1
        seen = False
        while x < len(toks) and x - last < 16:
            t = toks[x]
            if not t.word:
                if t.text in (",", ".", ";") or t.text in ("\u2014", "--"):
                    break
                if t.text in ("(", ")", "&", "'", "\u2019", "-") and seen:
                    x += 1
                    continue
                return last
            if t.inq or t.low in PRONOUNS or t.low in AUX or t.low in ("that", "which", "who", "and", "but", "or") \
                    or t.low in _CLAUSE_BREAKS or not t.cap and t.low in self.cues and not t.low.endswith("ed"):
                return last
            if not seen and not (t.low in CONNECTORS or t.low in _SUBJ_PREPS or t.low.endswith("ed")
                                 or t.low in ("previously", "earlier", "recently", "first")):
                return last
            seen = True
            x += 1
        if x >= len(toks) or x == last + 1:
            return last
        return x - 1

    @staticmethod
    def _time_tail(toks: list[T], first: int, last: int) -> int:
        """The last index of a subject without a time phrase at its end ("Gov. Terry McAuliffe on Friday",
        "The leading candidates Thursday", "Sanders during a Sunday")."""
        x = last
        while x > first and toks[x].word and not toks[x].text.isupper() and (
                toks[x].low in TIME_WORDS and toks[x].low not in ("this", "next") or toks[x].low in ("early", "late")
                and x < last):
            x -= 1
        if x == last:
            return last
        if x > first and toks[x].low in ("on", "in", "during", "last", "this", "next", "early", "late", "a", "the") \
                and not toks[x].cap:
            while x > first and toks[x].low in ("on", "in", "during", "last", "this", "a", "the", "early", "late"):
                x -= 1
        h = toks[x]  # what is left must end in a name or a noun of people: "Gov. X", "the candidates for president"
        ok = h.text == ")" or h.word and (h.cap or speaker_noun_low(h.low)) and not h.low[:1].isdigit()
        return x if x >= first and ok else last

    @staticmethod
    def _past_time_phrase(toks: list[T], k: int, lo: int) -> int:
        """Where the subject ends when a short time phrase stands between a pronoun and its verb
        ("who in 2010 said", "he on Friday said"): the phrase's first index, or k."""
        aux = k - 1 >= lo and toks[k - 1].low in ("has", "have", "had") and not toks[k - 1].inq
        if aux:
            k -= 1  # "who in the past has voiced"
        x = k - 1
        while x >= lo and k - x <= 3 and toks[x].word and not toks[x].inq and (
                toks[x].low in TIME_WORDS or toks[x].low.isdigit() or toks[x].low in ("past", "recent", "the")):
            x -= 1
        if x < k - 1 and x - 1 >= lo and toks[x].low in ("in", "over") and toks[x + 1].low in ("the", "recent") \
                and (toks[x - 1].low in ("has", "have", "had") or toks[x - 1].low in ("who", "which")):
            return x  # "allies have in the past said", "who in recent weeks has argued"
        if aux:
            return k + 1
        if x == k - 1 or x < lo or toks[x].low not in ("in", "on", "at", "during", "since", "earlier", "later"):
            if x < k - 1 and x >= lo and (toks[x].low in PRONOUNS or toks[x].low in ("who", "which")) \
                    and toks[x + 1].low in TIME_WORDS and not toks[x + 1].low.isdigit():
                return x + 1  # "who last week said"
            return k
        if x - 1 >= lo and (toks[x - 1].low in PRONOUNS or toks[x - 1].low in ("who", "which")) and not toks[x - 1].inq:
            return x
        return k

    def _long_subject(self, toks: list[T], k: int, lo: int, np, verb, cue: int,
                      weak: bool = False) -> tuple[str, Span] | None:
        """The whole subject before the verb at toks[k] when the noun-phrase reader takes only its end
        or nothing: "Some delegates at the convention in Philadelphia said", "A 2014 study by the university
        found", "Executives for Mondelez, which ..., say".  The mention is the whole phrase (PolNeAR's source
        words); the entity is read from its first noun phrase (an unnamed group: with its prepositional
        phrases, "delegates at the convention in Philadelphia")."""
        sl = subject_left(toks, k, lo, self.cues)
        if sl is None:
            return None
        first, last, core_end, head = sl
        if self._party_adjective(toks, last, lo):
            return None  # "..., despite Democratic calls for her to quit": the cue is a noun
        if np is not None and (first > np[0] or first == np[0] and not weak or np[1] > last):
            return None  # (a phrase the noun-phrase reader took whole, with a likely head, is kept)
        if np is not None and first < np[0] - 2 and toks[np[0] - 1].low == "and" and toks[np[1]].cap \
                and any(self._verb_like(toks[x]) and toks[x - 1].low not in _RELATIVE_WORDS
                        for x in range(first + 1, np[0] - 1)):
            return None  # "a woman asked for a photo and Clinton said": two clauses, the name is the subject
        if np is not None and first < np[0] - 1 and toks[np[0]].cap and first > lo \
                and toks[first - 1].word and toks[first - 1].low in _CLAUSE_BREAKS | _INTRO_WORDS \
                and toks[np[0] - 1].text == "," and toks[np[0] - 2].word and not toks[np[0] - 2].cap:
            return None  # "Appearing before supporters at the hall, Suu Kyi, 70, said": the phrase ends the intro
        h = toks[head]
        if (verb.cls in ("attitude", "intent", "evidence") or (toks[cue].low == verb.lemma.split()[0] and k == cue)) \
                and not h.cap and h.low not in PRONOUNS and not speaker_noun_low(h.low) and not h.low.endswith("s") \
                and not h.low[:1].isdigit() and h.low not in _PRONOMINAL_QUANTIFIERS and h.low not in _EVIDENCE \
                and not self._evidence_that(toks, cue, 1, verb) \
                and not (verb.cls == "evidence" and self._evidence_phrase(Span.of(self.orig, toks[first].start,
                                                                                  toks[last].end))):
            return None  # (but "tax and county records show": the evidence noun ends a list)
        last = self._time_tail(toks, first, last)
        mention = Span.of(self.orig, toks[first].start, toks[last].end)
        lone = toks[first]
        if core_end - 1 == first and lone.cap and lone.low.endswith("s") and (first == lo or not toks[first - 1].word) \
                and not self.res._mentions_in(lone.start, lone.end):
            key = None  # "Growers for Pellam Mills, ...": a plural noun that opens the sentence, not a name
        else:
            key, _ = self._speaker(toks, first, core_end - 1, lo)
        if (key is None or self.res.kind(key) == "Group") and last > core_end and toks[last].cap:
            # "The head of the group backing Bush, Mike Murphy,", "GOP contender and former surgeon Ben Carson":
            # the name that ends the subject
            named = [m for m in self.res._mentions_in(toks[core_end].start, toks[last].end)
                     if m.span.end == toks[last].end and self.res.kind(m.entity) == "Person"]
            if named:
                n0 = bisect.bisect_left([t.start for t in toks], named[-1].span.start)
                words = [t.low for t in toks[first:n0] if t.word]
                if toks[n0 - 1].text == "," and "and" not in words and "or" not in words \
                        and not any(t.word and t.low in ("including", "like", "by", "with") for t in toks[first:n0]) \
                        or toks[n0 - 1].word and not toks[n0 - 1].cap and words.count("and") == 1 \
                        and not any(not t.word or t.low in CONNECTORS or t.low in _SUBJ_PREPS
                                    or t.low in ("who", "which", "that", "including", "like") for t in toks[first:n0]):
                    key = named[-1].entity
        if key is None or self.res.kind(key) == "Group":
            # the description runs on through the prepositional phrases of the first noun phrase
            e = core_end - 1
            x = core_end
            while x <= last and x - first < 14:
                t = toks[x]
                if not t.word or t.low in ("who", "whom", "whose", "which", "that", "and", "or") \
                        or t.low in TIME_WORDS or not t.cap and (t.low.endswith(("ed", "ing")) and len(t.low) > 4):
                    break
                if t.low not in CONNECTORS and t.low not in DETS and t.low not in HARD_DETS:
                    e = x
                x += 1
            words = [t for t in toks[first:e + 1] if t.word]
            if (e > core_end - 1 or key is None) and words:
                if words[0].low == "the" and len(words) > 1:
                    words = words[1:]
                desc = self.orig[words[0].start:toks[e].end]
                key = self.idx.add("Group", desc, mention)
        self._subject_heads[(mention.start, mention.end)] = h.low
        return key, mention

    def _subject_with_examples(self, toks: list[T], e: int, lo: int) -> tuple[str, Span] | None:
        """"Critics of the program, like Senators A and B, see": a subject that opens the clause and
        names examples between commas ending at toks[e]; the mention is all of it."""
        s = lo
        while s < e and (not toks[s].word or toks[s].low in ("but", "and", "yet")):
            s += 1
        if any(toks[x].inq or toks[x].text in QUOTE_MARKS or toks[x].text in (";", ":") for x in range(s, e)):
            return None
        x = next((x for x in range(s + 1, e - 2) if toks[x].text == "," and (
            toks[x + 1].low in ("like", "including") or toks[x + 1].low == "such" and toks[x + 2].low == "as")), None)
        if x is None or e - s > 40 or any(toks[y].low in AUX or toks[y].low in _RELATIVE_WORDS or self._verb_like(toks[y])
                                          for y in range(x + 1, e)):
            return None  # (the examples are names, not a clause of their own)
        np = np_right(toks, s, x, self.cues)
        if np is None or np[0] != s or any(not toks[y].word or toks[y].low in AUX or self._verb_like(toks[y])
                                           for y in range(np[1] + 1, x)):
            return None  # (the phrase before the examples holds no verb: "Critics of the program")
        key, _ = self._speaker(toks, np[0], x - 1, lo)  # (the whole phrase: "Certain broadcasters", not "Certain")
        return key, Span.of(self.orig, toks[s].start, toks[e - 1].end)

    @staticmethod
    def _party_adjective(toks: list[T], x: int, lo: int) -> bool:
        """Is toks[x] a party or people adjective with no determiner before it ("of Republican claims")?"""
        t = toks[x]
        if not (t.word and t.cap and (t.low in _PARTY_ADJECTIVES or t.text in lexicon().demonyms) and x > lo):
            return False
        p = toks[x - 1]  # a preposition or a verb before it: "of", "despite", "renewed"
        return p.word and not p.cap and not p.inq and (p.low in _SUBJ_PREPS or p.low in CONNECTORS
                                                       or p.low in ("despite", "amid", "and", "or")
                                                       or _Finder._verb_like(p) and "-" not in p.text)

    @staticmethod
    def _subject_verb_before(toks: list[T], lo: int, hi: int) -> bool:
        """Does toks[lo:hi] hold a finite verb of its own ("stood", "took the stage", "used his speech")
        before the infinitive at hi?"""
        return any(t.word and not t.cap and not t.inq and (t.low.endswith("ed") or t.low in _IRREGULAR_SPEECH_VERBS
                                                            or t.low in ("stood", "took", "went", "came", "used", "rose"))
                   for t in toks[lo + 1:hi])

    def _clause_follows(self, toks: list[T], j: int, b: int) -> bool:
        """Does a finite clause start at toks[j]: a subject, then an auxiliary or a verb ("they would",
        "it was", "the deal is", "Mr. Trump has")?"""
        t = toks[j]
        if not t.word or t.inq:
            return False
        if t.low in _SUBJ_PRONOUNS or t.low.startswith(_CONTRACTED):
            if "'" in t.low or "\u2019" in t.low:
                return True  # "he’s", "they’ll"
            if not (j + 1 < b and toks[j + 1].word and not toks[j + 1].inq):
                return False
            u = toks[j + 1]
            return u.low in AUX or u.low in _FINITE or (
                t.low != "it" and not u.cap and len(u.low) > 3 and u.low.endswith(("ed", "es", "ts", "ks", "ns", "ds"))
                and u.low not in STOP and not u.low.endswith(("ness", "less", "ss")))
        if t.low in ("there",):
            return j + 1 < b and toks[j + 1].low in AUX
        np = np_right(toks, j, b, self.cues)
        if np is None or np[1] - np[0] > 6:
            return False
        # the subject may go on ("his latest endorsement before the primary will give him ..."): an
        # auxiliary within a few plain words, before any punctuation, conjunction or other verb
        for m in range(np[1] + 1, min(b, np[1] + 9)):
            u = toks[m]
            if not u.word or u.inq:
                return False
            if u.low in AUX or u.low in _FINITE:
                return u.low not in ("be", "been")
            if u.low in ("and", "but", "or", "that", "which", "who", "because", "if", "when", "while", "as") \
                    or self._cue_at(toks, m) is not None or u.low.endswith("ed"):
                return False
        return False

    def _clause_subject(self, toks: list[T], k: int, lo: int) -> tuple[str, Span] | None:
        """A long subject that the noun-phrase reader gives up on, read as the whole stretch from the
        clause start to the verb at toks[k]: "Another pollster, David Woodard of Clemson University,
        said", "Majorities of Democrats in five states going to the polls Tuesday say", "Most of them
        said".  The mention is the whole stretch (PolNeAR's source span); the entity is read from its
        first noun phrase."""
        e = k - 1
        if e >= lo and toks[e].text in (",", "\u2014", "--", "\u2013") and not toks[e].inq:
            e -= 1  # "X, a spokesman for Y, said"
        else:
            while e >= lo and _adverb_tok(toks[e]) and toks[e].low not in ("though", "although", "however"):
                e -= 1
        if e < lo or toks[e].inq or not (toks[e].word or toks[e].text == ")") or toks[e].low in AUX \
                or toks[e].low in STOP and toks[e].low not in PRONOUNS:
            return None
        s = e
        while s - 1 >= lo and e - s < 32:
            t = toks[s - 1]
            if t.inq or t.text in QUOTE_MARKS or t.text in (";", ":"):
                break
            if t.word and not t.cap and (t.low in _CLAUSE_BREAKS or t.low in ("which", "whom") and s <= e):
                break  # (", which state media claimed": the subject of the relative clause)
            s -= 1
        if e - s >= 32 or any(toks[x].inq for x in range(s, e + 1)):
            return None
        # an introductory phrase up to its comma: "In the early 1990s, Ms. Ripert said"
        for _ in range(2):
            if toks[s].low in _INTRO_WORDS or toks[s].low in TIME_WORDS or (
                    toks[s].low.endswith("ing") and len(toks[s].low) > 5 and toks[s].low not in given_names()
                    and s + 1 <= e and toks[s + 1].word and toks[s + 1].low in ("to", "at", "on", "in", "for", "with")):
                # (and a participle phrase: "Looking to correct some missteps, X has ...")
                c = next((x for x in range(s + 1, e) if toks[x].text == ","), None)
                if c is None:
                    return None
                s = c + 1
        s = dateline_end(toks, s, e + 1)  # "WASHINGTON — Sen. Chuck Grassley"
        if s > e or not toks[s].word:
            return None
        np = np_right(toks, s, e + 1, self.cues)
        if np is None and (toks[s].low in DETS or toks[s].low.isdigit()):
            np = (s, s)  # "Most of them", "Six in 10"
        if np is None or np[0] != s:
            return None
        rest = toks[np[1] + 1:e + 1]
        opened = False  # a relative clause or appositive may hold verbs of its own
        for x in range(np[1] + 1, e + 1):
            t = toks[x]
            if t.text in (",", "(", "\u2014", "--") or t.low in ("who", "whose", "whom", "which", "that"):
                opened = True
            elif t.word and not opened and (t.low in AUX or self._cue_at(toks, x) is not None):
                return None
        if rest and not (rest[0].text in (",", "(", "\u2014", "--") or rest[0].low in CONNECTORS
                         or rest[0].low in ("who", "whose", "which", "that", "in", "from", "at", "with", "and")
                         or rest[0].low.endswith("ing")
                         or (rest[0].low.endswith("ed") and len(rest) > 1 and rest[1].low in ("by", "in", "at", "with", "from", "for", "to", "on"))):
            return None
        e = self._time_tail(toks, s, e)
        key, _ = self._speaker(toks, s, e, lo)
        return key, Span.of(self.orig, toks[s].start, toks[e].end)

    def _sentence_subject(self, toks: list[T], lo: int, hi: int) -> tuple[str, Span] | None:
        """The subject at the start of the clause toks[lo:hi] (an introductory phrase skipped)."""
        k = lo
        while k < hi and not toks[k].word:
            k += 1
        k = dateline_end(toks, k, hi)
        # "On Friday, X ..." / "Meanwhile, X ..." / "During a speech on Monday, X ..." / "Arriving at the scene, X"
        t0 = toks[k] if k < hi else None
        intro = t0 is not None and t0.low not in PRONOUNS and (
            t0.low in STOP or t0.low in ADVERBS or t0.low in lexicon().function_words
            or any(toks[x].text == "," and toks[x - 1].low in ("later", "earlier", "ago")  # "Hours later, X"
                   for x in range(k + 1, min(hi, k + 5))))
        long_intro = t0 is not None and t0.low not in PRONOUNS and t0.low not in DETS and t0.low not in HARD_DETS \
            and (t0.low in _INTRO_WORDS or (t0.word and t0.low.endswith(("ing", "ly")) and len(t0.low) > 4
                                            and t0.low not in given_names())
                 or t0.word and (t0.low.endswith("ed") and len(t0.low) > 4 or t0.low in _IRREG_PARTICIPLES) and k + 1 < hi
                 and toks[k + 1].low in ("by", "with", "at", "about", "over")  # "Chastened by the analyses, X"
                 or t0.low in ADVERBS and k + 1 < hi and toks[k + 1].low in _INTRO_WORDS)  # "Even after ..., X"
        k0 = k
        for j in range(k, min(hi, k + (20 if long_intro else 8))):
            if toks[j].text in (";", ":") or toks[j].inq or toks[j].text in QUOTE_MARKS:
                break
            if toks[j].text == ",":
                if t0.low in ADVERBS and j > k + 1 and all(t.word and t.cap and t.low not in TIME_WORDS
                                                           and t.low not in lexicon().function_words
                                                           for t in toks[k + 1:j]):
                    k += 1  # "Even China, Pyongyang's only ally, said": the name is the subject
                    break
                if intro or long_intro:
                    k = j + 1
                    # the introduction goes on: "At an event in Ames, Iowa, on Sunday, X"
                    nxt = next((x for x in range(j + 1, min(hi, j + 5)) if toks[x].text == ","), None)
                    if nxt is not None and nxt + 1 < hi and toks[nxt + 1].word and t0.low in _INTRO_WORDS and (
                            toks[j - 1].cap and nxt - j <= 3 and all(t.word and t.cap for t in toks[j + 1:nxt])
                            or toks[j + 1].low in ("on", "in", "at", "last", "this", "earlier")
                            and all(t.low in TIME_WORDS or t.low in ("on", "in", "at", "last", "this", "earlier")
                                    or t.low.isdigit() for t in toks[j + 1:nxt])):
                        k = nxt + 1
                        nxt2 = next((x for x in range(k, min(hi, k + 5)) if toks[x].text == ","), None)
                        if nxt2 is not None and toks[k].low in ("on", "in", "at", "last", "this", "earlier") and all(
                                t.low in TIME_WORDS or t.low in ("on", "in", "at", "last", "this", "earlier")
                                or t.low.isdigit() for t in toks[k:nxt2]):
                            k = nxt2 + 1
                break
        npr = np_right(toks, k, hi, self.cues)
        if npr is None and k > k0 and long_intro and (t0.low.endswith(("ed", "ing")) or t0.low in _IRREG_PARTICIPLES) \
                and toks[k].word \
                and not toks[k].cap:
            # a participle introduction goes on after its comma: "Chastened by the polls, as well as the costs, X"
            nxt = next((x for x in range(k, min(hi, k + 12)) if toks[x].text == "," or toks[x].inq), None)
            if nxt is not None and toks[nxt].text == ",":
                npr = np_right(toks, nxt + 1, hi, self.cues)
        if npr is None and k > k0 and intro:
            # "Then he cut into Bush, calling ...": the comma ends the clause, not an introduction
            m = k0
            while m < hi and toks[m].word and (toks[m].low in ADVERBS or toks[m].low in _SENTENCE_OPENERS) \
                    and toks[m].low not in PRONOUNS:
                m += 1
            npr = np_right(toks, m, hi, self.cues) if m > k0 else None
            if npr is None and t0.low in HARD_DETS:
                # "The nurse later sued, claiming ...": a subject and its verb, not an introduction
                npr = np_right(toks, k0, hi, self.cues)
                v = npr[1] + 1 if npr is not None else hi
                while v < hi and toks[v].word and _adverb_tok(toks[v]) and toks[v].low not in AUX:
                    v += 1
                if v >= hi or not (self._verb_like(toks[v]) or toks[v].low in AUX) or v + 2 != k:
                    npr = None  # (the verb must end at the comma: "The film showed X, telling" is X's)
        if npr is None:
            return None
        last = appositive_right(toks, npr[1], hi, self.cues)  # "Dean, a medical doctor, then appeared ..."
        last = last if last < hi else npr[1]
        key, span = self._speaker(toks, npr[0], last, lo)
        if last == npr[1] and last + 2 < hi and toks[last + 1].low == "and" and not toks[last + 1].inq:
            # "Trump and his aides have ..., telling": a coordinated subject is the mention
            npc = np_right(toks, last + 2, hi, self.cues)
            if npc is not None and npc[1] + 1 < hi and (toks[npc[1] + 1].low in AUX
                                                         or self._verb_like(toks[npc[1] + 1])):
                span = Span.of(self.orig, span.start, toks[npc[1]].end)
        if last + 2 < hi and toks[last + 1].text == "," and toks[last + 2].low in ("who", "which"):
            # "Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded ...": the relative clause is the mention's
            c = next((x for x in range(last + 3, min(hi, last + 30)) if toks[x].text in (",", ";", ":")
                      or toks[x].inq or toks[x].text in QUOTE_MARKS), None)
            if c is not None and toks[c].text == "," and c + 1 < hi and toks[c + 1].word and not toks[c + 1].cap \
                    and (toks[c + 1].low in AUX or self._verb_like(toks[c + 1]) or _adverb_tok(toks[c + 1])):
                span = Span.of(self.orig, span.start, toks[c - 1].end)
        return key, span

    # -- reported speech ----------------------------------------------------------------
    def _reported(self, pi: int, toks: list[T], used: set[int], lo: int, hi: int, quotes: list[Quote]) -> None:
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
            self._statement_claims(toks, a, b)
            self._in_source_claim(toks, a, b)
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
            # after the sentence's reported claims: "X said that ... his plans to": he is X
            self._noun_claims(toks, a, b)

    def _in_source_claim(self, toks: list[T], a: int, b: int) -> None:
        """"In a Quinnipiac poll released Monday, 50 percent chose Clinton": a document or survey that
        opens the sentence is the source of the rest (nouns: ``[source_in_nouns]``), unless the rest
        has an attribution of its own ("In a joint communique, ministers expressed concern ...")."""
        if b - a < 6 or toks[a].low != "in" or toks[a].inq:
            return
        comma = next((x for x in range(a + 1, min(b, a + 16)) if toks[x].text in (",", ";", ":", ".")
                      or toks[x].inq or toks[x].text in QUOTE_MARKS), None)
        if comma is None or toks[comma].text != "," or toks[comma].inq:
            return
        head = next((x for x in range(a + 1, comma) if toks[x].low in _SOURCE_IN_NOUNS and not toks[x].cap), None)
        if head is None or head + 1 < comma and toks[head + 1].low in ("of", "on", "about", "to"):
            return  # "In response to ...", "In an analysis of ...": the document's subject, not a source
        rest = [x for x in range(comma + 1, b) if not toks[x].inq]
        if sum(1 for x in rest if toks[x].word) < 4 or any(self._cue_at(toks, x) is not None for x in rest):
            return
        content = self._content(toks, comma + 1, b)
        if content is None:
            return
        s0 = a + 1
        key, _ = self._speaker(toks, s0, head, a)
        mention = Span.of(self.orig, toks[s0].start, toks[comma - 1].end)
        self._add(Claim("indirect", content, key, mention, Span.of(self.orig, toks[a].start, toks[a].end),
                        Span.of(self.orig, toks[a].start, toks[b - 1].end)))

    def _noun_claims(self, toks: list[T], a: int, b: int) -> None:
        """A claim named by a noun after its possessor: "Podliska's most explosive claim is that CONTENT",
        "his decision to CONTENT", "Trump's attacks on CONTENT" (nouns: ``[claim_nouns]``, pairs:
        ``[claim_noun_object_phrases]``)."""
        for k in range(a + 1, b - 2):
            t = toks[k]
            if t.inq or not t.word or t.cap:
                continue
            # "his attacks on CONTENT", "Trump's criticism of CONTENT": the noun's object ([claim_noun_object_phrases])
            prep_obj = not toks[k + 1].inq and f"{t.low} {toks[k + 1].low}" in _NOUN_OBJECTS
            if t.low not in _CLAIM_NOUNS and not prep_obj:
                continue
            # the possessor, up to two modifiers before the noun: "his most explosive claim"
            p = k - 1
            while p > a and k - p <= 3 and toks[p].word and not toks[p].cap and not toks[p].poss \
                    and toks[p].low not in _POSS_PRONOUNS and toks[p].low not in STOP:
                p -= 1
            pt = toks[p]
            if pt.inq or not pt.word or not (pt.low in _POSS_PRONOUNS or (pt.poss and pt.cap)):
                continue
            if prep_obj and (self._cue_before(toks, p, a) or not (
                    p == a or not toks[p - 1].word or toks[p - 1].low in ("and", "but", "while", "whereas"))):
                continue  # "reaffirmed Moscow's stance on X", "hit him for his stance on X": the noun
                # phrase is the object of someone's (or the writer's) words; taken only as a subject
            j = k + 1
            obj = False
            if j < b and toks[j].low in ("is", "was") and j + 1 < b and toks[j + 1].low == "that":
                j += 2
            elif toks[j].low == "that" or (toks[j].low == "to" and t.low in _TO_NOUNS):
                j += 1
            elif prep_obj:
                j += 1
                obj = True
            else:
                continue
            if j >= b or toks[j].inq or not toks[j].word:
                continue
            e = self._noun_object_end(toks, j, b) if obj else self._clause_end(toks, j, b)
            content = self._content(toks, j, e)
            if content is None:
                continue
            if pt.low in _POSS_PRONOUNS:
                key = self.res.pronoun({"his": "he", "her": "she", "their": "they", "its": "it"}.get(pt.low, "they"),
                                       pt.start, Span.of(self.orig, pt.start, pt.end))
            else:
                key, _ = self._speaker(toks, p, p, a)
            if not key:
                continue
            mention = Span.of(self.orig, pt.start, pt.end)
            cue = Span.of(self.orig, t.start, toks[j - 1].end if toks[j - 1].low == "that" or obj else t.end)
            self._add(Claim("indirect", content, key, mention, cue, Span.of(self.orig, toks[a].start, toks[b - 1].end)))

    def _statement_claims(self, toks: list[T], a: int, b: int) -> None:
        """"X issued a statement (Tuesday) saying CONTENT", "X released a letter that CONTENT": the subject of
        the issuing verb is the source (words: ``[statement_verbs]``, ``[statement_nouns]``, ``[statement_links]``)."""
        for k in range(a + 1, b - 4):
            t = toks[k]
            if t.inq or not t.word or t.cap or t.low not in _STATEMENT_VERBS:
                continue
            m = k + 1
            if toks[m].low in ("out", "up", "off"):
                m += 1  # "put out a statement", "fired off a tweet"
            if m >= b or toks[m].low not in ("a", "an", "the"):
                continue
            noun = next((x for x in range(m + 1, min(b, m + 4)) if toks[x].low in _STATEMENT_NOUNS and not toks[x].inq),
                        None)
            if noun is None or any(not toks[x].word or toks[x].inq for x in range(m + 1, noun)):
                continue
            link = noun + 1
            while link < b and link - noun <= 3 and toks[link].word and (toks[link].low in TIME_WORDS
                                                                         or toks[link].low in ("on", "late", "early")):
                link += 1  # "a statement Wednesday saying", "a statement on Tuesday saying"
            if link + 2 >= b or toks[link].inq or toks[link].low not in _STATEMENT_LINKS:
                continue
            if toks[link].low == "that" and not self._clause_follows(toks, link + 1, b):
                continue  # "a statement that said ...": a cue of its own
            np = np_left(toks, k, a, self.cues)
            if np is None:
                continue
            key, mention = self._speaker(toks, np[0], np[1], a)
            if not key:
                continue
            j = link + 1
            if toks[link].low != "that" and toks[j].low == "that" and not toks[j].inq and j + 1 < b:
                j += 1  # "a series of tweets saying that ..."
            e = self._clause_end(toks, j, b)
            content = self._content(toks, j, e)
            if content is None:
                continue
            cue = Span.of(self.orig, t.start, toks[link].end)
            self._add(Claim("indirect", content, key, mention, cue, Span.of(self.orig, toks[a].start, toks[b - 1].end)))

    @staticmethod
    def _clause_end(toks: list[T], j: int, b: int) -> int:
        """The end of reported content starting at toks[j]: the sentence end, a semicolon or dash, or a comma
        after a few words."""
        e = j
        while e < b and not (toks[e].text in (";", ".", "?", "!", "\u2014", "--", ":") and not toks[e].inq) \
                and not (toks[e].text == "," and not toks[e].inq and e - j >= 3):
            e += 1
        return e

    def _parallel_verb(self, toks: list[T], k: int, j: int, e: int) -> bool:
        """Does the cue after "and" at toks[e] go on the content toks[j:e] of the cue at toks[k] in the same form ("is acting
        unlawfully and showing ...", "to bypass him and go after ...") rather than start a report of its own?"""
        u = toks[e + 1]
        cue = self._cue_at(toks, e + 1)
        if cue is None or cue[0] > 1 or u.inq:
            return False
        if u.low.endswith("ing"):
            # (not after a participle cue: "stating X and chiding Y" are two of the writer's participles)
            return not toks[k].low.endswith("ing") and any(t.word and not t.cap and not t.inq and t.low.endswith("ing") and len(t.low) > 5
                       and t.low not in ("during", "including", "according") for t in toks[j:e])
        return toks[j].low == "to" and cue[1].form == cue[1].lemma == u.low

    def _past_clause_follows(self, toks: list[T], i: int, b: int) -> bool:
        """Does a clause in the past tense start at toks[i] ("the senator suggested", "Mrs. Clinton accused")?"""
        np = np_right(toks, i, b, self.cues)
        if np is None or np[1] - np[0] > 6 or np[1] + 1 >= b:
            return False
        u = toks[np[1] + 1]
        return u.word and not u.cap and not u.inq and (
            u.low.endswith("ed") and len(u.low) > 4 or u.low in _PAST_TENSE or u.low in _IRREGULAR_SPEECH_VERBS)

    def _list_goes_on(self, toks: list[T], e: int, b: int) -> bool:
        """Does the comma at toks[e] go on a list that closes the sentence ("the billionaire class, the fossil
        fuel industry and super PACs.")?  Plain words and commas, then "and" or "or", then plain words to the end."""
        conj = None
        if e + 1 >= b or not (toks[e + 1].cap or toks[e + 1].low in DETS or toks[e + 1].low in _POSS_PRONOUNS):
            return False
        for x in range(e + 1, min(b, e + 25)):
            u = toks[x]
            if u.inq or u.text in QUOTE_MARKS:
                return False
            if not u.word:
                if u.text in (".", "!", "?"):
                    return conj is not None and x > conj + 1
                if u.text != "," or conj is not None:
                    return False
                continue
            if u.low in AUX or u.low in _FINITE or u.low in _CLAUSE_BREAKS and u.low not in ("and", "or") \
                    or u.low in ("who", "which", "whose") or self._cue_at(toks, x) or self._verb_like(u) \
                    or not u.cap and (u.low.endswith("ed") or u.low in _PAST_TENSE or u.low == "than"):
                return False
            if u.low in ("and", "or") and conj is None:
                v = toks[x + 1] if x + 1 < b else None
                if v is None or self._clause_follows(toks, x + 1, b) or v.word and not v.cap and v.low.endswith("s") \
                        and v.low not in DETS and v.low not in _POSS_PRONOUNS:
                    return False  # ("..., and plans to ...": a verb)
                conj = x
        return conj is not None and e + 25 >= b > conj + 1

    @staticmethod
    def _circumstance_start(toks: list[T], j: int, e: int) -> int:
        """Where a closing time or medium phrase of the object toks[j:e] starts ("endorsed the plan in
        November", "mocked him on Twitter"), or e: the time and the medium are the writer's."""
        f = e
        while f > j and not toks[f - 1].word:
            f -= 1
        g = f
        while g > j + 1 and f - g < 3 and toks[g - 1].word and not toks[g - 1].inq and (
                toks[g - 1].low in TIME_WORDS or toks[g - 1].low in ("late", "early", "earlier")):
            g -= 1
        if g < f and toks[f - 1].low in TIME_WORDS and toks[f - 1].low not in ("this", "last", "next") \
                and toks[g - 1].word and toks[g - 1].low not in STOP:
            return g  # "declared victory Tuesday night", "reported no arrests late Monday"
        for p in range(f - 2, max(j, f - 6), -1):
            u = toks[p]
            if not u.word or u.inq:
                return e
            if u.low not in ("in", "on", "during", "since"):
                continue
            rest = toks[p + 1:f]
            if not all(t.word and not t.inq for t in rest):
                return e
            last = rest[-1].low
            if all(t.low in TIME_WORDS or t.low in MONTHS and t.cap or t.low.isdigit() or t.low in DETS
                   or t.low in ("early", "late", "mid", "of") for t in rest) \
                    and (last in TIME_WORDS or last in MONTHS or last.isdigit() and len(last) == 4):
                return p  # "in November", "on Wednesday", "in early 2013"
            if u.low == "on" and last in _MEDIUM_NOUNS:
                return p  # "on Twitter", "on her radio show"
        return e

    @staticmethod
    def _aside_closes(toks: list[T], e: int, b: int) -> bool:
        """Does the aside opening at toks[e] close with a comma before more words ("..., which would include
        the military, to crack down on hackers")?"""
        for x in range(e + 1, min(b, e + 16)):
            if toks[x].inq or toks[x].text in QUOTE_MARKS:
                return False
            if toks[x].text == "," and toks[x - 1].low.isdigit() and x + 1 < b and toks[x + 1].low[:1].isdigit() \
                    and toks[x].start == toks[x - 1].end:
                continue  # "100,000"
            if not toks[x].word and toks[x].text not in ("'", "\u2019", "$", "%"):
                return toks[x].text == "," and x + 1 < b and toks[x + 1].low not in ("and", "or", "but") \
                    and sum(1 for t in toks[x + 1:b] if t.word) >= 2
        return False

    @staticmethod
    def _occasion_at(toks: list[T], e: int, b: int) -> bool:
        """Does toks[e] open the occasion of a statement ("in a statement", "at a news conference")?"""
        if toks[e].low not in _EVENT_PREPS or toks[e].inq:
            return False
        for x in range(e + 1, min(b, e + 6)):
            u = toks[x]
            if not u.word or u.inq or u.low in ("that", "which", "who"):
                return False  # ("in the tax code that address ...": a verb)
            if u.low in _EVENT_NOUNS:
                return x > e + 1 and (toks[e + 1].low in DETS or toks[e + 1].low in ("his", "her", "their", "its"))
        return False

    def _cue_before(self, toks: list[T], p: int, a: int) -> bool:
        """Is there a reporting cue among the (up to three) words before toks[p]?"""
        return any(toks[x].word and self._cue_at(toks, x) is not None for x in range(max(a, p - 3), p))

    def _noun_object_end(self, toks: list[T], j: int, b: int) -> int:
        """The end of the object of a claim noun's preposition ("his attacks on [Mr. Clinton] have ..."): the
        next punctuation, auxiliary or finite verb, or reporting cue."""
        e = j
        while e < b:
            u = toks[e]
            if not u.inq and (u.text in (",", ";", ".", "?", "!", "\u2014", "\u2013", "--", ":", "(")
                              or e > j and u.word and (u.low in AUX or u.low in _FINITE or self._cue_at(toks, e))):
                break
            e += 1
        return e

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

    def _content(self, toks: list[T], a: int, b: int, min_words: int = 2) -> Span | None:
        """The text of toks[a:b] as a span, trimmed of edge punctuation; None when under two words."""
        while a < b and not toks[a].word and toks[a].text not in QUOTE_MARKS:
            a += 1
        while b > a and not toks[b - 1].word and toks[b - 1].text not in QUOTE_MARKS:
            b -= 1
        if b - a < 1:
            return None
        words = sum(1 for t in toks[a:b] if t.word)
        if words < min_words:
            return None
        return Span.of(self.orig, toks[a].start, toks[b - 1].end)

    def _as_claim(self, toks: list[T], a: int, b: int, k: int, ncue: int, verb, cue_span: Span,
                  sent: Span) -> Claim | None:
        """"As a Politico reporter noted, CONTENT", "CONTENT, as the senator put it.", "As reported by X,
        CONTENT", "X, as Y said, is Z": the writer's sentence around an "as" clause is the content."""
        if verb.cls not in ("speech", "belief", "write", "evidence") or verb.lemma in _INTENT:
            return None
        if k + ncue < b and toks[k + ncue].low == "by" and k - 1 >= a and toks[k - 1].low == "as":
            npr = np_right(toks, k + ncue + 1, b, self.cues)  # "As reported by Western Journalism, ..."
            if npr is None:
                return None
            s0, m = k - 1, npr[1] + 1
            sp = self._speaker(toks, npr[0], npr[1], a)
        else:
            np = np_left(toks, k, a, self.cues)
            if np is None or np[0] - 1 < a or toks[np[0] - 1].low != "as" or toks[np[0] - 1].inq:
                return None
            s0, m = np[0] - 1, k + ncue
            if s0 - 1 >= a and toks[s0 - 1].low in ("such", "well", "so", "same", "inasmuch", "insofar"):
                return None
            sp = self._speaker(toks, np[0], np[1], a)
        if m < b and toks[m].low == "it":
            m += 1  # "as X put it"
        while m < b and toks[m].word and toks[m].low in TIME_WORDS:
            m += 1
        if m < b and toks[m].word and toks[m].low in _PP_STARTS:
            c = next((x for x in range(m, min(b, m + 9)) if not toks[x].word or toks[x].inq), None)
            if c is not None and toks[c].text == ",":
                m = c  # "as X wrote in his memo, ..."
        if not sp or not sp[0]:
            return None
        key, mention = sp
        opens = all(not t.word or t.low in ("but", "and", "yet", "so", "just") for t in toks[a:s0])
        if opens:
            if m >= b or toks[m].text != ",":
                return None
            content = self._content(toks, m + 1, b)
            if content is None or sum(1 for t in toks[m + 1:b] if t.word) < 3:
                return None
            return Claim("indirect", content, key, mention, cue_span, sent)
        if s0 - 1 < a or toks[s0 - 1].text not in (",", "—", "--"):
            return None
        head = self._content(toks, a, s0 - 1)
        if head is None:
            return None
        if m >= b or toks[m].text in (".", "!", "?", ";"):
            return Claim("indirect", head, key, mention, cue_span, sent)
        if toks[m].text == "," and m + 1 < b:
            tail = self._content(toks, m + 1, b)
            if tail is not None:
                return Claim("indirect", Span.of(self.orig, head.start, tail.end), key, mention, cue_span, sent,
                             (head, tail))
        return None

    def _evidence_subject(self, toks: list[T], k: int, lo: int) -> tuple[str, Span] | None:
        """A subject the phrase readers miss that names evidence in its first words: "A CNN/ORC poll in
        January shows", "Polls there show", "A new batch of State Department emails released this week
        showed"."""
        x = k - 1
        while x >= lo and k - x <= 16 and not toks[x].inq and (toks[x].word or toks[x].text in ("/", "&", "-", "'", "\u2019")) \
                and toks[x].low not in _CLAUSE_BREAKS and toks[x].low not in ("who", "which", "whom", "whose") \
                and toks[x].low not in AUX:
            x -= 1
        first = x + 1
        if first >= k or k - first > 15 or (x >= lo and toks[x].word and toks[x].low not in _CLAUSE_BREAKS):
            return None
        f = toks[first]
        if not f.word or not (f.cap or f.low in HARD_DETS or f.low in DETS or f.low[:1].isdigit()):
            return None
        ev = next((y for y in range(first, min(k, first + 8)) if toks[y].low in _EVIDENCE and toks[y].word), None)
        if ev is None or any(toks[y].low in STOP and toks[y].low not in ("of", "by", "for") for y in range(first, ev)):
            return None
        key, _ = self._speaker(toks, first, ev, lo)
        return key, Span.of(self.orig, toks[first].start, toks[k - 1].end)

    @staticmethod
    def _evidence_that(toks: list[T], k: int, ncue: int, verb) -> bool:
        """An evidence verb before "that" and a clause is a verb after any subject: "Their experience
        shows that ...", "The audit found that ..." (not "shows that scene")."""
        e = k + ncue
        return verb.cls == "evidence" and toks[k].low != verb.lemma and e + 1 < len(toks) and toks[e].low == "that" \
            and not toks[e].inq and toks[e + 1].word and not toks[e + 1].inq and toks[e + 1].low not in AUX

    @staticmethod
    def _evidence_phrase(mention: Span | None) -> bool:
        """Does a subject name evidence before its relative clause or aside ("A Monmouth poll out Monday",
        "A University of New Hampshire poll", "The rolling average of polls")?"""
        if mention is None:
            return False
        for raw in mention.text.lower().split():
            w = raw.strip(".,;:()")
            if w in ("who", "which", "that", "whose", "where"):
                return False
            if w in _EVIDENCE:
                return True
            if raw.endswith(","):
                return False
        return False

    @staticmethod
    def _object_as(toks: list[T], j: int, b: int) -> bool:
        """Does a short object at toks[j] go on to "as" and what it is taken for ("see Clinton as the
        stronger candidate"; not "see him as soon as")?"""
        for m in range(j, min(b - 1, j + 12)):
            t = toks[m]
            if t.inq or t.text in QUOTE_MARKS or not t.word and t.text not in ("'", "\u2019", "-"):
                return False
            if t.low in ("that", "which", "who", "whether", "if", "but") or t.low in AUX:
                return False
            if t.low in ("and", "or") and (m == j or toks[m + 1].low in _SUBJ_PRONOUNS or toks[m + 1].low in AUX):
                return False  # ("see security and terrorism as", not "see it and they ...")
            if t.low == "as":
                u = toks[m + 1]
                return m > j and u.word and not u.inq and u.low not in _NOT_AS_COMPLEMENT \
                    and u.low not in _SUBJ_PRONOUNS
        return False

    @staticmethod
    def _share_of_finding(toks: list[T], m: int, b: int, verb) -> bool:
        """After a finding's verb ("the poll showed that ..."), does a share of those asked open the next
        clause ("and 74 percent said ...", "but most say ...")?  What they said is part of the finding."""
        if verb.cls != "evidence":
            return False
        while m < b and toks[m].low in ("just", "only", "nearly", "almost", "about", "some", "over", "more", "than"):
            m += 1
        return m < b and toks[m].word and not toks[m].inq and (
            toks[m].low[:1].isdigit() or toks[m].low in _QUANTIFIERS or toks[m].low == "half")

    def _inner_verb(self, toks: list[T], j: int, e: int, clause: bool) -> bool:
        """In a clause content whose verb has not come yet, does the "and" at toks[e] go on its subject,
        so that the cue after it is the content's own verb ("said the shootings and protests demand that
        ...", "said that she and her aides never doubted ..."), not another attribution?"""
        if not clause or toks[e].low != "and":
            return False
        s = j
        for y in range(j, e):
            if toks[y].low == "that" and not toks[y].inq:
                s = y + 1
        return s < e and not any(
            toks[y].inq or not toks[y].word or toks[y].low in AUX or toks[y].low in _FINITE
            or self._verb_like(toks[y]) or (self._cue_at(toks, y) is not None and not toks[y].low.endswith("ing"))
            for y in range(s, e))

    @staticmethod
    def _after_subordinator(toks: list[T], j: int, e: int) -> bool:
        """Does the name ending at toks[e - 1] follow a subordinator ("because Ola Brandt")?"""
        x = e - 1
        while x > j and toks[x].word and toks[x].cap and not toks[x].inq:
            x -= 1
        return x >= j and x < e - 1 and toks[x].low in _SUBORDINATORS and not toks[x].inq

    @staticmethod
    def _gerund_subject(toks: list[T], i: int, b: int) -> bool:
        """Is the -ing word at toks[i] the subject of a finite verb that follows within a few plain words
        ("replacing Clinton would be ...")?"""
        for x in range(i + 1, min(b, i + 8)):
            if not toks[x].word or toks[x].inq:
                return False
            if toks[x].low in AUX or toks[x].low in _FINITE:
                return True
        return False

    def _fronted_end(self, toks: list[T], a: int, e: int) -> int:
        """Where content that closes with its attribution starts: after a fronted concessive or participle
        clause ("Though she grew up elsewhere, CONTENT, she said"; "Boasting 108,000 residents, CONTENT,
        according to X"), whose words are the writer's; else at toks[a]."""
        s = a
        while s < e and (not toks[s].word or toks[s].low in ("but", "and", "yet")) and not toks[s].inq:
            s += 1
        if s >= e or toks[s].inq or not (toks[s].low in _FRONTED or (
                toks[s].cap and toks[s].low.endswith("ing") and len(toks[s].low) > 5)):
            return a
        for x in range(s + 2, min(e - 2, s + 30)):
            if toks[x].inq or toks[x].text in QUOTE_MARKS or toks[x].text in (";", ":"):
                return a
            if toks[x].text == ",":
                if sum(1 for t in toks[s:x] if t.word) < 4:
                    return a  # "As it stands, ...": a set phrase
                if self._clause_follows(toks, x + 1, e):
                    return x + 1
        return a

    def _attribution_opens(self, toks: list[T], i: int, b: int) -> bool:
        """Does a new attribution with its own content start at toks[i]: a subject of plain words, then a
        finite speech cue and its clause ("27 percent of the rest said they could ...")?"""
        t = toks[i]
        if not t.word or t.inq or not (t.cap or t.low[:1].isdigit() or t.low in DETS or t.low in HARD_DETS
                                       or t.low in _SUBJ_PRONOUNS):
            return False
        for x in range(i + 1, min(b - 1, i + 10)):
            u = toks[x]
            if not u.word or u.inq or u.low in _CLAUSE_BREAKS or u.low in AUX and u.low not in ("have", "has"):
                return False
            cue = self._cue_at(toks, x)
            if cue is not None:
                n, verb = cue
                return verb.cls in ("speech", "belief") and not u.low.endswith("ing") and x + n < b \
                    and toks[x + n].word and not toks[x + n].inq and (toks[x + n].low == "that"
                                                                      or self._clause_follows(toks, x + n, b))
        return False

    def _conjunct_subject(self, toks: list[T], a: int, k: int, verb) -> tuple[str, Span] | None:
        """The source of a cue that is the second verb of its subject: "X spoke at the forum and
        criticized Y", "Some seek ..., and argue that ..." (a past form, or a present one that is no
        plural noun): the speaker of the sentence's earlier claim, or the sentence's subject."""
        m = k - 1
        while m > a and toks[m].word and toks[m].low in ADVERBS and not toks[m].cap:
            m -= 1
        if m <= a or toks[m].inq or toks[m].low not in ("and", "but"):
            return None
        form = verb.form
        if not (form.endswith("ed") or form in _IRREGULAR_SPEECH_VERBS or (
                form.endswith("s") and verb.cls in ("speech", "belief") and form not in _CLAIM_NOUNS
                and form[:-1] not in _CLAIM_NOUNS)):
            return None  # "the attacks and support": nouns
        for c in reversed(self.claims[-4:]):
            if c.cue is not None and toks[a].start <= c.cue.start < toks[m].start and c.speaker:
                return c.speaker, c.speaker_mention
        return self._sentence_subject(toks, a, m)

    def _participle_subject(self, toks: list[T], a: int, b: int, k: int) -> tuple[str, Span] | None:
        """The source of a participle cue at toks[k] that :meth:`_subject` leaves: "After thanking the
        crowd, he touted ...", "by calling him “dopey” and accusing him of ...", "with the union calling
        her ...", "polls showing her behind" (the noun phrase right before is the source)."""
        p = toks[k - 1] if k - 1 >= a else None
        if p is None or p.inq:
            return None
        if p.low in ("and", "or") and not p.inq:
            # a second participle: the source of the first one in the sentence
            for c in reversed(self.claims[-4:]):
                if c.cue is not None and toks[a].start <= c.cue.start < p.start and c.speaker \
                        and c.cue.text.lower().endswith("ing"):
                    return c.speaker, c.speaker_mention
            return None
        if p.low in _PARTICIPLE_OPENERS:
            if k - 1 == a or (k - 2 >= a and not toks[k - 2].word and toks[k - 2].text not in QUOTE_MARKS):
                # the participle clause opens the sentence: the subject follows its comma
                c = next((x for x in range(k + 1, min(b, k + 30)) if toks[x].text == "," and not toks[x].inq), None)
                if c is None or c + 1 >= b:
                    return None
                npr = np_right(toks, c + 1, b, self.cues)
                if npr is None or not self._clause_follows(toks, c + 1, b) and not (
                        npr[1] + 1 < b and self._verb_like(toks[npr[1] + 1])):
                    return None
                return self._speaker(toks, npr[0], npr[1], a)
            return self._sentence_subject(toks, a, k - 1)
        if not p.word or p.low in STOP or p.low in AUX or p.low in ADVERBS:
            return None
        np = np_left(toks, k, a, self.cues)
        if np is None or np[1] != k - 1 or toks[np[1]].low in ("him", "them", "us", "me", "it", "this", "that") \
                or np[0] - 1 < a or toks[np[0] - 1].low != "with":
            return None  # only "with X calling ...": "a statement saying" is the issuer's
        return self._speaker(toks, np[0], np[1], a)

    def _reported_one(self, toks: list[T], a: int, b: int, k: int, ncue: int, verb, quotes, last_end) -> Claim | None:
        cue_span = Span.of(self.orig, toks[k].start, toks[k + ncue - 1].end)
        sent = Span.of(self.orig, toks[a].start, toks[b - 1].end)
        after = k + ncue
        # according to X, CONTENT / CONTENT, according to X
        if verb.cls == "source":
            if after < b and toks[after].low in ("whether", "how", "what", "which", "who", "whom", "when", "where",
                                                  "why", "if"):
                return None  # "listed according to whether they were committed by ...": no source
            # "But according to X, ...": a conjunction may open the sentence
            opens = k == a or all(not t.word or t.low in ("but", "and", "yet", "so") for t in toks[a:k])
            npr = np_right(toks, after, b, self.cues)
            if npr is None and after < b and toks[after].word and not toks[after].inq and opens:
                npr = (after, after)  # a source the phrase reader cannot take: runs to the comma below
            if npr is None and not opens and after < b and toks[after].word and not toks[after].inq:
                # "CONTENT, according to a yearly Gallup poll.": a source the phrase reader cannot take
                # runs to the sentence end
                m = after
                while m < b and m - after < 12 and (toks[m].word or toks[m].text in ("'", "\u2019", "-")) \
                        and not toks[m].inq:
                    m += 1
                if m > after + 1 and (m >= b or toks[m].text in (".", "?", "!")):
                    npr = (after, m - 1)
            if npr is None:
                return None
            key, mention = self._speaker(toks, npr[0], npr[1], a)
            if opens:
                j = npr[1] + 1
                if j < b and toks[j].text != ",":
                    # "According to early results of exit polls conducted by Edison Research, voters ...":
                    # the source runs to the comma
                    c = next((x for x in range(j, min(b, j + 25)) if toks[x].text in (",", ";", ":")
                              or toks[x].inq or toks[x].text in QUOTE_MARKS), None)
                    if c is not None and toks[c].text == "," and c + 3 < b:
                        key, _ = self._speaker(toks, npr[0], npr[1], a)
                        mention = Span.of(self.orig, toks[npr[0]].start, toks[c - 1].end)
                        j = c
                while j < b and toks[j].text == ",":
                    j += 1
                content = self._content(toks, j, b)
            else:
                content = self._content(toks, self._fronted_end(toks, a, k), k)
                # "CONTENT, according to the average of recent polls compiled by Real Clear Politics.":
                # the source runs to the sentence end
                m = npr[1] + 1
                while m < b and m - npr[0] < 24 and not toks[m].inq and toks[m].text not in QUOTE_MARKS \
                        and toks[m].text not in (",", ";", ":", ".", "?", "!", "\u2014", "--", "("):
                    m += 1
                if m > npr[1] + 1 and (m >= b or toks[m].text in (".", "?", "!")) and m - npr[0] < 24:
                    mention = Span.of(self.orig, toks[npr[0]].start, toks[m - 1].end)
                else:
                    # "..., according to court documents reported by The Post, ...": up to the comma
                    m = self._source_tail(toks[:b], npr[1])
                    if m > npr[1]:
                        mention = Span.of(self.orig, toks[npr[0]].start, toks[m].end)
                appositive = appositive_right(toks, max(npr[1], m - 1 if m > npr[1] else npr[1]), b, self.cues)
                c0 = next((x for x in range(npr[1] + 1, appositive) if toks[x].text == ","), appositive)
                rel = next((y for y in range(c0 + 1, appositive + 1) if toks[y].low in ("who", "whose", "which")),
                           appositive + 1)
                if appositive > npr[1] and toks[appositive].end > mention.end and not any(
                        toks[y].low in AUX or self._verb_like(toks[y]) for y in range(c0 + 1, rel)):
                    # (a clause is no appositive: "By 2030, according to X, most ferries will run ...")
                    # "CONTENT, according to Ann Lee, a former official.": the appositive is the source's
                    mention = Span.of(self.orig, toks[npr[0]].start, toks[appositive].end)
                elif content is not None and npr[1] + 1 < b - 1 and toks[npr[1] + 1].text == ",":
                    # "X, according to Y, is Z": content on both sides
                    tail = self._content(toks, npr[1] + 1, b)
                    v = npr[1] + 2
                    while v < b and toks[v].word and _adverb_tok(toks[v]) and toks[v].low not in AUX:
                        v += 1
                    # the tail goes on with the subject's verb ("X, according to Y, is Z") or completes an
                    # opening that is no clause ("By 2008, according to Y, most phones ..."); after a whole
                    # clause, other words are the source's appositive or the writer's ("..., head of the centre")
                    head = [t for t in toks[a:k] if t.word]
                    opening = len(head) < 4 or head[0].low in _INTRO_WORDS or head[0].low in _SUBORDINATORS
                    if tail is not None and toks[k - 1].text == "," and v < b and (
                            opening or toks[v].low in AUX or toks[v].low in _FINITE or self._verb_like(toks[v])
                            or toks[v].low in ("and", "but", "while", "whereas")):
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
                    and not toks[k].low.endswith("ing") and verb.cls != "belief":
                # (not a belief: "many whites, who ..., saw the program as ...": the subject's verb)
                npr = np_right(toks, after, b, self.cues)
                if npr is not None and toks[npr[0]].low not in ("that", "it", "this", "there") and (
                        toks[npr[0]].cap or toks[npr[0]].low in PRONOUNS or toks[npr[0]].low in ("the", "a", "an")
                        or toks[npr[1]].low.endswith("s") or toks[npr[0]].low in _QUANTIFIERS
                        or speaker_noun_low(toks[npr[1]].low)):  # "said one GOP source", "said a spokesman"
                    comma = k - 1
                    last = appositive_right(toks, npr[1], b)
                    sp = self._speaker(toks, npr[0], last, a)
                    after = last + 1
            if comma is None and verb.cls == "evidence" and after < b and toks[after].text in (".", "!", "?"):
                # "..., campaign and corporate records show.", "..., FEC records compiled by X show.": a long
                # evidence subject that closes the sentence
                c = next((x for x in range(k - 1, max(a, k - 20), -1) if toks[x].text == "," or toks[x].inq
                          or toks[x].text in QUOTE_MARKS), None)
                if c is not None and c > a + 2 and toks[c].text == "," and not toks[c].inq:
                    long = self._long_subject(toks, k, c + 1, None, verb, k, True)
                    if long is not None and long[1] is not None and long[1].start == toks[c + 1].start \
                            and self._evidence_phrase(long[1]):
                        comma, sp = c, long
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
                    if u.low == "and" and m + 2 < b and toks[m + 2].low in _SUBJ_PRONOUNS \
                            and self._clause_follows(toks, m + 2, b) and not any(
                                self._cue_at(toks, x) is not None for x in range(m + 3, min(b, m + 6)) if toks[x].word):
                        # "CONTENT, a spokeswoman said, and it has done so five times": the report goes on
                        t2 = self._content(toks, m + 1, b)
                        content = self._content(toks, self._fronted_end(toks, start, comma), comma)
                        if t2 is not None and content is not None:
                            key, mention = sp
                            return Claim("indirect", Span.of(self.orig, content.start, t2.end), key, mention, cue_span,
                                         sent, (content, t2), addressee)
                    if u.low in ("as", "since", "because", "while", "when", "after", "before", "although", "though",
                                 "but", "and", "adding", "noting", "saying", "citing", "in", "according", "which",
                                 "who", "where", "even", "despite", "with", "without") or u.text in QUOTE_MARKS \
                            or (u.word and not u.cap and not u.inq and u.low.endswith("ing") and len(u.low) > 5
                                and not self._gerund_subject(toks, m + 1, b)):
                        pass  # (", Cruz explained, recalling the time ...": a participle of the speaker's)
                    elif sum(1 for t in toks[m + 1:b] if t.word) >= 3 and start < comma and \
                            sum(1 for t in toks[start:comma] if t.word) >= 2:
                        tail = self._content(toks, m + 1, b)
                    else:
                        m = -1
                elif m < b and toks[m].text not in (".", ";", "!", "?", "\u2014", "--") and not (
                        toks[m].low in ("as", "while", "when", "before", "after", "because", "since", "during")
                        and not toks[m].inq and m + 1 < b and not (toks[m].low == "as" and toks[m + 1].low in (
                            "much", "well", "such", "many", "far", "long", "soon", "a", "an", "part", "of", "if"))):
                    m = -1  # (but "..., Obama told his advisers as he labored over ...": the writer's time clause)
                if 0 <= m < b and toks[m].text in ("\u2014", "--") and not toks[m].inq:
                    # "... — that won't happen, they believe — but ...": the aside opens at the first dash
                    start = next((x + 1 for x in range(comma - 1, start, -1) if toks[x].text == toks[m].text
                                  and not toks[x].inq), start)
                if m >= 0:
                    content = self._content(toks, self._fronted_end(toks, start, comma), comma)
                    if content is None:
                        return None
                    key, mention = sp
                    if tail is not None and toks[comma - 1].low in ("and", "but", "or") and not toks[comma - 1].inq:
                        # "X did Y and, he argued, Z": the aside reports what follows it
                        return Claim("indirect", tail, key, mention, cue_span, sent, (), addressee)
                    if tail is not None:
                        return Claim("indirect", Span.of(self.orig, content.start, tail.end), key, mention, cue_span, sent,
                                     (content, tail), addressee)
                    return Claim("indirect", content, key, mention, cue_span, sent, (), addressee)
        as_claim = self._as_claim(toks, a, b, k, ncue, verb, cue_span, sent)
        if as_claim is not None:
            return as_claim
        # X said (that) CONTENT / ..., noting that CONTENT
        after = k + ncue  # (the backward reading above may have moved it past a would-be speaker)
        sp = self._subject(toks, k, ncue, a, verb)
        if sp is None and verb.cls == "evidence" and not toks[k].low.endswith("ing"):
            sp = self._evidence_subject(toks, k, a)
        opening = False  # a participle clause that opens the sentence ends at its comma
        if sp is None and not toks[k].low.endswith("ing"):
            sp = self._conjunct_subject(toks, a, k, verb)
        if sp is None and toks[k].low.endswith("ing"):
            sp = self._participle_subject(toks, a, b, k)
            opening = sp is not None and k - 1 >= a and toks[k - 1].low in _PARTICIPLE_OPENERS \
                and all(not t.word for t in toks[a:k - 1])
        if sp is None:
            return None
        j = after
        addressee = self._addressee(toks, k, after, b)
        addressee_in = False
        if addressee is not None:
            while j < b and toks[j].start < addressee.end:
                j += 1
            # "urged Congress to act": who is urged belongs to what is urged
            addressee_in = verb.lemma in _ADDRESSEE_CONTENT and j < b and toks[j].low == "to" and not toks[j].inq
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
            if m > j and self._cue_at(toks, m) is not None and not (
                    toks[j].low in _PP_STARTS and toks[m].low.endswith("s") and toks[m].low not in ("says", "tells")
                    and not toks[m - 1].cap and toks[m - 1].low not in PRONOUNS
                    and all(t.word and t.low not in ("and", "but") for t in toks[j:m])):
                break  # (a plural cue inside the adverbial is a noun: "said in her opening remarks that")
        if that is not None and that > j and toks[j].low == "to" and (verb.cls == "intent" or verb.lemma in _INTENT) \
                and j + 1 < b and not toks[j + 1].cap and toks[j + 1].low not in ("the", "a", "an", "his", "her", "their"):
            that = None  # "sought to harness the anger that ...": an infinitive, not "said to reporters that"
        if that is not None:
            if that > j and not (toks[j].low in ("in", "on", "at", "to", "during", "after", "before", "last", "this",
                                                  "earlier", "later", "yesterday", "today", "monday", "tuesday",
                                                  "wednesday", "thursday", "friday", "saturday", "sunday", "also",
                                                  "repeatedly", "publicly", "privately", "again", "over", "for",
                                                  "via", "through", "with", "by", ",", "\u2014", "--", "(")
                                 or addressee is not None):
                that = None
        obj_ok = feeling = False
        if that is None:
            if verb.cls in ("speech", "belief", "write") and j < b and j + 1 < b and toks[j].low in _ADVERBIAL_STARTS:
                # "said on Wednesday she backed Trump": a short adverbial, then the reported clause
                for m in range(j + 1, min(b, j + 6)):
                    if not toks[m].word or toks[m].inq:
                        break
                    if toks[m].low in _SUBJ_PRONOUNS and self._clause_follows(toks, m, b):
                        j = m
                        break
            if verb.cls in ("speech", "belief", "write") and j + 2 < b and toks[j].text == "," and not toks[j].inq:
                # "says, win or lose on Tuesday, he is staying": an aside between commas, then the clause
                c = next((x for x in range(j + 2, min(b, j + 16)) if not toks[x].word or toks[x].inq), None)
                if c is not None and toks[c].text == "," and not toks[c].inq and c + 1 < b \
                        and self._clause_follows(toks, c + 1, b):
                    j += 1
                    obj_ok = True
            if not obj_ok and verb.lemma in _AS_OBJECT and self._object_as(toks, j, b):
                obj_ok = True  # "voters see Clinton as the stronger candidate"
            if not obj_ok and verb.lemma in _FEELING and j + 1 < b and toks[j].word and not toks[j].inq \
                    and not toks[j].cap and (toks[j].low == "like" and self._clause_follows(toks, j + 1, b) or (
                        toks[j].low.endswith("ed") and len(toks[j].low) > 4 or toks[j].low in _IRREG_PARTICIPLES)
                        and toks[j].low not in AUX and not any(toks[x].low == "to" for x in range(j + 1, min(b, j + 5)))):
                # (not "felt compelled last July to issue ...": an obligation)
                obj_ok = feeling = True  # "feel like they have been heard", "feel squeezed financially"
            if obj_ok:
                pass
            elif verb.cls in ("speech", "belief", "write") and j < b and self._clause_follows(toks, j, b):
                obj_ok = True  # "hopes his endorsement will give him ...", "promised he would ..."
            elif verb.cls == "intent" or verb.lemma in _INTENT:
                # "vowed to punish", "urged Congress to act", "called for new tariffs": the intention
                if verb.lemma in ("call for",):
                    obj_ok = True
                elif verb.lemma in _OBJECT_VERBS and j < b and toks[j].low in HARD_DETS and not toks[j].inq:
                    obj_ok = True  # "promised a veto", "vowed a swift response"
                elif verb.lemma in ("ask", "wonder", "question") and j < b and toks[j].low in (
                        "whether", "if", "why", "how", "what", "who", "when", "where", "about"):
                    obj_ok = True  # "asked Clinton whether she would release transcripts"
                elif j < b and toks[j].low == "to" and not toks[j].inq:
                    obj_ok = True
                elif verb.lemma in ("want", "seek", "would like", "request", "demand") and j < b and toks[j].word \
                        and not toks[j].inq and (toks[j].low in HARD_DETS or toks[j].low in ("more", "less", "no")
                                                 or (toks[j].cap and toks[j].low not in PRONOUNS)):
                    obj_ok = True  # "want their money back", "sought a recount"
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
                if j + 1 < b and toks[j].low in ("on", "last", "this", "earlier") and not toks[j].inq:
                    m = j + 1  # "announced on Friday the arrest of a man"
                    while m < b and m - j < 4 and toks[m].word and toks[m].low in TIME_WORDS:
                        m += 1
                    if m > j + 1 and m < b and toks[m].low in HARD_DETS:
                        j = m
                obj_ok = j < b and toks[j].word and toks[j].low not in ("to", "that", "as", "by", "in", "on", "at",
                                                                        "for", "off", "out", "up", "it", "this")
            elif verb.cls == "evidence" or verb.lemma in ("indicate", "suggest", "find", "show"):
                sp_head = sp[1].text.lower().split()[-1] if sp[1] is not None and sp[1].text else ""
                if sp[1] is not None:
                    sp_head = self._subject_heads.get((sp[1].start, sp[1].end), sp_head)
                if sp_head.strip(",") in _EVIDENCE or self._evidence_phrase(sp[1]):
                    obj_ok = True
        if that is not None:
            j = that + 1
        elif obj_ok:
            pass
        elif verb.cls in ("speech", "belief", "write") and j < b and (
                self._clause_follows(toks, j, b)
                or (toks[j].low in ("whether", "if", "why", "how") and verb.lemma in _WH_VERBS)):
            pass  # "warned they would ...", "knew it was possible", "wondered why ..." (no "that")
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
        clause_comma = opening
        if sp[1] is not None and sp[1].text.lower() in ("who", "which"):
            clause_comma = True
        else:
            np0 = np_left(toks, k, a, self.cues)
            if np0 is None and sp[1] is not None:  # "While he's said ...": the subject token itself
                np0 = next(((x, x) for x in range(a, k) if toks[x].start == sp[1].start
                            and toks[x].low.startswith(_CONTRACTED)), None)
            if np0 is not None and np0[0] - 1 >= a and toks[np0[0] - 1].low in _SUBORDINATORS:
                clause_comma = True
        # the content runs to the end of the sentence or to the next cue clause (", adding that")
        e = j
        obj_quote = j < b and (toks[j].inq or toks[j].text in QUOTE_MARKS)
        noun_content = that is None and j < b and not self._clause_follows(toks, j, b)
        relative = sp[1] is not None and sp[1].text.lower() in ("who", "which", "that")
        # an object, not a reported clause the phrase reader missed ("said professors would ...")
        plain_object = noun_content and (verb.cls not in ("speech", "belief", "write") or verb.lemma in _OBJECT_VERBS
                                         or toks[j].low == "to")
        while e < b:
            t = toks[e]
            if t.text in (";",) and not t.inq:
                break
            if relative and noun_content and e > j + 1 and t.word and not t.inq and not t.low.endswith("ing") \
                    and toks[e - 1].word and toks[e - 1].low not in ("and", "or", "but", "to", "that") \
                    and self._finite_cue_at(toks, e):
                break  # "A woman who has accused him of assault said ...": the main verb ends the relative clause
            if noun_content and t.low == "and" and not t.inq and e - j >= 1 and toks[k].low.endswith("ing") \
                    and e + 1 < b and toks[e + 1].word and not toks[e + 1].inq and not toks[e + 1].cap \
                    and toks[e + 1].low.endswith("ing") and len(toks[e + 1].low) > 5 and toks[e - 1].word \
                    and not any(toks[x].low.endswith("ing") and toks[x - 1].low in _GERUND_BEFORE for x in range(j, e)):
                # "calling for his firing and carrying signs": the writer's next participle (but "projects like
                # installing panels and building ...": a list of gerunds)
                break
            if plain_object and t.text == ":" and not t.inq and e - j >= 1 and e + 1 < b and toks[e + 1].cap:
                # "ripped the chair online because it is paying off: He said ...": the writer goes on (but
                # "issues affecting voters: the economy and ...": a list of them)
                break
            if plain_object and t.text == "," and not t.inq and e - j >= 1 and e + 2 < b \
                    and self._clause_follows(toks, e + 1, b):
                break  # "backed the plan, the vote was close": a clause of the writer's follows the object
            if plain_object and (t.low in _OBJECT_END or t.low in ("after", "when", "while", "before", "as")) \
                    and not t.inq and e - j >= 1 and toks[e - 1].word and not toks[e - 1].inq and e + 1 < b \
                    and not any(u.low == "that" for u in toks[j:e]) \
                    and (t.low in _OBJECT_END or (t.low != "as" or toks[e + 1].low in _SUBJ_PRONOUNS)
                         and self._clause_follows(toks, e + 1, b)
                         or t.low != "as" and (toks[e + 1].low in _SUBJ_PRONOUNS or toks[e + 1].low.endswith("ing")
                                               and len(toks[e + 1].low) > 5 and not toks[e + 1].cap
                                               or not any(u.low == "to" for u in toks[j:e])
                                               and self._past_clause_follows(toks, e + 1, b))):
                # "criticized the plan when he spoke", "defended it while speaking to ...": the writer's
                # circumstance (but "said X would fail when ...": a reported clause keeps its own)
                break
            if noun_content and t.low == "but" and not t.inq and e - j >= 1 and self._clause_after(toks, e + 1, b):
                break  # "called for an apology but so far the mayor has refused": the writer goes on
            if (noun_content or toks[j].low == "to") and t.low in ("but", "and") and not t.inq and e - j >= 2 \
                    and e + 1 < b and not toks[e + 1].inq and (toks[e + 1].low in AUX or toks[e + 1].low in _FINITE or (
                        toks[e + 1].low in ("also", "still", "then", "later", "now") and e + 2 < b
                        and (toks[e + 2].low in AUX or toks[e + 2].low in _FINITE))):
                # "promise to transform the economy but are likely to draw fire", "... but also had to ...": the
                # subject's next verb
                break
            if t.text == ":" and not t.inq and e + 1 < b and toks[e + 1].text in QUOTE_MARKS and e > j:
                break  # "...: “...”" a quote of its own follows
            if clause_comma and t.text in (",", "\u2014", "--") and not t.inq and e > j:
                if e + 1 < b and toks[e + 1].low in ("which", "who", "whose") and self._aside_closes(toks, e + 1, b):
                    # "after a report suggested the country, which has reserves, had plans": the aside is inside
                    close = next((x for x in range(e + 2, b) if toks[x].text == ","), None)
                    if close is not None:
                        e = close + 1
                        continue
                break
            if t.low in ("and", "but", "while", "whereas") and not t.inq and e > j and not (
                    t.low in ("and", "but") and e + 1 < b and toks[e + 1].low == "that"):  # "X and that Y": one content
                x = next((x for x in range(e + 2, min(b, e + 6)) if not toks[x].inq and toks[x - 1].word
                          and toks[x - 1].low != "to"  # "and the media are to blame": an infinitive
                          and toks[x - 1].low not in HARD_DETS and toks[x - 1].low not in ("of", "for", "about")
                          and not self._verb_like(toks[x - 1])  # "and his campaign of fabricated attacks": a noun
                          and self._cue_at(toks, x) is not None and not toks[x].low.endswith("ing")), None)
                if x is not None and x + 1 < b and toks[x + 1].low == "by":
                    x = None  # "and good wishes posted by ...": a participle
                if x is not None and not (
                        t.low == "and" and e == j + 1 and toks[j].low in _SUBJ_PRONOUNS) and not (  # "she and her aides said"
                        t.low == "and" and toks[e - 1].cap and toks[e - 1].word and e + 1 < b and toks[e + 1].cap
                        and self._after_subordinator(toks, j, e)) \
                        and not self._share_of_finding(toks, e + 1, b, verb) \
                        and not self._inner_verb(toks, j, e, that is not None or not noun_content or (
                            verb.cls in ("speech", "belief", "write") and verb.lemma not in _OBJECT_VERBS
                            and verb.lemma not in _NEEDS_THAT and toks[j].low != "to")):
                    break  # "..., but 55 percent of all voters say ...": another attribution begins
            if t.low in ("and", "but") and not t.inq and e - j >= 1 and e + 1 < b and (
                    self._finite_cue_at(toks, e + 1) and not self._parallel_verb(toks, k, j, e)
                    or toks[e + 1].low in ("then", "later")
                    or (toks[e + 1].low.endswith("ed") and not toks[e + 1].inq and e > j and toks[e - 1].text == ",")):
                break  # "he said X and said that Y", "pledged to X, and has championed Y"
            if t.text == "," and not t.inq and e + 1 < b and e - j >= 4 and not toks[e + 1].inq:
                u = toks[e + 1]
                if u.low in ("which", "who", "whose", "where") or (e + 2 < b and toks[e + 2].low in ("which", "whom")
                                                          and u.low in ("to", "in", "of", "for", "with", "at", "by")):
                    if not self._aside_closes(toks, e + 1, b):
                        break  # a non-restrictive relative clause: the writer's addition (but one closed by a
                        # comma sits inside the content: "to form a task force, which would include X, to act")
                if u.low == "and" and toks[e + 2].low != "that" and any(
                        self._cue_at(toks, x) is not None for x in range(e + 2, min(b, e + 6)) if not toks[x].inq) \
                        and not self._share_of_finding(toks, e + 2, b, verb):
                    break  # ", and three-quarters said ...": another attribution
                if u.low == "and" and e + 2 < b and (toks[e + 2].low in PRONOUNS or toks[e + 2].low in ("the", "a", "an", "his", "her", "their", "its", "when", "while", "if", "then")
                                                                 or (toks[e + 2].cap and toks[e + 2].word)):
                    break
            if t.text == "," and not t.inq and e - j >= 4 and e + 2 < b and toks[e + 1].word and not toks[e + 1].inq \
                    and not toks[e + 1].cap and toks[e + 1].low.endswith("ing") and len(toks[e + 1].low) > 5 \
                    and toks[e + 1].low not in ("including", "according", "having", "being") \
                    and toks[e - 1].low not in ("instance", "example", "that", "then"):
                break  # "..., putting them ahead of ...": a participle of the writer's
            if t.text == "," and not t.inq and e - j >= 4 and e + 2 < b and toks[e + 1].low == "even" \
                    and toks[e + 2].low in ("though", "as") and not toks[e + 1].inq:
                break  # "..., even though I sometimes use it": the writer's concession
            if t.text == "," and not t.inq and e - j >= 3 and e + 2 < b and toks[e + 1].low == "as" and not toks[e + 1].inq \
                    and toks[e + 2].low in ("has", "have", "had", "did", "does", "do", "was", "were", "is", "are"):
                break  # "..., as has the mayor", "..., as was the case with ...": the writer's comparison
            if t.text == "," and not t.inq and e - j >= 2 and e + 3 < b and self._attribution_opens(toks, e + 1, b):
                break  # "... said they are undecided, 27 percent of the rest said they could ...": another report
            if t.cap and t.word and not t.inq and e - j >= 3 and t.low in ("the", "a", "an", "his", "her", "their", "its") \
                    and toks[e - 1].word and not toks[e - 1].cap and not toks[e - 1].inq and toks[e - 1].low not in STOP \
                    and self._attribution_opens(toks, e, b):
                break  # "... of the regional centers The S.E.C. said it would ...": a full stop lost in the text
            if t.low == "compared" and not t.inq and e - j >= 2 and e + 1 < b and toks[e + 1].low in ("with", "to"):
                break  # "... a favorable view of her, compared with 64 percent who ...": the writer's comparison
            if e - j >= 2 and self._occasion_at(toks, e, b):
                break  # "praised the plan in a statement on Thursday": the occasion is the writer's
            if t.text == "-" and not t.inq and e - j >= 4 and toks[e - 1].text != "-" and not any(
                    toks[x].text in ("-", "\u2014", "\u2013", "\u2015") for x in range(j, b) if x != e and x != e + 1):
                break  # "... - and her management was no less precise": a single dash opens the writer's addition
            if t.text in ("\u2014", "\u2013", "--", "\u2015") and not t.inq and e - j >= 4:
                close = next((x for x in range(e + 2, min(b, e + 16)) if toks[x].text == t.text and not toks[x].inq), None)
                if close is None or sum(1 for u in toks[close + 1:b] if u.word) < 2 or not toks[close + 1].word \
                        or toks[close + 1].inq or toks[close + 1].cap or toks[close + 1].low in _CLAUSE_BREAKS \
                        or any(toks[x].word and self._cue_at(toks, x) is not None for x in range(e + 1, close)):
                    break
                e = close  # "... the DNC — which included research files — had been altered": an aside inside
            if t.low == "and" and not t.inq and e - j >= 2 and e + 2 < b and toks[e + 1].word and not toks[e + 1].inq \
                    and noun_content \
                    and toks[e + 1].low.endswith("ed") and not toks[e + 1].cap and len(toks[e + 1].low) > 4 \
                    and toks[e + 1].low not in _ING_OR_ED_ADJ \
                    and (toks[e + 2].low in HARD_DETS or toks[e + 2].cap or toks[e + 2].low in ("him", "them", "her", "it", "to")):
                break  # "rejected the socialist and handed Clinton her lead", "... and tried to": the writer goes on
            if t.text == "," and not t.inq and e - j >= 3 and e + 2 < b and toks[e + 1].low in ("when", "whereupon") \
                    and not toks[e + 1].inq:
                break  # "..., when he claimed ...": the writer's time clause
            if t.text == "," and not t.inq and e - j >= 1 and verb.cls == "attitude" and not obj_quote \
                    and not (e + 2 < b and toks[e + 1].low in _ELABORATION and not toks[e + 2].cap) \
                    and not self._list_goes_on(toks, e, b):
                break  # a stance's object is a noun phrase: "endorsed the bid, including Gov. X" (but "..., including
                # the one on ferries" names part of it)
            if t.text == "," and not t.inq and e + 1 < b and e - j >= 2 and not toks[e + 1].inq and (
                    toks[e + 1].low in _WRITER_AFTER_COMMA
                    or (e + 2 < b and f"{toks[e + 1].low} {toks[e + 2].low}" in _WRITER_AFTER_COMMA2)):
                break  # "..., however this time ...", "..., one of several rallies"
            if t.text == "," and not t.inq and e + 1 < b and toks[e + 1].low in ("but", "while", "although", "though") and e - j >= 4 \
                    and not (e + 2 < b and (toks[e + 2].low == "that" or toks[e + 1].low == "but"
                                            and toks[e + 2].low in _BUT_GOES_ON and not toks[e + 2].inq)):
                break  # (", but that he would ...", ", but not X": the same report goes on)
            if t.text == "," and not t.inq and e - j >= 4 and e + 2 < b and _adverb_tok(toks[e + 1]) \
                    and toks[e + 1].low.endswith("ly") and toks[e + 2].word and not toks[e + 2].inq \
                    and not toks[e + 2].cap and toks[e + 2].low.endswith("ing") and len(toks[e + 2].low) > 5:
                break  # "..., implicitly putting his name on the line": the writer's participle clause
            if t.text == "," and not t.inq and e + 2 < b and toks[e + 1].low in ("a", "an") and e - j >= 6 \
                    and not any(x.inq for x in toks[e:b]) and not self._aside_closes(toks, e + 1, b):
                break  # an appositive comment of the writer: "..., a policy seen as coercion"
            if t.text == "," and e + 1 < b and not t.inq:
                c2 = self._cue_at(toks, e + 1)
                if c2 is not None and toks[e + 1].low.endswith("ing"):
                    break
                if e + 2 < b and toks[e + 1].word and self._cue_at(toks, e + 2) is not None and \
                        toks[e + 1].low in PRONOUNS and e + 3 >= b - 1:
                    break
            e += 1
        if feeling:
            # "felt demoralized serving under X, Ham also noted ...": a feeling ends before the next clause
            e = next((x for x in range(j + 1, e - 1) if toks[x].text == "," and not toks[x].inq
                      and toks[x + 1].cap and toks[x + 1].word), e)
        if verb.lemma in _CHARACTERISING and that is None and any(
                toks[x].text in QUOTE_MARKS and not toks[x].inq for x in range(j, e)):
            return None  # "described the talks as “candid”": the partial quote is the claim
        if j < b and toks[j].text in QUOTE_MARKS:
            # the content is a quote: attributed as a quote already unless it goes on after it
            qs = [q for q in quotes if q.open == toks[j].start]
            if qs and qs[0].outer_end >= toks[e - 1].end - 1:
                return None
        if noun_content:
            f = self._circumstance_start(toks, j, e)
            if plain_object or sum(1 for t in toks[j:f] if t.word) >= 2 and not any(
                    t.low in AUX or t.low in _FINITE for t in toks[j:f]):
                e = f  # (not "claimed victory on Tuesday" down to one word, nor a clause: "he will open it on Sunday")
        # a stance's object may be a single name: "Le Pen Backs Trump", "Cruz endorsed Trump"
        if verb.cls == "attitude":
            # "endorsed Cruz last week", "criticized the plan on Friday": the time is the writer's
            f = e
            while f > j and not toks[f - 1].word:
                f -= 1
            g = f
            while g > j + 1 and toks[g - 1].word and not toks[g - 1].inq and (
                    toks[g - 1].low in TIME_WORDS or toks[g - 1].low in ("on", "earlier", "late", "early")):
                g -= 1
            if g < f and (toks[g].low in TIME_WORDS or toks[g].low in ("on", "earlier")) and any(
                    toks[x].low in TIME_WORDS for x in range(g, f)):
                e = g
                while e > j + 1 and (toks[e - 1].low in ("and", "or", "but") or not toks[e - 1].word):
                    e -= 1
        one = verb.cls == "attitude" and j < e and toks[j].cap and toks[j].word and toks[j].low not in STOP \
            and all(not t.word for t in toks[j + 1:e])
        content = self._content(toks, after if addressee_in else j, e, 1 if one else 2)
        if content is None:
            return None
        key, mention = sp
        return Claim("indirect", content, key, mention, cue_span, sent, (), addressee)
