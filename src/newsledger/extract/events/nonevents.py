"""Acts a sentence names without telling that anyone did them: left out of the ledger.

Each rule is one construction, its words from the lexicon's lists (``data/events.yaml``):

- prevented: "barred the president from waiving sanctions", "avoided a war", "canceled an increase in tariffs":
  the act was kept from happening (``lists.prevention_verbs``, ``lists.avoidance_verbs``,
  ``lists.cancellation_verbs``); "simulated an attack on the island": an exercise, no attack
  (``lists.simulation_verbs``); "his reluctance to roll back tariffs": not done (``lists.reluctance_nouns``);
- a shared opinion: "most economists agree that the plan will fail" is a view held, no agreement with anyone
  (``lists.opinion_quantifiers``, ``lists.opinion_holders``), and so is agreeing that a state holds ("agreed that
  the ministry has little power", ``lists.opinion_states``);
- a capability: "a fleet able to fire missiles", "the capacity to strike": what an actor could do
  (``lists.capability_words``);
- a toll told with nouns: "lost 6,000 dead and wounded": the wounded are people, no one wounded them here
  (``lists.casualty_adjectives``);
- a personal donation: "the businessman donated $2,000 to the senator": money a person gives to politicians
  or causes is a contribution, not aid between states and peoples (``lists.donation_verbs``);
- market language: "the index declined 0.3%" (``lists.market_units``), "small investors welcomed the deal", "the
  Kospi rallied" (``lists.market_actors``);
- a purpose the act itself carries out: "led a protest march ... to protest against the result" is one protest
  (:func:`purposes_done`);
- no pledge: "committed the country to the war" (``lists.pledge_objects`` keep "committed $5 million");
- money for travel or politics: "funded foreign trips for lawmakers", "provided thousands of dollars of campaign
  donations" (``lists.travel_nouns``, ``lists.campaign_words``, ``lists.donation_nouns``);
- a question: "we don't ask them their income" (a thing asked of someone, no act asked for);
- no one in particular: "a worthy opposition would demand more", "no president could waive sanctions" (an
  indefinite or negative subject with a modal, ``lists.generic_determiners``);
- a policy backed: "he supports keeping troops there" (support of a course, told by a gerund, aimed at no one);
- a course argued for: "advocated for a speedy withdrawal" (``lists.advocacy_verbs``);
- a summons: "their invitation by the police", "invited by the committee to testify" (``lists.summoning_bodies``)
  is no offer to meet; nor is a call to the stage ("invited workers to the podium", ``lists.stage_words``);
- control won: "took control of the House" (``lists.won_bodies``: a chamber, a board, a debate) coerces no one;
- one's own view denied: "later denied his opposition to the war" (``lists.own_stance_nouns``) rejects no one; nor
  does a refusal noun of a course that names no one ("his refusal to release his tax returns": :func:`_own_refusal`);
- an object noun in another sense, told by a verb phrase: "conducted epidemiological investigations" (the
  noun entry's ``unless_modifiers``);
- a thing named after a country is not that country: opposing "the Cuba deal" or "the Vietnam war" accuses neither
  (:func:`named_after`, ``lists.named_after_nouns``);
- a measure broken: "charged with violating sanctions against Varnia" tells a breach, not the sanctions
  (``lists.breach_verbs``);
- a meeting named only as where someone spoke ("said at a Reuters summit", ``lists.venue_preps``);
- an activity named as a clause's subject, as a goal or in a general present ("Freeing the crew was his priority",
  "meeting families has an impact": :func:`_named_activity`, ``lists.goal_nouns``);
- support drawn from the public ("won the support of millions", ``lists.winning_verbs``);
- a sought act of a mode coded only when done (``lists.sought_only_modes``): "the request to investigate the
  firm", "believed Kiev needed to investigate them" (``lists.sought_heads``);
- a habit: a simple present with "every day", "each time", "a year" or "whenever" (``lists.habitual_nouns``,
  ``lists.habitual_determiners``, ``lists.habitual_marks``);
- forces of an economy or of nature (``lists.impersonal_heads``, ``lists.impersonal_modifiers``); the offence a
  charge names ("indictments for hacking", ``lists.accusation_nouns``); a participle naming a state ("another freed
  hostage", ``lists.phrase_determiners``); a stance that only seemed taken (``lists.appearance_verbs``); goods
  supplied under a contract (``lists.contract_nouns``); what another party is only hoped to do (``lists.hope_verbs``).
- no one act: an act of "whoever" does it (``lists.free_relatives``), a simple present in a "when" clause of a general
  statement (``lists.generic_marks``), the writer's own question, people on the move travelling
  (``lists.journey_verbs``, ``lists.travelling_people``), a journey to no place or to see kin
  (``lists.private_trip_words``), what a text provides (``lists.document_nouns``).
- leave, waiting and holding: what a noun of entitlement lets someone do ("the power to take control of the ports",
  ``lists.entitlement_nouns``), an act waited for ("waiting for an order to launch the assault",
  ``lists.awaiting_verbs``), land held "under" an occupation (``lists.held_nouns``).
- a personnel change: a resignation with a successor named, "as" an office's holder, or at a term's end
  (:func:`_personnel`); a person described by a simple present ("a populist who disparages migrants") or by a
  perfect kept up ("a senator who has largely opposed the line":
  :func:`_described_by`); a topic talked about with no one ("sat down to discuss Ostra's war": :func:`_topic_only`);
  a danger posed ("a threat to the region's security": :func:`_danger`, ``lists.danger_nouns``).
- a comparison ("as opposed to": :func:`_comparison`, ``lists.comparison_phrases``); a reception ("was met with
  skepticism": :func:`_reaction`, ``lists.reception_verbs``, ``lists.reaction_nouns``); a stance kept with no one
  it is held against ("remain at odds over the reform": :func:`_stance_kept`, ``lists.state_keeping_verbs``).
- campaigning: a person's or a campaign's rally or march (:func:`_campaign_rally`), a meeting with one's supporters
  (:func:`_followers_met`); rules and generic readers: what a bare plural "can" do (:func:`_rule_of_kind`), what
  befalls "you" in the writer's conditional (:func:`_generic_reader`); a person's promise made to no one
  (:func:`_bare_promise`); a role meant in talks ("neutral in negotiations", :func:`_role_in_talks`); acts put "in the
  past" (:func:`_undated_past`); figures of speech ("talks the talk", "fighting back against graft", "went on the
  offensive": :mod:`.figures`); sport results and a reporter's request for comment (:mod:`.routine`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...lexicon.events import EventLexicon as Lexicon
from ..walk import doc_tokens, kids_of, sentence_at
from .candidates import Candidate
from .figures import figure_of_speech
from .routine import routine
from .syntax import children, pobjs
from .triggers import actor_like, counted, is_passive, noun_entry, noun_ok, perfect_misread

__all__ = ["named_after", "not_done", "purposes_done"]

_PLACES = ("GPE", "NORP", "LOC")


def not_done(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """``cand`` names an act nobody is told to have done (one of the module's constructions)."""
    return (_prevented(cand, lex) or _opinion(cand, lex) or _capability(cand, lex) or _toll(cand, lex)
            or _personal_donation(cand, lex, person) or _sought(cand, lex) or _market_move(cand, lex)
            or _market_actors(cand, lex) or _other_sense_object(cand, lex) or _no_pledge(cand, lex)
            or _paid_for(cand, lex) or _question(cand, lex) or _generic(cand, lex) or _policy_support(cand)
            or _advocated(cand, lex) or _summons(cand, lex) or _called_up(cand, lex) or _unwilling(cand, lex)
            or _breached(cand, lex)
            or _venue(cand, lex) or _named_activity(cand, lex) or _support_won(cand, lex) or _habitual(cand, lex)
            or _impersonal(cand, lex) or _offence_charged(cand, lex) or _described_state(cand, lex)
            or _appearance(cand, lex) or _supplied_under_contract(cand, lex) or _hoped_for(cand, lex)
            or _anyone_who(cand, lex) or _generic_when(cand, lex) or _writers_question(cand) or _journey(cand, lex)
            or _own_stance_denied(cand, lex) or _own_refusal(cand) or _control_won(cand, lex) or _provision(cand, lex)
            or _entitled(cand, lex) or _awaited(cand, lex) or _held(cand, lex)
            or _personnel(cand, lex) or _described_by(cand, lex) or _topic_only(cand, lex) or _danger(cand, lex)
            or _ovation(cand, lex) or _range(cand, lex) or _recurring(cand, lex) or _quoted_question(cand, lex)
            or _manner_of_talk(cand, lex) or _comparison(cand, lex) or _reaction(cand, lex)
            or _stance_kept(cand, lex) or _wished(cand, lex) or _durative(cand, lex) or _effort_only(cand, lex)
            or _campaign_rally(cand, lex, person) or _generic_reader(cand, lex) or _rule_of_kind(cand, lex)
            or _followers_met(cand, lex) or _bare_promise(cand, lex, person) or _role_in_talks(cand, lex)
            or _undated_past(cand, lex) or _people_admitted(cand, lex) or _named_topic(cand, lex)
            or _in_the_habit(cand, lex) or _publication_promised(cand, lex) or routine(cand, lex)
            or figure_of_speech(cand, lex, person) or _audience_addressed(cand, lex) or _committed_to_value(cand, lex))


def _audience_addressed(cand: Candidate, lex: Lexicon) -> bool:
    """ "spoke to reporters on Monday", "talked to the crowd", "spoke to the assembly": an audience spoken to
    (``lists.addressed_audiences``, ``lists.published_audiences``, ``lists.audience_nouns``), no talks with anyone;
    nor is the writer's own interview ("We spoke to the deputy minister", outside quotation marks); "spoke with the
    envoy" is left to the rules."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type != "CONSULT" or verb.lemma_.lower() not in lex.lists.talk_verbs:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in kids_of(verb)) and not sum(
            t.lower_ in _QUOTES for t in verb.doc[verb.sent.start:verb.i]) % 2:
        return True  # "We spoke to the deputy minister on Monday": the writer's interview, no talks
    heard = [o for p in kids_of(verb) if p.dep_ in ("prep", "dative") and p.lower_ == "to" for o in pobjs(p)]
    lists = lex.lists
    return bool(heard) and all(o.lemma_.lower() in lists.addressed_audiences | lists.published_audiences
                               | lists.audience_nouns for o in heard)


def _committed_to_value(cand: Candidate, lex: Lexicon) -> bool:
    """ "The ministry is committed to transparency": a state of being committed to a value (``lists.commitment_verbs``,
    passive or after "be", "to" a value of ``lists.value_nouns``) is a stance, no promise to anyone; "is committed
    to the ceasefire" is left to the rules."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type != "AGREE" or verb.lemma_.lower() not in lex.lists.commitment_verbs:
        return False
    if not (verb.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in kids_of(verb))):
        return False
    held = [o for p in kids_of(verb) if p.dep_ == "prep" and p.lower_ == "to" for o in pobjs(p)]
    return bool(held) and all(o.lemma_.lower() in lex.lists.value_nouns for o in held)


