"""Review scheduling with FSRS on a deterministic clock, statuses, rotation, history."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fsrs import Rating, Scheduler, State

from fixtures.review_fakes import Clock
from visavis.core.glossary.reader_glossary import ReaderGlossary
from visavis.core.knowledge import TermStatus
from visavis.core.review import Reviewer
from visavis.core.review.card_face import build_face, cloze_text, english_html, front_html
from visavis.core.review.model import MetSentence
from visavis.core.review.reviewer import to_stamp
from visavis.core.review.status_rules import KNOWN, LEARNING_1, LEARNING_2, NEW
from visavis.core.review.store import ReviewStore


def by_term(reviewer: Reviewer) -> dict:
    return {item.term.term: item for item in reviewer.queue()}


def test_glossary_entries_are_new_cards_with_their_sentence(reading_library, clock, scheduler):
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler)
    counts = reviewer.counts()
    assert (counts.due, counts.new, counts.total_terms) == (0, 2, 2)
    item = by_term(reviewer)["recrutées"]
    assert item.card is None
    face = item.face
    assert face.french[slice(*face.french_spans[0])] == "recrutées"
    assert front_html(face) == ('Les start-up <b class="term">recrutées</b> cette année sont des'
                                ' jeunes pousses.')
    assert "recrutées" not in front_html(face, cloze=True) and "[…]" in front_html(face, cloze=True)
    assert cloze_text(face).startswith("Les start-up {{c1::recrutées}} cette")
    assert face.english == "The start-ups recruited this year are young shoots."
    assert english_html(face) == ('The start-ups <b class="aligned">recruited</b> this year are'
                                  ' young shoots.')
    assert face.article_title == "Les jeunes pousses"
    assert face.reader_english == "recruited"


def test_multi_word_term_is_found_by_its_lemmas_and_aligned(reading_library, clock, scheduler):
    face = by_term(Reviewer(reading_library, clock=clock, scheduler=scheduler))[
        "jeunes pousses"].face
    assert [face.french[s:e] for s, e in face.french_spans] == ["jeunes pousses"]
    assert [face.english[s:e] for s, e in face.english_spans] == ["young shoots"]
    assert face.note == "a calque of 'start-up'"


def test_grades_schedule_with_fsrs_and_are_deterministic(tmp_path, clock, scheduler):
    from visavis.core.glossary.reader_glossary import ReaderGlossary
    from visavis.core.store.library import Library

    def run(name: str, grades: list[Rating]) -> list[datetime]:
        with Library.open(tmp_path / f"{name}.sqlite3") as lib:
            ReaderGlossary(lib).add("recrutées", "recruited", context="Elles sont recrutées.")
            local = Clock()
            reviewer = Reviewer(lib, clock=local, scheduler=Scheduler(enable_fuzzing=False))
            dues = []
            for grade in grades:
                (item,) = reviewer.queue()
                result = reviewer.grade(item, grade)
                dues.append(result.card.due)
                local.now = result.card.due  # come back exactly when it is due
            return dues

    grades = [Rating.Good, Rating.Good, Rating.Good, Rating.Good]
    first, second = run("a", grades), run("b", grades)
    assert first == second  # same grades at the same times: same schedule
    gaps = [b - a for a, b in zip([clock.now, *first[:-1]], first, strict=True)]
    assert gaps[0] == timedelta(minutes=10)  # learning step 2 of fsrs' defaults
    assert gaps[1] >= timedelta(days=1) and gaps[2] > gaps[1] and gaps[3] > gaps[2]
    easy = run("c", [Rating.Easy])[0] - clock.now
    hard = run("d", [Rating.Hard])[0] - clock.now
    again = run("e", [Rating.Again])[0] - clock.now
    assert again == timedelta(minutes=1) and again < hard < gaps[0] < easy


def test_card_and_log_are_stored(reading_library, clock, scheduler):
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler)
    item = by_term(reviewer)["recrutées"]
    result = reviewer.grade(item, 3, duration_ms=4200)
    assert result.card.id is not None and result.card.reps == 1
    assert result.card.due == clock.now + timedelta(minutes=10)
    store = ReviewStore(reading_library.database)
    (log,) = store.history("recruter")
    assert (log.rating, log.duration_ms, log.reviewed_at) == (3, 4200, clock.now)
    assert log.french == item.face.french and log.article_id == item.face.article_id
    counts = reviewer.counts()
    assert (counts.due, counts.new) == (0, 1)  # graded card waits 10 min; one new left
    clock.advance(minutes=10)
    assert reviewer.counts().due == 1
    assert by_term(reviewer)["recrutées"].card is not None


def test_due_cards_come_before_new_ones_most_overdue_first(reading_library, clock, scheduler):
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler)
    items = by_term(reviewer)
    reviewer.grade(items["jeunes pousses"], Rating.Again)  # due in 1 min
    reviewer.grade(items["recrutées"], Rating.Good)  # due in 10 min
    clock.advance(minutes=30)
    assert [i.term.term for i in reviewer.queue()] == ["jeunes pousses", "recrutées"]


def test_new_terms_per_day_are_limited(reading_library, clock, scheduler):
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler, new_per_day=1)
    assert reviewer.counts().new == 1
    reviewer.grade(reviewer.queue()[0], Rating.Good)
    assert reviewer.counts().new == 0
    clock.advance(days=1)
    assert reviewer.counts().new == 1


def test_statuses_advance_to_known_and_lapse_to_learning(reading_library, clock, scheduler):
    statuses = reading_library.word_status
    statuses.set("recruter", TermStatus.NEW)
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler)
    seen = []
    for _ in range(12):
        items = by_term(reviewer)
        if "recrutées" not in items:
            break
        result = reviewer.grade(items["recrutées"], Rating.Good)
        seen.append((result.scheduled_days, result.status_after))
        clock.now = result.card.due
    assert seen[0] == (pytest.approx(10 / 1440, abs=1e-3), LEARNING_1)
    assert any(status == LEARNING_2 for _, status in seen)
    days, status = seen[-1]
    assert status == KNOWN and days >= 21  # Good at a long interval: Known
    assert all(s < KNOWN for d, s in seen if d < 21)
    assert statuses.get("recruter") == TermStatus.KNOWN
    assert "recrutées" not in by_term(reviewer)  # a Known term leaves the review
    change = statuses.history("recruter")[-1]
    assert (change.old_status, change.new_status) == (TermStatus.LEARNING_3, TermStatus.KNOWN)
    assert change.changed_at == to_stamp(result.card.last_review)  # the review clock's time
    # The reader demotes it; an Again lapses it to Learning 1 and counts a lapse.
    statuses.set("recruter", TermStatus.LEARNING_2)
    clock.advance(days=60)
    item = by_term(reviewer)["recrutées"]
    result = reviewer.grade(item, Rating.Again)
    assert result.status_after == LEARNING_1
    assert statuses.get("recruter") == TermStatus.LEARNING_1
    assert result.card.lapses == 1 and result.card.state == State.Relearning


def test_known_and_ignored_glossary_terms_are_not_reviewed(reading_library, clock, scheduler):
    reading_library.word_status.set("recruter", TermStatus.KNOWN)
    reading_library.word_status.set("jeune pousse", TermStatus.IGNORED)
    assert Reviewer(reading_library, clock=clock, scheduler=scheduler).queue() == []


def test_status_terms_are_reviewed_without_a_glossary_entry(library, clock, scheduler):
    library.word_status.set("cheval", TermStatus.NEW)
    library.word_status.set("chat", TermStatus.KNOWN)
    (item,) = Reviewer(library, clock=clock, scheduler=scheduler).queue()
    assert item.term.term_key == "cheval" and item.term.status == NEW


def test_sentences_rotate_between_reviews(library, clock, scheduler):
    from visavis.core.translation.types import Translation

    articles = [library.articles.add("Au pré", "Le cheval court dans le pré."),
                library.articles.add("À l'écurie", "Les chevaux mangent du foin.")]
    for article in articles:
        library.word_occurrences.index_article(article)
    library.translations.put("m", "Le cheval court dans le pré.",
                             Translation("The horse runs in the meadow.", ((3, 9, 4, 9),)))
    library.word_status.set("cheval", TermStatus.NEW)
    reviewer = Reviewer(library, clock=clock, scheduler=scheduler)
    shown = []
    for _ in range(3):
        (item,) = reviewer.queue()
        shown.append((item.face.french, item.face.article_title, item.face.english))
        clock.now = reviewer.grade(item, Rating.Again).card.due
    first, second = shown[0], shown[1]
    assert {first, second} == {
        ("Le cheval court dans le pré.", "Au pré", "The horse runs in the meadow."),
        ("Les chevaux mangent du foin.", "À l'écurie", "")}
    assert shown[2] == first  # back to the first sentence
    ids = {"Au pré": articles[0], "À l'écurie": articles[1]}
    log = ReviewStore(library.database).history("cheval")
    assert [entry.article_id for entry in log] == [ids[title] for _, title, _ in shown]
    pre = build_face(library.database, item.term, [MetSentence(
        "Le cheval court dans le pré.", "The horse runs in the meadow.")])
    assert front_html(pre) == 'Le <b class="term">cheval</b> court dans le pré.'
    assert english_html(pre) == 'The <b class="aligned">horse</b> runs in the meadow.'
    plural = build_face(library.database, item.term, [MetSentence("Les chevaux mangent du foin.")])
    assert front_html(plural) == 'Les <b class="term">chevaux</b> mangent du foin.'


def test_a_clock_without_time_zone_is_refused(library, scheduler):
    reviewer = Reviewer(library, clock=lambda: datetime(2026, 1, 1), scheduler=scheduler)
    with pytest.raises(ValueError, match="timezone"):
        reviewer.counts()


def test_preview_gives_each_grade_its_interval_without_storing(reading_library, clock, scheduler):
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler)
    item = by_term(reviewer)["recrutées"]
    intervals = reviewer.preview(item)
    assert intervals[Rating.Again] == timedelta(minutes=1)
    assert intervals[Rating.Good] == timedelta(minutes=10)
    assert intervals[Rating.Again] < intervals[Rating.Hard] < intervals[Rating.Good] \
        < intervals[Rating.Easy]
    assert ReviewStore(reading_library.database).count() == 0
    fuzzed = Reviewer(reading_library, clock=clock, scheduler=Scheduler(enable_fuzzing=True))
    assert all(fuzzed.preview(item) == intervals for _ in range(5))  # labels never jitter
    assert fuzzed.scheduler.enable_fuzzing
    assert reviewer.grade(item, Rating.Good).card.due - clock.now == intervals[Rating.Good]


def test_learn_ahead_brings_back_cards_due_soon(reading_library, clock, scheduler):
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler, new_per_day=1)
    reviewer.grade(reviewer.queue()[0], Rating.Good)  # due in 10 min; no new left today
    assert reviewer.queue() == []
    assert len(reviewer.queue(ahead=timedelta(minutes=20))) == 1
    assert reviewer.next_due() == clock.now + timedelta(minutes=10)


def test_english_the_model_did_not_write_is_aligned_by_the_dictionary(library, clock, scheduler):
    """A reader's correction has no cached engine alignment: the word aligner links it."""
    french = "Le cheval court dans le pré."
    article = library.articles.add("Au pré", french)
    library.corrections.set(article, "s1", french, "The horse is running in the meadow.")
    ReaderGlossary(library).add("pré", "meadow", article_id=article, context=french)
    (item,) = Reviewer(library, clock=clock, scheduler=scheduler).queue()
    assert item.face.english == "The horse is running in the meadow."
    assert english_html(item.face) == 'The horse is running in the <b class="aligned">meadow</b>.'


