"""Actors: country, sector, roles, affiliation, metonymy and within-document reference.

Each case is a sentence or two of invented news text in our own words, the
mention to look at (``"Moscow#2"`` is the second occurrence) and what the
entity holding that mention must be. ``None`` means "left uncoded".
"""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.config import load_settings
from newsledger.extract.actors import actors
from newsledger.extract.actors.entities import entities
from newsledger.lexicon import load_lexicon
from newsledger.lexicon.actors import load_actor_vocabulary
from newsledger.models import Entity
from newsledger.textutil import form_key

LEXICON = load_lexicon(load_settings())  # the shipped vocabularies

_UNSET = object()


def _analyse(nlp: Any, text: str) -> tuple[Entity, ...]:
    doc = nlp(text)
    return actors(doc, entities(doc, LEXICON), LEXICON)


def _find(ents: tuple[Entity, ...], text: str, surface: str) -> Entity | None:
    """The entity with a mention of exactly ``surface`` (``"X#2"``: its second occurrence in the text)."""
    word, _, nth = surface.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.find(word, start + 1)
        assert start >= 0, f"{surface!r} is not in the text"
    for e in ents:
        if any(m.start == start and m.text == word for m in e.mentions):
            return e
    return None


def _describe(ents: tuple[Entity, ...]) -> str:
    return "\n".join(f"{e.id} {e.type} {e.name!r} {e.country} {e.sector} {list(e.roles)} aff={e.affiliation} "
                     f"{[m.text for m in e.mentions]}" for e in ents)


