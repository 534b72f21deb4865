"""Entity mentions by rule: people with their titles and affiliations, organisations, countries,
cities, named events.

The recogniser reads capitalised runs of words ("Russian Deputy Foreign Minister Sergey
Ryabkov", "the ASEAN Foreign Ministers' Meeting") and splits each into affiliation, title and
name with the lexicon (demonyms, titles, organisation words, the gazetteer).  Later single-word
mentions ("Ryabkov", "Ms Hewitt") are linked to the full name met earlier in the article.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kb.extract.records import Entity, Mention, Span
from kb.resources import Lexicon, given_names, lexicon, wordset

# a word: letters (any script), inner apostrophes, hyphens and dots (U.S., al-Assad, O'Brien)
# (a letter garbled by double-encoded UTF-8, "Fran\u00c3\u00a7ois", counts as a letter)
MOJIBAKE = r"\u00c3[\u0083-\u0085]\u00c2[\u0080-\u00bf]|[\u00c3-\u00c5][\u0080-\u00bf]"
WORD = re.compile(r"(?:[A-Za-z]\.){2,}|(?:" + MOJIBAKE + r"|[^\W\d_])(?:" + MOJIBAKE + r"|[\w\-]|['\u2019](?=[^\W\d_]))*",
                  re.UNICODE)
# titles that are also ordinary words ("General Election", "Justice Department") need a full name after them
AMBIGUOUS_TITLES = {"general", "justice", "speaker", "chair", "leader", "director", "candidate", "nominee",
                    "representative", "judge", "commander", "secretary", "president", "king", "queen", "prince",
                    "lord", "lady", "sir", "dame"}
_CONNECTORS = {"of", "for", "de", "del", "da", "di", "van", "von", "der", "bin", "al", "el", "la", "le", "du"}
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
SURNAME_FUNCTION_WORDS = wordset("surname_function_words")
_MODAL_OR_DATE = re.compile(r"\s+(?:\d|(?:be|have|not)\b)")


def norm_key(kind: str, name: str) -> str:
    """The normalised key of an entity: kind and name, case, accents and punctuation folded."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace(".", "")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^\w' -]+", " ", s)
    return f"{kind}:{' '.join(s.split())}"


@dataclass
class _Draft:
    kind: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    aliases: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Words with their offsets; a known abbreviation keeps its full stop ("Mr.", "Gen."), and so does an
    initial before a name ("Andrew J. Pincus")."""
    end = len(text) if end is None else end
    abbrevs = lexicon().abbreviations
    out = []
    for m in WORD.finditer(text, start, end):
        a, b = m.start(), m.end()
        if b < end and text[b] == "." and (text[a:b + 1] in abbrevs or (
                b - a == 1 and text[a].isupper() and text[b + 1:b + 2] == " " and text[b + 2:b + 3].isupper())):
            b += 1
        out.append(Tok(a, b, text[a:b]))
    return out


def _is_cap(tok: Tok, lex: Lexicon) -> bool:
    return tok.cap or tok.text in lex.organisations


def _title_at(toks: list[Tok], i: int, lex: Lexicon) -> int:
    """Length (in tokens) of the longest title starting at toks[i], 0 if none."""
    best = 0
    words = []
    for j in range(i, min(i + 5, len(toks))):
        if j > i and toks[j].start - toks[j - 1].end > 1:
            break
        words.append(toks[j].text.lower())
        if " ".join(words) in lex.titles:
            best = j - i + 1
    return best


class EntityIndex:
    """Every entity of one article and its mentions, in text order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lex = lexicon()
        self.drafts: dict[str, _Draft] = {}
        self.mentions: list[Mention] = []
        self.surnames: dict[str, str] = {}  # surname -> person key (first met)

    # -- building -----------------------------------------------------------------------
    def add(self, kind: str, name: str, span: Span, *, title: str | None = None,
            affiliation: str | None = None) -> str:
        name = " ".join(name.split())
        key = norm_key(kind, name)
        d = self.drafts.get(key)
        if d is None:
            d = self.drafts[key] = _Draft(kind, name)
        d.mentions.append(span)
        if span.text != name:
            d.aliases.add(span.text)
        if title and title not in d.titles:
            d.titles.append(title)
        if affiliation and not d.affiliation:
            d.affiliation = affiliation
        self.mentions.append(Mention(span, key))
        if kind == "Person":
            parts = name.split()
            if len(parts) > 1:
                self.surnames.setdefault(parts[-1], key)
        return key

    def country(self, name: str) -> str | None:
        c = self.lex.countries.get(name)
        return c.name if c else None

    def affiliation_key(self, word: str) -> str | None:
        """The entity key that an adjective or name of affiliation stands for ("Russian", "U.S.")."""
        target = self.lex.demonyms.get(word) or self.country(word)
        if target is None:
            org = self.lex.organisations.get(word)
            return norm_key("Organization", org.name) if org else None
        if target in self.lex.organisations and target not in self.lex.countries:
            return norm_key("Organization", self.lex.organisations[target].name)
        return norm_key("Country", target)

    def ensure_affiliation(self, word: str, span: Span) -> str | None:
        target = self.lex.demonyms.get(word) or self.country(word)
        if target is None:
            org = self.lex.organisations.get(word)
            if org is None:
                return None
            return self.add("Organization", org.name, span)
        if target in self.lex.organisations and target not in self.lex.countries:
            return self.add("Organization", self.lex.organisations[target].name, span)
        if word in self.lex.demonyms and word not in self.lex.countries:
            key = norm_key("Country", target)
            self.drafts.setdefault(key, _Draft("Country", target))
            return key
        return self.add("Country", target, span)

    # -- resolution ---------------------------------------------------------------------
    def entities(self) -> tuple[Entity, ...]:
        out = []
        by_key: dict[str, list[Mention]] = {}
        for m in self.mentions:
            by_key.setdefault(m.entity, []).append(m)
        for key, d in self.drafts.items():
            out.append(Entity(key=key, kind=d.kind, name=d.name,  # type: ignore[arg-type]
                              mentions=tuple(sorted(by_key.get(key, []), key=lambda m: m.span.start)),
                              titles=tuple(d.titles), affiliation=d.affiliation,
                              aliases=tuple(sorted(d.aliases))))
        return tuple(out)

    def person_by_surname(self, word: str) -> str | None:
        return self.surnames.get(word)


