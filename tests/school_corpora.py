"""Two school caseloads written the way counselors type, for measuring redaction (issue 16).

``school_corpus("A")``: 40 students of an Indonesian SMP/SMA, notes in Indonesian.
``school_corpus("B")``: 40 students of English-medium schools in Jakarta and Bali
(Chinese-Indonesian, Batak, Balinese, Papuan and expatriate names; English names that are
also words), notes in English with Indonesian mixed in.

Everything is invented, and none of it is the caseloads the issue measured: the names,
schools and sentences are written here, in the style the issue describes. Each note is
assembled from sentences of three kinds, and the corpus remembers, per client, what went
in, so that ``bench/redaction_eval.py`` can measure the PDFs against it:

* *identifying* sentences: a listed person's name in every form the issue lists — any
  case, Indonesian clitics with and without hyphen (``aisyahnya``, ``Bayu-lah``), English
  possessives, honorifics (``Mbak``, ``Kak``, ``Dek``, ``Ms.``), the recorded nickname, a
  word-name as the sender of a quoted chat (``"eka: ..."``), invisible characters pasted
  inside a name, a line break inside a name, spelling variants (``Mohammad`` for
  ``Muhammad``), the address and the school in another shape than the record's;
* *unlisted* sentences: a person in no record after a kinship or role word ("her cousin
  Marwoto", "diasuh Mbah Karto");
* *clinical* sentences, whose clinical phrases must survive (some use words that a
  careless matcher takes from a contact's note: "homeroom", "teacher", "child"), and
  *ordinary* uses of word-names in lower-case prose ("nilainya bagus", "hope this helps");
* the forms of 7 December 2026, from a generator of their own (the sentences above are
  unchanged): an unlisted person after a slang kinship or relationship word in lower case
  ("mantannya doni", "kakak kelasnya tasya", "his gf rara"), after a Sundanese or
  Chinese-Indonesian title or as a nickname of two letters ("kang asep", "ci lina", "mas
  jo", "mr li"), and a listed one-word name written as two words ("Indah Permata Sari",
  "permata sari" in a class chat; a probe each, so that a leak counts as core).

Pure: no files.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from dataclasses import dataclass, field

from counsel_desk.domain.enums import (
    ConsentKind,
    ConsentStatus,
    Modality,
    RiskLevel,
    SessionKind,
    SignerRelationship,
)
from counsel_desk.domain.model import Caseload, Client, Consent, Contact, SessionNote
from counsel_desk.domain.templates import TemplateId, template_for

__all__ = ["CLITICS", "HONORIFIC_FORMS", "ClientTruth", "SchoolCorpus", "school_corpus"]

CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
HONORIFIC_FORMS = ("Mbak", "Mas", "Kak", "Bu", "Pak", "Dek", "Ms.", "Mr.", "Mrs.", "Miss")
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff")

# --- A: an Indonesian SMP/SMA ---------------------------------------------------------

# (given, family or None, nickname or None, gender)
_PEOPLE_A: tuple[tuple[str, str | None, str | None, str], ...] = (
    ("Aisyah", "Putri Ramadhani", "Ica", "f"),
    ("Muhammad Nur", "Hidayat", "Nunu", "m"),
    ("Bagus", "Setiawan", None, "m"),
    ("Eka", "Rahmawati", None, "f"),
    ("Bayu", "Pratama", None, "m"),
    ("Indah", "Permatasari", None, "f"),
    ("Nur", "Aini", None, "f"),
    ("Dimas", "Anggara", "Dim", "m"),
    ("Rizky", "Maulana", "Kiki", "m"),
    ("Putri Ayu", "Wulandari", "Ayu", "f"),
    ("Sari", "Kusumaningrum", None, "f"),
    ("Fajar", "Nugraha", None, "m"),
    ("Wahyu", "Saputra", "Yuyu", "m"),
    ("Dewi", "Kartikasari", None, "f"),
    ("Annisa", "Fitriani", "Nisa", "f"),
    ("Galih", "Prakoso", None, "m"),
    ("Siti", "Nurhaliza", "Liza", "f"),
    ("Yoga", "Aditya", None, "m"),
    ("Tri", "Wahyuningsih", "Nining", "f"),
    ("Agus", "Salim", None, "m"),
    ("Ratna", "Sulistyowati", None, "f"),
    ("Bintang", "Ramadhan", None, "m"),
    ("Citra", "Maharani", None, "f"),
    ("Andi", "Firmansyah", None, "m"),
    ("Mawar", "Anjani", None, "f"),
    ("Teguh", "Santoso", None, "m"),
    ("Laras", "Ayuningtyas", None, "f"),
    ("Hendra", "Gunawan", None, "m"),
    ("Bulan", "Safitri", None, "f"),
    ("Reza", "Pahlevi", None, "m"),
    ("Intan", "Nuraini", None, "f"),
    ("Joko", "Susilo", None, "m"),
    ("Ayu", "Lestari", None, "f"),
    ("Yusuf", "Hakim", None, "m"),
    ("Fitri", "Handayani", "Pipit", "f"),
    ("Surya", "Wijaya", None, "m"),
    ("Nadia", "Salsabila", "Caca", "f"),
    ("Arif", "Rahman", None, "m"),
    ("Melati", "Suryani", None, "f"),
    ("Slamet", "Riyadi", None, "m"),
)
_GUARDIANS_A = (
    ("Sri Wahyuni", "ibu"),
    ("Bambang Hermanto", "ayah"),
    ("Endang Susilowati", "ibu"),
    ("Suparman", "ayah"),
    ("Kusmiati", "nenek"),
    ("Heru Prasetyo", "ayah"),
)
_SCHOOLS_A = (
    (
        "SMP Negeri 5 Malang",
        ("SMPN 5 Malang", "SMP N 5 Malang", "SMP Negeri 5", "smpn 5", "Spenma"),
    ),
    (
        "SMA Negeri 2 Sleman",
        ("SMAN 2 Sleman", "SMA N 2 Sleman", "SMA Negeri 2", "sman 2", "Smanda"),
    ),
)
_STREETS_A = ("Kaliurang", "Cendrawasih", "Simpang Borobudur", "Sidomukti")
_AREAS_A = ("Sleman", "Lowokwaru", "Depok", "Ngaglik")
_UNLISTED_A = (
    "Marwoto",
    "Karto",
    "Sumirah",
    "Tukijo",
    "Paijem",
    "Darsono",
    "Wagiyem",
    "Suwarno",
    "Ngatini",
    "Parjiyo",
    "Rohmadi",
    "Sukinah",
)
_KIN_A = (
    "kakaknya, {u},",
    "adiknya {u}",
    "sepupunya {u}",
    "pamannya, Om {u},",
    "bibinya, Tante {u},",
    "diasuh Mbah {u}",
    "kakek {u}",
    "neneknya, Eyang {u},",
    "pacarnya, {u},",
    "temannya {u}",
    "Pakde {u}",
    "Bude {u}",
)
_CLINICAL_A = (
    ("sulit tidur", "Konseli mengaku sulit tidur sejak dua minggu terakhir."),
    ("serangan panik", "Dua kali mengalami serangan panik di kelas saat ulangan."),
    ("menyakiti diri", "Tidak ada pikiran menyakiti diri saat ini; faktor pelindung dibahas."),
    ("rencana keselamatan", "Rencana keselamatan ditinjau bersama dan disimpan di HP."),
    ("wali kelas", "Sudah koordinasi dengan wali kelas soal tugas yang tertinggal."),
    ("guru BK", "Disepakati bertemu guru BK lagi hari Kamis."),
    ("perundungan", "Ada indikasi perundungan verbal dari kakak kelas."),
    ("latihan pernapasan", "Latihan pernapasan 4-7-8 dicoba dua kali di ruang BK."),
    ("kecemasan", "Skala kecemasan turun dari 8 ke 5 menurut penilaiannya sendiri."),
    ("menarik diri", "Terlihat menarik diri dari teman sekelas saat istirahat."),
    ("konflik dengan orang tua", "Cerita konflik dengan orang tua soal pilihan jurusan."),
    ("harga diri", "Harga diri rendah tampak dari cara bicara tentang dirinya."),
)
_ORDINARY_A = (
    ("bagus", "Nilai matematikanya bagus semester ini, tapi dia tidak puas."),
    ("indah", "Dia bilang pemandangan dari rumah neneknya indah dan menenangkan."),
    ("bulan", "Rencananya dievaluasi lagi bulan depan."),
    ("bintang", "Di buku jurnalnya dia menggambar bintang tiap hari."),
    ("putri", "Katanya ibunya ingin punya anak putri yang penurut."),
    ("mawar", "Ada tanaman mawar di depan ruang BK yang dia sirami."),
    ("sari", "Dia jajan roti sari kacang di kantin."),
    ("intan", "Perhiasan intan milik neneknya hilang, dia dituduh."),
    ("surya", "Sinar surya pagi katanya bikin semangat."),
    ("citra", "Dia khawatir citra dirinya buruk di mata teman."),
    ("melati", "Wangi melati mengingatkannya pada almarhum kakek."),
    ("teguh", "Dia ingin tetap teguh menolak ajakan merokok."),
    ("ayu", "Kata temannya wajahnya ayu, dia malah malu."),
    ("fajar", "Sering bangun sebelum fajar karena cemas."),
)

# --- B: English-medium schools in Jakarta and Bali ------------------------------------

_PEOPLE_B: tuple[tuple[str, str | None, str | None, str], ...] = (
    ("Kevin", "Tanoto", "Kev", "m"),
    ("Jessica", "Halim", "Jess", "f"),
    ("Grace", "Wijaya", None, "f"),
    ("Hope", "Situmorang", None, "f"),
    ("Marlina", "Hutapea", "Lina", "f"),
    ("Samuel", "Simanjuntak", "Sam", "m"),
    ("I Gede Arya", "Wirawan", "Arya", "m"),
    ("Ni Komang", "Ayu Saraswati", "Komang", "f"),
    ("Yohanes", "Wenda", "Anis", "m"),
    ("Maria", "Kogoya", None, "f"),
    ("Oliver", "Bennett", "Ollie", "m"),
    ("Summer", "Hayes", None, "f"),
    ("Will", "Carter", None, "m"),
    ("Mark", "Jensen", None, "m"),
    ("Rose", "Dubois", None, "f"),
    ("Faith", "Murphy", None, "f"),
    ("Joy", "Pardede", None, "f"),
    ("Hunter", "McKenzie", None, "m"),
    ("River", "Nakamura", None, "m"),
    ("Felicia", "Gunawan", "Fey", "f"),
    ("Nicholas", "Sutanto", "Nico", "m"),
    ("Clarissa", "Lie", "Cla", "f"),
    ("Ketut", "Suardana", None, "m"),
    ("Made", "Wiranata", None, "m"),
    ("Wayan", "Sudarsana", None, "m"),
    ("Daniel", "Nainggolan", "Dan", "m"),
    ("Charlotte", "Evans", "Lottie", "f"),
    ("Aiden", "Brooks", None, "m"),
    ("Benjamin", "Hartono", "Ben", "m"),
    ("Stefanie", "Kusuma", "Steph", "f"),
    ("Yosua", "Tabuni", None, "m"),
    ("Priscilla", "Sinaga", "Cilla", "f"),
    ("Ethan", "Lim", None, "m"),
    ("Sophie", "Müller", None, "f"),
    ("Putu", "Ardana", None, "m"),
    ("Amelia", "Siregar", "Mel", "f"),
    ("Bayu", "Kurniawan", None, "m"),
    ("Chloe", "Tan", None, "f"),
    ("Liam", "O'Connor", None, "m"),
    ("Skye", "Hendrawan", None, "f"),
)
_GUARDIANS_B = (
    ("Linda Tanoto", "mother"),
    ("Robert Halim", "father"),
    ("Rosmawati Hutapea", "mother"),
    ("Pieter Bennett", "father"),
    ("Made Sukerti", "ibu"),
    ("Agnes Wenda", "aunt"),
)
_SCHOOLS_B = (
    (
        "Jakarta International School",
        (
            "Jakarta Int'l School",
            "Jakarta Intl School",
            "JAKARTA INTERNATIONAL SCHOOL",
            "JIS",
            "Jakarta International",
        ),
    ),
    (
        "Bali Island School",
        ("Bali Island School Sanur", "BALI ISLAND SCHOOL", "BIS", "Bali Island"),
    ),
)
_STREETS_B = ("Terogong Raya", "Danau Buyan", "Kemang Selatan", "Bypass Ngurah Rai")
_AREAS_B = ("Cilandak", "Sanur", "Mampang", "Kuta")
_UNLISTED_B = (
    "Marwoto",
    "Theodore",
    "Darmawan",
    "Fiona",
    "Lukas",
    "Gregorius",
    "Wenny",
    "Rudolf",
    "Imelda",
    "Tobias",
    "Natasha",
    "Benediktus",
)
_KIN_B = (
    "her cousin {u}",
    "his uncle {u}",
    "an aunt, {u},",
    "her boyfriend {u}",
    "his friend {u}",
    "her stepfather {u}",
    "the tutor, {u},",
    "his older brother {u}",
    "her best friend {u}",
    "his grandma, Oma {u},",
    "the driver, Pak {u},",
    "her classmate {u}",
)
_CLINICAL_B = (
    ("homeroom teacher", "Agreed to update the homeroom teacher about the late assignments."),
    ("child psychiatrist", "Referral to a child psychiatrist was discussed with the parents."),
    ("panic attack", "Reported a panic attack during the maths test on Tuesday."),
    ("self-harm", "No current self-harm; old scars mentioned, safety plan reviewed."),
    ("safety plan", "The safety plan is saved on her phone and in her planner."),
    ("sleep hygiene", "Talked through sleep hygiene: phone out of the bedroom at 10."),
    ("school refusal", "Mornings are hard; some school refusal on Mondays."),
    ("peer conflict", "Ongoing peer conflict in the group chat, screenshots shown."),
    ("grounding", "Practised grounding (5-4-3-2-1) and it helped a little."),
    ("low mood", "Low mood most days for three weeks, appetite unchanged."),
    ("teacher", "Feels the science teacher singles her out in class."),
    ("child", "Described herself as the child who keeps the peace at home."),
    ("social anxiety", "Social anxiety around presentations; graded exposure planned."),
)
_ORDINARY_B = (
    ("hope", "She said she hopes things calm down; we ended on some hope for next week."),
    ("grace", "Handled the feedback with grace and a bit of humour."),
    ("faith", "Losing faith in her friends after the group chat thing."),
    ("will", "We will check in again after the exams."),
    ("mark", "Got a low mark in chemistry and was upset about it."),
    ("rose", "Mood rose a little after the weekend with her dad."),
    ("summer", "Worried about summer school and being away from home."),
    ("joy", "Found some joy in the art club again."),
    ("river", "Went rafting on the river with his family, which he enjoyed."),
    ("made", "She made a list of three people she can call."),
    ("hunter", "Plays a monster hunter game late at night."),
    ("skye", "Wants to visit the isle of skye one day, he read about it."),
)

# Not the names above, and not looked at while the rules were written: a held-out check.
_BARE_NAMES_A = (
    "Sutrisno",
    "Giyanto",
    "Wartini",
    "Sumiyati",
    "Poniman",
    "Kasiyem",
    "Jumadi",
    "Tarmiji",
    "Rusmini",
    "Supardi",
    "Yuliani",
    "Ngadiman",
)
_BARE_NAMES_B = (
    "Priscilla",
    "Oliver",
    "Hendrawan",
    "Clarissa",
    "Matthias",
    "Yohanes",
    "Felicia",
    "Ignatius",
    "Veronika",
    "Stefanus",
    "Marcella",
    "Jonathan",
)
_BARE_A = (
    "Saat istirahat {u} ikut duduk di kantin.",
    "{u} sering mengajaknya pulang bersama.",
    "Dia bilang {u} marah waktu di kelas.",
)
_BARE_B = (
    "At lunch {u} sat with her again.",
    "{u} keeps texting her late at night.",
    "She said that {u} was upset in class.",
)

# Chat-style: a person in no record after a title in lower case ("mas bayu", "mr smith"),
# or a name that is also a word after a title in any case ("Pak Made", "Mr Brown"), and
# the roles a title also stands before, which must stay ("bu guru", "Pak Satpam").
_TITLED_A = (
    ("mas", "bayu"),
    ("mbak", "siti"),
    ("kak", "rina"),
    ("bu", "surti"),
    ("pak", "tarno"),
    ("bli", "made"),
    ("dek", "lastri"),
    ("mbah", "warsih"),
    ("Pak", "Made"),
    ("Bu", "Bunga"),
)
_TITLED_B = (
    ("mr", "smith"),
    ("ms", "jones"),
    ("mrs", "baker"),
    ("Mr", "Brown"),
    ("Mrs", "White"),
    ("Ms.", "Young"),
    ("pak", "tarno"),
    ("bli", "putu"),
)
_TITLED_SENTENCES_A = (
    "Tadi malam {t} {u} chat dia jam sepuluh.",
    "Katanya {t} {u} yang ngajak bolos.",
    "Di wa, {t} {u} bilang mau jemput.",
)
_TITLED_SENTENCES_B = (
    "Apparently {t} {u} messaged her late again.",
    "She says {t} {u} keeps asking about her grades.",
)
_ROLES_A = ("bu guru", "pak satpam", "pak kepsek", "mbak kantin", "Pak Guru", "Bu Kantin")
_ROLES_B = ("Pak Satpam", "bu kantin")
_ROLE_SENTENCES_A = ("Sempat ditegur {r} karena telat.", "Dia dibantu {r} waktu pingsan.")
_ROLE_SENTENCES_B = ("{r} found him at the gate before class.",)

# The forms of 7 December 2026 (issue 16), drawn from their own generator: a person in no
# record after a slang kinship or relationship word, in lower case as chat writes it
# ("mantannya doni", "kakak kelasnya tasya", "his gf rara"); after a Sundanese or
# Chinese-Indonesian title ("kang doni", "ci rina"); a nickname of two letters after a
# title ("mas jo", "mr li"). Their names are in no record.
_SLANG_KIN_A = (
    "mantannya",
    "nyokapnya",
    "bokapnya",
    "cowoknya",
    "ceweknya",
    "kakak kelasnya",
    "teman dekatnya",
    "adik kelas",
)
_SLANG_KIN_B = ("his gf", "her bf", "her bff", "his bff", "cowoknya", "mantannya")
_SLANG_NAMES_A = ("doni", "gilang", "tasya", "yudi", "dodi", "fikri")
_SLANG_NAMES_B = ("rara", "tasya", "dimas", "keisha", "riko")
_SLANG_SENTENCES_A = (
    "Katanya {k} {u} nyebarin foto dia di grup kelas.",
    'Screenshot WA: "{k} {u} td nelpon gw, marah2 bgt"',
    "Dia blg {k} {u} yg ngajak bolos hr jumat.",
)
_SLANG_SENTENCES_B = (
    "Apparently {k} {u} posted about her on close friends.",
    'Pasted from IG: "{k} {u} is sooo annoying lol"',
    "She said {k} {u} keeps texting her at night, ga bisa tidur.",
)
_SLANG_TITLED_A = (
    ("kang", "asep"),
    ("kang", "ujang"),
    ("ci", "lina"),
    ("cici", "vivi"),
    ("koh", "ahong"),
    ("mas", "jo"),
    ("mbak", "ri"),
    ("pak", "ed"),
)
_SLANG_TITLED_B = (
    ("ci", "rina"),
    ("koh", "hendy"),
    ("kang", "dodi"),
    ("mr", "li"),
    ("ms", "jo"),
    ("kak", "jo"),
)
_SLANG_TITLED_SENTENCES_A = (
    "td {t} {u} chat lg, nanya kabar.",
    "Katanya {t} {u} yg bantu ngerjain tugas.",
)
_SLANG_TITLED_SENTENCES_B = (
    "Apparently {t} {u} drives her to school sometimes.",
    'From her chat: "{t} {u} said dont worry"',
)
# A listed one-word name written as two words, as a form or a class chat types it
# ("Indah Permata Sari" for Indah Permatasari): written whole and alone in lower case.
_SPLIT_A = {
    "Permatasari": "Permata Sari",
    "Kartikasari": "Kartika Sari",
    "Wahyuningsih": "Wahyu Ningsih",
    "Kusumaningrum": "Kusuma Ningrum",
    "Ayuningtyas": "Ayu Ningtyas",
    "Firmansyah": "Firman Syah",
    "Nurhaliza": "Nur Haliza",
}
_SPLIT_B = {"Wiranata": "Wira Nata", "Rosmawati": "Rosma Wati"}
_SPLIT_SENTENCES_A = (
    'Di daftar hadir tertulis "{f}", nanti dicek ke TU.',
    'Chat grup kelas: "{s} dipanggil ke ruang BK ya"',
)
_SPLIT_SENTENCES_B = (
    'The sign-in sheet says "{f}", to check with admin.',
    'From the class group chat: "{s} pls see the counselor at break"',
)

_HOLIDAY_A = ("Sesudah libur Lebaran konseli lebih ceria.",)
_HOLIDAY_B = ("After the Nyepi holiday she seemed calmer.",)


@dataclass
class ClientTruth:
    """What the corpus put into one client's notes (for ``bench/redaction_eval.py``)."""

    case_code: str
    clinical: list[str] = field(default_factory=list)  # each phrase once per insertion
    unlisted: list[str] = field(default_factory=list)  # each name once per insertion
    bare: list[str] = field(default_factory=list)  # unlisted, with no kinship word before
    titled: list[str] = field(default_factory=list)  # "mas bayu": a title, a name in no record
    roles: list[str] = field(default_factory=list)  # a role after a title ("bu guru")
    ordinary: Counter[str] = field(default_factory=Counter)  # word-name -> lower-case uses
    plain: list[str] = field(default_factory=list)  # every sentence that identifies no one
    forms: list[str] = field(default_factory=list)  # identifying surfaces written
    probes: list[str] = field(default_factory=list)  # regexes of core text that must go