CASES: list[tuple[str, str, dict[str, Any]]] = [
    # Titles and possessives before a name.
    ("Chile's Foreign Minister Ana Ortega arrived in Lima on Monday.", "Ana Ortega",
     {"country": "CHL", "sector": "GOV", "role": "Foreign Minister", "type": "PERSON"}),
    ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.", "Vladimir Putin",
     {"country": "RUS", "sector": "GOV", "role": "President"}),
    ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.",
     "Recep Tayyip Erdogan", {"country": "TUR", "sector": "GOV", "role": "President"}),
    ("Ukrainian Defence Minister Olena Koval toured the front on Tuesday.", "Olena Koval",
     {"country": "UKR", "sector": "GOV", "role": "Defence Minister"}),
    ("British Chargé d'Affaires Emma Hill met Libyan officials in Tripoli.", "Emma Hill",
     {"country": "GBR", "sector": "GOV", "role": "Chargé d'Affaires"}),
    ("Pentagon spokesperson Laura Kim said the exercises would continue.", "Laura Kim",
     {"country": "USA", "sector": "MIL", "role": "spokesperson"}),
    ("UN Secretary-General Antonio Guterres called for an immediate ceasefire.", "Antonio Guterres",
     {"country": None, "sector": "IGO", "role": "Secretary-General"}),
    ("Venezuela's opposition leader Ana Rivas called for new elections.", "Ana Rivas",
     {"country": "VEN", "sector": "OPP", "role": "opposition leader"}),
    ("Kenyan police spokesman Peter Otieno said six suspects were arrested in Mombasa.", "Peter Otieno",
     {"country": "KEN", "sector": "COP", "role": "spokesman"}),
    ("Republican Senator John Hale criticized the trade deal on Wednesday.", "John Hale",
     {"country": "USA", "sector": "LEG", "role": "Senator"}),
    ("French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin.", "Emmanuel Macron",
     {"country": "FRA", "sector": "GOV", "role": "President"}),
    ("Polish Defence Minister Wladyslaw Kosiniak-Kamysz said his country would buy more tanks.",
     "Wladyslaw Kosiniak-Kamysz", {"country": "POL", "sector": "GOV", "role": "Defence Minister"}),
    ("Retired Gen. Mark Hollis said the army was ready.", "Mark Hollis", {"sector": "MIL", "role": "Gen."}),
    ("Japan's Defence Minister Gen Nakatani said the missiles landed at sea.", "Gen Nakatani",
     {"country": "JPN", "sector": "GOV", "role": "Defence Minister"}),
    ("Israel's Supreme Court froze the dismissal on Friday.", "Supreme Court", {"country": "ISR", "sector": "JUD"}),
    # Appositions.
    ("Omar Khalid, Jordan's ambassador to the United Nations, said the vote was postponed.", "Omar Khalid",
     {"country": "JOR", "sector": "GOV", "role": "ambassador"}),
    ("Kofi Mensah, the Ghanaian army chief, said the border was calm.", "Kofi Mensah",
     {"country": "GHA", "sector": "MIL", "role": "army chief"}),
    ("Lars Nilsson, a spokesman for the Swedish foreign ministry, declined to comment.", "Lars Nilsson",
     {"country": "SWE", "sector": "GOV", "role": "spokesman"}),
    # Names the vocabulary knows: institutions, IGOs, seats of government, armed groups.
    ("The Kremlin said the talks had been constructive.", "Kremlin", {"country": "RUS", "sector": "GOV"}),
    ("Downing Street declined to comment on the report.", "Downing Street", {"country": "GBR", "sector": "GOV"}),
    ("NATO will hold a summit in Vilnius next year.", "NATO", {"country": None, "sector": "IGO"}),
    ("Hamas said it had accepted the proposal.", "Hamas", {"country": "PSE", "sector": "REB"}),
    ("The World Health Organization issued a warning on Tuesday.", "World Health Organization",
     {"country": None, "sector": "IGO"}),
    # Metonymy: a capital that acts is its government; the same name as a place stays a location.
    ("Beijing announced new tariffs on American soybeans.", "Beijing", {"country": "CHN", "sector": "GOV"}),
    ("The delegation flew to Beijing for two days of talks.", "Beijing", {"country": "CHN", "sector": None}),
    ("Tehran has denied the allegations.", "Tehran", {"country": "IRN", "sector": "GOV"}),
    ("Thousands of protesters gathered in Tehran on Friday.", "Tehran", {"country": "IRN", "sector": None}),
    ("Moscow rejected the proposal, while crowds rallied in Moscow against the war.", "Moscow",
     {"country": "RUS", "sector": "GOV"}),
    ("Moscow rejected the proposal, while crowds rallied in Moscow against the war.", "Moscow#2",
     {"country": "RUS", "sector": None}),
    ("Seoul and Tokyo agreed to resume their security dialogue.", "Tokyo", {"country": "JPN", "sector": "GOV"}),
    ("A car bomb exploded in Kabul on Sunday morning.", "Kabul", {"country": "AFG", "sector": None}),
    ("Aid trucks reached Gaza after a week of delays.", "Gaza", {"country": "PSE", "sector": None}),
    # Countries: coded, no sector, aliases merged.
    ("Officials in the Islamic Republic of Iran said Iran would respond.", "Iran#2",
     {"country": "IRN", "sector": None, "same": ["Islamic Republic of Iran"]}),
    ("The United States imposed sanctions on Monday, and the US Treasury named six firms.", "United States",
     {"country": "USA", "type": "GPE"}),
    # Actor noun phrases the NER does not tag.
    ("Syrian opposition groups met in Geneva to discuss a new constitution.", "Syrian opposition groups",
     {"country": "SYR", "sector": "OPP", "type": "GROUP"}),
    ("A senior Saudi official said the kingdom would not raise output.", "A senior Saudi official",
     {"country": "SAU", "sector": "GOV", "type": "PERSON"}),
    ("A Pentagon spokesperson said the drills were routine.", "A Pentagon spokesperson",
     {"country": "USA", "sector": "MIL", "type": "PERSON"}),
    ("Two diplomats familiar with the talks said a deal was close.", "Two diplomats",
     {"country": None, "sector": "GOV", "type": "GROUP"}),
    ("Nigerian soldiers freed twelve hostages near the border.", "Nigerian soldiers",
     {"country": "NGA", "sector": "MIL", "type": "GROUP"}),
    ("The Brazilian government said the fires were under control.", "The Brazilian government",
     {"country": "BRA", "sector": "GOV", "type": "ORG"}),
    ("Japan's defence ministry said on Friday that it had tracked two Chinese vessels.", "defence ministry",
     {"country": "JPN", "sector": "GOV", "type": "ORG", "same": ["it"]}),
    # Pronouns.
    ("Kenyan President William Ruto arrived in Addis Ababa on Sunday. He said the summit would focus on trade.",
     "He", {"same": ["William Ruto"], "country": "KEN"}),
    ("Mia Lund met Erik Berg in Oslo on Friday. She said the talks had gone well.", "She",
     {"same": ["Mia Lund"]}),
    ("The European Union adopted new sanctions on Monday. It said more would follow.", "It",
     {"same": ["European Union"], "sector": "IGO"}),
    ("The report was published on Monday. It said cases were rising.", "It", {"absent": True}),
    ("Houthi rebels attacked a tanker in the Red Sea. They said the ship was linked to Israel.", "They",
     {"same": ["Houthi rebels"], "country": "YEM", "sector": "REB"}),
    ("“We will respond,” the minister said.", "We", {"absent": True}),
    # Nominal reference.
    ("President Lula da Silva flew to Brasilia on Monday. His office said the trip would last two days.",
     "His office", {"same": ["Lula da Silva"]}),
    ("Indian Foreign Minister Ravi Menon visited Dhaka. The minister said ties had never been stronger.",
     "The minister", {"same": ["Ravi Menon"], "country": "IND"}),
    ("Egypt's Foreign Ministry condemned the attack. The ministry said the perpetrators would be punished.",
     "The ministry", {"same": ["Foreign Ministry"], "country": "EGY", "sector": "GOV"}),
    ("Boko Haram claimed the attack on Tuesday. The group said it would strike again.", "The group",
     {"same": ["Boko Haram"], "country": "NGA", "sector": "REB"}),
    ("Peru declared a state of emergency on Sunday. The country's president said the army would help.",
     "The country", {"same": ["Peru"], "country": "PER"}),
    # Relational phrases: a counterpart holds the same office in the other country.
    ("Canada's trade minister Mary Ng met her Mexican counterpart, Raquel Buenrostro, in Ottawa.",
     "Raquel Buenrostro", {"country": "MEX", "sector": "GOV", "role": "trade minister"}),
    ("Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni signed a pipeline deal.",
     "Yoweri Museveni", {"country": "UGA", "sector": "GOV", "role": "President"}),
    ("Iran's foreign minister met his Saudi counterpart in Beijing on Thursday.", "Saudi counterpart",
     {"country": "SAU", "sector": "GOV", "role": "foreign minister", "type": "PERSON"}),
    ("Hamas official Basem Naim said the group was studying the proposal.", "Basem Naim",
     {"country": "PSE", "sector": "REB", "role": "official"}),
    ("Israeli Prime Minister Benjamin Netanyahu's office said a delegation would travel to Cairo.",
     "Benjamin Netanyahu's office", {"same": ["Benjamin Netanyahu"], "country": "ISR", "sector": "GOV"}),
    ("Demonstrators blocked the main road in Nairobi. Police said they arrested twelve people.", "they",
     {"same": ["Police"], "sector": "COP", "type": "GROUP"}),
    ("Iranian Interior Minister Eskandar Momeni said his ministry had sent extra units. A spokesperson for "
     "the ministry declined to give numbers.", "A spokesperson",
     {"country": "IRN", "sector": "GOV", "type": "PERSON"}),
    # a portfolio with "secretary" is a cabinet title: set off by commas after a ministry of a named country
    ("Ghana's interior ministry said the ferry would sail again. The interior secretary, Kwame Boateng, called "
     "the delay regrettable.", "Kwame Boateng", {"country": "GHA", "sector": "GOV"}),
    ("Zambia's health ministry opened two clinics. Cabinet Secretary Mwila Banda visited them on Friday.",
     "Mwila Banda", {"country": "ZMB", "sector": "GOV"}),
    ("One official said Baghdad had not yet approved it.", "it", {"absent": True}),
    ("Shipping firm Maersk said its vessels would avoid the Red Sea.", "Maersk",
     {"type": "ORG", "same": ["its"], "country": "DNK"}),  # a firm organisations.tsv places (actors35b)
    # A state is no country of its own ("Jersey" is not the island): a state's governor is of the United States
    # (h-country17; the states are regions of countries_extra.tsv, tests/extract/test_actors_members.py).
    ("New Jersey Gov. Dale Harrow said he would veto the bill.", "Dale Harrow",
     {"country": "USA", "sector": "GOV", "role": "Gov."}),
    ("Watchdog group Clearwater Trust president Ana Lobo said the group would sue.", "Ana Lobo",
     {"sector": None, "role": "president"}),
    ("Both contenders stand level in a general election matchup, according to the survey.", "election matchup",
     {"absent": True}),
    # A country in the title: a nationality, a possessive, "of X", portfolios the vocabulary does not list.
    ("Pakistani Commerce Minister Rana Tariq said the transit talks went well.", "Rana Tariq",
     {"country": "PAK", "sector": "GOV", "role": "Commerce Minister", "type": "PERSON"}),
    ("The Iranian foreign minister, Hamid Rezaei, told reporters the talks had ended.", "Hamid Rezaei",
     {"country": "IRN", "sector": "GOV", "role": "foreign minister"}),
    ("Kenya's President Daniel Mwangi said the road would open in May.", "Daniel Mwangi",
     {"country": "KEN", "sector": "GOV", "role": "President"}),
    ("Omar Haddad, Egypt's foreign minister, said the crossing would reopen.", "Omar Haddad",
     {"country": "EGY", "sector": "GOV", "role": "foreign minister"}),
    ("Uzbek Foreign Minister Timur Azimov arrived in Kabul on Monday.", "Timur Azimov",
     {"country": "UZB", "sector": "GOV", "role": "Foreign Minister"}),
    ("Nigeria's Petroleum Minister Tunde Bello said output was rising.", "Tunde Bello",
     {"country": "NGA", "sector": "GOV", "role": "Petroleum Minister"}),
    ("Deputy Trade Minister Ana Ruiz of Peru said the tariffs would be lifted.", "Ana Ruiz",
     {"country": "PER", "sector": "GOV", "roles": ["Deputy Trade Minister"]}),
    ("Kenyan Water Resources Minister Alice Njeri said the dam was finished.", "Alice Njeri",
     {"country": "KEN", "sector": "GOV", "role": "Water Resources Minister"}),
    ("Ghana's information minister, Kofi Asante, denied the report.", "Kofi Asante",
     {"country": "GHA", "sector": "GOV", "role": "information minister"}),
    ("Kazakh Energy Minister Yerlan Bekov said exports would rise.", "Yerlan Bekov",
     {"country": "KAZ", "sector": "GOV", "role": "Energy Minister"}),
    # Bodies and people named only by a common noun: coded from the noun, its modifiers and whom they speak for.
    ("The army said it had deployed troops to the border.", "The army",
     {"type": "ORG", "sector": "MIL", "country": None, "same": ["it"]}),
    ("The army said it had deployed troops. A spokesman for the army told reporters the move was routine.",
     "A spokesman", {"type": "PERSON", "sector": "MIL", "country": None, "role": "spokesman"}),
    ("The foreign ministry said the talks would resume on Monday.", "The foreign ministry",
     {"type": "ORG", "sector": "GOV", "country": None}),
    ("Pakistan's military said it had killed ten militants. The army said two soldiers died.", "The army",
     {"same": ["Pakistan's military"], "country": "PAK", "sector": "MIL"}),
    ("The military said the border was calm. Later the army said it had withdrawn two brigades.", "the army",
     {"same": ["The military"], "sector": "MIL", "country": None}),
    ("Chad's army said the attack was repelled. Four soldiers were wounded, the army said.", "the army",
     {"same": ["Chad's army"], "country": "TCD", "sector": "MIL"}),
    ("The ministry's spokeswoman told reporters that no date had been set.", "The ministry's spokeswoman",
     {"type": "PERSON", "sector": "GOV", "country": None}),
    # Another ministry than the one named, but in a story about one country that country's (extract/actors/home.py).
    ("Egypt's interior ministry said the border was closed. The foreign ministry said talks would resume.",
     "The foreign ministry", {"type": "ORG", "sector": "GOV", "country": "EGY",
                              "apart": ["Egypt's interior ministry"]}),
    ("Egypt's interior ministry and Sudan's army said the border was closed. The foreign ministry said talks would "
     "resume.", "The foreign ministry", {"type": "ORG", "sector": "GOV", "country": None,
                                         "apart": ["Egypt's interior ministry"]}),
    ("Officials said the vote had been delayed by a week.", "Officials", {"type": "GROUP", "sector": "GOV"}),
    ("The police said they had arrested twelve people.", "The police", {"sector": "COP", "same": ["they"]}),
    ("The court ruled on Tuesday that the election was valid.", "The court", {"type": "ORG", "sector": "JUD"}),
    ("The role of the army in politics was debated in parliament.", "the army", {"absent": True}),
    ("Talks on the ministry budget ended without a deal.", "the ministry", {"absent": True}),
    # A demonym the NER tags as a person; a body named after a possessive pronoun; "service", "committee".
    ("Tajik Foreign Minister Rustam Nazarov rejected the protest. Tajik troops had fired first, he said.",
     "Rustam Nazarov", {"country": "TJK", "sector": "GOV", "role": "Foreign Minister"}),
    ("Tajik Foreign Minister Rustam Nazarov rejected the protest. Tajik troops had fired first, he said.",
     "Tajik troops", {"country": "TJK", "sector": "MIL"}),
    ("Tajikistan told a different story. Its State Committee for National Security said Kyrgyz forces had "
     "fired first.", "State Committee for National Security", {"type": "ORG", "country": "TJK", "sector": "GOV"}),
    ("Kyrgyzstan's border service said its guards had returned fire.", "Kyrgyzstan's border service",
     {"type": "ORG", "country": "KGZ", "sector": "GOV"}),
    # A home-government title in a datelined story; a foreign one keeps its country; two cities place no one.
    ("JAKARTA, Feb 20 (Reuters) - Trade Minister Hendra Wijaya said the export ban would stay.", "Hendra Wijaya",
     {"country": "IDN", "sector": "GOV", "role": "Trade Minister"}),
    ("KINSHASA, Oct 3 — Government spokesman Patrick Mbala told reporters the rebels had signed.", "Patrick Mbala",
     {"country": "COD", "sector": "GOV"}),
    ("BISHKEK (AP) - Tajik Foreign Minister Rustam Nazarov rejected the protest on Tuesday.", "Rustam Nazarov",
     {"country": "TJK"}),
    ("LIMA/LA PAZ (Reuters) - Foreign Minister Elena Vargas said the lake treaty was ready.", "Elena Vargas",
     {"country": None, "sector": "GOV"}),
    ("Foreign Minister Elena Vargas said the lake treaty was ready.", "Elena Vargas", {"country": None}),
    # Whose spokesman; a group before a title; an IGO's office and staff; a company named in apposition.
    ("The Kyrgyz president's spokesman, Azamat Bekov, said the talks would resume.", "Azamat Bekov",
     {"country": "KGZ", "sector": "GOV", "roles": ["spokesman"]}),
    ("M23 political leader Joseph Kabeya described the text as a declaration of principles.", "Joseph Kabeya",
     {"country": "COD", "sector": "REB"}),
    ("The European Commission welcomed the ruling. “Jakarta must comply,” Commission trade spokeswoman Anna "
     "Berg said.", "Anna Berg", {"country": None, "sector": "IGO", "role": "spokeswoman"}),
    ("Aid stopped after the U.N. human rights office said 80 civilians had been killed.",
     "the U.N. human rights office",
     {"type": "ORG", "sector": "IGO", "country": None}),
    ("Washington sanctioned a shipping firm. The company, Atlantic Meridian Shipping, could not be reached.",
     "Atlantic Meridian Shipping", {"type": "ORG", "sector": "BUS"}),
    # "Congo" alone is the Democratic Republic (wire style); a known city the NER calls a person; a headline
    # that coordinates a country with a group.
    ("Congo's government said the talks would resume in Luanda.", "Congo", {"country": "COD", "type": "GPE"}),
    ("The Republic of Congo held elections in March.", "Republic of Congo", {"country": "COG"}),
    ("Residents of Sake, west of Goma, said shells landed near a school.", "Goma",
     {"country": "COD", "type": "GPE"}),
    ("Congo and M23 rebels give rival accounts of Doha deal\n\nThe rebels said no commitment existed.",
     "M23 rebels", {"type": "GROUP", "country": "COD", "sector": "REB", "same": ["The rebels"],
                    "apart": ["Congo"]}),
    # Officers as a group; a person in apposition to a group is one of its members.
    ("Canada sanctioned four Nicaraguan police officers. Ottawa said the officers, including the head of the "
     "riot unit, Col. Jorge Ruiz, had beaten protesters.", "four Nicaraguan police officers",
     {"type": "GROUP", "country": "NIC", "sector": "COP"}),
    ("Canada sanctioned four Nicaraguan naval officers. Ottawa said the officers, including the chief of the "
     "navy's Pacific fleet, Adm. Pedro Salas, had seized fishing boats.", "Pedro Salas", {"country": "NIC"}),
    # A country's people by a noun other than its adjective, and its plural the NER may tag a person.
    ("Many Turks fear the new law, and Britons who live in Izmir sold their homes.", "Turks",
     {"country": "TUR", "type": "NORP"}),
    ("Many Turks fear the new law, and Britons who live in Izmir sold their homes.", "Britons",
     {"country": "GBR", "type": "NORP"}),
    ("Five Englishmen and three Frenchmen were rescued from the ferry.", "Frenchmen", {"country": "FRA"}),
    # Tokenised text spaces a possessive off its word: the country's long name is still that country.
    ("Officials from the People 's Republic of China agreed to buy 20 ferries .", "People 's Republic of China",
     {"country": "CHN", "type": "GPE"}),
    # Unknown names stay uncoded rather than guessed.
    ("Maria Gonzalez said the plan was flawed.", "Maria Gonzalez",
     {"country": None, "sector": None, "roles": []}),
    ("Zorblax Dynamics said it would hire 200 engineers.", "Zorblax Dynamics", {"country": None, "sector": None}),
    ("Tomas Brenner told reporters the vote would be close.", "Tomas Brenner", {"country": None, "sector": None}),
]


