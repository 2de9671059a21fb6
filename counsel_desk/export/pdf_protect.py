"""A PDF protected with a password she can read over the phone (issue 18, item 6).

* The password is five words drawn with :mod:`secrets` from a list in the document's
  language (``resources/share-words/``: 1,121 Indonesian and 1,365 English short
  everyday words, checked against the spelling dictionary, nothing that sounds like harm,
  illness or faith), all lower case, one space between them, at most 32 bytes in all
  (a longer one is drawn again: poppler — Evince, Okular, pdftotext — reads only the
  first 32 bytes of an AES-256 password, so a longer one would not open there). That
  leaves more than 50 bits (:func:`entropy_bits` counts the passwords that can come
  out). The app never takes a password she types (a typed one cannot be measured
  honestly), never stores it, never logs it.
* :func:`protect` encrypts the finished, already self-checked PDF in memory with AES-256
  (PDF 2.0 standard security handler, revision 6: pypdf with the ``cryptography``
  backend), then reads the encrypted bytes back: they must refuse to open without the
  password (and with a wrong one), open with it, name AES-256 in their ``/Encrypt``
  dictionary, and give back the text of every page exactly. Only then are they handed
  on to be written; the plaintext never touches the disk. The file identifier (the
  trailer's /ID, which no PDF encrypts) is made random: reportlab's is the MD5 of a
  fixed text and the title, which would say which kind of document it is.

pypdf is imported when a PDF is protected, not with this module (the window imports it
for the words).
"""

from __future__ import annotations

import io
import math
import secrets
from functools import cache

from counsel_desk.i18n import QT_TRANSLATE_NOOP, CounselDeskError, UserMessage
from counsel_desk.paths import resource_path

__all__ = [
    "MAX_PASSWORD_BYTES",
    "WORDS_PER_PASSWORD",
    "ProtectionFailedError",
    "entropy_bits",
    "generate_password",
    "protect",
    "word_list",
]

WORDS_PER_PASSWORD = 5
MAX_PASSWORD_BYTES = 32  # what poppler-based readers take of an AES-256 password
LANGUAGES = ("id", "en")


class ProtectionFailedError(CounselDeskError):
    """The encrypted PDF did not read back as it must; nothing was written."""

    def __init__(self, what: str) -> None:
        self.what = what  # for developers: which check failed (never the password)
        super().__init__(
            UserMessage(
                QT_TRANSLATE_NOOP(
                    "PdfProtect",
                    "The password-protected PDF did not pass its check, so nothing was "
                    "written. Try again; if it happens again, save it without a password "
                    "only if you can hand it over safely.",
                )
            )
        )


@cache
def word_list(language: str) -> tuple[str, ...]:
    """The words a password of ``language`` is drawn from (English for any other)."""
    name = language if language in LANGUAGES else "en"
    text = resource_path("share-words", f"{name}.txt").read_text(encoding="utf-8")
    words = tuple(w.strip() for w in text.splitlines() if w.strip())
    if len(set(words)) != len(words):
        raise ValueError(f"share-words/{name}.txt repeats a word")
    return words


@cache
def entropy_bits(language: str) -> float:
    """How many bits of chance a generated password of ``language`` carries: log2 of
    the number of five-word passwords of at most 32 bytes (each equally likely)."""
    lengths: dict[int, int] = {}
    for word in word_list(language):
        size = len(word.encode("utf-8"))
        lengths[size] = lengths.get(size, 0) + 1
    ways = {0: 1}  # letters so far -> how many word sequences have that many
    for _ in range(WORDS_PER_PASSWORD):
        step: dict[int, int] = {}
        for total, count in ways.items():
            for size, words in lengths.items():
                step[total + size] = step.get(total + size, 0) + count * words
        ways = step
    room = MAX_PASSWORD_BYTES - (WORDS_PER_PASSWORD - 1)  # the spaces
    return math.log2(sum(count for total, count in ways.items() if total <= room))


def generate_password(language: str) -> str:
    """Five words of ``language``, each drawn with :func:`secrets.choice`; drawn again
    while the five are longer than 32 bytes (so every password that fits is equally
    likely)."""
    words = word_list(language)
    while True:
        password = " ".join(secrets.choice(words) for _ in range(WORDS_PER_PASSWORD))
        if len(password.encode("utf-8")) <= MAX_PASSWORD_BYTES:
            return password


def _page_texts(reader: object) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]  # type: ignore[attr-defined]


def protect(data: bytes, password: str) -> bytes:
    """``data`` (a finished PDF) encrypted with AES-256 under ``password``, read back
    and checked (see the module's text). Raises :class:`ProtectionFailedError`."""
    from pypdf import PasswordType, PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject

    if (
        len(password.split()) < WORDS_PER_PASSWORD
        or len(password.encode("utf-8")) > MAX_PASSWORD_BYTES
    ):
        raise ValueError("a password of the app's own making is required")
    plain = PdfReader(io.BytesIO(data))
    expected = _page_texts(plain)
    writer = PdfWriter(clone_from=plain)
    # The trailer's /ID is never encrypted: reportlab's is the MD5 of a fixed text and
    # the title, which would tell which kind of document this is. A random one instead.
    writer._ID = ArrayObject(
        [ByteStringObject(secrets.token_bytes(16)), ByteStringObject(secrets.token_bytes(16))]
    )
    # The owner password is random and forgotten: nobody gets more than the reader does.
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    protected = buffer.getvalue()

    reader = PdfReader(io.BytesIO(protected))
    if not reader.is_encrypted:
        raise ProtectionFailedError("not encrypted")
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert isinstance(encrypt, DictionaryObject)
    filters = encrypt.get("/CF", DictionaryObject()).get_object()
    std = filters.get("/StdCF", DictionaryObject()).get_object() if filters else {}
    if (
        encrypt.get("/V") != 5
        or encrypt.get("/R") != 6
        or std.get("/CFM") != "/AESV3"
        or encrypt.get("/StmF") != "/StdCF"
        or encrypt.get("/StrF") != "/StdCF"
    ):
        raise ProtectionFailedError("not AES-256")
    for wrong in ("", password + "x", password.upper()):
        if reader.decrypt(wrong) != PasswordType.NOT_DECRYPTED:
            raise ProtectionFailedError("opens without the password")
    reader = PdfReader(io.BytesIO(protected))
    if reader.decrypt(password) == PasswordType.NOT_DECRYPTED:
        raise ProtectionFailedError("does not open with the password")
    if _page_texts(reader) != expected:
        raise ProtectionFailedError("text differs")
    return protected
