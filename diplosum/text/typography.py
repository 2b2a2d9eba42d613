"""Characters a reader does not tell from plainer ones: a no-break or thin space is a
space, a curly apostrophe or quotation mark a straight one, a dash a hyphen, a bullet a
space.

Web copy (CNN, the BBC, the Daily Mail) writes "Peru\\u2019s", \\u201cquoted\\u201d
words, "U.S.\\u2013Soviet" and no-break spaces inside names ("United\\u00a0States"); wire
copy writes "Peru's", "quoted" words, "U.S.-Soviet" and " - " for a dash, with plain
spaces; some older wire archives write a possessive with a double quote ("Kuwait"s").
The rules and the support check read all alike through ``plain``, which keeps every offset
(one character for one), so quotes are still cut from the text as written.
"""

from __future__ import annotations

import re

__all__ = ["plain"]

# Each character and its plain form, looked for one by one: a few C string searches cost
# less than ``str.translate`` over a text that is not all ASCII.
_PLAIN = (
    # No-break and thin spaces; bullets that open a list item ("\u2022 Obama met ...").
    *((char, " ") for char in "\u00a0\u2007\u2009\u200a\u202f\u2022\u25aa\u25cf\u2023"),
    *((char, "'") for char in "\u2018\u2019\u201b\u2032"),
    *((char, '"') for char in "\u201c\u201d\u201f\u2033"),
    *((char, "-") for char in "\u2010\u2011\u2012\u2013\u2014\u2212"),
)


# A possessive some wire archives write with a double quote ("Kuwait"s Oil Minister",
# "OPEC"s members"): no quotation opens or closes between a word and its "s".
_QUOTED_POSSESSIVE = re.compile(r'(?<=[A-Za-z])"(?=s\b)')


def plain(text: str) -> str:
    """``text`` with spaces and quotation marks of web typography in their plain form,
    a possessive written with a double quote as one, and the quotation marks of older
    wire archives (``quoted'') as plain ones (same length, same offsets); ``text`` itself
    when it has none."""
    if '"s' in text:
        text = _QUOTED_POSSESSIVE.sub("'", text)
    if "``" in text:
        # Two characters for one mark: the space goes outside the quotation.
        text = text.replace("``", ' "').replace("''", '" ')
    if text.isascii():
        return text  # wire copy: nothing more to map, and callers may keep what they cached
    for char, plainer in _PLAIN:
        if char in text:
            text = text.replace(char, plainer)
    return text
