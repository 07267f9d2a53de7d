"""Factuality of an event from the parse: polarity (asserted/negated) and modality.

The event's own clause is read first (negation, modal auxiliaries, "no country",
"at no time", "held no talks", "if"), then the chain of verbs that govern it through complements: "must not
let rebels seize the port" keeps the obligation and the negation of "must
not let"; "denied that troops had crossed" negates the complement; "plans to
visit" is an intention. Reported speech ("said that ...") does not change the
factuality of what is reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon.events import EventLexicon as Lexicon
from ...models import Modality, Polarity
from ..walk import kids_of
from .syntax import coordinated_with

__all__ = ["Factuality", "alleged", "factuality", "nominal_factuality"]

_SUBJECTS = {"nsubj", "nsubjpass", "expl"}


@dataclass(frozen=True, slots=True)
class Factuality:
    """Polarity and modality of one event, and the verb that governs it, if any."""

    polarity: Polarity = "asserted"
    modality: Modality = "actual"
    governor: Token | None = None  # a commissive or intention verb over the event ("vowed to")
    governor_kind: str | None = None  # "commissive" | "intention"
    future: bool = False  # "will", "is going to": a future whatever else the clause says


# "has no legal effect", "had no drones": a state or a thing had, which the claims read in words of their own
_HAVING = frozenset({"have"})
_NOT_ONE = frozenset({"one", "single", "a", "any"})  # "not one round", "not a single shell", "not any of them"


def _negative_subject(tok: Token, lex: Lexicon) -> bool:
    """ "no country can", "nobody attacked", "neither side", "neither the army nor the police", "not one soldier",
    "not a single shot", "not one of the lorries"."""
    if tok.lower_ in lex.negative_determiners:
        return True
    for c in kids_of(tok):
        if c.dep_ in ("det", "neg", "preconj") and c.lower_ in lex.negative_determiners:
            return True
        if c.dep_ == "neg" and c.i < tok.i and tok.lower_ in _NOT_ONE:
            return True  # "not one of the lorries left": the quantifier itself is the subject
        if c.i < tok.i and c.lower_ in _NOT_ONE and any(g.dep_ == "neg" and g.i < c.i for g in kids_of(c)):
            return True  # "not one round": the parser hangs "not" on "one"
        if c.dep_ == "neg" and c.i < tok.i and any(d.lower_ in _NOT_ONE and d.i < tok.i for d in kids_of(tok)):
            return True  # "not a single shell": "not" on the noun, before its quantifier
    return False


def _negative_adverbial(prep: Token, lex: Lexicon) -> bool:
    """True when ``prep`` heads a phrase like "at no time", "in no way", "under no circumstances"."""
    if prep.dep_ != "prep":
        return False
    for obj in kids_of(prep):
        if obj.dep_ == "pobj":
            det = next((d for d in kids_of(obj) if d.dep_ == "det"), None)
            if det is not None and f"{prep.lower_} {det.lower_} {obj.lower_}" in lex.negative_adverbials:
                return True
    return False


def _negated_subject(subj: Token, verb: Token, lex: Lexicon) -> bool:
    """ "no country", "nobody"; or an adverbial the parser hung on the subject ("the general at no stage ordered")."""
    if _negative_subject(subj, lex):
        return True
    return any(c.i < verb.i and _negative_adverbial(c, lex) for c in kids_of(subj))


def _own_markers(verb: Token, lex: Lexicon) -> tuple[bool, str | None, bool]:
    """Negation, modality and "future" found among ``verb``'s own dependents."""
    negated = False
    modality: str | None = None
    future = False
    for c in kids_of(verb):
        dep, lower = c.dep_, c.lower_
        if dep == "aux" and c.n_lefts and any(_negative_adverbial(g, lex) for g in c.lefts):
            negated = True  # the parser hangs "by no means" on the fronted "did"
        if dep == "neg" or (dep == "advmod" and lower in lex.negators):
            negated = True
        elif dep in ("aux", "auxpass") and lower in lex.modal_aux and c.tag_ not in ("NNP", "NNPS"):
            # (a name the parser hangs as an auxiliary is no modal: "Ca" read as the "ca" of "can't")
            kind = lex.modal_aux[lower]
            if lower == "would" and verb.dep_ == "ccomp" and not any(m.lower_ in lex.hypothetical_marks
                                                                     for m in kids_of(verb.head)):
                kind = "future"  # reported future: "said it would pull out"
            if kind == "future":
                future = True
            modality = modality or kind
        elif dep in _SUBJECTS and _negated_subject(c, verb, lex):
            negated = True
        elif dep == "prep" and _negative_adverbial(c, lex):
            negated = True  # "at no time did the army agree", "under no circumstances will we sign"
        elif dep == "dobj" and _none_done(verb, c, lex):
            negated = True
        elif dep == "mark" and lower in lex.hypothetical_marks:
            modality = modality or "hypothetical"
    if verb.dep_ == "acomp" and verb.head.i != verb.i:
        # "is not likely to", "may be willing to": an adjective's negation and modal sit on its copula
        c_neg, c_mod, c_fut = _own_markers(verb.head, lex)
        negated, modality, future = negated or c_neg, modality or c_mod, future or c_fut
    # "is going to strike", "is set to sign"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in lex.future_frames and any(
            c.dep_ == "aux" and c.lemma_ == "be" for c in kids_of(verb.head)):
        future = True
        modality = modality or "future"
    return negated, modality, future