@dataclass
class SchoolCorpus:
    name: str
    language: str  # of the supervision PDFs
    caseload: Caseload
    truth: dict[str, ClientTruth]

    def name_tokens(self) -> dict[str, bool]:
        """Every significant name token of every listed person -> is it a word-name."""
        words = {w for w, _ in (*_ORDINARY_A, *_ORDINARY_B)}
        out: dict[str, bool] = {}
        for c in self.caseload.clients:
            names = [c.given_name, c.family_name or "", c.preferred_name or ""]
            names += [g.name for g in c.guardians]
            names += [e.name for e in c.emergency_contacts]
            for n in names:
                for t in re.findall(r"[^\W\d_]+", re.split(r"[(,]", n)[0]):
                    low = t.lower()
                    if len(low) >= 3 and low not in _PARTICLES:
                        out[low] = low in words
        return out


# Titles and Balinese birth-order names identify no one alone; the oracle leaves them out.
_PARTICLES = frozenset(
    {"ni", "gede", "komang", "made", "putu", "wayan", "ketut", "mr", "mrs", "ms", "bu", "pak"}
)


def _variant(name: str) -> str:
    """A spelling the record does not hold: Muhammad -> Mohammad, Aisyah -> Aisah ..."""
    swaps = (("Muhammad", "Mohammad"), ("syah", "sah"), ("Rizky", "Rizki"), ("oe", "u"))
    for a, b in swaps:
        if a in name:
            return name.replace(a, b, 1)
    return name


