<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Counsel Desk</source>
        <translation>Tentang Counsel Desk</translation>
    </message>
    <message>
        <source>Counsel Desk {version}</source>
        <translation>Counsel Desk {version}</translation>
    </message>
    <message>
        <source>Confidential case records for school counselors: client profiles, session notes and consents in an encrypted vault on this computer (SQLCipher, with a key derived by Argon2id from your passphrase).

Nothing leaves this computer unless you export it. Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Catatan kasus rahasia untuk konselor sekolah: profil konseli, catatan sesi, dan persetujuan dalam brankas terenkripsi di komputer ini (SQLCipher, dengan kunci yang diturunkan dari frasa sandi Anda menggunakan Argon2id).

Tidak ada data yang keluar dari komputer ini kecuali Anda mengekspornya. Dilisensikan di bawah GNU GPL, versi 3 atau yang lebih baru.</translation>
    </message>
</context>
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Closes this window.</source>
        <translation>Menutup jendela ini.</translation>
    </message>
    <message>
        <source>Closes this window without doing anything.</source>
        <translation>Menutup jendela ini tanpa melakukan apa pun.</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <source>The activity is no longer in the vault.</source>
        <translation>Kegiatan ini sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>“{words}” is a case code. The class is printed in the BK service report for the school: write the class (VIII-B), or leave it empty.</source>
        <translation>“{words}” adalah kode kasus. Kelas dicetak dalam laporan pelaksanaan layanan BK untuk sekolah: tulis kelasnya (VIII-B), atau kosongkan.</translation>
    </message>
    <message>
        <source>“{words}” is the name of a student in your vault. The activity log keeps no names: write her case code {code} instead, or leave it out.</source>
        <translation>“{words}” adalah nama seorang siswa di brankas Anda. Jurnal kegiatan tidak memuat nama: tulis kode kasusnya, {code}, atau hapus saja.</translation>
    </message>
    <message>
        <source>“{words}” names a student of your class list or her family. The activity log keeps no names: leave it out.</source>
        <translation>“{words}” adalah nama siswa di daftar kelas Anda atau keluarganya. Log kegiatan tidak menyimpan nama: hapus kata itu.</translation>
    </message>
    <message>
        <source>“{words}” is on your never-print list. The activity log keeps no names: leave it out.</source>
        <translation>“{words}” ada di daftar jangan dicetak. Jurnal kegiatan tidak memuat nama: hapus saja.</translation>
    </message>
    <message>
        <source>“{words}” is in the record of {code} ({category}). The activity log keeps no names or identifying details: leave it out or write the case code.</source>
        <translation>“{words}” ada di catatan {code} ({category}). Jurnal kegiatan tidak memuat nama atau data pengenal: hapus atau tulis kode kasusnya.</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Activity Log</source>
        <translation>Jurnal Kegiatan</translation>
    </message>
    <message>
        <source>Work of the BK program that is not about one student: classical guidance, group guidance, meetings, duties. The log keeps no names — write a case code if you must point at a student; a name from the vault is refused.</source>
        <translation>Kegiatan program BK yang tidak menyangkut satu siswa: bimbingan klasikal, bimbingan kelompok, pertemuan, tugas. Jurnal ini tidak memuat nama — tulis kode kasus bila perlu menunjuk seorang siswa; nama yang ada di brankas akan ditolak.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lama</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Every activity of the log, oldest first. Choose one to change it.</source>
        <translation>Semua kegiatan di jurnal, yang terlama lebih dulu. Pilih satu untuk mengubahnya.</translation>
    </message>
    <message>
        <source>No activities yet. Fill in the form and choose Add to Log.</source>
        <translation>Belum ada kegiatan. Isi formulir lalu pilih Tambahkan ke Jurnal.</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <source>Classical guidance, group guidance, a meeting, a duty …</source>
        <translation>Bimbingan klasikal, bimbingan kelompok, pertemuan, tugas …</translation>
    </message>
    <message>
        <source>Date of the activity</source>
        <translation>Tanggal kegiatan</translation>
    </message>
    <message>
        <source>The day it took place, as year-month-day.</source>
        <translation>Tanggal pelaksanaannya, tahun-bulan-hari.</translation>
    </message>
    <message>
        <source>VIII-B, or empty</source>
        <translation>VIII-B, atau kosong</translation>
    </message>
    <message>
        <source>The class it was given in, or empty.</source>
        <translation>Kelas tempat kegiatan diberikan, atau kosong.</translation>
    </message>
    <message>
        <source>Study skills before the exams</source>
        <translation>Cara belajar menjelang ujian</translation>
    </message>
    <message>
        <source>What it was about, in one line, without names.</source>
        <translation>Tentang apa, dalam satu baris, tanpa nama.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Students present</source>
        <translation>Siswa yang hadir</translation>
    </message>
    <message>
        <source>How many students took part; — if it does not apply.</source>
        <translation>Berapa siswa yang ikut; — bila tidak berlaku.</translation>
    </message>
    <message>
        <source>How long it took, in the unit beside it; — if not recorded.</source>
        <translation>Berapa lama, dalam satuan di sebelahnya; — bila tidak dicatat.</translation>
    </message>
    <message>
        <source>lesson periods (JP)</source>
        <translation>jam pelajaran (JP)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>Length counted in</source>
        <translation>Satuan lama kegiatan</translation>
    </message>
    <message>
        <source>Lesson periods (JP) for work in a class, or minutes.</source>
        <translation>Jam pelajaran (JP) untuk kegiatan di kelas, atau menit.</translation>
    </message>
    <message>
        <source>How it went, what to do next (no names)</source>
        <translation>Bagaimana jalannya, apa tindak lanjutnya (tanpa nama)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>How it went and what comes next; no names.</source>
        <translation>Bagaimana jalannya dan apa selanjutnya; tanpa nama.</translation>
    </message>
    <message>
        <source>Planned session this activity delivered</source>
        <translation>Sesi terencana yang dilaksanakan kegiatan ini</translation>
    </message>
    <message>
        <source>A session of the BK program, with its RPL; — if it was not planned.</source>
        <translation>Sesi dari program BK, dengan RPL-nya; — jika tidak direncanakan.</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <source>Students:</source>
        <translation>Siswa:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Lama:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Layanan:</translation>
    </message>
    <message>
        <source>Planned (RPL):</source>
        <translation>Rencana (RPL):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Empties the form for a new activity.</source>
        <translation>Mengosongkan formulir untuk kegiatan baru.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Deletes the activity chosen, after asking.</source>
        <translation>Menghapus kegiatan yang dipilih, setelah bertanya.</translation>
    </message>
    <message>
        <source>Add to Log</source>
        <translation>Tambahkan ke Jurnal</translation>
    </message>
    <message>
        <source>Keeps the activity in the log; refused if it names someone.</source>
        <translation>Menyimpan kegiatan di jurnal; ditolak bila menyebut nama seseorang.</translation>
    </message>
    <message>
        <source>The activity log was not read</source>
        <translation>Jurnal kegiatan tidak terbaca</translation>
    </message>
    <message>
        <source>{count} JP</source>
        <translation>{count} JP</translation>
    </message>
    <message>
        <source>{count} min</source>
        <translation>{count} menit</translation>
    </message>
    <message>
        <source>(a planned session)</source>
        <translation>(sesi terencana)</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Simpan Perubahan</translation>
    </message>
    <message>
        <source>The activity was not saved</source>
        <translation>Kegiatan tidak tersimpan</translation>
    </message>
    <message>
        <source>Delete Activity</source>
        <translation>Hapus Kegiatan</translation>
    </message>
    <message>
        <source>Delete this activity from the log? The audit log keeps that it was deleted.</source>
        <translation>Hapus kegiatan ini dari jurnal? Log audit mencatat bahwa kegiatan ini dihapus.</translation>
    </message>
    <message>
        <source>The activity was not deleted</source>
        <translation>Kegiatan tidak terhapus</translation>
    </message>
</context>
<context>
    <name>AddKeyFileDialog</name>
    <message>
        <source>Add a Key File</source>
        <translation>Tambah berkas kunci</translation>
    </message>
    <message>
        <source>From now on the vault opens only with the passphrase AND this key file. Keep the key file apart from the computer, for example on a USB stick you carry with you.</source>
        <translation>Mulai sekarang brankas hanya dapat dibuka dengan frasa sandi DAN berkas kunci ini. Simpan berkas kunci terpisah dari komputer, misalnya di flashdisk USB yang selalu Anda bawa.</translation>
    </message>
    <message>
        <source>Create a new key file</source>
        <translation>Buat berkas kunci baru</translation>
    </message>
    <message>
        <source>Counsel Desk makes a new key file where you choose.</source>
        <translation>Counsel Desk membuat berkas kunci baru di tempat yang Anda pilih.</translation>
    </message>
    <message>
        <source>Use an existing file (it must never change)</source>
        <translation>Gunakan berkas yang sudah ada (berkas ini tidak boleh berubah sama sekali)</translation>
    </message>
    <message>
        <source>A file you already have becomes the key file; if it ever changes, it no longer opens the vault.</source>
        <translation>Berkas yang sudah Anda miliki menjadi berkas kunci; jika berkas itu berubah, brankas tidak dapat dibuka lagi dengannya.</translation>
    </message>
    <message>
        <source>The vault's passphrase, to confirm it is you.</source>
        <translation>Frasa sandi brankas, untuk memastikan bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>Save it as:</source>
        <translation>Simpan sebagai:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>Tambah berkas kunci</translation>
    </message>
    <message>
        <source>From now on the vault opens only with the passphrase and this key file. You get a new recovery key.</source>
        <translation>Mulai sekarang brankas hanya dapat dibuka dengan frasa sandi dan berkas kunci ini. Anda mendapat kunci pemulihan baru.</translation>
    </message>
    <message>
        <source>Adding the key file…</source>
        <translation>Menambahkan berkas kunci…</translation>
    </message>
    <message>
        <source>If the key file is lost or damaged, the passphrase alone no longer opens the vault. The recovery key still does: the vault's key is changed, so you get a new recovery key to print and keep safe. Make a copy of the key file and keep it somewhere else safe.</source>
        <translation>Jika berkas kunci hilang atau rusak, frasa sandi saja tidak lagi dapat membuka brankas. Kunci pemulihan tetap dapat membukanya: kunci enkripsi brankas diganti, jadi Anda mendapat kunci pemulihan baru untuk dicetak dan disimpan baik-baik. Buat salinan berkas kunci dan simpan di tempat aman yang lain.</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an Addendum</source>
        <translation>Tambah adendum</translation>
    </message>
    <message>
        <source>The signed note stays exactly as it was signed. The addendum is added below it with today's date and time.</source>
        <translation>Catatan yang sudah ditandatangani tetap persis seperti saat ditandatangani. Adendum ditambahkan di bawahnya dengan tanggal dan jam hari ini.</translation>
    </message>
    <message>
        <source>What to add to the signed note; it is dated and cannot be changed later.</source>
        <translation>Apa yang ingin ditambahkan pada catatan yang sudah ditandatangani; adendum diberi tanggal dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>e.g. information received after the session; correction</source>
        <translation>mis. informasi yang diterima setelah sesi; koreksi</translation>
    </message>
    <message>
        <source>Addendum:</source>
        <translation>Adendum:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Add Addendum</source>
        <translation>Tambah adendum</translation>
    </message>
    <message>
        <source>Adds the addendum below the signed note, with today's date and time.</source>
        <translation>Menambahkan adendum di bawah catatan yang sudah ditandatangani, dengan tanggal dan jam hari ini.</translation>
    </message>
</context>
<context>
    <name>Akpd</name>
    <message>
        <source>An item needs a text: write the need a student may say yes to.</source>
        <translation>Butir perlu teks: tulis kebutuhan yang dapat dijawab “ya” oleh siswa.</translation>
    </message>
    <message>
        <source>An item is at most {limit} characters long.</source>
        <translation>Butir paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>Say which class the answers are from (for example VIII-B).</source>
        <translation>Sebutkan kelas asal jawaban (misalnya VIII-B).</translation>
    </message>
    <message>
        <source>A class name is at most {limit} characters long.</source>
        <translation>Nama kelas paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>The questionnaire has no items to answer.</source>
        <translation>Angket belum memiliki butir untuk dijawab.</translation>
    </message>
    <message>
        <source>An item is answered twice.</source>
        <translation>Ada butir yang dijawab dua kali.</translation>
    </message>
    <message>
        <source>The answers name an item the questionnaire lacks.</source>
        <translation>Jawaban menyebut butir yang tidak ada di angket.</translation>
    </message>
    <message>
        <source>A yes is given to an item not asked.</source>
        <translation>Ada jawaban “ya” untuk butir yang tidak ditanyakan.</translation>
    </message>
    <message>
        <source>The item is no longer in the questionnaire.</source>
        <translation>Butir ini sudah tidak ada di angket.</translation>
    </message>
    <message>
        <source>Students have answered this item, so it stays with their answers: retire it instead, and it is no longer asked.</source>
        <translation>Siswa sudah menjawab butir ini, jadi butir tetap disimpan bersama jawabannya: nonaktifkan saja, maka butir tidak ditanyakan lagi.</translation>
    </message>
    <message>
        <source>These answers are no longer saved.</source>
        <translation>Jawaban ini sudah tidak tersimpan.</translation>
    </message>
    <message>
        <source>Too few students have answered ({count}) to draft a program from their needs: at least {threshold} are needed.</source>
        <translation>Terlalu sedikit siswa yang menjawab ({count}) untuk menyusun program dari kebutuhannya: paling sedikit {threshold} siswa.</translation>
    </message>
    <message>
        <source>The planned session is no longer saved.</source>
        <translation>Sesi terencana ini sudah tidak tersimpan.</translation>
    </message>
    <message>
        <source>The program of {year}/{next} has no planned activities yet.</source>
        <translation>Program {year}/{next} belum berisi kegiatan terencana.</translation>
    </message>
</context>
<context>
    <name>AnswerForm</name>
    <message>
        <source>the student, in the kiosk</source>
        <translation>oleh siswa, di kios</translation>
    </message>
    <message>
        <source>with the counselor</source>
        <translation>bersama konselor</translation>
    </message>
    <message>
        <source>Day it was filled in</source>
        <translation>Tanggal pengisian</translation>
    </message>
    <message>
        <source>Filled in on:</source>
        <translation>Diisi pada:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Counsel Desk</source>
        <translation>Counsel Desk</translation>
    </message>
    <message>
        <source>Something went wrong inside Counsel Desk.</source>
        <translation>Terjadi kesalahan di dalam Counsel Desk.</translation>
    </message>
    <message>
        <source>Your saved records are safe in the vault. If this keeps happening, lock the vault, restart Counsel Desk and tell your support person what you were doing (without client details).</source>
        <translation>Catatan Anda yang sudah tersimpan aman di brankas. Jika hal ini terus terjadi, kunci brankas, jalankan ulang Counsel Desk, lalu beri tahu petugas dukungan teknis Anda apa yang sedang Anda lakukan (tanpa menyebut data konseli).</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Times are whole minutes.</source>
        <translation>Waktu ditulis dalam menit penuh.</translation>
    </message>
    <message>
        <source>The appointment ends at {end}, before or at its start ({start}): give an end after the start.</source>
        <translation>Janji temu berakhir pukul {end}, sebelum atau tepat pada waktu mulainya ({start}): isi waktu selesai sesudah waktu mulai.</translation>
    </message>
    <message>
        <source>Choose the client (case code).</source>
        <translation>Pilih konseli (kode kasus).</translation>
    </message>
    <message>
        <source>Only an appointment with a client or a parent meeting names a client.</source>
        <translation>Hanya janji temu dengan konseli atau pertemuan orang tua/wali yang menyebut konseli.</translation>
    </message>
    <message>
        <source>Write the class (VIII-B) or the group this is with.</source>
        <translation>Tulis kelas (VIII-B) atau kelompok yang ditemui.</translation>
    </message>
    <message>
        <source>Keep it to {limit} characters.</source>
        <translation>Paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>A reminder comes 0, 5, 10, 15, 30 or 60 minutes before.</source>
        <translation>Pengingat muncul 0, 5, 10, 15, 30, atau 60 menit sebelumnya.</translation>
    </message>
    <message>
        <source>Choose the client, or write the student's name as it came.</source>
        <translation>Pilih konseli, atau tulis nama siswa seperti yang tertulis di permintaan.</translation>
    </message>
    <message>
        <source>A request is from a client or from a name, not both.</source>
        <translation>Permintaan berasal dari konseli atau dari sebuah nama, tidak keduanya.</translation>
    </message>
    <message>
        <source>The day is in the future.</source>
        <translation>Tanggalnya belum tiba.</translation>
    </message>
    <message>
        <source>Say why the request is closed.</source>
        <translation>Tulis alasan permintaan ini ditutup.</translation>
    </message>
    <message>
        <source>The appointment is no longer in the vault.</source>
        <translation>Janji temu ini sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>The request to talk is no longer in the vault.</source>
        <translation>Permintaan konseling ini sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>The client is no longer in the vault.</source>
        <translation>Konseli ini sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>This request was already dealt with: it is not open.</source>
        <translation>Permintaan ini sudah ditangani: statusnya tidak terbuka lagi.</translation>
    </message>
    <message>
        <source>“{words}” is a case code. A class appointment names the class (VIII-B).</source>
        <translation>“{words}” adalah kode kasus. Janji temu dengan kelas menyebut kelasnya (VIII-B).</translation>
    </message>
    <message>
        <source>“{words}” is the name of a student in your vault. Appointments keep no names: write her case code {code} instead, or leave it out.</source>
        <translation>“{words}” adalah nama siswa di brankas Anda. Janji temu tidak menyimpan nama: tulis kode kasusnya, {code}, atau hapus saja.</translation>
    </message>
    <message>
        <source>“{words}” is in the record of {code}. Appointments keep no names or identifying details: leave it out or write the case code.</source>
        <translation>“{words}” ada di berkas kasus {code}. Janji temu tidak menyimpan nama atau data pengenal: hapus, atau tulis kode kasusnya.</translation>
    </message>
    <message>
        <source>“{words}” is a name your vault knows (a request to talk or your never-print list). Appointments keep no names: leave it out.</source>
        <translation>“{words}” adalah nama yang dikenal brankas Anda (dari permintaan konseling atau daftar jangan dicetak). Janji temu tidak menyimpan nama: hapus saja.</translation>
    </message>
</context>
<context>
    <name>AppointmentsDialog</name>
    <message>
        <source>Appointments</source>
        <translation>Janji Temu</translation>
    </message>
    <message>
        <source>◀ Previous Week</source>
        <translation>◀ Minggu Sebelumnya</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Minggu sebelumnya</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Minggu Ini</translation>
    </message>
    <message>
        <source>Shows the week of today.</source>
        <translation>Menampilkan minggu hari ini.</translation>
    </message>
    <message>
        <source>Next Week ▶</source>
        <translation>Minggu Berikutnya ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Minggu berikutnya</translation>
    </message>
    <message>
        <source>Snap to {minutes} min</source>
        <translation>Geser per {minutes} menit</translation>
    </message>
    <message>
        <source>Snap when moving</source>
        <translation>Langkah saat memindahkan</translation>
    </message>
    <message>
        <source>A dragged appointment starts on a multiple of this many minutes.</source>
        <translation>Janji temu yang diseret dimulai pada kelipatan menit ini.</translation>
    </message>
    <message>
        <source>Export Week to Calendar…</source>
        <translation>Ekspor Jadwal Minggu Ini ke Kalender…</translation>
    </message>
    <message>
        <source>Writes this week as an .ics file for a phone's calendar: case codes only.</source>
        <translation>Menulis jadwal minggu ini sebagai berkas .ics untuk kalender ponsel: hanya kode kasus.</translation>
    </message>
    <message>
        <source>Undo Move</source>
        <translation>Batalkan Pemindahan</translation>
    </message>
    <message>
        <source>Puts the appointment moved last back.</source>
        <translation>Mengembalikan janji temu yang terakhir dipindahkan.</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Dengan siapa</translation>
    </message>
    <message>
        <source>Client (case code)</source>
        <translation>Konseli (kode kasus)</translation>
    </message>
    <message>
        <source>VIII-B, or the group</source>
        <translation>VIII-B, atau kelompoknya</translation>
    </message>
    <message>
        <source>Class or group</source>
        <translation>Kelas atau kelompok</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Mulai pukul</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Selesai pukul</translation>
    </message>
    <message>
        <source>Ruang BK (optional)</source>
        <translation>Ruang BK (tidak wajib)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Short purpose, no names: write the case code</source>
        <translation>Tujuan singkat, tanpa nama: tulis kode kasus</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>A few words; a name from the vault is refused. It never goes to the calendar.</source>
        <translation>Beberapa kata saja; nama dari brankas ditolak. Tujuan tidak pernah masuk ke kalender.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Tanpa pengingat</translation>
    </message>
    <message>
        <source>{minutes} min before</source>
        <translation>{minutes} menit sebelumnya</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Dengan:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Konseli:</translation>
    </message>
    <message>
        <source>Class or group:</source>
        <translation>Kelas atau kelompok:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Hari:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Pengingat:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Empties the form for a new appointment.</source>
        <translation>Mengosongkan formulir untuk janji temu baru.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Deletes the appointment chosen, after asking.</source>
        <translation>Menghapus janji temu yang dipilih, setelah bertanya.</translation>
    </message>
    <message>
        <source>Save Appointment</source>
        <translation>Simpan Janji Temu</translation>
    </message>
    <message>
        <source>Keeps the appointment; an overlap is shown, not refused.</source>
        <translation>Menyimpan janji temu; jadwal yang bertabrakan ditandai, tidak ditolak.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Melalui</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Tingkat urgensi</translation>
    </message>
    <message>
        <source>Requests to talk</source>
        <translation>Permintaan konseling</translation>
    </message>
    <message>
        <source>Open requests, urgent first, then the oldest.</source>
        <translation>Permintaan yang masih terbuka: yang mendesak dulu, lalu yang paling lama.</translation>
    </message>
    <message>
        <source>From a client</source>
        <translation>Dari konseli</translation>
    </message>
    <message>
        <source>or the name as written on the slip</source>
        <translation>atau nama seperti tertulis di kertas permintaan</translation>
    </message>
    <message>
        <source>Student's name (not yet a client)</source>
        <translation>Nama siswa (belum menjadi konseli)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Diterima tanggal</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Melalui apa</translation>
    </message>
    <message>
        <source>Short reason</source>
        <translation>Alasan singkat</translation>
    </message>
    <message>
        <source>Add Request</source>
        <translation>Tambah Permintaan</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Jadwalkan…</translation>
    </message>
    <message>
        <source>Fills the appointment form for the request chosen; saving books it.</source>
        <translation>Mengisi formulir janji temu untuk permintaan yang dipilih; menyimpannya berarti menjadwalkan.</translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation>Buka Berkas Kasus…</translation>
    </message>
    <message>
        <source>Opens a case record for the student of the request chosen, after asking.</source>
        <translation>Membuka berkas kasus untuk siswa dari permintaan yang dipilih, setelah bertanya.</translation>
    </message>
    <message>
        <source>Why it is closed</source>
        <translation>Alasan ditutup</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Alasan penutupan</translation>
    </message>
    <message>
        <source>Close Request</source>
        <translation>Tutup Permintaan</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Diterima:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Melalui:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgensi:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Janji Temu</translation>
    </message>
    <message>
        <source>The appointment chosen in the week, or a new one</source>
        <translation>Janji temu yang dipilih di jadwal minggu ini, atau yang baru</translation>
    </message>
    <message>
        <source>Requests to Talk</source>
        <translation>Permintaan Konseling</translation>
    </message>
    <message>
        <source>Students' requests to talk: schedule, open a case, or close</source>
        <translation>Permintaan konseling dari siswa: jadwalkan, buka berkas kasus, atau tutup</translation>
    </message>
    <message>
        <source>Shows the week before.</source>
        <translation>Menampilkan minggu sebelumnya.</translation>
    </message>
    <message>
        <source>Shows the week after.</source>
        <translation>Menampilkan minggu berikutnya.</translation>
    </message>
    <message>
        <source>A client, a group, a class, a parent meeting or other.</source>
        <translation>Konseli, kelompok, kelas, pertemuan orang tua, atau lainnya.</translation>
    </message>
    <message>
        <source>The client by case code, for counseling or a parent meeting.</source>
        <translation>Konseli menurut kode kasus, untuk konseling atau pertemuan orang tua.</translation>
    </message>
    <message>
        <source>The day of the appointment.</source>
        <translation>Hari janji temu.</translation>
    </message>
    <message>
        <source>When it starts, hours and minutes.</source>
        <translation>Waktu mulai, jam dan menit.</translation>
    </message>
    <message>
        <source>When it ends: after the start.</source>
        <translation>Waktu selesai: sesudah waktu mulai.</translation>
    </message>
    <message>
        <source>Planned, held, cancelled or no-show.</source>
        <translation>Direncanakan, terlaksana, dibatalkan, atau tidak hadir.</translation>
    </message>
    <message>
        <source>How long before the start the reminder comes.</source>
        <translation>Berapa lama sebelum mulai pengingat muncul.</translation>
    </message>
    <message>
        <source>The student, when she is a client of the vault.</source>
        <translation>Siswa, bila ia sudah menjadi konseli di brankas.</translation>
    </message>
    <message>
        <source>The day the request came.</source>
        <translation>Tanggal permintaan diterima.</translation>
    </message>
    <message>
        <source>A paper slip, a message, in person, a teacher …</source>
        <translation>Kertas permintaan, pesan, langsung, melalui guru …</translation>
    </message>
    <message>
        <source>How soon she should be seen.</source>
        <translation>Seberapa cepat ia perlu ditemui.</translation>
    </message>
    <message>
        <source>A few words on why she asks to talk.</source>
        <translation>Beberapa kata tentang alasan ia ingin berbicara.</translation>
    </message>
    <message>
        <source>Puts the request in the queue.</source>
        <translation>Memasukkan permintaan ke antrean.</translation>
    </message>
    <message>
        <source>Closes the request chosen, with the reason typed.</source>
        <translation>Menutup permintaan yang dipilih, dengan alasan yang diketik.</translation>
    </message>
    <message>
        <source>The appointments could not be read</source>
        <translation>Janji temu tidak dapat dibaca</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{count} appointments this week overlap another (marked with !).</source>
        <translation>{count} janji temu minggu ini bertabrakan dengan yang lain (ditandai !).</translation>
    </message>
    <message>
        <source>Soon: {start} {title}</source>
        <translation>Segera: {start} {title}</translation>
    </message>
    <message>
        <source>The appointment was not moved</source>
        <translation>Janji temu tidak dipindahkan</translation>
    </message>
    <message>
        <source>The move was not undone</source>
        <translation>Pemindahan tidak dibatalkan</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Appointment held</source>
        <translation>Janji temu terlaksana</translation>
    </message>
    <message>
        <source>The appointment with {code} was held. Write its session note now?</source>
        <translation>Janji temu dengan {code} sudah terlaksana. Tulis catatan sesinya sekarang?</translation>
    </message>
    <message>
        <source>Delete the appointment?</source>
        <translation>Hapus janji temu ini?</translation>
    </message>
    <message>
        <source>The appointment is deleted from the vault.</source>
        <translation>Janji temu akan dihapus dari brankas.</translation>
    </message>
    <message>
        <source>The appointment was not deleted</source>
        <translation>Janji temu tidak dihapus</translation>
    </message>
    <message>
        <source>Export Week to Calendar</source>
        <translation>Ekspor Jadwal ke Kalender</translation>
    </message>
    <message>
        <source>The file holds, for each appointment from {first} to {last}: the day, the start and end, the kind with a case code or a class (“Konseling — BK-007”, “Kelas VIII-B”), its status and its reminder.

It never holds a name, the purpose, the place, a concern or a note. The file is not encrypted: anyone with the phone sees the case codes and times.</source>
        <translation>Untuk setiap janji temu dari {first} sampai {last}, berkas ini memuat: hari, waktu mulai dan selesai, jenisnya dengan kode kasus atau kelas (“Konseling — BK-007”, “Kelas VIII-B”), statusnya, dan pengingatnya.

Berkas ini tidak pernah memuat nama, tujuan, tempat, masalah, atau catatan. Berkas ini tidak tersandi (terenkripsi): siapa pun yang memegang ponsel dapat melihat kode kasus dan waktunya.</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Berkas kalender (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>Kalender tidak ditulis</translation>
    </message>
    <message>
        <source>{count} appointments written to {file}.</source>
        <translation>{count} janji temu ditulis ke {file}.</translation>
    </message>
    <message>
        <source>The requests could not be read</source>
        <translation>Permintaan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>— not a client yet —</source>
        <translation>— belum menjadi konseli —</translation>
    </message>
    <message>
        <source>Book for the Request</source>
        <translation>Jadwalkan untuk Permintaan Ini</translation>
    </message>
    <message>
        <source>Booking for the request of {day}: choose the day and time, then save.</source>
        <translation>Menjadwalkan permintaan tanggal {day}: pilih hari dan waktu, lalu simpan.</translation>
    </message>
    <message>
        <source>Open a case?</source>
        <translation>Buka berkas kasus?</translation>
    </message>
    <message>
        <source>Open a case record for {who}? The request leaves the queue.</source>
        <translation>Buka berkas kasus untuk {who}? Permintaan ini keluar dari antrean.</translation>
    </message>
    <message>
        <source>The case was not opened</source>
        <translation>Berkas kasus tidak dibuka</translation>
    </message>
    <message>
        <source>Case {code} opened: complete the profile in the caseload.</source>
        <translation>Berkas kasus {code} dibuka: lengkapi profilnya di daftar konseli.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Self-harm answer</source>
        <translation>Jawaban melukai diri sendiri</translation>
    </message>
    <message>
        <source>Draft note</source>
        <translation>Draf catatan</translation>
    </message>
    <message>
        <source>No guardian consent</source>
        <translation>Belum ada persetujuan orang tua/wali</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risiko tinggi</translation>
    </message>
    <message>
        <source>No recent session</source>
        <translation>Tidak ada sesi baru-baru ini</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Persetujuan belum ada</translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation>Persetujuan akan berakhir</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Konseli</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>audit entry {id} is missing</source>
        <translation>entri audit {id} hilang</translation>
    </message>
    <message>
        <source>audit entry {id} was altered</source>
        <translation>entri audit {id} telah diubah</translation>
    </message>
    <message>
        <source>the newest audit entries were removed ({found} of {expected} remain)</source>
        <translation>entri audit terbaru telah dihapus (tersisa {found} dari {expected})</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Brankas dibuat</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Brankas dibuka</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Brankas dikunci</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frasa sandi diganti</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Dibuka dengan kunci pemulihan</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Kunci pemulihan diganti</translation>
    </message>
    <message>
        <source>Audit entries lost (the disk was full)</source>
        <translation>Entri log audit hilang (disk penuh)</translation>
    </message>
    <message>
        <source>Key file added</source>
        <translation>Berkas kunci ditambahkan</translation>
    </message>
    <message>
        <source>Key file removed</source>
        <translation>Berkas kunci dilepas</translation>
    </message>
    <message>
        <source>Failed unlock attempts</source>
        <translation>Percobaan membuka brankas yang gagal</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Dipulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Vault moved to another folder</source>
        <translation>Brankas dipindahkan ke folder lain</translation>
    </message>
    <message>
        <source>Client records destroyed</source>
        <translation>Catatan konseli dimusnahkan</translation>
    </message>
    <message>
        <source>Legal hold set</source>
        <translation>Penangguhan pemusnahan (keperluan hukum) ditetapkan</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Penangguhan pemusnahan dicabut</translation>
    </message>
    <message>
        <source>Vault upgraded</source>
        <translation>Brankas diperbarui</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Konseli ditambahkan</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profil diubah</translation>
    </message>
    <message>
        <source>Record viewed</source>
        <translation>Catatan dilihat</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Kasus ditutup</translation>
    </message>
    <message>
        <source>New school year started</source>
        <translation>Tahun ajaran baru dimulai</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Catatan disimpan</translation>
    </message>
    <message>
        <source>Note signed</source>
        <translation>Catatan ditandatangani</translation>
    </message>
    <message>
        <source>Addendum added</source>
        <translation>Adendum ditambahkan</translation>
    </message>
    <message>
        <source>Note struck</source>
        <translation>Catatan dicoret</translation>
    </message>
    <message>
        <source>Draft discarded</source>
        <translation>Draf dibuang</translation>
    </message>
    <message>
        <source>Duty-to-warn action recorded</source>
        <translation>Tindakan kewajiban memperingatkan dicatat</translation>
    </message>
    <message>
        <source>Service classified</source>
        <translation>Layanan diklasifikasikan</translation>
    </message>
    <message>
        <source>Activity saved</source>
        <translation>Kegiatan disimpan</translation>
    </message>
    <message>
        <source>Activity deleted</source>
        <translation>Kegiatan dihapus</translation>
    </message>
    <message>
        <source>Appointment saved</source>
        <translation>Janji temu disimpan</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>Janji temu dipindahkan</translation>
    </message>
    <message>
        <source>Appointment deleted</source>
        <translation>Janji temu dihapus</translation>
    </message>
    <message>
        <source>Request to talk saved</source>
        <translation>Permintaan konseling disimpan</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Jadwal diekspor ke kalender</translation>
    </message>
    <message>
        <source>Needs-assessment items changed</source>
        <translation>Butir AKPD diubah</translation>
    </message>
    <message>
        <source>Needs-assessment answers saved</source>
        <translation>Jawaban AKPD disimpan</translation>
    </message>
    <message>
        <source>Needs-assessment answers deleted</source>
        <translation>Jawaban AKPD dihapus</translation>
    </message>
    <message>
        <source>BK program saved</source>
        <translation>Program BK disimpan</translation>
    </message>
    <message>
        <source>Referral saved</source>
        <translation>Alih tangan kasus disimpan</translation>
    </message>
    <message>
        <source>Screening result saved</source>
        <translation>Hasil skrining disimpan</translation>
    </message>
    <message>
        <source>Screening result struck as entered in error</source>
        <translation>Hasil skrining dicoret karena salah catat</translation>
    </message>
    <message>
        <source>Career-interest inventory saved</source>
        <translation>Inventori minat karier disimpan</translation>
    </message>
    <message>
        <source>Career-interest inventory struck as entered in error</source>
        <translation>Inventori minat karier dicoret karena salah catat</translation>
    </message>
    <message>
        <source>Referral letter numbered</source>
        <translation>Surat alih tangan kasus diberi nomor</translation>
    </message>
    <message>
        <source>Class list imported</source>
        <translation>Daftar kelas diimpor</translation>
    </message>
    <message>
        <source>Sociometry round saved</source>
        <translation>Putaran sosiometri disimpan</translation>
    </message>
    <message>
        <source>Sociometry round deleted</source>
        <translation>Putaran sosiometri dihapus</translation>
    </message>
    <message>
        <source>Sociometry choices saved</source>
        <translation>Pilihan sosiometri disimpan</translation>
    </message>
    <message>
        <source>Sociometry choices cleared</source>
        <translation>Pilihan sosiometri dikosongkan</translation>
    </message>
    <message>
        <source>Consent signed</source>
        <translation>Persetujuan ditandatangani</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>Persetujuan dicabut</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>Persetujuan kedaluwarsa</translation>
    </message>
    <message>
        <source>Consent scan attached</source>
        <translation>Pindaian persetujuan dilampirkan</translation>
    </message>
    <message>
        <source>Caseload imported</source>
        <translation>Daftar konseli diimpor</translation>
    </message>
    <message>
        <source>Export written</source>
        <translation>Ekspor dibuat</translation>
    </message>
    <message>
        <source>Change of the vault's key started</source>
        <translation>Penggantian kunci enkripsi brankas dimulai</translation>
    </message>
    <message>
        <source>Vault's key changed</source>
        <translation>Kunci enkripsi brankas diganti</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Every unlock, change, signature, export and destruction is recorded here, by case code, never with the content of a record. Each entry is sealed to the one before it, so an edited, removed or reordered entry is detected by Verify.</source>
        <translation>Setiap pembukaan brankas, perubahan, tanda tangan, ekspor, dan pemusnahan dicatat di sini menurut kode kasus, tanpa pernah menyertakan isi catatan. Setiap entri disegel ke entri sebelumnya, sehingga entri yang diubah, dihapus, atau diubah urutannya akan terdeteksi saat Anda menekan Verifikasi.</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>Which kind of entry the trail lists, or all of them.</source>
        <translation>Jenis entri yang ditampilkan jejak audit, atau semuanya.</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Saring:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entri audit</translation>
    </message>
    <message>
        <source>Everything done in the vault, newest first: when, what and for which case.</source>
        <translation>Semua yang dilakukan di brankas, yang terbaru di atas: kapan, apa, dan untuk kasus mana.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Checks that no entry of the trail was changed or taken out.</source>
        <translation>Memeriksa bahwa tidak ada entri jejak audit yang diubah atau dihapus.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Saves the entries listed as a CSV file where you choose; it is not encrypted.</source>
        <translation>Menyimpan entri yang ditampilkan sebagai berkas CSV di tempat yang Anda pilih; berkas itu tidak terenkripsi.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Closes the audit trail.</source>
        <translation>Menutup jejak audit.</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} dari {total}</translation>
    </message>
    <message>
        <source>Checking the encrypted pages, the database and the audit chain…</source>
        <translation>Memeriksa halaman terenkripsi, basis data, dan rantai audit…</translation>
    </message>
    <message>
        <source>Verified: the encrypted pages, the database and all {count} audit entries are intact.</source>
        <translation>Terverifikasi: halaman terenkripsi, basis data, dan seluruh {count} entri audit utuh.</translation>
    </message>
    <message>
        <source>Problems found: {problems}. Restore from a backup made before this.</source>
        <translation>Ditemukan masalah: {problems}. Pulihkan dari cadangan yang dibuat sebelum masalah ini terjadi.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The export could not be written: {reason}.</source>
        <translation>Berkas ekspor tidak dapat ditulis: {reason}.</translation>
    </message>
    <message>
        <source>Exported {count} entries to {path}. The file holds case codes and actions, no names, and is not encrypted.</source>
        <translation>{count} entri diekspor ke {path}. Berkas ini berisi kode kasus dan tindakan, tanpa nama, dan tidak terenkripsi.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back Up Now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>The backup is a copy of the encrypted vault in one file. It opens with the passphrase (or recovery key) the vault has today.</source>
        <translation>Cadangan adalah salinan brankas terenkripsi dalam satu berkas. Cadangan dibuka dengan frasa sandi (atau kunci pemulihan) yang berlaku untuk brankas saat ini.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Berkas cadangan:</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Cadangkan</translation>
    </message>
    <message>
        <source>Writes an encrypted copy of the vault to the backup file shown.</source>
        <translation>Menulis salinan brankas yang terenkripsi ke berkas cadangan yang ditampilkan.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Backup saved: {name} ({size}). Keep it on another disk or a USB stick.</source>
        <translation>Cadangan tersimpan: {name} ({size}). Simpan di disk lain atau di flashdisk USB.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <source>Back up automatically when the vault locks or closes</source>
        <translation>Cadangkan otomatis saat brankas dikunci atau ditutup</translation>
    </message>
    <message>
        <source>Tick it to make a backup each time the vault locks or Counsel Desk closes.</source>
        <translation>Centang untuk membuat cadangan setiap kali brankas dikunci atau Counsel Desk ditutup.</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> cadangan</translation>
    </message>
    <message>
        <source>How many of the newest backups are always kept; older ones are deleted.</source>
        <translation>Berapa cadangan terbaru yang selalu disimpan; cadangan yang lebih lama dihapus.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Besides the newest, one backup of each day is kept for this many days.</source>
        <translation>Selain yang terbaru, satu cadangan per hari disimpan selama sekian hari ini.</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Simpan yang terbaru:</translation>
    </message>
    <message>
        <source>And one a day for:</source>
        <translation>Serta satu cadangan per hari selama:</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Folder cadangan:</translation>
    </message>
    <message>
        <source>Backups of this vault</source>
        <translation>Cadangan brankas ini</translation>
    </message>
    <message>
        <source>Each backup in the backup folder: when it was made, its size and file.</source>
        <translation>Setiap cadangan di folder cadangan: kapan dibuat, ukurannya, dan berkasnya.</translation>
    </message>
    <message>
        <source>Backups of this vault: {count}</source>
        <translation>Jumlah cadangan brankas ini: {count}</translation>
    </message>
    <message>
        <source>Backups are encrypted like the vault and open with the passphrase (or recovery key) the vault had when they were made. Copy them to another disk from time to time: a backup on the same laptop does not survive its loss.</source>
        <translation>Cadangan terenkripsi seperti brankas dan dibuka dengan frasa sandi (atau kunci pemulihan) yang berlaku saat cadangan dibuat. Sesekali salin cadangan ke disk lain: cadangan yang berada di laptop yang sama ikut hilang jika laptop itu hilang atau rusak.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>This backup cannot be used: {why}. Nothing was changed.</source>
        <translation>Cadangan ini tidak dapat digunakan: {why}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup could not be written: the drive it was going to was removed or cannot be reached ({reason}). No backup was made there; the vault is unchanged. Reconnect the drive and back up again.</source>
        <translation>Cadangan tidak dapat ditulis: drive tujuannya telah dicabut atau tidak dapat dijangkau ({reason}). Tidak ada cadangan yang dibuat di sana; brankas tidak berubah. Sambungkan kembali drive itu lalu buat cadangan lagi.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}.</source>
        <translation>Cadangan tidak dapat ditulis: {reason}.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked: a drive it was read from or written to was removed or cannot be reached ({reason}). Nothing was restored and nothing was left behind. Reconnect the drive and restore again.</source>
        <translation>Cadangan tidak dapat diekstrak: drive tempat cadangan dibaca atau ditulis telah dicabut atau tidak dapat dijangkau ({reason}). Tidak ada yang dipulihkan dan tidak ada yang tertinggal. Sambungkan kembali drive itu lalu pulihkan lagi.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked: {reason}.</source>
        <translation>Cadangan tidak dapat diekstrak: {reason}.</translation>
    </message>
    <message>
        <source>{folder} is a symbolic link: restore into a new folder of its own. Nothing was changed.</source>
        <translation>{folder} adalah tautan simbolis: pulihkan ke folder baru tersendiri. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>it belongs to another vault</source>
        <translation>cadangan ini berasal dari brankas lain</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be used: {reason}.</source>
        <translation>Folder cadangan {folder} tidak dapat digunakan: {reason}.</translation>
    </message>
</context>
<context>
    <name>BkProgram</name>
    <message>
        <source>Say what the planned activity is about.</source>
        <translation>Sebutkan topik kegiatan yang direncanakan.</translation>
    </message>
    <message>
        <source>A topic is at most {limit} characters long.</source>
        <translation>Topik paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>A class level is at most {limit} characters.</source>
        <translation>Tingkat kelas paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>The length is 1 to {limit} JP.</source>
        <translation>Durasi 1 sampai {limit} JP.</translation>
    </message>
    <message>
        <source>The month is not in the school year {year}/{next}.</source>
        <translation>Bulan ini tidak termasuk tahun ajaran {year}/{next}.</translation>
    </message>
    <message>
        <source>A part of the RPL is at most {limit} characters.</source>
        <translation>Satu bagian RPL paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>After the session, students can say what helps with this need and choose one step to try themselves.</source>
        <translation>Setelah layanan, siswa dapat menyebutkan hal yang membantu mengatasi kebutuhan ini dan memilih satu langkah untuk dicoba sendiri.</translation>
    </message>
    <message>
        <source>Short talk, discussion in small groups, reflection</source>
        <translation>Ceramah singkat, diskusi kelompok kecil, refleksi</translation>
    </message>
    <message>
        <source>Slides or a poster, a worksheet, a whiteboard and markers</source>
        <translation>Tayangan salindia atau poster, lembar kerja, papan tulis dan spidol</translation>
    </message>
    <message>
        <source>Greeting and prayer; checking who is present; an ice-breaker; agreeing the aim of the session.</source>
        <translation>Salam dan doa; memeriksa kehadiran; permainan pencair suasana; menyepakati tujuan layanan.</translation>
    </message>
    <message>
        <source>A short talk on the topic; groups discuss an example case on the worksheet; each group shares its answers; the counselor draws the points together.</source>
        <translation>Penyampaian singkat topik; kelompok mendiskusikan contoh kasus pada lembar kerja; setiap kelompok menyampaikan hasilnya; guru BK merangkum pokok-pokoknya.</translation>
    </message>
    <message>
        <source>Summing up together; each student writes one step to try; closing prayer.</source>
        <translation>Menyimpulkan bersama; setiap siswa menulis satu langkah yang akan dicoba; doa penutup.</translation>
    </message>
    <message>
        <source>Process: how students take part in the discussion. Result: the written step and a short reflection (what I understood, what I feel, what I will do).</source>
        <translation>Proses: keterlibatan siswa dalam diskusi. Hasil: langkah yang ditulis dan refleksi singkat (yang saya pahami, yang saya rasakan, yang akan saya lakukan).</translation>
    </message>
</context>
<context>
    <name>BkReportDialog</name>
    <message>
        <source>BK Service Report</source>
        <translation>Laporan Pelaksanaan Layanan BK</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Length of one lesson period (JP)</source>
        <translation>Lama satu jam pelajaran (JP)</translation>
    </message>
    <message>
        <source>Minutes in one JP: 40 in an SMP, 45 in an SMA. Kept in the vault.</source>
        <translation>Menit dalam satu JP: 40 di SMP, 45 di SMA. Disimpan di brankas.</translation>
    </message>
    <message>
        <source>Day the school year starts</source>
        <translation>Tanggal mulai tahun ajaran</translation>
    </message>
    <message>
        <source>The day of the month, 1 to 31.</source>
        <translation>Tanggal dalam bulan itu, 1 sampai 31.</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Month the school year starts</source>
        <translation>Bulan mulai tahun ajaran</translation>
    </message>
    <message>
        <source>Mid-July in Indonesia; many English-medium schools start in August.</source>
        <translation>Pertengahan Juli di Indonesia; banyak sekolah berbahasa pengantar Inggris mulai pada bulan Agustus.</translation>
    </message>
    <message>
        <source>Keep Settings</source>
        <translation>Simpan Pengaturan</translation>
    </message>
    <message>
        <source>Keeps the JP length and the year's start in the vault.</source>
        <translation>Menyimpan lama JP dan awal tahun ajaran di brankas.</translation>
    </message>
    <message>
        <source>One JP:</source>
        <translation>Satu JP:</translation>
    </message>
    <message>
        <source>School year starts on:</source>
        <translation>Tahun ajaran mulai:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Tahun ajaran</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Jenis periode</translation>
    </message>
    <message>
        <source>A month, a semester or a whole school year.</source>
        <translation>Satu bulan, satu semester, atau satu tahun ajaran penuh.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Which month, semester or school year the report counts.</source>
        <translation>Bulan, semester, atau tahun ajaran yang dihitung laporan.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Tampilkan laporan</translation>
    </message>
    <message>
        <source>Counts the sessions and activities of the period and shows the figures.</source>
        <translation>Menghitung sesi dan kegiatan pada periode itu lalu menampilkan angkanya.</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Bahasa berkas</translation>
    </message>
    <message>
        <source>The language the saved report is written in.</source>
        <translation>Bahasa yang dipakai untuk laporan yang disimpan.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Saves the report shown as a PDF where you choose. It names no one.</source>
        <translation>Menyimpan laporan yang ditampilkan sebagai PDF di tempat yang Anda pilih. Laporan itu tidak menyebut nama siapa pun.</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Simpan XLSX…</translation>
    </message>
    <message>
        <source>Saves the report shown as a spreadsheet where you choose. It names no one.</source>
        <translation>Menyimpan laporan yang ditampilkan sebagai lembar kerja (spreadsheet) di tempat yang Anda pilih. Laporan itu tidak menyebut nama siapa pun.</translation>
    </message>
    <message>
        <source>File in:</source>
        <translation>Berkas dalam:</translation>
    </message>
    <message>
        <source>Classified contacts</source>
        <translation>Layanan yang sudah diklasifikasi</translation>
    </message>
    <message>
        <source>Sessions not yet classified</source>
        <translation>Sesi yang belum diklasifikasi</translation>
    </message>
    <message>
        <source>Workload (JP) / norm</source>
        <translation>Beban kerja (JP) / norma</translation>
    </message>
    <message>
        <source>Direct + indirect (target ≥ 80 %)</source>
        <translation>Langsung + tidak langsung (target ≥ 80 %)</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Menurut layanan</translation>
    </message>
    <message>
        <source>Contacts by komponen, strategi and bidang</source>
        <translation>Layanan menurut komponen, strategi, dan bidang</translation>
    </message>
    <message>
        <source>Classical guidance</source>
        <translation>Bimbingan klasikal</translation>
    </message>
    <message>
        <source>Classical guidance by class</source>
        <translation>Bimbingan klasikal per kelas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Alih tangan kasus</translation>
    </message>
    <message>
        <source>Referrals of the period by agency and by outcome</source>
        <translation>Alih tangan kasus pada periode ini menurut lembaga dan hasilnya</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>The program's planned sessions and those carried out, by month</source>
        <translation>Layanan yang direncanakan dalam program dan yang terlaksana, per bulan</translation>
    </message>
    <message>
        <source>Visits and conferences</source>
        <translation>Kunjungan dan konferensi</translation>
    </message>
    <message>
        <source>Home visits, case conferences</source>
        <translation>Kunjungan rumah, konferensi kasus</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Beban kerja</translation>
    </message>
    <message>
        <source>Lesson periods (JP) against the norm</source>
        <translation>Jam pelajaran (JP) dibandingkan dengan norma</translation>
    </message>
    <message>
        <source>ASCA use of time</source>
        <translation>Penggunaan waktu (ASCA)</translation>
    </message>
    <message>
        <source>Share of time by ASCA category</source>
        <translation>Bagian waktu menurut kategori ASCA</translation>
    </message>
    <message>
        <source>No names, case codes or dates of birth. Counts of 1–4 are shown as “&lt;5”; a cell that would let a hidden count be worked out from the total is shown as “*”. The ASCA split shows time only. A contact with two bidang counts once for each.</source>
        <translation>Tanpa nama, kode kasus, atau tanggal lahir. Jumlah 1–4 ditampilkan sebagai “&lt;5”; sel yang memungkinkan jumlah tersembunyi dihitung dari totalnya ditampilkan sebagai “*”. Pembagian waktu ASCA hanya menampilkan waktu. Layanan dengan dua bidang dihitung satu kali untuk setiap bidang.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Closes the report.</source>
        <translation>Menutup laporan.</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Sekolah:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Kept in the vault.</source>
        <translation>Disimpan di brankas.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Share of time (%)</source>
        <translation>Bagian waktu (%)</translation>
    </message>
    <message>
        <source>Sessions of the period not yet classified: {count}. Classify them in their notes (komponen, bidang, strategi).</source>
        <translation>Sesi pada periode ini yang belum diklasifikasi: {count}. Klasifikasikan di catatan sesinya (komponen, bidang, strategi).</translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Report as a Spreadsheet</source>
        <translation>Simpan laporan sebagai lembar kerja</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Menulis berkas…</translation>
    </message>
    <message>
        <source>Saved. The file is not encrypted; it holds figures only, checked for names, case codes and dates of birth.</source>
        <translation>Tersimpan. Berkas ini tidak dienkripsi; isinya hanya angka, sudah diperiksa dari nama, kode kasus, dan tanggal lahir.</translation>
    </message>
</context>
<context>
    <name>BkReportPdf</name>
    <message>
        <source>BK service report</source>
        <translation>Laporan pelaksanaan layanan BK</translation>
    </message>
    <message>
        <source>Month {key}: {start} – {end}</source>
        <translation>Bulan {key}: {start} – {end}</translation>
    </message>
    <message>
        <source>Semester {key}: {start} – {end}</source>
        <translation>Semester {key}: {start} – {end}</translation>
    </message>
    <message>
        <source>School year {key}: {start} – {end}</source>
        <translation>Tahun ajaran {key}: {start} – {end}</translation>
    </message>
    <message>
        <source>Figures only: no names, case codes or dates of birth</source>
        <translation>Hanya angka: tanpa nama, kode kasus, atau tanggal lahir</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Classified contacts (sessions and activities)</source>
        <translation>Layanan yang sudah diklasifikasi (sesi dan kegiatan)</translation>
    </message>
    <message>
        <source>Client sessions</source>
        <translation>Sesi konseli</translation>
    </message>
    <message>
        <source>Activities logged</source>
        <translation>Kegiatan yang dicatat</translation>
    </message>
    <message>
        <source>Sessions not yet classified (komponen, bidang, strategi)</source>
        <translation>Sesi yang belum diklasifikasi (komponen, bidang, strategi)</translation>
    </message>
    <message>
        <source>Activities not yet classified</source>
        <translation>Kegiatan yang belum diklasifikasi</translation>
    </message>
    <message>
        <source>Contacts by komponen, strategi and bidang</source>
        <translation>Layanan menurut komponen, strategi, dan bidang</translation>
    </message>
    <message>
        <source>A contact with two bidang counts once for each: the bidang columns do not add up to the contacts.</source>
        <translation>Layanan dengan dua bidang dihitung satu kali untuk setiap bidang: jumlah kolom bidang tidak sama dengan jumlah layanan.</translation>
    </message>
    <message>
        <source>Komponen — strategi</source>
        <translation>Komponen — strategi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>No classified contact in the period.</source>
        <translation>Tidak ada layanan yang sudah diklasifikasi pada periode ini.</translation>
    </message>
    <message>
        <source>Classical guidance by class</source>
        <translation>Bimbingan klasikal per kelas</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>No class given</source>
        <translation>Kelas tidak dicatat</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Students reached</source>
        <translation>Siswa yang dilayani</translation>
    </message>
    <message>
        <source>No classical guidance in the period.</source>
        <translation>Tidak ada bimbingan klasikal pada periode ini.</translation>
    </message>
    <message>
        <source>The program: planned and carried out</source>
        <translation>Program: rencana dan pelaksanaan</translation>
    </message>
    <message>
        <source>Referrals (alih tangan kasus)</source>
        <translation>Alih tangan kasus</translation>
    </message>
    <message>
        <source>No referral in the period.</source>
        <translation>Tidak ada alih tangan kasus pada periode ini.</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Dialihtangankan ke</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Alih tangan kasus</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Belum diketahui</translation>
    </message>
    <message>
        <source>No program entered for the period (Reports → BK Program…).</source>
        <translation>Belum ada program untuk periode ini (Laporan → Program BK…).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Planned JP</source>
        <translation>JP direncanakan</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <source>JP carried out</source>
        <translation>JP terlaksana</translation>
    </message>
    <message>
        <source>Home visits and case conferences</source>
        <translation>Kunjungan rumah dan konferensi kasus</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Kunjungan rumah</translation>
    </message>
    <message>
        <source>Case conferences</source>
        <translation>Konferensi kasus</translation>
    </message>
    <message>
        <source>Students concerned</source>
        <translation>Siswa yang bersangkutan</translation>
    </message>
    <message>
        <source>Workload in lesson periods (JP)</source>
        <translation>Beban kerja dalam jam pelajaran (JP)</translation>
    </message>
    <message>
        <source>One JP</source>
        <translation>Satu JP</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} menit</translation>
    </message>
    <message>
        <source>School weeks (working days ÷ 5)</source>
        <translation>Minggu efektif (hari kerja ÷ 5)</translation>
    </message>
    <message>
        <source>Norm: {per_week} JP a week</source>
        <translation>Norma: {per_week} JP per minggu</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Share of the norm</source>
        <translation>Persentase dari norma</translation>
    </message>
    <message>
        <source>Sessions and activities without a length</source>
        <translation>Sesi dan kegiatan tanpa lama waktu</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>ASCA use of time</source>
        <translation>Penggunaan waktu (ASCA)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Share of time</source>
        <translation>Bagian waktu</translation>
    </message>
    <message>
        <source>Direct and indirect services: {share} of the time (target at least {target} %)</source>
        <translation>Layanan langsung dan tidak langsung: {share} dari waktu (target sekurang-kurangnya {target} %)</translation>
    </message>
    <message>
        <source>No time recorded under an ASCA category.</source>
        <translation>Tidak ada waktu yang tercatat dalam kategori ASCA.</translation>
    </message>
    <message>
        <source>Share of time by ASCA category (%)</source>
        <translation>Bagian waktu menurut kategori ASCA (%)</translation>
    </message>
    <message>
        <source>Direct + indirect (target)</source>
        <translation>Langsung + tidak langsung (target)</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>target tercapai</translation>
    </message>
    <message>
        <source>below the target</source>
        <translation>di bawah target</translation>
    </message>
    <message>
        <source>Small counts are suppressed so that no student can be singled out: a count of 1–4 is shown as “&lt;5”. Where a hidden count could be worked out from a total, further cells are hidden as “*” (complementary suppression), smallest first. The ASCA split shows time only; the time of a category of 1–4 contacts is hidden as “*”. A contact is a client session (a progress note, not struck through) or an activity of the log, dated in the period; a group session counts once. Workload: the activities' JP, their minutes and the sessions' minutes over the length of one JP. Sessions without a classification are counted as not yet classified and left out of the ASCA split.</source>
        <translation>Jumlah kecil disembunyikan agar tidak ada siswa yang dapat dikenali: jumlah 1–4 ditampilkan sebagai “&lt;5”. Bila jumlah yang disembunyikan dapat dihitung dari totalnya, sel lain ikut disembunyikan sebagai “*” (penyembunyian pelengkap), mulai dari yang terkecil. Pembagian waktu ASCA hanya menampilkan waktu; waktu kategori yang berisi 1–4 layanan disembunyikan sebagai “*”. Satu layanan adalah satu sesi konseli (catatan perkembangan yang tidak dicoret) atau satu kegiatan dalam log kegiatan, bertanggal dalam periode ini; sesi kelompok dihitung satu kali. Beban kerja: JP kegiatan, menit kegiatan, dan menit sesi dibagi lama satu JP. Sesi yang belum diklasifikasi dihitung sebagai belum diklasifikasi dan tidak masuk pembagian waktu ASCA.</translation>
    </message>
</context>
<context>
    <name>BkReports</name>
    <message>
        <source>One lesson period (JP) lasts from 1 to {most} minutes (40 in an SMP, 45 in an SMA); {minutes} is not possible.</source>
        <translation>Satu jam pelajaran (JP) lamanya 1 sampai {most} menit (40 di SMP, 45 di SMA); {minutes} tidak mungkin.</translation>
    </message>
    <message>
        <source>The school year starts on a day from 1 June to 30 September (mid-July in Indonesia, August in many English-medium schools), so that its second semester starts in January.</source>
        <translation>Tahun ajaran dimulai pada tanggal antara 1 Juni dan 30 September (pertengahan Juli di Indonesia, Agustus di banyak sekolah berbahasa pengantar Inggris), sehingga semester kedua dimulai pada bulan Januari.</translation>
    </message>
    <message>
        <source>Nothing was recorded from {start} to {end}: no session, no activity and no referral. Choose another period, or log the activities first.</source>
        <translation>Tidak ada yang tercatat dari {start} sampai {end}: tidak ada sesi, kegiatan, maupun alih tangan kasus. Pilih periode lain, atau catat kegiatannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>“{text}” is no period: write a month (2026-11), a semester of a school year (2026-S1, 2026-S2) or a school year (2026/2027).</source>
        <translation>“{text}” bukan periode: tulis satu bulan (2026-11), satu semester tahun ajaran (2026-S1, 2026-S2), atau satu tahun ajaran (2026/2027).</translation>
    </message>
</context>
<context>
    <name>Breach</name>
    <message>
        <source>Write down now what happened: when the laptop or file was lost or exposed, when you found out, where, and who else may know.</source>
        <translation>Catat sekarang apa yang terjadi: kapan laptop atau berkas hilang atau terungkap, kapan Anda mengetahuinya, di mana, dan siapa lagi yang mungkin tahu.</translation>
    </message>
    <message>
        <source>Change the vault's passphrase (Vault → Change Passphrase) on every copy you still hold, and replace the recovery key.</source>
        <translation>Ganti frasa sandi brankas (Brankas → Ganti frasa sandi) pada setiap salinan yang masih Anda pegang, dan ganti kunci pemulihan.</translation>
    </message>
    <message>
        <source>If a key file was on the lost device or with the lost copy, remove it from the vault (Vault → Remove Key File) and make a new one.</source>
        <translation>Bila berkas kunci ada di perangkat yang hilang atau bersama salinan yang hilang, lepas berkas kunci itu dari brankas (Brankas → Lepas berkas kunci) dan buat yang baru.</translation>
    </message>
    <message>
        <source>Check which backups exist and where (below). Move or delete any copy that is kept somewhere that was exposed.</source>
        <translation>Periksa cadangan mana saja yang ada dan di mana (di bawah). Pindahkan atau hapus salinan yang tersimpan di tempat yang ikut terungkap.</translation>
    </message>
    <message>
        <source>Tell school leadership (the principal) today, and report the loss to the police if the device was stolen.</source>
        <translation>Beri tahu pimpinan sekolah (kepala sekolah) hari ini, dan laporkan kehilangan ke polisi bila perangkat dicuri.</translation>
    </message>
    <message>
        <source>Notify the clients and guardians concerned in writing within 3 × 24 hours of finding out (UU PDP No. 27/2022, Art. 46): which data, when and how they were exposed, and what you are doing about it. Use the letter below.</source>
        <translation>Beri tahu konseli dan orang tua/wali yang bersangkutan secara tertulis paling lambat 3 × 24 jam sejak Anda mengetahuinya (UU PDP No. 27/2022, Pasal 46): data apa, kapan dan bagaimana terungkap, dan apa yang Anda lakukan. Gunakan surat di bawah.</translation>
    </message>
    <message>
        <source>Notify the supervising agency for personal data protection within the same 3 × 24 hours, as the law asks.</source>
        <translation>Beri tahu lembaga pengawas pelindungan data pribadi dalam 3 × 24 jam yang sama, sebagaimana diminta undang-undang.</translation>
    </message>
    <message>
        <source>Consult your professional association's ethics body (ABKIN in Indonesia; ASCA/ACA elsewhere) and your supervisor, and keep a record of each step and when you took it.</source>
        <translation>Konsultasikan dengan dewan kode etik asosiasi profesi Anda (ABKIN di Indonesia; ASCA/ACA di tempat lain) dan supervisor Anda, dan catat setiap langkah beserta waktunya.</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>Breach Response</source>
        <translation>Penanganan kebocoran data</translation>
    </message>
    <message>
        <source>If the laptop is lost or stolen, or the vault may have been seen by someone else, act now. Indonesia's personal data protection law (UU PDP No. 27/2022) asks for written notice to the people concerned within 3 × 24 hours of finding out.</source>
        <translation>Bila laptop hilang atau dicuri, atau brankas mungkin dilihat orang lain, bertindaklah sekarang. UU Pelindungan Data Pribadi (UU PDP No. 27/2022) mewajibkan pemberitahuan tertulis kepada pihak yang bersangkutan paling lambat 3 × 24 jam sejak diketahui.</translation>
    </message>
    <message>
        <source>What the lost copy may hold</source>
        <translation>Yang mungkin ada di salinan yang hilang</translation>
    </message>
    <message>
        <source>How many clients, notes and consents of each kind the vault holds.</source>
        <translation>Berapa banyak konseli, catatan, dan persetujuan dari setiap jenis yang ada di brankas.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Each backup of this vault and where it is: it may have been lost too.</source>
        <translation>Setiap cadangan brankas ini dan lokasinya: cadangan itu mungkin ikut hilang.</translation>
    </message>
    <message>
        <source>What the vault holds:</source>
        <translation>Isi brankas:</translation>
    </message>
    <message>
        <source>Backups of this vault:</source>
        <translation>Cadangan brankas ini:</translation>
    </message>
    <message>
        <source>Steps to take</source>
        <translation>Langkah yang harus diambil</translation>
    </message>
    <message>
        <source>What to do now, in order. Space ticks a step; the ticks are not saved.</source>
        <translation>Apa yang harus dilakukan sekarang, berurutan. Tombol Spasi mencentang satu langkah; centang tidak disimpan.</translation>
    </message>
    <message>
        <source>Tick each step as you take it (the ticks are not saved).</source>
        <translation>Centang setiap langkah yang sudah Anda ambil (centangnya tidak disimpan).</translation>
    </message>
    <message>
        <source>The language the notification letter is written in.</source>
        <translation>Bahasa yang dipakai untuk surat pemberitahuan.</translation>
    </message>
    <message>
        <source>e.g. 14 September 2025, afternoon</source>
        <translation>mis. 14 September 2025, siang</translation>
    </message>
    <message>
        <source>The day you found out, as year-month-day; the deadline counts from it.</source>
        <translation>Tanggal Anda mengetahuinya, sebagai tahun-bulan-tanggal; tenggat dihitung dari tanggal ini.</translation>
    </message>
    <message>
        <source>What happened, in a few plain sentences (no names)</source>
        <translation>Apa yang terjadi, dalam beberapa kalimat sederhana (tanpa nama)</translation>
    </message>
    <message>
        <source>What happened, in a few plain sentences, without names. Tab moves on.</source>
        <translation>Apa yang terjadi, dalam beberapa kalimat sederhana, tanpa nama. Tombol Tab pindah ke isian berikutnya.</translation>
    </message>
    <message>
        <source>Who to contact: school, telephone, e-mail</source>
        <translation>Kontak: sekolah, telepon, e-mail</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>The letter as it will be saved, made from the fields above.</source>
        <translation>Surat sebagaimana akan disimpan, disusun dari isian di atas.</translation>
    </message>
    <message>
        <source>Save Letter…</source>
        <translation>Simpan surat…</translation>
    </message>
    <message>
        <source>Saves the letter as a PDF or a text file where you choose; it is not encrypted.</source>
        <translation>Menyimpan surat sebagai PDF atau berkas teks di tempat yang Anda pilih; berkas itu tidak terenkripsi.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>When it happened:</source>
        <translation>Waktu kejadian:</translation>
    </message>
    <message>
        <source>Found out on:</source>
        <translation>Diketahui pada:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Apa yang terjadi:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontak:</translation>
    </message>
    <message>
        <source>Saved as PDF or text where you choose; the file is not encrypted.</source>
        <translation>Disimpan sebagai PDF atau teks di tempat pilihan Anda; berkasnya tidak terenkripsi.</translation>
    </message>
    <message>
        <source>What the Vault Held</source>
        <translation>Isi brankas</translation>
    </message>
    <message>
        <source>What a lost copy of the vault may hold, and its backups</source>
        <translation>Apa yang mungkin ada di salinan brankas yang hilang, beserta cadangannya</translation>
    </message>
    <message>
        <source>Steps to Take</source>
        <translation>Langkah yang harus diambil</translation>
    </message>
    <message>
        <source>What to do now, step by step</source>
        <translation>Apa yang harus dilakukan sekarang, langkah demi langkah</translation>
    </message>
    <message>
        <source>Notification Letter</source>
        <translation>Surat pemberitahuan</translation>
    </message>
    <message>
        <source>A letter telling the people concerned what happened</source>
        <translation>Surat yang memberi tahu pihak yang bersangkutan tentang apa yang terjadi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Closes the window; nothing here is saved.</source>
        <translation>Menutup jendela; tidak ada yang disimpan dari sini.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Konseli</translation>
    </message>
    <message>
        <source>  active / closed</source>
        <translation>  aktif / ditutup</translation>
    </message>
    <message>
        <source>  minors (under 18 today)</source>
        <translation>  di bawah umur (di bawah 18 tahun hari ini)</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Kontak darurat</translation>
    </message>
    <message>
        <source>Other people named</source>
        <translation>Orang lain yang disebut</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Catatan sesi</translation>
    </message>
    <message>
        <source>  signed / drafts</source>
        <translation>  ditandatangani / draf</translation>
    </message>
    <message>
        <source>  addenda</source>
        <translation>  adendum</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Attachments (signatures, scans)</source>
        <translation>Lampiran (tanda tangan, pindaian)</translation>
    </message>
    <message>
        <source>Support plan versions</source>
        <translation>Versi rencana dukungan</translation>
    </message>
    <message>
        <source>Ratings and measures</source>
        <translation>Penilaian dan skor</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entri jejak audit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Records dated from {first} to {last}.</source>
        <translation>Catatan bertanggal {first} sampai {last}.</translation>
    </message>
    <message>
        <source>The vault holds no dated records.</source>
        <translation>Brankas tidak memuat catatan bertanggal.</translation>
    </message>
    <message>
        <source>Vault folder: {vault}
Automatic backups go to: {backups}</source>
        <translation>Folder brankas: {vault}
Cadangan otomatis disimpan di: {backups}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>No automatic backups found</source>
        <translation>Tidak ada cadangan otomatis</translation>
    </message>
    <message>
        <source>Send it by {day} at the latest (3 × 24 hours after finding out).</source>
        <translation>Kirim paling lambat {day} (3 × 24 jam sejak diketahui).</translation>
    </message>
    <message>
        <source>Save the Notification Letter</source>
        <translation>Simpan surat pemberitahuan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;Text files (*.txt)</source>
        <translation>Berkas PDF (*.pdf);;Berkas teks (*.txt)</translation>
    </message>
    <message>
        <source>Saved to {path}. The file is not encrypted; it holds no names.</source>
        <translation>Disimpan di {path}. Berkas tidak terenkripsi; tidak memuat nama.</translation>
    </message>
</context>
<context>
    <name>BreachLetter</name>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>[Describe what happened: for example, the laptop holding the records was lost or stolen.]</source>
        <translation>[Uraikan apa yang terjadi: misalnya, laptop yang menyimpan catatan hilang atau dicuri.]</translation>
    </message>
    <message>
        <source>[date and time]</source>
        <translation>[tanggal dan jam]</translation>
    </message>
    <message>
        <source>[name of the counselor or school, telephone, e-mail]</source>
        <translation>[nama guru BK atau sekolah, telepon, e-mail]</translation>
    </message>
    <message>
        <source>[unknown]</source>
        <translation>[tidak diketahui]</translation>
    </message>
    <message>
        <source>- The passphrase of the vault has been changed and a new recovery key made.</source>
        <translation>- Frasa sandi brankas telah diganti dan kunci pemulihan yang baru telah dibuat.</translation>
    </message>
    <message>
        <source>- The key file of the vault has been replaced.</source>
        <translation>- Berkas kunci brankas telah diganti.</translation>
    </message>
    <message>
        <source>- School leadership has been informed.</source>
        <translation>- Pimpinan sekolah telah diberi tahu.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>Which data may be involved</source>
        <translation>Data yang mungkin terkait</translation>
    </message>
    <message>
        <source>How the records were protected</source>
        <translation>Bagaimana catatan itu dilindungi</translation>
    </message>
    <message>
        <source>What we are doing</source>
        <translation>Langkah yang kami ambil</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Yang dapat Anda lakukan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Counseling — {code}</source>
        <translation>Konseling — {code}</translation>
    </message>
    <message>
        <source>Parent meeting — {code}</source>
        <translation>Pertemuan orang tua — {code}</translation>
    </message>
    <message>
        <source>Class {subject}</source>
        <translation>Kelas {subject}</translation>
    </message>
    <message>
        <source>Group counseling</source>
        <translation>Konseling kelompok</translation>
    </message>
    <message>
        <source>BK appointment</source>
        <translation>Janji temu BK</translation>
    </message>
    <message>
        <source>BK appointments</source>
        <translation>Janji temu BK</translation>
    </message>
</context>
<context>
    <name>CareerInterests</name>
    <message>
        <source>The activities are shown in English, as their public-domain source publishes them: no published Indonesian version was found, and a translation of our own would not be the validated item set. Read an activity with the student if the English is hard. The explanation of the result is in your language.</source>
        <translation>Kegiatan-kegiatan ini ditampilkan dalam bahasa Inggris, sebagaimana diterbitkan oleh sumbernya yang berstatus domain publik: tidak ditemukan versi bahasa Indonesia yang diterbitkan, dan terjemahan buatan kami sendiri bukan lagi perangkat butir yang sudah divalidasi. Bacakan kegiatannya bersama siswa bila bahasa Inggrisnya sulit. Penjelasan hasilnya ditampilkan dalam bahasa Anda.</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Realistik</translation>
    </message>
    <message>
        <source>Likes practical, hands-on work with tools, machines, materials, plants or animals, and seeing a concrete result.</source>
        <translation>Menyukai pekerjaan praktis yang langsung dikerjakan dengan tangan — dengan alat, mesin, bahan, tanaman atau hewan — dan melihat hasil yang nyata.</translation>
    </message>
    <message>
        <source>Physics, crafts and workshop (prakarya), physical education, informatics (hardware).</source>
        <translation>Fisika, prakarya, PJOK, informatika (perangkat keras).</translation>
    </message>
    <message>
        <source>Scouts (Pramuka), robotics, Paskibra, sports, school garden or farm.</source>
        <translation>Pramuka, robotika, Paskibra, olahraga, kebun atau peternakan sekolah.</translation>
    </message>
    <message>
        <source>SMK: automotive, machining, electrical, building construction, agriculture, fisheries. University or polytechnic: mechanical, civil or electrical engineering, agriculture, forestry. Work: technician, mechanic, builder, pilot, farmer.</source>
        <translation>SMK: teknik otomotif, teknik pemesinan, teknik ketenagalistrikan, teknik konstruksi bangunan, pertanian, perikanan. Kuliah atau politeknik: teknik mesin, teknik sipil, teknik elektro, pertanian, kehutanan. Pekerjaan: teknisi, mekanik, ahli bangunan, pilot, petani.</translation>
    </message>
    <message>
        <source>Investigative</source>
        <translation>Investigatif</translation>
    </message>
    <message>
        <source>Likes observing, asking why, experimenting and solving problems with reasoning and evidence.</source>
        <translation>Senang mengamati, bertanya mengapa, bereksperimen, dan memecahkan masalah dengan penalaran dan bukti.</translation>
    </message>
    <message>
        <source>Biology, chemistry, physics, mathematics, geography.</source>
        <translation>Biologi, kimia, fisika, matematika, geografi.</translation>
    </message>
    <message>
        <source>Young scientists' club (KIR), science olympiad (OSN), astronomy or nature club.</source>
        <translation>Karya Ilmiah Remaja (KIR), Olimpiade Sains Nasional (OSN), klub astronomi atau pencinta alam.</translation>
    </message>
    <message>
        <source>SMA with science subjects; SMK: laboratory analysis, pharmacy. University: medicine, pharmacy, biology, chemistry, statistics, computer science. Work: researcher, doctor, laboratory analyst, data analyst.</source>
        <translation>SMA dengan mata pelajaran pilihan sains; SMK: analisis laboratorium, farmasi. Kuliah: kedokteran, farmasi, biologi, kimia, statistika, ilmu komputer. Pekerjaan: peneliti, dokter, analis laboratorium, analis data.</translation>
    </message>
    <message>
        <source>Artistic</source>
        <translation>Artistik</translation>
    </message>
    <message>
        <source>Likes creating and expressing: music, drawing, writing, acting, design, with room for imagination and few fixed rules.</source>
        <translation>Senang berkarya dan berekspresi — musik, menggambar, menulis, berakting, desain — dengan ruang untuk imajinasi dan sedikit aturan baku.</translation>
    </message>
    <message>
        <source>Arts and culture (music, fine arts, dance, theatre), Indonesian and foreign languages and literature.</source>
        <translation>Seni budaya (musik, seni rupa, tari, teater), bahasa dan sastra Indonesia serta bahasa asing.</translation>
    </message>
    <message>
        <source>Choir, theatre, band, traditional dance, school magazine or journalism, photography, film.</source>
        <translation>Paduan suara, teater, band, tari tradisional, majalah sekolah atau jurnalistik, fotografi, film.</translation>
    </message>
    <message>
        <source>SMA with language subjects; SMK: visual communication design, multimedia, fashion, crafts. University: visual communication design (DKV), architecture, music, film, literature. Work: designer, musician, writer, content creator.</source>
        <translation>SMA dengan mata pelajaran pilihan bahasa; SMK: desain komunikasi visual, multimedia, tata busana, kriya. Kuliah: desain komunikasi visual (DKV), arsitektur, musik, film, sastra. Pekerjaan: desainer, musisi, penulis, kreator konten.</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sosial</translation>
    </message>
    <message>
        <source>Likes helping, teaching, caring for and listening to people, and working with them rather than with things.</source>
        <translation>Senang menolong, mengajar, merawat dan mendengarkan orang, dan lebih suka bekerja dengan orang daripada dengan benda.</translation>
    </message>
    <message>
        <source>Civics (PPKn), religious education, sociology, Indonesian, physical education.</source>
        <translation>PPKn, pendidikan agama, sosiologi, bahasa Indonesia, PJOK.</translation>
    </message>
    <message>
        <source>Youth Red Cross (PMR), peer counseling, OSIS, religious study group, volunteering.</source>
        <translation>PMR, konselor sebaya, OSIS, rohis atau kelompok keagamaan, kegiatan relawan.</translation>
    </message>
    <message>
        <source>SMK: nursing, childcare, social work. University: teacher education, guidance and counseling, psychology, nursing, public health. Work: teacher, counselor, nurse, social worker.</source>
        <translation>SMK: keperawatan, pengasuhan anak, pekerjaan sosial. Kuliah: pendidikan keguruan, bimbingan dan konseling, psikologi, keperawatan, kesehatan masyarakat. Pekerjaan: guru, konselor, perawat, pekerja sosial.</translation>
    </message>
    <message>
        <source>Enterprising</source>
        <translation>Enterprising (Wirausaha)</translation>
    </message>
    <message>
        <source>Likes leading, persuading, selling and starting things, taking decisions and risks to reach a goal.</source>
        <translation>Senang memimpin, meyakinkan orang, berjualan dan memulai sesuatu, serta berani mengambil keputusan dan risiko untuk mencapai tujuan.</translation>
    </message>
    <message>
        <source>Economics, entrepreneurship (kewirausahaan), Indonesian and English (speaking), sociology.</source>
        <translation>Ekonomi, kewirausahaan, bahasa Indonesia dan bahasa Inggris (berbicara), sosiologi.</translation>
    </message>
    <message>
        <source>OSIS, debate, school bazaar or market day, school cooperative, event committees.</source>
        <translation>OSIS, debat, bazar atau market day sekolah, koperasi sekolah, kepanitiaan acara.</translation>
    </message>
    <message>
        <source>SMK: marketing, online business, hospitality, tourism. University: management, business, law, communication, international relations. Work: entrepreneur, manager, sales, lawyer.</source>
        <translation>SMK: pemasaran, bisnis daring, perhotelan, pariwisata. Kuliah: manajemen, bisnis, hukum, ilmu komunikasi, hubungan internasional. Pekerjaan: wirausahawan, manajer, tenaga penjualan, pengacara.</translation>
    </message>
    <message>
        <source>Conventional</source>
        <translation>Konvensional</translation>
    </message>
    <message>
        <source>Likes order and accuracy: working with numbers, records and clear procedures, and finishing tasks carefully.</source>
        <translation>Menyukai keteraturan dan ketelitian — bekerja dengan angka, catatan dan prosedur yang jelas — dan menyelesaikan tugas dengan cermat.</translation>
    </message>
    <message>
        <source>Mathematics, economics and accounting, informatics.</source>
        <translation>Matematika, ekonomi dan akuntansi, informatika.</translation>
    </message>
    <message>
        <source>Treasurer or secretary of OSIS or a club, school cooperative, library helper.</source>
        <translation>Bendahara atau sekretaris OSIS atau ekstrakurikuler, koperasi sekolah, petugas perpustakaan.</translation>
    </message>
    <message>
        <source>SMK: accounting and finance, office management, logistics. University: accounting, taxation, banking, administration, library science. Work: accountant, bank officer, administrator, auditor.</source>
        <translation>SMK: akuntansi dan keuangan lembaga, manajemen perkantoran, logistik. Kuliah: akuntansi, perpajakan, perbankan, administrasi, ilmu perpustakaan. Pekerjaan: akuntan, pegawai bank, staf administrasi, auditor.</translation>
    </message>
    <message>
        <source>The Holland code lists the student's strongest interest types, the strongest first. It describes what she likes doing, not what she is able to do, and is a starting point for talking about subjects, study and work, not a verdict. Letters in brackets are tied: their scores are equal and their order (R-I-A-S-E-C) says nothing.</source>
        <translation>Kode Holland memuat tipe minat terkuat siswa, yang terkuat lebih dulu. Kode ini menggambarkan apa yang ia sukai, bukan apa yang mampu ia lakukan, dan menjadi titik awal untuk membicarakan mata pelajaran, studi lanjut dan pekerjaan, bukan sebuah vonis. Huruf dalam kurung berskor sama: urutannya (R-I-A-S-E-C) tidak bermakna apa-apa.</translation>
    </message>
    <message>
        <source>The inventory has no item “{key}”.</source>
        <translation>Inventori ini tidak memiliki butir “{key}”.</translation>
    </message>
    <message>
        <source>The answer to item {key} is not one of its choices.</source>
        <translation>Jawaban butir {key} bukan salah satu pilihannya.</translation>
    </message>
    <message>
        <source>The inventory is not complete: answer item {keys} too; scores of some items are not the inventory's scores.</source>
        <translation>Inventori belum lengkap: jawab juga butir {keys}; skor dari sebagian butir bukan skor inventori ini.</translation>
    </message>
    <message>
        <source>“{entry}” is not a way the inventory is filled in.</source>
        <translation>“{entry}” bukan cara pengisian inventori ini.</translation>
    </message>
    <message>
        <source>The inventory's date is in the future.</source>
        <translation>Tanggal inventori ada di masa depan.</translation>
    </message>
    <message>
        <source>The inventory's date is before 1990: check the year.</source>
        <translation>Tanggal inventori sebelum 1990: periksa tahunnya.</translation>
    </message>
    <message>
        <source>“{text}” holds an invisible text-direction character (such as U+202E), which can make it read differently than it is: remove it.</source>
        <translation>“{text}” memuat karakter arah teks yang tidak terlihat (misalnya U+202E), yang dapat membuatnya terbaca berbeda dari aslinya: hapus karakter itu.</translation>
    </message>
    <message>
        <source>Say why the result is struck (what was wrong).</source>
        <translation>Sebutkan mengapa hasil ini dicoret (apa yang salah).</translation>
    </message>
    <message>
        <source>The reason is longer than {n} characters.</source>
        <translation>Alasannya lebih dari {n} karakter.</translation>
    </message>
    <message>
        <source>The result is struck on a day in the future.</source>
        <translation>Hasil dicoret pada tanggal di masa depan.</translation>
    </message>
    <message>
        <source>The result is struck before the day it was taken.</source>
        <translation>Hasil dicoret sebelum tanggal pengisiannya.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Konseli ini sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>This result is no longer in the vault.</source>
        <translation>Hasil ini sudah tidak ada di brankas.</translation>
    </message>
</context>
<context>
    <name>CareerInterestsDialog</name>
    <message>
        <source>Career Interests — Fill In</source>
        <translation>Minat Karier — Isi</translation>
    </message>
    <message>
        <source>Not complete yet: activity {numbers} to answer.</source>
        <translation>Belum lengkap: kegiatan {numbers} belum dijawab.</translation>
    </message>
    <message>
        <source>Holland code {code} ({scores}).</source>
        <translation>Kode Holland {code} ({scores}).</translation>
    </message>
</context>
<context>
    <name>CareerInterestsKiosk</name>
    <message>
        <source>Career Interests</source>
        <translation>Minat Karier</translation>
    </message>
    <message>
        <source>The activities are written in English. Ask your counselor if a word is not clear. There are no right or wrong answers.</source>
        <translation>Kegiatan-kegiatan ini ditulis dalam bahasa Inggris. Tanyakan kepada guru BK-mu bila ada kata yang belum jelas. Tidak ada jawaban yang benar atau salah.</translation>
    </message>
    <message>
        <source>I Am &amp;Done</source>
        <translation>Saya &amp;Selesai</translation>
    </message>
    <message>
        <source>Saves your answers for your counselor.</source>
        <translation>Menyimpan jawabanmu untuk guru BK-mu.</translation>
    </message>
    <message>
        <source>Please answer activity {numbers} too.</source>
        <translation>Tolong jawab juga kegiatan {numbers}.</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>Jawaban tidak tersimpan</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved. Please give the laptop back to your counselor: you will look at your result together.</source>
        <translation>Terima kasih. Jawabanmu sudah tersimpan. Kembalikan laptop ini kepada guru BK-mu: kalian akan melihat hasilnya bersama.</translation>
    </message>
</context>
<context>
    <name>CareerInterestsView</name>
    <message>
        <source>Holland code: {code}</source>
        <translation>Kode Holland: {code}</translation>
    </message>
    <message>
        <source>{letter} — {name}, score {score} of {max}. {summary}
School subjects: {subjects}
Activities: {activities}
Study and work: {fields}</source>
        <translation>{letter} — {name}, skor {score} dari {max}. {summary}
Mata pelajaran: {subjects}
Kegiatan: {activities}
Studi lanjut dan pekerjaan: {fields}</translation>
    </message>
</context>
<context>
    <name>CareerInterestsWindow</name>
    <message>
        <source>Career Interests</source>
        <translation>Minat Karier</translation>
    </message>
    <message>
        <source>A career-interest inventory: 48 activities from a public-domain source, scored for Holland's six interest types (RIASEC).</source>
        <translation>Inventori minat karier: 48 kegiatan dari sumber berstatus domain publik, diskor untuk enam tipe minat Holland (RIASEC).</translation>
    </message>
    <message>
        <source>&amp;Fill In With the Student…</source>
        <translation>&amp;Isi Bersama Siswa…</translation>
    </message>
    <message>
        <source>You read the activities or type a paper form in; the code shows at the end.</source>
        <translation>Anda membacakan kegiatannya atau memasukkan formulir kertas; kodenya tampil di akhir.</translation>
    </message>
    <message>
        <source>Student Fills In (&amp;Kiosk)…</source>
        <translation>Siswa Mengisi Sendiri (&amp;Kios)…</translation>
    </message>
    <message>
        <source>The student answers on this screen, which shows the inventory and nothing else; it is left with your passphrase.</source>
        <translation>Siswa menjawab di layar ini, yang hanya menampilkan inventori; layar ditinggalkan dengan frasa sandi Anda.</translation>
    </message>
    <message>
        <source>Strike as Entered in Error…</source>
        <translation>Coret karena Salah Catat…</translation>
    </message>
    <message>
        <source>Strikes the chosen result through with a reason; it is never deleted.</source>
        <translation>Mencoret hasil yang dipilih dengan alasannya; hasil tidak pernah dihapus.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Diisi</translation>
    </message>
    <message>
        <source>Career-interest results</source>
        <translation>Hasil inventori minat karier</translation>
    </message>
    <message>
        <source>The inventories of this student, by date.</source>
        <translation>Inventori siswa ini, menurut tanggal.</translation>
    </message>
    <message>
        <source>Struck as entered in error: {reason}</source>
        <translation>Dicoret karena salah catat: {reason}</translation>
    </message>
    <message>
        <source>The kiosk is closed; nothing was answered.</source>
        <translation>Kios ditutup; tidak ada yang dijawab.</translation>
    </message>
    <message>
        <source>Career interests saved: Holland code {code}.</source>
        <translation>Minat karier tersimpan: kode Holland {code}.</translation>
    </message>
    <message>
        <source>Strike a Result Entered in Error</source>
        <translation>Coret Hasil yang Salah Catat</translation>
    </message>
    <message>
        <source>A result is never deleted. It stays in the record, struck through, with the reason and today's date.</source>
        <translation>Hasil tidak pernah dihapus. Hasil tetap ada di catatan, dicoret, dengan alasan dan tanggal hari ini.</translation>
    </message>
    <message>
        <source>e.g. the wrong student sat the kiosk</source>
        <translation>mis. siswa yang salah mengisi di kios</translation>
    </message>
    <message>
        <source>The result was not struck</source>
        <translation>Hasil tidak dicoret</translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <source>Your texts could not be kept with the case: {why} They stay in this window for this export.</source>
        <translation>Teks Anda tidak dapat disimpan bersama kasus: {why} Teks itu tetap di jendela ini untuk ekspor ini.</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Caseload</source>
        <translation>Daftar konseli</translation>
    </message>
    <message>
        <source>Filter by name, case code or grade</source>
        <translation>Saring menurut nama, kode kasus, atau kelas</translation>
    </message>
    <message>
        <source>Which clients the caseload lists: active, closed or all.</source>
        <translation>Konseli mana yang ditampilkan di daftar: yang aktif, yang ditutup, atau semuanya.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Your clients. Choose one to open the profile; a column header sorts.</source>
        <translation>Konseli Anda. Pilih satu untuk membuka profilnya; judul kolom mengurutkan daftar.</translation>
    </message>
    <message>
        <source>Filter by case code or grade</source>
        <translation>Saring menurut kode kasus atau kelas</translation>
    </message>
    <message>
        <source>Clients: {total}</source>
        <translation>Konseli: {total}</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} dari {total}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <source>The passphrase the vault opens with now.</source>
        <translation>Frasa sandi yang membuka brankas saat ini.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frasa sandi saat ini:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Berkas kunci:</translation>
    </message>
    <message>
        <source>Also change the vault's key</source>
        <translation>Ganti juga kunci enkripsi brankas</translation>
    </message>
    <message>
        <source>Recommended if the old passphrase may have been seen; about {seconds} s for your vault; you get a new recovery key to print.</source>
        <translation>Disarankan jika frasa sandi lama mungkin pernah terlihat orang lain; sekitar {seconds} detik untuk brankas Anda; Anda mendapat kunci pemulihan baru untuk dicetak.</translation>
    </message>
    <message>
        <source>From now on the vault opens with the new passphrase only.</source>
        <translation>Mulai sekarang brankas hanya dapat dibuka dengan frasa sandi yang baru.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Mengganti frasa sandi…</translation>
    </message>
    <message>
        <source>Without changing the vault's key only the key that opens the records is wrapped again: a few seconds, but an old copy of vault.json (every backup holds one) with the old passphrase still opens today's records. Old backups always open with the passphrase they were made with.</source>
        <translation>Tanpa mengganti kunci enkripsi brankas, hanya kunci pembuka catatan yang dibungkus ulang: beberapa detik saja, tetapi salinan lama vault.json (setiap cadangan menyimpannya) dengan frasa sandi lama tetap dapat membuka catatan saat ini. Cadangan lama selalu dapat dibuka dengan frasa sandi saat cadangan itu dibuat.</translation>
    </message>
    <message>
        <source>Changing the passphrase and the vault's key (about {seconds} s; the records are re-encrypted)…</source>
        <translation>Mengganti frasa sandi dan kunci enkripsi brankas (sekitar {seconds} detik; catatan dienkripsi ulang)…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>no passphrase on standard input ({what})</source>
        <translation>tidak ada frasa sandi di masukan standar ({what})</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frasa sandi: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Frasa sandi baru: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Ulangi: </translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>kedua frasa sandi berbeda; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>passphrase refused: {reasons}</source>
        <translation>frasa sandi ditolak: {reasons}</translation>
    </message>
    <message>
        <source>warning: this vault's passphrase is protected by weaker Argon2 settings (t={t}, m={m} KiB, p={p}) than recommended (t=3, m=65536 KiB, p=4), so a stolen copy is cheaper to guess; `passwd --strengthen` raises them</source>
        <translation>peringatan: frasa sandi brankas ini dilindungi pengaturan Argon2 yang lebih lemah (t={t}, m={m} KiB, p={p}) daripada yang dianjurkan (t=3, m=65536 KiB, p=4), sehingga salinan yang dicuri lebih mudah ditebak; `passwd --strengthen` menaikkannya</translation>
    </message>
    <message>
        <source>warning: these Argon2 settings are below RFC 9106's recommendation (t=3, m=65536 KiB, p=4); use them for tests only</source>
        <translation>peringatan: pengaturan Argon2 ini di bawah rekomendasi RFC 9106 (t=3, m=65536 KiB, p=4); gunakan hanya untuk pengujian</translation>
    </message>
    <message>
        <source>Measuring this computer to set the key derivation to about 1 second...</source>
        <translation>Mengukur kemampuan komputer ini agar derivasi kunci memakan waktu sekitar 1 detik...</translation>
    </message>
    <message>
        <source>Created vault {folder} (Argon2id t={t}, m={m} KiB, p={p}).</source>
        <translation>Brankas {folder} dibuat (Argon2id t={t}, m={m} KiB, p={p}).</translation>
    </message>
    <message>
        <source>Recovery key (shown only now; write it down or print it and keep it somewhere safe: with it the vault opens when the passphrase is lost):</source>
        <translation>Kunci pemulihan (hanya ditampilkan sekarang; catat atau cetak, lalu simpan di tempat yang aman: dengan kunci ini brankas tetap dapat dibuka jika frasa sandi hilang):</translation>
    </message>
    <message>
        <source>Filled it with the demo's invented records: {clients} clients, {sessions} sessions, {consents} consents, {plans} support plan versions, {attachments} drawn signatures and scanned forms.</source>
        <translation>Brankas diisi dengan catatan rekaan demo: {clients} konseli, {sessions} sesi, {consents} persetujuan, {plans} versi rencana dukungan, {attachments} tanda tangan digambar dan formulir pindaian.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>tidak dapat membaca {path}: {reason}</translation>
    </message>
    <message>
        <source>warning: {client}: {key}: {problem}</source>
        <translation>peringatan: {client}: {key}: {problem}</translation>
    </message>
    <message>
        <source>Imported {clients} clients, {sessions} sessions and {consents} consents.</source>
        <translation>Berhasil mengimpor {clients} konseli, {sessions} sesi, dan {consents} persetujuan.</translation>
    </message>
    <message>
        <source>With them: {plans} support plan versions, {ratings} progress ratings, {measures} measures, {follow_ups} follow-ups, {attachments} drawn signatures and scanned forms, {holds} legal holds.</source>
        <translation>Beserta: {plans} versi rencana dukungan, {ratings} penilaian kemajuan, {measures} skor, {follow_ups} tindak lanjut, {attachments} tanda tangan digambar dan formulir pindaian, {holds} penangguhan pemusnahan (keperluan hukum).</translation>
    </message>
    <message>
        <source>And {count} entries of the activity log.</source>
        <translation>Dan {count} entri jurnal kegiatan.</translation>
    </message>
    <message>
        <source>And {count} students of the class list (no case opened).</source>
        <translation>Serta {count} siswa dari daftar kelas (tidak ada kasus yang dibuka).</translation>
    </message>
    <message>
        <source>And {count} sociometry rounds.</source>
        <translation>Dan {count} putaran sosiometri.</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}; nothing was written</source>
        <translation>tidak dapat menulis {path}: {reason}; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>Exported {clients} clients, {sessions} sessions, {consents} consents, {plans} support plan versions, {ratings} progress ratings, {measures} measures, {follow_ups} follow-ups, {attachments} drawn signatures and scanned forms, {holds} legal holds and {terms} never-print words.</source>
        <translation>Berhasil mengekspor {clients} konseli, {sessions} sesi, {consents} persetujuan, {plans} versi rencana dukungan, {ratings} penilaian kemajuan, {measures} skor, {follow_ups} tindak lanjut, {attachments} tanda tangan digambar dan formulir pindaian, {holds} penangguhan pemusnahan (keperluan hukum), dan {terms} kata jangan dicetak.</translation>
    </message>
    <message>
        <source>Also exported: {count} kept words (printed as written in supervision summaries).</source>
        <translation>Juga diekspor: {count} kata tetap dicetak (dicetak apa adanya dalam ringkasan untuk supervisi).</translation>
    </message>
    <message>
        <source>Also exported: {count} events of the school calendar (their dates are kept in supervision summaries).</source>
        <translation>Juga diekspor: {count} kegiatan kalender sekolah (tanggalnya dipertahankan di ringkasan supervisi).</translation>
    </message>
    <message>
        <source>Also exported: {count} entries of the activity log.</source>
        <translation>Juga diekspor: {count} entri jurnal kegiatan.</translation>
    </message>
    <message>
        <source>Also exported: {count} students of the class list.</source>
        <translation>Juga diekspor: {count} siswa dari daftar kelas.</translation>
    </message>
    <message>
        <source>Also exported: {count} sociometry rounds.</source>
        <translation>Juga diekspor: {count} putaran sosiometri.</translation>
    </message>
    <message>
        <source>Left out as asked (--no-attachments): {count} drawn signatures and scanned forms; they stay in the vault and its encrypted backups.</source>
        <translation>Tidak disertakan sesuai permintaan (--no-attachments): {count} tanda tangan digambar dan formulir pindaian; semuanya tetap di brankas dan cadangannya yang terenkripsi.</translation>
    </message>
    <message>
        <source>Not exported: the audit log (it belongs to this vault alone).</source>
        <translation>Tidak diekspor: log audit (hanya milik brankas ini).</translation>
    </message>
    <message>
        <source>Not exported: the destruction log ({count} entries): it records what this vault destroyed and stays with it.</source>
        <translation>Tidak diekspor: log pemusnahan ({count} entri): log ini mencatat apa yang dimusnahkan di brankas ini dan tetap di brankas ini.</translation>
    </message>
    <message>
        <source>Not exported: {count} unsaved notes recovered from autosave (they are not notes yet). Open the vault in Counsel Desk, save or discard them, then export again.</source>
        <translation>Tidak diekspor: {count} catatan yang tersimpan otomatis tetapi belum pernah disimpan (belum menjadi catatan). Buka brankas di Counsel Desk, simpan atau buang catatan itu, lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>Wrote {path}. This file is NOT encrypted: keep it safe and delete it when done.</source>
        <translation>{path} sudah ditulis. Berkas ini TIDAK terenkripsi: simpan dengan aman dan hapus setelah selesai digunakan.</translation>
    </message>
    <message>
        <source>damaged: {problems}</source>
        <translation>rusak: {problems}</translation>
    </message>
    <message>
        <source>ok: encryption, database structure and audit trail are intact</source>
        <translation>ok: enkripsi, struktur basis data, dan jejak audit utuh</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frasa sandi saat ini: </translation>
    </message>
    <message>
        <source>This vault's Argon2 settings (t={t}, m={m} KiB, p={p}) are weaker than recommended. Raise them to this computer's calibration now (about one second to unlock)? [Y/n] </source>
        <translation>Pengaturan Argon2 brankas ini (t={t}, m={m} KiB, p={p}) lebih lemah daripada yang dianjurkan. Naikkan sekarang sesuai pengukuran komputer ini (membuka kunci sekitar satu detik)? [Y/n] </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Frasa sandi sudah diganti.</translation>
    </message>
    <message>
        <source>Argon2 settings now t={t}, m={m} KiB, p={p}.</source>
        <translation>Pengaturan Argon2 sekarang t={t}, m={m} KiB, p={p}.</translation>
    </message>
    <message>
        <source>The Argon2 settings stay weaker than recommended (t={t}, m={m} KiB, p={p}); run passwd again with --strengthen to raise them to this computer's calibration.</source>
        <translation>Pengaturan Argon2 tetap lebih lemah daripada yang dianjurkan (t={t}, m={m} KiB, p={p}); jalankan passwd lagi dengan --strengthen untuk menaikkannya ke kalibrasi komputer ini.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name</source>
        <translation>{path} sudah ada; pilih nama berkas baru</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size} KiB, encrypted; it opens with the passphrase or recovery key the vault has now).</source>
        <translation>Dicadangkan ke {path} ({size} KiB, terenkripsi; dapat dibuka dengan frasa sandi atau kunci pemulihan yang berlaku untuk brankas saat ini).</translation>
    </message>
    <message>
        <source>cannot read {path}: no such file</source>
        <translation>tidak dapat membaca {path}: berkas tidak ditemukan</translation>
    </message>
    <message>
        <source>Restored into {folder}; its integrity was checked.</source>
        <translation>Dipulihkan ke {folder}; keutuhannya sudah diperiksa.</translation>
    </message>
    <message>
        <source>Moved the vault to {folder}; the copy was checked and opens with the same passphrase, and the old copy was removed.</source>
        <translation>Brankas dipindahkan ke {folder}; salinannya sudah diperiksa dan terbuka dengan frasa sandi yang sama, dan salinan lama sudah dihapus.</translation>
    </message>
    <message>
        <source>Moved the vault to {folder}; the copy was checked and opens with the same passphrase. The old folder {old} held other files too: they were left there.</source>
        <translation>Brankas dipindahkan ke {folder}; salinannya sudah diperiksa dan terbuka dengan frasa sandi yang sama. Folder lama {old} juga berisi berkas lain: berkas itu dibiarkan di sana.</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from lebih lambat daripada --to</translation>
    </message>
    <message>
        <source>Wrote {path}: redacted, checked for every identifier in the vault, and encrypted (AES-256). Its password (shown only now, kept nowhere; give it to the supervisor another way than the file):</source>
        <translation>{path} sudah ditulis: disamarkan, sudah diperiksa terhadap setiap data identitas di brankas, dan terenkripsi (AES-256). Kata sandinya (hanya ditampilkan sekarang, tidak disimpan di mana pun; berikan kepada supervisor lewat jalur lain, bukan bersama berkasnya):</translation>
    </message>
    <message>
        <source>Wrote {path}: redacted, checked for every identifier in the vault. It is NOT encrypted: share it only with the supervisor.</source>
        <translation>{path} sudah ditulis: disamarkan dan sudah diperiksa terhadap setiap data identitas di brankas. Berkas ini TIDAK terenkripsi: bagikan hanya kepada supervisor.</translation>
    </message>
    <message>
        <source>The vault cannot be written now (read-only or full): this disclosure is not in its disclosure log. Note to whom you give it.</source>
        <translation>Brankas tidak dapat ditulisi saat ini (hanya-baca atau penuh): pengungkapan ini tidak tercatat di log pengungkapannya. Catat sendiri kepada siapa Anda memberikannya.</translation>
    </message>
    <message>
        <source>Read these before you send it: they may single the student out:</source>
        <translation>Bacalah ini sebelum mengirimnya: bagian ini mungkin menunjuk satu siswa tertentu:</translation>
    </message>
    <message>
        <source>  “{phrase}”</source>
        <translation>  “{phrase}”</translation>
    </message>
    <message>
        <source>Read it before you send it: {count} printed phrases may single the student out without a name (a parent's job, the only one in a class); --show-descriptions lists them.</source>
        <translation>Bacalah sebelum mengirimnya: {count} frasa yang tercetak mungkin menunjuk satu siswa tertentu tanpa menyebut nama (pekerjaan orang tua, satu-satunya di kelas); --show-descriptions menampilkannya.</translation>
    </message>
    <message>
        <source>--out must end in .pdf or .xlsx</source>
        <translation>--out harus berakhiran .pdf atau .xlsx</translation>
    </message>
    <message>
        <source>Wrote {path}: the BK service report of {period}, figures only (small counts suppressed), checked for every identifier in the vault. It is NOT encrypted.</source>
        <translation>{path} sudah ditulis: laporan pelaksanaan layanan BK untuk {period}, hanya angka (jumlah kecil disembunyikan), sudah diperiksa terhadap setiap data pengenal di brankas. Berkas ini TIDAK dienkripsi.</translation>
    </message>
    <message>
        <source>--last-class must be a class level: IX or 9, XII or 12</source>
        <translation>--last-class harus berupa tingkat kelas: IX atau 9, XII atau 12</translation>
    </message>
    <message>
        <source>{code}: {before} → {after}</source>
        <translation>{code}: {before} → {after}</translation>
    </message>
    <message>
        <source>{code}: {before} graduates; the case closes on {day}</source>
        <translation>{code}: {before} lulus; kasusnya ditutup pada {day}</translation>
    </message>
    <message>
        <source>{code}: {before} — {why}</source>
        <translation>{code}: {before} — {why}</translation>
    </message>
    <message>
        <source>School year {year}/{next}, last class {last}: {moved} move up, {graduated} graduate, {kept} kept. Nothing was changed: run again with --yes to start it.</source>
        <translation>Tahun ajaran {year}/{next}, kelas terakhir {last}: {moved} naik kelas, {graduated} lulus, {kept} tetap. Belum ada yang diubah: jalankan lagi dengan --yes untuk memulainya.</translation>
    </message>
    <message>
        <source>Started the school year {year}/{next}: {moved} moved up, {graduated} graduated and their cases closed, {kept} kept as they were.</source>
        <translation>Tahun ajaran {year}/{next} dimulai: {moved} naik kelas, {graduated} lulus dan kasusnya ditutup, {kept} tetap seperti semula.</translation>
    </message>
    <message>
        <source>--school-year must be like 2026/2027, not {value}</source>
        <translation>--school-year harus seperti 2026/2027, bukan {value}</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new, {changed} changed, {same} already in the vault, {refused} refused.</source>
        <translation>{rows} baris: {new} baru, {changed} berubah, {same} sudah ada di brankas, {refused} ditolak.</translation>
    </message>
    <message>
        <source>row {row}: {reasons}</source>
        <translation>baris {row}: {reasons}</translation>
    </message>
    <message>
        <source>{count} rows are refused; nothing was imported. Correct them in the spreadsheet (or in the window, where a row can also be skipped).</source>
        <translation>{count} baris ditolak; tidak ada yang diimpor. Perbaiki baris itu di lembar kerja (atau di jendela aplikasi, tempat baris juga dapat dilewati).</translation>
    </message>
    <message>
        <source>Nothing was written: run it again with --yes to import the list.</source>
        <translation>Belum ada yang disimpan: jalankan lagi dengan --yes untuk mengimpor daftar ini.</translation>
    </message>
    <message>
        <source>Imported the class list: {added} students added, {changed} changed, {unchanged} already there. No case was opened.</source>
        <translation>Daftar kelas diimpor: {added} siswa ditambahkan, {changed} berubah, {unchanged} sudah ada. Tidak ada kasus yang dibuka.</translation>
    </message>
    <message>
        <source>  in the file's structure: {what}</source>
        <translation>  dalam struktur berkas: {what}</translation>
    </message>
    <message>
        <source>  page {page}: {what}, in: {sentence}</source>
        <translation>  halaman {page}: {what}, dalam: {sentence}</translation>
    </message>
    <message>
        <source>Find the sentence in the note (▮▮▮ marks the words found), then change the note, add the person to the record, or export again with --redact WORD.</source>
        <translation>Cari kalimat itu di catatan (▮▮▮ menandai kata yang ditemukan), lalu ubah catatannya, tambahkan orang itu ke berkas kasus, atau ekspor lagi dengan --redact WORD.</translation>
    </message>
    <message>
        <source>{program}: usage error: {problem}</source>
        <translation>{program}: kesalahan penggunaan: {problem}</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} bukan bilangan bulat</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>harus minimal 1</translation>
    </message>
    <message>
        <source>{text} is not a date written YYYY-MM-DD</source>
        <translation>{text} bukan tanggal dengan format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Counsel Desk's encrypted case-record vault from the command line. VAULT is the vault's folder. Passphrases are read from the terminal, or from standard input when it is not a terminal; never from arguments.</source>
        <translation>Brankas catatan kasus terenkripsi Counsel Desk melalui baris perintah. VAULT adalah folder brankas. Frasa sandi dibaca dari terminal, atau dari masukan standar jika bukan terminal; tidak pernah dari argumen.</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>buat brankas baru</translation>
    </message>
    <message>
        <source>Argon2id passes</source>
        <translation>jumlah iterasi (passes) Argon2id</translation>
    </message>
    <message>
        <source>Argon2id memory in KiB</source>
        <translation>memori Argon2id dalam KiB</translation>
    </message>
    <message>
        <source>Argon2id lanes</source>
        <translation>jumlah jalur (lanes) Argon2id</translation>
    </message>
    <message>
        <source>fill it with the demo's invented records (what counsel-desk --demo shows)</source>
        <translation>isi dengan catatan rekaan demo (yang ditampilkan counsel-desk --demo)</translation>
    </message>
    <message>
        <source>the vault's key file, if it has one</source>
        <translation>berkas kunci brankas, jika ada</translation>
    </message>
    <message>
        <source>import a counsel-desk/1 or /2 JSON file (all or nothing)</source>
        <translation>impor berkas JSON counsel-desk/1 atau /2 (semua atau tidak sama sekali)</translation>
    </message>
    <message>
        <source>export the records as counsel-desk/2 JSON (all but the audit and destruction logs)</source>
        <translation>ekspor catatan sebagai JSON counsel-desk/2 (semua kecuali log audit dan log pemusnahan)</translation>
    </message>
    <message>
        <source>leave drawn signatures and scanned forms out (a smaller file)</source>
        <translation>jangan sertakan tanda tangan digambar dan formulir pindaian (berkas lebih kecil)</translation>
    </message>
    <message>
        <source>list clients: case code, name, status (TAB-separated)</source>
        <translation>tampilkan daftar konseli: kode kasus, nama, status (dipisahkan TAB)</translation>
    </message>
    <message>
        <source>check encryption, database structure and audit trail</source>
        <translation>periksa enkripsi, struktur basis data, dan jejak audit</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>ganti frasa sandi</translation>
    </message>
    <message>
        <source>also raise the Argon2 settings to this computer's calibration (about one second; never below RFC 9106's t=3, m=64 MiB, p=4)</source>
        <translation>sekaligus naikkan pengaturan Argon2 ke kalibrasi komputer ini (sekitar satu detik; tidak pernah di bawah t=3, m=64 MiB, p=4 dari RFC 9106)</translation>
    </message>
    <message>
        <source>write an encrypted backup of the vault to one file</source>
        <translation>tulis cadangan brankas yang terenkripsi ke satu berkas</translation>
    </message>
    <message>
        <source>write a redacted supervision summary of one client</source>
        <translation>tulis ringkasan untuk supervisi yang disamarkan untuk satu konseli</translation>
    </message>
    <message>
        <source>protect the PDF with a password (AES-256): five words made for it, printed on stdout once the file is written, and kept nowhere</source>
        <translation>lindungi PDF dengan kata sandi (AES-256): lima kata yang dibuat khusus, dicetak ke stdout setelah berkas ditulis, dan tidak disimpan di mana pun</translation>
    </message>
    <message>
        <source>who receives it (a role or a name), for the vault's disclosure log</source>
        <translation>siapa yang menerimanya (jabatan atau nama), untuk log pengungkapan di brankas</translation>
    </message>
    <message>
        <source>also redact WORD (a word or phrase) in this summary; may be repeated</source>
        <translation>samarkan juga WORD (kata atau frasa) dalam ringkasan ini; boleh diulang</translation>
    </message>
    <message>
        <source>keep WORD: a capitalised word after a title or a kinship word that is no one's name (a place, a brand); names in a record are redacted all the same</source>
        <translation>biarkan WORD: kata berhuruf kapital setelah sapaan atau kata kekerabatan yang bukan nama orang (tempat, merek); nama dalam berkas kasus tetap disamarkan</translation>
    </message>
    <message>
        <source>list the printed phrases that may single the student out without a name (a parent's job, the only one in a class), for you to read</source>
        <translation>tampilkan frasa tercetak yang mungkin menunjuk satu siswa tertentu tanpa menyebut nama (pekerjaan orang tua, satu-satunya di kelas), untuk Anda baca</translation>
    </message>
    <message>
        <source>write the BK service report (laporan pelaksanaan layanan BK) of a month, a semester or a school year as PDF or XLSX</source>
        <translation>tulis laporan pelaksanaan layanan BK untuk satu bulan, satu semester, atau satu tahun ajaran sebagai PDF atau XLSX</translation>
    </message>
    <message>
        <source>a month (2026-11), a semester of a school year (2026-S1: from the year's start to December; 2026-S2: from January 2027 to the day before the next year starts) or a school year (2026/2027)</source>
        <translation>satu bulan (2026-11), satu semester tahun ajaran (2026-S1: dari awal tahun ajaran sampai Desember; 2026-S2: dari Januari 2027 sampai sehari sebelum tahun ajaran berikutnya dimulai), atau satu tahun ajaran (2026/2027)</translation>
    </message>
    <message>
        <source>first keep in the vault that one lesson period (JP) lasts N minutes (1–90; 40 in an SMP, 45 in an SMA)</source>
        <translation>lebih dahulu simpan di brankas bahwa satu jam pelajaran (JP) lamanya N menit (1–90; 40 di SMP, 45 di SMA)</translation>
    </message>
    <message>
        <source>start a new school year: every active client's class moves up, the last class graduates and its cases close; prints what changes, by case code, and changes it only with --yes</source>
        <translation>mulai tahun ajaran baru: kelas setiap konseli aktif naik, kelas terakhir lulus dan kasusnya ditutup; menampilkan perubahannya per kode kasus, dan baru mengubahnya dengan --yes</translation>
    </message>
    <message>
        <source>the year the new school year starts in (2027 for 2027/2028; default: the next)</source>
        <translation>tahun mulainya tahun ajaran baru (2027 untuk 2027/2028; bawaan: yang berikutnya)</translation>
    </message>
    <message>
        <source>the school's last class, which graduates (IX at an SMP, XII at an SMA; default: guessed from the classes in the vault)</source>
        <translation>kelas terakhir sekolah, yang lulus (IX di SMP, XII di SMA; bawaan: diperkirakan dari kelas-kelas di brankas)</translation>
    </message>
    <message>
        <source>start it (else: preview only)</source>
        <translation>mulai (tanpa ini: pratinjau saja)</translation>
    </message>
    <message>
        <source>import a class list (CSV or XLSX, e.g. a Dapodik export) as roster entries, not clients: prints the preview; writes only with --yes and no row refused</source>
        <translation>impor daftar kelas (CSV atau XLSX, misalnya ekspor Dapodik) sebagai data siswa, bukan konseli: menampilkan pratinjau; menyimpan hanya dengan --yes dan bila tidak ada baris yang ditolak</translation>
    </message>
    <message>
        <source>write the list (all or nothing) after the preview</source>
        <translation>simpan daftar (semua atau tidak sama sekali) setelah pratinjau</translation>
    </message>
    <message>
        <source>the school year of the list (default: the one of today, from July)</source>
        <translation>tahun ajaran daftar ini (bawaan: tahun ajaran hari ini, mulai Juli)</translation>
    </message>
    <message>
        <source>restore a backup as a new vault (checked first)</source>
        <translation>pulihkan cadangan sebagai brankas baru (diperiksa terlebih dahulu)</translation>
    </message>
    <message>
        <source>move the vault to a new folder (out of a synced folder): copied, checked, then the old copy removed</source>
        <translation>pindahkan brankas ke folder baru (keluar dari folder yang disinkronkan): disalin, diperiksa, lalu salinan lama dihapus</translation>
    </message>
    <message>
        <source>counsel-desk-cli: error: {problem}</source>
        <translation>counsel-desk-cli: kesalahan: {problem}</translation>
    </message>
    <message>
        <source>counsel-desk-cli: error: {path}: {reason}</source>
        <translation>counsel-desk-cli: kesalahan: {path}: {reason}</translation>
    </message>
    <message>
        <source>counsel-desk-cli: interrupted; nothing more was changed</source>
        <translation>counsel-desk-cli: dihentikan; tidak ada lagi yang diubah</translation>
    </message>
    <message>
        <source>counsel-desk-cli: error: unexpected internal error ({kind}); set COUNSEL_DESK_DEBUG=1 to see details</source>
        <translation>counsel-desk-cli: kesalahan: terjadi kesalahan internal yang tidak terduga ({kind}); atur COUNSEL_DESK_DEBUG=1 untuk melihat detailnya</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>peringatan: {problem}</translation>
    </message>
    <message>
        <source>the passphrase on standard input is not UTF-8 text; nothing was changed</source>
        <translation>frasa sandi pada masukan standar bukan teks UTF-8; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>The vault's key was changed too: old copies of vault.json, old backups and the old recovery key no longer open today's records. New recovery key (shown only now; write it down or print it and keep it somewhere safe):</source>
        <translation>Kunci enkripsi brankas juga diganti: salinan lama vault.json, cadangan lama, dan kunci pemulihan lama tidak lagi dapat membuka catatan saat ini. Kunci pemulihan baru (hanya ditampilkan sekarang; catat atau cetak, lalu simpan di tempat yang aman):</translation>
    </message>
    <message>
        <source>also give the vault a new key (recommended if the old passphrase may have been seen; rewrites the whole database and prints a new recovery key)</source>
        <translation>ganti juga kunci enkripsi brankas (disarankan jika frasa sandi lama mungkin pernah terlihat orang lain; seluruh basis data ditulis ulang dan kunci pemulihan baru dicetak)</translation>
    </message>
</context>
<context>
    <name>ClientProfileView</name>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Opens a menu: a redacted summary for supervision, or the full record printed.</source>
        <translation>Membuka menu: ringkasan yang disamarkan untuk supervisi, atau cetakan berkas kasus lengkap.</translation>
    </message>
    <message>
        <source>Export for Supervision…</source>
        <translation>Ekspor untuk supervisi…</translation>
    </message>
    <message>
        <source>Print Full Record…</source>
        <translation>Cetak catatan lengkap…</translation>
    </message>
    <message>
        <source>Close Case…</source>
        <translation>Tutup kasus…</translation>
    </message>
    <message>
        <source>Closes this client's case on a date you choose. The record is kept.</source>
        <translation>Menutup kasus konseli ini pada tanggal yang Anda pilih. Berkas kasusnya tetap disimpan.</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Saves the changes to this profile (Ctrl+S).</source>
        <translation>Menyimpan perubahan pada profil ini (Ctrl+S).</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name, date of birth, school and contact details</source>
        <translation>Nama, tanggal lahir, sekolah, dan data kontak</translation>
    </message>
    <message>
        <source>Family &amp;&amp; Contacts</source>
        <translation>Keluarga &amp;&amp; kontak</translation>
    </message>
    <message>
        <source>Guardians, emergency contacts and the other people the record names</source>
        <translation>Orang tua/wali, kontak darurat, dan orang lain yang disebut dalam berkas kasus</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Referral, presenting concern, risk level, tags and the case's dates</source>
        <translation>Sumber rujukan, masalah yang dikemukakan, tingkat risiko, label, dan tanggal kasus</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Session notes: write, sign and read them</source>
        <translation>Catatan sesi: tulis, tandatangani, dan baca</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>The consents recorded for this client</source>
        <translation>Persetujuan yang dicatat untuk konseli ini</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>The support plan, progress charts and follow-ups</source>
        <translation>Rencana dukungan, grafik perkembangan, dan tindak lanjut</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Alih tangan kasus</translation>
    </message>
    <message>
        <source>Cases handed on (alih tangan kasus), their replies and letters</source>
        <translation>Kasus yang dialihtangankan, balasannya, dan suratnya</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Skrining</translation>
    </message>
    <message>
        <source>PHQ-A, PHQ-9 and GAD-7 scores over time; AUM, DCM and ITP results</source>
        <translation>Skor PHQ-A, PHQ-9 dan GAD-7 dari waktu ke waktu; hasil AUM, DCM dan ITP</translation>
    </message>
    <message>
        <source>Privacy mode is on: names, contact details and notes are hidden. Turn privacy mode off to see or edit this profile.</source>
        <translation>Mode privasi aktif: nama, detail kontak, dan catatan disembunyikan. Nonaktifkan mode privasi untuk melihat atau mengubah profil ini.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Data diri</translation>
    </message>
    <message>
        <source>Case code:</source>
        <translation>Kode kasus:</translation>
    </message>
    <message>
        <source>The code that stands for the client in exports and in privacy mode. Left empty, one is assigned when the profile is saved.</source>
        <translation>Kode yang mewakili konseli dalam ekspor dan dalam mode privasi. Jika dibiarkan kosong, kode diberikan saat profil disimpan.</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Nama depan:</translation>
    </message>
    <message>
        <source>The client's given name, as the school writes it.</source>
        <translation>Nama depan konseli, seperti yang ditulis sekolah.</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Nama keluarga:</translation>
    </message>
    <message>
        <source>The family name, if the client has one.</source>
        <translation>Nama keluarga, jika konseli memilikinya.</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Nama panggilan:</translation>
    </message>
    <message>
        <source>The name the client likes to be called, if it is another one.</source>
        <translation>Nama panggilan yang disukai konseli, jika berbeda.</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Tanggal lahir:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <source>The client's gender, in the client's own words.</source>
        <translation>Jenis kelamin konseli, dengan kata-kata konseli sendiri.</translation>
    </message>
    <message>
        <source>School and contact</source>
        <translation>Sekolah dan kontak</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Sekolah:</translation>
    </message>
    <message>
        <source>The school the client attends.</source>
        <translation>Sekolah tempat konseli belajar.</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>The client's grade or class, for example 8B.</source>
        <translation>Kelas konseli, misalnya 8B.</translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation>Nomor induk siswa:</translation>
    </message>
    <message>
        <source>The school's number for this student, if you keep it.</source>
        <translation>Nomor induk siswa dari sekolah, jika Anda mencatatnya.</translation>
    </message>
    <message>
        <source>National ID:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <source>The national identity number, only if the record needs it.</source>
        <translation>Nomor induk kependudukan (NIK), hanya jika berkas kasus memerlukannya.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>The client's own phone number.</source>
        <translation>Nomor telepon konseli sendiri.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>The client's own e-mail address.</source>
        <translation>Alamat e-mail konseli sendiri.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Where the client lives; it may take several lines. Tab moves on.</source>
        <translation>Tempat tinggal konseli; boleh beberapa baris. Tombol Tab pindah ke isian berikutnya.</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Tambah orang tua/wali</translation>
    </message>
    <message>
        <source>No parent or guardian yet. Click “Add Guardian”, then type the name, the relationship (for example mother) and a phone number; Tab moves to the next cell.</source>
        <translation>Belum ada orang tua/wali. Klik “Tambah orang tua/wali”, lalu ketik nama, hubungan (misalnya ibu), dan nomor telepon; tombol Tab pindah ke kolom berikutnya.</translation>
    </message>
    <message>
        <source>Add Emergency Contact</source>
        <translation>Tambah kontak darurat</translation>
    </message>
    <message>
        <source>No emergency contact yet. Click “Add Emergency Contact” and type the name, the relationship and a phone number.</source>
        <translation>Belum ada kontak darurat. Klik “Tambah kontak darurat”, lalu ketik nama, hubungan, dan nomor telepon.</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Kontak darurat</translation>
    </message>
    <message>
        <source>Other people named in the record</source>
        <translation>Orang lain yang disebut dalam catatan</translation>
    </message>
    <message>
        <source>Classmates, teachers or relatives the notes mention. They are disguised in supervision summaries.</source>
        <translation>Teman sekelas, guru, atau kerabat yang disebut dalam catatan. Nama mereka disamarkan dalam ringkasan untuk supervisi.</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Pisahkan tag dengan koma</translation>
    </message>
    <message>
        <source>Referral source:</source>
        <translation>Sumber rujukan:</translation>
    </message>
    <message>
        <source>Who sent the client to you, for example a homeroom teacher.</source>
        <translation>Siapa yang merujuk konseli kepada Anda, misalnya wali kelas.</translation>
    </message>
    <message>
        <source>Presenting concern:</source>
        <translation>Masalah yang dikemukakan:</translation>
    </message>
    <message>
        <source>Why the client came, in a few sentences. Tab moves on.</source>
        <translation>Mengapa konseli datang, dalam beberapa kalimat. Tombol Tab pindah ke isian berikutnya.</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Tingkat risiko:</translation>
    </message>
    <message>
        <source>Your assessment of risk now. A note's risk section changes it too.</source>
        <translation>Penilaian risiko Anda saat ini. Bagian risiko di catatan sesi juga mengubahnya.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Words to find the client by, separated by commas.</source>
        <translation>Kata untuk menemukan konseli, dipisahkan dengan koma.</translation>
    </message>
    <message>
        <source>Case opened:</source>
        <translation>Kasus dibuka:</translation>
    </message>
    <message>
        <source>Case closed:</source>
        <translation>Kasus ditutup:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Belum ditutup</translation>
    </message>
    <message>
        <source>Assigned when saved</source>
        <translation>Diberikan saat disimpan</translation>
    </message>
    <message>
        <source>Sessions ({count})</source>
        <translation>Sesi ({count})</translation>
    </message>
    <message>
        <source>Consents ({count})</source>
        <translation>Persetujuan ({count})</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Konseli baru</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>Risiko: {level}</translation>
    </message>
    <message>
        <source>Age {age}</source>
        <translation>Usia {age} tahun</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>Kelas {grade}</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>Dibuka {date}</translation>
    </message>
    <message>
        <source>Closed {date}</source>
        <translation>Ditutup {date}</translation>
    </message>
    <message>
        <source>Graduated {date}</source>
        <translation>Lulus {date}</translation>
    </message>
    <message>
        <source>The profile was not saved: please correct the fields marked below.</source>
        <translation>Profil belum disimpan. Perbaiki isian yang ditandai di bawah.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Days since the last session (or since the case opened)</source>
        <translation>Jumlah hari sejak sesi terakhir (atau sejak kasus dibuka)</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Sesi terakhir</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>Could not read the caseload</source>
        <translation>Daftar konseli tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Could not open the client</source>
        <translation>Data konseli tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Turn privacy mode off to edit and save a profile.</source>
        <translation>Nonaktifkan mode privasi untuk mengubah dan menyimpan profil.</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Profil tidak disimpan</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil disimpan.</translation>
    </message>
    <message>
        <source>The case was not closed</source>
        <translation>Kasus tidak ditutup</translation>
    </message>
    <message>
        <source>Case closed.</source>
        <translation>Kasus ditutup.</translation>
    </message>
    <message>
        <source>Sessions ({count})</source>
        <translation>Sesi ({count})</translation>
    </message>
    <message>
        <source>Consents ({count})</source>
        <translation>Persetujuan ({count})</translation>
    </message>
    <message>
        <source>A note for {client}, autosaved at {time}, was never saved: the app closed while it was being written. It is kept in the vault. Open it now?</source>
        <translation>Ada catatan untuk {client} yang tersimpan otomatis pukul {time}, tetapi belum pernah disimpan: aplikasi tertutup saat catatan sedang ditulis. Catatan itu tetap ada di brankas. Buka sekarang?</translation>
    </message>
    <message>
        <source>Recovered notes: {count}</source>
        <translation>Catatan yang dipulihkan: {count}</translation>
    </message>
    <message>
        <source>Recovered note</source>
        <translation>Catatan yang dipulihkan</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Catatan belum disimpan</translation>
    </message>
    <message>
        <source>A note could not be saved because the disk is full. If you open another client now, its text is lost. Free some space so that it is saved first. Open the other client anyway?</source>
        <translation>Sebuah catatan tidak dapat disimpan karena disk penuh. Jika Anda membuka konseli lain sekarang, teksnya hilang. Kosongkan sebagian ruang agar catatan itu tersimpan lebih dulu. Tetap buka konseli lain?</translation>
    </message>
    <message>
        <source>A note could not be saved because the disk is full. If you quit now, its text is lost. Free some space (and unlock the vault) to save it first. Quit anyway?</source>
        <translation>Sebuah catatan tidak dapat disimpan karena disk penuh. Jika Anda keluar sekarang, teksnya hilang. Kosongkan sebagian ruang (dan buka brankas) untuk menyimpannya lebih dulu. Tetap keluar?</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>That client is no longer in the vault.</source>
        <translation>Konseli itu sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>Case code {code} is already in use.</source>
        <translation>Kode kasus {code} sudah dipakai.</translation>
    </message>
    <message>
        <source>Note of {date} is still a draft</source>
        <translation>Catatan tanggal {date} masih berupa draf</translation>
    </message>
    <message>
        <source>Minor without active guardian consent</source>
        <translation>Di bawah umur tanpa persetujuan orang tua/wali yang aktif</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risiko tinggi</translation>
    </message>
    <message>
        <source>No session for {days} days</source>
        <translation>Tidak ada sesi selama {days} hari</translation>
    </message>
    <message>
        <source>Self-harm answer on the {instrument} of {date}: no risk assessment in a note since</source>
        <translation>Jawaban melukai diri sendiri pada {instrument} tanggal {date}: belum ada asesmen risiko dalam catatan sejak itu</translation>
    </message>
    <message>
        <source>Unsaved note of {date} recovered</source>
        <translation>Catatan tanggal {date} yang belum disimpan telah dipulihkan</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>The client</source>
        <translation>Konseli</translation>
    </message>
    <message>
        <source>Parent or guardian</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Orang lain</translation>
    </message>
    <message>
        <source>Record a Signed Consent</source>
        <translation>Catat persetujuan yang ditandatangani</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Which consent is recorded; its text is shown beside the signer's fields.</source>
        <translation>Persetujuan mana yang dicatat; teksnya ditampilkan di samping isian penanda tangan.</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Bahasa formulir</translation>
    </message>
    <message>
        <source>The language the form is printed and signed in.</source>
        <translation>Bahasa yang dipakai untuk mencetak dan menandatangani formulir.</translation>
    </message>
    <message>
        <source>Name and role, e.g. dr. Sari, Puskesmas</source>
        <translation>Nama dan jabatan, mis. dr. Sari, Puskesmas</translation>
    </message>
    <message>
        <source>The text of the form</source>
        <translation>Teks formulir</translation>
    </message>
    <message>
        <source>The exact words the signer agrees to; they are kept with the consent.</source>
        <translation>Kata-kata persis yang disetujui penanda tangan; teks ini disimpan bersama persetujuan.</translation>
    </message>
    <message>
        <source>The full name of the person who signs, as they write it.</source>
        <translation>Nama lengkap orang yang menandatangani, seperti yang ia tulis.</translation>
    </message>
    <message>
        <source>Signer's relationship</source>
        <translation>Hubungan penanda tangan</translation>
    </message>
    <message>
        <source>Who the signer is to the client.</source>
        <translation>Hubungan penanda tangan dengan konseli.</translation>
    </message>
    <message>
        <source>e.g. mother, aunt</source>
        <translation>mis. ibu, bibi</translation>
    </message>
    <message>
        <source>The day the form was signed, as year-month-day; Alt+Down opens a calendar.</source>
        <translation>Tanggal formulir ditandatangani, sebagai tahun-bulan-tanggal; Alt+Panah Bawah membuka kalender.</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>The consent expires</source>
        <translation>Persetujuan ini berakhir</translation>
    </message>
    <message>
        <source>Tick it if the consent ends on a date; choose the date next to it.</source>
        <translation>Centang jika persetujuan berakhir pada suatu tanggal; pilih tanggalnya di sebelahnya.</translation>
    </message>
    <message>
        <source>The last day the consent holds, as year-month-day.</source>
        <translation>Hari terakhir persetujuan berlaku, sebagai tahun-bulan-tanggal.</translation>
    </message>
    <message>
        <source>The signer typed or confirmed their name above; no image is kept.</source>
        <translation>Penanda tangan mengetik atau mengonfirmasi namanya di atas; tidak ada gambar yang disimpan.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Hapus tanda tangan</translation>
    </message>
    <message>
        <source>Wipes the drawn signature to sign again.</source>
        <translation>Menghapus tanda tangan yang digambar agar bisa menandatangani lagi.</translation>
    </message>
    <message>
        <source>The signature is kept as an image inside the vault.</source>
        <translation>Tanda tangan disimpan sebagai gambar di dalam brankas.</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>Belum ada berkas yang dilampirkan.</translation>
    </message>
    <message>
        <source>Attach Scan…</source>
        <translation>Lampirkan pindaian…</translation>
    </message>
    <message>
        <source>Chooses the scan of the signed paper form: a PDF, PNG or JPEG of 20 MB at most.</source>
        <translation>Memilih pindaian formulir kertas yang sudah ditandatangani: PDF, PNG, atau JPEG, paling besar 20 MB.</translation>
    </message>
    <message>
        <source>Typed name</source>
        <translation>Nama diketik</translation>
    </message>
    <message>
        <source>The signer typed or confirmed their name; no image is kept</source>
        <translation>Penanda tangan mengetik atau mengonfirmasi namanya; tidak ada gambar yang disimpan</translation>
    </message>
    <message>
        <source>Draw signature</source>
        <translation>Gambar tanda tangan</translation>
    </message>
    <message>
        <source>The signer signs on the screen with the mouse, a pen or a finger</source>
        <translation>Penanda tangan menandatangani di layar dengan mouse, pena, atau jari</translation>
    </message>
    <message>
        <source>Scanned paper form</source>
        <translation>Formulir kertas yang dipindai</translation>
    </message>
    <message>
        <source>A scan of the form signed on paper</source>
        <translation>Pindaian formulir yang ditandatangani di kertas</translation>
    </message>
    <message>
        <source>Also record the student's own agreement (assent)</source>
        <translation>Catat juga persetujuan siswa (assent)</translation>
    </message>
    <message>
        <source>Tick it to record, with this consent, that the student agrees too.</source>
        <translation>Centang untuk mencatat, bersama persetujuan ini, bahwa siswa juga setuju.</translation>
    </message>
    <message>
        <source>The student's name as they write it for the assent.</source>
        <translation>Nama siswa seperti yang ia tulis untuk persetujuan siswa (assent).</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Siswa:</translation>
    </message>
    <message>
        <source>Signature (optional):</source>
        <translation>Tanda tangan (opsional):</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulir:</translation>
    </message>
    <message>
        <source>Released to:</source>
        <translation>Penerima informasi:</translation>
    </message>
    <message>
        <source>e.g. assessment by the puskesmas psychologist</source>
        <translation>mis. asesmen oleh psikolog puskesmas</translation>
    </message>
    <message>
        <source>Purpose of the release</source>
        <translation>Tujuan pengungkapan informasi</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Untuk:</translation>
    </message>
    <message>
        <source>Tick it if the signer lets you share this with the party above.</source>
        <translation>Centang bila penanda tangan mengizinkan ini diberikan kepada pihak di atas.</translation>
    </message>
    <message>
        <source>May share:</source>
        <translation>Boleh diberikan:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Ditandatangani oleh:</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Tanggal tanda tangan:</translation>
    </message>
    <message>
        <source>Print for Signing on Paper…</source>
        <translation>Cetak untuk ditandatangani di kertas…</translation>
    </message>
    <message>
        <source>Saves the form as a PDF to print and sign on paper; attach its scan later.</source>
        <translation>Menyimpan formulir sebagai PDF untuk dicetak dan ditandatangani di kertas; lampirkan pindaiannya nanti.</translation>
    </message>
    <message>
        <source>Record Consent</source>
        <translation>Catat persetujuan</translation>
    </message>
    <message>
        <source>Keeps the consent, its exact text and the signature in the vault.</source>
        <translation>Menyimpan persetujuan, teksnya yang persis, dan tanda tangannya di brankas.</translation>
    </message>
    <message>
        <source>Attach the Signed Form</source>
        <translation>Lampirkan formulir yang sudah ditandatangani</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Attach a PDF, PNG or JPEG file.</source>
        <translation>Lampirkan berkas PDF, PNG, atau JPEG.</translation>
    </message>
    <message>
        <source>{name} ({size} KB) will be stored encrypted in the vault.</source>
        <translation>{name} ({size} KB) akan disimpan terenkripsi di brankas.</translation>
    </message>
    <message>
        <source>Type the signer's name.</source>
        <translation>Ketik nama penanda tangan.</translation>
    </message>
    <message>
        <source>Draw the signature first.</source>
        <translation>Gambar tanda tangan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Attach the signed paper form.</source>
        <translation>Lampirkan formulir kertas yang sudah ditandatangani.</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Tanggal tanda tangan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Student's assent</source>
        <translation>Persetujuan siswa (assent)</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>There is no consent form of this kind in that language.</source>
        <translation>Formulir persetujuan jenis ini tidak tersedia dalam bahasa tersebut.</translation>
    </message>
    <message>
        <source>Attach a PDF, PNG or JPEG file.</source>
        <translation>Lampirkan berkas PDF, PNG, atau JPEG.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB.</source>
        <translation>Ukuran berkas lebih dari 20 MB.</translation>
    </message>
    <message>
        <source>That consent is no longer in the vault.</source>
        <translation>Persetujuan itu sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>That attachment is no longer in the vault.</source>
        <translation>Lampiran itu sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>Type the signer's name.</source>
        <translation>Ketik nama penanda tangan.</translation>
    </message>
    <message>
        <source>Name the person or organisation the information goes to.</source>
        <translation>Tuliskan nama orang atau lembaga yang akan menerima informasi.</translation>
    </message>
    <message>
        <source>Say what the information is shared for.</source>
        <translation>Tuliskan untuk apa informasi ini diberikan.</translation>
    </message>
    <message>
        <source>Tick what may be shared: at least one item.</source>
        <translation>Centang apa yang boleh diberikan: paling sedikit satu.</translation>
    </message>
    <message>
        <source>A release of information needs the day it ends.</source>
        <translation>Izin pengungkapan informasi memerlukan tanggal berakhirnya.</translation>
    </message>
    <message>
        <source>Draw the signature first.</source>
        <translation>Gambar tanda tangan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Attach the signed paper form.</source>
        <translation>Lampirkan formulir kertas yang sudah ditandatangani.</translation>
    </message>
    <message>
        <source>The signature is not a PNG image.</source>
        <translation>Tanda tangan bukan gambar PNG.</translation>
    </message>
    <message>
        <source>Only an active consent can be revoked.</source>
        <translation>Hanya persetujuan yang aktif yang dapat dicabut.</translation>
    </message>
    <message>
        <source>No informed consent on file</source>
        <translation>Belum ada persetujuan konseling (informed consent)</translation>
    </message>
    <message>
        <source>Online sessions without consent to online counseling</source>
        <translation>Sesi daring tanpa persetujuan konseling daring</translation>
    </message>
    <message>
        <source>A consent expires on {date}</source>
        <translation>Persetujuan berakhir pada {date}</translation>
    </message>
</context>
<context>
    <name>ConsentsView</name>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>No consent is recorded for this client yet. Use “Record Consent…”: for a student under 18 it opens the guardian consent, with the student's own assent.</source>
        <translation>Belum ada persetujuan yang dicatat untuk konseli ini. Gunakan “Catat persetujuan…”: untuk siswa di bawah 18 tahun, yang terbuka adalah persetujuan orang tua/wali, bersama persetujuan siswa (assent).</translation>
    </message>
    <message>
        <source>This client's consents and their status. Choose one to see it below.</source>
        <translation>Persetujuan konseli ini dan statusnya. Pilih satu untuk melihatnya di bawah.</translation>
    </message>
    <message>
        <source>The consent chosen</source>
        <translation>Persetujuan yang dipilih</translation>
    </message>
    <message>
        <source>Who signed the consent chosen, when, and the exact text signed.</source>
        <translation>Siapa yang menandatangani persetujuan yang dipilih, kapan, dan teks persis yang ditandatangani.</translation>
    </message>
    <message>
        <source>Record Consent…</source>
        <translation>Catat persetujuan…</translation>
    </message>
    <message>
        <source>Fills in a consent form for this client and records who signed it.</source>
        <translation>Mengisi formulir persetujuan untuk konseli ini dan mencatat siapa yang menandatanganinya.</translation>
    </message>
    <message>
        <source>Attach Scan…</source>
        <translation>Lampirkan pindaian…</translation>
    </message>
    <message>
        <source>Adds a scan of the signed paper form (PDF, PNG or JPEG) to the consent chosen.</source>
        <translation>Menambahkan pindaian formulir kertas yang sudah ditandatangani (PDF, PNG, atau JPEG) ke persetujuan yang dipilih.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Cabut…</translation>
    </message>
    <message>
        <source>Marks the consent chosen as withdrawn from a date. It stays in the record.</source>
        <translation>Menandai persetujuan yang dipilih sebagai dicabut mulai suatu tanggal. Persetujuan itu tetap ada di berkas kasus.</translation>
    </message>
    <message>
        <source>Disclosures: PDFs that left the vault</source>
        <translation>Pengungkapan: PDF yang keluar dari brankas</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Pengungkapan</translation>
    </message>
    <message>
        <source>Every PDF of this client's record that was saved for someone: when, what, to whom, under which consent, and whether it was password-protected.</source>
        <translation>Setiap PDF dari berkas konseli ini yang disimpan untuk seseorang: kapan, apa, kepada siapa, atas dasar persetujuan mana, dan apakah dilindungi kata sandi.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Atas dasar</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Nothing of this client has been shared yet. Each PDF you save of the record, a consent form, a referral letter or a supervision summary is listed here.</source>
        <translation>Belum ada data konseli ini yang dibagikan. Setiap PDF yang Anda simpan, yaitu catatan lengkap, formulir persetujuan, surat alih tangan kasus, atau ringkasan untuk supervisi, dicantumkan di sini.</translation>
    </message>
    <message>
        <source>What of this client's record left the vault, newest last.</source>
        <translation>Bagian berkas konseli ini yang keluar dari brankas, yang terbaru paling bawah.</translation>
    </message>
    <message>
        <source>{kind} of {day}</source>
        <translation>{kind} tanggal {day}</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>tanpa persetujuan</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>dilindungi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Signed by {name} on {date}</source>
        <translation>Ditandatangani oleh {name} pada {date}</translation>
    </message>
    <message>
        <source>Form version {version}</source>
        <translation>Versi formulir {version}</translation>
    </message>
    <message>
        <source>Signed together with the student's assent</source>
        <translation>Ditandatangani bersama persetujuan siswa (assent)</translation>
    </message>
    <message>
        <source>Released to: {party}</source>
        <translation>Penerima informasi: {party}</translation>
    </message>
    <message>
        <source>SHA-256 of the signed text: {hash}</source>
        <translation>SHA-256 teks yang ditandatangani: {hash}</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>tidak cocok</translation>
    </message>
    <message>
        <source>Scanned forms kept encrypted in the vault: {count}</source>
        <translation>Formulir pindaian yang disimpan terenkripsi di brankas: {count}</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Persetujuan dicatat.</translation>
    </message>
    <message>
        <source>Attach the Signed Form</source>
        <translation>Lampirkan formulir yang sudah ditandatangani</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The scan is stored encrypted in the vault.</source>
        <translation>Pindaian disimpan terenkripsi di brankas.</translation>
    </message>
    <message>
        <source>the consent form “{form}”</source>
        <translation>formulir persetujuan “{form}”</translation>
    </message>
    <message>
        <source>Print Consent Form to PDF</source>
        <translation>Cetak formulir persetujuan ke PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Tanda tangan:</translation>
    </message>
    <message>
        <source>The PDF {name} is protected with its password: keep it safe, and destroy it once the signed form is attached to the vault.</source>
        <translation>PDF {name} dilindungi kata sandinya: simpan dengan aman, lalu musnahkan setelah formulir yang sudah ditandatangani dilampirkan ke brankas.</translation>
    </message>
    <message>
        <source>The PDF {name} is not encrypted: keep it safe, and destroy it once the signed form is attached to the vault.</source>
        <translation>PDF {name} tidak terenkripsi: simpan dengan aman, lalu musnahkan setelah formulir yang sudah ditandatangani dilampirkan ke brankas.</translation>
    </message>
    <message>
        <source>The vault cannot be written now (read-only or full): this disclosure is not in its log.</source>
        <translation>Brankas tidak dapat ditulisi saat ini (hanya-baca atau penuh): pengungkapan ini tidak tercatat di lognya.</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <source>One person a row: name, relationship, phone. Type to change the cell chosen; Tab moves to the next cell.</source>
        <translation>Satu orang per baris: nama, hubungan, telepon. Ketik untuk mengubah kolom yang dipilih; tombol Tab pindah ke kolom berikutnya.</translation>
    </message>
    <message>
        <source>Adds a row: type the name, the relationship and a phone number.</source>
        <translation>Menambahkan baris: ketik nama, hubungan, dan nomor telepon.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Removes the person chosen.</source>
        <translation>Menghapus orang yang dipilih.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Baris {row}: {message}</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Berkas kunci:</translation>
    </message>
    <message>
        <source>The vault's passphrase, to confirm it is you.</source>
        <translation>Frasa sandi brankas, untuk memastikan bahwa ini memang Anda.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Clients who need something today. Enter opens the client chosen.</source>
        <translation>Konseli yang memerlukan sesuatu hari ini. Enter membuka konseli yang dipilih.</translation>
    </message>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>Tidak ada yang perlu Anda tindak lanjuti hari ini.</translation>
    </message>
    <message>
        <source>Double-click an item to open the client.</source>
        <translation>Klik dua kali pada item untuk membuka data konseli.</translation>
    </message>
    <message>
        <source>The disk that holds the vault has less free space than two backups need. Free some space on it so that saving and backing up keep working.</source>
        <translation>Ruang kosong di disk tempat brankas berada kurang dari yang dibutuhkan dua cadangan. Kosongkan sebagian ruang di disk itu agar penyimpanan dan pencadangan tetap berfungsi.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo (synthetic data)</source>
        <translation>Demo (data sintetis)</translation>
    </message>
    <message>
        <source>Preparing the demo vault with invented records…</source>
        <translation>Menyiapkan brankas demo dengan catatan rekaan…</translation>
    </message>
    <message>
        <source>The demo vault could not be made. {reason}</source>
        <translation>Brankas demo tidak dapat dibuat. {reason}</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy Records</source>
        <translation>Musnahkan catatan</translation>
    </message>
    <message>
        <source>Every record of case {code} will be destroyed for good:</source>
        <translation>Semua catatan kasus {code} akan dimusnahkan secara permanen:</translation>
    </message>
    <message>
        <source>Type {code} to confirm:</source>
        <translation>Ketik {code} untuk mengonfirmasi:</translation>
    </message>
    <message>
        <source>Type the case code shown to confirm which case is destroyed.</source>
        <translation>Ketik kode kasus yang ditampilkan untuk memastikan kasus mana yang dimusnahkan.</translation>
    </message>
    <message>
        <source>Destroy for Good</source>
        <translation>Musnahkan permanen</translation>
    </message>
    <message>
        <source>Deletes the case's records for good; this cannot be undone.</source>
        <translation>Menghapus berkas kasus ini secara permanen; tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>• the client's profile, guardians and contacts</source>
        <translation>• profil konseli, orang tua/wali, dan kontak</translation>
    </message>
    <message>
        <source>• {sessions} session notes (with their addenda)</source>
        <translation>• {sessions} catatan sesi (beserta adendumnya)</translation>
    </message>
    <message>
        <source>• {consents} consent records</source>
        <translation>• {consents} catatan persetujuan</translation>
    </message>
    <message>
        <source>• dates of service: {dates}</source>
        <translation>• tanggal layanan: {dates}</translation>
    </message>
    <message>
        <source>The freed space in the vault is overwritten and compacted. Only the case code, the dates of service and today's date stay, in the destruction log.</source>
        <translation>Ruang yang dikosongkan di brankas ditimpa dan dipadatkan. Yang tersisa hanya kode kasus, tanggal layanan, dan tanggal hari ini, di log pemusnahan.</translation>
    </message>
    <message>
        <source>No automatic backup of this vault holds this case.</source>
        <translation>Tidak ada cadangan otomatis brankas ini yang memuat kasus ini.</translation>
    </message>
    <message>
        <source>{count} automatic backups still hold this case until they rotate out ({dates}; {size} in all).</source>
        <translation>{count} cadangan otomatis masih memuat kasus ini sampai tergantikan oleh cadangan yang lebih baru ({dates}; total {size}).</translation>
    </message>
    <message>
        <source>Backups you saved yourself with Back Up Now hold it until you delete them.</source>
        <translation>Cadangan yang Anda simpan sendiri melalui “Cadangkan sekarang” tetap memuatnya sampai Anda menghapusnya.</translation>
    </message>
    <message>
        <source>Destroying the records and overwriting the freed space…</source>
        <translation>Memusnahkan catatan dan menimpa ruang yang dikosongkan…</translation>
    </message>
</context>
<context>
    <name>DestructionLogModel</name>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Dates of service</source>
        <translation>Tanggal layanan</translation>
    </message>
    <message>
        <source>Destroyed on</source>
        <translation>Dimusnahkan pada</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Destroy on</source>
        <translation>Jadwal pemusnahan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Dates of service</source>
        <translation>Tanggal layanan</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Penangguhan pemusnahan (keperluan hukum)</translation>
    </message>
</context>
<context>
    <name>DutyChecklist</name>
    <message>
        <source>Duty to warn / report: what was done, and when</source>
        <translation>Kewajiban memperingatkan / melapor: apa yang dilakukan, dan kapan</translation>
    </message>
    <message>
        <source>A disclosure of harm or abuse may oblige you to act. Record each step as you take it; the time is kept with the note.</source>
        <translation>Pengungkapan tentang bahaya atau kekerasan dapat mewajibkan Anda bertindak. Catat setiap langkah saat Anda melakukannya; waktunya disimpan bersama catatan.</translation>
    </message>
    <message>
        <source>Done {time}</source>
        <translation>Selesai {time}</translation>
    </message>
    <message>
        <source>Mark done now</source>
        <translation>Tandai selesai sekarang</translation>
    </message>
    <message>
        <source>{step}: mark done now</source>
        <translation>{step}: tandai selesai sekarang</translation>
    </message>
    <message>
        <source>Records that you took this step, with the time now.</source>
        <translation>Mencatat bahwa Anda sudah mengambil langkah ini, dengan waktu saat ini.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Your records were not changed by this error.</source>
        <translation>Terjadi kesalahan. Catatan Anda tidak diubah oleh kesalahan ini.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is a symbolic link, which is never followed</source>
        <translation>berkas itu berupa tautan simbolis, yang tidak pernah diikuti</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>itu sebuah folder</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>itu bukan folder</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>itu bukan berkas biasa</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}. Nothing was written.</source>
        <translation>{name} tidak dapat ditulis: {reason}. Tidak ada yang ditulis.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Add Follow-up</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
    <message>
        <source>The day it should be done by, as year-month-day; Alt+Down opens a calendar.</source>
        <translation>Tanggal paling lambat tindak lanjut selesai, sebagai tahun-bulan-tanggal; Alt+Panah Bawah membuka kalender.</translation>
    </message>
    <message>
        <source>e.g. Call the guardian about the school visit</source>
        <translation>mis. Telepon orang tua/wali tentang kunjungan ke sekolah</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Paling lambat:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Tindakan:</translation>
    </message>
    <message>
        <source>Adds the follow-up; it appears on Today when due.</source>
        <translation>Menambahkan tindak lanjut; tindak lanjut muncul di Hari ini saat waktunya tiba.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal {number}</source>
        <translation>Tujuan {number}</translation>
    </message>
    <message>
        <source>What the client wants to achieve</source>
        <translation>Yang ingin dicapai konseli</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Status tujuan</translation>
    </message>
    <message>
        <source>How far the goal has come: still worked on, reached, or set aside.</source>
        <translation>Sejauh mana tujuan ini: masih diupayakan, tercapai, atau dihentikan.</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Tanggal target:</translation>
    </message>
    <message>
        <source>Review date:</source>
        <translation>Tanggal tinjauan:</translation>
    </message>
    <message>
        <source>Measurable objective</source>
        <translation>Sasaran yang terukur</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>One measurable objective a row: what, the scale it is rated on, and the rating that means it is met. Type to change the objective chosen.</source>
        <translation>Satu sasaran terukur per baris: apa sasarannya, skala penilaiannya, dan nilai yang berarti sasaran tercapai. Ketik untuk mengubah sasaran yang dipilih.</translation>
    </message>
    <message>
        <source>Add Objective</source>
        <translation>Tambah sasaran</translation>
    </message>
    <message>
        <source>Adds a row for one more objective of this goal.</source>
        <translation>Menambahkan baris untuk satu sasaran lagi dari tujuan ini.</translation>
    </message>
    <message>
        <source>Remove Objective</source>
        <translation>Hapus sasaran</translation>
    </message>
    <message>
        <source>Removes the objective chosen in the table.</source>
        <translation>Menghapus sasaran yang dipilih di tabel.</translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation>Hapus tujuan</translation>
    </message>
    <message>
        <source>Takes this goal out of the new version; earlier versions keep it.</source>
        <translation>Mengeluarkan tujuan ini dari versi baru; versi sebelumnya tetap memuatnya.</translation>
    </message>
    <message>
        <source>One intervention per line, e.g. weekly check-in, study-skills group</source>
        <translation>Satu intervensi per baris, mis. pertemuan mingguan, kelompok keterampilan belajar</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervensi</translation>
    </message>
    <message>
        <source>What you will do towards the goal, one intervention a line.</source>
        <translation>Apa yang akan Anda lakukan untuk mencapai tujuan, satu intervensi per baris.</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Sasaran:</translation>
    </message>
    <message>
        <source>Interventions:</source>
        <translation>Intervensi:</translation>
    </message>
    <message>
        <source>The objective is rated from 0 to this number in each session note.</source>
        <translation>Sasaran dinilai dari 0 sampai angka ini di setiap catatan sesi.</translation>
    </message>
    <message>
        <source>The rating that means the objective is met; a dash for none.</source>
        <translation>Nilai yang berarti sasaran tercapai; tanda pisah jika tidak ada.</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>Client {number} ({case_code}): {problem}</source>
        <translation>Konseli {number} ({case_code}): {problem}</translation>
    </message>
    <message>
        <source>Client {number}: {problem}</source>
        <translation>Konseli {number}: {problem}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas ini kosong.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (the first bad byte is at offset {offset}).</source>
        <translation>Berkas ini bukan teks UTF-8 (byte rusak pertama ada di posisi {offset}).</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem} at line {line}, column {column}.</source>
        <translation>Berkas ini bukan JSON yang valid: {problem} pada baris {line}, kolom {column}.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem}.</source>
        <translation>Berkas ini bukan JSON yang valid: {problem}.</translation>
    </message>
    <message>
        <source>The file must hold one JSON object, not {found}.</source>
        <translation>Berkas harus berisi satu objek JSON, bukan {found}.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a counsel-desk document.</source>
        <translation>Struktur berkas ini bersarang terlalu dalam untuk dokumen counsel-desk.</translation>
    </message>
    <message>
        <source>The file has no "format" key, so it is not a counsel-desk document.</source>
        <translation>Berkas ini tidak memiliki kunci "format", jadi bukan dokumen counsel-desk.</translation>
    </message>
    <message>
        <source>The file's "format" is {found}; only "{old}" and "{new}" can be read.</source>
        <translation>"format" berkas ini adalah {found}; hanya "{old}" dan "{new}" yang dapat dibaca.</translation>
    </message>
    <message>
        <source>"{key}" is not part of the {format} format (keys allowed here: {allowed}).</source>
        <translation>"{key}" bukan bagian dari format {format} (kunci yang diizinkan di sini: {allowed}).</translation>
    </message>
    <message>
        <source>"{key}" is not a field of the {template_name} template (it has: {allowed}).</source>
        <translation>"{key}" bukan kolom templat {template_name} (kolom yang ada: {allowed}).</translation>
    </message>
    <message>
        <source>"{key}" appears more than once.</source>
        <translation>"{key}" muncul lebih dari sekali.</translation>
    </message>
    <message>
        <source>"{key}" is required.</source>
        <translation>"{key}" wajib ada.</translation>
    </message>
    <message>
        <source>"{key}" must be a string, not {found}.</source>
        <translation>"{key}" harus berupa string, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be a string or null, not {found}.</source>
        <translation>"{key}" harus berupa string atau null, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be a list, not {found}.</source>
        <translation>"{key}" harus berupa daftar, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be an object, not {found}.</source>
        <translation>"{key}" harus berupa objek, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be a whole number of minutes or null, not {found}.</source>
        <translation>"{key}" harus berupa jumlah menit (bilangan bulat) atau null, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be one of {allowed}, not {found}.</source>
        <translation>"{key}" harus salah satu dari {allowed}, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be true or false, not {found}.</source>
        <translation>"{key}" harus true atau false, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be a real date written YYYY-MM-DD, not {found}.</source>
        <translation>"{key}" harus berupa tanggal yang benar dengan format YYYY-MM-DD, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be a time of day written HH:MM (00:00 to 23:59), not {found}.</source>
        <translation>"{key}" harus berupa jam dengan format HH:MM (00:00 sampai 23:59), bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be a real date and time written YYYY-MM-DDTHH:MM:SS, not {found}.</source>
        <translation>"{key}" harus berupa tanggal dan jam yang benar dengan format YYYY-MM-DDTHH:MM:SS, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" holds an invalid character (an unpaired UTF-16 surrogate).</source>
        <translation>"{key}" berisi karakter yang tidak valid (surrogate UTF-16 tanpa pasangan).</translation>
    </message>
    <message>
        <source>The case code {code} is already used by client {other} in this file.</source>
        <translation>Kode kasus {code} sudah dipakai oleh konseli {other} dalam berkas ini.</translation>
    </message>
    <message>
        <source>"{key}" names {code}, which is the case code of no client in this file or in the vault.</source>
        <translation>"{key}" menyebut {code}, padahal itu bukan kode kasus konseli mana pun dalam berkas ini atau di brankas.</translation>
    </message>
    <message>
        <source>"{key}": {problem}</source>
        <translation>"{key}": {problem}</translation>
    </message>
    <message>
        <source>a struck result has both struck_at and a strike_reason; one without the other is not</source>
        <translation>hasil yang dicoret memiliki struck_at dan strike_reason sekaligus; salah satu saja tidak sah</translation>
    </message>
    <message>
        <source>"{key}" is not the client the roster entry of this member was opened as (the entry names another client, or none).</source>
        <translation>"{key}" bukan konseli yang dibuka dari entri daftar kelas anggota ini (entri itu menyebut konseli lain, atau tidak ada).</translation>
    </message>
    <message>
        <source>"{key}" makes a student a member twice: as this client and through the roster entry her case was opened from.</source>
        <translation>"{key}" membuat seorang siswa menjadi anggota dua kali: sebagai konseli ini dan melalui entri daftar kelas tempat kasusnya dibuka.</translation>
    </message>
    <message>
        <source>"{key}" is out of order: rounds are listed by day, members and answers by number.</source>
        <translation>"{key}" tidak berurutan: putaran diurutkan menurut tanggal, anggota dan jawaban menurut nomor.</translation>
    </message>
    <message>
        <source>"{key}" must be a whole number, not {found}.</source>
        <translation>"{key}" harus berupa bilangan bulat, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}": the school year starting in {found} is listed twice.</source>
        <translation>"{key}": tahun ajaran yang dimulai pada {found} tercantum dua kali.</translation>
    </message>
    <message>
        <source>"{key}" must be a whole number or null, not {found}.</source>
        <translation>"{key}" harus berupa bilangan bulat atau null, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be from {low} to {high}, not {found}.</source>
        <translation>"{key}" harus antara {low} dan {high}, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be {expected}: plan versions are numbered 1, 2, 3, … in order.</source>
        <translation>"{key}" harus {expected}: versi rencana dinomori 1, 2, 3, … secara berurutan.</translation>
    </message>
    <message>
        <source>"{key}" is {found}, which an earlier item of the same list already has.</source>
        <translation>"{key}" bernilai {found}, yang sudah dimiliki butir sebelumnya dalam daftar yang sama.</translation>
    </message>
    <message>
        <source>"{key}" is {found}, but the client has {count} consents (the first is 0): it must name the release of information the referral relies on.</source>
        <translation>"{key}" bernilai {found}, padahal konseli ini punya {count} persetujuan (yang pertama 0): harus menunjuk izin pengungkapan informasi yang menjadi dasar alih tangan kasus.</translation>
    </message>
    <message>
        <source>"{key}" is {found}, but "{list}" has {count} entries (the first is 0).</source>
        <translation>"{key}" bernilai {found}, tetapi "{list}" hanya berisi {count} entri (yang pertama 0).</translation>
    </message>
    <message>
        <source>"{key}" must be a month written YYYY-MM, not {found}.</source>
        <translation>"{key}" harus berupa bulan dengan format YYYY-MM, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" is not valid base64.</source>
        <translation>"{key}" bukan base64 yang valid.</translation>
    </message>
    <message>
        <source>"{key}" does not match the attachment's data (the file was changed or cut short).</source>
        <translation>"{key}" tidak cocok dengan data lampiran (berkas telah diubah atau terpotong).</translation>
    </message>
    <message>
        <source>"{key}" cannot be blank.</source>
        <translation>"{key}" tidak boleh kosong.</translation>
    </message>
    <message>
        <source>"{key}" must be an NISN of 10 digits written as a string, not {found}.</source>
        <translation>"{key}" harus berupa NISN 10 digit yang ditulis sebagai string, bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" must be a school year like "2026/2027", not {found}.</source>
        <translation>"{key}" harus berupa tahun ajaran seperti "2026/2027", bukan {found}.</translation>
    </message>
    <message>
        <source>"{key}" is no event to keep: {why}</source>
        <translation>"{key}" bukan kegiatan yang dapat disimpan: {why}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>"{key}" is {found}, after the day of the import: a disclosure cannot have been made in the future.</source>
        <translation>"{key}" bernilai {found}, setelah hari impor: pengungkapan tidak mungkin dilakukan di masa depan.</translation>
    </message>
    <message>
        <source>"{key}" must be null: a consent form is shared under no other consent.</source>
        <translation>"{key}" harus null: formulir persetujuan tidak dibagikan berdasarkan persetujuan lain.</translation>
    </message>
    <message>
        <source>"{key}" is {found}, which is no consent this document could have been shared under: it must name a consent of kind {kind} signed by the day it was shared ({day}), or be null.</source>
        <translation>"{key}" bernilai {found}, bukan persetujuan yang dapat mendasari pembagian dokumen ini: harus menunjuk persetujuan berjenis {kind} yang ditandatangani paling lambat pada hari dokumen dibagikan ({day}), atau null.</translation>
    </message>
    <message>
        <source>"{key}" may hold at most {count} characters.</source>
        <translation>"{key}" paling banyak {count} karakter.</translation>
    </message>
    <message>
        <source>The class list of the vault already holds the student with NISN {nisn}; nothing was imported.</source>
        <translation>Daftar kelas di brankas sudah memuat siswa dengan NISN {nisn}; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>“{words}” names someone in the vault. A sociometry round keeps names only in the class list and the records: write the question without it.</source>
        <translation>“{words}” menyebut seseorang yang ada di brankas. Putaran sosiometri menyimpan nama hanya di daftar kelas dan berkas kasus: tulis pertanyaannya tanpa nama itu.</translation>
    </message>
    <message>
        <source>Case code {code} is already in the vault; nothing was imported.</source>
        <translation>Kode kasus {code} sudah ada di brankas; tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>KdfBanner</name>
    <message>
        <source>Strengthen…</source>
        <translation>Perkuat…</translation>
    </message>
    <message>
        <source>Protects the passphrase with stronger key settings measured on this computer. The passphrase stays the same.</source>
        <translation>Melindungi frasa sandi dengan pengaturan kunci yang lebih kuat, diukur di komputer ini. Frasa sandi tetap sama.</translation>
    </message>
    <message>
        <source>Weak key settings (Argon2id t={t}, m={m} KiB, p={p}): a stolen copy of this vault is cheaper to guess.</source>
        <translation>Pengaturan kunci lemah (Argon2id t={t}, m={m} KiB, p={p}): salinan brankas ini yang dicuri lebih mudah ditebak.</translation>
    </message>
    <message>
        <source>This vault's passphrase is protected by weaker key settings than recommended (t=3, m=65536 KiB, p=4). Strengthen them with settings measured on this computer; your passphrase stays the same.</source>
        <translation>Frasa sandi brankas ini dilindungi pengaturan kunci yang lebih lemah daripada yang dianjurkan (t=3, m=65536 KiB, p=4). Perkuat dengan pengaturan yang diukur di komputer ini; frasa sandi Anda tetap sama.</translation>
    </message>
</context>
<context>
    <name>KeptWordsPage</name>
    <message>
        <source>Words you chose to keep in the supervision review: they are in no record and no dictionary but are no one's name, so every summary prints them as written instead of [PERSON ?]. A name in a record and a never-print word are redacted all the same. Remove a word to have it replaced again.</source>
        <translation>Kata yang Anda pilih untuk tetap dicetak saat meninjau ringkasan untuk supervisi: kata ini tidak ada di berkas kasus mana pun maupun di kamus, tetapi bukan nama siapa pun, sehingga setiap ringkasan mencetaknya apa adanya, bukan sebagai [ORANG ?] ([PERSON ?] dalam ringkasan berbahasa Inggris). Nama yang ada di berkas kasus dan kata dari daftar jangan dicetak tetap disamarkan. Hapus sebuah kata agar kata itu diganti lagi.</translation>
    </message>
    <message>
        <source>Kept words</source>
        <translation>Kata yang tetap dicetak</translation>
    </message>
    <message>
        <source>Words printed as written in every summary, though they look like names. Choose some to remove them.</source>
        <translation>Kata yang dicetak apa adanya di setiap ringkasan, meskipun tampak seperti nama. Pilih beberapa untuk menghapusnya.</translation>
    </message>
    <message>
        <source>No kept words yet. Keep one from the review of a supervision summary.</source>
        <translation>Belum ada kata yang tetap dicetak. Pilih kata saat meninjau ringkasan untuk supervisi.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Removes the words chosen: summaries print them as [PERSON ?] again.</source>
        <translation>Menghapus kata yang dipilih: ringkasan mencetaknya lagi sebagai [ORANG ?].</translation>
    </message>
</context>
<context>
    <name>KeyFilePicker</name>
    <message>
        <source>No key file chosen</source>
        <translation>Belum ada berkas kunci yang dipilih</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Opens a file window to choose where the new key file is saved.</source>
        <translation>Membuka jendela berkas untuk memilih tempat berkas kunci baru disimpan.</translation>
    </message>
    <message>
        <source>Opens a file window to choose the key file.</source>
        <translation>Membuka jendela berkas untuk memilih berkas kunci.</translation>
    </message>
    <message>
        <source>Where should the new key file go?</source>
        <translation>Di mana berkas kunci baru akan disimpan?</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Pilih berkas kunci</translation>
    </message>
</context>
<context>
    <name>KioskDialog</name>
    <message>
        <source>Needs Questionnaire</source>
        <translation>Angket Kebutuhan</translation>
    </message>
    <message>
        <source>Needs questionnaire — class {name}</source>
        <translation>Angket kebutuhan peserta didik — kelas {name}</translation>
    </message>
    <message>
        <source>Tick each sentence that is true for you: “I would like help with this.” Leave the others empty. Your answers count for your class; nobody sees them with your name. When you are done, choose I Am Done.</source>
        <translation>Centang setiap kalimat yang sesuai dengan dirimu: “Saya ingin dibantu dalam hal ini.” Biarkan yang lain kosong. Jawabanmu dihitung untuk kelasmu; tidak ada yang melihatnya bersama namamu. Jika sudah selesai, pilih Saya Selesai.</translation>
    </message>
    <message>
        <source>Tick it if you would like help with this; leave it empty if not.</source>
        <translation>Centang jika kamu ingin dibantu dalam hal ini; biarkan kosong jika tidak.</translation>
    </message>
    <message>
        <source>I Am &amp;Done</source>
        <translation>Saya &amp;Selesai</translation>
    </message>
    <message>
        <source>Saves your answers for your class and clears the form for the next student.</source>
        <translation>Menyimpan jawabanmu untuk kelasmu dan mengosongkan angket untuk siswa berikutnya.</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>Jawaban tidak disimpan</translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved. The next student may begin.</source>
        <translation>Terima kasih! Jawabanmu sudah disimpan. Siswa berikutnya silakan mulai.</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Counselor…</source>
        <translation>Guru BK…</translation>
    </message>
    <message>
        <source>For the counselor: asks for the vault's passphrase to leave the kiosk.</source>
        <translation>Untuk guru BK: meminta frasa sandi brankas untuk keluar dari mode kios.</translation>
    </message>
    <message>
        <source>The vault's passphrase</source>
        <translation>Frasa sandi brankas</translation>
    </message>
    <message>
        <source>Passphrase to leave the kiosk</source>
        <translation>Frasa sandi untuk keluar dari mode kios</translation>
    </message>
    <message>
        <source>&amp;Leave Kiosk</source>
        <translation>&amp;Keluar dari Kios</translation>
    </message>
    <message>
        <source>Leaves the kiosk when the passphrase is the vault's.</source>
        <translation>Keluar dari mode kios jika frasa sandinya benar.</translation>
    </message>
    <message>
        <source>Back to the Form</source>
        <translation>Kembali ke Formulir</translation>
    </message>
    <message>
        <source>Hides the passphrase field; the kiosk stays open.</source>
        <translation>Menyembunyikan kolom frasa sandi; mode kios tetap terbuka.</translation>
    </message>
    <message>
        <source>Loc&amp;k the Vault</source>
        <translation>&amp;Kunci Brankas</translation>
    </message>
    <message>
        <source>Locks the vault, which closes the kiosk; unlock as usual to go on.</source>
        <translation>Mengunci brankas sehingga mode kios tertutup; buka kunci seperti biasa untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>ASCA: {category}</source>
        <translation>ASCA: {category}</translation>
    </message>
</context>
<context>
    <name>LetterheadPage</name>
    <message>
        <source>The letterhead of referral letters and how they are numbered. A number is given once and never again, even if the scheme changes.</source>
        <translation>Kop surat alih tangan kasus dan cara penomorannya. Satu nomor hanya dipakai sekali, walaupun pola penomorannya berubah.</translation>
    </message>
    <message>
        <source>The school's name at the top of every letter.</source>
        <translation>Nama sekolah di bagian atas setiap surat.</translation>
    </message>
    <message>
        <source>The school as the letter number shows it.</source>
        <translation>Nama sekolah seperti pada nomor surat.</translation>
    </message>
    <message>
        <source>The school's address under its name.</source>
        <translation>Alamat sekolah di bawah namanya.</translation>
    </message>
    <message>
        <source>The school's telephone under its name.</source>
        <translation>Telepon sekolah di bawah namanya.</translation>
    </message>
    <message>
        <source>Your name below the letter, as you sign it.</source>
        <translation>Nama Anda di bawah surat, seperti tanda tangan Anda.</translation>
    </message>
    <message>
        <source>Your NIP or NUPTK below your name, or empty.</source>
        <translation>NIP atau NUPTK Anda di bawah nama, atau kosong.</translation>
    </message>
    <message>
        <source>How letters are numbered; it must hold {number}.</source>
        <translation>Cara surat diberi nomor; harus memuat {number}.</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Sekolah:</translation>
    </message>
    <message>
        <source>SMP Negeri 1 Depok</source>
        <translation>SMP Negeri 1 Depok</translation>
    </message>
    <message>
        <source>In the number:</source>
        <translation>Di nomor surat:</translation>
    </message>
    <message>
        <source>SMPN 1</source>
        <translation>SMPN 1</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>Jl. Nusantara No. 1, Depok</source>
        <translation>Jl. Nusantara No. 1, Depok</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Ditandatangani oleh:</translation>
    </message>
    <message>
        <source>Your name as you sign letters</source>
        <translation>Nama Anda seperti pada tanda tangan surat</translation>
    </message>
    <message>
        <source>NIP / NUPTK:</source>
        <translation>NIP / NUPTK:</translation>
    </message>
    <message>
        <source>Numbering:</source>
        <translation>Penomoran:</translation>
    </message>
    <message>
        <source>The fifth letter this month reads {example}. Fields: {{number:03d}}, {{school}}, {{month_roman}}, {{month}}, {{year}}.</source>
        <translation>Surat kelima bulan ini bernomor {example}. Isian: {{number:03d}}, {{school}}, {{month_roman}}, {{month}}, {{year}}.</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>A chart. The table next to it holds the same figures.</source>
        <translation>Grafik. Tabel di sebelahnya memuat angka yang sama.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Garis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>{chart}, in numbers</source>
        <translation>{chart}, dalam angka</translation>
    </message>
    <message>
        <source>Each point of the chart: its line, date and value.</source>
        <translation>Setiap titik grafik: garisnya, tanggalnya, dan nilainya.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counsel Desk</source>
        <translation>Counsel Desk</translation>
    </message>
</context>
<context>
    <name>MoveVaultDialog</name>
    <message>
        <source>Move the Vault Out of the Synced Folder</source>
        <translation>Pindahkan Brankas dari Folder Sinkronisasi</translation>
    </message>
    <message>
        <source>{service} copies the folder {root}. A vault in use there can be damaged when it is copied in the middle of a change, or when two computers change it at once. Choose a folder on this computer that is not synced: the vault is copied there, checked, and opened with your passphrase, and only then removed from the synced folder.</source>
        <translation>{service} menyalin folder {root}. Brankas yang sedang dipakai di sana dapat rusak bila disalin di tengah perubahan, atau bila dua komputer mengubahnya bersamaan. Pilih folder di komputer ini yang tidak disinkronkan: brankas disalin ke sana, diperiksa, dan dibuka dengan frasa sandi Anda, dan baru setelah itu dihapus dari folder yang disinkronkan.</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Belum ada folder yang dipilih</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Opens a file window to choose where the vault goes.</source>
        <translation>Membuka jendela berkas untuk memilih tempat baru brankas.</translation>
    </message>
    <message>
        <source>New place:</source>
        <translation>Tempat baru:</translation>
    </message>
    <message>
        <source>The vault's passphrase: the copy is opened with it before the old one goes.</source>
        <translation>Frasa sandi brankas: salinannya dibuka dengan frasa sandi ini sebelum yang lama dihapus.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Berkas kunci:</translation>
    </message>
    <message>
        <source>Move Vault</source>
        <translation>Pindahkan Brankas</translation>
    </message>
    <message>
        <source>Copies the vault to the new place, checks the copy, and removes the vault from the synced folder.</source>
        <translation>Menyalin brankas ke tempat baru, memeriksa salinannya, lalu menghapus brankas dari folder yang disinkronkan.</translation>
    </message>
    <message>
        <source>Choose where to keep the vault</source>
        <translation>Pilih lokasi penyimpanan brankas</translation>
    </message>
    <message>
        <source>Copying the vault, checking the copy and opening it at the new place…</source>
        <translation>Menyalin brankas, memeriksa salinannya, dan membukanya di tempat baru…</translation>
    </message>
</context>
<context>
    <name>NameListEditor</name>
    <message>
        <source>One name a line. Type to change the name chosen.</source>
        <translation>Satu nama per baris. Ketik untuk mengubah nama yang dipilih.</translation>
    </message>
    <message>
        <source>Adds a line: type the person's name.</source>
        <translation>Menambahkan baris: ketik nama orang itu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Removes the name chosen.</source>
        <translation>Menghapus nama yang dipilih.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Baris {row}: {message}</translation>
    </message>
</context>
<context>
    <name>NeedsAssessmentDialog</name>
    <message>
        <source>Needs Assessment (AKPD)</source>
        <translation>Angket Kebutuhan Peserta Didik (AKPD)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Angket</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Jawaban</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>The items of the questionnaire, per field</source>
        <translation>Butir angket, per bidang</translation>
    </message>
    <message>
        <source>Answers from the paper form, or the kiosk</source>
        <translation>Jawaban dari angket kertas, atau mode kios</translation>
    </message>
    <message>
        <source>The ranked needs of a class</source>
        <translation>Peringkat kebutuhan satu kelas</translation>
    </message>
    <message>
        <source>The items students answer yes or no: “I would like help with this.” Add, reword or retire items; an item students have answered is never deleted, only retired (no longer asked).</source>
        <translation>Butir yang dijawab siswa ya atau tidak: “Saya ingin dibantu dalam hal ini.” Tambah, ubah kalimat, atau nonaktifkan butir; butir yang sudah dijawab siswa tidak pernah dihapus, hanya dinonaktifkan (tidak ditanyakan lagi).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Ditanyakan</translation>
    </message>
    <message>
        <source>Questionnaire items</source>
        <translation>Butir angket</translation>
    </message>
    <message>
        <source>Every item, field by field. Choose one to reword, retire or delete it.</source>
        <translation>Semua butir, per bidang. Pilih satu untuk mengubah kalimat, menonaktifkan, atau menghapusnya.</translation>
    </message>
    <message>
        <source>Field of the item</source>
        <translation>Bidang butir</translation>
    </message>
    <message>
        <source>Personal, social, learning or career: where the item is asked.</source>
        <translation>Pribadi, sosial, belajar, atau karier: bidang tempat butir ditanyakan.</translation>
    </message>
    <message>
        <source>I would like help with …</source>
        <translation>Saya ingin dibantu dalam …</translation>
    </message>
    <message>
        <source>Text of the item</source>
        <translation>Teks butir</translation>
    </message>
    <message>
        <source>Add &amp;Item</source>
        <translation>Tambah &amp;Butir</translation>
    </message>
    <message>
        <source>Adds the text as a new item.</source>
        <translation>Menambahkan teks sebagai butir baru.</translation>
    </message>
    <message>
        <source>Save &amp;Wording</source>
        <translation>Simpan &amp;Kalimat</translation>
    </message>
    <message>
        <source>Saves the new wording of the chosen item.</source>
        <translation>Menyimpan kalimat baru butir yang dipilih.</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Stops asking the chosen item (its answers stay), or asks it again.</source>
        <translation>Berhenti menanyakan butir yang dipilih (jawabannya tetap ada), atau menanyakannya lagi.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Deletes the chosen item if no student has answered it.</source>
        <translation>Menghapus butir yang dipilih jika belum ada siswa yang menjawabnya.</translation>
    </message>
    <message>
        <source>The questionnaire could not be read</source>
        <translation>Angket tidak dapat dibaca</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>ditanyakan</translation>
    </message>
    <message>
        <source>Ask A&amp;gain</source>
        <translation>&amp;Tanyakan Lagi</translation>
    </message>
    <message>
        <source>The item was not saved</source>
        <translation>Butir tidak disimpan</translation>
    </message>
    <message>
        <source>The item was added.</source>
        <translation>Butir ditambahkan.</translation>
    </message>
    <message>
        <source>The wording was saved.</source>
        <translation>Kalimat disimpan.</translation>
    </message>
    <message>
        <source>The item is no longer asked.</source>
        <translation>Butir tidak ditanyakan lagi.</translation>
    </message>
    <message>
        <source>The item is asked again.</source>
        <translation>Butir ditanyakan lagi.</translation>
    </message>
    <message>
        <source>The item was not deleted</source>
        <translation>Butir tidak dihapus</translation>
    </message>
    <message>
        <source>The item was deleted.</source>
        <translation>Butir dihapus.</translation>
    </message>
    <message>
        <source>Type one student's paper form, or let the class answer on this screen in kiosk mode: it shows the questionnaire only, one student after another, and is left with the vault's passphrase.</source>
        <translation>Ketik angket kertas satu siswa, atau biarkan kelas menjawab di layar ini dalam mode kios: hanya angket yang tampil, satu siswa demi satu siswa, dan mode ini ditutup dengan frasa sandi brankas.</translation>
    </message>
    <message>
        <source>VIII-B</source>
        <translation>VIII-B</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Day the form was filled in</source>
        <translation>Tanggal angket diisi</translation>
    </message>
    <message>
        <source>The day on the paper form, or today.</source>
        <translation>Tanggal pada angket kertas, atau hari ini.</translation>
    </message>
    <message>
        <source>Student whose record keeps the answers</source>
        <translation>Siswa yang catatannya menyimpan jawaban ini</translation>
    </message>
    <message>
        <source>Optional: her record keeps her answers too. Reports never show them.</source>
        <translation>Opsional: catatan siswa juga menyimpan jawabannya. Laporan tidak pernah menampilkannya.</translation>
    </message>
    <message>
        <source>Start &amp;Kiosk…</source>
        <translation>Mulai Mode &amp;Kios…</translation>
    </message>
    <message>
        <source>Shows only the questionnaire, full screen, for the class to answer in turn.</source>
        <translation>Hanya menampilkan angket, satu layar penuh, untuk dijawab siswa bergantian.</translation>
    </message>
    <message>
        <source>&amp;Save Answers</source>
        <translation>&amp;Simpan Jawaban</translation>
    </message>
    <message>
        <source>Saves this student's ticked items and clears the form.</source>
        <translation>Menyimpan butir yang dicentang siswa ini dan mengosongkan angket.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>Filled in on:</source>
        <translation>Diisi pada:</translation>
    </message>
    <message>
        <source>Student (optional):</source>
        <translation>Siswa (opsional):</translation>
    </message>
    <message>
        <source>Ticked: the student said yes on the paper form.</source>
        <translation>Dicentang: siswa menjawab ya pada angket kertas.</translation>
    </message>
    <message>
        <source>— the class only —</source>
        <translation>— kelas saja —</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>Jawaban tidak disimpan</translation>
    </message>
    <message>
        <source>The answers were saved.</source>
        <translation>Jawaban disimpan.</translation>
    </message>
    <message>
        <source>Say which class will answer before starting the kiosk.</source>
        <translation>Sebutkan kelas yang akan menjawab sebelum memulai mode kios.</translation>
    </message>
    <message>
        <source>The questionnaire has no items to answer.</source>
        <translation>Angket belum memiliki butir untuk dijawab.</translation>
    </message>
    <message>
        <source>The kiosk is closed: {count} students answered.</source>
        <translation>Mode kios ditutup: {count} siswa menjawab.</translation>
    </message>
    <message>
        <source>The needs of a class, most shared first: the share of students who said yes to each item. A figure from fewer than {n} students is hidden ({mark}); no student's own answers are shown.</source>
        <translation>Kebutuhan satu kelas, yang paling banyak dialami lebih dulu: persentase siswa yang menjawab ya pada setiap butir. Angka dari kurang dari {n} siswa disembunyikan ({mark}); jawaban pribadi siswa tidak pernah ditampilkan.</translation>
    </message>
    <message>
        <source>Class whose needs are shown</source>
        <translation>Kelas yang kebutuhannya ditampilkan</translation>
    </message>
    <message>
        <source>One class that answered, or all classes together.</source>
        <translation>Satu kelas yang menjawab, atau semua kelas sekaligus.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Said yes</source>
        <translation>Menjawab ya</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Persentase</translation>
    </message>
    <message>
        <source>Ranked needs</source>
        <translation>Peringkat kebutuhan</translation>
    </message>
    <message>
        <source>Each item with how many said yes and the share, most shared first.</source>
        <translation>Setiap butir dengan jumlah yang menjawab ya dan persentasenya, yang terbanyak lebih dulu.</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>The results could not be read</source>
        <translation>Hasil tidak dapat dibaca</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Belum ada jawaban.</translation>
    </message>
    <message>
        <source>{count} students answered: fewer than {n}, so no figure is shown.</source>
        <translation>{count} siswa menjawab: kurang dari {n}, jadi tidak ada angka yang ditampilkan.</translation>
    </message>
    <message>
        <source>{field}: {share}</source>
        <translation>{field}: {share}</translation>
    </message>
    <message>
        <source>{count} students answered. With at least one need — {fields}</source>
        <translation>{count} siswa menjawab. Dengan sedikitnya satu kebutuhan — {fields}</translation>
    </message>
</context>
<context>
    <name>NeverPrintPage</name>
    <message>
        <source>Words and phrases replaced by [REDACTED] in every supervision summary, in any letter case: a village, a club, a rare condition — anything that could identify someone and is not in a client's record. Kept in the vault.</source>
        <translation>Kata dan frasa yang diganti dengan [REDACTED] di setiap ringkasan untuk supervisi, tanpa membedakan huruf besar atau kecil: nama desa, klub, kondisi langka — apa pun yang dapat mengidentifikasi seseorang dan tidak ada di catatan konseli. Disimpan di brankas.</translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation>Kata atau frasa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Adds the word or phrase typed: it is never printed in a supervision summary.</source>
        <translation>Menambahkan kata atau frasa yang diketik: kata itu tidak pernah dicetak dalam ringkasan untuk supervisi.</translation>
    </message>
    <message>
        <source>Never printed</source>
        <translation>Tidak pernah dicetak</translation>
    </message>
    <message>
        <source>The words replaced by [REDACTED] in every summary. Choose some to remove them.</source>
        <translation>Kata-kata yang diganti dengan [DISAMARKAN] di setiap ringkasan. Pilih beberapa untuk menghapusnya.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Removes the words chosen: summaries print them again.</source>
        <translation>Menghapus kata yang dipilih: ringkasan mencetaknya lagi.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Type the new passphrase, a few unrelated words; the meter below says how strong it is. The button at the end shows it.</source>
        <translation>Ketik frasa sandi baru, beberapa kata yang tidak saling berhubungan; pengukur di bawahnya menunjukkan seberapa kuat. Tombol di ujung isian menampilkannya.</translation>
    </message>
    <message>
        <source>Type the new passphrase once more, to be sure of it.</source>
        <translation>Ketik frasa sandi baru sekali lagi, untuk memastikannya.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Frasa sandi baru:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Ulangi frasa sandi:</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Frasa sandi cocok.</translation>
    </message>
    <message>
        <source>The passphrases do not match yet.</source>
        <translation>Frasa sandi belum cocok.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Session date</source>
        <translation>Tanggal sesi</translation>
    </message>
    <message>
        <source>The day of the session, as year-month-day; Alt+Down opens a calendar.</source>
        <translation>Tanggal sesi, sebagai tahun-bulan-tanggal; Alt+Panah Bawah membuka kalender.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>pukul</translation>
    </message>
    <message>
        <source>Record the start time</source>
        <translation>Catat jam mulai</translation>
    </message>
    <message>
        <source>Tick it to record when the session started.</source>
        <translation>Centang untuk mencatat jam sesi dimulai.</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <source>When the session started, as hours:minutes.</source>
        <translation>Jam sesi dimulai, sebagai jam:menit.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>How long the session lasted, in minutes; 0 if not recorded.</source>
        <translation>Lama sesi, dalam menit; 0 jika tidak dicatat.</translation>
    </message>
    <message>
        <source>How you met: in person, by video, by phone or by chat.</source>
        <translation>Cara Anda bertemu: tatap muka, video, telepon, atau obrolan (chat).</translation>
    </message>
    <message>
        <source>Who took part: the client alone, a group, the family, or a consultation.</source>
        <translation>Siapa yang ikut: konseli sendiri, kelompok, keluarga, atau konsultasi.</translation>
    </message>
    <message>
        <source>Case codes of the other members: C-0002, C-0004</source>
        <translation>Kode kasus anggota lainnya: C-0002, C-0004</translation>
    </message>
    <message>
        <source>The headings the note is written under.</source>
        <translation>Judul-judul bagian tempat catatan ditulis.</translation>
    </message>
    <message>
        <source>Start from My Last Note</source>
        <translation>Mulai dari catatan terakhir saya</translation>
    </message>
    <message>
        <source>Starts a note set up like your last one for this client (template, kind, duration), its fields empty.</source>
        <translation>Memulai catatan yang diatur seperti catatan terakhir Anda untuk konseli ini (templat, jenis, durasi), dengan isian kosong.</translation>
    </message>
    <message>
        <source>The video or chat service the session used; type one or choose it.</source>
        <translation>Layanan video atau obrolan yang dipakai dalam sesi; ketik atau pilih.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <source>How you made sure it was the client at the other end.</source>
        <translation>Cara Anda memastikan bahwa yang di seberang memang konseli.</translation>
    </message>
    <message>
        <source>Identity checked by:</source>
        <translation>Identitas diperiksa melalui:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesi:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Kelompok:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasifikasi:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Layanan:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Templat:</translation>
    </message>
    <message>
        <source>The language this note is spell-checked in. Words you add are kept in the vault.</source>
        <translation>Bahasa yang dipakai untuk memeriksa ejaan catatan ini. Kata yang Anda tambahkan disimpan di brankas.</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>Ejaan:</translation>
    </message>
    <message>
        <source>Remind me on:</source>
        <translation>Ingatkan saya pada:</translation>
    </message>
    <message>
        <source>Follow-up day</source>
        <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>The day the follow-up is due. When the note is signed it becomes a follow-up on the dashboard; leave it empty for none.</source>
        <translation>Tanggal tindak lanjut jatuh tempo. Saat catatan ditandatangani, tanggal ini menjadi tindak lanjut di dasbor; kosongkan bila tidak ada.</translation>
    </message>
    <message>
        <source>Anything about risk not covered above</source>
        <translation>Hal lain tentang risiko yang belum tercakup di atas</translation>
    </message>
    <message>
        <source>Thoughts of self-harm or suicide</source>
        <translation>Pikiran untuk melukai diri sendiri atau bunuh diri</translation>
    </message>
    <message>
        <source>Thoughts of harming others</source>
        <translation>Pikiran untuk melukai orang lain</translation>
    </message>
    <message>
        <source>Abuse or neglect disclosed</source>
        <translation>Mengungkapkan kekerasan atau penelantaran</translation>
    </message>
    <message>
        <source>Tick it if the client spoke of it in this session.</source>
        <translation>Centang jika konseli membicarakannya dalam sesi ini.</translation>
    </message>
    <message>
        <source>Tick it if the client disclosed abuse or neglect; the steps you may be obliged to take then appear below.</source>
        <translation>Centang jika konseli mengungkapkan kekerasan atau penelantaran; langkah yang mungkin wajib Anda ambil lalu muncul di bawah.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Your assessment of risk in this session; it becomes the client's risk level.</source>
        <translation>Penilaian risiko Anda dalam sesi ini; penilaian ini menjadi tingkat risiko konseli.</translation>
    </message>
    <message>
        <source>Safety plan, who was told, referrals made, follow-up agreed</source>
        <translation>Rencana keselamatan, siapa yang diberi tahu, rujukan yang dibuat, tindak lanjut yang disepakati</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Tingkat:</translation>
    </message>
    <message>
        <source>Actions taken:</source>
        <translation>Tindakan yang diambil:</translation>
    </message>
    <message>
        <source>Risk notes:</source>
        <translation>Catatan risiko:</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Deletes this draft. A signed note is never deleted.</source>
        <translation>Menghapus draf ini. Catatan yang sudah ditandatangani tidak pernah dihapus.</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Saves the note as a draft you can still change. Drafts save themselves too.</source>
        <translation>Menyimpan catatan sebagai draf yang masih dapat diubah. Draf juga tersimpan otomatis.</translation>
    </message>
    <message>
        <source>Sign and Lock…</source>
        <translation>Tandatangani (tidak dapat diubah lagi)…</translation>
    </message>
    <message>
        <source>Shows the note to check, then signs it: after that it can never be changed, only added to.</source>
        <translation>Menampilkan catatan untuk diperiksa, lalu menandatanganinya: setelah itu catatan tidak dapat diubah lagi, hanya dapat ditambah adendum.</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Only the note on screen while you write (F11; Esc returns)</source>
        <translation>Hanya catatan di layar selama Anda menulis (F11; Esc untuk kembali)</translation>
    </message>
</context>
<context>
    <name>NoteLabels</name>
    <message>
        <source>Part of the client's record: included in exports, prints and summaries.</source>
        <translation>Bagian dari catatan konseli: disertakan dalam ekspor, cetakan, dan ringkasan.</translation>
    </message>
    <message>
        <source>Your own working thoughts: kept apart from the record and left out of every print and summary unless you include them.</source>
        <translation>Catatan refleksi Anda: disimpan terpisah dari berkas kasus dan tidak dimasukkan ke cetakan atau ringkasan mana pun, kecuali Anda menyertakannya.</translation>
    </message>
    <message>
        <source>A memory aid kept apart from the school record: left out of every print and summary unless you include it.</source>
        <translation>Catatan pengingat pribadi yang disimpan terpisah dari berkas kasus sekolah: tidak dimasukkan ke cetakan atau ringkasan mana pun, kecuali Anda menyertakannya.</translation>
    </message>
    <message>
        <source>Recovered, not saved</source>
        <translation>Dipulihkan, belum disimpan</translation>
    </message>
    <message>
        <source>Struck through</source>
        <translation>Dicoret</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Late entry</source>
        <translation>Ditulis terlambat</translation>
    </message>
    <message>
        <source>Addenda: {count}</source>
        <translation>Adendum: {count}</translation>
    </message>
    <message>
        <source>Group note</source>
        <translation>Catatan kelompok</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <source>SOAP</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <source>Subjective</source>
        <translation>Subjektif</translation>
    </message>
    <message>
        <source>What the client reports: concerns, feelings, in their words.</source>
        <translation>Apa yang disampaikan konseli: keluhan dan perasaan, dengan kata-katanya sendiri.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objektif</translation>
    </message>
    <message>
        <source>What you observed: behaviour, affect, appearance, scores.</source>
        <translation>Apa yang Anda amati: perilaku, afek, penampilan, skor.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <source>Your professional understanding of the situation and progress.</source>
        <translation>Pemahaman profesional Anda tentang situasi dan perkembangannya.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Next steps, homework, referrals and the next session.</source>
        <translation>Langkah berikutnya, tugas rumah, rujukan, dan sesi berikutnya.</translation>
    </message>
    <message>
        <source>DAP</source>
        <translation>DAP</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What was said and observed in the session.</source>
        <translation>Apa yang dikatakan dan diamati dalam sesi.</translation>
    </message>
    <message>
        <source>BIRP</source>
        <translation>BIRP</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Perilaku</translation>
    </message>
    <message>
        <source>The client's presentation and what they reported.</source>
        <translation>Keadaan konseli dan apa yang disampaikannya.</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervensi</translation>
    </message>
    <message>
        <source>What you did: techniques, activities, topics.</source>
        <translation>Apa yang Anda lakukan: teknik, kegiatan, topik.</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>How the client responded to the intervention.</source>
        <translation>Bagaimana konseli menanggapi intervensi.</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Teks bebas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>The session in your own words.</source>
        <translation>Sesi ini dengan kata-kata Anda sendiri.</translation>
    </message>
    <message>
        <source>GIRP</source>
        <translation>GIRP</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>The goal of the plan this session worked on.</source>
        <translation>Tujuan dalam rencana yang dibahas pada sesi ini.</translation>
    </message>
    <message>
        <source>How the client responded, and progress towards the goal.</source>
        <translation>Bagaimana konseli menanggapi, dan perkembangan menuju tujuan.</translation>
    </message>
    <message>
        <source>Brief school contact</source>
        <translation>Kontak singkat di sekolah</translation>
    </message>
    <message>
        <source>Reason for contact</source>
        <translation>Alasan bertemu</translation>
    </message>
    <message>
        <source>Why you met: a drop-in, a teacher's concern, a check-in in the hall.</source>
        <translation>Mengapa Anda bertemu: konseli datang sendiri, kekhawatiran guru, atau sapaan singkat di lorong.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>A few lines on what was said or done.</source>
        <translation>Beberapa baris tentang apa yang dikatakan atau dilakukan.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Anything to do next, or leave empty when nothing is.</source>
        <translation>Apa saja yang perlu dilakukan berikutnya. Kosongkan bila tidak ada.</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Kunjungan rumah</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Yang hadir</translation>
    </message>
    <message>
        <source>Who took part, by role: mother, homeroom teacher (wali kelas), principal, school psychologist. Add anyone you must name to the client's contacts, so supervision summaries redact them.</source>
        <translation>Siapa yang ikut, menurut perannya: ibu, wali kelas, kepala sekolah, psikolog sekolah. Tambahkan orang yang perlu disebut namanya ke kontak konseli, agar ringkasan supervisi menyamarkannya.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Why you visited: attendance, a concern, support at home.</source>
        <translation>Mengapa Anda berkunjung: kehadiran, suatu kekhawatiran, dukungan di rumah.</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Pengamatan</translation>
    </message>
    <message>
        <source>What you saw and heard: the home, the family's view, the student's.</source>
        <translation>Apa yang Anda lihat dan dengar: keadaan rumah, pandangan keluarga, pandangan siswa.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>What the family and the school agreed to do.</source>
        <translation>Apa yang disepakati keluarga dan sekolah untuk dilakukan.</translation>
    </message>
    <message>
        <source>What you will do next; with a day, signing makes it a reminder.</source>
        <translation>Apa yang akan Anda lakukan selanjutnya; bila diberi tanggal, penandatanganan menjadikannya pengingat.</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Konferensi kasus</translation>
    </message>
    <message>
        <source>The question the conference met on.</source>
        <translation>Persoalan yang dibahas dalam konferensi.</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>Yang disampaikan</translation>
    </message>
    <message>
        <source>What each party reported and observed, by role; facts before opinions.</source>
        <translation>Apa yang disampaikan dan diamati setiap pihak, menurut perannya; fakta sebelum pendapat.</translation>
    </message>
    <message>
        <source>What was decided, and who does what by when.</source>
        <translation>Apa yang diputuskan, dan siapa melakukan apa sampai kapan.</translation>
    </message>
</context>
<context>
    <name>NoteViewer</name>
    <message>
        <source>The signed note</source>
        <translation>Catatan yang sudah ditandatangani</translation>
    </message>
    <message>
        <source>The note as it was signed, with its addenda. It cannot be changed.</source>
        <translation>Catatan sebagaimana ditandatangani, beserta adendumnya. Catatan ini tidak dapat diubah.</translation>
    </message>
    <message>
        <source>Add Addendum…</source>
        <translation>Tambah adendum…</translation>
    </message>
    <message>
        <source>Adds a dated text below the signed note, which itself stays as it is.</source>
        <translation>Menambahkan teks bertanggal di bawah catatan yang sudah ditandatangani; catatannya sendiri tetap seperti semula.</translation>
    </message>
    <message>
        <source>Strike Through…</source>
        <translation>Coret…</translation>
    </message>
    <message>
        <source>Marks the signed note as struck through, with your reason. It stays in the record.</source>
        <translation>Menandai catatan yang sudah ditandatangani sebagai dicoret, dengan alasan Anda. Catatan itu tetap ada di berkas kasus.</translation>
    </message>
    <message>
        <source>Service…</source>
        <translation>Layanan…</translation>
    </message>
    <message>
        <source>Says which school counseling service this contact was, for the school's reports. The signed note stays as it is.</source>
        <translation>Menyatakan layanan BK apa pertemuan ini, untuk laporan sekolah. Catatan yang sudah ditandatangani tetap seperti semula.</translation>
    </message>
    <message>
        <source>Signed notes are read-only.</source>
        <translation>Catatan yang sudah ditandatangani hanya dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Online session: the platform is not recorded.</source>
        <translation>Sesi daring: platform belum dicatat.</translation>
    </message>
    <message>
        <source>“{platform}” is not in the approved platforms of Settings.</source>
        <translation>“{platform}” tidak termasuk platform yang disetujui di Pengaturan.</translation>
    </message>
    <message>
        <source>Online session: how the client's identity was checked is not recorded.</source>
        <translation>Sesi daring: cara pemeriksaan identitas konseli belum dicatat.</translation>
    </message>
    <message>
        <source>The session is outside your working hours ({start}–{end}, {days}).</source>
        <translation>Sesi ini berada di luar jam kerja Anda ({start}–{end}, {days}).</translation>
    </message>
    <message>
        <source>That note is no longer in the vault.</source>
        <translation>Catatan itu sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>No client has the case code {code}.</source>
        <translation>Tidak ada konseli dengan kode kasus {code}.</translation>
    </message>
    <message>
        <source>This note is still a draft: edit it instead.</source>
        <translation>Catatan ini masih draf: ubah saja drafnya.</translation>
    </message>
    <message>
        <source>An addendum cannot be empty.</source>
        <translation>Adendum tidak boleh kosong.</translation>
    </message>
    <message>
        <source>This note is still a draft: discard it instead.</source>
        <translation>Catatan ini masih draf: buang saja drafnya.</translation>
    </message>
    <message>
        <source>This note is already struck through.</source>
        <translation>Catatan ini sudah dicoret.</translation>
    </message>
    <message>
        <source>Say why the note is struck through.</source>
        <translation>Tuliskan alasan catatan ini dicoret.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>The file {file} could not be read or written ({detail}). Check that its disk is connected, writable and not full, then try again.</source>
        <translation>File {file} tidak dapat dibaca atau ditulis ({detail}). Periksa apakah disknya tersambung, dapat ditulisi, dan tidak penuh, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Pilih tanggal dari kalender (Alt+Panah Bawah)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Type the date as {hint}, or choose it from the calendar.</source>
        <translation>Ketik tanggal sebagai {hint}, atau pilih dari kalender.</translation>
    </message>
    <message>
        <source>Not a date. Type it as {hint}; it stays {current}.</source>
        <translation>Bukan tanggal. Ketik sebagai {hint}; tanggal tetap {current}.</translation>
    </message>
    <message>
        <source>Not a date. Type it as {hint}; it stays empty.</source>
        <translation>Bukan tanggal. Ketik sebagai {hint}; tanggal tetap kosong.</translation>
    </message>
    <message>
        <source>month/day/year, e.g. 04/12/2011</source>
        <translation>bulan/tanggal/tahun, misalnya 04/12/2011</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 2011-04-12</source>
        <translation>tahun-bulan-tanggal, misalnya 2011-04-12</translation>
    </message>
    <message>
        <source>day/month/year, e.g. 12/04/2011</source>
        <translation>tanggal/bulan/tahun, misalnya 12/04/2011</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation>Gunakan paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>Use at least {minimum} characters ({missing} more to go).</source>
        <translation>Gunakan paling sedikit {minimum} karakter (kurang {missing} lagi).</translation>
    </message>
    <message>
        <source>This is one of the most common passwords. Choose something that others would not guess.</source>
        <translation>Ini salah satu kata sandi yang paling umum. Pilih sesuatu yang tidak mudah ditebak orang lain.</translation>
    </message>
    <message>
        <source>Do not use names from your records, your school or this application in the passphrase.</source>
        <translation>Jangan gunakan nama dari catatan Anda, nama sekolah Anda, atau nama aplikasi ini dalam frasa sandi.</translation>
    </message>
    <message>
        <source>This passphrase repeats itself or follows a simple pattern. Try a few unrelated words.</source>
        <translation>Frasa sandi ini berulang atau mengikuti pola sederhana. Coba beberapa kata yang tidak saling berkaitan.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <source>Type the passphrase; it is hidden. The button at the end shows it.</source>
        <translation>Ketik frasa sandi; frasa sandi disembunyikan. Tombol di ujung isian menampilkannya.</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Tampilkan frasa sandi</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Sembunyikan frasa sandi</translation>
    </message>
</context>
<context>
    <name>PdfCheck</name>
    <message>
        <source>a name of the client</source>
        <translation>nama konseli</translation>
    </message>
    <message>
        <source>a name of another client</source>
        <translation>nama konseli lain</translation>
    </message>
    <message>
        <source>a guardian's name</source>
        <translation>nama orang tua/wali</translation>
    </message>
    <message>
        <source>an emergency contact's name</source>
        <translation>nama kontak darurat</translation>
    </message>
    <message>
        <source>a name of a person in a record</source>
        <translation>nama orang yang disebut dalam catatan</translation>
    </message>
    <message>
        <source>a title followed by a name</source>
        <translation>sapaan atau gelar yang diikuti nama</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>sekolah</translation>
    </message>
    <message>
        <source>an address or street</source>
        <translation>alamat atau nama jalan</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>nomor telepon</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>alamat e-mail</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>nomor identitas</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>a class and its parallel</source>
        <translation>kelas beserta rombelnya</translation>
    </message>
    <message>
        <source>a word from the never-print list</source>
        <translation>kata dari daftar jangan dicetak</translation>
    </message>
    <message>
        <source>The self-check found identifying text in the PDF: {what}. Nothing was written. Change the text or add the words to the record, then export again.</source>
        <translation>Pemeriksaan otomatis menemukan teks yang dapat mengidentifikasi seseorang di dalam PDF: {what}. Tidak ada berkas yang ditulis. Ubah teksnya atau tambahkan kata-kata tersebut ke data konseli, lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>identifying text</source>
        <translation>teks yang dapat mengidentifikasi</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>The font file {path} is missing; reinstall Counsel Desk to export PDFs.</source>
        <translation>Berkas fon {path} tidak ditemukan; pasang ulang Counsel Desk untuk mengekspor PDF.</translation>
    </message>
</context>
<context>
    <name>PdfProtect</name>
    <message>
        <source>The password-protected PDF did not pass its check, so nothing was written. Try again; if it happens again, save it without a password only if you can hand it over safely.</source>
        <translation>PDF yang dilindungi kata sandi tidak lolos pemeriksaan, jadi tidak ada yang ditulis. Coba lagi; jika terjadi lagi, simpan tanpa kata sandi hanya jika Anda dapat menyerahkannya dengan aman.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>Import &amp;Class List…</source>
        <translation>Impor Daftar &amp;Kelas…</translation>
    </message>
    <message>
        <source>Students from a Dapodik export or a homeroom list, without opening cases</source>
        <translation>Siswa dari ekspor Dapodik atau daftar wali kelas, tanpa membuka kasus</translation>
    </message>
    <message>
        <source>Class &amp;List…</source>
        <translation>Daftar &amp;Siswa per Kelas…</translation>
    </message>
    <message>
        <source>The students of the class lists; open a case for one of them</source>
        <translation>Siswa dari daftar kelas; buka kasus untuk salah satu dari mereka</translation>
    </message>
    <message>
        <source>&amp;Term Report…</source>
        <translation>Laporan &amp;semester…</translation>
    </message>
    <message>
        <source>Figures for the school without names: clients, sessions, time spent</source>
        <translation>Angka untuk sekolah tanpa nama: konseli, sesi, waktu layanan</translation>
    </message>
    <message>
        <source>&amp;Needs Assessment…</source>
        <translation>Angket &amp;Kebutuhan (AKPD)…</translation>
    </message>
    <message>
        <source>AKPD: the students' needs per class, filled on paper or in a kiosk</source>
        <translation>AKPD: kebutuhan siswa per kelas, diisi di kertas atau dalam mode kios</translation>
    </message>
    <message>
        <source>S&amp;ociometry…</source>
        <translation>S&amp;osiometri…</translation>
    </message>
    <message>
        <source>Who in a class chooses whom: the sociogram, and a version for the homeroom teacher</source>
        <translation>Siapa memilih siapa di sebuah kelas: sosiogram, dan versi untuk wali kelas</translation>
    </message>
    <message>
        <source>BK &amp;Program…</source>
        <translation>&amp;Program BK…</translation>
    </message>
    <message>
        <source>Program tahunan / semesteran drafted from the needs, with each RPL BK</source>
        <translation>Program tahunan / semesteran yang disusun dari kebutuhan, dengan RPL BK setiap layanan</translation>
    </message>
    <message>
        <source>BK &amp;Service Report…</source>
        <translation>Laporan &amp;pelaksanaan layanan BK…</translation>
    </message>
    <message>
        <source>Laporan pelaksanaan layanan BK: services, classes, workload in JP, ASCA</source>
        <translation>Laporan pelaksanaan layanan BK: layanan, kelas, beban kerja dalam JP, ASCA</translation>
    </message>
    <message>
        <source>&amp;Activity Log…</source>
        <translation>&amp;Jurnal Kegiatan…</translation>
    </message>
    <message>
        <source>Classical guidance, meetings and duties that are not about one student</source>
        <translation>Bimbingan klasikal, pertemuan, dan tugas yang tidak menyangkut satu siswa</translation>
    </message>
    <message>
        <source>A&amp;ppointments…</source>
        <translation>Janji &amp;Temu…</translation>
    </message>
    <message>
        <source>The week of appointments and the students' requests to talk</source>
        <translation>Jadwal janji temu minggu ini dan permintaan konseling dari siswa</translation>
    </message>
    <message>
        <source>&amp;Breach Response…</source>
        <translation>Penanganan &amp;kebocoran data…</translation>
    </message>
    <message>
        <source>The laptop is lost or the vault may have been exposed: what to do now</source>
        <translation>Laptop hilang atau brankas mungkin terungkap: apa yang harus dilakukan sekarang</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Working on it</source>
        <translation>Sedang diupayakan</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Tercapai</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Dihentikan</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <source>Revise Support Plan</source>
        <translation>Revisi rencana dukungan</translation>
    </message>
    <message>
        <source>New Support Plan</source>
        <translation>Rencana dukungan baru</translation>
    </message>
    <message>
        <source>Saving makes version {version}. Earlier versions stay readable and are never changed.</source>
        <translation>Menyimpan akan membuat versi {version}. Versi sebelumnya tetap dapat dibaca dan tidak pernah diubah.</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Tambah tujuan</translation>
    </message>
    <message>
        <source>Adds one more goal, with a row for its first objective.</source>
        <translation>Menambahkan satu tujuan lagi, dengan baris untuk sasaran pertamanya.</translation>
    </message>
    <message>
        <source>Why the plan changes (e.g. review with the client and guardian)</source>
        <translation>Mengapa rencana berubah (mis. tinjauan bersama konseli dan orang tua/wali)</translation>
    </message>
    <message>
        <source>Reason for revision:</source>
        <translation>Alasan revisi:</translation>
    </message>
    <message>
        <source>Saves the plan as a new version; earlier versions are never changed.</source>
        <translation>Menyimpan rencana sebagai versi baru; versi sebelumnya tidak pernah diubah.</translation>
    </message>
    <message>
        <source>Goal {number}</source>
        <translation>Tujuan {number}</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Support plan (version {version})</source>
        <translation>Rencana dukungan (versi {version})</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>target {day}</source>
        <translation>target {day}</translation>
    </message>
    <message>
        <source>review {day}</source>
        <translation>tinjauan {day}</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>rated {first}/{max} first, {last}/{max} latest ({count} sessions)</source>
        <translation>nilai awal {first}/{max}, terakhir {last}/{max} ({count} sesi)</translation>
    </message>
    <message>
        <source>; target {target}/{max}</source>
        <translation>; target {target}/{max}</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervensi</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Version {version}</source>
        <translation>Versi {version}</translation>
    </message>
    <message>
        <source>written {day}</source>
        <translation>dibuat {day}</translation>
    </message>
    <message>
        <source>current</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>earlier version, read-only</source>
        <translation>versi sebelumnya, hanya dapat dibaca</translation>
    </message>
    <message>
        <source>Target {day}</source>
        <translation>Target {day}</translation>
    </message>
    <message>
        <source>Review {day}</source>
        <translation>Tinjauan {day}</translation>
    </message>
    <message>
        <source>latest {score}/{max} on {day}</source>
        <translation>terakhir {score}/{max} pada {day}</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>target {target}/{max}</source>
        <translation>target {target}/{max}</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Versi rencana</translation>
    </message>
    <message>
        <source>Which version of the support plan is shown; the newest comes first.</source>
        <translation>Versi rencana dukungan yang ditampilkan; yang terbaru paling atas.</translation>
    </message>
    <message>
        <source>New Plan…</source>
        <translation>Rencana baru…</translation>
    </message>
    <message>
        <source>Writes a new version of the support plan: goals, objectives, interventions and dates. Earlier versions are kept.</source>
        <translation>Menulis versi baru rencana dukungan: tujuan, sasaran, intervensi, dan tanggal. Versi sebelumnya tetap disimpan.</translation>
    </message>
    <message>
        <source>Add Follow-up…</source>
        <translation>Tambah tindak lanjut…</translation>
    </message>
    <message>
        <source>Adds something to do for this client by a date; it appears on Today.</source>
        <translation>Menambahkan sesuatu yang harus dilakukan untuk konseli ini paling lambat pada suatu tanggal; muncul di Hari ini.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Rencana:</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Rencana dukungan</translation>
    </message>
    <message>
        <source>The plan version chosen: its goals, objectives and dates.</source>
        <translation>Versi rencana yang dipilih: tujuan, sasaran, dan tanggalnya.</translation>
    </message>
    <message>
        <source>No support plan yet. A plan sets goals, each with measurable objectives, the interventions chosen, a target date and a review date; progress on each objective is rated in the session notes.</source>
        <translation>Belum ada rencana dukungan. Rencana menetapkan tujuan, masing-masing dengan sasaran yang terukur, intervensi yang dipilih, tanggal target, dan tanggal tinjauan; perkembangan setiap sasaran dinilai dalam catatan sesi.</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Grafik perkembangan</translation>
    </message>
    <message>
        <source>Mood chart</source>
        <translation>Grafik suasana hati</translation>
    </message>
    <message>
        <source>Questionnaires chart</source>
        <translation>Grafik kuesioner</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Perkembangan</translation>
    </message>
    <message>
        <source>The rating of each objective, session by session</source>
        <translation>Nilai setiap sasaran, sesi demi sesi</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Suasana hati</translation>
    </message>
    <message>
        <source>The client's mood, session by session</source>
        <translation>Suasana hati konseli, sesi demi sesi</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Questionnaire totals, session by session</source>
        <translation>Skor total kuesioner, sesi demi sesi</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>What is still to do for this client, by date.</source>
        <translation>Apa yang masih harus dilakukan untuk konseli ini, menurut tanggal.</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <source>Marks the follow-up chosen as done.</source>
        <translation>Menandai tindak lanjut yang dipilih sebagai selesai.</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Tindak lanjut:</translation>
    </message>
    <message>
        <source>Could not read the plan</source>
        <translation>Rencana tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Version {version} · {day}</source>
        <translation>Versi {version} · {day}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(berlaku)</translation>
    </message>
    <message>
        <source>Revise Plan…</source>
        <translation>Revisi rencana…</translation>
    </message>
    <message>
        <source>Progress on each objective</source>
        <translation>Perkembangan setiap sasaran</translation>
    </message>
    <message>
        <source>Mood (0–10)</source>
        <translation>Suasana hati (0–10)</translation>
    </message>
    <message>
        <source>Questionnaire totals</source>
        <translation>Skor total kuesioner</translation>
    </message>
    <message>
        <source>Support plan version {version} saved.</source>
        <translation>Rencana dukungan versi {version} disimpan.</translation>
    </message>
    <message>
        <source>The follow-up was not added</source>
        <translation>Tindak lanjut tidak ditambahkan</translation>
    </message>
    <message>
        <source>The follow-up was not completed</source>
        <translation>Tindak lanjut tidak ditandai selesai</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>A plan needs at least one goal.</source>
        <translation>Rencana memerlukan setidaknya satu tujuan.</translation>
    </message>
    <message>
        <source>A goal cannot be blank.</source>
        <translation>Tujuan tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Goal {number} needs at least one measurable objective.</source>
        <translation>Tujuan {number} memerlukan setidaknya satu sasaran yang terukur.</translation>
    </message>
    <message>
        <source>Goal {number} is reviewed after its target date.</source>
        <translation>Tujuan {number} ditinjau setelah tanggal targetnya.</translation>
    </message>
    <message>
        <source>An objective cannot be blank.</source>
        <translation>Sasaran tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Objectives are rated 0–4 or 0–10.</source>
        <translation>Sasaran dinilai dengan skala 0–4 atau 0–10.</translation>
    </message>
    <message>
        <source>The target must be on the scale 0–{max}.</source>
        <translation>Target harus berada pada skala 0–{max}.</translation>
    </message>
    <message>
        <source>An objective is listed twice.</source>
        <translation>Ada sasaran yang tercantum dua kali.</translation>
    </message>
    <message>
        <source>An intervention cannot be blank.</source>
        <translation>Intervensi tidak boleh kosong.</translation>
    </message>
    <message>
        <source>A rating must be on the objective's scale (0–{max}).</source>
        <translation>Nilai harus berada pada skala sasaran (0–{max}).</translation>
    </message>
    <message>
        <source>Name the questionnaire.</source>
        <translation>Tuliskan nama kuesioner.</translation>
    </message>
    <message>
        <source>A questionnaire name is one short line.</source>
        <translation>Nama kuesioner cukup satu baris pendek.</translation>
    </message>
    <message>
        <source>The score must be between 0 and {max}.</source>
        <translation>Skor harus antara 0 dan {max}.</translation>
    </message>
    <message>
        <source>That client is no longer in the vault.</source>
        <translation>Konseli itu sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>That note is no longer in the vault.</source>
        <translation>Catatan itu sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>This note was signed: its ratings and measures are locked.</source>
        <translation>Catatan ini sudah ditandatangani: penilaian dan skornya terkunci.</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <source>BK Program</source>
        <translation>Program BK</translation>
    </message>
    <message>
        <source>School year (the year it starts)</source>
        <translation>Tahun ajaran (tahun mulainya)</translation>
    </message>
    <message>
        <source>The program shown is this school year's; 2026 is 2026/2027.</source>
        <translation>Program yang tampil adalah milik tahun ajaran ini; 2026 berarti 2026/2027.</translation>
    </message>
    <message>
        <source>Class whose needs the draft is made from</source>
        <translation>Kelas yang kebutuhannya menjadi dasar rancangan</translation>
    </message>
    <message>
        <source>The needs assessment of one class, or of all classes.</source>
        <translation>AKPD satu kelas, atau semua kelas.</translation>
    </message>
    <message>
        <source>VIII</source>
        <translation>VIII</translation>
    </message>
    <message>
        <source>Class level of the drafted sessions</source>
        <translation>Tingkat kelas layanan yang dirancang</translation>
    </message>
    <message>
        <source>Written on each drafted session, for example VIII.</source>
        <translation>Ditulis pada setiap layanan yang dirancang, misalnya VIII.</translation>
    </message>
    <message>
        <source>&amp;Draft from Needs</source>
        <translation>&amp;Rancang dari Kebutuhan</translation>
    </message>
    <message>
        <source>Replaces the table with a draft from the most shared needs (not saved yet).</source>
        <translation>Mengganti tabel dengan rancangan dari kebutuhan yang paling banyak dialami (belum disimpan).</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Tahun ajaran:</translation>
    </message>
    <message>
        <source>Needs of:</source>
        <translation>Kebutuhan:</translation>
    </message>
    <message>
        <source>Class level:</source>
        <translation>Tingkat kelas:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation>Kegiatan terencana</translation>
    </message>
    <message>
        <source>The program month by month. Choose one to change it or print its RPL.</source>
        <translation>Program bulan demi bulan. Pilih satu untuk mengubahnya atau mencetak RPL-nya.</translation>
    </message>
    <message>
        <source>The month the activity is planned for.</source>
        <translation>Bulan rencana kegiatan.</translation>
    </message>
    <message>
        <source>Personal, social, learning or career.</source>
        <translation>Pribadi, sosial, belajar, atau karier.</translation>
    </message>
    <message>
        <source>How the service is given: classical guidance, group guidance …</source>
        <translation>Cara layanan diberikan: bimbingan klasikal, bimbingan kelompok …</translation>
    </message>
    <message>
        <source>What the session is about; no student's name.</source>
        <translation>Topik layanan; tanpa nama siswa.</translation>
    </message>
    <message>
        <source>Class level</source>
        <translation>Tingkat kelas</translation>
    </message>
    <message>
        <source>The class or level it is for, for example VIII.</source>
        <translation>Kelas atau tingkat sasaran, misalnya VIII.</translation>
    </message>
    <message>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <source>Length in lesson periods (JP)</source>
        <translation>Durasi dalam jam pelajaran (JP)</translation>
    </message>
    <message>
        <source>How many lesson periods the session takes.</source>
        <translation>Jumlah jam pelajaran yang digunakan layanan.</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Tujuan:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Metode:</translation>
    </message>
    <message>
        <source>Media and materials:</source>
        <translation>Media/bahan:</translation>
    </message>
    <message>
        <source>Opening activities:</source>
        <translation>Kegiatan pendahuluan:</translation>
    </message>
    <message>
        <source>Core activities:</source>
        <translation>Kegiatan inti:</translation>
    </message>
    <message>
        <source>Closing activities:</source>
        <translation>Kegiatan penutup:</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>Evaluasi:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Bulan:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Bidang:</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategi:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Durasi:</translation>
    </message>
    <message>
        <source>Service plan (RPL BK)</source>
        <translation>Rencana pelaksanaan layanan (RPL) BK</translation>
    </message>
    <message>
        <source>Part of the session's RPL BK; may be empty.</source>
        <translation>Bagian RPL BK layanan ini; boleh kosong.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Adds the form as a new planned activity.</source>
        <translation>Menambahkan isian sebagai kegiatan terencana baru.</translation>
    </message>
    <message>
        <source>A&amp;pply Changes</source>
        <translation>&amp;Terapkan Perubahan</translation>
    </message>
    <message>
        <source>Puts the form into the chosen activity.</source>
        <translation>Memasukkan isian ke kegiatan yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Takes the chosen activity out of the program.</source>
        <translation>Mengeluarkan kegiatan yang dipilih dari program.</translation>
    </message>
    <message>
        <source>&amp;Save Program</source>
        <translation>&amp;Simpan Program</translation>
    </message>
    <message>
        <source>Saves the whole program of the year at once.</source>
        <translation>Menyimpan seluruh program tahun ini sekaligus.</translation>
    </message>
    <message>
        <source>What the program PDF covers</source>
        <translation>Cakupan PDF program</translation>
    </message>
    <message>
        <source>The whole year, or one semester.</source>
        <translation>Setahun penuh, atau satu semester.</translation>
    </message>
    <message>
        <source>The year (program tahunan)</source>
        <translation>Setahun (program tahunan)</translation>
    </message>
    <message>
        <source>Semester 1 (program semesteran)</source>
        <translation>Semester 1 (program semesteran)</translation>
    </message>
    <message>
        <source>Semester 2 (program semesteran)</source>
        <translation>Semester 2 (program semesteran)</translation>
    </message>
    <message>
        <source>Program &amp;PDF…</source>
        <translation>&amp;PDF Program…</translation>
    </message>
    <message>
        <source>Writes the program of the year or semester as a PDF where you choose.</source>
        <translation>Menulis program tahunan atau semesteran sebagai PDF di tempat pilihan Anda.</translation>
    </message>
    <message>
        <source>RP&amp;L PDF…</source>
        <translation>PDF RP&amp;L…</translation>
    </message>
    <message>
        <source>Writes the chosen guidance session's RPL BK as a PDF where you choose.</source>
        <translation>Menulis RPL BK layanan bimbingan yang dipilih sebagai PDF di tempat pilihan Anda.</translation>
    </message>
    <message>
        <source>The program of {year}/{next} has changes that are not saved. Leave them unsaved?</source>
        <translation>Program {year}/{next} memiliki perubahan yang belum disimpan. Biarkan tidak tersimpan?</translation>
    </message>
    <message>
        <source>The program could not be read</source>
        <translation>Program tidak dapat dibaca</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>Say what the planned activity is about.</source>
        <translation>Sebutkan topik kegiatan yang direncanakan.</translation>
    </message>
    <message>
        <source>Added. Save the program to keep it.</source>
        <translation>Ditambahkan. Simpan program agar tetap tersimpan.</translation>
    </message>
    <message>
        <source>Changed. Save the program to keep it.</source>
        <translation>Diubah. Simpan program agar tetap tersimpan.</translation>
    </message>
    <message>
        <source>Removed. Save the program to keep it.</source>
        <translation>Dibuang. Simpan program agar tetap tersimpan.</translation>
    </message>
    <message>
        <source>Draft from Needs</source>
        <translation>Rancang dari Kebutuhan</translation>
    </message>
    <message>
        <source>The draft replaces the {count} planned activities shown. Activities already saved stay saved until you save the program.</source>
        <translation>Rancangan menggantikan {count} kegiatan terencana yang tampil. Kegiatan yang sudah disimpan tetap tersimpan sampai program disimpan.</translation>
    </message>
    <message>
        <source>No draft was made</source>
        <translation>Rancangan tidak dibuat</translation>
    </message>
    <message>
        <source>A draft of {count} activities from the most shared needs. Edit it, then save the program.</source>
        <translation>Rancangan {count} kegiatan dari kebutuhan yang paling banyak dialami. Sunting, lalu simpan program.</translation>
    </message>
    <message>
        <source>The program was not saved</source>
        <translation>Program tidak disimpan</translation>
    </message>
    <message>
        <source>The program is saved.</source>
        <translation>Program disimpan.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Program as PDF</source>
        <translation>Simpan Program sebagai PDF</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF tidak ditulis</translation>
    </message>
    <message>
        <source>Save the RPL as PDF</source>
        <translation>Simpan RPL sebagai PDF</translation>
    </message>
    <message>
        <source>Saved as {name}. The PDF is not encrypted; it names no student.</source>
        <translation>Disimpan sebagai {name}. PDF ini tidak dienkripsi; tidak menyebut nama siswa.</translation>
    </message>
</context>
<context>
    <name>ProgramPdf</name>
    <message>
        <source>BK annual program (program tahunan)</source>
        <translation>Program tahunan BK</translation>
    </message>
    <message>
        <source>BK semester program (program semesteran), semester {semester}</source>
        <translation>Program semesteran BK, semester {semester}</translation>
    </message>
    <message>
        <source>School year {year}/{next}</source>
        <translation>Tahun ajaran {year}/{next}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Total: {count} activities, {jp} JP</source>
        <translation>Jumlah: {count} kegiatan, {jp} JP</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Tidak ada rencana</translation>
    </message>
    <message>
        <source>BK program</source>
        <translation>Program BK</translation>
    </message>
    <message>
        <source>No names: planned activities per class</source>
        <translation>Tanpa nama: kegiatan terencana per kelas</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Service plan (RPL BK): {strategy}</source>
        <translation>Rencana pelaksanaan layanan (RPL) BK: {strategy}</translation>
    </message>
    <message>
        <source>A. Identity</source>
        <translation>A. Identitas</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Satuan pendidikan</translation>
    </message>
    <message>
        <source>School year / semester</source>
        <translation>Tahun ajaran / semester</translation>
    </message>
    <message>
        <source>{year}/{next}, semester {semester}</source>
        <translation>{year}/{next}, semester {semester}</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Alokasi waktu</translation>
    </message>
    <message>
        <source>{jp} JP</source>
        <translation>{jp} JP</translation>
    </message>
    <message>
        <source>School counselor</source>
        <translation>Guru BK / Konselor</translation>
    </message>
    <message>
        <source>B. The plan</source>
        <translation>B. Rencana layanan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Media and materials</source>
        <translation>Media/bahan</translation>
    </message>
    <message>
        <source>C. Activities</source>
        <translation>C. Langkah kegiatan</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Kegiatan pendahuluan</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kegiatan inti</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Kegiatan penutup</translation>
    </message>
    <message>
        <source>D. Evaluation</source>
        <translation>D. Evaluasi</translation>
    </message>
    <message>
        <source>Approved by the principal</source>
        <translation>Mengetahui, Kepala Sekolah</translation>
    </message>
    <message>
        <source>(to be written)</source>
        <translation>(belum diisi)</translation>
    </message>
</context>
<context>
    <name>ProgressEntry</name>
    <message>
        <source>Progress and measures (optional)</source>
        <translation>Perkembangan dan skor (opsional)</translation>
    </message>
    <message>
        <source>The client's mood today, from 0 (very low) to 10 (very good); optional.</source>
        <translation>Suasana hati konseli hari ini, dari 0 (sangat buruk) sampai 10 (sangat baik); opsional.</translation>
    </message>
    <message>
        <source>Questionnaire, e.g. SDQ</source>
        <translation>Kuesioner, mis. SDQ</translation>
    </message>
    <message>
        <source>Questionnaire total</source>
        <translation>Skor total kuesioner</translation>
    </message>
    <message>
        <source>The questionnaire's total score; a dash when it was not given.</source>
        <translation>Skor total kuesioner; tanda pisah jika kuesioner tidak diberikan.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Mood (0–10):</source>
        <translation>Suasana hati (0–10):</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Kuesioner:</translation>
    </message>
    <message>
        <source>No support plan yet: add one in the Plan tab to rate progress here.</source>
        <translation>Belum ada rencana dukungan: buat di tab Rencana untuk menilai perkembangan di sini.</translation>
    </message>
    <message>
        <source>Rate progress on each objective of the support plan (version {v}).</source>
        <translation>Nilai perkembangan setiap sasaran rencana dukungan (versi {v}).</translation>
    </message>
    <message>
        <source>Progress on this objective, from 0 to {max}.</source>
        <translation>Perkembangan pada sasaran ini, dari 0 sampai {max}.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>This client's profile has changes that are not saved yet.</source>
        <translation>Ada perubahan pada profil konseli ini yang belum disimpan.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Apakah Anda ingin menyimpannya?</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Tutup kasus</translation>
    </message>
    <message>
        <source>The case will be marked closed on this date. Its records stay in the vault.</source>
        <translation>Kasus akan ditandai ditutup pada tanggal ini. Catatannya tetap tersimpan di brankas.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan ke Bawaan</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>the activity log</source>
        <translation>jurnal kegiatan</translation>
    </message>
    <message>
        <source>needs-assessment answers</source>
        <translation>jawaban AKPD</translation>
    </message>
    <message>
        <source>needs-assessment items</source>
        <translation>butir AKPD</translation>
    </message>
    <message>
        <source>needs assessments taken</source>
        <translation>pengisian AKPD</translation>
    </message>
    <message>
        <source>addenda to notes</source>
        <translation>adendum catatan sesi</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>janji temu</translation>
    </message>
    <message>
        <source>client tags</source>
        <translation>label konseli</translation>
    </message>
    <message>
        <source>client profiles</source>
        <translation>profil konseli</translation>
    </message>
    <message>
        <source>consent signatures and scans</source>
        <translation>tanda tangan dan pindaian persetujuan</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>guardians and emergency contacts</source>
        <translation>orang tua/wali dan kontak darurat</translation>
    </message>
    <message>
        <source>the destruction log</source>
        <translation>log pemusnahan</translation>
    </message>
    <message>
        <source>duty-to-warn steps</source>
        <translation>langkah kewajiban memperingatkan/melapor</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <source>group session members</source>
        <translation>anggota sesi kelompok</translation>
    </message>
    <message>
        <source>autosaved drafts</source>
        <translation>draf yang tersimpan otomatis</translation>
    </message>
    <message>
        <source>struck-through notes</source>
        <translation>catatan yang dicoret</translation>
    </message>
    <message>
        <source>progress ratings</source>
        <translation>penilaian perkembangan</translation>
    </message>
    <message>
        <source>requests to talk (intake)</source>
        <translation>permintaan konseling</translation>
    </message>
    <message>
        <source>other people named in records</source>
        <translation>orang lain yang disebut dalam berkas kasus</translation>
    </message>
    <message>
        <source>the BK program</source>
        <translation>program BK</translation>
    </message>
    <message>
        <source>referral letter numbers</source>
        <translation>nomor surat alih tangan kasus</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>alih tangan kasus</translation>
    </message>
    <message>
        <source>the class list</source>
        <translation>daftar kelas</translation>
    </message>
    <message>
        <source>sociometry choices</source>
        <translation>pilihan sosiometri</translation>
    </message>
    <message>
        <source>sociometry questions</source>
        <translation>pertanyaan sosiometri</translation>
    </message>
    <message>
        <source>sociometry members</source>
        <translation>anggota sosiometri</translation>
    </message>
    <message>
        <source>sociometry rounds</source>
        <translation>putaran sosiometri</translation>
    </message>
    <message>
        <source>the text of session notes</source>
        <translation>isi catatan sesi</translation>
    </message>
    <message>
        <source>session measures</source>
        <translation>ukuran sesi</translation>
    </message>
    <message>
        <source>service classifications of sessions</source>
        <translation>klasifikasi layanan sesi</translation>
    </message>
    <message>
        <source>session notes</source>
        <translation>catatan sesi</translation>
    </message>
    <message>
        <source>supervision context</source>
        <translation>konteks supervisi</translation>
    </message>
    <message>
        <source>support plans</source>
        <translation>rencana dukungan</translation>
    </message>
    <message>
        <source>vault settings</source>
        <translation>pengaturan brankas</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>Client record</source>
        <translation>Berkas kasus</translation>
    </message>
    <message>
        <source>Full record — contains identifying information</source>
        <translation>Berkas kasus lengkap — memuat informasi yang mengidentifikasi</translation>
    </message>
    <message>
        <source>Full record — contains identifying information · not for supervision</source>
        <translation>Berkas kasus lengkap — memuat informasi yang mengidentifikasi · bukan untuk supervisi</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>Dicetak {day}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Kontak darurat</translation>
    </message>
    <message>
        <source>Other people named in the record</source>
        <translation>Orang lain yang disebut dalam berkas kasus</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Needs assessment (AKPD)</source>
        <translation>Angket kebutuhan peserta didik (AKPD)</translation>
    </message>
    <message>
        <source>{day}, class {class_name}: yes to {count} of {asked} items</source>
        <translation>{day}, kelas {class_name}: ya pada {count} dari {asked} butir</translation>
    </message>
    <message>
        <source>no need ticked</source>
        <translation>tidak ada kebutuhan yang dicentang</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Alih tangan kasus</translation>
    </message>
    <message>
        <source>Screening and instruments</source>
        <translation>Skrining dan instrumen</translation>
    </message>
    <message>
        <source>{day} · {instrument}: {total} of {max}, {band}</source>
        <translation>{day} · {instrument}: {total} dari {max}, {band}</translation>
    </message>
    <message>
        <source>Filled in by the student, in the kiosk</source>
        <translation>Diisi oleh siswa, di kios</translation>
    </message>
    <message>
        <source>Filled in with the counselor</source>
        <translation>Diisi bersama konselor</translation>
    </message>
    <message>
        <source>Self-harm item answered</source>
        <translation>Butir tentang melukai diri sendiri dijawab</translation>
    </message>
    <message>
        <source>Struck as entered in error on {day}: {reason}</source>
        <translation>Dicoret karena salah catat pada {day}: {reason}</translation>
    </message>
    <message>
        <source>{day} · {instrument} (result as entered)</source>
        <translation>{day} · {instrument} (hasil sebagaimana dicatat)</translation>
    </message>
    <message>
        <source>Career interests (RIASEC markers)</source>
        <translation>Minat karier (penanda RIASEC)</translation>
    </message>
    <message>
        <source>{day} · Holland code {code}</source>
        <translation>{day} · Kode Holland {code}</translation>
    </message>
    <message>
        <source>Scores (8–40): {scores}</source>
        <translation>Skor (8–40): {scores}</translation>
    </message>
    <message>
        <source>Sociometry</source>
        <translation>Sosiometri</translation>
    </message>
    <message>
        <source>{day}, class {class_name}: {answered} of {members} students answered</source>
        <translation>{day}, kelas {class_name}: {answered} dari {members} siswa menjawab</translation>
    </message>
    <message>
        <source>“{question}”: chosen by {count}, {mutual} of them mutual</source>
        <translation>“{question}”: dipilih oleh {count}, {mutual} di antaranya timbal balik</translation>
    </message>
    <message>
        <source>“{question}”: named as “rather not” by {count}</source>
        <translation>“{question}”: disebut “lebih baik tidak” oleh {count}</translation>
    </message>
    <message>
        <source>In all questions: {labels}</source>
        <translation>Dalam semua pertanyaan: {labels}</translation>
    </message>
    <message>
        <source>a star of the class</source>
        <translation>bintang kelas</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>terisolasi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>in a clique of {size}</source>
        <translation>dalam klik (kelompok) {size} orang</translation>
    </message>
    <message>
        <source>no particular position</source>
        <translation>tidak ada posisi khusus</translation>
    </message>
    <message>
        <source>Counts only: whom the student chose, and which classmates chose or rejected her, are her classmates' confidential answers and are not printed here.</source>
        <translation>Hanya jumlah: siapa yang dipilih siswa, dan teman sekelas mana yang memilih atau menolaknya, adalah jawaban rahasia teman-temannya dan tidak dicetak di sini.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Janji temu</translation>
    </message>
    <message>
        <source>{day} · {start}–{end} · {kind} · {status}</source>
        <translation>{day} · {start}–{end} · {kind} · {status}</translation>
    </message>
    <message>
        <source>{day} · {agency}: {recipient} · {urgency}</source>
        <translation>{day} · {agency}: {recipient} · {urgency}</translation>
    </message>
    <message>
        <source>Sent: {items}</source>
        <translation>Diberikan: {items}</translation>
    </message>
    <message>
        <source>Letter {number}</source>
        <translation>Surat {number}</translation>
    </message>
    <message>
        <source>Reply of {day}: {reply}</source>
        <translation>Balasan {day}: {reply}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Hasil: {outcome}</translation>
    </message>
    <message>
        <source>nothing but the reason</source>
        <translation>hanya alasannya</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Pengungkapan</translation>
    </message>
    <message>
        <source>{when} · {document} · to {recipient}</source>
        <translation>{when} · {document} · kepada {recipient}</translation>
    </message>
    <message>
        <source>under the {kind} of {day}</source>
        <translation>atas dasar {kind} tanggal {day}</translation>
    </message>
    <message>
        <source>under no consent in the record</source>
        <translation>tanpa persetujuan di berkas</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>dilindungi kata sandi</translation>
    </message>
    <message>
        <source>not password-protected</source>
        <translation>tidak dilindungi kata sandi</translation>
    </message>
    <message>
        <source>no one named</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Catatan risiko</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Asesmen risiko</translation>
    </message>
    <message>
        <source>Level: {level}</source>
        <translation>Tingkat: {level}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>thoughts of self-harm</source>
        <translation>pikiran untuk melukai diri sendiri</translation>
    </message>
    <message>
        <source>risk of harm to others</source>
        <translation>risiko membahayakan orang lain</translation>
    </message>
    <message>
        <source>abuse disclosed</source>
        <translation>ada pengungkapan kekerasan</translation>
    </message>
    <message>
        <source>Duty steps taken</source>
        <translation>Langkah kewajiban yang diambil</translation>
    </message>
    <message>
        <source>Addendum {when}</source>
        <translation>Adendum {when}</translation>
    </message>
    <message>
        <source>signed {when}</source>
        <translation>ditandatangani {when}</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>draf, belum ditandatangani</translation>
    </message>
    <message>
        <source>{count} private note(s) of the counselor (process or sole-possession notes) are not part of this record and were left out.</source>
        <translation>{count} catatan pribadi konselor (catatan proses atau catatan pengingat pribadi) bukan bagian dari berkas kasus ini dan tidak disertakan.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} menit</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>bersama {names}</translation>
    </message>
    <message>
        <source>Service: {service}</source>
        <translation>Layanan: {service}</translation>
    </message>
    <message>
        <source>follow-up due {date}</source>
        <translation>tindak lanjut {date}</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Nomor induk siswa</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Sumber rujukan</translation>
    </message>
    <message>
        <source>Presenting concern</source>
        <translation>Masalah yang dikemukakan</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Tingkat risiko</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Lulus</translation>
    </message>
</context>
<context>
    <name>RecordedResultDialog</name>
    <message>
        <source>Record an Instrument's Result</source>
        <translation>Catat Hasil Instrumen</translation>
    </message>
    <message>
        <source>For instruments whose items may not be copied (AUM, DCM, ITP): enter the problem areas with the number of items marked in each, and your summary.</source>
        <translation>Untuk instrumen yang butirnya tidak boleh disalin (AUM, DCM, ITP): isi bidang masalah beserta jumlah butir yang ditandai pada tiap bidang, dan ringkasan Anda.</translation>
    </message>
    <message>
        <source>The instrument's name</source>
        <translation>Nama instrumen</translation>
    </message>
    <message>
        <source>Name of the other instrument</source>
        <translation>Nama instrumen lain</translation>
    </message>
    <message>
        <source>Problem area</source>
        <translation>Bidang masalah</translation>
    </message>
    <message>
        <source>Items marked</source>
        <translation>Butir ditandai</translation>
    </message>
    <message>
        <source>Problem areas and their counts</source>
        <translation>Bidang masalah dan jumlahnya</translation>
    </message>
    <message>
        <source>&amp;Add Area</source>
        <translation>&amp;Tambah Bidang</translation>
    </message>
    <message>
        <source>&amp;Remove Area</source>
        <translation>&amp;Hapus Bidang</translation>
    </message>
    <message>
        <source>Your summary of the result</source>
        <translation>Ringkasan hasil menurut Anda</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrumen:</translation>
    </message>
    <message>
        <source>Taken on:</source>
        <translation>Tanggal pelaksanaan:</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Use the Recovery Key</source>
        <translation>Gunakan kunci pemulihan</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved: groups of four letters and digits.</source>
        <translation>Ketik kunci pemulihan yang Anda cetak atau simpan: kelompok empat huruf dan angka.</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Kunci pemulihan:</translation>
    </message>
    <message>
        <source>If the vault also needed a key file, it opens with the new passphrase alone afterwards: add a key file again from the Vault menu if you want one.</source>
        <translation>Jika brankas sebelumnya juga memerlukan berkas kunci, sesudah ini brankas dapat dibuka hanya dengan frasa sandi baru. Tambahkan lagi berkas kunci dari menu Brankas bila Anda menginginkannya.</translation>
    </message>
    <message>
        <source>Recover and Unlock</source>
        <translation>Pulihkan dan buka</translation>
    </message>
    <message>
        <source>Opens the vault with the recovery key and sets the new passphrase.</source>
        <translation>Membuka brankas dengan kunci pemulihan dan menetapkan frasa sandi baru.</translation>
    </message>
    <message>
        <source>Opening the vault with the recovery key…</source>
        <translation>Membuka brankas dengan kunci pemulihan…</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or wrote down when the vault was made (dashes and letter case do not matter), then choose a new passphrase. The vault's key is changed too, so you get a new recovery key to print; the old one stops working.</source>
        <translation>Ketik kunci pemulihan yang Anda cetak atau tulis saat brankas dibuat (tanda hubung dan huruf besar/kecil tidak berpengaruh), lalu pilih frasa sandi baru. Kunci enkripsi brankas juga diganti, jadi Anda mendapat kunci pemulihan baru untuk dicetak; kunci yang lama tidak berlaku lagi.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your Recovery Key</source>
        <translation>Kunci pemulihan Anda</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Kunci pemulihan baru Anda</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kunci pemulihan Anda</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens the vault. </source>
        <translation>Kunci pemulihan lama tidak dapat lagi membuka brankas. </translation>
    </message>
    <message>
        <source>If you ever forget the passphrase, this key opens the vault and lets you choose a new one. It is shown only now.</source>
        <translation>Jika suatu saat Anda lupa frasa sandi, kunci ini dapat membuka brankas dan memungkinkan Anda memilih frasa sandi baru. Kunci ini hanya ditampilkan sekarang.</translation>
    </message>
    <message>
        <source>Without the passphrase and without this recovery key, nobody can recover the records — not you, not your school, not the makers of Counsel Desk. Print it or write it down, and keep it in a safe place away from this computer. Whoever holds the key can open the vault.</source>
        <translation>Tanpa frasa sandi dan tanpa kunci pemulihan ini, tidak seorang pun dapat memulihkan catatan — baik Anda, sekolah Anda, maupun pembuat Counsel Desk. Cetak atau tuliskan kunci ini, lalu simpan di tempat aman yang jauh dari komputer ini. Siapa pun yang memegang kunci ini dapat membuka brankas.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Saves the recovery key as a PDF to print; delete the file once printed.</source>
        <translation>Menyimpan kunci pemulihan sebagai PDF untuk dicetak; hapus berkasnya setelah dicetak.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Salin kunci pemulihan</translation>
    </message>
    <message>
        <source>Puts the recovery key on the clipboard for a short time, then clears it.</source>
        <translation>Menaruh kunci pemulihan di papan klip sebentar, lalu mengosongkannya.</translation>
    </message>
    <message>
        <source>I have stored the recovery key safely</source>
        <translation>Saya sudah menyimpan kunci pemulihan dengan aman</translation>
    </message>
    <message>
        <source>Tick it once the key is printed or saved somewhere safe; then Close works.</source>
        <translation>Centang setelah kunci dicetak atau disimpan di tempat yang aman; setelah itu tombol Tutup dapat dipakai.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Closes the window. The recovery key is not shown again.</source>
        <translation>Menutup jendela. Kunci pemulihan tidak ditampilkan lagi.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Disalin. Papan klip akan dikosongkan dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Simpan kunci pemulihan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}. This PDF is NOT encrypted: print it, keep the printout in a safe place, then delete the file.</source>
        <translation>Disimpan di {path}. PDF ini TIDAK terenkripsi: cetak, simpan hasil cetaknya di tempat aman, lalu hapus berkasnya.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}.</source>
        <translation>PDF tidak dapat disimpan: {reason}.</translation>
    </message>
</context>
<context>
    <name>RecoveryPdf</name>
    <message>
        <source>Counsel Desk — Recovery Key</source>
        <translation>Counsel Desk — Kunci pemulihan</translation>
    </message>
    <message>
        <source>This key opens your Counsel Desk vault if you forget its passphrase. Whoever holds it can open the vault without the passphrase.</source>
        <translation>Kunci ini membuka brankas Counsel Desk Anda jika Anda lupa frasa sandinya. Siapa pun yang memegang kunci ini dapat membuka brankas tanpa frasa sandi.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Folder brankas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>How to keep it</source>
        <translation>Cara menyimpannya</translation>
    </message>
    <message>
        <source>Print this page and keep it in a locked, safe place, away from the computer.</source>
        <translation>Cetak halaman ini dan simpan di tempat yang aman dan terkunci, jauh dari komputer.</translation>
    </message>
    <message>
        <source>Then delete this PDF file: it is not encrypted.</source>
        <translation>Setelah itu, hapus berkas PDF ini: berkas ini tidak terenkripsi.</translation>
    </message>
    <message>
        <source>Never store the key together with the passphrase or on the same computer.</source>
        <translation>Jangan pernah menyimpan kunci ini bersama frasa sandi atau di komputer yang sama.</translation>
    </message>
    <message>
        <source>Without the passphrase and without this key nobody can recover the records, not even the makers of Counsel Desk.</source>
        <translation>Tanpa frasa sandi dan tanpa kunci ini, tidak ada yang dapat memulihkan catatan, bahkan pembuat Counsel Desk sekalipun.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cara menggunakannya</translation>
    </message>
    <message>
        <source>On the unlock screen choose “Forgot passphrase? Use recovery key…”, type the key (dashes and letter case do not matter) and choose a new passphrase. A new recovery key, made later in Counsel Desk, replaces this one.</source>
        <translation>Di layar buka kunci, pilih “Lupa frasa sandi? Gunakan kunci pemulihan…”, ketik kuncinya (tanda hubung dan huruf besar/kecil tidak berpengaruh), lalu buat frasa sandi baru. Jika nanti Anda membuat kunci pemulihan baru di Counsel Desk, kunci ini tidak berlaku lagi.</translation>
    </message>
</context>
<context>
    <name>RedactionPreview</name>
    <message>
        <source>the client</source>
        <translation>konseli</translation>
    </message>
    <message>
        <source>a guardian of the client</source>
        <translation>orang tua/wali konseli</translation>
    </message>
    <message>
        <source>an emergency contact</source>
        <translation>kontak darurat</translation>
    </message>
    <message>
        <source>a person named in a record</source>
        <translation>orang yang disebut dalam catatan</translation>
    </message>
    <message>
        <source>a name after a title, in no record</source>
        <translation>nama setelah sapaan atau gelar, tidak ada di catatan mana pun</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>sekolah</translation>
    </message>
    <message>
        <source>an address or street</source>
        <translation>alamat atau nama jalan</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>nomor telepon</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>alamat e-mail</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>nomor identitas</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>a class and its parallel (9C)</source>
        <translation>kelas beserta rombelnya (9C)</translation>
    </message>
    <message>
        <source>a word from your never-print list</source>
        <translation>kata dari daftar jangan dicetak Anda</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>konseli lain</translation>
    </message>
    <message>
        <source>a guardian of another client</source>
        <translation>orang tua/wali konseli lain</translation>
    </message>
    <message>
        <source>identifying text</source>
        <translation>teks yang dapat mengidentifikasi</translation>
    </message>
    <message>
        <source>Supervision summary · case {code}</source>
        <translation>Ringkasan untuk supervisi · kasus {code}</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>Referral</source>
        <translation>Alih Tangan Kasus</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Nomor: {number}</translation>
    </message>
    <message>
        <source>Subject: referral of a student</source>
        <translation>Hal: alih tangan kasus siswa</translation>
    </message>
    <message>
        <source>Urgency: {urgency}</source>
        <translation>Sifat: {urgency}</translation>
    </message>
    <message>
        <source>To: {recipient}</source>
        <translation>Kepada Yth. {recipient}</translation>
    </message>
    <message>
        <source>We refer to you the following student of {school}, with the consent recorded below, and ask for your help.</source>
        <translation>Dengan hormat, bersama ini kami mengalihtangankan siswa {school} berikut, dengan persetujuan yang tercatat di bawah, dan mohon bantuan Bapak/Ibu.</translation>
    </message>
    <message>
        <source>Student: {name}</source>
        <translation>Nama siswa: {name}</translation>
    </message>
    <message>
        <source>Class: {grade}</source>
        <translation>Kelas: {grade}</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Alasan alih tangan kasus</translation>
    </message>
    <message>
        <source>The student's counseling record is enclosed.</source>
        <translation>Catatan konseling siswa terlampir.</translation>
    </message>
    <message>
        <source>Disclosed under the release of information signed on {signed} by {signer}{purpose}. Please keep it confidential and use it only for this purpose.</source>
        <translation>Diberikan berdasarkan izin pengungkapan informasi yang ditandatangani pada {signed} oleh {signer}{purpose}. Mohon dijaga kerahasiaannya dan hanya digunakan untuk keperluan tersebut.</translation>
    </message>
    <message>
        <source> for: {purpose}</source>
        <translation> untuk: {purpose}</translation>
    </message>
    <message>
        <source>Thank you for your cooperation.</source>
        <translation>Atas perhatian dan kerja samanya, kami ucapkan terima kasih.</translation>
    </message>
    <message>
        <source>School counselor</source>
        <translation>Guru BK / Konselor sekolah</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>biasa</translation>
    </message>
    <message>
        <source>within the week</source>
        <translation>segera (dalam minggu ini)</translation>
    </message>
    <message>
        <source>urgent: today</source>
        <translation>sangat segera (hari ini)</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>A referral needs a release of information signed for this student: record one on the Consents tab first.</source>
        <translation>Alih tangan kasus memerlukan izin pengungkapan informasi yang ditandatangani untuk siswa ini: catat dulu di tab Persetujuan.</translation>
    </message>
    <message>
        <source>The release of information to {party} is not active on {day} (revoked, expired or signed later): nothing may be disclosed under it.</source>
        <translation>Izin pengungkapan informasi kepada {party} tidak berlaku pada {day} (dicabut, kedaluwarsa, atau ditandatangani kemudian): tidak ada yang boleh diberikan berdasarkan izin itu.</translation>
    </message>
    <message>
        <source>The release of information does not allow disclosing “{item}”: untick it, or record a release that allows it.</source>
        <translation>Izin pengungkapan informasi tidak mengizinkan “{item}” diberikan: hapus centangnya, atau catat izin yang mengizinkannya.</translation>
    </message>
    <message>
        <source>A referral is recorded when it is made: the day is in the future.</source>
        <translation>Alih tangan kasus dicatat saat dilakukan: tanggalnya di masa depan.</translation>
    </message>
    <message>
        <source>Say to whom the case is referred.</source>
        <translation>Tuliskan kepada siapa kasus dialihtangankan.</translation>
    </message>
    <message>
        <source>The recipient is one line of at most 200 characters.</source>
        <translation>Penerima ditulis dalam satu baris, paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>Say why the case is referred.</source>
        <translation>Tuliskan alasan kasus dialihtangankan.</translation>
    </message>
    <message>
        <source>Keep it to {limit} characters.</source>
        <translation>Paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>An item is listed twice.</source>
        <translation>Ada butir yang tercantum dua kali.</translation>
    </message>
    <message>
        <source>Only what is sent has a text in the letter.</source>
        <translation>Hanya yang diberikan yang memiliki teks di surat.</translation>
    </message>
    <message>
        <source>The reply cannot come before the referral.</source>
        <translation>Balasan tidak mungkin datang sebelum alih tangan kasus.</translation>
    </message>
    <message>
        <source>The follow-up cannot be due before the referral.</source>
        <translation>Tindak lanjut tidak dapat jatuh tempo sebelum alih tangan kasus.</translation>
    </message>
    <message>
        <source>The numbering needs {field}, or two letters would share a number.</source>
        <translation>Penomoran memerlukan {field}, agar tidak ada dua surat dengan nomor yang sama.</translation>
    </message>
    <message>
        <source>The numbering knows {known}, not {name}.</source>
        <translation>Penomoran mengenal {known}, bukan {name}.</translation>
    </message>
    <message>
        <source>The numbering cannot be read.</source>
        <translation>Penomoran tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>A letter number is one line of at most 200 characters.</source>
        <translation>Nomor surat ditulis dalam satu baris, paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>Enter the school's name for the letterhead first (Settings → Letters).</source>
        <translation>Isi dulu nama sekolah untuk kop surat (Pengaturan → Surat).</translation>
    </message>
    <message>
        <source>Each line of the letterhead is one line of at most 200 characters.</source>
        <translation>Setiap isian kop surat satu baris, paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>Referral to {recipient}: ask how it went</source>
        <translation>Alih tangan kasus ke {recipient}: tanyakan hasilnya</translation>
    </message>
    <message>
        <source>“{words}” in the referral is in the record of {code}, not of this student: the release of information covers only her. Take it out of the reason and the sections before the letter is made.</source>
        <translation>“{words}” dalam alih tangan kasus ini ada di catatan {code}, bukan siswa ini: izin pengungkapan informasi hanya mencakup dirinya. Hapus dari alasan dan bagian-bagiannya sebelum surat dibuat.</translation>
    </message>
    <message>
        <source>The referral is no longer in the vault.</source>
        <translation>Alih tangan kasus ini sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>Letter number {number} was given before; a number is never used twice.</source>
        <translation>Nomor surat {number} sudah pernah dipakai; satu nomor tidak pernah dipakai dua kali.</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Alih tangan kasus</translation>
    </message>
    <message>
        <source>The referrals of this student, oldest first. Choose one to see or change it.</source>
        <translation>Alih tangan kasus siswa ini, yang terlama lebih dulu. Pilih satu untuk melihat atau mengubahnya.</translation>
    </message>
    <message>
        <source>Release of information</source>
        <translation>Izin pengungkapan informasi</translation>
    </message>
    <message>
        <source>The signed release this referral relies on; it says what may be sent.</source>
        <translation>Izin yang ditandatangani yang menjadi dasar alih tangan kasus ini; izin itu menentukan apa yang boleh diberikan.</translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation>Jenis layanan</translation>
    </message>
    <message>
        <source>Where the case goes: a psychologist, the puskesmas, child protection …</source>
        <translation>Ke mana kasus dialihkan: psikolog, puskesmas, perlindungan anak …</translation>
    </message>
    <message>
        <source>Who receives it: service and role</source>
        <translation>Siapa penerimanya: layanan dan perannya</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Dialihtangankan kepada</translation>
    </message>
    <message>
        <source>The service and the person's role, as the letter is addressed.</source>
        <translation>Layanan dan peran orangnya, seperti alamat surat.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>How soon the service should act.</source>
        <translation>Seberapa cepat layanan itu perlu bertindak.</translation>
    </message>
    <message>
        <source>Day of the referral</source>
        <translation>Tanggal alih tangan kasus</translation>
    </message>
    <message>
        <source>The day the case was referred, as year-month-day.</source>
        <translation>Tanggal kasus dialihtangankan, tahun-bulan-hari.</translation>
    </message>
    <message>
        <source>Why you refer the case, as the letter says it</source>
        <translation>Alasan kasus dialihtangankan, seperti tertulis di surat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Why the case is referred; the letter prints it.</source>
        <translation>Alasan kasus dialihtangankan; surat memuatnya.</translation>
    </message>
    <message>
        <source>Tick it to send this; only what the release allows can be ticked.</source>
        <translation>Centang untuk memberikan ini; hanya yang diizinkan yang dapat dicentang.</translation>
    </message>
    <message>
        <source>What the letter says under this heading.</source>
        <translation>Yang ditulis di surat di bawah judul ini.</translation>
    </message>
    <message>
        <source>What the letter says about it</source>
        <translation>Yang ditulis di surat tentang hal ini</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Tindak lanjut pada</translation>
    </message>
    <message>
        <source>The day to ask how it went; saving makes it a follow-up reminder.</source>
        <translation>Tanggal menanyakan hasilnya; menyimpan menjadikannya pengingat tindak lanjut.</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Balasan diterima pada</translation>
    </message>
    <message>
        <source>The day the service answered; empty while there is no reply.</source>
        <translation>Tanggal layanan itu menjawab; kosong selama belum ada balasan.</translation>
    </message>
    <message>
        <source>What the service answered</source>
        <translation>Jawaban dari layanan tersebut</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>What the service answered.</source>
        <translation>Jawaban dari layanan itu.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Belum diketahui</translation>
    </message>
    <message>
        <source>What came of the referral.</source>
        <translation>Hasil alih tangan kasus.</translation>
    </message>
    <message>
        <source>Under:</source>
        <translation>Berdasarkan:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Kepada:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kapan:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Diberikan:</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Tindak lanjut pada:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Balasan:</translation>
    </message>
    <message>
        <source>New Referral</source>
        <translation>Alih Tangan Kasus Baru</translation>
    </message>
    <message>
        <source>Empties the form for a new referral.</source>
        <translation>Mengosongkan formulir untuk alih tangan kasus baru.</translation>
    </message>
    <message>
        <source>Make Letter…</source>
        <translation>Buat Surat…</translation>
    </message>
    <message>
        <source>Saves the numbered referral letter as a PDF (not encrypted). It names the student and holds only what was sent.</source>
        <translation>Menyimpan surat alih tangan kasus bernomor sebagai PDF (tidak tersandi). Surat itu menyebut nama siswa dan hanya memuat yang diberikan.</translation>
    </message>
    <message>
        <source>Save Referral</source>
        <translation>Simpan Alih Tangan Kasus</translation>
    </message>
    <message>
        <source>Keeps the referral in the vault; refused without an active release.</source>
        <translation>Menyimpan alih tangan kasus di brankas; ditolak tanpa izin yang berlaku.</translation>
    </message>
    <message>
        <source>The referrals were not read</source>
        <translation>Data alih tangan kasus tidak terbaca</translation>
    </message>
    <message>
        <source>A referral relies on a signed release of information: only what it allows can be sent, and the letter prints only that.</source>
        <translation>Alih tangan kasus berdasar pada izin pengungkapan informasi yang ditandatangani: hanya yang diizinkan yang boleh diberikan, dan surat hanya memuat itu.</translation>
    </message>
    <message>
        <source>No active release of information: record one on the Consents tab first. It names who receives the information, what for, and what may be shared.</source>
        <translation>Belum ada izin pengungkapan informasi yang berlaku: catat dulu di tab Persetujuan. Izin itu menyebut siapa penerimanya, untuk apa, dan apa yang boleh diberikan.</translation>
    </message>
    <message>
        <source>{party} — signed {signed}, until {until}</source>
        <translation>{party} — ditandatangani {signed}, berlaku sampai {until}</translation>
    </message>
    <message>
        <source>(a release no longer active)</source>
        <translation>(izin yang sudah tidak berlaku)</translation>
    </message>
    <message>
        <source>The release of information chosen does not allow sharing this.</source>
        <translation>Izin pengungkapan informasi yang dipilih tidak mengizinkan ini diberikan.</translation>
    </message>
    <message>
        <source>The referral was not saved</source>
        <translation>Alih tangan kasus tidak tersimpan</translation>
    </message>
    <message>
        <source>Referral saved.</source>
        <translation>Alih tangan kasus disimpan.</translation>
    </message>
    <message>
        <source>the referral letter of {code}</source>
        <translation>surat alih tangan kasus {code}</translation>
    </message>
    <message>
        <source>Save the referral letter as</source>
        <translation>Simpan surat alih tangan kasus sebagai</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The referral letter was not saved</source>
        <translation>Surat alih tangan kasus tidak tersimpan</translation>
    </message>
    <message>
        <source>Letter {number} saved, protected with its password: {path}</source>
        <translation>Surat {number} disimpan, dilindungi kata sandinya: {path}</translation>
    </message>
    <message>
        <source>Letter {number} saved (not encrypted): {path}</source>
        <translation>Surat {number} disimpan (tidak tersandi): {path}</translation>
    </message>
</context>
<context>
    <name>ReminderModel</name>
    <message>
        <source>Note not signed</source>
        <translation>Catatan belum ditandatangani</translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation>Persetujuan akan berakhir</translation>
    </message>
    <message>
        <source>Risk review due</source>
        <translation>Waktunya tinjauan risiko</translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation>Tinjauan rencana</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Turning 18</source>
        <translation>Segera berusia 18 tahun</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Konseli</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Say what the follow-up is.</source>
        <translation>Tuliskan tindak lanjutnya.</translation>
    </message>
    <message>
        <source>That client is no longer in the vault.</source>
        <translation>Konseli itu sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>The note of {date} is not signed after 24 hours</source>
        <translation>Catatan {date} belum ditandatangani setelah 24 jam</translation>
    </message>
    <message>
        <source>A consent expires on {date}: renew it</source>
        <translation>Persetujuan berakhir pada {date}: perbarui</translation>
    </message>
    <message>
        <source>{level} risk: no risk assessment since {date}</source>
        <translation>Risiko {level}: tidak ada asesmen risiko sejak {date}</translation>
    </message>
    <message>
        <source>{level} risk: no risk assessment recorded</source>
        <translation>Risiko {level}: belum ada asesmen risiko</translation>
    </message>
    <message>
        <source>Support plan review due on {date}</source>
        <translation>Tinjauan rencana dukungan jatuh tempo {date}</translation>
    </message>
    <message>
        <source>Turns 18 on {date}: consent now comes from the client, not the guardian</source>
        <translation>Berusia 18 tahun pada {date}: persetujuan kini diberikan konseli sendiri, bukan orang tua/wali</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Mark Follow-up Done</source>
        <translation>Tandai tindak lanjut selesai</translation>
    </message>
    <message>
        <source>Marks the follow-up chosen in the reminders as done.</source>
        <translation>Menandai tindak lanjut yang dipilih di pengingat sebagai selesai.</translation>
    </message>
    <message>
        <source>Nothing is due. Unsigned notes, expiring consents, risk and plan reviews, follow-ups and students turning 18 appear here when they are.</source>
        <translation>Belum ada yang jatuh tempo. Catatan yang belum ditandatangani, persetujuan yang akan berakhir, tinjauan risiko dan rencana, tindak lanjut, serta siswa yang segera berusia 18 tahun muncul di sini saat waktunya tiba.</translation>
    </message>
    <message>
        <source>What is due, soonest first. Enter opens the client the row is about.</source>
        <translation>Apa yang sudah waktunya, yang paling dekat di atas. Enter membuka konseli yang dimaksud baris itu.</translation>
    </message>
    <message>
        <source>{count} due, {overdue} overdue</source>
        <translation>{count} jatuh tempo, {overdue} terlambat</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Tidak ada yang jatuh tempo</translation>
    </message>
</context>
<context>
    <name>RemoveKeyFileDialog</name>
    <message>
        <source>Remove the Key File</source>
        <translation>Lepas berkas kunci</translation>
    </message>
    <message>
        <source>After this the passphrase alone opens the vault. Give the passphrase and the key file once more to confirm.</source>
        <translation>Setelah ini, brankas dapat dibuka hanya dengan frasa sandi. Masukkan frasa sandi dan berkas kunci sekali lagi untuk mengonfirmasi.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Berkas kunci:</translation>
    </message>
    <message>
        <source>The vault's passphrase, to confirm it is you.</source>
        <translation>Frasa sandi brankas, untuk memastikan bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>Remove Key File</source>
        <translation>Lepas berkas kunci</translation>
    </message>
    <message>
        <source>From now on the vault opens with the passphrase alone.</source>
        <translation>Mulai sekarang brankas dapat dibuka dengan frasa sandi saja.</translation>
    </message>
    <message>
        <source>Removing the key file…</source>
        <translation>Melepas berkas kunci…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Term Report</source>
        <translation>Laporan semester</translation>
    </message>
    <message>
        <source>This semester</source>
        <translation>Semester ini</translation>
    </message>
    <message>
        <source>Last semester</source>
        <translation>Semester lalu</translation>
    </message>
    <message>
        <source>School year (July–June)</source>
        <translation>Tahun ajaran (Juli–Juni)</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>Tahun ajaran lalu</translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation>Tahun kalender</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Tanggal pilihan</translation>
    </message>
    <message>
        <source>The period the report counts; Custom dates lets you type both ends.</source>
        <translation>Periode yang dihitung laporan; Tanggal pilihan memungkinkan Anda mengetik awal dan akhirnya.</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Hari pertama periode</translation>
    </message>
    <message>
        <source>The first day counted, as year-month-day.</source>
        <translation>Hari pertama yang dihitung, sebagai tahun-bulan-tanggal.</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Hari terakhir periode</translation>
    </message>
    <message>
        <source>The last day counted, as year-month-day.</source>
        <translation>Hari terakhir yang dihitung, sebagai tahun-bulan-tanggal.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Tampilkan laporan</translation>
    </message>
    <message>
        <source>Counts the sessions of the period and shows the figures below.</source>
        <translation>Menghitung sesi dalam periode itu dan menampilkan angkanya di bawah.</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Bahasa PDF</translation>
    </message>
    <message>
        <source>The language the saved report is written in.</source>
        <translation>Bahasa yang dipakai untuk laporan yang disimpan.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Saves the report shown as a PDF where you choose. It names no one.</source>
        <translation>Menyimpan laporan yang ditampilkan sebagai PDF di tempat yang Anda pilih. Laporan itu tidak menyebut nama siapa pun.</translation>
    </message>
    <message>
        <source>PDF in:</source>
        <translation>Bahasa PDF:</translation>
    </message>
    <message>
        <source>Students served</source>
        <translation>Siswa yang dilayani</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Waktu layanan</translation>
    </message>
    <message>
        <source>Sessions without a duration</source>
        <translation>Sesi tanpa durasi</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>Sessions and students, month by month</source>
        <translation>Sesi dan siswa, bulan demi bulan</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Per jenis</translation>
    </message>
    <message>
        <source>Sessions by kind: individual, group, family, consultation</source>
        <translation>Sesi menurut jenis: individual, kelompok, keluarga, konsultasi</translation>
    </message>
    <message>
        <source>By modality</source>
        <translation>Per cara layanan</translation>
    </message>
    <message>
        <source>Sessions by how you met</source>
        <translation>Sesi menurut cara layanan</translation>
    </message>
    <message>
        <source>By concern</source>
        <translation>Per masalah</translation>
    </message>
    <message>
        <source>Students by concern, from their tags</source>
        <translation>Siswa menurut masalah, dari labelnya</translation>
    </message>
    <message>
        <source>No names, case codes or dates of birth. Counts of 1–4 are shown as “&lt;5”; a cell that would let a hidden count be worked out from the total is shown as “*”. Concerns of fewer than 5 students are not named. Charts leave hidden cells out.</source>
        <translation>Tanpa nama, kode kasus, atau tanggal lahir. Angka 1–4 ditampilkan sebagai “&lt;5”; sel yang memungkinkan angka tersembunyi dihitung dari jumlahnya ditampilkan sebagai “*”. Masalah yang dialami kurang dari 5 siswa tidak disebutkan. Grafik tidak menampilkan sel tersembunyi.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Closes the report.</source>
        <translation>Menutup laporan.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} jam {minutes} menit</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Cara layanan</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Other concerns (each fewer than 5 students)</source>
        <translation>Masalah lain (masing-masing kurang dari 5 siswa)</translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Membuat PDF…</translation>
    </message>
    <message>
        <source>Saved. The PDF is not encrypted; it holds figures only, checked for names, case codes and dates of birth.</source>
        <translation>Tersimpan. PDF tidak terenkripsi; isinya hanya angka, sudah diperiksa terhadap nama, kode kasus, dan tanggal lahir.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Counseling services report</source>
        <translation>Laporan layanan bimbingan dan konseling</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Counseling report</source>
        <translation>Laporan layanan BK</translation>
    </message>
    <message>
        <source>Figures only: no names, case codes or dates of birth</source>
        <translation>Hanya angka: tanpa nama, kode kasus, atau tanggal lahir</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Students served</source>
        <translation>Siswa yang dilayani</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Waktu layanan</translation>
    </message>
    <message>
        <source>Sessions without a recorded duration</source>
        <translation>Sesi tanpa catatan durasi</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} jam {minutes} menit</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>By kind of service</source>
        <translation>Per jenis layanan</translation>
    </message>
    <message>
        <source>By modality</source>
        <translation>Per cara layanan</translation>
    </message>
    <message>
        <source>Students by concern</source>
        <translation>Siswa per masalah</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Other concerns (each fewer than 5 students)</source>
        <translation>Masalah lain (masing-masing kurang dari 5 siswa)</translation>
    </message>
    <message>
        <source>No concern tags recorded for the students served.</source>
        <translation>Tidak ada label masalah pada siswa yang dilayani.</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sesi per bulan</translation>
    </message>
    <message>
        <source>Small counts are suppressed so that no student can be singled out: a count of 1–4 is shown as “&lt;5”. Where a hidden count could be worked out from a total, further cells are hidden as “*” (complementary suppression), smallest first; minutes of hidden cells are hidden too. Concerns held by fewer than 5 students are not named. Charts leave hidden cells out. A session is a progress note (not struck through) dated in the period; a group session counts once, and each member as a student served.</source>
        <translation>Angka kecil disembunyikan agar tidak ada siswa yang dapat dikenali: angka 1–4 ditampilkan sebagai “&lt;5”. Bila angka yang disembunyikan dapat dihitung dari jumlahnya, sel lain ikut disembunyikan sebagai “*” (penyembunyian pelengkap), mulai dari yang terkecil; menit pada sel tersembunyi juga disembunyikan. Masalah yang dialami kurang dari 5 siswa tidak disebutkan. Grafik tidak menampilkan sel tersembunyi. Sesi adalah catatan perkembangan (tidak dicoret) dalam periode ini; sesi kelompok dihitung sekali, dan setiap anggotanya sebagai siswa yang dilayani.</translation>
    </message>
    <message>
        <source>Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec</source>
        <translation>Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report ends before it starts.</source>
        <translation>Tanggal akhir laporan lebih awal daripada tanggal mulainya.</translation>
    </message>
    <message>
        <source>identifying text from the vault</source>
        <translation>teks dari brankas yang dapat mengidentifikasi</translation>
    </message>
    <message>
        <source>a case code</source>
        <translation>kode kasus</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>The backup becomes a new vault in a new folder; no existing vault is replaced. It is checked for damage before it is put in place.</source>
        <translation>Cadangan dipulihkan menjadi brankas baru di folder baru; brankas yang sudah ada tidak diganti. Sebelum dipulihkan, cadangan diperiksa dulu untuk memastikan tidak rusak.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>Counsel Desk backups (*{suffix});;All files (*)</source>
        <translation>Cadangan Counsel Desk (*{suffix});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Opens a file window to choose the backup to restore.</source>
        <translation>Membuka jendela berkas untuk memilih cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>No backup chosen</source>
        <translation>Belum ada cadangan yang dipilih</translation>
    </message>
    <message>
        <source>Restored Vault {date}</source>
        <translation>Brankas hasil pemulihan {date}</translation>
    </message>
    <message>
        <source>The folder the restored vault is made in; it must be new or empty.</source>
        <translation>Folder tempat brankas hasil pemulihan dibuat; folder itu harus baru atau kosong.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Opens a file window to choose the new vault's folder.</source>
        <translation>Membuka jendela berkas untuk memilih folder brankas baru.</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>Frasa sandi brankas saat cadangan dibuat.</translation>
    </message>
    <message>
        <source>The vault needed a key file</source>
        <translation>Brankas ini memerlukan berkas kunci</translation>
    </message>
    <message>
        <source>Tick it if the vault also needed a key file then; choose the file below.</source>
        <translation>Centang jika saat itu brankas juga memerlukan berkas kunci; pilih berkasnya di bawah.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Berkas cadangan:</translation>
    </message>
    <message>
        <source>New vault folder:</source>
        <translation>Folder brankas baru:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Checks the backup and makes it a new vault in the folder chosen.</source>
        <translation>Memeriksa cadangan dan menjadikannya brankas baru di folder yang dipilih.</translation>
    </message>
    <message>
        <source>Where should the restored vault go?</source>
        <translation>Di mana brankas hasil pemulihan akan disimpan?</translation>
    </message>
    <message>
        <source>That folder already exists and is not empty. Choose a new folder.</source>
        <translation>Folder itu sudah ada dan tidak kosong. Pilih folder baru.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Memeriksa dan memulihkan cadangan…</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>The six interest scores</source>
        <translation>Enam skor minat</translation>
    </message>
    <message>
        <source>Choose a result to see its code and explanation.</source>
        <translation>Pilih satu hasil untuk melihat kode dan penjelasannya.</translation>
    </message>
    <message>
        <source>Interest scores (8–40)</source>
        <translation>Skor minat (8–40)</translation>
    </message>
    <message>
        <source>Holland code {code} — {day}</source>
        <translation>Kode Holland {code} — {day}</translation>
    </message>
    <message>
        <source>(struck as entered in error)</source>
        <translation>(dicoret karena salah catat)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Adult clinical</source>
        <translation>Klinis dewasa</translation>
    </message>
    <message>
        <source>Minor clinical</source>
        <translation>Klinis anak</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Atur sendiri</translation>
    </message>
    <message>
        <source>Say why the case is on legal hold.</source>
        <translation>Tuliskan alasan pemusnahan kasus ini ditangguhkan untuk keperluan hukum.</translation>
    </message>
    <message>
        <source>That client is no longer in the vault.</source>
        <translation>Konseli itu sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>{code} is on legal hold and cannot be destroyed.</source>
        <translation>{code} berada dalam penangguhan pemusnahan (keperluan hukum) dan tidak dapat dimusnahkan.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Due for Destruction</source>
        <translation>Sudah waktunya dimusnahkan</translation>
    </message>
    <message>
        <source>Show every closed case</source>
        <translation>Tampilkan semua kasus yang sudah ditutup</translation>
    </message>
    <message>
        <source>Tick it to list every closed case, not only those due.</source>
        <translation>Centang untuk menampilkan semua kasus yang sudah ditutup, bukan hanya yang sudah waktunya.</translation>
    </message>
    <message>
        <source>Due for destruction</source>
        <translation>Sudah waktunya dimusnahkan</translation>
    </message>
    <message>
        <source>Closed cases past their keeping date. Choose one to hold or destroy it.</source>
        <translation>Kasus yang sudah ditutup dan melewati batas waktu penyimpanannya. Pilih satu untuk ditangguhkan atau dimusnahkan.</translation>
    </message>
    <message>
        <source>No case is due for destruction.</source>
        <translation>Tidak ada kasus yang jatuh tempo untuk dimusnahkan.</translation>
    </message>
    <message>
        <source>Reason for the hold, e.g. abuse report 2025-03, court order</source>
        <translation>Alasan penangguhan, mis. laporan kekerasan 2025-03, perintah pengadilan</translation>
    </message>
    <message>
        <source>Place on Legal Hold</source>
        <translation>Tangguhkan pemusnahan</translation>
    </message>
    <message>
        <source>Keeps the case chosen past its date, for the reason typed, until the hold is released.</source>
        <translation>Menyimpan kasus yang dipilih melewati tanggalnya, dengan alasan yang diketik, sampai penangguhan dicabut.</translation>
    </message>
    <message>
        <source>Release Legal Hold</source>
        <translation>Cabut penangguhan</translation>
    </message>
    <message>
        <source>Ends the hold of the case chosen: it is due again on its date.</source>
        <translation>Mengakhiri penangguhan kasus yang dipilih: kasus itu kembali jatuh waktu pada tanggalnya.</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Musnahkan…</translation>
    </message>
    <message>
        <source>Deletes the records of the case chosen for good, after you type its case code. Only the log keeps its code and dates.</source>
        <translation>Menghapus berkas kasus yang dipilih secara permanen, setelah Anda mengetik kode kasusnya. Hanya log yang menyimpan kode dan tanggalnya.</translation>
    </message>
    <message>
        <source>Legal hold:</source>
        <translation>Penangguhan pemusnahan (keperluan hukum):</translation>
    </message>
    <message>
        <source>Each case destroyed: its code, dates of service and the day it was destroyed.</source>
        <translation>Setiap kasus yang dimusnahkan: kodenya, tanggal layanan, dan tanggal pemusnahannya.</translation>
    </message>
    <message>
        <source>What was destroyed, and when. The log keeps only case codes and dates; it stays in the vault after the records are gone.</source>
        <translation>Apa yang dimusnahkan, dan kapan. Log ini hanya menyimpan kode kasus dan tanggal; log tetap ada di brankas setelah catatannya dimusnahkan.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Destruction log</source>
        <translation>Log pemusnahan</translation>
    </message>
    <message>
        <source>Closed cases due for destruction, and legal holds</source>
        <translation>Kasus yang sudah ditutup dan sudah waktunya dimusnahkan, serta penangguhan pemusnahan (keperluan hukum)</translation>
    </message>
    <message>
        <source>What was destroyed, and when</source>
        <translation>Apa yang sudah dimusnahkan, dan kapan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Closes the window.</source>
        <translation>Menutup jendela.</translation>
    </message>
    <message>
        <source>Retention rule (Settings → Retention): {rule}.</source>
        <translation>Aturan retensi (Pengaturan → Retensi): {rule}.</translation>
    </message>
    <message>
        <source>{code} is on legal hold: it is kept past its date until you release it.</source>
        <translation>{code} berada dalam penangguhan pemusnahan (keperluan hukum): kasus ini tetap disimpan melewati tanggalnya sampai Anda mencabut penangguhan tersebut.</translation>
    </message>
    <message>
        <source>The legal hold on {code} was released.</source>
        <translation>Penangguhan pemusnahan atas {code} sudah dicabut.</translation>
    </message>
    <message>
        <source>The records of {code} were destroyed.</source>
        <translation>Catatan {code} sudah dimusnahkan.</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>School: {years} years after the case closes (sole-possession notes when the student leaves)</source>
        <translation>Sekolah: {years} tahun setelah kasus ditutup (catatan pengingat pribadi dimusnahkan saat siswa meninggalkan sekolah)</translation>
    </message>
    <message>
        <source>Adult clinical: {years} years after the last service</source>
        <translation>Klinis dewasa: {years} tahun setelah layanan terakhir</translation>
    </message>
    <message>
        <source>Minor clinical: {years} years after the client turns 18, and at least {adult} years after the last service</source>
        <translation>Klinis anak: {years} tahun setelah konseli berusia 18 tahun, dan paling sedikit {adult} tahun setelah layanan terakhir</translation>
    </message>
    <message>
        <source>Custom: {years} years after the last service</source>
        <translation>Atur sendiri: {years} tahun setelah layanan terakhir</translation>
    </message>
</context>
<context>
    <name>RetentionSettingsPage</name>
    <message>
        <source>Which rule gives a closed case its destruction date; the rule is shown below.</source>
        <translation>Aturan yang menentukan tanggal pemusnahan kasus yang sudah ditutup; aturannya ditampilkan di bawah.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>How many years a closed case is kept before it is due for destruction.</source>
        <translation>Berapa tahun kasus yang sudah ditutup disimpan sebelum waktunya dimusnahkan.</translation>
    </message>
    <message>
        <source>Retention profile:</source>
        <translation>Profil retensi:</translation>
    </message>
    <message>
        <source>Keep after the case closes:</source>
        <translation>Simpan setelah kasus ditutup:</translation>
    </message>
    <message>
        <source>Keep after the last service:</source>
        <translation>Simpan setelah layanan terakhir:</translation>
    </message>
    <message>
        <source>Keep after the client turns 18:</source>
        <translation>Simpan setelah konseli berusia 18 tahun:</translation>
    </message>
    <message>
        <source>Closed cases get a destruction date from this rule; open cases never do. A case on legal hold (for example after an abuse report) is kept past its date. Nothing is destroyed without your confirmation: see Vault → Due for Destruction. Check the rule against your professional code and local law.</source>
        <translation>Kasus yang sudah ditutup mendapat tanggal pemusnahan dari aturan ini; kasus yang masih dibuka tidak pernah mendapatkannya. Kasus dalam penangguhan pemusnahan (keperluan hukum) (misalnya setelah laporan kekerasan terhadap anak) tetap disimpan melewati tanggal tersebut. Tidak ada yang dimusnahkan tanpa konfirmasi Anda: lihat Brankas → Sudah waktunya dimusnahkan. Sesuaikan aturan ini dengan kode etik profesi dan hukum yang berlaku.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke Consent</source>
        <translation>Cabut persetujuan</translation>
    </message>
    <message>
        <source>The consent stays in the record, marked revoked from this date. It covered the days before.</source>
        <translation>Persetujuan tetap ada dalam catatan, ditandai dicabut sejak tanggal ini. Persetujuan tetap berlaku untuk hari-hari sebelumnya.</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Dicabut pada</translation>
    </message>
    <message>
        <source>The day the consent was withdrawn, as year-month-day.</source>
        <translation>Tanggal persetujuan dicabut, sebagai tahun-bulan-tanggal.</translation>
    </message>
    <message>
        <source>Marks the consent revoked from this date.</source>
        <translation>Menandai persetujuan sebagai dicabut mulai tanggal ini.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>No column holds the students' names: name one column Nama (or Name), or choose it in the column list.</source>
        <translation>Tidak ada kolom yang berisi nama siswa: beri satu kolom judul Nama (atau Name), atau pilih kolomnya di daftar kolom.</translation>
    </message>
    <message>
        <source>Columns {first} and {second} are given the same field.</source>
        <translation>Kolom {first} dan {second} diberi isian yang sama.</translation>
    </message>
    <message>
        <source>Excel turned this {what} into a number; format the column as text.</source>
        <translation>Excel mengubah {what} ini menjadi angka; format kolomnya sebagai teks.</translation>
    </message>
    <message>
        <source>The {what} is not a number.</source>
        <translation>{what} bukan angka.</translation>
    </message>
    <message>
        <source>The NISN “{value}” is not 10 digits.</source>
        <translation>NISN “{value}” tidak 10 digit.</translation>
    </message>
    <message>
        <source>The {what} “{value}” is not {digits} digits.</source>
        <translation>{what} “{value}” tidak {digits} digit.</translation>
    </message>
    <message>
        <source>The birth date “{value}” is not a date (write 12/03/2011, 2011-03-12 or 12 Maret 2011).</source>
        <translation>Tanggal lahir “{value}” bukan tanggal (tulis 12/03/2011, 2011-03-12 atau 12 Maret 2011).</translation>
    </message>
    <message>
        <source>The birth date {date} is in 1900 or earlier: a spreadsheet's empty date.</source>
        <translation>Tanggal lahir {date} jatuh pada tahun 1900 atau sebelumnya: itu tanggal kosong dari lembar kerja.</translation>
    </message>
    <message>
        <source>The birth date {date} is in the future.</source>
        <translation>Tanggal lahir {date} belum terjadi (di masa depan).</translation>
    </message>
    <message>
        <source>The birth date {date} makes the student {age} years old: a student is 5 to 25.</source>
        <translation>Dengan tanggal lahir {date} siswa ini berusia {age} tahun: usia siswa 5 sampai 25 tahun.</translation>
    </message>
    <message>
        <source>Cell {cell} holds a formula ({formula}): paste its value instead.</source>
        <translation>Sel {cell} berisi rumus ({formula}): tempelkan nilainya saja.</translation>
    </message>
    <message>
        <source>The row has merged cells ({cells}): unmerge them so that each student has a row of her own.</source>
        <translation>Baris ini memiliki sel yang digabung ({cells}): pisahkan sel itu agar setiap siswa memiliki barisnya sendiri.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Baris ini tidak berisi nama.</translation>
    </message>
    <message>
        <source>The gender “{value}” is not L or P.</source>
        <translation>Jenis kelamin “{value}” bukan L atau P.</translation>
    </message>
    <message>
        <source>Excel turned this phone number into a number; format the column as text.</source>
        <translation>Excel mengubah nomor HP ini menjadi angka; format kolomnya sebagai teks.</translation>
    </message>
    <message>
        <source>The same student as row {row}.</source>
        <translation>Siswa yang sama dengan baris {row}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{path} is {size} MB: a class list is at most 50 MB. Save only the sheet of the students, without pictures.</source>
        <translation>{path} berukuran {size} MB: daftar kelas paling besar 50 MB. Simpan lembar data siswanya saja, tanpa gambar.</translation>
    </message>
    <message>
        <source>{path} is not a CSV or XLSX file. Save the class list as Excel Workbook (.xlsx) or CSV.</source>
        <translation>{path} bukan berkas CSV atau XLSX. Simpan daftar kelas sebagai Excel Workbook (.xlsx) atau CSV.</translation>
    </message>
    <message>
        <source>{path} holds no rows.</source>
        <translation>{path} tidak berisi baris.</translation>
    </message>
    <message>
        <source>The header (row {row}) of {path} has merged cells: unmerge them so that each column has a header of its own.</source>
        <translation>Judul kolom (baris {row}) pada {path} memiliki sel yang digabung: pisahkan sel itu agar setiap kolom memiliki judulnya sendiri.</translation>
    </message>
    <message>
        <source>{path} unpacks to more than a class list holds (over 100 MB of sheet data or 2,000,000 cells). Save only the sheet of the students.</source>
        <translation>{path} setelah dibuka lebih besar daripada daftar kelas mana pun (lebih dari 100 MB data lembar kerja atau 2.000.000 sel). Simpan lembar data siswanya saja.</translation>
    </message>
    <message>
        <source>{path} is refused unread: it declares a DOCTYPE, which no spreadsheet program writes. Ask for the class list again as Excel Workbook (.xlsx) or CSV.</source>
        <translation>{path} ditolak tanpa dibaca: berkas ini memuat deklarasi DOCTYPE, yang tidak pernah ditulis oleh program lembar kerja mana pun. Mintalah daftar kelasnya lagi sebagai Excel Workbook (.xlsx) atau CSV.</translation>
    </message>
    <message>
        <source>{count} rows are refused (the first: row {row}). Fix or skip them; nothing was imported.</source>
        <translation>{count} baris ditolak (yang pertama: baris {row}). Perbaiki atau lewati baris itu; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The student is no longer on the class list.</source>
        <translation>Siswa ini sudah tidak ada di daftar kelas.</translation>
    </message>
    <message>
        <source>A case is already open for this student ({code}).</source>
        <translation>Kasus untuk siswa ini sudah dibuka ({code}).</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import Class List</source>
        <translation>Impor Daftar Kelas</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Pilih Berkas…</translation>
    </message>
    <message>
        <source>No file chosen: a CSV or XLSX class list.</source>
        <translation>Belum ada berkas: daftar kelas CSV atau XLSX.</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Tahun ajaran:</translation>
    </message>
    <message>
        <source>Columns of the file and what each holds:</source>
        <translation>Kolom berkas dan isi setiap kolom:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Judul kolom di berkas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Every row of the class list and what importing it would do</source>
        <translation>Setiap baris daftar kelas dan apa yang terjadi bila diimpor</translation>
    </message>
    <message>
        <source>Fix the chosen row:</source>
        <translation>Perbaiki baris yang dipilih:</translation>
    </message>
    <message>
        <source>&amp;Fix Cell</source>
        <translation>Perbaiki &amp;Sel</translation>
    </message>
    <message>
        <source>&amp;Skip Row</source>
        <translation>&amp;Lewati Baris</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Class lists (*.xlsx *.csv)</source>
        <translation>Daftar kelas (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The class list was not read</source>
        <translation>Daftar kelas tidak terbaca</translation>
    </message>
    <message>
        <source>The preview was not made</source>
        <translation>Pratinjau tidak dapat dibuat</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new, {changed} changed, {same} already in the vault, {refused} refused, {skipped} skipped. Nothing is written until you press Import; no case is opened.</source>
        <translation>{rows} baris: {new} baru, {changed} berubah, {same} sudah ada di brankas, {refused} ditolak, {skipped} dilewati. Belum ada yang disimpan sampai Anda menekan Impor; tidak ada kasus yang dibuka.</translation>
    </message>
    <message>
        <source>The class list was not imported</source>
        <translation>Daftar kelas tidak diimpor</translation>
    </message>
</context>
<context>
    <name>RosterListDialog</name>
    <message>
        <source>Class List</source>
        <translation>Daftar Kelas</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>Search a name or NISN</source>
        <translation>Cari nama atau NISN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NISN</source>
        <translation>NISN</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>The students of the class lists; a case only when opened</source>
        <translation>Siswa dari daftar kelas; kasus hanya ada bila dibuka</translation>
    </message>
    <message>
        <source>&amp;Open a Case for This Student</source>
        <translation>&amp;Buka Kasus untuk Siswa Ini</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The class list was not read</source>
        <translation>Daftar kelas tidak terbaca</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>dibuka</translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation>{shown} dari {total} siswa</translation>
    </message>
    <message>
        <source>No case was opened</source>
        <translation>Tidak ada kasus yang dibuka</translation>
    </message>
</context>
<context>
    <name>SchoolCalendar</name>
    <message>
        <source>Give the event a name.</source>
        <translation>Beri nama kegiatannya.</translation>
    </message>
    <message>
        <source>The event's name is one line of at most {count} characters.</source>
        <translation>Nama kegiatan berupa satu baris, paling banyak {count} karakter.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Hari terakhir lebih awal daripada hari pertama.</translation>
    </message>
    <message>
        <source>An event is at most {count} days long: enter a term's exam weeks and holidays, not the term itself (every date in it would be printed).</source>
        <translation>Satu kegiatan paling lama {count} hari: masukkan pekan ujian dan libur semester, bukan semesternya (setiap tanggal di dalamnya akan tercetak).</translation>
    </message>
</context>
<context>
    <name>SchoolCalendarPage</name>
    <message>
        <source>The school's exam weeks and holidays. The whole school shares these days, so a date among them points at no student: supervision summaries print it as written, like a public holiday. A birth date in a record is redacted all the same.</source>
        <translation>Pekan ujian dan hari libur sekolah. Seluruh sekolah mengalami hari-hari ini, sehingga tanggal di antaranya tidak menunjuk siswa mana pun: ringkasan supervisi mencetaknya apa adanya, seperti hari libur nasional. Tanggal lahir dalam catatan tetap disamarkan.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Kalender sekolah</translation>
    </message>
    <message>
        <source>The events whose dates are printed as written. Choose some to remove them.</source>
        <translation>Kegiatan yang tanggalnya dicetak apa adanya. Pilih untuk menghapusnya.</translation>
    </message>
    <message>
        <source>No events yet. Add the exam weeks and holidays of this school year below.</source>
        <translation>Belum ada kegiatan. Tambahkan pekan ujian dan hari libur tahun ajaran ini di bawah.</translation>
    </message>
    <message>
        <source>e.g. UAS semester 1, exam week</source>
        <translation>mis. UAS semester 1, pekan ujian</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nama kegiatan</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Tambah Kegiatan</translation>
    </message>
    <message>
        <source>Adds the event with its first and last day to the calendar.</source>
        <translation>Menambahkan kegiatan beserta hari pertama dan terakhirnya ke kalender.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Removes the events chosen: their dates are redacted again.</source>
        <translation>Menghapus kegiatan yang dipilih: tanggalnya disamarkan lagi.</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Sampai:</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the event.</source>
        <translation>Masukkan hari pertama dan hari terakhir kegiatan.</translation>
    </message>
</context>
<context>
    <name>SchoolYear</name>
    <message>
        <source>The school year {year}/{next} has already been started: every class moved up then. A school year is started once.</source>
        <translation>Tahun ajaran {year}/{next} sudah dimulai: semua kelas sudah naik saat itu. Satu tahun ajaran hanya dimulai sekali.</translation>
    </message>
    <message>
        <source>no class in the profile: kept as it is</source>
        <translation>tidak ada kelas di profil: dibiarkan</translation>
    </message>
    <message>
        <source>the class is not a level (VII, 8 …): kept as it is</source>
        <translation>kelasnya bukan tingkat (VII, 8 …): dibiarkan</translation>
    </message>
    <message>
        <source>the class is above the school's last class: kept</source>
        <translation>kelasnya di atas kelas terakhir sekolah: dibiarkan</translation>
    </message>
    <message>
        <source>The caseload changed since the preview was made: nothing was changed. Look at the preview again, then start the school year.</source>
        <translation>Daftar konseli berubah sejak pratinjau dibuat: tidak ada yang diubah. Periksa pratinjau sekali lagi, lalu mulai tahun ajaran.</translation>
    </message>
    <message>
        <source>A school's last class is between I and XIII (1 and 13).</source>
        <translation>Kelas terakhir sekolah antara I dan XIII (1 dan 13).</translation>
    </message>
    <message>
        <source>The school year {year}/{next} is more than a year away: start it when the one before it ends.</source>
        <translation>Tahun ajaran {year}/{next} masih lebih dari setahun lagi: mulailah setelah tahun ajaran sebelumnya selesai.</translation>
    </message>
</context>
<context>
    <name>SchoolYearDialog</name>
    <message>
        <source>New School Year</source>
        <translation>Tahun Ajaran Baru</translation>
    </message>
    <message>
        <source>School year to start</source>
        <translation>Tahun ajaran yang dimulai</translation>
    </message>
    <message>
        <source>The school's last class</source>
        <translation>Kelas terakhir sekolah</translation>
    </message>
    <message>
        <source>Students in this class graduate: IX at an SMP, XII at an SMA or SMK</source>
        <translation>Peserta didik di kelas ini lulus: IX di SMP, XII di SMA atau SMK</translation>
    </message>
    <message>
        <source>School year to start:</source>
        <translation>Tahun ajaran yang dimulai:</translation>
    </message>
    <message>
        <source>At the start of a school year every class moves up: VII-B becomes VIII-B, X IPA 1 becomes XI IPA 1. Students in the school's last class graduate and their cases close, so their retention period starts. A school's last class is read from its name (SMP, MTs: IX; SMA, SMK, MA: XII) or from the class (Year 13, Grade 12); choose it below for the others. Closed cases keep their class. Nothing changes until you start the year.</source>
        <translation>Di awal tahun ajaran semua kelas naik: VII-B menjadi VIII-B, X IPA 1 menjadi XI IPA 1. Peserta didik di kelas terakhir sekolahnya lulus dan kasusnya ditutup, sehingga masa simpan catatannya mulai berjalan. Kelas terakhir dibaca dari nama sekolah (SMP, MTs: IX; SMA, SMK, MA: XII) atau dari kelasnya (Year 13, Grade 12); untuk yang lain, pilih di bawah. Kasus yang sudah ditutup tetap dengan kelasnya. Tidak ada yang berubah sebelum Anda memulai tahun ajaran.</translation>
    </message>
    <message>
        <source>The school year now running or the next one, if not started yet</source>
        <translation>Tahun ajaran yang sedang berjalan atau yang berikutnya, bila belum dimulai</translation>
    </message>
    <message>
        <source>Otherwise the last class is:</source>
        <translation>Selain itu, kelas terakhir:</translation>
    </message>
    <message>
        <source>Leavers graduate on:</source>
        <translation>Tanggal lulus:</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Konseli</translation>
    </message>
    <message>
        <source>Class now</source>
        <translation>Kelas sekarang</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Sesudahnya</translation>
    </message>
    <message>
        <source>What the new school year changes</source>
        <translation>Yang diubah tahun ajaran baru</translation>
    </message>
    <message>
        <source>Every active client, her class now and what happens to it.</source>
        <translation>Setiap konseli aktif, kelasnya sekarang, dan apa yang terjadi padanya.</translation>
    </message>
    <message>
        <source>Start School Year</source>
        <translation>Mulai Tahun Ajaran</translation>
    </message>
    <message>
        <source>Moves every class up and closes the leavers' cases, all at once</source>
        <translation>Menaikkan semua kelas dan menutup kasus yang lulus, sekaligus</translation>
    </message>
    <message>
        <source>The new school year could not be prepared</source>
        <translation>Tahun ajaran baru tidak dapat disiapkan</translation>
    </message>
    <message>
        <source>The school year {year} has been started already. The next one can be started when it is near.</source>
        <translation>Tahun ajaran {year} sudah dimulai. Tahun ajaran berikutnya dapat dimulai saat sudah dekat.</translation>
    </message>
    <message>
        <source>moves up to {grade}</source>
        <translation>naik ke {grade}</translation>
    </message>
    <message>
        <source>graduates; the case closes on {day}</source>
        <translation>lulus; kasusnya ditutup pada {day}</translation>
    </message>
    <message>
        <source>No active client: the year is only marked as started.</source>
        <translation>Tidak ada konseli aktif: tahun ajaran hanya dicatat sudah dimulai.</translation>
    </message>
    <message>
        <source>{moved} move up · {graduated} graduate and their cases close · {kept} kept</source>
        <translation>{moved} naik kelas · {graduated} lulus dan kasusnya ditutup · {kept} dibiarkan</translation>
    </message>
    <message>
        <source>Start School Year {year}</source>
        <translation>Mulai Tahun Ajaran {year}</translation>
    </message>
    <message>
        <source>The school year was not started</source>
        <translation>Tahun ajaran tidak dimulai</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>AUM Umum</source>
        <translation>AUM Umum</translation>
    </message>
    <message>
        <source>AUM PTSDL</source>
        <translation>AUM PTSDL</translation>
    </message>
    <message>
        <source>DCM (problem checklist)</source>
        <translation>DCM (Daftar Cek Masalah)</translation>
    </message>
    <message>
        <source>ITP (developmental tasks)</source>
        <translation>ITP (Inventori Tugas Perkembangan)</translation>
    </message>
    <message>
        <source>Another instrument</source>
        <translation>Instrumen lain</translation>
    </message>
    <message>
        <source>None–minimal</source>
        <translation>Tidak ada–minimal</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Ringan</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Cukup berat</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Berat</translation>
    </message>
    <message>
        <source>Adults and students of 18 and over</source>
        <translation>Orang dewasa dan siswa berusia 18 tahun ke atas</translation>
    </message>
    <message>
        <source>Students of 11 to 17</source>
        <translation>Siswa berusia 11 sampai 17 tahun</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Students and adults</source>
        <translation>Siswa dan orang dewasa</translation>
    </message>
    <message>
        <source>{name} is shown in English only: a validated questionnaire is its published wording, and Counsel Desk has no verified copy of a published Indonesian translation. Read it with the student if the English is hard; a translation made on the spot is not the instrument, and its total is not the instrument's score.</source>
        <translation>{name} hanya ditampilkan dalam bahasa Inggris: kuesioner yang sudah divalidasi adalah kata-kata yang diterbitkan, dan Counsel Desk tidak memiliki salinan terverifikasi dari terjemahan bahasa Indonesia yang diterbitkan. Bacakan bersama siswa bila bahasa Inggrisnya sulit; terjemahan dadakan bukan instrumen ini, dan jumlahnya bukan skor instrumen ini.</translation>
    </message>
    <message>
        <source>{instrument} has no question “{key}”.</source>
        <translation>{instrument} tidak memiliki pertanyaan “{key}”.</translation>
    </message>
    <message>
        <source>The answer to question {key} of {instrument} is not one of its choices.</source>
        <translation>Jawaban pertanyaan {key} pada {instrument} bukan salah satu pilihannya.</translation>
    </message>
    <message>
        <source>{instrument} is not complete: answer question {numbers} too; a total of some items is not the instrument's score.</source>
        <translation>{instrument} belum lengkap: jawab juga pertanyaan {numbers}; jumlah dari sebagian butir bukan skor instrumen ini.</translation>
    </message>
    <message>
        <source>“{name}” is not an instrument Counsel Desk knows.</source>
        <translation>“{name}” bukan instrumen yang dikenal Counsel Desk.</translation>
    </message>
    <message>
        <source>The instrument's date is in the future.</source>
        <translation>Tanggal instrumen ada di masa depan.</translation>
    </message>
    <message>
        <source>The instrument's date is before 1990: check the year.</source>
        <translation>Tanggal instrumen sebelum 1990: periksa tahunnya.</translation>
    </message>
    <message>
        <source>“{text}” holds an invisible text-direction character (such as U+202E), which can make it read differently than it is: remove it.</source>
        <translation>“{text}” memuat karakter arah teks yang tidak terlihat (misalnya U+202E), yang dapat membuatnya terbaca berbeda dari aslinya: hapus karakter itu.</translation>
    </message>
    <message>
        <source>Say which instrument it was.</source>
        <translation>Sebutkan instrumen apa itu.</translation>
    </message>
    <message>
        <source>The instrument's name is longer than {n} characters.</source>
        <translation>Nama instrumen lebih dari {n} karakter.</translation>
    </message>
    <message>
        <source>A result has at most {n} problem areas.</source>
        <translation>Satu hasil paling banyak memiliki {n} bidang masalah.</translation>
    </message>
    <message>
        <source>A problem area needs its name.</source>
        <translation>Bidang masalah perlu diberi nama.</translation>
    </message>
    <message>
        <source>The problem area “{area}” is longer than {n} characters.</source>
        <translation>Bidang masalah “{area}” lebih dari {n} karakter.</translation>
    </message>
    <message>
        <source>The problem area “{area}” is listed twice.</source>
        <translation>Bidang masalah “{area}” tercantum dua kali.</translation>
    </message>
    <message>
        <source>The count of “{area}” must be a whole number from 0 to {n}.</source>
        <translation>Jumlah untuk “{area}” harus bilangan bulat dari 0 sampai {n}.</translation>
    </message>
    <message>
        <source>The summary is longer than {n} characters.</source>
        <translation>Ringkasan lebih dari {n} karakter.</translation>
    </message>
    <message>
        <source>Enter the problem areas with their counts, or a summary of the result.</source>
        <translation>Isi bidang masalah beserta jumlahnya, atau ringkasan hasilnya.</translation>
    </message>
    <message>
        <source>The result is struck on a day in the future.</source>
        <translation>Hasil dicoret pada tanggal yang akan datang.</translation>
    </message>
    <message>
        <source>The result is struck before the day it was taken.</source>
        <translation>Hasil dicoret sebelum tanggal pengisiannya.</translation>
    </message>
    <message>
        <source>“{entry}” is not a way a questionnaire is filled in.</source>
        <translation>“{entry}” bukan cara pengisian kuesioner.</translation>
    </message>
    <message>
        <source>The questionnaire's date is in the future.</source>
        <translation>Tanggal kuesioner ada di masa depan.</translation>
    </message>
    <message>
        <source>The questionnaire's date is before 1990: check the year.</source>
        <translation>Tanggal kuesioner sebelum 1990: periksa tahunnya.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Konseli ini sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>Say why the result is struck (what was wrong).</source>
        <translation>Sebutkan mengapa hasil ini dicoret (apa yang salah).</translation>
    </message>
    <message>
        <source>The reason is longer than {n} characters.</source>
        <translation>Alasannya lebih dari {n} karakter.</translation>
    </message>
    <message>
        <source>This result is no longer in the vault.</source>
        <translation>Hasil ini sudah tidak ada di brankas.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>{name} — Fill In</source>
        <translation>{name} — Isi</translation>
    </message>
    <message>
        <source>Not complete yet: question {numbers} to answer.</source>
        <translation>Belum lengkap: pertanyaan {numbers} belum dijawab.</translation>
    </message>
    <message>
        <source>Total {total} of {max}: {band}.</source>
        <translation>Total {total} dari {max}: {band}.</translation>
    </message>
    <message>
        <source>A self-harm answer: saving opens the risk assessment and the duty checklist.</source>
        <translation>Ada jawaban tentang melukai diri sendiri: menyimpan akan membuka asesmen risiko dan daftar kewajiban.</translation>
    </message>
</context>
<context>
    <name>ScreeningKiosk</name>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>I Am &amp;Done</source>
        <translation>Saya &amp;Selesai</translation>
    </message>
    <message>
        <source>Saves your answers for your counselor.</source>
        <translation>Menyimpan jawabanmu untuk guru BK-mu.</translation>
    </message>
    <message>
        <source>Please answer question {numbers} too.</source>
        <translation>Tolong jawab juga pertanyaan {numbers}.</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>Jawaban tidak tersimpan</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved for your counselor. Please stay here and give the laptop back to your counselor now.</source>
        <translation>Terima kasih. Jawabanmu sudah tersimpan untuk guru BK-mu. Tetaplah di sini dan kembalikan laptop ini kepada guru BK-mu sekarang.</translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <source>{instrument} of {day} ({who}): a self-harm answer. {answers}. Total {total} ({band}). Assess the risk now.</source>
        <translation>{instrument} tanggal {day} ({who}): ada jawaban tentang melukai diri sendiri. {answers}. Total {total} ({band}). Lakukan asesmen risiko sekarang.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>&amp;Fill In With the Student…</source>
        <translation>&amp;Isi Bersama Siswa…</translation>
    </message>
    <message>
        <source>You read the questions or type a paper form in; the total shows as you go.</source>
        <translation>Anda membacakan pertanyaan atau memasukkan formulir kertas; totalnya tampil sambil mengisi.</translation>
    </message>
    <message>
        <source>Student Fills In (&amp;Kiosk)…</source>
        <translation>Siswa Mengisi Sendiri (&amp;Kios)…</translation>
    </message>
    <message>
        <source>The student answers on this screen, which shows the questionnaire and nothing else; it is left with your passphrase.</source>
        <translation>Siswa menjawab di layar ini, yang hanya menampilkan kuesioner; keluar dari kios dengan frasa sandi Anda.</translation>
    </message>
    <message>
        <source>Record AUM / DCM / ITP…</source>
        <translation>Catat AUM / DCM / ITP…</translation>
    </message>
    <message>
        <source>Career &amp;Interests…</source>
        <translation>&amp;Minat Karier…</translation>
    </message>
    <message>
        <source>A career-interest inventory scored to the Holland code (RIASEC).</source>
        <translation>Inventori minat karier yang diskor menjadi kode Holland (RIASEC).</translation>
    </message>
    <message>
        <source>Strike as Entered in Error…</source>
        <translation>Coret karena Salah Catat…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Diisi</translation>
    </message>
    <message>
        <source>Screening results</source>
        <translation>Hasil skrining</translation>
    </message>
    <message>
        <source>The questionnaires and instruments of this student, by date.</source>
        <translation>Kuesioner dan instrumen siswa ini, menurut tanggal.</translation>
    </message>
    <message>
        <source>Screening totals over time</source>
        <translation>Skor total skrining dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Struck as entered in error: {reason}</source>
        <translation>Dicoret karena salah catat: {reason}</translation>
    </message>
    <message>
        <source>Questionnaire totals</source>
        <translation>Skor total kuesioner</translation>
    </message>
    <message>
        <source>{total} of {max} — {band}</source>
        <translation>{total} dari {max} — {band}</translation>
    </message>
    <message>
        <source>· self-harm answer</source>
        <translation>· jawaban melukai diri sendiri</translation>
    </message>
    <message>
        <source>entered by the counselor</source>
        <translation>dicatat oleh konselor</translation>
    </message>
    <message>
        <source>The kiosk is closed; nothing was answered.</source>
        <translation>Kios ditutup; tidak ada yang dijawab.</translation>
    </message>
    <message>
        <source>{instrument} saved: total {total} ({band}).</source>
        <translation>{instrument} tersimpan: total {total} ({band}).</translation>
    </message>
    <message>
        <source>The instrument's result was saved.</source>
        <translation>Hasil instrumen tersimpan.</translation>
    </message>
    <message>
        <source>This questionnaire holds a self-harm answer. Struck, it leaves the dashboard. If another student filled it in, that student gave the answer: assess the risk with her today and record it in her own record.</source>
        <translation>Kuesioner ini memuat jawaban melukai diri sendiri. Bila dicoret, jawaban itu hilang dari dasbor. Bila siswa lain yang mengisinya, siswa itulah yang memberi jawaban tersebut: lakukan asesmen risiko dengannya hari ini dan catat di berkasnya sendiri.</translation>
    </message>
    <message>
        <source>Strike a Result Entered in Error</source>
        <translation>Coret Hasil yang Salah Catat</translation>
    </message>
    <message>
        <source>A result is never deleted. It stays in the record, struck through, with the reason and today's date, and leaves the chart.</source>
        <translation>Hasil tidak pernah dihapus. Hasil tetap ada dalam catatan, dicoret, dengan alasan dan tanggal hari ini, dan keluar dari grafik.</translation>
    </message>
    <message>
        <source>The questionnaire to fill in, and who it is for.</source>
        <translation>Kuesioner yang akan diisi, dan untuk siapa.</translation>
    </message>
    <message>
        <source>Records the date, the problem areas with their counts and your summary of an instrument whose items may not be copied.</source>
        <translation>Mencatat tanggal, bidang masalah beserta jumlahnya, dan ringkasan Anda untuk instrumen yang butirnya tidak boleh disalin.</translation>
    </message>
    <message>
        <source>Marks the chosen result as entered in error, with the reason; it is kept.</source>
        <translation>Menandai hasil yang dipilih sebagai salah catat, dengan alasannya; hasilnya tetap disimpan.</translation>
    </message>
    <message>
        <source>e.g. the wrong student sat the kiosk</source>
        <translation>mis. siswa yang salah mengisi di kios</translation>
    </message>
    <message>
        <source>The result was not struck</source>
        <translation>Hasil tidak dicoret</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search Notes and Profiles</source>
        <translation>Cari di catatan dan profil</translation>
    </message>
    <message>
        <source>Search every note and profile…</source>
        <translation>Cari di semua catatan dan profil…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Notes and profiles holding the words typed. Enter opens the one chosen.</source>
        <translation>Catatan dan profil yang memuat kata yang diketik. Enter membuka yang dipilih.</translation>
    </message>
    <message>
        <source>Results: {count}</source>
        <translation>Hasil: {count}</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Profile of {who}</source>
        <translation>Profil {who}</translation>
    </message>
    <message>
        <source>Note of {date} · {who}</source>
        <translation>Catatan tanggal {date} · {who}</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Service Classification</source>
        <translation>Klasifikasi Layanan</translation>
    </message>
    <message>
        <source>Which service this contact was, for the school's reports. The note itself stays as it was signed; the change is kept in the audit log.</source>
        <translation>Layanan apa pertemuan ini, untuk laporan sekolah. Catatannya tetap seperti saat ditandatangani; perubahan ini dicatat di log audit.</translation>
    </message>
</context>
<context>
    <name>ServiceSelector</name>
    <message>
        <source>Not classified</source>
        <translation>Belum diklasifikasikan</translation>
    </message>
    <message>
        <source>Service component</source>
        <translation>Komponen layanan</translation>
    </message>
    <message>
        <source>Which component of the guidance and counseling program this contact belongs to; the school's reports count it there.</source>
        <translation>Komponen program bimbingan dan konseling tempat pertemuan ini termasuk; laporan sekolah menghitungnya di sana.</translation>
    </message>
    <message>
        <source>Service strategy</source>
        <translation>Strategi layanan</translation>
    </message>
    <message>
        <source>How the service was given: counseling, consultation, a home visit …</source>
        <translation>Bagaimana layanan diberikan: konseling, konsultasi, kunjungan rumah …</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Bidang:</translation>
    </message>
    <message>
        <source>Tick every area the contact was about.</source>
        <translation>Centang setiap bidang yang dibahas dalam pertemuan ini.</translation>
    </message>
    <message>
        <source>ASCA use-of-time category</source>
        <translation>Kategori penggunaan waktu ASCA</translation>
    </message>
    <message>
        <source>How an English-medium school's report counts this contact. It follows the strategy unless you choose another.</source>
        <translation>Cara laporan sekolah berbahasa Inggris menghitung pertemuan ini. Mengikuti strateginya kecuali Anda memilih yang lain.</translation>
    </message>
    <message>
        <source>Group counseling: each member has a client record and the note lists them. Group guidance keeps no client records: record it as an activity.</source>
        <translation>Konseling kelompok: setiap anggota punya catatan konseli dan catatan ini mencantumkan mereka. Bimbingan kelompok tidak memakai catatan konseli: catat sebagai kegiatan.</translation>
    </message>
    <message>
        <source>ASCA:</source>
        <translation>ASCA:</translation>
    </message>
    <message>
        <source>{category} (follows the strategy)</source>
        <translation>{category} (mengikuti strategi)</translation>
    </message>
</context>
<context>
    <name>SessionsSettingsPage</name>
    <message>
        <source>Approved online platforms</source>
        <translation>Platform daring yang disetujui</translation>
    </message>
    <message>
        <source>Video, phone and chat sessions should use only the platforms your school approved. A note for an online session on any other platform is flagged.</source>
        <translation>Sesi video, telepon, dan obrolan sebaiknya hanya memakai platform yang disetujui sekolah Anda. Catatan sesi daring di platform lain akan ditandai.</translation>
    </message>
    <message>
        <source>A platform, e.g. Google Meet</source>
        <translation>Nama platform, mis. Google Meet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Adds the platform typed to the approved ones.</source>
        <translation>Menambahkan platform yang diketik ke daftar yang disetujui.</translation>
    </message>
    <message>
        <source>The platforms online sessions may use. Choose some to remove them.</source>
        <translation>Platform yang boleh dipakai untuk sesi daring. Pilih beberapa untuk menghapusnya.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Removes the platforms chosen in the list.</source>
        <translation>Menghapus platform yang dipilih di daftar.</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan ke bawaan</translation>
    </message>
    <message>
        <source>Replaces the list with the platforms Counsel Desk starts with.</source>
        <translation>Mengganti daftar dengan platform bawaan Counsel Desk.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <source>A session that starts or ends outside these hours is flagged.</source>
        <translation>Sesi yang dimulai atau berakhir di luar jam ini akan ditandai.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Jam kerja mulai</translation>
    </message>
    <message>
        <source>When your working day starts, as hours:minutes.</source>
        <translation>Jam hari kerja Anda dimulai, sebagai jam:menit.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Jam kerja selesai</translation>
    </message>
    <message>
        <source>When your working day ends, as hours:minutes.</source>
        <translation>Jam hari kerja Anda selesai, sebagai jam:menit.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Tick it if you work on this day.</source>
        <translation>Centang jika Anda bekerja pada hari ini.</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Jam:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Hari:</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>Jam selesai kerja harus lebih lambat daripada jam mulai.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Pilih paling sedikit satu hari kerja.</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Struck through on {time}: {reason}</source>
        <translation>Dicoret pada {time}: {reason}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} menit</translation>
    </message>
    <message>
        <source>Signed {time}</source>
        <translation>Ditandatangani {time}</translation>
    </message>
    <message>
        <source>SHA-256 {hash}…</source>
        <translation>SHA-256 {hash}…</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>tidak cocok</translation>
    </message>
    <message>
        <source>Follow-up due {date}</source>
        <translation>Tindak lanjut {date}</translation>
    </message>
    <message>
        <source>Late entry (written more than 24 hours after the session)</source>
        <translation>Ditulis terlambat (lebih dari 24 jam setelah sesi)</translation>
    </message>
    <message>
        <source>Group session with: {codes}</source>
        <translation>Sesi kelompok bersama: {codes}</translation>
    </message>
    <message>
        <source>(kept in the record of {code})</source>
        <translation>(disimpan di catatan {code})</translation>
    </message>
    <message>
        <source>Platform: {name}</source>
        <translation>Platform: {name}</translation>
    </message>
    <message>
        <source>Identity checked by: {how}</source>
        <translation>Identitas diperiksa melalui: {how}</translation>
    </message>
    <message>
        <source>thoughts of self-harm</source>
        <translation>pikiran untuk melukai diri sendiri</translation>
    </message>
    <message>
        <source>thoughts of harming others</source>
        <translation>pikiran untuk melukai orang lain</translation>
    </message>
    <message>
        <source>abuse disclosed</source>
        <translation>ada pengungkapan kekerasan</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>Risiko: {level}</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Catatan risiko</translation>
    </message>
    <message>
        <source>Duty to warn / report</source>
        <translation>Kewajiban memperingatkan / melapor</translation>
    </message>
    <message>
        <source>Addendum {time}</source>
        <translation>Adendum {time}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>alasan: {reason}</translation>
    </message>
    <message>
        <source>late entry</source>
        <translation>ditulis terlambat</translation>
    </message>
    <message>
        <source>Notes, newest first</source>
        <translation>Catatan, yang terbaru di atas</translation>
    </message>
    <message>
        <source>No notes yet. Click “New Note” to write the first one, or choose a template from its arrow.</source>
        <translation>Belum ada catatan. Klik “Catatan baru” untuk menulis yang pertama, atau pilih templat dari tanda panahnya.</translation>
    </message>
    <message>
        <source>This client's notes and drafts. Choose one to read it below.</source>
        <translation>Catatan dan draf konseli ini. Pilih satu untuk membacanya di bawah.</translation>
    </message>
    <message>
        <source>Starts a note from the SOAP template. Its menu (Alt+Down) has the other templates and “Start from My Last Note”.</source>
        <translation>Memulai catatan dari templat SOAP. Menunya (Alt+Panah Bawah) memuat templat lain dan “Mulai dari catatan terakhir saya”.</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>Catatan baru</translation>
    </message>
    <message>
        <source>Start from My Last Note</source>
        <translation>Mulai dari catatan terakhir saya</translation>
    </message>
    <message>
        <source>Choose a note in the list above, or start one with New Note.</source>
        <translation>Pilih catatan pada daftar di atas, atau mulai catatan dengan Catatan baru.</translation>
    </message>
    <message>
        <source>Could not read the notes</source>
        <translation>Catatan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Recovered text autosaved at {time}: save it to keep it.</source>
        <translation>Teks yang dipulihkan, tersimpan otomatis pukul {time}: simpan agar tidak hilang.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>This note is NOT SAVED: free some space on the vault's disk so that it is saved, or discard it, before you open another note.</source>
        <translation>Catatan ini BELUM DISIMPAN: kosongkan sebagian ruang di disk brankas agar catatan itu tersimpan, atau buang catatan itu, sebelum Anda membuka catatan lain.</translation>
    </message>
    <message>
        <source>New note: autosaved into the vault as you type.</source>
        <translation>Catatan baru: tersimpan otomatis ke brankas saat Anda mengetik.</translation>
    </message>
    <message>
        <source>A screening answer about self-harm: assess the risk and record each step.</source>
        <translation>Jawaban skrining tentang melukai diri sendiri: lakukan asesmen risiko dan catat setiap langkah.</translation>
    </message>
    <message>
        <source>Started from your note of {date}.</source>
        <translation>Dimulai dari catatan Anda tanggal {date}.</translation>
    </message>
    <message>
        <source>NOT SAVED: {reason} Your text stays here and is saved as soon as that is possible.</source>
        <translation>BELUM DISIMPAN: {reason} Teks Anda tetap di sini dan disimpan begitu hal itu memungkinkan.</translation>
    </message>
    <message>
        <source>Autosaved in the vault at {time}</source>
        <translation>Tersimpan otomatis di brankas pukul {time}</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>Catatan tidak disimpan</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draf disimpan.</translation>
    </message>
    <message>
        <source>The note was not signed</source>
        <translation>Catatan tidak ditandatangani</translation>
    </message>
    <message>
        <source>Note signed and locked.</source>
        <translation>Catatan ditandatangani dan dikunci.</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Draf tidak dibuang</translation>
    </message>
    <message>
        <source>The step was not recorded</source>
        <translation>Langkah tidak dicatat</translation>
    </message>
    <message>
        <source>The service was not saved</source>
        <translation>Layanan tidak tersimpan</translation>
    </message>
    <message>
        <source>The addendum was not added</source>
        <translation>Adendum tidak ditambahkan</translation>
    </message>
    <message>
        <source>The note was not struck through</source>
        <translation>Catatan tidak dicoret</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without a key or a click.</source>
        <translation>Brankas terkunci sendiri setelah sekian menit tanpa tombol ditekan atau klik.</translation>
    </message>
    <message>
        <source>Start in privacy mode (case codes, no names)</source>
        <translation>Mulai dalam mode privasi (kode kasus, tanpa nama)</translation>
    </message>
    <message>
        <source>Tick it to see case codes instead of names each time the vault opens.</source>
        <translation>Centang untuk melihat kode kasus, bukan nama, setiap kali brankas dibuka.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>The language of Counsel Desk, used the next time it starts.</source>
        <translation>Bahasa Counsel Desk, dipakai saat Counsel Desk dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Lock the vault after:</source>
        <translation>Kunci brankas setelah:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>The size of every text in Counsel Desk, from 90 to 200 per cent.</source>
        <translation>Ukuran semua teks di Counsel Desk, dari 90 sampai 200 persen.</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Ukuran teks:</translation>
    </message>
    <message>
        <source>System (light or dark)</source>
        <translation>Sistem (terang atau gelap)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>System follows the light or dark setting of this computer.</source>
        <translation>Sistem mengikuti pengaturan terang atau gelap komputer ini.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>A new language is used the next time Counsel Desk starts.</source>
        <translation>Bahasa baru akan digunakan saat Counsel Desk dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Saves the settings of every page and closes the window.</source>
        <translation>Menyimpan pengaturan di semua halaman dan menutup jendela.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Automatic lock, privacy mode, language, text size and theme</source>
        <translation>Kunci otomatis, mode privasi, bahasa, ukuran teks, dan tema</translation>
    </message>
    <message>
        <source>Approved online platforms and your working hours</source>
        <translation>Platform daring yang disetujui dan jam kerja Anda</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Automatic backups, and how many are kept</source>
        <translation>Cadangan otomatis, dan berapa yang disimpan</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retensi</translation>
    </message>
    <message>
        <source>How long closed cases are kept</source>
        <translation>Berapa lama kasus yang sudah ditutup disimpan</translation>
    </message>
    <message>
        <source>Never Print</source>
        <translation>Jangan dicetak</translation>
    </message>
    <message>
        <source>Kept Words</source>
        <translation>Tetap dicetak</translation>
    </message>
    <message>
        <source>Words that look like names but are no one's, printed as written</source>
        <translation>Kata yang tampak seperti nama tetapi bukan nama siapa pun, dicetak apa adanya</translation>
    </message>
    <message>
        <source>School Calendar</source>
        <translation>Kalender Sekolah</translation>
    </message>
    <message>
        <source>Exam weeks and holidays: their dates are printed as written</source>
        <translation>Pekan ujian dan hari libur: tanggalnya dicetak apa adanya</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>The letterhead and numbering of referral letters</source>
        <translation>Kop dan penomoran surat alih tangan kasus</translation>
    </message>
    <message>
        <source>Earlier pages</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Later pages</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Shows the settings pages to the left.</source>
        <translation>Menampilkan halaman pengaturan di sebelah kiri.</translation>
    </message>
    <message>
        <source>Shows the settings pages to the right.</source>
        <translation>Menampilkan halaman pengaturan di sebelah kanan.</translation>
    </message>
    <message>
        <source>Words never printed in a supervision summary</source>
        <translation>Kata yang tidak pernah dicetak dalam ringkasan untuk supervisi</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a PDF</source>
        <translation>Bagikan PDF</translation>
    </message>
    <message>
        <source>You are about to save {document}. It holds the client's data: say who receives it, for the disclosure log, and protect it with a password if it leaves your hands.</source>
        <translation>Anda akan menyimpan {document}. Berkas ini memuat data konseli: tuliskan siapa yang menerimanya, untuk log pengungkapan, dan lindungi dengan kata sandi jika berkas keluar dari tangan Anda.</translation>
    </message>
    <message>
        <source>a role or a name, e.g. “Puskesmas psychologist”; empty: for my own files</source>
        <translation>jabatan atau nama, mis. “Psikolog Puskesmas”; kosong: untuk arsip saya sendiri</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Siapa yang menerimanya</translation>
    </message>
    <message>
        <source>Who receives it:</source>
        <translation>Penerima:</translation>
    </message>
    <message>
        <source>Protect with a password</source>
        <translation>Lindungi dengan kata sandi</translation>
    </message>
    <message>
        <source>Encrypts the PDF with AES-256. It opens only with the words shown below.</source>
        <translation>Mengenkripsi PDF dengan AES-256. PDF hanya dapat dibuka dengan kata-kata yang ditampilkan di bawah.</translation>
    </message>
    <message>
        <source>{count} words, all in small letters, one space between them (about {bits} bits: far too many to guess). Read them to the recipient over the phone, or send them another way than the PDF: never in the same e-mail or chat. They are shown only now; Counsel Desk does not keep them.</source>
        <translation>{count} kata, semuanya huruf kecil, dipisahkan satu spasi (sekitar {bits} bit: jauh terlalu banyak untuk ditebak). Bacakan kepada penerima lewat telepon, atau kirim lewat jalur lain, bukan bersama PDF-nya: jangan pernah dalam e-mail atau obrolan yang sama. Kata-kata ini hanya ditampilkan sekarang; Counsel Desk tidak menyimpannya.</translation>
    </message>
    <message>
        <source>New words</source>
        <translation>Kata baru</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Salin kata sandi</translation>
    </message>
    <message>
        <source>Puts the password on the clipboard for a short time, then clears it.</source>
        <translation>Menaruh kata sandi di papan klip sebentar, lalu mengosongkannya.</translation>
    </message>
    <message>
        <source>Not protected: anyone who gets the file, or a copy of it, can read it.</source>
        <translation>Tidak dilindungi: siapa pun yang mendapat berkas ini, atau salinannya, dapat membacanya.</translation>
    </message>
    <message>
        <source>The password protects the file on its way and where it is kept. Whoever opens it can still print it or save a copy without the password.</source>
        <translation>Kata sandi melindungi berkas selama dikirim dan di tempat berkas disimpan. Siapa pun yang membukanya tetap dapat mencetaknya atau menyimpan salinan tanpa kata sandi.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Pilih tempat menyimpan…</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Disalin. Papan klip akan dikosongkan dalam {seconds} detik.</translation>
    </message>
</context>
<context>
    <name>SignNoteDialog</name>
    <message>
        <source>Sign and Lock the Note?</source>
        <translation>Tandatangani catatan ini?</translation>
    </message>
    <message>
        <source>Once signed, this note can no longer be changed or discarded. Anything you learn later is added as an addendum, with its date and time.</source>
        <translation>Setelah ditandatangani, catatan ini tidak dapat diubah atau dibuang lagi. Apa pun yang Anda ketahui kemudian ditambahkan sebagai adendum, lengkap dengan tanggal dan jamnya.</translation>
    </message>
    <message>
        <source>Before you sign:</source>
        <translation>Sebelum Anda menandatangani:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>This is what will be signed and locked:</source>
        <translation>Inilah yang akan ditandatangani (tidak dapat diubah lagi):</translation>
    </message>
    <message>
        <source>The note to be signed</source>
        <translation>Catatan yang akan ditandatangani</translation>
    </message>
    <message>
        <source>Read it through: once signed, it can never be changed.</source>
        <translation>Baca sampai selesai: setelah ditandatangani, catatan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>&amp;Sign and Lock</source>
        <translation>&amp;Tandatangani (tidak dapat diubah lagi)</translation>
    </message>
    <message>
        <source>Signs the note as shown and locks it for good; later changes can only be addenda.</source>
        <translation>Menandatangani catatan seperti yang ditampilkan sehingga tidak dapat diubah lagi; perubahan berikutnya hanya dapat berupa adendum.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Tanda tangan di sini dengan mouse, pena, atau jari</translation>
    </message>
</context>
<context>
    <name>SociogramView</name>
    <message>
        <source>Sociogram</source>
        <translation>Sosiogram</translation>
    </message>
    <message>
        <source>{stars} stars, {isolates} isolated, {pairs} mutual pairs.</source>
        <translation>{stars} bintang kelas, {isolates} terisolasi, {pairs} pasangan pilihan timbal balik.</translation>
    </message>
    <message>
        <source>No round chosen yet.</source>
        <translation>Belum ada putaran yang dipilih.</translation>
    </message>
</context>
<context>
    <name>Sociometry</name>
    <message>
        <source>Write it on one line, without extra spaces or invisible characters.</source>
        <translation>Tulis dalam satu baris, tanpa spasi berlebih atau karakter tak terlihat.</translation>
    </message>
    <message>
        <source>Say which class the round is for (VIII-B).</source>
        <translation>Sebutkan kelas untuk putaran ini (VIII-B).</translation>
    </message>
    <message>
        <source>A class name is at most {limit} characters.</source>
        <translation>Nama kelas paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>The day of the round cannot be in the future.</source>
        <translation>Tanggal putaran tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>A round asks 1 to {limit} questions (criteria).</source>
        <translation>Satu putaran berisi 1 sampai {limit} pertanyaan (kriteria).</translation>
    </message>
    <message>
        <source>At least one question asks whom a student chooses (positive).</source>
        <translation>Paling sedikit satu pertanyaan menanyakan siapa yang dipilih siswa (positif).</translation>
    </message>
    <message>
        <source>Write the question, for example “Teman duduk”.</source>
        <translation>Tulis pertanyaannya, misalnya “Teman duduk”.</translation>
    </message>
    <message>
        <source>A question is at most {limit} characters.</source>
        <translation>Pertanyaan paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>The question “{question}” is asked twice.</source>
        <translation>Pertanyaan “{question}” diajukan dua kali.</translation>
    </message>
    <message>
        <source>A student names 1 to {limit} classmates per question.</source>
        <translation>Siswa menyebut 1 sampai {limit} teman sekelas per pertanyaan.</translation>
    </message>
    <message>
        <source>A round has {low} to {high} students; this one has {count}.</source>
        <translation>Satu putaran berisi {low} sampai {high} siswa; putaran ini berisi {count}.</translation>
    </message>
    <message>
        <source>A student is a member of the round twice (number {number}).</source>
        <translation>Seorang siswa menjadi anggota putaran dua kali (nomor {number}).</translation>
    </message>
    <message>
        <source>The student who answers is not a member of this round.</source>
        <translation>Siswa yang menjawab bukan anggota putaran ini.</translation>
    </message>
    <message>
        <source>The answer has choices for {found} questions; the round asks {count}.</source>
        <translation>Jawaban berisi pilihan untuk {found} pertanyaan; putaran ini menanyakan {count}.</translation>
    </message>
    <message>
        <source>“{criterion}”: {count} classmates are named; at most {limit} may be.</source>
        <translation>“{criterion}”: {count} teman sekelas disebut; paling banyak {limit} boleh disebut.</translation>
    </message>
    <message>
        <source>“{criterion}”: nobody can choose themselves.</source>
        <translation>“{criterion}”: tidak ada yang boleh memilih dirinya sendiri.</translation>
    </message>
    <message>
        <source>“{criterion}”: choice {rank} is not a member of this round.</source>
        <translation>“{criterion}”: pilihan ke-{rank} bukan anggota putaran ini.</translation>
    </message>
    <message>
        <source>“{criterion}”: the same classmate is named twice.</source>
        <translation>“{criterion}”: teman sekelas yang sama disebut dua kali.</translation>
    </message>
    <message>
        <source>The same student answers twice.</source>
        <translation>Siswa yang sama menjawab dua kali.</translation>
    </message>
    <message>
        <source>The round is no longer in the vault.</source>
        <translation>Putaran ini sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>A student is no longer on the class list.</source>
        <translation>Seorang siswa sudah tidak ada di daftar kelas.</translation>
    </message>
    <message>
        <source>A client is no longer in the vault.</source>
        <translation>Seorang konseli sudah tidak ada di brankas.</translation>
    </message>
    <message>
        <source>A student is a member twice: as a client and through the class list entry her case was opened from.</source>
        <translation>Seorang siswa menjadi anggota dua kali: sebagai konseli dan melalui entri daftar kelas tempat kasusnya dibuka.</translation>
    </message>
    <message>
        <source>You have already answered in this round. If something needs changing, ask the counselor.</source>
        <translation>Kamu sudah menjawab dalam putaran ini. Jika ada yang perlu diubah, minta bantuan konselor.</translation>
    </message>
    <message>
        <source>This student has not answered yet.</source>
        <translation>Siswa ini belum menjawab.</translation>
    </message>
    <message>
        <source>The self-check found a student's name in the homeroom teacher's version (“{words}”). Nothing was written: change the question or the class name that holds it, then export again.</source>
        <translation>Pemeriksaan mandiri menemukan nama siswa dalam versi wali kelas (“{words}”). Tidak ada yang ditulis: ubah pertanyaan atau nama kelas yang memuatnya, lalu ekspor lagi.</translation>
    </message>
</context>
<context>
    <name>SociometryDialog</name>
    <message>
        <source>(whom you choose)</source>
        <translation>(siapa yang kamu pilih)</translation>
    </message>
    <message>
        <source>(whom you would rather not — you may leave it empty)</source>
        <translation>(siapa yang lebih baik tidak — boleh dikosongkan)</translation>
    </message>
    <message>
        <source>{question}, choice {rank}</source>
        <translation>{question}, pilihan ke-{rank}</translation>
    </message>
    <message>
        <source>Sociometry</source>
        <translation>Sosiometri</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>The class and day of the round whose choices and sociogram are shown.</source>
        <translation>Kelas dan tanggal putaran yang pilihan dan sosiogramnya ditampilkan.</translation>
    </message>
    <message>
        <source>&amp;Delete Round…</source>
        <translation>&amp;Hapus Putaran…</translation>
    </message>
    <message>
        <source>Deletes the round with every student's choices.</source>
        <translation>Menghapus putaran beserta pilihan semua siswa.</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Putaran:</translation>
    </message>
    <message>
        <source>&amp;New Round</source>
        <translation>Putaran &amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>&amp;Pilihan</translation>
    </message>
    <message>
        <source>&amp;Sociogram</source>
        <translation>&amp;Sosiogram</translation>
    </message>
    <message>
        <source>A round for a class: its students and questions</source>
        <translation>Putaran untuk sebuah kelas: siswa dan pertanyaannya</translation>
    </message>
    <message>
        <source>Each student's choices, from paper or the kiosk</source>
        <translation>Pilihan setiap siswa, dari kertas atau kios</translation>
    </message>
    <message>
        <source>Who chooses whom: stars, isolates, mutual pairs</source>
        <translation>Siapa memilih siapa: bintang kelas, siswa terisolasi, pilihan timbal balik</translation>
    </message>
    <message>
        <source>Each student names up to N classmates per question, first choice first. Write positive questions (whom they choose) and, if you wish, negative ones (whom they would rather not). The students come from the class list and the clients of the class; untick any who are absent.</source>
        <translation>Setiap siswa menyebut paling banyak N teman sekelas per pertanyaan, pilihan pertama lebih dulu. Tulis pertanyaan positif (siapa yang dipilih) dan, bila perlu, pertanyaan negatif (siapa yang lebih baik tidak). Siswa diambil dari daftar kelas dan konseli di kelas itu; hapus centang siswa yang tidak hadir.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Day of the round</source>
        <translation>Tanggal putaran</translation>
    </message>
    <message>
        <source>Classmates per question</source>
        <translation>Teman sekelas per pertanyaan</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatif</translation>
    </message>
    <message>
        <source>Questions of the round</source>
        <translation>Pertanyaan putaran</translation>
    </message>
    <message>
        <source>Write each question; tick Negative for “whom would you rather not …”.</source>
        <translation>Tulis setiap pertanyaan; centang Negatif untuk “siapa yang lebih baik tidak …”.</translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation>&amp;Tambah Pertanyaan</translation>
    </message>
    <message>
        <source>&amp;Remove Question</source>
        <translation>Hapus Pertanyaa&amp;n</translation>
    </message>
    <message>
        <source>Students of the round</source>
        <translation>Siswa dalam putaran</translation>
    </message>
    <message>
        <source>Ticked students are members of the round.</source>
        <translation>Siswa yang dicentang menjadi anggota putaran.</translation>
    </message>
    <message>
        <source>Saves the round; then enter the choices or start the kiosk.</source>
        <translation>Menyimpan putaran; lalu isi pilihan atau mulai kios.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Classmates per question (N):</source>
        <translation>Teman sekelas per pertanyaan (N):</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Pertanyaan:</translation>
    </message>
    <message>
        <source>The classes could not be read</source>
        <translation>Daftar kelas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>student {n}</source>
        <translation>siswa {n}</translation>
    </message>
    <message>
        <source>{count} students in this class</source>
        <translation>{count} siswa di kelas ini</translation>
    </message>
    <message>
        <source>The round was not created</source>
        <translation>Putaran tidak dibuat</translation>
    </message>
    <message>
        <source>The round for {name} is saved with {count} students.</source>
        <translation>Putaran untuk {name} disimpan dengan {count} siswa.</translation>
    </message>
    <message>
        <source>The rounds could not be read</source>
        <translation>Putaran tidak dapat dibaca</translation>
    </message>
    <message>
        <source>{name} — {day} ({answered} of {members} answered)</source>
        <translation>{name} — {day} ({answered} dari {members} menjawab)</translation>
    </message>
    <message>
        <source>The round could not be read</source>
        <translation>Putaran tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Delete the Round?</source>
        <translation>Hapus Putaran?</translation>
    </message>
    <message>
        <source>The round and every student's choices in it are deleted for good.</source>
        <translation>Putaran dan semua pilihan siswa di dalamnya dihapus selamanya.</translation>
    </message>
    <message>
        <source>The round was not deleted</source>
        <translation>Putaran tidak dihapus</translation>
    </message>
    <message>
        <source>The round was deleted.</source>
        <translation>Putaran sudah dihapus.</translation>
    </message>
    <message>
        <source>{key} (former member)</source>
        <translation>{key} (mantan anggota)</translation>
    </message>
    <message>
        <source>Choose a student and enter the classmates from her paper, first choice first; only classmates of the round are offered. Or start the kiosk: the students pick their own name, then their choices, one after another.</source>
        <translation>Pilih seorang siswa lalu isi teman sekelas dari kertas jawabannya, pilihan pertama lebih dulu; hanya teman sekelas dalam putaran yang ditawarkan. Atau mulai kios: siswa memilih namanya sendiri, lalu pilihannya, bergiliran.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Menjawab</translation>
    </message>
    <message>
        <source>Choose a student on the left.</source>
        <translation>Pilih seorang siswa di sebelah kiri.</translation>
    </message>
    <message>
        <source>Create Ro&amp;und</source>
        <translation>Buat P&amp;utaran</translation>
    </message>
    <message>
        <source>Sa&amp;ve Choices</source>
        <translation>Simpan Pilih&amp;an</translation>
    </message>
    <message>
        <source>Saves this student's choices from her paper, replacing earlier ones.</source>
        <translation>Menyimpan pilihan siswa ini dari kertas jawabannya, menggantikan pilihan sebelumnya.</translation>
    </message>
    <message>
        <source>C&amp;lear Answer</source>
        <translation>Kosongkan &amp;Jawaban</translation>
    </message>
    <message>
        <source>Forgets this student's choices, so she may answer again in the kiosk.</source>
        <translation>Menghapus pilihan siswa ini, sehingga ia dapat menjawab lagi di kios.</translation>
    </message>
    <message>
        <source>Start &amp;Kiosk…</source>
        <translation>Mulai &amp;Kios…</translation>
    </message>
    <message>
        <source>Full screen: the class's names and the questions only, for the class.</source>
        <translation>Layar penuh: hanya nama siswa kelas dan pertanyaannya, untuk kelas.</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>di kertas</translation>
    </message>
    <message>
        <source>in the kiosk</source>
        <translation>di kios</translation>
    </message>
    <message>
        <source>A classmate she named on her paper, or — for none.</source>
        <translation>Teman sekelas yang ia sebut di kertas jawabannya, atau — bila tidak ada.</translation>
    </message>
    <message>
        <source>Choices of {name}</source>
        <translation>Pilihan {name}</translation>
    </message>
    <message>
        <source>The choices were not saved</source>
        <translation>Pilihan tidak disimpan</translation>
    </message>
    <message>
        <source>The choices of {name} are saved.</source>
        <translation>Pilihan {name} sudah disimpan.</translation>
    </message>
    <message>
        <source>The answer was not cleared</source>
        <translation>Jawaban tidak dikosongkan</translation>
    </message>
    <message>
        <source>The answer is cleared; she may answer again.</source>
        <translation>Jawaban sudah dikosongkan; ia dapat menjawab lagi.</translation>
    </message>
    <message>
        <source>The kiosk is closed: {count} students answered.</source>
        <translation>Kios ditutup: {count} siswa menjawab.</translation>
    </message>
    <message>
        <source>Question whose sociogram is shown</source>
        <translation>Pertanyaan yang sosiogramnya ditampilkan</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Berbobot</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Timbal balik</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Clique</source>
        <translation>Klik</translation>
    </message>
    <message>
        <source>Each student's received choices</source>
        <translation>Pilihan yang diterima setiap siswa</translation>
    </message>
    <message>
        <source>Positive and negative choices received, rank-weighted positive choices, mutual partners, star, isolated or rejected, and cliques.</source>
        <translation>Pilihan positif dan negatif yang diterima, pilihan positif berbobot urutan, pasangan timbal balik, bintang kelas, terisolasi atau ditolak, dan klik.</translation>
    </message>
    <message>
        <source>Solid arrow: chooses · dashed red arrow: would rather not · thick line with two heads: mutual · double ring: star · dashed ring: isolated · thick red ring with a cross: rejected. Star: at least the mean + 1 SD of positive choices received; weighted: first of N choices counts N, the last 1.</source>
        <translation>Panah utuh: memilih · panah merah putus-putus: lebih baik tidak · garis tebal berkepala dua: timbal balik · cincin ganda: bintang kelas · cincin putus-putus: terisolasi · cincin merah tebal bersilang: ditolak. Bintang kelas: paling sedikit rata-rata + 1 SD pilihan positif yang diterima; berbobot: pilihan pertama dari N bernilai N, yang terakhir 1.</translation>
    </message>
    <message>
        <source>Number keys (S01, S02 …)</source>
        <translation>Kode nomor (S01, S02 …)</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>How the teacher's version shows students</source>
        <translation>Cara versi wali kelas menampilkan siswa</translation>
    </message>
    <message>
        <source>Show &amp;full names</source>
        <translation>Tampilkan nama &amp;lengkap</translation>
    </message>
    <message>
        <source>Prints every student's full name; asks you first.</source>
        <translation>Mencetak nama lengkap setiap siswa; Anda ditanya lebih dulu.</translation>
    </message>
    <message>
        <source>&amp;Teacher's Version (PDF)…</source>
        <translation>Versi &amp;Wali Kelas (PDF)…</translation>
    </message>
    <message>
        <source>The sociogram for the homeroom teacher, with the labels chosen here.</source>
        <translation>Sosiogram untuk wali kelas, dengan label yang dipilih di sini.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pertanyaan:</translation>
    </message>
    <message>
        <source>Homeroom teacher's version:</source>
        <translation>Versi wali kelas:</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Semua pertanyaan</translation>
    </message>
    <message>
        <source>The sociogram could not be drawn</source>
        <translation>Sosiogram tidak dapat digambar</translation>
    </message>
    <message>
        <source>{answered} of {members} answered · stars: {stars} · isolated: {isolates} · rejected: {rejected} · mutual pairs: {pairs} · cliques: {cliques}</source>
        <translation>{answered} dari {members} menjawab · bintang kelas: {stars} · terisolasi: {isolates} · ditolak: {rejected} · pasangan timbal balik: {pairs} · klik: {cliques}</translation>
    </message>
    <message>
        <source>star</source>
        <translation>bintang kelas</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>terisolasi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Print Full Names?</source>
        <translation>Cetak Nama Lengkap?</translation>
    </message>
    <message>
        <source>The teacher's version will show every student's full name next to who chose and who rejected them. The students answered trusting that no classmate would see this. Print names only if the homeroom teacher keeps the sheet to herself.</source>
        <translation>Versi wali kelas akan menampilkan nama lengkap setiap siswa di samping siapa yang memilih dan menolaknya. Siswa menjawab dengan keyakinan bahwa tidak ada teman sekelas yang akan melihatnya. Cetak nama hanya jika wali kelas menyimpan lembar ini untuk dirinya sendiri.</translation>
    </message>
    <message>
        <source>Save the Teacher's Version</source>
        <translation>Simpan Versi Wali Kelas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF tidak ditulis</translation>
    </message>
    <message>
        <source>Saved as {name}. The PDF is not encrypted: hand it over in person.</source>
        <translation>Disimpan sebagai {name}. PDF ini tidak terenkripsi: serahkan secara langsung.</translation>
    </message>
</context>
<context>
    <name>SociometryKiosk</name>
    <message>
        <source>Classmates — class {name}</source>
        <translation>Teman sekelas — kelas {name}</translation>
    </message>
    <message>
        <source>Classmates</source>
        <translation>Teman Sekelas</translation>
    </message>
    <message>
        <source>Find your own name and choose This Is Me. Your answers are seen only by the counselor, never by your classmates.</source>
        <translation>Cari namamu sendiri lalu pilih Ini Saya. Jawabanmu hanya dilihat oleh konselor, tidak pernah oleh teman sekelasmu.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Namamu</translation>
    </message>
    <message>
        <source>This Is &amp;Me</source>
        <translation>Ini &amp;Saya</translation>
    </message>
    <message>
        <source>Goes on to your choices. Only you may answer for yourself.</source>
        <translation>Lanjut ke pilihanmu. Hanya kamu yang boleh menjawab untuk dirimu sendiri.</translation>
    </message>
    <message>
        <source>I Am &amp;Done</source>
        <translation>Se&amp;lesai</translation>
    </message>
    <message>
        <source>Saves your choices and clears the screen for the next student.</source>
        <translation>Menyimpan pilihanmu dan mengosongkan layar untuk siswa berikutnya.</translation>
    </message>
    <message>
        <source>That Is Not Me</source>
        <translation>Itu Bukan Saya</translation>
    </message>
    <message>
        <source>Back to the list of names.</source>
        <translation>Kembali ke daftar nama.</translation>
    </message>
    <message>
        <source>Choose a classmate, or leave it at — .</source>
        <translation>Pilih teman sekelas, atau biarkan — .</translation>
    </message>
    <message>
        <source>{name}: for each question, choose up to {n} classmates, your first choice first.</source>
        <translation>{name}: untuk setiap pertanyaan, pilih paling banyak {n} teman sekelas, pilihan pertamamu lebih dulu.</translation>
    </message>
    <message>
        <source>Your choices were not saved</source>
        <translation>Pilihanmu tidak disimpan</translation>
    </message>
    <message>
        <source>Thank you! Your choices are saved. The next student may begin.</source>
        <translation>Terima kasih! Pilihanmu sudah disimpan. Siswa berikutnya boleh mulai.</translation>
    </message>
</context>
<context>
    <name>SociometryPdf</name>
    <message>
        <source>Sociogram of class {name}</source>
        <translation>Sosiogram kelas {name}</translation>
    </message>
    <message>
        <source>Sociometry of {day}: {answered} of {members} students answered</source>
        <translation>Sosiometri tanggal {day}: {answered} dari {members} siswa menjawab</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>chooses (positive)</source>
        <translation>memilih (positif)</translation>
    </message>
    <message>
        <source>would rather not (negative)</source>
        <translation>lebih baik tidak (negatif)</translation>
    </message>
    <message>
        <source>The sociogram</source>
        <translation>Sosiogram</translation>
    </message>
    <message>
        <source>Solid arrow: a positive choice. Dashed arrow: a negative choice. Solid line with two heads: a mutual choice. Double ring: a star; dashed ring: an isolate; thick ring with a cross: rejected. The more choices a student received, the nearer the centre.</source>
        <translation>Panah utuh: pilihan positif. Panah putus-putus: pilihan negatif. Garis utuh berkepala dua: pilihan timbal balik. Cincin ganda: bintang kelas; cincin putus-putus: terisolasi; cincin tebal bersilang: ditolak. Makin banyak pilihan yang diterima siswa, makin dekat ke tengah.</translation>
    </message>
    <message>
        <source>Each student</source>
        <translation>Setiap siswa</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Siswa</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Dipilih</translation>
    </message>
    <message>
        <source>Rather not</source>
        <translation>Lebih baik tidak</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Timbal balik</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Clique</source>
        <translation>Klik</translation>
    </message>
    <message>
        <source>star</source>
        <translation>bintang kelas</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>terisolasi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>A star received at least the mean plus one standard deviation of positive choices ({star} or more here); an isolate received none; rejected: at least two negative choices and the mean plus one standard deviation. A clique: three or more students who all chose each other.</source>
        <translation>Bintang kelas menerima paling sedikit rata-rata ditambah satu simpangan baku pilihan positif ({star} atau lebih di sini); siswa terisolasi tidak menerima satu pun; ditolak: paling sedikit dua pilihan negatif dan rata-rata ditambah satu simpangan baku. Klik: tiga siswa atau lebih yang saling memilih.</translation>
    </message>
    <message>
        <source>Students are shown by a number (S01, S02, …); the key to the numbers stays with the counselor.</source>
        <translation>Siswa ditampilkan dengan nomor (S01, S02, …); kunci nomor tersebut disimpan oleh konselor.</translation>
    </message>
    <message>
        <source>Students are shown by their initials; shared initials are numbered (BS-1, BS-2).</source>
        <translation>Siswa ditampilkan dengan inisialnya; inisial yang sama diberi nomor (BS-1, BS-2).</translation>
    </message>
    <message>
        <source>Full names shown — keep this sheet away from students</source>
        <translation>Nama lengkap ditampilkan — jauhkan lembar ini dari siswa</translation>
    </message>
    <message>
        <source>Confidential, for the homeroom teacher: the students answered trusting that no classmate would see their choices. Use it to seat and group the class and to reach out to students who are alone, never to show the class.</source>
        <translation>Rahasia, untuk wali kelas: siswa menjawab dengan keyakinan bahwa tidak ada teman sekelas yang akan melihat pilihannya. Gunakan untuk mengatur tempat duduk dan kelompok serta mendekati siswa yang sendirian, jangan pernah ditunjukkan kepada kelas.</translation>
    </message>
    <message>
        <source>Sociogram</source>
        <translation>Sosiogram</translation>
    </message>
    <message>
        <source>Confidential — for the homeroom teacher</source>
        <translation>Rahasia — untuk wali kelas</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>No spell check</source>
        <translation>Tanpa pemeriksaan ejaan</translation>
    </message>
    <message>
        <source>The word was not added</source>
        <translation>Kata tidak ditambahkan</translation>
    </message>
    <message>
        <source>The dictionary could not be read</source>
        <translation>Kamus tidak dapat dibaca</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(tidak ada saran)</translation>
    </message>
    <message>
        <source>Add “{word}” to My Dictionary</source>
        <translation>Tambahkan “{word}” ke kamus saya</translation>
    </message>
    <message>
        <source>Kept inside the vault, with your records</source>
        <translation>Disimpan di dalam brankas, bersama catatan Anda</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Use at least 15 characters. A few unrelated words are easy to remember.</source>
        <translation>Gunakan paling sedikit 15 karakter. Beberapa kata yang tidak saling berkaitan mudah diingat.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sangat lemah</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sangat kuat</translation>
    </message>
    <message>
        <source>This passphrase meets the policy.</source>
        <translation>Frasa sandi ini memenuhi ketentuan.</translation>
    </message>
</context>
<context>
    <name>StrengthenKeyDialog</name>
    <message>
        <source>Strengthen Key Settings</source>
        <translation>Perkuat pengaturan kunci</translation>
    </message>
    <message>
        <source>The key that opens the records is wrapped again with settings measured on this computer (about one second to unlock). Your passphrase stays the same. Backups made before now keep their old, weaker settings.</source>
        <translation>Kunci yang membuka catatan dibungkus ulang dengan pengaturan yang diukur di komputer ini (membuka kunci sekitar satu detik). Frasa sandi Anda tetap sama. Cadangan yang dibuat sebelum ini tetap memakai pengaturan lama yang lebih lemah.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Berkas kunci:</translation>
    </message>
    <message>
        <source>The vault's passphrase, to confirm it is you.</source>
        <translation>Frasa sandi brankas, untuk memastikan bahwa ini memang Anda.</translation>
    </message>
    <message>
        <source>Strengthen</source>
        <translation>Perkuat</translation>
    </message>
    <message>
        <source>Measures this computer and protects the passphrase with stronger key settings; the passphrase stays the same.</source>
        <translation>Mengukur komputer ini dan melindungi frasa sandi dengan pengaturan kunci yang lebih kuat; frasa sandi tetap sama.</translation>
    </message>
    <message>
        <source>Measuring this computer and wrapping the key again…</source>
        <translation>Mengukur komputer ini dan membungkus ulang kunci…</translation>
    </message>
</context>
<context>
    <name>StrikeDialog</name>
    <message>
        <source>Strike Through a Signed Note</source>
        <translation>Coret catatan yang sudah ditandatangani</translation>
    </message>
    <message>
        <source>A signed note is never deleted. It stays in the record, struck through, with the reason and today's date.</source>
        <translation>Catatan yang sudah ditandatangani tidak pernah dihapus. Catatan itu tetap ada di catatan konseli dalam keadaan dicoret, disertai alasan dan tanggal hari ini.</translation>
    </message>
    <message>
        <source>e.g. written in the wrong client's record</source>
        <translation>mis. ditulis di catatan konseli yang salah</translation>
    </message>
    <message>
        <source>Strike Through</source>
        <translation>Coret</translation>
    </message>
    <message>
        <source>Marks the note struck through with the reason typed. It is never deleted.</source>
        <translation>Menandai catatan sebagai dicoret dengan alasan yang diketik. Catatan itu tidak pernah dihapus.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
</context>
<context>
    <name>SummarySaver</name>
    <message>
        <source>the supervision summary of {code}</source>
        <translation>ringkasan untuk supervisi {code}</translation>
    </message>
    <message>
        <source>Save the supervision summary as</source>
        <translation>Simpan ringkasan untuk supervisi sebagai</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved and checked: {path}
The PDF is protected with its password. Tell your supervisor the words another way than the file, and delete it when supervision is done.</source>
        <translation>Tersimpan dan sudah diperiksa: {path}
PDF ini dilindungi kata sandinya. Sampaikan kata-katanya kepada supervisor Anda lewat jalur lain, bukan bersama berkasnya, dan hapus setelah supervisi selesai.</translation>
    </message>
    <message>
        <source>Saved and checked: {path}
The PDF is not encrypted. Give it only to your supervisor, and delete it when supervision is done.</source>
        <translation>Tersimpan dan sudah diperiksa: {path}
PDF ini tidak terenkripsi. Berikan hanya kepada supervisor Anda, dan hapus setelah supervisi selesai.</translation>
    </message>
    <message>
        <source>The vault cannot be written now (read-only or full): this disclosure is not in its log.</source>
        <translation>Brankas tidak dapat ditulisi saat ini (hanya-baca atau penuh): pengungkapan ini tidak tercatat di lognya.</translation>
    </message>
    <message>
        <source>The PDF was not saved: {reason}</source>
        <translation>PDF tidak disimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>No client has the case code {code}.</source>
        <translation>Tidak ada konseli dengan kode kasus {code}.</translation>
    </message>
</context>
<context>
    <name>SupervisionActions</name>
    <message>
        <source>Export for &amp;Supervision…</source>
        <translation>&amp;Ekspor untuk supervisi…</translation>
    </message>
    <message>
        <source>A redacted case summary for clinical supervision (Ctrl+E)</source>
        <translation>Ringkasan kasus yang disamarkan untuk supervisi klinis (Ctrl+E)</translation>
    </message>
    <message>
        <source>Print &amp;Full Record…</source>
        <translation>Cetak catatan &amp;lengkap…</translation>
    </message>
    <message>
        <source>The complete, unredacted record of this client as a PDF</source>
        <translation>Catatan lengkap konseli ini tanpa disamarkan, dalam bentuk PDF</translation>
    </message>
    <message>
        <source>Supervision summary saved, protected with its password: {name}</source>
        <translation>Ringkasan untuk supervisi tersimpan, dilindungi kata sandinya: {name}</translation>
    </message>
    <message>
        <source>Supervision summary saved (not encrypted): {name}</source>
        <translation>Ringkasan untuk supervisi tersimpan (tidak terenkripsi): {name}</translation>
    </message>
    <message>
        <source>Print Full Record</source>
        <translation>Cetak catatan lengkap</translation>
    </message>
    <message>
        <source>The full record of {code} holds the client's name and every identifying detail, unredacted. Keep it where only you, or whoever may read it, can read it; protect it with a password if it leaves your hands. Write it now?</source>
        <translation>Catatan lengkap {code} memuat nama konseli dan setiap data identitasnya, tanpa disamarkan. Simpan di tempat yang hanya dapat dibaca oleh Anda atau oleh orang yang berhak membacanya; lindungi dengan kata sandi jika berkas keluar dari tangan Anda. Tulis sekarang?</translation>
    </message>
    <message>
        <source>{count} of these notes are your private process or sole-possession notes, which are not part of the record. Include them in this print?</source>
        <translation>{count} dari catatan ini adalah catatan pribadi konselor atau catatan pengingat pribadi Anda, yang bukan bagian dari catatan resmi. Sertakan dalam cetakan ini?</translation>
    </message>
    <message>
        <source>the full record of {code}</source>
        <translation>catatan lengkap {code}</translation>
    </message>
    <message>
        <source>Save the full record as</source>
        <translation>Simpan catatan lengkap sebagai</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the full record…</source>
        <translation>Membuat PDF catatan lengkap…</translation>
    </message>
    <message>
        <source>Full record saved, protected with its password: {path}</source>
        <translation>Catatan lengkap tersimpan, dilindungi kata sandinya: {path}</translation>
    </message>
    <message>
        <source>Full record saved (not encrypted): {path}</source>
        <translation>Catatan lengkap tersimpan (tidak terenkripsi): {path}</translation>
    </message>
    <message>
        <source>The vault cannot be written now (read-only or full): this disclosure is not in its log.</source>
        <translation>Brankas tidak dapat ditulisi saat ini (hanya-baca atau penuh): pengungkapan ini tidak tercatat di lognya.</translation>
    </message>
    <message>
        <source>The full record was not saved</source>
        <translation>Catatan lengkap tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>SupervisionComposePage</name>
    <message>
        <source>The client the summary is about.</source>
        <translation>Konseli yang dibahas dalam ringkasan.</translation>
    </message>
    <message>
        <source>Leave “—” for the first or the latest session.</source>
        <translation>Biarkan “—” untuk mulai dari sesi pertama atau sampai sesi terakhir.</translation>
    </message>
    <message>
        <source>The language of the summary's headings; your texts stay as you wrote them.</source>
        <translation>Bahasa judul-judul ringkasan; teks Anda tetap seperti yang Anda tulis.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Konseli:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Sampai:</translation>
    </message>
    <message>
        <source>Headings in:</source>
        <translation>Bahasa judul:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Tick it to put this section in the summary.</source>
        <translation>Centang untuk memasukkan bagian ini ke ringkasan.</translation>
    </message>
    <message>
        <source>Include private process notes and sole-possession notes</source>
        <translation>Sertakan catatan pribadi konselor dan catatan pengingat pribadi</translation>
    </message>
    <message>
        <source>Tick it to put your private notes in the summary too; without it they are left out.</source>
        <translation>Centang untuk ikut memasukkan catatan pribadi Anda ke ringkasan; tanpa centang, catatan itu tidak dimasukkan.</translation>
    </message>
    <message>
        <source>What goes into the summary</source>
        <translation>Isi ringkasan</translation>
    </message>
    <message>
        <source>For your supervisor</source>
        <translation>Untuk supervisor Anda</translation>
    </message>
    <message>
        <source>Only you can write these. They are kept with the case for next time, and redacted like everything else.</source>
        <translation>Hanya Anda yang dapat menulis bagian ini. Isinya disimpan bersama kasus untuk lain kali, dan disamarkan seperti bagian lainnya.</translation>
    </message>
    <message>
        <source>{hint} (kept with the case, and redacted like everything else)</source>
        <translation>{hint} (disimpan bersama kasus, dan disamarkan seperti isi lainnya)</translation>
    </message>
    <message>
        <source>Question for supervision</source>
        <translation>Pertanyaan untuk supervisi</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Context (age, grade, setting)</source>
        <translation>Konteks (usia, kelas, latar layanan)</translation>
    </message>
    <message>
        <source>Presenting concern</source>
        <translation>Masalah yang dikemukakan</translation>
    </message>
    <message>
        <source>Background and strengths</source>
        <translation>Latar belakang dan kekuatan</translation>
    </message>
    <message>
        <source>Case conceptualization</source>
        <translation>Konseptualisasi kasus</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Interventions and their intent</source>
        <translation>Intervensi dan maksudnya</translation>
    </message>
    <message>
        <source>Response and progress</source>
        <translation>Respons dan perkembangan</translation>
    </message>
    <message>
        <source>Your own reactions</source>
        <translation>Reaksi Anda sendiri</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Sessions (all note fields)</source>
        <translation>Sesi (semua kolom catatan)</translation>
    </message>
    <message>
        <source>Consents (kind and status)</source>
        <translation>Persetujuan (jenis dan status)</translation>
    </message>
    <message>
        <source>Screening scores (by week)</source>
        <translation>Skor skrining (per minggu)</translation>
    </message>
    <message>
        <source>What do you want help with in supervision?</source>
        <translation>Bantuan apa yang Anda perlukan dari supervisi?</translation>
    </message>
    <message>
        <source>Family, school and history; what helps</source>
        <translation>Keluarga, sekolah, dan riwayat; apa yang membantu</translation>
    </message>
    <message>
        <source>How you understand the case</source>
        <translation>Bagaimana Anda memahami kasus ini</translation>
    </message>
    <message>
        <source>What the client and you are working towards</source>
        <translation>Apa yang sedang Anda dan konseli upayakan bersama</translation>
    </message>
    <message>
        <source>What you did, and why</source>
        <translation>Apa yang Anda lakukan, dan mengapa</translation>
    </message>
    <message>
        <source>How the client responded; what changed</source>
        <translation>Bagaimana konseli merespons; apa yang berubah</translation>
    </message>
    <message>
        <source>Your own feelings and reactions to the client</source>
        <translation>Perasaan dan reaksi Anda sendiri terhadap konseli</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <source>Private notes are your own working notes, not the record. Include them only when supervision needs them; they are redacted like the rest.</source>
        <translation>Catatan pribadi adalah catatan kerja Anda sendiri, bukan bagian dari catatan resmi. Sertakan hanya bila diperlukan untuk supervisi; catatan ini disamarkan seperti bagian lainnya.</translation>
    </message>
    <message>
        <source>Private process and sole-possession notes are left out.</source>
        <translation>Catatan pribadi konselor dan catatan pengingat pribadi tidak disertakan.</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Pilih konseli.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Pilih paling sedikit satu bagian.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Tanggal akhir periode lebih awal daripada tanggal mulainya.</translation>
    </message>
</context>
<context>
    <name>SupervisionExportDialog</name>
    <message>
        <source>Export for Supervision</source>
        <translation>Ekspor untuk supervisi</translation>
    </message>
    <message>
        <source>What the check of the PDF found</source>
        <translation>Temuan pemeriksaan PDF</translation>
    </message>
    <message>
        <source>Each thing the check of the saved PDF found, a line each.</source>
        <translation>Setiap temuan pemeriksaan PDF yang disimpan, satu per baris.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Kembali</translation>
    </message>
    <message>
        <source>Returns to the choice of sections and to your texts.</source>
        <translation>Kembali ke pilihan bagian dan ke teks Anda.</translation>
    </message>
    <message>
        <source>Review Redacted Text →</source>
        <translation>Periksa teks yang disamarkan →</translation>
    </message>
    <message>
        <source>Shows the summary with names and identifiers replaced, to read before anything is saved.</source>
        <translation>Menampilkan ringkasan dengan nama dan data pengenal yang sudah diganti, untuk dibaca sebelum apa pun disimpan.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Saves the summary you reviewed as a PDF where you choose, then checks it.</source>
        <translation>Menyimpan ringkasan yang sudah Anda periksa sebagai PDF di tempat yang Anda pilih, lalu memeriksanya.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Closes the window. Your texts for the supervisor are kept with the case.</source>
        <translation>Menutup jendela. Teks Anda untuk supervisor disimpan bersama kasus.</translation>
    </message>
    <message>
        <source>Preparing the redacted summary…</source>
        <translation>Menyiapkan ringkasan yang disamarkan…</translation>
    </message>
    <message>
        <source>Writing the PDF and checking it…</source>
        <translation>Membuat PDF dan memeriksanya…</translation>
    </message>
</context>
<context>
    <name>SupervisionPdf</name>
    <message>
        <source>Supervision summary</source>
        <translation>Ringkasan untuk supervisi</translation>
    </message>
    <message>
        <source>Case {code}</source>
        <translation>Kasus {code}</translation>
    </message>
    <message>
        <source>Confidential — for clinical supervision only</source>
        <translation>Rahasia — hanya untuk supervisi klinis</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Prepared for clinical supervision. Names, contact details, places, numbers and dates have been replaced by labels such as [CLIENT], [GUARDIAN 1] or [PERSON A]; a label means the same person throughout this document.</source>
        <translation>Disusun untuk supervisi klinis. Nama, kontak, tempat, nomor, dan tanggal telah diganti dengan label seperti [KONSELI], [ORANG TUA/WALI 1] atau [ORANG A]; satu label berarti orang yang sama di seluruh dokumen ini.</translation>
    </message>
    <message>
        <source>{count} sessions: session {first} to {last} (weeks {wfirst}–{wlast})</source>
        <translation>{count} sesi: sesi {first} sampai {last} (minggu {wfirst}–{wlast})</translation>
    </message>
    <message>
        <source>1 session: session {first} (week {wfirst})</source>
        <translation>1 sesi: sesi {first} (minggu {wfirst})</translation>
    </message>
    <message>
        <source>No sessions in the chosen period</source>
        <translation>Tidak ada sesi pada periode yang dipilih</translation>
    </message>
    <message>
        <source>Question for supervision</source>
        <translation>Pertanyaan untuk supervisi</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Current risk level</source>
        <translation>Tingkat risiko saat ini</translation>
    </message>
    <message>
        <source>Risk notes from sessions</source>
        <translation>Catatan risiko dari sesi</translation>
    </message>
    <message>
        <source>No risk notes in the chosen sessions.</source>
        <translation>Tidak ada catatan risiko pada sesi yang dipilih.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Konteks</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Kode kasus</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>{age} years</source>
        <translation>{age} tahun</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak dicatat</translation>
    </message>
    <message>
        <source>Grade level</source>
        <translation>Jenjang kelas</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Latar</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Sumber rujukan</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Status kasus</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Presenting concern</source>
        <translation>Masalah yang dikemukakan</translation>
    </message>
    <message>
        <source>Background and strengths</source>
        <translation>Latar belakang dan kekuatan</translation>
    </message>
    <message>
        <source>Case conceptualization</source>
        <translation>Konseptualisasi kasus</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Interventions and their intent</source>
        <translation>Intervensi dan maksudnya</translation>
    </message>
    <message>
        <source>Response and progress</source>
        <translation>Respons dan perkembangan</translation>
    </message>
    <message>
        <source>Counselor's reactions</source>
        <translation>Reaksi konselor</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Session {n} — week {w}</source>
        <translation>Sesi {n} — minggu {w}</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>draf, belum ditandatangani</translation>
    </message>
    <message>
        <source>private note, included by the counselor</source>
        <translation>catatan pribadi, disertakan oleh konselor</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Catatan risiko</translation>
    </message>
    <message>
        <source>Addendum, written {days} after the session</source>
        <translation>Adendum, ditulis {days} setelah sesi</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>pada hari yang sama</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 hari</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} hari</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} menit</translation>
    </message>
    <message>
        <source>group of {n} clients</source>
        <translation>kelompok {n} konseli</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Screening results</source>
        <translation>Hasil skrining</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>week {w}</source>
        <translation>minggu {w}</translation>
    </message>
    <message>
        <source>{total} of {max}, {band}</source>
        <translation>{total} dari {max}, {band}</translation>
    </message>
    <message>
        <source>self-harm item answered</source>
        <translation>butir tentang melukai diri sendiri dijawab</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Diberikan oleh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Tindakan yang dilakukan</translation>
    </message>
    <message>
        <source>self-harm</source>
        <translation>melukai diri sendiri</translation>
    </message>
    <message>
        <source>harm to others</source>
        <translation>membahayakan orang lain</translation>
    </message>
    <message>
        <source>abuse disclosed</source>
        <translation>pengungkapan kekerasan</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Sekolah dasar</translation>
    </message>
    <message>
        <source>Junior secondary school</source>
        <translation>Sekolah menengah pertama</translation>
    </message>
    <message>
        <source>Senior secondary school</source>
        <translation>Sekolah menengah atas</translation>
    </message>
    <message>
        <source>Vocational secondary school</source>
        <translation>Sekolah menengah kejuruan</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Perguruan tinggi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Grade {n}</source>
        <translation>Kelas {n}</translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translation>Tahun ke-{n}</translation>
    </message>
    <message>
        <source>Semester {n}</source>
        <translation>Semester {n}</translation>
    </message>
</context>
<context>
    <name>SupervisionReviewPage</name>
    <message>
        <source>Review the redacted summary</source>
        <translation>Periksa ringkasan yang disamarkan</translation>
    </message>
    <message>
        <source>This is the text the PDF will print. Every replacement is highlighted. Read it as your supervisor would: a name that is in no record and has no title before it is not replaced — check the list on the right.</source>
        <translation>Inilah teks yang akan dicetak dalam PDF. Setiap penggantian disorot. Bacalah seperti supervisor Anda akan membacanya: nama yang tidak ada di catatan mana pun dan tidak didahului sapaan atau gelar tidak diganti — periksa daftar di sebelah kanan.</translation>
    </message>
    <message>
        <source>The redacted summary</source>
        <translation>Ringkasan yang disamarkan</translation>
    </message>
    <message>
        <source>The text the PDF will print; every replacement is marked with its label.</source>
        <translation>Teks yang akan dicetak di PDF; setiap penggantian ditandai dengan labelnya.</translation>
    </message>
    <message>
        <source>Labels in this summary</source>
        <translation>Label dalam ringkasan ini</translation>
    </message>
    <message>
        <source>Possible names not in any record</source>
        <translation>Kemungkinan nama yang tidak ada di catatan mana pun</translation>
    </message>
    <message>
        <source>Capitalised words that look like names. Choose one, then redact it, add it to the record or mark it as not a name.</source>
        <translation>Kata berhuruf kapital yang tampak seperti nama. Pilih satu, lalu samarkan, tambahkan ke berkas kasus, atau tandai sebagai bukan nama.</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Tidak ditemukan.</translation>
    </message>
    <message>
        <source>Redact Everywhere</source>
        <translation>Samarkan di semua tempat</translation>
    </message>
    <message>
        <source>Add the word to the never-print list (Settings) and redact it everywhere</source>
        <translation>Tambahkan kata ini ke daftar jangan dicetak (Pengaturan) dan samarkan di semua tempat</translation>
    </message>
    <message>
        <source>Add as Other Person of This Client</source>
        <translation>Tambahkan ke orang lain yang disebut</translation>
    </message>
    <message>
        <source>Add the name to the client's “other people named” and redact it</source>
        <translation>Tambahkan nama ini ke “orang lain yang disebut” pada catatan konseli, lalu samarkan</translation>
    </message>
    <message>
        <source>It's Not a Name</source>
        <translation>Bukan nama</translation>
    </message>
    <message>
        <source>Leave the word as it is in this export</source>
        <translation>Biarkan kata ini apa adanya dalam ekspor ini</translation>
    </message>
    <message>
        <source>Always Keep This Word</source>
        <translation>Selalu cetak kata ini</translation>
    </message>
    <message>
        <source>Print the word as written in every summary from now on (Settings → Kept Words). A name in a record is still redacted.</source>
        <translation>Cetak kata ini apa adanya di setiap ringkasan mulai sekarang (Pengaturan → Tetap dicetak). Nama yang ada di berkas kasus tetap disamarkan.</translation>
    </message>
    <message>
        <source>May single the student out</source>
        <translation>Mungkin menunjuk satu siswa</translation>
    </message>
    <message>
        <source>No name, but it may point at one student. Read each; change the note if it does.</source>
        <translation>Tanpa nama, tetapi bisa menunjuk satu siswa. Baca satu per satu; ubah catatan bila memang begitu.</translation>
    </message>
    <message>
        <source>Descriptions that may single the student out</source>
        <translation>Keterangan yang mungkin menunjuk satu siswa</translation>
    </message>
    <message>
        <source>Printed as written. Choose one to see it in the summary.</source>
        <translation>Dicetak apa adanya. Pilih satu untuk melihatnya di ringkasan.</translation>
    </message>
    <message>
        <source>Capitalised words that look like names. Redact each one, add it to this client's record, or mark it as not a name. A word in no record and no dictionary is printed as {label}: keep it if it is no one's name.</source>
        <translation>Kata berhuruf kapital yang tampak seperti nama. Samarkan setiap kata, tambahkan ke catatan konseli ini, atau tandai sebagai bukan nama. Kata yang tidak ada di berkas kasus mana pun maupun di kamus dicetak sebagai {label}: pilih agar tetap dicetak bila kata itu bukan nama siapa pun.</translation>
    </message>
    <message>
        <source>Nothing needed replacing.</source>
        <translation>Tidak ada yang perlu diganti.</translation>
    </message>
    <message>
        <source>Printed as {label}</source>
        <translation>Dicetak sebagai {label}</translation>
    </message>
</context>
<context>
    <name>SyncedFolderBanner</name>
    <message>
        <source>Move the Vault Out of the Synced Folder…</source>
        <translation>Pindahkan Brankas dari Folder Sinkronisasi…</translation>
    </message>
    <message>
        <source>Copies the vault to a folder you choose outside the synced folder, checks the copy, and only then removes the vault from the synced folder.</source>
        <translation>Menyalin brankas ke folder pilihan Anda di luar folder yang disinkronkan, memeriksa salinannya, dan baru setelah itu menghapus brankas dari folder yang disinkronkan.</translation>
    </message>
    <message>
        <source>This vault is in a folder that {service} syncs: it can be damaged there.</source>
        <translation>Brankas ini ada di folder sinkronisasi {service}: di sana brankas bisa rusak.</translation>
    </message>
    <message>
        <source>{service} copies the folder {root} to other computers. A vault in use there can be damaged when it is copied in the middle of a change, or when two computers change it at once. Move it to a folder that is not synced; backups may still go to a synced folder (docs/sync.md).</source>
        <translation>{service} menyalin folder {root} ke komputer lain. Brankas yang sedang dipakai di sana dapat rusak bila disalin di tengah perubahan, atau bila dua komputer mengubahnya bersamaan. Pindahkan brankas ke folder yang tidak disinkronkan; cadangan tetap boleh disimpan di folder yang disinkronkan (docs/sync.md).</translation>
    </message>
</context>
<context>
    <name>SyncedFolders</name>
    <message>
        <source>a cloud storage service</source>
        <translation>layanan penyimpanan cloud</translation>
    </message>
    <message>
        <source>{folder} is inside {service}'s synced folder {root}. A vault kept there can be damaged when the sync program copies it while it is being written, or when two computers change it at once. Choose a folder outside it; nothing was changed. A backup may go to a synced folder. See docs/sync.md.</source>
        <translation>{folder} berada di dalam folder {root} yang disinkronkan {service}. Brankas yang disimpan di sana dapat rusak bila program sinkronisasi menyalinnya saat sedang ditulis, atau bila dua komputer mengubahnya bersamaan. Pilih folder di luarnya; tidak ada yang diubah. Cadangan boleh disimpan di folder yang disinkronkan. Lihat docs/sync.md.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Counsel Desk</source>
        <translation>Counsel Desk</translation>
    </message>
    <message>
        <source>Your case records are locked.</source>
        <translation>Catatan kasus Anda terkunci.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Opens the vault with the passphrase typed (and the key file, if it needs one).</source>
        <translation>Membuka brankas dengan frasa sandi yang diketik (dan berkas kunci, jika diperlukan).</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Berkas kunci</translation>
    </message>
    <message>
        <source>Use a key file</source>
        <translation>Gunakan berkas kunci</translation>
    </message>
    <message>
        <source>Shows a field to choose the key file this vault needs besides the passphrase.</source>
        <translation>Menampilkan isian untuk memilih berkas kunci yang diperlukan brankas ini selain frasa sandi.</translation>
    </message>
    <message>
        <source>Forgot passphrase? Use recovery key…</source>
        <translation>Lupa frasa sandi? Gunakan kunci pemulihan…</translation>
    </message>
    <message>
        <source>Opens the vault with its recovery key and lets you choose a new passphrase.</source>
        <translation>Membuka brankas dengan kunci pemulihannya dan memungkinkan Anda memilih frasa sandi baru.</translation>
    </message>
    <message>
        <source>Open Another Vault…</source>
        <translation>Buka brankas lain…</translation>
    </message>
    <message>
        <source>Chooses another vault folder to unlock instead of this one.</source>
        <translation>Memilih folder brankas lain untuk dibuka, bukan yang ini.</translation>
    </message>
    <message>
        <source>Create a New Vault…</source>
        <translation>Buat brankas baru…</translation>
    </message>
    <message>
        <source>Creates a new, empty encrypted vault with its own passphrase.</source>
        <translation>Membuat brankas terenkripsi baru yang kosong dengan frasa sandinya sendiri.</translation>
    </message>
    <message>
        <source>No vault chosen yet.</source>
        <translation>Belum ada brankas yang dipilih.</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Brankas: {path}</translation>
    </message>
    <message>
        <source>Demo vault — synthetic data
Passphrase: {passphrase}</source>
        <translation>Brankas demo — data sintetis
Frasa sandi: {passphrase}</translation>
    </message>
    <message>
        <source>Enter the vault's passphrase.</source>
        <translation>Masukkan frasa sandi brankas.</translation>
    </message>
    <message>
        <source>Finishing the automatic backup…</source>
        <translation>Menyelesaikan pencadangan otomatis…</translation>
    </message>
    <message>
        <source>This vault also needs its key file: choose it.</source>
        <translation>Brankas ini juga memerlukan berkas kuncinya: pilih berkas tersebut.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Membuka…</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Buka brankas</translation>
    </message>
    <message>
        <source>That folder is not a Counsel Desk vault. Choose the vault's folder.</source>
        <translation>Folder itu bukan brankas Counsel Desk. Pilih folder brankas.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>This field holds an invisible text-direction character (such as U+202E), which can make it read differently than it is: remove it.</source>
        <translation>Isian ini memuat karakter arah teks yang tidak terlihat (misalnya U+202E), yang dapat membuatnya terbaca berbeda dari aslinya: hapus karakter itu.</translation>
    </message>
    <message>
        <source>The case code cannot be blank.</source>
        <translation>Kode kasus tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The case code cannot start or end with spaces or hold line breaks.</source>
        <translation>Kode kasus tidak boleh diawali atau diakhiri spasi, atau berisi baris baru.</translation>
    </message>
    <message>
        <source>The case code holds an invisible character ({characters}), which would make it look like another code: remove it.</source>
        <translation>Kode kasus memuat karakter yang tidak terlihat ({characters}), yang dapat membuatnya tampak sama dengan kode lain: hapus karakter itu.</translation>
    </message>
    <message>
        <source>The case code is longer than {limit} characters.</source>
        <translation>Kode kasus lebih dari {limit} karakter.</translation>
    </message>
    <message>
        <source>This field is one line: no line breaks or tabs.</source>
        <translation>Kolom ini hanya satu baris: tanpa baris baru atau tab.</translation>
    </message>
    <message>
        <source>This field holds an invisible character ({characters}): remove it.</source>
        <translation>Isian ini memuat karakter yang tidak terlihat ({characters}): hapus karakter itu.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address.</source>
        <translation>“{value}” tidak tampak seperti alamat e-mail.</translation>
    </message>
    <message>
        <source>A phone number may hold digits, spaces, +, -, dots, slashes and brackets only.</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, +, -, titik, garis miring, dan tanda kurung.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>The date {date} is not between {earliest} and {latest}.</source>
        <translation>Tanggal {date} tidak berada di antara {earliest} dan {latest}.</translation>
    </message>
    <message>
        <source>The given name is required.</source>
        <translation>Nama depan wajib diisi.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Tanggal lahir tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>The day she graduated is in the future.</source>
        <translation>Tanggal lulus ada di masa depan.</translation>
    </message>
    <message>
        <source>The day she graduated is before her date of birth.</source>
        <translation>Tanggal lulus sebelum tanggal lahirnya.</translation>
    </message>
    <message>
        <source>A tag cannot be blank.</source>
        <translation>Tag tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The tag “{tag}” is listed twice.</source>
        <translation>Tag “{tag}” tercantum dua kali.</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date.</source>
        <translation>Hanya kasus yang sudah ditutup yang memiliki tanggal penutupan.</translation>
    </message>
    <message>
        <source>The case cannot close before it was opened.</source>
        <translation>Kasus tidak dapat ditutup sebelum dibuka.</translation>
    </message>
    <message>
        <source>The {template} template has no field “{key}” (it has: {keys}).</source>
        <translation>Templat {template} tidak memiliki kolom “{key}” (kolom yang ada: {keys}).</translation>
    </message>
    <message>
        <source>The duration must be between 1 and {limit} minutes.</source>
        <translation>Durasi harus antara 1 dan {limit} menit.</translation>
    </message>
    <message>
        <source>Only a group session lists group members.</source>
        <translation>Anggota kelompok hanya dicantumkan untuk sesi kelompok.</translation>
    </message>
    <message>
        <source>A group lists the other members; the client is already in it.</source>
        <translation>Cantumkan anggota kelompok yang lain saja; konseli ini sudah termasuk di dalamnya.</translation>
    </message>
    <message>
        <source>{code} is listed twice.</source>
        <translation>{code} tercantum dua kali.</translation>
    </message>
    <message>
        <source>The {template} template has no follow-up to give a day.</source>
        <translation>Templat {template} tidak memiliki tindak lanjut yang dapat diberi tanggal.</translation>
    </message>
    <message>
        <source>The follow-up cannot be due before the session.</source>
        <translation>Tindak lanjut tidak dapat jatuh tempo sebelum sesi.</translation>
    </message>
    <message>
        <source>Only a signed note has addenda; edit the draft instead.</source>
        <translation>Adendum hanya untuk catatan yang sudah ditandatangani; ubah saja drafnya.</translation>
    </message>
    <message>
        <source>Only a signed note is struck through; discard a draft instead.</source>
        <translation>Hanya catatan yang sudah ditandatangani yang dapat dicoret; buang saja drafnya.</translation>
    </message>
    <message>
        <source>Say why the note is struck through.</source>
        <translation>Tuliskan alasan catatan ini dicoret.</translation>
    </message>
    <message>
        <source>An addendum cannot be empty.</source>
        <translation>Adendum tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The note was signed before the session took place.</source>
        <translation>Catatan ditandatangani sebelum sesi berlangsung.</translation>
    </message>
    <message>
        <source>The note was signed with “{field}” left empty.</source>
        <translation>Catatan ditandatangani dengan “{field}” masih kosong.</translation>
    </message>
    <message>
        <source>Choose at least one area: personal, social, learning or career.</source>
        <translation>Pilih paling sedikit satu bidang: pribadi, sosial, belajar, atau karier.</translation>
    </message>
    <message>
        <source>The area “{area}” is listed twice.</source>
        <translation>Bidang “{area}” tercantum dua kali.</translation>
    </message>
    <message>
        <source>Group, classroom and cross-class guidance keep no client record: record them as an activity, not in a student's notes.</source>
        <translation>Bimbingan kelompok, bimbingan klasikal, dan bimbingan lintas kelas tidak memakai catatan konseli: catat sebagai kegiatan, bukan di catatan seorang siswa.</translation>
    </message>
    <message>
        <source>Say what the activity was about.</source>
        <translation>Tuliskan kegiatan ini tentang apa.</translation>
    </message>
    <message>
        <source>Keep the topic to {limit} characters.</source>
        <translation>Topik paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>The activity log keeps what was done: the date is in the future.</source>
        <translation>Jurnal kegiatan mencatat yang sudah dilakukan: tanggalnya di masa depan.</translation>
    </message>
    <message>
        <source>Give the length in lesson periods (JP) or in minutes, not both.</source>
        <translation>Tuliskan lamanya dalam jam pelajaran (JP) atau dalam menit, jangan keduanya.</translation>
    </message>
    <message>
        <source>The length must be between 1 and {limit} lesson periods (JP).</source>
        <translation>Lamanya harus antara 1 dan {limit} jam pelajaran (JP).</translation>
    </message>
    <message>
        <source>The number of students must be between 0 and {limit}.</source>
        <translation>Jumlah siswa harus antara 0 dan {limit}.</translation>
    </message>
    <message>
        <source>A duty that is not counseling has no BK service.</source>
        <translation>Tugas di luar konseling tidak memiliki layanan BK.</translation>
    </message>
    <message>
        <source>“{field}” must be filled in before the note is signed.</source>
        <translation>“{field}” harus diisi sebelum catatan ditandatangani.</translation>
    </message>
    <message>
        <source>Choose the risk level you assessed (None, Low, Moderate or High) before the note is signed: “Not assessed” cannot be signed.</source>
        <translation>Pilih tingkat risiko yang Anda nilai (Tidak ada, Rendah, Sedang atau Tinggi) sebelum catatan ditandatangani: “Belum dinilai” tidak dapat ditandatangani.</translation>
    </message>
    <message>
        <source>Say what the follow-up is: signing makes it a reminder for {date}.</source>
        <translation>Tuliskan tindak lanjutnya: penandatanganan menjadikannya pengingat untuk {date}.</translation>
    </message>
    <message>
        <source>The client was under 18 on {date} and no guardian consent was active that day.</source>
        <translation>Konseli belum berusia 18 tahun pada {date} dan tidak ada persetujuan orang tua/wali yang berlaku pada hari itu.</translation>
    </message>
    <message>
        <source>Who signed the consent is required.</source>
        <translation>Nama penanda tangan persetujuan wajib diisi.</translation>
    </message>
    <message>
        <source>The consent form's version is required.</source>
        <translation>Versi formulir persetujuan wajib diisi.</translation>
    </message>
    <message>
        <source>A consent cannot expire before it was signed.</source>
        <translation>Persetujuan tidak dapat berakhir sebelum ditandatangani.</translation>
    </message>
    <message>
        <source>Only a revoked consent has a revocation date.</source>
        <translation>Hanya persetujuan yang sudah dicabut yang memiliki tanggal pencabutan.</translation>
    </message>
    <message>
        <source>A consent cannot be revoked before it was signed.</source>
        <translation>Persetujuan tidak dapat dicabut sebelum ditandatangani.</translation>
    </message>
    <message>
        <source>This note was signed and is locked. Add an addendum instead.</source>
        <translation>Catatan ini sudah ditandatangani dan terkunci. Tambahkan adendum sebagai gantinya.</translation>
    </message>
    <message>
        <source>Write who receives it in at most {count} characters.</source>
        <translation>Tuliskan penerima dalam paling banyak {count} karakter.</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Cadangkan sekarang…</translation>
    </message>
    <message>
        <source>Save an encrypted copy of the vault</source>
        <translation>Simpan salinan brankas yang terenkripsi</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Pu&amp;lihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Make a new vault from a backup and unlock it</source>
        <translation>Buat brankas baru dari cadangan, lalu buka brankas itu</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;Ganti frasa sandi…</translation>
    </message>
    <message>
        <source>Add &amp;Key File…</source>
        <translation>&amp;Tambah berkas kunci…</translation>
    </message>
    <message>
        <source>Require a key file with the passphrase</source>
        <translation>Wajibkan berkas kunci selain frasa sandi</translation>
    </message>
    <message>
        <source>Remove Key &amp;File…</source>
        <translation>&amp;Lepas berkas kunci…</translation>
    </message>
    <message>
        <source>Replace &amp;Recovery Key…</source>
        <translation>Ganti kunci &amp;pemulihan…</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>Jejak &amp;audit…</translation>
    </message>
    <message>
        <source>&amp;Due for Destruction…</source>
        <translation>&amp;Sudah waktunya dimusnahkan…</translation>
    </message>
    <message>
        <source>New &amp;School Year…</source>
        <translation>Tahun ajaran &amp;baru…</translation>
    </message>
    <message>
        <source>Every class moves up; the last class graduates and its cases close</source>
        <translation>Semua kelas naik; kelas terakhir lulus dan kasusnya ditutup</translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation>B&amp;rankas</translation>
    </message>
    <message>
        <source>Replace the Recovery Key</source>
        <translation>Ganti kunci pemulihan</translation>
    </message>
    <message>
        <source>A new recovery key is made and shown once; the old one stops opening the vault. Do this if the old key may have been seen or lost. Backups made before today still open with the old key.</source>
        <translation>Kunci pemulihan baru akan dibuat dan ditampilkan satu kali; kunci lama tidak lagi dapat membuka brankas. Lakukan ini jika kunci lama mungkin sudah dilihat orang lain atau hilang. Cadangan yang dibuat sebelum hari ini tetap dibuka dengan kunci lama.</translation>
    </message>
    <message>
        <source>Make a New Key</source>
        <translation>Buat kunci baru</translation>
    </message>
    <message>
        <source>Makes a new recovery key and shows it once; the old key stops opening the vault.</source>
        <translation>Membuat kunci pemulihan baru dan menampilkannya sekali; kunci lama tidak dapat membuka brankas lagi.</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Membuat kunci pemulihan baru…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Frasa sandi sudah diganti.</translation>
    </message>
    <message>
        <source>Key settings strengthened: Argon2id t={t}, m={m} KiB, p={p}.</source>
        <translation>Pengaturan kunci diperkuat: Argon2id t={t}, m={m} KiB, p={p}.</translation>
    </message>
    <message>
        <source>Key file added: the vault now needs it to open.</source>
        <translation>Berkas kunci ditambahkan: brankas kini memerlukan berkas ini untuk dibuka.</translation>
    </message>
    <message>
        <source>Key file removed: the passphrase alone opens the vault.</source>
        <translation>Berkas kunci dilepas: brankas kini dapat dibuka hanya dengan frasa sandi.</translation>
    </message>
    <message>
        <source>Back up the vault to</source>
        <translation>Cadangkan brankas ke</translation>
    </message>
    <message>
        <source>Counsel Desk backups (*{suffix})</source>
        <translation>Cadangan Counsel Desk (*{suffix})</translation>
    </message>
    <message>
        <source>Backup saved: {name} ({size}).</source>
        <translation>Cadangan tersimpan: {name} ({size}).</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>The open vault is locked first (and backed up, if automatic backups are on). The backup becomes a new vault beside it. Go on?</source>
        <translation>Brankas yang sedang terbuka akan dikunci terlebih dahulu (dan dicadangkan, jika pencadangan otomatis aktif). Cadangan akan menjadi brankas baru di sampingnya. Lanjutkan?</translation>
    </message>
    <message>
        <source>The backup was checked and restored; this is the restored vault.</source>
        <translation>Cadangan sudah diperiksa dan dipulihkan; ini adalah brankas hasil pemulihan.</translation>
    </message>
    <message>
        <source>The vault was moved to {folder} and checked; its copy in the synced folder was removed. The old folder {old} holds other files too: they were left there.</source>
        <translation>Brankas dipindahkan ke {folder} dan sudah diperiksa; salinannya di folder yang disinkronkan sudah dihapus. Folder lama {old} juga berisi berkas lain: berkas itu dibiarkan di sana.</translation>
    </message>
    <message>
        <source>The vault was moved to {folder} and checked; the copy in the synced folder was removed.</source>
        <translation>Brankas dipindahkan ke {folder} dan sudah diperiksa; salinan di folder yang disinkronkan sudah dihapus.</translation>
    </message>
    <message>
        <source>The new school year has started: the classes moved up.</source>
        <translation>Tahun ajaran baru sudah dimulai: kelas-kelas sudah naik.</translation>
    </message>
    <message>
        <source>Vault opened with the recovery key. Your new passphrase is set, and the vault's key was changed: the old recovery key no longer works.</source>
        <translation>Brankas dibuka dengan kunci pemulihan. Frasa sandi baru Anda sudah diatur, dan kunci enkripsi brankas diganti: kunci pemulihan lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>The passphrase and the vault's key were changed. Backups made before now still open with the old passphrase: make a new backup and delete the old ones if the old passphrase may have been seen.</source>
        <translation>Frasa sandi dan kunci enkripsi brankas telah diganti. Cadangan yang dibuat sebelumnya tetap dapat dibuka dengan frasa sandi lama: buat cadangan baru dan hapus cadangan lama jika frasa sandi lama mungkin pernah terlihat orang lain.</translation>
    </message>
</context>
<context>
    <name>VaultErrors</name>
    <message>
        <source>{name} is not a regular file: a key file is an ordinary file.</source>
        <translation>{name} bukan berkas biasa: berkas kunci adalah berkas biasa.</translation>
    </message>
    <message>
        <source>The key file cannot be read: {reason}.</source>
        <translation>Berkas kunci tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>A key file must hold between 1 byte and 1 MiB.</source>
        <translation>Ukuran berkas kunci harus antara 1 byte dan 1 MiB.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name for the key file.</source>
        <translation>{path} sudah ada; pilih nama baru untuk berkas kunci.</translation>
    </message>
    <message>
        <source>The key file cannot be written: {reason}.</source>
        <translation>Berkas kunci tidak dapat ditulis: {reason}.</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check the keyboard layout and Caps Lock.</source>
        <translation>Frasa sandi salah. Periksa tata letak keyboard dan Caps Lock.</translation>
    </message>
    <message>
        <source>The passphrase or the key file is not correct. Check both: the key file must be the very file chosen when it was added.</source>
        <translation>Frasa sandi atau berkas kunci salah. Periksa keduanya: berkas kunci harus persis berkas yang dipilih saat berkas itu ditambahkan.</translation>
    </message>
    <message>
        <source>The recovery key is not correct. Check each group of four characters.</source>
        <translation>Kunci pemulihan salah. Periksa setiap kelompok empat karakter.</translation>
    </message>
    <message>
        <source>This vault also needs its key file. Choose the key file to unlock.</source>
        <translation>Brankas ini juga memerlukan berkas kuncinya. Pilih berkas kunci untuk membukanya.</translation>
    </message>
    <message>
        <source>This vault needs no key file, yet one was given. If you did not remove the key file yourself, its vault.json may have been replaced by an older copy. Unlock without the key file only if you removed it.</source>
        <translation>Brankas ini tidak memerlukan berkas kunci, tetapi ada berkas kunci yang diberikan. Jika Anda tidak melepas berkas kunci sendiri, vault.json brankas ini mungkin telah diganti dengan salinan yang lebih lama. Buka brankas tanpa berkas kunci hanya jika Anda sendiri yang melepasnya.</translation>
    </message>
    <message>
        <source>{path} is not a Counsel Desk vault.</source>
        <translation>{path} bukan brankas Counsel Desk.</translation>
    </message>
    <message>
        <source>There is no folder {path}. If the vault is on a USB drive or a network share, connect it and try again; nothing was changed.</source>
        <translation>Folder {path} tidak ada. Jika brankas berada di flashdisk USB atau folder jaringan, sambungkan lalu coba lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder for the vault.</source>
        <translation>{path} sudah ada dan tidak kosong; pilih folder baru untuk brankas.</translation>
    </message>
    <message>
        <source>This vault was made by a newer Counsel Desk (schema {found}; this version knows up to {supported}). Update Counsel Desk to open it.</source>
        <translation>Brankas ini dibuat oleh Counsel Desk versi yang lebih baru (skema {found}; versi ini hanya mengenal sampai {supported}). Perbarui Counsel Desk untuk membukanya.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Brankas terkunci.</translation>
    </message>
    <message>
        <source>The vault's key file ({file}) is damaged: {why}. Restore the vault from a backup.</source>
        <translation>Berkas kunci brankas ({file}) rusak: {why}. Pulihkan brankas dari cadangan.</translation>
    </message>
    <message>
        <source>Could not write the vault's header file (vault.json): {reason}. Nothing was changed.</source>
        <translation>Berkas kepala brankas (vault.json) tidak dapat ditulis: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The vault's key settings are damaged or unsafe ({why}); restore the vault from a backup.</source>
        <translation>Pengaturan kunci brankas rusak atau tidak aman ({why}); pulihkan brankas dari cadangan.</translation>
    </message>
    <message>
        <source>The vault's key salt is damaged.</source>
        <translation>Salt kunci brankas rusak.</translation>
    </message>
    <message>
        <source>The disk that holds the vault is full ({detail}). The records are not damaged and nothing of this change was saved. Free some space on that disk and try again.</source>
        <translation>Disk tempat brankas berada penuh ({detail}). Berkas kasus tidak rusak dan tidak ada bagian dari perubahan ini yang disimpan. Kosongkan sebagian ruang di disk itu lalu coba lagi.</translation>
    </message>
    <message>
        <source>The vault's folder or disk is read-only ({detail}). The records are not damaged. Make the disk writable (for a USB stick, its write-protect switch), or copy the vault folder to a writable disk and open the copy.</source>
        <translation>Folder atau disk brankas hanya-baca ({detail}). Berkas kasus tidak rusak. Jadikan disk itu dapat ditulisi (untuk flashdisk USB, sakelar pelindung tulisnya), atau salin folder brankas ke disk yang dapat ditulisi lalu buka salinannya.</translation>
    </message>
    <message>
        <source>The disk that holds the vault cannot be reached ({detail}): it may have been removed or disconnected. Reconnect the drive and open the vault again.</source>
        <translation>Disk tempat brankas berada tidak dapat dijangkau ({detail}): mungkin telah dicabut atau terputus. Sambungkan kembali drive itu lalu buka brankas lagi.</translation>
    </message>
    <message>
        <source>Another program is using the vault right now ({detail}), perhaps another Counsel Desk window. Close the other window and try again.</source>
        <translation>Program lain sedang memakai brankas ini ({detail}), mungkin jendela Counsel Desk yang lain. Tutup jendela lain itu lalu coba lagi.</translation>
    </message>
    <message>
        <source>The vault's database is damaged or was altered ({detail}). Restore it from a backup.</source>
        <translation>Basis data brankas rusak atau telah diubah ({detail}). Pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The vault could not read or write its files ({detail}). Nothing of this change was saved; try again.</source>
        <translation>Brankas tidak dapat membaca atau menulis file-nya ({detail}). Tidak ada bagian dari perubahan ini yang disimpan; coba lagi.</translation>
    </message>
    <message>
        <source>The disk chosen for the new vault is full ({detail}). No vault was made there. Free some space on that disk, or choose a folder on another disk.</source>
        <translation>Disk yang dipilih untuk brankas baru penuh ({detail}). Tidak ada brankas yang dibuat di sana. Kosongkan sebagian ruang di disk itu, atau pilih folder di disk lain.</translation>
    </message>
    <message>
        <source>The folder chosen for the new vault is read-only ({detail}). No vault was made there. Choose a folder you can write to.</source>
        <translation>Folder yang dipilih untuk brankas baru hanya-baca ({detail}). Tidak ada brankas yang dibuat di sana. Pilih folder yang dapat ditulisi.</translation>
    </message>
    <message>
        <source>encrypted pages fail their check: {detail}</source>
        <translation>halaman terenkripsi gagal diperiksa: {detail}</translation>
    </message>
    <message>
        <source>database structure is damaged: {detail}</source>
        <translation>struktur basis data rusak: {detail}</translation>
    </message>
    <message>
        <source>records point to missing records</source>
        <translation>ada data yang merujuk ke data yang tidak ada</translation>
    </message>
    <message>
        <source>unreadable: {detail}</source>
        <translation>tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>the audit trail head recorded in the vault's key file was altered</source>
        <translation>ujung jejak audit yang tercatat di berkas kunci brankas telah diubah</translation>
    </message>
    <message>
        <source>The vault's database was altered: the part that keeps the newest entry of its audit trail is older than the trail itself, as when part of the file is copied back from an older state (a rollback). Nothing was changed. Restore the vault from a backup, and keep this copy for an investigation.</source>
        <translation>Basis data brankas telah diubah: bagian yang menyimpan entri terbaru jejak auditnya lebih lama daripada jejak itu sendiri, seperti ketika sebagian berkas disalin kembali dari keadaan lama (rollback). Tidak ada yang diubah. Pulihkan brankas dari cadangan, dan simpan salinan ini untuk penyelidikan.</translation>
    </message>
    <message>
        <source>the database has no record of its own state although {file} records one: it may have been copied back from an older state (a rollback).</source>
        <translation>basis data tidak memuat catatan keadaannya sendiri, padahal {file} mencatatnya: basis data mungkin disalin kembali dari keadaan lama (rollback).</translation>
    </message>
    <message>
        <source>the vault's record of its own state was altered</source>
        <translation>catatan brankas tentang keadaannya sendiri telah diubah</translation>
    </message>
    <message>
        <source>the vault's record of its own state is from another moment than its audit trail: parts of the database may have been copied back from an older state (a rollback).</source>
        <translation>catatan brankas tentang keadaannya sendiri berasal dari saat yang lain daripada jejak auditnya: sebagian basis data mungkin disalin kembali dari keadaan lama (rollback).</translation>
    </message>
    <message>
        <source>the record state kept in the vault's key file was altered</source>
        <translation>keadaan data yang tersimpan di berkas kunci brankas telah diubah</translation>
    </message>
    <message>
        <source>the records are older than the vault's key file: {file} records change {seq} as the newest at the last lock, but the database is at change {found}. It may have been copied back from an older state (a rollback): recent changes may be missing or undone.</source>
        <translation>data lebih lama daripada berkas kunci brankas: {file} mencatat perubahan {seq} sebagai yang terbaru saat brankas terakhir dikunci, tetapi basis data baru sampai perubahan {found}. Basis data mungkin disalin kembali dari keadaan lama (rollback): perubahan terbaru mungkin hilang atau dibatalkan.</translation>
    </message>
    <message>
        <source>this vault is older than this computer last saw it: audit entry {seq} was the newest when it was last used here, but the vault does not hold it. Its files may have been copied back from an older state (a rollback): recent changes may be missing or undone.</source>
        <translation>brankas ini lebih lama daripada yang terakhir dilihat komputer ini: entri audit {seq} adalah yang terbaru saat brankas terakhir dipakai di sini, tetapi brankas tidak memuatnya. Berkasnya mungkin disalin kembali dari keadaan lama (rollback): perubahan terbaru mungkin hilang atau dibatalkan.</translation>
    </message>
    <message>
        <source>{file} has lost its record of the newest change although the database says it had one: the key file was edited, and the database may have been copied back from an older state (a rollback): recent changes may be missing or undone.</source>
        <translation>{file} kehilangan catatan perubahan terbarunya, padahal basis data menyatakan pernah ada: berkas kunci telah diubah, dan basis data mungkin disalin kembali dari keadaan lama (rollback): perubahan terbaru mungkin hilang atau terbatalkan.</translation>
    </message>
    <message>
        <source>the database is older than its key file: {file} records audit entry {seq} as the newest at the last lock, but the database does not hold it. It may have been copied back from an older state (a rollback): recent changes may be missing or undone.</source>
        <translation>basis data lebih lama daripada berkas kuncinya: {file} mencatat entri audit {seq} sebagai yang terbaru saat brankas terakhir dikunci, tetapi basis data tidak memuatnya. Basis data mungkin disalin kembali dari keadaan lama (rollback): perubahan terbaru mungkin hilang atau dibatalkan.</translation>
    </message>
    <message>
        <source>{file} (where this computer remembers the vaults it opened, to notice an older copy put back) is damaged or unreadable ({reason}); it is ignored and written again at the next lock</source>
        <translation>{file} (tempat komputer ini mengingat brankas yang pernah dibuka, untuk mengenali salinan lama yang dikembalikan) rusak atau tidak dapat dibaca ({reason}); berkas ini diabaikan dan ditulis ulang saat brankas dikunci berikutnya</translation>
    </message>
    <message>
        <source>{file} (where this computer remembers the vaults it opened, to notice an older copy put back) could not be written ({reason}); an older copy put back may go unnoticed here</source>
        <translation>{file} (tempat komputer ini mengingat brankas yang pernah dibuka, untuk mengenali salinan lama yang dikembalikan) tidak dapat ditulis ({reason}); salinan lama yang dikembalikan mungkin tidak dikenali di komputer ini</translation>
    </message>
    <message>
        <source>these records do not match the vault's own record of them: {kinds}. Parts of the database may have been copied back from an older state (a rollback): they may show an older version than the audit trail records.</source>
        <translation>data berikut tidak cocok dengan catatan brankas tentang data itu: {kinds}. Sebagian basis data mungkin disalin kembali dari keadaan lama (rollback): data itu mungkin menunjukkan versi yang lebih lama daripada yang tercatat di jejak audit.</translation>
    </message>
</context>
<context>
    <name>VaultMove</name>
    <message>
        <source>{folder} is a symbolic link: choose a real folder. Nothing was moved.</source>
        <translation>{folder} adalah tautan simbolis: pilih folder yang sebenarnya. Tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <source>{folder} is the vault's own folder or inside it: choose a folder elsewhere. Nothing was moved.</source>
        <translation>{folder} adalah folder brankas itu sendiri atau ada di dalamnya: pilih folder di tempat lain. Tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <source>{folder} is the top of a drive: make a folder on it for the vault (for example Counsel Desk) and choose that folder. Nothing was moved.</source>
        <translation>{folder} adalah bagian teratas sebuah drive: buat folder di dalamnya untuk brankas (misalnya Counsel Desk) lalu pilih folder itu. Tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <source>The disk of {folder} has {free} MB free; the vault needs {needed} MB. Choose a folder on another disk or free some space. Nothing was moved.</source>
        <translation>Disk {folder} hanya memiliki {free} MB ruang kosong; brankas memerlukan {needed} MB. Pilih folder di disk lain atau kosongkan sebagian ruangnya. Tidak ada yang dipindahkan.</translation>
    </message>
    <message>
        <source>The vault could not be moved: {problem} The vault stays where it was, unchanged; unlock it there again.</source>
        <translation>Brankas tidak dapat dipindahkan: {problem} Brankas tetap di tempat semula, tidak berubah; buka brankas lagi di sana.</translation>
    </message>
    <message>
        <source>The vault could not be moved: {problem} The vault stays where it was, open and unchanged.</source>
        <translation>Brankas tidak dapat dipindahkan: {problem} Brankas tetap di tempat semula, terbuka dan tidak berubah.</translation>
    </message>
    <message>
        <source>The copy in the new folder did not come out the same as the vault (its disk may be failing). The copy was removed; the vault stays where it was, unchanged.</source>
        <translation>Salinan di folder baru tidak sama dengan brankas (disknya mungkin bermasalah). Salinan itu sudah dihapus; brankas tetap di tempat semula, tidak berubah.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>Unlocked · auto-lock after {minutes} min idle</source>
        <translation>Terbuka · kunci otomatis setelah {minutes} menit tanpa aktivitas</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Warning: {problem} If you did not put an older copy back yourself, restore your newest backup.</source>
        <translation>Peringatan: {problem} Jika bukan Anda sendiri yang mengembalikan salinan lama, pulihkan cadangan terbaru Anda.</translation>
    </message>
    <message>
        <source>This vault is on a read-only disk: it opened read-only and nothing can be saved. Exports to a writable folder still work.</source>
        <translation>Brankas ini berada di disk hanya-baca: brankas dibuka hanya-baca dan tidak ada yang dapat disimpan. Ekspor ke folder yang dapat ditulisi tetap berfungsi.</translation>
    </message>
    <message>
        <source>The disk that holds the vault is full: reading works, but nothing can be saved until you free some space on it.</source>
        <translation>Disk tempat brankas berada penuh: membaca tetap bisa, tetapi tidak ada yang dapat disimpan sampai Anda mengosongkan sebagian ruang di disk itu.</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Brankas terbuka.</translation>
    </message>
    <message>
        <source>Unsaved changes that could not be saved were discarded.</source>
        <translation>Perubahan yang belum tersimpan dan tidak dapat disimpan telah dibuang.</translation>
    </message>
    <message>
        <source>The note you were writing could not be saved (the disk is full). Its text is kept, encrypted, in memory only: unlock the vault again to go on with it; it is saved as soon as there is space. Quitting Counsel Desk before that loses it.</source>
        <translation>Catatan yang sedang Anda tulis tidak dapat disimpan (disk penuh). Teksnya disimpan dalam bentuk terenkripsi, hanya di memori: buka brankas lagi untuk melanjutkannya; catatan itu disimpan begitu ada ruang. Jika Anda menutup Counsel Desk sebelum itu, teksnya hilang.</translation>
    </message>
    <message>
        <source>A note that could not be saved was discarded.</source>
        <translation>Catatan yang tidak dapat disimpan telah dibuang.</translation>
    </message>
    <message>
        <source>Vault locked. Backing up…</source>
        <translation>Brankas terkunci. Mencadangkan…</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Pencadangan otomatis gagal: {reason}</translation>
    </message>
    <message>
        <source>Vault locked. The automatic backup failed.</source>
        <translation>Brankas terkunci. Pencadangan otomatis gagal.</translation>
    </message>
    <message>
        <source>Vault locked. Backed up automatically.</source>
        <translation>Brankas terkunci. Cadangan otomatis sudah dibuat.</translation>
    </message>
    <message>
        <source>Vault locked.</source>
        <translation>Brankas terkunci.</translation>
    </message>
    <message>
        <source>The vault locked because the computer went to sleep.</source>
        <translation>Brankas terkunci karena komputer masuk mode tidur.</translation>
    </message>
    <message>
        <source>The vault locked because the screen was locked.</source>
        <translation>Brankas terkunci karena layar dikunci.</translation>
    </message>
    <message>
        <source>The vault locked itself after {minutes} min without activity.</source>
        <translation>Brankas terkunci sendiri setelah {minutes} menit tanpa aktivitas.</translation>
    </message>
    <message>
        <source>The client's record was reloaded from the vault; changes on screen that were not saved were discarded.</source>
        <translation>Berkas kasus konseli dimuat ulang dari brankas; perubahan di layar yang belum disimpan dibuang.</translation>
    </message>
    <message>
        <source>The client's record was reloaded from the vault.</source>
        <translation>Berkas kasus konseli dimuat ulang dari brankas.</translation>
    </message>
    <message>
        <source>Changes on screen that were not saved were discarded.</source>
        <translation>Perubahan di layar yang belum disimpan dibuang.</translation>
    </message>
    <message>
        <source>This client's record could not be shown; the Today view is shown instead.</source>
        <translation>Berkas kasus konseli ini tidak dapat ditampilkan; tampilan Hari ini yang ditampilkan.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Tatap muka</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Obrolan</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultasi</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Persetujuan konseling (informed consent)</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>Persetujuan orang tua/wali</translation>
    </message>
    <message>
        <source>Online counseling</source>
        <translation>Konseling daring</translation>
    </message>
    <message>
        <source>Release of information</source>
        <translation>Izin pengungkapan informasi</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisi</translation>
    </message>
    <message>
        <source>Student's assent</source>
        <translation>Persetujuan siswa (assent)</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Konseli</translation>
    </message>
    <message>
        <source>A parent or guardian</source>
        <translation>Orang tua/wali</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Orang lain</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Progress note (record)</source>
        <translation>Catatan perkembangan (catatan resmi)</translation>
    </message>
    <message>
        <source>Private process note</source>
        <translation>Catatan pribadi konselor</translation>
    </message>
    <message>
        <source>Sole-possession note</source>
        <translation>Catatan pengingat pribadi</translation>
    </message>
    <message>
        <source>Seen on video</source>
        <translation>Dilihat melalui video</translation>
    </message>
    <message>
        <source>Agreed code word</source>
        <translation>Kata kode yang disepakati</translation>
    </message>
    <message>
        <source>School account</source>
        <translation>Akun sekolah</translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation>Lainnya (lihat catatan)</translation>
    </message>
    <message>
        <source>Made sure the student is safe right now</source>
        <translation>Memastikan siswa aman saat ini</translation>
    </message>
    <message>
        <source>Contacted the parent or guardian (unless they are the risk)</source>
        <translation>Menghubungi orang tua/wali (kecuali mereka sumber risikonya)</translation>
    </message>
    <message>
        <source>Warned the person at risk</source>
        <translation>Memperingatkan pihak yang terancam</translation>
    </message>
    <message>
        <source>Informed the principal</source>
        <translation>Memberi tahu kepala sekolah</translation>
    </message>
    <message>
        <source>Reported to child protection (UPTD PPA) or the police</source>
        <translation>Melapor ke layanan perlindungan anak (UPTD PPA) atau polisi</translation>
    </message>
    <message>
        <source>Referred to a health or mental-health service</source>
        <translation>Alih tangan kasus ke layanan kesehatan atau kesehatan jiwa</translation>
    </message>
    <message>
        <source>Consulted a supervisor or colleague</source>
        <translation>Berkonsultasi dengan supervisor atau rekan sejawat</translation>
    </message>
    <message>
        <source>Typed name</source>
        <translation>Nama diketik</translation>
    </message>
    <message>
        <source>Drawn signature</source>
        <translation>Tanda tangan digambar</translation>
    </message>
    <message>
        <source>Scanned paper form</source>
        <translation>Formulir kertas yang dipindai</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Scanned form</source>
        <translation>Formulir yang dipindai</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>Sedang dibahas</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Tercapai</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Note not signed</source>
        <translation>Catatan belum ditandatangani</translation>
    </message>
    <message>
        <source>Consent expiring</source>
        <translation>Persetujuan akan berakhir</translation>
    </message>
    <message>
        <source>Risk review due</source>
        <translation>Waktunya tinjauan risiko</translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation>Waktunya tinjauan rencana</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Turning 18</source>
        <translation>Segera berusia 18 tahun</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Adult clinical</source>
        <translation>Klinis dewasa</translation>
    </message>
    <message>
        <source>Minor clinical</source>
        <translation>Klinis anak</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Atur sendiri</translation>
    </message>
    <message>
        <source>Basic service</source>
        <translation>Layanan dasar</translation>
    </message>
    <message>
        <source>Individual planning and specialisation</source>
        <translation>Peminatan dan perencanaan individual</translation>
    </message>
    <message>
        <source>Responsive service</source>
        <translation>Layanan responsif</translation>
    </message>
    <message>
        <source>System support</source>
        <translation>Dukungan sistem</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Pribadi</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sosial</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Belajar</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Karier</translation>
    </message>
    <message>
        <source>Individual counseling</source>
        <translation>Konseling individual</translation>
    </message>
    <message>
        <source>Group counseling</source>
        <translation>Konseling kelompok</translation>
    </message>
    <message>
        <source>Group guidance</source>
        <translation>Bimbingan kelompok</translation>
    </message>
    <message>
        <source>Classroom guidance</source>
        <translation>Bimbingan klasikal</translation>
    </message>
    <message>
        <source>Cross-class guidance</source>
        <translation>Bimbingan lintas kelas</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Kolaborasi</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Kunjungan rumah</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Konferensi kasus</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Alih tangan kasus</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Advokasi</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediasi</translation>
    </message>
    <message>
        <source>Direct: counseling</source>
        <translation>Langsung: konseling</translation>
    </message>
    <message>
        <source>Direct: instruction</source>
        <translation>Langsung: bimbingan (pembelajaran)</translation>
    </message>
    <message>
        <source>Direct: appraisal and advisement</source>
        <translation>Langsung: asesmen dan pemberian saran</translation>
    </message>
    <message>
        <source>Indirect: consultation and collaboration</source>
        <translation>Tidak langsung: konsultasi dan kolaborasi</translation>
    </message>
    <message>
        <source>Indirect: referral</source>
        <translation>Tidak langsung: alih tangan kasus</translation>
    </message>
    <message>
        <source>Program planning and school support</source>
        <translation>Perencanaan program dan dukungan sekolah</translation>
    </message>
    <message>
        <source>Non-counseling duty</source>
        <translation>Tugas di luar konseling</translation>
    </message>
    <message>
        <source>Parent meeting</source>
        <translation>Pertemuan orang tua</translation>
    </message>
    <message>
        <source>Staff consultation</source>
        <translation>Konsultasi dengan guru/staf</translation>
    </message>
    <message>
        <source>Program evaluation</source>
        <translation>Evaluasi program</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Masalah yang dihadapi</translation>
    </message>
    <message>
        <source>Assessment results</source>
        <translation>Hasil asesmen</translation>
    </message>
    <message>
        <source>Summary of sessions</source>
        <translation>Ringkasan sesi</translation>
    </message>
    <message>
        <source>The full record</source>
        <translation>Seluruh catatan</translation>
    </message>
    <message>
        <source>Full record</source>
        <translation>Catatan lengkap</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulir persetujuan</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Surat alih tangan kasus</translation>
    </message>
    <message>
        <source>Supervision summary</source>
        <translation>Ringkasan untuk supervisi</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psikolog</translation>
    </message>
    <message>
        <source>Puskesmas (community health centre)</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>UPTD PPA (child protection)</source>
        <translation>UPTD PPA (perlindungan anak)</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Sekolah lain</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Biasa</translation>
    </message>
    <message>
        <source>Within the week</source>
        <translation>Segera (dalam minggu ini)</translation>
    </message>
    <message>
        <source>Urgent: today</source>
        <translation>Sangat segera (hari ini)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Student seen</source>
        <translation>Siswa sudah ditangani</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Belum ada balasan</translation>
    </message>
    <message>
        <source>Reported to the school's violence prevention team (TPPK)</source>
        <translation>Melapor ke Tim Pencegahan dan Penanganan Kekerasan (TPPK) sekolah</translation>
    </message>
    <message>
        <source>From the paper form</source>
        <translation>Dari angket kertas</translation>
    </message>
    <message>
        <source>On this screen (kiosk)</source>
        <translation>Di layar ini (mode kios)</translation>
    </message>
    <message>
        <source>Reported to the regional task force (Satgas PPKSP)</source>
        <translation>Melapor ke Satuan Tugas PPKSP daerah</translation>
    </message>
    <message>
        <source>Counseling (client)</source>
        <translation>Konseling (konseli)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Paper slip</source>
        <translation>Kertas permintaan</translation>
    </message>
    <message>
        <source>WhatsApp message</source>
        <translation>Pesan WhatsApp</translation>
    </message>
    <message>
        <source>Referred by a teacher</source>
        <translation>Dirujuk oleh guru</translation>
    </message>
    <message>
        <source>Through a parent</source>
        <translation>Melalui orang tua/wali</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Sudah dijadwalkan</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Berkas kasus dibuka</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NISN</source>
        <translation>NISN</translation>
    </message>
    <message>
        <source>NIPD (school's student number)</source>
        <translation>NIPD (nomor induk sekolah)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender (L/P)</source>
        <translation>Jenis kelamin (L/P)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Place and date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <source>Class (rombel)</source>
        <translation>Kelas (rombel)</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation>Nama ayah</translation>
    </message>
    <message>
        <source>Mother's name</source>
        <translation>Nama ibu</translation>
    </message>
    <message>
        <source>Guardian's name</source>
        <translation>Nama wali (orang tua/wali)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Sudah ada di brankas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Tahun ajaran</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week of appointments</source>
        <translation>Jadwal janji temu seminggu</translation>
    </message>
    <message>
        <source>{count} appointments this week. Arrow keys choose one, Enter edits it; drag a block to move it.</source>
        <translation>{count} janji temu minggu ini. Tombol panah memilih, Enter mengubah; seret kotak untuk memindahkannya.</translation>
    </message>
    <message>
        <source>{day}, {start} to {end}: {title}, {status}</source>
        <translation>{day}, {start} sampai {end}: {title}, {status}</translation>
    </message>
    <message>
        <source>(overlaps another appointment)</source>
        <translation>(bertabrakan dengan janji temu lain)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Counsel Desk</source>
        <translation>Selamat datang di Counsel Desk</translation>
    </message>
    <message>
        <source>Your case records are kept in an encrypted vault on this computer. Choose where the vault lives and a passphrase that only you know.</source>
        <translation>Catatan kasus Anda disimpan dalam brankas terenkripsi di komputer ini. Pilih lokasi brankas dan frasa sandi yang hanya Anda ketahui.</translation>
    </message>
    <message>
        <source>The folder the new vault is made in; it must be new or empty.</source>
        <translation>Folder tempat brankas baru dibuat; folder itu harus baru atau kosong.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Opens a file window to choose the vault's folder.</source>
        <translation>Membuka jendela berkas untuk memilih folder brankas.</translation>
    </message>
    <message>
        <source>Choose the passphrase that opens the vault, a few unrelated words; the meter below says how strong it is. It cannot be recovered without the recovery key.</source>
        <translation>Pilih frasa sandi yang membuka brankas, beberapa kata yang tidak saling berhubungan; pengukur di bawahnya menunjukkan seberapa kuat. Frasa sandi tidak dapat dipulihkan tanpa kunci pemulihan.</translation>
    </message>
    <message>
        <source>Type the passphrase once more, to be sure of it.</source>
        <translation>Ketik frasa sandi sekali lagi, untuk memastikannya.</translation>
    </message>
    <message>
        <source>Vault folder:</source>
        <translation>Folder brankas:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Ulangi frasa sandi:</translation>
    </message>
    <message>
        <source>Nobody can open the vault without this passphrase or its recovery key, not even the makers of Counsel Desk. Whoever holds either can open it. Write the passphrase down and keep it somewhere safe.</source>
        <translation>Tidak ada yang dapat membuka brankas tanpa frasa sandi ini atau kunci pemulihannya, bahkan pembuat Counsel Desk pun tidak. Siapa pun yang memegang salah satunya dapat membukanya. Tuliskan frasa sandi ini dan simpan di tempat yang aman.</translation>
    </message>
    <message>
        <source>Open an Existing Vault…</source>
        <translation>Buka brankas yang sudah ada…</translation>
    </message>
    <message>
        <source>Chooses the folder of a vault you already have, instead of making one.</source>
        <translation>Memilih folder brankas yang sudah Anda miliki, alih-alih membuat yang baru.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Closes this window without making a vault.</source>
        <translation>Menutup jendela ini tanpa membuat brankas.</translation>
    </message>
    <message>
        <source>Create Vault</source>
        <translation>Buat brankas</translation>
    </message>
    <message>
        <source>Makes the encrypted vault in the folder and shows its recovery key.</source>
        <translation>Membuat brankas terenkripsi di folder itu dan menampilkan kunci pemulihannya.</translation>
    </message>
    <message>
        <source>Choose where to keep the vault</source>
        <translation>Pilih lokasi penyimpanan brankas</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Buka brankas yang sudah ada</translation>
    </message>
    <message>
        <source>That folder is not a Counsel Desk vault. Choose the vault's folder.</source>
        <translation>Folder itu bukan brankas Counsel Desk. Pilih folder brankas.</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose a new or empty folder.</source>
        <translation>Folder itu sudah berisi berkas. Pilih folder baru atau folder kosong.</translation>
    </message>
    <message>
        <source>Measuring this computer to choose strong key settings (Argon2id)…</source>
        <translation>Mengukur kemampuan komputer ini untuk memilih pengaturan kunci yang kuat (Argon2id)…</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Membuat brankas terenkripsi…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Client</source>
        <translation>Konseli &amp;baru</translation>
    </message>
    <message>
        <source>Add a new client to the caseload (Ctrl+N)</source>
        <translation>Tambahkan konseli baru ke daftar konseli (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the client's profile (Ctrl+S)</source>
        <translation>Simpan profil konseli (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close Case…</source>
        <translation>&amp;Tutup kasus…</translation>
    </message>
    <message>
        <source>Mark this client's case as closed</source>
        <translation>Tandai kasus konseli ini sebagai ditutup</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>What needs your attention today (Ctrl+D)</source>
        <translation>Hal yang perlu Anda perhatikan hari ini (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Search Notes and Profiles…</source>
        <translation>&amp;Cari catatan dan profil…</translation>
    </message>
    <message>
        <source>Search every note and profile (Ctrl+F)</source>
        <translation>Cari di semua catatan dan profil (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Filter Caseload</source>
        <translation>&amp;Saring daftar konseli</translation>
    </message>
    <message>
        <source>Filter the caseload (Ctrl+Shift+F)</source>
        <translation>Saring daftar konseli (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Privacy Mode</source>
        <translation>Mode &amp;privasi</translation>
    </message>
    <message>
        <source>Show case codes instead of names (Ctrl+Shift+P)</source>
        <translation>Tampilkan kode kasus, bukan nama (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci brankas</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Kunci brankas sekarang (Ctrl+L)</translation>
    </message>
    <message>
        <source>New &amp;Vault…</source>
        <translation>Brankas &amp;baru…</translation>
    </message>
    <message>
        <source>Create a new encrypted vault</source>
        <translation>Buat brankas terenkripsi baru</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;About Counsel Desk</source>
        <translation>&amp;Tentang Counsel Desk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>K&amp;eluar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Konseli</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Privacy On</source>
        <translation>Privasi aktif</translation>
    </message>
</context>
<context>
    <name>_FiguresPage</name>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>The chart's numbers, a row for each; a hidden count is marked.</source>
        <translation>Angka-angka grafik, satu baris untuk masing-masing; jumlah yang disembunyikan ditandai.</translation>
    </message>
</context>
<context>
    <name>_TablePage</name>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>The report's numbers, a row for each; a hidden count is marked.</source>
        <translation>Angka-angka laporan, satu baris untuk masing-masing; jumlah yang disembunyikan diberi tanda.</translation>
    </message>
</context>
</TS>