def _none_done(verb: Token, obj: Token, lex: Lexicon, event: bool = False) -> bool:
    """ "held no talks", "signed no deal", "imposed no sanctions": an object with a negative determiner denies the
    act, not done zero times. "has no legal effect", "had no drones" (``_HAVING``): a state or a thing had, which the
    claims read in words of their own; unless the object is the ``event`` noun of the light verb ("had no talks")."""
    if not event and (verb.pos_ != "VERB" or verb.lemma_ in _HAVING):
        return False
    return any(d.dep_ == "det" and d.lower_ in lex.negative_determiners for d in kids_of(obj))


def _own_act(comp: Token, head: Token) -> bool:
    """The complement ``comp`` of ``head`` is an act of ``head``'s own subject ("plans to visit"), not of
    someone the head names ("wants Sweden to extradite", "hopes the talks will resume")."""
    if comp.dep_ == "xcomp":
        return not any(c.dep_ == "dobj" for c in kids_of(head))
    subj = [c for c in kids_of(comp) if c.dep_ in _SUBJECTS]
    own = [c for c in kids_of(head) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj and own) and (subj[0].lower_ == own[0].lower_ or subj[0].pos_ == "PRON")


def _frame(comp: Token, head: Token, lex: Lexicon) -> tuple[str | None, str | None]:
    """What the verb ``head`` makes of its complement ``comp``: the governor kind ("commissive",
    "intention" or None) and the modality it gives ("wish" for a wish for someone else's act)."""
    lemma, dep = head.lemma_.lower(), comp.dep_
    if lemma in lex.commissive:
        # "vowed to boycott": promised, not (yet) done; what the recoding makes the statement of the promise
        # (AGREE, THREATEN, CONCEDE) is actual again.
        return "commissive", "intention"
    if lemma in lex.intention:
        if dep == "ccomp" and lemma in lex.lists.opinion_verbs and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
            return None, None  # "considers that the shutdown was caused by": an opinion of a fact
        return ("intention", "intention") if _own_act(comp, head) else (None, "wish")
    if lemma in lex.obligation and dep == "xcomp":
        return None, "obligation"
    if dep == "ccomp" and lemma in lex.lists.mandative_verbs and _bare(comp):
        return None, "wish"  # "insisted that Peru withdraw": demanded of someone, not done
    if dep == "xcomp" and lemma in lex.lists.willingness_words:
        return "intention", "intention"  # "is ready to send troops", "is willing to talk": the subject's intent
    if lemma in lex.hypothetical or (dep == "xcomp" and lemma in lex.lists.likelihood_words):
        return None, "hypothetical"  # "is likely to send troops", "is poised to strike": a forecast, not an act
    return None, None


