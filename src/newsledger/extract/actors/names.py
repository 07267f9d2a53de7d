"""People's names within a document: which mentions of a name are one person.

A person's mention is read as given names and a surname, without what is no
part of the name: honorifics and titles before it ("Mr.", "Ms", "Sen.",
"President", "Prime Minister"), particles ("al", "von"), suffixes after it
("Jr."), possessive endings. A gendered honorific before the name ("Mr.",
"Mrs.", "Ms") is kept as the person's gender, as is a gendered kin noun that sets the name off as someone's
relative ("his wife, X Y", "her husband, former President X Y").

:class:`People` finds the person a new mention names among those already
grouped: same surname, compatible given names
(:func:`~newsledger.textutil.given_names_compatible`: "Donald J. Trump",
"Donald Trump", "Trump", "Mr. Trump" are one person; "Mike Warren" and
"Elizabeth Warren" are two). Where two people fit (a bare "Warren" after both
were named), the honorific's gender decides where it tells, else the nearest
full mention before it; a mention that neither decides is left unresolved
rather than given to either.

The word lists are actor lists (``data/actors/lists.yaml``: honorifics, name
particles and suffixes) and the title vocabulary (``data/actors/titles.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...textutil import form_key, given_names_compatible, name_key
from ..walk import doc_text, doc_tokens

__all__ = ["AMBIGUOUS", "NameWords", "People", "PersonName"]

_MAX_TITLE = 5
_HYPHENS = {"-", "‐"}
_LETTERS = re.compile(r"['’\-]")  # inside a surname ("O'Malley", "Mark-Viverito")
_HYPHEN = re.compile(r"[\-‐]")  # compiled once: re.split looks its pattern up on every call
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # initials run together: "J.D."


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name as read from one mention."""

    given: tuple[str, ...]  # folded given names, stops dropped ("donald", "j")
    surname: str  # folded
    surname_id: int  # the lower-case hash of the surname token, for finding it elsewhere in the document
    gender: str | None  # "m"/"f" from a gendered honorific, else None
    start: int  # first token of the name proper, after honorifics and titles
    # A second surname a bare mention may repeat, with its token hash ("", 0 where none): the family name written
    # first ("Zhao" of "Zhao Leji", "Ri" of "Ri Song-chol"), the paternal one of a double surname ("Garza" of "Luis
    # Alberto Garza Fuentes").
    other_surname: str = ""
    other_surname_id: int = 0
    title: str = ""  # the folded title right before the name, inside the mention or before it ("vice president")


