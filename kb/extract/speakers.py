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

from kb.extract.entities import MOJIBAKE, SURNAME_FUNCTION_WORDS, EntityIndex, _classify_plain, _Draft, norm_key
from kb.extract.records import Span
from kb.resources import given_names, lexicon, wordset

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., D.C.
    r"|(?:" + MOJIBAKE + r"|[^\W_])(?:" + MOJIBAKE + r"|[\w\-]|['\u2019](?=[^\W_]))*"  # words with inner apostrophes and hyphens
    r"|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]"  # double quote marks
    r"|[^\w\s]",  # any other punctuation, one character a token
    re.UNICODE,
)
QUOTE_MARKS = frozenset(["\"", "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "''"])


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
        return self.low.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def tokens(text: str, start: int, end: int) -> list[T]:
    abbrevs = lexicon().abbreviations
    out: list[T] = []
    last = start
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.start(), m.end()
        if a < last:
            continue  # the full stop of an abbreviation, already taken
        s = m.group()
        word = s[0].isalnum()
        if word and b < end and text[b] == "." and (text[a:b + 1] in abbrevs or (b - a == 1 and s.isupper())):
            b += 1
            s = text[a:b]
        elif word and b + 1 < end and text[b] in "'\u2019" and s[-1] in "sS" and text[b + 1].isspace():
            b += 1  # "Sanders’ campaign": a plural or -s possessive
            s = text[a:b]
        last = b
        out.append(T(a, b, s, s.lower(), word, s[:1].isupper()))
    return out


_GENDER = {"he": "male", "she": "female"}
_RANKS = wordset("rank_words")
_IT_NOUNS = wordset("it_subject_nouns")
_ORG_NOMINALS = {line.split()[0]: frozenset(line.split()[1:]) for line in wordset("organisation_nominal_phrases")}
_FRONTED_CLAUSE = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?:When|After|Before|While|Although|Though|As|Since|Because|If|"
                             r"Once|Until|Despite|Following)\b")
_MODIFIER_GAP = re.compile(r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+){1,3}")  # "Cruz spokesman ", "Trump's adviser "
_SAME_PERSON = {"he": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b"), "she": re.compile(r"\b(?:[Ss]he|[Hh]er)\b")}
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "lady", "dame", "baroness", "queen", "princess",
                            "congresswoman", "chairwoman", "spokeswoman", "businesswoman", "countess", "duchess"})
_MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "congressman", "chairman", "spokesman",
                          "businessman", "duke", "earl"})
_PRONOMINAL_QUANTIFIERS = frozenset("some many others most few several both all none one another each either "
                                     "neither".split())
_QUANTIFIERS = frozenset("one another some several many most few two three four five six seven eight nine ten "
                         "dozens hundreds thousands both all each any no various numerous multiple".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
_LINKING_ADJ = frozenset({"familiar", "close", "briefed", "knowledge", "involved", "opposed", "loyal", "aligned"})
_CLAUSE_OPENERS = frozenset({"and", "but", "so", "yet", "then", "while", "meanwhile", "as", "though", "although",
                             "because", "when", "if", "since", "after", "before"})
PRONOUNS = wordset("pronouns")
DETS = wordset("determiners")
HARD_DETS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our"})
ADVERBS = wordset("adverbs")
STOP = wordset("stop")
_LY_NOUNS = wordset("ly_nouns")
CONNECTORS = wordset("connectors")
_SPEAKER_NOUNS = wordset("speaker_nouns")
TIME_WORDS = wordset("time_words")
AUX = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should",
                 "may", "might", "must", "be", "been", "did", "does", "do"})


def speaker_noun(low: str) -> bool:
    if low in _SPEAKER_NOUNS or low in lexicon().nominal_heads:
        return True
    if low.endswith("ies") and low[:-3] + "y" in _SPEAKER_NOUNS:
        return True
    if low.endswith("s") and (low[:-1] in _SPEAKER_NOUNS or low[:-1] in lexicon().nominal_heads):
        return True
    if low.endswith("men") and low[:-3] + "man" in _SPEAKER_NOUNS:
        return True
    # people by their trade: "salesman", "chairwoman", "economist", "historian" (and plurals)
    return len(low) > 5 and low.endswith(("man", "woman", "men", "women", "ist", "ists", "ian", "ians"))


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


def _ly_adverb(low: str) -> bool:
    """Does the word read as an adverb by its -ly ending ("quickly", not "family" or "assembly")?"""
    return low.endswith("ly") and low not in _LY_NOUNS


def _adverb(t: T) -> bool:
    return t.word and not t.cap and not t.inq and t.low not in PRONOUNS and (
        t.low in ADVERBS or t.low.endswith(("n't", "n\u2019t")) or (_ly_adverb(t.low) and len(t.low) > 4))


_ING_ADJECTIVES = frozenset({"acting", "leading", "ranking", "outgoing", "incoming", "presiding", "founding",
                             "managing", "governing", "sitting", "retiring", "reigning", "longstanding", "consulting",
                             "visiting", "supervising", "editing", "polling", "fundraising", "campaigning",
                             "including"})


_ED_ROLES = frozenset({"retired", "elected", "appointed", "designated", "qualified", "licensed", "certified",
                       "registered", "self-styled", "self-described", "united", "embattled", "beleaguered"})


def _parenthetical_start(t: T, ed: bool = False) -> bool:
    """Does t open a parenthetical remark ("meanwhile", "addressing reporters", "as expected"; with ``ed``
    also a past participle: "pressed on the fees")?"""
    if t.low in _ING_ADJECTIVES:
        return False  # "Murshed Zaheed, acting political director of CREDO": an appositive
    return t.word and not t.cap and (t.low in ADVERBS or t.low.endswith(("ing", "ly"))
                                     or (ed and t.low.endswith("ed") and t.low not in _ED_ROLES)  # "X, pressed on it, said"
                                     or t.low in ("as", "in", "on", "at", "after", "before", "during", "though",
                                                  "however", "for", "with", "like"))


# ", the former secretary of state," / ", a longtime senator from Ohio." after a person's name
_APPOSITIVE = re.compile(r",\s+((?:the|a|an)\s+[^,.;:\u201c\u201d\"()]{2,80}?)\s*[,.;:)]", re.IGNORECASE)
_DASHES = frozenset({"-", "\u2014", "\u2013", "\u2015", "--"})


def dateline_end(toks: list[T], k: int, hi: int) -> int:
    """The index after a dateline that opens toks[k:] ("WASHINGTON \u2014", "MYRTLE BEACH, S.C. -",
    "LOS ANGELES, Sept. 28 (UPI) \u2014"), or k when there is none."""
    if k >= hi or not toks[k].word or not toks[k].cap:
        return k
    if not (toks[k].text.isupper() and len(toks[k].text) > 1):
        # "Washington (AFP) –", "New York (Reuters) -": a place, then the agency in parentheses
        j = k
        while j < hi and j - k < 4 and toks[j].word and (toks[j].cap or toks[j].low.isdigit()):
            j += 1  # ("Aug 27 (Reuters) -")
        if j + 3 < hi and toks[j].text == "(" and toks[j + 1].word and toks[j + 1].cap and toks[j + 2].text == ")" \
                and toks[j + 3].text in _DASHES:
            return j + 4
        return k
    j = k
    while j < hi and j - k < 12:
        t = toks[j]
        if t.text in _DASHES:
            return j + 1 if j > k else k
        if not (t.text in (",", "(", ")", ".") or (t.word and (t.text.isupper() or t.cap or t.low.isdigit()))):
            return k  # ("LA CROSSE, Wisc. —": an abbreviation's full stop)
        j += 1
    return k