def _bare(comp: Token) -> bool:
    """A clause in the bare form of a demand: "that Peru withdraw", "that no dam be built" (a bare "be" with no
    modal before it)."""
    if comp.tag_ == "VB":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "be" and c.tag_ == "VB" for c in comp.children) and not any(
        c.tag_ == "MD" or c.lower_ == "to" for c in comp.children)


_ALTERNATIVES = frozenset({("rather", "than"), ("instead", "of")})


def _alternative(prep: Token) -> bool:
    """ "rather than", "instead of": what follows is the course not taken."""
    return any((c.lower_, prep.lower_) in _ALTERNATIVES for c in kids_of(prep) if c.dep_ == "advmod") or (
        prep.i > 0 and (prep.doc[prep.i - 1].lower_, prep.lower_) in _ALTERNATIVES)


def _purpose(clause: Token) -> str | None:
    """ "intention" for a "to" clause with no subordinator ("met ... to discuss"), "hypothetical" for one with
    "for" and a subject of its own ("a need for Peru to launch an inquiry": wanted, not done), else None."""
    if not _infinitive(clause):
        return None
    marks = [c.lower_ for c in kids_of(clause) if c.dep_ == "mark"]
    if not marks:
        return "intention"
    return "hypothetical" if marks == ["for"] else None


def _unreal(verb: Token, lex: Lexicon, negated: bool, modality: str | None) -> tuple[bool, str | None]:
    """A clause that compares with what is not so ("as if", "as though": ``lists.unreal_marks``): "it is not as
    though we accuse them" denies the act; "they acted as if Oslo had attacked" tells an unreal one."""
    marks = [c.lower_ for c in kids_of(verb) if c.dep_ == "mark"]
    if verb.dep_ != "advcl" or len(marks) < 2 or " ".join(marks[-2:]) not in lex.lists.unreal_marks:
        return negated, modality
    if any(c.dep_ == "neg" for c in kids_of(verb.head)):
        return True, modality
    return negated, modality or "hypothetical"


