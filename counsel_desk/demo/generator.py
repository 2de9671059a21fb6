"""Deterministic synthetic caseloads that look like a real school counselor's records.

Everything here is invented: names are drawn from phrase banks, numbers are random and
no record describes a real person. The point is realism of *shape*: Indonesian and
English names (mononyms, multi-word given names, Balinese birth-order names, Batak
marga, a few names with diacritics), NISN- and NIK-like numbers, +62 phones written in
the half-dozen ways people really write them, guardians and emergency contacts, third
parties named in the notes, and session notes of realistic length in mixed Bahasa
Indonesia and English, across the soap/dap/birp/free templates, with drafts, addenda,
group sessions and revoked consents.

Pure: no Qt, no files, no vault. Used by the demo (``counsel-desk --demo``, see
:mod:`counsel_desk.demo`) and by the benchmarks (``bench/generate.py``, which also
writes the caseload into a vault).
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from counsel_desk.domain.enums import (
    ClientStatus,
    ConsentKind,
    ConsentStatus,
    Modality,
    RiskLevel,
    ServiceComponent,
    ServiceField,
    ServiceStrategy,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import (
    Addendum,
    Caseload,
    Client,
    Consent,
    Contact,
    SessionNote,
)
from counsel_desk.domain.school_services import ServiceClass
from counsel_desk.domain.templates import TemplateId, template_for

__all__ = ["TODAY", "case_code", "generate_caseload"]

# The generated caseload's "today" unless told otherwise: the last school day of an odd
# semester. Fixed, so a seed gives the same caseload on any day; every date generated is
# on or before it.
TODAY = dt.date(2025, 12, 19)


def case_code(number: int) -> str:
    return f"C-{number:04d}"


# --- places ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _City:
    name: str
    nik_region: str  # province + regency/city digits of a NIK
    area_code: str  # landline prefix
    flavour: str  # which family names are common there


_CITIES: tuple[tuple[_City, int], ...] = (
    (_City("Jakarta Selatan", "3174", "021", "jakarta"), 9),
    (_City("Jakarta Timur", "3175", "021", "jakarta"), 7),
    (_City("Jakarta Barat", "3173", "021", "jakarta"), 5),
    (_City("Bandung", "3273", "022", "sunda"), 8),
    (_City("Bogor", "3271", "0251", "sunda"), 4),
    (_City("Semarang", "3374", "024", "jawa"), 7),
    (_City("Surakarta", "3372", "0271", "jawa"), 3),
    (_City("Yogyakarta", "3471", "0274", "jawa"), 6),
    (_City("Surabaya", "3578", "031", "jawa"), 8),
    (_City("Malang", "3573", "0341", "jawa"), 4),
    (_City("Medan", "1275", "061", "batak"), 6),
    (_City("Padang", "1371", "0751", "minang"), 3),
    (_City("Palembang", "1671", "0711", "melayu"), 3),
    (_City("Banda Aceh", "1171", "0651", "aceh"), 2),
    (_City("Pontianak", "6171", "0561", "melayu"), 2),
    (_City("Balikpapan", "6471", "0542", "jawa"), 2),
    (_City("Makassar", "7371", "0411", "bugis"), 4),
    (_City("Manado", "7171", "0431", "minahasa"), 2),
    (_City("Denpasar", "5171", "0361", "bali"), 4),
    (_City("Kupang", "5371", "0380", "ntt"), 2),
)

_STREETS = (
    "Merpati",
    "Pemuda",
    "Diponegoro",
    "Jend. Sudirman",
    "Gajah Mada",
    "Ahmad Yani",
    "Melati",
    "Kenanga",
    "Pahlawan",
    "Veteran",
    "Cendrawasih",
    "Teuku Umar",
    "Imam Bonjol",
    "Hayam Wuruk",
    "Dr. Cipto Mangunkusumo",
    "Siliwangi",
    "Kartini",
    "Pattimura",
    "Sisingamangaraja",
    "Raya Kebayoran Lama",
    "Kaliurang Km 7",
    "Gatot Subroto",
    "K.H. Wahid Hasyim",
    "Cik Di Tiro",
)
_ESTATES = (
    "Griya Asri",
    "Taman Surya",
    "Bumi Indah",
    "Puri Harmoni",
    "Citra Garden",
    "Graha Permai",
    "Villa Melati Mas",
)
_FLOWERS = ("Mawar", "Anggrek", "Kamboja", "Dahlia", "Flamboyan", "Seruni")
_KELURAHAN = (
    "Sukajadi",
    "Tegalsari",
    "Kebon Jeruk",
    "Pedurungan",
    "Sumbersari",
    "Gondokusuman",
    "Dago",
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

_INTERNATIONAL_SCHOOLS = (
    ("Jakarta Intercultural School", "Jakarta Selatan"),
    ("British School Jakarta", "Jakarta Selatan"),
    ("Sekolah Pelita Harapan", "Jakarta Barat"),
    ("Bandung Independent School", "Bandung"),
    ("Surabaya Intercultural School", "Surabaya"),
    ("Bali Island School", "Denpasar"),
    ("Medan Independent School", "Medan"),
    ("Semarang Multinational School", "Semarang"),
)
_UNIVERSITIES = (
    "Universitas Gadjah Mada",
    "Universitas Indonesia",
    "Institut Teknologi Bandung",
    "Universitas Diponegoro",
    "Universitas Airlangga",
    "Universitas Sumatera Utara",
    "Universitas Hasanuddin",
    "Universitas Udayana",
    "Politeknik Negeri Semarang",
)
_SMK_MAJORS = ("TKJ", "RPL", "AKL", "OTKP", "TBSM", "Tata Boga", "DKV")

# --- names ----------------------------------------------------------------------------


def _list(text: str) -> tuple[str, ...]:
    """A bank of names written as one comma-separated line (names may hold spaces)."""
    return tuple(item.strip() for item in text.split(","))


_ID_MALE = _list(
    "Budi, Agus, Andi, Rizky, Fajar, Dimas, Bagus, Galih, Yoga, Hendra, Arif, Bayu, Wahyu, "
    "Reza, Rafi, Farhan, Kevin, Aditya, Ilham, Rendi, Muhammad Rizky, Ahmad Fauzi, Muhammad "
    "Alif, Dwi Prasetyo, Eko, Teguh, Satria, Naufal, Daffa, Raka, Ma'ruf, Syafi'i, Krisna, "
    "Yosef, Stevanus"
)
_ID_FEMALE = _list(
    "Siti, Dewi, Rina, Putri, Ayu, Indah, Intan, Nabila, Aisyah, Fitri, Nadia, Salsabila, "
    "Anisa, Citra, Maya, Lestari, Wulan, Dinda, Tiara, Zahra, Siti Nurhaliza, Dewi Ayu, "
    "Nur'aini, Keisha, Alya, Kirana, Naura, Cindy, Febriani, Gracia, Yohana, Clara, Anggun"
)
_JAVA_MONONYM_MALE = _list("Sukarno, Wagiman, Suparman, Sutrisno, Slamet, Joko, Sugeng")
_JAVA_MONONYM_FEMALE = _list("Suharti, Sumarni, Wartini, Sulastri, Parmi, Tumini")
_FAMILY = {
    "jakarta": _list(
        "Santoso, Wijaya, Saputra, Pratama, Hidayat, Gunawan, Halim, Kurniawan, Tanoto, "
        "Salim, Setiawan, Nugroho, Rahman, Susanto"
    ),
    "sunda": _list("Permana, Hidayat, Sutisna, Suryana, Ramdani, Kusnadi, Gunawan"),
    "jawa": _list(
        "Santoso, Wibowo, Nugroho, Kusuma, Prasetyo, Rahayu, Lestari, Wijayanti, Purnomo, "
        "Handoko, Hartono, Suryadi, Setiawati"
    ),
    "batak": _list(
        "Siregar, Nasution, Simanjuntak, Sitompul, Harahap, Lubis, Panjaitan, Hutapea, "
        "Sinaga, Situmorang, Tambunan, Pardede"
    ),
    "minang": _list("Chaniago, Piliang, Koto, Tanjung, Sikumbang, Jambak"),
    "melayu": _list("Syahputra, Hasibuan, Rahmat, Effendi, Mahmud, Lim, Tan"),
    "aceh": _list("Daud, Abdullah, Ismail, Yusuf, Hasan"),
    "bugis": _list("Rahim, Mappasessu, Syamsuddin, Pawellangi, Latif, Patongai"),
    "minahasa": _list("Lumentut, Wowor, Pangemanan, Rondonuwu, Sondakh, Tumbelaka"),
    "ntt": _list("Ndun, Manafe, Fanggidae, Bessie, Lay, Kana"),
    "bali": (),
}
_BALI_ORDER_MALE = _list("I Wayan, I Made, I Nyoman, I Ketut, I Putu, I Gede, I Komang")
_BALI_ORDER_FEMALE = _list(
    "Ni Wayan, Ni Made, Ni Nyoman, Ni Ketut, Ni Putu, Ni Luh Putu, Ni Komang"
)
_BALI_NAME_MALE = _list("Wirawan, Arya Putra, Suastika, Budiarta, Dharma, Adi Saputra")
_BALI_NAME_FEMALE = _list("Ayu Lestari, Sri Dewi, Ayu Pratiwi, Kartika, Sukmawati")
_ACEH_PREFIX_MALE = _list("Teuku, Muhammad")
_ACEH_PREFIX_FEMALE = _list("Cut, Nurul")
_EN_MALE = _list(
    "James, Oliver, Liam, Ethan, Noah, Lucas, Daniel, Ryan, Samuel, Benjamin, Owen, Jack"
)
_EN_FEMALE = _list(
    "Emma, Olivia, Sophie, Charlotte, Amelia, Grace, Chloe, Hannah, Isabella, Zoë, Renée, Mia"
)
_EN_FAMILY = _list(
    "Smith, Thompson, Williams, Brown, O'Connor, Clarke, Evans, Walker, Lee, Anderson, "
    "McAllister, Bennett"
)
_VI_FAMILY = _list("Nguyễn, Trần, Phạm, Lê, Đặng")
_VI_GIVEN = _list("Minh Anh, Thảo, Huy, Đức, Ngọc Lan, Quang")
_IB_MALE = _list("José, João, Andrés, Tomás, Mateo")
_IB_FEMALE = _list("María, Inês, Lucía, Sofía, Ana Júlia")
_IB_FAMILY = _list("Ramírez, Gonçalves, Martínez, Peña, Fernández, Conceição")
_EU_MALE = _list("Jürgen, François, Søren, Lukas")
_EU_FEMALE = _list("Léa, Chloé, Zoë, Anaïs")
_EU_FAMILY = _list("Müller, Dubois, Lefèvre, Jørgensen, Schäfer")
_NICKNAMES_MALE = _list(
    "Ucok, Acil, Bima, Adit, Ojan, Ipul, Kiki, Dodo, Bang Ocit, Tole, Gus, Jojo"
)
_NICKNAMES_FEMALE = _list("Butet, Nana, Ocha, Tata, Chacha, Kiki, Ayu, Nunu, Neng, Dede, Lala, Uti")
_TEACHERS_MALE = _list("Joko, Hendra, Bambang, Agung, Dedi, Sutrisno, Heru, Yanto")
_TEACHERS_FEMALE = _list("Ratna, Sri, Yuni, Wati, Lilis, Marlina, Retno, Endang")
_EN_TEACHERS = _list("Mr. Thompson, Ms. Lee, Mrs. Clarke, Mr. Evans, Ms. Bennett")


@dataclass
class _Profile:
    """What the note writer needs to know about a client beyond the Client itself."""

    client: Client
    city: _City
    themes: list[str]
    en_share: float  # how often a sentence in this client's notes is English
    preferred_template: TemplateId
    adult: bool
    teachers: list[str] = field(default_factory=list)
    peers: list[str] = field(default_factory=list)


def _ascii(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d").replace("ø", "o").replace("Ø", "O")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in " .")


def _pick_weighted(rng: random.Random, options: Sequence[tuple[object, int]]) -> object:
    values = [o for o, _ in options]
    weights = [w for _, w in options]
    return rng.choices(values, weights)[0]


def _person_name(
    rng: random.Random, city: _City, male: bool, culture: str
) -> tuple[str, str | None]:
    """A (given name, family name or None) pair for someone of this city and culture."""
    if culture == "en":
        return rng.choice(_EN_MALE if male else _EN_FEMALE), rng.choice(_EN_FAMILY)
    if culture == "vi":
        given = rng.choice(_VI_GIVEN)
        if rng.random() < 0.4:
            given = f"{'Văn' if male else 'Thị'} {given}"
        return given, rng.choice(_VI_FAMILY)
    if culture == "ib":
        return rng.choice(_IB_MALE if male else _IB_FEMALE), rng.choice(_IB_FAMILY)
    if culture == "eu":
        return rng.choice(_EU_MALE if male else _EU_FEMALE), rng.choice(_EU_FAMILY)
    if city.flavour == "bali":
        order = rng.choice(_BALI_ORDER_MALE if male else _BALI_ORDER_FEMALE)
        name = rng.choice(_BALI_NAME_MALE if male else _BALI_NAME_FEMALE)
        return f"{order} {name}", None  # Balinese names carry no family name
    if city.flavour == "aceh" and rng.random() < 0.5:
        prefix = rng.choice(_ACEH_PREFIX_MALE if male else _ACEH_PREFIX_FEMALE)
        return f"{prefix} {rng.choice(_ID_MALE if male else _ID_FEMALE).split()[0]}", None
    if city.flavour in ("jawa", "jakarta", "sunda") and rng.random() < 0.15:
        return rng.choice(_JAVA_MONONYM_MALE if male else _JAVA_MONONYM_FEMALE), None
    given = rng.choice(_ID_MALE if male else _ID_FEMALE)
    families = _FAMILY[city.flavour] or _FAMILY["jawa"]
    if city.flavour not in ("batak", "minahasa", "ntt") and rng.random() < 0.12:
        return given, None  # many Indonesians have no family name at all
    return given, rng.choice(families)


def _first_word(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[0] in ("I", "Ni", "Muhammad", "Teuku", "Cut", "Văn", "Thị"):
        return words[-1] if words[0] in ("I", "Ni") else words[1]
    return words[0]


# --- numbers, phones, e-mails, addresses ----------------------------------------------

_MOBILE_PREFIXES = _list(
    "811, 812, 813, 821, 822, 823, 851, 852, 814, 815, 816, 855, 856, 857, 858, 817, 818, "
    "819, 859, 877, 878, 895, 896, 897, 898, 881, 882, 887"
)


def _mobile(rng: random.Random) -> str:
    prefix = rng.choice(_MOBILE_PREFIXES)
    rest = "".join(rng.choice("0123456789") for _ in range(rng.choice((7, 8, 8, 8))))
    a, b = rest[:4], rest[4:]
    style = rng.randrange(8)
    if style == 0:
        return f"+62 {prefix}-{a}-{b}"
    if style == 1:
        return f"0{prefix} {a} {b}"
    if style == 2:
        return f"0{prefix}{rest}"
    if style == 3:
        return f"+62{prefix}{rest}"
    if style == 4:
        return f"+62 {prefix} {a} {b}"
    if style == 5:
        return f"0{prefix}-{a}-{b}"
    if style == 6:
        return f"(+62) {prefix} {a} {b}"
    return f"62{prefix}{rest}"


def _landline(rng: random.Random, city: _City) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(7 if len(city.area_code) == 3 else 6))
    style = rng.randrange(3)
    if style == 0:
        return f"({city.area_code}) {digits}"
    if style == 1:
        return f"{city.area_code}-{digits}"
    return f"+62 {city.area_code[1:]} {digits[:4]} {digits[4:]}"


def _foreign_phone(rng: random.Random) -> str:
    def n(k: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(k))

    return rng.choice(
        (
            f"+61 4{n(2)} {n(3)} {n(3)}",
            f"+1 (415) 555-0{n(3)}",
            f"+44 7700 900{n(3)}",
            f"+84 9{n(2)} {n(3)} {n(3)}",
            f"+34 6{n(2)} {n(3)} {n(3)}",
        )
    )


def _phone(rng: random.Random, city: _City, culture: str, landline_share: float = 0.0) -> str:
    if culture != "id" and rng.random() < 0.35:
        return _foreign_phone(rng)
    if rng.random() < landline_share:
        return _landline(rng, city)
    return _mobile(rng)


_EMAIL_DOMAINS = ("example.com", "example.org", "example.co.id", "example.net", "example.id")


def _email(rng: random.Random, given: str, family: str | None, birth_year: int | None) -> str:
    g = _ascii(given).replace(" ", "")
    f = _ascii(family).replace(" ", "") if family else ""
    yy = f"{birth_year % 100:02d}" if birth_year else str(rng.randint(1, 99))
    local = rng.choice(
        (
            f"{g}.{f}" if f else f"{g}{yy}",
            f"{g}{f}{yy}" if f else f"{g}.{yy}",
            f"{g}_{f[:1]}" if f else f"{g}_{rng.randint(1, 999)}",
            f"{f}.{g}" if f else f"{g}.official",
            f"{g}{rng.randint(1, 9999)}",
        )
    ).strip(".")
    return f"{local or 'user'}@{rng.choice(_EMAIL_DOMAINS)}"


def _address(rng: random.Random, city: _City) -> str:
    n = rng.randint(1, 180)
    style = rng.randrange(6)
    if style in (0, 1):
        return f"Jl. {rng.choice(_STREETS)} No. {n}, {city.name}"
    if style == 2:
        return (
            f"Jl. {rng.choice(_STREETS)} No. {n} RT {rng.randint(1, 12):02d}/RW "
            f"{rng.randint(1, 9):02d}, Kel. {rng.choice(_KELURAHAN)}, {city.name}"
        )
    if style == 3:
        block = f"{rng.choice('ABCDEFGH')}{rng.randint(1, 12)}"
        return f"Perum {rng.choice(_ESTATES)} Blok {block} No. {n}, {city.name}"
    if style == 4:
        return (
            f"Gg. {rng.choice(_FLOWERS)} {rng.choice(_ROMAN[:6])} No. {rng.randint(1, 40)}, "
            f"{city.name}"
        )
    return f"Komp. {rng.choice(_ESTATES)} Blok {rng.choice('ABCDE')} No. {n}, {city.name}"


def _nik(rng: random.Random, city: _City, born: dt.date, male: bool) -> str:
    district = rng.randint(1, 16)
    day = born.day + (0 if male else 40)
    serial = rng.randint(1, 40)
    return (
        f"{city.nik_region}{district:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    )


def _nisn(rng: random.Random, born: dt.date) -> str:
    return f"{born.year % 1000:03d}{rng.randrange(10**7):07d}"


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# --- themes and phrase banks ----------------------------------------------------------

_THEMES: tuple[tuple[str, int], ...] = (
    ("exam_stress", 22),
    ("family_conflict", 16),
    ("bullying", 12),
    ("career", 14),
    ("friendship", 14),
    ("grief", 5),
    ("digital", 7),
    ("attendance", 6),
    ("self_harm", 5),
)
_CONCERNS = {
    "exam_stress": (
        "Kecemasan menghadapi ujian dan sulit tidur.",
        "Exam anxiety and poor sleep.",
        "Nilai turun sejak semester lalu; takut mengecewakan orang tua.",
    ),
    "family_conflict": (
        "Konflik dengan orang tua di rumah.",
        "Family conflict after parents' separation.",
        "Sering bertengkar dengan ayah; merasa tidak didengar.",
    ),
    "bullying": (
        "Diejek dan dikucilkan teman sekelas.",
        "Being bullied in a class group chat.",
        "Korban perundungan verbal di kelas.",
    ),
    "career": (
        "Bingung memilih jurusan kuliah.",
        "Unsure about university and career choice.",
        "Perbedaan pendapat dengan orang tua soal jurusan.",
    ),
    "friendship": (
        "Kesulitan menjalin pertemanan di kelas baru.",
        "Conflict within friendship group.",
        "Merasa kesepian setelah pindah sekolah.",
    ),
    "grief": (
        "Kehilangan kakek yang mengasuhnya sejak kecil.",
        "Grief after the death of a parent.",
    ),
    "digital": (
        "Bermain gim daring hingga larut malam.",
        "Excessive social media use; sleep problems.",
        "Kecanduan gawai, sering terlambat ke sekolah.",
    ),
    "attendance": (
        "Sering membolos pada jam pelajaran tertentu.",
        "Frequent absences and lateness.",
        "Absen berhari-hari tanpa keterangan.",
    ),
    "self_harm": (
        "Melukai diri sendiri; disampaikan oleh teman.",
        "Self-harm disclosed to a friend.",
        "Pikiran tentang kematian setelah putus hubungan.",
    ),
}
_THEME_TAGS = {
    "exam_stress": ("kecemasan", "anxiety", "akademik", "academic", "sleep"),
    "family_conflict": ("keluarga", "family", "divorce"),
    "bullying": ("perundungan", "bullying", "peer-relations"),
    "career": ("karier", "career", "studi-lanjut"),
    "friendship": ("pertemanan", "peer-relations", "adjustment"),
    "grief": ("duka", "grief"),
    "digital": ("gawai", "gaming", "social-media", "sleep"),
    "attendance": ("kehadiran", "attendance", "truancy"),
    "self_harm": ("risiko", "self-harm", "safety-plan"),
}
_EVERYDAY_THEMES = ("exam_stress", "friendship", "career", "family_conflict")
_GENERAL_TAGS = ("follow-up", "kelas-xii", "rujukan", "home-visit", "konsultasi-ortu", "beasiswa")

_REFERRALS = (
    "wali kelas",
    "homeroom teacher",
    "self-referral",
    "datang sendiri",
    "orang tua",
    "parent",
    "guru mata pelajaran",
    "kepala sekolah",
    "teman sebaya",
    "school nurse",
    "psikolog Puskesmas",
    "guru BK sebelumnya",
)

# Report: what the client (or the group) said. Keys fill from _Slots.
_REPORT_ID = {
    "exam_stress": (
        "{name} mengatakan sulit tidur menjelang {exam} dan sering terbangun jam tiga pagi.",
        "{name} merasa tertinggal di pelajaran {subject} sejak {teacher} mengganti metode mengajar.",
        "Konseli bercerita bahwa orang tuanya menargetkan peringkat lima besar dan ia takut mengecewakan mereka.",
        "{name} mengaku jantungnya berdebar dan tangannya berkeringat setiap kali lembar soal dibagikan.",
        "Nilai {subject} turun menjadi 58; {name} merasa sudah belajar tetapi lupa semua saat ujian.",
        "{name} menyebut {peer} selalu mendapat nilai lebih tinggi dan ia mulai membandingkan diri.",
    ),
    "family_conflict": (
        "{name} bercerita orang tuanya sering bertengkar sampai larut malam, terutama soal uang.",
        "Sejak ayahnya bekerja di luar kota, {name} merasa harus mengurus adik-adiknya sendiri.",
        "{name} merasa {parent} lebih memperhatikan kakaknya dan tidak pernah bertanya tentang harinya.",
        "Konseli mengatakan ia pernah pergi dari rumah dan menginap di rumah {peer} selama dua malam.",
        "{name} enggan pulang ke rumah setelah sekolah dan memilih nongkrong di warung dekat sekolah.",
    ),
    "bullying": (
        "{name} menunjukkan tangkapan layar grup kelas berisi ejekan tentang badannya.",
        "{name} bercerita {peer} dan dua teman lain menyembunyikan tasnya hampir setiap hari.",
        "Konseli mengatakan ia dijuluki dengan nama yang menyakitkan sejak kelas tujuh.",
        "{name} takut ke kantin sendirian karena sering didorong dan ditertawakan.",
        "{name} belum berani melapor ke {teacher} karena khawatir perundungannya makin parah.",
    ),
    "career": (
        "{name} bingung memilih antara jurusan Teknik Informatika dan Kedokteran.",
        "{parent} ingin {name} masuk sekolah kedinasan, sementara {name} ingin kuliah desain.",
        "{name} sudah mencoba try out UTBK dua kali dan skornya belum mencapai target.",
        "Konseli bertanya tentang beasiswa KIP Kuliah dan syarat pendaftaran SNBP.",
        "{name} ragu apakah nilai rapornya cukup untuk jalur prestasi di {university}.",
    ),
    "friendship": (
        "{name} merasa ditinggalkan setelah {peer} bergabung dengan kelompok teman lain.",
        "Konseli bercerita bertengkar dengan {peer} karena salah paham di media sosial.",
        "{name} merasa sulit memulai percakapan dan lebih sering makan siang sendirian.",
        "{name} baru pindah dari {city} dan belum punya teman dekat di kelas.",
    ),
    "grief": (
        "{name} masih sering menangis saat mengingat kakeknya yang meninggal bulan lalu.",
        "Konseli mengatakan rumah terasa sepi dan ia kehilangan semangat ke sekolah.",
        "{name} merasa bersalah karena tidak sempat berpamitan sebelum neneknya meninggal.",
    ),
    "digital": (
        "{name} mengaku bermain gim daring sampai pukul dua pagi hampir setiap malam.",
        "Konseli mengatakan ponselnya disita {parent} dan sejak itu ia tidak mau bicara di rumah.",
        "{name} merasa cemas jika unggahannya tidak mendapat banyak tanda suka.",
    ),
    "attendance": (
        "{name} tidak masuk sekolah {n} hari minggu ini tanpa keterangan.",
        "Konseli mengaku membolos pada jam pelajaran {subject} karena takut ditegur {teacher}.",
        "{name} sering terlambat karena harus mengantar adiknya ke SD terlebih dahulu.",
    ),
    "self_harm": (
        "{name} mengakui pernah menyayat lengannya saat merasa sangat tertekan.",
        "{peer} melapor ke wali kelas bahwa {name} menulis pesan perpisahan di media sosial.",
        "Konseli mengatakan kadang berpikir lebih baik menghilang, tetapi tidak punya rencana.",
    ),
}
_REPORT_EN = {
    "exam_stress": (
        "{name} reports difficulty sleeping before the {exam} and waking at 3 a.m.",
        "{name} says they blank out during {subject} tests despite studying for hours.",
        "Client describes pressure from home to rank in the top five of the class.",
        "{name} compared their scores with {peer}'s and described feeling 'stupid'.",
        "Reports headaches and skipping breakfast during the exam week.",
    ),
    "family_conflict": (
        "{name} reports frequent arguments at home since the parents separated.",
        "Client says {parent} checks their phone every night and they feel they are never trusted.",
        "{name} described staying at {peer}'s house to avoid a shouting match at home.",
        "Client feels responsible for younger siblings while the father works in another city.",
    ),
    "bullying": (
        "{name} showed messages from the class group chat mocking their appearance.",
        "Client reports that {peer} took their lunch money twice this week.",
        "{name} avoids the canteen and the stairwell where the teasing usually happens.",
        "Client has not told {teacher} because they fear retaliation.",
    ),
    "career": (
        "{name} is torn between computer science and medicine and wants to discuss options.",
        "Client says {parent} expects them to apply to {university}, but they are interested in design.",
        "{name} asked about scholarship deadlines and how to write a motivation letter.",
    ),
    "friendship": (
        "{name} feels left out since {peer} started sitting with another group.",
        "Client describes a falling-out with {peer} over something posted online.",
        "{name} says it is hard to start conversations and often eats lunch alone.",
    ),
    "grief": (
        "{name} talked about their grandfather, who died last month, and cried briefly.",
        "Client says home feels empty and they have lost interest in football.",
    ),
    "digital": (
        "{name} reports gaming until 2 a.m. most nights and struggling to wake up.",
        "Client feels anxious when posts do not get enough likes.",
    ),
    "attendance": (
        "{name} missed {n} days this week without a note from home.",
        "Client admits skipping {subject} because of a conflict with {teacher}.",
    ),
    "self_harm": (
        "{name} disclosed cutting their forearm last weekend when feeling overwhelmed.",
        "Client reports passive thoughts of not wanting to wake up, no plan or intent.",
        "{peer} told the homeroom teacher about a worrying post by {name}.",
    ),
}
_GROUP_REPORT_ID = (
    "Sesi kelompok bersama {member} dan anggota lain membahas cara mengelola stres menjelang ujian.",
    "{name} dan {member} saling berbagi pengalaman tentang tekanan dari teman sebaya.",
    "Dalam kelompok, {name} lebih banyak mendengarkan; {member} mendominasi diskusi.",
)
_GROUP_REPORT_EN = (
    "Group session with {member} and others on coping with exam pressure.",
    "{name} listened more than spoke; {member} led much of the discussion.",
)
_FAMILY_REPORT_ID = (
    "Sesi bersama {parent}; {parent} mengungkapkan kekhawatiran tentang perubahan sikap {name} di rumah.",
    "{parent} hadir dan menyampaikan bahwa {name} jarang keluar kamar sejak libur semester.",
)
_CONSULT_REPORT_ID = (
    "Konsultasi dengan {teacher} mengenai perilaku {name} di kelas; {name} tidak hadir.",
    "Diskusi dengan {teacher} dan wali kelas tentang penyesuaian tugas untuk {name}.",
)
_OBSERVE_ID = (
    "Konseli datang tepat waktu, berpakaian rapi, kontak mata cukup.",
    "Tampak lelah, sering menguap, dan menjawab dengan singkat.",
    "Afek datar di awal sesi, lebih cair setelah membahas hobinya.",
    "{name} menangis ketika membicarakan rumah, lalu dapat menenangkan diri.",
    "Duduk membungkuk, memainkan ujung seragam, suara pelan.",
    "Skala kecemasan subjektif {score}, turun dari minggu lalu.",
    "Bicara lancar dan runtut; tidak tampak tanda gangguan pikiran.",
)
_OBSERVE_EN = (
    "Arrived on time, appropriately dressed, good eye contact.",
    "Appeared tired and withdrawn; short answers at first.",
    "Affect brightened when talking about music and friends.",
    "Tearful when discussing home, able to self-soothe.",
    "Self-rated anxiety {score}, compared with 8/10 two weeks ago.",
    "Speech coherent, no signs of thought disorder.",
)
_ASSESS_ID = {
    "exam_stress": (
        "Kecemasan ujian dengan pola menghindar; motivasi belajar masih baik.",
        "Pikiran katastrofik tentang nilai memperberat kecemasan.",
    ),
    "family_conflict": (
        "Konflik keluarga berdampak pada konsentrasi dan suasana hati di sekolah.",
        "Konseli membutuhkan ruang aman untuk mengungkapkan perasaan.",
    ),
    "bullying": (
        "Perundungan verbal berulang; konseli menunjukkan tanda menarik diri.",
        "Perlu koordinasi dengan wali kelas untuk menghentikan perundungan.",
    ),
    "career": (
        "Konseli memiliki minat yang jelas tetapi kurang informasi tentang pilihan studi.",
        "Perbedaan harapan dengan orang tua menjadi hambatan utama.",
    ),
    "friendship": (
        "Keterampilan sosial memadai; kepercayaan diri yang perlu dikuatkan.",
        "Penyesuaian di lingkungan baru masih berlangsung.",
    ),
    "grief": ("Reaksi duka yang wajar; belum tampak tanda duka berkepanjangan.",),
    "digital": ("Penggunaan gawai berlebihan mengganggu pola tidur dan kehadiran.",),
    "attendance": ("Ketidakhadiran terkait penghindaran terhadap situasi kelas tertentu.",),
    "self_harm": (
        "Risiko sedang: riwayat melukai diri tanpa rencana bunuh diri saat ini.",
        "Faktor pelindung: dekat dengan kakak dan aktif di paduan suara.",
    ),
}
_ASSESS_EN = {
    "exam_stress": ("Test anxiety with avoidance; engaged and motivated to change.",),
    "family_conflict": ("Family stress affecting concentration and mood at school.",),
    "bullying": ("Ongoing verbal bullying; early signs of social withdrawal.",),
    "career": ("Clear interests, limited information about pathways; conflicting expectations.",),
    "friendship": ("Adequate social skills; confidence is the main barrier.",),
    "grief": ("Normal grief reaction; no indicators of complicated grief.",),
    "digital": ("Screen use is displacing sleep and affecting attendance.",),
    "attendance": ("Absences appear linked to avoidance of a specific class.",),
    "self_harm": (
        "Moderate risk: history of self-harm, no current plan; protective factors present.",
    ),
}
_INTERVENE_ID = (
    "Latihan pernapasan 4-7-8 dan relaksasi otot progresif.",
    "Restrukturisasi kognitif: mencatat pikiran otomatis dan mencari bukti tandingan.",
    "Bermain peran cara menolak ajakan dan menyampaikan perasaan secara asertif.",
    "Menyusun jadwal belajar mingguan bersama konseli.",
    "Psikoedukasi tentang kecemasan dan respons tubuh terhadap stres.",
    "Teknik kursi kosong untuk mengungkapkan hal yang belum sempat disampaikan.",
    "Eksplorasi minat dan bakat dengan inventori RIASEC.",
    "Meninjau rencana keselamatan dan nomor yang bisa dihubungi saat krisis.",
)
_INTERVENE_EN = (
    "Taught box breathing and grounding (5-4-3-2-1).",
    "Cognitive restructuring of 'I will fail' thoughts using a thought record.",
    "Role-played asking {teacher} for help after class.",
    "Reviewed the safety plan and crisis contacts together.",
    "Solution-focused scaling questions and exception finding.",
)
_RESPOND_ID = (
    "{name} dapat mempraktikkan teknik pernapasan dan mengatakan merasa lebih ringan.",
    "Konseli awalnya ragu, tetapi kemudian menuliskan tiga pikiran alternatif.",
    "{name} setuju mencoba berbicara dengan {parent} minggu ini.",
    "Respons positif; konseli bertanya apakah bisa datang lagi hari {day}.",
)
_RESPOND_EN = (
    "{name} practised the technique and reported feeling calmer.",
    "Hesitant at first, then engaged well with the role-play.",
    "Agreed to try the plan and check in next week.",
)
_PLAN_ID = (
    "Sesi berikutnya hari {day} pukul {time}.",
    "Pekerjaan rumah: catatan pikiran harian dan latihan napas sebelum tidur.",
    "Menghubungi {parent} untuk menjadwalkan pertemuan orang tua.",
    "Koordinasi dengan {teacher} tentang tempat duduk dan tugas kelompok.",
    "Memantau kehadiran bersama wali kelas selama dua minggu.",
    "Merujuk ke psikolog Puskesmas jika gejala menetap.",
    "Mencari informasi jalur SNBP dan beasiswa bersama konseli.",
)
_PLAN_EN = (
    "Next session on {day_en} at {time}.",
    "Homework: thought record and sleep diary.",
    "Call {parent} to arrange a meeting with the homeroom teacher.",
    "Follow up with {teacher} about seating and group work.",
    "Refer to the community psychologist if symptoms persist.",
)
_RISK_NOTES = {
    RiskLevel.NONE: ("", "", "", "Tidak ada indikasi risiko.", "No risk indicators."),
    RiskLevel.LOW: (
        "",
        "Tidak ada pikiran melukai diri.",
        "No self-harm thoughts reported.",
        "Risiko rendah; dipantau.",
    ),
    RiskLevel.MODERATE: (
        "Pikiran pasif tentang kematian tanpa rencana; rencana keselamatan ditinjau.",
        "Passive ideation, no plan or intent; safety plan reviewed.",
        "Riwayat melukai diri; luka lama, tidak ada luka baru.",
    ),
    RiskLevel.HIGH: (
        "Ide bunuh diri dengan rencana samar; orang tua dihubungi hari ini, rencana keselamatan disusun.",
        "Active ideation with a vague plan; guardian informed same day, referred to Puskesmas psychologist.",
        "Luka baru di lengan; kewajiban melapor dijalankan, kepala sekolah diberi tahu.",
    ),
}
_ADDENDA = (
    "Catatan tambahan: {parent} menelepon dan menyampaikan {name} mulai tidur lebih teratur.",
    "Late entry: {teacher} reported that {name} attended every class this week.",
    "Koreksi: sesi berikutnya dipindah ke hari {day} karena ujian praktik.",
    "Addendum: referral letter to the Puskesmas psychologist was sent today.",
    "Catatan tambahan: {peer} menyampaikan bahwa situasi di grup kelas sudah membaik.",
)

_EXAMS_ID = ("UTS", "UAS", "ujian praktik", "asesmen sumatif", "try out UTBK", "ujian sekolah")
_EXAMS_EN = ("midterms", "final exams", "mock exam", "UTBK try-out")
_SUBJECTS_ID = ("Matematika", "Fisika", "Kimia", "Biologi", "Bahasa Inggris", "Sejarah", "Ekonomi")
_SUBJECTS_EN = ("maths", "physics", "chemistry", "biology", "English", "history")
_DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat")
_DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


# --- clients --------------------------------------------------------------------------


def _contact(
    rng: random.Random,
    city: _City,
    culture: str,
    relationship: str,
    male: bool,
    family: str | None,
) -> Contact:
    given, own_family = _person_name(rng, city, male, culture)
    # Children often, not always, carry the father's family name (always so for a marga).
    if family and (relationship in ("father", "ayah") or rng.random() < 0.3):
        own_family = family
    name = given if own_family is None else f"{given} {own_family}"
    email = _email(rng, given, own_family, None) if rng.random() < 0.35 else None
    phone = _phone(rng, city, culture, landline_share=0.15)
    return Contact(name=name, relationship=relationship, phone=phone, email=email)


def _honorific(contact: Contact, lang: str) -> str:
    """How a note refers to a guardian: "Bu Sri", "Pak Hartono", "Mrs Clarke"."""
    words = contact.name.split()
    rel = contact.relationship or ""
    female = rel in ("mother", "ibu", "grandmother", "nenek", "aunt", "tante", "step-mother")
    first = _first_word(contact.name)
    if lang == "en" and len(words) > 1:
        return f"{'Mrs' if female else 'Mr'} {words[-1]}"
    if rel in ("grandmother", "nenek", "grandfather", "kakek"):
        return f"Mbah {first}"
    if rel in ("aunt", "tante"):
        return f"Tante {first}"
    if rel in ("uncle", "om", "paman"):
        return f"Om {first}"
    return f"{'Bu' if female else 'Pak'} {first}"


def _school_and_grade(
    rng: random.Random, city: _City, age: int, segment: str
) -> tuple[str | None, str | None]:
    if segment == "international":
        school = rng.choice([name for name, where in _INTERNATIONAL_SCHOOLS if where == city.name])
        grade = age - 5
        return school, rng.choice((f"Grade {grade}", f"Year {grade + 1}"))
    if segment == "adult":
        if rng.random() < 0.6:
            return rng.choice(_UNIVERSITIES), f"Semester {rng.randint(1, 8)}"
        return None, None
    if segment == "smp":
        kind = _pick_weighted(
            rng,
            (("SMP Negeri", 7), ("SMP Islam Al-Azhar", 1), ("SMP Kristen", 1), ("MTs Negeri", 1)),
        )
        school = f"{kind} {rng.randint(1, 40)} {city.name}"
        level = min(9, max(7, age - 5))
        return school, f"{level}{rng.choice('ABCDEFGH')}"
    kind = _pick_weighted(
        rng, (("SMA Negeri", 6), ("SMK Negeri", 3), ("SMA Kristen", 1), ("MA Negeri", 1))
    )
    school = f"{kind} {rng.randint(1, 20)} {city.name}"
    roman = _ROMAN[min(11, max(9, age - 6))]
    if kind == "SMK Negeri":
        return school, f"{roman} {rng.choice(_SMK_MAJORS)} {rng.randint(1, 4)}"
    return school, rng.choice(
        (
            f"{roman}-{rng.randint(1, 9)}",
            f"{roman} IPA {rng.randint(1, 5)}",
            f"{roman} IPS {rng.randint(1, 4)}",
        )
    )


def _timeline(
    rng: random.Random, notes: int, active: bool, today: dt.date
) -> tuple[list[dt.date], dt.date, dt.date | None]:
    """Session dates (school days, ascending), the opening date and the closing date."""
    end = today - dt.timedelta(days=rng.randint(1, 25) if active else rng.randint(30, 720))
    dates: list[dt.date] = []
    day = end
    for _ in range(notes):
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        dates.append(day)
        day -= dt.timedelta(days=rng.choice((2, 3, 4, 7, 7, 7, 7, 7, 10, 14, 14, 21)))
    dates.reverse()
    start = dates[0] if dates else end
    opened = start - dt.timedelta(days=rng.randint(0, 6))
    closed = None if active else min(today, end + dt.timedelta(days=rng.randint(0, 21)))
    return dates, opened, closed


def _profile(rng: random.Random, number: int, notes: int, today: dt.date) -> _Profile:
    city: _City = _pick_weighted(rng, _CITIES)  # type: ignore[assignment]
    segment = str(
        _pick_weighted(rng, (("sma", 45), ("smp", 35), ("international", 8), ("adult", 12)))
    )
    if segment == "international":
        culture = str(_pick_weighted(rng, (("id", 5), ("en", 5), ("vi", 2), ("ib", 2), ("eu", 2))))
        where = rng.choice(_INTERNATIONAL_SCHOOLS)[1]
        city = next(c for c, _ in _CITIES if c.name == where)
    else:
        culture = str(_pick_weighted(rng, (("id", 95), ("en", 2), ("vi", 1), ("ib", 1), ("eu", 1))))
    male = rng.random() < 0.48
    given, family = _person_name(rng, city, male, culture)

    active = rng.random() < 0.75
    dates, opened, closed = _timeline(rng, notes, active, today)
    age = {
        "smp": rng.randint(12, 14),
        "sma": rng.randint(15, 17),
        "international": rng.randint(11, 17),
        "adult": rng.randint(18, 24),
    }[segment]
    born = _add_years(opened, -age) - dt.timedelta(days=rng.randint(0, 364))
    adult = segment == "adult"
    school, grade = _school_and_grade(rng, city, age, segment)

    first = _first_word(given)
    nickname: str | None = None
    if rng.random() < 0.35:
        bank = _NICKNAMES_MALE if male else _NICKNAMES_FEMALE
        nickname = rng.choice((*bank, first[:3] + first[-1:]) if len(first) > 4 else bank)

    family_for_kids = family if culture == "id" else None
    guardians: list[Contact] = []
    if not adult or rng.random() < 0.15:
        roles = rng.choice(
            (
                (("mother", False),),
                (("father", True),),
                (("mother", False), ("father", True)),
                (("mother", False), ("father", True)),
                (("ibu", False), ("ayah", True)),
                (("grandmother", False),),
                (("aunt", False),),
                (("step-father", True), ("mother", False)),
            )
        )
        for relationship, is_male in roles:
            guardians.append(_contact(rng, city, culture, relationship, is_male, family_for_kids))
    emergency: list[Contact] = []
    for _ in range(rng.choice((0, 1, 1, 1, 2))):
        relationship, is_male = rng.choice(
            (
                ("aunt", False),
                ("uncle", True),
                ("tante", False),
                ("om", True),
                ("older sister", False),
                ("kakak", True),
                ("neighbour", False),
                ("grandfather", True),
            )
        )
        emergency.append(_contact(rng, city, culture, relationship, is_male, family_for_kids))
    if adult and not emergency and not guardians:
        emergency.append(_contact(rng, city, culture, "mother", False, family_for_kids))

    teachers = []
    for _ in range(rng.randint(1, 2)):
        if rng.random() < 0.5:
            teachers.append(f"Pak {rng.choice(_TEACHERS_MALE)}")
        else:
            teachers.append(f"Bu {rng.choice(_TEACHERS_FEMALE)}")
    if segment == "international":
        teachers.append(rng.choice(_EN_TEACHERS))
    peers = []
    for _ in range(rng.randint(1, 4)):
        peer_given, _peer_family = _person_name(rng, city, rng.random() < 0.5, culture)
        peers.append(_first_word(peer_given))
    if rng.random() < 0.2:
        peers.append(f"Kak {rng.choice(_ID_FEMALE).split()[0]}")  # a sibling or mentor
    other_people = list(dict.fromkeys([*peers, *teachers]))

    first_theme = str(_pick_weighted(rng, _THEMES))
    themes = [first_theme]
    if rng.random() < 0.4:
        second = str(_pick_weighted(rng, _THEMES))
        if second != first_theme:
            themes.append(second)
    # High risk goes with self-harm; moderate now and then with anything.
    if "self_harm" in themes:
        risk = RiskLevel.HIGH if rng.random() < 0.55 else RiskLevel.MODERATE
    else:
        risk = RiskLevel(str(_pick_weighted(rng, (("none", 62), ("low", 30), ("moderate", 8)))))
    tags: list[str] = []
    for theme in themes:
        tags.extend(rng.sample(_THEME_TAGS[theme], k=min(2, len(_THEME_TAGS[theme]))))
    if rng.random() < 0.25:
        tags.append(rng.choice(_GENERAL_TAGS))
    tags = list(dict.fromkeys(tags))

    phone = _phone(rng, city, culture) if adult or rng.random() < 0.8 else None
    email = (
        _email(rng, given, family, born.year) if rng.random() < (0.9 if adult else 0.55) else None
    )
    client = Client(
        case_code=case_code(number),
        given_name=given,
        family_name=family,
        preferred_name=nickname,
        date_of_birth=born if rng.random() < 0.97 else None,
        gender=rng.choice(("male", "laki-laki", "M"))
        if male
        else rng.choice(("female", "perempuan", "F")),
        school=school,
        grade=grade,
        student_number=_nisn(rng, born) if not adult and rng.random() < 0.85 else None,
        national_id=_nik(rng, city, born, male) if culture == "id" and rng.random() < 0.6 else None,
        phone=phone,
        email=email,
        address=_address(rng, city) if rng.random() < 0.85 else None,
        guardians=guardians,
        emergency_contacts=emergency,
        other_people=other_people,
        referral_source=rng.choice(_REFERRALS) if rng.random() < 0.9 else None,
        presenting_concern=rng.choice(_CONCERNS[first_theme]),
        risk_level=risk,
        tags=tags,
        status=ClientStatus.ACTIVE if active else ClientStatus.CLOSED,
        opened_on=opened,
        closed_on=closed,
    )
    # Carry the dates on the client until the notes are written.
    client.sessions = [SessionNote(date=d) for d in dates]
    indonesian = culture == "id" and segment != "international"
    en_share = rng.uniform(0.1, 0.45) if indonesian else rng.uniform(0.6, 0.95)
    template = TemplateId(
        str(_pick_weighted(rng, (("soap", 35), ("dap", 30), ("birp", 20), ("free", 15))))
    )
    return _Profile(client, city, themes, en_share, template, adult, teachers, peers)


# --- consents -------------------------------------------------------------------------


def _consents(rng: random.Random, profile: _Profile, today: dt.date) -> list[Consent]:
    client = profile.client
    opened = client.opened_on or today
    minor = client.is_minor_on(opened) or (client.date_of_birth is None and not profile.adult)
    version = rng.choice(("1", "1", "2"))
    consents = [
        Consent(
            kind=ConsentKind.INFORMED_CONSENT,
            signed_by=client.full_name,
            signed_on=opened,
            template_version=version,
            signer_relationship=SignerRelationship.SELF,
        )
    ]
    guardian = client.guardians[0] if client.guardians else None
    if minor and guardian is not None:
        signed_on = opened - dt.timedelta(days=rng.randint(0, 3))
        last = client.sessions[-1].date if client.sessions else opened
        revoke = client.closed_on is not None and client.closed_on > last and rng.random() < 0.15
        consents.append(
            Consent(
                kind=ConsentKind.GUARDIAN_CONSENT,
                signed_by=guardian.name,
                signed_on=signed_on,
                template_version=version,
                signer_relationship=SignerRelationship.GUARDIAN,
                status=ConsentStatus.REVOKED if revoke else ConsentStatus.ACTIVE,
                revoked_on=client.closed_on if revoke else None,
                notes="Dicabut saat kasus ditutup." if revoke else None,
            )
        )
    signer, relation = (
        (guardian.name, SignerRelationship.GUARDIAN)
        if minor and guardian is not None
        else (client.full_name, SignerRelationship.SELF)
    )
    if rng.random() < 0.28 and len(client.sessions) >= 2:
        start = client.sessions[rng.randrange(0, max(1, len(client.sessions) // 2))].date
        revoked_on = None
        if rng.random() < 0.2:
            later = client.sessions[len(client.sessions) * 3 // 4].date
            revoked_on = later if later > start else None
        consents.append(
            Consent(
                kind=ConsentKind.ONLINE_COUNSELING,
                signed_by=signer,
                signed_on=start,
                template_version=version,
                signer_relationship=relation,
                status=ConsentStatus.REVOKED if revoked_on else ConsentStatus.ACTIVE,
                revoked_on=revoked_on,
                notes=rng.choice(
                    (
                        None,
                        "Risiko kebocoran data dan gangguan jaringan telah dijelaskan.",
                        "Risks of data leaks and connection failure explained.",
                    )
                ),
            )
        )
    if rng.random() < 0.08:
        expired = rng.random() < 0.3
        consents.append(
            Consent(
                kind=ConsentKind.RELEASE_OF_INFORMATION,
                signed_by=signer,
                signed_on=min(
                    opened + dt.timedelta(days=rng.randint(7, 60)), client.closed_on or today
                ),
                template_version="1",
                signer_relationship=relation,
                status=ConsentStatus.EXPIRED if expired else ConsentStatus.ACTIVE,
                notes=rng.choice(("Kepada psikolog Puskesmas.", "To the school psychologist.")),
            )
        )
    if rng.random() < 0.1:
        consents.append(
            Consent(
                kind=ConsentKind.SUPERVISION,
                signed_by=signer,
                signed_on=opened,
                template_version=version,
                signer_relationship=relation,
                notes="Ringkasan tersamar untuk supervisi.",
            )
        )
    return consents


# --- notes ----------------------------------------------------------------------------


class _Writer:
    """Writes one client's note text from the phrase banks."""

    def __init__(self, rng: random.Random, profile: _Profile, members: list[str]) -> None:
        self.rng = rng
        self.p = profile
        self.members = members
        c = profile.client
        self.names = [_first_word(c.given_name)]
        if c.preferred_name:
            self.names.append(c.preferred_name)

    def _lang(self) -> str:
        return "en" if self.rng.random() < self.p.en_share else "id"

    def slots(self, lang: str) -> dict[str, str]:
        rng, p, c = self.rng, self.p, self.p.client
        parent = (
            _honorific(rng.choice(c.guardians), lang)
            if c.guardians
            else ("a parent" if lang == "en" else "orang tuanya")
        )
        hour = rng.choice((7, 8, 9, 10, 11, 12, 13, 14))
        return {
            "name": rng.choice(self.names) if rng.random() < 0.3 else self.names[0],
            "peer": rng.choice(p.peers),
            "teacher": rng.choice(p.teachers),
            "parent": parent,
            "member": rng.choice(self.members) if self.members else rng.choice(p.peers),
            "exam": rng.choice(_EXAMS_EN if lang == "en" else _EXAMS_ID),
            "subject": rng.choice(_SUBJECTS_EN if lang == "en" else _SUBJECTS_ID),
            "university": rng.choice(_UNIVERSITIES),
            "city": rng.choice(_CITIES)[0].name,
            "score": f"{rng.randint(3, 9)}/10",
            "n": str(rng.randint(2, 4)),
            "day": rng.choice(_DAYS_ID),
            "day_en": rng.choice(_DAYS_EN),
            "time": f"{hour:02d}.{rng.choice(('00', '15', '30', '45'))}",
        }

    def sentence(self, role: str, kind: SessionKind) -> str:
        lang = self._lang()
        # Mostly the client's own themes, now and then an everyday one.
        theme = (
            self.rng.choice(self.p.themes)
            if self.rng.random() < 0.85
            else self.rng.choice(_EVERYDAY_THEMES)
        )
        en = lang == "en"
        bank: Sequence[str]
        if role == "report":
            if kind is SessionKind.GROUP and self.rng.random() < 0.6:
                bank = _GROUP_REPORT_EN if en else _GROUP_REPORT_ID
            elif kind is SessionKind.FAMILY and self.rng.random() < 0.6:
                bank = _FAMILY_REPORT_ID
            elif kind is SessionKind.CONSULTATION and self.rng.random() < 0.7:
                bank = _CONSULT_REPORT_ID
            else:
                bank = (_REPORT_EN if en else _REPORT_ID)[theme]
        elif role == "observe":
            bank = _OBSERVE_EN if en else _OBSERVE_ID
        elif role == "assess":
            bank = (_ASSESS_EN if en else _ASSESS_ID)[theme]
        elif role == "intervene":
            bank = _INTERVENE_EN if en else _INTERVENE_ID
        elif role == "respond":
            bank = _RESPOND_EN if en else _RESPOND_ID
        else:
            bank = _PLAN_EN if en else _PLAN_ID
        return self.rng.choice(bank).format(**self.slots(lang))

    def text(self, roles: Sequence[str], target: int, kind: SessionKind) -> str:
        parts: list[str] = []
        length = 0
        i = 0
        while not parts or length < target:
            s = self.sentence(roles[i % len(roles)], kind)
            i += 1
            if s in parts:
                if i > 40:
                    break
                continue
            parts.append(s)
            length += len(s) + 1
        return " ".join(parts)