def _in_the_habit(cand: Candidate, lex: Lexicon) -> bool:
    """ "I am not in the habit of backing people who insult me", "it is our practice to consult them": an act named as
    a habit (``lists.habit_nouns``), no one act told."""
    verb = cand.anchor
    if not cand.verbal or verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return False
    return verb.head.head.lemma_.lower() in lex.lists.habit_nouns


def _publication_promised(cand: Candidate, lex: Lexicon) -> bool:
    """ "He promised to release a report on the findings", "vowed to publish the letters": a promise to no one of a
    text made public is no agreement with anyone (a release of documents is no event)."""
    verb = cand.anchor
    if not cand.verbal or cand.targets or verb.lemma_.lower() not in lex.commissive:
        return False
    lists = lex.lists
    return any(c.lemma_.lower() in lists.issuing_verbs and any(o.lemma_.lower() in lists.published_texts
                                                                 for o in children(c, "dobj"))
               for c in children(verb, "xcomp"))


def _named_topic(cand: Candidate, lex: Lexicon) -> bool:
    """ "the inquiry into the Harbour bombings", "her statements about the border clashes": physical acts named, with
    the definite article and no owner, as what a noun of words or inquiry is about (``lists.topic_preps``) are a
    topic the story refers to, not acts it tells."""
    noun = cand.anchor
    if cand.verbal or cand.trigger.type not in lex.type_groups.material or noun.tag_ != "NNS":
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ not in lex.lists.topic_preps or noun.head.head.pos_ != "NOUN":
        return False
    kids = kids_of(noun)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for c in kids)


def _campaign_rally(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """ "The senator is holding rallies in two towns", "violence at her campaign rallies", "a man at a Lamb rally",
    "slowed her march to the nomination": a rally or march a person or a campaign holds is campaigning, no protest;
    one aimed at someone ("a rally against the junta") or held by a crowd ("farmers' march") stays
    (``lists.rally_nouns``, ``lists.campaign_words``)."""
    if cand.trigger.type != "PROTEST" or cand.targets:
        return False
    lists = lex.lists
    noun = cand.noun if cand.noun is not None else (None if cand.verbal else cand.anchor)
    if noun is None or noun.lemma_.lower() not in lists.rally_nouns:
        return False
    if any(p.dep_ == "prep" and p.lower_ in lists.rally_target_preps for p in kids_of(noun)):
        return False
    owners = [c for c in kids_of(noun) if c.dep_ in ("poss", "compound", "nmod")]
    if any(o.lemma_.lower() in lists.campaign_words or person(o) or _named_person(o) for o in owners):
        return True
    return cand.verbal and bool(cand.sources) and all(person(s) for s in cand.sources)


def _named_person(tok: Token) -> bool:
    """ "at a Lamb rally": a name before a noun that the tagger took for something else, but that ends a person's
    name told elsewhere in the text."""
    return tok.pos_ == "PROPN" and tok.dep_ in ("compound", "poss") and any(
        e.label_ == "PERSON" and e[-1].text == tok.text for e in tok.doc.ents)


def _role_in_talks(cand: Candidate, lex: Lexicon) -> bool:
    """ "his pledge to be neutral in negotiations between Chile and Peru", "a neutral guy in negotiating the
    conflict": a role someone means to play in talks (``lists.broker_adjectives``) tells no talks held."""
    if cand.trigger.type != "CONSULT":
        return False
    word = cand.noun if cand.noun is not None else cand.anchor
    if word.dep_ not in ("pobj", "pcomp"):
        return False
    holder = word.head.head
    words = lex.lists.broker_adjectives
    # "neutral in talks", "a neutral guy in negotiating", "to be neutral during talks" (the phrase on the verb)
    return holder.lemma_.lower() in words or any(
        c.dep_ in ("amod", "acomp") and c.lemma_.lower() in words for c in kids_of(holder))


def _undated_past(cand: Candidate, lex: Lexicon) -> bool:
    """ "Steelmakers have in the past blamed cheap imports", "In the past, Chile has accused Peru of spying": acts put
    in an undated past (``lists.undated_past_nouns``) are a record, no act told ("in the past week" is dated)."""
    if not cand.verbal:
        return False
    verb = cand.anchor
    clause = verb.head if verb.dep_ == "conj" else verb
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.lemma_.lower() in lex.lists.undated_past_nouns and all(c.dep_ == "det" for c in kids_of(o))
        for o in pobjs(p)) for h in (verb, clause) for p in kids_of(h))