@dataclass(frozen=True, slots=True)
class NameWords:
    """The word lists this step reads, taken from the lexicon once per document."""

    particles: frozenset[str]
    suffixes: frozenset[str]
    family_first: frozenset[str]  # family names written first ("Zhao Leji", "Ri Song-chol")
    gender: dict[str, str]  # gendered honorific -> "m"/"f"
    honorifics: frozenset[str]  # every honorific, gendered or not
    titles: frozenset[str]  # folded title forms ("president", "prime minister")
    title_words: frozenset[str]  # every word of a title: a title can start only at one of them
    abbreviated: frozenset[str]  # titles only with their stop ("gen", "sen")
    lead_words: frozenset[str]  # words before a title that are no part of a name ("former", "deputy")
    given_particles: frozenset[str] = frozenset()  # particles that are also given names ("Ben" of "Ben Lowe")
    kin: frozenset[str] = frozenset()  # nouns for a relative ("wife", "son")
    kin_gender: dict[str, str] = field(default_factory=dict)  # gendered kin noun -> "m"/"f" ("wife": "f")

    @classmethod
    def of(cls, lexicon: Lexicon) -> NameWords:
        lists = lexicon.actors.lists
        gender = {w: "m" for w in lists["honorifics_male"]} | {w: "f" for w in lists["honorifics_female"]}
        return cls(lists["name_particles"], lists["name_suffixes"], lists["family_names_first"], gender,
                   frozenset(gender) | lists["honorifics"], frozenset(lexicon.actors.titles),
                   lexicon.actors.title_words, frozenset(lexicon.actors.abbreviated_titles),
                   lists["role_time_words"] | lists["rank_words"], lists["given_name_particles"],
                   lists["kin_nouns"],
                   {w: "m" for w in lists["kin_nouns_male"]} | {w: "f" for w in lists["kin_nouns_female"]})

    def relative(self, doc: Doc, start: int, end: int) -> bool:
        """The name at ``[start, end)`` is set off as someone's relative, an aside: "his wife, X Y," or "X Y, his
        brother,". A relative named without commas ("Her cousin X Y, who runs a farm, said") is a participant of
        their own, whom a bare surname after it may mean."""
        tokens = doc_tokens(doc)  # one Token per word, not one per look
        before = start - 1
        while before >= start - 2 and before >= 0 and tokens[before].tag_ == "NNP" and tokens[before].is_title:
            before -= 1  # a given name the NER left out of the span
        if before >= 2 and tokens[before].text == "," and tokens[before - 1].lower_ in self.kin \
                and tokens[before - 2].tag_ in ("PRP$", "POS") and end < len(doc) and tokens[end].text == ",":
            return True
        return end + 2 < len(doc) and tokens[end].text == "," and tokens[end + 1].tag_ == "PRP$" \
            and tokens[end + 2].lower_ in self.kin

    def kin_gender_of(self, doc: Doc, start: int, end: int) -> str | None:
        """The gender a gendered kin noun that sets the name at ``[start, end)`` off as someone's relative tells
        ("his wife, X Y", "her husband, former President X Y", "X Y, her husband,"), else None."""
        if not self.kin_gender:
            return None
        tokens = doc_tokens(doc)
        if end + 2 < len(doc) and tokens[end].text == "," and tokens[end + 1].tag_ == "PRP$":
            return self.kin_gender.get(tokens[end + 2].lower_)
        before = start - 1
        while before >= max(start - _MAX_TITLE, 0) and tokens[before].text != "," \
                and (tokens[before].is_title or tokens[before].lower_ in self.lead_words
                     or tokens[before].lower_ in self.title_words):
            before -= 1  # a title or a given name the NER left out of the span
        if before >= 2 and tokens[before].text == "," and tokens[before - 2].tag_ in ("PRP$", "POS"):
            return self.kin_gender.get(tokens[before - 1].lower_)
        return None

    def honorific(self, text: str) -> bool:
        """``text`` is an honorific ("Mr.", "Ms", "Dr") or an abbreviated title, with its stop ("Sen.") or, inside
        a name the NER tagged, written without it ("Gov Fallin", British style)."""
        word = text.lower().rstrip(".")
        return word in self.honorifics or (word in self.abbreviated and (text.endswith(".") or text.istitle()))

    def title_end(self, doc: Doc, i: int, end: int) -> int:
        """The end of the longest title starting at token ``i`` and ending before ``end`` (``i`` if none)."""
        tokens = doc_tokens(doc)
        first = form_key(tokens[i].text)
        if first not in self.title_words and "-" not in first:
            return i  # most names start with no title word: no span text to build
        text, at = doc_text(doc), tokens[i].idx  # a span's text sliced from the document's: no Span made
        for j in range(min(end - 1, i + _MAX_TITLE), i, -1):
            last = tokens[j - 1]
            if form_key(text[at:last.idx + len(last)]) in self.titles:
                return j
        return i

    def lead_end(self, doc: Doc, start: int, end: int) -> int:
        """The first token of the name proper in ``[start, end)``: after honorifics and titles, one left at least."""
        i = start
        tokens = doc_tokens(doc)
        while i < end - 1:
            tok = tokens[i]
            if self.honorific(tok.text) or tok.lower_ in self.lead_words:
                i += 1
                continue
            j = self.title_end(doc, i, end)
            if j == i:
                break
            i = j
        return i

    def title_of(self, doc: Doc, start: int, name_start: int) -> str:
        """The folded title that ends right before the name at ``name_start``: inside the mention (``start`` on) or
        right before it ("Vice President Crane"); "" for none."""
        tokens = doc_tokens(doc)
        if name_start == 0 or form_key(tokens[name_start - 1].text) not in self.title_words:
            return ""  # a title ends in a title word: most names have none right before them
        for i in range(max(0, min(start, name_start) - _MAX_TITLE), name_start):
            if self.title_end(doc, i, name_start + 1) == name_start:
                last = tokens[name_start - 1]
                return form_key(doc_text(doc)[tokens[i].idx:last.idx + len(last)])
        return ""

    def gender_of(self, doc: Doc, start: int, name_start: int) -> str | None:
        """The gender the honorifics of ``[start, name_start)`` or the word just before ``start`` tell."""
        tokens = doc_tokens(doc)
        first = start - 1 if start > 0 and tokens[start - 1].is_title else start
        for i in range(first, name_start):
            found = self.gender.get(tokens[i].lower_.rstrip("."))
            if found is not None:
                return found
        return None

    def read(self, doc: Doc, start: int, end: int) -> PersonName | None:
        """The person's name in the token span ``[start, end)``, or None where it has no surname."""
        name_start = self.lead_end(doc, start, end)
        toks = [t for t in doc_tokens(doc)[name_start:end] if t.text in _HYPHENS or not t.is_punct]
        while len(toks) > 1 and toks[-1].lower_.rstrip(".") in self.suffixes:
            toks.pop()
        if not toks:
            return None
        # The surname: the last word with the words hyphenated to it ("Mark-Viverito"), particles left out.
        k = len(toks) - 1
        while k >= 2 and toks[k - 1].text in _HYPHENS:
            k -= 2
        parts = [p for t in toks[k:] if t.text not in _HYPHENS for p in _HYPHEN.split(name_key(t.text))]
        parts = [p for p in parts if p and p not in self.particles]
        surname = "-".join(parts)
        if len(surname) < 2 or not _LETTERS.sub("", surname).isalpha():
            return None
        # A particle that is also a given name, capitalised and alone before the surname, is the given name ("Ben
        # Lowe"; "Zine Ben Ali" keeps it a particle).
        lone = k == 1 and toks[0].is_title and toks[0].lower_ in self.given_particles
        given_toks = [t for t in toks[:k] if t.text not in _HYPHENS and (lone or t.lower_ not in self.particles)]
        plain = tuple(name_key(t.text).rstrip(".") for t in given_toks)
        given = tuple(w for t in given_toks for w in _given_words(t, toks[-1]))
        # A given name hyphenated in lower case ("Song-chol", not "Mark-Viverito") follows a family name.
        hyphenated_given = k < len(toks) - 1 and toks[-1].is_lower
        other = self._other_surname(given_toks, plain, hyphenated_given)
        gender = self.gender_of(doc, start, name_start) or self.kin_gender_of(doc, start, end)
        return PersonName(given, surname, toks[-1].lower, gender, name_start,
                          plain[other] if other is not None else "",
                          given_toks[other].lower if other is not None else 0,
                          self.title_of(doc, start, name_start))

    def _other_surname(self, given_toks: list[Token], given: tuple[str, ...], hyphenated_given: bool) -> int | None:
        """The index in ``given`` of a second surname: the first of one or two given words where it is a family
        name written first (listed, or before a hyphenated given name: "Ri Song-chol"); the last of three or more
        (a double surname, "Garza Fuentes"); None otherwise."""
        if 1 <= len(given) <= 2 and given_toks[0].is_title and len(given[0]) >= 2 \
                and (given[0] in self.family_first or (hyphenated_given and len(given) == 1)):
            return 0
        if len(given) >= 3 and len(given[-1]) >= 3 and given_toks[-1].is_title:
            return len(given) - 1
        return None


