

def test_bundled_dictionary_holds_the_supplement_terms() -> None:
    """Multi-word terms FreeDict lacks come from resources/dictionary/supplement-fr-en.tsv."""
    from visavis.core.glossary.dictionary import default_dictionary
    from visavis.core.glossary.lookup import lookup
    from visavis.core.glossary.terms import Glossary

    glossary = Glossary(default_dictionary())
    for text, sense in [("jeunes pousses", "start-up"), ("primes à la signature", "signing bonus"),
                        ("intelligence artificielle générale", "artificial general intelligence")]:
        result = lookup(text, glossary)
        assert any(sense in s for s in result.senses), (text, result)


def test_a_multiword_term_shows_its_dictionary_form_not_its_lemma_key() -> None:
    from visavis.core.glossary.dictionary import default_dictionary
    from visavis.core.glossary.lookup import lookup
    from visavis.core.glossary.terms import Glossary

    glossary = Glossary(default_dictionary())
    assert lookup("jeunes pousses", glossary).lemma == "jeune pousse"  # not « jeune pousser »
    assert lookup("licornes technologiques", glossary).lemma == "licorne technologique"
