from __future__ import annotations

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.knowledge.statuses import TermStatus
from visavis.core.knowledge.tokens import document_tokens, effective_status, iter_tokens

from .conftest import ARTICLE


def _tokens(text: str):  # type: ignore[no-untyped-def]
    return list(iter_tokens(document_tokens(parse_markdown(text))))


def test_inflected_forms_follow_their_lemma() -> None:
    tokens = {t.text: t for t in _tokens(ARTICLE)}
    assert tokens["recrutées"].lemma == "recruter"
    assert tokens["chats"].lemma == "chat"


def test_proper_nouns_urls_and_numbers_are_ignored_automatically() -> None:
    tokens = _tokens(ARTICLE + "\nEn 2024, 35 % des 1 200 élèves de l'ONU.\n")
    ignored = {t.text for t in tokens if t.auto_ignored}
    assert {"Montréal", "Paris", "www", "exemple", "fr", "ONU"} <= ignored
    assert not any(t.text.isdigit() for t in tokens)
    assert {"Les", "Voir", "En"}.isdisjoint(ignored)  # capital of a sentence start
    paris = [t for t in tokens if t.text == "Paris"]
    assert len(paris) == 2 and paris[0].lemma == "paris"  # its own key, not « pari »


def test_non_french_blocks_are_ignored() -> None:
    doc = parse_markdown("Le chat dort.\n\nThe cat sleeps.")
    object.__setattr__(doc.blocks[1], "language", "en")  # what issue 12's detector sets
    by_sentence = document_tokens(doc)
    first, second = (by_sentence[s.id] for s in doc.sentences)
    assert not any(t.auto_ignored for t in first)
    assert all(t.auto_ignored for t in second)


def test_effective_status_form_then_lemma_then_automatic() -> None:
    tokens = {t.text: t for t in _tokens(ARTICLE)}
    chats, paris = tokens["chats"], tokens["Paris"]
    assert effective_status(chats, {}) == TermStatus.UNKNOWN
    assert effective_status(paris, {}) == TermStatus.IGNORED
    assert effective_status(paris, {"paris": TermStatus.NEW}) == TermStatus.NEW  # reader decides
    assert effective_status(chats, {"chat": TermStatus.KNOWN}) == TermStatus.KNOWN
    assert effective_status(chats, {"chat": TermStatus.KNOWN},
                            {("chat", "chats"): TermStatus.LEARNING_1}) == TermStatus.LEARNING_1


def test_the_word_index_knows_the_tokenizer_version() -> None:
    from visavis.core.knowledge import tokens, word_index

    assert word_index.TOKENIZER_VERSION == tokens.TOKENIZER_VERSION
