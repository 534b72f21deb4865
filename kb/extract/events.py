"""Events: meetings, talks, calls, visits, summits, press conferences, statements.

:func:`find_events` reads every body sentence (not the headline, not section headings, not
the words inside quotation marks) for trigger words from ``kb/resources/event_triggers.tsv``
(loaded by :mod:`kb.extract._event_lexicon`) and builds one :class:`~kb.extract.records.Event`
per real-world event:

* participants (entity keys, at least one): coordinated subjects ("X and Y held talks",
  "X, Y and Z met"), objects ("X met Y", "X hosted Y"), "talks with Y", "between X and Y",
  possessors ("his conversation with Y", "Rubio's visit"), the subject of a light verb ("held",
  "will hold", "is scheduled to hold", "took part in") or of a fronted phrase ("In a joint
  communique, X said"; "X, speaking at a news conference with Y"), "X told Y in a phone call",
  "the two officials" / "both sides" / "the four leaders" (the people of a recent event with that
  many participants), groups named by affiliation and role ("ASEAN foreign ministers", "EU
  counterparts"), "he"/"his" (the subject of the clause, or of the previous sentence; "The prime
  minister took charge. He spoke to X": the person with that title, or the article's most mentioned
  untitled person), "it" (the organisation or country that is the subject), "X is to join Y in a
  visit", "X ..., chairing a meeting of Y", "the Indian government" (India); "Mr Straw" that the entity
  index left unread (inside a quote, say) is the one person named before with that surname, and an
  unknown "Lord Falconer"/"Mr Morton" is a person of that name; "the Afghan president" with no person
  of that title before is the one person introduced as Afghan; "Two local councillors who back X met Y"
  (the group, not X); after a sentence whose only people are quoted, "he" is the person the quote is
  about ('A spokesman said: "Mr X's trip ..." He will meet Y'), or no one;
* unnamed groups (``kb/resources/event_groups.txt``: "five public sector unions", "senior union
  figures", "parents and teachers who met X", "the presidents of A and B": one president each) become
  Group entities, but only beside a named participant and only for meeting, talks, visit and call
  words; "a meeting of <group>" alone is an event only with a time or a place, "a meeting of <named
  body>" ("A meeting of the Parliamentary Labour Party saw ...") always;
* people in later sentences: "Tuesday's meeting is being hosted by X. Also due to attend are Y and Z",
  "Two days of talks begin on Wednesday. ... X will represent ...; Madrid is represented by Z"
  (up to four sentences on); "Discussions will resume next week" (the people of the talks just told);
* status: ``held``; ``planned`` ("will meet", "is scheduled to", "are to meet", a date after
  publication; for event nouns "next week's summit", "a meeting of X will be held", "the summit begins on") or ``hypothetical`` ("could take place", "may meet", "would be happy to meet").
  Negated ("will not hold", "no plans to meet") and requested events ("called for talks",
  "proposed a meeting") are not events;
* time: resolved by :mod:`kb.extract.dates` against the publication date and the tense of the
  clause; "one day earlier" counts from the previous dated event; "since March" is not the
  event's time;
* place: "in Kuala Lumpur", "the Malaysian capital" (demonym, country, capital: the city is
  added to the index), "here" in a datelined story, "travel to Moscow ..., where he will meet",
  "arrived in Washington for a visit", the place of a parent event ("on the sidelines of X in Y",
  which also sets ``part_of``), the place of the event a follow-up is counted from ("one day
  earlier", "followed a longer session"), another event the same day with a participant in
  common, or where a participant had just arrived ("X arrived in Beijing. He met Y"); a destination
  the gazetteer does not know, after a visit word ("visiting constituencies in Somerset", "visit
  Leicester South": a Place); a venue before the event noun ("the Downing Street talks",
  ``kb/resources/event_venues.txt``); the fronted phrase of one of the next three sentences about the
  same person ("X has visited Kenya. ... At slums in Nairobi on Wednesday, he said": time and place);
* coreference: "the talks", "Friday's discussion", "Thursday's meeting", "their first meeting",
  "the statement" and mentions with the same participants, type and a compatible date add evidence
  to the event already found instead of making a new one; "a new round", "another", a different
  date or a different destination make a new event.

A meeting or call needs two participants (or a named group); a visit needs a destination (a
known place) or a host ("visit an Aids clinic in Uganda and a credit union in Zambia": a visit to each).
"X arrives in Y for a summit (meeting)" is a summit with X in Y. One phrase can name several events: "visit Thailand and Indonesia" is a
visit to each, "spoke by phone to X and Y" a call with each (each with its own trigger words, so
undated events stay apart). A summit or conference is an event when its participants are known:
from its name ("the ASEAN Foreign Ministers' Meeting": the ASEAN foreign ministers) when another
event takes place on its sidelines, from "X and Y will hold a summit", or, for the word "summit",
one participant with a place or time ("X is at a summit in Brussels", "Leaving a Brussels summit X
said", "an EU summit in Brussels later in the week", "the G8 summit in Gleneagles in July"); a
bare mention of a named summit ("Rubio is taking part in the East Asia Summit") names no event.

Event types and their CAMEO codes (the RDF layer maps them):

=================  ====================================================================
type               CAMEO
=================  ====================================================================
Meeting            040 consult; 046 negotiate when the trigger is "negotiations"/"talks";
                   044 meet at a third location when the place is in neither
                   participant's country; 043 host a visit when the place is a host's
Call               041 discuss by telephone
Visit              042 make a visit (the visitor), 043 host a visit (the host)
Summit             040 consult (a multilateral meeting; 044 at a third location)
PressConference    010 make statement (public statement to the press)
Statement          010 make statement; joint statements/communiques 040 consult
=================  ====================================================================
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from kb.extract._event_lexicon import event_lexicon
from kb.extract.dates import TimeExpr, find_times, resolve
from kb.extract.entities import EntityIndex, norm_key
from kb.extract.records import Event, Mention, Span, TimeValue
from kb.extract.text import DATELINE, Prepared

_STRICT = False  # tests set this to see errors that find_events would otherwise swallow

CAMEO = {"Meeting": "040", "Call": "041", "Visit": "042", "Summit": "040",
         "PressConference": "010", "Statement": "010"}

# type families for coreference: a "meeting" can be the talks found earlier
_FAMILY = {"Meeting": "meet", "Call": "call", "Visit": "visit", "Summit": "meet",
           "PressConference": "press", "Statement": "statement"}

_TOKEN = re.compile(r"[^\W_](?:[\w\-]|['\u2019](?=[^\W_])|\.(?=[A-Za-z]\.))*\.?|[^\w\s]", re.UNICODE)

_AUX = frozenset("""will would shall should can could may might must do does did is are was were be been being
has have had also then later now still already again just reportedly briefly first finally not never
to scheduled due set expected planning plans plan planned going intends intend intended hopes hope hoped
wants want wanted agreed agree agrees tried try trying sought seek seeks ready able likely unlikely
yesterday today tomorrow jointly separately privately publicly formally officially personally
'll 'd ’ll ’d""".split())
_FUTURE = frozenset("""will shall 'll ’ll scheduled due set expected planning plans plan planned going intends
intend intended hopes hope wants want agreed agree agrees upcoming forthcoming next would""".split())
_PAST = frozenset("""was were had did held met visited spoke talked came followed took made paid gave
began opened started resumed joined attended chaired hosted conducted toured issued""".split())
_LIGHT = frozenset("""hold holds held holding have has had having conduct conducts conducted conducting
begin begins began begun beginning open opens opened opening start starts started starting resume resumes
resumed resuming join joins joined joining attend attends attended attending chair chairs chaired chairing
host hosts hosted hosting pay pays paid paying make makes made making give gives gave given giving
told tell tells telling addressed address addresses addressing
issue issues issued issuing release releases released sign signs signed""".split())
_PRONOUNS = {"he": "sg", "she": "sg", "him": "sg", "her": "sg", "his": "sg",
             "they": "pl", "them": "pl", "their": "pl", "we": "pl", "our": "pl"}
_DET_INDEF = frozenset("a an another".split())
_DET_DEF = frozenset("the this that these those".split())
_CLAUSE_STOP = frozenset("""which who whom whose that where while but as after before since because although
though when if than despite amid whereas whether unless until said says told say tell according""".split())
_NP_WORDS = frozenset("""and the of former new his her their its our counterpart counterparts
mr mrs ms dr sir dame lord lady""".split())
_ROLE = (r"(?:(?:foreign|finance|defence|defense|trade|interior|economy|economic|health|energy|agriculture|"
         r"environment|justice|education|prime|deputy|senior|top|government|military|security)\s+)?"
         r"(?:ministers|leaders|officials|diplomats|delegates|negotiators|envoys|representatives|counterparts|"
         r"lawmakers|delegations|heads\s+of\s+state|heads\s+of\s+government|chiefs|generals|governors|mayors)")
_GROUP = re.compile(r"(?<![\w\-])(?P<aff>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)??)(?:['\u2019]s?)?\s+(?P<role>(?i:" + _ROLE + r"))(?![\w])")
_NAMED_GROUP = re.compile(r"(?P<aff>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)??)\s+(?P<role>(?i:" + _ROLE + r"))['\u2019]?\s+\S")
_ANAPHOR_PAIR = re.compile(
    r"(?i:\b(?:the\s+(?P<n>two|three|four|five|six)|(?P<both>both))\s+(?:officials|leaders|men|women|sides|ministers|"
    r"diplomats|countries|nations|presidents|parties|delegations|governments|top\s+diplomats|foreign\s+ministers|"
    r"heads\s+of\s+state|heads\s+of\s+government|premiers|chancellors|envoys|negotiators)\b"
    r"|\bthe\s+pair\b|\bthe\s+two\b(?!\s+\w+s\b))")
_PAIR_END = re.compile("(?:" + _ANAPHOR_PAIR.pattern + ")$")
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_CAPITAL = re.compile(r"\b(?:the\s+)(?P<dem>[A-Z][\w\-]+)\s+capital\b(?:\s*,\s*(?P<city>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*))?")
_SIDELINES = re.compile(r"(?i:on\s+the\s+(?:sidelines|margins|fringes?)\s+of|at|during|ahead\s+of|before|after|following"
                        r"|in\s+the\s+run-up\s+to)\s+(?:the\s+|a\s+|an\s+)?")
_FOLLOW = re.compile(r"(?i:\b(?:followed|follows|follow|came\s+after|comes\s+after|preceded|precedes)\b)")
_PARTICIPLES = frozenset("held issued released signed published adopted agreed scheduled planned slated set due".split())
_SEGMENT = re.compile(r"(?i:,|;|\b(?:that|what|which|who|whom|where|when|while|as|after|before|because|but|"
                      r"although|though|if|since|until|noting|saying|adding)\b)")
_LEAD_PRONOUN = re.compile(r"\s*[\"'\u201c\u2018]?\s*(?i:(he|she))\b")
_NEGATION = frozenset("""not n't never no refused refuses refuse declined declines decline rejected rejects reject
ruled rules cancelled canceled scrapped without""".split())
_ADVERBS = frozenset("meanwhile however recently also too now then later earlier first finally once again last".split())
_NOMINAL = re.compile(r"\b(?:[Tt]he)\s+(?:(?P<dem>[A-Z][\w.\-]*)\s+)?(?P<title>(?:(?:vice|prime|foreign|deputy|"
                      r"defence|defense|home|finance)\s+)?(?:president|minister|secretary|chancellor|premier|leader|"
                      r"senator|governor|mayor|ambassador|envoy|king|queen)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$")
_NOT_MOD = frozenset("""will would shall should can could may might must do does did is are was were be been being
has have had to not also then said says told""".split())
_WORD = re.compile(r"[^\W\d_][\w\-']*|\d+")
_PRE_SUBJECT = frozenset("""the a an of and or former on in at during after before last this next meanwhile however but so
then also earlier later now that what which who when where while as said says added adding according to""".split())
_TRAILING = re.compile(r"(?:[\s,;:]+|\s+(?i:the|a|an|of|and|just|also|new|round|more|only|up|again|"
                       r"together))$")
_SIDELINES_EVENT = re.compile(r"(?:[A-Z][\w\-.]*\s+){0,5}?(?i:summit|conference|forum|meeting|talks|congress|convention)\b")
_NOT_EVENT_TIME = re.compile(r"(?i:\b(?:since|until|till|by|from|through|before|after|ahead\s+of)\s+(?:the\s+)?)$")
_SENT_PAST = re.compile(r"(?i:\b(?:was|were|had|did|said|told|held|met|ended|took|came|went|gave|spoke|[a-z]{3,}ed)\b)")
_SENT_FUTURE = re.compile(r"(?i:\b(?:will|shall|scheduled|due\s+to|expected\s+to|plans?\s+to|going\s+to|is\s+to|are\s+to)\b)")
_ARRIVED = re.compile(r"(?:(?P<poss>\w['\u2019]s\s+(?:presence|arrival|stay))|\b(?:arrived|arrives|arriving|landed|lands|"
                      r"flew|travelled|traveled|travels|was|is|were|are|remains|remained))\s+(?:in|to|into)\s+(?:the\s+)?")
_MOTION = re.compile(r"\b(?:travel|travels|travelled|traveled|travelling|traveling|fly|flies|flew|flying|go|goes|went|going|"
                     r"head|heads|headed|heading|arrive|arrives|arrived|arriving|return|returns|returned)\s+(?:to|in)\s+(?:the\s+)?")
_WISH = frozenset("""happy willing ready prepared keen open eager hope hopes hoped hoping want wants wanted wanting like
love offered offers offer invited invite invites proposed proposes propose suggested suggests suggest seek seeks sought
seeking try tries tried trying""".split())
_ARRIVAL = re.compile(r"\b(?:arrived|arrives|arriving|landed|lands|flew|travelled|traveled|came|comes|went|goes|is|was|are|were)"
                      r"\s+(?:in|to|into)\s+(?:the\s+)?")
_DEMAND = re.compile(r"(?i:\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for|"
                     r"press(?:es|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|"
                     r"propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing))\s+$)")
_TOLD = frozenset("""told tells tell telling assured assures informed informs warned warns urged urges asked asks
reassured promised promises thanked thanks congratulated congratulates invited invites""".split())
_FRONT_SIDELINES = re.compile(r"\W*(?i:on|at)\s+the\s+(?i:sidelines|margins|fringes?)\s+of\s+(?:the\s+)?")
_EVENT_HEADS = frozenset("summit conference forum meeting talks congress convention dialogue".split())
_GROUP_QUANT = frozenset("""two three four five six seven eight nine ten eleven twelve dozen hundreds thousands
several some many other both all senior top local""".split())
_NOT_GROUP_MOD = frozenset("""a an the this that these those his her their its our my your and or of in on at to for with by
from not no as than about into over after before during between""".split())
_TITLE_SUBJECT = re.compile(r"\W{0,2}(?:The|the)\s+(?P<title>(?:(?:vice|prime|foreign|home|deputy|defence|defense|"
                            r"finance)\s+)?(?:president|minister|secretary|chancellor|premier|leader|senator|governor|"
                            r"mayor|ambassador|envoy|king|queen|pope))\b(?!\s+of\b)")
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december""".split())
_JOIN = frozenset("join joins joined joining accompany accompanies accompanied accompanying".split())
# triggers after which an unnamed group ("five unions", "parents") can be a participant
_GROUP_TRIGGERS = frozenset((
    "meet", "meets", "met", "meeting", "meetings", "talks", "negotiations", "discussions", "consultations",
    "visit", "visits", "visited", "visiting", "trip", "tour", "phone call", "telephone call", "phone calls",
    "telephone calls", "phone conversation", "telephone conversation", "spoke by phone", "spoke by telephone",
    "spoke on the phone", "spoke on the telephone", "summit", "conference"))
