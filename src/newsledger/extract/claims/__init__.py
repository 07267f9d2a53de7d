"""Claims: what each claimant asserts or denies, as normalised propositions (issue 14).

``claims`` returns every claim of one document, in text order, ids ``k1``, ``k2``, ... Kinds:

* ``event``: one per event (:mod:`.events`), one per denial that an event took place, and one per flow told as
  unbroken, the denial of a cut-off (:mod:`.continuity`);
* ``quantity``: figures for counted things (:mod:`.quantity`), and every other figure of a statement or of the
  outlet's words (a duration, a partitive, a measure in a side's words), recorded as given and never compared;
* ``cause``: the cause class of an incident and who is responsible for an act (:mod:`.predicates`,
  :mod:`.responsibility`; the author of an act told as its topic, :mod:`.agency`; cause cues and contact acts,
  :mod:`.causes`; causes in any words, :mod:`.open_causes`);
* ``status``: legal and evaluative predicates (lawful, compliant, free and fair, ...) (:mod:`.predicates`), and
  states of a thing (open/closed, registered/suspended, in office) (:mod:`.states`), and states in any words,
  recorded and never compared (:mod:`.open_states`);
* ``acceptance``: who accepted or refused which proposal (:mod:`.acceptance`; told in other words,
  :mod:`.acceptance_idioms`);
* ``characterisation``: one per agreement label and per label of an act in a frame (:mod:`.characterisation`), one
  per label of praise or blame (:mod:`.valence`), one per word of a side another denies as the thing's name
  (:mod:`.echoes`), and one per label in any words, recorded and never compared (:mod:`.open_labels`).

The claimant is the speaker of the statement whose content holds the claim, else the outlet (None); a
claim inside a statement with no resolved speaker is dropped (it is not the outlet's, and nobody the
text names makes it). A joint side ("both governments say") claims for itself and for each party it stands for
(:mod:`.joint`). An answer without content of its own ("that is a lie") denies the claim it answers
(:mod:`.answers`), as does an alibi: the thing at rest, or its doer elsewhere, at the time (:mod:`.alibis`).
Questions and conditions make a claim hypothetical, "will" future. A cause, status or label read from a few words
of a phrase has the whole phrase as its evidence (:mod:`.phrases`), and one a speaker says, the clause the words
stand in (:mod:`.clauses`). The word sets come from ``lexicon.claims`` and
are built once per lexicon; each sub-extractor walks the parse once.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...lexicon import Lexicon
from ...models import Agreement, Claim, Entity, Event, Statement, TimeExpr
from .absence import absence_claims
from .acceptance import acceptance_claims
from .acts import act_claims
from .agency import agency_claims
from .alibis import alibi_claims
from .answers import answer_claims
from .causes import cause_cue_claims, cause_verb_claims, contact_claims
from .characterisation import act_characterisation_claims, characterisation_claims
from .clauses import whole_clauses
from .context import Context
from .continuity import continuity_claims
from .echoes import echoed_denial_claims
from .events import event_claims
from .joint import joint_claims
from .open_causes import open_cause_claims
from .open_labels import open_label_claims
from .open_states import open_state_claims
from .origins import origin_claims
from .phrases import whole_phrases
from .predicates import predicate_claims
from .quantity import quantity_claims
from .rebuttals import rebuttal_claims
from .reports import typed_report_denials
from .responsibility import responsibility_claims
from .states import state_claims
from .valence import valence_claims

__all__ = ["claims"]


def claims(
    doc: Doc,
    entities: tuple[Entity, ...],
    statements: tuple[Statement, ...],
    events: tuple[Event, ...],
    times: tuple[TimeExpr, ...],
    agreements: tuple[Agreement, ...],
    lexicon: Lexicon,
) -> tuple[Claim, ...]:
    """Every claim in ``doc``, in text order (by evidence start), numbered ``k1``, ``k2``, ..."""
    ctx = Context(doc, entities, statements, lexicon)
    found: list[Claim] = []
    recorded: list[Claim] = []  # figures recorded as given, never compared: kept from every frame after them
    found += event_claims(ctx, events)
    found += quantity_claims(ctx, times, recorded)
    found += predicate_claims(ctx)
    found += acceptance_claims(ctx)
    found += responsibility_claims(ctx)
    found += agency_claims(ctx)
    found += cause_cue_claims(ctx, found)
    found += cause_verb_claims(ctx, found)
    found += contact_claims(ctx)
    found += origin_claims(ctx)
    found += open_cause_claims(ctx, found)  # after every frame that reads a cause of its own words
    found += characterisation_claims(ctx, agreements)
    found += act_characterisation_claims(ctx)
    found += echoed_denial_claims(ctx, found)  # after the vocabulary's labels
    found += valence_claims(ctx)
    found += open_label_claims(ctx, found)  # after every frame that reads a label of its own words
    found += state_claims(ctx, times)
    found += open_state_claims(ctx, found)  # after every frame that reads a state of its own words
    found += absence_claims(ctx)
    found += continuity_claims(ctx)
    found += act_claims(ctx, found)  # after the claims that may already tell an act
    found += alibi_claims(ctx, found, times)  # after the acts: an alibi answers an act told before it
    found = rebuttal_claims(ctx, found, times)  # after the figures and labels a denial may name
    found = typed_report_denials(ctx, found)  # after every frame that reads a cause, status or acceptance
    found += answer_claims(ctx, found)  # last: an answer denies a claim found before it
    found += recorded
    found = whole_phrases(ctx, found)  # once every frame has read the others' words
    found = whole_clauses(ctx, found)  # a spoken claim's words: the clause they stand in
    found += joint_claims(doc, entities, found, lexicon)  # a joint side's claims are each party's too
    found.sort(key=lambda c: (c.evidence.start, c.evidence.end, c.kind, c.predicate))
    return tuple(replace(c, id=f"k{n}") for n, c in enumerate(found, 1))
