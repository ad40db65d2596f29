"""Translation: Argos package management and our own batched CTranslate2 hot path."""
