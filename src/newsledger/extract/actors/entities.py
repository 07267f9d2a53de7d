"""Entities: spaCy's named entities grouped into one record per participant.

Within one document, mentions that name the same participant become one
:class:`~newsledger.models.Entity`:

- the same name, with or without a possessive or article ("Peru's", "Peru");
- a later (or earlier) surname or shorter form of a person's full name
  ("Ruto" for "William Ruto", "Masri" for "Hassan el-Masri");
- an acronym of an organisation's name ("UN" for "United Nations"), also without the country word it opens
  with or its closing "and" and one word ("the Chinese CDC"), wherever the full name stands;
- an organisation's shorter name: without its first words ("Intelligence Committee"), its legal form or trade
  word ("Acme Freight", "Kestrel" of "Kestrel Motor Company"), its country word where what is left is a body every
  country has ("the Senate" after "the Nigerian Senate"); a spaced possessive that lost a plural "s" ("General
  Motor 's"); "the North" of the one country named "North <word>".

The names of results and standings lines are typed by their place in the row
first (:mod:`.tables`); a role noun before a person's name ("Defender X") is
no part of it. Country, sector and roles are left empty here; the actors stage
codes them.
Name particles and the words an acronym skips are actor word lists
(``data/actors/lists.yaml``); articles and possessive endings are English
(``data/english.yaml``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_TITLE, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lexicon import Lexicon
from ...models import Entity, EntityType, Span
from ...textutil import QUOTE_CHARS as _QUOTES
from ...textutil import form_key, mend_mojibake, name_key
from ..walk import among, doc_ents, doc_text, doc_tokens, indexes_holding, word_forms
from .names import AMBIGUOUS, NameWords, People, PersonName
from .tables import table_rows

__all__ = ["NE_TYPES", "entities"]

# spaCy (OntoNotes) labels -> the format's entity types. Numeric labels
# (DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL) are not entities here.
NE_TYPES: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "OTHER",
    "LAW": "OTHER",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
}

_HYPHENS = {"-", "‐"}
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_PART_BREAK = re.compile(r"[\s\-‐]+")  # between a name's parts (compiled once: re.split looks it up each call)
_DOTTED = re.compile(r"(?:[A-Z]\.){2,6}")  # an acronym written with stops: "U.N.", "E.U."
_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial: "K."
_TYPED_QUOTE = re.compile(r"`+|''")  # quotation marks typed as backticks or two apostrophes


@dataclass(frozen=True, slots=True)
class _Words:
    """The word lists this step reads, taken from the lexicon once per document."""

    particles: frozenset[str]  # "al", "von": not a surname of their own
    acronym_skip: frozenset[str]  # "of", "the": no letter of an acronym
    articles: frozenset[str]
    possessive: frozenset[str]
    corporate: frozenset[str]  # "co", "ltd": a company's legal form, left out of later mentions
    # "shipping", "networks", "group": a business's trade word or group word, left out of later mentions
    trade: frozenset[str] = frozenset()
    company_only: frozenset[str] = frozenset()  # "ltd", "plc": forms no person's name ends with
    determiners: frozenset[str] = frozenset()  # "another": a determiner no name opens with

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Words:
        english, lists = lexicon.english, lexicon.actors.lists
        return cls(lists["name_particles"], lists["acronym_skip"], english["articles"],
                   english["possessive_endings"], lists["corporate_suffixes"],
                   lists["business_name_words"] | lists["company_group_words"],
                   lists["company_only_suffixes"], english["name_free_determiners"])

    def without_trade(self, key: str) -> str | None:
        """A business's name key of three words or more without its last word where that names its trade
        ("aegean meridian shipping" -> "aegean meridian"), else None."""
        words = key.split()
        if len(words) >= 3 and words[-1] in self.trade and "of" not in words:
            return " ".join(words[:-1]).rstrip(" ,")
        return None

    def without_legal_form(self, key: str) -> str | None:
        """An organisation's name key without its last word where that is a legal form ("acme freight co" ->
        "acme freight"); None where it has none or would be left with one word only, unless that form is one no
        person's name ends with ("skyhaul ltd" -> "skyhaul"; "Ford Co." keeps its "Co.")."""
        words = key.split()
        form = words[-1].rstrip(".") if words else ""
        if form in self.corporate and (len(words) >= 3 or (len(words) == 2 and form in self.company_only)):
            return " ".join(words[:-1]).rstrip(" ,")
        return None

    def lead_name(self, key: str) -> str | None:
        """A company's one-word name before a trade word, and a legal form if any ("kestrel motor company",
        "kestrel enterprises" -> "kestrel"): the short name a story calls it by, else None. ("Kestrel Co." keeps its
        "Co.": a family name may stand before it, see :meth:`without_legal_form`; a trade word between them makes
        the words a firm's name.)"""
        words = (self.without_legal_form(key) or key).split()
        return words[0] if len(words) == 2 and words[1] in self.trade else None

    def core_words(self, key: str) -> list[str]:
        """Name parts without particles, splitting hyphenated ones ("el-masri" -> ["masri"])."""
        return [w for w in _PART_BREAK.split(key) if w and w not in self.particles]

    def acronym(self, key: str) -> str:
        return "".join(w[0] for w in key.split() if w not in self.acronym_skip and w[0].isalpha())

    def trim(self, span: SpacySpan) -> tuple[int, int] | None:
        """Token bounds without a leading article or determiner ("another"), possessive ending ("’s Clinton") or
        time stamp, trailing possessive or stray punctuation, and cut at a line break."""
        start, end = span.start, span.end
        tokens = doc_tokens(span.doc)  # one Token per word of the document, not one per look at a word
        while start < end and tokens[start].is_space:
            start += 1
        # A name never runs over a line break (a heading, then a dateline "Toronto, 9 May"): its first line. (A
        # token's ``whitespace_`` is a space or nothing: the words are looked at only where the name's text holds
        # a line break.)
        if "\n" in doc_text(span.doc)[span.start_char:span.end_char]:
            end = next((i + (0 if tokens[i].is_space else 1) for i in range(start, end)
                        if "\n" in tokens[i].text or "\n" in tokens[i].whitespace_), end)
        while start < end and self._leading(tokens[start]):
            start += 1  # a live blog's time stamp is no part of the name ("10:40 Acme Mills")
        # A person's, body's or place's name never runs over a colon: a list of the arrested gives each name, a
        # colon and the charges ("Ana B. Ruiz: Dealing in heroin, ..."); the NER may take the charge's first word
        # in. (Titles of works keep theirs: "Dune: Part Two".)
        if span.label_ in _COLON_ENDS and ":" in doc_text(span.doc)[span.start_char:span.end_char]:
            end = next((i for i in range(start + 1, end) if tokens[i].text == ":"), end)
        while end > start and self._trailing(tokens[end - 1]):
            end -= 1
        return (start, end) if end > start else None


    def _leading(self, tok: Token) -> bool:
        """A word no name opens with: an article, punctuation, a determiner ("another"), a quotation mark, a
        possessive ending or a time stamp (each Token attribute read once)."""
        if tok.is_punct:
            return True
        low, text = tok.lower_, tok.text
        return low in self.articles or (low in self.determiners and tok.pos_ == "DET") or text in _QUOTES \
            or _TYPED_QUOTE.fullmatch(text) is not None or text in self.possessive or _CLOCK.fullmatch(text) is not None

    def _trailing(self, tok: Token) -> bool:
        """A word no name ends with: a possessive ending, punctuation or a quotation mark."""
        if tok.is_punct:
            return True
        text = tok.text
        return text in self.possessive or text in _QUOTES or _TYPED_QUOTE.fullmatch(text) is not None


_COLON_ENDS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})  # labels whose names end at a colon


