<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>ApprovalView</name>
    <message>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Data di bawah sudah lengkap dan menunggu persetujuan Anda sebelum dikirim ke kota. Pilih satu atau beberapa baris (Ctrl atau Shift + klik), lalu setujui; tolak satu data dengan alasan agar operator memperbaikinya.</source>
        <translation>The entries below are complete and wait for your approval before they are sent to the city. Select one or more rows (Ctrl or Shift + click), then approve; reject one entry with a reason so the operator can correct it.</translation>
    </message>
    <message>
        <source>Buka data</source>
        <translation>Open entry</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Setujui yang dipilih</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <source>Setujui semua</source>
        <translation>Approve all</translation>
    </message>
    <message>
        <source>Setujui semua {n} data yang menunggu? Setelah disetujui, data ikut terkirim pada pengiriman berikutnya.</source>
        <translation>Approve all {n} waiting entries? Once approved, they go out with the next export.</translation>
    </message>
    <message>
        <source>Tolak data</source>
        <translation>Reject entry</translation>
    </message>
    <message>
        <source>Mengapa data {name} ditolak? Operator akan membaca alasan ini untuk memperbaikinya.</source>
        <translation>Why is the entry of {name} rejected? The operator reads this reason to correct it.</translation>
    </message>
    <message>
        <source>Menyetujui {n} data…</source>
        <translation>Approving {n} entries…</translation>
    </message>
    <message>
        <source>Tidak bisa</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Setujui yang dipilih ({n})</source>
        <translation>Approve selected ({n})</translation>
    </message>
    <message>
        <source>Setujui semua ({n})</source>
        <translation>Approve all ({n})</translation>
    </message>
    <message>
        <source>{n} data menunggu persetujuan</source>
        <translation>{n} entries waiting for approval</translation>
    </message>
