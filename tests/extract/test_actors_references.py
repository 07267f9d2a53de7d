"""Within-document reference on real-news phrasings: bare titles and gendered pronouns.

Each case is invented news text in our own words, the mention to look at (``"Ruiz#2"`` is the second
occurrence) and the name of the entity that must hold it (``None``: no entity holds that mention).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.lexicon import load_lexicon
from newsledger.models import Entity

LEXICON = load_lexicon(load_settings())


def _holder(nlp: Any, text: str, surface: str) -> Entity | None:
    doc = nlp(text)
    ents = actors(doc, entities(doc, LEXICON), LEXICON)
    word, _, nth = surface.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.find(word, start + 1)
        assert start >= 0, f"{surface!r} is not in the text"
    return next((e for e in ents if any(m.start == start and m.text == word for m in e.mentions)), None)


CASES: list[tuple[str, str, str | None]] = [
    # A bare definite title refers back to the one person named before with that office.
    ("President Maria Solano of Paraguay flew to Lisbon on Monday. The president met business leaders on Tuesday.",
     "The president", "Maria Solano"),
    ("Saudi Prince Khalid bin Salman praised the deal. Later, the prince urged new talks.", "the prince",
     "Khalid bin Salman"),
    ("Kenyan President Grace Wanjiru flew to Accra on Monday. The Kenyan president's speech drew loud applause.",
     "The Kenyan president", "Grace Wanjiru"),
    # Not where another office or another holder may be meant.
    ("President Maria Solano flew to Lisbon on Monday. The former president stayed at home.", "The former president",
     None),
    ("Chilean President Ana Ruiz and Peruvian President Jorge Salas met in Lima. The president said trade would grow.",
     "The president", None),
    # "the former <title>" opening a sentence is the person the sentence before opened with.
    ("Maria Lopez won the party's vote on Monday. The former mayor thanked her supporters in Valparaiso.",
     "The former mayor", "Maria Lopez"),
    ("On Monday, party members backed Maria Lopez. The former mayor thanked the delegates.", "The former mayor", None),
    # Bare members of a force refer to the security force named just before; not with a word of their own.
    ("The stadium was surrounded by police, who used water cannon on the fans. Hours before, officers had warned "
     "they would clear the stands by force.", "officers", "police"),
    ("Police arrested six men. Customs officers said the goods were seized.", "Customs officers", "Customs officers"),
    ("Rebels attacked the town on Monday. Officers said the attack was repelled.", "Officers", None),
    # A person already known to be a woman is "her" before a nearer name of no known gender.
    ("Maria Lopez said on Monday that she would run. People who know her say she admires Governor Tom Hale's "
     "record on schools. Speaking to reporters, her chief of staff, Paulo Reis, said the plan would fail.",
     "her#2", "Maria Lopez"),
    # A person's gender told by sentences that name no one else decides which person a pronoun is.
    ("Marco Ferri criticised Anna Bauer on Monday. She said the plan would fail. Ferri later defended his budget. "
     "Ferri said his offer stood.", "She", "Anna Bauer"),
    ("Senator Paul Grant attacked Judge Emma Stone's ruling. She said the law was clear. Grant repeated his "
     "complaint on Friday. Grant said his staff would appeal.", "She", "Emma Stone"),
]


@pytest.mark.parametrize(("text", "surface", "name"), CASES)
def test_reference(nlp: Any, text: str, surface: str, name: str | None) -> None:
    holder = _holder(nlp, text, surface)
    assert (holder.name if holder is not None else None) == name


def test_the_prince_takes_the_country_of_his_title(nlp: Any) -> None:
    holder = _holder(nlp, "Saudi Prince Khalid bin Salman praised the deal.", "Khalid bin Salman")
    assert holder is not None and holder.country == "SAU" and "Prince" in holder.roles



def test_a_party_nominee_takes_the_party_country(nlp: Any) -> None:
    # The apposition's party is an American one; a year before the title is no obstacle.
    holder = _holder(nlp, "Tom Brandt, the 2008 Republican nominee for governor, wrote on his blog.", "Tom Brandt")
    assert holder is not None and holder.country == "USA" and "nominee" in holder.roles


def test_a_pronoun_after_a_quote_is_not_someone_named_in_the_quote(nlp: Any) -> None:
    text = ("President Luis Ortega will speak on Monday. Anna Bauer said on Sunday that the plan was weak. The Green "
            "front-runner and former party secretary said the country \u201cclearly\u201d needed a tougher campaign "
            "against the cartels. \u201cI think you\u2019ll hear that from the president,\u201d she said.")
    assert _holder(nlp, text, "the president") is not None  # the quote's reference stays
    holder = _holder(nlp, text, "she")
    assert holder is None or holder.name != "Luis Ortega"


def test_a_known_body_the_ner_split_after_its_demonym_is_one_name(nlp: Any) -> None:
    from spacy.tokens import Doc

    from newsledger.extract.actors.entities import _known_bodies

    # The NER tags "Arab" a demonym and leaves "League" untagged.
    words = ["Officials", "criticised", "the", "Arab", "League", "on", "Monday", "."]
    doc = Doc(nlp.vocab, words=words, ents=["O", "O", "O", "B-NORP", "O", "O", "B-DATE", "O"])
    found = [(e.text, e.label_) for e in _known_bodies(doc, LEXICON)]
    assert ("Arab League", "ORG") in found and ("Arab", "NORP") not in found


_LIVE_BLOG = ("Live: Voters in Moldova choose a new parliament\n\n20:30 Polls close\n\nPolling stations closed at 9pm "
              "local time, the electoral commission said.\n\n20:45 Counting begins\n\nOfficials began counting "
              "ballots in Chisinau.\n\n21:10 Turnout\n\nTurnout stood at 52 percent, according to the commission."
              "\n\n21:30 Sandu speaks\n\nPresident Maia Sandu thanked voters.")


@pytest.mark.parametrize("surface", ["Polls", "Counting", "Turnout", "Turnout#2"])
def test_a_live_blog_heading_after_a_time_stamp_is_no_person(nlp: Any, surface: str) -> None:
    assert _holder(nlp, _LIVE_BLOG, surface) is None


def test_a_surname_in_a_live_blog_heading_stays_the_person(nlp: Any) -> None:
    holder = _holder(nlp, _LIVE_BLOG, "Sandu")
    assert holder is not None and holder.name == "Maia Sandu"


def test_a_person_run_on_into_a_known_body_is_the_person_then_the_body(nlp: Any) -> None:
    text = "Historians say the Nixon White House had ignored the warnings."
    body = _holder(nlp, text, "White House")
    assert body is not None and body.type == "ORG" and body.country == "USA"
    person = _holder(nlp, text, "Nixon")
    assert person is not None and person.type == "PERSON"


def test_a_company_noun_and_the_name_in_apposition_are_one_body(nlp: Any) -> None:
    text = "The company behind the port, Adriatic Berths, said it would appeal."
    holder = _holder(nlp, text, "The company")
    assert holder is not None and holder.name == "Adriatic Berths"


def test_an_adviser_named_with_a_pronoun_takes_the_country_of_the_one_advised(nlp: Any) -> None:
    text = ("Brazilian President Ana Lima left for Rome on Monday. Her chief economic adviser, Paulo Reis, told "
            "reporters the trip would be short.")
    holder = _holder(nlp, text, "Paulo Reis")
    assert holder is not None and holder.country == "BRA" and "adviser" in holder.roles


def test_a_name_the_ner_began_at_its_particle_keeps_its_given_name(nlp: Any) -> None:
    text = "Saudi Prince Turki Bin Faisal mocked the senator on Monday. In March, the prince had called for talks."
    holder = _holder(nlp, text, "Turki Bin Faisal")
    assert holder is not None and holder.type == "PERSON" and holder.country == "SAU"
    for other in ("the prince",):
        found = _holder(nlp, text, other)
        assert found is not None and found.id == holder.id, other


def test_an_object_pronoun_is_not_the_subject_its_clause_shares(nlp: Any) -> None:
    # "thanking him": Ortega thanks, so "him" is Mena.
    text = "Ortega answered the letter by praising Mena and thanking him for his support."
    holder = _holder(nlp, text, "him")
    assert holder is not None and holder.name == "Mena"


@pytest.mark.parametrize(("name", "given", "surname"), [
    ("Ben Lowe", ("ben",), "lowe"),  # a particle that is also a given name, alone before the surname
    ("Zine el Abidine Ben Ali", ("zine", "abidine"), "ali"),  # a particle inside the name stays one
])
def test_a_particle_that_is_a_given_name(nlp: Any, name: str, given: tuple[str, ...], surname: str) -> None:
    from newsledger.extract.actors.names import NameWords

    doc = nlp(name)
    read = NameWords.of(LEXICON).read(doc, 0, len(doc))
    assert read is not None and read.given == given and read.surname == surname


def test_a_bare_plural_with_a_country_names_the_same_people_each_time(nlp: Any) -> None:
    text = ("Lawmakers moved to bar Sudanese refugees. Aid groups said Sudanese refugees were screened. Two Sudanese"
            " refugees spoke to reporters. In Italy, Sudanese refugees are crossing borders.")
    first, second, fourth = (_holder(nlp, text, s) for s in ("Sudanese refugees", "Sudanese refugees#2",
                                                               "Sudanese refugees#4"))
    assert first is not None and second is not None and fourth is not None
    assert first.id == second.id == fourth.id
    # "Two Sudanese refugees" are some of them, counted: people of their own.
    two = next(e for e in actors(nlp(text), entities(nlp(text), LEXICON), LEXICON)
               if any(m.text.startswith("Two") for m in e.mentions))
    assert two.id != first.id