@dataclass
class _Group:
    type_votes: Counter[EntityType] = field(default_factory=Counter)
    mentions: list[SpacySpan] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    longest: SpacySpan | None = None
    person: bool = False  # read as a person's name whatever the NER tagged it (see _mistyped_person)

    def add(self, span: SpacySpan, key: str, etype: EntityType) -> None:
        self.mentions.append(span)
        self.type_votes[etype] += 1
        self.keys.add(key)
        if self.longest is None or (len(span), -span.start) > (len(self.longest), -self.longest.start):
            self.longest = span

    @property
    def type(self) -> EntityType:
        # The longest mention's label is the most reliable; votes break ties.
        assert self.longest is not None
        if self.person:
            return "PERSON"
        best = NE_TYPES[self.longest.label_]
        if self.type_votes[best] * 2 >= max(self.type_votes.values()):
            return best
        return self.type_votes.most_common(1)[0][0]

    def name(self, words: _Words, text: str) -> str:
        """The mention with the most name words (particles not counted), then the longest, then the first.
        ``text`` is the document's (a mention's text read from it: ``Span.text`` makes a Token of every word)."""
        words_of: dict[str, int] = {}  # name words per mention text, counted once per distinct text

        def rank(m: SpacySpan) -> tuple[int, int, int]:
            said = text[m.start_char:m.end_char]
            count = words_of.get(said)
            if count is None:
                count = words_of[said] = len(words.core_words(name_key(said)))
            return count, len(said), -m.start

        longest = max(self.mentions, key=rank)
        return text[longest.start_char:longest.end_char]


class _Index:
    """Where a short form finds the organisation it stands for: an acronym of its name ("UN" for "United
    Nations") or one given in brackets right after it ("the Movement for Azawad (MNLA)"), and a party's name
    without the country word before it ("the Communist Party" after "the Chinese Communist Party")."""

    def __init__(self, words: _Words, lexicon: Lexicon, bracketed: dict[str, int]) -> None:
        self.words = words
        self.bracketed = bracketed  # acronym given in brackets -> the token after the name it follows
        self.vocab = lexicon.actors
        self.acronyms: dict[str, list[_Group]] = {}
        self.ends: dict[int, _Group] = {}  # token after an organisation's mention -> its group
        self.unqualified: dict[str, list[_Group]] = {}  # name key without its country word -> groups
        self.tails: dict[str, list[_Group]] = {}  # an organisation's name without its first words -> groups

    def register(self, group: _Group, span: SpacySpan, key: str, etype: EntityType) -> None:
        if etype not in ("ORG", "OTHER"):
            return
        self.ends[span.end] = group
        if len(key.split()) >= 2:
            for acronym in self._acronyms(key):
                owners = self.acronyms.setdefault(acronym, [])
                if group not in owners:
                    owners.append(group)
        rest = self._without_country(key)
        if rest is not None and group not in self.unqualified.setdefault(rest, []):
            self.unqualified[rest].append(group)
        for tail in self._tails(key):
            if group not in self.tails.setdefault(tail, []):
                self.tails[tail].append(group)

    def _acronyms(self, key: str) -> set[str]:
        """The acronyms a name may go by: of all its words, and without the country word it opens with or a
        closing "and" and one word ("CDC" of "Chinese Center for Disease Control and Prevention")."""
        words = key.split()
        forms = [words]
        if len(words) >= 3 and "of" in words[1:-1]:
            # "of" gives its letter to some ("DOJ" of "Department of Justice"): a form with it as a name word
            forms.append([w if w != "of" else "o" for w in words])
        place = self.vocab.place(words[0])
        if len(words) >= 3 and place is not None and place.kind in ("country", "demonym"):
            forms.append(words[1:])
        for form in list(forms):
            if len(form) >= 4 and form[-2] == "and":
                forms.append(form[:-2])
        return {self.words.acronym(" ".join(form)) for form in forms if len(form) >= 2}

    def _tails(self, key: str) -> list[str]:
        """The shorter names a story gives an organisation by dropping its first words: the body word of "X of Y"
        ("homeland security" of "department of homeland security"), a chamber or other qualifier before a body
        word ("intelligence committee" of "house intelligence committee"), or a country word ("crossroads" of
        "american crossroads"). What is left is never a place, a title or a bare body word."""
        words = key.split()
        out = []
        if len(words) >= 4 and words[1] == "of" and self.vocab.word("body", words[0]):
            out.append(" ".join(words[2:]))
        if len(words) >= 3 and self.vocab.word("body", words[-1]) and words[1] not in self.words.acronym_skip:
            out.append(" ".join(words[1:]))
        if "of" in words[2:-1] and self.vocab.place(" ".join(words[words.index("of", 2) + 1:])) is None:
            # the words before an "of" phrase that names no place: "joint chiefs" of "joint chiefs of staff"
            # ("central bank" of "central bank of <country>" stays apart: another country's may be named)
            out.append(" ".join(words[:words.index("of", 2)]))
        national = None  # the name without its country word: "senate" of "nigerian senate"
        country = None
        for n in (1, 2):
            place = self.vocab.place(" ".join(words[:n])) if len(words) > n else None
            if place is not None and place.kind in ("country", "demonym"):
                national, country = " ".join(words[n:]), place.iso3
                out.append(national)
                break
        for n in (1, 2):
            # an international organisation's name before one of its bodies: "security council" of "u.n. security
            # council" (the body's own listed name, where the vocabulary lists it, must code it the same way)
            owner = self.vocab.institution(" ".join(words[:n])) if len(words) - n >= 2 else None
            if owner is not None and owner[0] is None:
                out.append(" ".join(words[n:]))
                break
        listed = self.vocab.institution(key)
        return [t for t in out if self.vocab.place(t) is None and self.vocab.title(t) is False
                and self._other_name(t, listed, country if t == national else None)]

    def _other_name(self, tail: str, listed: tuple[str | None, str] | None, national: str | None) -> bool:
        """A shorter name may stand for the body: one the vocabulary does not list and no bare body word, one it
        lists coded as the full name is or as a body of the country the full name opens with ("Federal Reserve"
        after "United States Federal Reserve"), or the kind of body every country has, which the full name gives
        the story's country ("the Senate" after "the Nigerian Senate", "the High Court" after "the Kenyan High
        Court": one word or a court the vocabulary lists for no one country; not a ministry, which the story may
        name for another country after it, "the Foreign Ministry in Hanoi"; not a party's name the vocabulary gives
        another country: "Democratic Party" after "Kenyan Democratic Party"). ``national``: the country of the
        words the tail drops, where they are a country's."""
        own = self.vocab.institution(tail)
        bare = " " not in tail and self.vocab.word("body", tail) is not None
        if national is not None and (bare or (own is not None and (own[0] == national or own == (None, "JUD")))):
            return True
        return own == listed if own is not None else not bare

    def tail_form(self, key: str) -> _Group | None:
        """The one organisation of the story whose name ends in ``key`` the way :meth:`_tails` drops words."""
        owners = [g for g in self.tails.get(key, []) if g.type == "ORG"]
        if len(owners) > 1:
            # two forms of one listed body ("U.N. Security Council", "United Nations Security Council"): one owner
            refs = {self.vocab.same_as.get(form_key(k)) for g in owners for k in g.keys}
            return owners[0] if len(refs) == 1 and None not in refs else None
        return owners[0] if owners else None

    def _without_country(self, key: str) -> str | None:
        """A party's ``key`` without a country word or two at its start, where two name words or more are left
        and they are no body the vocabulary gives another country ("Democratic Party" is the US one; a "Kenyan
        Democratic Party" makes no bare mention of it Kenyan)."""
        words = key.split()
        if words[-1] not in self.vocab.lists["party_nouns"]:
            return None
        for n in (2, 1):
            place = self.vocab.place(" ".join(words[:n])) if len(words) - n >= 2 else None
            if place is not None:
                rest = " ".join(words[n:])
                listed = self.vocab.institution(rest)
                return rest if listed is None or listed[0] in (None, place.iso3) else None
        return None

    def short_form(self, key: str, span: SpacySpan) -> _Group | None:
        """The organisation a short form stands for, or None."""
        if key in self.bracketed:
            found = self.ends.get(self.bracketed[key])
            if found is not None:
                return found  # "the Movement for Azawad (MNLA)": whatever its letters
        owners = self.unqualified.get(key, [])
        if len(owners) == 1:
            return owners[0]  # one party of that name in the story, named once with its country
        return self.full_form(key, span)

    def full_form(self, key: str, span: SpacySpan) -> _Group | None:
        if _DOTTED.fullmatch(span.text) and self.vocab.place(span.text) is None:
            key = key.replace(".", "")  # "U.N." as "UN"; a place's ("U.K.") stays the place it is
        if not (key.isalpha() and 2 <= len(key) <= 6 and span.text.isupper()):
            return None
        candidates = [g for g in self.acronyms.get(key, []) if g.type in ("ORG", "OTHER")]
        if len(candidates) <= 1:
            return candidates[0] if candidates else None

        # Two organisations share the acronym: the nearest full mention before this one decides.
        def distance(g: _Group) -> int:
            before = [m.start for m in g.mentions if m.start <= span.start]
            return span.start - max(before) if before else 10**9

        return min(candidates, key=distance)


