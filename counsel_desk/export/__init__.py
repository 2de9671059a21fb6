"""Documents that leave or enter the vault: the counsel-desk/1 interchange JSON and PDFs.

Pure Python: no Qt. Nothing here opens a file by itself; callers pass text in and take
text or bytes out.
"""
