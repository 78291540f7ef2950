"""Passwords of PostgreSQL server URLs: removed before a URL is stored or shown, asked for
when libpq finds none, and handed to libpq in memory only.

libpq reads the PGPASSWORD environment variable and the PostgreSQL password file
(~/.pgpass, or %APPDATA%\\postgresql\\pgpass.conf on Windows) by itself, so the program prompts
for a password only when a connection attempt fails for the lack of one.
"""

from __future__ import annotations

import getpass
import re
from urllib.parse import quote, unquote, urlsplit, urlunsplit

SERVER_URL_SCHEMES = ("postgresql://", "postgres://")

_OTHER_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")
# libpq's "keyword=value" connection strings start with one of these.
_KEYWORD_SETTING = re.compile(
    r"^\s*(host|hostaddr|port|dbname|user|password|passfile|service|sslmode)\s*=",
    re.IGNORECASE,
)

# How long a connection attempt made only to learn whether a password is needed may take.
PROBE_TIMEOUT_SECONDS = 10


def is_server_url(text: object) -> bool:
    """Return whether `text` is a PostgreSQL server URL (postgresql://… or postgres://…).

    Only a str can be one: pathlib would turn the "//" of a URL into "/".
    """
    return isinstance(text, str) and text[: len("postgresql://")].lower().startswith(
        SERVER_URL_SCHEMES
    )


def strip_password(url: str) -> tuple[str, bool]:
    """Remove the password from a server URL's user part and from a `password=` parameter.

    Returns:
        The URL without a password, and whether one was removed.
    """
    parts = urlsplit(url)
    removed = False
    netloc = parts.netloc
    userinfo, at_sign, host_and_port = netloc.rpartition("@")
    if at_sign and ":" in userinfo:
        netloc = f"{userinfo.split(':', 1)[0]}@{host_and_port}"
        removed = True

    # The other parameters are kept as written: libpq does not read "+" as a space, so
    # decoding and encoding them again could change a value.
    parameters = [item for item in parts.query.split("&") if item]
    kept = [
        item for item in parameters if unquote(item.partition("=")[0]).strip().lower() != "password"
    ]
    if len(kept) != len(parameters):
        removed = True
    if not removed:
        return url, False
    # Written out rather than with urlunsplit, which drops the "//" of a URL without a host
    # (postgresql:///casepoint?host=…), leaving text that is no longer a URL.
    rebuilt = f"{parts.scheme}://{netloc}{parts.path}"
    if kept:
        rebuilt += "?" + "&".join(kept)
    if parts.fragment:
        rebuilt += "#" + parts.fragment
    return rebuilt, True


def database_target_problem(text: str) -> str | None:
    """Return why `text` cannot name a database (a SQLite file or a server URL), or None.

    Catches an empty value, a URL of another scheme, and libpq's "host=… dbname=…" form,
    which would otherwise be taken as a file name, password and all.
    """
    if not text.strip():
        return "Give a database file or a postgresql:// URL; the value is empty."
    scheme = _OTHER_URL.match(text)
    if scheme and not is_server_url(text):
        return (
            f"“{scheme.group(0)}” URLs are not databases this program uses. Give a database "
            "file or a postgresql:// URL."
        )
    if _KEYWORD_SETTING.match(text):
        return (
            "Give the server as a URL, postgresql://USER@HOST:PORT/DATABASE, not as "
            "keyword=value settings."
        )
    return None


def with_password(url: str, password: str) -> str:
    """Return `url` with `password` in its user part, for libpq only: never store or log it.

    A URL without a user name gets the operating-system user name, which libpq uses by
    default as well.
    """
    url, _ = strip_password(url)
    parts = urlsplit(url)
    userinfo, at_sign, host_and_port = parts.netloc.rpartition("@")
    if not at_sign:
        userinfo, host_and_port = quote(getpass.getuser(), safe=""), parts.netloc
    netloc = f"{userinfo}:{quote(password, safe='')}@{host_and_port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def needs_password(url: str) -> bool:
    """Try to connect to the server at `url` and return whether it failed for lack of a password.

    Any other failure returns False, so that opening the database reports it.
    """
    # NOTE: libpq translates this message when it is built with NLS and the locale is not
    # English. psql calls PQconnectionNeedsPassword instead, which psycopg2 does not expose.
    return "no password supplied" in _connection_error(url)


def password_rejected(url: str) -> bool:
    """Try to connect with the password in `url` and return whether the server rejected it.

    Any other failure returns False, so that opening the database reports it.
    """
    # The server words this message in its lc_messages language; English is the default.
    return "password authentication failed" in _connection_error(url)


def _connection_error(url: str) -> str:
    """Connect to `url` and return libpq's error message, or "" when the connection worked."""
    import psycopg2

    try:
        connection = psycopg2.connect(url, connect_timeout=PROBE_TIMEOUT_SECONDS)
    except psycopg2.OperationalError as error:
        return str(error)
    connection.close()
    return ""