def _turned_round(key: str, lexicon: Lexicon) -> str | None:
    """A body's name key "<body word> of <field>", with any country words before it, as the story may also write
    it, the field before the body word ("ministry of fisheries" -> "fisheries ministry", "u.s. court of appeals"
    -> "u.s. appeals court"), else None. A name already in that order is its own turned-round key."""
    words = key.split()
    vocab = lexicon.actors
    for i in range(min(3, len(words) - 2)):
        if words[i + 1] == "of" and vocab.word("body", words[i]) is not None \
                and all(vocab.place(w) is not None for w in words[:i]):
            rest = words[i + 2:]
            rest = rest[1:] if rest and rest[0] == "the" else rest
            return " ".join([*words[:i], *rest, words[i]]) if rest and "of" not in rest else None
    return key if len(words) >= 2 and vocab.word("body", words[-1]) is not None else None


def _spelled_out(key: str, lexicon: Lexicon) -> str | None:
    """An organisation's name key whose first word is the acronym of a listed body, with that body's full name
    instead ("u.n. development programme" -> "united nations development programme"), else None."""
    first, _, rest = key.partition(" ")
    letters = first.replace(".", "")
    if not rest or not letters.isalpha() or not 2 <= len(letters) <= 5:
        return None
    full = lexicon.actors.same_as.get(letters)
    return f"{form_key(full)} {rest}" if full is not None and " " in full else None


def _only(groups: list[_Group]) -> _Group | None:
    return groups[0] if len(groups) == 1 else None


def _after_article(span: SpacySpan, words: _Words) -> bool:
    """A one-word name after an article ("the North"): a short name, not a word of a longer one, nor a part of
    another place ("the South of France")."""
    doc = span.doc
    tokens = doc_tokens(doc)  # one Token per word, not one per look
    return len(span) == 1 and span.start > 0 and tokens[span.start - 1].lower_ in words.articles \
        and not (span.end < len(doc) and tokens[span.end].lower_ == "of")


def _before_possessive(span: SpacySpan, words: _Words) -> bool:
    """A possessive ending follows the name: "General Motor 's" may be a plural name's possessive written
    without its "s" ("General Motors'"), once tokens are spaced."""
    doc = span.doc
    tokens = doc_tokens(doc)  # one Token per word, not one per look
    return span.end < len(doc) and tokens[span.end].text in words.possessive


# Types the NER gives a bare surname ("Warren's office" an organisation, "Le Gall" a work of art).
_PERSONISH = ("PERSON", "ORG", "GPE", "NORP", "LOC", "OTHER")
# What the NER may tag a company's short name ("Kestrel" after "Kestrel Enterprises"): any name type but a
# place it knows (the short names are kept only where the vocabulary knows no place of that form).
_SHORT_NAME_TYPES = ("ORG", "PERSON", "OTHER", "NORP", "GPE")


def entities(doc: Doc, lexicon: Lexicon) -> tuple[Entity, ...]:
    """Named entities of ``doc``, one record per participant, each with all its mentions."""
    tokens = doc_tokens(doc)  # one Token per word, not one per look
    words = _Words.of(lexicon)
    names = NameWords.of(lexicon)
    given_names = lexicon.actors.people.given_names
    spans = _name_spans(doc, lexicon, words, names)

    groups: list[_Group] = []
    by_key: dict[str, _Group] = {}
    index = _Index(words, lexicon, _bracketed_acronyms(doc, spans, lexicon))
    people = People(given_names, frozenset((full, short) for full, _, short in (
        pair.partition(":") for pair in lexicon.actors.lists["given_name_forms"])))
    unresolved: dict[tuple[str, tuple[str, ...]], _Group] = {}
    trimmed: dict[str, _Group] = {}  # a business's name without its trade word -> its group
    compass: dict[str, list[_Group]] = {}  # "north" -> the countries named "North <word>" ("the North" is one)
    modifiers = lexicon.actors.lists["place_modifiers"]
    read = [names.read(doc, span.start, span.end) if etype in _PERSONISH else None for span, _, etype in spans]
    bare_words = {key for span, key, _ in spans if len(span) == 1}  # the one-word names, whatever their type
    # the surnames of full names tagged a person: a name of the same surname tagged otherwise is left as tagged
    # (a relative, or a headline's fragment), lest the bare surname go to the wrong one
    person_surnames = {name.surname for name, (_, _, etype) in zip(read, spans, strict=True)
                       if name is not None and name.given and etype == "PERSON"}

    def length(i: int) -> int:
        name = read[i]  # a person's name counts its name words, not its titles ("President Biden" is short)
        return len(name.given) + 1 if name is not None else len(words.core_words(spans[i][1]))

    # Longest names first, so that short forms find their full name wherever it appears.
    # A name read as a person's is short by its titles, but an organisation's name of as many words comes before a
    # shorter one ("General Motors", read "General" + "Motors", before a headline's "GM").
    order = sorted(range(len(spans)), key=lambda i: (-length(i), -len(words.core_words(spans[i][1])),
                                                     spans[i][0].start))
    for i in order:
        span, key, etype = spans[i]
        name = read[i]
        # A one-word mention may be a given name alone ("Gloria" after "Gloria Estrada"), not a longer one whose
        # particle was dropped ("Ben Carson" read as the surname "Carson").
        given_name = len(span) == 1 and (etype == "PERSON" or (etype in ("ORG", "OTHER", "NORP") and (
            key in given_names or (name is not None and name.surname in people.by_given))))
        family = span.start > 0 and tokens[span.start - 1].lower_ == "the"  # "the Marsdens": a family, no person
        found = people.find(name, span.start, etype == "PERSON", given_name, family) if name is not None else None
        if found is AMBIGUOUS:
            # Two people fit and nothing tells which: one entity of its own rather than a guess.
            assert name is not None
            known = unresolved.get((name.surname, name.given))
            if known is None:
                known = unresolved[(name.surname, name.given)] = _Group()
                groups.append(known)
        else:
            legal = words.without_legal_form(key) if etype == "ORG" else None
            spelled = _spelled_out(key, lexicon) if etype in ("ORG", "OTHER") else None
            turned = _turned_round(key, lexicon) if etype in ("ORG", "OTHER") else None
            known = found if isinstance(found, _Group) else (
                by_key.get(key) or (by_key.get(legal) if legal is not None else None)
                or (by_key.get(spelled) if spelled is not None else None)
                or (by_key.get(turned) if turned is not None else None)
                or (by_key.get(key + "s") if etype == "ORG" and _before_possessive(span, words) else None)
                or index.short_form(key, span)
                or (trimmed.get(key) if etype in _SHORT_NAME_TYPES else None)
                or (index.tail_form(key) if etype == "ORG" else None)
                or (_only(compass.get(key, [])) if etype in ("LOC", "GPE") and _after_article(span, words) else None))
            if known is None:
                known = _Group()
                groups.append(known)
        group = known
        group.add(span, key, etype)
        index.register(group, span, key, etype)
        if name is not None:
            _register_name(doc, people, names, group, span, name, etype, found, mistyped=(
                name.surname in bare_words and name.surname not in person_surnames
                and _mistyped_person(span, key, lexicon, words)))
        first = key.split()[0]
        if etype == "GPE" and len(key.split()) == 2 and first in modifiers \
                and (place := lexicon.actors.place(key)) is not None and place.kind == "country" \
                and group not in compass.setdefault(first, []):
            compass[first].append(group)  # "North Korea": "the North" of a story that names no other North
        if found is not AMBIGUOUS:
            by_key.setdefault(key, group)  # the same words tagged otherwise ("Lewandowski" as a work of art)
            if spelled is not None:
                by_key.setdefault(spelled, group)  # "U.N. Development Programme": "United Nations Development ..."
            if turned is not None:
                by_key.setdefault(turned, group)  # "Ministry of Fisheries": "Fisheries Ministry"
            short = words.without_legal_form(key) if etype == "ORG" else None
            if short is not None:
                by_key.setdefault(short, group)  # "Acme Freight" after "Acme Freight Co."
            trade = words.without_trade(short or key) if etype == "ORG" else None
            if trade is not None and lexicon.actors.place(trade) is None:
                # "Aegean Meridian" after "Aegean Meridian Shipping", whatever the NER tagged it (a person's name,
                # often), but never a place or a people ("Saudi Arabian" of "Saudi Arabian Oil")
                trimmed.setdefault(trade, group)
            lead = words.lead_name(key) if etype == "ORG" else None
            if lead is not None and lexicon.actors.place(lead) is None and lexicon.actors.title(lead) is False \
                    and lexicon.actors.word("body", lead) is None and lead not in given_names:
                # "Kestrel" after "Kestrel Motor Company" or "Kestrel Enterprises" (not "General" of "General Motors")
                trimmed.setdefault(lead, group)

    _propagate(doc, groups, people)
    return _records(groups, words, doc_text(doc))


