"""Phone numbers: checked and stored in one form (E.164) with the phonenumbers library, and
formatted for display.

Numbers typed without a country code are read as numbers of DEFAULT_REGION.
"""

from __future__ import annotations

import phonenumbers

# HMIS is a United States data standard, so the agencies this program serves dial US numbers.
DEFAULT_REGION = "US"

_EXTENSION_MARK = ";ext="


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """Return `text` as an E.164 number ("+13195550142"), with ";ext=12" for an extension,
    or "" for blank text.

    Possible numbers are accepted even when no carrier uses them (such as 555-01xx).

    Raises:
        ValueError: the text is not a possible phone number. The message shows an example.
    """
    text = text.strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as error:
        raise ValueError(_INVALID_MESSAGE) from error
    if not phonenumbers.is_possible_number(number):
        raise ValueError(_INVALID_MESSAGE)

    stored = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension:
        stored += _EXTENSION_MARK + number.extension
    return stored


def format_phone(stored: str, region: str = DEFAULT_REGION) -> str:
    """Return a stored number formatted for display: national form for numbers with the
    country code of `region`, international form otherwise. Text that does not parse is
    returned unchanged.
    """
    if not stored:
        return ""
    try:
        number = phonenumbers.parse(stored.replace(_EXTENSION_MARK, " ext. "), region)
    except phonenumbers.NumberParseException:
        return stored
    if number.country_code == phonenumbers.country_code_for_region(region):
        style = phonenumbers.PhoneNumberFormat.NATIONAL
    else:
        style = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


_INVALID_MESSAGE = (
    "Enter a phone number such as (319) 555-0142, or +44 20 7946 0958 for a number abroad."
)