# The templates notes are written in: an explicit list, so that a template added to the
# product does not change what a seed generates.
_NOTE_TEMPLATES = (TemplateId.SOAP, TemplateId.DAP, TemplateId.BIRP, TemplateId.FREE)

_FIELD_ROLES: dict[str, tuple[tuple[str, ...], float]] = {
    "subjective": (("report",), 0.35),
    "objective": (("observe",), 0.2),
    "assessment": (("assess",), 0.25),
    "plan": (("plan",), 0.2),
    "data": (("report", "report", "observe"), 0.45),
    "behavior": (("report", "observe"), 0.3),
    "intervention": (("intervene",), 0.3),
    "response": (("respond",), 0.2),
    "text": (("report", "observe", "report", "intervene", "assess", "plan"), 1.0),
}


# Who took part by role, why, what was agreed: a home visit or a case conference names
# nobody here (anyone named belongs in the client's contacts, so redaction covers them).
_MEETING_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "present": (
        "Ibu (wali murid), kakak; wali kelas ikut.",
        "Ayah dan ibu; guru BK.",
        "Wali kelas, kepala sekolah, orang tua, psikolog sekolah.",
        "Mother, homeroom teacher, school psychologist.",
    ),
    "purpose": (
        "Siswa tidak masuk 6 hari tanpa keterangan; memahami situasi di rumah.",
        "Membahas penurunan nilai dan rencana dukungan belajar.",
        "Koordinasi setelah laporan perundungan di kelas.",
        "Agree on support after repeated absences.",
    ),
    "agreements": (
        "Orang tua memantau jam tidur; wali kelas memberi tugas susulan bertahap.",
        "Siswa ikut bimbingan belajar sepulang sekolah dua kali seminggu.",
        "Jadwal konseling mingguan; orang tua dihubungi tiap Jumat.",
        "Weekly check-in with the counselor; parents called on Fridays.",
    ),
    "follow_up": (
        "Telepon orang tua untuk menanyakan kehadiran.",
        "Cek kehadiran dan nilai dengan wali kelas.",
        "Konferensi kasus lanjutan bila belum ada perubahan.",
        "Call the parents about attendance.",
    ),
}