def _people_admitted(cand: Candidate, lex: Lexicon) -> bool:
    """ "the number of migrants Chile will accept", "will accept 800 refugees", "resistance to welcoming refugees":
    people let into a country (``lists.admitted_people``) are no agreement with anyone, no support and no visit
    hosted; nor is a baby welcomed into a family."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type not in ("AGREE", "SUPPORT", "CONSULT") or verb.lemma_.lower() not in (
            lex.lists.admission_verbs):
        return False
    things = children(verb, "dobj") or ([verb.head] if verb.dep_ == "relcl" else [])
    for thing in things:
        for _ in range(3):  # "the number of migrants", "estimates of the number of migrants (it will accept)"
            if thing.lemma_.lower() in lex.lists.admitted_people or any(
                    c.dep_ == "compound" and c.lemma_.lower() in lex.lists.admitted_people for c in kids_of(thing)):
                return True  # (also "a baby girl")
            inner = [o for p in kids_of(thing) if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs(p)]
            if not inner:
                break
            thing = inner[0]
    return False


def _generic_reader(cand: Candidate, lex: Lexicon) -> bool:
    """ "If you doubt the ministry, the paper will brand you a traitor and the channel will accuse you of panic": what
    befalls "you" in a conditional of the writer's (``lists.generic_marks``, ``lists.reader_pronouns``) is told of no
    one in particular."""
    anchor = cand.anchor
    lists = lex.lists
    if not cand.verbal or not any(c.dep_ in ("dobj", "dative") and c.lower_ in lists.reader_pronouns
                                  for c in kids_of(anchor)):
        return False
    heads = [anchor, anchor.head] if anchor.dep_ == "conj" else [anchor]
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in lists.generic_marks
                                         for m in kids_of(c))
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in lists.reader_pronouns for s in kids_of(c))
               for h in heads for c in kids_of(h))


def _rule_of_kind(cand: Candidate, lex: Lexicon) -> bool:
    """ "Political committees can raise money but can't coordinate with a campaign", "Super PACs can ...": what a kind
    of actor, named by a bare plural, can or cannot do is a rule, no act (``lists.rule_modals``; "the rebels can",
    "Chad can" and "Hamas fighters can" are told of someone; an adjective the NER took for a name is no one)."""
    verb = cand.anchor
    if not cand.verbal or not any(c.dep_ == "aux" and c.tag_ == "MD" and c.lemma_.lower() in lex.lists.rule_modals
                                  for c in kids_of(verb)):
        return False
    clause = verb.head if verb.dep_ == "conj" and not children(verb, "nsubj", "nsubjpass") else verb
    subjects = children(clause, "nsubj", "nsubjpass")
    return bool(subjects) and all(
        s.tag_ in ("NNS", "NNPS") and not s.ent_type_ and not any(
            c.dep_ in ("det", "poss", "nummod", "predet") or (c.ent_type_ and c.pos_ in ("PROPN", "NOUN"))
            for c in kids_of(s)) for s in subjects)


def _followers_met(cand: Candidate, lex: Lexicon) -> bool:
    """ "during a meeting with Peruvian supporters at his ranch", "met voters in Ohio": a politician meeting his own
    supporters or voters is campaigning, no talks with a party (``lists.follower_nouns``)."""
    if cand.trigger.type != "CONSULT" or not cand.targets:
        return False
    words = lex.lists.follower_nouns
    return all(t.lemma_.lower() in words or (t.dep_ in ("amod", "compound", "nmod") and t.head.lemma_.lower() in words)
               for t in cand.targets)


def _bare_promise(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """ "Lamb's promises.", "his promise to cut taxes", "the senator repeated his promises": a person's promise named
    with no one it is made to is a campaign pledge, no commitment to a party (``lists.bare_promise_nouns``; "his
    promise of aid to poor nations" and "Chile's promise to reopen the border" stay)."""
    noun = cand.anchor
    if cand.verbal or cand.trigger.type != "AGREE" or cand.targets or noun.lemma_.lower() not in (
            lex.lists.bare_promise_nouns):
        return False
    if any(c.dep_ == "prep" for c in kids_of(noun)):
        return False  # "his promises of assistance to poor nations": what is given names its receiver
    owners = [c for c in kids_of(noun) if c.dep_ == "poss"]
    return bool(owners) and all(person(o) or _named_person(o) for o in owners)


def _wished(cand: Candidate, lex: Lexicon) -> bool:
    """ "What Ankara wants is to encircle the town (and take it)", "the only hope is for Oslo to object": an act
    named after a copula whose subject is a wish (a clause of ``lists.wish_clause_verbs``, or a noun of
    ``lists.wish_nouns``) is only wished, no act told."""
    if not cand.verbal:
        return False
    clause = cand.anchor
    if clause.dep_ == "conj" and not children(clause, "nsubj"):
        clause = clause.head  # "to encircle the town and take it"
    cop = clause.head
    if clause.dep_ not in ("xcomp", "advcl", "ccomp", "attr") or cop.i == clause.i or cop.lemma_ != "be":
        return False
    lists = lex.lists
    if cop.dep_ == "relcl" and cop.head.lemma_.lower() in lists.wish_nouns:
        return True  # "the only hope the Baltic states have is for ...", read as a relative clause of "hope"
    return any(c.lemma_.lower() in lists.wish_clause_verbs for c in children(cop, "csubj")) or any(
        c.lemma_.lower() in lists.wish_nouns for c in children(cop, "nsubj"))


def _durative(cand: Candidate, lex: Lexicon) -> bool:
    """ "donors who for years gave millions to the foundation", "over the decades he lent them his plane": an act
    told as lasting years (``lists.durative_preps`` + ``lists.durative_nouns`` in the plural) is background to the
    story, no one act ("fought for two years" and "for the first time in years" name a span or a first); so is
    one told in a relative clause of a main clause lasting years ("for years the fund thrived on donors who
    gave ...")."""
    if not cand.verbal:
        return False
    verbs = [cand.anchor]
    if cand.anchor.dep_ == "relcl":
        tok = cand.anchor.head
        for _ in range(6):  # from the noun the clause tells of up to the verb it hangs on
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in ("pobj", "prep", "dobj", "nsubj", "conj", "appos"):
                break
            tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            verbs.append(tok)
    lists = lex.lists
    return any(p.lower_ in lists.durative_preps and any(
        o.lemma_.lower() in lists.durative_nouns and o.tag_ == "NNS"
        and not any(c.dep_ == "nummod" or c.lower_ in ("first", "last", "past", "next") for c in kids_of(o))
        for o in pobjs(p)) for verb in verbs for p in children(verb, "prep"))


def _effort_only(cand: Candidate, lex: Lexicon) -> bool:
    """ "its efforts to crack down on extremist posts", "a major effort to crack down on such deals": coercion named
    only as what an effort (``lists.effort_nouns``) aims at, with no one it is aimed at, is a policy pursued."""
    verb = cand.anchor
    return (cand.verbal and cand.trigger.type == "COERCE" and not any(actor_like(t, lex) for t in cand.targets)
            and verb.dep_ == "acl"
            and verb.head.lemma_.lower() in lex.lists.effort_nouns)


def _stance_kept(cand: Candidate, lex: Lexicon) -> bool:
    """ "lawmakers remain at odds over the reform", "the parties stayed deadlocked": a state kept, with no one it is
    held against, is no act (``lists.state_keeping_verbs``); forces kept "on high alert" stay a show of force."""
    return (cand.verbal and not cand.targets and cand.trigger.type not in lex.type_groups.material
            and cand.anchor.lemma_.lower() in lex.lists.state_keeping_verbs)


def _comparison(cand: Candidate, lex: Lexicon) -> bool:
    """ "in pieces, as opposed to one large bill": a phrase of comparison (``lists.comparison_phrases``, the trigger
    with the words either side of it), no opposition voiced."""
    verb, doc = cand.anchor, cand.anchor.doc
    if not cand.verbal or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    return f"{doc[verb.i - 1].lower_} {verb.lower_} {doc[verb.i + 1].lower_}" in lex.lists.comparison_phrases


def _reaction(cand: Candidate, lex: Lexicon) -> bool:
    """ "the plan was met with skepticism", "was greeted with anger": how something was received
    (``lists.reception_verbs`` in the passive, "with" a noun of ``lists.reaction_nouns``), no meeting or welcome."""
    verb = cand.anchor
    if not cand.verbal or verb.lemma_.lower() not in lex.lists.reception_verbs or not is_passive(verb):
        return False
    return any(counted(o, lex).lemma_.lower() in lex.lists.reaction_nouns
               for p in kids_of(verb) if p.dep_ == "prep" and p.lower_ == "with" for o in pobjs(p))


def _manner_of_talk(cand: Candidate, lex: Lexicon) -> bool:
    """ "the minister talks tough at a rally", "talked big about the army": how someone speaks (``lists.talk_verbs``
    with a word of ``lists.talk_manners``) is no talk with anyone; "talked with the envoy" is left to the rules."""
    verb = cand.anchor
    if not cand.verbal or verb.lemma_.lower() not in lex.lists.talk_verbs:
        return False
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") and c.i > verb.i for c in kids_of(verb)):
        return False  # (not "With characteristic zeal, she talks tough")
    return any(c.dep_ != "nsubj" and c.lower_ in lex.lists.talk_manners for c in kids_of(verb))


def _quoted_question(cand: Candidate, lex: Lexicon) -> bool:
    """ "'The ones who fled years ago,' the senator asked": a question verb (``lists.question_verbs``) after the
    quotation it introduces (its object or clause, closed by a quotation mark before the verb) tells the words asked,
    no act asked of anyone; "asked the court to release him" and "asked for help" are left to the other rules."""
    verb = cand.anchor
    if cand.trigger.type != "REQUEST" or not cand.verbal or verb.lemma_.lower() not in lex.lists.question_verbs:
        return False
    if children(verb, "xcomp", "dative") or any(c.dep_ == "prep" and c.lower_ == "for" for c in kids_of(verb)):
        return False
    return any(c.dep_ in ("dobj", "ccomp") and c.i < verb.i and any(
        t.lower_ in _QUOTES for t in verb.doc[c.i:verb.i]) for c in kids_of(verb))


def _ovation(cand: Candidate, lex: Lexicon) -> bool:
    """ "The crowd applauded", "the audience cheered": an audience's applause (``lists.ovation_verbs`` with no object,
    its subject one of ``lists.audience_nouns``) is a reaction at an event, no act of support between actors;
    "the crowd cheered the minister's decision" names what was backed and is left to the other rules."""
    verb = cand.anchor
    return (cand.verbal and verb.lemma_.lower() in lex.lists.ovation_verbs and not children(verb, "dobj")
            and any(s.lemma_.lower() in lex.lists.audience_nouns for s in children(verb, "nsubj")))


def _range(cand: Candidate, lex: Lexicon) -> bool:
    """ "it can fly from Paris to Tokyo non-stop": what a vehicle can cover (``lists.range_verbs`` under "can") is
    its range, no visit; "the minister flew to Tokyo" is told."""
    verb = cand.anchor
    return (cand.verbal and verb.lemma_.lower() in lex.lists.range_verbs
            and any(c.dep_ == "aux" and c.lower_ == "can" for c in kids_of(verb)))


def _recurring(cand: Candidate, lex: Lexicon) -> bool:
    """ "recalling weekly breakfasts with the envoy", "summer visits to the lake": acts told by a plural noun with a
    modifier of frequency (``lists.frequency_modifiers``) are a habit, no one act ("his visit on Monday" is told)."""
    noun = cand.noun if cand.noun is not None else cand.anchor
    return (not cand.verbal and noun.tag_ == "NNS" and any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in lex.lists.frequency_modifiers for c in kids_of(noun)))


