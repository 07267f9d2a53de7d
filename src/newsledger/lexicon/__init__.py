"""The lexicon layer: every vocabulary the extractors read, loaded once per run from the settings.

::

    Settings ──► load_lexicon ──► Lexicon ──► extractors (an argument, never a global)
                   │
                   ├── english     data/english.yaml        closed-class words (pronouns, modals, negators)
                   ├── actors      data/actors/*.tsv, lists.yaml  + setting actors_file
                   ├── events      data/events.yaml         + setting events_file
                   ├── cues        data/cues.yaml           + setting cues_file
                   ├── agreements  data/agreements.yaml     + setting agreements_file
                   ├── claims      data/claims.yaml         + setting claims_file: status, cause, acceptance
                   ├── quantities  data/quantities.yaml     what is counted, hedges, vague amounts
                   ├── times       data/times.yaml
                   └── pairs       data/conflict_pairs.yaml  the statement-pair conflict model

Every file goes through one loader (:mod:`.loader`): YAML without 1.1
booleans, a checked version, a JSON Schema, one merge rule for user files, and
errors that name the file and line. A bad user file is a
:class:`~newsledger.errors.ConfigError` raised by :func:`load_lexicon`, which
the pipeline calls before it reads the first document, so a run stops once,
with one message, instead of failing on every document.

This package imports neither spaCy nor the extractors: ``link/``, ``store/``
and the command line read vocabularies from here without loading a model.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .actors import Vocabulary, load_actor_vocabulary
from .agreements import AgreementVocabulary, load_agreement_vocabulary
from .claims import ClaimVocabulary, load_claim_vocabulary
from .cues import Cues, load_cues
from .events import EventLexicon, load_event_lexicon
from .loader import LexiconError, WordLists, read_yaml
from .pairs import PairModel, load_pair_model
from .quantities import QuantityVocabulary, load_quantity_vocabulary
from .times import TimeLexicon, load_time_lexicon

if TYPE_CHECKING:
    from ..config import Settings

__all__ = [
    "USER_FILES",
    "AgreementVocabulary",
    "ClaimVocabulary",
    "Cues",
    "EventLexicon",
    "Lexicon",
    "LexiconError",
    "PairModel",
    "QuantityVocabulary",
    "TimeLexicon",
    "Vocabulary",
    "WordLists",
    "files_in_use",
    "load_lexicon",
]

# Settings key of each user vocabulary -> the lexicon part it extends.
USER_FILES = {"actors_file": "actors", "people_file": "actors", "events_file": "events", "cues_file": "cues",
              "agreements_file": "agreements", "claims_file": "claims"}

_SHIPPED = {
    "english": ["data/english.yaml"],
    "actors": ["data/actors/countries.tsv", "data/actors/countries_extra.tsv", "data/actors/organisations.tsv",
               "data/actors/institutions.tsv",
               "data/actors/groups.tsv", "data/actors/titles.tsv", "data/actors/words.tsv",
               "data/actors/lists.yaml", "data/actors/people.tsv", "data/actors/people_extra.csv"],
    "events": ["data/events.yaml", "data/event_verbs.tsv"],
    "cues": ["data/cues.yaml"],
    "agreements": ["data/agreements.yaml"],
    "claims": ["data/claims.yaml"],
    "quantities": ["data/quantities.yaml"],
    "times": ["data/times.yaml"],
    "pairs": ["data/conflict_pairs.yaml"],
}


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: one per run
class Lexicon:
    """Every vocabulary of one run, as the extractors receive it."""

    english: WordLists
    """Closed-class English words by class (``first_person_plural``, ``modal_future``, ``negators``, ...)."""
    actors: Vocabulary
    events: EventLexicon
    cues: Cues
    agreements: AgreementVocabulary
    claims: ClaimVocabulary
    """Status, cause and acceptance predicates with their opposites, and the words that deny an event."""
    quantities: QuantityVocabulary
    """What claims count (deaths, troops), the hedges that widen a figure and vague amounts as ranges."""
    times: TimeLexicon
    """Each time rule's words under the rule's name, number and unit words, and the clause's word lists."""
    pairs: PairModel
    """The statement-pair conflict model: its word classes and fitted weights (``data/conflict_pairs.yaml``)."""


def _lists(name: str) -> WordLists:
    data = read_yaml(name, None, schema=name.removesuffix(".yaml"), version=1)
    return WordLists(data.get("lists") or {}, f"data/{name}")


def _user_file(value: str) -> str | None:
    return value or None


@functools.lru_cache(maxsize=8)
def _load(actors_file: str, people_file: str, events_file: str, cues_file: str, agreements_file: str, claims_file: str,
          stamp: tuple[float, ...]) -> Lexicon:
    english = _lists("english.yaml")
    return Lexicon(
        english=english,
        actors=load_actor_vocabulary(_user_file(actors_file), _user_file(people_file)),
        events=load_event_lexicon(_user_file(events_file), english),
        cues=load_cues(_user_file(cues_file)),
        agreements=load_agreement_vocabulary(_user_file(agreements_file)),
        claims=load_claim_vocabulary(_user_file(claims_file)),
        quantities=load_quantity_vocabulary(),
        times=load_time_lexicon(),
        pairs=load_pair_model(),
    )


def _stamp(paths: tuple[str, ...]) -> tuple[float, ...]:
    """Modification times of the user files, so an edited file is read again within one process."""
    out = []
    for p in paths:
        try:
            out.append(os.stat(Path(p).expanduser()).st_mtime if p else 0.0)
        except OSError:
            out.append(-1.0)  # missing: the loader says so
    return tuple(out)


def load_lexicon(settings: Settings) -> Lexicon:
    """The shipped vocabularies with the user's files of ``settings`` merged in; a bad file raises.

    Built once per distinct set of user files (and their modification times) in a process, so calling it
    for every text analysed costs nothing after the first.
    """
    paths = tuple(_setting_file(settings, key) for key in USER_FILES)
    return _load(*paths, _stamp(paths))


def _setting_file(settings: Settings, key: str) -> str:
    """The user file of setting ``key``; for ``people_file`` or ``actors_file`` left empty, the list
    ``newsledger actors import`` keeps in the settings folder, where there is one."""
    value = str(getattr(settings, key))
    if key in ("people_file", "actors_file") and not value:
        from ..config import default_actors_file, default_people_file

        default = default_people_file() if key == "people_file" else default_actors_file()
        return str(default) if default.is_file() else ""
    return value


def files_in_use(settings: Settings) -> list[tuple[str, str, str]]:
    """(vocabulary, file, "shipped" or "user") for every file a run with ``settings`` reads."""
    rows = [(part, path, "shipped") for part, paths in _SHIPPED.items() for path in paths]
    for key, part in USER_FILES.items():
        value = _setting_file(settings, key)
        if value:
            rows.append((part, value, "user"))
    return rows