def _mangle_forms(first: str, nick: str | None, language: str) -> list[str]:
    """Every form the issue lists of one given name, as typed in notes."""
    low = first.lower()
    forms = [
        first,
        low,
        first.upper(),
        f"{low}{CLITICS[0]}",
        f"{low}{CLITICS[1]}",
        f"{low}{CLITICS[2]}",
        f"{low}{CLITICS[3]}",
        f"{first}-{CLITICS[0]}",
        f"{first}{CLITICS[4]}",
        f"{low}-{CLITICS[5]}",
        f"{first}'s",
        f"{first}-{first}",
        first[:2] + INVISIBLE[len(first) % len(INVISIBLE)] + first[2:],
        first[:1] + "\u00ad" + first[1:],
        f"{first[:3]}-\n{first[3:]}" if len(first) > 4 else first,
    ]
    forms += [f"{h} {first}" for h in HONORIFIC_FORMS]
    if _variant(first) != first:
        forms.append(_variant(first))
    if nick:
        forms += [nick, f"Kak {nick}", f"{nick.lower()}nya", f"Dek {nick}"]
    return forms


def _sentence_id(form: str, rng: random.Random, sender: str) -> str:
    templates = (
        "{f} cerita soal tugas kelompok yang dikerjakan sendirian.",
        "Kata {f} dia capek banget tdk bisa fokus belajar.",
        "Ibunya bilang {f} jarang keluar kamar akhir-akhir ini.",
        "Tadi ketemu {f} di depan perpus, kelihatan habis nangis.",
        "Screenshot chat WA:\n{s}: kak aku ga kuat lg\nKonselor: aku di sini ya",
        '"{s}: besok aku ga masuk aja deh" (dikirim jam 23.40)',
        "Sudah seminggu {f} tidak masuk sekolah tanpa keterangan.",
        "Waktu istirahat {f} duduk sendiri di tangga.",
    )
    return rng.choice(templates).format(f=form, s=sender)


