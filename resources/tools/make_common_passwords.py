"""Regenerate resources/common-passwords.txt (the passphrase blocklist).

The list is built here, from words and patterns that top every published study of leaked
passwords (and their Indonesian counterparts), combined with the suffixes people add to
satisfy composition rules: digits, years and a punctuation mark. No external list is
downloaded or copied. Entries are lower case; the policy compares case-insensitively.

    python resources/tools/make_common_passwords.py
"""

from __future__ import annotations

from pathlib import Path

# Passwords that appear, almost unchanged, at the top of every leaked-password ranking.
TOP = """
123456 123456789 12345678 12345 1234567 1234567890 123123 111111 000000 1234 12341234
654321 666666 121212 112233 123321 159753 147258369 987654321 0987654321 11111111
1q2w3e4r 1q2w3e4r5t 1qaz2wsx zaq12wsx qwerty qwerty123 qwertyuiop qwertyui asdfgh
asdfghjkl zxcvbnm zxcvbn qazwsx password password1 password123 passw0rd p@ssw0rd
p@ssword pass1234 abc123 abcd1234 abcdef a1b2c3 aa123456 iloveyou iloveyou1 letmein
welcome welcome1 admin admin123 administrator root toor login monkey dragon master
sunshine princess football baseball shadow superman batman trustno1 freedom whatever
qwerty1 starwars michael jennifer jordan23 hunter2 hello123 charlie donald secret
changeme default guest test test123 testing 7777777 88888888 999999 555555 131313
azerty computer internet samsung google facebook youtube instagram pokemon naruto
blink182 liverpool chelsea arsenal manchester barcelona realmadrid juventus
""".split()

# Words people build passwords from (English and Indonesian), each also tried with suffixes.
WORDS = """
password pass passwd secret love lover loveyou iloveyou baby babygirl angel angels
princess prince queen king sweet sweetie honey sugar candy cookie chocolate cherry
apple orange banana mango summer winter spring autumn sunshine moon star stars
flower rose lily daisy tiger lion monkey dragon eagle falcon shark wolf bear panda
kitty kitten puppy doggy hello welcome letmein access master admin user login
computer internet laptop windows linux apple android samsung nokia google
football soccer baseball basketball hockey tennis golf cricket racing
michael jessica ashley daniel jordan andrew joshua matthew anthony thomas robert
jennifer michelle nicole amanda melissa sarah hannah charlie maggie buddy
freedom forever family friend friends happy lucky magic mother father sister
brother school teacher student student1 counsel counselor counseling guidance
summer2024 jakarta surabaya bandung semarang medan bali yogyakarta jogja
indonesia merdeka garuda pancasila bismillah alhamdulillah insyaallah assalamualaikum
sayang sayangku cinta cintaku kasih rindu bunda ayah mama papa ibu bapak kakak adik
rahasia katasandi sandi kunci rumah sekolah guru siswa murid konselor konseling
bimbingan brankas ganteng cantik manis imut bintang bulan matahari langit laut
persib persija arema bonek jakmania garuda123 timnas doraemon upin ipin
anjing kucing ayam sapi harimau elang naga semangat sukses bahagia selamat
pagi malam mantap asik keren gokil bebas merdeka45 nusantara pertamina telkomsel
""".split()

SUFFIXES = [
    "", "1", "12", "123", "1234", "12345", "123456", "01", "11", "13", "22", "69", "77",
    "88", "99", "007", "!", "!!", "1!", "123!", "@123", "#1", "*",
]
YEARS = [str(y) for y in range(1960, 2031)]

KEYBOARD = [
    "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc", "qazwsxedc", "1q2w3e",
    "q1w2e3r4", "zaq1xsw2", "!qaz2wsx", "poiuytrewq", "mnbvcxz", "lkjhgfdsa",
]


def generate() -> list[str]:
    seen: dict[str, None] = {}

    def add(entry: str) -> None:
        if len(entry) >= 4:
            seen.setdefault(entry.lower(), None)

    for entry in TOP:
        add(entry)
    for word in WORDS:
        for suffix in SUFFIXES:
            add(word + suffix)
        for year in YEARS:
            add(word + year)
        add(word.capitalize() + "1")
        add(word + word)
    for walk in KEYBOARD:
        for n in range(6, len(walk) + 1):
            add(walk[:n])
    for digit in "0123456789":
        for n in range(4, 17):
            add(digit * n)
    for start in range(10):
        run = "".join(str((start + i) % 10) for i in range(16))
        for n in range(4, 17):
            add(run[:n])
    letters = "abcdefghijklmnopqrstuvwxyz"
    for n in range(4, 27):
        add(letters[:n])
    for year in YEARS:
        add(year)
    for day in range(1, 32):
        for month in range(1, 13):
            add(f"{day:02d}{month:02d}")
    return list(seen)


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "common-passwords.txt"
    entries = generate()
    header = "# Counsel Desk passphrase blocklist: see resources/README.md for its origin.\n"
    target.write_text(header + "\n".join(entries) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries written to {target}")


if __name__ == "__main__":
    main()
