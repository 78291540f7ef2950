"""Text checks of imported client names: the field length and bidirectional formatting.

Names are stored as exported, so these functions only cut a name that is too long for its
field and find the characters that a problem report should warn about.
"""

from __future__ import annotations

import unicodedata

ZERO_WIDTH_JOINER = "\u200d"

# The explicit bidirectional formatting characters of Unicode (UAX #9) that start an
# embedding, override or isolate, or end one: U+202A–U+202E and U+2066–U+2069. They can
# reorder how the rest of a line is displayed, so a name can look like another name.
# The marks U+200E and U+200F, and the joiners U+200C and U+200D, are left out because
# they affect only the characters beside them and are normal in several scripts.
BIDI_FORMATTING = frozenset(chr(code) for code in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def cut_to_length(text: str, limit: int) -> str:
    """Return `text` cut to at most `limit` characters (code points).

    The cut moves back before a combining mark (Unicode category M) that follows it, and
    before a zero-width joiner that precedes it, so an accented letter or a joined sequence
    is kept whole. NOTE: this covers accents and joiners but is not the full grapheme
    cluster rule of UAX #29, so some emoji sequences (flags, skin tones) may be split.
    """
    if len(text) <= limit:
        return text
    end = limit
    while end > 0 and (
        unicodedata.category(text[end]).startswith("M") or text[end - 1] == ZERO_WIDTH_JOINER
    ):
        end -= 1
    # A text of only combining marks has no boundary to move back to.
    return text[:end] if end > 0 else text[:limit]


def bidi_formatting_codes(text: str) -> list[str]:
    """Return the code points ("U+202E") of the bidirectional formatting characters in `text`."""
    return sorted({f"U+{ord(char):04X}" for char in text if char in BIDI_FORMATTING})