def _role_after(toks: list[T], i: int, hi: int) -> bool:
    """Is toks[i] "now"/"then" opening a role ("Mr. Lee, now a paid commentator,"), an appositive
    rather than a parenthetical remark?"""
    if toks[i].low not in ("now", "then", "formerly", "once") or i + 1 >= hi:
        return False
    u = toks[i + 1]
    return u.word and (u.low in ("a", "an", "the", "his", "her", "their") or speaker_noun(u.low)
                       or (u.cap and u.low not in STOP))


_EVIDENCE_HEADS = wordset("evidence_nouns")


def head_ok(t: T, lex_cues: dict) -> bool:
    """Can this word end (head) a speaker's noun phrase?"""
    if not t.word or t.inq:
        return False
    if t.low in PRONOUNS or t.low in _PRONOMINAL_QUANTIFIERS:
        return True  # "Some say", "Others argue", "Many believe"
    if t.low in STOP or t.low in ADVERBS:
        return False
    if t.poss:
        return False
    if t.cap:
        return t.low not in lexicon().function_words or t.low in lexicon().nominal_heads
    v = lex_cues.get(t.low)
    if v is not None and t.low not in _EVIDENCE_HEADS and not (v.form == v.lemma + "s" and len(v.lemma) > 3):
        return False  # (but a document or a plural right before the cue is a noun: "new fundraising reports
        # show", "the emails show", "reform advocates believe")
    if speaker_noun(t.low):
        return True
    if _ly_adverb(t.low) or t.low.endswith(("ing", "ed")):
        return False
    return len(t.low) > 2  # a common noun: checked by np_left for a determiner before it


def _surname_head(toks: list[T], j: int, lo: int) -> bool:
    """Is toks[j] a function word that ends a name here ("Theresa May said", "George Will wrote")?"""
    t = toks[j]
    return t.cap and t.low in SURNAME_FUNCTION_WORDS and j - 1 >= lo and toks[j - 1].word and toks[j - 1].cap \
        and toks[j - 1].low not in lexicon().function_words


def _name_words(toks: list[T], a: int, b: int) -> bool:
    """Are toks[a:b] a name, possibly with where the person works ("Ann B. Lee of Lee Moss")?"""
    for k in range(a, b):
        t = toks[k]
        if not t.word:
            return False
        if not t.cap and t.low not in ("de", "van", "von", "al") and not (
                t.low in ("of", "at") and a < k < b - 1 and toks[k - 1].cap and toks[k + 1].cap):
            return False
    return True


def _described_by_det(toks: list[T], j: int, lo: int, lex_cues: dict) -> bool:
    """Does the phrase ending at toks[j] open the clause with a determiner ("A presidential hopeful",
    "But another leading advocate")?"""
    first = _np_back(toks, j, lo, lex_cues)
    return first is not None and first < j and (toks[first].low in HARD_DETS or toks[first].low in _QUANTIFIERS) \
        and (first == lo or toks[first - 1].low in _CLAUSE_OPENERS)


def np_left(toks: list[T], i: int, lo: int, lex_cues: dict) -> tuple[int, int] | None:
    """The noun phrase ending just before toks[i] (adverbs and auxiliaries skipped): (first, last) token index."""
    j = i - 1
    while j >= lo and _adverb(toks[j]):
        j -= 1
    # a parenthetical between commas: "Lavrov, meanwhile, reaffirmed"; "Rubio, addressing reporters, mentioned";
    # or an appositive: "Scott Reed, senior strategist for the Chamber, said" (the mention takes it all)
    if j - 1 >= lo and toks[j].text == "," and toks[j - 1].text == ")":
        j -= 1  # "Gov. John Kasich (R-OH), said": the parenthesis closes the name
    if j >= lo and toks[j].text == ",":
        commas = []
        k = j - 1
        while k >= lo and k > j - 40 and toks[k].text not in (";", ":") and toks[k].text not in QUOTE_MARKS:
            if toks[k].text == ",":
                commas.append(k)
            k -= 1
        if not commas:
            return None
        k = commas[0]
        for c in commas:
            u = toks[c + 1] if c + 1 < j else None
            # (a participle aside only when it closes right before the cue: "X, pressed on it, said")
            if u is not None and _parenthetical_start(u, c == commas[0]) and not _role_after(toks, c + 1, j) \
                    and c - 1 >= lo and toks[c - 1].word:
                k = c
                break
        inner = toks[k + 1] if k + 1 < j else None
        if inner is not None and _parenthetical_start(inner, k == commas[0]) and not _role_after(toks, k + 1, j):
            if any(c < k for c in commas):
                # "Ann Lee, a supporter from Jackson, Miss., attending the rally, said": the phrase before the aside
                r = np_left(toks, k + 1, lo, lex_cues)
                if r is not None and r[1] == k - 1 and r[0] < commas[-1]:
                    return r
            j = k - 1
            while j >= lo and _adverb(toks[j]):
                j -= 1
        elif inner is not None and inner.cap and _name_words(toks, k + 1, j) \
                and toks[j - 1].cap and k - 1 >= lo and toks[k - 1].word and not toks[k - 1].cap \
                and (speaker_noun(toks[k - 1].low) or _described_by_det(toks, k - 1, lo, lex_cues)):
            # "The party chairman, Kelly Armstrong, called", "One presidential hopeful, Carly Fiorina, says":
            # description, then the name (and where the person works: "Ann Lee of Lee Moss")
            first = _np_back(toks, k - 1, lo, lex_cues)
            if first is not None and head_ok(toks[k - 1], lex_cues):
                return first, j - 1
            return k + 1, j - 1
        else:
            for c in reversed(commas):
                if c - 1 < lo or not toks[c - 1].word or not toks[c - 1].cap and toks[c - 1].text != ")":
                    continue
                name_end = c - 1
                if toks[name_end].text == ")":
                    continue
                if not head_ok(toks[name_end], lex_cues) and not _surname_head(toks, name_end, lo):
                    continue
                first = _np_back(toks, name_end, lo, lex_cues)
                if first is None:
                    continue
                opener = first - 1  # (an adverb may open the clause: "Even China, its only ally, said")
                if opener >= lo and toks[opener].word and toks[opener].low in ADVERBS and toks[opener].low != "then" \
                        and (opener == lo or not toks[opener - 1].word or toks[opener - 1].low in _CLAUSE_OPENERS):
                    opener -= 1
                if opener < lo or not toks[opener].word or toks[opener].low in _CLAUSE_OPENERS:
                    seg = toks[c + 1]
                    if seg.word and (seg.low in HARD_DETS or seg.low in DETS or seg.low in ("who", "whose", "which")
                                     or seg.cap or speaker_noun(seg.low) or seg.low in _ING_ADJECTIVES
                                     or not seg.low.endswith(("ing", "ed", "ly"))):
                        return first, j - 1
            return None
    if j >= lo and toks[j].text == ")":
        k = j - 1
        while k >= lo and k > j - 10 and toks[k].text != "(":
            k -= 1
        if k > lo and toks[k].text == "(" and head_ok(toks[k - 1], lex_cues):
            first = _np_back(toks, k - 1, lo, lex_cues)
            if first is not None:
                return first, j
        return None
    if j - 2 >= lo and toks[j].low.isdigit() and toks[j - 1].low in ("in", "of") and (
            toks[j - 2].low.isdigit() or toks[j - 2].low in _NUMBER_WORDS):
        # "six in 10 said", "3 of 4 voters" (the head is the proportion)
        first = j - 2
        if first - 1 >= lo and toks[first - 1].word and toks[first - 1].low in ("nearly", "about", "almost", "over",
                                                                                 "roughly", "some", "only", "just"):
            first -= 1
        return first, j
    if j - 2 >= lo and toks[j].word and not toks[j].cap and toks[j - 1].low == "of" \
            and f"{toks[j - 2].low} of {toks[j].low}" in lexicon().nominal_heads:
        # "the former secretary of state said" (the last word alone would read as a verb)
        first = _np_back(toks, j - 2, lo, lex_cues)
        if first is not None and (toks[first].low in HARD_DETS or toks[first].cap):
            return first, j
    if j < lo or not head_ok(toks[j], lex_cues) and not _surname_head(toks, j, lo):
        return None
    if toks[j].low in PRONOUNS:
        return j, j
    if toks[j].low in ("all", "both") and j - 1 > lo and (toks[j - 1].text == ")" or toks[j - 1].word
                                                          and toks[j - 1].cap and not toks[j - 1].poss):
        before = np_left(toks, j, lo, lex_cues)  # "Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested"
        if before is not None and before[1] == j - 1 and toks[before[1]].low not in PRONOUNS:
            return before[0], j
    if toks[j].low in _PRONOMINAL_QUANTIFIERS and (j == lo or not toks[j - 1].word or toks[j - 1].low in _CLAUSE_OPENERS):
        return j, j  # "few believe", "But many say"
    first = _np_back(toks, j, lo, lex_cues)
    if first is None:
        return None
    h = toks[j]
    if h.low == "percent" and first < j:
        return first, j
    if h.low in TIME_WORDS:
        return None
    if not h.cap and not speaker_noun(h.low) and not (h.low.endswith("s") and len(h.low) > 3):
        f = toks[first]
        if not (f.low in HARD_DETS or (f.cap and f.low not in lexicon().function_words) or f.poss) \
                or first == j or j - first > 2:
            return None
    if h.cap and toks[first].cap and first - 3 >= lo and toks[first - 1].text == "," and not toks[first - 1].inq \
            and _described_by_det(toks, first - 2, lo, lex_cues):
        # "A longtime critic of the plan, Tom Reller says": the description that opens the clause, then the name
        d = _np_back(toks, first - 2, lo, lex_cues)
        if toks[d].low in ("a", "an", "the", "one", "another") and (d == lo or toks[d - 1].low in ("and", "but", "yet")) \
                and any(speaker_noun(t.low) for t in toks[d:first - 1] if t.word and not t.cap):
            return d, j  # (not "As a young lawyer, X said": a role in an introduction)
    return first, j


