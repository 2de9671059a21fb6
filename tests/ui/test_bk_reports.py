"""The BK service report (issue 17, item 5) against a caseload computed by hand: contacts
by komponen × strategi × bidang with primary and complementary suppression, classical
guidance by class, home visits and case conferences, the workload in JP and the ASCA
split; the empty month and the JP length of 0 refused; the dialog driven through the
window, its PDF and XLSX read back without a name, case code or date of birth. Cheap
Argon2 (KdfParams.cheap_for_tests) through tests/ui/conftest.py."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from counsel_desk.domain.activities import Activity
from counsel_desk.domain.bk_reports import BkSettings, PeriodKind
from counsel_desk.domain.enums import (
    ActivityKind,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    UseOfTime,
)
from counsel_desk.domain.model import Client, SessionNote
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.templates import TemplateId
from counsel_desk.export.pdf_check import SelfCheckFailedError, pdf_text
from counsel_desk.i18n import CounselDeskError
from tests.ui.choosers import use_chooser
from tests.ui.conftest import make_vault, unlock

NAMES = [
    ("Budi", "Santoso"), ("Siti", "Rahma"), ("Ayu", "Lestari"), ("Dewi", "Kusuma"),
    ("Rina", "Wati"), ("Agus", "Salim"), ("Joko", "Widodo"), ("Putri", "Ayu"),
]  # fmt: skip

INDIVIDUAL = ServiceClass(
    ServiceComponent.RESPONSIVE,
    ServiceStrategy.INDIVIDUAL_COUNSELING,
    (ServiceField.PERSONAL, ServiceField.LEARNING),
)
HOME_VISIT = ServiceClass(
    ServiceComponent.RESPONSIVE, ServiceStrategy.HOME_VISIT, (ServiceField.SOCIAL,)
)
CONFERENCE = ServiceClass(
    ServiceComponent.RESPONSIVE, ServiceStrategy.CASE_CONFERENCE, (ServiceField.PERSONAL,)
)


def _guidance(field: ServiceField) -> ServiceClass:
    return ServiceClass(ServiceComponent.BASIC, ServiceStrategy.CLASSROOM_GUIDANCE, (field,))


def _caseload() -> list[Client]:
    return [
        Client(
            given_name=given,
            family_name=family,
            date_of_birth=dt.date(2011, 2, n),
            grade="VIII-B",
            opened_on=dt.date(2025, 7, 1),
        )
        for n, (given, family) in enumerate(NAMES, start=1)
    ]


def _record(service) -> None:
    """August 2025 (21 working days: the 17th is a Sunday):
    * 6 individual counseling sessions of 40 min, bidang pribadi + belajar;
    * a home visit of 80 min (sosial), a case conference of 60 min (pribadi);
    * 2 sessions of 30 min not classified;
    * classical guidance: VIII-B 3 × 2 JP for 32 students (karier), VIII-C 5 × 2 JP for
      30 students (belajar); a duty (piket) of 120 min."""
    ids = {s.given_name: s.id for s in service.clients.list_summaries()}
    order = [ids[g] for g, _ in NAMES]
    notes = service.notes
    for i in range(6):
        notes.save_draft(
            order[i],
            SessionNote(date=dt.date(2025, 8, 4 + i), duration_minutes=40, service=INDIVIDUAL),
        )
    notes.save_draft(
        order[0],
        SessionNote(
            date=dt.date(2025, 8, 12),
            duration_minutes=80,
            template=TemplateId.HOME_VISIT,
            service=HOME_VISIT,
        ),
    )
    notes.save_draft(
        order[1],
        SessionNote(
            date=dt.date(2025, 8, 13),
            duration_minutes=60,
            template=TemplateId.CASE_CONFERENCE,
            service=CONFERENCE,
        ),
    )
    for i in (6, 7):
        notes.save_draft(order[i], SessionNote(date=dt.date(2025, 8, 14), duration_minutes=30))
    activities = service.activities
    for day in (5, 12, 19):
        activities.save(
            Activity(
                ActivityKind.CLASSROOM_GUIDANCE,
                dt.date(2025, 8, day),
                "Cita-cita dan karier",
                class_name="VIII-B",
                students_present=32,
                periods=2,
                service=_guidance(ServiceField.CAREER),
            )
        )
    for day in (6, 7, 13, 20, 21):
        activities.save(
            Activity(
                ActivityKind.CLASSROOM_GUIDANCE,
                dt.date(2025, 8, day),
                "Gaya belajar",
                class_name="VIII-C",
                students_present=30,
                periods=2,
                service=_guidance(ServiceField.LEARNING),
            )
        )
    activities.save(
        Activity(ActivityKind.NON_COUNSELING_DUTY, dt.date(2025, 8, 15), "Piket", minutes=120)
    )


@pytest.fixture
def caseload(qtbot, window, tmp_path):
    unlock(qtbot, window, make_vault(tmp_path / "v", _caseload()))
    _record(window.vault)
    return window


def _shown(table, key):
    return [c.shown for c in next(r for r in table.rows if r.key == key).cells]


def test_figures_of_a_hand_computed_month(qtbot, caseload):
    service = caseload.vault.bk_reports
    report = service.report(service.period("2025-08"))
    # 8 classified sessions + 8 classified activities; the duty has no classification.
    assert report.contacts.shown == "16"
    # Rows are hidden: the sessions less the unclassified (10 − 2) would be the classified
    # sessions, a sum of rows, and the activities less theirs the classified activities.
    assert (report.sessions.value, report.sessions.shown, report.activities) == (10, "*", 9)
    assert report.unclassified_sessions.shown == "<5"  # 2, suppressed
    assert (report.unclassified_activities.value, report.unclassified_activities.shown) == (0, "*")
    # Columns: pribadi, sosial, belajar, karier, contacts. The two single contacts (<5)
    # would be pinned down as 1 and 1 from 16 − 8 − 6: the 6 is hidden as well ("*"),
    # and with it its bidang (each a floor of the row's count).
    table = report.by_service
    assert [r.key for r in table.rows] == [
        "basic/classroom_guidance",
        "responsive/individual_counseling",
        "responsive/home_visit",
        "responsive/case_conference",
    ]
    assert _shown(table, "basic/classroom_guidance") == ["0", "0", "5", "<5", "8"]
    assert _shown(table, "responsive/individual_counseling") == ["*", "0", "*", "0", "*"]
    assert _shown(table, "responsive/home_visit") == ["0", "<5", "0", "0", "<5"]
    assert _shown(table, "responsive/case_conference") == ["<5", "0", "0", "0", "<5"]
    # A bidang total with a hidden cell in its column is hidden too; contacts once each.
    assert [c.shown for c in table.total.cells] == ["*", "<5", "*", "<5", "16"]
    # Classical guidance by class: 3 (<5) would be 8 − 5: the 5 is hidden too.
    assert _shown(report.by_class, "VIII-B") == ["<5", "96"]
    assert _shown(report.by_class, "VIII-C") == ["*", "150"]
    assert [c.shown for c in report.by_class.total.cells] == ["8", "246"]
    assert (report.home_visits.contacts.shown, report.home_visits.students.shown) == ("<5", "<5")
    assert report.case_conferences.contacts.value == 1
    # Workload, one JP = 40 min: sessions 440 min = 11 JP; activities 16 JP + 120 min = 19.
    load = report.workload
    assert (load.session_periods, load.activity_periods, load.total) == (11.0, 19.0, 30.0)
    assert (load.school_weeks, load.norm, load.percent_of_norm) == (4.2, 100.8, 30)
    # ASCA: counseling 240 min, instruction 640, consultation 140, duty 120 (of 1140).
    shares = {s.category: s for s in report.asca}
    assert shares[UseOfTime.DIRECT_COUNSELING].percent == 21
    assert shares[UseOfTime.DIRECT_INSTRUCTION].periods == 16.0
    assert shares[UseOfTime.DIRECT_INSTRUCTION].percent == 56
    assert shares[UseOfTime.INDIRECT_CONSULTATION].contacts.shown == "<5"
    assert shares[UseOfTime.INDIRECT_CONSULTATION].hidden
    assert report.asca_direct_indirect_percent == 89  # 1020 / 1140
    assert report.asca_meets_target()


def test_empty_period_and_impossible_settings_are_refused(qtbot, caseload):
    service = caseload.vault.bk_reports
    with pytest.raises(CounselDeskError, match="Nothing was recorded from 2025-03-01"):
        service.report(service.period("2025-03"))
    for minutes in (0, 91):
        with pytest.raises(CounselDeskError, match="lasts from 1 to 90 minutes"):
            service.save_settings(BkSettings(minutes_per_period=minutes))
    with pytest.raises(CounselDeskError, match="1 June to 30 September"):
        service.save_settings(BkSettings(year_start_month=1, year_start_day=5))
    assert service.settings() == BkSettings()  # nothing half-saved
    with pytest.raises(CounselDeskError, match="is no period"):
        service.period("August")


def test_dialog_settings_figures_pdf_and_xlsx(qtbot, caseload, tmp_path):
    window = caseload
    pdf, xlsx = tmp_path / "bk.pdf", tmp_path / "bk.xlsx"
    use_chooser(window, pdf, xlsx)
    window.plan_actions.bk_report_action.trigger()
    dialog = window.plan_actions.bk_report_dialog
    assert dialog is not None and dialog.jp_spin.value() == 40
    # An SMA: one JP of 45 minutes, kept in the vault; the year starts on 1 August.
    dialog.jp_spin.setValue(45)
    dialog.start_day.setValue(1)
    dialog.start_month.setCurrentIndex(dialog.start_month.findData(8))
    with qtbot.waitSignal(dialog.settings_saved, timeout=10000):
        dialog.save_settings()
    assert window.vault.bk_reports.settings() == BkSettings(45, 8, 1)
    dialog.set_period(PeriodKind.SEMESTER, "2025-S1")
    assert (dialog.period().start, dialog.period().end) == (
        dt.date(2025, 8, 1),
        dt.date(2025, 12, 31),
    )
    with qtbot.waitSignal(dialog.report_ready, timeout=10000):
        dialog.refresh()
    assert dialog.summary_labels["contacts"].text() == "16"
    assert dialog.summary_labels["unclassified"].text() == "<5"
    # 440 / 45 = 9.8 JP of sessions, 16 + 120 / 45 = 18.7 of activities.
    load = dialog.report.workload
    assert (load.session_periods, load.activity_periods, load.total) == (9.8, 18.7, 28.5)
    # JP counted at 45 min: instruction 720 min; (240 + 140 + 720) / 1220 = 90 %.
    assert dialog.summary_labels["asca"].text() == "90 %"
    rows = dialog.pages["by_service"].model.texts()
    assert ["Responsive service — Home visit", "0", "<5", "0", "0", "<5"] in rows
    assert dialog.asca_page.chart.values[1] == 59  # instruction: 720 / 1220
    assert dialog.asca_page.chart.values[3] == 0  # a hidden cell is not drawn
    assert "not yet classified: 2." in dialog.status_label.text()
    dialog.resize(1280, 680)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 680

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("id"))
    with qtbot.waitSignal(dialog.file_saved, timeout=30000):
        dialog.save_file("pdf")
    with qtbot.waitSignal(dialog.file_saved, timeout=30000):
        dialog.save_file("xlsx")
    pages, meta = pdf_text(pdf)
    pdf_words = "\n".join(pages) + " ".join(meta.values())
    assert "Laporan pelaksanaan layanan BK" in pdf_words and "<5" in pdf_words
    from counsel_desk.export.bk_report_xlsx import xlsx_texts

    sheet_words = " ".join(text for _where, text in xlsx_texts(xlsx.read_bytes()))
    assert "VIII-C" in sheet_words and "150" in sheet_words
    for text in (pdf_words, sheet_words):
        for given, family in NAMES:  # as words: "Agus" is in "Agustus"
            assert not re.search(rf"\b({given}|{family})\b", text), (given, family)
        for summary in window.vault.clients.list_summaries():
            assert summary.case_code not in text
            assert summary.date_of_birth.isoformat() not in text
    dialog.reject()


def test_dialog_says_when_the_period_is_empty(qtbot, caseload, tmp_path):
    dialog = caseload.plan_actions.show_bk_report()
    dialog.set_period(PeriodKind.MONTH, "2025-06")
    with qtbot.waitSignal(dialog.failed, timeout=10000) as blocker:
        dialog.refresh()
    assert "Nothing was recorded" in blocker.args[0]
    assert not dialog.pdf_button.isEnabled() and dialog.report is None
    # The month with the work in it prints.
    out = tmp_path / "month.pdf"
    use_chooser(caseload, out)
    dialog.set_period(PeriodKind.MONTH, "2025-08")
    with qtbot.waitSignal(dialog.report_ready, timeout=10000):
        dialog.refresh()
    with qtbot.waitSignal(dialog.file_saved, timeout=30000):
        dialog.save_file("pdf")
    text = "\n".join(pdf_text(out)[0])
    assert "Month 2025-08: 1 August 2025 – 31 August 2025" in text
    assert "VIII-B" in text and "Budi" not in text
    dialog.reject()


def test_the_files_check_refuses_a_name_and_allows_a_class(qtbot, caseload, tmp_path):
    service = caseload.vault.bk_reports
    # Every client of the caseload is in VIII-B: a class names no one.
    assert service.findings([("Kelas!A2", "VIII-B")]) == []
    code = caseload.vault.clients.list_summaries()[0].case_code
    found = service.findings([("Kelas!A3", "Budi Santoso"), ("Kelas!A4", code)])
    texts = {f.text for f in found}
    assert code in texts and any("Budi" in t for t in texts)
    report = service.report(service.period("2025-08"))
    out = tmp_path / "leak.xlsx"
    with pytest.raises(SelfCheckFailedError):
        service._write(report, out, b"PK", [("Kelas!A3", "Budi")], "xlsx")
    assert not out.exists()


def test_dialog_refuses_a_year_start_that_does_not_exist(qtbot, caseload):
    dialog = caseload.plan_actions.show_bk_report()
    dialog.start_day.setValue(31)
    dialog.start_month.setCurrentIndex(dialog.start_month.findData(6))  # 31 June
    with qtbot.waitSignal(dialog.failed, timeout=10000) as blocker:
        dialog.save_settings()
    assert "1 June to 30 September" in blocker.args[0]
    assert dialog.status_label.text() == blocker.args[0]
    assert caseload.vault.bk_reports.settings() == BkSettings()  # nothing kept
    dialog.reject()
