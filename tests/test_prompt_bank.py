"""The prompt bank that ships with leeslamp: complete, valid, and balanced."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from leeslamp.daily.bank import ID_PATTERN, REFLECTION, Prompt, bundled_prompts_dir, load_bank
from leeslamp.library.articles import load_library
from leeslamp.library.disciplines import ALL

BUNDLED_ARTICLE_IDS = (
    "corporate-rebels-over-buurtzorg",
    "stimuleer-het-leren-in-een-hybride-werkomgeving",
    "systemisch-transitiemanagement",
    "het-leren-faciliteren",
    "veranderen-geloof-je-het-zelf",
    "verbroken-sociale-contracten",
)


def test_shipped_bank_loads_without_problems() -> None:
    bank = load_bank(article_ids=BUNDLED_ARTICLE_IDS)
    assert [problem.sentence() for problem in bank.problems] == []


def test_shipped_bank_has_at_least_120_reflection_questions() -> None:
    assert len(reflection_questions()) >= 120


def test_every_discipline_and_factor_has_at_least_12_questions() -> None:
    counts = Counter(prompt.discipline for prompt in reflection_questions())
    assert {slug: counts[slug] for slug in ALL if counts[slug] < 12} == {}
    assert set(counts) == set(ALL)


def test_every_shipped_prompt_has_a_slug_id_and_both_languages() -> None:
    for prompt in load_bank().prompts:
        assert ID_PATTERN.match(prompt.id), prompt.id
        assert prompt.nl.strip() and prompt.en.strip(), prompt.id
        assert prompt.nl != prompt.en, prompt.id


def test_shipped_prompts_are_questions() -> None:
    """A daily question ends with a question mark, in both languages."""
    for prompt in load_bank().prompts:
        assert prompt.nl.endswith("?") and prompt.en.endswith("?"), prompt.id


def test_shipped_dutch_uses_informal_je() -> None:
    words = {w.strip(".,:?!‘’").lower() for p in load_bank().prompts for w in p.nl.split()}
    assert not words & {"u", "uw"}


def test_every_bundled_article_has_prompts() -> None:
    linked = Counter(prompt.article for prompt in load_bank().prompts if prompt.article)
    assert {
        article_id: linked[article_id]
        for article_id in BUNDLED_ARTICLE_IDS
        if not linked[article_id]
    } == {}


def test_linked_articles_exist_in_the_bundled_library() -> None:
    library = load_library()
    if not library.articles:
        pytest.skip("the bundled articles are not in this checkout yet")
    bank = load_bank(article_ids=library.ids())
    assert [problem.sentence() for problem in bank.problems] == []


def test_bundled_files_are_one_per_discipline_or_factor() -> None:
    """Plus one for the morning intentions, which take turns among the disciplines."""
    names = sorted(path.stem for path in bundled_prompts_dir().glob("*.toml"))
    assert names == sorted([*ALL, "voornemens"])


def test_importlib_resources_finds_the_same_prompt_files() -> None:
    """The wheel carries the bank inside the package, where any installed copy finds it."""
    from importlib import resources

    packaged = resources.files("leeslamp.daily") / "prompts"
    names = sorted(entry.name for entry in packaged.iterdir() if entry.name.endswith(".toml"))
    assert names == sorted(path.name for path in bundled_prompts_dir().glob("*.toml"))


# --- the bank as a coach would sign it (issue 18) -------------------------------------------


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: every id the bank ever shipped: answers in readers' journals name them, so none may go
#: (a question that leaves the bank stays as `retired = true`)
KEPT_IDS = words(
    """
    falen-vieren leren-dat-niemand-zag waarvoor-je-beloond-wordt wat-je-nu-wel-kunt
    compliment-voor-een-poging geleerd-op-de-agenda wie-er-doorgroeit echt-gezien-worden
    laten-merken-dat-leren-telt vertrouwen-als-erkenning waarvoor-is-je-team-er
    verbonden-met-het-geheel nieuwe-collegas-meenemen als-jouw-beeld-afwijkt
    inzicht-dat-de-koers-raakt samen-betekenis-geven woorden-die-je-nooit-gebruikt
    overtuigingen-die-jullie-delen over-vijf-jaar-terugkijken waar-de-koers-vandaan-komt
    wat-alleen-jij-weet geleerd-bij-de-koffie bij-wie-je-te-rade-gaat kennis-die-je-hielp
    ervaring-die-vertrekt wat-je-tegenhoudt-om-te-delen buiten-je-organisatie
    voorbeeld-uit-je-praktijk waar-de-kennis-staat leren-van-een-ander-team
    leren-door-te-doen tussen-het-werk-door leren-uit-jezelf geduwd-naar-een-training
    vaardigheid-die-je-nodig-hebt ruimte-om-te-proberen casus-om-samen-te-onderzoeken
    boek-dat-je-aan-het-denken-zette leren-van-de-nieuwste-collega meer-dan-een-leerplatform
    doen-collegas-de-juiste-dingen die-luisteren-toch-niet ongeschreven-patroon
    taal-over-een-verandering aanname-die-niet-klopte reflex-van-strengere-regels
    wat-is-echt-werken controle-uit-wantrouwen door-de-ogen-van-de-ander
    het-verhaal-dat-je-jezelf-vertelt wat-wil-je-echt-bereiken waar-ging-je-aandacht-heen
    een-uur-voor-de-dag-begint werkwijze-die-je-wilt-houden afstand-tussen-willen-en-doen
    verandering-waar-je-zelf-niet-in-gelooft je-eigen-griezelig-grote-doel
    werk-waarbij-je-de-tijd-vergeet waar-je-een-lange-adem-voor-nodig-hebt
    wat-leerde-je-over-jezelf vraag-die-je-niet-stelde openlijk-over-een-fout
    hardop-twijfelen half-uitgewerkt-idee wat-niemand-zei stiller-of-scherper
    vrijer-om-te-vragen vertrouwen-herstellen online-iets-zeggen wie-sprak-je-tegen
    wanneer-ging-het-echt-mis gebouw-techniek-en-gedrag wie-hoort-erbij ordening-in-je-team
    geven-en-nemen oplossing-die-probleem-werd teken-het-vraagstuk probleem-zonder-eigenaar
    effect-dat-je-pas-nu-merkt onzekerheid-en-harder-optreden gesprek-zonder-gelijk
    verschil-dat-onderzoek-waard-is vertragen-om-te-versnellen overleggen-via-een-scherm
    klein-experiment-in-samenwerken terugkijken-als-iets-af-is samen-ontdekt
    ideeen-en-daadkracht overleg-dat-om-leren-draait naar-wie-luister-je-minder
    """
)

#: near-duplicates taken out of the rotation, kept for the answers that name them
RETIRED_IDS = {"onzekerheid-en-harder-optreden", "controle-uit-wantrouwen"}

#: Dutch yes/no questions put the finite verb first ("Heb je ...", "Is het ...", "Zou jij ...");
#: open ones start with a question word or with an instruction ("Denk aan ...", "Stel dat ...").
#: So a question sentence that starts with a verb and then its subject is closed. The openers
#: named in issue 18 are listed too, whatever follows them.
CLOSED_OPENERS_NL = ("Is ", "Zijn ", "Heb je", "Hebben ", "Doe je", "Kun je", "Ben je", "Zou je")
QUESTION_WORDS_NL = words(
    """
    wat wie wiens waar wanneer hoe hoeveel welk welke waarom waarvoor waaraan waarmee
    waarover waarin waardoor waarop waarbij waarvan waarheen
    """
)
#: a sentence may open with a clause ("Als er iets verandert, hoe ...?"): not a verb first
CONJUNCTIONS_NL = words("als nu zodra toen terwijl omdat hoewel voordat")
SUBJECTS_NL = words("je jij jullie u ze zij we wij er het dat dit die anderen mensen")
#: an instruction followed by what looks like a subject is not a question ("Stel dat ...")
INSTRUCTIONS_NL = ("stel je voor", "stel dat")
CLOSED_OPENERS_EN = words(
    "is are am was were do does did have has had can could will would should shall may might must"
)


def reflection_questions() -> list[Prompt]:
    """The questions a day can get: the bank's reflections without its retired questions
    (the morning intentions are another kind, with rules of their own: test_intentions.py)."""
    return [p for p in load_bank().prompts if p.kind == REFLECTION and not p.retired]


def question_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s.endswith("?")]


def is_closed_nl(sentence: str) -> bool:
    if sentence.startswith(CLOSED_OPENERS_NL):
        return True
    tokens = sentence.lower().replace(",", " ").split()
    if len(tokens) < 2 or tokens[0] in QUESTION_WORDS_NL | CONJUNCTIONS_NL:
        return False
    if sentence.lower().startswith(INSTRUCTIONS_NL):
        return False
    return tokens[1] in SUBJECTS_NL


def normalised(text: str) -> str:
    """For comparing two questions: case, accents, quotes, punctuation and spacing aside."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", letters).split())