def _modifier_pair(x: T, y: T) -> bool:
    """Are x and y ("federal", "state") two modifiers joined by "and" before a noun, not two nouns?"""
    return all(t.word and not t.inq and not t.poss and t.low not in STOP and t.low not in PRONOUNS
               and not _ly_adverb(t.low) and not speaker_noun(t.low) and not t.low.endswith("s")
               and not t.low.endswith("ed") and not t.low[:1].isdigit() for t in (x, y)) and not y.cap


def _np_back(toks: list[T], j: int, lo: int, lex_cues: dict) -> int | None:
    """First token index of the noun phrase whose last token is toks[j]."""
    if j < lo or not toks[j].word:
        return None
    k = j - 1
    first = j
    joined = None  # the "and" that joins two noun phrases
    while k >= lo and j - k < 12:
        t = toks[k]
        if t.text in ("&",) or (t.text == "." and False):
            first = k
            k -= 1
            continue
        if not t.word:
            break
        if t.low.isdigit() or t.low in ("percent", "%"):
            first = k
            k -= 1
            continue
        if t.low == "and" and k - 1 >= lo and toks[k - 1].word and (toks[k - 1].cap or speaker_noun(toks[k - 1].low)) \
                and (toks[k + 1].cap or speaker_noun(toks[k + 1].low)) and not toks[k - 1].poss:
            joined = k
            k -= 1  # "Jeb Bush and Chris Christie say", "historians and experts say"
            continue
        if t.low == "and" and k + 1 < j and k - 1 >= lo and _modifier_pair(toks[k - 1], toks[k + 1]) \
                and speaker_noun(toks[j].low) and (not toks[k - 1].cap or k - 1 == lo or not toks[k - 2].word
                                                   or toks[k - 2].low in HARD_DETS):
            k -= 1  # "Federal and state officials", "current and former aides": two modifiers of one noun
            continue
        if t.low in CONNECTORS and not t.cap:
            # "a spokesman for the campaign", "people familiar with the matter"
            if k - 1 >= lo and toks[k - 1].word and (speaker_noun(toks[k - 1].low) or toks[k - 1].low in _LINKING_ADJ
                                                     or toks[k - 1].low.isdigit() or toks[k - 1].low in DETS
                                                     or (toks[k - 1].cap and toks[k - 1].low not in STOP)):
                k -= 1
                continue
            break
        if t.low in HARD_DETS and not t.cap or (t.cap and t.low in HARD_DETS and k == lo):
            first = k
            # "people with knowledge of the matter", "a spokesman for the campaign": the phrase goes on
            if k - 2 >= lo and toks[k - 1].low in CONNECTORS and not toks[k - 1].cap and toks[k - 2].word \
                    and (speaker_noun(toks[k - 2].low) or toks[k - 2].low in _LINKING_ADJ):
                k -= 2
                first = k
                continue
            break
        if t.low in PRONOUNS or t.low in ADVERBS and not t.cap:
            break
        if t.low in _QUANTIFIERS and not (k - 1 >= lo and toks[k - 1].low in ("the", "of")):
            first = k  # "dozens of women", "two senior officials": the phrase starts here
            break
        if not _np_word(t):
            break
        if not t.cap and t.low in lex_cues and not (k + 1 == j and speaker_noun(toks[j].low) and k - 1 >= lo
                                                    and lex_cues[t.low].form == lex_cues[t.low].lemma
                                                    and toks[k - 1].word and toks[k - 1].low not in PRONOUNS
                                                    and (toks[k - 1].low not in STOP or toks[k - 1].low == "and")):
            break  # (but "federal and state officials", "Democratic state lawmakers": a modifier)
        if not t.cap and _ly_adverb(t.low):
            break
        if not t.cap and toks[first].cap and not (speaker_noun(t.low) or t.low in DETS or t.poss):
            break
        if not t.cap and t.low.endswith("ed") and not (k - 1 >= lo and toks[k - 1].low in HARD_DETS):
            break  # "Mrs. Clinton enjoyed tremendous support": a verb, not part of the phrase
        if t.cap and t.low in lexicon().function_words and t.low not in DETS and t.low not in lexicon().nominal_heads \
                and not (t.low in SURNAME_FUNCTION_WORDS and k - 1 >= lo and toks[k - 1].cap
                         and toks[k - 1].low in lexicon().titles and toks[k + 1].cap):
            break  # (but "Chairman Will Rogers": a given name after a title)
        first = k
        k -= 1
    if joined is not None and first - 1 >= lo and toks[first - 1].word and not toks[first - 1].cap \
            and not toks[first - 1].inq and (toks[first - 1].low.endswith("ed") and len(toks[first - 1].low) > 4
                                             or toks[first - 1].low in _PAST_TENSE):
        return joined + 1  # "the agency mishandled the investigation and Democrats accused": a new clause
    # a phrase made of a lone determiner or adjective is not a speaker
    return first


def noun_cue_word(toks: list[T], i: int, lex_cues: dict) -> bool:
    """Is the reporting word at toks[i] a bare verb form used as a noun, between a singular name and a noun
    ("the FBI email probe", "White House press secretary", "the IMF report stated")?  Plural and coordinated
    subjects keep the verb ("Police say", "Obama and Clinton call them")."""
    v = lex_cues.get(toks[i].low)
    if v is None or v.form != v.lemma or i == 0 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return (prev.word and prev.cap and prev.low not in PRONOUNS and not prev.low.endswith("s")
            and (i < 2 or toks[i - 2].low != "and") and nxt.word and not nxt.inq and not nxt.cap
            and nxt.low not in lexicon().function_words and nxt.low not in PRONOUNS)