def _held(cand: Candidate, lex: Lexicon) -> bool:
    """ "fled the districts under Russian occupation", "regions under their occupation": land held by someone
    (``lists.held_nouns`` after "under") is a state, not a seizure told; "ended the occupation of the island" and
    "came under attack" are left to the other rules."""
    noun = cand.anchor
    return (not cand.verbal and noun.dep_ == "pobj" and noun.head.lower_ == "under"
            and noun.lemma_.lower() in lex.lists.held_nouns)


def _entitled(cand: Candidate, lex: Lexicon) -> bool:
    """ "a decree giving the army the power to take control of the ports", "the right to detain suspects": what a
    noun of entitlement (``lists.entitlement_nouns``) lets someone do is a leave granted, not an act done."""
    verb = cand.anchor
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
        verb = verb.head  # "the power to evacuate people and take control of services"
    return (cand.verbal and verb.dep_ == "acl" and verb.head.pos_ == "NOUN"
            and verb.head.lemma_.lower() in lex.lists.entitlement_nouns
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids_of(verb)))


def _awaited(cand: Candidate, lex: Lexicon) -> bool:
    """ "troops waiting for an order to launch the offensive", "awaiting approval to strike the camp": an act that
    someone waits for (``lists.awaiting_verbs``) is not done yet; "waited as troops shelled the town" tells it."""
    tok = cand.anchor
    for _ in range(5):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "advcl" and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids_of(tok)):
            return False
        if tok.dep_ not in ("acl", "pobj", "prep", "dobj", "xcomp", "advcl"):
            return False
        if head.pos_ == "VERB" and head.lemma_.lower() in lex.lists.awaiting_verbs:
            return True
        tok = head
    return False


def _danger(cand: Candidate, lex: Lexicon) -> bool:
    """ "Used the raids as a threat to its neighbours", "the threat to the region that a new war would pose": a noun
    of danger (``lists.danger_nouns``) with "to" a party (``lists.danger_preps``) names a danger posed, no threat
    made; "his threat to impose tariffs" (an act threatened), "threats against the embassy" and the threat a country
    faces "from" another are told."""
    noun = cand.anchor
    lists = lex.lists
    if cand.verbal or noun.lemma_.lower() not in lists.danger_nouns:
        return False
    if any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                          for a in kids_of(c))
           for c in kids_of(noun)):
        return False  # "his threat to impose tariffs"
    return any(c.dep_ == "prep" and c.lower_ in lists.danger_preps and any(o.pos_ != "VERB" for o in pobjs(c))
               for c in kids_of(noun))


def _topic_only(cand: Candidate, lex: Lexicon) -> bool:
    """ "The former minister sat down with reporters to discuss Vallis's long war", "she is seen discussing her plan":
    one party talking about a topic (``lists.topic_verbs``), with nobody named to talk with (no "with" phrase, no
    second subject, no party as the object), is saying, no meeting with the owner of the topic ("the two
    presidents discussed trade", "discussed the dispute with Ostra" and "a meeting to discuss Ostra's test" are
    meetings; with no party at all, "spent the day discussing the region's problems" is left as told)."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type != "CONSULT" or verb.lemma_.lower() not in lex.lists.topic_verbs:
        return False
    head = verb.head
    if verb.dep_ in ("acl", "advcl", "xcomp") and head.i != verb.i and any(
            (e := noun_entry(n, lex)) is not None and e.type == "CONSULT"
            for n in [head, *children(head, "dobj")] if n.pos_ == "NOUN"):
        return False  # "called an emergency meeting to discuss the test": the meeting's purpose
    if verb.dep_ in ("advcl", "xcomp") and (e := lex.verbs.get(head.lemma_.lower())) is not None \
            and e.type == "CONSULT":
        return False  # "telephoned the minister to discuss the dispute"
    objects = children(verb, "dobj")
    if any(c.dep_ == "prep" and c.lower_ == "with" and pobjs(c)
           for c in [*verb.children, *(d for o in objects for d in kids_of(o))]):
        return False  # (the parser often hangs "with Ostra" on the object: "discussed the dispute with Ostra")
    subjects = children(verb, "nsubj", "nsubjpass")
    if any(children(s, "conj") or s.tag_ in ("NNS", "NNPS") or s.lower_ in ("we", "they") for s in subjects):
        return False
    if not objects or any(actor_like(o, lex) and o.lower_ not in lex.lists.topic_pronouns for o in objects):
        return False
    owners = [c for o in objects for c in kids_of(o) if c.dep_ in ("poss", "compound", "amod") and actor_like(c, lex)]
    return bool(owners) and all(any(t.i == d.i for o in objects for d in o.subtree) for t in cand.targets)


def _personnel(cand: Candidate, lex: Lexicon) -> bool:
    """ "Adeyemi resigned and Okoye was named in her place", "stepped down as a member of parliament to run the
    city", "after she steps down next year": a post changing hands (a successor named in the sentence,
    ``lists.succession_verbs``; an office left "as" its holder, ``lists.personnel_preps``; the end of a term in a
    time clause, ``lists.term_marks``) is a personnel change, no event ("the general resigned to allow elections"
    is told)."""
    verb = cand.anchor
    if cand.trigger.mode != "resign" or not cand.verbal:
        return False
    lists = lex.lists
    if any(c.dep_ == "prep" and c.lower_ in lists.personnel_preps for c in kids_of(verb)):
        return True
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lists.term_marks for c in kids_of(verb)):
        return True
    return any(t.lemma_.lower() in lists.succession_verbs and t.pos_ == "VERB" and t.i != verb.i
               for t in verb.sent)


def _described_by(cand: Candidate, lex: Lexicon) -> bool:
    """ "Mensah, a populist who disparages migrants and trusts no one", "the Okafor we know, who quarrels with
    reporters": a simple present in a relative clause on a person or party tells what they are like, no one act
    ("the envoy, who arrives in Accra on Monday, will meet ..." has its time and is told; so is a perfect or a past:
    "who attacked the convoy")."""
    verb = cand.anchor
    clause = verb
    while clause.dep_ == "conj" and not children(clause, "nsubj") and clause.head.i != clause.i:
        clause = clause.head  # "who quarrels with reporters and attacks the press"
    if not cand.verbal or clause.dep_ != "relcl":
        return False
    lists = lex.lists
    if not all(v.tag_ in ("VBZ", "VBP") and _simple_present(v) for v in (verb, clause)) and not (
            cand.trigger.type not in lex.type_groups.material and all(_present_perfect(v) for v in (verb, clause))
            and any(c.dep_ == "advmod" and c.lower_ in lists.habitual_adverbs | lists.describing_adverbs
                    for v in (verb, clause) for c in v.children)):
        return False  # "a senator who has largely opposed the line": a perfect of words or stance kept up
        # describes them too ("Tembo, who has accused Malawi of ..." tells an act)
    if not any(s.lower_ in lists.person_relatives for s in children(clause, "nsubj")):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)


def _present_perfect(verb: Token) -> bool:
    """ "has accused", "have backed": an active present perfect (no "had", no modal, no passive)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "aux" and auxes[0].lemma_ == "have" and (
        auxes[0].tag_ in ("VBZ", "VBP"))


