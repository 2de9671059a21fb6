"""The words of the BK service report, shared by its PDF and its spreadsheet: titles, row
labels and the figures as shown (suppressed counts as "<5" or "*"). English or Bahasa
Indonesia; no Qt, no reportlab."""

from __future__ import annotations

from counsel_desk.domain.bk_reports import (
    ASCA_TARGET_PERCENT,
    NO_CLASS,
    NORM_PERIODS_PER_WEEK,
    UNKNOWN_OUTCOME,
    BkReport,
    PeriodKind,
    split_row_key,
)
from counsel_desk.domain.enums import ReferralAgency, ReferralOutcome, ServiceField
from counsel_desk.domain.reports import COMPLEMENTARY_MARK
from counsel_desk.domain.vocabulary import display_name
from counsel_desk.export.breach_letter import long_date
from counsel_desk.i18n import QT_TRANSLATE_NOOP, Catalog

# Each English text is marked once (context "BkReportPdf"); its Indonesian is in
# resources/translations/counsel_desk_id.ts. Komponen, bidang, strategi and the ASCA
# categories are named by domain/vocabulary.py.
_TEXTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("BkReportPdf", "BK service report"),
    "header": QT_TRANSLATE_NOOP("BkReportPdf", "BK service report"),
    "month": QT_TRANSLATE_NOOP("BkReportPdf", "Month {key}: {start} – {end}"),
    "semester": QT_TRANSLATE_NOOP("BkReportPdf", "Semester {key}: {start} – {end}"),
    "year": QT_TRANSLATE_NOOP("BkReportPdf", "School year {key}: {start} – {end}"),
    "footer": QT_TRANSLATE_NOOP(
        "BkReportPdf", "Figures only: no names, case codes or dates of birth"
    ),
    "page": QT_TRANSLATE_NOOP("BkReportPdf", "page {page} of {pages}"),
    "summary": QT_TRANSLATE_NOOP("BkReportPdf", "Summary"),
    "contacts": QT_TRANSLATE_NOOP("BkReportPdf", "Classified contacts (sessions and activities)"),
    "sessions": QT_TRANSLATE_NOOP("BkReportPdf", "Client sessions"),
    "activities": QT_TRANSLATE_NOOP("BkReportPdf", "Activities logged"),
    "unclassified_sessions": QT_TRANSLATE_NOOP(
        "BkReportPdf", "Sessions not yet classified (komponen, bidang, strategi)"
    ),
    "unclassified_activities": QT_TRANSLATE_NOOP("BkReportPdf", "Activities not yet classified"),
    "by_service": QT_TRANSLATE_NOOP("BkReportPdf", "Contacts by komponen, strategi and bidang"),
    "service_note": QT_TRANSLATE_NOOP(
        "BkReportPdf",
        "A contact with two bidang counts once for each: the bidang columns do not add up "
        "to the contacts.",
    ),
    "component_strategy": QT_TRANSLATE_NOOP("BkReportPdf", "Komponen — strategi"),
    "col_contacts": QT_TRANSLATE_NOOP("BkReportPdf", "Contacts"),
    "total": QT_TRANSLATE_NOOP("BkReportPdf", "Total"),
    "no_contacts": QT_TRANSLATE_NOOP("BkReportPdf", "No classified contact in the period."),
    "by_class": QT_TRANSLATE_NOOP("BkReportPdf", "Classical guidance by class"),
    "class": QT_TRANSLATE_NOOP("BkReportPdf", "Class"),
    "no_class": QT_TRANSLATE_NOOP("BkReportPdf", "No class given"),
    "col_sessions": QT_TRANSLATE_NOOP("BkReportPdf", "Sessions"),
    "col_students": QT_TRANSLATE_NOOP("BkReportPdf", "Students reached"),
    "no_guidance": QT_TRANSLATE_NOOP("BkReportPdf", "No classical guidance in the period."),
    "program": QT_TRANSLATE_NOOP("BkReportPdf", "The program: planned and carried out"),
    "referrals": QT_TRANSLATE_NOOP("BkReportPdf", "Referrals (alih tangan kasus)"),
    "no_referrals": QT_TRANSLATE_NOOP("BkReportPdf", "No referral in the period."),
    "col_agency": QT_TRANSLATE_NOOP("BkReportPdf", "Referred to"),
    "col_outcome": QT_TRANSLATE_NOOP("BkReportPdf", "Outcome"),
    "col_referrals": QT_TRANSLATE_NOOP("BkReportPdf", "Referrals"),
    "unknown_outcome": QT_TRANSLATE_NOOP("BkReportPdf", "Not known yet"),
    "no_program": QT_TRANSLATE_NOOP(
        "BkReportPdf", "No program entered for the period (Reports → BK Program…)."
    ),
    "col_month": QT_TRANSLATE_NOOP("BkReportPdf", "Month"),
    "col_planned": QT_TRANSLATE_NOOP("BkReportPdf", "Planned"),
    "col_planned_jp": QT_TRANSLATE_NOOP("BkReportPdf", "Planned JP"),
    "col_done": QT_TRANSLATE_NOOP("BkReportPdf", "Carried out"),
    "col_done_jp": QT_TRANSLATE_NOOP("BkReportPdf", "JP carried out"),
    "visits": QT_TRANSLATE_NOOP("BkReportPdf", "Home visits and case conferences"),
    "home_visits": QT_TRANSLATE_NOOP("BkReportPdf", "Home visits"),
    "case_conferences": QT_TRANSLATE_NOOP("BkReportPdf", "Case conferences"),
    "col_students_concerned": QT_TRANSLATE_NOOP("BkReportPdf", "Students concerned"),
    "workload": QT_TRANSLATE_NOOP("BkReportPdf", "Workload in lesson periods (JP)"),
    "jp_length": QT_TRANSLATE_NOOP("BkReportPdf", "One JP"),
    "jp_minutes": QT_TRANSLATE_NOOP("BkReportPdf", "{minutes} minutes"),
    "school_weeks": QT_TRANSLATE_NOOP("BkReportPdf", "School weeks (working days ÷ 5)"),
    "norm": QT_TRANSLATE_NOOP("BkReportPdf", "Norm: {per_week} JP a week"),
    "session_jp": QT_TRANSLATE_NOOP("BkReportPdf", "Client sessions"),
    "activity_jp": QT_TRANSLATE_NOOP("BkReportPdf", "Activities"),
    "total_jp": QT_TRANSLATE_NOOP("BkReportPdf", "Total"),
    "of_norm": QT_TRANSLATE_NOOP("BkReportPdf", "Share of the norm"),
    "untimed": QT_TRANSLATE_NOOP("BkReportPdf", "Sessions and activities without a length"),
    "col_jp": QT_TRANSLATE_NOOP("BkReportPdf", "JP"),
    "asca": QT_TRANSLATE_NOOP("BkReportPdf", "ASCA use of time"),
    "asca_category": QT_TRANSLATE_NOOP("BkReportPdf", "Category"),
    "col_share": QT_TRANSLATE_NOOP("BkReportPdf", "Share of time"),
    "asca_headline": QT_TRANSLATE_NOOP(
        "BkReportPdf",
        "Direct and indirect services: {share} of the time (target at least {target} %)",
    ),
    "asca_none": QT_TRANSLATE_NOOP("BkReportPdf", "No time recorded under an ASCA category."),
    "asca_chart": QT_TRANSLATE_NOOP("BkReportPdf", "Share of time by ASCA category (%)"),
    "asca_sum": QT_TRANSLATE_NOOP("BkReportPdf", "Direct + indirect (target)"),
    "met": QT_TRANSLATE_NOOP("BkReportPdf", "target met"),
    "not_met": QT_TRANSLATE_NOOP("BkReportPdf", "below the target"),
    "rule": QT_TRANSLATE_NOOP(
        "BkReportPdf",
        "Small counts are suppressed so that no student can be singled out: a count of 1–4 is "
        "shown as “<5”. Where a hidden count could be worked out from a total, further cells "
        "are hidden as “*” (complementary suppression), smallest first. The ASCA split shows time "
        "only; the time of a category of 1–4 contacts is hidden as “*”. A contact is a client session (a progress note, not struck "
        "through) or an activity of the log, dated in the period; a group session counts once. "
        "Workload: the activities' JP, their minutes and the sessions' minutes over the length "
        "of one JP. Sessions without a classification are counted as not yet classified and "
        "left out of the ASCA split.",
    ),
}