def np_right(toks: list[T], i: int, hi: int, lex_cues: dict) -> tuple[int, int] | None:
    """The noun phrase starting at toks[i]: (first, last) token index."""
    if i >= hi or not toks[i].word or toks[i].inq:
        return None
    t = toks[i]
    if t.low in PRONOUNS:
        return (i, i) if t.low not in ("who", "which") else None
    j = i
    last = None
    rel_start = i > 0 and toks[i - 1].low in ("which", "whom") and not toks[i].cap \
        and not toks[i].low.endswith(("ed", "ing", "ly")) and toks[i].low not in AUX \
        and toks[i].low not in ADVERBS and toks[i].low not in STOP  # "which state media claimed"
    while j < hi and j - i < 12:
        t = toks[j]
        if j > i and t.low in PRONOUNS and not t.cap:
            break  # "told a news conference they are ...": the pronoun starts the reported clause
        if not t.word:
            if t.text in ("&",) and last is not None:
                j += 1
                continue
            if t.text == "/" and j > i and toks[j - 1].low.isdigit() and j + 1 < hi and toks[j + 1].low.isdigit():
                j += 1  # "9/11 widow Terry Strada": a numeric modifier
                continue
            break
        if t.low == "of" and last is None and j > i and toks[j - 1].low in DETS:
            j += 1
            continue
        if t.low == "and" and last is not None and toks[last].cap and j + 1 < hi and toks[j + 1].word \
                and toks[j + 1].cap and not toks[j + 1].inq and toks[j + 1].low not in STOP:
            j += 1  # "former Gov. and Party Chairman Ed Rendell", "Jeb Bush and Chris Christie"
            continue
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
        if t.low.isdigit() and j + 2 < hi and toks[j + 1].text == "/" and toks[j + 2].low.isdigit():
            j += 1
            continue
        after_det = j > i and (toks[j - 1].low in HARD_DETS or toks[j - 1].low in DETS or toks[j - 1].poss)
        if j > i and not t.cap and t.low in lex_cues and lex_cues[t.low].form == lex_cues[t.low].lemma \
                and toks[j - 1].word and toks[j - 1].cap and (j + 1 >= hi or toks[j + 1].text in (",", ".")):
            after_det = True  # "said another leading Supreme Court advocate, X": a noun that ends the phrase
        if j == i and rel_start and j + 1 < hi and toks[j + 1].word and not toks[j + 1].cap \
                and toks[j + 1].low not in STOP and toks[j + 1].low not in lex_cues:
            after_det = True  # "which state media claimed": a noun opens the relative clause's subject
        if not _np_word(t) or (not t.cap and t.low in lex_cues and not after_det and not noun_cue_word(toks, j, lex_cues)) \
                or (not t.cap and t.low in ADVERBS):
            break  # (a reporting word after a determiner is a noun: "the rules were wrong")
        if not t.cap and _ly_adverb(t.low):
            break
        if not t.cap and not speaker_noun(t.low) and t.low not in DETS:
            prev_det = j > i and (toks[j - 1].low in HARD_DETS or toks[j - 1].low in DETS or toks[j - 1].poss)
            # "their instinctive reaction", "one global survey": a determiner opens a noun phrase
            prev_det = prev_det or (j - i <= 4 and (toks[i].low in HARD_DETS or toks[i].low in DETS or rel_start)
                                    and all(toks[x].word and not toks[x].cap for x in range(i, j)))
            nxt = toks[j + 1] if j + 1 < hi else None
            nxt_noun = nxt is not None and nxt.word and not nxt.cap and speaker_noun(nxt.low)
            if t.low.endswith("ed") and not prev_det:
                break
            if (t.low in _PAST_TENSE or t.low in _IRREG_PARTICIPLES) and j > i and toks[j - 1].word \
                    and toks[j - 1].low not in DETS and toks[j - 1].low not in HARD_DETS and not toks[j - 1].poss:
                break  # "a neighbor came in": a verb after the noun
            nxt_cap = nxt is not None and nxt.word and nxt.cap and nxt.low not in STOP
            if not nxt_cap and not nxt_noun:
                # adjectives before a name or a speaker noun: "conservative talk radio host Rush Limbaugh"
                for m in range(j + 1, min(hi, j + 5)):
                    u = toks[m]
                    if not u.word or (u.low in STOP and not u.cap) or u.low in HARD_DETS:
                        break  # (a determiner opens another noun phrase: "Biden on Monday hit the campaign trail")
                    if u.cap or speaker_noun(u.low):
                        nxt_cap = True
                        break
            if not (prev_det or nxt_noun or nxt_cap or (last is None and t.low.endswith("s"))):
                break
        last = j
        j += 1
        if t.poss:
            continue
    if last is None:
        return None
    # a time phrase after the name is the writer's: "Gov. Bobby Jindal on Monday signed"
    for k in range(i + 1, last + 1):
        if toks[k].low in ("on", "in", "at", "last", "this", "early", "late", "earlier") and not toks[k].cap \
                and all(toks[x].low in TIME_WORDS for x in range(k + 1, last + 1)) \
                and (k < last or toks[k].low in TIME_WORDS):
            last = k - 1
            break
    # "said Trump in his speech", "Sanders during a town hall": the occasion is the writer's
    for k in range(i + 1, last):
        if toks[k].low == "during" or toks[k].low in ("in", "at") and toks[k + 1].low in ("his", "her", "their", "its"):
            if toks[k - 1].word and toks[k - 1].cap:
                last = k - 1
            break
    # trailing connectors/determiners are not part of the phrase
    while last > i and (toks[last].low in CONNECTORS or toks[last].low in HARD_DETS):
        last -= 1
    # a parenthesis after a name: "Sen. David Perdue (R-Ga.)"
    if last + 1 < hi and toks[last + 1].text == "(":
        for k in range(last + 2, min(hi, last + 8)):
            if toks[k].text == ")":
                last = k
                break
    return i, last


def appositive_right(toks: list[T], last: int, hi: int, lex_cues: dict | None = None) -> int:
    """Extend a speaker phrase ending at toks[last] by an appositive that runs to the end of the
    sentence: "said Monte Shaw, executive director of the Iowa Renewable Fuels Association." """
    lex_cues = lex_cues if lex_cues is not None else lexicon().reporting_verbs
    k = last + 1
    if k >= hi or toks[k].text != "," or k + 1 >= hi:
        return last
    seg = toks[k + 1]
    if seg.word and not seg.inq and seg.low in ("then", "now", "formerly", "also", "himself", "herself") \
            and k + 2 < hi and toks[k + 2].word:
        seg = toks[k + 2]  # "said Ann Lee, then senior pastor at ...", "Mr. Lee, now a commentator,"
    if not seg.word or seg.inq or not (seg.low in HARD_DETS or seg.low in DETS or seg.cap or speaker_noun(seg.low)
                                       or seg.low in ("who", "whose") or seg.low.isdigit()
                                       or any(toks[x].word and speaker_noun(toks[x].low)
                                              for x in range(k + 2, min(hi, k + 5)))):
        return last
    end = k + 1
    while end < hi and end - k < 40:
        t = toks[end]
        nxt = toks[end + 1] if end + 1 < hi else None
        if t.text == "." and (nxt is None or nxt.cap or nxt.text in QUOTE_MARKS):
            break
        if t.word and t.text.endswith(".") and (nxt is None or nxt.text in QUOTE_MARKS):
            return end
        if t.text == "," and end - k > 2 and end + 1 < hi and toks[end + 1].word and not toks[end + 1].cap and (
                toks[end + 1].low in ("in", "on", "at", "during", "after", "before", "adding", "noting", "according",
                                      "speaking", "writing", "told", "said", "which", "while", "as")
                or _adverb(toks[end + 1]) or toks[end + 1].low in lex_cues
                or (toks[end + 1].low.endswith("ing") and len(toks[end + 1].low) > 5)
                or toks[end + 1].low == "who" and any(toks[x].low in lex_cues for x in range(end + 2, min(hi, end + 6)))
                or (toks[end + 1].low.endswith("ed") and toks[end + 1].low not in _ING_ADJECTIVES)):
            e = end - 1  # "said Huma Abedin, vice chairwoman of the campaign, in an email"
            return e if e > k else last
        if t.text in ("\u2014", "\u2013", "--", "(") and end - k > 2:
            e = end - 1  # "Dino Spencer, who runs the gym — which ...": the appositive ends at the dash
            while e > k and not toks[e].word and toks[e].text != ")":
                e -= 1
            return e if e > k else last
        if t.text in QUOTE_MARKS and not t.inq and toks[end - 1].text == "," and end - k > 3:
            e = end - 2  # "said Ann Lee, director of the institute, “but ...”": a split quote goes on
            return e if e > k else last
        if t.text in QUOTE_MARKS and not t.inq and toks[end - 1].word and end + 1 < hi and toks[end + 1].cap:
            # a title in quotes: "said Ann Lee, the author of “Harbour Days,” who ..."
            c = next((x for x in range(end + 1, min(hi, end + 14)) if toks[x].text in QUOTE_MARKS and not toks[x].inq), None)
            if c is not None and c > end + 1:
                end = c + 1
                continue
        if t.inq or t.text in QUOTE_MARKS or t.text in (";", ":", "!", "?"):
            return last
        end += 1
    if end >= hi or toks[end].text in (".",):
        e = end - 1
        while e > k and not toks[e].word and toks[e].text != ")":
            e -= 1
        return e if e > k else last
    return last