def _session(
    rng: random.Random,
    profile: _Profile,
    date: dt.date,
    is_last: bool,
    others: list[_Profile],
    online_days: list[tuple[dt.date, dt.date | None]],
    today: dt.date,
) -> SessionNote:
    client = profile.client
    kind = SessionKind(
        str(
            _pick_weighted(
                rng, (("individual", 88), ("group", 5), ("family", 4), ("consultation", 3))
            )
        )
    )
    members: list[str] = []
    member_names: list[str] = []
    if kind is SessionKind.GROUP:
        if not others:
            kind = SessionKind.INDIVIDUAL
        else:
            chosen = rng.sample(others, k=min(len(others), rng.randint(2, 5)))
            members = [o.client.case_code or "" for o in chosen]
            member_names = [_first_word(o.client.given_name) for o in chosen]
    online = any(start <= date and (end is None or date < end) for start, end in online_days)
    modality = Modality.IN_PERSON
    if online and kind is not SessionKind.GROUP and rng.random() < 0.45:
        modality = Modality(str(_pick_weighted(rng, (("video", 5), ("chat", 3), ("phone", 2)))))
    if modality is Modality.CHAT:
        start = dt.time(rng.choice((18, 19, 20)), rng.choice((0, 15, 30)))
    elif profile.adult:
        start = dt.time(rng.randint(9, 17), rng.choice((0, 30)))
    else:
        start = dt.time(rng.choice((7, 8, 9, 10, 11, 12, 13, 14)), rng.choice((0, 15, 30, 45)))
    duration = (
        rng.choice((60, 90)) if kind is SessionKind.GROUP else rng.choice((30, 40, 45, 45, 60))
    )

    template = profile.preferred_template if rng.random() < 0.75 else rng.choice(_NOTE_TEMPLATES)
    service = _service_for(kind, date, client.case_code or "")
    if service is not None and service.strategy in _STRATEGY_TEMPLATES:
        template = _STRATEGY_TEMPLATES[service.strategy]  # a home visit is written as one
    draft_chance = 0.02 if client.status is ClientStatus.CLOSED else (0.5 if is_last else 0.035)
    draft = rng.random() < draft_chance

    writer = _Writer(rng, profile, member_names)
    target = rng.randint(270, 1200)
    fields: dict[str, str] = {}
    keys = template_for(template).keys
    for key in keys:
        if key in _MEETING_FIELDS:  # a home visit's or case conference's own headings
            # one seed for every heading: the same meeting, in one language
            fields[key] = random.Random(f"{client.case_code}/{date}").choice(_MEETING_FIELDS[key])
            continue
        roles, share = _FIELD_ROLES.get(key, (("report", "observe", "plan"), 1 / len(keys)))
        fields[key] = writer.text(roles, int(target * share), kind)
    if draft and len(keys) > 1 and rng.random() < 0.5:
        fields[keys[-1]] = ""  # a draft is often unfinished
    risk_notes = rng.choice(_RISK_NOTES[client.risk_level])

    signed_at = None
    addenda: list[Addendum] = []
    if not draft:
        end = dt.datetime.combine(date, start) + dt.timedelta(minutes=duration)
        if rng.random() < 0.12:
            signed_at = dt.datetime.combine(date + dt.timedelta(days=1), dt.time(7, 0)) + (
                dt.timedelta(minutes=rng.randint(0, 120))
            )
        else:
            signed_at = end + dt.timedelta(minutes=rng.randint(5, 150))
        if rng.random() < 0.06:
            for _ in range(1 if rng.random() < 0.85 else 2):
                written = signed_at + dt.timedelta(
                    days=rng.randint(1, 14), hours=rng.randint(0, 8), minutes=rng.randint(0, 59)
                )
                written = min(written, dt.datetime.combine(today, dt.time(16, 0)))
                if written <= signed_at:
                    written = signed_at + dt.timedelta(minutes=30)
                slots = writer.slots("id")
                addenda.append(
                    Addendum(written_at=written, text=rng.choice(_ADDENDA).format(**slots))
                )
    return SessionNote(
        date=date,
        start_time=start,
        duration_minutes=duration,
        modality=modality,
        kind=kind,
        group_members=members,
        template=template,
        fields=fields,
        risk_notes=risk_notes,
        signed_at=signed_at,
        addenda=addenda,
        service=service,
        follow_up_on=_follow_up_day(date, fields, template),
    )