@pytest.mark.parametrize(("text", "surface", "want"), CASES, ids=[f"{c[1]}|{c[0][:40]}" for c in CASES])
def test_actor_cases(nlp: Any, text: str, surface: str, want: dict[str, Any]) -> None:
    ents = _analyse(nlp, text)
    entity = _find(ents, text, surface)
    if want.get("absent"):
        assert entity is None, f"{surface!r} should not be a mention:\n{_describe(ents)}"
        return
    assert entity is not None, f"no entity has the mention {surface!r}:\n{_describe(ents)}"
    for field in ("country", "sector", "type"):
        if field in want:
            assert getattr(entity, field) == want[field], f"{field} of {surface!r}:\n{_describe(ents)}"
    if "role" in want:
        assert any(form_key(want["role"]) == form_key(r) for r in entity.roles), _describe(ents)
    if "roles" in want:
        assert list(entity.roles) == want["roles"], _describe(ents)
    for other in want.get("same", []):
        assert any(m.text == other for m in entity.mentions), f"{other!r} not with {surface!r}:\n{_describe(ents)}"
    for other in want.get("apart", []):
        assert all(m.text != other for m in entity.mentions), f"{other!r} with {surface!r}:\n{_describe(ents)}"


def test_affiliation_points_at_the_organisation(nlp: Any) -> None:
    text = "Nadia Karim, Secretary of Morocco's Higher Security Council, said the accord was signed."
    ents = _analyse(nlp, text)
    person = _find(ents, text, "Nadia Karim")
    assert person is not None and person.affiliation is not None, _describe(ents)
    council = next(e for e in ents if e.id == person.affiliation)
    assert "Council" in council.name and council.country == "MAR" and council.sector == "GOV", _describe(ents)
    assert person.country == "MAR" and person.sector == "GOV" and "Secretary" in person.roles