def _register_name(doc: Doc, people: People, names: NameWords, group: _Group, span: SpacySpan, name: PersonName,
                   etype: EntityType, found: object, mistyped: bool) -> None:
    """Let later mentions find the person ``span`` names: one tagged a person, one tagged otherwise that
    joined a person by its bare surname, or a ``mistyped`` full name (see :func:`_mistyped_person`)."""
    if etype == "PERSON":
        people.register(group, name, span.start, names.relative(doc, span.start, span.end))
    elif not name.given and isinstance(found, _Group):
        people.called_bare(group, span.start)  # "Verhoeven" tagged an organisation, joined to the person
    elif mistyped:
        # "The gunman, Ada Quell, ..." tagged an organisation, then "Quell" alone: one person
        people.register(group, name, span.start, names.relative(doc, span.start, span.end))
        group.person = True


def _mistyped_person(span: SpacySpan, key: str, lexicon: Lexicon, words: _Words) -> bool:
    """A name of two capitalised words, tagged an organisation or a work, that reads as a person's: no
    word a place, a title, a body, a trade or a legal form, and the whole no body or place the vocabulary lists
    (the NER often tags a private person's name so; its bare surname elsewhere then names the person)."""
    vocab = lexicon.actors
    parts = key.split()
    if NE_TYPES.get(span.label_) not in ("ORG", "OTHER") or len(parts) != len(span):
        return False
    # two name words, a middle initial between them at most ("Ada K. Quell"): a longer run is often a headline's
    # fragment ("Year Ada Quell"), both proper nouns ("Make Quell go away": a verb and a name)
    toks = [span[0], span[2]] if len(span) == 3 and _INITIAL.fullmatch(span[1].text) else list(span)
    if len(toks) != 2 or not all(t.is_alpha and t.is_title and t.tag_ == "NNP" for t in toks):
        return False
    parts = [parts[0], parts[-1]]
    if vocab.institution(key) is not None or vocab.place(key) is not None:
        return False
    return not any(vocab.place(w) is not None or vocab.title(w) is not False or vocab.word("body", w) is not None
                   or w in words.trade or w.rstrip(".") in words.corporate or w in words.acronym_skip for w in parts)


