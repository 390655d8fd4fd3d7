"""The semantic layer: how close a paragraph's meaning is to each theme, word by word.

One module per piece, in the order a batch meets them: the model's token vectors (embeddings), a
word's vector and the process's cache of them (word_vectors), which words carry meaning
(content_words), a batch's words and their offsets (batch_words), a number's parts as one word
(number_words), the content words' occurrences and their mean vectors (occurrences), the themes'
vectors (theme_vectors), and the layer that turns them into semantic evidence (layer).
"""
