"""A word of any script, for counting the words said of a pair ("BTC 96,500 पे टिका हुआ है, अब AVAX short …").

Python's ``\\w`` leaves out the vowel signs and other combining marks that Devanagari and Latin with
combining accents write inside a word: "टिका" (holding) is "ट", "ि", "क", "ा", and a run of two letters
finds nothing in it. A word is a letter followed by letters or such marks, so "पे टिका हुआ है" counts four
words as "is holding at" would; a digit or a space still ends a word.
"""
import re

# Combining accents, and the Devanagari signs (vowel signs, virama, nukta, anusvara) written inside a word.
_MARKS = "\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])+")
