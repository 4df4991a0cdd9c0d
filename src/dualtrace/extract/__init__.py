"""News extraction: language, sentences, mentions, dates, quantities, cues, claims."""