def _span(text: str, toks: list[Tok], i: int, j: int) -> Span:
    return Span.of(text, toks[i].start, toks[j - 1].end)


def _runs(text: str, toks: list[Tok], lex: Lexicon) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined by connectors inside names ("Secretary of State")."""
    runs = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i], lex):
            i += 1
            continue
        j = i + 1
        while j < n:
            gap = text[toks[j - 1].end:toks[j].start]
            if gap not in (" ", "-") and not (gap.strip() == "" and "\n" not in gap and len(gap) <= 2):
                # a possessive plural ("Ministers' Meeting") continues a name
                if not (gap in ("' ", "\u2019 ") and toks[j].cap):
                    break
            if _is_cap(toks[j], lex):
                j += 1
                continue
            # connector followed by a capitalised word continues the run
            if (toks[j].text in _CONNECTORS and j + 1 < n and toks[j + 1].cap
                    and text[toks[j].end:toks[j + 1].start] == " "):
                j += 2
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def _classify_plain(name: str, lex: Lexicon) -> str | None:
    """The kind of a capitalised name with no title in it."""
    if name in lex.countries:
        return "Country"
    if name in lex.organisations:
        return "Organization"
    words = name.split()
    last = words[-1].lower()
    if last in lex.event_words and len(words) > 1:
        return "Event"
    if last in lex.org_words or words[0].lower() in lex.org_words and len(words) > 1:
        return "Organization"
    if name in lex.cities:
        return "City"
    if re.fullmatch(r"[A-Z]{2,6}", name):
        return "Organization"
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in lex.function_words for w in words[:-1]) \
            and words[-1][:1].isupper() and (last not in lex.function_words or last in SURNAME_FUNCTION_WORDS):
        if any(w in lex.demonyms or w in lex.countries for w in words) or last in lex.thing_words:
            return None  # "Boxing Day", "Middle East", "Windows PC": not a person
        return "Person"
    return None


def recognise(text: str, sentences: tuple[Span, ...]) -> EntityIndex:
    """Find entity mentions in every sentence of ``text`` (the cleaned article text)."""
    idx = EntityIndex(text)
    lex = idx.lex
    for sent in sentences:
        toks = tokenize(text, sent.start, sent.end)
        for i, j in _runs(text, toks, lex):
            _read_run(idx, text, toks, i, j, sentence_start=(i == 0 or toks[i].start == sent.start
                                                              or text[sent.start:toks[i].start].strip() in {"\u201c", '"', "'", "\u2018"}))
    return idx


def _strip_possessive(tok: Tok, text: str) -> Tok:
    m = _POSSESSIVE.search(tok.text)
    if m and m.end() == len(tok.text):
        return Tok(tok.start, tok.start + m.start(), tok.text[:m.start()])
    return tok


def _read_run(idx: EntityIndex, text: str, toks: list[Tok], i: int, j: int, *, sentence_start: bool) -> None:
    lex = idx.lex
    run = [_strip_possessive(t, text) if k == j - 1 else t for k, t in enumerate(toks[i:j], start=i)]
    if run[-1].text.lower() in SURNAME_FUNCTION_WORDS and _MODAL_OR_DATE.match(text, run[-1].end):
        run = run[:-1]  # "Born May 24", "Trump May be ...": a month or a verb, not a surname
        if not run:
            return
    # drop function words that merely start the sentence ("The", "But", "Despite")
    while run and run[0].text.lower() in lex.function_words and not (run[0].text in lex.organisations):
        run = run[1:]
    if not run:
        return
    # "Fabian Society's Sundar Katwala", "Plaid Cymru's Elfyn Llwyd": an organisation or place, then a person
    for p in range(len(run) - 2, -1, -1):
        owner = _strip_possessive(run[p], text)
        if owner.end != run[p].end:
            rest = run[p + 1:]
            owner_run = run[:p] + [owner]
            name = " ".join(text[owner_run[0].start:owner.end].split())
            owner_kind = _classify_plain(name, lex)
            title_at = _find_title(rest, 0, lex)[0]
            person = title_at is None and _classify_plain(" ".join(t.text for t in rest), lex) == "Person"
            titled = title_at == 0 and owner_kind not in (None, "Person")  # not "Children's Minister"
            if 2 <= len(rest) <= 5 and (person or titled):
                if owner_kind in (None, "Person"):
                    # whose person it is: an organisation or a place, not another person
                    idx.add("Organization", name, Span.of(text, owner_run[0].start, owner.end))
                else:
                    _read_plain(idx, text, owner_run, sentence_start=sentence_start)
                first = next(k for k in range(i, j) if toks[k].start == rest[0].start)
                _read_run(idx, text, toks, first, j, sentence_start=False)
                return
            break
    # affiliations up front: "Russian", "U.S.", "ASEAN"
    k = 0
    affiliation = None
    while k < len(run) - 1 and (idx.affiliation_key(run[k].text) is not None) and _title_at(run, k + 1, lex) + _org_head(run, k + 1, lex) > 0:
        affiliation = run[k]
        k += 1
    # a title, possibly preceded by modifiers ("Deputy Foreign Minister", "Trade and Industry Secretary")
    tpos, tlen = _find_title(run, k, lex)
    if tpos is not None:
        name_toks = run[tpos + tlen:]
        title = " ".join(t.text for t in run[k:tpos + tlen])
        if (name_toks and _looks_like_name(name_toks, lex)
                and (len(name_toks) > 1 or " ".join(t.text for t in run[tpos:tpos + tlen]).lower() not in AMBIGUOUS_TITLES)):
            aff_key = idx.ensure_affiliation(affiliation.text, Span.of(text, affiliation.start, affiliation.end)) if affiliation else None
            span = Span.of(text, name_toks[0].start, name_toks[-1].end)
            name = span.text
            if len(name_toks) == 1:
                known = idx.person_by_surname(name)
                if known:
                    idx.add("Person", idx.drafts[known].name, span, title=_clean_title(title), affiliation=aff_key)
                    return
            idx.add("Person", name, span, title=_clean_title(title), affiliation=aff_key)
            return
        if not name_toks:
            # "U.S. Secretary", "the Russian President": a nominal mention, resolved by callers
            if affiliation:
                idx.ensure_affiliation(affiliation.text, Span.of(text, affiliation.start, affiliation.end))
            return
    # organisations with an affiliation: "Russian Foreign Ministry"
    words = [t.text for t in run]
    if affiliation is not None and _org_head(run, k, lex):
        aff_key = idx.ensure_affiliation(affiliation.text, Span.of(text, affiliation.start, affiliation.end))
        idx.add("Organization", " ".join(words), Span.of(text, run[0].start, run[-1].end), affiliation=aff_key)
        return
    _read_plain(idx, text, run, sentence_start=sentence_start and run[0].start == toks[i].start)


def _org_head(run: list[Tok], k: int, lex: Lexicon) -> int:
    return 1 if any(t.text.lower() in lex.org_words for t in run[k:]) else 0


def _find_title(run: list[Tok], k: int, lex: Lexicon) -> tuple[int | None, int]:
    """The last title in run[k:], as (position, length)."""
    best: tuple[int | None, int] = (None, 0)
    p = k
    while p < len(run):
        n = _title_at(run, p, lex)
        if n:
            best = (p, n)
            p += n
        else:
            p += 1
    return best


def _clean_title(title: str) -> str:
    return " ".join(title.split()).strip(" ,")


def _looks_like_name(toks: list[Tok], lex: Lexicon) -> bool:
    if not 1 <= len(toks) <= 4:
        return False
    for k, t in enumerate(toks):
        w = t.text
        if not w[:1].isupper() or w.lower() in lex.function_words and not (
                (0 < k == len(toks) - 1 or k == 0 < len(toks) - 1) and w.lower() in SURNAME_FUNCTION_WORDS):
            # (after a title "Will" and "May" are names too: "Chairman Will Rogers")
            return False
        if w in lex.countries or w in lex.demonyms or w.lower() in lex.org_words:
            return False
    return True


def _participle(word: str) -> bool:
    """A capitalised -ing or -ed word that is no given name ("Understated", "Fuming"; not "Jared")."""
    return len(word) >= 5 and word[1:].islower() and word.endswith(("ing", "ed")) \
        and word.lower() not in given_names()


def _read_plain(idx: EntityIndex, text: str, run: list[Tok], *, sentence_start: bool) -> None:
    """A capitalised run with no title: split at demonyms/countries and classify the pieces."""
    lex = idx.lex
    span = Span.of(text, run[0].start, run[-1].end)
    name = " ".join(span.text.split())
    of = next((k for k, t in enumerate(run) if t.text == "of"), None)
    if of is not None and 2 <= of <= 3 and of + 1 < len(run):
        # "Richard Yamarone of Argus Research": a person, then where they work (a firm named after
        # people too: "of Mayer Brown")
        who = " ".join(t.text for t in run[:of])
        where = " ".join(t.text for t in run[of + 1:])
        kind = _classify_plain(where, lex)
        if _classify_plain(who, lex) == "Person" and (kind in ("Organization", None)
                                                      or kind == "Person" and len(run) - of <= 4):
            idx.add("Person", who, Span.of(text, run[0].start, run[of - 1].end))
            idx.add("Organization", where, Span.of(text, run[of + 1].start, run[-1].end))
            return
    kind = _classify_plain(name, lex)
    if kind == "City" and len(run) == 1 and idx.person_by_surname(run[0].text) and not lex.cities[name].capital:
        kind = None  # "Kennedy" after "Charles Kennedy": the person, not a town of that name
    if kind == "Country":
        idx.add("Country", lex.countries[name].name, span)
        return
    if kind == "Organization":
        org = lex.organisations.get(name)
        idx.add("Organization", org.name if org else name, span)
        return
    if kind == "City":
        idx.add("City", lex.cities[name].name, span)
        return
    if kind == "Event":
        idx.add("Event", name, span)
        return
    rest = run[1:]
    if kind == "Person" and sentence_start and _participle(run[0].text) and (
            len(rest) > 1 or len(rest[0].text) > 2 and rest[0].text not in lex.demonyms
            and not (rest[0].text in lex.organisations and rest[0].text.endswith("s"))):  # "Leading Democrats"
        # "Understated Perez raises profile", "Fuming Robinson blasts officials": a headline's adjective
        if len(rest) == 1 and _classify_plain(rest[0].text, lex) is None and not idx.person_by_surname(rest[0].text):
            idx.add("Person", rest[0].text, Span.of(text, rest[0].start, rest[0].end))
        else:
            _read_plain(idx, text, rest, sentence_start=False)
        return
    if kind == "Person":
        if len(run) >= 2 and idx.person_by_surname(run[-1].text) and run[0].text in {"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs."}:
            idx.add("Person", idx.drafts[idx.person_by_surname(run[-1].text)].name, span)
            return
        idx.add("Person", name, span)
        return
    if len(run) == 1:
        w = run[0].text
        known = idx.person_by_surname(w)
        if known:
            idx.add("Person", idx.drafts[known].name, span)
            return
        if w in lex.demonyms:
            return
        return
    # mixed runs ("U.S.-China", "Washington Kuala Lumpur"): read each token that is a known place
    for t in run:
        if t.text in lex.countries:
            idx.add("Country", lex.countries[t.text].name, Span.of(text, t.start, t.end))
        elif t.text in lex.organisations:
            idx.add("Organization", lex.organisations[t.text].name, Span.of(text, t.start, t.end))
