"""Speakers: the noun phrase that says something, and the entity it stands for.

Tokens here carry punctuation as well as words (unlike :func:`kb.extract.entities.tokenize`), so
that clause edges (commas, colons, quote marks) are visible.  :func:`np_left` reads the subject
that ends right before a reporting verb ("Russian Deputy Foreign Minister Sergey Ryabkov",
"a source", "people familiar with the matter"), :func:`np_right` the one that follows it
("said Lavrov", "according to officials").  :class:`Resolver` turns such a phrase into an entity
key: names via the entity index, pronouns to the latest compatible subject, "the minister" to the
person with that title, capitals to their country ("Beijing" warned), unnamed sources to a Group.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kb.extract.entities import EntityIndex, _classify_plain
from kb.extract.records import Span
from kb.resources import lexicon, wordset

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., D.C.
    r"|[^\W_](?:[\w\-]|['\u2019](?=[^\W_]))*"  # words with inner apostrophes and hyphens
    r"|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]"  # double quote marks
    r"|[^\w\s]",  # any other punctuation, one character a token
    re.UNICODE,
)
QUOTE_MARKS = frozenset("\"\u201c\u201d\u201e\u201f\u00ab\u00bb")


@dataclass(slots=True)
class T:
    start: int
    end: int
    text: str
    low: str
    word: bool
    cap: bool
    inq: bool = False  # inside a quote's content

    @property
    def poss(self) -> bool:
        return self.low.endswith(("'s", "\u2019s"))


def tokens(text: str, start: int, end: int) -> list[T]:
    abbrevs = lexicon().abbreviations
    out: list[T] = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.start(), m.end()
        s = m.group()
        word = s[0].isalnum()
        if word and b < end and text[b] == "." and text[a:b + 1] in abbrevs:
            b += 1
            s = text[a:b]
        out.append(T(a, b, s, s.lower(), word, s[:1].isupper()))
    return out


PRONOUNS = wordset("pronouns")
DETS = wordset("determiners")
HARD_DETS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"})
ADVERBS = wordset("adverbs")
STOP = wordset("stop")
CONNECTORS = wordset("connectors")
_SPEAKER_NOUNS = wordset("speaker_nouns")


def speaker_noun(low: str) -> bool:
    if low in _SPEAKER_NOUNS or low in lexicon().nominal_heads:
        return True
    if low.endswith("ies") and low[:-3] + "y" in _SPEAKER_NOUNS:
        return True
    if low.endswith("s") and (low[:-1] in _SPEAKER_NOUNS or low[:-1] in lexicon().nominal_heads):
        return True
    if low.endswith("men") and low[:-3] + "man" in _SPEAKER_NOUNS:
        return True
    return False


def _np_word(t: T) -> bool:
    """Can this word be part of a speaker's noun phrase?"""
    if not t.word:
        return False
    if t.low in STOP and not (t.cap and t.low not in PRONOUNS and t.low not in ("and", "but", "or", "so", "if", "as", "in",
                                                                                   "on", "at", "to", "for", "by", "with",
                                                                                   "from", "after", "before", "when", "while",
                                                                                   "that", "this", "there", "what", "how",
                                                                                   "why", "where", "because", "though",
                                                                                   "although", "despite", "is", "was")):
        return False
    return True


def head_ok(t: T, lex_cues: dict) -> bool:
    """Can this word end (head) a speaker's noun phrase?"""
    if not t.word or t.inq:
        return False
    if t.low in PRONOUNS:
        return True
    if t.low in STOP or t.low in ADVERBS:
        return False
    if t.poss:
        return False
    if t.cap:
        return t.low not in lexicon().function_words or t.low in lexicon().nominal_heads
    if t.low in lex_cues:
        return False
    if speaker_noun(t.low):
        return True
    if t.low.endswith(("ly", "ing", "ed")):
        return False
    return t.low.endswith("s") and len(t.low) > 3  # plural nouns: "experts", "critics"


def np_left(toks: list[T], i: int, lo: int, lex_cues: dict) -> tuple[int, int] | None:
    """The noun phrase ending just before toks[i] (adverbs and auxiliaries skipped): (first, last) token index."""
    j = i - 1
    while j >= lo and toks[j].word and toks[j].low in ADVERBS and toks[j].low not in PRONOUNS and not toks[j].cap:
        j -= 1
    # a parenthetical between commas: "Lavrov, meanwhile, reaffirmed"; "Rubio, addressing reporters, mentioned"
    if j >= lo and toks[j].text == ",":
        k = j - 1
        while k >= lo and k > j - 16 and toks[k].text not in (",", ";", ":") and toks[k].text not in QUOTE_MARKS:
            k -= 1
        if k >= lo and toks[k].text == "," and k + 1 < j:
            inner = toks[k + 1]
            if inner.word and (inner.low in ADVERBS or inner.low.endswith(("ing", "ly")) or inner.low in STOP):
                j = k - 1
                while j >= lo and toks[j].word and toks[j].low in ADVERBS and not toks[j].cap:
                    j -= 1
            else:
                # an appositive: "Scott Reed, senior strategist for the Chamber, said" -> the whole phrase
                app = _np_back(toks, j - 1, k + 1, lex_cues)
                if app is not None and app == k + 1:
                    name = _np_back(toks, k - 1, lo, lex_cues)
                    if name is not None and toks[k - 1].cap and head_ok(toks[k - 1], lex_cues) \
                            and (name == lo or not toks[name - 1].word or toks[name - 1].low in STOP):
                        return name, j - 1
                return None
        else:
            return None
    if j < lo or not head_ok(toks[j], lex_cues):
        return None
    if toks[j].low in PRONOUNS:
        return j, j
    first = _np_back(toks, j, lo, lex_cues)
    if first is None:
        return None
    return first, j


