"""The demo: ``counsel-desk --demo`` opens a throw-away vault of synthetic records.

* :mod:`counsel_desk.demo.generator` writes realistic, invented caseloads (also used by
  the benchmarks);
* :mod:`counsel_desk.demo.caseload` shapes one into the demo's caseload
  (:func:`build_demo_caseload`);
* :mod:`counsel_desk.demo.vault` makes the demo's folder under the data folder, builds
  the vault in it and deletes it again.

No Qt here: the window's side of the demo is ``counsel_desk/ui/demo.py``.
"""

from __future__ import annotations

from counsel_desk.demo.caseload import DEMO_CLIENTS, DEMO_SEED, build_demo_caseload

# Shown on the unlock screen. The demo holds only invented records, so its passphrase
# is no secret; a real vault's passphrase is never shown anywhere.
DEMO_PASSPHRASE = "demo konseli 2025"

__all__ = ["DEMO_CLIENTS", "DEMO_PASSPHRASE", "DEMO_SEED", "build_demo_caseload"]