def _person_placed(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A name of two or three capitalised words the NER typed a place, a people or a work of art (after a quote) is a
    person's where it opens on
    a listed given name, neither it nor its last word is a place, and it stands as a person does: the subject of
    a verb of saying ("Lali Japaridze said") or with a title in apposition ("Lali Japaridze, the head of the
    clinic,")."""
    tokens = doc_tokens(doc)  # one Token per word, not one per look
    vocab = lexicon.actors
    if not 2 <= end - start <= 3 or tokens[start].lower_ not in vocab.people.given_names \
            or not all(t.is_title and t.is_alpha for t in doc[start:end]) \
            or vocab.place(doc[start:end].text) is not None or vocab.place(tokens[end - 1].text) is not None:
        return False
    root = doc[start:end].root
    if root.dep_ in ("nsubj", "nsubjpass") and lexicon.cues.is_verb_cue(root.head.lemma_.lower()):
        return True
    return any(c.dep_ == "appos" and c.i >= end and (vocab.title(c.lemma_.lower()) is not False
                                                      or vocab.word("person", c.lemma_.lower()) is not None)
               for c in root.children)


_TITLE_WORDS = 4  # words of a title before a name ("Rear Admiral", "Deputy Foreign Minister")


def _titled_speaker(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """A name the NER typed a work of art that opens with a title, then one to three capitalised words that are no
    place or title, and is the subject of a verb of saying ("'...,' Rear Admiral Tarin Volk told reporters")."""
    vocab = lexicon.actors
    cut = next((j for j in range(min(end - 1, start + _TITLE_WORDS), start, -1)
                if vocab.title(doc[start:j].text) is not False), None)
    if cut is None or not 1 <= end - cut <= 3 \
            or not all(t.is_title and t.is_alpha and vocab.place(t.text) is None
                       and vocab.title(t.text) is False for t in doc[cut:end]):
        return False
    root = doc[start:end].root
    return root.dep_ in ("nsubj", "nsubjpass") and lexicon.cues.is_verb_cue(root.head.lemma_.lower())


def _name_spans(doc: Doc, lexicon: Lexicon, words: _Words, names: NameWords) -> list[tuple[SpacySpan, str, EntityType]]:
    """The NER's names (and the table rows'), trimmed, each with its key and type."""
    tokens = doc_tokens(doc)  # one Token per word, not one per look
    role_nouns = lexicon.actors.lists["role_nouns"]
    units = lexicon.quantities.place_nouns  # administrative units: "province", "district", "region"
    spans: list[tuple[SpacySpan, str, EntityType]] = []
    person_words: set[str] | None = None
    for ent in table_rows(doc, _known_bodies(doc, lexicon), lexicon):
        etype = NE_TYPES.get(ent.label_)
        bounds = words.trim(ent) if etype is not None else None
        if etype is None or bounds is None:
            continue
        start, end = bounds
        label = ent.label_
        if etype in ("ORG", "PERSON") and end < len(doc) and tokens[end].lemma_.lower() in units \
                and (end + 1 == len(doc) or tokens[end + 1].pos_ not in ("NOUN", "PROPN")):
            etype = label = "GPE"  # "Kordel province", "the Ostrava region": a place the NER took for a body
        if etype in ("PERSON", "ORG", "GPE") and 3 <= end - start <= 4 \
                and _portfolio_country(doc, start, end, lexicon):
            if person_words is None:
                person_words = {e[0].lower_ for e in doc_ents(doc) if len(e) == 1 and e.label_ in _SURNAME_ALONE}
            if etype == "PERSON" or tokens[end - 1].lower_ in person_words:
                # "special envoy to Ukraine Kurt Volker": the country closes the title, and a person is named after
                # it: the NER says so, or the story names that person by the surname alone elsewhere ("Volker
                # said", whatever label the NER gives the lone word).
                start, etype = start + 1, "PERSON"
        if ((etype in ("GPE", "LOC", "NORP") or label == "WORK_OF_ART") and _person_placed(doc, start, end, lexicon)) \
                or (label == "WORK_OF_ART" and _titled_speaker(doc, start, end, lexicon)):
            # "Lali Japaridze, a nurse, said": a given name and surname typed a place; "'...,' Lali Japaridze, a
            # columnist, wrote": typed a work of art after the quote it closes
            etype = label = "PERSON"
        if etype == "PERSON":
            while end - start > 1 and tokens[start].lower_.rstrip(".") in names.honorifics:
                start += 1  # "Ms Warren": the honorific is no part of the name (its gender is read from it later)
            if end - start > 2 and tokens[start].lower_ in role_nouns:
                start += 1  # "Defender Anna Berg": a role noun, then the name (one person with "Anna Berg")
            while end - start > 1 and tokens[end - 1].is_digit:
                end -= 1  # "Ted Cruz 1, John Kasich 2": a count or rank after a name is no part of it
            while end < len(doc) and end - start >= 2 and tokens[end - 1].lower_ in words.particles \
                    and tokens[end].is_title and tokens[end - 1].whitespace_:
                end += 1  # "Jean-Luc Le" cut before "Gall": a name never ends with its particle
        span = SpacySpan(doc, start, end, label=label)
        key = name_key(span.text)
        if key:
            spans.append((span, key, etype))
    spans = _mended_names(doc, spans, lexicon, names)
    spans = _joined_at_particle(doc, spans, words, lexicon)
    spans = _headline_verbs(doc, spans, lexicon)
    spans = _paired_people(doc, _before_paired_person(doc, _after_plural_title(doc, spans, lexicon), lexicon), names)
    headers = _header_words(doc, spans)
    if headers:
        spans = [(span, key, etype) for span, key, etype in spans
                 if not (etype == "PERSON" and len(span) == 1 and key in headers)]
    return _body_names(doc, _known_at_end(doc, spans, lexicon), lexicon)


_SURNAME_ALONE = ("PERSON", "ORG", "GPE", "NORP")
_HEADLINE_TOKENS = 20  # a headline line is short


def _headline_verbs(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], lexicon: Lexicon
                    ) -> list[tuple[SpacySpan, str, EntityType]]:
    """A name the NER ran over a headline's verb ("Ostrova Hails Grain Pact", "Merkel Meets Anna Berg" on the
    story's first line): cut at a capitalised word in "-s" whose stem is an event verb, keeping the parts the story
    names elsewhere (another name's words, a place) and dropping the others; a name with no such part stays
    whole."""
    line_end = next((t.i for t in doc[:_HEADLINE_TOKENS] if "\n" in t.text_with_ws), None)
    if line_end is None:
        return spans
    verbs = lexicon.events.verbs
    later = {key for span, key, _ in spans if span.start > line_end}
    later |= {" ".join(key.split()[n:]) for key in list(later) for n in (1, 2) if len(key.split()) > n}

    def known(part: SpacySpan) -> bool:
        key = name_key(part.text) if len(part) else ""
        return bool(key) and (key in later or lexicon.actors.place(part.text) is not None)

    out: list[tuple[SpacySpan, str, EntityType]] = []
    for span, key, etype in spans:
        cut = None if span.end > line_end + 1 else next(  # a name below the headline line: no word of it looked at
            (t.i for t in span[1:] if t.is_title and t.lower_.endswith("s")
             and (t.lower_[:-1] in verbs or (t.lower_.endswith("es") and t.lower_[:-2] in verbs))), None)
        left = SpacySpan(doc, span.start, cut, label=span.label_) if cut is not None else None
        if cut is None or left is None or not known(left):
            out.append((span, key, etype))
            continue
        out.append((left, name_key(left.text), etype))
        right = SpacySpan(doc, cut + 1, span.end, label=span.label_)
        if known(right):
            out.append((right, name_key(right.text), etype))
    return out


_PAIR_LINKS = ("and", "&")


def _after_plural_title(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], lexicon: Lexicon
                        ) -> list[tuple[SpacySpan, str, EntityType]]:
    """A person's name the NER left untagged right after a plural abbreviated title ("Sens. Ana Ruiz and Tom Berg",
    "Reps. Ana Ruiz of Ohio and ..."): a listed given name and one or two capitalised words, no place or title,
    is the first person of the list; where the NER tagged the surname alone, the name opens at the given name."""
    vocab = lexicon.actors
    taken = {k for span, _, _ in spans for k in range(span.start, span.end)}
    surname_at = {span.start: n for n, (span, _, etype) in enumerate(spans) if etype == "PERSON" and len(span) == 1}
    spans = list(spans)
    added: list[tuple[SpacySpan, str, EntityType]] = []
    # Only a word that holds the full stop, or stands right before one, can be the title: the tokens holding "."
    # come from one look at each distinct word, not a Token of every word.
    tokens, last = doc_tokens(doc), len(doc) - 2
    for i in sorted({i for j in indexes_holding(doc, ".") for i in (j - 1, j) if 0 <= i < last}):
        t = tokens[i]
        word = form_key(t.text).rstrip(".")
        if len(word) < 4 or not word.endswith("s") or word[:-1] not in vocab.abbreviated_titles:
            continue  # no plural abbreviated title: most words with a stop (no Token of the next word made)
        k = t.i + 1
        if k < len(doc) and doc[k].text == "." and not t.whitespace_:
            k += 1  # "Sens" "." tokenized apart
        if not (t.text.endswith(".") or k > t.i + 1) or k >= len(doc) or k in taken \
                or doc[k].lower_ not in vocab.people.given_names or not doc[k].is_title:
            continue
        if k + 1 in surname_at:
            n = surname_at[k + 1]
            span = SpacySpan(doc, k, k + 2, label="PERSON")
            spans[n] = (span, name_key(span.text), "PERSON")  # "Reps. Ana" untagged, "Ruiz" a person
            continue
        end = k + 1
        while end < len(doc) and end - k < 3 and end not in taken and doc[end].is_title and doc[end].is_alpha \
                and vocab.place(doc[end].text) is None and vocab.title(doc[end].text) is False:
            end += 1
        if end - k >= 2:
            span = SpacySpan(doc, k, end, label="PERSON")
            added.append((span, name_key(span.text), "PERSON"))
    return sorted([*spans, *added], key=lambda item: item[0].start) if added else spans


_PAIR_TITLE_WORDS = 4  # title words between "and" and the second person's name ("and French President X")


def _before_paired_person(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], lexicon: Lexicon
                          ) -> list[tuple[SpacySpan, str, EntityType]]:
    """A person's name the NER left untagged before "and" and a tagged person ("Ana Ruiz and Foreign Minister Tom
    Berg met", the NER often misses a name that opens a sentence): a listed given name and one or two capitalised
    words, no place or title, coordinated with a person named after at most a few title words, is a person too."""
    vocab = lexicon.actors
    taken = {k for span, _, _ in spans for k in range(span.start, span.end)}
    person_at = {span.start for span, _, etype in spans if etype == "PERSON"}
    added: list[tuple[SpacySpan, str, EntityType]] = []
    for j in indexes_holding(doc, "and"):
        if j < 2 or j + 1 >= len(doc) or doc[j].text != "and":
            continue
        k = j - 1
        while k >= 0 and j - k <= 3 and k not in taken and doc[k].is_title and doc[k].is_alpha \
                and vocab.place(doc[k].text) is None and vocab.title(doc[k].text) is False:
            k -= 1
        k += 1
        if j - k < 2 or doc[k].lower_ not in vocab.people.given_names \
                or (k > 0 and (doc[k - 1].is_title or (doc[k - 1].is_alpha and doc[k - 1].pos_ == "PROPN"))):
            continue
        m = j + 1
        while m < len(doc) and m - j <= _PAIR_TITLE_WORDS and m not in person_at and doc[m].is_title \
                and (doc[m].is_alpha or doc[m].text.endswith(".")):
            m += 1  # the second person's title: "French President", "Foreign Minister", "Sen."
        if m not in person_at or doc[m].sent.start != doc[k].sent.start:
            continue
        span = SpacySpan(doc, k, j, label="PERSON")
        added.append((span, name_key(span.text), "PERSON"))
    return sorted([*spans, *added], key=lambda item: item[0].start) if added else spans


def _paired_people(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], names: NameWords
                   ) -> list[tuple[SpacySpan, str, EntityType]]:
    """A person's name the NER ran over "and" to the next name ("Okafor and Lindqvist wrote", "Reps. Ana Ruiz and
    Tom Berg"): two people, each its own name. Each part keeps a capitalised word that is no honorific; a part
    that is only an honorific ("Mr. and Mrs. Berg") leaves the name whole. A pair the NER typed otherwise (a work
    of art, a body) is two people where a part is the surname of a person the story names in full."""
    surnames = {key.split()[-1] for span, key, etype in spans if etype == "PERSON" and len(key.split()) >= 2}
    out: list[tuple[SpacySpan, str, EntityType]] = []
    for span, key, etype in spans:
        cut = next((t.i for t in span[1:-1] if t.lower_ in _PAIR_LINKS), None) \
            if etype in ("PERSON", "OTHER", "ORG") else None
        parts = [] if cut is None else [SpacySpan(doc, span.start, cut, label="PERSON"),
                                        SpacySpan(doc, cut + 1, span.end, label="PERSON")]
        if not parts or not all(any(t.is_title and t.is_alpha and t.lower_ not in names.honorifics for t in part)
                                and all(t.is_title or t.is_punct for t in part) for part in parts) \
                or (etype != "PERSON" and not any(name_key(part.text) in surnames for part in parts)):
            out.append((span, key, etype))
            continue
        out.extend((part, name_key(part.text), "PERSON") for part in parts if name_key(part.text))
    return out