def _np_back(toks: list[T], j: int, lo: int, lex_cues: dict) -> int | None:
    """First token index of the noun phrase whose last token is toks[j]."""
    if j < lo or not toks[j].word:
        return None
    k = j - 1
    first = j
    while k >= lo and j - k < 12:
        t = toks[k]
        if t.text in ("&",) or (t.text == "." and False):
            first = k
            k -= 1
            continue
        if not t.word:
            break
        if t.low in CONNECTORS and not t.cap:
            # "a spokesman for the campaign", "people familiar with the matter"
            if k - 1 >= lo and toks[k - 1].word and (speaker_noun(toks[k - 1].low) or toks[k - 1].low in ("familiar", "close", "briefed")
                                                     or (toks[k - 1].cap and toks[k - 1].low not in STOP)):
                k -= 1
                continue
            break
        if t.low in HARD_DETS and not t.cap or (t.cap and t.low in HARD_DETS and k == lo):
            first = k
            break
        if t.low in PRONOUNS or t.low in ADVERBS and not t.cap:
            break
        if not _np_word(t):
            break
        if not t.cap and t.low in lex_cues:
            break
        if not t.cap and t.low.endswith("ly"):
            break
        if t.cap and t.low in lexicon().function_words and t.low not in DETS and t.low not in lexicon().nominal_heads:
            break
        first = k
        k -= 1
    # a phrase made of a lone determiner or adjective is not a speaker
    return first


def np_right(toks: list[T], i: int, hi: int, lex_cues: dict) -> tuple[int, int] | None:
    """The noun phrase starting at toks[i]: (first, last) token index."""
    if i >= hi or not toks[i].word or toks[i].inq:
        return None
    t = toks[i]
    if t.low in PRONOUNS:
        return (i, i) if t.low not in ("who", "which") else None
    j = i
    last = None
    while j < hi and j - i < 12:
        t = toks[j]
        if not t.word:
            if t.text in ("&",) and last is not None:
                j += 1
                continue
            break
        if t.low in CONNECTORS and not t.cap:
            if last is not None and (speaker_noun(toks[last].low) or toks[last].low in ("familiar", "close", "briefed")
                                     or toks[last].cap):
                j += 1
                continue
            break
        if t.low in HARD_DETS or t.low in DETS:
            if last is not None and t.low in HARD_DETS and toks[j - 1].low not in CONNECTORS:
                break
            j += 1
            continue
        if not _np_word(t) or (not t.cap and t.low in lex_cues) or (not t.cap and t.low in ADVERBS):
            break
        if not t.cap and t.low.endswith("ly"):
            break
        last = j
        j += 1
        if t.poss:
            continue
    if last is None:
        return None
    # trailing connectors/determiners are not part of the phrase
    while last > i and (toks[last].low in CONNECTORS or toks[last].low in HARD_DETS):
        last -= 1
    return i, last


# -- resolution ---------------------------------------------------------------------------

