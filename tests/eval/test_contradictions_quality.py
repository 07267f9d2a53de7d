"""Quality gate: claims and contradictions on the DEV half of the contradiction gold set (issue 14).

``tests/data/contradictions/`` holds articles written for the project (``written_*.yaml``, text
inline) and annotations of real texts that stay in ``../shared/eval`` (``real_*.yaml``, texts read
from ``$NEWSLEDGER_EVAL_DATA``), each split into a dev half (worked on) and a held-out half (scored
once at the end, by hand, with ``python -m newsledger.evaluation.contradictions``; never here, so
that nobody tunes on it). Scored by :mod:`newsledger.evaluation.contradictions`; the test skips when
``NEWSLEDGER_EVAL_DATA`` is unset.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.evaluation.contradictions import Totals, is_heldout, load_articles, score_articles

pytestmark = pytest.mark.eval

GOLD = Path(__file__).parent.parent / "data" / "contradictions"
FIRST_FILES = ("written_dev.yaml", "written_dev2.yaml", "real_dev.yaml", "real_dev2.yaml")
# Sets written later by helpers who never saw the code, each scored once untuned before joining the dev files
# (docs/ACCURACY.md: third set 0.062, fourth set 0.0, fifth set 0.0, sixth set 0.062, seventh set 0.0 recall
# untuned; the fifth and the sixth, each with one false alarm untuned, joined in stops 24 and 26 once that false
# alarm was gone; the seventh, with none, joined in stop 26 after its first score; the eighth, 0.062 with one false
# alarm untuned at the start and the end of stop 27, joined in stop 28 once quantity16 removed that false alarm by
# a class: a rate is its own unit; the ninth, untuned at the start of stop 28 recall 0.25, 0/8 false alarms, claims
# 0.305, at its end 0.25, 1/8, 0.516, joined once fresh9fa removed that false alarm by a class: a denial scoped to
# "any" of a second thing answers only a telling that names that thing; the nineteenth, 0.375 with one false alarm
# untuned at the start and the end of stop 36, joined in stop 37 once fa37 removed that false alarm by classes: a
# pronoun moving goods is no incident spreading, the reason something went well is no cause; the twentieth, 0.375 with
# one false alarm untuned at the start and the end of stop 37, joined in stop 38 once fa38 removed that false alarm
# by classes: "a further N" adds to an earlier count, a count in "the neighbouring province of X" is of another
# place; the twenty-first, 0.375 with one false alarm untuned at the start and the end of stop 38, joined in stop 39
# once fa39 removed that false alarm by a class: a count whose verb gives a period is a rate, never a total; the
# twenty-second, 0.125 with no false alarm untuned at the start and the end of stop 39, joined at the start of stop 40;
# the twenty-third, 0.375 with one false alarm untuned at the start and the end of stop 40, joined in stop 41 once fa41
# removed that false alarm by a class: two exact counts whose sum is a third count of the same kind are its parts;
# the twenty-fourth, 0.312 with no false alarm untuned at the start and the end of stop 41, joined at the start of
# stop 42; the twenty-fifth, 0.312 with precision 0.333 and false alarms on 2 of 8 untuned at the start and the end
# of stop 42, joined in stop 43 once fa43 removed both false alarms by classes: counts placed by the words after a
# name, a total over places and its parts, a cause word described by an adjective, "no other N", things of past
# years); the twenty-sixth, 0.375 with precision 0.6 and a false alarm on 1 of 8 untuned at the start and the end of
# stop 43, joined in stop 44 once fa44 removed that false alarm by a class: no harm to a class of people meets only
# counts of harm, not the people present).
FRESH_FILES = ("written_fresh3.yaml", "written_fresh4.yaml", "real_fresh4.yaml", "written_fresh5.yaml",
               "written_fresh6.yaml", "written_fresh7.yaml", "written_fresh8.yaml", "written_fresh9.yaml",
               "written_fresh10.yaml", "written_fresh11.yaml", "written_fresh12.yaml", "written_fresh13.yaml",
               "written_fresh14.yaml", "written_fresh15.yaml", "written_fresh16.yaml", "written_fresh17.yaml",
               "written_fresh18.yaml", "written_fresh19.yaml", "written_fresh20.yaml", "written_fresh21.yaml",
               "written_fresh22.yaml", "written_fresh23.yaml", "written_fresh24.yaml", "written_fresh25.yaml",
               "written_fresh26.yaml")
DEV_FILES = FIRST_FILES + FRESH_FILES

# Floors just under the figures of stop 22 (2026-12-04, docs/ACCURACY.md). Over the four first dev files: recall
# 0.478, kind-exact 0.449, precision 0.821, revisions 0.75, corroborations 0.231, claims 0.426; over all seven:
# recall 0.339, kind-exact 0.312, precision 0.80, revisions 0.50, corroborations 0.188, claims 0.289. Stop 23
# over all seven: recall 0.349, kind-exact 0.321, precision 0.81, claims 0.307 (the "all" floors raised with it).
# Stop 24: "all" is eight files (with written_fresh5.yaml): recall 0.328, kind-exact 0.304, precision 0.824,
# revisions 0.50, corroborations 0.176, claims 0.290 (the first four: 0.493, 0.464, 0.833, 0.75, 0.231, 0.432).
# Stop 26: "all" is nine files (with written_fresh6.yaml): at the start (its false alarm gone) recall 0.298,
# kind-exact 0.277, precision 0.827, revisions 0.455, corroborations 0.167, claims 0.268; at the end of the stop
# (attribution and party resolution, docs/ACCURACY.md) recall 0.340, kind-exact 0.319, precision 0.909, revisions
# 0.545, corroborations 0.167, claims 0.276; the first four: recall 0.507, kind-exact 0.478, precision 0.881,
# revisions 0.75, corroborations 0.231, claims 0.432. End of stop 26 with the lead's rules and all helpers merged:
# "all" is ten files (with written_fresh7.yaml): recall 0.350, kind-exact 0.325, precision 0.935, revisions 0.50,
# corroborations 0.263, claims 0.280 (the nine of before: 0.369, 0.340, 0.932); the first four: recall 0.522,
# kind-exact 0.493, precision 0.907, revisions 0.75, corroborations 0.308, claims 0.438. Helper claims14 (agency
# frames, arrangement labels, thing classes, status of a thing done, a business without its trade word; first four
# unchanged): "all" recall 0.363, kind-exact 0.344, precision 0.938, revisions 0.50, corroborations 0.263, claims
# 0.287 (floors raised with it). Stop 27 end, all merged (lead's speakers named by a common noun, framings; claims14;
# events15; judged15): "all" recall 0.363, kind-exact 0.344, precision 0.953, revisions 0.50, corroborations 0.316,
# claims 0.292. Helper quantity16 (open classes of counted nouns, people without a class verb, rates, shares, sums,
# counting bodies, new levels of a count; first four: claims 0.438 -> 0.472): "all" claims 0.292 -> 0.344, revisions
# 0.50 -> 0.583, recall, kind-exact and precision unchanged (0.363, 0.344, 0.953).
# Helper attrib16 (attribution classes: continued speech, closing cues, releases, interviews): "all"
# claims 0.292 -> 0.314, precision 0.954, the rest unchanged; the first four: claims 0.438 -> 0.443. Both merged,
# "all" is eleven files (with written_fresh8.yaml, now at recall 0.188, precision 0.75, no false alarm, claims
# 0.338): recall 0.347, kind-exact 0.329, precision 0.942, revisions 0.615, corroborations 0.30, claims 0.363.
# Helper assert16 (cause classes named by a verb, acceptance denied for everyone or by the accepter's
# own body, acceptance of any act in a speaker's words, three more existence classes): "all" recall 0.376,
# kind-exact 0.357, precision 0.955, revisions 0.50, corroborations 0.316, claims 0.303; the first four: recall
# 0.522, kind-exact 0.493, precision 0.929, revisions 0.75, corroborations 0.385, claims 0.449 (floors raised).
# Helper status16 (status against any legal instrument, verdicts, words of deciding, labels of praise or
# blame, speakers beside a title; first four unchanged): "all" claims 0.292 -> 0.299 (floor raised), the rest unchanged.
# Stop 28, the four helpers merged, "all" (eleven files): recall 0.335 -> 0.410, kind-exact 0.393, precision 0.925 ->
# 0.962, revisions 0.615, corroborations 0.30, claims 0.275 -> 0.399 (written_fresh8.yaml 0.75, now worked on);
# the first four: recall 0.522, kind-exact 0.493, precision 0.929, revisions 0.75, corroborations 0.385, claims 0.489.
# Helper claims17 (the "no claim" stage: a claim's evidence is its whole clause, bare figures answering "how many",
# things denied with no telling, "not a" subjects): "all" claims 0.399 -> 0.451, the first four 0.489 -> 0.545
# (floors raised); recall, kind-exact, precision, revisions, corroborations unchanged.
# Helper sides17 (a state body or official seated "in" a country or capital by its own clause; a title cut at a
# hyphen; speaker nouns with a clause naming nobody): "all" recall 0.410 -> 0.422, kind-exact 0.393 -> 0.405,
# precision 0.962 -> 0.975, claims 0.399 -> 0.409, wrong speaker 68 -> 60; the first four: recall 0.536, kind-exact
# 0.507, precision 0.951, claims 0.523 (floors raised).
# Helper fresh9fa: "all" is twelve files (with written_fresh9.yaml, now recall 0.25, precision 0.833, 0/8 false
# alarms, claims 0.516): recall 0.422 -> 0.407, kind-exact 0.405 -> 0.386, revisions 0.615 -> 0.571, corroborations
# 0.30 -> 0.286 (those four floors lowered, moved by the added file alone; its eleven files unchanged), claims 0.460
# -> 0.467 (raised); precision 0.942, its floor set to 0.96 for the added file (one unexpected conflict in six;
# 0.975 over eleven would be about 0.964 over twelve). At main c48a72b the first four are at precision 0.907 (four
# unexpected existence conflicts in real_dev2, two more than sides17's 0.951), so the two precision floors fail
# there before and after this change: not lowered for that.
# Stop 29: "all" is thirteen files (with written_fresh10.yaml, scored once untuned at the end of stop 28: recall
# 0.188, precision 0.43, 0/8 false alarms, claims 0.214; unchanged at the start of stop 29): recall 0.407 -> 0.390,
# kind-exact 0.386 -> 0.371, precision 0.964 -> 0.923, revisions 0.571 -> 0.533, corroborations 0.286 -> 0.273,
# claims 0.466 -> 0.436; the twelve files of before unchanged. Those floors moved with the added file alone.
# Helper cause18 (causes, states and labels told as plain clauses; the twelve files): recall 0.407 -> 0.413,
# kind-exact 0.386 -> 0.392, precision 0.964 -> 0.965, claims 0.466 -> 0.478 (recall and claims floors raised);
# the first four unchanged.
# Helper pairing18 (stricter pairing and party resolution: shared demonyms, background amounts in words, counts over
# years, outlet claims in a speaker's sentence, sites in a town, one count under two nouns): twelve files recall
# 0.407 -> 0.418, kind-exact 0.386 -> 0.397, precision 0.964 -> 0.976, claims 0.466 unchanged; the first four
# recall 0.536 -> 0.551, kind-exact 0.507 -> 0.522, precision 0.951 -> 0.976 (floors raised).
# Helper exist18 (acts told or denied by one side only, act:<act> claims; merged with main c3c9715): thirteen files
# claims 0.463 -> 0.495, the twelve before 0.488 -> 0.518, the first four 0.58 -> 0.602 (claims floors raised);
# conflicts unchanged (recall 0.424, precision 0.989, no false alarm).
# Helper pairing19 (a group's own body is no state body, a union's people is the union, a finished act counted on two
# days): "all" (thirteen files) recall 0.424 -> 0.434, kind-exact 0.405 -> 0.415, precision 0.989, no false alarm,
# claims 0.463 unchanged (the "all" recall, kind-exact and precision floors raised); the first four unchanged.
# Helper claims19 (counts of those present, land burned "through", "head of" livestock, an unresolved pronoun's
# figure no outlet claim; states out of danger / in crisis, state evidence with its complements), thirteen files:
# recall 0.424 -> 0.434 (quantity 0.486 -> 0.541), kind-exact 0.405 -> 0.415, precision 0.989 unchanged, claims
# 0.463 -> 0.466, no false alarm (the "all" recall floors raised).
# Helper speakers19 (unnamed speaking bodies; thirteen files): wrong speaker 77 -> 71, claims 0.463 -> 0.469
# (claims floor raised), conflicts 0.424 and precision 0.989 unchanged.
# Stop 29, all seven helpers merged (lead, main at the merge of h-speakers19): thirteen files recall 0.390 -> 0.444,
# kind-exact 0.371 -> 0.424, precision 0.923 -> 0.990, revisions 0.533 -> 0.60, corroborations 0.273, claims 0.436 ->
# 0.505, no false alarm in 92; the first four recall 0.551, kind-exact 0.522, precision 0.976, revisions 0.75,
# corroborations 0.385, claims 0.608 (floors at these figures, rounded down). The lead's two classes after the
# end scores of the unseen sets (a unit noun makes a place, "figure from X:" names its source): revisions 0.60 ->
# 0.667, claims 0.507, the rest unchanged.
# Stop 30: "all" is fifteen files (written_fresh11.yaml and written_fresh12.yaml, written blind at the start of stop
# 29 and scored untuned at its start and end: recall 0.125 and 0.25, one false alarm each, both removed after the
# end scores by classes). At the start of stop 30 the fifteen files give recall 0.409, kind-exact 0.388, precision
# 0.927 (fresh 12: 0.36), revisions 0.722, corroborations 0.25, claims 0.477, no false alarm in 108 agreeing
# articles; the "all" floors are reset to these figures for the larger set, rounded down.
# Helper voice20 (whose voice: releases, reported speech after a quote, live-blog entries, outlet words not its own
# and outlet background dated years back in pairing): fifteen files recall 0.409 -> 0.414, kind-exact 0.388 -> 0.392,
# precision 0.927 -> 0.944 (fresh 12 0.364 -> 0.50), corroborations 0.25 -> 0.292, claims 0.477 -> 0.484, no false
# alarm ("all" floors raised).
# Helper sides20 (sides named without a country: press-release place lines, portfolio titles, local bodies and
# officials, places with a possessive, document nouns with a body word, "according to" sources): fifteen files
# recall 0.409 -> 0.422, kind-exact 0.388 -> 0.397, precision 0.927 -> 0.954, claims 0.477 -> 0.485, no false
# alarm; the first four claims 0.608 -> 0.614, the rest unchanged (floors raised).
# articles; the "all" floors are reset to these figures for the larger set, rounded down. Helper status20 (states
# worded as the claimant words them, status and act-label classes): "all" recall 0.418, kind-exact 0.397, precision
# 0.936, claims 0.493; the first four: claims 0.608 -> 0.614 (floors raised).
# Helper cause20 (cause and acceptance classes, fifteen files): recall 0.409 -> 0.439, kind-exact 0.388 -> 0.418,
# precision 0.927 -> 0.931, claims 0.477 -> 0.484 (cause 0.268 -> 0.366, acceptance 0.517 -> 0.621), no false alarm
# (the "all" recall, kind-exact, precision and claims floors raised).
# Helper quotes20 (a firm stance before a colon, lines broken mid-sentence, proposals; on main 89300a0):
# fifteen files recall 0.430 -> 0.435, kind-exact 0.409 -> 0.414, precision 0.982, claims 0.509 -> 0.510, no false
# alarm ("all" recall, kind-exact and claims floors raised, rounded down).
# Stop 30, all helpers merged (lead, main 43517b4: voice20, sides20, status20, actors20, events20, cause20,
# pairing20, quotes20 and the lead's count classes): fifteen files recall 0.409 -> 0.485, kind-exact 0.388 -> 0.464,
# precision 0.927 -> 0.984, revisions 0.722 -> 0.778, corroborations 0.25 -> 0.375, claims 0.477 -> 0.516, no false
# alarm in 108; the first four recall 0.565, kind-exact 0.536, precision 0.976, revisions 0.75, corroborations
# 0.462, claims 0.625 (floors at these figures, rounded down). Then pairing20's "one thing under two names" was
# narrowed to sides of which one names its thing by a word pointing back ("these zones", "its operations"): it had
# set "the dismissal was lawful" against "the new levy was unlawful" (three guard tests): fifteen files recall
# 0.485 -> 0.477, kind-exact 0.464 -> 0.456, precision 0.983, the rest unchanged (the "all" recall floors with it).
# Stop 31: "all" is sixteen files (written_fresh13.yaml, written blind at the start of stop 30 and scored untuned at
# its start and end: recall 0.0 both times, no false alarm, claims 0.333 -> 0.355). At the start of stop 31 the
# sixteen files give recall 0.447, kind-exact 0.427, precision 0.983, revisions 0.789, corroborations 0.346, claims
# 0.500, no false alarm in 116; the "all" floors are reset to these figures for the larger set, rounded down.
# Stop 31, all helpers merged (lead, main 6bf9416: the lead's outlet open counts, sums and distances; alibi14
# existence answered by counter-facts; voices14 statements by naming and ascribing verbs; frames14 causes in any
# words, verdicts, deferred acceptance, echoed labels; counts14 quantity answers in one unit, sums "add up to";
# sides14 answering paragraphs and officials' countries; noclaim14 projected figures, labels in any words; actors15):
# sixteen files recall 0.447 -> 0.498, kind-exact 0.427 -> 0.478, precision 0.983 -> 0.985, revisions 0.789,
# corroborations 0.346, claims 0.500 -> 0.560, no false alarm in 116; the first four recall 0.565, kind-exact 0.536,
# precision 0.977, revisions 0.75, corroborations 0.462, claims 0.625 -> 0.665 (floors at these figures, rounded down).
# Stop 32: "all" is seventeen files (written_fresh14.yaml, written blind at the start of stop 31 and scored untuned at
# its start and end: recall 0.25 both times, precision 0.80, no false alarm, claims 0.272 -> 0.364). At the start of
# stop 32 (main 965d803) the seventeen files give recall 0.483, kind-exact 0.457, precision 0.979, revisions 0.810,
# corroborations 0.321, claims 0.538, no false alarm in 124; the "all" floors are reset to these figures, rounded down.
# Helper numbers32 (every figure of a statement or of the outlet's words a quantity claim: figures no frame ties to
# one counted thing recorded as given and never compared; "as much as", "closer to", prepositions and the "no" of a
# hedge): seventeen files claims 0.538 -> 0.658, the first four 0.665 -> 0.739 (claims floors raised); conflicts,
# revisions, corroborations and false alarms unchanged.
# Helper noclaim32 (the whole phrase as the evidence of a cause, state or label; being at a place as an act; acts a
# cue of denial negates; labels of a cued speaker): seventeen files claims 0.538 -> 0.551, "no claim" 225 -> 202,
# the rest unchanged (the "all" claims floor raised).
# Helper other32 (claims of the right side with the wrong kind or polarity: acceptances the parse hid, negative
# quantifier subjects, a witness's "heard no ...", causes told by a cause noun or with an adverb in the link):
# seventeen files recall 0.483 -> 0.487, kind-exact 0.457 -> 0.461, precision 0.979, claims 0.538 -> 0.545 (other
# claim 208 -> 199), no false alarm in 124 (the "all" recall, kind-exact and claims floors raised).
# Stop 33: "all" is eighteen files (written_fresh15.yaml, written blind at the start of stop 32 and scored untuned at
# its start and end: recall 0.062 both times, precision 0.333, no false alarm, claims 0.436 -> 0.554). At the start of
# stop 33 (main f0d118f) the eighteen files give recall 0.463, kind-exact 0.439, precision 0.965, revisions 0.773,
# corroborations 0.300, claims 0.664, no false alarm in 132; the "all" floors are reset to these figures, rounded down.
# Helper conflicts33 (one country's forces under two common nouns one agent; who struck and a denied account's cause
# as cause disputes; an acceptance denied under a name of no country the side's own; a label denied as a name a
# characterisation): eighteen files recall 0.463 -> 0.470, kind-exact 0.439 -> 0.453, precision 0.965 -> 0.966, the
# rest unchanged, no false alarm (the "all" recall and kind-exact floors raised).
# Stop 33, all helpers merged (lead, main 1901830: petr33, conflicts33, speakers33, noclaim33, gazetteer33 (its
# untagged capitals narrowed by the lead), events33, other33, actors33, speed33, figures33, status33, causes33,
# numbers33 and the lead's classes): eighteen files recall 0.463 -> 0.491, kind-exact 0.439 -> 0.470, precision 0.965 ->
# 0.967, revisions 0.773 -> 0.818, corroborations 0.300, claims 0.664 -> 0.693, no false alarm in 132; the first four
# recall 0.565, kind-exact 0.536, precision 0.977, revisions 1.0, corroborations 0.462, claims 0.750 (floors at these
# figures, rounded down).
# Stop 34: "all" is nineteen files (written_fresh16.yaml, written blind at the start of stop 33 and scored untuned at
# its start and end: recall 0.0 both times, precision 0.0, false alarms on 2 of 8, claims 0.517 -> 0.523; two late
# helpers of stop 33 then worked on it: recall 0.062, precision 1.0, no false alarm, claims 0.547). At the start of
# stop 34 (main 83591b8) the nineteen files give recall 0.468, kind-exact 0.445, precision 0.967, revisions 0.783,
# corroborations 0.273, claims 0.681, no false alarm in 140; the "all" floors are reset to these figures, rounded down.
# Stop 34, all helpers merged (lead, main 9c96f7b: other34, speakers34, pairing34, claims34, actors34, speed34,
# pairing34b, speakers34b, events34, events34b): nineteen files recall 0.468 -> 0.505, kind-exact 0.445 -> 0.485,
# precision 0.967 -> 0.969, revisions 0.783, corroborations 0.273, claims 0.681 -> 0.718 (no statement 151 -> 112, wrong
# speaker 92 -> 85, no claim 137 -> 118, other claim 187 -> 182), no false alarm in 140; the first four recall 0.565,
# kind-exact 0.536, precision 0.977, revisions 1.0, corroborations 0.462, claims 0.750 -> 0.756 (floors at these
# figures, rounded down).
# Stop 35: "all" is twenty files (written_fresh17.yaml, written blind at the start of stop 34 and scored untuned at
# its start and end: recall 0.188 both times, precision 0.50 -> 0.43, false alarms on 2 of 8, claims 0.590 -> 0.635;
# two late helpers of stop 34 then worked on it: recall 0.25, precision 1.0, no false alarm, claims 0.647). At the
# start of stop 35 (main 9bbc748) the twenty files give recall 0.492, kind-exact 0.473, precision 0.970, revisions
# 0.75, corroborations 0.294, claims 0.712, no false alarm in 148; the "all" floors are reset to these figures,
# rounded down.
# Stop 35, all helpers merged (lead, main 18a60f4: deny35, claims35, pairing35, speakers35, acts35, labels35, sides35,
# sides35b, speakers35b, quantity35, cause35b, accept35 for claims and conflicts): twenty files recall 0.492 -> 0.536,
# kind-exact 0.473 -> 0.524, precision 0.970 -> 0.978, revisions 0.75 -> 0.792, corroborations 0.294, claims 0.712 ->
# 0.727, no false alarm in 148; the first four recall 0.580, kind-exact 0.551, precision 0.977, revisions 1.0,
# corroborations 0.462, claims 0.761 (floors at these figures, rounded down).
# Stop 36: "all" is twenty-one files (written_fresh18.yaml, written blind at the start of stop 35 and scored untuned at
# its start and end: recall 0.062 -> 0.125, precision 0.25 -> 0.50, no false alarm on 8 agreeing, claims 0.512 both
# times). At the start of stop 36 (main 013752d) the twenty-one files give recall 0.517, kind-exact 0.502, precision
# 0.967, revisions 0.76, corroborations 0.278, claims 0.715, no false alarm in 156; the "all" floors are reset to
# these figures, rounded down.
# Stop 36, all helpers merged (lead, main 251c3b9: cause36, accept36, ner36, quantity36, groups36, sides36, status36,
# editorial36, quantity36b, speakers36, refs36, cleanup36, speed36; and the scorer reading a status named by its
# opposite in its file's spelling): twenty-one files recall 0.517 -> 0.544, kind-exact 0.502 -> 0.529, precision 0.967
# -> 0.969, revisions 0.76 -> 0.80, corroborations 0.278 -> 0.333, claims 0.715 -> 0.742, no false alarm in 156; the
# first four recall 0.580 -> 0.623, kind-exact 0.594, precision 0.978, revisions 1.0, corroborations 0.462, claims
# 0.778 (floors at these figures, rounded down).
# Stop 37: "all" is twenty-two files (written_fresh19.yaml, written blind at the start of stop 36 and scored untuned
# at its start and end: recall 0.375 both times, precision 0.857 -> 0.75, a false alarm on 1 of 8, claims 0.690
# both times). At the start of stop 37 (main 59ed435) the twenty-two files give recall 0.536, kind-exact 0.519,
# precision 0.960, revisions 0.769, corroborations 0.351, claims 0.740, a false alarm in 164 (written_fresh19's,
# removed by helper fa37 before the file joined: precision 0.98, recall 0.533); the "all" floors are reset to these
# figures, rounded down.
# Stop 37, all helpers merged (lead: fa37, sides37, speakers37, quantity37, stance37, cause37, existence37,
# countries37, quantity37b, quotes37, claims37, actors37, events37; speed37 and speed37b output-neutral): twenty-two
# files recall 0.536 -> 0.573, kind-exact 0.519 -> 0.562, precision 0.960 -> 0.981, a false alarm in 164 -> none,
# revisions 0.769, corroborations 0.351, claims 0.740 -> 0.752; the first four unchanged (recall 0.623, kind-exact
# 0.594, precision 0.979, revisions 1.0, corroborations 0.462, claims 0.778). "all" floors at these figures, rounded
# down (precision to 0.975: one wrong conflict more in 213 is 0.977).
# Stop 38: "all" is twenty-three files (written_fresh20.yaml). At the start of stop 38 (main 6b3f1b0) the
# twenty-three files give recall 0.564, kind-exact 0.553, precision 0.968, revisions 0.741, corroborations 0.342,
# claims 0.747, a false alarm in 172 (written_fresh20's, removed by helper fa38 before the file joined); the "all"
# floors are reset to these figures, rounded down.
# Stop 38, all helpers merged (lead: fa38, quantity38, quantity38b, claims38, char38, char38b, char38c, corrob38,
# countries38, countries38b, bodies38, speakers38, accept38; speed38 output-neutral): twenty-three files recall 0.564
# -> 0.603, kind-exact 0.553 -> 0.592, precision 0.968 -> 0.983, a false alarm in 172 -> none, revisions 0.741 ->
# 0.852, corroborations 0.342 -> 0.421, claims 0.747 -> 0.756; the first four: corroborations 0.462 -> 0.538, the
# rest unchanged. "all" floors at these figures, rounded down (precision to 0.975: one wrong conflict more in 233 is
# 0.979); the first four's corroboration floor to 0.53.
# Stop 39: "all" is twenty-four files (written_fresh21.yaml, joined once helper fa39 removed its false alarm by a
# class). With fa39 merged (main 4abede4b) the twenty-four files give recall 0.596, kind-exact 0.583, precision 0.983,
# revisions 0.821, corroborations 0.436, claims 0.751, no false alarm in 180; the "all" floors are reset to these
# figures, rounded down.
# Stop 39, all helpers merged (lead: fa39, sides39, sides39b, char39, cause39, corrob39, quantity39, speakers39;
# speed39 output-neutral): twenty-four files recall 0.596 -> 0.614, kind-exact 0.583 -> 0.604, precision 0.983 ->
# 0.988 (243/246), no false alarm in 180, revisions 0.821, corroborations 0.436 -> 0.590, claims 0.751 -> 0.759; the
# first four: corroborations 0.538 -> 0.615, claims 0.778 -> 0.790, the rest unchanged. "all" floors at these
# figures, rounded down (precision to 0.98: one wrong conflict more in 247 is 0.984).
# Stop 40: "all" is twenty-five files (written_fresh22.yaml, written blind in stop 39, no false alarm untuned, joins
# at once). At the start (main d68122a7) the twenty-five files give recall 0.594, kind-exact 0.582, precision 0.984
# (249 reported), revisions 0.828, corroborations 0.585, claims 0.750, no false alarm in 188; the "all" floors are
# reset to these figures, rounded down.
# Stop 40, all helpers merged (lead: exist40, quant40, status40, char40, actors40, events40; speed40a-c output-neutral):
# twenty-five files recall 0.594 -> 0.617, kind-exact 0.582 -> 0.607, precision 0.984 -> 0.985 (255/259), no false
# alarm in 188, revisions 0.828, corroborations 0.585 -> 0.610 (25/41), claims 0.750 -> 0.755; the first four
# unchanged. "all" floors at these figures, rounded down (corroborations to 0.60: 25/41 is 0.6098).
# Stop 41: "all" is twenty-six files (written_fresh23.yaml, joined once helper fa41 removed its false alarm by a
# class). Start (b05b2162) -> all helpers merged (lead: fa41, kinds41, claims41, quant41, events41, actors41; speed41b
# output-neutral): recall 0.608 -> 0.642 (265/413), kind-exact 0.598 -> 0.630, precision 0.970 -> 0.989 (276/279), a
# false alarm in 196 -> none, revisions 0.833 -> 0.900, corroborations 0.628, claims 0.751 -> 0.754; the first four:
# recall 0.623 -> 0.638, kind-exact 0.594 -> 0.609, the rest unchanged. "all" floors at these figures, rounded down
# (kind-exact to 0.62: 260/413 is 0.6295; precision to 0.985: one wrong conflict more in 280 is 0.986; revisions to
# 0.89), the first four's recall and kind-exact floors raised to 0.63 and 0.60.
# Stop 42: "all" is twenty-seven files (written_fresh24.yaml, written blind in stop 41, no false alarm untuned, joins
# at once). At the start (main efeb85a2) the twenty-seven files give recall 0.629 (270/429), kind-exact 0.618,
# precision 0.989 (285 reported), no false alarm in 204, revisions 0.871, corroborations 0.622, claims 0.752; the
# "all" floors are reset to these figures, rounded down.
# Stop 42, all helpers merged (lead: exist42, cause42, quant42, speak42, fa42, short42; events42, actors42 and speed42
# moved no conflict): twenty-seven files recall 0.629 -> 0.641 (275/429), kind-exact 0.618 -> 0.629, precision 0.989
# -> 0.990 (287/290), no false alarm in 204, revisions 0.871 -> 0.903, corroborations 0.622, claims 0.752 -> 0.754;
# by kind existence 0.621 -> 0.644, quantity 0.608 -> 0.633, cause 0.545 -> 0.558; the first four unchanged. "all"
# floors at these figures, rounded down (kind-exact to 0.62: 270/429 is 0.6294; revisions to 0.90: 28/31 is 0.903).
# Stop 43: "all" is twenty-eight files (written_fresh25.yaml joins once helper fa43 removed its two false alarms by
# classes). Start (760e50ae) -> all helpers merged (lead: fa43, exist43, quant43, sides43, regions43, speak43; events43,
# actors43, capitals43, travel43, ci43 moved none): the twenty-seven files recall 0.641 -> 0.650 (279/429), kind-exact
# 0.629 -> 0.639, precision 0.990 (291/294), no false alarm in 204, revisions 0.903, corroborations 0.622, claims 0.754
# -> 0.758; written_fresh25 recall 0.312 -> 0.375, precision 0.333 -> 0.857, false alarms 2/8 -> 0/8. The twenty-eight
# files at the end: recall 0.640 (285/445), kind-exact 0.627, precision 0.987 (297/301), no false alarm in 212,
# revisions 0.882 (30/34), corroborations 0.547 (29/53), claims 0.753; the "all" floors are reset to these figures,
# rounded down (precision to 0.98: one wrong conflict more in 302 is 0.983). The first four unchanged.
# Stop 44: "all" is twenty-nine files (written_fresh26.yaml joins once helper fa44 removed its false alarm by a
# class). The twenty-nine files at the start (0221b6bf): recall 0.631 (291/461), kind-exact 0.618, precision 0.974
# (311 reported), a false alarm in 220 (written_fresh26's), revisions 0.886, corroborations 0.554, claims 0.747. All
# helpers merged (lead: fa44, exist44, quant44, cause44, status44, claimants44, actors44; events44, case44 and speed44
# moved none): recall 0.657 (303/461), kind-exact 0.644, precision 0.984 (316/321), no false alarm in 220, revisions
# 0.914 (32/35), corroborations 0.571 (32/56), claims 0.753; by kind cause 0.518 -> 0.578, status 0.651 -> 0.711,
# existence 0.634 -> 0.656. The first four: recall 0.638 -> 0.667, kind-exact 0.609 -> 0.638, precision 0.979 ->
# 0.980, revisions 1.0, corroborations 0.615, claims 0.790 -> 0.801. Floors at these figures, rounded down.
FLOORS: dict[str, dict[str, float]] = {
    "first": {
        "conflict_recall": 0.66,
        "conflict_recall_kind_exact": 0.63,
        "conflict_precision": 0.975,
        "revision_recall": 0.95,
        "corroboration_recall": 0.61,
        "claim_recall": 0.80,
    },
    "all": {
        "conflict_recall": 0.65,
        "conflict_recall_kind_exact": 0.64,
        "conflict_precision": 0.98,
        "revision_recall": 0.91,
        "corroboration_recall": 0.57,
        "claim_recall": 0.75,
    },
}
CEILINGS: dict[str, float] = {"false_alarm_rate": 0.0}


@pytest.fixture(scope="module")
def dev(eval_dir: Path) -> dict[str, Totals]:
    paths = [GOLD / name for name in DEV_FILES]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        pytest.skip(f"contradiction gold not in this checkout: {', '.join(missing)}")
    assert not any(is_heldout(p) for p in paths)
    articles = load_articles(paths, eval_dir)
    totals = score_articles(articles)
    out = {"all": totals, "first": Totals(tuple(s for a, s in zip(articles, totals.articles, strict=True)
                                                 if Path(a.file).name in FIRST_FILES))}
    for p in paths:
        out[p.name] = Totals(tuple(s for a, s in zip(articles, totals.articles, strict=True) if a.file == str(p)))
    return out


def _misses(totals: Totals) -> dict[str, list[str]]:
    return {a.id: list(a.misses) for a in totals.articles if a.misses}


def test_every_dev_article_is_scored(dev: dict[str, Totals]) -> None:
    for name in DEV_FILES:
        assert dev[name].articles, name
    assert not [a.id for a in dev["all"].articles if any(m.startswith("skipped:") for m in a.misses)]


@pytest.mark.parametrize(("files", "metric"), [(f, m) for f, floors in FLOORS.items() for m in sorted(floors)])
def test_floor(dev: dict[str, Totals], files: str, metric: str) -> None:
    totals = dev[files]
    summary = totals.summary()
    assert summary[metric] >= FLOORS[files][metric], (summary, _misses(totals))


@pytest.mark.parametrize("metric", sorted(CEILINGS))
def test_ceiling(dev: dict[str, Totals], metric: str) -> None:
    totals = dev["all"]
    summary = totals.summary()
    assert summary[metric] <= CEILINGS[metric], (summary, _misses(totals))