def test_aligned_words_one_hyphen_or_space_apart_are_one_highlight():
    from visavis.core.review.english_links import _merge, whole_words

    english = "Artificial intelligence start-ups are hiring young shoots."
    words = {w: (english.index(w), english.index(w) + len(w))
             for w in ("start", "ups", "are", "young", "shoots")}
    assert _merge([words["ups"], words["start"]], english) == (
        (words["start"][0], words["ups"][1]),)
    assert _merge([words["young"], words["shoots"]], english) == (
        (words["young"][0], words["shoots"][1]),)
    assert _merge([words["start"], words["young"]], english) == (words["start"], words["young"])
    assert whole_words((words["start"],), english) == ((words["start"][0], words["ups"][1]),)
    assert whole_words((words["are"],), english) == (words["are"],)


def test_a_failed_grade_records_nothing(reading_library, clock, scheduler, monkeypatch):
    reading_library.word_status.set("recruter", TermStatus.NEW)
    reviewer = Reviewer(reading_library, clock=clock, scheduler=scheduler)
    item = by_term(reviewer)["recrutées"]

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(reading_library.word_status, "set", broken)
    with pytest.raises(RuntimeError):
        reviewer.grade(item, Rating.Good)
    store = ReviewStore(reading_library.database)
    assert store.count() == 0 and store.history() == []  # card, log and status: all or nothing
    monkeypatch.undo()
    assert reviewer.grade(item, Rating.Good).status_after == LEARNING_1


def test_senses_are_those_of_the_term_in_its_sentence(library, clock, scheduler):
    from visavis.core.glossary.dictionary import default_dictionary
    from visavis.core.review.card_face import context_senses

    french = "Le maire a été élu dimanche."
    article = library.articles.add("Élection", french)
    library.corrections.set(article, "s1", french, "The mayor was elected on Sunday.")
    ReaderGlossary(library).add("été", article_id=article, context=french)
    reviewer = Reviewer(library, clock=clock, scheduler=scheduler,
                        senses=context_senses(default_dictionary()))
    (item,) = reviewer.queue()
    assert item.face.senses[0] == "been"  # être after an auxiliary, not the season