def test_mentions_are_exact_spans_and_every_token_has_one_owner(nlp: Any) -> None:
    text = ("Qatar's Prime Minister Hamad Nasser met US envoy Dan Price in Doha. He said the two sides "
            "had narrowed their differences. Washington welcomed the progress, and his office said so too.")
    ents = _analyse(nlp, text)
    seen: dict[int, str] = {}
    for e in ents:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
            for i in range(m.start, m.end):
                assert seen.setdefault(i, e.id) == e.id, f"offset {i} in two entities:\n{_describe(ents)}"
    ids = [e.id for e in ents]
    assert len(ids) == len(set(ids))
    assert all(e.affiliation in ids for e in ents if e.affiliation)


def test_vocabulary_is_built_once_and_covers_every_iso_country() -> None:
    import pycountry

    vocab = LEXICON.actors
    assert load_lexicon(load_settings()).actors is vocab
    codes = {p.iso3 for p in vocab.places.values()}
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    assert vocab.place("Iranian") is not None and vocab.place("Iranian").iso3 == "IRN"  # type: ignore[union-attr]
    assert vocab.place("Washington").kind == "capital"  # type: ignore[union-attr]
    assert vocab.title("Chargé d’Affaires") == "GOV"


def test_user_vocabulary_file_extends_the_shipped_one(tmp_path: Any) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text("# my additions\ninstitution\tRuritanian Guard\tGRC\tMIL\n"
                    "capital\tStrelsau\tGRC\t-\ntitle\tgrand vizier\t-\tGOV\n", "utf-8")
    vocab = load_actor_vocabulary(str(path))
    assert vocab.institution("the Ruritanian Guard") is None  # forms are matched whole, articles are not stripped
    assert vocab.institution("Ruritanian Guard") == ("GRC", "MIL")
    place = vocab.place("Strelsau")
    assert place is not None and place.iso3 == "GRC" and place.kind == "capital"
    assert vocab.title("Grand Vizier") == "GOV"
    assert LEXICON.actors.institution("Ruritanian Guard") is None  # the shipped one is untouched