_BODY_LINKS = ("of", "for", "on", "and")
# What the NER may tag a word of a body's name it cut ("Referendums" a person, "Labour Relations" an organisation).
_BODY_PART_TYPES = ("ORG", "PERSON", "OTHER")
_HEADLINE_WORD = re.compile(r"\b[a-z]{4,}\b")  # a lower-case word of some length: a line that is no headline


def _plural_word(tok: Token, opens: bool) -> bool:
    """A word the NER took for a person's name that reads as a plural noun of a body's portfolio ("Referendums",
    "Parks" of "Forests and Parks"): it ends in one "s" and opens no name of two words."""
    return not opens and tok.lower_.endswith("s") and not tok.lower_.endswith("ss")


_NAME_PART_LABELS = ("", "ORG", "PERSON", "WORK_OF_ART", "LAW", "PRODUCT")


_NAME_PART_POS = np.array(sorted({POS_IDS[p] for p in ("PROPN", "NOUN", "ADJ")}), dtype="uint64")
_NAME_PART_KEYS = np.array(sorted({get_string_id(label) for label in _NAME_PART_LABELS}), dtype="uint64")  # "": 0


def _name_words(doc: Doc) -> list[bool]:
    """For each token, ``tok.is_title and tok.is_alpha and tok.ent_type_ in _NAME_PART_LABELS and tok.pos_ in
    ("PROPN", "NOUN", "ADJ")`` (a token's ``whitespace_`` is a space or nothing, never a line break), from one
    array read."""
    if not len(doc):
        return []
    arr = doc.to_array([IS_TITLE, IS_ALPHA, ENT_TYPE, POS]).reshape(len(doc), 4)
    mask = (arr[:, 0] != 0) & (arr[:, 1] != 0) & among(arr[:, 2], _NAME_PART_KEYS) & among(arr[:, 3], _NAME_PART_POS)
    found: list[bool] = mask.tolist()
    return found


class _BodyRuns:
    """The runs of capitalised words around the NER's names that a public body's name may fill (see
    :func:`_body_names`)."""

    def __init__(self, doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], lexicon: Lexicon) -> None:
        self.doc, self.n = doc, len(doc)
        self.vocab = lexicon.actors
        self.heads = lexicon.actors.lists["name_body_heads"]
        self.given = lexicon.actors.people.given_names
        self.taken = {k for span, _, _ in spans for k in range(span.start, span.end)}
        self.lowers = word_forms(doc)[0]  # each token's lower-case form: the scans below read it, not a Token each
        self.name_words = _name_words(doc)
        self.tokens = doc_tokens(doc)  # one Token per word, not one per look at a word

    def name_word(self, k: int) -> bool:
        """Token ``k`` is a capitalised word of letters, a noun, proper noun or adjective, in no name or in one
        of :data:`_NAME_PART_LABELS` (read from the document's array once, no Token per look)."""
        return self.name_words[k]

    def headline(self, k: int) -> bool:
        """Token ``k`` stands on a line with no lower-case word of four letters."""
        text = doc_text(self.doc)
        at = self.doc[k].idx
        line = text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
        return _HEADLINE_WORD.search(line) is None

    def run_end(self, k: int) -> int:
        while k < self.n and self.name_word(k):
            k += 1
        return k

    def _other_name(self, part: SpacySpan) -> bool:
        """The words after a link name something else: a place, a listed body or a person ("the Ministry of Health
        and John Kamau said")."""
        vocab = self.vocab
        return vocab.place(part.text) is not None or vocab.institution(part.text) is not None \
            or any(vocab.place(t.text) is not None for t in part) or part[0].lower_ in self.given \
            or any(t.ent_type_ == "PERSON" and not _plural_word(t, t.i == part.start and len(part) > 1) for t in part)

    def _place_end(self, link: int) -> int:
        """After an "on" at ``link``, the end of the place the NER tagged right after it ("on" + "Benghazi");
        ``link + 1`` where none is."""
        tokens = self.tokens
        k = link + 1
        if tokens[link].lower_ != "on":
            return k
        while k < self.n and tokens[k].ent_type_ == "GPE" and (k == link + 1 or tokens[k].ent_iob_ == "I"):
            k += 1
        return k

    def _subject_place(self, part: SpacySpan) -> bool:
        """The words after "on" are a place alone, which the body's name is about ("the Select Committee on
        <place>"), never a listed body or a person."""
        vocab = self.vocab
        return vocab.place(part.text) is not None and vocab.institution(part.text) is None \
            and not any(t.ent_type_ == "PERSON" for t in part)

    def extend(self, start: int, end: int) -> int:
        """The end of the name from ``start`` once it goes on over its links."""
        tokens = self.tokens
        doc = self.doc
        while end + 1 < self.n and tokens[end].lower_ in _BODY_LINKS and "\n" not in tokens[end].whitespace_ \
                and tokens[end - 1].whitespace_ and (self.name_word(end + 1) or self._place_end(end) > end + 1):
            words = [t.lower_ for t in doc[start:end]]
            link = tokens[end].lower_
            if link == "and" and not any(w in ("of", "for", "on") for w in words):
                break  # "the Water Board and Oxfam": two bodies
            if link != "and" and words[-1] not in self.heads:
                break
            nxt = self.run_end(end + 1) if self.name_word(end + 1) else self._place_end(end)
            if self._other_name(doc[end + 1:nxt]) and not (link == "on" and self._subject_place(doc[end + 1:nxt])):
                break
            end = nxt
        return end

    def untagged_before(self, k: int) -> int:
        """The first of the untagged name words that end right before token ``k``."""
        tokens = self.tokens
        while k > 0 and k - 1 not in self.taken and self.name_word(k - 1) and tokens[k - 1].whitespace_ \
                and self.vocab.place(tokens[k - 1].text) is None and tokens[k - 1].lower_ not in self.given:
            k -= 1
        return k

    def extend_back(self, start: int, end: int) -> int:
        """The start of the name the NER began after its head noun and link ("Agency for" + "Canal Upkeep and
        Drainage") or after its first words and "and" ("Harbours and" + "Ferries Board")."""
        tokens = self.tokens
        if start < 2 or not tokens[start - 2].whitespace_:
            return start
        link, before = tokens[start - 1].lower_, self.untagged_before(start - 1)
        if before == start - 1:
            return start
        if (link in ("of", "for", "on") and tokens[start - 2].lower_ in self.heads) \
                or (link == "and" and tokens[end - 1].lower_ in self.heads):
            return before
        return start

    def from_spans(self, spans: list[tuple[SpacySpan, str, EntityType]]) -> list[tuple[int, int]]:
        """The NER's names cut at a link, and those it typed a person or a place that end in a head noun."""
        tokens = self.tokens
        found = []
        for span, _, etype in spans:
            start, end = span.start, span.end
            if tokens[end - 1].lower_ in _BODY_LINKS and end - start >= 3:
                end -= 1  # "the Department of Wildlife and" cut before its last word
            if etype == "ORG" and not span.text.isupper():
                new_start = self.extend_back(start, end)
                new_end = self.extend(new_start, end)
                if (new_end > span.end or new_start < start) and not self.headline(start):
                    found.append((new_start, new_end))
                    continue
            if etype in ("PERSON", "GPE") and tokens[span.end - 1].lower_ in self.heads \
                    and tokens[span.end - 1].is_title \
                    and len(span) >= 2 and self.vocab.place(span.text) is None and not self.headline(span.start):
                found.append((span.start, span.end))  # "Hydraulic Works" typed a person
        return found

    def opened_by_head(self) -> list[tuple[int, int]]:
        """Untagged names that open with a head noun and its "of"/"for"/"on" ("Agency for Land and Irrigation")."""
        lowers, found, i = self.lowers, [], 0
        while i < self.n:
            if i in self.taken or lowers[i] not in self.heads or not self.name_word(i) \
                    or (i > 0 and self.name_word(i - 1) and i - 1 not in self.taken) \
                    or i + 2 >= self.n or lowers[i + 1] not in ("of", "for", "on"):
                i += 1
                continue
            end = self.extend(i, i + 1)
            if end > i + 2 and not any(k in self.taken for k in range(i, end)) and not self.headline(i):
                found.append((i, end))
                i = end
                continue
            i += 1
        return found

    def joined_by_and(self) -> list[tuple[int, int]]:
        """Untagged capitalised words joined by "and" that end in a head noun ("the Migration and Foreigners
        Service")."""
        tokens = self.tokens
        doc, lowers, found = self.doc, self.lowers, []
        for k in range(1, self.n - 2):
            if lowers[k] != "and" or k in self.taken or not self.name_word(k - 1) or not self.name_word(k + 1):
                continue
            end, start = self.run_end(k + 1), k - 1
            while start > 0 and self.name_word(start - 1):
                start -= 1
            if tokens[end - 1].lower_ in self.heads and end - start >= 3 \
                    and not any(j in self.taken for j in range(start, end)) \
                    and (start == 0 or not self.name_word(start - 1)) and not self.headline(k) \
                    and not any(self.vocab.place(t.text) is not None for t in doc[start:end]):
                found.append((start, end))
        return found