def _given_words(tok: Token, last: Token) -> list[str]:
    """A given-name token's folded words: initials run together ("J.D.", "JD" before a surname not in capitals)
    are one initial each, so that "J.D. Vance", "JD Vance" and "J. D. Vance" read alike."""
    text = tok.text
    if _INITIALS.fullmatch(text) or (2 <= len(text) <= 3 and text.isalpha() and text.isupper()
                                     and not last.is_upper):
        return [c.lower() for c in text if c.isalpha()]
    return [name_key(text).rstrip(".")]


class _Sentinel:
    pass


AMBIGUOUS = _Sentinel()  # two people fit a mention and nothing tells which


@dataclass(eq=False)
class Person:
    """What the document has said of one person's name so far."""

    surname: str
    surname_id: int
    other_surname_id: int = 0  # a second surname a bare mention may repeat (:attr:`PersonName.other_surname`)
    givens: set[tuple[str, ...]] = field(default_factory=set)
    full_starts: list[int] = field(default_factory=list)  # token starts of mentions with a given name
    relative: bool = True  # every full mention so far introduces the person as someone's relative
    gender: str | None = None
    titles: set[str] = field(default_factory=set)  # the titles written right before the person's name
    bare_starts: list[int] = field(default_factory=list)  # token starts of the bare surnames given to the person

    def add(self, name: PersonName, start: int, relative: bool = False) -> None:
        if name.given:
            self.givens.add(name.given)
            self.full_starts.append(start)
            self.relative = self.relative and relative
        else:
            self.bare_starts.append(start)
        self.gender = self.gender or name.gender
        if name.title:
            self.titles.add(name.title)

    def fits(self, name: PersonName, forms: frozenset[tuple[str, str]] = frozenset()) -> bool:
        if not name.given or not self.givens:
            return True
        return any(given_names_compatible(name.given, g) or _short_form_of(name.given, g, forms) for g in self.givens)