def test_user_form_with_its_article_matches_the_bare_name(tmp_path: Any) -> None:
    """A form written with "The" ("The Hermit Republic", as TABARI dictionaries have it) also names the bare name
    the text's entity has ("the Hermit Republic fired ..."); a bare form of its own wins (petr33)."""
    path = tmp_path / "actors.tsv"
    path.write_text("country\tThe Hermit Republic\tGRC\t\ninstitution\tThe Night Watch\tGRC\tMIL\n"
                    "country\tThe Lowlands\tGRC\t\ncountry\tLowlands\tNLD\t\n", "utf-8")
    vocab = load_actor_vocabulary(str(path))
    place = vocab.place("Hermit Republic")
    assert place is not None and place.iso3 == "GRC"
    assert vocab.institution("Night Watch") == ("GRC", "MIL")
    lowlands = vocab.place("Lowlands")
    assert lowlands is not None and lowlands.iso3 == "NLD"


def test_user_vocabulary_file_with_a_bad_row_is_refused(tmp_path: Any) -> None:
    from newsledger.errors import ConfigError

    path = tmp_path / "actors.tsv"
    path.write_text("person\tSomeone\tGRC\tGOV\n", "utf-8")
    with pytest.raises(ConfigError, match="kind") as err:
        load_actor_vocabulary(str(path))
    assert f"{path}:1:" in str(err.value)  # the file and the line


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI — Kenya and Ethiopia signed a water accord on Monday, officials said.",
        "CAIRO (Reuters) - Egypt and Sudan agreed on Sunday to hold more talks on the dam.",
    ],
)
def test_dateline_capital_is_a_place_not_the_government(analyze, text: str) -> None:  # type: ignore[no-untyped-def]
    analysis = analyze(text)
    first = min(analysis.entities, key=lambda e: e.mentions[0].start)
    assert first.mentions[0].start == 0
    assert first.sector is None, first


