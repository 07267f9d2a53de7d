"""The outlet's own voice as a side: an editorial or an analysis that argues a cause of its own (issue 14).

A wire's narration ("the fire was caused by a short circuit, the blaze spread to ...") is the story, not a side,
and the cause frames leave it out. An editorial or a column is a side: "the weather is not the reason the country
sits in the dark; these blackouts are the bill for years of neglect" answers the ministry that blamed the drought.
The text says which it is by its own words, in the outlet's voice (outside every statement): the first person
plural as the subject of a verb of stance ("We hope the barges arrive", "we believe", ``editorial_stance_verbs``),
"our" before a word of the outlet's own staff or view ("our reporters found", "in our view",
``editorial_own_nouns``), or the piece naming itself ("this editorial", "this column", ``editorial_self_nouns``).
A press release's "we" is its issuer's statement (the statements extractor reads it so), a liveblog's "we will be
following the situation" takes no verb of stance, and a transcript's presenter speaks under a label: none of them
makes the document an opinion.

In such a document the outlet claims a cause only where it argues one: the cue's sentence has a causal connective
(the cause frames' ``connectives``: "the reason", "the bill for", "the result of", "because"). What the outlet
merely narrates there, with no connective, stays the story's.

Such a document's own label of an act is the outlet's claim too (:func:`outlet_labels`): "This bailout is a handout
to the bondholders" in the outlet's voice answers the ministry that called it an investment. Only the attribute of a
link verb, outside every statement and out of the headline; the narrator of a wire calls nothing so.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, Voice

__all__ = ["opinion", "outlet_argues", "outlet_labels"]

_WE = frozenset({"we"})
_OUR = frozenset({"our"})
_THIS = frozenset({"this", "these"})


def opinion(ctx: Context) -> bool:
    """Whether the document speaks as an editorial or an analysis in its own voice (see the module docstring);
    worked out once per document."""
    cached = ctx.cache.get("opinion")
    if isinstance(cached, bool):
        return cached
    lists = ctx.lexicon.claims.lists
    found = False
    for tok in ctx.tokens(lowers=_WE | _OUR | _THIS):
        low = tok.lower_
        if low == "we":
            hit = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lists.editorial_stance_verbs
        elif low == "our":
            hit = tok.dep_ == "poss" and tok.head.lemma_.lower() in lists.editorial_own_nouns
        else:
            hit = tok.dep_ == "det" and tok.head.lower_ in lists.editorial_self_nouns
        if hit and _outlet_words(tok, ctx):
            found = True
            break
    ctx.cache["opinion"] = found
    return found


def _outlet_words(tok: Token, ctx: Context) -> bool:
    """Whether a token stands in the outlet's own voice: no statement covers it."""
    voice = ctx.voice(tok.idx, tok.idx + len(tok))
    return voice is not None and voice.statement is None and voice.claimant is None


def outlet_argues(voice: Voice | None, linked: bool, cue: Token, ctx: Context) -> bool:
    """Whether a cause ``cue`` in the outlet's voice (``voice``) is the outlet's own argued cause: the document is an
    opinion (:func:`opinion`) and the sentence links the cause to the incident with a connective (``linked``). Not
    in a headline (a first line with no closing stop: "Do not blame the wind" argues, but its parse runs it into the
    first sentence), nor in a sentence of blaming ("the county knew what to blame: the sky" tells another's cause)."""
    if voice is None or voice.statement is not None or voice.claimant is not None or not linked:
        return False
    if not opinion(ctx) or _headline(cue, ctx):
        return False
    blame = ctx.lexicon.claims.lists.blame_verbs
    return not any(t.lemma_.lower() in blame for t in ctx.sents[ctx.sentence_of(cue)])


def outlet_labels(head: Token, ctx: Context) -> tuple[Token, Voice] | None:
    """The link verb by which an opinion document (:func:`opinion`) calls a thing the label ``head`` in its own voice
    ("This subsidy is a handout") and the outlet's voice (no claimant); None elsewhere: a label in a statement, in
    the headline, of a verb that is no link verb, or in a document that argues nothing of its own."""
    verb = head.head
    if head.dep_ != "attr" or verb.lemma_.lower() not in ctx.words.link_verbs:
        return None
    voice = ctx.voice(verb.idx, head.idx + len(head))
    if voice is None or voice.statement is not None or voice.claimant is not None:
        return None
    subj = ctx.subject(verb)
    people = ctx.lexicon.claims.lists.open_cause_doer_pronouns  # the pronouns of persons
    if subj is None or subj.lower_ in people or subj.ent_type_ in ("PERSON", "NORP"):
        return None  # "we are a small paper", "he is a bully": a person's role, not a thing's name
    if not opinion(ctx) or _headline(head, ctx):
        return None
    return verb, voice


def _headline(tok: Token, ctx: Context) -> bool:
    """Whether ``tok`` is on the text's first line and that line ends with no stop (a title)."""
    text = ctx.text
    end = text.find("\n")
    if end < 0 or tok.idx >= end:
        return False
    line = text[:end].rstrip()
    return not line.endswith((".", "!", "?", '"', "\u201d"))