_STRATEGY_TEMPLATES: Final = {
    ServiceStrategy.HOME_VISIT: TemplateId.HOME_VISIT,
    ServiceStrategy.CASE_CONFERENCE: TemplateId.CASE_CONFERENCE,
}


def _follow_up_day(date: dt.date, fields: dict[str, str], template: TemplateId) -> dt.date | None:
    """A home visit's or case conference's follow-up, two weeks on, when one was written."""
    if template not in _STRATEGY_TEMPLATES.values() or not fields.get("follow_up", "").strip():
        return None
    return date + dt.timedelta(days=14)


_DEMO_STRATEGIES: Final = {
    SessionKind.INDIVIDUAL: (
        (ServiceStrategy.INDIVIDUAL_COUNSELING, 12),
        (ServiceStrategy.MEDIATION, 1),
        (ServiceStrategy.ADVOCACY, 1),
        (ServiceStrategy.REFERRAL, 1),
    ),
    SessionKind.GROUP: ((ServiceStrategy.GROUP_COUNSELING, 1),),
    SessionKind.FAMILY: (
        (ServiceStrategy.CONSULTATION, 3),
        (ServiceStrategy.HOME_VISIT, 2),
        (ServiceStrategy.CASE_CONFERENCE, 1),
    ),
    SessionKind.CONSULTATION: (
        (ServiceStrategy.CONSULTATION, 3),
        (ServiceStrategy.COLLABORATION, 2),
        (ServiceStrategy.CASE_CONFERENCE, 1),
    ),
}


