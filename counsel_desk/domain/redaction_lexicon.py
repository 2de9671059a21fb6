"""Word lists the redaction engine needs: honorifics, name particles, common words.

Every word here is written in the engine's normal form: lower case, no diacritics.
The lists are deliberately small and conservative; docs/redaction.md explains each rule.
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles written before a name. Swallowed into the replacement ("Pak Joko" -> "[PERSON A]")
# and stripped from names the counselor typed with a title ("Pak Joko" in other_people).
HONORIFICS: Final = _words(
    """
    pak bu bapak ibu mas mbak mba dik adik kak kakak bang abang om tante uda uni
    ustadz ustaz ustadzah ustazah bude pakde budhe pakdhe mbah eyang nak
    mr mrs ms miss mx dr prof sir madam mister missus drs ir hj h
    dek adek koh cik cece ci cici oma opa bli mbok kang
    si sang
    """
)

# Honorifics that are also kinship nouns: lower-case "ibu Budi" is "Budi's mother", so
# they are swallowed only when written with a capital and not at the start of a sentence.
KINSHIP_HONORIFICS: Final = _words("ibu bapak adik kakak nak om tante")

# Name particles: parts of a full name that never identify anyone on their own
# ("I Wayan", "Ni Made", "Cut Nurul", "bin", "van", the Vietnamese middle names Văn/Thị).
NAME_PARTICLES: Final = _words(
    """
    i ni cut teuku tengku bin binti ibn bint van von der den de da di del della dos das du
    la al el thi
    """
)

# Indonesian suffixes and clitics that glue onto a name: "Budinya", "Budilah", "Budipun".
NAME_SUFFIXES: Final = ("nya", "lah", "kah", "pun", "tah", "ku", "mu", "s")

# Words of English and Bahasa Indonesia that are common in notes AND are also given
# names, nicknames or name parts. A name part in this list is redacted alone only where
# it is written with a capital letter ("Indah said" but not "rumahnya indah"); inside a
# full name ("Indah Permata") it is matched in any case. All words of three letters or
# fewer that are common in either language are here, whether or not anyone bears them.
# (The English ones: an Indonesian clitic on one of them makes no word, "gracenya".)
COMMON_WORDS_EN: Final = _words(
    """
    a an and are as at be by do go he hi if in is it me my no of oh ok on or so to up us we
    all any art bad big boy but can day did dr end far few for fun get got had has her him
    his how its job joy let lot low man may men new not now off old one our out own put ran
    red run saw say see set she sir sit six son sun ten the too top two use was way who why
    win yes yet you ace age ago aid aim air ask bay bed bit box bus cry cut dad die dog dry
    due ear eat egg eye fan fit fix fly god gun hit hot ice ill key kid law lay led lie mad
    mom mum net nor odd pay pen pet pie raw rid row sad sea shy sky tax tea tie toy try war
    wet win won
    hope grace faith joy mark will bill rose may june april august summer autumn winter
    sunny rich young brown white green black gray grey king hill wood price bell long
    hunter mason baker cook ward page lane dawn eve ivy lily daisy pearl ruby amber
    crystal honey angel major miles rob sue pat victor frank earnest ernest justice
    faithful sterling storm river sky star wade penny chase drew gene guy joe max ray
    made jack ben rue hart
    """
)
COMMON_WORDS_ID: Final = _words(
    """
    ada adi air aja aku ana apa api bab bau ber bom bu dan dia dik doa dua esa gas ia ibu ini
    itu iya jam jus kak kali kan kau ke ki kok lah lalu lama lo mas mau nah nak nya om pak
    pun rp sub si tak tas tua tiga yang eka dwi tri catur panca sapta asa ara
    bunga indah putri putra intan bintang cahaya mawar melati kenanga anggrek
    suci mulia sari tari bayu surya jaya setia harapan rahayu lestari asih murni sehat
    wangi cantik kasih sayang manis ayu dewi dewa adil bijak berani tegar kuat sabar
    bening embun pelangi fajar senja damai cinta rindu citra kurnia rahmat hidayat
    berkah sejahtera makmur mentari angin awan laut samudra gunung rimba hutan
    mega permata mutiara emas perak selamat slamet sugeng utama pertama kedua ketiga
    agung besar kecil baru lama muda tua bagus anak gusti
    bulan teguh nur wahyu yoga laras arif hakim salim fitri pratama wijaya kusuma ratna
    """
)
COMMON_WORDS: Final = COMMON_WORDS_EN | COMMON_WORDS_ID

# Word-names that notes use as names far more often than as words. With a clitic in
# lower case they are a name ("ekalah", "bayunya"; but "bagusnya", "indahnya" are words).
NAMES_MORE_THAN_WORDS: Final = _words(
    """
    nur eka dwi bayu ayu dewi dewa sari fajar surya intan mawar melati kenanga wahyu yoga
    laras arif ratna teguh lestari rahayu kurnia rahmat hidayat slamet sugeng gusti
    agung mega permata mutiara asih murni wangi suci tari kusuma wijaya pratama fitri
    hakim salim
    """
)
# Given names a dictionary also knows as words, or lists in lower case ("budi" is
# character, "dian" a candle, "bayu" wind; id_ID lists "agus" and "rini"), so the
# dictionary check alone would print an unlisted "Budi" or "Hope". Capitalised in the
# middle of a sentence they are a possible person (fail closed): a note writes the word
# in lower case there. Place names and titles that hold them are listed elsewhere.
NAMES_THAT_ARE_WORDS: Final = _words(
    """
    agus alif angga arya aulia ayu bagas bagus bambang bayu bintang budi bunga candra
    citra dara dewi dian dina doni dwi eka elang embun fajar galang galih gilang
    guntur hana ilham indah intan kartika kirana laras lestari lintang mawar maya melati
    mentari nia nova nur pelangi permata puspa putri rafi raihan raka rama rani ratna
    rian rini salsa sari sekar senja siti sri surya tari teguh tirta tri wahyu wulan yoga
    grace hope faith joy rose lily daisy ruby amber jade dawn ivy penny max ray jack ben
    mark bill frank victor hunter mason chase drew guy gene sky river storm
    """
)
# Given names and surnames that are words, which a title makes a person whatever the
# case: "Pak Made", "bli putu", "Mr Brown", "mrs white", "mas bayu" (the Balinese names of
# birth order are words or particles elsewhere: "made", "putu", "gede").
NAMES_AFTER_TITLES: Final = (
    NAMES_THAT_ARE_WORDS
    | NAMES_MORE_THAN_WORDS
    | _words(
        """
        wayan made nyoman ketut putu kadek komang gede gde nengah siti
        will rose may june april august summer autumn winter sunny rich young brown white
        green black gray grey king hill wood price bell long cook ward page lane eve pearl
        crystal honey angel major miles rob sue pat earnest ernest justice sterling star
        wade joe rue hart baker
        """
    )
)
# Titles in English after which every word but a common one is a surname, in lower case
# too ("mr smith", "ms jones"): English surnames are words more often than not.
ENGLISH_TITLES: Final = _words("mr mrs ms mx")

# Of those, the ones a note does not begin a sentence with as a word: a possible person
# at the start of a sentence too ("Budi bilang ..."; but "Bagus, ..." and "Hope so").
NAMES_THAT_START_NO_SENTENCE: Final = _words(
    """
    agus alif angga arya aulia bagas bambang bayu budi candra dewi dian dina doni
    galih gilang hana ilham kartika kirana laras lestari lintang nia rafi raihan raka rama
    rani ratna rian rini salsa sekar siti sri tirta wahyu wulan
    """
)
# Of those, the ones a note never uses as a word in lower case: redacted in any case, like
# a name that is no word ("sudah seminggu nur tidak masuk").
NAMES_NOT_WORDS: Final = _words(
    """
    nur eka dwi tri bayu dewi wahyu laras arif ratna kurnia hidayat slamet sugeng
    """
)

# Capitalised words that are not names: sentence starters, weekdays, months, titles,
# school and clinical words, places. Used by possible_names() only.
NOT_NAMES: Final = COMMON_WORDS | _words(
    """
    the this that these those there then than they them their he she his her it its we
    our you your i me my mine when where what which who whom why how while after before
    during since until because although though if unless also however but and or nor so
    yet not no yes today yesterday tomorrow tonight morning afternoon evening night week
    weeks month months year years session sessions client clients counselor counsellor
    student students parent parents mother father teacher teachers class classmate
    classmates school friend friends group family plan goal goals next last first second
    third homework note notes risk safety assessment intervention response behaviour
    behavior subjective objective data reported reports says said appeared presented
    discussed agreed continue continued review reviewed follow followed referral referred
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    senin selasa rabu kamis jumat sabtu minggu ahad
    januari februari maret mei juni juli agustus oktober desember
    dia ia mereka kami kita saya aku anda beliau ini itu tersebut yang dengan untuk dari
    pada dalam karena sehingga namun tetapi tapi lalu kemudian setelah sebelum saat ketika
    sejak selama jika kalau apabila bila agar supaya juga masih sudah belum akan sedang
    tidak bukan ada konseli klien siswa siswi murid guru wali kelas orang tua ayah bunda
    sesi pertemuan minggu bulan tahun hari rencana tujuan tindak lanjut catatan
    konselor sekolah teman keluarga kelompok rumah asesmen intervensi respon respons
    pekerjaan latihan menurut sementara selanjutnya terakhir pertama hasil mengatakan
    bercerita merasa tampak terlihat menunjukkan
    pak bu bapak ibu mas mbak kak dik adik kakak mr mrs ms miss dr prof sir
    smp sma smk sd mts ma mi tk negeri swasta universitas institut politeknik sekolah
    islam kristen katolik muhammadiyah terpadu internasional international
    jl jalan gg gang perum perumahan komp komplek kompleks blok rt rw kel kelurahan kec
    kecamatan kota kabupaten kab provinsi desa dusun kampung no nomor
    indonesia jakarta bandung surabaya semarang yogyakarta jogja medan makassar denpasar
    bali jawa sumatra sumatera kalimantan sulawesi papua maluku aceh padang palembang
    malang bogor depok tangerang bekasi solo surakarta pontianak balikpapan manado kupang
    banjarmasin pekanbaru batam lampung tengah timur barat utara selatan raya
    islam allah tuhan ramadan lebaran idul fitri natal
    english bahasa indonesian math maths mathematics matematika ipa ips fisika kimia
    biologi sejarah ekonomi geografi sosiologi pkn pjok agama seni
    whatsapp instagram tiktok youtube facebook google zoom wa ig line discord roblox
    cbt dbt sfbt act emdr phq gad bk uks osis pr un unbk utbk snbt snbp
    satpam kantin kepsek wakasek wakel walas walkel ojol sopir supir dokter bidan perawat
    polisi lurah camat kades tukang penjaga pembina pelatih kepala wakil koordinator staf
    admin bendahara pengawas dosen ustad ustadz ustaz ustadzah ustazah kos
    ok okay hello hi thanks
    """
)


# Kinship and role words: the capitalised word after one is a person ("her cousin
# Marwoto", "diasuh Mbah Karto", "pacarnya, Dimas,"), listed or not; a lower-case
# word-name after one is a name ("sepupunya bayu"). With Indonesian possessives.
_KIN_STEMS: Final = """
    kakak adik abang sepupu paman bibi om tante pakde bude mbah kakek nenek eyang
    pacar teman temen sahabat tetangga suami istri gebetan sopir supir pembantu pelatih
    ayah ibu bapak mama papa bunda wali
    mantan nyokap bokap ortu saudara sodara
    """
# Stems that say a relationship only with a possessive: "cowoknya doni" is her boyfriend
# Doni, "cewek cantik" a pretty girl; "masnya", "mbaknya", "adeknya" (bare, they are titles).
_KIN_POSSESSED_STEMS: Final = "cowok cewek mas mbak adek ayang"
KINSHIP_WORDS: Final = (
    frozenset(w + suffix for w in _KIN_STEMS.split() for suffix in ("", "nya", "ku", "mu"))
    | frozenset(w + suffix for w in _KIN_POSSESSED_STEMS.split() for suffix in ("nya", "ku", "mu"))
    | _words(
        """
        cousin aunt auntie aunty uncle friend boyfriend girlfriend bestie crush brother
        sister stepfather stepmother stepdad stepmum stepmom grandma grandpa grandmother
        grandfather granny nanny tutor driver coach neighbour neighbor classmate partner
        husband wife ex mum mom dad named called gf bf bff bestfriend
        """
    )
)
# What a kinship word is followed by to make a relationship of two words: "kakak
# kelasnya doni" (her senior Doni), "teman dekatnya rina", "adik kelas", "teman sebangku".
# After a kinship word, the word after one of these is a person as after the kinship word.
_KIN_MODIFIER_STEMS: Final = "kelas sekelas dekat tingkat sebangku sekamar kos main baik akrab"
KINSHIP_MODIFIERS: Final = frozenset(
    w + suffix for w in _KIN_MODIFIER_STEMS.split() for suffix in ("", "nya", "ku", "mu")
)

# Informal Indonesian and English chat words that no dictionary holds: a capitalised or
# all-capitals one is a word, not a possible person ("Gimana caranya?", "AKU UDAH
# CAPEK"). None of them is a name.
INFORMAL_WORDS: Final = _words(
    """
    nggak ngga nggk enggak engga gak ga gk kagak gimana gmn udah udh dah gitu gini
    pengen pingin pgn beneran bener ngapain gabut mager baper nangis ngerti curhat bodo
    bgt bngt bangett anjay njir woy woi lho tuh yaudah udahan gapapa gpp gaada gada gatau
    tauk ngerasa ngerjain ngomong nyokap bokap ortu plis bete ngamuk ngilang brengsek
    sumpeh kayaknya kyk makasih mksh thx yg sy aq km knp krn tp jd gt dgn sm tdk blm
    kalo klo kalau aja doang banget bgtt sih deh dong kok kan nih loh
    lmao lmfao rofl idk tbh bruh pls plz omg wtf lol lmk smh ngl istg yall ikr imo btw
    dtg bsk skrg sdh blg bkn bbrp utk msh trs tmn bgs kmrn ttg spt jgn bnyk sklh rmh
    dateng nanya kepo alay lebay santuy mantul otw gws hbd ngab gaes cuy pinter
    kepsek wakasek wakel walas walkel ojol supir
    nelpon nulis nunggu nolong dont cant wont didnt doesnt isnt
    """
)

# Words of two letters that chat writes after a title ("makasih kak ya", "tanya bu lg",
# "kata kak tu"): the dictionaries list most pairs of letters ("jo", "ed"), so they cannot
# tell a nickname from a word there. Right after a title, a lower-case word of two letters
# that is none of these nor of the common words, particles or titles is a person ("mas
# jo", "pak ed", "mr li").
TWO_LETTER_WORDS: Final = _words(
    """
    ya ye yo yh eh ah uh hm mm lg dl td tu ni gw gue lu ak sy km yg sm dr pd dg jg bs sj
    ud tp jd kl ky gt gn nt sk cm aj tq ty mo ma nh dh sh dn kt mb pk kk dk ws wk gk ga oi
    ay wa ig fb hp pr tv pc jm hr th bl mg sd tk bk rt rw jl gg kb pt cv wo ko ok kw
    """
)

# Abbreviations of four letters or more that a chat message in capitals may carry:
# kept where a word in capitals among others in capitals would be a possible person.
ABBREVIATIONS: Final = _words(
    """
    osis adhd ptsd ppdb mpls anbk unbk utbk snbt snbp pkbm bpjs dapodik nisn psas psts
    lkpd ipas ppkn pjok paskibra rohis mabit sdit smpit mtsn smkn sman smpn wisc rcads
    dass mmpi cbcl tfcbt sfbt emdr lgbt lgbtq kdrt uptd dinsos kpai lpsk napza narkoba
    polsek polres ekskul bimbel covid whatsapp tiktok youtube instagram
    """
)

# Mail services: "budisantoso@gmail" is an e-mail address written without its ".com".
MAIL_SERVICES: Final = _words(
    """
    gmail googlemail yahoo ymail hotmail outlook live msn icloud aol proton protonmail
    gmx yandex zoho mail email
    """
)

# Words around a person's name in notes: "kata bayu", "ketemu eka", "bayu bilang",
# "eka said". A lower-case name that is also a word counts as a name next to one.
SPEECH_BEFORE: Final = _words(
    """
    kata bilang ketemu bertemu panggil tanya nanya namanya
    told asked met saw called named dear hi hai halo says
    """
)
SPEECH_AFTER: Final = _words(
    """
    bilang cerita bercerita ngomong mengaku merasa nangis menangis datang curhat
    said says told asked cried came felt wrote texted replied
    """
)

# Places, peoples, languages, faiths and feasts a note names without naming anyone: a
# capitalised word here is kept even though no dictionary has it in lower case (the
# "possible person" rule of docs/redaction.md). Indonesia's provinces, their capitals and
# large cities and regencies; countries and cities her students come from or travel to.
PLACES_AND_PROPER_WORDS: Final = _words(
    """
    aceh sumatera sumatra utara barat selatan timur tengah riau jambi bengkulu lampung
    bangka belitung kepulauan jakarta jawa banten yogyakarta jogja jogjakarta bali nusa
    tenggara kalimantan sulawesi gorontalo maluku papua pegunungan daya
    banda medan padang pekanbaru palembang pangkalpinang tanjungpinang bandar serang
    bandung semarang surabaya denpasar mataram kupang pontianak palangkaraya palangka raya
    banjarmasin samarinda tarakan manado palu makassar kendari mamuju ambon sofifi ternate
    jayapura manokwari sorong merauke nabire timika wamena biak fakfak
    bogor depok tangerang bekasi cirebon tasikmalaya sukabumi cimahi garut cianjur
    karawang purwakarta subang indramayu kuningan majalengka sumedang ciamis banjar
    pangandaran solo surakarta magelang salatiga pekalongan tegal purwokerto banyumas
    cilacap kebumen kudus pati jepara rembang blora demak kendal klaten boyolali sragen
    wonogiri karanganyar sukoharjo temanggung wonosobo purworejo sleman bantul kulon
    progo gunungkidul malang batu kediri blitar madiun mojokerto pasuruan probolinggo
    jember banyuwangi situbondo bondowoso lumajang tulungagung trenggalek ponorogo
    pacitan ngawi magetan nganjuk jombang lamongan gresik sidoarjo tuban bojonegoro
    madura bangkalan sampang pamekasan sumenep badung gianyar tabanan buleleng
    klungkung karangasem jembrana bangli ubud kuta canggih canggu sanur seminyak
    nusa dua jimbaran singaraja lombok sumbawa bima flores ende maumere labuan bajo
    sumba timor balikpapan bontang singkawang sampit bitung tomohon gowa maros bone
    parepare palopo toraja binjai pematangsiantar siantar tebing tinggi sibolga
    tapanuli toba samosir nias bukittinggi payakumbuh solok dumai batam bintan
    lubuklinggau prabumulih metro cilegon lebak pandeglang tangsel bsd serpong
    kemang menteng kebayoran cilandak pondok indah kelapa gading pluit senayan
    sudirman thamrin kuningan cikini depok cibubur
    singapore singapura malaysia kuala lumpur thailand bangkok philippines manila
    vietnam hanoi china beijing shanghai hong kong taiwan japan tokyo korea seoul
    india australia sydney melbourne perth canberra zealand auckland america usa
    york london england britain uk scotland ireland france paris germany berlin
    netherlands belanda amsterdam holland europe asia africa canada toronto
    dubai mecca makkah mekkah madinah medina arab saudi
    english indonesian chinese javanese balinese sundanese batak bataknese papuan
    dutch australian american british japanese korean indian arabic malay melayu
    minang minangkabau bugis dayak betawi madurese ambonese tionghoa
    christian muslim catholic protestant hindu buddhist islamic moslem
    christmas easter eid nyepi galungan kuningan imlek waisak diwali ramadan ramadhan
    idul adha fitri lebaran natal paskah
    god allah jesus yesus quran alquran
    pancasila garuda merdeka proklamasi kemerdekaan sumpah pemuda
    mondays tuesdays wednesdays thursdays fridays saturdays sundays
    """
)

# What ends a file name or a web address, not a handle ("laporan_akhir.docx", "sman3.sch").
NOT_HANDLE_ENDS: Final = _words(
    """
    pdf doc docx xls xlsx ppt pptx txt csv jpg jpeg png gif heic mp3 mp4 mov zip rar apk
    exe html php com net org id co sch ac go or io me info edu gov
    """
)
# Where a handle stands even with no digit or underscore in it: "ig-nya rara.cantik".
PLATFORM_WORDS: Final = _words(
    """
    ig insta instagram tiktok tt twitter x fb facebook line discord roblox snapchat sc
    akun username uname id threads telegram tele youtube yt wa whatsapp handle acc account
    ign
    """
)
