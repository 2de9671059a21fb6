"""Documents that leave or enter the vault: the counsel-desk interchange JSON (/1 and /2) and PDFs.

Pure Python: no Qt. Nothing here opens a file by itself; callers pass text in and take
text or bytes out.
"""