def _provision(cand: Candidate, lex: Lexicon) -> bool:
    """ "The charter demands that each member hold a vote", "the treaty urges members to ...": what a text
    provides (``lists.document_nouns``, named by no party: "the U.N. resolution calls on Ostra" is the U.N.'s) is
    no act of words by anyone; material acts ("the law bans rallies") are left to the other rules."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type in lex.type_groups.material:
        return False
    subjects = children(verb, "nsubj")
    return bool(subjects) and all(
        s.lemma_.lower() in lex.lists.document_nouns and not any(
            c.dep_ in ("compound", "poss", "amod", "nmod") and (c.ent_type_ or c.pos_ in ("PROPN", "PRON"))
            for c in kids_of(s)) and not any(c.dep_ == "prep" for c in kids_of(s))
        for s in subjects)


def _anyone_who(cand: Candidate, lex: Lexicon) -> bool:
    """ "Whoever signs such a deal betrays the voters": an act of whoever does it (``lists.free_relatives``), told
    of nobody in particular."""
    verb = cand.anchor
    if not cand.verbal:
        return False
    clause = verb.head if verb.dep_ == "conj" and not children(verb, "nsubj", "nsubjpass") else verb
    return any(s.lower_ in lex.lists.free_relatives for s in children(clause, "nsubj", "nsubjpass"))


def _generic_when(cand: Candidate, lex: Lexicon) -> bool:
    """ "When a state puts duties on cheese, its grocers pay more": a simple present in a "when" or "if" clause
    (``lists.generic_marks``) of a main clause also in the simple present tells how things go, no one act ("when
    the envoy visits Vallis next week, he will meet the rebels" and "when troops shelled the town, people fled"
    are told)."""
    verb = cand.anchor
    if not cand.verbal or verb.dep_ != "advcl" or not _simple_present(verb):
        return False
    if not any(m.dep_ in ("mark", "advmod") and m.lower_ in lex.lists.generic_marks for m in kids_of(verb)):
        return False
    main = verb.head
    return main.i != verb.i and (_simple_present(main) or (main.lemma_ == "be" and main.tag_ in ("VBZ", "VBP")))


_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _writers_question(cand: Candidate) -> bool:
    """ "Which sanctions has Ostra imposed?", "Will Vallis retaliate?": the writer's own question (a heading or a
    question put to the reader, no quotation marks in the sentence) tells no act; the answer, if any, follows."""
    start, end, _, _ = sentence_at(cand.anchor)
    words = [t for t in doc_tokens(cand.anchor.doc)[start:end] if not t.is_space]
    return bool(words) and words[-1].text == "?" and not any(t.text in _QUOTES or t.tag_ in ("``", "''")
                                                              for t in words)


def _own_stance_denied(cand: Candidate, lex: Lexicon) -> bool:
    """ "He later denied his opposition to the war": a denial (``fact_denial``) of the speaker's own view
    (``lists.own_stance_nouns`` owned by a pronoun) rejects no one."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type != "REJECT" or verb.lemma_.lower() not in lex.fact_denial:
        return False
    objs = children(verb, "dobj")
    return bool(objs) and all(o.lemma_.lower() in lex.lists.own_stance_nouns and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in kids_of(o)) for o in objs)


def _own_refusal(cand: Candidate) -> bool:
    """ "his refusal to release his tax returns", "the president's refusal to divest from his businesses": a refusal
    told by a noun, of a course of one's own that names no one (no name in its clause) and aimed at no one, is a
    decision not to act, no rejection of anyone ("Kenya's refusal to extradite Mensah" stays)."""
    noun = cand.anchor  # the refusal noun itself ("ignored a court order to stop the march" stays a rejection)
    if cand.verbal or cand.trigger.type != "REJECT" or noun.pos_ != "NOUN" or cand.targets or cand.fallback:
        return False
    clauses = [c for c in kids_of(noun) if c.dep_ in ("acl", "xcomp") and any(a.tag_ == "TO" for a in kids_of(c))]
    return bool(clauses) and not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN"
                                     for c in clauses for t in c.subtree)


def _kin(tokens: list[Token], lex: Lexicon) -> bool:
    """One of ``tokens`` is one's own kin ("her son", "his family": a word of ``lists.private_trip_words`` owned by a
    pronoun) or a private occasion ("a holiday", ``lists.private_occasions``)."""
    kin, occasions = lex.lists.private_trip_words, lex.lists.private_occasions
    return any(t.lemma_.lower() in occasions or (t.lemma_.lower() in kin and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in kids_of(t))) for t in tokens)


def _control_won(cand: Candidate, lex: Lexicon) -> bool:
    """ "helped the party take control of the House", "gained control of the board": control of a chamber, a board or
    a debate (``lists.won_bodies``) is won by votes or shares, no one is coerced."""
    noun = cand.noun
    if cand.trigger.type != "COERCE" or cand.trigger.mode != "seize" or noun is None or noun.lemma_.lower() != (
            "control"):
        return False
    held = [o for p in kids_of(noun) if p.dep_ == "prep" and p.lower_ in ("of", "over") for o in pobjs(p)]
    return bool(held) and all(o.lemma_.lower() in lex.lists.won_bodies or o.lower_ in lex.lists.won_bodies
                              for o in held)


def _journey(cand: Candidate, lex: Lexicon) -> bool:
    """ "dozens of refugees travelling to Vallis", "pilgrims travelled to the shrine": people on the move
    (``lists.travelling_people``) make a journey, no visit to anyone (an envoy or a delegation that travels to a
    capital visits it). Nor does a journey with no place reached ("Osei and his wife had been travelling together",
    "was travelling through Chad to mourn his father") or a private one, whose aim names kin or a family occasion
    ("was travelling to Lima to see her son", ``lists.private_trip_words``); so is any visit to one's kin ("flew to
    Rome to visit her son")."""
    verb = cand.anchor
    if not cand.verbal or cand.trigger.type != "CONSULT":
        return False
    if cand.trigger.mode == "visit" and (_kin(children(verb, "dobj"), lex) or any(
            _kin(list(c.subtree), lex) for c in kids_of(verb) if c.dep_ in ("xcomp", "advcl")
            and any(a.tag_ == "TO" for a in kids_of(c)))):
        return True  # "was flying to Rome to visit her son", "went to see his mother"
    if verb.lemma_.lower() not in lex.lists.journey_verbs:
        return False
    if not cand.targets and not cand.fallback:
        return True
    movers = list(children(verb, "nsubj"))
    if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
        movers.append(verb.head)
    movers += [s for s in cand.sources if s.pos_ == "NOUN"]
    people = lex.lists.travelling_people
    return bool(movers) and all(m.lemma_.lower() in people or m.lower_ in people for m in movers
                                if m.pos_ != "PRON" or m.lower_ not in ("who", "that"))


