"""Turkish-aware text folding (search keys) and sorting keys; pure Python, no Qt."""

from __future__ import annotations

import unicodedata

__all__ = ["ALPHABET", "fold", "lower", "search_terms", "sort_key", "upper"]

# The Turkish alphabet, with q, w and x after their Latin neighbours.
ALPHABET = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"

_LOWER_SPECIAL = {"I": "ı", "İ": "i"}
_UPPER_SPECIAL = {"i": "İ", "ı": "I"}
_ASCII_FOLD = str.maketrans("çğıöşüâîû", "cgiosuaiu")

# Primary weights of the sort key; every weight is above the separator "\x01".
_SEPARATOR = "\x01"
_SPACE = "\x02"
_PUNCT = "\x03"
_DIGITS = "0123456789"  # weights "0".."9" (0x30-0x39)
_LETTER_WEIGHT = {ch: chr(0x41 + i) for i, ch in enumerate(ALPHABET)}  # "A" upwards, < 0x7F
_OTHER_LETTER = "\x7f"  # followed by the letter itself: after every Turkish letter


def _lower_raw(text: str) -> str:
    return "".join(_LOWER_SPECIAL.get(ch, ch) for ch in text).lower()


def lower(text: str) -> str:
    """Lower-case the Turkish way (I → ı, İ → i), after NFC normalisation."""
    return _lower_raw(unicodedata.normalize("NFC", text))


def upper(text: str) -> str:
    """Upper-case the Turkish way (i → İ, ı → I), after NFC normalisation."""
    text = unicodedata.normalize("NFC", text)
    return "".join(_UPPER_SPECIAL.get(ch, ch) for ch in text).upper()


def _strip_marks(text: str) -> str:
    """Decompose (NFKD) and drop the combining marks."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def _fold_once(text: str) -> str:
    folded = _strip_marks(lower(text)).casefold().translate(_ASCII_FOLD)
    return " ".join(folded.split())


def fold(text: str | None) -> str:
    """Search key: Turkish lower-casing, accents removed (ç→c, ı→i …), whitespace collapsed."""
    if not text:
        return ""
    fast = text.translate(_FOLD_TABLE)
    if fast.isascii():  # ASCII and Turkish letters only: same result, much faster
        return " ".join(fast.split())
    return _fold_general(text)


def _fold_general(text: str) -> str:
    folded = _fold_once(text)
    for _ in range(3):  # further passes only matter for exotic compatibility characters
        again = _fold_once(folded)
        if again == folded:
            break
        folded = again
    return folded


def search_terms(query: str | None) -> list[str]:
    """The folded words of a search query (empty for a blank query)."""
    return fold(query).split()


def _weights(ch: str) -> str:
    """Primary weight(s) of one lower-cased character."""
    weight = _LETTER_WEIGHT.get(ch)
    if weight is not None:
        return weight
    if ch.isspace():
        return _SPACE
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return _DIGITS[digit]
    base = _strip_marks(ch)
    if base != ch:
        return "".join(_weights(b) for b in _lower_raw(base))
    if ch.isalpha():
        return _OTHER_LETTER + ch
    return _PUNCT


def sort_key(text: str | None) -> str:
    """Key ordering by the Turkish alphabet, case-insensitively, under plain codepoint comparison.

    The key is a primary part (space < punctuation < digits < a b c ç … z < other letters)
    followed by "\\x01" and the NFC text itself, which breaks ties deterministically.
    """
    if not text:
        return ""
    collapsed = " ".join(text.split())
    primary = collapsed.translate(_SORT_TABLE)
    if primary.isascii():  # ASCII and precomposed Turkish letters only: already NFC
        return primary + _SEPARATOR + text
    return _sort_key_general(text)


def _sort_key_general(text: str) -> str:
    nfc = unicodedata.normalize("NFC", text)
    collapsed = " ".join(lower(nfc).split())
    primary = "".join(_weights(ch) for ch in collapsed)
    return primary + _SEPARATOR + nfc


# Fast paths for the common case, built from the general rules above so they cannot disagree.
_FAST_CHARS = [chr(i) for i in range(128)] + list("çÇğĞıİöÖşŞüÜâÂîÎûÛ")
_FOLD_TABLE = {
    ord(ch): ch if ch.isspace() else _strip_marks(_lower_raw(ch)).casefold().translate(_ASCII_FOLD)
    for ch in _FAST_CHARS
}
_SORT_TABLE = {ord(ch): "".join(_weights(c) for c in _lower_raw(ch)) for ch in _FAST_CHARS}
