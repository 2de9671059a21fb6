"""Screenshots of the Indonesian consent forms as printed (issue 22): the student form
("kamu"), the adult form ("Anda") and the parents' form.

    python3 dev.py screenshots consent    # this one (all: without a name); Xvfb if need be
    python docs/screenshots/make_consent_screenshots.py   # needs pdftoppm (poppler-utils)

Each form is chosen as the app chooses it (by the client's age on the day), filled in
for a fictional client with the date left blank, written by the same code as "Print
Consent Form to PDF", and its first page rendered at 80 dpi.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()

    from counsel_desk.domain.enums import ConsentKind
    from counsel_desk.domain.model import Client
    from counsel_desk.export.consent_pdf import write_consent_pdf
    from counsel_desk.services.consents import is_adult_on, template_for

    today = dt.date(2025, 9, 15)  # the ages below on that day: 15 and 18
    student = Client(
        given_name="Dewi",
        family_name="Lestari",
        date_of_birth=dt.date(2010, 3, 9),
        school="SMP Negeri 5 Semarang",
    )
    adult = Client(
        given_name="Rizky",
        family_name="Pratama",
        date_of_birth=dt.date(2007, 9, 15),
        school="SMA Negeri 2 Semarang",
    )
    shots = {
        "id-consent-student.png": (ConsentKind.INFORMED_CONSENT, student),
        "id-consent-adult.png": (ConsentKind.INFORMED_CONSENT, adult),
        "id-consent-guardian.png": (ConsentKind.GUARDIAN_CONSENT, student),
    }
    with tempfile.TemporaryDirectory(prefix="counsel-desk-consents-") as work:
        for name, (kind, client) in shots.items():
            template = template_for(kind, "id", adult=is_adult_on(client, today))
            text = template.filled(client, released_to=None, today=None)
            pdf = write_consent_pdf(
                Path(work) / "form.pdf", text, signature_lines=["Tanda tangan:"]
            )
            stem = args.out / Path(name).stem
            subprocess.run(
                ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
                check=True,
            )
            print(f"{name}: {template.kind.value} version {template.version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