# -- long subjects ------------------------------------------------------------------------

_SUBJ_PREPS = wordset("subject_prepositions")
_PREDETS = wordset("subject_predeterminer_phrases")
_IRREG_PARTICIPLES = wordset("irregular_participles")
_PAST_TENSE = wordset("past_tense_verbs")
_RELATIVE_BREAKS = frozenset({"because", "but", "so", "if", "when", "while", "although", "though", "since",
                              "whether", "unless", "until"})
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_OBJ_PRONOUNS = frozenset({"them", "us", "him", "her", "it", "those", "whom", "themselves"})
_HEAD_QUANTIFIERS = _PRONOMINAL_QUANTIFIERS | frozenset({"those", "these", "half", "two", "three", "four", "five",
                                                          "six", "seven", "eight", "nine", "ten"})
_SUBJECT_BOUNDARY = frozenset({",", ";", ":", "\u2014", "\u2013", "--", "(", "that", "whether"}) | _CLAUSE_OPENERS


def _participle(t: T) -> bool:
    return t.word and not t.cap and not t.inq and t.low not in STOP and (
        (t.low.endswith("ed") and len(t.low) > 4) or t.low in _IRREG_PARTICIPLES)


def _core_np(toks: list[T], p: int, end: int, lex_cues: dict, obj: bool = False) -> tuple[int, int] | None:
    """The noun phrase without modifiers that starts at toks[p] (not past end): (index after it, head index).
    Determiners, numbers, adjectives, names, possessives ("Google's chief human resources executive",
    "At least half", "A 2014 study", "The latest Reuters/Ipsos opinion poll")."""
    q = p
    for n in (3, 2, 1):
        if q + n <= end and " ".join(t.low for t in toks[q:q + n]) in _PREDETS and toks[q + n - 1].word:
            q += n
            break
    n_det = n_body = 0
    head = -1
    while q < end:
        t = toks[q]
        if t.inq or t.text in QUOTE_MARKS:
            return None
        if not t.word:
            nxt = toks[q + 1] if q + 1 < end else None
            if t.text in ("/", "&") and n_body and nxt is not None and nxt.word \
                    or t.text == "." and n_body and nxt is not None and nxt.word and nxt.start == t.end \
                    and toks[q - 1].end == t.start:
                q += 1  # "Reuters/Ipsos", "AT&T", "GunBroker.com"
                continue
            if t.text == "$" and nxt is not None and nxt.low[:1].isdigit():
                q += 1
                continue
            if t.text == "%" and q > p and toks[q - 1].low[:1].isdigit():
                q += 1
                continue
            break
        low = t.low
        if low[:1].isdigit() and "-" in low and low[-1].isalpha() and n_body == 0 and q + 1 < end \
                and toks[q + 1].word and not toks[q + 1].inq:
            n_det += 1  # "The 43-year-old former congressman", "A 30-second spot": a modifier
            q += 1
            continue
        if low[:1].isdigit():
            n_body += 1
            head = q
            q += 1
            continue
        if obj and n_det == 0 and n_body == 0 and low in _OBJ_PRONOUNS:
            return q + 1, q  # "some of them", "those of us"
        if low in _RELATIVES or low in ("and", "or"):
            break
        if (n_body or n_det) and not t.cap and (low in _SUBJ_PREPS or low in TIME_WORDS and low not in DETS):
            break
        if low in DETS or low in HARD_DETS:
            if n_body:
                break
            n_det += 1
            q += 1
            continue
        if low in STOP or low in PRONOUNS or low in AUX or low.endswith(("n't", "n\u2019t")) \
                or low in ADVERBS and not t.cap:
            break
        if t.cap and n_body == 0 and n_det == 0 and low not in DETS and low not in HARD_DETS and (
                low in lexicon().function_words and low not in lexicon().nominal_heads or low in ADVERBS
                or _ly_adverb(low) or low.endswith("ing") and low not in _ING_ADJECTIVES):
            return None  # "In each state", "However", "Finally", "Reaching for the jugular"
        if not t.cap and not obj and q > p and toks[q - 1].cap and toks[q - 1].word and n_body and (
                low in lex_cues or low in _IRREG_PARTICIPLES or low in _PAST_TENSE or low.endswith("ed")
                or low.endswith("s") and not low.endswith("ss") and not speaker_noun(low)):
            return None  # "Clinton faces", "Trump made", "Fiorina showed": a verb after a name
        if not t.cap and q > p and toks[q - 1].low in ("percent", "%"):
            break  # "5 percent prefer Johnson": a verb after the share
        if not t.cap and n_body and low.endswith("s") and not low.endswith("ss") and not speaker_noun(low) \
                and q + 1 < end and toks[q + 1].low in ("to", "the", "a", "an", "his", "her", "their", "its"):
            return None  # "the Democratic nominee looks to", "the email appears to"
        if not t.cap and n_det == 0 and n_body == 0 and _participle(t) and q + 1 < end \
                and toks[q + 1].low in _SUBJ_PREPS:
            return None  # "built near a stream": a participle clause, not a noun phrase
        if not t.cap:
            if _ly_adverb(low):
                if q + 1 < end and _participle(toks[q + 1]):
                    q += 1  # "a newly elected mayor"
                    continue
                break
            if n_body and _participle(t) and not (q + 1 < end and toks[q + 1].word and not toks[q + 1].cap
                                                  and toks[q + 1].low not in STOP and toks[q + 1].low not in TIME_WORDS
                                                  and not _participle(toks[q + 1])):
                break  # "The report published Tuesday": a participle after the noun
            if n_body and low.endswith("ing") and len(low) > 4 and low not in _ING_ADJECTIVES:
                break  # "Democrats going to the polls"
            if low in lex_cues and n_det == 0 and n_body == 0:
                return None  # a verb, not a noun
        n_body += 1
        head = q
        q += 1
    if q == p:
        return None
    if n_body == 0:
        if n_det and toks[q - 1].low in _HEAD_QUANTIFIERS:
            return q, q - 1  # "Most of them", "Some of the women"
        return None
    if head < 0 or toks[head].poss and not obj:
        return None
    return q, head


