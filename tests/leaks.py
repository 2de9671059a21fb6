"""Is a secret readable in a file's bytes? For leak scans of encrypted files.

A plain ``secret in data`` gives false alarms on ciphertext: a 4-byte name such as
b"Budi" turns up by chance in about one of 4,000 random megabytes, and the suite scans
dozens of files for dozens of names, so a scan failed about once in a hundred runs. A
hit counts as readable when the secret is long (8 bytes or more: chance ~N/2^64), or when
the bytes around it look like text, as in a plaintext SQLite record, a JSON file or a
journal: at least three quarters below 0x80. Around a chance hit in ciphertext about half
are, and three quarters of 128 random bytes happen with a chance of ~1e-8. A hit inside
a run of 40 or more base64 characters (a salt or a wrapped key in vault.json) is an
encoded blob, not a name: text has spaces, quotes and punctuation around its words.
"""

from __future__ import annotations

LONG = 8
AROUND = 64
BLOB_RUN = 40
_BASE64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")


def _in_base64_blob(data: bytes, start: int, end: int) -> bool:
    left, right = start, end
    while left > 0 and data[left - 1] in _BASE64 and end - left < BLOB_RUN:
        left -= 1
    while right < len(data) and data[right] in _BASE64 and right - left < BLOB_RUN:
        right += 1
    inside = all(b in _BASE64 for b in data[start:end])
    return inside and right - left >= BLOB_RUN


def readable_in(secret: bytes, data: bytes) -> bool:
    """Whether ``secret`` stands in ``data`` as readable text (not a chance match)."""
    if len(secret) >= LONG:
        return secret in data
    start = data.find(secret)
    while start >= 0:
        around = (
            data[max(0, start - AROUND) : start]
            + data[start + len(secret) : start + len(secret) + AROUND]
        )
        if len(around) < AROUND // 2:  # a tiny file: nothing to tell text from noise
            return True
        text_like = sum(b < 0x80 for b in around) >= 0.75 * len(around)
        if text_like and not _in_base64_blob(data, start, start + len(secret)):
            return True
        start = data.find(secret, start + 1)
    return False