# a fronted phrase that sets a scene: "At slums in Nairobi on Wednesday," "On Tuesday," "Later, in Leeds,"
_FRONTED = re.compile(r"\W{0,2}(?:At|In|On|During|Later|Earlier|Afterwards|There|Speaking|Visiting|While)\b[^,;:\"\u201c]{0,80},")
_FRONT_PARTICIPLES = frozenset("leaving attending arriving after following".split())
_BY_AGENT = re.compile(r"(?:\b(?:is|was|are|were|be|been|being)\s+|[,\-\u2013\u2014]\s*)(?:being\s+)?"
                       r"(?:hosted|chaired|organised|organized|attended|convened|led)\s+by\s+")
_ATTEND = re.compile(r"\b(?:(?:due|expected|set|scheduled)\s+to\s+attend|will\s+(?:also\s+)?(?:attend|represent)|"
                     r"(?:is|are)\s+(?:being\s+)?represented\s+by|attending\s+(?:are|will\s+be|include)|"
                     r"among\s+those\s+(?:attending|present|taking\s+part))\b", re.IGNORECASE)
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Baroness|Gen)\.?\s+(?P<sur>[A-Z][a-z][\w\-]*)")
_VENUE_NOUNS = frozenset("""conference summit congress convention headquarters hq home residence office offices
house hotel""".split())
_GOVERNMENT_WORDS = frozenset("government authorities side delegation administration leadership".split())
_OF_BOTH = re.compile(r"\s+of\s+(?:both|the\s+two|the\s+three|all|the)\s+(?:countries|nations|sides|parties|governments|states)\b")
_SINGULAR = {"presidents": "president", "premiers": "premier", "leaders": "leader", "ministers": "minister",
             "governors": "governor", "mayors": "mayor", "monarchs": "monarch", "ambassadors": "ambassador"}
_RESUME = re.compile(r"\s+(?:will\s+|are\s+to\s+|are\s+due\s+to\s+|are\s+expected\s+to\s+)?(?:resume|continue|reconvene)\b", re.IGNORECASE)
_PARA_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    low: str
    mention: Mention | None = None


@dataclass
class _Draft:
    type: str
    status: str
    participants: list[str]
    trigger: Span
    evidence: list[Span]
    time: TimeValue | None = None
    place: str | None = None
    name: str | None = None
    parent: "_Draft | None" = None
    sentence: int = 0
    anchor: "_Draft | None" = None  # the event a relative date was counted from
    explicit_place: bool = False
    order: int = 0


@dataclass
class _Cand:
    """One trigger occurrence, read in its sentence."""

    type: str
    role: str
    start: int
    end: int
    participants: list[str] = field(default_factory=list)
    det: str = ""  # indef, def, poss, ""
    poss_date: bool = False
    np_start: int = 0
    chain_end: int = 0
    time: TimeExpr | None = None
    place: str | None = None
    parent: _Draft | None = None
    parent_place: str | None = None
    destination: bool = False
    tense: str | None = None
    status: str = "held"
    pair_anaphor: bool = False
    unresolved: bool = False  # the subject is a pronoun we could not resolve
    n_subject: int = 0  # how many of the participants are the subject
    form: str = ""  # the trigger words, lower case
    keep: list[str] = field(default_factory=list)  # organisations that take part beside persons
    on_visit: bool = False  # "while on a visit", "during a visit"
    trig_end: int = 0  # where the trigger words end, when one phrase names several events
    places: list[str] = field(default_factory=list)  # more destinations: "visit Thailand and Indonesia"