def _body_names(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], lexicon: Lexicon
                ) -> list[tuple[SpacySpan, str, EntityType]]:
    """Public bodies' names the NER cut, missed or mistyped, read from the run of capitalised words they stand in:

    - one it cut at an "and" or "on" of its name ("the Ministry of Employment" + "Labour Relations" of "the Ministry
      of Employment and Labour Relations", "the Joint Commission" of "the Joint Commission on Fisheries"), or began
      after its head noun and link or its first words and "and": the whole run, where the name before "and" already
      has its "of"/"for" portfolio and the name before "of"/"for"/"on" ends in a body's head noun
      (:data:`name_body_heads`); never over a place, a date, a listed body or a person's name;
    - one it missed: a head noun then "of"/"for"/"on" and capitalised words ("Kazakhstan's Agency for Land Reclamation
      and Irrigation"), or capitalised words joined by "and" that end in a head noun ("the Migration and Foreigners
      Service");
    - one it typed a person or a place ("Hydraulic Works", "the Water Authority"): an organisation.

    A headline's line (no lower-case word of four letters) is left as the NER read it."""
    runs = _BodyRuns(doc, spans, lexicon)
    found = sorted(runs.from_spans(spans) + runs.opened_by_head() + runs.joined_by_and())
    if not found:
        return spans
    out: list[tuple[SpacySpan, str, EntityType]] = []
    for span, key, etype in spans:
        if any(s <= span.start and span.end <= e for s, e in found):
            continue
        if any(span.start < e and s < span.end for s, e in found):
            found = [(s, e) for s, e in found if not (span.start < e and s < span.end)]  # partly over another name
        out.append((span, key, etype))
    for s, e in found:
        body = SpacySpan(doc, s, e, label="ORG")
        out.append((body, name_key(body.text), "ORG"))
    out.sort(key=lambda sp: sp[0].start)
    return out


_MOJIBAKE_MARKS = ("\u00c2", "\u00c3", "\u0302", "\u0303")  # one of them is in every garbled word


def _damaged(tok: Token) -> bool:
    """A capitalised word whose accented letters came through as mojibake ("PeÃ±a")."""
    return tok.text[:1].isupper() and mend_mojibake(tok.text) != tok.text


def _mended_names(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], lexicon: Lexicon, names: NameWords
                  ) -> list[tuple[SpacySpan, str, EntityType]]:
    """A name with a word whose accents came through as mojibake, which the NER cuts or splits ("Enrique" a
    person and "Nieto" a place in "President Enrique PeÃ±a Nieto"): the run of capitalised words around the
    damaged one, no title or honorific, is one name, a person where the NER saw a person in it (or nothing else)."""
    text = doc_text(doc)
    if not any(c in text for c in _MOJIBAKE_MARKS) or not any(_damaged(t) for t in doc):
        return spans

    def name_word(i: int) -> bool:
        t = doc[i]
        return (_damaged(t) or (t.is_title and t.is_alpha and t.pos_ == "PROPN")) \
            and lexicon.actors.title(t.text) is False \
            and t.lower_.rstrip(".") not in names.honorifics and lexicon.actors.place(t.text) is None

    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _damaged(doc[i]) or not name_word(i):
            i += 1
            continue
        start, end = i, i + 1
        while start > 0 and doc[start - 1].whitespace_ == " " and name_word(start - 1):
            start -= 1
        while end < len(doc) and doc[end - 1].whitespace_ == " " and name_word(end):
            end += 1
        runs.append((start, end))
        i = end
    # The later words of the people's names ("Peña Nieto" of "Enrique Peña Nieto"): a run that is one names that
    # person, whatever the NER saw in it.
    tails = {name_key(doc[k:sp.end].text) for sp, _, et in spans for k in range(sp.start + 1, sp.end) if et == "PERSON"}
    tails |= {name_key(doc[k:e].text) for s, e in runs for k in range(s + 1, e) if e - s >= 2}
    out = list(spans)
    for start, end in runs:
        inside = [sp for sp in out if sp[0].start < end and sp[0].end > start]
        if any(sp[0].start < start or sp[0].end > end for sp in inside):
            continue  # a longer name holds the run ("the PeÃ±a Nieto Foundation"): the NER's reading stands
        types = [et for _, _, et in inside]
        person = "PERSON" in types or (not types and end - start >= 2) or name_key(doc[start:end].text) in tails
        etype: EntityType | None = "PERSON" if person else types[0] if len(set(types)) == 1 else None
        if etype is None:
            continue
        span = SpacySpan(doc, start, end, label="PERSON" if etype == "PERSON" else inside[0][0].label_)
        at = out.index(inside[0]) if inside else next((k for k, sp in enumerate(out) if sp[0].start > start), len(out))
        out = [sp for sp in out[:at] if sp not in inside] + [(span, name_key(span.text), etype)] + [
            sp for sp in out[at:] if sp not in inside]
    return out


def _portfolio_country(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """The name opens with a country's name right after a preposition or a title ("envoy to Ukraine Kurt Volker",
    "envoy to the Ukraine X Y", "Russia adviser"), and the rest is capitalised words that are no title."""
    tokens = doc_tokens(doc)  # one Token per word, not one per look
    place = lexicon.actors.place(tokens[start].text)
    before = start - 1 if start >= 2 and tokens[start - 1].lower_ == "the" else start
    if place is None or place.kind != "country" or before == 0 or tokens[before - 1].pos_ != "ADP":
        return False
    return all(t.is_title and t.is_alpha and lexicon.actors.title(t.text) is False for t in doc[start + 1:end])


def _joined_at_particle(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], words: _Words,
                        lexicon: Lexicon) -> list[tuple[SpacySpan, str, EntityType]]:
    """A person's name the NER began at its particle ("Bin Salman" in "Prince Khalid Bin Salman"): with the given
    name before it, whether the NER left that word untagged or typed it apart as a one-word name."""
    tokens = doc_tokens(doc)  # one Token per word, not one per look
    out: list[tuple[SpacySpan, str, EntityType]] = []
    titles = lexicon.actors.title_words
    for span, key, etype in spans:
        before = span.start - 1
        if etype == "PERSON" and len(span) >= 2 and tokens[span.start].lower_ in words.particles and before >= 0 \
                and tokens[before].is_title and tokens[before].is_alpha and tokens[before].whitespace_ \
                and tokens[before].lower_ not in titles and tokens[before].lower_ not in words.articles \
                and not tokens[before].is_sent_start:
            if out and out[-1][0].start == before and out[-1][0].end == span.start and out[-1][2] != "PERSON":
                out.pop()  # "Khalid" typed an organisation on its own
            if not out or out[-1][0].end <= before:
                joined = SpacySpan(doc, before, span.end, label="PERSON")
                out.append((joined, name_key(joined.text), "PERSON"))
                continue
        out.append((span, key, etype))
    return out