def _service_for(kind: SessionKind, date: dt.date, case_code: str) -> ServiceClass | None:
    """Which BK service a demo note was: most are classified, an older few not yet. Drawn
    from its own generator (seeded by the note), so the rest of the caseload is the same
    with or without it."""
    rng = random.Random(f"{case_code}/{date.isoformat()}/{kind.value}")
    if rng.random() < 0.12:
        return None
    strategy = ServiceStrategy(str(_pick_weighted(rng, _DEMO_STRATEGIES[kind])))
    component = ServiceComponent.RESPONSIVE
    if strategy is ServiceStrategy.INDIVIDUAL_COUNSELING and rng.random() < 0.2:
        component = ServiceComponent.INDIVIDUAL_PLANNING
    areas = rng.sample(list(ServiceField), k=rng.choice((1, 1, 2)))
    if component is ServiceComponent.INDIVIDUAL_PLANNING:
        areas = [ServiceField.CAREER]
    return ServiceClass(component, strategy, tuple(areas))


# --- public API -----------------------------------------------------------------------


def generate_caseload(
    clients: int,
    notes_per_client: int | Sequence[int] = 20,
    seed: int = 1,
    *,
    today: dt.date = TODAY,
) -> Caseload:
    """A synthetic caseload of ``clients`` clients with ``notes_per_client`` notes each
    (or, given a sequence of ``clients`` numbers, that many notes for each client).

    The same arguments always give the same caseload. Case codes are C-0001, C-0002, ... (the format the vault gives a new client)
    in order; every date is on or before ``today``; every client passes
    :func:`counsel_desk.domain.validation.validate_client` without errors.
    """
    if isinstance(notes_per_client, int):
        counts = [notes_per_client] * max(0, clients)
    else:
        counts = list(notes_per_client)
        if len(counts) != clients:
            raise ValueError("give one number of notes per client")
    if clients < 0 or any(n < 0 for n in counts):
        raise ValueError("clients and notes_per_client must not be negative")
    rng = random.Random(f"counsel-desk-bench/{seed}")
    profiles = [_profile(rng, n, counts[n - 1], today) for n in range(1, clients + 1)]
    for index, profile in enumerate(profiles):
        client = profile.client
        client.consents = _consents(rng, profile, today)
        online_days = [
            (c.signed_on, c.revoked_on)
            for c in client.consents
            if c.kind is ConsentKind.ONLINE_COUNSELING
        ]
        # Group members: a few nearby clients (a counselor groups students of one school
        # year), never the client itself.
        window = profiles[max(0, index - 15) : index] + profiles[index + 1 : index + 16]
        dates = [note.date for note in client.sessions]
        client.sessions = [
            _session(rng, profile, day, i == len(dates) - 1, window, online_days, today)
            for i, day in enumerate(dates)
        ]
    return Caseload([p.client for p in profiles])