def _sentence_en(form: str, rng: random.Random, sender: str) -> str:
    templates = (
        "{f} came in at break, said the week was rough.",
        "Mum says {f} stays in the room after school, lagi males ngapa-ngapain.",
        "Saw {f} by the canteen, looked like she had been crying.",
        "{f} said the group chat has been awful since Friday.",
        "Pasted from chat:\n{s}: i cant do this anymore\nme: I'm here, let's talk at 10",
        '"{s}: pls dont tell my parents" (sent 11.40pm)',
        "Noticed {f} sitting alone on the stairs again.",
        "This week {f} seemed withdrawn in homeroom.",
    )
    return rng.choice(templates).format(f=form, s=sender)


def _address(rng: random.Random, streets: tuple[str, ...], areas: tuple[str, ...]) -> str:
    street = rng.choice(streets)
    return f"Jl. {street} No. {rng.randint(2, 99)}{rng.choice(['', 'B', 'A'])}, {rng.choice(areas)}"


def _address_variants(address: str) -> list[str]:
    street_part, _, area = address.partition(", ")
    street, _, number = street_part.partition(" No. ")
    return [
        address.upper(),
        f"{street} number {number}, {area}",
        f"{street} #{number} {area}",
        f"{area}, {street} No. {number}",
        f"{street.replace('Jl.', 'Jalan')} no {number}",
    ]


