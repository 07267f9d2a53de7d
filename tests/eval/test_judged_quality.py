"""Quality gate: events, speakers and actors on real news judged by hand (issue 15 item 5).

``tests/data/judged/real_news.yaml`` lists, for 16 real international-affairs texts of ``../shared/eval``
(PolNeAR dev texts and real pages), the events, office-holder statements and actors an analyst expects,
written before any run, and verdicts on the other coded events written after the first run. Scored by
:mod:`newsledger.evaluation.judged`; skips when ``NEWSLEDGER_EVAL_DATA`` is unset. Figures and the
issue's targets are in docs/ACCURACY.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.evaluation.judged import Totals, load_judged, score_articles

pytestmark = pytest.mark.eval

GOLD = Path(__file__).parent.parent / "data" / "judged" / "real_news.yaml"

# Floors at the figures after stop 23's merges minus 0.02 (before, main at 90d5f02: event recall 0.49, with right
# arguments 0.245, coded right 0.321, speakers with the right country 0.395, actors 0.329; after, 35f7747 and the
# lead's verdicts on the 9 new coded events: 0.50, 0.245, 0.333, 0.789, 0.763). Targets of the issue: coded right
# >= 0.80, speakers >= 0.80. Stop 25 (h-country15: second surnames, titles possessed by a person): speakers
# 0.789 -> 0.842, actors 0.763 -> 0.776, duplicate actors 9 -> 8; those floors moved up to the new figures minus 0.02.
# Stop 26 (h-events15: speech and questions are no requests, other senses, verbal attacks as criticism, participants
# from relative, possessive, participle and attitude clauses; the 10 new codings judged by hand, all wrong): event
# recall 0.50 -> 0.653, with right arguments 0.245 -> 0.439, coded right 0.333 -> 0.606, factuality errors 3 -> 1.
# Stop 26 (h-actors15: family names written first, body aliases, particles, a party without its country word,
# unnamed heads of a body): speakers 0.842 -> 0.868, duplicate actors 8 -> 0.
# Stop 27 (h-judged15: references by title, epithet, gender and "them", arguments the parser hangs elsewhere,
# coordination that does not share an auxiliary, actors the NER splits): right arguments 0.439 -> 0.582, coded right
# 0.606 -> 0.721, factuality errors 1 -> 0, speakers 0.868 -> 0.921, actors 0.776 -> 0.816.
# h-types15 (stances, courses weighed with a modal, indirect questions, aims, own-side demands, hosting, "talk
# down", a misattached participle): coded right 0.717 -> 0.802, right arguments 0.582 -> 0.592 (event recall
# 0.663 -> 0.653: a pronoun the actors stage gives the wrong person now drops a half-right praise).
# h-events18 (acts named but not told done, other senses, stances only where voiced): coded right 0.800 -> 0.809;
# that floor moved up to the new figure minus 0.02. h-events20: coded right 0.809 -> 0.811 (floor minus 0.02).
# h-actors15, stop 31 (names garbled by mojibake read whole, with their accents; a stray final "s"; people-nouns;
# a spaced possessive; an official named after an unnamed one of a country): speakers 0.921 -> 0.974; fresh
# speakers 0.860 -> 0.907, actors 0.672 -> 0.701, duplicates 6 -> 5; fresh 2 actors 0.702 -> 0.713; fresh 4
# speakers 0.892 -> 0.946, actors 0.664 -> 0.673, duplicates 17 -> 16; fresh 5 duplicates 20 -> 19. Floors at the
# new figures minus 0.02, ceilings at the new counts.
FLOORS = {
    "event_recall": 0.633,
    "event_recall_right": 0.572,
    "coded_right": 0.811,
    "speaker_country_right": 0.954,
    "actor_country_right": 0.809,
}
# Ceilings: factuality errors at stop 26's figure, 1 in 16 articles (was 3; the target, at most one per five
# articles, allows 3 in 16); duplicate actors none (the target; 9 at first, 8 at stop 25, 0 since h-actors15).
CEILINGS = {"factuality_errors": 0, "duplicate_actors": 0}

# ``real_news_fresh.yaml``: 8 more real texts, written blind and scored at the start and end of stop 27 (found
# 0.354 -> 0.380, both arguments right 0.266, coded right 0.366 once its 53 unmatched events were judged by hand,
# speakers 0.674, actors 0.597, duplicate actors 7, factuality errors 2); a dev file since stop 28.
FRESH = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh.yaml"
# h-events16 (history more than a year before the publication, inquiries only sought, "should be done to X",
# a gerund's possessor, "the Russian leader", a country closing a title, a country as a brief, offices taken "as",
# party attacks as criticism, a side's own forces, "pressure on X", lobbying, a noun's "impending"/"possible",
# "he had a meeting with him"): found 0.380 -> 0.418, both arguments right 0.266 -> 0.354, coded right 0.366 ->
# 0.514, speakers 0.674 -> 0.860, actors 0.597 -> 0.657, duplicate actors 7 -> 6, factuality errors 2 -> 0; floors at
# the new figures minus 0.02, ceilings at the new counts.
# h-events17 (a negated act in an "if" clause is a condition, blaming a cause accuses no one, "recognize that",
# "talk of", a meeting only planned stays CONSULT, tariffs raised, donations to people and campaigns, "warned X
# against"): found 0.418 -> 0.456, both arguments right 0.354 -> 0.392, coded right 0.514 -> 0.582 (39/67); floors at
# the new figures minus 0.02.
# h-country17 (states and their abbreviations as regions, party-and-home tags, party appositions, voices of a person,
# listed names with initials or another given-name form): actors 0.657 -> 0.672; floor at the new figure minus 0.02.
# h-events18 (prevented, capability, market language, campaign money, stances held): coded right 0.582 -> 0.600 (39/65);
# floor at the new figure minus 0.02.
# h-events19 (a dare, a defence told as coming to it, aid stalled): found 0.456 -> 0.494, both arguments right 0.392
# -> 0.418, coded right 0.600 -> 0.603; floors at the new figures minus 0.02.
# h-events15 (a body occupied): coded right 0.603 -> 0.621 (41/66); floor at it minus 0.02.
FRESH_FLOORS = {
    "event_recall": 0.486,
    "event_recall_right": 0.398,
    "coded_right": 0.641,
    "speaker_country_right": 0.887,
    "actor_country_right": 0.711,
}
# h-actors32, stop 32 (one actor per state: a capital that is no mere place and the government named by its country
# join the country's actor; acronyms written with stops; the later words of a long name; a company's group word
# and legal form left out): duplicate actors, fresh 5 -> 3, fresh2 2 -> 0, fresh4 16 -> 12, fresh5 19 -> 15,
# fresh6 7 -> 4 (ceilings at the new counts); the other figures unchanged.
FRESH_CEILINGS = {"factuality_errors": 0, "duplicate_actors": 2}

# ``real_news_fresh2.yaml`` (8 real texts, judged blind at the start of stop 28; start -> end of that stop: found
# 0.325, both arguments right 0.277, coded right 0.476 -> 0.495 once all 99 coded events were judged, speakers
# 0.257 -> 0.571, actors 0.564 -> 0.660, duplicate actors 5, factuality errors 1) and ``real_news_fresh3.yaml``
# (8 real texts, judged blind mid-stop 28 and scored once at its end: found 0.328, both right 0.213, coded right
# 0.588, speakers 0.467, actors 0.634, duplicate actors 18, factuality errors 4): dev files since stop 29, floors at
# those figures minus 0.02, ceilings at those counts.
# Stop 29 (h-actors18: lawmakers' party-and-state tags, offices one state holds, legislatures many states share,
# duplicates of envoys, shortened organisation names and bare plurals): fresh2 speakers 0.571 -> 0.829, actors
# 0.660 -> 0.691, duplicates 5 -> 2; fresh3 actors 0.634 -> 0.718, duplicates 18 -> 13 (floors minus 0.02,
# ceilings at the counts).
# Stop 30, all helpers merged (main 43517b4; actors20, events20, quotes20): fresh 2 found 0.361 -> 0.386, coded
# right 0.806 -> 0.812, actors 0.691 -> 0.702; fresh 3 found 0.41 -> 0.443, both right 0.311 -> 0.377, coded right
# 0.783 -> 0.812, speakers 0.467 -> 0.733, actors 0.718 -> 0.746, duplicates 13 -> 12; fresh 4 found 0.338 -> 0.465,
# both right 0.211 -> 0.366, coded right 0.425 -> 0.600, speakers 0.730 -> 0.892, actors 0.579 -> 0.664, duplicates
# 22 -> 17 (floors at the figures minus 0.02, ceilings at the counts).
FRESH2 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh2.yaml"
# h-events19 (verbs of coordination; censorship, tariffs on a country's goods, people barred or held): fresh 2
# found 0.337 -> 0.361, both right 0.289 -> 0.301, coded right 0.800 -> 0.806; fresh 3 found 0.377 -> 0.410, both
# right 0.279 -> 0.311, coded right 0.773 -> 0.783, factuality errors 1; floors at the new figures minus 0.02,
# fresh 3's factuality ceiling at its count.
# h-events20 (begging is asking; a definite act told with its place; a thing referred back to; anger drawn; warnings
# to act): fresh 2 found 0.361 -> 0.386, both right 0.301 -> 0.325, coded right 0.806 -> 0.812; fresh 3 found 0.410
# -> 0.443, both right 0.311 -> 0.361, coded right 0.783 -> 0.792; floors at the new figures minus 0.02.
FRESH2_FLOORS = {
    "event_recall": 0.39,
    "event_recall_right": 0.329,
    "coded_right": 0.803,
    "speaker_country_right": 0.809,
    "actor_country_right": 0.734,
}
FRESH2_CEILINGS = {"factuality_errors": 0, "duplicate_actors": 0}
FRESH3 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh3.yaml"
FRESH3_FLOORS = {
    "event_recall": 0.423,
    "event_recall_right": 0.373,
    "coded_right": 0.843,
    "speaker_country_right": 0.713,
    "actor_country_right": 0.783,
}
FRESH3_CEILINGS = {"factuality_errors": 1, "duplicate_actors": 12}

# ``real_news_fresh4.yaml`` (8 real texts: four PolNeAR, three MEANTIME, one real page; judged blind at the start of
# stop 29, scored untuned at its start and end: found 0.338, both right 0.211, coded right 0.415 -> 0.425 once the
# unmatched coded events were judged, speakers 0.730, actors 0.570 -> 0.579, duplicate actors 24 -> 22 with the
# company legal forms after the end score): a dev file since stop 30, floors at the figures minus 0.02, ceilings
# at the counts.
# h-actors20 (short forms of one organisation, countries from the words around a name, quotes the parse hid):
# fresh 2 actors 0.691 -> 0.702; fresh 3 both right 0.311 -> 0.328, coded right 0.783 -> 0.804, speakers 0.467 ->
# 0.600, actors 0.718 -> 0.746, duplicates 13 -> 12; fresh 4 coded right 0.425 -> 0.438, speakers 0.730 -> 0.811,
# actors 0.579 -> 0.664, duplicates 22 -> 17; floors at the new figures minus 0.02, ceilings at the new counts.
# h-quotes20 (a typewriter quote closed on the next line of a one-sentence-per-line text; a proposal told by a
# gerund after "of"): fresh 4 speakers 0.811 -> 0.892, fresh 3 speakers 0.600 -> 0.733, floors at the new figures
# minus 0.02.
FRESH4 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh4.yaml"
# h-events20 (classes from the hand verdicts: a launch into open water, participles with their agent, a part of an
# event noun, measures broken, trips at home, "as if" clauses, legal measures dropped, hopes voiced for another's act,
# venues, goals, a thing referred back to, anger voiced or drawn, what someone called a thing, warnings and demands in
# the bare form, names of blame, aid received, appositions): found 0.338 -> 0.465, both right 0.211 -> 0.366, coded
# right 0.425 -> 0.588; floors at the new figures minus 0.02.
# h-events15 (habits, a chance of, forces of an economy, a charge's offence, "another freed hostage", hopes voiced for
# another's act, goods sold under a contract, loans received): coded right 0.600 -> 0.704 (50/71); floor at it
# minus 0.02.
FRESH4_FLOORS = {
    "event_recall": 0.459,
    "event_recall_right": 0.402,
    "coded_right": 0.74,
    "speaker_country_right": 0.953,
    "actor_country_right": 0.867,
}
FRESH4_CEILINGS = {"factuality_errors": 1, "duplicate_actors": 11}

# ``real_news_fresh5.yaml`` (8 real texts: three PolNeAR, four MEANTIME, one real page; judged blind at the start of
# stop 30, scored untuned at its start and end: found 0.368, both right 0.237, coded right 0.407 -> 0.417 once the
# start run's unmatched coded events were judged by hand, speakers 0.522, actors 0.593 -> 0.642, duplicate actors 20,
# no factuality error): a dev file since stop 31, floors at the figures minus 0.02, ceilings at the counts.
# h-events15b (trips dated years back by a noun's year, "whoever", a general "when", the writer's questions, people
# travelling, a text's provisions; targets from goods' origin and an act's noun): both right 0.237 -> 0.289, coded
# right 0.417 -> 0.510; floors at the new figures minus 0.02.
# h-events32 (an event noun ordered is the orderer's act, history "years after", attacked for what one said, goods
# named after their maker, a meal with someone, a body's own meeting, coordinated verbs sharing a target, dismay
# voiced at someone): found 0.368 -> 0.395, both right 0.289 -> 0.368, coded right 0.510 -> 0.585; floors at the new
# figures minus 0.02.
FRESH5 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh5.yaml"
FRESH5_FLOORS = {
    "event_recall": 0.506,
    "event_recall_right": 0.480,
    "coded_right": 0.705,
    "speaker_country_right": 0.936,
    "actor_country_right": 0.806,
}
FRESH5_CEILINGS = {"factuality_errors": 0, "duplicate_actors": 13}

# ``real_news_fresh6.yaml`` (8 real texts: six PolNeAR, two MEANTIME; judged blind at the start of stop 31, scored
# untuned at its start and end: found 0.482, both right 0.339, coded right 0.312 both times once the start run's 55
# unmatched coded events were judged by hand, all wrong; speakers 0.941, actors 0.756, duplicate actors 7, factuality
# errors 1): a dev file since stop 32, floors at the figures minus 0.02, ceilings at the counts.
# h-events32 (the same classes; blasting an actor, a promise to be a friend to someone, a simulated attack, a verb of
# failure misparsed as a noun, a speech given somewhere): found 0.482 -> 0.518, both right 0.339 -> 0.411, coded
# right 0.312 -> 0.421; floors at the new figures minus 0.02.
FRESH6 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh6.yaml"
FRESH6_FLOORS = {
    "event_recall": 0.551,
    "event_recall_right": 0.462,
    "coded_right": 0.540,
    "speaker_country_right": 0.921,
    "actor_country_right": 0.806,
}
FRESH6_CEILINGS = {"factuality_errors": 1, "duplicate_actors": 3}

# ``real_news_fresh7.yaml`` (8 real texts: six PolNeAR, two MEANTIME; judged blind at the start of stop 32, scored
# untuned at its start and end: found 0.432, both right 0.273, coded right 0.474 -> 0.468 once the start run's 41
# unmatched coded events were judged by hand, all wrong; speakers 0.947, actors 0.802, duplicate actors 14 -> 11,
# factuality errors 2): a dev file since stop 33, floors at the figures minus 0.02, ceilings at the counts.
FRESH7 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh7.yaml"
FRESH7_FLOORS = {
    "event_recall": 0.457,
    "event_recall_right": 0.389,
    "coded_right": 0.617,
    "speaker_country_right": 0.927,
    "actor_country_right": 0.887,
}
FRESH7_CEILINGS = {"factuality_errors": 1, "duplicate_actors": 9}

# ``real_news_fresh8.yaml`` (8 real texts: PolNeAR and MEANTIME; judged blind at the start of stop 33, scored untuned
# at its start and end: found 0.463, both right 0.390, coded right 0.580 -> 0.588 once the start run's 21 unmatched
# coded events were judged by hand, all wrong; speakers 0.600, actors 0.570 -> 0.578, duplicate actors 8, factuality
# errors 0): a dev file since stop 34, floors at the figures minus 0.02, ceilings at the counts.
FRESH8 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh8.yaml"
FRESH8_FLOORS = {
    "event_recall": 0.468,
    "event_recall_right": 0.395,
    "coded_right": 0.647,
    "speaker_country_right": 0.580,
    "actor_country_right": 0.730,
}
FRESH8_CEILINGS = {"factuality_errors": 0, "duplicate_actors": 7}

# ``real_news_fresh9.yaml`` (8 real texts: PolNeAR and real pages; judged blind at the start of stop 34, scored untuned
# at its start and end: found 0.240, both right 0.200, coded right 0.333 once the start run's 23 unmatched coded events
# were judged by hand (1 right), speakers 0.778, actors 0.600 -> 0.620, duplicate actors 8, factuality errors 0; a late
# helper then took coded right to 0.407): a dev file since stop 35, floors at the figures minus 0.02, ceilings at the
# counts.
FRESH9 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh9.yaml"
FRESH9_FLOORS = {
    "event_recall": 0.260,
    "event_recall_right": 0.260,
    "coded_right": 0.539,
    "speaker_country_right": 0.980,
    "actor_country_right": 0.720,
}
FRESH9_CEILINGS = {"factuality_errors": 0, "duplicate_actors": 4}

# ``real_news_fresh10.yaml`` (8 real texts: six PolNeAR, two MEANTIME; judged blind at the start of stop 35, scored
# untuned at its start and end: found 0.338, both right 0.246, coded right 0.404 -> 0.414 once the start run's 59
# unmatched coded events were judged by hand (all wrong), speakers 0.619, actors 0.600 -> 0.711, duplicate actors 17
# -> 18, factuality errors 0): a dev file since stop 36, floors at the figures minus 0.02, ceilings at the counts.
FRESH10 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh10.yaml"
FRESH10_FLOORS = {
    "event_recall": 0.334,
    "event_recall_right": 0.256,
    "coded_right": 0.509,
    "speaker_country_right": 0.837,
    "actor_country_right": 0.736,
}
FRESH10_CEILINGS = {"factuality_errors": 0, "duplicate_actors": 17}

# ``real_news_fresh11.yaml`` (8 real texts, PolNeAR campaign stories with foreign parts and others; judged blind at
# the start of stop 36, scored untuned at its start and end: found 0.377, both right 0.319, coded right 0.567 once the
# start run's 30 unmatched coded events were judged by hand (1 right, 29 wrong), speakers 1.0, actors 0.77, duplicate
# actors 6, factuality errors 2, all the same at both ends): a dev file since stop 37, floors at the figures minus
# 0.02, ceilings at the counts.
FRESH11 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh11.yaml"
FRESH11_FLOORS = {
    "event_recall": 0.501,
    "event_recall_right": 0.414,
    "coded_right": 0.604,
    "speaker_country_right": 0.98,
    "actor_country_right": 0.757,
}
FRESH11_CEILINGS = {"factuality_errors": 2, "duplicate_actors": 5}

# ``real_news_fresh12.yaml`` (8 real texts; judged blind at the start of stop 37, scored untuned at its start and
# end: found 0.246, both right 0.148, coded right 0.275 once the start run's 50 unmatched coded events were judged by
# hand (all wrong), factuality errors 0, speakers 0.818, actors 0.724, duplicate actors 8 -> 7): a dev file since stop
# 38, floors at the figures minus 0.02, ceilings at the counts.
FRESH12 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh12.yaml"
FRESH12_FLOORS = {
    "event_recall": 0.275,
    "event_recall_right": 0.192,
    "coded_right": 0.405,
    "speaker_country_right": 0.798,
    "actor_country_right": 0.713,
}
FRESH12_CEILINGS = {"factuality_errors": 0, "duplicate_actors": 7}

# ``real_news_fresh13.yaml`` (8 real texts, mostly domestic US politics; judged blind in stop 38, scored untuned at its
# start and end: found 0.333, both right 0.208, coded right 0.398 -> 0.407 once the start run's 50 unmatched coded
# events were judged by hand (all wrong), factuality errors 1, speakers 0.571, actors 0.582 -> 0.592, duplicate actors
# 12 -> 13): a dev file since stop 39, floors at the end figures minus 0.02, ceilings at the counts.
FRESH13 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh13.yaml"
FRESH13_FLOORS = {
    "event_recall": 0.437,
    "event_recall_right": 0.312,
    "coded_right": 0.636,
    "speaker_country_right": 0.836,
    "actor_country_right": 0.734,
}
FRESH13_CEILINGS = {"factuality_errors": 1, "duplicate_actors": 5}

# ``real_news_fresh14.yaml`` (8 real PolNeAR dev texts, four with a foreign part; judged blind in stop 39, scored
# untuned at its start and end: found 0.355, both right 0.226, coded right 0.380 -> 0.397 once the start run's 44
# unmatched coded events were judged by hand (all wrong), factuality errors 2, speakers 0.842 -> 0.895, actors 0.759,
# duplicate actors 5 -> 4): a dev file since stop 40, floors at the end figures minus 0.02, ceilings at the counts.
FRESH14 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh14.yaml"
FRESH14_FLOORS = {
    "event_recall": 0.35,
    "event_recall_right": 0.253,
    "coded_right": 0.523,
    "speaker_country_right": 0.875,
    "actor_country_right": 0.772,
}
FRESH14_CEILINGS = {"factuality_errors": 2, "duplicate_actors": 2}

# ``real_news_fresh15.yaml`` (8 real texts, six real pages of November 2019 and two short PolNeAR texts; judged blind
# in stop 40, scored untuned at its start and end: found 0.400, both right 0.233, coded right 0.279 -> 0.268 once the
# start run's 33 unmatched coded events were judged by hand (1 right, 32 wrong), factuality errors 1, speakers 0.571,
# actors 0.449, duplicate actors 14): a dev file since stop 41, floors at the end figures minus 0.02, ceilings at the
# counts.
FRESH15 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh15.yaml"
FRESH15_FLOORS = {
    "event_recall": 0.412,
    "event_recall_right": 0.279,
    "coded_right": 0.34,
    "speaker_country_right": 0.836,
    "actor_country_right": 0.541,
}
FRESH15_CEILINGS = {"factuality_errors": 1, "duplicate_actors": 12}

# ``real_news_fresh16.yaml`` (8 real pages; judged blind in stop 41, scored untuned at its start and end with the
# same figures: found 0.333, both right 0.259, coded right 0.371 once the start run's 24 unmatched coded events were
# judged by hand (1 right, 23 wrong), factuality errors 1, speakers 1.0 (4), actors 0.478, duplicate actors 2): a dev
# file since stop 42, floors at the end figures minus 0.02, ceilings at the counts.
FRESH16 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh16.yaml"
FRESH16_FLOORS = {
    "event_recall": 0.349,
    "event_recall_right": 0.275,
    "coded_right": 0.588,
    "speaker_country_right": 0.98,
    "actor_country_right": 0.458,
}
FRESH16_CEILINGS = {"factuality_errors": 1, "duplicate_actors": 2}

# ``real_news_fresh17.yaml`` (8 real pages; judged blind in stop 42, scored untuned at its start and end with the
# same figures: found 0.353, both right 0.235, coded right 0.297 once the start run's 26 unmatched coded events were
# judged by hand (0 right, 26 wrong), factuality errors 0, speakers 0.375 (8), actors 0.522, duplicate actors 8): a
# dev file since stop 43, floors at the end figures minus 0.02 (0.0205), ceilings at the counts.
FRESH17 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh17.yaml"
FRESH17_FLOORS = {
    "event_recall": 0.391,
    "event_recall_right": 0.273,
    "coded_right": 0.479,
    "speaker_country_right": 0.604,
    "actor_country_right": 0.696,
}
FRESH17_CEILINGS = {"factuality_errors": 0, "duplicate_actors": 6}

# ``real_news_fresh18.yaml`` (8 real texts from PolNeAR dev and MEANTIME; judged blind in stop 43, scored untuned at
# its start and end: found 0.25, both right 0.182, coded right 0.417 -> 0.431 once the start run's 35 unmatched coded
# events were judged by hand (0 right), factuality errors 1, speakers 0.5 (16), actors 0.571, duplicate actors 6): a
# dev file since stop 44, floors at the end figures minus 0.02 (0.0205), ceilings at the counts.
FRESH18 = Path(__file__).parent.parent / "data" / "judged" / "real_news_fresh18.yaml"
FRESH18_FLOORS = {
    "event_recall": 0.229,
    "event_recall_right": 0.161,
    "coded_right": 0.566,
    "speaker_country_right": 0.729,
    "actor_country_right": 0.57,
}
FRESH18_CEILINGS = {"factuality_errors": 1, "duplicate_actors": 5}

# Stop 33, all helpers merged (lead, main 1901830): coded right fresh 0.612 -> 0.625, fresh2 0.810 -> 0.823, fresh3
# 0.812 -> 0.830, fresh4 0.704 -> 0.714, fresh5 0.585 -> 0.615 (speakers 0.522 -> 0.609, actors 0.642 -> 0.667,
# duplicates 15 -> 14), fresh6 0.421 -> 0.457; fresh7 (read by figures only) unchanged. Floors raised to the figures
# minus 0.02, ceilings lowered to the counts.
# Stop 34, all helpers merged (lead, main 9c96f7b: events34, events34b, actors34, speakers34b): coded right fresh5
# 0.615 -> 0.654, fresh6 0.457 -> 0.478, fresh7 0.468 -> 0.574; found fresh5 0.395 -> 0.447, fresh7 0.432 -> 0.455;
# actors real_news 0.816 -> 0.829, fresh4 0.673 -> 0.804, fresh5 0.667 -> 0.753, fresh6 0.756 -> 0.814; speakers
# fresh4 0.946 -> 0.973, fresh5 0.609 -> 0.652; fresh7 duplicates 11 -> 10; CHECK fresh8 (figures only) actors 0.578 ->
# 0.609, the rest unchanged. Floors raised to the figures minus 0.02, ceilings lowered to the counts.
# Stop 35, all helpers merged (lead, main 18a60f4: actors35, actors35b, events35, events35b, events35c, sides35,
# sides35b among them): coded right fresh 0.625 -> 0.641, fresh3 0.830 -> 0.851, fresh4 0.714 -> 0.732, fresh5 0.654 ->
# 0.673, fresh6 0.478 -> 0.514, fresh7 0.574 -> 0.623, fresh8 0.588 -> 0.625, fresh9 0.407 -> 0.519; actors fresh2 0.713
# -> 0.745, fresh3 0.761 -> 0.803, fresh4 0.804 -> 0.850, fresh5 0.753 -> 0.790, fresh7 0.826 -> 0.907, fresh8 0.609 ->
# 0.750, fresh9 0.620 -> 0.740; speakers fresh9 0.778 -> 1.0; duplicates fresh9 8 -> 6. Floors raised to the figures
# minus 0.02, ceilings lowered to the counts.
# Stop 36, all helpers merged (lead, main 251c3b9: events36, events36b, ner36, sides36, refs36 among them): coded right
# fresh10 0.414 -> 0.488, fresh4 0.743; actors fresh 0.716 -> 0.731; found fresh 0.481 -> 0.494; fresh 0.641 -> 0.631
# and fresh5 0.673 -> 0.661 by codings no judgement covers (3 and 1), not wrong ones. Floors raised to the figures minus
# 0.02 where they rose.
# Stop 37, all helpers merged (lead, main at the end of stop 37: events37, actors37, quotes37 among them): coded right
# fresh5 0.661 -> 0.685, fresh6 0.514 -> 0.522 (background in the present perfect, an undated past continuing a
# dated sentence); duplicates fresh6 4 -> 3, fresh8 8 -> 7 (a seat of government joins its country). Floors raised
# to the figures minus 0.02, ceilings lowered to the counts.
# Stop 38, all helpers merged (lead: countries38, countries38b, events38, events38b, bodies38 among them;
# real_news_fresh12 a dev file from this stop): coded right real_news 0.812 -> 0.821, fresh 0.631 -> 0.641, fresh4
# 0.743 -> 0.750, fresh5 0.685 -> 0.712, fresh6 0.522 -> 0.545, fresh8 0.625 -> 0.667, fresh9 0.519 -> 0.538, fresh11
# 0.567 -> 0.576, fresh12 0.275 -> 0.370 (campaign rallies, promises to no one, headline repeats, a neutral role in
# talks); speakers fresh5 0.652 -> 0.913, fresh10 0.619 -> 0.857 (officials of a region the gazetteer lacks, former
# officials named by title); found fresh2 0.386 -> 0.398, fresh8 0.463 -> 0.488, fresh12 0.246 -> 0.262; duplicates
# fresh 3 -> 2, fresh5 14 -> 13, fresh7 10 -> 9; fresh2 0.823 -> 0.806 and fresh10 0.488 -> 0.481 by two new codings
# no verdict covers and a headline coding dropped that the scorer had matched to an "any" event. Floors raised to the
# figures minus 0.02, ceilings lowered to the counts.
# Stop 39, all helpers merged (lead: events39, events39b, actors39, dups39 among them; real_news_fresh13 a dev file
# from this stop): coded right fresh13 0.407 -> 0.611, fresh11 0.576 -> 0.620, fresh12 0.370 -> 0.393, fresh5 0.712
# -> 0.725, fresh10 0.481 -> 0.494 (retellings told by a noun, wrong senses); found fresh11 0.377 -> 0.507, fresh13
# 0.333 -> 0.444, fresh12 0.262 -> 0.295 (criticism carried by nouns, calls, endorsements received); speakers fresh13
# 0.571 -> 0.714, actors 0.592 -> 0.724, duplicates 13 -> 6 (plural titles over lists of names, one country for a
# story's state bodies, courts and reversed names). Floors raised to the figures minus 0.02, ceilings lowered to the
# counts.
# Stop 40, all helpers merged (lead: events40, actors40 among them; real_news_fresh14 a dev file from this stop):
# coded right fresh14 0.397 -> 0.474, real_news 0.821 -> 0.830, fresh 0.646 -> 0.662, fresh3 0.851 -> 0.864, fresh6
# 0.552 -> 0.561, fresh9 0.538 -> 0.560, fresh10 0.494 -> 0.506, fresh12 0.393 -> 0.400, fresh13 0.611 -> 0.648 (figures
# of speech, joint statements, wrong senses, acts with nobody found); found fresh11 0.507 -> 0.522, fresh13 0.444 ->
# 0.458 (fresh 0.506 -> 0.494 and fresh3 0.443 -> 0.426 by acts with nobody found dropped); speakers fresh13 0.714 ->
# 0.786, actors fresh13 0.724 -> 0.735, fresh2 0.745 -> 0.755, duplicates fresh13 6 -> 5 (names after plural titles,
# surname pairs). Floors raised to the figures minus 0.02 (0.0205 where the rounding of the figure could hide a
# smaller fraction), ceilings lowered to the counts.
# Stop 41, all helpers merged (lead: events41, actors41, events41b among them; real_news_fresh15 a dev file from this
# stop): coded right fresh15 0.268 -> 0.361 (0.342 with events41, then events41b's threatened acts), fresh14 0.474 ->
# 0.491, fresh10 0.506 -> 0.530, fresh4 0.750 -> 0.761 (pleaded guilty, diseases that kill, press releases, fees,
# "hosts" as "is home to", parties in object relatives and in "pledged to work together", acts under a threat);
# found fresh15 0.400 -> 0.433, fresh14 0.355 -> 0.371; speakers fresh13 0.786 -> 0.857, actors fresh13 0.735 ->
# 0.745, fresh11 0.770 -> 0.778; duplicates fresh9 6 -> 5, fresh10 18 -> 17, fresh11 6 -> 5, fresh15 14 -> 13 (a
# person's name the tagger typed an organisation, district attorneys). Floors raised to the figures minus 0.02
# (0.0205), ceilings lowered to the counts.
# Stop 42, all helpers merged (lead: events42, actors42 among them; real_news_fresh16 a dev file from this stop):
# coded right fresh14 0.491 -> 0.526, fresh13 0.648 -> 0.657, real_news 0.830 -> 0.832 (both people of a pair, "a
# request by X", possessives in "over his refusal", background dated by a time that refers back); both right fresh14
# 0.242 -> 0.258; the other fourteen files unchanged. Floors raised to the figures minus 0.02 (0.0205).
# Stop 43, all helpers merged (lead: events43, actors43 among them; real_news_fresh17 a dev file from this stop):
# coded right fresh16 0.371 -> 0.464, fresh17 0.297 -> 0.433, fresh12 0.400 -> 0.407 (sport results and comebacks,
# requests for comment, pleas of guilty read as concessions, warrants executed, background followed by a dated
# trip, trips at home or to a hospital); found fresh17 0.353 -> 0.412, both right 0.235 -> 0.294; duplicates fresh4
# 12 -> 11 (a seat of government addressed joins its country); fresh2 0.810 -> 0.806 (a request for comment the
# scorer had matched to a gold request of another sentence). Floors raised to the figures minus 0.02 (0.0205),
# ceilings lowered to the counts.
# Stop 44, all helpers merged (lead: events44, actors44, case44 among them; real_news_fresh18 a dev file from this
# stop): coded right fresh18 0.431 -> 0.587, fresh16 0.464 -> 0.609, fresh17 0.433 -> 0.500, fresh14 0.526 -> 0.544,
# fresh12 0.407 -> 0.426, fresh2 0.806 -> 0.820, fresh7 0.629 -> 0.638 (wrong senses, travel and chat, welcomes, sport
# meetings, stances on oneself); speakers fresh15 0.571 -> 0.857, fresh17 0.375 -> 0.625, fresh18 0.5 -> 0.75, fresh5
# 0.913 -> 0.957 (people and firms of a one-country story, regional officials); actors fresh17 0.522 -> 0.717, fresh15
# 0.449 -> 0.562 and five files more; duplicates fresh14 4 -> 2, fresh17 8 -> 6, fresh9, fresh15, fresh18 one fewer.
# Floors raised to the figures minus 0.02 (0.0205), ceilings lowered to the counts.
FILES = {
    "real_news": (GOLD, 16, FLOORS, CEILINGS),
    "real_news_fresh": (FRESH, 8, FRESH_FLOORS, FRESH_CEILINGS),
    "real_news_fresh2": (FRESH2, 8, FRESH2_FLOORS, FRESH2_CEILINGS),
    "real_news_fresh3": (FRESH3, 8, FRESH3_FLOORS, FRESH3_CEILINGS),
    "real_news_fresh4": (FRESH4, 8, FRESH4_FLOORS, FRESH4_CEILINGS),
    "real_news_fresh5": (FRESH5, 8, FRESH5_FLOORS, FRESH5_CEILINGS),
    "real_news_fresh6": (FRESH6, 8, FRESH6_FLOORS, FRESH6_CEILINGS),
    "real_news_fresh7": (FRESH7, 8, FRESH7_FLOORS, FRESH7_CEILINGS),
    "real_news_fresh8": (FRESH8, 8, FRESH8_FLOORS, FRESH8_CEILINGS),
    "real_news_fresh9": (FRESH9, 8, FRESH9_FLOORS, FRESH9_CEILINGS),
    "real_news_fresh10": (FRESH10, 8, FRESH10_FLOORS, FRESH10_CEILINGS),
    "real_news_fresh11": (FRESH11, 8, FRESH11_FLOORS, FRESH11_CEILINGS),
    "real_news_fresh12": (FRESH12, 8, FRESH12_FLOORS, FRESH12_CEILINGS),
    "real_news_fresh13": (FRESH13, 8, FRESH13_FLOORS, FRESH13_CEILINGS),
    "real_news_fresh14": (FRESH14, 8, FRESH14_FLOORS, FRESH14_CEILINGS),
    "real_news_fresh15": (FRESH15, 8, FRESH15_FLOORS, FRESH15_CEILINGS),
    "real_news_fresh16": (FRESH16, 8, FRESH16_FLOORS, FRESH16_CEILINGS),
    "real_news_fresh17": (FRESH17, 8, FRESH17_FLOORS, FRESH17_CEILINGS),
    "real_news_fresh18": (FRESH18, 8, FRESH18_FLOORS, FRESH18_CEILINGS),
}


@pytest.fixture(scope="module", params=sorted(FILES))
def judged(request: pytest.FixtureRequest, eval_dir: Path) -> tuple[str, Totals]:
    name = request.param
    return name, score_articles(load_judged(FILES[name][0], eval_dir))


def test_every_article_is_scored(judged: tuple[str, Totals]) -> None:
    name, totals = judged
    assert len(totals.articles) >= FILES[name][1]
    # An article may judge no event (fresh 4 has one whose acts are all procedure: events coded there are wrong),
    # but every article judges something.
    assert all(a.expected or a.speakers_expected or a.actors_expected for a in totals.articles)
    assert not [m for a in totals.articles for m in a.misses if m.startswith("evidence not in text")]


def test_floors(judged: tuple[str, Totals]) -> None:
    name, totals = judged
    got = totals.summary()
    low = {m: (got[m], floor) for m, floor in FILES[name][2].items() if got[m] < floor}
    assert not low, f"{name}: below the floor {low}"


def test_ceilings(judged: tuple[str, Totals]) -> None:
    name, totals = judged
    got = totals.summary()
    high = {m: (got[m], ceiling) for m, ceiling in FILES[name][3].items() if got[m] > ceiling}
    assert not high, f"{name}: above the ceiling {high}"
