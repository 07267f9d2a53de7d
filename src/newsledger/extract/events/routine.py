"""Sport results and newsroom routine told with the words of events: left out of the ledger.

Each rule is one construction, its words from the lexicon's lists (``data/events.yaml``):

- a result with its score: "had beaten Varga 6-2, 6-1", "defeated the hosts 3-1": a match won, no one beaten
  (``lists.result_verbs``; a score is two numbers joined by a dash, told after the verb in its sentence);
- a comeback: "rallied to beat the top seed", "fought back to win the final": a player coming back in a match,
  no demonstration and no fight (a trigger whose "to" clause is a verb of ``lists.result_verbs``);
- a title held: "against defending champion Ostrava", "the defending titleholders": a sporting title, no one
  defended (``lists.title_holders`` right after "defending");
- meetings won or lost: "had won all 15 previous meetings with their neighbours", "lost their last meeting": games
  played (a meeting noun that a verb of ``lists.result_verbs`` or ``lists.losing_verbs`` takes), no talks held;
- a request for comment: "did not respond to the paper's request for comment": a reporter's routine, no demand
  made of anyone (``lists.press_requests`` after "for").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.events import EventLexicon as Lexicon
from ..walk import kids_of
from .candidates import Candidate
from .syntax import pobjs

__all__ = ["routine"]

_SCORE_WINDOW = 12  # tokens after the verb searched for a score: "beat Varga of Lutvia 6-2, 6-1"
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def routine(cand: Candidate, lex: Lexicon) -> bool:
    """``cand`` is a sport result or a newsroom routine (one of the module's constructions), no act."""
    return (_scored(cand, lex) or _comeback(cand, lex) or _title_held(cand, lex) or _press_request(cand, lex)
            or _meeting_won(cand, lex))


def _meeting_won(cand: Candidate, lex: Lexicon) -> bool:
    """ "had won all 15 previous meetings with Chile": a meeting won or lost is a game, no talks."""
    noun = cand.noun if cand.noun is not None else cand.anchor
    if cand.trigger.type != "CONSULT" or noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "won each of their last nine meetings"
    if noun.dep_ != "dobj":
        return False
    return noun.head.lemma_.lower() in lex.lists.result_verbs | lex.lists.losing_verbs


def _score_at(tok: Token) -> bool:
    """``tok`` begins a score: "6-2" split into three tokens, or kept as one."""
    if tok.like_num and tok.i + 2 < len(tok.doc):
        dash, second = tok.doc[tok.i + 1], tok.doc[tok.i + 2]
        if dash.text in _DASHES and second.like_num and tok.text.isdigit() and second.text.isdigit():
            return True
    parts = tok.text.replace("\u2013", "-").split("-")
    return len(parts) == 2 and all(p.isdigit() and len(p) <= 3 for p in parts)


def _scored(cand: Candidate, lex: Lexicon) -> bool:
    """ "Varga had beaten Lis 6-1, 6-2": a verb of winning with a score after it in its sentence."""
    verb = cand.anchor
    if not cand.verbal or verb.lemma_.lower() not in lex.lists.result_verbs:
        return False
    end = min(verb.sent.end, verb.i + _SCORE_WINDOW)
    return any(_score_at(verb.doc[i]) for i in range(verb.i + 1, end))


def _comeback(cand: Candidate, lex: Lexicon) -> bool:
    """ "Okafor rallied to beat the top seed": a verb whose "to" clause is a verb of winning."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type not in ("PROTEST", "ASSAULT"):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in lex.lists.result_verbs
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids_of(c)) for c in kids_of(verb))


def _title_held(cand: Candidate, lex: Lexicon) -> bool:
    """ "will face defending champion Ostrava": "defending" before the name of a title's holder."""
    verb = cand.anchor
    if not cand.verbal or verb.tag_ != "VBG" or verb.i + 1 >= len(verb.doc):
        return False
    return verb.lower_ == "defending" and verb.doc[verb.i + 1].lemma_.lower() in lex.lists.title_holders


def _press_request(cand: Candidate, lex: Lexicon) -> bool:
    """ "did not respond to the paper's request for comment": a request "for" a comment or an interview."""
    noun = cand.noun if cand.noun is not None else cand.anchor
    if cand.trigger.type != "REQUEST" or noun.pos_ != "NOUN":
        return False
    asked = [o for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ == "for" for o in pobjs(p)]
    return bool(asked) and all(o.lemma_.lower() in lex.lists.press_requests for o in asked)