def _probe_street(address: str) -> str:
    street = address.split(" No. ")[0].removeprefix("Jl. ")
    return r"(?i)\b" + r"\W+".join(re.escape(w) for w in street.split()) + r"\b"


def _birth(rng: random.Random, b: bool) -> dt.date:
    return dt.date(
        rng.randint(2008, 2012) if not b else rng.randint(2007, 2013),
        rng.randint(1, 12),
        rng.randint(1, 28),
    )


def _phone(rng: random.Random) -> str:
    return (
        "08"
        + rng.choice(["12", "13", "21", "57", "78"])
        + "".join(rng.choice("0123456789") for _ in range(8))
    )


def school_corpus(which: str, seed: int = 16, *, clients: int = 40) -> SchoolCorpus:
    """Corpus ``"A"`` (Indonesian SMP/SMA) or ``"B"`` (English-medium, Jakarta and Bali)."""
    rng = random.Random(f"{which}:{seed}")
    # Unlisted people without a kinship word ("Lalu Marwoto ikut duduk"): drawn from a
    # second generator, so that everything the first one draws stays as it was.
    bare_rng = random.Random(f"{which}:{seed}:bare")
    titled_rng = random.Random(f"{which}:{seed}:titled")  # the same, for titled people
    slang_rng = random.Random(f"{which}:{seed}:slang")  # and for the forms of 7 December
    a = which == "A"
    people = _PEOPLE_A if a else _PEOPLE_B
    guardians = _GUARDIANS_A if a else _GUARDIANS_B
    schools = _SCHOOLS_A if a else _SCHOOLS_B
    unlisted = _UNLISTED_A if a else _UNLISTED_B
    kin = _KIN_A if a else _KIN_B
    clinical = _CLINICAL_A if a else _CLINICAL_B
    ordinary = _ORDINARY_A if a else _ORDINARY_B
    sentence = _sentence_id if a else _sentence_en
    language = "id" if a else "en"
    result: list[Client] = []
    truth: dict[str, ClientTruth] = {}
    for n in range(clients):
        given, family, nick, gender = people[n % len(people)]
        code = f"{which}-{n + 1:03d}"
        t = ClientTruth(code)
        school, school_variants = schools[n % len(schools)]
        address = _address(rng, _STREETS_A if a else _STREETS_B, _AREAS_A if a else _AREAS_B)
        g_name, g_rel = guardians[n % len(guardians)]
        contact_note = rng.choice(
            ["Mr. Hutapea (homeroom)", "Bu Ratih (wali kelas)", "Ms. Anderson, homeroom teacher"]
        )
        dob = _birth(rng, not a)
        first = given.split()[-1] if given.split()[0] in ("I", "Ni") else given.split()[0]
        forms = _mangle_forms(first, nick, language)
        rng.shuffle(forms)
        other = people[(n + 7) % len(people)]
        other_first = (
            other[0].split()[-1] if other[0].split()[0] in ("I", "Ni") else other[0].split()[0]
        )
        sessions: list[SessionNote] = []
        day = dt.date(2025, 8, 4) + dt.timedelta(days=rng.randint(0, 30))
        form_iter = iter(forms)
        for s in range(4):
            template = (TemplateId.DAP, TemplateId.SOAP, TemplateId.FREE, TemplateId.BIRP)[s % 4]
            fields: dict[str, str] = {}
            for spec in template_for(template).fields:
                parts: list[str] = []
                for _ in range(2):
                    form = next(form_iter, None)
                    if form is not None:
                        sender = form if rng.random() < 0.5 else first.lower()
                        parts.append(sentence(form, rng, sender))
                        t.forms.append(form)
                phrase, text = clinical[rng.randrange(len(clinical))]
                parts.append(text)
                t.plain.append(text)
                t.clinical.append(phrase)
                if rng.random() < 0.5:
                    word, text = ordinary[rng.randrange(len(ordinary))]
                    parts.append(text)
                    t.plain.append(text)
                    t.ordinary[word] += 1
                if rng.random() < 0.35:
                    u = rng.choice(unlisted)
                    k = rng.choice(kin).format(u=u)
                    text = (
                        f"Dia cerita soal {k} yang sering datang ke rumah."
                        if a
                        else f"She mentioned {k} who often comes over."
                    )
                    parts.append(text)
                    t.plain.append(text.replace(u, ""))
                    t.unlisted.append(u)
                if bare_rng.random() < 0.3:
                    u = bare_rng.choice(_BARE_NAMES_A if a else _BARE_NAMES_B)
                    text = bare_rng.choice(_BARE_A if a else _BARE_B).format(u=u)
                    parts.append(text)
                    t.plain.append(text.replace(u, ""))
                    t.bare.append(u)
                if titled_rng.random() < 0.25:
                    title, u = titled_rng.choice(_TITLED_A if a else _TITLED_B)
                    pattern = titled_rng.choice(_TITLED_SENTENCES_A if a else _TITLED_SENTENCES_B)
                    text = pattern.format(t=title, u=u)
                    parts.append(text)
                    t.plain.append(pattern.format(t="", u="").replace("  ", " "))
                    t.titled.append(f"{title} {u}")
                if titled_rng.random() < 0.2:
                    role = titled_rng.choice(_ROLES_A if a else _ROLES_B)
                    text = titled_rng.choice(_ROLE_SENTENCES_A if a else _ROLE_SENTENCES_B)
                    text = text.format(r=role)
                    parts.append(text)
                    t.plain.append(text)
                    t.roles.append(role)
                if rng.random() < 0.15:
                    text = rng.choice(_HOLIDAY_A if a else _HOLIDAY_B)
                    parts.append(text)
                    t.plain.append(text)
                if slang_rng.random() < 0.2:
                    k = slang_rng.choice(_SLANG_KIN_A if a else _SLANG_KIN_B)
                    u = slang_rng.choice(_SLANG_NAMES_A if a else _SLANG_NAMES_B)
                    pattern = slang_rng.choice(_SLANG_SENTENCES_A if a else _SLANG_SENTENCES_B)
                    parts.append(pattern.format(k=k, u=u))
                    t.plain.append(pattern.format(k=k, u="").replace("  ", " "))
                    t.unlisted.append(u)
                if slang_rng.random() < 0.15:
                    title, u = slang_rng.choice(_SLANG_TITLED_A if a else _SLANG_TITLED_B)
                    pattern = slang_rng.choice(
                        _SLANG_TITLED_SENTENCES_A if a else _SLANG_TITLED_SENTENCES_B
                    )
                    parts.append(pattern.format(t=title, u=u))
                    t.plain.append(pattern.format(t="", u="").replace("  ", " ").strip())
                    t.titled.append(f"{title} {u}")
                fields[spec.key] = " ".join(parts)
            sessions.append(
                SessionNote(
                    date=day,
                    start_time=dt.time(9, 30),
                    duration_minutes=45,
                    modality=Modality.IN_PERSON,
                    kind=SessionKind.INDIVIDUAL,
                    template=template,
                    fields=fields,
                    signed_at=dt.datetime.combine(day, dt.time(15, 0)),
                )
            )
            day += dt.timedelta(days=7)
        # The record in other shapes: the address, the school, a phone, the date of birth.
        variants = _address_variants(address)
        school_form = rng.choice(school_variants)
        phone = _phone(rng)
        extra = [
            (f"Alamat: {rng.choice(variants)}." if a else f"Lives at {rng.choice(variants)}."),
            (f"Pindahan dari {school_form}." if a else f"Previously at {school_form}."),
            f"HP: {phone[:4]}-{phone[4:8]}-{phone[8:]}",
            (
                f"Lahir {dob.day:02d}/{dob.month:02d}/{dob.year}."
                if a
                else f"DOB {dob.isoformat()}."
            ),
            (
                f"Teman dekatnya {other_first} juga ikut konseling."
                if a
                else f"Close with {other_first}, also seen by me."
            ),
            (
                f"Sudah telepon Bu {g_name.split()[0]}, ibunya setuju datang."
                if a
                else f"Called {g_name} ({g_rel}), who is coming on Friday."
            ),
        ]
        t.probes += [
            _probe_street(address),
            re.escape(phone[-6:]),
            r"(?i)(?<!\w)" + re.escape(school_form) + r"(?!\w)",
        ]
        t.forms.append(other_first)
        g_first, _, g_rest = g_name.partition(" ")
        for whole, before, after in ((family or "", given, ""), (g_first, "", g_rest)):
            split = (_SPLIT_A if a else _SPLIT_B).get(whole)
            if split is None:
                continue
            written = " ".join(w for w in (before, split, after) if w)
            full, alone = _SPLIT_SENTENCES_A if a else _SPLIT_SENTENCES_B
            extra += [full.format(f=written), alone.format(s=split.lower())]
            t.forms += [written, split.lower()]
            halves = (re.escape(h) for h in split.split())
            t.probes.append(r"(?i)(?<![^\W\d_])" + r"\W+".join(halves) + r"(?![^\W\d_])")
        sessions[0].fields[next(iter(sessions[0].fields))] += " " + " ".join(extra)
        concern = sentence(first, rng, first.lower()) + " " + clinical[0][1]
        t.clinical.append(clinical[0][0])
        t.plain.append(clinical[0][1])
        client = Client(
            given_name=given,
            case_code=code,
            family_name=family,
            preferred_name=nick,
            date_of_birth=dob,
            gender="P" if gender == "f" else "L",
            school=school,
            grade=rng.choice(
                ["VIII-B", "IX-A", "X IPA 2"] if a else ["Grade 9", "Year 10", "Grade 11"]
            ),
            phone=phone,
            address=address,
            guardians=[Contact(g_name, g_rel, _phone(rng))],
            emergency_contacts=[Contact(contact_note, "homeroom" if not a else "wali kelas")],
            presenting_concern=concern,
            risk_level=RiskLevel.LOW,
            opened_on=dt.date(2025, 8, 1),
            sessions=sessions,
            consents=[
                Consent(
                    kind=ConsentKind.RELEASE_OF_INFORMATION,
                    signed_by=g_name,
                    signed_on=dt.date(2025, 8, 1),
                    signer_relationship=SignerRelationship.GUARDIAN,
                    status=ConsentStatus.ACTIVE,
                    released_to="dr. Lim (child psychiatrist)"
                    if not a
                    else "Puskesmas Depok (psikolog)",
                ),
            ],
        )
        result.append(client)
        truth[code] = t
    return SchoolCorpus(which, language, Caseload(result), truth)
