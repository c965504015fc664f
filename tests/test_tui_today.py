"""Vandaag, where leeslamp opens: today's question and answer, another question, continue
reading, the rhythm, terugblik, the coach's assignment, the ochtend offer. Driven with keys."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from textual.widgets import Static

from journal_factory import write_entries
from leeslamp.assignments import answer_question, import_assignment, new_assignment
from leeslamp.core.paths import Paths
from leeslamp.daily.bank import load_bank
from leeslamp.daily.today import daily_question
from leeslamp.journal import Journal
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.screens.today import TodayScreen
from tui_factory import (
    FIXED_NOW,
    SIZE,
    fill,
    long_body,
    make_app,
    paste,
    screen_text,
    settle,
    shown_text,
    wait_saved,
    write_article,
)

TODAY = FIXED_NOW.date()  # Tuesday 5 March 2024, 04:30


def todays_prompt(home: Path, day: date = TODAY):
    return daily_question(day, load_bank(Paths(home).user_prompts).prompts).prompt


def opening_words(text: str, count: int = 4) -> str:
    return " ".join(text.split()[:count])


def entries(home: Path, kind: str | None = None):
    with Journal.open(Paths(home), read_only=True) as journal:
        return journal.entries(kind=kind)


def part(app, part_id: str) -> str:
    """The text of one part of the screen, unwrapped (a narrow column wraps long lines)."""
    return str(app.screen.query_one(f"#{part_id}", Static).content)


async def type_answer(pilot, text: str) -> None:
    """w, then the words at once (`paste`); the one test that types them is
    test_reopening_the_same_day_shows_the_answer_to_go_on_with."""
    await pilot.press("w")
    await paste(pilot, text)
    await wait_saved(pilot)
    await settle(pilot)


async def test_the_app_opens_on_vandaag_with_todays_question(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        text = shown_text(app)
        prompt = todays_prompt(private_home)
        assert "dinsdag 5 maart 2024" in text
        assert "De vraag van vandaag" in text
        assert opening_words(prompt.nl) in text
        assert app.screen.question.prompt.id == prompt.id


async def test_an_answer_is_saved_as_todays_dagvraag(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_answer(pilot, "Mijn team denkt veel na.")
        assert "bewaard" in shown_text(app)
    app.journal_link.close()
    [entry] = entries(private_home)
    prompt = todays_prompt(private_home)
    assert (entry.kind, entry.text) == ("dagvraag", "Mijn team denkt veel na.")
    assert entry.prompt == {"id": prompt.id, "text": prompt.nl}


async def test_reopening_the_same_day_shows_the_answer_to_go_on_with(private_home: Path) -> None:
    """Editable all day: the answer comes back in the box, and goes on in the same entry."""
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_answer(pilot, "Eerste gedachte.")
        await pilot.press("ctrl+q")
    app.journal_link.close()
    again = make_app(private_home)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Eerste gedachte." in shown_text(again)
        await pilot.press("w", *" En nog een.")  # goes on at the end, as a person expects
        await wait_saved(pilot)
        await settle(pilot)
    again.journal_link.close()
    assert [e.text for e in entries(private_home)] == ["Eerste gedachte. En nog een."]


async def test_another_question_changes_the_question(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.screen.question.prompt
        await pilot.press("n")
        await settle(pilot)
        second = app.screen.question.prompt
        text = shown_text(app)
    app.journal_link.close()
    assert second.id != first.id
    assert opening_words(second.nl) in text and opening_words(first.nl) not in text


async def test_the_other_question_stays_chosen_that_day_and_not_the_next(
    private_home: Path,
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        chosen = app.screen.question.prompt.id
    app.journal_link.close()
    later = make_app(private_home, now=FIXED_NOW + timedelta(hours=12))
    async with later.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert later.screen.question.prompt.id == chosen
    later.journal_link.close()
    tomorrow = make_app(private_home, now=FIXED_NOW + timedelta(days=1))
    async with tomorrow.run_test(size=SIZE) as pilot:
        await settle(pilot)
        expected = todays_prompt(private_home, TODAY + timedelta(days=1))
        assert tomorrow.screen.question.prompt.id == expected.id != chosen
    tomorrow.journal_link.close()


async def test_each_question_keeps_its_own_answer(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await type_answer(pilot, "Bij de eerste vraag.")
        await pilot.press("escape", "n")
        await settle(pilot)
        text = shown_text(app)
        assert "Bij de eerste vraag." not in text
        assert "Je antwoord op de vorige vraag is bewaard." in text
        await type_answer(pilot, "Bij de tweede vraag.")
        second = app.screen.question.prompt.id
    app.journal_link.close()
    answers = {e.prompt["id"]: e.text for e in entries(private_home, "dagvraag")}
    assert answers[second] == "Bij de tweede vraag."
    assert sorted(answers.values()) == ["Bij de eerste vraag.", "Bij de tweede vraag."]


async def test_continue_reading_opens_the_article_where_you_were(private_home: Path) -> None:
    write_article(private_home / "articles", "lang", "Een lang stuk", long_body(40))
    with Journal.open(Paths(private_home)) as journal:
        journal.save_reading("lang", block=30, progress=0.4)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = shown_text(app)
        assert "Een lang stuk" in text and "40% gelezen · r: verder" in text
        await pilot.press("r")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.article.id == "lang"
        assert abs(reader.first_visible_block() - 30) <= 1
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)


async def test_coming_back_from_an_article_shows_where_you_are_now(private_home: Path) -> None:
    write_article(private_home / "articles", "lang", "Een lang stuk", long_body(40))
    app = make_app(private_home, article_id="lang")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("pagedown", "pagedown", "pagedown")
        await settle(pilot)
        percent = round(app.screen.progress() * 100)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert f"Een lang stuk\n{percent}% gelezen · r: verder" in part(app, "today-continue")
        assert 0 < percent < 100


async def test_an_article_read_to_the_end_is_not_offered_to_go_on_with(
    private_home: Path,
) -> None:
    with Journal.open(Paths(private_home)) as journal:
        journal.save_reading("systemen", block=0, progress=1.0)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Wat je opende, heb je uitgelezen." in part(app, "today-continue")


async def test_the_calendar_shows_twelve_weeks_of_writing_darker_where_you_wrote_more(
    private_home: Path,
) -> None:
    many = " ".join(["woord"] * 300)
    write_entries(
        {"at": "2024-03-04 21:00", "text": "maandag"},
        {"at": "2024-03-05 04:00", "text": "vandaag, vroeg"},
        {"at": "2024-02-26 08:00", "text": many},
        {"at": "2024-02-28 08:00", "text": "b"},
        {"at": "2024-02-28 20:00", "text": "c, dezelfde dag"},
        {"at": "2023-12-18 08:00", "text": "de eerste maandag van de twaalf weken"},
        {"at": "2023-12-17 08:00", "text": "net te vroeg voor de kalender"},
    )
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = part(app, "today-rhythm")
    app.journal_link.close()
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines()[2:9]}
    assert list(rows) == ["ma", "di", "wo", "do", "vr", "za", "zo"]
    # weeks from 18 December to this one (4 March); today is Tuesday 5 March
    assert rows["ma"] == ["▪"] + ["·"] * 9 + ["█", "▪"]
    assert rows["di"] == ["·"] * 11 + ["▪"]
    assert rows["wo"] == ["·"] * 10 + ["▪"]  # two entries, one day; Wednesday is to come
    assert text.splitlines()[1].split() == ["dec", "jan", "feb", "mrt"]
    assert "Deze week 2 van de 7 dagen." in text
    assert "minder · ▪ ■ █ meer" in text
    assert "reeks" not in text.lower() and "streak" not in text.lower()


async def test_a_new_reader_is_told_what_the_calendar_will_show(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = part(app, "today-rhythm")
    assert "Elke dag dat je schrijft, kleurt hier een vakje." in text
    assert "Deze week" not in text


async def test_terugblik_shows_an_earlier_answer_and_a_week_ago(private_home: Path) -> None:
    prompt = todays_prompt(private_home)
    write_entries(
        {"at": "2024-02-27 20:00", "text": "Een week geleden dacht ik hierover na."},
        {
            "at": "2024-01-10 07:00",
            "kind": "dagvraag",
            "text": "Toen zag ik het anders.",
            "prompt": {"id": prompt.id, "text": prompt.nl},
        },
    )
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = part(app, "today-look-back")
        assert "Je antwoord op deze vraag, woensdag 10 januari 2024" in text
        assert "Toen zag ik het anders." in shown_text(app)
        assert "1 van 2 · t: volgende" in text
        await pilot.press("t")
        text = part(app, "today-look-back")
        assert "Een week geleden, dinsdag 27 februari 2024" in text
        assert "Een week geleden dacht ik hierover na." in text
        assert "Toen zag ik het anders." not in text


def coach_assignment(home: Path, *, answer_first: bool = True):
    assignment = new_assignment(
        title="Leesopdracht maart",
        coach="Marieke",
        deadline=date(2024, 3, 8),
        items=[
            ("teams-leren", ["Wat leert jouw team samen?"]),
            ("systemen", ["Welk systeem zie je in je werk?"]),
        ],
    )
    clock = lambda: datetime(2024, 3, 1, 9, 0, tzinfo=FIXED_NOW.tzinfo)  # noqa: E731
    with Journal.open(Paths(home), clock=clock) as journal:
        import_assignment(journal, assignment)
        if answer_first:
            answer_question(journal, assignment, 1, "Samen fouten bespreken.")
    return assignment


async def test_the_coach_assignment_shows_its_deadline_and_progress(private_home: Path) -> None:
    make_app(private_home)  # writes the test articles
    coach_assignment(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = shown_text(app)
        assert "Leesopdracht maart" in text
        assert "inleverdatum 8 maart · nog 3 dagen" in text
        assert "1 van 2 vragen beantwoord" in text
        await pilot.press("p")  # to the article of the first open question
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article.id == "systemen"


async def test_an_open_coach_question_is_todays_and_its_answer_an_antwoord(
    private_home: Path,
) -> None:
    make_app(private_home)
    assignment = coach_assignment(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = shown_text(app)
        assert "Welk systeem zie je in je werk?" in text
        assert "vraag 2 van 2" in text
        await type_answer(pilot, "De planning stuurt alles.")
    app.journal_link.close()
    [answer] = [e for e in entries(private_home, "antwoord") if e.text.startswith("De planning")]
    assert answer.article == "systemen"
    assert answer.assignment == {
        "id": assignment.id,
        "prompt": "Welk systeem zie je in je werk?",
        "question": 2,
        "written_in": "vandaag",
    }
    again = make_app(private_home)  # answered, so no longer open: the day keeps it anyway
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = shown_text(again)
        assert "Welk systeem zie je in je werk?" in text
        assert "De planning stuurt alles." in text
        assert "2 van 2 vragen beantwoord" in text
    again.journal_link.close()


async def test_ochtend_is_offered_before_eight(private_home: Path) -> None:
    app = make_app(private_home)  # 04:30
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Vroeg op? Druk op o voor de ochtend" in shown_text(app)


async def test_ochtend_is_not_offered_after_eight(private_home: Path) -> None:
    app = make_app(private_home, now=FIXED_NOW.replace(hour=8, minute=0))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Vroeg op?" not in shown_text(app)


async def test_l_opens_the_library_and_escape_comes_back(private_home: Path) -> None:
    from leeslamp.tui.screens.library import LibraryScreen

    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)


async def test_h_comes_home_from_an_article(private_home: Path) -> None:
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)


async def test_vandaag_speaks_english_after_switching(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        text = screen_text(app)
        assert "Today's question" in text and "Tuesday 5 March 2024" in text
        assert opening_words(todays_prompt(private_home).en) in text
        rhythm = part(app, "today-rhythm")
        assert "Your rhythm" in rhythm and "Every day you write fills a square" in rhythm
        assert [line.split()[0] for line in rhythm.splitlines()[2:9]] == [
            "Mo",
            "Tu",
            "We",
            "Th",
            "Fr",
            "Sa",
            "Su",
        ]
        assert "Another question" in text.splitlines()[-1]


async def test_vandaag_fits_in_80_by_24(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert len(lines) == 24
        text = "\n".join(lines)
        assert "De vraag van vandaag" in text and "Verder lezen" in text
        assert "Schrijven" in lines[-1] and "Hulp" in lines[-1]


async def test_writing_on_goes_on_after_the_last_line_of_the_answer(private_home: Path) -> None:
    prompt = todays_prompt(private_home)
    write_entries(
        {
            "at": "2024-03-05 06:00",
            "kind": "dagvraag",
            "text": "Eerste regel.\nTweede regel.",
            "prompt": {"id": prompt.id, "text": prompt.nl},
        }
    )
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w", *" Erbij.")
        await wait_saved(pilot)
        await settle(pilot)
    app.journal_link.close()
    assert [e.text for e in entries(private_home)] == ["Eerste regel.\nTweede regel. Erbij."]


async def test_an_own_question_about_an_unknown_article_is_told_and_skipped(
    private_home: Path,
) -> None:
    own = Paths(private_home).user_prompts
    own.mkdir(parents=True)
    own.joinpath("eigen.toml").write_text(
        'discipline = "teamleren"\n\n[[vraag]]\nid = "mijn-vraag"\nnl = "Wat lees je?"\n'
        'en = "What are you reading?"\narticle = "bestaat-niet"\n',
        encoding="utf-8",
    )
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert "mijn-vraag" not in [prompt.id for prompt in app.screen.bank.prompts]
        assert any("overgeslagen" in str(n.message) for n in app._notifications)


def assignment_file(folder: Path) -> Path:
    path = folder / "opdracht.toml"
    path.write_text(
        'titel = "Leesopdracht maart"\ndeadline = 2024-03-08\n\n'
        '[[lezen]]\nartikel = "teams-leren"\nvragen = ["Wat leert jouw team samen?"]\n',
        encoding="utf-8",
    )
    return path


async def import_in_the_app(pilot, path: Path) -> None:
    await pilot.press("c", "i")
    await fill(pilot, pilot.app.focused, str(path))  # at once: a temp path is ~80 keys
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("escape", "escape")  # out of the list, back to Vandaag
    await settle(pilot)


async def test_an_assignment_imported_in_the_app_brings_its_question_at_once(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert opening_words(todays_prompt(private_home).nl) in part(app, "today-question")
        await import_in_the_app(pilot, assignment_file(tmp_path))
        assert isinstance(app.screen, TodayScreen)
        assert "Wat leert jouw team samen?" in part(app, "today-question")
        await type_answer(pilot, "Van elkaar.")
    app.journal_link.close()
    [answer] = entries(private_home, "antwoord")
    assert answer.text == "Van elkaar." and answer.assignment["question"] == 1


async def test_an_answer_being_written_keeps_its_question_after_an_import(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_answer(pilot, "Mijn gedachte")
        await pilot.press("escape")
        await import_in_the_app(pilot, assignment_file(tmp_path))
        assert opening_words(todays_prompt(private_home).nl) in part(app, "today-question")
        assert "Mijn gedachte" in shown_text(app)
    app.journal_link.close()
    assert [e.text for e in entries(private_home, "dagvraag")] == ["Mijn gedachte"]


async def test_reading_for_a_coach_question_then_w_writes_its_answer(private_home: Path) -> None:
    make_app(private_home)
    assignment = coach_assignment(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p")  # "lees voor vraag 2"
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press(*"Het rooster.")
        await wait_saved(pilot)
        await settle(pilot)
        assert "bewaard" in shown_text(app)  # (the panel scrolled to the answer)
    app.journal_link.close()
    assert entries(private_home, "reflectie") == []
    [answer] = [e for e in entries(private_home, "antwoord") if e.text == "Het rooster."]
    assert answer.assignment == {
        "id": assignment.id,
        "prompt": "Welk systeem zie je in je werk?",
        "question": 2,
        "written_in": "lezer",  # in the article's Schrijfblok
    }