def _relative_ok(toks: list[T], q: int, end: int, lex_cues: dict) -> bool:
    """Can toks[q:end] (after "who", "which", "that" at toks[q - 1]) be a relative clause inside the subject?"""
    rest = toks[q:end]
    words = [x for x in rest if x.word]
    if not words or toks[q - 1].low == "that" and (len(words) < 2 or all(x.cap for x in words)):
        return False
    last = rest[-1]
    if last.word and (last.low in PRONOUNS or last.low in STOP or last.low in ADVERBS or last.low in _OBJ_PRONOUNS):
        return False  # "..., who has insulted women, she", "who was reluctant to": the clause goes on
    if toks[q - 1].low == "that" and (any(x.low in ("he", "she", "they", "we", "i") for x in words) or all(
            x.cap or x.low in DETS or x.low in HARD_DETS or x.low in STOP for x in words)):
        return False  # "the belief that by staying in the race he ...", "news that the Black Caucus PAC"
    commas = [x for x, t in enumerate(rest) if t.text == ","]
    if commas and all(t.cap or not t.word for t in rest[commas[-1] + 1:]):
        return False  # "Facebook, which have given ... autonomy, Microsoft": a name after the clause
    for x, t in enumerate(rest):
        if t.inq or t.text in QUOTE_MARKS or t.text in (";", ":", ".", "?", "!"):
            return False
        if t.word and x > 0 and t.low in ("which", "whom", "who") and rest[x - 1].low in _SUBJ_PREPS:
            return False  # "a proposal in which the United States": a clause inside the clause
        if t.word and not t.cap and (t.low in _RELATIVE_BREAKS or (
                t.low in lex_cues and lex_cues[t.low].cls == "speech" and x > 0 and not rest[x - 1].poss
                and rest[x - 1].low not in DETS and rest[x - 1].low not in HARD_DETS)):
            return False
        if t.text == "," and x + 1 < len(rest):
            u = rest[x + 1]
            if not u.word or not (u.cap or u.low[:1].isdigit() or u.low in DETS or u.low in HARD_DETS
                                  or u.low in ("and", "or", "who", "which", "whose", "including")
                                  or u.low in _SUBJ_PREPS) or u.low in PRONOUNS:
                return False  # "Weber, who advises Kasich, is no fan": the main clause goes on
    return True


def _subject_from(toks: list[T], s: int, end: int, lex_cues: dict, closed: bool = False) -> tuple[int, int] | None:
    """Does toks[s:end] read as one subject noun phrase with its modifiers (prepositional phrases,
    participles, relative clauses, appositives, times)?  (end of its first noun phrase, head index)."""
    core = _core_np(toks, s, end, lex_cues)
    if core is None:
        return None
    q, head = core
    core_end = q
    cue_participle = False
    listed = True  # after a comma, a list goes on to "and": "Friends, lobbyists and former foes"
    while q < end:
        t = toks[q]
        if t.inq or t.text in QUOTE_MARKS:
            return None
        if t.text == ",":
            u = toks[q + 1] if q + 1 < end else None
            if u is None:
                return None
            if u.low in _RELATIVES and u.low != "that" or u.low in ("including",):
                q += 1
                continue
            if not u.cap and (_participle(u) or u.low in lex_cues):
                v = q + 2
                while v < end and _adverb(toks[v]):
                    v += 1
                if _participle(u) and v < end and (toks[v].low in _SUBJ_PREPS or toks[v].low in TIME_WORDS):
                    q += 1  # "The survey, conducted by the institute,"
                    continue
                return None  # "Mr. Rubio, the Florida senator, anticipated that ..."
            c = _core_np(toks, q + 1, end, lex_cues)
            if c is None:
                return None
            q = c[0]  # an appositive or a list: ", the pollster,", ", 35,", ", Hillary Clinton, and"
            listed = False
            continue
        if t.text == "(":
            close = next((x for x in range(q + 1, min(end, q + 25)) if toks[x].text == ")"), None)
            if close is None:
                return None
            q = close + 1
            continue
        if t.text == "." and q > s and toks[q - 1].cap and (q + 1 == end or toks[q + 1].text == ","):
            q += 1  # ", R-Ky.,"
            continue
        if not t.word:
            return None
        low = t.low
        if low in _RELATIVES:
            if low == "that" and cue_participle or not _relative_ok(toks, q + 1, end, lex_cues):
                return None  # "The poll released on Monday that": a complement, not a relative clause
            return core_end, head  # the relative clause runs to the verb
        if t.cap and low not in TIME_WORDS:
            return None
        if low in ("and", "or"):
            c = _core_np(toks, q + 1, end, lex_cues)
            if c is None:
                return None
            q = c[0]
            listed = True
            continue
        if low in _SUBJ_PREPS:
            c = _core_np(toks, q + 1, end, lex_cues, obj=True)
            if c is None:
                return None
            q = c[0]
            continue
        if low in TIME_WORDS or low in ("ago", "back"):
            q += 1
            continue
        if _participle(t):
            nxt = toks[q + 1] if q + 1 < end else None
            if low in lex_cues:
                if nxt is None or nxt.low not in ("by", "on", "in", "at", "to", "for", "from"):
                    return None
                cue_participle = True
            if toks[q - 1].cap and (nxt is None or not (nxt.low == "by" or nxt.low in TIME_WORDS)):
                return None  # "Quinnipiac released Friday" may be; "Clinton visited in May" is a verb
            if nxt is None and not (toks[q - 1].word and not toks[q - 1].cap and toks[q - 1].low.endswith("s")):
                return None  # "the senators surveyed say" (but "Ryabkov dismissed claims")
            if nxt is not None and not (nxt.low in _SUBJ_PREPS or nxt.low in TIME_WORDS or nxt.text in (",", "(")
                                        or nxt.low in ("back", "ago") or _adverb(nxt)):
                return None
            q += 1
            continue
        if low.endswith("ing") and len(low) > 4 and low not in STOP:
            q += 1  # "going to the polls", "relating to Benghazi", "owning guns"
            if q < end and toks[q].word and toks[q].low not in _SUBJ_PREPS and toks[q].low not in TIME_WORDS:
                c = _core_np(toks, q, end, lex_cues, obj=True)
                if c is None:
                    return None
                q = c[0]
            continue
        if _adverb(t) and low not in AUX and q + 1 < end and (_participle(toks[q + 1])
                                                             or toks[q + 1].low in _SUBJ_PREPS):
            q += 1  # "Democrats recently polled", "voters, especially in Ohio"
            continue
        return None
    if not closed and not listed:
        return None  # "Finally, Sanders said", "Looking back to 2008, Devine said": an introduction
    return core_end, head