def _hoped_for(cand: Candidate, lex: Lexicon) -> bool:
    """ "The minister hopes that the union will support the reform (and renegotiate its contract)": what another
    party is hoped to do is the hoper's request of it (:func:`.candidates.demands`), not an act of that party;
    "we hope that we will sign" stays the speakers' own intent."""
    verb = cand.anchor
    if not cand.verbal:
        return False
    clause = verb.head if verb.dep_ == "conj" and not children(verb, "nsubj") else verb
    hope = clause.head
    if clause.dep_ != "ccomp" or hope.lemma_.lower() not in lex.lists.hope_verbs or children(hope, "neg"):
        return False
    return any(c.dep_ == "aux" and lex.modal_aux.get(c.lower_) == "future" for c in kids_of(clause)) and any(
        s.pos_ != "PRON" for s in children(clause, "nsubj"))


def _described_state(cand: Candidate, lex: Lexicon) -> bool:
    """ "Amir Vessel, another freed hostage", "the detained sailors": a participle before its noun names a state the
    person is in, left by an act told elsewhere or not at all ("villages shelled by artillery", with its agent after
    the noun, tells the act)."""
    verb = cand.anchor
    if not cand.verbal or verb.tag_ not in ("VBN", "VBD") or children(verb, "agent"):
        return False
    if verb.dep_ == "amod":
        return verb.tag_ == "VBN"
    # (the parser may read "another freed hostage" as a clause whose subject is the determiner)
    return any(s.lower_ in lex.lists.phrase_determiners and not list(kids_of(s)) for s in children(verb, "nsubj"))


def _appearance(cand: Candidate, lex: Lexicon) -> bool:
    """ "The minister almost seemed to agree", "appeared to back the plan": how a stance looked to the writer
    (``lists.appearance_verbs``), aimed at no one named, is no act of words; a material act that appeared to happen
    ("troops appeared to fire on the crowd") and praise that appeared aimed at someone are told all the same."""
    verb = cand.anchor
    return (cand.verbal and not cand.targets and verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in lex.lists.appearance_verbs
            and cand.trigger.type not in lex.type_groups.material)


def _supplied_under_contract(cand: Candidate, lex: Lexicon) -> bool:
    """ "signed a contract with the navy to supply six tankers", "won an order to deliver 40 buses": goods sold under a
    contract (``lists.contract_nouns``) are a sale, no aid."""
    verb = cand.anchor
    return (cand.verbal and cand.trigger.type == "AID" and verb.dep_ == "acl"
            and verb.head.lemma_.lower() in lex.lists.contract_nouns)


def _habitual(cand: Candidate, lex: Lexicon) -> bool:
    """ "Every day the ministry's site gets attacked", "we accuse them each time it happens", "whenever talks stall,
    they blame the envoy", "the contracts provide $300 million a year to vendors": a simple present with a
    frequency phrase (``lists.habitual_nouns`` after ``lists.habitual_determiners``) or a "whenever" clause
    (``lists.habitual_marks``), or an adverb of frequency ("routinely attacks reporters", ``lists.habitual_adverbs``)
    tells what keeps happening, no one act ("shelled the town every day last week" and "has been shelled every day
    since" are told)."""
    verb = cand.anchor
    if not cand.verbal or not _simple_present(verb):
        return False
    lists = lex.lists
    if not perfect_misread(verb) and any(c.dep_ == "advmod" and c.lower_ in lists.habitual_adverbs
                                         for c in kids_of(verb)):
        return True  # "routinely attacks reporters", "often meets the envoy": a habit ("he's always denied it" is a
        # perfect the parser read as a passive)
    for tok in verb.subtree:
        if (tok.dep_ == "npadvmod" and tok.lemma_.lower() in lists.habitual_nouns and _under(tok.head, verb)
                and any(c.dep_ == "det" and c.lower_ in lists.habitual_determiners for c in kids_of(tok))):
            return True
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in lists.habitual_marks
                                         for m in kids_of(c)) for c in kids_of(verb))


