"""The term matcher: a taxonomy's terms found in a whole batch of paragraphs, scored into labels.

One module per piece, in the order a batch meets them: the batch's paragraphs joined into one text
(joined_text), its search text, every non-word character a space (search_text), its words split once
(key_words, read by the semantic layer too), read without their accents (folded_words), a taxonomy's
keys found by those words (phrase_keys), a
number's unit read as a word ("99mph" as "mph": unit_words), a term's forms (term_forms), the terms
that are distances (distance_terms), the matcher and its Aho-Corasick automaton for the other keys
(themes), which hits count (term_hits), scores and thresholds per paragraph and theme (theme_scores),
labels and their evidence (theme_labels), and the integer sort they share (lexsort_ints). The
enrichments read the joined and search texts too.
"""