def test_the_rules_read_the_lexicon_they_are_given(nlp: Any) -> None:
    """No word list hides in the code: without its title abbreviations, "Gen." is no title."""
    import dataclasses

    text = "Gen. Omar Haddad told reporters the convoy had left the border town."
    doc = nlp(text)
    general = _find(actors(doc, entities(doc, LEXICON), LEXICON), text, "Omar Haddad")
    assert general is not None and general.roles == ("Gen.",) and general.sector == "MIL"
    bare = dataclasses.replace(LEXICON, actors=dataclasses.replace(LEXICON.actors, abbreviated_titles={}))
    plain = _find(actors(doc, entities(doc, bare), bare), text, "Omar Haddad")
    assert plain is not None and plain.roles == () and plain.sector is None


def test_a_concept_made_of_two_lists_is_their_union() -> None:
    vocab = LEXICON.actors
    spokespeople = vocab.lists.spokesperson_titles
    assert spokespeople and spokespeople <= vocab.generic_titles & vocab.speaks_for & vocab.own_office
    assert vocab.lists.business_nouns <= vocab.org_nouns and vocab.speaks_for <= vocab.voice_nouns
    assert vocab.challenger_sectors == {"REB", "OPP", "INS", "SEP", "UAF"}


def test_the_actor_lists_file_must_hold_every_list_the_rules_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from newsledger.lexicon import LexiconError, loader

    text, where = loader._shipped("actors/lists.yaml")
    broken = re.sub(r"(?m)^  us_states:.*\n(?: {5,}\S.*\n)*", "", text)
    assert broken != text
    monkeypatch.setattr(loader, "_shipped", lambda name: (broken, where))
    with pytest.raises(LexiconError, match="us_states") as err:
        loader.read_yaml("actors/lists.yaml", None, schema="actors_lists", version=1)
    assert "data/actors/lists.yaml" in str(err.value)