def _simple_present(verb: Token) -> bool:
    """ "accuse", "gets attacked", "is shelled": the simple present, active or passive (no perfect, no modal)."""
    auxes = [c for c in kids_of(verb) if c.dep_ in ("aux", "auxpass") and not (
        c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP"))]  # "we do not blame them each time"
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VB" and any(c.lemma_ == "do" for c in kids_of(verb)))
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")


def _under(tok: Token, verb: Token) -> bool:
    """``tok`` is ``verb`` or hangs on it through its phrases ("accuse them of doing it each time")."""
    for _ in range(4):
        if tok.i == verb.i:
            return True
        if tok.dep_ not in ("prep", "pcomp", "pobj", "xcomp", "dobj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _impersonal(cand: Candidate, lex: Lexicon) -> bool:
    """ "economic forces that are squeezing small farmers", "market forces crushed the farmers": forces of an
    economy or of nature (``lists.impersonal_heads`` with ``lists.impersonal_modifiers``) are no troops and no
    actor; what they do is a figure of speech."""
    lists = lex.lists
    return bool(cand.sources) and all(
        s.lemma_.lower() in lists.impersonal_heads and any(
            c.dep_ in ("amod", "compound") and c.lower_ in lists.impersonal_modifiers for c in kids_of(s))
        for s in (_antecedent(t) for t in cand.sources))


def _offence_charged(cand: Candidate, lex: Lexicon) -> bool:
    """ "could bring indictments for hacking", "arrested on charges of spying": the offence a charge names
    (``lists.accusation_nouns``) is the charge's ground, no act told of anyone (the one who brings the charge did
    not do it)."""
    anchor = cand.anchor
    if cand.verbal:
        if anchor.dep_ != "pcomp" or children(anchor, "nsubj"):
            return False
    elif anchor.dep_ != "pobj" or children(anchor, "poss"):
        return False
    prep = anchor.head
    if prep.lower_ not in ("for", "of", "over") or prep.head.i == prep.i:
        return False
    holder = prep.head
    return any(t.lemma_.lower() in lex.lists.accusation_nouns for t in (holder, *children(holder, "dobj")))


def _venue(cand: Candidate, lex: Lexicon) -> bool:
    """ "said at a Reuters energy summit", "told a conference in Oslo": a meeting named as where someone spoke (its
    organiser is no party; the speaker met no one the sentence names)."""
    noun = cand.anchor
    head = noun.head
    return (not cand.verbal and cand.trigger.type == "CONSULT" and noun.dep_ == "pobj"
            and head.lower_ in lex.lists.venue_preps and head.head.lemma_.lower() in lex.speech)


def _named_activity(cand: Candidate, lex: Lexicon) -> bool:
    """ "Freeing her brother was one of his priorities" (a goal, ``lists.goal_nouns``), "visiting families of
    detainees has an impact" (what such acts do, in the present): an activity named as the subject of a clause, with
    no one told doing it, is not an act told ("banning rallies has closed off an avenue" tells the ban)."""
    verb = cand.anchor
    if not (cand.verbal and verb.tag_ == "VBG" and verb.dep_ == "csubj"
            and not any(c.dep_ in ("nsubj", "poss") for c in kids_of(verb))):
        return False
    head = verb.head
    if head.lemma_ == "be":
        return any(counted(a, lex).lemma_.lower() in lex.lists.goal_nouns for a in children(head, "attr"))
    return head.tag_ in ("VBZ", "VBP") and not children(head, "aux")


def _support_won(cand: Candidate, lex: Lexicon) -> bool:
    """ "has won the support of millions", "gained the backing of voters": support a politician draws from the public
    (``lists.winning_verbs``) is a standing, not an act of anyone named; "won the support of France", "won the
    leader's praise" are acts."""
    noun = cand.anchor
    return (not cand.verbal and cand.trigger.type == "SUPPORT" and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in lex.lists.winning_verbs
            and not any(actor_like(o, lex) for o in (*children(noun, "poss"), *(
                o for p in children(noun, "prep") if p.lower_ in ("of", "from") for o in pobjs(p)))))


def _breached(cand: Candidate, lex: Lexicon) -> bool:
    """ "charged with violating sanctions against Varnia", "firms that evade the embargo": a measure someone breaks
    was imposed before; the breach is told, not the measure (``lists.breach_verbs``)."""
    noun = cand.anchor
    return (not cand.verbal and noun.dep_ in ("dobj", "nsubjpass")
            and noun.head.lemma_.lower() in lex.lists.breach_verbs)


def _unwilling(cand: Candidate, lex: Lexicon) -> bool:
    """ "the president's reluctance to roll back tariffs", "their refusal to free the crew": an act that a noun of
    unwillingness governs is not done."""
    verb = cand.anchor
    return (cand.verbal and verb.dep_ in ("acl", "xcomp") and verb.head.pos_ == "NOUN"
            and verb.head.lemma_.lower() in lex.lists.reluctance_nouns)


def _prevented(cand: Candidate, lex: Lexicon) -> bool:
    """ "prohibit the president from waiving sanctions", "kept them from attacking", "avoided criticism", "simulated
    an attack"."""
    lists = lex.lists
    anchor = cand.anchor
    if cand.verbal:
        verb = anchor.head if anchor.dep_ == "conj" and anchor.tag_ == anchor.head.tag_ == "VBG" else anchor
        avoid = verb.head
        if verb.tag_ == "VBG" and avoid.lemma_.lower() in lists.avoidance_verbs and avoid.dep_ != "xcomp" and (
                verb.dep_ == "xcomp" or (verb.dep_ == "acl" and avoid.tag_ == "NNS")):
            # "avoids condemning Peru", "sidestepped criticising Chile" (or a headline's "avoids" read as a noun):
            # the avoidance told as done; one asked for or planned ("urged them to avoid condemning") is left to
            # the act that asks for it
            return True
        return (verb.dep_ == "pcomp" and verb.head.lower_ == "from"
                and verb.head.head.lemma_.lower() in lists.prevention_verbs)
    noun = anchor
    if noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "avoided an increase in tariffs": the increase is what was kept from happening
    if noun.dep_ != "dobj":
        return False
    verb = noun.head
    keys = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {c.lower_}" for c in kids_of(verb) if c.dep_ == "prt")}
    return bool(keys & (lists.avoidance_verbs | lists.cancellation_verbs | lists.simulation_verbs))


def _opinion(cand: Candidate, lex: Lexicon) -> bool:
    """ "Most Democrats agree that a president should not ...", "analysts agree that ...": a view shared, told
    with a clause and no party agreed with."""
    lists = lex.lists
    anchor = cand.anchor
    if anchor.lemma_.lower() != "agree" and cand.fact.governor is not None:
        anchor = cand.fact.governor  # "agree that China has taken advantage ... and support Trump"
    if cand.trigger.type != "AGREE" or anchor.lemma_.lower() != "agree" or not children(anchor, "ccomp"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "on") for c in kids_of(anchor)):
        return False
    if any(_state_told(comp, lex) for comp in children(anchor, "ccomp")):
        return True  # "the former adviser agreed that the ministry has little power": a view shared
    for subj in children(anchor, "nsubj"):
        if subj.lemma_.lower() in lists.opinion_holders or subj.lower_ in lists.opinion_quantifiers:
            return True
        if any(c.lower_ in lists.opinion_quantifiers for c in kids_of(subj) if c.dep_ in ("amod", "det", "advmod",
                                                                                     "compound")):
            return True
    return False


def _state_told(comp: Token, lex: Lexicon) -> bool:
    """A content clause that tells how things stand ("that the ministry has little power", "that the plan was a
    mistake"): a state verb with no modal, so nothing is to be done under an agreement."""
    return (comp.lemma_.lower() in lex.lists.opinion_states and comp.tag_ in ("VBZ", "VBP", "VBD")
            and not any(c.dep_ == "aux" for c in kids_of(comp)))


def _capability(cand: Candidate, lex: Lexicon) -> bool:
    """ "a triad able to deliver weapons by firing missiles", "missiles capable of striking", "its capacity to
    strike": what an actor could do, described through a noun; "was able to free them" tells an act done."""
    words = lex.lists.capability_words
    tok = cand.anchor
    if tok.tag_ == "VBG" and not children(tok, "nsubj", "aux") and any(
            w.lemma_.lower() in words and w.dep_ in ("amod", "acl") for w in tok.sent if w.i < tok.i):
        return True  # (a list of gerunds after "able to" the parser hangs elsewhere: "..., firing missiles from subs")
    for _ in range(7):  # through a gerund's phrases: "able to deliver them through dropping bombs and firing"
        if tok.head.i == tok.i:
            return False
        child, tok = tok, tok.head
        if tok.lemma_.lower() not in words:
            continue
        if tok.pos_ == "NOUN":
            return child.dep_ in ("acl", "prep", "relcl") or any(c.i == child.i for c in kids_of(tok))
        return tok.pos_ == "ADJ" and tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN")
    return False


def _toll(cand: Candidate, lex: Lexicon) -> bool:
    """ "has lost 6,000 dead and wounded", "the dead and injured": participles coordinated with "dead" are the
    people harmed, named as nouns."""
    anchor = cand.anchor
    if not cand.verbal or anchor.lemma_.lower() not in lex.lists.casualty_verbs:
        return False
    adjectives = lex.lists.casualty_adjectives
    doc, i = anchor.doc, anchor.i
    if i >= 2 and doc[i - 1].lower_ in ("and", "or") and doc[i - 2].lower_ in adjectives:
        dead = doc[i - 2]  # (the parser may hang "wounded" from the verb before "dead")
    elif anchor.dep_ == "conj" and anchor.head.lower_ in adjectives:
        dead = anchor.head
    else:
        return False
    # "the raids left scores dead and wounded": harm the subject of "left" did, an attack all the same
    return dead.head.lemma_.lower() not in lex.lists.result_verbs


def _personal_donation(cand: Candidate, lex: Lexicon, person: Callable[[Token], bool]) -> bool:
    """ "Smith donated $2,400 to the senator", "donating to the congressman was Jones": a person's gift of money
    to people or campaigns, not aid (a gift to a country or a people stays aid)."""
    lists = lex.lists
    if cand.trigger.type != "AID" or cand.anchor.lemma_.lower() not in lists.donation_verbs:
        return False
    if any(t.ent_type_ in _PLACES and not person(t) for t in cand.targets):
        return False
    givers = [_antecedent(s) for s in cand.sources]
    if givers and all(person(s) or s.ent_type_ == "PERSON" for s in givers):
        return True
    takers = [t for t in cand.targets if t.ent_type_ not in ("MONEY", "CARDINAL") and t.pos_ != "NUM"]
    return bool(takers) and all(person(t) or t.ent_type_ == "PERSON" or t.lemma_.lower() in lists.campaign_words
                                or t.lower_ in lists.campaign_words for t in takers)


def _antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Smith, who owns a shop and donated ...": Smith); else ``tok``."""
    if tok.tag_ not in ("WP", "WDT"):
        return tok
    verb = tok.head
    for _ in range(3):  # through coordination and a clause of saying: "a trip that officials said was paid by"
        if verb.dep_ not in ("conj", "ccomp"):
            break
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" else tok


def _sought(cand: Candidate, lex: Lexicon) -> bool:
    """An act of a sought-only mode asked for or held necessary: "the request to investigate the firm",
    "believed Kiev needed to investigate them" (the request is the event, the investigation is not)."""
    lists = lex.lists
    if cand.trigger.mode not in lists.sought_only_modes or not cand.verbal:
        return False
    tok = cand.anchor
    for _ in range(3):
        dep = tok.dep_
        if dep not in ("xcomp", "advcl", "acl", "relcl", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        lemma = tok.lemma_.lower()
        if lemma not in lists.sought_heads:
            continue
        # a noun's clause ("the request to investigate"), what is needed ("needed to investigate", however
        # parsed) or asked ("urged Kiev to investigate"); "were called in to investigate" is sent to do it
        return tok.pos_ == "NOUN" or lemma in lex.lists.need_verbs or dep in ("xcomp", "ccomp")
    return False


def _market_move(cand: Candidate, lex: Lexicon) -> bool:
    """ "Japan's index declined 0.3%", "the shares dropped 2 points": a figure moved by a measure, no act."""
    units = lex.lists.market_units
    if cand.anchor.lemma_.lower() not in lex.lists.movement_verbs:
        return False  # "supports him 100 percent" moves nothing
    return cand.verbal and cand.noun is None and any(
        c.dep_ in ("npadvmod", "dobj") and c.lemma_.lower() in units for c in kids_of(cand.anchor))


def _market_actors(cand: Candidate, lex: Lexicon) -> bool:
    """ "Small investors in Hong Kong have welcomed the deal", "the dollar was supported by the data": traders,
    markets and currencies act on prices, not on states; a price that moves ("the Nikkei rallied",
    ``lists.movement_verbs``) does nothing to anyone."""
    actors = lex.lists.market_actors
    if cand.verbal and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in actors for c in kids_of(cand.anchor)):
        return True  # "the dollar was supported by recent data"
    if cand.verbal and cand.anchor.lemma_.lower() in lex.lists.movement_verbs and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in actors for c in kids_of(cand.anchor)):
        return True  # "the Nikkei rallied on Tuesday" (the index no entity of its own)
    return bool(cand.sources) and all(s.lemma_.lower() in actors for s in cand.sources)


def purposes_done(cands: list[Candidate]) -> None:
    """ "led a march to the commission to protest against the result", "struck the base to punish the attack":
    a "to" clause of the same type as the act it hangs on tells that act's aim, not a second act to come."""
    acts = {c.anchor.i: c for c in cands if c.verbal and not c.dropped}
    for cand in cands:
        anchor = cand.anchor
        if cand.dropped or not cand.verbal or anchor.dep_ != "advcl" or not _infinitive(anchor):
            continue
        head = acts.get(anchor.head.i)
        if head is None or head is cand or _infinitive(head.anchor):
            continue  # "a willingness to back up Putin, to support Putin": a restatement, not a purpose
        cand.dropped = head.trigger.type == cand.trigger.type


def _other_sense_object(cand: Candidate, lex: Lexicon) -> bool:
    """ "conducted epidemiological investigations": a verb coded by its object noun ("conduct" + "investigation"),
    where a modifier gives the noun another sense its own entry rules out (no one is investigated)."""
    if not cand.verbal:
        return False
    for obj in (cand.noun, *children(cand.anchor, "dobj")):
        if obj is None:
            continue
        entry = noun_entry(obj, lex)
        if entry is not None and entry.type == cand.trigger.type and entry.unless_modifiers and not noun_ok(obj, entry):
            return True
    return False


def _no_pledge(cand: Candidate, lex: Lexicon) -> bool:
    """ "Trump's aversion to committing the U.S. to overseas conflicts", "committed atrocities": "commit" with an
    object is no promise unless what is committed is money, forces or the committer itself."""
    anchor = cand.anchor
    if cand.trigger.type != "AGREE" or anchor.lemma_.lower() != "commit":
        return False
    objs = children(anchor, "dobj")
    return bool(objs) and not any(
        o.lemma_.lower() in lex.lists.pledge_objects or o.lower_ in lex.lists.pledge_objects or o.ent_type_ == "MONEY"
        for o in objs)


def _paid_for(cand: Candidate, lex: Lexicon) -> bool:
    """ "has secretly funded more than 200 foreign trips for lawmakers", "may have provided thousands of dollars of
    improper campaign donations": money for travel or for politics, no aid to a state or a people."""
    lists = lex.lists
    anchor = cand.anchor
    if not cand.verbal:
        # "funded more than 200 foreign trips": the trip paid for is no visit told
        return (anchor.lemma_.lower() in lists.travel_nouns and anchor.dep_ in ("dobj", "nsubjpass")
                and anchor.head.lemma_.lower() in lists.funding_verbs)
    if cand.trigger.type != "AID":
        return False
    for obj in (_antecedent(o) for o in children(anchor, "dobj", "nsubjpass")):
        if obj.lemma_.lower() in lists.travel_nouns:
            return True
        words = {t.lemma_.lower() for t in obj.subtree}
        if words & lists.campaign_words and words & lists.donation_nouns:
            return True
    return False


def _question(cand: Candidate, lex: Lexicon) -> bool:
    """ "we don't ask them their annual income": a thing asked of someone (two objects), no act asked for."""
    anchor = cand.anchor
    if cand.trigger.type != "REQUEST" or anchor.lemma_.lower() not in lex.lists.question_verbs:
        return False
    if children(anchor, "xcomp", "ccomp") or any(c.dep_ == "prep" and c.lower_ == "for" for c in kids_of(anchor)):
        return False
    return bool(children(anchor, "dative")) and bool(children(anchor, "dobj"))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids_of(verb))