def test_every_id_the_bank_ever_had_is_still_there() -> None:
    ids = load_bank().ids()
    assert sorted(KEPT_IDS - set(ids)) == []


def test_only_the_named_near_duplicates_are_retired() -> None:
    assert {p.id for p in load_bank().prompts if p.retired} == RETIRED_IDS


def test_ids_are_unique_across_all_bundled_files() -> None:
    ids = [
        line.split("=", 1)[1].strip().strip('"')
        for path in bundled_prompts_dir().glob("*.toml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("id =")
    ]
    assert [prompt_id for prompt_id, n in Counter(ids).items() if n > 1] == []
    assert len(ids) == len(load_bank().prompts)


def test_both_languages_are_present_and_not_empty() -> None:
    for prompt in load_bank().prompts:
        assert prompt.nl.strip() and prompt.en.strip(), prompt.id


def test_no_question_starts_closed() -> None:
    """Open questions only: also the second question of a prompt ("..., en heb je ...?")."""
    closed = [
        (prompt.id, sentence)
        for prompt in reflection_questions()
        for sentence in question_sentences(prompt.nl)
        if is_closed_nl(sentence)
    ]
    closed += [
        (prompt.id, sentence)
        for prompt in reflection_questions()
        for sentence in question_sentences(prompt.en)
        if sentence.split()[0].lower() in CLOSED_OPENERS_EN
    ]
    assert closed == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Heb je dat al eens gezegd?",
        "Is je team beter in ideeën?",
        "Geloof je dat?",
        "Zeg je in een online overleg iets?",
        "Was dat ook waar je hem wilde hebben?",
        "Weten anderen in je team wat die persoon weet?",
    ],
)
def test_the_closed_check_knows_a_yes_no_question(sentence: str) -> None:
    assert is_closed_nl(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wat kun je nu?",
        "Bij wie ga je te rade?",
        "Denk aan iemand: wat zie je?",
        "Stel dat het lukt: wat dan?",
        "Kies iemand met wie je het oneens bent?",
        "Als er iets verandert, wie merkt dat?",
    ],
)
def test_the_closed_check_lets_an_open_question_through(sentence: str) -> None:
    assert not is_closed_nl(sentence)


def test_no_bank_question_repeats_an_articles_question() -> None:
    library = load_library()
    if not library.articles:
        pytest.skip("the bundled articles are not in this checkout yet")
    in_articles = {
        normalised(question): article.id
        for article in library.articles
        for question in article.prompts
    }
    repeats = [
        (prompt.id, in_articles[normalised(prompt.nl)])
        for prompt in load_bank().prompts
        if normalised(prompt.nl) in in_articles
    ]
    assert repeats == []