def _header_words(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]]) -> set[str]:
    """One-word "people" right after a live blog's time stamp at the start of a line ("20:30 Polls close",
    "21:10 Turnout"): the words of an entry's heading, no names, wherever else they stand. A word that is also
    part of a longer person's name stays a name ("21:30 Ruiz speaks" after "Ana Ruiz")."""
    out: set[str] = set()
    for span, key, etype in spans:
        i = span.start - 1
        if etype == "PERSON" and len(span) == 1 and i >= 0 and _CLOCK.fullmatch(doc[i].text) and (
                i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_):
            out.add(key)
    if out:
        out -= {w for span, key, etype in spans if etype == "PERSON" and len(span) > 1 for w in key.split()}
    return out


def _known_at_end(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], lexicon: Lexicon
                  ) -> list[tuple[SpacySpan, str, EntityType]]:
    """A person's name the NER ran on into a body the vocabulary knows ("the Nixon White House", the White
    House of Nixon's days): the person, then the body."""
    out: list[tuple[SpacySpan, str, EntityType]] = []
    for span, key, etype in spans:
        cut = next((k for k in range(1, len(span) - 1) if etype == "PERSON"
                    and lexicon.actors.institution(span[k:].text) is not None), None)
        if cut is None:
            out.append((span, key, etype))
            continue
        person = SpacySpan(doc, span.start, span.start + cut, label="PERSON")
        body = SpacySpan(doc, span.start + cut, span.end, label="ORG")
        out.extend([(person, name_key(person.text), "PERSON"), (body, name_key(body.text), "ORG")])
    return out


def _known_bodies(doc: Doc, lexicon: Lexicon) -> list[SpacySpan]:
    """The NER's names, where a demonym or place it tagged begins the name of a body the vocabulary knows and
    the capitalised words after it end that name ("Arab" + "League"): that body's name, as an organisation."""
    ents = list(doc_ents(doc))
    vocab = lexicon.actors
    for k, ent in enumerate(ents):
        if ent.label_ not in ("NORP", "GPE") or ent.end >= len(doc) or not doc[ent.end].is_title:
            continue
        limit = min(ents[k + 1].start if k + 1 < len(ents) else len(doc), ent.end + 3)
        for end in range(limit, ent.end, -1):
            if all(t.is_title and t.is_alpha for t in doc[ent.end:end]) \
                    and vocab.institution(doc[ent.start:end].text) is not None:
                ents[k] = SpacySpan(doc, ent.start, end, label="ORG")
                break
    return ents


def _bracketed_acronyms(doc: Doc, spans: list[tuple[SpacySpan, str, EntityType]], lexicon: Lexicon) -> dict[str, int]:
    """Acronyms given in brackets or between commas right after an organisation's name of two words or more ("the
    Union of Free Farmers (UFF)", "the Civil Defence Institute, INDECI, says"), by key, with the token after that
    name: a later mention of the acronym names it. Not after a name in capitals, nor one the vocabulary knows as
    another body: "NAIROBI (AP)" is a dateline and its agency."""
    out: dict[str, int] = {}
    for span, _, etype in spans:
        i = span.end + 1
        if etype == "ORG" and i + 1 < len(doc) and _set_off(doc, i) \
                and len(span) >= 2 and not span.text.isupper() and lexicon.actors.institution(doc[i].text) is None \
                and doc[i].is_alpha and doc[i].is_upper and 2 <= len(doc[i]) <= 8:
            out.setdefault(name_key(doc[i].text), span.end)
    return out


def _set_off(doc: Doc, i: int) -> bool:
    """The token at ``i`` stands in brackets ("(UFF)") or between commas ("the Civil Defence Institute, INDECI,
    says"), not as an item of a list ("the Red Cross, MSF and ...": no conjunction after the second comma)."""
    tokens = doc_tokens(doc)  # one Token per word, not one per look
    before, after = tokens[i - 1].text, tokens[i + 1].text
    if before == "(":
        return after == ")"
    return (before == "," and after == "," and i + 2 < len(doc)
            and tokens[i + 2].pos_ not in ("CCONJ", "PROPN") and tokens[i + 2].lower_ not in ("and", "or"))


# A name form: the lower-case token hashes of a mention (hyphens dropped), with the group it names.
_Form = tuple[tuple[int, ...], _Group]
_HYPHEN_IDS = frozenset(get_string_id(h) for h in _HYPHENS)


def _name_forms(groups: list[_Group], people: People, lowers: list[int]
                ) -> tuple[dict[int, list[_Form]], dict[int, set[int]]]:
    """Every name form of ``groups`` by its first word, longest first, and the people owning each surname;
    ``lowers`` is each token's lower-case hash.

    A person's surname (of three letters or more, named with a given name somewhere) is a form of its own, and
    so is its second surname where it has one ("Garza" of "Luis Alberto Garza Fuentes").
    """
    forms: dict[int, list[_Form]] = {}
    surname_owners: dict[int, set[int]] = {}
    hyphens = _HYPHEN_IDS
    for group in groups:
        # each mention's lower-case hashes, hyphens left out (a hyphen's lower-case form is the hyphen)
        own: set[tuple[int, ...]] = {tuple(h for h in lowers[m.start:m.end] if h not in hyphens)
                                     for m in group.mentions}
        person = people.person_of.get(id(group))
        if person is not None and group.type == "PERSON":
            surname_owners.setdefault(person.surname_id, set()).add(id(group))
            if person.givens and len(person.surname) >= 3:
                own.add((person.surname_id,))
            if person.other_surname_id:
                surname_owners.setdefault(person.other_surname_id, set()).add(id(group))
                own.add((person.other_surname_id,))
        for form in own:
            if form:
                forms.setdefault(form[0], []).append((form, group))
    for options in forms.values():
        options.sort(key=lambda fg: -len(fg[0]))
    return forms, surname_owners


def _propagate(doc: Doc, groups: list[_Group], people: People) -> None:
    """Add mentions the NER missed: other occurrences of a name (or a person's surname) already found.

    Works on the token attribute arrays (no Token objects), since it looks at every token.
    """
    if not groups:
        return
    taken = np.zeros(len(doc), dtype=bool)
    for g in groups:
        for m in g.mentions:
            taken[m.start:m.end] = True
    attrs = doc.to_array(["LOWER", "IS_TITLE", "IS_UPPER"])
    lowers = attrs[:, 0]
    forms, surname_owners = _name_forms(groups, people, lowers.tolist())
    keep = np.ones(len(doc), dtype=bool)
    for hyphen in _HYPHENS:
        keep &= lowers != get_string_id(hyphen)
    positions = np.flatnonzero(keep)  # token index of each word, hyphens skipped
    word_ids = lowers[positions]
    capitalised = (attrs[positions, 1] | attrs[positions, 2]).astype(bool)
    first = among(word_ids, np.array(sorted(forms), dtype="uint64"))
    for cand in np.flatnonzero(first & capitalised & ~taken[positions]):
        w = int(cand)
        if not taken[int(positions[w])]:
            _add_form_at(doc, w, positions, word_ids, forms[int(word_ids[w])], surname_owners, taken)


def _add_form_at(doc: Doc, w: int, positions: np.ndarray, word_ids: np.ndarray, options: list[_Form],
                 surname_owners: dict[int, set[int]], taken: np.ndarray) -> None:
    """The longest name form starting at word ``w`` becomes a mention of its group, if no token is taken."""
    i = int(positions[w])
    for form, group in options:
        n = len(form)
        if n == 1 and len(surname_owners.get(form[0], ())) > 1:
            continue  # a surname shared by two people is ambiguous: leave it to the NER
        if tuple(int(x) for x in word_ids[w:w + n]) == form:
            end = int(positions[w + n - 1]) + 1
            if not taken[i:end].any():
                group.mentions.append(SpacySpan(doc, i, end, label=group.mentions[0].label_))
                taken[i:end] = True
                return


def _records(groups: list[_Group], words: _Words, text: str) -> tuple[Entity, ...]:
    """The groups as entities, in the order of their first mentions; ``text`` is the document's."""
    groups = sorted(groups, key=lambda g: min(m.start for m in g.mentions))
    out = []
    for n, group in enumerate(groups, 1):
        mentions = tuple(
            Span(m.start_char, m.end_char, text[m.start_char:m.end_char])
            for m in sorted(group.mentions, key=lambda m: m.start)
        )
        out.append(Entity(id=f"e{n}", name=group.name(words, text), type=group.type, mentions=mentions))
    return tuple(out)