def words(language: str) -> dict[str, str]:
    return Catalog.load(language).words(_TEXTS)


def number(value: float, language: str) -> str:
    """12.5 / 12,5; whole numbers without a decimal."""
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if language == "id" else text


def period_line(report: BkReport, language: str) -> str:
    w = words(language)
    template = {
        PeriodKind.MONTH: w["month"],
        PeriodKind.SEMESTER: w["semester"],
        PeriodKind.YEAR: w["year"],
    }[report.period.kind]
    return template.format(
        key=report.period.key,
        start=long_date(report.period.start, language),
        end=long_date(report.period.end, language),
    )


def service_label(key: str, language: str) -> str:
    component, strategy = split_row_key(key)
    return f"{display_name(component, language)} — {display_name(strategy, language)}"


def class_label(key: str, language: str) -> str:
    return words(language)["no_class"] if key == NO_CLASS else key


def jp_text(value: float, hidden: bool, language: str) -> str:
    return COMPLEMENTARY_MARK if hidden else number(value, language)


def percent_text(value: int | None, hidden: bool = False) -> str:
    if hidden:
        return COMPLEMENTARY_MARK
    return "—" if value is None else f"{value} %"


def summary_rows(report: BkReport, language: str) -> list[list[str]]:
    w = words(language)
    return [
        [w["contacts"], report.contacts.shown],
        [w["sessions"], report.sessions.shown],
        [w["activities"], str(report.activities)],
        [w["unclassified_sessions"], report.unclassified_sessions.shown],
        [w["unclassified_activities"], report.unclassified_activities.shown],
        [w["home_visits"], report.home_visits.contacts.shown],
        [w["case_conferences"], report.case_conferences.contacts.shown],
        [
            w["workload"],
            jp_text(report.workload.total, report.workload.total_hidden, language),
        ],
    ]


