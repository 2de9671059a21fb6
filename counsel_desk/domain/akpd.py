"""The needs assessment (issue 17, item 6): *AKPD, angket kebutuhan peserta didik*.

A questionnaire of items per bidang (pribadi, sosial, belajar, karier) that the counselor
edits — adds, rewords, retires; an item answered once is never deleted, only retired —
and the students' answers, yes or no per item ("I need help with this"). A class's
answers are aggregated into ranked needs: the share of students answering yes per item,
and per bidang the share with at least one yes. Every figure from fewer than
:data:`~counsel_desk.domain.reports.THRESHOLD` students is hidden, and a class with fewer
respondents shows nothing. Reports never show a named student's answers.

The starter set below was written for Counsel Desk (not taken from a published
instrument), in English and Indonesian. No Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from counsel_desk.domain.enums import AkpdEntry, ServiceField
from counsel_desk.domain.invisible import strip_invisible
from counsel_desk.domain.reports import THRESHOLD, Suppression, primary
from counsel_desk.domain.validation import Issue
from counsel_desk.i18n import QT_TRANSLATE_NOOP, UserMessage

MAX_ITEM_TEXT: Final = 300
MAX_CLASS_NAME: Final = 40
FIELD_ORDER: Final = (
    ServiceField.PERSONAL,
    ServiceField.SOCIAL,
    ServiceField.LEARNING,
    ServiceField.CAREER,
)

# (English, Indonesian): eight items per bidang, each a need a student may say yes to.
STARTER: Final[Mapping[ServiceField, tuple[tuple[str, str], ...]]] = {
    ServiceField.PERSONAL: (
        ("I want to feel more confident about myself.", "Saya ingin lebih percaya diri."),
        (
            "I find it hard to calm down when I am angry or upset.",
            "Saya sulit menenangkan diri saat marah atau kesal.",
        ),
        (
            "I often feel worried or sad without knowing why.",
            "Saya sering merasa cemas atau sedih tanpa tahu sebabnya.",
        ),
        (
            "I would like to manage my time better every day.",
            "Saya ingin bisa mengatur waktu sehari-hari dengan lebih baik.",
        ),
        (
            "I want to look after my health, my sleep and my screen time.",
            "Saya ingin menjaga kesehatan, waktu tidur, dan waktu di depan layar.",
        ),
        ("I am not sure what I am good at.", "Saya belum tahu apa kelebihan diri saya."),
        (
            "I find it hard to make decisions on my own.",
            "Saya sulit mengambil keputusan sendiri.",
        ),
        (
            "I want to live by my faith and values in daily life.",
            "Saya ingin menjalankan nilai agama dan moral dalam kehidupan sehari-hari.",
        ),
    ),
    ServiceField.SOCIAL: (
        ("I find it hard to make new friends.", "Saya sulit mendapatkan teman baru."),
        (
            "I am not comfortable speaking in front of the class.",
            "Saya kurang nyaman berbicara di depan kelas.",
        ),
        (
            "I have been teased or bullied at school or online.",
            "Saya pernah diejek atau dirundung di sekolah atau di media sosial.",
        ),
        (
            "I want to learn how to settle a quarrel with a friend well.",
            "Saya ingin belajar menyelesaikan pertengkaran dengan teman secara baik.",
        ),
        (
            "I find it hard to say no when friends push me to do something wrong.",
            "Saya sulit menolak ajakan teman untuk berbuat hal yang tidak baik.",
        ),
        (
            "I would like to get on better with my family at home.",
            "Saya ingin hubungan dengan keluarga di rumah menjadi lebih baik.",
        ),
        (
            "I want to use social media safely and politely.",
            "Saya ingin menggunakan media sosial dengan aman dan santun.",
        ),
        ("I find it hard to work in a group.", "Saya sulit bekerja sama dalam kelompok."),
    ),
    ServiceField.LEARNING: (
        ("I find it hard to concentrate in lessons.", "Saya sulit berkonsentrasi saat pelajaran."),
        (
            "I do not know a good way to study for tests.",
            "Saya belum tahu cara belajar yang baik untuk menghadapi ulangan.",
        ),
        (
            "I often put off homework until the last moment.",
            "Saya sering menunda mengerjakan tugas sampai saat terakhir.",
        ),
        (
            "I feel tense before and during exams.",
            "Saya merasa tegang sebelum dan selama ujian.",
        ),
        (
            "I find it hard to take good notes in lessons.",
            "Saya sulit membuat catatan pelajaran yang rapi dan berguna.",
        ),
        (
            "There are subjects I keep falling behind in.",
            "Ada mata pelajaran yang terus tertinggal.",
        ),
        (
            "I have no quiet place or time to study at home.",
            "Saya tidak punya tempat atau waktu yang tenang untuk belajar di rumah.",
        ),
        (
            "I want to learn to find things out in the library and on the internet.",
            "Saya ingin bisa mencari informasi di perpustakaan dan di internet.",
        ),
    ),
    ServiceField.CAREER: (
        (
            "I do not yet know which school or course to choose after this one.",
            "Saya belum tahu sekolah atau jurusan lanjutan yang akan saya pilih.",
        ),
        (
            "I want to know which jobs fit my interests and talents.",
            "Saya ingin tahu pekerjaan yang sesuai dengan minat dan bakat saya.",
        ),
        ("I would like information about scholarships.", "Saya ingin informasi tentang beasiswa."),
        (
            "My wishes for my future and my parents' wishes differ.",
            "Keinginan saya dan keinginan orang tua tentang masa depan saya berbeda.",
        ),
        (
            "I want to know which subjects matter for the work I hope to do.",
            "Saya ingin tahu mata pelajaran yang penting untuk cita-cita saya.",
        ),
        (
            "I want to practise skills for work, such as teamwork and being on time.",
            "Saya ingin berlatih keterampilan kerja, seperti bekerja sama dan tepat waktu.",
        ),
        ("I have no clear goal for my future yet.", "Saya belum punya cita-cita yang jelas."),
        (
            "I would like to meet people who work in different jobs.",
            "Saya ingin bertemu orang-orang dari berbagai profesi.",
        ),
    ),
}


@dataclass
class NeedItem:
    """One item of the questionnaire: its bidang, its text and its place in the bidang.
    ``retired``: no longer asked, kept for the answers it has."""

    field: ServiceField
    text: str
    position: int = 0
    retired: bool = False
    id: int | None = None


@dataclass
class AkpdResponse:
    """One student's answers: ``needs`` holds the ids of the items she said yes to,
    ``asked`` every item she was shown. ``client_id`` is her record when the counselor
    picked it (None: the class only, as a kiosk answer may stay)."""

    class_name: str
    taken_on: dt.date
    asked: tuple[int, ...]
    needs: frozenset[int] = frozenset()
    entry: AkpdEntry = AkpdEntry.PAPER
    client_id: int | None = None
    id: int | None = None


def starter_items(language: str) -> list[NeedItem]:
    """The starter set in ``language`` ("id" or "en"), eight items per bidang."""
    column = 1 if language == "id" else 0
    return [
        NeedItem(area, pair[column], position)
        for area in FIELD_ORDER
        for position, pair in enumerate(STARTER[area])
    ]


def _err(path: str, text: str, **params: object) -> Issue:
    return Issue(path, UserMessage(text, **params))


def clean_item(item: NeedItem) -> NeedItem:
    return NeedItem(
        ServiceField(item.field),
        " ".join(strip_invisible(item.text).split()),
        item.position,
        item.retired,
        item.id,
    )


def validate_item(item: NeedItem) -> list[Issue]:
    if not item.text.strip():
        return [
            _err(
                "text",
                QT_TRANSLATE_NOOP(
                    "Akpd", "An item needs a text: write the need a student may say yes to."
                ),
            )
        ]
    if len(item.text) > MAX_ITEM_TEXT:
        return [
            _err(
                "text",
                QT_TRANSLATE_NOOP("Akpd", "An item is at most {limit} characters long."),
                limit=MAX_ITEM_TEXT,
            )
        ]
    return []


def clean_class(name: str) -> str:
    return " ".join(strip_invisible(name).split())


def validate_response(response: AkpdResponse, items: Mapping[int, NeedItem]) -> list[Issue]:
    """What is wrong with a student's answers, against the questionnaire's ``items``."""
    issues: list[Issue] = []
    if not response.class_name.strip():
        issues.append(
            _err(
                "class_name",
                QT_TRANSLATE_NOOP(
                    "Akpd", "Say which class the answers are from (for example VIII-B)."
                ),
            )
        )
    elif len(response.class_name) > MAX_CLASS_NAME:
        issues.append(
            _err(
                "class_name",
                QT_TRANSLATE_NOOP("Akpd", "A class name is at most {limit} characters long."),
                limit=MAX_CLASS_NAME,
            )
        )
    if not response.asked:
        issues.append(
            _err("answers", QT_TRANSLATE_NOOP("Akpd", "The questionnaire has no items to answer."))
        )
    if len(set(response.asked)) != len(response.asked):
        issues.append(_err("answers", QT_TRANSLATE_NOOP("Akpd", "An item is answered twice.")))
    unknown = [i for i in response.asked if i not in items]
    if unknown:
        issues.append(
            _err(
                "answers",
                QT_TRANSLATE_NOOP("Akpd", "The answers name an item the questionnaire lacks."),
            )
        )
    if not response.needs <= set(response.asked):
        issues.append(
            _err("answers", QT_TRANSLATE_NOOP("Akpd", "A yes is given to an item not asked."))
        )
    return issues


# --- results -------------------------------------------------------------------------------


@dataclass(frozen=True)
class NeedFigure:
    """How many of ``asked`` students said yes to ``item``. ``suppression`` is PRIMARY
    when 1–4 said yes, or when fewer than the threshold were asked."""

    item: NeedItem
    yes: int
    asked: int
    suppression: Suppression

    @property
    def hidden(self) -> bool:
        return self.suppression is not Suppression.NONE

    @property
    def percent(self) -> float | None:
        """The share saying yes, in per cent; None when hidden."""
        if self.hidden or self.asked == 0:
            return None
        return 100.0 * self.yes / self.asked


@dataclass(frozen=True)
class FieldFigure:
    """The students of a bidang with at least one yes among its items."""

    field: ServiceField
    students: int
    asked: int
    suppression: Suppression

    @property
    def percent(self) -> float | None:
        if self.suppression is not Suppression.NONE or self.asked == 0:
            return None
        return 100.0 * self.students / self.asked


@dataclass(frozen=True)
class NeedsResult:
    """The ranked needs of one class (``class_name`` None: every class)."""

    class_name: str | None
    respondents: int
    items: list[NeedFigure] = field(default_factory=list)  # ranked: most shared need first
    fields: list[FieldFigure] = field(default_factory=list)

    @property
    def too_few(self) -> bool:
        """Fewer respondents than the threshold: no figure is shown."""
        return self.respondents < THRESHOLD

    def ranked(self) -> list[NeedFigure]:
        """The items whose share may be shown and is above zero, most shared first."""
        return [f for f in self.items if not f.hidden and f.yes > 0]


def _suppressed(count: int, asked: int) -> Suppression:
    if asked < THRESHOLD:
        return Suppression.PRIMARY
    return primary(count)


def aggregate(
    items: Sequence[NeedItem],
    responses: Iterable[AkpdResponse],
    class_name: str | None = None,
) -> NeedsResult:
    """The needs of ``class_name`` (None: of every class) from ``responses``: per item the
    share of the students asked it who said yes, ranked by that share (ties in the
    questionnaire's order); per bidang the share with a yes to at least one of its items."""
    chosen = [
        r
        for r in responses
        if class_name is None or r.class_name.casefold() == class_name.casefold()
    ]
    order = {
        item.id: (FIELD_ORDER.index(ServiceField(item.field)), item.position, n)
        for n, item in enumerate(items)
    }
    figures: list[NeedFigure] = []
    for item in items:
        asked = sum(1 for r in chosen if item.id in r.asked)
        if asked == 0:
            continue
        yes = sum(1 for r in chosen if item.id in r.needs)
        figures.append(NeedFigure(item, yes, asked, _suppressed(yes, asked)))
    figures.sort(
        key=lambda f: (
            f.hidden,
            -(f.yes / f.asked) if not f.hidden else 0.0,
            order[f.item.id],
        )
    )
    by_field: dict[ServiceField, set[int]] = {}
    for item in items:
        if item.id is not None:
            by_field.setdefault(ServiceField(item.field), set()).add(item.id)
    fields: list[FieldFigure] = []
    for area in FIELD_ORDER:
        ids = by_field.get(area, set())
        asked_any = [r for r in chosen if ids & set(r.asked)]
        if not asked_any:
            continue
        with_need = sum(1 for r in asked_any if ids & r.needs)
        fields.append(
            FieldFigure(area, with_need, len(asked_any), _suppressed(with_need, len(asked_any)))
        )
    return NeedsResult(class_name, len(chosen), figures, fields)


def classes_of(responses: Iterable[AkpdResponse]) -> list[str]:
    """The classes that answered, in order of name, each once (ignoring case)."""
    seen: dict[str, str] = {}
    for r in responses:
        seen.setdefault(r.class_name.casefold(), r.class_name)
    return sorted(seen.values(), key=str.casefold)