class _Reader:
    def __init__(self, prep: Prepared, idx: EntityIndex, published: dt.date | None) -> None:
        self.prep = prep
        self.text = prep.text
        self.orig = prep.original
        self.idx = idx
        self.elex = event_lexicon()
        self.lex = idx.lex
        self.pub = published
        # a group "mention" that is an event noun ("the statement" as a source) is not an actor here
        self.mentions = sorted((m for m in idx.mentions if not self._event_noun(m)),
                               key=lambda m: (m.span.start, -m.span.end))
        self.mstarts = [m.span.start for m in self.mentions]
        self.events: list[_Draft] = []
        self.quotes = self._quoted_regions()
        self.dateline_key: str | None = None
        self.subject_start: int | None = None
        self.pending: dict[str, list[tuple[str, str, Span]]] = {}
        self.summit_places: list[str] = []  # places of summits that are not events themselves
        self.merged_here: dict[int, _Draft] = {}  # sentence -> event an anaphor in it referred to
        self.cur_sentence = 0
        self.all_sents = list(prep.sentences)
        self.sent_starts = [x.start for x in self.all_sents]
        self.unnamed: set[str] = set()  # keys of unnamed groups this module found ("five unions")
        self.actors: set[str] = set()  # countries named as acting governments ("the Indian government")
        self.split_groups: dict[str, list[str]] = {}  # "the presidents of A and B": the president of A, of B
        self.unresolved_subject = False  # the last subject np_left read was a pronoun it could not resolve
        self.used_settings: set[int] = set()  # sentences whose fronted time/place an event took
        self.incomplete: tuple[_Cand, int, Span] | None = None  # a meeting still waiting for its people
        self.attending: _Draft | None = None  # the meeting whose people the last sentence listed
        self._add_surnames()
        self.mstarts = [m.span.start for m in self.mentions]

    def _add_surnames(self) -> None:
        """ "Mr Straw" where the index has no mention (inside a quote, say): Jack Straw, when exactly one
        person named before has that surname."""
        by_surname: dict[str, set[str]] = {}
        for key, d in self.idx.drafts.items():
            if d.kind == "Person":
                words = d.name.split() if getattr(d, "name", None) else key.split(":", 1)[-1].split()
                if len(words) >= 2:
                    by_surname.setdefault(words[-1].lower(), set()).add(key)
        starts = [m.span.start for m in self.mentions]
        extra = []
        for m in _HONORIFIC.finditer(self.text):
            a, b = m.start(), m.end("sur")
            i = bisect.bisect_right(starts, a) - 1
            if any(self.mentions[k].span.start <= a < self.mentions[k].span.end or a <= self.mentions[k].span.start < b
                   for k in range(max(0, i - 2), min(len(self.mentions), i + 3))):
                continue
            sur = m.group("sur")
            if sur.lower() in self.lex.titles or sur.lower() in self.lex.nominal_heads or sur in self.lex.demonyms \
                    or sur.lower() in _CALENDAR or sur in self.lex.cities or sur in self.lex.countries:
                continue
            keys = by_surname.get(sur.lower())
            if keys is not None and len(keys) == 1:
                key = next(iter(keys))
                first = min((x.span.start for x in self.mentions if x.entity == key), default=None)
                if first is None or first > a:
                    continue
            elif keys is None and not self.in_quote_text(a):
                # "Lord Falconer", "Mr Morton" that the index does not know: a person of that name, added
                # to the index only if an event uses it
                if b < len(self.text) and re.match(r"\s+[A-Z]", self.text[b:b + 2]):
                    continue  # "Mr John Smith ...": a longer name the index should have read
                key = self.pend("Person", self.text[a:b], Span.of(self.orig, a, b))
            else:
                continue
            extra.append(Mention(span=Span(start=a, end=b, text=self.text[a:b]), entity=key))
        if extra:
            self.mentions = sorted(self.mentions + extra, key=lambda m: (m.span.start, -m.span.end))

    def in_quote_text(self, pos: int) -> bool:
        """Inside a quotation (before the quoted regions are computed): an odd number of quote marks
        earlier in the paragraph."""
        start = max(self.text.rfind("\n", 0, pos), 0)
        seg = self.text[start:pos]
        return (seg.count('"') % 2 == 1) or seg.count("\u201c") > seg.count("\u201d")

    def _event_noun(self, m: Mention) -> bool:
        if not m.entity.startswith("Group:"):
            return False
        words = m.span.text.lower().split()
        return bool(words) and (words[-1] in self.elex.triggers or " ".join(words[-2:]) in self.elex.triggers)

    # -- helpers ------------------------------------------------------------------------
    def span(self, a: int, b: int) -> Span:
        return Span.of(self.orig, a, b)

    def kind(self, key: str) -> str:
        d = self.idx.drafts.get(key)
        return d.kind if d else key.split(":", 1)[0]

    def mention_at(self, pos: int) -> Mention | None:
        i = bisect.bisect_right(self.mstarts, pos) - 1
        best = None
        while i >= 0 and i >= bisect.bisect_right(self.mstarts, pos) - 4:
            m = self.mentions[i]
            if m.span.start <= pos < m.span.end and (best is None or m.span.end - m.span.start > best.span.end - best.span.start):
                best = m
            i -= 1
        return best

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        i = bisect.bisect_left(self.mstarts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].span.start < b:
            m = self.mentions[i]
            if m.span.end <= b:
                out.append(m)
            i += 1
        return out

    def _quoted_regions(self) -> list[tuple[int, int]]:
        out = []
        for para in self.prep.paragraphs:
            t = self.text
            open_at = None
            for i in range(para.start, para.end):
                c = t[i]
                if c == "\u201c":
                    open_at = i
                elif c == "\u201d" and open_at is not None:
                    out.append((open_at, i + 1))
                    open_at = None
                elif c == '"':
                    before = t[i - 1] if i > para.start else " "
                    after = t[i + 1] if i + 1 < para.end else " "
                    opening = (before.isspace() or before in "([\u2014-") and not after.isspace()
                    if open_at is None or (opening and not (after in ".,;:!?")):
                        if opening or open_at is None:
                            open_at = i
                    else:
                        out.append((open_at, i + 1))
                        open_at = None
            if open_at is not None:
                out.append((open_at, para.end))
        return out

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quotes)

    def tokens(self, a: int, b: int) -> list[_Tok]:
        toks = []
        for m in _TOKEN.finditer(self.text, a, b):
            s, e = m.span()
            w = m.group()
            if w.endswith(".") and len(w) > 1 and not re.fullmatch(r"(?:[A-Za-z]\.)+", w):
                e -= 1
                w = w[:-1]
                toks.append(_Tok(s, e, w, w.lower(), self.mention_at(s)))
                toks.append(_Tok(e, e + 1, ".", ".", None))
                continue
            toks.append(_Tok(s, e, w, w.lower(), self.mention_at(s)))
        return toks

    def possessive_after(self, pos: int) -> bool:
        return self.text.startswith(("'s", "\u2019s", "' ", "\u2019 "), pos)

    # -- participants -------------------------------------------------------------------
    def pend(self, kind: str, name: str, span: Span) -> str:
        """The key of an entity this module names (a group, a capital, the dateline place); it is added
        to the index, with this mention, only if an event uses it."""
        key = norm_key(kind, " ".join(name.split()))
        self.pending.setdefault(key, []).append((kind, name, span))
        return key

    def ensure(self, keys: list[str] | tuple[str, ...]) -> None:
        for key in keys:
            for kind, name, span in self.pending.pop(key, []):
                if not any(m.entity == key and m.span.start == span.start and m.span.end == span.end
                           for m in self.idx.mentions[-200:]):
                    self.idx.add(kind, name, span)

    def named_group(self, key: str) -> bool:
        """A group named by affiliation and role ("ASEAN foreign ministers"), not a description ("a spokesman")."""
        d = self.idx.drafts.get(key)
        name = d.name if d else (self.pending[key][0][1] if key in self.pending else key.split(":", 1)[-1])
        m = _GROUP.fullmatch(name)
        return bool(m) and self.idx.affiliation_key(m.group("aff")) is not None

    def select(self, keys: list[str], keep: list[str] | None = None) -> list[str]:
        """Persons if any (titles' countries are affiliations), else the other actors."""
        keys = [k for k in keys if self.kind(k) != "Group" or k in self.unnamed or self.named_group(k)]
        out: list[str] = []
        persons = [k for k in keys if self.kind(k) in ("Person", "Group") or k in (keep or ()) or k in self.actors]
        pool = persons or [k for k in keys if self.kind(k) in ("Country", "Organization", "City")]
        for k in pool:
            if k not in out:
                out.append(k)
        return out

    def resolve_pronoun(self, tok: _Tok, sent: Span) -> list[str]:
        m = self.mention_at(tok.start)
        if m and m.span.start == tok.start:
            return [m.entity]
        kind = _PRONOUNS.get(tok.low)
        if kind == "pl":
            ev = self.recent_event(tok.start, sent, within=2)
            return list(ev.participants) if ev and len(ev.participants) >= 2 else []
        if kind != "sg":
            return []
        key = self.person_before(tok.start, sent, depth=0)
        return [key] if key else []

    def person_before(self, pos: int, sent: Span, depth: int) -> str | None:
        """The person a "he"/"his" at ``pos`` refers to: the subject of its clause or of the
        clause before, or (sentence-initially) the subject of the previous sentence; a pronoun in a
        fronted phrase ("At his press conference, Mr X said") points forward to the subject."""
        if depth > 3:
            return None
        head = self.text[sent.start:pos]
        first = head.split(" ", 1)[0].lower() if head else ""
        comma = self.text.find(",", pos, sent.end)
        if "," not in head and first in ("at", "in", "during", "after", "following", "before", "on") and comma > 0:
            for m in self.mentions_in(comma, sent.end):
                if self.kind(m.entity) == "Person":
                    return m.entity
                break
        # clause segments of the sentence before the pronoun, nearest first
        bounds = [sent.start] + [x.end() for x in _SEGMENT.finditer(self.text, sent.start, pos)]
        for a in reversed(bounds):
            seg_end = pos if a == bounds[-1] else next(b for b in bounds if b > a)
            persons = [m for m in self.mentions_in(a, seg_end)
                       if self.kind(m.entity) == "Person" and not self.in_quote(m.span.start)]
            if persons:
                first = self.head_person(persons)
                return first.entity if self.subject_like(a, persons[0].span.start) else None
            pm = _LEAD_PRONOUN.match(self.text, a, seg_end)
            if pm:
                if a == sent.start:
                    break
                return self.person_before(pm.start(1), sent, depth + 1)
            pos = a if a != bounds[-1] else pos
        nm = _TITLE_SUBJECT.match(self.text, sent.start, pos)
        if nm:  # "The prime minister responds by scheduling his press conference": that person, or no one
            return self.titled_person(nm, sent.start)
        # the subject of an earlier sentence
        si = bisect.bisect_right(self.sent_starts, sent.start) - 2
        for k in range(si, max(si - 3, -1), -1):
            prev = self.all_sents[k]
            persons = [m for m in self.mentions_in(prev.start, prev.end)
                       if self.kind(m.entity) == "Person" and not self.in_quote(m.span.start)]
            nm = _TITLE_SUBJECT.match(self.text, prev.start, prev.end)
            if nm and not (persons and persons[0].span.start < nm.end()):
                # "The prime minister took charge. He also spoke ...": the person of that title
                return self.titled_person(nm, prev.start)
            if persons:
                first = self.head_person(persons)
                return first.entity if self.subject_like(prev.start, persons[0].span.start) else None
            quoted = [m for m in self.mentions_in(prev.start, prev.end) if self.kind(m.entity) == "Person"]
            if quoted and not nm:
                # 'A spokesman said: "Mr X's trip is ..." He will meet Y': the person the quote is about,
                # not a speaker further back
                q0 = max(self.text.rfind(ch, prev.start, quoted[0].span.start) for ch in "\"\u201c\u2018")
                if q0 >= 0 and self.subject_like(q0 + 1, quoted[0].span.start):
                    return self.head_person(quoted).entity
                return None
            pm = _LEAD_PRONOUN.match(self.text, prev.start, prev.end)
            if pm is None:
                continue
            return self.person_before(pm.start(1), prev, depth + 1)
        return None

    def head_person(self, persons: list[Mention]) -> Mention:
        """The person a subject names: "Lib Dem leader Charles Kennedy" is Charles Kennedy, not "Lib Dem"."""
        first = persons[0]
        for nxt in persons[1:3]:
            gap = self.text[first.span.end:nxt.span.start].split()
            if gap and len(gap) <= 3 and all(w.islower() and (w in self.lex.nominal_heads or w in self.lex.titles) for w in gap):
                first = nxt
            else:
                break
        return first

    def titled_person(self, m: re.Match[str] | str, pos: int) -> str | None:
        """The person that "the prime minister" at ``pos`` names: the last person with that title before,
        or else, when no person before has any title of that kind, the most mentioned person so far."""
        title = " ".join((m if isinstance(m, str) else m.group("title")).lower().split())
        if title not in self.lex.nominal_heads and title not in self.lex.titles:
            return None
        counts: dict[str, int] = {}
        best = None
        for mm in self.mentions_in(0, pos):
            d = self.idx.drafts.get(mm.entity)
            if d is None or d.kind != "Person" or self.in_quote(mm.span.start):
                continue
            if any(title == t.lower() or t.lower().endswith(" " + title) for t in d.titles):
                best = mm.entity
            counts[mm.entity] = counts.get(mm.entity, 0) + 1
        if best is not None:
            return best
        if not counts:
            return None
        top = max(counts.values())
        leaders = [k for k, n in counts.items() if n == top]
        second = max((n for n in counts.values() if n < top), default=0)
        if len(leaders) != 1 or top < 2 or second * 2 > top:
            return None  # two people of about equal weight ("Mr Blair" and "Mr Brown"): not a guess
        d = self.idx.drafts.get(leaders[0])
        return leaders[0] if d is not None and not d.titles else None

    def subject_like(self, a: int, b: int) -> bool:
        """Nothing but determiners, titles and adverbials before the name: it is the subject."""
        for m in _WORD.finditer(self.text, a, b):
            w = m.group()
            if w[:1].isupper() or w.isdigit():
                continue
            lw = w.lower()
            if lw in _PRE_SUBJECT or lw in self.lex.titles or lw in self.lex.nominal_heads:
                continue
            return False
        return True

    def pair_participants(self, m: re.Match[str]) -> list[str]:
        """ "the two officials", "both sides", "the four leaders": the people of a recent event."""
        n = _COUNT.get((m.group("n") or "two").lower(), 2)
        for ev in sorted(self.events, key=lambda e: -e.order):
            if self.cur_sentence - ev.sentence > 3:
                break
            if len(ev.participants) == n and not ev.name:
                return list(ev.participants)
        return []

    def recent_event(self, pos: int, sent: Span, within: int = 3) -> _Draft | None:
        if not self.events:
            return None
        ev = max(self.events, key=lambda e: e.order)
        if self.cur_sentence - ev.sentence > within:
            return None
        return ev

    def groups_at(self, a: int, b: int) -> list[tuple[str, int, int]]:
        """Groups named by affiliation and role in text[a:b] ("ASEAN foreign ministers")."""
        out = []
        for m in _GROUP.finditer(self.text, a, b):
            aff = m.group("aff")
            words = aff.split()
            # the affiliation is the last one or two words that name a country, demonym or organisation
            for k in range(len(words)):
                cand = " ".join(words[k:])
                if self.idx.affiliation_key(cand) is not None:
                    s = m.start("aff") + aff.index(words[k]) if k else m.start("aff")
                    name = f"{cand} {' '.join(m.group('role').lower().split())}"
                    key = self.pend("Group", name, self.span(s, m.end("role")))
                    out.append((key, s, m.end("role")))
                    break
        return out

    # -- unnamed groups: "five public sector unions", "senior union figures", "parents and teachers"
    def _group_mod(self, t: _Tok) -> bool:
        """A word that can modify a group noun: a number, an adjective or noun, an affiliation."""
        if t.mention is not None:  # "Suffolk Coastal UKIP members" (read as a name by the recogniser)
            return self.kind(t.mention.entity) in ("Country", "Organization", "City", "Person")
        if t.low in _GROUP_QUANT:
            return True
        if not re.fullmatch(r"[a-z][a-z\-]*|\d+|[A-Z][a-z]+", t.text):
            return False
        if t.low in _AUX or t.low in _CLAUSE_STOP or t.low in _LIGHT or t.low in _DET_INDEF or t.low in _DET_DEF \
                or t.low in _PRONOUNS or t.low in _NOT_GROUP_MOD or t.low in self.elex.triggers:
            return False
        return not (t.low.endswith("ed") and t.low not in ("united",)) and not t.low.endswith("ing")

    def clause_subject(self, toks: list[_Tok], k: int, sent: Span) -> list[str]:
        """The subject of the main clause that toks[k] belongs to: a person at the start of the sentence,
        or a sentence-initial "he"/"she"."""
        for m in self.mentions_in(sent.start, toks[k].start):
            if self.kind(m.entity) == "Person" and self.subject_like(sent.start, m.span.start):
                return [m.entity]
            break
        pm = _LEAD_PRONOUN.match(self.text, sent.start, toks[k].start)
        if pm:
            who = self.person_before(pm.start(1), sent, depth=0)
            return [who] if who else []
        nm = _TITLE_SUBJECT.match(self.text, sent.start, toks[k].start)
        if nm:  # "The prime minister took charge on Tuesday, chairing a meeting"
            who = self.titled_person(nm, sent.start)
            return [who] if who else []
        return []

    def by_agent(self, c: _Cand, toks: list[_Tok], sent: Span) -> list[str]:
        """ "Tuesday's meeting ... is being hosted by X", "the summit - chaired by the prime minister -" """
        m = _BY_AGENT.search(self.text, c.end, min(sent.end, c.end + 80))
        if m is None or any(t.low in (";", ":") or t.low in ("said", "says", "which", "who", "but") for t in toks
                            if c.end <= t.start < m.start()):
            return []
        k = self._skip_to(toks, 0, m.end())
        keys, _ = self.np_right(toks, k, sent)
        keys = [x for x in keys if self.kind(x) in ("Person", "Organization", "Group", "Country")]
        if not keys:
            nm = _TITLE_SUBJECT.match(self.text, m.end(), sent.end)
            who = self.titled_person(nm, m.end()) if nm else None
            keys = [who] if who else []
        return keys

    def attendance(self, sent: Span) -> None:
        """ "Also due to attend are X, Y and Z", "X will represent ...": people of a meeting or summit
        that an earlier sentence named without enough participants."""
        if self.incomplete is None:
            ev = self.attending
            if ev is not None and self.cur_sentence - ev.sentence <= 2 and ev.sentence >= 0 and \
                    _ATTEND.search(self.text, sent.start, sent.end):
                for m in self.mentions_in(sent.start, sent.end):
                    if self.kind(m.entity) == "Person" and not self.in_quote(m.span.start) and m.entity not in ev.participants:
                        ev.participants.append(m.entity)
                ev.evidence.append(self.span(sent.start, sent.end))
                ev.sentence = self.cur_sentence
            return
        c, si0, sent0 = self.incomplete
        if self.cur_sentence - si0 > 4:
            return  # too far for a list of people; a later "the meeting" may still name it
        if not _ATTEND.search(self.text, sent.start, sent.end):
            return
        keys = [m.entity for m in self.mentions_in(sent.start, sent.end)
                if self.kind(m.entity) == "Person" and not self.in_quote(m.span.start)]
        keys += [g for g, _, _ in self.groups_at(sent.start, sent.end)]
        if not keys:
            return
        c2 = replace(c, participants=list(dict.fromkeys(c.participants + keys)))
        self.incomplete = None
        n = len(self.events)
        self._commit(c2, sent0, si0)
        if len(self.events) > n:
            self.events[-1].evidence.append(self.span(sent.start, sent.end))
            self.attending = self.events[-1]
            self.attending.sentence = self.cur_sentence

    def unnamed_group_right(self, toks: list[_Tok], i: int) -> tuple[str | None, int]:
        """An unnamed group starting at toks[i]: ([the|his] mods* HEAD [and mods* HEAD] [of X and Y])."""
        heads = self.elex.group_heads
        j = i
        if j < len(toks) and toks[j].low in ("the", "his", "her", "their", "its", "other", "some", "several", "many"):
            j += 1
        start = j
        end = None
        while j < len(toks) and j - start < 6:
            t = toks[j]
            if t.low in heads and t.mention is None:
                end = j + 1
                if j + 2 < len(toks) and toks[j + 1].low in ("'", "\u2019") and toks[j + 1].start == t.end and \
                        self._group_mod(toks[j + 2]):
                    j += 2  # "supporters' representatives"
                    continue
                if j + 2 < len(toks) and toks[j + 1].low == "and" and (toks[j + 2].low in heads or (
                        j + 3 < len(toks) and toks[j + 3].low in heads and self._group_mod(toks[j + 2]))):
                    j += 2
                    continue
                break
            if not self._group_mod(t):
                return None, i
            j += 1
        if end is None:
            return None, i
        if end + 1 < len(toks) and toks[end].low == "of" and toks[end + 1].low in heads:
            end += 2  # "the emergency committee of ministers"
        # "foreign ministers of both countries", "leaders of the two sides"
        m = _OF_BOTH.match(self.text, toks[end - 1].end) if end < len(toks) and toks[end].low == "of" else None
        if m:
            end = self._skip_to(toks, end, m.end())
        # "the presidents of Sri Lanka and Indonesia": one president each
        if end + 1 < len(toks) and toks[end].low == "of" and toks[end + 1].mention is not None and \
                self.kind(toks[end + 1].mention.entity) in ("Country", "Organization", "City"):
            head_end = end
            places: list[Mention] = []
            k = end + 1
            while k < len(toks) and (toks[k].mention is not None or (toks[k].low == "and" and k + 1 < len(toks)
                                                                      and toks[k + 1].mention is not None)):
                m = toks[k].mention
                if m is not None:
                    places.append(m)
                k += 1
                while m is not None and k < len(toks) and toks[k].start < m.span.end:
                    k += 1
                end = k
            role = toks[head_end - 1].low
            if len(places) > 1 and role in _SINGULAR and head_end - start <= 2:
                title = " ".join([t.low for t in toks[start:head_end - 1]] + [_SINGULAR[role]])
                keys = []
                for m in places:
                    name = f"{title} of {self.idx.drafts[m.entity].name if m.entity in self.idx.drafts else m.span.text}"
                    key = self.pend("Group", name, m.span)
                    self.unnamed.add(key)
                    keys.append(key)
                self.split_groups[keys[0]] = keys
                return keys[0], end
        return self._unnamed_key(toks[start].start, toks[end - 1].end), end

    def unnamed_group_left(self, toks: list[_Tok], j: int) -> str | None:
        """An unnamed group ending at toks[j] ("Five public sector unions", "Parents and teachers")."""
        heads = self.elex.group_heads
        if j < 0 or toks[j].low not in heads or toks[j].mention is not None:
            return None
        k = j - 1
        while k >= 0 and j - k < 6:
            t = toks[k]
            if t.low == "and" and k > 0 and (toks[k - 1].low in heads):
                k -= 2
                continue
            if not self._group_mod(t):
                break
            k -= 1
        return self._unnamed_key(toks[k + 1].start, toks[j].end)

    def _unnamed_key(self, a: int, b: int) -> str:
        words = self.text[a:b].split()
        if words and words[0].lower() in _GROUP_QUANT | self.elex.group_heads | {"senior", "local", "other", "top"}:
            words[0] = words[0].lower()
        key = self.pend("Group", " ".join(words), self.span(a, b))
        self.unnamed.add(key)
        return key

    def np_right(self, toks: list[_Tok], i: int, sent: Span) -> tuple[list[str], int]:
        """Entities of the noun phrase starting at toks[i]; returns (keys, index after it)."""
        if i + 1 < len(toks) and toks[i].low == "then" and toks[i].mention is None and toks[i + 1].text[:1].isupper():
            i += 1  # "met then Home Office Minister Lord Falconer"
        if i >= len(toks):
            return [], i
        rest = self.text[toks[i].start:sent.end]
        pm = _ANAPHOR_PAIR.match(rest)
        if pm:
            end = toks[i].start + pm.end()
            j = i
            while j < len(toks) and toks[j].start < end:
                j += 1
            return self.pair_participants(pm), j
        if toks[i].low in ("them", "him", "her") and toks[i].mention is None:
            return self.resolve_pronoun(toks[i], sent), i + 1
        keys: list[str] = []
        j = i
        group_end = -1
        for key, s, e in self.groups_at(toks[i].start, min(sent.end, toks[i].start + 120)):
            if s == toks[i].start or (s <= toks[min(i + 1, len(toks) - 1)].start and toks[i].low in ("the", "his", "her", "their")):
                keys.append(key)
                group_end = e
            break
        if not keys and toks[i].text[:1].isupper():
            g, j2 = self.unnamed_group_right(toks, i)  # "Suffolk Coastal UKIP members"
            if g is not None:
                keys.append(g)
                j = j2
        while j < len(toks):
            t = toks[j]
            if t.start < group_end:
                j += 1
                continue
            if t.mention is not None:
                if not self.possessive_after(t.mention.span.end):
                    keys.append(t.mention.entity)
                while j < len(toks) and toks[j].start < t.mention.span.end:
                    j += 1
                if j < len(toks) and toks[j].low in ("'s", "\u2019s", "s") and toks[j].start == t.mention.span.end:
                    j += 1
                continue
            if t.text in self.lex.demonyms and j + 1 < len(toks) and toks[j + 1].low in _GOVERNMENT_WORDS:
                key = self.idx.affiliation_key(t.text)  # "the Indian government": India
                if key is not None and key.startswith("Country:"):
                    keys.append(self.pend("Country", self.lex.demonyms[t.text], self.span(t.start, toks[j + 1].end)))
                    self.actors.add(keys[-1])
                    j += 2
                    continue
            if t.text[:1].isupper() and t.low not in ("on", "in", "at", "to", "for", "after", "before"):
                j += 1
                continue
            if t.low in _NP_WORDS or t.low in self.lex.nominal_heads or t.low in self.lex.titles:
                if t.low == "of" and not (j + 1 < len(toks) and toks[j + 1].text[:1].isupper()):
                    break
                j += 1
                continue
            if t.low in ("'s", "\u2019s", "'", "\u2019", "-"):
                j += 1
                continue
            if t.low == "," and j + 1 < len(toks):
                n = toks[j + 1]
                if n.mention is not None or n.low in ("and", "the", "his", "her", "their") or (
                        n.text[:1].isupper() and n.low not in ("on", "in", "at", "to", "for", "who", "which")):
                    j += 1
                    continue
            g, j2 = self.unnamed_group_right(toks, j)
            if g is not None:
                keys.extend(self.split_groups.get(g, [g]))
                j = j2
                continue
            break
        return keys, j

    def np_left(self, toks: list[_Tok], i: int, sent: Span) -> tuple[list[str], bool]:
        """Entities of the subject that ends before toks[i] (auxiliaries skipped).

        Returns (keys, pair_anaphor)."""
        j = i - 1
        while j >= 0 and toks[j].mention is None and (toks[j].low in _AUX or toks[j].low in _ADVERBS or toks[j].low in ("'", "\u2019", ",")
                                                      or (toks[j].low.endswith("ly") and toks[j].text.islower())):
            j -= 1
        if j < 0:
            return [], False
        t = toks[j]
        if t.low == "it" and t.mention is None:
            # "The EU has announced that it will start talks with Croatia": the organisation or country
            for m in self.mentions_in(sent.start, t.start):
                if self.kind(m.entity) in ("Organization", "Country") and self.subject_like(sent.start, m.span.start):
                    return [m.entity], False
                break
            return [], False
        if t.low in _PRONOUNS and t.mention is None:
            keys = self.resolve_pronoun(t, sent)
            self.unresolved_subject = not keys
            return keys, False
        nom = self.nominal_before(t.end, sent)
        if nom:
            return [nom], False
        if t.mention is None and t.text.islower() and t.low in self.lex.nominal_heads and j > 0 and \
                toks[j - 1].mention is not None and self.kind(toks[j - 1].mention.entity) in ("Organization", "Country"):
            # "The Liberal Democrat leader will visit": the party is an affiliation, the leader the subject
            who = self.titled_person(t.low, t.start)
            return ([who] if who else []), False
        head = self.text[max(sent.start, t.start - 60):t.end]
        pm = _PAIR_END.search(head)
        if pm:
            return self.pair_participants(pm), True
        keys: list[str] = []
        seg_has = False
        seg_and = False
        g = self.unnamed_group_left(toks, j)
        if g is None and t.low in ("who", "which", "that") and j > 0:
            g = self.unnamed_group_left(toks, j - 1)  # "Parents and teachers who met Mr Blair"
        if g is not None:
            return [g], False
        while j >= 0:
            t = toks[j]
            if t.mention is not None:
                m = t.mention
                if not self.possessive_after(m.span.end) or self.kind(m.entity) == "Person" and keys:
                    keys.append(m.entity)
                    seg_has = True
                k = j
                while k >= 0 and toks[k].start >= m.span.start:
                    k -= 1
                j = k
                continue
            if t.low == ",":
                if seg_has and not seg_and:
                    break
                seg_has = seg_and = False
                j -= 1
                continue
            if t.low == "and":
                seg_and = True
                j -= 1
                continue
            if t.low in _CLAUSE_STOP or t.low in (";", ":", "\u201c", "\u201d", '"', "(", ")", "\u2014", "\u2013"):
                break
            if t.low in _CALENDAR or t.low in ("on", "in", "at", "last", "next", "this", "yesterday", "today"):
                break  # "On Tuesday Mr Kennedy will visit": the time is not part of the subject
            if t.text[:1].isupper() or t.low in _NP_WORDS or t.low in self.lex.nominal_heads or t.low in self.lex.titles \
                    or t.low in ("'s", "\u2019s", "'", "\u2019", "-", "."):
                j -= 1
                continue
            # "councillors who back Mr Flight met ...": the names were inside a relative clause
            if keys and any(toks[x].low in ("who", "that", "which", "whom") for x in range(max(0, j - 3), j + 1)):
                # the subject is the group before the relative pronoun, if it is one
                x = next(x for x in range(j, max(0, j - 3) - 1, -1) if toks[x].low in ("who", "that", "which", "whom"))
                g = self.unnamed_group_left(toks, x - 1) if toks[x].low in ("who", "that") else None
                return ([g] if g else []), False
            # a lower-case title between "and" and a name: "X and EU foreign policy chief Kaja Kallas met"
            if keys:
                x = j
                while x >= 0 and j - x < 5 and (toks[x].text[:1].isupper() or (
                        toks[x].low.isalpha() and toks[x].low not in _AUX and toks[x].low not in _CLAUSE_STOP
                        and toks[x].low not in _LIGHT and not toks[x].low.endswith("ed"))) and toks[x].low != "and":
                    x -= 1
                if x >= 0 and x < j and toks[x].low == "and":
                    j = x
                    continue
            break
        keys.reverse()
        if keys and j + 1 < len(toks):
            self.subject_start = toks[j + 1].start
        groups = [g for g, s, e in self.groups_at(toks[j + 1].start if j + 1 < len(toks) else toks[i - 1].start,
                                                    toks[i - 1].end + 1)] if i > 0 else []
        return keys + groups, False

    def nominal_before(self, end: int, sent: Span) -> str | None:
        """A person named earlier and referred to by title: "the Pakistani president"."""
        m = _NOMINAL.search(self.text, max(sent.start, end - 80), end)
        if m is None or m.end() != end:
            return None
        title = " ".join(m.group("title").lower().split())
        dem = m.group("dem")
        country = None
        if dem:
            aff = self.idx.affiliation_key(dem)
            if aff is None:
                return None
            country = aff
        best = None
        for mm in self.mentions_in(max(0, end - 4000), m.start()):
            d = self.idx.drafts.get(mm.entity)
            if d is None or d.kind != "Person":
                continue
            if not any(title == t.lower() or t.lower().endswith(" " + title) for t in d.titles):
                continue
            if country and d.affiliation and d.affiliation != country:
                continue
            best = mm.entity
        if best is None and country:
            # "Hamid Karzai ... the Afghan president": the person of that country mentioned most, when
            # no person before has that title
            counts: dict[str, int] = {}
            for mm in self.mentions_in(max(0, end - 4000), m.start()):
                d = self.idx.drafts.get(mm.entity)
                if d is None or d.kind != "Person" or self.in_quote(mm.span.start):
                    continue
                if any(title == t.lower() or t.lower().endswith(" " + title) for t in d.titles):
                    return None
                if d.affiliation == country or re.search(r"\b" + re.escape(dem) + r"\b", self.text[max(0, mm.span.start - 40):mm.span.start]):
                    counts[mm.entity] = counts.get(mm.entity, 0) + 1
            if len(counts) == 1:
                return next(iter(counts))
        return best

    # -- places -------------------------------------------------------------------------
    @staticmethod
    def _venue_tail(toks: list[_Tok], k: int) -> int:
        """After a venue's name: "spring conference", "country residence" (up to two words and a venue noun)."""
        for x in range(k, min(k + 3, len(toks))):
            if toks[x].low in _VENUE_NOUNS:
                return x + 1
            if not re.fullmatch(r"[a-z][a-z\-]*", toks[x].text) or toks[x].low in _NOT_GROUP_MOD or toks[x].low in _AUX:
                break
        return k

    @staticmethod
    def _join_verb(toks: list[_Tok], q: int) -> int | None:
        """The index of "join"/"accompany" whose object ends right before toks[q] ("join Y in a visit")."""
        k = q - 1
        while k >= 0 and q - k <= 6:
            if toks[k].low in _JOIN:
                return k if k < q - 1 else None
            if toks[k].mention is None and not toks[k].text[:1].isupper() and toks[k].low not in ("the", "his", "her", "their"):
                return None
            k -= 1
        return None

    def loose_place(self, toks: list[_Tok], i: int) -> tuple[str | None, int]:
        """A destination the gazetteer does not know: capitalised words after "visit (to)"
        ("Somerset", "Leicester South", "the Golden Temple"), as a Place."""
        j = i
        if j < len(toks) and toks[j].low == "the":
            j += 1
        k = j
        while k < len(toks) and k - j < 4 and re.fullmatch(r"[A-Z][\w\-]*", toks[k].text) and \
                toks[k].low not in self.lex.titles and toks[k].low not in _CALENDAR and toks[k].low not in _PRE_SUBJECT:
            m = toks[k].mention
            if m is not None:
                kd = self.kind(m.entity)
                first = m.span.text.split()[0]
                # a "person" after "the", or one named after a city ("Leicester South"), is a place here
                if kd not in ("Place", "Event") and not (kd == "Person" and (j > i or first in self.lex.cities
                                                                              or first in self.lex.countries)):
                    return None, i
            k += 1
        if k == j or (k < len(toks) and (toks[k].text[:1].isupper() or toks[k].low in ("'s", "\u2019s", "'", "\u2019")
                                          or re.fullmatch(r"[a-z][a-z\-]*", toks[k].text) and toks[k].low not in _NOT_GROUP_MOD
                                          and toks[k].low not in _AUX and toks[k].low not in _CLAUSE_STOP)):
            return None, i  # "the Pakistani community": a modifier, not a place
        if any(t.text in self.lex.demonyms for t in toks[j:k]):
            return None, i
        key = self.pend("Place", " ".join(t.text for t in toks[j:k]), self.span(toks[j].start, toks[k - 1].end))
        return key, k

    def destinations(self, c: _Cand, toks: list[_Tok], j: int) -> int:
        """ "visit Thailand and Indonesia", "visit Aceh in Indonesia, as well as Sri Lanka": the first place
        is ``c.place``, the others go to ``c.places``; returns the index after the list."""
        p, j2 = self.place_at(toks, j)
        if p is None:
            p, j2 = self.loose_place(toks, j)
        if p is None:
            return j
        c.place, c.destination = p, True
        j = j2
        while j < len(toks):
            k = j
            if toks[k].low == "in" and k + 1 < len(toks):  # "Aceh in Indonesia": the region is the place
                q, k2 = self.place_at(toks, k + 1)
                if q is not None:
                    j = k2
                    continue
            if toks[k].low == ",":
                k += 1
            if k + 2 < len(toks) and [t.low for t in toks[k:k + 3]] == ["as", "well", "as"]:
                k += 3
            elif k < len(toks) and toks[k].low == "and":
                k += 1
            elif k == j:
                break
            q, k2 = self.place_at(toks, k)
            if q is None:
                q, k2 = self.loose_place(toks, k)
            if q is None and k > j and toks[k - 1].low == "and" and k < len(toks) and toks[k].low in ("a", "an", "the"):
                # "visit a school in Uganda and a clinic in Zambia": the second site's place
                for x in range(k + 1, min(len(toks) - 1, k + 7)):
                    if toks[x].low == "in":
                        q, k2 = self.place_at(toks, x + 1)
                        break
                    if not re.fullmatch(r"[\w\-'/]+", toks[x].text) or toks[x].low in _AUX or toks[x].low in _CLAUSE_STOP \
                            or toks[x].low in ("and", "or", "to", "for", "with", "on", "at", "by") or \
                            toks[x].mention is not None and self.kind(toks[x].mention.entity) != "Group":
                        break
            if q is None:
                break
            if q != c.place and q not in c.places:
                c.places.append(q)
            j = k2
        return j

    def place_at(self, toks: list[_Tok], i: int) -> tuple[str | None, int]:
        """A place starting at toks[i] ("Kuala Lumpur", "the Malaysian capital", "here")."""
        if i >= len(toks):
            return None, i
        t = toks[i]
        if t.mention is not None and self.kind(t.mention.entity) in ("City", "Country"):
            j = i
            while j < len(toks) and toks[j].start < t.mention.span.end:
                j += 1
            # "in Gateshead, England": the city is the place
            return t.mention.entity, j
        if t.low == "here" and self.dateline_span() is not None:
            return self.dateline(), i + 1
        m = _CAPITAL.match(self.text, t.start)
        if m:
            if m.group("city"):
                mm = self.mention_at(m.start("city"))
                if mm and self.kind(mm.entity) == "City":
                    return mm.entity, self._skip_to(toks, i, m.end())
            country = self.lex.demonyms.get(m.group("dem")) or self.idx.country(m.group("dem"))
            c = self.lex.countries.get(country) if country else None
            if c and c.capital:
                key = self.pend("City", c.capital, self.span(m.start(), m.end()))
                return key, self._skip_to(toks, i, m.end())
        return None, i

    def dateline(self) -> str | None:
        if self.dateline_key:
            return self.dateline_key
        dp = self.dateline_span()
        if dp is None:
            return None
        raw = " ".join(dp.text.split()).title()
        if raw in self.lex.cities:
            name, kind = self.lex.cities[raw].name, "City"
        elif raw in self.lex.countries:
            name, kind = self.lex.countries[raw].name, "Country"
        else:
            name, kind = raw, "City"
        self.dateline_key = self.pend(kind, name, dp)
        return self.dateline_key

    def dateline_span(self) -> Span | None:
        """The place of a wire dateline ("KUALA LUMPUR, July 11 (Reuters) -")."""
        if self.prep.dateline_place is not None:
            return self.prep.dateline_place
        if not hasattr(self, "_dateline"):
            self._dateline = None
            for p in self.prep.paragraphs[:3]:
                if self.prep.headline is not None and p.start == self.prep.headline.start:
                    continue
                m = DATELINE.match(self.text[p.start:p.end])
                if m:
                    self._dateline = self.span(p.start + m.start("place"), p.start + m.end("place"))
                break
        return self._dateline

    @staticmethod
    def _skip_to(toks: list[_Tok], i: int, end: int) -> int:
        while i < len(toks) and toks[i].start < end:
            i += 1
        return i

    # -- the phrase after a trigger -----------------------------------------------------
    def read_chain(self, c: _Cand, toks: list[_Tok], j: int, sent: Span, times: list[TimeExpr]) -> None:
        """Participants, time, place and parent event in the phrases that follow a trigger."""
        n = len(toks)
        steps = 0
        while j < n and steps < 12:
            steps += 1
            t = toks[j]
            tm = next((x for x in times if x.span.start == t.start), None)
            if tm is not None:
                if c.time is None:
                    c.time = tm
                j = self._skip_to(toks, j, tm.span.end)
                continue
            low = t.low
            if low in ("in", "on", "during", "at", "early", "late") and j + 1 < n:
                tm = next((x for x in times if x.span.start == toks[j + 1].start), None)
                if tm is not None:
                    if c.time is None:
                        c.time = tm
                    j = self._skip_to(toks, j + 1, tm.span.end)
                    continue
            if low == "at" and j + 2 < n and toks[j + 1].low == "the" and toks[j + 2].text[:1].isupper() and \
                    not _SIDELINES_EVENT.match(self.text, toks[j + 2].start):
                # a venue: "at the White House", "at the Elysee Palace"
                k = j + 2
                while k < n and (toks[k].text[:1].isupper() or toks[k].low in ("of", "'s", "\u2019s")) and \
                        not any(x.span.start == toks[k].start for x in times):
                    k += 1
                j = self._venue_tail(toks, k)
                continue
            if low == "at" and j + 2 < n and toks[j + 1].mention is not None and self.possessive_after(toks[j + 1].mention.span.end):
                k = self._skip_to(toks, j + 1, toks[j + 1].mention.span.end)
                if k < n and toks[k].low in ("'s", "\u2019s"):
                    k += 1
                if self._venue_tail(toks, k) > k:
                    j = self._venue_tail(toks, k)  # "at Labour's spring conference"
                    continue
            if low in ("with", "between", "by", "and") and c.role != "verb" or low in ("with", "between"):
                if low == "and" and not (j + 1 < n and toks[j + 1].mention is not None and c.participants):
                    break
                keys, j2 = self.np_right(toks, j + 1, sent)
                if not keys:
                    if low == "by":
                        break
                    j = j2 if j2 > j + 1 else j + 1
                    continue
                c.participants.extend(k for k in keys if k not in c.participants)
                j = j2
                continue
            if low == "of" and c.type in ("Meeting", "Summit"):
                keys, j2 = self.np_right(toks, j + 1, sent)
                keys = [k for k in keys if self.kind(k) in ("Organization", "Group")]
                if keys:
                    c.participants.extend(k for k in keys if k not in c.participants)
                    c.keep.extend(keys)  # "a meeting of the Commission for Africa": the body meets
                    j = j2
                    continue
            if low in ("to", "of", "in", "at") and c.type == "Visit" and c.place is None:
                p, j2 = self.place_at(toks, j + 1)
                if p or low == "to":
                    j2 = self.destinations(c, toks, j + 1)
                if c.place is not None:
                    j = j2
                    continue
                if low == "to":
                    keys, j2 = self.np_right(toks, j + 1, sent)
                    keys = [k for k in keys if self.kind(k) == "Person"]
                    if keys:
                        c.participants.extend(k for k in keys if k not in c.participants)
                        c.destination = True
                        j = j2
                        continue
            if low in ("in", "at") or (low == "here"):
                p, j2 = self.place_at(toks, j + 1 if low != "here" else j)
                if p is None and low == "in" and c.place is None and j + 1 < n and toks[j + 1].low != "the":
                    p, j2 = self.loose_place(toks, j + 1)  # "in Gateshead"
                if p:
                    if c.place is None:
                        c.place = p
                    j = j2
                    continue
            if low in ("on", "at", "during", "ahead", "in") and c.parent is None:
                m = _SIDELINES.match(self.text, t.start)
                if m and (low == "on" and "side" in m.group().lower() or "margin" in m.group().lower()
                          or "fringe" in m.group().lower() or low in ("at", "during")):
                    k = self._skip_to(toks, j, m.end())
                    if k < n and self.read_parent(c, toks, k, sent, times):
                        j = self._skip_to(toks, k, c.parent_end)
                        continue
            if low == "," and j + 1 < n:
                nx = toks[j + 1]
                if any(x.span.start == nx.start for x in times) or (
                        nx.low in ("on", "in") and j + 2 < n and any(x.span.start == toks[j + 2].start for x in times)):
                    j += 1  # "in Jeddah, on March 11"
                    continue
                if nx.mention is not None and self.kind(nx.mention.entity) in ("Country", "City") and c.place is not None:
                    k = self._skip_to(toks, j + 1, nx.mention.span.end)
                    if k >= n or toks[k].low in (",", "."):
                        j = k  # "in Jeddah, Saudi Arabia, on March 11"
                        continue
                break
            if low == "on":
                # "on Friday" is read as a time above; "on the sidelines of" as a parent; anything else is a topic
                if j + 1 < n and any(x.span.start == toks[j + 1].start for x in times):
                    j += 1
                    continue
                break
            if low in _PARTICIPLES and j > 0 and toks[j - 1].end <= c.end + 1:
                j += 1
                continue
            if low in ("a", "an", "the", "new", "round", "of", "more", "brief", "first", "second", "private",
                       "bilateral", "formal", "informal", "official", "just", "only", "also", "today", "earlier",
                       "later", "here", "there", "up", "again", "together") or low.endswith("ly"):
                j += 1
                continue
            break
        c.chain_end = toks[j - 1].end if 0 < j <= n else c.end

    def read_parent(self, c: _Cand, toks: list[_Tok], k: int, sent: Span, times: list[TimeExpr]) -> bool:
        """The named event after "on the sidelines of"/"at": a parent event, and its place."""
        t = toks[k]
        m = t.mention
        if m is None and t.low in ("summit", "conference", "forum", "meeting", "gathering") and k > 0 \
                and toks[k - 1].low in ("the", "this"):
            # "on the sidelines of the summit": the summit already found
            prev = [e for e in self.events if e.type == "Summit" or e.name]
            if prev:
                c.parent = max(prev, key=lambda e: e.order)
                c.parent_end, c.parent_place = t.end, c.parent.place
                return True
            if self.summit_places:  # a summit with no participants we know: its place only
                c.parent_end, c.parent_place = t.end, self.summit_places[-1]
                return True
            return False
        named_event = m is not None and (self.kind(m.entity) == "Event" or (
            self.kind(m.entity) == "Organization" and m.span.text.split()[-1].lower() in _EVENT_HEADS))
        if not named_event:
            # lower-case events: "the G8 summit", "an EU meeting" (organisation + event word)
            j = k
            keys: list[str] = []
            while j < len(toks) and j < k + 4 and (toks[j].mention is not None or toks[j].text[:1].isupper()):
                if toks[j].mention is not None and self.kind(toks[j].mention.entity) in ("Organization", "Group"):
                    keys.append(toks[j].mention.entity)
                j += 1
            if j < len(toks) and toks[j].low in ("summit", "conference", "forum", "meeting", "talks") and keys:
                name_span = self.span(t.start, toks[j].end)
                typ = "Summit" if toks[j].low in ("summit", "conference", "forum") else "Meeting"
                end_i = j + 1
                parts = keys
                name = None
            else:
                return False
        else:
            name_span = m.span
            end_i = self._skip_to(toks, k, m.span.end)
            name = self.idx.drafts[m.entity].name if m.entity in self.idx.drafts else m.span.text
            last = name.split()[-1].lower()
            typ = "Summit" if last in ("summit", "conference", "forum", "congress", "convention") else "Meeting"
            parts = []
            g = _NAMED_GROUP.match(self.text, m.span.start, m.span.end)
            if g and self.idx.affiliation_key(g.group("aff")) is not None:
                gname = f"{g.group('aff')} {' '.join(g.group('role').lower().split())}"
                parts = [self.pend("Group", gname, self.span(m.span.start, g.end("role")))]
            else:
                aff = name.split()[0]
                key = self.idx.affiliation_key(aff)
                if key and key.startswith("Organization:") and len(name.split()) == 2:
                    parts = [key]
        # the parent's own place: "in the Malaysian capital", "in Gleneagles"
        place = None
        j = end_i
        if j < len(toks) and toks[j].low in ("in", "at") and j + 1 < len(toks):
            p, j2 = self.place_at(toks, j + 1)
            if p:
                place, j = p, j2
        c.parent_end = toks[j - 1].end
        c.parent_place = place
        existing = None
        for ev in self.events:
            if ev.name and name and norm_key("Event", ev.name) == norm_key("Event", name) or ev.trigger == name_span:
                existing = ev
                break
        if existing is None and parts:
            existing = _Draft(typ, "held", parts, name_span, [self.span(name_span.start, c.parent_end)],
                              place=place, name=name, sentence=self.cur_sentence, explicit_place=place is not None,
                              order=self.next_order())
            self.events.append(existing)
        elif existing is not None and existing.place is None and place:
            existing.place = place
        c.parent = existing
        if existing is None:
            c.parent = None
        return True

    def next_order(self) -> int:
        self._order = getattr(self, "_order", 0) + 1
        return self._order

    # -- sentences ----------------------------------------------------------------------
    def body_sentences(self) -> list[Span]:
        heads = []
        for p in self.prep.paragraphs:
            if not _PARA_END.search(self.text[p.start:p.end]):
                heads.append((p.start, p.end))
        out = []
        for s in self.prep.sentences:
            if self.prep.headline is not None and s.start < self.prep.headline.end and s.end > self.prep.headline.start:
                continue
            if any(a <= s.start < b for a, b in heads):
                continue
            out.append(s)
        return out

    def run(self) -> list[_Draft]:
        triggers = self.elex.triggers
        sents = self.body_sentences()
        self.body = sents
        for si, sent in enumerate(sents):
            self.cur_sentence = si
            try:
                self.attendance(sent)
            except Exception:
                if _STRICT:
                    raise
                self.incomplete = None
            hits = list(self.elex.pattern.finditer(self.text, sent.start, sent.end))
            if not hits:
                continue
            toks = self.tokens(sent.start, sent.end)
            times = [t for t in find_times(self.text, sent.start, sent.end)
                     if not self._time_in_name(t) and (re.search(r"['\u2019]s?$", t.span.text) or
                                                       not _NOT_EVENT_TIME.search(self.text, max(sent.start, t.span.start - 12), t.span.start))]
            prev_end = -1
            for h in hits:
                if h.start() < prev_end:
                    continue
                form = " ".join(h.group().lower().split())
                tr = triggers.get(form)
                if tr is None or self.in_quote(h.start()):
                    continue
                m = self.mention_at(h.start())
                if m is not None:  # a word inside a name ("ASEAN Regional Forum", "East Asia Summit")
                    continue
                # "face-to-face talks": the first trigger only modifies the second
                nxt = self.elex.pattern.match(self.text, h.end() + 1) if self.text[h.end():h.end() + 1] == " " else None
                if nxt is not None and tr.role == "noun":
                    continue
                ti = next((k for k, t in enumerate(toks) if t.start >= h.start()), None)
                te = next((k for k, t in enumerate(toks) if t.start >= h.end()), len(toks))
                if ti is None:
                    continue
                try:
                    self.read_trigger(tr.type, tr.role, form, h.start(), h.end(), toks, ti, te, sent, times, si)
                except Exception:  # one odd sentence must not cost the article its other events
                    if _STRICT:
                        raise
                    continue
                prev_end = h.end()
        return self.events

    def _time_in_name(self, t: TimeExpr) -> bool:
        for m in self.mentions_in(t.span.start - 40, t.span.end + 40):
            if m.span.start < t.span.end and t.span.start < m.span.end and self.kind(m.entity) != "Event":
                return True
        return False

    # -- one trigger --------------------------------------------------------------------
    def read_trigger(self, typ: str, role: str, form: str, a: int, b: int, toks: list[_Tok], ti: int, te: int,
                     sent: Span, times: list[TimeExpr], si: int) -> None:
        c = _Cand(typ, role, a, b, np_start=a, form=form)
        self.unresolved_subject = False
        low_prev = toks[ti - 1].low if ti > 0 else ""
        if role == "noun" and form in ("meeting", "visiting") and low_prev in ("is", "are", "was", "were", "be", "been", "after",
                                                                              "before", "while", "when"):
            role = c.role = "verb"
        if role == "verb" and form in ("visiting", "meeting") and low_prev in ("the", "a", "an", "his", "her", "their"):
            role = c.role = "noun"
        if role == "verb" and form in ("visit", "visits", "tour"):
            k = ti - 1
            while k >= 0 and ti - k <= 4 and re.fullmatch(r"[a-z0-9][a-z0-9\-]*", toks[k].low) and toks[k].low not in _NOT_MOD \
                    and toks[k].low not in _PRONOUNS and toks[k].low not in _CLAUSE_STOP and toks[k].low not in ("it", "i", "you") \
                    and toks[k].low not in _DET_INDEF | _DET_DEF | {"his", "her", "their", "its", "our"}:
                k -= 1
            if k >= 0 and toks[k].low in _DET_INDEF | _DET_DEF | {"his", "her", "their", "its", "our", "'s", "\u2019s"}:
                role = c.role = "noun"
        if role == "verb" and form in ("visit", "visits") and ti > 0 and toks[ti - 1].mention is not None and self.possessive_after(toks[ti - 1].mention.span.end):
            role = c.role = "noun"
        if role == "verb" and form in ("visit", "visits") and ti > 0 and low_prev in ("'s", "\u2019s"):
            role = c.role = "noun"
        if form == "call" and low_prev not in _DET_INDEF | _DET_DEF | {"his", "her", "their", "phone", "telephone", "'s", "\u2019s"} \
                and not (re.match(r"\s+(?:with|between)\s", self.text[b:b + 10])
                         and any(t.low in _DET_INDEF | _DET_DEF | {"his", "her", "their"} for t in toks[max(0, ti - 5):ti])):
            return  # "call" is only an event as a noun with a determiner ("a call with", "the call")
        if form == "conversation" and not re.match(r"\s+with\b", self.text[b:b + 8]) and low_prev not in ("phone", "telephone"):
            role = "anaphor"
        # ---- the noun phrase: determiner, modifiers, possessor
        left_verb = ti  # index of the first token before the noun phrase
        if role in ("noun", "anaphor"):
            k = ti - 1
            steps = 0
            while k >= 0 and steps < 8:
                steps += 1
                t = toks[k]
                if t.low in ('"', "\u201c", "\u201d", "'", "\u2018", "\u2019"):
                    k -= 1  # a 'very good' call
                    continue
                if t.low in _DET_INDEF:
                    c.det = "indef"
                    k -= 1
                    break
                if t.low in _DET_DEF:
                    c.det = "def"
                    k -= 1
                    break
                if t.low in ("his", "her", "their", "its", "our") and t.mention is None:
                    c.det = "poss"
                    c.participants.extend(self.resolve_pronoun(t, sent))
                    k -= 1
                    break
                if t.low in ("'s", "\u2019s", "'", "\u2019") or (t.mention and self.possessive_after(t.mention.span.end)):
                    # "Rubio's visit", "Friday's discussion"
                    q = k - 1 if t.low in ("'s", "\u2019s", "'", "\u2019") else k
                    if q >= 0 and toks[q].mention is not None:
                        ent = toks[q].mention.entity
                        if self.kind(ent) in ("Person", "Country", "Organization", "Group"):
                            c.participants.append(ent)
                        elif self.kind(ent) == "City" and c.place is None:
                            c.place = ent
                        c.det = "poss"
                        k = q - 1
                        while k >= 0 and toks[k].mention is toks[q].mention:
                            k -= 1
                        break
                    tm = next((x for x in times if x.span.start <= toks[q].start < x.span.end), None) if q >= 0 else None
                    if tm is not None:
                        c.time, c.poss_date, c.det = tm, True, "poss"
                        k = q - 1
                        while k >= 0 and toks[k].start >= tm.span.start:
                            k -= 1
                        break
                    break
                tm = next((x for x in times if x.span.start <= t.start < x.span.end), None)
                if tm is not None:  # "his July 3 conversation", "Thursday's meeting"
                    c.time = tm
                    if re.search(r"['\u2019]s?$", tm.span.text):
                        c.poss_date, c.det = True, "poss"
                        k = tm_start_index(toks, tm) - 1
                        break
                    while k >= 0 and toks[k].start >= tm.span.start:
                        k -= 1
                    continue
                if t.mention is not None:
                    ent = t.mention.entity
                    kd = self.kind(ent)
                    if kd == "City" and c.place is None:
                        c.place = ent  # "the Kuala Lumpur talks"
                    elif kd in ("Organization", "Person") and t.mention.span.text.split()[-1].lower() in self.elex.venue_words:
                        if c.place is None:  # "the Downing Street talks": a venue
                            c.place = self.pend("Place", t.mention.span.text, t.mention.span)
                    elif kd in ("Country", "Organization", "Group"):
                        c.participants.append(ent)  # "the US-China talks"
                    while k >= 0 and toks[k].mention is t.mention:
                        k -= 1
                    continue
                if typ == "Summit" and t.mention is None and re.fullmatch(r"[A-Z][A-Z0-9\-]{1,6}", t.text) and \
                        re.search(r"\d", t.text):
                    c.participants.append(self.pend("Organization", t.text, self.span(t.start, t.end)))  # "the G8 summit"
                    k -= 1
                    continue
                if t.low == "of" and k > 0 and toks[k - 1].low in ("round", "rounds", "series", "days", "hours", "weeks",
                                                                   "day", "week", "set", "couple"):
                    k -= 1
                    continue
                if re.fullmatch(r"[a-z0-9][a-z0-9\-]*", t.low) and t.low not in _LIGHT and t.low not in _NOT_MOD \
                        and t.low not in _CLAUSE_STOP and t.low not in ("in", "on", "at", "to", "for", "with", "by", "from",
                                                                        "of", "and", "or", "into", "during", "about", "over"):
                    k -= 1
                    continue
                break
            left_verb = k + 1
            c.np_start = toks[left_verb].start if left_verb < len(toks) else a
        # ---- the verb group before the trigger (verbs) or before the noun phrase (light verbs)
        vg_words: list[str] = []
        subject_keys: list[str] = []
        k = left_verb - 1
        if role == "verb":
            while k >= 0 and toks[k].low in _AUX and toks[k].mention is None:
                vg_words.append(toks[k].low)
                k -= 1
            self.subject_start = None
            subject_keys, c.pair_anaphor = self.np_left(toks, ti, sent)
            if form.endswith("ing") and subject_keys and all(self.kind(k) in ("City", "Country", "Place") for k in subject_keys) \
                    and ti > 1 and toks[ti - 1].mention is not None:
                subject_keys = []
                for m in self.mentions_in(sent.start, toks[ti - 1].start):
                    if self.kind(m.entity) == "Person" and self.subject_like(sent.start, m.span.start):
                        subject_keys = [m.entity]
                    break
            if subject_keys and self.subject_start is not None and self.subject_start < c.np_start:
                c.np_start = self.subject_start
            if not subject_keys and ti > 1 and toks[ti - 1].low == "to" and toks[ti - 2].low not in _AUX:
                # "X will travel to Beijing next week to meet Y": the subject and tense of the main clause
                for m in self.mentions_in(sent.start, toks[ti - 1].start):
                    if self.kind(m.entity) == "Person" and self.subject_like(sent.start, m.span.start):
                        subject_keys = [m.entity]
                    break
                head = self.text[sent.start:toks[ti - 1].start]
                if _SENT_FUTURE.search(head):
                    vg_words.append("will")
                mv = _MOTION.search(self.text, sent.start, toks[ti - 1].start)
                if mv:
                    pm = self.mention_at(mv.end())
                    if pm is not None and self.kind(pm.entity) in ("City", "Country"):
                        c.place = pm.entity
            if not subject_keys and ti > 0 and toks[ti - 1].low in ("before", "after", "while", "when", "since") and \
                    ti - 1 == 0 and form.endswith("ing"):
                # "Before visiting Israel, Mr Blair made ..."
                comma = next((x for x in range(te, len(toks)) if toks[x].low == ","), None)
                if comma is not None and comma + 1 < len(toks):
                    subject_keys, _ = self.np_right(toks, comma + 1, sent)
                    subject_keys = [k for k in subject_keys if self.kind(k) == "Person"][:1]
            vg_words.append(form.split()[0])
        elif role == "noun" and k >= 0:
            q = k
            while q >= 0 and toks[q].low in ("also", "just", "briefly", "then", "later", "now", "jointly", "first", "finally"):
                q -= 1
            light = toks[q].low if q >= 0 else ""
            if light in _LIGHT or (light in ("in", "into") and q > 0 and toks[q - 1].low in ("locked", "been", "is", "are", "was",
                                                                                            "were", "entered", "enter", "engaged", "part")) \
                    or (light in ("on", "upon") and q > 0 and toks[q - 1].low in ("embarked", "embark", "embarks", "went", "go", "goes",
                                                                                 "set", "sets")) \
                    or (light == "at" and typ == "Summit" and q > 0 and toks[q - 1].low in ("is", "was", "are", "were", "been")) \
                    or (light == "for" and q > 0 and toks[q - 1].low in ("arrived", "arrives", "arrive", "flew", "travelled",
                                                                        "traveled", "went", "met", "meet", "came", "come")):
                vg_words.append(light)
                r = q - 1
                subj_at = q
                if light in ("in", "into", "on", "upon", "for") and r >= 0 and toks[r].low not in _AUX:
                    vg_words.append(toks[r].low)  # "has been locked in talks", "embarked on a tour"
                    subj_at = r
                    r -= 1
                    if toks[subj_at].low == "part" and r >= 0 and toks[r].low in ("take", "takes", "took", "taking", "taken"):
                        vg_words.append(toks[r].low)  # "is due to take part in talks"
                        subj_at = r
                        r -= 1
                while r >= 0 and toks[r].low in _AUX and toks[r].mention is None:
                    vg_words.append(toks[r].low)
                    r -= 1
                subject_keys, c.pair_anaphor = self.np_left(toks, subj_at, sent)
                if not subject_keys and light.endswith("ing") and q > 0 and toks[q - 1].low in ("before", "after", "while", "when", ","):
                    subject_keys = self.clause_subject(toks, q - 1, sent)  # "He will see X before chairing a meeting"
                    if _SENT_FUTURE.search(self.text, sent.start, toks[q - 1].start):
                        vg_words.append("will")
            elif light in ("at", "to", "during", "after", "following") and q > 1 and \
                    toks[q - 1].low in ("speaking", "addressing", "talking", "told", "telling", "appearing") and toks[q - 2].low == ",":
                # "Mr Straw, speaking at a joint news conference with ..., stressed"
                subject_keys, _ = self.np_left(toks, q - 1, sent)
            elif light == "for" and c.det in ("indef", "") and typ in ("Visit", "Meeting", "Summit") and \
                    _ARRIVAL.search(self.text, sent.start, toks[q].start):
                # "Modi arrived in Washington on Wednesday for a two-day visit", "X is in Beijing for talks with Y"
                mv = _ARRIVAL.search(self.text, sent.start, toks[q].start)
                pm = self.mention_at(mv.end())
                if pm is not None and self.kind(pm.entity) in ("City", "Country"):
                    c.place, c.destination = pm.entity, True
                    for m in self.mentions_in(sent.start, mv.start()):
                        if self.kind(m.entity) == "Person" and self.subject_like(sent.start, m.span.start):
                            subject_keys = [m.entity]
                        break
            elif light in ("in", "during", "over") and typ in ("Call", "Meeting") and c.det in ("indef", "") and q > 1:
                # "Putin told Trump in a phone call that ...": the speaker and the one spoken to
                obj, _ = self.np_left(toks, q, sent)
                p = q - 1
                while p >= 0 and (toks[p].mention is not None or toks[p].text[:1].isupper()
                                  or toks[p].low in self.lex.titles or toks[p].low in _NP_WORDS):
                    p -= 1
                if obj and p > 0 and toks[p].low in _TOLD:
                    subj, _ = self.np_left(toks, p, sent)
                    if subj:
                        subject_keys = subj + [k for k in obj if k not in subj]
            elif light in ("in", "on", "for") and typ in ("Visit", "Meeting") and c.det == "indef" and q > 1 and \
                    self._join_verb(toks, q) is not None:
                # "X is to join Y in a visit to Sheffield": X and the one joined
                jv = self._join_verb(toks, q)
                obj, _ = self.np_right(toks, jv + 1, sent)
                subj, _ = self.np_left(toks, jv, sent)
                subject_keys = subj + [k for k in obj if k not in subj and self.kind(k) in ("Person", "Group")]
                r = jv - 1
                vg_words.append(toks[jv].low)
                while r >= 0 and toks[r].low in _AUX and toks[r].mention is None:
                    vg_words.append(toks[r].low)  # "is to join": planned
                    r -= 1
            elif light in ("during", "on") and typ == "Visit" and c.det == "indef":
                # "X has said during a visit to Britain": the subject of the clause is the visitor
                for m in self.mentions_in(sent.start, toks[q].start):
                    if self.kind(m.entity) == "Person" and self.subject_like(sent.start, m.span.start):
                        subject_keys = [m.entity]
                    break
                c.on_visit = True
            elif left_verb == 1 and toks[0].low in _FRONT_PARTICIPLES and typ in ("Summit", "Meeting", "Visit"):
                # "Leaving a Brussels summit Mr Blair said": the person right after the phrase
                for x in range(te, min(len(toks), te + 4)):
                    if toks[x].mention is not None and self.kind(toks[x].mention.entity) == "Person":
                        subject_keys = [toks[x].mention.entity]
                        break
                    if toks[x].low == "," or toks[x].text[:1].isupper() or toks[x].low in ("in", "at"):
                        continue
                    break
            elif ti > 0 or left_verb > 0:
                # a fronted phrase: "In a joint communique issued on Friday, ASEAN foreign ministers said"
                first = toks[0].low
                with_phrase = re.match(r"\s+(?:with|between)\s", self.text[b:b + 10]) is not None
                if (first in ("in", "at", "during", "speaking", "within") or first in ("after", "following") and with_phrase) and \
                        not any(t.low == "," for t in toks[:left_verb]):
                    comma = next((x for x in range(te, len(toks)) if toks[x].low == ","), None)
                    if comma is not None and comma + 1 < len(toks):
                        keys, _ = self.np_right(toks, comma + 1, sent)
                        subject_keys = keys
        # verbs after a nominal trigger: "could take place", "will be held", "issued"
        after = [t.low for t in toks[te:te + 5]]
        c.tense, c.status = self.tense(vg_words, after, role)
        if role == "noun" and c.status == "held":
            self.noun_status(c, a, b, sent)
        lead = left_verb if role != "verb" else ti
        if role in ("noun", "anaphor") and _DEMAND.search(self.text, max(sent.start, c.np_start - 40), c.np_start):
            return  # "called for talks between X and Y", "urged a meeting": asked for, not an event
        if lead > 1 and toks[lead - 1].low == "to" and toks[lead - 2].low in _WISH or \
                lead > 2 and toks[lead - 2].low == "to" and toks[lead - 3].low in _WISH:
            c.tense, c.status = None, "hypothetical"  # "would be happy to meet", "wants to hold talks"
        if self.negated(toks, left_verb if role != "verb" else ti, te):
            return
        # ---- participants and the phrases after the trigger
        c.unresolved = self.unresolved_subject
        c.n_subject = len(subject_keys)
        if subject_keys:
            c.participants = subject_keys + [p for p in c.participants if p not in subject_keys]
        j = te
        if role == "verb":
            while j < len(toks) and toks[j].low in ("with", "up", "again", "privately", "briefly", "separately"):
                if toks[j].low == "with":
                    break
                j += 1
            if typ == "Call" and j < len(toks) and toks[j].low in ("to", "with"):
                keys, j2 = self.np_right(toks, j + 1, sent)
                c.participants.extend(k for k in keys if k not in c.participants)
                j = j2
            elif j < len(toks) and toks[j].low not in ("with", "in", "on", "at", "to", "for", "during", "last", "this", "next"):
                if typ == "Visit":
                    j2 = self.destinations(c, toks, j)
                    if j2 > j:
                        j = j2
                    else:
                        # "visiting constituencies in Somerset": a plain object, then the place
                        k = j + 1 if j < len(toks) and toks[j].low in ("the", "a", "an", "his", "her", "their") else j
                        k0 = k
                        while k < len(toks) and k - k0 < 6 and (re.fullmatch(r"[a-z][a-z\-]*(?:['\u2019]s)?", toks[k].text) or (
                                toks[k].text in self.lex.demonyms) or (toks[k].text == "/" and k > k0) or (
                                (toks[k].mention is None or k + 1 < len(toks) and toks[k + 1].text == "/")
                                and re.fullmatch(r"[A-Z][A-Za-z]*", toks[k].text)
                                and (k == k0 > j or toks[k - 1].text == "/"))) and \
                                toks[k].low not in _NOT_GROUP_MOD and toks[k].low not in _AUX and toks[k].low not in _CLAUSE_STOP:
                            k += 1
                        if k0 < k < len(toks) - 1 and toks[k].low == "of" and toks[k + 1].mention is not None and \
                                self.kind(toks[k + 1].mention.entity) == "Person":
                            k = self._skip_to(toks, k + 1, toks[k + 1].mention.span.end)  # "the tomb of Yasser Arafat"
                        if k0 < k < len(toks) and toks[k].low == "in" and (toks[k - 1].low.endswith("s") or k0 > j):
                            j2 = self.destinations(c, toks, k + 1)
                            if j2 > k + 1:
                                j = j2
                    if c.place is None:
                        keys, j2 = self.np_right(toks, j, sent)
                        persons = [k for k in keys if self.kind(k) == "Person"]
                        places = [k for k in keys if self.kind(k) in ("City", "Country")]
                        if persons:
                            c.participants.extend(p for p in persons if p not in c.participants)
                            c.destination = True
                        elif places:
                            c.place, c.destination = places[0], True
                        j = j2
                else:
                    keys, j2 = self.np_right(toks, j, sent)
                    c.participants.extend(k for k in keys if k not in c.participants)
                    j = j2
        self.read_chain(c, toks, j, sent, times)
        if c.on_visit and not c.destination:
            # "X sailed across the lake in Bromsgrove, while on a visit with Y": the place of the clause
            for x in range(ti - 1, 0, -1):
                if toks[x].low in (";", ":") or (toks[x].low in _CLAUSE_STOP and toks[x].low not in ("while", "during")):
                    break
                if toks[x].low == "in":
                    p, _ = self.place_at(toks, x + 1)
                    if p is None and toks[x + 1].low != "the":
                        p, _ = self.loose_place(toks, x + 1)
                    if p is not None:
                        c.place, c.destination = p, True
                    break
        if role == "noun" and typ in ("Meeting", "Summit", "PressConference"):
            c.participants.extend(k for k in self.by_agent(c, toks, sent) if k not in c.participants)
        if c.parent is None and c.parent_place is None:
            fm = _FRONT_SIDELINES.match(self.text, sent.start, c.np_start)
            if fm:  # "On the sidelines of the summit, Xi met Albanese"
                k = self._skip_to(toks, 0, fm.end())
                if k < len(toks):
                    self.read_parent(c, toks, k, sent, times)
        # a time later in the same clause: "Talks between X and Y on trade stalled in October 2024"
        if c.time is None and role != "anaphor":
            for x in times:
                if x.span.start < c.chain_end:
                    continue
                between = [t for t in toks if c.chain_end <= t.start < x.span.start]
                if len(between) <= 8 and not any(t.low in _CLAUSE_STOP or t.low in (",", ";", ":", "\u2014", "\u2013", "and")
                                                 or (t.mention is not None and self.kind(t.mention.entity) == "Person"
                                                     and not self.possessive_after(t.mention.span.end))
                                                 or t.low in self.elex.triggers for t in between):
                    c.time = x
                break
        # the event noun is the subject and the sentence has one time: "Two days of talks on X begin at Y on Wednesday"
        if c.time is None and role == "noun" and toks and c.np_start == toks[0].start and \
                len([x for x in times if x.span.start >= c.end]) == 1 and not any(x.span.start < c.end for x in times):
            x = next(x for x in times if x.span.start >= c.end)
            if not any(t.low in (";", ":") or t.low in self.elex.triggers and t.start > c.end
                       for t in toks if c.end <= t.start < x.span.start):
                c.time = x
        if c.time is None and toks:
            for x in times:
                if x.span.end > c.np_start:
                    break
                between = [t for t in toks if x.span.end <= t.start < c.np_start]
                if any(t.low in _CLAUSE_STOP for t in between):
                    continue
                head = [t for t in toks if t.start < x.span.start]
                fronted = len(head) <= 1 and all(t.low in ("on", "last", "earlier", "later", "by", "in") for t in head)
                if fronted or len(between) <= 3:
                    c.time = x
        # "travel to Moscow on Wednesday, where he will meet ...": the place the clause is about
        if c.place is None:
            w = self.text.rfind(", where ", sent.start, c.np_start)
            if w >= 0 and not any((t.low in _CLAUSE_STOP and t.low != "where") or t.low in (",", ";", ":")
                                  for t in toks if w < t.start < c.np_start):
                for m in reversed(self.mentions_in(sent.start, w)):
                    if self.kind(m.entity) in ("City", "Country"):
                        c.place = m.entity
                        if c.time is None:  # "to Moscow on Wednesday, where he will meet"
                            c.time = next((x for x in reversed(times) if m.span.end <= x.span.start < w), None)
                    break
        # a fronted place: "In Kuala Lumpur, ..."
        if c.place is None and toks and toks[0].low in ("in", "at") and c.np_start > toks[0].end:
            p, j2 = self.place_at(toks, 1)
            if p and j2 < len(toks) and toks[j2].low == ",":
                c.place = p
        self.commit(c, sent, si)

    def negated(self, toks: list[_Tok], i: int, te: int) -> bool:
        """ "will not hold", "no plans to meet", "refused to meet", "talks were cancelled" """
        k = i - 1
        steps = 0
        while k >= 0 and steps < 10:
            t = toks[k]
            if t.low in _NEGATION:
                return True
            if t.low in _CLAUSE_STOP or t.low in (",", ";", ":"):
                break
            k -= 1
            steps += 1
        tail = " ".join(t.low for t in toks[te:te + 5])
        return bool(re.match(r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:cancell?ed|called\s+off|"
                             r"postponed|scrapped|did\s+not|didn't|never)\b", tail))

    def noun_status(self, c: _Cand, a: int, b: int, sent: Span) -> None:
        """The wording around an event noun: "could call a meeting" (hypothetical), "next week's summit",
        "a meeting of X will be held", "the summit begins on 16 December" (planned)."""
        pre = self.text[max(sent.start, a - 60):a]
        if re.search(r"\b(?:could|may|might)\s+(?:\w+\s+){1,2}(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}$", pre):
            c.tense, c.status = None, "hypothetical"
            return
        if re.search(r"(?i:\b(?:next|coming)\s+(?:week|month|year|weekend)['\u2019]s\s+(?:[\w\-]+\s+){0,4}$)", pre):
            c.tense, c.status = "future", "planned"
            return
        post = self.text[b:min(sent.end, b + 100)]
        post = re.split(r"[,;:()\"\u201c]|\b(?:which|who|that|where|when|said|says|after|before|because|but)\b", post, 1)[0]
        if re.search(r"\b(?:will|is\s+due|are\s+due|is\s+to\s+be|are\s+to\s+be|is\s+scheduled|are\s+scheduled|"
                     r"is\s+expected|are\s+expected|to\s+be\s+held|begins|starts|opens)\b", post) and \
                not re.search(r"\b(?:was|were|had|has|have|began|started|opened|ended)\b", post):
            c.tense, c.status = "future", "planned"

    def tense(self, vg: list[str], after: list[str], role: str) -> tuple[str | None, str]:
        words = set(vg)
        tail = " ".join(after)
        if words & {"could", "may", "might"} or re.match(r"(?:could|may|might)\b", tail):
            return None, "hypothetical"
        if re.match(r"(?:could|may|might|would)\s+(?:take\s+place|be\s+held|happen|go\s+ahead|come)", tail):
            return None, "hypothetical"
        if "to" in words and words & {"is", "are", "am"}:
            return "future", "planned"  # "England are to meet Italy"
        if words & _FUTURE or re.match(r"(?:will|is\s+due|are\s+due|is\s+scheduled|are\s+scheduled|is\s+expected|are\s+expected|is\s+set|are\s+set)\b", tail):
            return "future", "planned"
        if words & _PAST or any(w.endswith("ed") for w in vg if w not in ("scheduled", "planned", "expected", "intended")):
            return "past", "held"
        if re.match(r"(?:was|were|had|took|followed|issued|ended|went)\b", tail):
            return "past", "held"
        return None, "held"

    # -- building events ----------------------------------------------------------------
    def resolve_time(self, c: _Cand) -> tuple[TimeValue | None, _Draft | None]:
        if c.time is None:
            return None, None
        anchor_ev = None
        anchor = None
        if c.time.anaphoric:
            dated = [e for e in self.events if e.time is not None and e.time.value]
            if dated:
                anchor_ev = max(dated, key=lambda e: e.order)
                anchor = anchor_ev.time
        tv = resolve(c.time, self.pub, c.tense, anchor)
        return tv, anchor_ev

    def commit(self, c: _Cand, sent: Span, si: int) -> None:
        """One event per destination ("visit Thailand and Indonesia") and per person called
        ("spoke by phone to X, and the presidents of Y and Z": separate calls)."""
        # each event gets its own trigger words ("visit Thailand", "visit Thailand and Indonesia"), so that
        # undated events, whose identity is their trigger, stay apart
        if c.places:
            for k, p in enumerate([c.place, *c.places]):
                end = self.end_of(p, c.end, sent.end) if k else c.end
                self._commit(replace(c, place=p, places=[], participants=list(c.participants), trig_end=end), sent, si)
            return
        if c.type == "Call" and c.role == "verb" and c.n_subject == 1 and len(c.participants) > 2:
            subj = c.participants[0]
            for k, o in enumerate(c.participants[1:]):
                end = self.end_of(o, c.end, sent.end) if k else c.end
                self._commit(replace(c, participants=[subj, o], trig_end=end), sent, si)
            return
        self._commit(c, sent, si)

    def end_of(self, key: str, a: int, b: int) -> int:
        """Where the first mention of ``key`` in text[a:b] ends (``a`` if there is none)."""
        for m in self.mentions_in(a, b):
            if m.entity == key:
                return m.span.end
        for _, _, span in self.pending.get(key, []):
            if a <= span.start and span.end <= b:
                return span.end
        return a

    def _commit(self, c: _Cand, sent: Span, si: int) -> None:
        if c.tense is None and c.status == "held" and c.role != "anaphor" and c.time is not None and c.time.kind == "wd":
            # "announcements made after a meeting ... on Wednesday": the tense of the sentence
            past = _SENT_PAST.search(self.text, sent.start, sent.end)
            future = _SENT_FUTURE.search(self.text, sent.start, sent.end)
            if past and not future:
                c.tense = "past"
            elif future and not past:
                c.tense = "future"
        if c.time is not None and c.status == "held" and c.tense is None and \
                re.search(r"(?i:\blater\s+(?:on|in|this)\s+)$", self.text[max(0, c.time.span.start - 20):c.time.span.start]):
            c.tense = "future"  # "talks begin later on Wednesday": still to come
        tv, anchor_ev = self.resolve_time(c)
        if tv is not None and c.status == "held" and _after(tv, self.pub):
            c.status = "planned"  # a date after publication: not held yet
        if c.time is not None and c.status == "held" and c.tense is None and \
                re.match(r"(?i:later|next|the\s+coming|coming)\b", c.time.span.text):
            c.status = "planned"  # "a summit in Brussels later in the week"
        if c.type == "Summit" and c.place is not None:
            self.summit_places.append(c.place)
        parts = self.select(c.participants, c.keep)
        if not parts and c.type == "Meeting" and c.role == "noun" and tv is not None and tv.value and \
                _RESUME.match(self.text, c.end, min(sent.end, c.end + 40)):
            # "Discussions will resume next week": the people of the talks just told, another round
            recent = [e for e in self.events if e.type == "Meeting" and not e.name and si - e.sentence <= 3
                      and (e.time is None or e.time.value != tv.value)]
            if recent:
                prev = max(recent, key=lambda e: e.order)
                parts = list(prev.participants)
                c.det = "indef"
        floor = c.end
        if c.time is not None and c.start <= c.time.span.start and c.time.span.end <= max(c.chain_end, c.end):
            floor = max(floor, c.time.span.end)
        evid = self.evidence_span(min(c.np_start, c.start), max(c.chain_end, c.end), floor)
        # an explicit place on a dated anaphor still only adds evidence
        if not parts or c.role == "anaphor":
            ante = None
            if c.det in ("def", "poss") or c.role == "anaphor" or c.poss_date:
                ante = self.antecedent(c.type, tv, parts, sent)
                if ante is not None:
                    self.add_evidence(ante, evid, tv, c)
            if ante is None:
                self.wait_for_people(c, si, sent)
            return
        if c.type == "Visit" and not c.destination and c.det not in ("def", "poss"):
            return  # "visited the tomb": no destination we know, and no visit to refer back to
        # one event, one node: the same participants and a compatible date
        for ev in sorted(self.events, key=lambda e: -e.order):
            if ev.type != c.type or ev.name:
                continue
            if not (set(parts) <= set(ev.participants) or set(ev.participants) <= set(parts) or self.same_group(parts, ev.participants)):
                continue
            if tv is not None and tv.value and ev.time is not None and ev.time.value and tv.value != ev.time.value:
                continue
            if c.det == "indef" and tv is not None and tv.value and (ev.time is None or not ev.time.value):
                continue
            if len(parts) < 2 and c.det not in ("def", "poss") and set(parts) != set(ev.participants):
                continue
            if c.place is not None and ev.place is not None and c.place != ev.place and (ev.explicit_place or c.destination):
                continue  # another place, another event
            if c.det == "indef" and self.merged_here.get(si) is ev and _FOLLOW.search(self.text, sent.start, c.start):
                continue  # "The brief exchange followed a longer session": another event
            if c.det == "indef" and re.search(r"\b(?:another|new|second|third|next|further|fresh)\b",
                                              self.text[c.np_start:c.start], re.IGNORECASE):
                continue
            for p in parts:
                if p not in ev.participants and not (p in self.unnamed and any(q in self.unnamed for q in ev.participants)):
                    ev.participants.append(p)
            self.add_evidence(ev, evid, tv, c)
            return
        if not self.enough(c.type, parts, c):
            self.wait_for_people(c, si, sent)
            return
        place = c.place
        explicit = place is not None
        if place is None and c.parent is not None:
            place = c.parent.place
        if place is None and c.parent_place:
            place = c.parent_place
        if place is None and anchor_ev is not None and anchor_ev.place and set(parts) & set(anchor_ev.participants):
            place = anchor_ev.place  # a follow-up counted from an earlier event in the same place
        prior = self.merged_here.get(si)
        if place is None and prior is not None and prior.place and set(parts) & set(prior.participants) \
                and _FOLLOW.search(self.text, sent.start, c.start):
            place = prior.place  # "The brief exchange followed a longer session ...": the same place
        ev = _Draft(c.type, c.status, parts, self.span(c.start, max(c.end, c.trig_end)), [evid], time=tv, place=place,
                    parent=c.parent, sentence=si, anchor=anchor_ev, explicit_place=explicit, order=self.next_order())
        self.events.append(ev)
        if self.incomplete is not None and self.incomplete[1] < si:
            # "Talks ... will take place this weekend. Five unions will hold talks with X": one event
            c0, si0, _ = self.incomplete
            if si - si0 <= 1 and _FAMILY.get(c0.type) == _FAMILY.get(c.type) and (c0.status == c.status or c0.tense is None):
                tv0, _ = self.resolve_time(c0)
                if ev.time is None and tv0 is not None and tv0.value:
                    ev.time = tv0
                if ev.place is None and c0.place is not None:
                    ev.place = c0.place
                ev.evidence.append(self.span(c0.np_start, max(c0.chain_end, c0.end)))
                self.incomplete = None

    def same_group(self, a: list[str], b: list[str]) -> bool:
        """The same named people and an unnamed group with the same head noun ("five public sector unions",
        "the five unions"): one event told twice."""
        named_a = {k for k in a if k not in self.unnamed}
        named_b = {k for k in b if k not in self.unnamed}
        gh = self.elex.group_heads
        heads_a = {w for k in a if k in self.unnamed for w in k.split(":", 1)[-1].split() if w in gh}
        heads_b = {w for k in b if k in self.unnamed for w in k.split(":", 1)[-1].split() if w in gh}
        return bool(named_a) and named_a == named_b and bool(heads_a & heads_b)

    def wait_for_people(self, c: _Cand, si: int, sent: Span) -> None:
        """A meeting or summit named with a time or place but not enough people: the next sentences
        may list them ("Also due to attend are ...")."""
        if c.role == "noun" and c.type in ("Meeting", "Summit") and (c.time is not None or c.place is not None) \
                and c.parent is None and not c.pair_anaphor:
            old = self.incomplete
            if old is not None and si - old[1] <= 10 and _FAMILY.get(old[0].type) == _FAMILY.get(c.type) and \
                    c.det in ("def", "poss") and old[0].det not in ("def", "poss"):
                # "ahead of a meeting in London, Mr Abbas said ... Tuesday's meeting is hosted by X": one meeting
                c = replace(c, place=c.place or old[0].place, time=c.time or old[0].time,
                            participants=list(dict.fromkeys(old[0].participants + c.participants)))
            self.incomplete = (c, si, sent)

    def evidence_span(self, a: int, b: int, floor: int) -> Span:
        """The words of the event mention, without trailing function words or punctuation."""
        while b > floor:
            m = _TRAILING.search(self.text, a, b)
            if not m:
                break
            b = max(floor, m.start())
        return self.span(a, b)

    def enough(self, typ: str, parts: list[str], c: _Cand) -> bool:
        named = [p for p in parts if p not in self.unnamed]
        if typ == "Meeting" and c.form in ("meeting", "meetings") and parts and set(parts) <= set(c.keep) and \
                (c.time is not None or c.place is not None) and c.det in ("indef", "def", "poss", "") and not c.unresolved:
            return True  # "a meeting of foreign ministers of both countries in Islamabad on Wednesday"
        if typ == "Meeting" and c.form == "meeting" and parts and set(parts) <= set(c.keep) and c.det in ("indef", "def") \
                and not c.unresolved and all(p not in self.unnamed and self.kind(p) == "Organization" for p in parts):
            return True  # "A meeting of the Parliamentary Labour Party saw ...": a named body meets
        if len(named) < len(parts) and c.form not in _GROUP_TRIGGERS:
            return False  # "would welcome BNP voters", "a session with first-time voters": not a meeting
        kinds = [self.kind(p) for p in named]
        if not named or (c.unresolved and len(named) < len(parts)):
            return False  # unnamed groups only beside a named participant, and not for a lost subject
        if typ in ("Meeting", "Call"):
            return len(parts) >= 2 or "Group" in kinds
        if typ == "Visit":
            return bool(parts) and (c.destination and (c.place is not None or len(parts) >= 2))
        if typ == "Summit":
            if c.parent is not None:
                return False
            # "X is at a summit in Brussels", "the EU summit in Brussels next week", "July's G8 summit"
            return "Group" in kinds or len(parts) >= 2 or (c.form in ("summit", "summit meeting") and (c.place is not None or (
                c.time is not None and kinds[0] in ("Person", "Organization"))))
        return bool(parts)

    def antecedent(self, typ: str, tv: TimeValue | None, parts: list[str], sent: Span | None = None) -> _Draft | None:
        fam = _FAMILY.get(typ, typ)
        if typ == "Summit":  # "the summit", "the conference": only a summit found before
            cands = [e for e in self.events if e.type == "Summit" or e.name]
        else:
            cands = [e for e in self.events if _FAMILY.get(e.type, e.type) == fam]
        if parts:
            cands = [e for e in cands if set(parts) <= set(e.participants)]
        if tv is not None and tv.value:
            same = [e for e in cands if e.time is not None and e.time.value == tv.value]
            # "Saturday's meeting" after an undated meeting told just before: that meeting, now dated
            future = sent is not None and bool(_SENT_FUTURE.search(self.text, sent.start, sent.end))
            cands = same or [e for e in cands if e.time is None and not e.name and self.cur_sentence - e.sentence <= 4
                             and e.status == ("planned" if future else "held")][-1:]
        if not cands:
            return None
        named = [e for e in cands if not e.name] or cands
        if sent is not None and len({e.status for e in named}) > 1:
            # "after the meeting" in a past-tense sentence: an event that was held
            words = self.text[sent.start:sent.end]
            if _SENT_PAST.search(words) and not _SENT_FUTURE.search(words):
                named = [e for e in named if e.status == "held"] or named
            elif _SENT_FUTURE.search(words) and not _SENT_PAST.search(words):
                named = [e for e in named if e.status == "planned"] or named
        return max(named, key=lambda e: e.order)

    def add_evidence(self, ev: _Draft, evid: Span, tv: TimeValue | None, c: _Cand) -> None:
        self.merged_here[self.cur_sentence] = ev
        if evid not in ev.evidence:
            ev.evidence.append(evid)
        if ev.time is None and tv is not None and tv.value:
            ev.time = tv
            if ev.status == "held" and _after(tv, self.pub):
                ev.status = "planned"
        if ev.place is None and c.place is not None and not ev.name and ev.type == c.type:
            ev.place = c.place
        ev.order = self.next_order()

    def paragraph_index(self, pos: int) -> int:
        return bisect.bisect_right([p.start for p in self.prep.paragraphs], pos) - 1

    def locations(self) -> list[tuple[int, str, str]]:
        """(position, person, place) for "X arrived in P", "X's presence in P", "X is in P", visits."""
        out: list[tuple[int, str, str]] = []
        for e in self.events:
            if e.type == "Visit" and e.place and self.kind(e.place) in ("City", "Country", "Place"):
                for p in e.participants:
                    out.append((e.trigger.end, p, e.place))
        for sent in self.body:
            for m in _ARRIVED.finditer(self.text, sent.start, sent.end):
                pm = self.mention_at(m.end())
                if pm is None or pm.span.start != m.end() or self.kind(pm.entity) not in ("City", "Country"):
                    continue
                toks = self.tokens(sent.start, m.start() + 1)
                who: list[str] = []
                if m.group("poss"):
                    q = self.mention_at(m.start())
                    who = [q.entity] if q is not None and self.kind(q.entity) == "Person" else []
                elif toks:
                    who = [k for k in self.np_left(toks, len(toks) - 1, sent)[0] if self.kind(k) == "Person"]
                for w in who:
                    out.append((m.start(), w, pm.entity))
        out.sort()
        return out

    # -- after the article --------------------------------------------------------------
    def neighbour_setting(self, e: _Draft) -> None:
        """Time and place of an event from the fronted phrase of the next sentence about the same
        person: "X has visited Kenya's biggest shantytown. At slums in Nairobi on Wednesday, he said ..."."""
        si = bisect.bisect_right([x.start for x in self.body], e.trigger.start) - 1
        if si < 0:
            return
        m = nxt = None
        for nxt in self.body[si + 1:si + 4]:
            if self.paragraph_index(nxt.start) - self.paragraph_index(e.trigger.start) > 1:
                return
            if any(nxt.start <= o.trigger.start < nxt.end and o.status == e.status and set(o.participants) & set(e.participants)
                   for o in self.events):
                return  # a sentence with another event of these people
            m = _FRONTED.match(self.text, nxt.start, nxt.end)
            if m is not None:
                break
        if m is None or nxt is None or nxt.start in self.used_settings:
            return
        comma = m.end() - 1
        # the subject after the comma must be a participant ("he", "Mr Brown")
        toks = self.tokens(comma + 1, min(nxt.end, comma + 60))
        if not toks:
            return
        who: list[str] = []
        if toks[0].mention is not None:
            who = [toks[0].mention.entity]
        elif toks[0].low in ("he", "she"):
            r = self.person_before(toks[0].start, nxt, depth=0)
            who = [r] if r else []
        if not who or not set(who) & set(e.participants):
            return
        if e.time is None:
            times = [t for t in find_times(self.text, nxt.start, comma)
                     if not _NOT_EVENT_TIME.search(self.text, max(nxt.start, t.span.start - 12), t.span.start)]
            if len(times) == 1:
                tense = "future" if e.status == "planned" else "past" if e.status == "held" else None
                tv = resolve(times[0], self.pub, tense)
                e.time = tv
                e.evidence.append(times[0].span)
                self.used_settings.add(nxt.start)
        if e.place is None and e.type != "Call":
            places = [mm for mm in self.mentions_in(nxt.start, comma) if self.kind(mm.entity) in ("City", "Country")]
            if len(places) == 1:
                e.place = places[0].entity
                self.used_settings.add(nxt.start)

    def finish(self) -> list[Event]:
        evs = self.events
        for e in evs:
            if (e.time is None or e.place is None) and not e.name:
                self.neighbour_setting(e)
        # the same day and a participant in common: the same place
        for _ in range(2):
            for e in evs:
                if e.place is not None or e.time is None or e.time.granularity != "day" or e.type == "Call":
                    continue
                for o in sorted(evs, key=lambda x: x.order):
                    if o is e or o.place is None or o.time is None or o.time.value != e.time.value:
                        continue
                    if set(o.participants) & set(e.participants) and self.kind(o.place) in ("City", "Country"):
                        e.place = o.place
                        break
        # where a participant was shortly before: "Rubio arrived in Tokyo on Sunday. He met ..."
        records = self.locations()
        for e in evs:
            if e.place is not None or e.name or e.type == "Call":  # a call joins two places
                continue
            para = self.paragraph_index(e.trigger.start)
            for r_pos, r_who, r_place in reversed(records):
                if r_pos >= e.trigger.start:
                    continue
                if para - self.paragraph_index(r_pos) > 1:
                    break
                if r_who in e.participants:
                    e.place = r_place
                    break
        for e in evs:
            self.ensure(e.participants)
            if e.place:
                self.ensure([e.place])
        evs = sorted(evs, key=lambda e: e.trigger.start)
        pos = {id(e): i for i, e in enumerate(evs)}
        out = []
        for e in evs:
            out.append(Event(type=e.type, status=e.status,  # type: ignore[arg-type]
                             participants=tuple(e.participants), trigger=e.trigger,
                             evidence=tuple(sorted(e.evidence)), time=e.time, place=e.place, name=e.name,
                             part_of=pos.get(id(e.parent)) if e.parent is not None else None))
        return out


def _after(tv: TimeValue, pub: dt.date | None) -> bool:
    """The time lies wholly after the publication date."""
    if pub is None or not tv.value:
        return False
    iso = pub.isoformat()
    return tv.value > iso[:len(tv.value)]


def tm_start_index(toks: list[_Tok], tm: TimeExpr) -> int:
    return next((k for k, t in enumerate(toks) if t.start >= tm.span.start), len(toks))


def find_events(prep: Prepared, idx: EntityIndex, published: dt.date | None) -> list[Event]:
    """Events in the body of one article, in text order; never raises."""
    try:
        r = _Reader(prep, idx, published)
        r.run()
        return r.finish()
    except Exception:  # extraction must never fail on odd input; events are best effort
        if _STRICT:
            raise
        return []
