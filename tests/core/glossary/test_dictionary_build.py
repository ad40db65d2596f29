

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