</context>
<context>
    <name>BeneficiaryTableModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Tanggal lahir (HH-BB-TTTT)</source>
        <translation>Date of birth (DD-MM-YYYY)</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>L — Laki-laki</source>
        <translation>L — Male</translation>
    </message>
    <message>
        <source>P — Perempuan</source>
        <translation>P — Female</translation>
    </message>
    <message>
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — Jamsos Desktop</source>
        <translation>Sign in — Jamsos Desktop</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Masuk dengan akun Anda. Setiap perubahan data tercatat atas nama akun yang masuk.</source>
        <translation>Sign in with your account. Every change is recorded under the account that is signed in.</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Masuk dengan akun operator Anda.</source>
        <translation>Sign in with your operator account.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>mis. operator</source>
        <translation>e.g. operator</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Keluar aplikasi</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Ketik nama pengguna Anda.</source>
        <translation>Type your username.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Akun</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keluar aplikasi</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Ganti kata sandi saya…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Tentang Jamsos Desktop</source>
        <translation>About Jamsos Desktop</translation>
    </message>
    <message>
        <source>Akun operator</source>
        <translation>Operator accounts</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Kartu peserta</source>
        <translation>Participant cards</translation>
    </message>
    <message>
        <source>Di sini nanti: cetak kartu peserta (lembar A4 isi 10 atau satu kartu per halaman), pratinjau sebelum mencetak, cetak ulang kartu yang hilang, dan riwayat setiap cetakan.&lt;br&gt;&lt;br&gt;Bagian ini sedang disiapkan.</source>
        <translation>Coming here: print participant cards (A4 sheets of 10 or one card per page), preview before printing, reprint lost cards, and the history of every print.&lt;br&gt;&lt;br&gt;This part is being prepared.</translation>
    </message>
    <message>
        <source>Kirim Data</source>
        <translation>Send Data</translation>
    </message>
    <message>
        <source>Kirim data ke kota</source>
        <translation>Send data to the city</translation>
    </message>
    <message>
        <source>Di sini nanti: simpan perubahan yang sudah disetujui ke flashdisk sebagai berkas terenkripsi untuk Disnaker, baca tanda terima dari kota (nomor KPJ, data ganda, data ditolak), dan kirim lewat internet bila alamat hub sudah diatur.&lt;br&gt;&lt;br&gt;Bagian ini sedang disiapkan.</source>
        <translation>Coming here: save the approved changes to a USB stick as an encrypted file for Disnaker, read the city&apos;s receipt (KPJ numbers, duplicates, rejected entries), and send over the internet once a hub address is set.&lt;br&gt;&lt;br&gt;This part is being prepared.</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Di sini nanti: rekap peserta per RT/RW dan kategori beserta statusnya, iuran bulanan yang dibayar Pemerintah Kota, dan jejak audit (siapa mengubah apa dan kapan); cetak ke PDF atau simpan ke Excel.&lt;br&gt;&lt;br&gt;Bagian ini sedang disiapkan.</source>
        <translation>Coming here: participant recaps per RT/RW and category with their status, the monthly contribution paid by the city government, and the audit trail (who changed what and when); print to PDF or save to Excel.&lt;br&gt;&lt;br&gt;This part is being prepared.</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Layar dikunci karena tidak dipakai atau atas permintaan. Masuk lagi (boleh dengan akun lain) untuk melanjutkan; isian yang belum disimpan tetap ada.</source>
        <translation>The screen was locked after a period of inactivity or on request. Sign in again (another account is fine) to continue; anything not yet saved is still there.</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi baru:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Kata sandi tidak diganti</source>
        <translation>Password not changed</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Kata sandi baru berlaku mulai sekarang.</source>
        <translation>The new password applies from now on.</translation>
    </message>
    <message>
        <source>Tentang {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>{app} {version}
Pendaftaran peserta BPJS Ketenagakerjaan (JKK, JKM) yang dibiayai Pemerintah Kota Batam.
Data kantor: {folder}</source>
        <translation>{app} {version}
Registration of BPJS Ketenagakerjaan participants (JKK, JKM) funded by the Batam city government.
Office data: {folder}</translation>
    </message>
</context>
<context>
    <name>OfficeStatusBar</name>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Belum ada peserta</source>
        <translation>No participants yet</translation>
    </message>
    <message>
        <source>Antrean kirim: {n} perubahan</source>
        <translation>Send queue: {n} changes</translation>
    </message>
    <message>
        <source>{n} perubahan lagi menunggu persetujuan sebelum boleh dikirim.</source>
        <translation>{n} more changes wait for approval before they may be sent.</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Kirim terakhir: {when}</source>
        <translation>Last export: {when}</translation>
    </message>
    <message>
        <source>Luring (flashdisk)</source>
        <translation>Offline (USB stick)</translation>
    </message>
    <message>
        <source>Hub: belum diperiksa</source>
        <translation>Hub: not checked yet</translation>
    </message>
    <message>
        <source>Alamat hub kota belum diatur: data dikirim lewat flashdisk.</source>
        <translation>No city hub address set: data is sent on a USB stick.</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>OperatorsView</name>
    <message>
        <source>Setiap petugas memakai akunnya sendiri, sehingga jejak audit mencatat siapa mengubah apa. Akun yang dinonaktifkan tidak bisa masuk, tetapi riwayatnya tetap ada.</source>
        <translation>Every clerk uses their own account, so the audit trail records who changed what. A disabled account cannot sign in, but its history stays.</translation>
    </message>
    <message>
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>huruf kecil tanpa spasi, mis. siti.operator</source>
        <translation>lower case without spaces, e.g. siti.operator</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama: ketik ulang.</source>
        <translation>The two passwords differ: type them again.</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {name}:</source>
        <translation>New password for {name}:</translation>
    </message>
    <message>
        <source>Tidak bisa</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Peserta baru</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Identitas (sesuai KTP)</source>
        <translation>Identity (as on the ID card)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digit angka dari KTP</source>
        <translation>16 digits from the ID card</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>Family card number</translation>
    </message>
    <message>
        <source>16 digit dari Kartu Keluarga (bila ada)</source>
        <translation>16 digits from the family card (if any)</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>sesuai KTP</source>
        <translation>as on the ID card</translation>
    </message>
    <message>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Kelahiran</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>kota, mis. Batam</source>
        <translation>city, e.g. Batam</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>jalan, nomor rumah, perumahan</source>
        <translation>street, house number, estate</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>mis. 003</source>
        <translation>e.g. 003</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>mis. 012</source>
        <translation>e.g. 012</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Kategori peserta</source>
        <translation>Participant category</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>Decree number (SK)</translation>
    </message>
    <message>
        <source>nomor surat keputusan</source>
        <translation>number of the decree</translation>
    </message>
    <message>
        <source>Nama Posyandu</source>
        <translation>Posyandu name</translation>
    </message>
    <message>
        <source>Perusahaan aplikasi</source>
        <translation>Ride-hailing company</translation>
    </message>
    <message>
        <source>Nomor Kartu KUSUKA</source>
        <translation>KUSUKA card number</translation>
    </message>
    <message>
        <source>Kelompok Tani</source>
        <translation>Farmer group</translation>
    </message>
    <message>
        <source>Lokasi kerja</source>
        <translation>Work location</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>bila ada</source>
        <translation>if any</translation>
    </message>
    <message>
        <source>Pekerjaan dan program</source>
        <translation>Work and programmes</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Penghasilan per bulan</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>rupiah, mis. 1000000</source>
        <translation>rupiah, e.g. 1000000</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>JKK (kecelakaan kerja)</source>
        <translation>JKK (work accident)</translation>
    </message>
    <message>
        <source>JKM (kematian)</source>
        <translation>JKM (death)</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source>belum ada (diisi dari BPJS lewat kota)</source>
        <translation>none yet (filled in from BPJS via the city)</translation>
    </message>
    <message>
        <source>Ahli waris</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Orang yang menerima santunan bila peserta meninggal. Klik dua kali sel untuk mengisi.</source>
        <translation>The people who receive the benefit if the participant dies. Double-click a cell to fill it in.</translation>
    </message>
    <message>
        <source>Hapus ahli waris</source>
        <translation>Remove beneficiary</translation>
    </message>
    <message>
        <source>Tambah ahli waris</source>
        <translation>Add beneficiary</translation>
    </message>
    <message>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Kembali ke daftar</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ParticipantFormView</name>
    <message>
        <source>peserta ini</source>
        <translation>this participant</translation>
    </message>
    <message>
        <source>Tanggal lahir dan jenis kelamin diisi dari NIK: cocokkan dengan KTP.</source>
        <translation>Date of birth and sex were filled in from the NIK: compare them with the ID card.</translation>
    </message>
    <message>
        <source>Simpan dengan peringatan?</source>
        <translation>Save with warnings?</translation>
    </message>
    <message>
        <source>Periksa dulu:
{items}

Simpan juga?</source>
        <translation>Please check:
{items}

Save anyway?</translation>
    </message>
    <message>
        <source>Simpan juga</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Periksa lagi</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Belum tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Hapus peserta</source>
        <translation>Delete participant</translation>
    </message>
    <message>
        <source>Mengapa {name} dihapus? Data tidak hilang: tetap tersimpan dengan alasannya dan dikirim ke kota.</source>
        <translation>Why is {name} deleted? The data is not lost: it stays stored with the reason and is sent to the city.</translation>
    </message>
    <message>
        <source>Tidak dihapus</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>belum ada (diisi dari BPJS lewat kota)</source>
        <translation>none yet (filled in from BPJS via the city)</translation>
    </message>
    <message>
        <source>Peserta baru</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Data ini sudah dihapus ({reason}); hanya bisa dilihat.</source>
        <translation>This entry was deleted ({reason}); it can only be viewed.</translation>
    </message>
    <message>
        <source>Ditolak supervisor: {reason}. Perbaiki lalu simpan untuk diajukan lagi.</source>
        <translation>Rejected by the supervisor: {reason}. Correct it and save to submit it again.</translation>
    </message>
    <message>
        <source>Tersimpan. Status: {status}.</source>
        <translation>Saved. Status: {status}.</translation>
    </message>
    <message>
        <source>Belum bisa disimpan — periksa: {fields}</source>
        <translation>Cannot be saved yet — check: {fields}</translation>
    </message>
    <message>
        <source>{n} peringatan: Simpan akan meminta konfirmasi.</source>
        <translation>{n} warnings: Save will ask for confirmation.</translation>
    </message>
    <message>
        <source>Siap disimpan.</source>
        <translation>Ready to save.</translation>
    </message>
</context>
<context>
    <name>ParticipantListView</name>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Peserta baru</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Cari nama, NIK, nomor HP atau alamat…</source>
        <translation>Search name, NIK, mobile number or address…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Tampilkan yang dihapus</source>
        <translation>Show deleted</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Buka data</source>
        <translation>Open entry</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>{n} peserta ditemukan</source>
        <translation>{n} participants found</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <source> (dihapus)</source>
        <translation> (deleted)</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Data {what} sudah diubah tetapi belum disimpan. Simpan dulu?</source>
        <translation>The entry of {what} was changed but not saved. Save it first?</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Kembali ke isian</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tulis alasannya…</source>
        <translation>Write the reason…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>— pilih alasan —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <source>Pilih atau tulis alasannya dulu.</source>
        <translation>Choose or write the reason first.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Bahasa berganti setelah aplikasi dibuka ulang. Pilihan ini berlaku untuk komputer ini.</source>
        <translation>The language changes after the app is restarted. This choice applies to this computer.</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Perangkat</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Keamanan dan persetujuan</source>
        <translation>Security and approval</translation>
    </message>
    <message>
        <source>Kunci layar otomatis</source>
        <translation>Lock screen automatically</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>0 = tidak pernah mengunci otomatis.</source>
        <translation>0 = never lock automatically.</translation>
    </message>
    <message>
        <source>Masa berlaku kartu</source>
        <translation>Card validity</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Alamat hub kota</source>
        <translation>City hub address</translation>
    </message>
    <message>
        <source>kosong = kirim hanya lewat flashdisk</source>
        <translation>empty = send on a USB stick only</translation>
    </message>
    <message>
        <source>Data peserta harus disetujui supervisor (Lurah) sebelum dikirim</source>
        <translation>Participant entries must be approved by a supervisor (Lurah) before they are sent</translation>
    </message>
    <message>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang bisa mengubah pengaturan kantor.</source>
        <translation>Only a supervisor or an admin can change the office settings.</translation>
    </message>
    <message>
        <source>Pengaturan belum tersimpan</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Pengaturan awal Jamsos Desktop</source>
        <translation>Jamsos Desktop first set-up</translation>
    </message>
    <message>
        <source>Kelurahan kantor ini</source>
        <translation>This office&apos;s kelurahan</translation>
    </message>
    <message>
        <source>Pilih kelurahan tempat aplikasi ini dipakai. Daftar dikelompokkan per kecamatan; ketik untuk mencari.</source>
        <translation>Choose the kelurahan where this app is used. The list is grouped by kecamatan; type to search.</translation>
    </message>
    <message>
        <source>Cari kelurahan atau kecamatan…</source>
        <translation>Search kelurahan or kecamatan…</translation>
    </message>
    <message>
        <source>Belum ada kelurahan yang dipilih.</source>
        <translation>No kelurahan chosen yet.</translation>
    </message>
    <message>
        <source>Akun admin</source>
        <translation>Admin account</translation>
    </message>
    <message>
        <source>Akun admin mengelola operator dan pengaturan. Simpan kata sandinya di tempat yang aman.</source>
        <translation>The admin account manages operators and settings. Keep its password in a safe place.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>huruf kecil tanpa spasi, mis. admin</source>
        <translation>lower case without spaces, e.g. admin</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>nama yang tampil di aplikasi</source>
        <translation>the name shown in the app</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Data peserta baru harus disetujui supervisor (Lurah) sebelum dikirim</source>
        <translation>New participant entries must be approved by a supervisor (Lurah) before they are sent</translation>
    </message>
    <message>
        <source>Identitas perangkat</source>
        <translation>Device identity</translation>
    </message>
    <message>
        <source>Kantor sudah disiapkan. Perangkat ini mendapat kunci tanda tangan sendiri untuk mengirim data ke kota.</source>
        <translation>The office is set up. This device has its own signing key to send data to the city.</translation>
    </message>
    <message>
        <source>Sidik jari perangkat ini (sebutkan ke petugas Disnaker saat mendaftarkan perangkat):</source>
        <translation>This device&apos;s fingerprint (read it out to the Disnaker officer when the device is enrolled):</translation>
    </message>
    <message>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Siapkan kantor &gt;</source>
        <translation>Set up the office &gt;</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kecamatan {name}</source>
        <translation>Kecamatan {name}</translation>
    </message>
    <message>
        <source>Pilih dulu satu kelurahan dari daftar.</source>
        <translation>First choose a kelurahan from the list.</translation>
    </message>
    <message>
        <source>Dipilih: Kelurahan {name}</source>
        <translation>Chosen: Kelurahan {name}</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama: ketik ulang.</source>
        <translation>The two passwords differ: type them again.</translation>
    </message>
    <message>
        <source>ID perangkat: {id}</source>
        <translation>Device ID: {id}</translation>
    </message>
    <message>
        <source>{office} siap dipakai. Masuk dengan akun admin yang baru dibuat, lalu tambahkan akun operator di Pengaturan.</source>
        <translation>{office} is ready. Sign in with the admin account just created, then add operator accounts in Settings.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Menyiapkan kantor demo dengan peserta contoh…</source>
        <translation>Preparing a demo office with sample participants…</translation>
    </message>
    <message>
        <source>Periksa basis data</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Pemeriksaan basis data menemukan kerusakan. Jangan mengubah data dulu: minta admin memulihkan cadangan terakhir (folder backups di folder data).</source>
        <translation>The database check found damage. Do not change data yet: ask the admin to restore the latest backup (the backups folder in the data folder).</translation>
    </message>
    <message>
        <source>Akun demo: {accounts}</source>
        <translation>Demo accounts: {accounts}</translation>
    </message>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman. Tutup jendela ini dan coba lagi; bila terulang, hubungi petugas TI dan sebutkan berkas catatan:
{path}</source>
        <translation>An unexpected error occurred. Data already saved is safe. Close this window and try again; if it happens again, contact IT support and mention the log file:
{path}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Sudah dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Diterima kota</source>
        <translation>Accepted by the city</translation>
    </message>
    <message>
        <source>Aktif (KPJ ada)</source>
        <translation>Active (KPJ known)</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Ganda</source>
        <translation>Duplicate</translation>
    </message>
</context>
</TS>