def _infinitive(clause: Token) -> bool:
    """A "to" clause: "to discuss", "(for) Peru to launch"."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids_of(clause))


def factuality(verb: Token, lex: Lexicon, noun: Token | None = None) -> Factuality:
    """Factuality of the event whose trigger (or light verb) is ``verb``; ``noun`` is the event noun of a light
    verb, whose negative determiner denies the act ("held no talks", "had no talks")."""
    negated, modality, future = _own_markers(verb, lex)
    negated = negated or (noun is not None and _none_done(verb, noun, lex, event=True))
    negated, modality = _unreal(verb, lex, negated, modality)
    governor: Token | None = None
    governor_kind: str | None = None
    cur = verb
    for _ in range(6):  # complement chains are short; the bound guards against odd parses
        dep, head = cur.dep_, cur.head
        if head.i == cur.i:
            break
        lemma = head.lemma_.lower()
        if dep == "pcomp" and (head.lower_ in ("without", "against") or _alternative(head)):
            # "opted to stay quiet rather than challenging him", "instead of attacking", "entered the town
            # without fighting": not done; "warned Minsk against holding drills", "voted against sending troops": a
            # course argued against, left open
            against = head.lower_ == "against"
            negated = negated or not against
            modality = modality or ("hypothetical" if against else None)
            break
        if dep == "advcl":
            purpose = _purpose(cur)
            if not (purpose and lemma in lex.commissive and not any(c.dep_ == "dobj" for c in kids_of(head))):
                modality = modality or purpose  # purpose: "met ... to discuss"
                break
            dep = "xcomp"  # "have sworn to fight": the parser's purpose clause is what is vowed (not "committed
            # funds to aid": the purpose of what is committed)
        dep, head = _infinitive_as_object(cur, dep, head)
        lemma = head.lemma_.lower()
        if dep == "conj":
            shared = _shared_head(cur, lex)
            if shared is None:
                break
            head = shared
            h_neg, h_mod, h_fut = _own_markers(head, lex)
            negated = negated or h_neg
            modality = modality or h_mod
            future = future or h_fut
            cur = head
            continue
        if dep == "acl" or (dep == "relcl" and _purpose(cur) is not None):
            # (a "to" clause the parser makes relative: "it was time for Peru to act", "a bill to impose sanctions")
            a_neg, a_mod, a_fut = _noun_clause(cur, head, lex)
            negated, modality, future = negated or a_neg, modality or a_mod, future or a_fut
            break
        if dep not in ("xcomp", "ccomp"):
            break
        refusal = _negating(dep, lemma, lex)
        if refusal is not None:
            negated = True
            # "reluctant to commit to a meeting": a refusal, which the recoding codes REJECT
            governor = governor or (head if refusal else None)
            governor_kind = governor_kind or refusal or None
            break
        kind, frame = _frame(cur, head, lex)
        if kind is None and frame is None and dep == "ccomp" and not _infinitive(cur):
            # Reported speech or a clausal object: what is reported keeps its own factuality; a "to" clause with
            # its own subject ("to get Peru to investigate") is told no more than the verb it hangs on.
            break
        if kind is not None:
            governor, governor_kind = governor or head, governor_kind or kind
        if frame == "wish":
            # "wants the court to hand him over", "hoped the truce would open the door": a wish for
            # someone else's act, which has not happened and is not the wisher's intention.
            modality = "hypothetical" if modality in (None, "future") else modality
        elif frame is not None:
            modality = modality or frame
        h_neg, h_mod, h_fut = _own_markers(head, lex)
        negated = negated or h_neg
        modality = modality or h_mod
        future = future or h_fut
        cur = head
    return Factuality(
        polarity="negated" if negated else "asserted",
        modality=modality or "actual",  # type: ignore[arg-type]
        governor=governor,
        governor_kind=governor_kind,
        future=future,
    )


def _infinitive_as_object(cur: Token, dep: str, head: Token) -> tuple[str, Token]:
    """ "pleaded guilty to threatening to assault and murder a judge": the parser's "to" preposition with a bare
    verb for its object is an infinitive complement of the verb the "to" hangs on."""
    if dep == "pobj" and cur.tag_ == "VB" and head.lower_ == "to" and head.dep_ == "prep" and (
            head.head.pos_ == "VERB" and head.head.i != head.i):
        return "xcomp", head.head
    return dep, head


def _negating(dep: str, lemma: str, lex: Lexicon) -> str | None:
    """Where the head ``lemma`` says its complement did not happen ("denied that", "failed to", "was unable to"), ""
    (None otherwise); "intention" where the head is an unwillingness, a refusal of what follows ("was reluctant
    to")."""
    if dep == "ccomp" and lemma in lex.denial:
        return ""
    if dep == "xcomp" and (lemma in lex.failure or lemma in lex.lists.inability_words):
        return ""
    return "intention" if dep == "xcomp" and lemma in lex.lists.reluctance_words else None


def _shared_head(conj: Token, lex: Lexicon) -> Token | None:
    """The verb whose markers a conjunct shares, or None: one with its own subject keeps its own ("X attacked and
    Y retreated"), and so does one that cannot share its head's auxiliary ("did not attend and criticised")."""
    if any(c.dep_ in _SUBJECTS for c in kids_of(conj)):
        return None
    return coordinated_with(conj, lex.actor_nouns)


def _noun_clause(clause: Token, noun: Token, lex: Lexicon) -> tuple[bool, str | None, bool]:
    """Negation, modality and future of a clause describing ``noun``: "an attempt to free them collapsed",
    "a bid to seize the port" (tried, not done); "will face hundreds of farmers protesting" (a participle is
    as real as the clause its noun belongs to)."""
    lemma = noun.lemma_.lower()
    if clause.dep_ == "acl" and clause.tag_ == "VBG" and noun.tag_ == "NNS" and lemma in lex.failure:
        return True, None, False  # "X avoids condemning Y" in a headline's parse: a verb of failure read as a noun
    if _purpose(clause) == "hypothetical":
        return False, "hypothetical", False  # "a need for Peru to act", "time for Peru to act": wanted, not done
    if clause.tag_ == "VB" and any(c.dep_ == "mark" for c in kids_of(clause)) and not any(
            c.dep_ == "aux" for c in kids_of(clause)):
        return False, "hypothetical", False  # "the demand that Peru withdraw": asked for, not done
    if clause.pos_ == "VERB" and lemma in lex.attempt_nouns:
        return (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in lex.collapse), "intention", False
    if clause.tag_ == "VBG":
        outer = _clause_of(noun)
        if outer is not None:
            _neg, modality, future = _own_markers(outer, lex)
            return False, modality, future
    return False, None, False


def _clause_of(noun: Token) -> Token | None:
    """The verb of the clause ``noun`` belongs to, through prepositions and "of" phrases (a few steps)."""
    cur = noun
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def alleged(verb: Token, lex: Lexicon) -> bool:
    """``verb`` is what someone only claimed ("claimed that the rebels shelled the town", "accused Kiev of
    shelling the town"): the events stage does not code it as actual. (The claims stage keeps the clause's own
    factuality and records the claimant instead, so this is not part of :func:`factuality`.)"""
    cur = verb
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lex.allegation:
            return True
        if _accused_of(cur, lex):
            return True
        if cur.dep_ not in ("conj", "xcomp", "ccomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _accused_of(verb: Token, lex: Lexicon) -> bool:
    """ "accused Kiev of shelling the town", "charged them with inciting", "blamed the rebels for burning it": what
    the accused is said to have done
    is the accuser's word (the parser hangs the phrase on the verb or on the one accused)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("of", "with", "for") or prep.head.i == prep.i:
        return False
    holder = prep.head
    if holder.dep_ == "dobj" and holder.head.i != holder.i:
        holder = holder.head
    return holder.lemma_.lower() in lex.lists.accusation_verbs


def nominal_factuality(noun: Token, lex: Lexicon) -> Factuality:
    """Factuality of an event named by a noun with no light verb ("Chad's raids on Sudan")."""
    negated = any(c.dep_ in ("det", "neg") and c.lower_ in lex.negative_determiners for c in kids_of(noun))
    head = noun.head
    lemma = head.lemma_.lower()
    modality: Modality = "actual"
    modifiers = {c.lower_ for c in kids_of(noun) if c.dep_ in ("amod", "compound")}
    if modifiers & lex.lists.open_modifiers:
        modality = "hypothetical"  # "a possible strike"
    elif modifiers & lex.lists.ahead_modifiers:
        modality = "future"  # "an impending withdrawal", "the planned summit"
    if noun.dep_ not in ("dobj", "nsubjpass"):
        # "hoped the truce would open the door to talks": the noun takes the modality of its clause.
        verb, steps = head, 0
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 4:
            verb, steps = verb.head, steps + 1
        if verb.pos_ in ("VERB", "AUX") and verb.i != noun.i:
            clause = factuality(verb, lex)
            if clause.modality != "actual" and modality == "actual":
                modality = clause.modality
    elif modality != "actual":
        pass  # the noun's own modifier decides
    elif noun.dep_ in ("dobj", "nsubjpass"):
        if lemma in lex.denial and lemma != "reject":
            negated = True  # "denied the attack"
        elif lemma in lex.intention:
            modality = "intention"  # "preparing an offensive"
        elif lemma in lex.hypothetical:
            modality = "hypothetical"  # "warned of an attack"
        elif lemma in lex.lists.need_verbs:
            modality = "hypothetical"  # "needs a wider bombing campaign": wanted, not done
        elif lemma in lex.lists.arranging_verbs and head.pos_ == "VERB" and factuality(head, lex).polarity == "negated":
            negated = True  # "were unable to reschedule a meeting", "failed to arrange talks": none took place
    return Factuality(polarity="negated" if negated else "asserted", modality=modality)