def service_rows(report: BkReport, language: str) -> list[list[str]]:
    """The header and the rows of contacts by komponen, strategi and bidang."""
    w = words(language)
    rows = [
        [w["component_strategy"]]
        + [display_name(f, language) for f in ServiceField]
        + [w["col_contacts"]]
    ]
    table = report.by_service
    for row in table.rows:
        rows.append([service_label(row.key, language)] + [c.shown for c in row.cells])
    if table.rows and table.total is not None:
        rows.append([w["total"]] + [c.shown for c in table.total.cells])
    return rows


def class_rows(report: BkReport, language: str) -> list[list[str]]:
    w = words(language)
    rows = [[w["class"], w["col_sessions"], w["col_students"]]]
    table = report.by_class
    for row in table.rows:
        rows.append([class_label(row.key, language)] + [c.shown for c in row.cells])
    if table.rows and table.total is not None:
        rows.append([w["total"]] + [c.shown for c in table.total.cells])
    return rows


def referral_rows(report: BkReport, language: str) -> list[list[str]]:
    """The period's referrals by agency, then by outcome (each count a number of
    students: small ones hidden)."""
    w = words(language)
    rows: list[list[str]] = []
    for table, heading, named in (
        (report.referrals_by_agency, w["col_agency"], ReferralAgency),
        (report.referrals_by_outcome, w["col_outcome"], ReferralOutcome),
    ):
        if table is None or not table.rows:
            continue
        if rows:
            rows.append(["", ""])
        rows.append([heading, w["col_referrals"]])
        for row in table.rows:
            label = (
                w["unknown_outcome"]
                if row.key == UNKNOWN_OUTCOME
                else display_name(named(row.key), language)
            )
            rows.append([label, row.cells[0].shown])
        if table.total is not None:
            rows.append([w["total"], table.total.cells[0].shown])
    return rows


def program_rows(report: BkReport, language: str) -> list[list[str]]:
    """Month by month: the program's planned sessions and those carried out (an activity
    of the log that names its planned session)."""
    w = words(language)
    rows = [
        [w["col_month"], w["col_planned"], w["col_planned_jp"], w["col_done"], w["col_done_jp"]]
    ]
    for month in report.program:
        rows.append(
            [
                f"{month.month.year}-{month.month.month:02d}",
                str(month.planned),
                str(month.planned_periods),
                str(month.done),
                number(month.done_periods, language),
            ]
        )
    if report.program:
        rows.append(
            [
                w["total"],
                str(sum(m.planned for m in report.program)),
                str(sum(m.planned_periods for m in report.program)),
                str(sum(m.done for m in report.program)),
                number(round(sum(m.done_periods for m in report.program), 1), language),
            ]
        )
    return rows


def visit_rows(report: BkReport, language: str) -> list[list[str]]:
    w = words(language)
    return [
        ["", w["col_contacts"], w["col_students_concerned"]],
        [w["home_visits"], report.home_visits.contacts.shown, report.home_visits.students.shown],
        [
            w["case_conferences"],
            report.case_conferences.contacts.shown,
            report.case_conferences.students.shown,
        ],
    ]


def workload_rows(report: BkReport, language: str) -> list[list[str]]:
    w = words(language)
    load = report.workload
    return [
        ["", w["col_jp"]],
        [w["jp_length"], w["jp_minutes"].format(minutes=load.minutes_per_period)],
        [w["school_weeks"], number(load.school_weeks, language)],
        [w["norm"].format(per_week=NORM_PERIODS_PER_WEEK), number(load.norm, language)],
        [w["session_jp"], jp_text(load.session_periods, load.session_periods_hidden, language)],
        [w["activity_jp"], number(load.activity_periods, language)],
        [w["total_jp"], jp_text(load.total, load.total_hidden, language)],
        [w["of_norm"], percent_text(load.percent_of_norm, load.total_hidden)],
        [w["untimed"], str(load.untimed)],
    ]


def asca_rows(report: BkReport, language: str) -> list[list[str]]:
    w = words(language)
    rows = [[w["asca_category"], w["col_jp"], w["col_share"]]]
    for share in report.asca:
        rows.append(
            [
                display_name(share.category, language),
                jp_text(share.periods, share.hidden, language),
                percent_text(share.percent, share.hidden),
            ]
        )
    return rows


def asca_headline(report: BkReport, language: str) -> str:
    w = words(language)
    share = report.asca_direct_indirect_percent
    if share is None:
        return w["asca_none"]
    verdict = w["met"] if report.asca_meets_target() else w["not_met"]
    line = w["asca_headline"].format(share=f"{share} %", target=ASCA_TARGET_PERCENT)
    return f"{line}: {verdict}"