class Resolver:
    """Turns speaker phrases into entity keys, remembering who spoke for pronouns."""

    def __init__(self, text: str, idx: EntityIndex, sentences: tuple[Span, ...]) -> None:
        self.text = text
        self.idx = idx
        self.lex = lexicon()
        ms = sorted(idx.mentions, key=lambda m: (m.span.start, -m.span.end))
        self.mentions = ms
        self.starts = [m.span.start for m in ms]
        self.sent_starts = [s.start for s in sentences]
        self.sentences = sentences
        self.history: list[tuple[int, str, str]] = []  # (offset, key, kind) of speakers, in text order

    def kind(self, key: str) -> str:
        d = self.idx.drafts.get(key)
        return d.kind if d else "Group"

    def _mentions_in(self, a: int, b: int):
        k = bisect.bisect_left(self.starts, a)
        out = []
        while k < len(self.mentions) and self.mentions[k].span.start < b:
            if self.mentions[k].span.end <= b:
                out.append(self.mentions[k])
            k += 1
        return out

    def _sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def remember(self, pos: int, key: str) -> None:
        self.history.append((pos, key, self.kind(key)))

    def pronoun(self, low: str, pos: int, span: Span) -> str:
        if low in ("he", "she"):
            kinds = ("Person",)
        elif low in ("it", "which"):
            kinds = ("Organization", "Country", "City", "Group")
        elif low == "they":
            kinds = ("Group", "Organization", "Country")
        elif low == "who":
            kinds = ("Person", "Group", "Organization")
        else:
            return self.idx.add("Group", low, span)
        si = self._sentence_of(pos)
        # the same sentence, before the pronoun, then earlier sentences: the first mention (the subject)
        for s in range(si, max(-1, si - 6), -1):
            sent = self.sentences[s]
            end = pos if s == si else sent.end
            for m in self._mentions_in(sent.start, end):
                k = self.kind(m.entity)
                if k in kinds and not (k == "City" and low != "it"):
                    if low == "they" and k == "Country":
                        continue
                    return self._metonymy(m.entity)
            # earlier claim speakers in this sentence
            for p, key, k in reversed(self.history):
                if sent.start <= p < end and k in kinds:
                    return key
        for p, key, k in reversed(self.history):
            if p < pos and k in kinds:
                return key
        return self.idx.add("Group", low, span)

    def _metonymy(self, key: str) -> str:
        d = self.idx.drafts.get(key)
        if d and d.kind == "City" and d.name in self.lex.capitals:
            ckey = self.idx.add("Country", self.lex.capitals[d.name], Span.of(self.text, 0, 0)) if False else None
            country = self.lex.capitals[d.name]
            from kb.extract.entities import norm_key
            ck = norm_key("Country", country)
            if ck not in self.idx.drafts:
                from kb.extract.entities import _Draft
                self.idx.drafts[ck] = _Draft("Country", country)
            return ck
        return key

    def by_title(self, head: str, pos: int, affiliation: str | None) -> str | None:
        """The person most recently mentioned before ``pos`` whose title contains ``head``."""
        best = None
        for m in self.mentions:
            if m.span.start >= pos:
                break
            d = self.idx.drafts.get(m.entity)
            if d is None or d.kind != "Person":
                continue
            if any(head in t.lower().split() or head == t.lower() or t.lower().endswith(head) for t in d.titles):
                if affiliation and d.affiliation and d.affiliation != affiliation:
                    continue
                best = m.entity
        return best

    def resolve(self, toks: list[T], a: int, b: int) -> tuple[str, Span]:
        """The entity key and the mention span of the noun phrase toks[a..b]."""
        text = self.text
        first, last = toks[a], toks[b]
        span = Span.of(text, first.start, last.end)
        if a == b and last.low in PRONOUNS:
            if last.low in ("who", "which"):
                # the phrase before ", who"
                return self.pronoun(last.low, first.start, span), span
            return self.pronoun(last.low, first.start, span), span
        # the head: the last capitalised stretch, or a known mention ending last
        ms = self._mentions_in(span.start, span.end)
        if ms:
            # an appositive phrase "Name, role of Org": the name comes first
            if "," in span.text:
                cands = [m for m in ms if m.span.end <= span.start + span.text.index(",")]
                if cands:
                    ms = cands
            m = max(ms, key=lambda m: (m.span.end, self.kind(m.entity) in ("Person", "Organization"),
                                       m.span.end - m.span.start))
            head_is_mention = m.span.end >= last.end - (2 if last.poss else 0) or (
                "," in span.text and m.span.end <= span.start + span.text.index(","))
            if head_is_mention:
                return self._metonymy(m.entity), span
        words = [t for t in toks[a:b + 1] if t.word]
        low_words = [t.low for t in words]
        # "the minister", "the former secretary of state", "the Russian president"
        if low_words and low_words[0] in ("the",) and len(words) <= 6:
            aff = None
            for t in words[1:]:
                aff = aff or self.idx.affiliation_key(t.text)
            tail = " ".join(low_words[1:])
            for n in range(len(low_words) - 1, 0, -1):
                head = " ".join(low_words[-n:])
                if head in self.lex.nominal_heads or head in self.lex.titles:
                    who = self.by_title(head.split()[-1], first.start, aff)
                    if who is None and head.split()[-1] in ("senator", "candidate", "nominee", "official", "leader", "president"):
                        who = None
                    if who:
                        return who, span
                    break
            del tail
        if last.cap and all(t.cap or t.low in ("of", "for", "and", "de", "van", "von", "al") for t in words):
            name = " ".join(t.text for t in words)
            lead = words[0].low
            if lead in lexicon().function_words and len(words) > 1:
                name = " ".join(t.text for t in words[1:])
            if name.endswith(("'s", "\u2019s")):
                name = name[:-2]
            kind = _classify_plain(name, self.lex) or ("Person" if len(words) <= 3 else "Organization")
            if kind == "Event":
                kind = "Organization"
            if kind == "Person" and len(name.split()) == 1:
                known = self.idx.person_by_surname(name)
                if known:
                    return known, span
            if kind == "Country":
                name = self.lex.countries[name].name
            elif kind == "City":
                c = self.lex.cities.get(name)
                if c and c.name in self.lex.capitals:
                    return self.idx.add("Country", self.lex.capitals[c.name], span), span
            return self.idx.add(kind, name, span), span
        desc = span.text
        if low_words and low_words[0] == "the" and len(words) > 1:
            desc = text[words[1].start:last.end]
        return self.idx.add("Group", desc, span), span