def _short_form_of(a: tuple[str, ...], b: tuple[str, ...], forms: frozenset[tuple[str, str]]) -> bool:
    """One first given name is the other's usual short form ("Chuck" and "Charles"), the rest agreeing."""
    return ((a[0], b[0]) in forms or (b[0], a[0]) in forms) and given_names_compatible(a[1:], b[1:])


class People:
    """The people of one document by surname, each with the key of its group."""

    def __init__(self, given_names: frozenset[str] = frozenset(), forms: frozenset[tuple[str, str]] = frozenset()
                 ) -> None:
        self.given_names = given_names  # known given names: a word of a name that opens a person's own name
        self.forms = forms  # (full, short) given names that name one person ("charles", "chuck")
        self.by_surname: dict[str, list[tuple[Person, object]]] = {}
        self.by_given: dict[str, list[tuple[Person, object]]] = {}  # first given name -> the people named with it
        self.person_of: dict[int, Person] = {}  # id of a group -> its person

    def register(self, group: object, name: PersonName, start: int, relative: bool = False) -> None:
        """Record that the mention at token ``start`` with ``name`` belongs to ``group`` (``relative``: it
        introduces the person as someone's relative)."""
        person = self.person_of.get(id(group))
        if person is None:
            person = self.person_of[id(group)] = Person(name.surname, name.surname_id, name.other_surname_id)
            self.by_surname.setdefault(name.surname, []).append((person, group))
            if name.other_surname and name.other_surname != name.surname:
                self.by_surname.setdefault(name.other_surname, []).append((person, group))
        elif person.surname != name.surname:
            return  # a second surname form of one group ("Masri" for "el-Masri"): keep the first
        if name.given and (person, group) not in self.by_given.get(name.given[0], ()):
            self.by_given.setdefault(name.given[0], []).append((person, group))
        person.add(name, start, relative)

    @staticmethod
    @staticmethod
    def _already_bare(cands: list[tuple[Person, object]], start: int) -> list[tuple[Person, object]]:
        """The one person the story already called by the bare surname after naming them in full ("A Kerr ... Kerr
        said ... his brother B Kerr ... Kerr added": A Kerr), else ``cands`` unchanged: the writer's bare surname
        stays with its person when a relative or namesake comes in."""
        used = [(p, g) for p, g in cands
                if p.full_starts and any(min(p.full_starts) < b < start for b in p.bare_starts)]
        return used if len(used) == 1 else cands

    def called_bare(self, group: object, start: int) -> None:
        """Record that the bare surname at token ``start`` (tagged other than a person) names ``group``'s person."""
        person = self.person_of.get(id(group))
        if person is not None:
            person.bare_starts.append(start)

    def _surname_with_stray_s(self, surname: str) -> list[tuple[Person, object]]:
        """The one person whose surname a bare surname spells with or without a final "s" ("said Marsdens" of
        Ana Marsden, "Hollands" written "Holland"), where no other person of the story has either form."""
        other = surname[:-1] if surname.endswith("s") else surname + "s"
        if len(other) < 4 or (other.endswith("s") and surname.endswith("s")):  # "Voss", "Ross": no stray "s"
            return []
        cands = self.by_surname.get(other, [])
        return list(cands) if len(cands) == 1 else []

    def _later_words(self, name: PersonName) -> list[tuple[Person, object]]:
        """The one person whose longer name ends with all the words of ``name`` ("Suu Kyi" of a four-word name,
        "Lopez Obrador" of a name with two given names before it), where the first of those words is no known
        given name: "Ann Smith" may be another person than "Mary Ann Smith"."""
        if name.given[0] in self.given_names:
            return []
        n = len(name.given)
        cands = [(p, g) for p, g in self.by_surname.get(name.surname, ())
                 if any(len(h) > n and h[-n:] == name.given for h in p.givens)]
        return cands if len(cands) == 1 else []

    def find(self, name: PersonName, start: int, typed_person: bool, given_name: bool = False,
             family: bool = False) -> object | None:
        """The group a mention names, None where no person fits, :data:`AMBIGUOUS` where two do undecided.

        A mention not tagged as a person (``typed_person`` False: "Warren" tagged as a place, "Keir Holloway"
        as an organisation) joins a person by its bare surname or the same first given name. A one-word mention
        that may be a given name (``given_name``: tagged a person, or a known given name) joins the one person
        whose first given name it is. A bare surname tagged a person may spell the surname with or without a
        final "s" (:meth:`_surname_with_stray_s`), unless it names a ``family`` ("the Marsdens").
        """
        cands = [(p, g) for p, g in self.by_surname.get(name.surname, ()) if p.fits(name, self.forms)]
        if not cands and len(name.given) == 1:
            # a hyphenated surname written with a space ("Okafor Bello" of "Ada Okafor-Bello")
            cands = list(self.by_surname.get(f"{name.given[0]}-{name.surname}", ()))
            if cands:
                return cands[0][1] if len(cands) == 1 else AMBIGUOUS
        if not cands and name.given and typed_person:
            cands = self._later_words(name)
        if not cands and not name.given and typed_person and not family:
            cands = self._surname_with_stray_s(name.surname)
        if not cands and not name.given and given_name and name.surname not in self.by_surname:
            # A given name alone, where the NER cut the name short ("Arturo" of a full name it could not read
            # whole): the one person of the story with that first given name, if only one has it.
            bearers = self.by_given.get(name.surname, [])
            return bearers[0][1] if len(bearers) == 1 else None
        if not typed_person:
            cands = [(p, g) for p, g in cands if not name.given or any(name.given[0] == h[0] for h in p.givens)]
        if name.given:
            exact = [(p, g) for p, g in cands if name.given in p.givens]
            cands = exact or cands
        if len(cands) > 1 and name.gender is not None:
            cands = [(p, g) for p, g in cands if p.gender in (None, name.gender)]
            same = [(p, g) for p, g in cands if p.gender == name.gender]
            cands = same or cands
        if len(cands) > 1 and name.title and not name.given:
            # "Vice President Crane" after "Vice President Harold Crane" and his son "Peter Crane": the title decides.
            titled = [(p, g) for p, g in cands if name.title in p.titles]
            cands = titled if len(titled) == 1 else cands
        if len(cands) > 1 and not name.given and name.gender is None:
            # "X Lazar ... his wife, Y Lazar, wrote ... Lazar said": a relative named only as such leaves the bare
            # surname to the person the story is about.
            own = [(p, g) for p, g in cands if not p.relative or not p.full_starts]
            cands = own if own and len(own) < len(cands) else cands
        if len(cands) > 1 and not name.given:
            cands = self._already_bare(cands, start)
        if len(cands) > 1:
            # Two people fit: the one whose full name came last before this mention; unnamed before it, neither.
            named = [(max(s for s in p.full_starts if s <= start), g) for p, g in cands
                     if any(s <= start for s in p.full_starts)]
            if not named:
                return AMBIGUOUS
            return max(named, key=lambda sg: sg[0])[1]
        return cands[0][1] if cands else None