def named_after(cands: list[Candidate], lex: Lexicon) -> None:
    """ "opposed the Cuba deal", "criticised the Korea war": disapproval or rejection of a deal, war or law named after
    a country (a modifier, not an owner) is aimed at none of its parties; that object is no target."""
    nouns = lex.lists.named_after_nouns
    for cand in cands:
        if cand.trigger.type not in ("ACCUSE", "REJECT") or not cand.verbal:
            continue
        cand.targets = [t for t in cand.targets if not (
            t.lemma_.lower() in nouns and not children(t, "poss")
            and any(c.ent_type_ in _PLACES for c in children(t, "compound")))]


def _generic(cand: Candidate, lex: Lexicon) -> bool:
    """ "A worthy opposition would demand more force", "no president could waive sanctions": what some or no actor
    would or could do, told of nobody in particular."""
    if not cand.verbal or not cand.sources or not any(
            c.dep_ == "aux" and c.lower_ in lex.modal_aux for c in kids_of(cand.anchor)):
        return False
    words = lex.lists.generic_determiners
    return all(s.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in words for c in kids_of(s))
               and not any(c.ent_type_ in ("NORP", "GPE", "ORG") for c in kids_of(s))  # "a Russian warship could"
               for s in cand.sources)


def _policy_support(cand: Candidate) -> bool:
    """ "although he supports keeping troops there": backing a course of action (a gerund), aimed at no one."""
    anchor = cand.anchor
    return (cand.trigger.type == "SUPPORT" and cand.verbal and cand.noun is None and not cand.targets
            and any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "ccomp", "dobj") for c in kids_of(anchor)))


def _advocated(cand: Candidate, lex: Lexicon) -> bool:
    """ "advocated for a speedy withdrawal", "favours a ceasefire": a course argued for, not (yet) taken."""
    noun = cand.anchor
    if cand.verbal:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in lex.lists.advocacy_verbs


def _summons(cand: Candidate, lex: Lexicon) -> bool:
    """ "The move was over their invitation by the police", "was invited by the prosecutors": an invitation from the
    police, a court or an inquiry is a summons, no offer to meet (AGREE)."""
    lists = lex.lists
    anchor = cand.anchor
    if cand.trigger.type != "AGREE" or anchor.lemma_.lower() not in lists.invitation_words:
        return False
    inviters = [*cand.sources, *(o for p in kids_of(anchor) if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                                  for o in kids_of(p) if o.dep_ == "pobj")]
    return any(t.lemma_.lower() in lists.summoning_bodies or t.lower_ in lists.summoning_bodies for t in inviters)


def _called_up(cand: Candidate, lex: Lexicon) -> bool:
    """ "invited workers to the stage to praise the plan", "invited a veteran up to the podium": people called up
    to the floor of the event they attend (``lists.stage_words``), no offer to meet."""
    anchor = cand.anchor
    if cand.trigger.type != "AGREE" or anchor.lemma_.lower() not in lex.lists.invitation_words:
        return False
    return any(o.lemma_.lower() in lex.lists.stage_words for p in kids_of(anchor)
               if p.dep_ in ("prep", "dative") and p.lower_ == "to" for o in pobjs(p))
