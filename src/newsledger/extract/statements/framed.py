"""Claims a side makes with a verb of naming or of ascribing, no verb of saying: "the council calls the decree
censorship", "the ministry puts the shortages down to a poor harvest".

Reporters tell a side's version with verbs that are not speech verbs but say what that side holds, and the
words they govern are the side's claim as much as after "said":

- a verb of ``naming_verbs`` that gives its object a name or a quality, with no quote: "the army calls the
  raid a routine patrol", "critics call it reckless", "the ministry calls what happened a transfer". The
  object and its predicate are the content; a verb with only an object ("the union called a strike", "she
  called the minister") names nothing, and one with a particle or a preposition of its own ("called for calm",
  "called on") is another verb;
- a verb of ``ascribing_frames`` that ascribes its object to a cause or a doer: "traces the blast to a leak",
  "puts the flooding down to a blocked culvert", "blamed the drought for the harvest", "blames the floods on blocked
  drains". A frame is the verb, any particle it needs and the preposition, as written in the list; the content
  runs from the object to the end of the preposition's phrase.

The speaker is the verb's subject (for a participle, the subject of the verb it hangs on: "..., blaming the
taxes for ..."), resolved like any speaker. A verb inside a quote (pass 1 has it), a passive one ("the fire
was blamed on ..."), and one whose words another statement already holds yield nothing; a naming verb whose
words hold a quote is left to pass 1 ("called the talks 'productive'").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..walk import kids_of, tokens_with_lemma
from .context import QuoteContext, is_verb
from .cues import make_cue
from .records import Attribution, clean_span, cue_time, speaker_fields

__all__ = ["framed_records"]

_OBJECT_DEPS = ("dobj",)
_RUN_ON_DEPS = ("prep", "advcl", "acl", "npadvmod")
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_REACH = 12  # tokens before the verb that an adjacent subject may stand


def _naming_frame(tok: Token) -> tuple[Token, Token] | None:
    """The first and last token of what a naming verb names and what it calls it, else None."""
    kids = [c for c in kids_of(tok) if c.i > tok.i]
    if any(c.dep_ == "prt" for c in kids) or (kids and kids[0].dep_ in ("prep", "dative")):
        return None  # "called off", "called for calm", "called on the council"
    obj = next((c for c in kids if c.dep_ in _OBJECT_DEPS), None)
    pred = next((c for c in kids if c.dep_ in ("oprd", "acomp")), None)
    if obj is not None and pred is not None and pred.i > obj.i:
        return obj.left_edge, pred.right_edge  # "calls the vote a sham", "called the plan reckless"
    clause = next((c for c in kids if c.dep_ == "ccomp"), None)
    if clause is not None and obj is None:
        # "calls what happened a transfer": the parse makes the name the object of the wh-clause
        named = next((c for c in kids_of(clause) if c.dep_ in _OBJECT_DEPS and c.i > clause.i), None)
        if named is not None and any(t.tag_ in ("WP", "WDT") for t in clause.subtree if t.i < clause.i):
            return clause.left_edge, named.right_edge
    if obj is not None and pred is None:
        # "calls this decree censorship": the parse joins the two nouns into one; a demonstrative before a
        # noun that modifies the head marks the first as the thing named
        left = [c for c in kids_of(obj) if c.i < obj.i]
        det = next((c for c in left if c.dep_ == "det"), None)
        if det is not None and det.lower_ in _DEMONSTRATIVES and any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.i > det.i for c in left):
            return obj.left_edge, obj.right_edge
    return None


def _ascribing_frame(tok: Token, frames: frozenset[str]) -> tuple[Token, Token] | None:
    """The first and last token of what an ascribing verb ascribes and to what, else None."""
    lemma = tok.lemma_.lower()
    obj = next((c for c in kids_of(tok) if c.dep_ in _OBJECT_DEPS and c.i > tok.i), None)
    if obj is None:
        return None
    particle = next((c.lower_ for c in kids_of(tok) if c.dep_ == "prt"), "")
    for prep in (*tok.children, *obj.children):
        if prep.dep_ != "prep" or prep.i < obj.i:
            continue
        if " ".join(w for w in (lemma, particle, prep.lower_) if w) in frames:
            # the cause's own words the parse hung on the verb run on ("traces the fire to a cable | running under
            # the floor"); a clause after a comma is the verb's own (", saying ...")
            last = prep.right_edge
            for more in kids_of(tok):
                if more.i == last.i + 1 and more.dep_ in _RUN_ON_DEPS:
                    last = more.right_edge
            return obj.left_edge, _verbless_rest(last)
    return None


def _verbless_rest(last: Token) -> Token:
    """``last``, or the sentence's last word where only verbless phrases set off by commas follow it ("described
    the accord as a draft, nothing more, with no force in law"): they say more of the same thing."""
    doc, end = last.doc, last.sent.end
    if last.i + 1 >= end or doc[last.i + 1].text != "," or any(t.is_quote for t in doc[last.i + 1:end]):
        return last
    rest = [t for t in doc[last.i + 1:end] if not t.is_punct]
    if not rest or any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WDT", "WP") for t in rest):
        return last
    return rest[-1]


def framed_records(ctx: QuoteContext, taken: list[Attribution], first_group: int) -> list[Attribution]:
    """An indirect statement for each naming or ascribing verb (see the module docstring), skipping those whose
    words a statement of ``taken`` already holds."""
    doc, lists = ctx.doc, ctx.cues.lists
    naming, frames = lists.naming_verbs, lists.ascribing_frames
    ascribing = frozenset(f.split()[0] for f in frames)
    out: list[Attribution] = []
    group = first_group
    for tok in tokens_with_lemma(doc, naming | ascribing):  # the verbs of the lists, without a Token per word
        lemma = tok.lemma_.lower()
        if not is_verb(tok) or ctx.quoted[tok.i] or (lemma not in naming and lemma not in ascribing):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids_of(tok)) or tok.dep_ in ("acl", "amod"):
            continue  # passive: "was blamed on", "a river called the Osk"
        frame = _naming_frame(tok) if lemma in naming else None
        if frame is None and lemma in ascribing:
            frame = _ascribing_frame(tok, frames)
        if frame is None:
            continue
        first, last = frame
        if any(ctx.quoted[i] for i in range(first.i, last.i + 1)):
            continue
        content = clean_span(ctx, first.idx, last.idx + len(last))
        if content is None or any(r.content.start < content.end and content.start < r.content.end for r in taken):
            continue
        cue = make_cue(ctx, tok, max(0, tok.i - _REACH))
        if cue.subject is None or cue.subject.lower_ in ctx.words.non_speakers:
            continue
        span, head, antecedent = speaker_fields(ctx, cue)
        group += 1
        out.append(Attribution(
            kind="indirect", content=content, cue=cue.text, cue_span=cue.span, speaker_span=span,
            speaker_head=head, antecedent=antecedent,
            time=cue_time(ctx, cue.anchors, set(range(first.i, last.i + 1))), group=group))
    return out