def subject_left(toks: list[T], i: int, lo: int, lex_cues: dict) -> tuple[int, int, int, int] | None:
    """The whole subject that ends just before the verb at toks[i] (adverbs skipped), read from the start
    of its clause: "Majorities of Democrats in five states going to the polls Tuesday",
    "The latest Reuters/Ipsos opinion poll released Friday", "Executives for Mondelez, which ...,".
    (first, last, end of its first noun phrase, head index), or None."""
    j = i - 1
    while j >= lo and _adverb(toks[j]):
        j -= 1
    closed = j >= lo and toks[j].text == "," and not toks[j].inq
    if closed:
        j -= 1  # the comma that closes an appositive or relative clause
    if j < lo or toks[j].inq or not (toks[j].word or toks[j].text in (")", "%", ".")):
        return None
    end = j + 1
    for s in range(max(lo, j - 45), j + 1):
        if s > lo:
            b = toks[s - 1]
            if not (b.inq or b.text in QUOTE_MARKS or b.text in _SUBJECT_BOUNDARY
                    or (b.word and b.low in _SUBJECT_BOUNDARY)):
                continue
        if not toks[s].word and toks[s].text != "$":
            continue
        if s - 2 >= lo and toks[s - 1].text == "," and toks[s].low.isdigit() and toks[s - 2].low.isdigit():
            continue  # "$67,000": a thousands separator
        r = _subject_from(toks, s, end, lex_cues, closed)
        if r is not None:
            return s, j, r[0], r[1]
    return None


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
        self._quote_starts: list[int] = []
        self._quote_ends: list[int] = []
        self._descriptions: dict[int, str] = {}
        self._genders: dict[str, str | None] = {}

    def set_quotes(self, spans: list[tuple[int, int]]) -> None:
        """The quoted stretches of the article (sorted): names inside a quote are not what a pronoun
        of the narration refers to ("“The London Stock Exchange offers access,” she said")."""
        self._quote_starts = [a for a, _ in spans]
        self._quote_ends = [b for _, b in spans]

    def _quoted(self, pos: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self._quote_ends[k]

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
        bisect.insort(self.history, (pos, key, self.kind(key)))

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
            return self.idx.add("Group", "I" if low == "i" else low, span)  # "I", "we", "you": as written
        si = self._sentence_of(pos)
        # the same sentence, before the pronoun, then earlier sentences: the first mention (the subject);
        # six sentences back, or further while every sentence goes on about "he" or "she"
        reach = 6
        if low in ("he", "she"):
            same = _SAME_PERSON[low]
            # "When he refused to back Harold Wilson, he said": the subject after a fronted clause continues
            # the pronoun of that clause when it stands before any person of the sentence
            sent = self.sentences[si]
            earlier = same.search(self.text, sent.start, pos) if _FRONTED_CLAUSE.match(self.text, sent.start, pos) else None
            if earlier is not None and self.text[sent.start:pos].rstrip().endswith(",") and not any(
                    self.kind(m.entity) == "Person" for m in self._mentions_in(sent.start, earlier.start())):
                pos = earlier.start()
            k = si - 1
            while k >= 0 and si - k < 25 and same.search(self.text, self.sentences[k].start, self.sentences[k].end):
                k -= 1
            reach = max(reach, si - k + 1)
        narrated = not self._quoted(pos)
        if low in ("he", "she") and narrated:
            # "With Trump ruled out, Cross said he ...": the source of a claim earlier in the sentence
            sent = self.sentences[si]
            h = bisect.bisect_left(self.history, (pos,)) - 1
            if h >= 0 and self.history[h][0] >= sent.start and self.history[h][2] == "Person" \
                    and self.gender(self.history[h][1]) in (None, _GENDER[low]):
                return self.history[h][1]
        for s in range(si, max(-1, si - reach), -1):
            sent = self.sentences[s]
            end = pos if s == si else sent.end
            ms = self._mentions_in(sent.start, end)
            for x, m in enumerate(ms):
                if narrated and self._quoted(m.span.start):
                    continue
                if x + 1 < len(ms) and _MODIFIER_GAP.fullmatch(self.text, m.span.end, ms[x + 1].span.start) \
                        and self.kind(ms[x + 1].entity) == "Person" and all(
                            speaker_noun(w) or w in self.lex.titles or w in self.lex.nominal_heads
                            for w in self.text[m.span.end:ms[x + 1].span.start].split() if w.islower()):
                    continue  # "Cruz spokesman Rick Tyler": the name modifies the person after it
                k = self.kind(m.entity)
                if k == "Person" and low in ("he", "she") and (self.gender(m.entity) not in (None, _GENDER[low])
                                                               or self._unlikely_person(m.entity)):
                    continue
                if k in kinds and not (k == "City" and low != "it"):
                    if low == "they" and k == "Country":
                        continue
                    return self._metonymy(m.entity)
            # earlier claim speakers in this sentence
            h = bisect.bisect_left(self.history, (end,)) - 1
            while h >= 0 and self.history[h][0] >= sent.start:
                if self.history[h][2] in kinds and not (low in ("he", "she") and self.gender(self.history[h][1])
                                                        not in (None, _GENDER[low])):
                    return self.history[h][1]
                h -= 1
        h = bisect.bisect_left(self.history, (pos,)) - 1
        for p, key, k in reversed(self.history[max(0, h - 50):h + 1]):
            if k in kinds and not (low in ("he", "she") and self.gender(key) not in (None, _GENDER[low])):
                return key
        if low in ("it", "they"):
            key = self._subject_before(low, si, pos)
            if key is not None:
                return key
        return self.idx.add("Group", low, span)

    def _subject_before(self, low: str, si: int, pos: int) -> str | None:
        """"The city sent a letter ... It says": the unnamed subject ("the city", "the lawmakers") that opens
        this sentence or one of the two before, for "it" a singular and for "they" a plural noun."""
        lex_cues = self.lex.reporting_verbs
        for s in range(si, max(-1, si - 3), -1):
            sent = self.sentences[s]
            end = min(sent.end, pos) if s == si else sent.end
            toks = tokens(self.text, sent.start, end)
            k = dateline_end(toks, 0, len(toks))
            if k >= len(toks) or toks[k].low != "the":
                continue
            np = np_right(toks, k, len(toks), lex_cues)
            if np is None or np[1] == k or toks[np[1]].cap or toks[np[1]].start >= pos:
                continue
            head = toks[np[1]].low
            plural = head.endswith("s") and not head.endswith("ss")
            if (low == "it") == plural or not (speaker_noun(head) or head in _ORG_NOMINALS or head in _IT_NOUNS):
                continue
            return self.resolve(toks, np[0], np[1])[0]
        return None

    def _unlikely_person(self, key: str) -> bool:
        """A "person" the entity index read from words that end in a party or people ("Presumptive Democrat",
        "Nevada Democrats", "Pacific Islander"): not what a pronoun stands for."""
        d = self.idx.drafts.get(key)
        words = d.name.split() if d is not None and d.kind == "Person" else []
        if len(words) < 2:
            return False
        last = words[-1].rstrip(".,")
        return last in ("Democratic", "Democrat", "Republican", "Democrats", "Republicans") or last in self.lex.demonyms

    def gender(self, key: str) -> str | None:
        """"female", "male" or None (unknown) for a person, from titles, mentions and given name."""
        if key in self._genders:
            return self._genders[key]
        g = None
        d = self.idx.drafts.get(key)
        if d is not None and d.kind == "Person":
            words = {w.lower().rstrip(".") for t in d.titles for w in t.split()}
            words |= {a.split()[0].lower().rstrip(".") for a in d.aliases if a.split()}
            if words & _FEMALE_TITLES:
                g = "female"
            elif words & _MALE_TITLES:
                g = "male"
            else:
                g = given_names().get(d.name.split()[0].lower()) if d.name.split() else None
        self._genders[key] = g
        return g

    def _metonymy(self, key: str) -> str:
        """A capital city speaking stands for its country ("Beijing warned" -> China)."""
        d = self.idx.drafts.get(key)
        if d and d.kind == "City" and d.name in self.lex.capitals:
            country = self.lex.capitals[d.name]
            ck = norm_key("Country", country)
            if ck not in self.idx.drafts:
                self.idx.drafts[ck] = _Draft("Country", country)
            return ck
        return key

    def _described(self, m) -> str:
        """The description in an appositive right after a person's mention, lower case ("Hillary Vance,
        the former secretary of state, ..." gives "the former secretary of state"), or ""."""
        d = self._descriptions.get(m.span.start)
        if d is None:
            d = ""
            mt = _APPOSITIVE.match(self.text, m.span.end, min(len(self.text), m.span.end + 120))
            if mt:
                d = mt.group(1).lower()
            self._descriptions[m.span.start] = d
        return d

    def by_title(self, head: str, pos: int, affiliation: str | None, words: tuple[str, ...] = ()) -> str | None:
        """The person most recently mentioned before ``pos`` whose title (or appositive description:
        "Hillary Vance, the former secretary of state,") contains ``head``.  A rank word before the head
        ("deputy mayor", "vice president") must be in the mention's ``words`` as well: "the mayor" is
        not the deputy mayor."""
        ranks = {w for w in words if w in _RANKS}
        best = None
        for m in self.mentions:
            if m.span.start >= pos:
                break
            d = self.idx.drafts.get(m.entity)
            if d is None or d.kind != "Person":
                continue
            titles = list(d.titles)
            desc = self._described(m)
            if desc:
                titles.append(desc)
            if any(self._title_fits(t.lower(), head, ranks) for t in titles):
                if affiliation and d.affiliation and d.affiliation != affiliation:
                    continue
                best = m.entity
        return best

    def organisation_before(self, head: str, pos: int) -> str | None:
        """The organisation "the company" (``head``) stands for: of the organisations named in the six
        sentences before ``pos``, those whose name fits the noun ("Deutsche Bank" for "the bank",
        "Vestey Group" or "BMW Motors" for "the company"; newspapers for "the paper"), the one named most
        often (the latest on a tie).  None when no name fits: better unresolved than a wrong source."""
        fits = _ORG_NOMINALS.get(head, frozenset())
        si = self._sentence_of(pos)
        lo = self.sentences[max(0, si - 6)].start
        counts: dict[str, list[int]] = {}
        for m in self._mentions_in(lo, pos):
            d = self.idx.drafts.get(m.entity)
            if d is None or d.kind != "Organization":
                continue
            known = self.lex.organisations.get(d.name)
            words = {w.strip(".,").lower() for w in d.name.split()}
            if len(words) == 1 and words <= fits:
                continue  # "Group", "Airways": a word of a name, not a name
            if not (words & fits or (known is not None and known.kind == "NewsMediaOrganization" and "outlet" in fits)):
                continue
            c = counts.setdefault(m.entity, [0, 0])
            c[0] += 1
            c[1] = m.span.start
        if not counts:
            return None
        return max(counts, key=lambda k: (counts[k][0], counts[k][1]))

    @staticmethod
    def _title_fits(title: str, head: str, ranks: set[str]) -> bool:
        words = title.split()
        if not (head in words or head == title or title.endswith(head)):
            return False
        return {w for w in words if w in _RANKS} == ranks

    def resolve(self, toks: list[T], a: int, b: int) -> tuple[str, Span]:
        """The entity key and the mention span of the noun phrase toks[a..b]."""
        text = self.text
        span = Span.of(text, toks[a].start, toks[b].end)
        if b > a and toks[b].low in ("all", "both"):
            b -= 1  # "Jeb Bush and Ted Cruz both": the name without the quantifier
        # "Name, role at Org": the name before the appositive; "Name (R-Ga.)": before the parenthesis
        commas = [k for k in range(a + 1, b + 1) if toks[k].text == ","]
        if commas and commas[-1] < b and all(t.word and t.cap for t in toks[commas[-1] + 1:b + 1]) \
                and not all(t.cap for t in toks[a:commas[0]] if t.word):
            a = commas[-1] + 1  # "The party chairman, Kelly Armstrong"
        for k in range(a + 1, b + 1):
            if toks[k].text in (",", "(", "\u2014", "--") and toks[k - 1].word:
                if toks[k].text == "," and k + 1 <= b:
                    # "another leading Supreme Court advocate, Andrew J. Pincus of Mayer Brown": the person named
                    after = [m for m in self._mentions_in(toks[k + 1].start, toks[b].end)
                             if m.span.start == toks[k + 1].start and self.kind(m.entity) == "Person"]
                    if after and not any(self.kind(m.entity) == "Person"
                                         for m in self._mentions_in(toks[a].start, toks[k].start)) \
                            and not any(t.low in ("and", "or") for t in toks[k + 1:b + 1]):
                        return after[0].entity, span
                b = k - 1
                break
        first, last = toks[a], toks[b]
        if b > a and toks[b].low in PRONOUNS and toks[b].low in ("who", "which"):
            b -= 1
            last = toks[b]
        if a == b and last.low in PRONOUNS:
            if last.low in ("who", "which"):
                # the phrase before ", who"
                return self.pronoun(last.low, first.start, span), span
            return self.pronoun(last.low, first.start, span), span
        # "One Republican", "Two Democrats", "Several Britons": members, an unnamed source of their own
        # (not the party or the country)
        if b > a and b - a <= 2 and (first.low in _QUANTIFIERS or first.low.isdigit()) \
                and first.low not in ("both", "all", "each", "any", "no") and all(t.word and t.cap for t in toks[a + 1:b + 1]) \
                and not any(self.kind(m.entity) == "Person" for m in self._mentions_in(first.start, last.end)):
            return self.idx.add("Group", text[first.start:last.end], span), span
        # the head: the last capitalised stretch, or a known mention ending last
        ms = self._mentions_in(first.start, last.end)
        if ms:
            # "Mr. Morgan of the Sierra Club": the person before the connector
            conn = next((t for t in toks[a + 1:b + 1] if t.low in ("of", "for", "at", "with", "from") and not t.cap), None)
            if conn is not None:
                before = [m for m in ms if m.span.end <= conn.start and self.kind(m.entity) == "Person"]
                if before:
                    return before[-1].entity, span
            ands = [t for t in toks[a:b + 1] if t.low == "and"
                    and any(m.span.end <= t.start and not text[m.span.end:t.start].strip(" ,") for m in ms)
                    and any(m.span.start >= t.end and not text[t.end:m.span.start].strip() for m in ms)]
            if ands and len({m.entity for m in ms if self.kind(m.entity) in ("Person", "Organization")}) > 1:
                # "Jeb Bush and Chris Christie say": the two of them, as a group
                return self.idx.add("Group", text[first.start:last.end], span), span
            m = max(ms, key=lambda m: (m.span.end, self.kind(m.entity) in ("Person", "Organization"),
                                       m.span.end - m.span.start))
            if m.span.end >= last.end - ((1 if last.low.endswith(("s'", "s\u2019")) else 2) if last.poss else 0):
                return self._metonymy(m.entity), span
        words = [t for t in toks[a:b + 1] if t.word]
        low_words = [t.low for t in words]
        # "the company", "the bank", "the airline": the organisation the article is about
        if len(low_words) == 2 and low_words[0] == "the" and low_words[1] in _ORG_NOMINALS:
            org = self.organisation_before(low_words[1], first.start)
            if org is not None:
                return org, span
        # "the minister", "the former secretary of state", "the Russian president"
        if low_words and low_words[0] in ("the",) and len(words) <= 6:
            aff = None
            for t in words[1:]:
                aff = aff or self.idx.affiliation_key(t.text)
            for n in range(len(low_words) - 1, 0, -1):
                head = " ".join(low_words[-n:])
                if head in self.lex.nominal_heads or head in self.lex.titles:
                    who = self.by_title(head.split()[-1], first.start, aff, tuple(low_words))
                    if who:
                        return who, span
                    break
        sentence_case = words and words[0].cap and all(not t.cap for t in words[1:]) and (
            speaker_noun(words[-1].low) or words[0].low in DETS or words[0].low in HARD_DETS)
        if last.cap and not sentence_case and all(t.cap or t.low in ("of", "for", "and", "de", "van", "von", "al")
                                                  for t in words):
            name = " ".join(t.text for t in words)
            lead = words[0].low
            if lead in lexicon().function_words and len(words) > 1:
                name = " ".join(t.text for t in words[1:])
            if name.endswith(("'s", "\u2019s")):
                name = name[:-2]
            elif name.endswith(("s'", "s\u2019")):
                name = name[:-1]
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
        desc = text[first.start:last.end]
        if low_words and low_words[0] == "the" and len(words) > 1:
            desc = text[words[1].start:last.end]
        return self.idx.add("Group", desc, span), span
