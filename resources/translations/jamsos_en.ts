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
        <source>Data di bawah sudah lengkap dan menunggu persetujuan Anda sebelum dikirim ke kota. Pilih satu baris untuk memeriksa rinciannya di sebelah kanan (NIK lengkap, tercatat di jejak audit). Pilih beberapa baris (Ctrl atau Shift + klik) untuk menyetujui atau menolak sekaligus; penolakan memakai satu alasan yang dibaca operator untuk memperbaikinya.</source>
        <translation>The entries below are complete and wait for your approval before they go to the city. Select one row to check its details on the right (full NIK, recorded in the audit trail). Select several rows (Ctrl or Shift + click) to approve or reject them together; a rejection carries one reason the operator reads to correct them.</translation>
    </message>
    <message>
        <source>Rincian data yang dipilih</source>
        <translation>Details of the selected entry</translation>
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
        <source>Setujui semua…</source>
        <translation>Approve all…</translation>
    </message>
    <message>
        <source>Setujui semua</source>
        <translation>Approve all</translation>
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
        <source>Tidak ada data yang menunggu persetujuan.
Data baru yang disimpan operator muncul di sini.</source>
        <translation>Nothing waits for approval.
New entries saved by operators appear here.</translation>
    </message>
    <message>
        <source>Setujui semua {n} data yang menunggu, termasuk yang belum Anda periksa? Setelah disetujui, data ikut terkirim pada pengiriman berikutnya.</source>
        <translation>Approve all {n} waiting entries, including those you have not checked? Once approved, they go out with the next sending.</translation>
    </message>
    <message>
        <source>Setujui {n} data</source>
        <translation>Approve {n} entries</translation>
    </message>
    <message>
        <source>Tolak {n} data ({names}) dengan satu alasan? Operator akan membaca alasan ini untuk memperbaikinya.</source>
        <translation>Reject {n} entries ({names}) with one reason? The operator reads this reason to correct them.</translation>
    </message>
    <message>
        <source>Menolak {n} data…</source>
        <translation>Rejecting {n} records…</translation>
    </message>
    <message>
        <source>Dibatalkan. Data yang sudah ditolak sebelum Batal tetap ditolak.</source>
        <translation>Cancelled. Records rejected before Cancel stay rejected.</translation>
    </message>
    <message>
        <source>{n} data ditolak dan dikembalikan ke operator dengan alasan: {reason}</source>
        <translation>{n} entries rejected and returned to the operator with the reason: {reason}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pilih satu baris untuk melihat rincian datanya.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a row to see its details.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{n} data dipilih.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{n} entries selected.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Menyetujui {n} data…</source>
        <translation>Approving {n} entries…</translation>
    </message>
    <message>
        <source>Dibatalkan. Data yang sudah disetujui sebelum Batal tetap disetujui.</source>
        <translation>Cancelled. Entries approved before Cancel stay approved.</translation>
    </message>
    <message>
        <source>{n} data disetujui; data itu ikut pada pengiriman berikutnya ke Disnaker.</source>
        <translation>{n} entries approved; they go out with the next sending to Disnaker.</translation>
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
        <source>Tolak ({n})…</source>
        <translation>Reject ({n})…</translation>
    </message>
    <message>
        <source>Setujui semua ({n})…</source>
        <translation>Approve all ({n})…</translation>
    </message>
    <message>
        <source>{n} data menunggu persetujuan</source>
        <translation>{n} entries waiting for approval</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Daftar baru</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Ubah data</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Hapus data</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Buka data</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Cetak kartu</source>
        <translation>Print card</translation>
    </message>
    <message>
        <source>Cetak ulang kartu</source>
        <translation>Reprint card</translation>
    </message>
    <message>
        <source>Terapkan tanda terima</source>
        <translation>Apply receipt</translation>
    </message>
    <message>
        <source>Impor berkas</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>Ekspor Excel</source>
        <translation>Excel export</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Aktifkan akun</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>Nonaktifkan akun</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Ubah pengaturan</source>
        <translation>Change setting</translation>
    </message>
    <message>
        <source>Pengaturan awal</source>
        <translation>First set-up</translation>
    </message>
    <message>
        <source>Buat cadangan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Simpan rekap</source>
        <translation>Save recap</translation>
    </message>
    <message>
        <source>persetujuan supervisor</source>
        <translation>supervisor approval</translation>
    </message>
    <message>
        <source>kunci layar otomatis</source>
        <translation>automatic screen lock</translation>
    </message>
    <message>
        <source>alamat Disnaker (internet)</source>
        <translation>Disnaker address (internet)</translation>
    </message>
    <message>
        <source>masa berlaku kartu</source>
        <translation>card validity</translation>
    </message>
    <message>
        <source>masa simpan data</source>
        <translation>data retention period</translation>
    </message>
    <message>
        <source>kontak PPDP di formulir</source>
        <translation>data protection contact on the form</translation>
    </message>
    <message>
        <source>Kirim berkas kiriman</source>
        <translation>Send a transfer file</translation>
    </message>
    <message>
        <source>Percayai Disnaker</source>
        <translation>Trust Disnaker</translation>
    </message>
    <message>
        <source>Laporan isi berkas kiriman</source>
        <translation>Transfer file contents report</translation>
    </message>
    <message>
        <source>Daftar baru (impor Excel)</source>
        <translation>New registration (Excel import)</translation>
    </message>
    <message>
        <source>Perbarui sandi tersimpan</source>
        <translation>Renew stored password</translation>
    </message>
    <message>
        <source>Cabut kartu</source>
        <translation>Revoke card</translation>
    </message>
    <message>
        <source>Konfirmasi tanda terima</source>
        <translation>Confirm receipt</translation>
    </message>
    <message>
        <source>Kirim lewat internet</source>
        <translation>Send over the internet</translation>
    </message>
    <message>
        <source>Simpan berkas pendaftaran perangkat</source>
        <translation>Save device enrolment file</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Jumlah data</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Dari nomor</source>
        <translation>From number</translation>
    </message>
    <message>
        <source>Sampai nomor</source>
        <translation>To number</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Ganda</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Nomor KPJ</source>
        <translation>KPJ numbers</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nomor seri kartu</source>
        <translation>Card serial</translation>
    </message>
    <message>
        <source>Cetak ulang ke</source>
        <translation>Reprint number</translation>
    </message>
    <message>
        <source>ID perangkat</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <source>Dipulihkan pada</source>
        <translation>Restored at</translation>
    </message>
    <message>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Baris kosong</source>
        <translation>Blank rows</translation>
    </message>
    <message>
        <source>Ditahan (terlalu banyak percobaan)</source>
        <translation>Held back (too many attempts)</translation>
    </message>
    <message>
        <source>Perubahan dinomori ulang</source>
        <translation>Changes renumbered</translation>
    </message>
    <message>
        <source>Kartu lama dicabut</source>
        <translation>Old card revoked</translation>
    </message>
    <message>
        <source>Cara penyimpanan</source>
        <translation>Storage scheme</translation>
    </message>
    <message>
        <source>Sementara</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Berkas kiriman</source>
        <translation>Transfer file</translation>
    </message>
    <message>
        <source>Disnaker</source>
        <translation>Disnaker</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Setiap pendaftaran, perubahan, cetak kartu, ekspor dan masuk/keluar tercatat di sini dan tidak bisa diubah tanpa ketahuan. Pilih satu baris untuk melihat rinciannya, misalnya isian yang diubah dari nilai lama ke nilai baru.</source>
        <translation>Every registration, change, card print, export and sign-in/out is recorded here and cannot be altered without it showing. Select a row to see its details, for example the fields changed from the old to the new value.</translation>
    </message>
    <message>
        <source>Saring</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>ID data</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>ID peserta (kosong = semua)</source>
        <translation>participant ID (empty = all)</translation>
    </message>
    <message>
        <source>Hanya tanggal tertentu</source>
        <translation>Only certain dates</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Terapkan saringan</source>
        <translation>Apply filters</translation>
    </message>
    <message>
        <source>‹ Sebelumnya</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Berikutnya ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Riwayat data ini</source>
        <translation>History of this record</translation>
    </message>
    <message>
        <source>Rincian peristiwa</source>
        <translation>Event details</translation>
    </message>
    <message>
        <source>Pilih satu baris di atas.</source>
        <translation>Select a row above.</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Periksa apakah basis data utuh dan jejak audit tidak diubah sejak dicatat.</source>
        <translation>Check that the database is intact and the audit trail has not been altered since it was recorded.</translation>
    </message>
    <message>
        <source>Periksa jejak audit</source>
        <translation>Check audit trail</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Memeriksa basis data dan jejak audit…</source>
        <translation>Checking the database and the audit trail…</translation>
    </message>
    <message>
        <source>Jejak audit diubah di luar aplikasi mulai peristiwa nomor {n}.
Jangan ubah data dulu: catat nomor itu dan laporkan ke admin dan Disnaker.</source>
        <translation>The audit trail was altered outside the app from event number {n} on.
Do not change data for now: write the number down and report it to the admin and Disnaker.</translation>
    </message>
    <message>
        <source>Ada yang tidak beres: minta admin memulihkan cadangan terakhir
(Pengaturan → Cadangan data).</source>
        <translation>Something is wrong: ask the admin to restore the latest backup
(Settings → Backups).</translation>
    </message>
    <message>
        <source>Halaman {page} · peristiwa {a}–{b} (terbaru di atas)</source>
        <translation>Page {page} · events {a}–{b} (newest first)</translation>
    </message>
    <message>
        <source>Tidak ada peristiwa yang cocok dengan saringan.</source>
        <translation>No event matches the filters.</translation>
    </message>
    <message>
        <source>Peristiwa nomor {id}, {at}, oleh {operator}</source>
        <translation>Event number {id}, {at}, by {operator}</translation>
    </message>
    <message>
        <source>Tindakan: {action} · Data: {subject}</source>
        <translation>Action: {action} · Record: {subject}</translation>
    </message>
    <message>
        <source>Rincian teknis: tindakan {action}, data {entity} {id}</source>
        <translation>Technical details: action {action}, record {entity} {id}</translation>
    </message>
    <message>
        <source>Semua operator</source>
        <translation>All operators</translation>
    </message>
    <message>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Disnaker tidak dapat dihubungi sekarang (internet putus, atau alamatnya di Pengaturan salah). Data tidak hilang: dikirim lagi otomatis, atau kirim lewat flashdisk.</source>
        <translation>Disnaker (city office) cannot be reached now (the internet is down, or its address in Settings is wrong). Nothing is lost: it is sent again automatically, or send it on a flash disk.</translation>
    </message>
    <message>
        <source>luring</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>terhubung</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>mengunggah</source>
        <translation>uploading</translation>
    </message>
    <message>
        <source>gagal, coba lagi dalam {n} menit</source>
        <translation>failed, trying again in {n} min</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <source>Buat cadangan</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>Simpan salinan seluruh data kantor ke flashdisk atau folder lain, misalnya setiap akhir pekan, dan simpan flashdisk itu di tempat aman. Aplikasi juga membuat cadangan otomatis setiap kali dibuka (folder backups di folder data).</source>
        <translation>Save a copy of all office data to a USB stick or another folder, for example every weekend, and keep that stick in a safe place. The app also makes an automatic backup each time it opens (the backups folder in the data folder).</translation>
    </message>
    <message>
        <source>Buat cadangan…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Mengganti SEMUA data kantor dengan isi berkas cadangan. Data yang ada sekarang disimpan dulu sebagai cadangan otomatis. Setelah pemulihan, aplikasi ditutup dan harus dibuka lagi.</source>
        <translation>Replaces ALL office data with the contents of a backup file. The current data is first kept as an automatic backup. After the restore the app closes and must be opened again.</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Belum pernah dibuat cadangan ke flashdisk dari kantor ini.</source>
        <translation>No backup to a USB stick has been made from this office yet.</translation>
    </message>
    <message>
        <source>Cadangan terakhir: {when} ({file}).</source>
        <translation>Last backup: {when} ({file}).</translation>
    </message>
    <message>
        <source>Sudah lebih dari seminggu: buat cadangan baru.</source>
        <translation>More than a week ago: make a new backup.</translation>
    </message>
    <message>
        <source>Cadangan otomatis terakhir (saat aplikasi dibuka): {when}.</source>
        <translation>Last automatic backup (when the app opened): {when}.</translation>
    </message>
    <message>
        <source>Hanya admin yang bisa memulihkan cadangan.</source>
        <translation>Only an admin can restore a backup.</translation>
    </message>
    <message>
        <source>Simpan cadangan data kantor di mana? Flashdisk yang terpasang ada di atas.</source>
        <translation>Where should the office backup go? Plugged-in USB sticks are listed first.</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <source>Cadangan Jamsos (*.sqlite);;Semua berkas (*)</source>
        <translation>Jamsos backup (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Semua data kantor akan diganti dengan isi {name}. Data yang ada sekarang disimpan dulu sebagai cadangan otomatis.

Simpan dulu isian yang sedang dibuka. Setelah pemulihan aplikasi ditutup dan harus dibuka lagi. Lanjutkan?</source>
        <translation>All office data will be replaced with the contents of {name}. The current data is first kept as an automatic backup.

Save any open form first. After the restore the app closes and must be opened again. Continue?</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Memulihkan cadangan…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Cadangan tersimpan: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <source>Cadangan tersimpan</source>
        <translation>Backup saved</translation>
    </message>
    <message>
        <source>Flashdisk terlepas atau penuh; cadangan belum tersimpan. Pasang lagi lalu ulangi.</source>
        <translation>The USB stick was removed or is full; the backup was not saved. Plug it in again and retry.</translation>
    </message>
    <message>
        <source>Cadangan belum tersimpan</source>
        <translation>Backup not saved</translation>
    </message>
    <message>
        <source>Cadangan {name} sudah dipulihkan. Data sebelum pemulihan disimpan di:
{safety}

Aplikasi sekarang ditutup. Buka lagi untuk melanjutkan.</source>
        <translation>Backup {name} has been restored. The data from before the restore is kept in:
{safety}

The app now closes. Open it again to continue.</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak bisa dibaca atau disalin: {why}. Data kantor tidak diubah.</source>
        <translation>The backup file could not be read or copied: {why}. The office data was not changed.</translation>
    </message>
    <message>
        <source>Cadangan tidak dipulihkan</source>
        <translation>Backup not restored</translation>
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
    <name>BreachView</name>
    <message>
        <source>Flashdisk, berkas cadangan atau komputer kantor hilang atau dicuri? UU PDP Pasal 46 mewajibkan pemberitahuan tertulis paling lambat 3 x 24 jam sejak diketahui. Pilih apa yang hilang: aplikasi menghitung data siapa saja yang terungkap dan menyiapkan surat untuk Disnaker, sudah bertanggal, beserta daftar orang yang terdampak.</source>
        <translation>A USB stick, a backup file or the office computer lost or stolen? Article 46 of the personal data law requires written notice within 3 x 24 hours of finding out. Choose what was lost: the app works out whose data was exposed and prepares a dated letter for Disnaker, with the list of the people affected.</translation>
    </message>
    <message>
        <source>Flashdisk berisi berkas kiriman</source>
        <translation>Flash disk with a transfer file</translation>
    </message>
    <message>
        <source>Berkas cadangan</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Komputer kantor</source>
        <translation>Office computer</translation>
    </message>
    <message>
        <source>Yang hilang</source>
        <translation>What was lost</translation>
    </message>
    <message>
        <source>Diketahui pada</source>
        <translation>Found out at</translation>
    </message>
    <message>
        <source>Apa yang terjadi</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Misalnya: tas berisi flashdisk tertinggal di angkot pukul 07.30.</source>
        <translation>For example: a bag with the USB stick was left on a minibus at 07.30.</translation>
    </message>
    <message>
        <source>Buat surat pemberitahuan…</source>
        <translation>Make the notification letter…</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang bisa membuat laporan kebocoran data.</source>
        <translation>Only a supervisor or admin can make a data breach report.</translation>
    </message>
    <message>
        <source>Seluruh data di komputer ini, cadangannya dan kunci perangkat</source>
        <translation>All data on this computer, its backups and the device key</translation>
    </message>
    <message>
        <source>Belum ada berkas kiriman atau cadangan seperti itu yang tercatat di kantor ini.</source>
        <translation>No transfer file or backup like that is recorded at this office.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data {people} peserta dan {heirs} ahli waris ({children} anak)&lt;/b&gt; terungkap. {crypt}&lt;br&gt;&lt;b&gt;Batas pemberitahuan: {deadline}&lt;/b&gt; (3 x 24 jam sejak diketahui).</source>
        <translation>&lt;b&gt;The data of {people} participants and {heirs} heirs ({children} children)&lt;/b&gt; was exposed. {crypt}&lt;br&gt;&lt;b&gt;Notification deadline: {deadline}&lt;/b&gt; (3 x 24 hours from finding out).</translation>
    </message>
    <message>
        <source>Isinya terenkripsi.</source>
        <translation>Its contents are encrypted.</translation>
    </message>
    <message>
        <source>Isinya tidak terenkripsi.</source>
        <translation>Its contents are not encrypted.</translation>
    </message>
    <message>
        <source>Simpan surat pemberitahuan</source>
        <translation>Save the notification letter</translation>
    </message>
    <message>
        <source>Simpan surat dan daftar orang terdampak di mana? Daftar itu berisi data pribadi: simpan di tempat aman.</source>
        <translation>Where should the letter and the list of people affected be saved? The list holds personal data: keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Menyiapkan surat…</source>
        <translation>Preparing the letter…</translation>
    </message>
    <message>
        <source>Surat pemberitahuan: {letter}
Daftar orang terdampak (rahasia): {people}
Cetak, tandatangani dan kirim ke Disnaker paling lambat {deadline}.</source>
        <translation>Notification letter: {letter}
List of people affected (confidential): {people}
Print, sign and send it to Disnaker by {deadline} at the latest.</translation>
    </message>
    <message>
        <source>Surat belum tersimpan</source>
        <translation>Letter not saved</translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message>
        <source>Diterapkan: {a} diterima, {r} ditolak, {d} ganda</source>
        <translation>Applied: {a} accepted, {r} rejected, {d} duplicate</translation>
    </message>
    <message>
        <source>Tanda terima sudah diterapkan</source>
        <translation>Receipt applied</translation>
    </message>
    <message>
        <source>Menunggu tanda terima</source>
        <translation>Waiting for a receipt</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Nomor urut</source>
        <translation>Change numbers</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Berkas {file}
Oleh {by}{where}
Rincian teknis: {id}, nomor {numbers}</source>
        <translation>File {file}
By {by}{where}
Technical details: {id}, numbers {numbers}</translation>
    </message>
    <message>
        <source>Tanda terima dari Disnaker</source>
        <translation>Receipt from Disnaker</translation>
    </message>
    <message>
        <source>Berkas kiriman</source>
        <translation>Transfer file</translation>
    </message>
</context>
<context>
    <name>CardHistory</name>
    <message>
        <source>Belum ada kartu yang diterbitkan di kantor ini.</source>
        <translation>No cards have been issued in this office yet.</translation>
    </message>
    <message>
        <source>Tidak ada kartu dengan nama atau nomor itu.</source>
        <translation>No card with that name or number.</translation>
    </message>
    <message>
        <source>{n} kartu terakhir</source>
        <translation>last {n} cards</translation>
    </message>
</context>
<context>
    <name>CardHistoryTableModel</name>
    <message>
        <source>Tidak aktif (peserta dihapus)</source>
        <translation>Not active (participant deleted)</translation>
    </message>
    <message>
        <source>Dicabut (diganti kartu baru)</source>
        <translation>Revoked (replaced by a new card)</translation>
    </message>
    <message>
        <source>Habis masa berlaku</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Berlaku (SEMENTARA)</source>
        <translation>Valid (PROVISIONAL)</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Nomor kartu</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Diterbitkan</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Cetak ke-</source>
        <translation>Print no.</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>CardOutput</name>
    <message>
        <source>Di jendela cetak berikutnya:</source>
        <translation>In the print window that follows:</translation>
    </message>
    <message>
        <source>• Skala 100% / &quot;Ukuran sebenarnya&quot; (Actual size).</source>
        <translation>• Scale 100% / &quot;Actual size&quot;.</translation>
    </message>
    <message>
        <source>• MATIKAN &quot;Sesuaikan dengan halaman&quot; / &quot;Fit to page&quot; / &quot;Shrink to fit&quot;. Pilihan itu mengecilkan kartu sehingga tidak lagi berukuran kartu (85,6 × 54 mm).</source>
        <translation>• Turn OFF &quot;Fit to page&quot; / &quot;Shrink to fit&quot;. It shrinks the cards so they are no longer card size (85.6 × 54 mm).</translation>
    </message>
    <message>
        <source>• Kertas A4, cetak bolak-balik (dua sisi) dengan balik pada sisi panjang (&quot;Long edge&quot; / &quot;Flip on long edge&quot;), agar bagian belakang pas di balik kartunya.</source>
        <translation>• A4 paper, two-sided, flipped on the long edge (&quot;Long edge&quot; / &quot;Flip on long edge&quot;), so each back lands behind its card.</translation>
    </message>
    <message>
        <source>• Pilih printer kartu PVC; ukuran kertasnya kartu (CR80).</source>
        <translation>• Choose the PVC card printer; its paper size is a card (CR80).</translation>
    </message>
    <message>
        <source>Sebelum mencetak</source>
        <translation>Before printing</translation>
    </message>
    <message>
        <source>Mengerti, lanjut</source>
        <translation>Understood, continue</translation>
    </message>
    <message>
        <source>Mengirim kartu ke printer…</source>
        <translation>Sending the cards to the printer…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pencetakan dibatalkan. Halaman yang sudah terkirim ke printer mungkin tetap tercetak.</source>
        <translation>Printing was cancelled. Pages already sent to the printer may still come out.</translation>
    </message>
    <message>
        <source>Tidak bisa mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>{pages} halaman dikirim ke printer.</source>
        <translation>{pages} pages sent to the printer.</translation>
    </message>
    <message>
        <source>Simpan kartu sebagai PDF</source>
        <translation>Save the cards as PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>PDF tidak tersimpan</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>PDF tersimpan</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>Kartu tersimpan di:
{path}

Saat mencetak dari program lain, pilih ukuran sebenarnya (100%), bukan &quot;Sesuaikan dengan halaman&quot;.</source>
        <translation>The cards were saved to:
{path}

When printing from another program, choose actual size (100%), not &quot;Fit to page&quot;.</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Kartu peserta</source>
        <translation>Participant cards</translation>
    </message>
    <message>
        <source>Pilih peserta yang sudah disetujui dan lihat contoh kartunya: contoh tidak memakai nomor kartu dan tidak tercatat. Terbitkan kartu bila sudah benar: setiap kartu mendapat nomor baru, tercatat di jejak audit, dan kartu lama peserta itu dicabut. Lalu cetak atau simpan sebagai PDF.</source>
        <translation>Choose approved participants and look at a specimen of their cards: a specimen uses no card number and is not recorded. Issue the cards when they are right: each card gets a new number, is recorded in the audit trail, and the participant&apos;s old card is revoked. Then print or save as PDF.</translation>
    </message>
    <message>
        <source>1. Pilih peserta</source>
        <translation>1. Choose participants</translation>
    </message>
    <message>
        <source>Cari nama, NIK, nomor HP atau alamat…</source>
        <translation>Search name, NIK, phone number or address…</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Status peserta</source>
        <translation>Participant status</translation>
    </message>
    <message>
        <source>Kategori peserta</source>
        <translation>Participant category</translation>
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
        <source>Semua yang tampil di daftar</source>
        <translation>Everyone shown in the list</translation>
    </message>
    <message>
        <source>2. Lihat contoh, terbitkan, cetak</source>
        <translation>2. Specimen, issue, print</translation>
    </message>
    <message>
        <source>Perbesaran</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Perkecil (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Perbesar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Selebar kotak</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Satu halaman selebar kotak pratinjau</source>
        <translation>One page as wide as the preview</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Ukuran di layar kira-kira ukuran cetak</source>
        <translation>On screen about the printed size</translation>
    </message>
    <message>
        <source>Tata letak</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Belum ada kartu. Pilih peserta di sebelah kiri lalu klik Lihat contoh.</source>
        <translation>No cards yet. Choose participants on the left, then click Specimen.</translation>
    </message>
    <message>
        <source>Lihat contoh</source>
        <translation>Specimen</translation>
    </message>
    <message>
        <source>Kartu contoh bertanda CONTOH: tidak memakai nomor kartu dan tidak tercatat.</source>
        <translation>Specimen cards marked CONTOH: no card number used, nothing recorded.</translation>
    </message>
    <message>
        <source>Terbitkan kartu…</source>
        <translation>Issue cards…</translation>
    </message>
    <message>
        <source>Kartu sungguhan: nomor kartu baru, tercatat, kartu lama peserta dicabut.</source>
        <translation>Real cards: new card numbers, recorded, the participant&apos;s old card revoked.</translation>
    </message>
    <message>
        <source>Cetak dengan skala 100% (ukuran sebenarnya), bukan “Sesuaikan dengan halaman”.</source>
        <translation>Print at 100% scale (actual size), not “Fit to page”.</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Kartu yang sudah diterbitkan</source>
        <translation>Cards issued</translation>
    </message>
    <message>
        <source>Cari nama atau nomor kartu…</source>
        <translation>Search a name or card number…</translation>
    </message>
    <message>
        <source>Periksa kartu</source>
        <translation>Check a card</translation>
    </message>
    <message>
        <source>Pindai kode QR kartu dengan alat pemindai, atau tempel kodenya di sini</source>
        <translation>Scan the card&apos;s QR code with a scanner, or paste its code here</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Belum ada peserta yang bisa dibuatkan kartu.
Kartu hanya untuk peserta yang sudah disetujui supervisor (halaman Persetujuan).</source>
        <translation>No participant can get a card yet.
Cards are only for participants a supervisor approved (Approval page).</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang cocok dengan saringan.</source>
        <translation>No participant matches the filters.</translation>
    </message>
    <message>
        <source>Menggambar contoh kartu…</source>
        <translation>Drawing specimen cards…</translation>
    </message>
    <message>
        <source>Terbitkan {n} kartu? Setiap kartu mendapat nomor baru dan tercatat di jejak audit.</source>
        <translation>Issue {n} cards? Each card gets a new number and is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>{n} dari peserta ini sudah punya kartu: kartu lama mereka DICABUT dan tidak berlaku lagi setelah kartu baru terbit.</source>
        <translation>{n} of these participants already have a card: their old cards are REVOKED and no longer valid once the new ones are issued.</translation>
    </message>
    <message>
        <source>Terbitkan kartu</source>
        <translation>Issue cards</translation>
    </message>
    <message>
        <source>Terbitkan {n} kartu</source>
        <translation>Issue {n} cards</translation>
    </message>
    <message>
        <source>Menerbitkan {n} kartu…</source>
        <translation>Issuing {n} cards…</translation>
    </message>
    <message>
        <source>CONTOH {n} kartu: belum diterbitkan, tanpa nomor kartu, tidak tercatat.</source>
        <translation>SPECIMEN of {n} cards: not issued, no card numbers, not recorded.</translation>
    </message>
    <message>
        <source>(Contoh {n} kartu pertama dari {total} yang dipilih.)</source>
        <translation>(Specimen of the first {n} of the {total} chosen.)</translation>
    </message>
    <message>
        <source>Bila sudah benar, klik Terbitkan kartu…</source>
        <translation>When it is right, click Issue cards…</translation>
    </message>
    <message>
        <source>{n} kartu terbit: {pages} halaman (depan dan belakang), nomor kartu {first} sampai {last}.</source>
        <translation>{n} cards issued: {pages} pages (fronts and backs), card numbers {first} to {last}.</translation>
    </message>
    <message>
        <source>Dibatalkan. Tidak ada kartu yang diterbitkan atau dicatat.</source>
        <translation>Cancelled. No cards were issued or recorded.</translation>
    </message>
    <message>
        <source>Semua yang tampil di daftar ({n})</source>
        <translation>Everyone shown in the list ({n})</translation>
    </message>
    <message>
        <source>Buat kartu untuk semua peserta yang cocok dengan saringan, bukan hanya baris yang dipilih.</source>
        <translation>Make cards for everyone matching the filters, not only the selected rows.</translation>
    </message>
    <message>
        <source>Lihat contoh ({n})</source>
        <translation>Specimen ({n})</translation>
    </message>
    <message>
        <source>Terbitkan {n} kartu…</source>
        <translation>Issue {n} cards…</translation>
    </message>
    <message>
        <source>{n} peserta bisa dibuatkan kartu di daftar ini; {s} dipilih (Ctrl atau Shift + klik untuk memilih beberapa).</source>
        <translation>{n} participants in this list can get a card; {s} selected (Ctrl or Shift + click to select several).</translation>
    </message>
    <message>
        <source>Terbitkan kartu dulu: contoh tidak bisa dicetak.</source>
        <translation>Issue the cards first: a specimen cannot be printed.</translation>
    </message>
    <message>
        <source>{n} kartu bertanda SEMENTARA karena datanya belum diterima kota.</source>
        <translation>{n} cards are marked SEMENTARA (provisional) because the city office has not accepted their data yet.</translation>
    </message>
    <message>
        <source>A4, 10 kartu</source>
        <translation>A4, 10 cards</translation>
    </message>
    <message>
        <source>1 kartu (printer PVC)</source>
        <translation>1 card (PVC printer)</translation>
    </message>
    <message>
        <source>A4: 10 kartu per lembar dengan tanda potong, untuk printer biasa. 1 kartu: satu kartu per halaman, untuk printer kartu PVC.</source>
        <translation>A4: 10 cards per sheet with crop marks, for an ordinary printer. 1 card: one card per page, for a PVC card printer.</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>{n} kartu lama dicabut.</source>
        <translation>{n} old cards revoked.</translation>
    </message>
    <message>
        <source>Sekarang cetak atau simpan PDF.</source>
        <translation>Now print or save the PDF.</translation>
    </message>
    <message>
        <source>Kartu tidak dibuat</source>
        <translation>Cards not made</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Daftar persiapan kantor</source>
        <translation>Office set-up checklist</translation>
    </message>
    <message>
        <source>Sebelum data bisa dikirim ke Disnaker (kantor kota), komputer ini perlu disiapkan sekali. Langkah yang sudah selesai bertanda ✓.</source>
        <translation>Before data can be sent to Disnaker (the city office), this computer is prepared once. Finished steps are marked ✓.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>○</source>
        <translation>○</translation>
    </message>
    <message>
        <source>Kantor disiapkan.</source>
        <translation>Office set up.</translation>
    </message>
    <message>
        <source>Daftarkan komputer ini di Disnaker: simpan berkas pendaftaran, serahkan ke Disnaker dan bacakan sidik jarinya lewat telepon.</source>
        <translation>Enrol this computer at Disnaker: save the enrolment file, hand it to Disnaker and read its fingerprint out by telephone.</translation>
    </message>
    <message>
        <source>Simpan berkas pendaftaran…</source>
        <translation>Save enrolment file…</translation>
    </message>
    <message>
        <source>Percayai Disnaker: buka berkas identitas yang diberikan Disnaker dan cocokkan sidik jarinya lewat telepon.</source>
        <translation>Trust Disnaker: open the identity file Disnaker gave you and compare its fingerprint by telephone.</translation>
    </message>
    <message>
        <source>Percayai Disnaker…</source>
        <translation>Trust Disnaker…</translation>
    </message>
    <message>
        <source>Kantor disiapkan: {name}.</source>
        <translation>Office set up: {name}.</translation>
    </message>
    <message>
        <source>Komputer ini terdaftar di Disnaker: berkas pendaftaran disimpan {when}.</source>
        <translation>This computer is enrolled at Disnaker: enrolment file saved {when}.</translation>
    </message>
    <message>
        <source>Komputer ini terdaftar di Disnaker: tanda terimanya sudah datang.</source>
        <translation>This computer is enrolled at Disnaker: its receipts arrive.</translation>
    </message>
    <message>
        <source>Disnaker dipercayai: {name}, sidik jari dicocokkan.</source>
        <translation>Disnaker trusted: {name}, fingerprint compared.</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin.</source>
        <translation>Supervisors and admins only.</translation>
    </message>
    <message>
        <source>Simpan lagi…</source>
        <translation>Save again…</translation>
    </message>
    <message>
        <source>Ganti…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>Persiapan selesai: data bisa dikirim ke Disnaker.</source>
        <translation>Preparation complete: data can be sent to Disnaker.</translation>
    </message>
    <message>
        <source>Selesaikan langkah bertanda ○, dari atas ke bawah.</source>
        <translation>Finish the steps marked ○, from top to bottom.</translation>
    </message>
    <message>
        <source>Simpan berkas pendaftaran perangkat</source>
        <translation>Save device enrolment file</translation>
    </message>
    <message>
        <source>Berkas pendaftaran (*.json)</source>
        <translation>Enrolment file (*.json)</translation>
    </message>
    <message>
        <source>Berkas pendaftaran belum tersimpan</source>
        <translation>Enrolment file not saved</translation>
    </message>
    <message>
        <source>Berkas pendaftaran tersimpan</source>
        <translation>Enrolment file saved</translation>
    </message>
    <message>
        <source>Tersimpan: {path}

Serahkan berkas ini ke Disnaker, lalu bacakan sidik jari komputer ini lewat telepon:
{fp}</source>
        <translation>Saved: {path}

Hand this file to Disnaker, then read this computer&apos;s fingerprint out by telephone:
{fp}</translation>
    </message>
    <message>
        <source>Percayai Disnaker</source>
        <translation>Trust Disnaker</translation>
    </message>
    <message>
        <source>Berkas identitas Disnaker (*.json);;Semua berkas (*)</source>
        <translation>Disnaker identity file (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Disnaker belum dipercayai</source>
        <translation>Disnaker not trusted</translation>
    </message>
    <message>
        <source>Cocokkan sidik jari Disnaker</source>
        <translation>Compare Disnaker&apos;s fingerprint</translation>
    </message>
    <message>
        <source>Sama, percayai</source>
        <translation>Same, trust it</translation>
    </message>
    <message>
        <source>Tidak sama, batal</source>
        <translation>Not the same, cancel</translation>
    </message>
    <message>
        <source>Disnaker dipercayai</source>
        <translation>Disnaker trusted</translation>
    </message>
    <message>
        <source>{name} dipercayai. Berkas kiriman berikutnya hanya bisa dibuka oleh Disnaker.</source>
        <translation>{name} is trusted. The next transfer files can only be opened by Disnaker.</translation>
    </message>
    <message>
        <source>

Kantor ini sekarang mempercayai {name} (sidik jari {fp}); yang baru akan menggantikannya.</source>
        <translation>

This office now trusts {name} (fingerprint {fp}); the new one will replace it.</translation>
    </message>
    <message>
        <source>{name}

Sidik jari:
{fp}

Telepon petugas Disnaker dan minta ia membacakan sidik jarinya. Percayai hanya bila sama persis, huruf demi huruf.{replace}

Rincian teknis: ID {id}</source>
        <translation>{name}

Fingerprint:
{fp}

Call the Disnaker officer and ask them to read the fingerprint out. Trust it only if it is exactly the same, letter by letter.{replace}

Technical details: ID {id}</translation>
    </message>
</context>
<context>
    <name>ConsentReceivedDialog</name>
    <message>
        <source>Formulir bertanda tangan diterima</source>
        <translation>Signed form received</translation>
    </message>
    <message>
        <source>Diterima tanggal</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Formulir bertanda tangan dari {name} sudah kembali ke kantor. Kapan diterima, dan oleh siapa?</source>
        <translation>The signed form of {name} is back at the office. When was it received, and by whom?</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Setiap peserta menandatangani formulir pendaftaran dan persetujuan data pribadi. Di bawah ini peserta yang formulir bertanda tangannya belum tercatat. Cetak formulirnya, minta peserta membaca dan menandatangani, lalu catat di sini saat formulir kembali.</source>
        <translation>Every participant signs the registration and personal data consent form. Below are the participants whose signed form has not been recorded. Print their form, ask them to read and sign it, then record it here when it comes back.</translation>
    </message>
    <message>
        <source>Cari nama atau NIK…</source>
        <translation>Search name or NIK…</translation>
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
        <source>Tampilkan semua</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Catat formulir diterima…</source>
        <translation>Record form received…</translation>
    </message>
    <message>
        <source>Buka data</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Buka halaman data peserta yang dipilih</source>
        <translation>Open the chosen participant&apos;s record</translation>
    </message>
    <message>
        <source>Cetak terpilih…</source>
        <translation>Print chosen…</translation>
    </message>
    <message>
        <source>Cetak formulir persetujuan untuk peserta yang dipilih di daftar</source>
        <translation>Print the consent form for the participants chosen in the list</translation>
    </message>
    <message>
        <source>Cetak semua yang tampil…</source>
        <translation>Print all shown…</translation>
    </message>
    <message>
        <source>Cetak formulir persetujuan untuk semua peserta yang tampil dengan saringan ini</source>
        <translation>Print the consent form for every participant shown with these filters</translation>
    </message>
    <message>
        <source>Formulir kosong…</source>
        <translation>Blank form…</translation>
    </message>
    <message>
        <source>Cetak formulir persetujuan kosong untuk diisi tangan</source>
        <translation>Print a blank consent form to fill in by hand</translation>
    </message>
    <message>
        <source>{n} peserta</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>Formulir belum dicatat</source>
        <translation>Form not recorded</translation>
    </message>
    <message>
        <source>{n} formulir bertanda tangan dicatat diterima {day}.</source>
        <translation>{n} signed forms recorded as received on {day}.</translation>
    </message>
    <message>
        <source>Menyiapkan {n} formulir…</source>
        <translation>Preparing {n} forms…</translation>
    </message>
    <message>
        <source>Menyiapkan formulir kosong…</source>
        <translation>Preparing a blank form…</translation>
    </message>
    <message>
        <source>Simpan formulir (PDF)</source>
        <translation>Save forms (PDF)</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>{n} formulir tersimpan: {path}. Cetak di kertas A4, ukuran sebenarnya.</source>
        <translation>{n} forms saved: {path}. Print on A4 paper at actual size.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa disimpan di sana (folder tidak ada, penuh, atau berkasnya sedang dibuka). Tutup berkasnya atau pilih tempat lain.</source>
        <translation>The file cannot be saved there (the folder is missing or full, or the file is open). Close the file or choose another place.</translation>
    </message>
    <message>
        <source>Formulir belum tersimpan</source>
        <translation>Forms not saved</translation>
    </message>
    <message>
        <source>&lt;b&gt;{missing} dari {total} peserta&lt;/b&gt; belum menyerahkan formulir bertanda tangan ({shown} tampil dengan saringan ini).</source>
        <translation>&lt;b&gt;{missing} of {total} participants&lt;/b&gt; have not handed in a signed form ({shown} shown with these filters).</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Ketik tanggal seperti 15081980, 15-08-1980, 15/8/1980 atau 15 Agustus 1980. Alt+Panah bawah membuka kalender.</source>
        <translation>Type the date like 15081980, 15-08-1980, 15/8/1980 or 15 August 1980. Alt+Down opens the calendar.</translation>
    </message>
    <message>
        <source>Pilih di kalender (Alt+Panah bawah)</source>
        <translation>Choose in the calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>belum terbaca</source>
        <translation>not readable yet</translation>
    </message>
</context>
<context>
    <name>EncryptionView</name>
    <message>
        <source>Enkripsi basis data…</source>
        <translation>Encrypt the database…</translation>
    </message>
    <message>
        <source>Basis data kantor ini terenkripsi: salinan berkasnya dan cadangannya tidak bisa dibaca tanpa kata sandi operator.</source>
        <translation>This office&apos;s database is encrypted: a copy of its file or its backups cannot be read without an operator&apos;s password.</translation>
    </message>
    <message>
        <source>Basis data kantor ini BELUM dienkripsi: siapa pun yang menyalin berkasnya (misalnya dari komputer yang dicuri) bisa membaca NIK dan data peserta.</source>
        <translation>This office&apos;s database is NOT encrypted yet: anyone who copies its file (from a stolen computer, for example) can read the NIKs and participants&apos; data.</translation>
    </message>
    <message>
        <source>Hanya admin yang bisa mengenkripsi basis data.</source>
        <translation>Only an admin can encrypt the database.</translation>
    </message>
    <message>
        <source>Enkripsi basis data</source>
        <translation>Encrypt the database</translation>
    </message>
    <message>
        <source>Basis data dan semua cadangan di komputer ini akan dienkripsi. Setelah itu data hanya terbuka dengan kata sandi operator (atau kunci pemulihan Disnaker). Versi aplikasi 0.1.0 tidak bisa membukanya lagi.

Simpan dulu isian yang sedang dibuka. Lanjutkan?</source>
        <translation>The database and every backup on this computer will be encrypted. Afterwards the data opens only with an operator&apos;s password (or Disnaker&apos;s recovery key). Version 0.1.0 of the app can no longer open it.

Save any open form first. Continue?</translation>
    </message>
    <message>
        <source>Enkripsi</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Kata sandi Anda (admin yang sedang masuk):</source>
        <translation>Your password (the admin signed in):</translation>
    </message>
    <message>
        <source>Mengenkripsi basis data dan cadangannya…</source>
        <translation>Encrypting the database and its backups…</translation>
    </message>
    <message>
        <source>Basis data kantor sekarang terenkripsi. Cadangan lama yang ikut dienkripsi: {n}.</source>
        <translation>The office database is now encrypted. Older backups encrypted with it: {n}.</translation>
    </message>
    <message>
        <source>PENTING: belum ada kunci pemulihan Disnaker. Percayai berkas identitas Disnaker secepatnya (Kirim Data &gt; Percayai Disnaker…).</source>
        <translation>IMPORTANT: there is no Disnaker recovery key yet. Trust Disnaker&apos;s identity file soon (Send Data &gt; Trust Disnaker…).</translation>
    </message>
    <message>
        <source>{n} cadangan otomatis tidak bisa dienkripsi karena disk penuh dan masih terbaca: kosongkan ruang disk, lalu minta petugas TI menghapus cadangan lama.</source>
        <translation>{n} automatic backups could not be encrypted because the disk is full and are still readable: free disk space, then ask IT staff to delete the old backups.</translation>
    </message>
    <message>
        <source>Akun berikut perlu kata sandi baru dari admin sebelum bisa masuk: {names}.</source>
        <translation>These accounts need a new password from the admin before they can sign in: {names}.</translation>
    </message>
    <message>
        <source>Basis data terenkripsi</source>
        <translation>Database encrypted</translation>
    </message>
    <message>
        <source>Berkas data tidak bisa ditulis ({why}).</source>
        <translation>The data file cannot be written ({why}).</translation>
    </message>
    <message>
        <source>Basis data TIDAK dienkripsi: {why}
Data kantor tidak berubah dan tetap bisa dipakai.</source>
        <translation>The database was NOT encrypted: {why}
The office data is unchanged and can still be used.</translation>
    </message>
    <message>
        <source>Enkripsi belum berhasil</source>
        <translation>Encryption did not succeed</translation>
    </message>
    <message>
        <source>Enkripsi sudah berjalan saat Batal ditekan, jadi diselesaikan: basis data kantor sekarang terenkripsi.</source>
        <translation>Encryption was already running when Cancel was pressed, so it was finished: the office database is now encrypted.</translation>
    </message>
    <message>
        <source>Dibatalkan: basis data tidak diubah.</source>
        <translation>Cancelled: the database was not changed.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
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
    <name>HelpWindow</name>
    <message>
        <source>Panduan pemakaian Jamsos Desktop</source>
        <translation>Jamsos Desktop user guide</translation>
    </message>
    <message>
        <source>Cari di panduan, lalu Enter</source>
        <translation>Search the guide, then Enter</translation>
    </message>
    <message>
        <source>Berkas panduan tidak ditemukan di folder program. Pasang ulang aplikasi.</source>
        <translation>The guide file is missing from the program folder. Reinstall the app.</translation>
    </message>
</context>
<context>
    <name>ImportMappingModel</name>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Judul di berkas</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>Diisi ke</source>
        <translation>Goes into</translation>
    </message>
    <message>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>(tanpa judul)</source>
        <translation>(no heading)</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>Siap diimpor</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Peringatan (tidak menghalangi impor):</source>
        <translation>Warnings (these do not stop the import):</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Impor peserta dari Excel</source>
        <translation>Import participants from Excel</translation>
    </message>
    <message>
        <source>1. Pilih berkas</source>
        <translation>1. Choose a file</translation>
    </message>
    <message>
        <source>Berkas Excel (.xlsx) atau CSV berisi daftar peserta, satu orang per baris. Judul di atas tabel tidak apa-apa; aplikasi mencari sendiri baris judul kolomnya.</source>
        <translation>An Excel (.xlsx) or CSV file listing participants, one person per row. A title above the table is fine; the app finds the row of column headings by itself.</translation>
    </message>
    <message>
        <source>Belum ada berkas yang dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Tips: format kolom NIK dan nomor HP sebagai Teks di Excel sebelum mengetik. NIK yang tersimpan sebagai angka kehilangan digit terakhirnya dan barisnya akan ditolak. Tidak ada yang disimpan sebelum Anda melihat hasil pemeriksaan dan menekan Impor.</source>
        <translation>Tip: format the NIK and phone number columns as Text in Excel before typing. A NIK stored as a number loses its last digit and its row will be refused. Nothing is saved before you have seen the check results and pressed Import.</translation>
    </message>
    <message>
        <source>2. Cocokkan kolom</source>
        <translation>2. Match the columns</translation>
    </message>
    <message>
        <source>Aplikasi sudah menebak isi setiap kolom. Periksa kolom &quot;Diisi ke&quot;, ubah bila salah, atau pilih &quot;(tidak dipakai)&quot; untuk kolom yang dilewati.</source>
        <translation>The app has guessed what each column holds. Check the &quot;Goes into&quot; column, change it where wrong, or choose &quot;(not used)&quot; for columns to skip.</translation>
    </message>
    <message>
        <source>Kategori bawaan</source>
        <translation>Default category</translation>
    </message>
    <message>
        <source>Dipakai untuk baris yang kolom kategorinya kosong, atau untuk semua baris bila berkas tidak punya kolom kategori (misalnya daftar kader posyandu).</source>
        <translation>Used for rows whose category cell is empty, or for every row when the file has no category column (for example a list of posyandu volunteers).</translation>
    </message>
    <message>
        <source>3. Hasil pemeriksaan (uji coba)</source>
        <translation>3. Check results (dry run)</translation>
    </message>
    <message>
        <source>Belum ada yang disimpan. Baris yang ditolak tidak ikut diimpor: perbaiki di Excel lalu impor lagi berkas yang sama; baris yang sudah masuk tidak akan dobel.</source>
        <translation>Nothing has been saved yet. Refused rows are not imported: fix them in Excel and import the same file again; rows already imported will not be added twice.</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Simpan laporan…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Klik satu baris untuk membaca semua masalahnya.</source>
        <translation>Click a row to read all of its problems.</translation>
    </message>
    <message>
        <source>4. Selesai</source>
        <translation>4. Done</translation>
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
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(tidak ada: ambil dari kolom Kategori)</source>
        <translation>(none: take it from the Category column)</translation>
    </message>
    <message>
        <source>Semua baris</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Pilih berkas peserta</source>
        <translation>Choose the participants file</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.csv);;Semua berkas (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Pembacaan dibatalkan.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>lembar &quot;{sheet}&quot;, </source>
        <translation>sheet &quot;{sheet}&quot;, </translation>
    </message>
    <message>
        <source>Terbaca: {where}judul kolom di baris {header}, {n} baris data.</source>
        <translation>Read: {where}column headings in row {header}, {n} data rows.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa dibuka: mungkin sedang dibuka di program lain atau sudah dipindah. Tutup berkasnya lalu pilih lagi.</source>
        <translation>The file cannot be opened: it may be open in another program or it was moved. Close the file, then choose it again.</translation>
    </message>
    <message>
        <source>Semua kolom yang diperlukan sudah dipetakan.</source>
        <translation>Every required column is matched.</translation>
    </message>
    <message>
        <source>Memeriksa {n} baris…</source>
        <translation>Checking {n} rows…</translation>
    </message>
    <message>
        <source>Siap diimpor: {add} · Duplikat (sudah terdaftar atau dobel di berkas): {dup} · Ditolak: {refused} · Baris kosong dilewati: {blank}</source>
        <translation>Ready to import: {add} · Duplicates (already registered or twice in the file): {dup} · Refused: {refused} · Empty rows skipped: {blank}</translation>
    </message>
    <message>
        <source>Tidak ada baris baru untuk diimpor.</source>
        <translation>There are no new rows to import.</translation>
    </message>
    <message>
        <source>Impor {n} peserta</source>
        <translation>Import {n} participants</translation>
    </message>
    <message>
        <source>Baris ini tidak bermasalah.</source>
        <translation>This row has no problems.</translation>
    </message>
    <message>
        <source>Mengimpor {n} peserta…</source>
        <translation>Importing {n} participants…</translation>
    </message>
    <message>
        <source>Impor dibatalkan</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Impor dibatalkan. Tidak ada data yang disimpan.</source>
        <translation>The import was cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>{n} peserta baru ditambahkan dari {file}.
{summary}

Data baru tampil di daftar Peserta. Baris yang ditolak bisa diperbaiki di Excel lalu diimpor lagi: baris yang sudah masuk akan dilewati sebagai duplikat.</source>
        <translation>{n} new participants added from {file}.
{summary}

The new records are in the Participants list. Refused rows can be fixed in Excel and imported again: rows already imported are skipped as duplicates.</translation>
    </message>
    <message>
        <source>Impor tidak dilakukan</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>Tidak ada data yang disimpan. Kembali ke langkah sebelumnya lalu periksa lagi.</source>
        <translation>Nothing was saved. Go back one step and check again.</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Menyimpan laporan…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Laporan tersimpan</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>Laporan setiap baris tersimpan di:
{path}</source>
        <translation>The report of every row was saved to:
{path}</translation>
    </message>
    <message>
        <source>Laporan tidak tersimpan</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <source>Duplikat dilewati: {dup}, ditolak: {refused}, baris kosong: {blank}.</source>
        <translation>Duplicates skipped: {dup}, refused: {refused}, empty rows: {blank}.</translation>
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
        <source>Silakan coba lagi sekarang.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>Coba lagi dalam {n} detik.</source>
        <translation>Try again in {n} seconds.</translation>
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
        <source>&amp;Lihat</source>
        <translation>&amp;View</translation>
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
        <source>Peserta baru</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kembali ke daftar</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Keluar aplikasi</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Buka data yang dipilih	Enter</source>
        <translation>Open the selected record	Enter</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
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
        <source>Panduan pemakaian</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Daftar persiapan kantor…</source>
        <translation>Office set-up checklist…</translation>
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
        <source>Kirim Data</source>
        <translation>Send Data</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Hak Peserta</source>
        <translation>Participant rights</translation>
    </message>
    <message>
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
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
    <name>NoticePanel</name>
    <message>
        <source>Kabar dari Disnaker</source>
        <translation>Notices from Disnaker</translation>
    </message>
    <message>
        <source>{date}: {text}</source>
        <translation>{date}: {text}</translation>
    </message>
    <message>
        <source>Tandai sudah dibaca</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <source>Kabar ini tidak ditampilkan lagi dan tidak dihitung di bilah bawah.</source>
        <translation>This notice is no longer shown nor counted in the status bar.</translation>
    </message>
</context>
<context>
    <name>OfficeStatusBar</name>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>{n} peserta</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>Belum ada peserta</source>
        <translation>No participants yet</translation>
    </message>
    <message>
        <source>Kabar dari Disnaker: {n}</source>
        <translation>Notices from Disnaker: {n}</translation>
    </message>
    <message>
        <source>{n} kabar dari Disnaker tentang peserta belum ditandai sudah dibaca. Buka data pesertanya untuk membaca.</source>
        <translation>{n} notices from Disnaker about participants are not marked as read yet. Open the participant to read them.</translation>
    </message>
    <message>
        <source>Antrean kirim: {n}</source>
        <translation>Send queue: {n}</translation>
    </message>
    <message>
        <source>{n} perubahan menunggu dikirim ke Disnaker; {held} lagi menunggu persetujuan sebelum boleh dikirim.</source>
        <translation>{n} changes wait to be sent to Disnaker; {held} more wait for approval before they may be sent.</translation>
    </message>
    <message>
        <source>Disnaker: {state}</source>
        <translation>Disnaker: {state}</translation>
    </message>
    <message>
        <source>Alamat Disnaker di internet belum diatur: data dikirim lewat flashdisk.</source>
        <translation>No internet address for Disnaker set: data is sent on a USB stick.</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{name}
{role}</source>
        <translation>{name}
{role}</translation>
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
        <source>belum diperiksa</source>
        <translation>not checked yet</translation>
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
        <source>Akun {who} dibuat. Ia bisa masuk sekarang.</source>
        <translation>Account {who} created. It can sign in now.</translation>
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
        <source>Alamat domisili</source>
        <translation>Home address (if not the ID card&apos;s)</translation>
    </message>
    <message>
        <source>isi bila tinggal di luar alamat KTP</source>
        <translation>fill in when living away from the ID card address</translation>
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
        <source>Tidak ada perubahan untuk disimpan.</source>
        <translation>Nothing changed, nothing to save.</translation>
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
        <source>Pindah ke Kelurahan {name}</source>
        <translation>Moved to Kelurahan {name}</translation>
    </message>
    <message>
        <source>Peserta ini sudah pindah ke Kelurahan {name} (kabar dari Disnaker); datanya hanya bisa dilihat.</source>
        <translation>This participant moved to Kelurahan {name} (notice from Disnaker); the record is read only.</translation>
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
        <source>Belum bisa disimpan: periksa {fields}.</source>
        <translation>Cannot be saved yet: check {fields}.</translation>
    </message>
    <message>
        <source>Simpan membawa kursor ke isian pertama yang perlu diperbaiki.</source>
        <translation>Save takes the cursor to the first field to fix.</translation>
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
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Belum ada peserta di kantor ini.
Klik Peserta baru (Ctrl+N) untuk mendaftarkan satu orang, atau Impor dari Excel… untuk memasukkan daftar yang sudah ada.</source>
        <translation>No participants in this office yet.
Click New participant (Ctrl+N) to register one person, or Import from Excel… to bring in an existing list.</translation>
    </message>
    <message>
        <source>Tidak ada peserta yang cocok dengan pencarian atau saringan.
Klik Hapus saringan untuk melihat semua peserta.</source>
        <translation>No participant matches the search or filters.
Click Clear filters to see everyone.</translation>
    </message>
    <message>
        <source>Lebih dari {n} peserta ditemukan, yang terbaru di atas; ketik lebih lengkap untuk mempersempit</source>
        <translation>More than {n} participants found, newest first; type more to narrow the search</translation>
    </message>
    <message>
        <source>Lebih dari {n} peserta</source>
        <translation>More than {n} participants</translation>
    </message>
    <message>
        <source>{n} peserta ditemukan</source>
        <translation>{n} participants found</translation>
    </message>
</context>
<context>
    <name>ParticipantRightsButton</name>
    <message>
        <source>Hak peserta</source>
        <translation>Participant rights</translation>
    </message>
    <message>
        <source>Cetak formulir persetujuan…</source>
        <translation>Print consent form…</translation>
    </message>
    <message>
        <source>Catat formulir bertanda tangan diterima…</source>
        <translation>Record signed form received…</translation>
    </message>
    <message>
        <source>Salinan data peserta (PDF)…</source>
        <translation>Copy of participant&apos;s data (PDF)…</translation>
    </message>
    <message>
        <source>Formulir bertanda tangan diterima {day}</source>
        <translation>Signed form received {day}</translation>
    </message>
    <message>
        <source>Formulir tersimpan</source>
        <translation>Form saved</translation>
    </message>
    <message>
        <source>Formulir persetujuan tersimpan: {path}. Cetak di kertas A4, minta peserta membaca dan menandatangani.</source>
        <translation>Consent form saved: {path}. Print it on A4 paper and ask the participant to read and sign it.</translation>
    </message>
    <message>
        <source>Salinan data tersimpan</source>
        <translation>Data copy saved</translation>
    </message>
    <message>
        <source>Salinan data peserta tersimpan: {path}. Berisi data pribadi: serahkan hanya kepada peserta sendiri setelah memeriksa KTP-nya.</source>
        <translation>Copy of the participant&apos;s data saved: {path}. It holds personal data: hand it only to the participant after checking their ID card.</translation>
    </message>
    <message>
        <source>Formulir belum dicatat</source>
        <translation>Form not recorded</translation>
    </message>
    <message>
        <source>Formulir dicatat</source>
        <translation>Form recorded</translation>
    </message>
    <message>
        <source>Formulir bertanda tangan {name} dicatat diterima {day}.</source>
        <translation>The signed form of {name} is recorded as received on {day}.</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Menyiapkan PDF…</source>
        <translation>Preparing PDF…</translation>
    </message>
    <message>
        <source>Berkas tidak bisa disimpan di sana (folder tidak ada, penuh, atau berkasnya sedang dibuka). Tutup berkasnya atau pilih tempat lain.</source>
        <translation>The file cannot be saved there (the folder is missing or full, or the file is open). Close the file or choose another place.</translation>
    </message>
    <message>
        <source>PDF belum tersimpan</source>
        <translation>PDF not saved</translation>
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
        <source>Pindah ke {name}</source>
        <translation>Moved to {name}</translation>
    </message>
    <message>
        <source> (dihapus)</source>
        <translation> (deleted)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Data {name} dihapus; tetap tersimpan dengan alasannya dan ikut dikirim ke Disnaker.</source>
        <translation>{name} deleted; the record stays with its reason and goes to Disnaker.</translation>
    </message>
    <message>
        <source>{n} peserta baru dari Excel tersimpan.</source>
        <translation>{n} new participants from Excel saved.</translation>
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
    <name>RecapTableModel</name>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Iuran per bulan</source>
        <translation>Contribution per month</translation>
    </message>
    <message>
        <source>JUMLAH</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Rekap peserta kelurahan per RW, RT dan kategori, dengan jumlah per status dan iuran bulanan yang dibayar Pemerintah Kota. Iuran dihitung untuk peserta yang sudah diterima Disnaker (status Diterima dan Aktif). Data yang dihapus tidak dihitung.</source>
        <translation>Recap of the kelurahan&apos;s participants per RW, RT and category, with counts per status and the monthly contribution the City Government pays. Contributions are counted for participants Disnaker has accepted (status Accepted and Active). Deleted records are not counted.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Cetak ke PDF…</source>
        <translation>Print to PDF…</translation>
    </message>
    <message>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Menghitung rekap…</source>
        <translation>Counting the recap…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jumlah: {n} peserta&lt;/b&gt; ({per_status})&lt;br&gt;&lt;b&gt;Iuran kota: {amount} per bulan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Total: {n} participants&lt;/b&gt; ({per_status})&lt;br&gt;&lt;b&gt;City contribution: {amount} per month&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cetak rekap ke PDF</source>
        <translation>Print the recap to PDF</translation>
    </message>
    <message>
        <source>Ekspor rekap ke Excel</source>
        <translation>Export the recap to Excel</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Menyimpan rekap…</source>
        <translation>Saving the recap…</translation>
    </message>
    <message>
        <source>Rekap tersimpan: {path}</source>
        <translation>Recap saved: {path}</translation>
    </message>
    <message>
        <source>Rekap tersimpan</source>
        <translation>Recap saved</translation>
    </message>
    <message>
        <source>Berkas tidak bisa disimpan di sana (folder tidak ada, penuh, atau berkasnya sedang dibuka di Excel). Tutup berkasnya atau pilih tempat lain.</source>
        <translation>The file cannot be saved there (the folder is missing or full, or the file is open in Excel). Close the file or choose another place.</translation>
    </message>
    <message>
        <source>Rekap belum tersimpan</source>
        <translation>Recap not saved</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Data peserta yang dihapus atau ditolak disimpan selama masa simpan, lalu data pribadinya dimusnahkan: yang tersisa hanya ID, tanggal dan alasan (untuk jejak audit dan Dinas). Pemeriksaan berjalan otomatis sebulan sekali; supervisor atau admin juga bisa menjalankannya di sini.</source>
        <translation>Deleted or rejected participants are kept for the retention period, then their personal data is erased: only the ID, dates and reason remain (for the audit trail and the city office). The check runs by itself once a month; a supervisor or admin can also run it here.</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Kontak PPDP di formulir</source>
        <translation>DPO contact on the form</translation>
    </message>
    <message>
        <source>Pejabat Pelindungan Data Pribadi, Dinas Tenaga Kerja Kota Batam</source>
        <translation>Personal Data Protection Officer, Batam City Manpower Office</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Periksa (uji coba)</source>
        <translation>Check (dry run)</translation>
    </message>
    <message>
        <source>Musnahkan sekarang…</source>
        <translation>Erase now…</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pemeriksaan terakhir: {when}.</source>
        <translation>Last check: {when}.</translation>
    </message>
    <message>
        <source>Belum pernah diperiksa.</source>
        <translation>Never checked yet.</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang bisa mengubah masa simpan atau memusnahkan data.</source>
        <translation>Only a supervisor or admin can change the retention period or erase data.</translation>
    </message>
    <message>
        <source>Masa simpan {n} tahun dan kontak PPDP tersimpan; formulir berikutnya memakainya.</source>
        <translation>Retention period of {n} years and the DPO contact saved; the next forms use them.</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>menunggu tanda terima Dinas</source>
        <translation>waiting for the city office&apos;s receipt</translation>
    </message>
    <message>
        <source>akan dimusnahkan</source>
        <translation>will be erased</translation>
    </message>
    <message>
        <source>{due} peserta melewati masa simpan {years} tahun dan akan dimusnahkan data pribadinya; {waiting} menunggu tanda terima Dinas; {backups} cadangan lama akan dihapus. Belum ada yang diubah.</source>
        <translation>{due} participants are past the {years}-year retention period and their personal data will be erased; {waiting} wait for the city office&apos;s receipt; {backups} old backups will be removed. Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>Musnahkan data pribadi</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Data pribadi {n} peserta (NIK, nama, alamat, nomor HP, ahli waris) dihapus dari komputer ini dan tidak bisa dikembalikan. Yang tersisa hanya ID, tanggal dan alasan. Lanjutkan?</source>
        <translation>The personal data of {n} participants (NIK, name, address, phone number, heirs) will be removed from this computer and cannot be brought back. Only the ID, dates and reason remain. Continue?</translation>
    </message>
    <message>
        <source>Musnahkan</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Memusnahkan data pribadi…</source>
        <translation>Erasing personal data…</translation>
    </message>
    <message>
        <source>Selesai: data pribadi {n} peserta dimusnahkan dan {b} cadangan lama dihapus. Jejak audit tetap utuh.</source>
        <translation>Done: the personal data of {n} participants was erased and {b} old backups removed. The audit trail is intact.</translation>
    </message>
    <message>
        <source>Data tidak dimusnahkan</source>
        <translation>Data not erased</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Hak Peserta</source>
        <translation>Participant rights</translation>
    </message>
    <message>
        <source>Hak peserta atas data pribadinya (UU No. 27 Tahun 2022): formulir persetujuan, masa simpan data, dan laporan bila data hilang atau bocor. Salinan data seorang peserta dibuat dari halaman datanya (tombol Hak peserta).</source>
        <translation>Participants&apos; rights over their personal data (Law No. 27 of 2022): consent forms, the retention period, and reports when data is lost or leaked. A copy of one participant&apos;s data is made from their page (Participant rights button).</translation>
    </message>
    <message>
        <source>Formulir persetujuan</source>
        <translation>Consent forms</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Kebocoran data</source>
        <translation>Data breach</translation>
    </message>
    <message>
        <source>Pemusnahan data bulanan</source>
        <translation>Monthly data erasure</translation>
    </message>
    <message>
        <source>Masa simpan {years} tahun habis untuk {n} peserta yang dihapus atau ditolak: data pribadinya sudah dimusnahkan, dan {b} cadangan lama dihapus. ID, tanggal dan alasannya tetap tercatat.</source>
        <translation>The {years}-year retention period ended for {n} deleted or rejected participants: their personal data has been erased, and {b} old backups removed. Their IDs, dates and reasons stay on record.</translation>
    </message>
    <message>
        <source>Pemusnahan data bulanan tidak berjalan</source>
        <translation>Monthly data erasure did not run</translation>
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
        <source>Rincian teknis</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <source>Alamat Disnaker (internet)</source>
        <translation>Disnaker address (internet)</translation>
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
        <source>Cadangan data</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Enkripsi data</source>
        <translation>Data encryption</translation>
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
    <message>
        <source>kesalahan tak terduga (tercatat di log).</source>
        <translation>an unexpected error (written to the log).</translation>
    </message>
    <message>
        <source>Basis data BELUM dienkripsi: {why} Kantor tetap bisa dipakai; admin dapat mengenkripsinya nanti di Pengaturan &gt; Enkripsi data.</source>
        <translation>The database is NOT encrypted yet: {why} The office can be used; an admin can encrypt it later in Settings &gt; Data encryption.</translation>
    </message>
    <message>
        <source>dibatalkan.</source>
        <translation>cancelled.</translation>
    </message>
    <message>
        <source>Mengenkripsi basis data kantor…</source>
        <translation>Encrypting the office database…</translation>
    </message>
    <message>
        <source>Basis data kantor terenkripsi: salinannya tidak bisa dibaca tanpa kata sandi operator. Percayai berkas identitas Disnaker secepatnya (Kirim Data &gt; Percayai Disnaker…): sampai itu belum ada kunci pemulihan bila kata sandi admin hilang.</source>
        <translation>The office database is encrypted: a copy cannot be read without an operator&apos;s password. Trust Disnaker&apos;s identity file soon (Send Data &gt; Trust Disnaker…): until then there is no recovery key if the admin password is lost.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>Tidak ada yang diekspor</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <source>Daftar yang tampil kosong. Ubah atau hapus saringan dulu.</source>
        <translation>The list shown is empty. Change or clear the filters first.</translation>
    </message>
    <message>
        <source>Ekspor {n} peserta ke Excel</source>
        <translation>Export {n} participants to Excel</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Mengekspor {n} peserta…</source>
        <translation>Exporting {n} participants…</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>{n} peserta tersimpan di:
{path}

NIK dan nomor HP tersimpan sebagai teks; lembar rekap berisi jumlah per RT/RW dan kategori.</source>
        <translation>{n} participants saved to:
{path}

NIK and phone numbers are stored as text; the recap sheet holds the counts per RT/RW and category.</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Kirim data ke Disnaker</source>
        <translation>Send data to Disnaker</translation>
    </message>
    <message>
        <source>Perubahan yang sudah disetujui dikirim ke Disnaker (kantor kota) sebagai berkas kiriman terenkripsi di flashdisk. Setelah Disnaker memprosesnya, terapkan tanda terimanya: status peserta dan nomor KPJ diperbarui. Flashdisk hilang tidak membuat data hilang: kiriman berikutnya membawa perubahan yang sama lagi.</source>
        <translation>Approved changes go to Disnaker (the city office) as an encrypted transfer file on a USB stick. Once Disnaker has processed it, apply its receipt: statuses and KPJ numbers are updated. A lost stick loses no data: the next transfer carries the same changes again.</translation>
    </message>
    <message>
        <source>Persiapan (sekali saja)</source>
        <translation>Preparation (once)</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Kirim terakhir</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>Disnaker (kantor kota)</source>
        <translation>Disnaker (city office)</translation>
    </message>
    <message>
        <source>Kirim ke flashdisk…</source>
        <translation>Send to USB stick…</translation>
    </message>
    <message>
        <source>Periksa berkas…</source>
        <translation>Check a file…</translation>
    </message>
    <message>
        <source>Periksa berkas kiriman atau tanda terima tanpa membukanya: tanda tangan, isi dan susunannya.</source>
        <translation>Check a transfer file or receipt without opening it: signature, content and layout.</translation>
    </message>
    <message>
        <source>Berkas kiriman dan tanda terima</source>
        <translation>Transfer files and receipts</translation>
    </message>
    <message>
        <source>Flashdisk berisi berkas kiriman hilang? Pilih berkasnya, lalu simpan daftar isinya untuk laporan kehilangan ke Disnaker dalam 3 x 24 jam.</source>
        <translation>Lost a stick with a transfer file? Select the file, then save its list of contents for the loss report to Disnaker within 3 x 24 hours.</translation>
    </message>
    <message>
        <source>Isi berkas kiriman (laporan kehilangan)…</source>
        <translation>Transfer file contents (loss report)…</translation>
    </message>
    <message>
        <source>Rincian teknis</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <source>Terapkan tanda terima…</source>
        <translation>Apply receipt…</translation>
    </message>
    <message>
        <source> ({n} lagi menunggu persetujuan supervisor)</source>
        <translation> ({n} more waiting for a supervisor&apos;s approval)</translation>
    </message>
    <message>
        <source>{n} perubahan</source>
        <translation>{n} changes</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Belum ada berkas kiriman. Setelah persiapan selesai, klik Kirim ke flashdisk…</source>
        <translation>No transfer files yet. Once preparation is complete, click Send to USB stick…</translation>
    </message>
    <message>
        <source>belum dipercayai (lihat Persiapan di atas)</source>
        <translation>not trusted yet (see Preparation above)</translation>
    </message>
    <message>
        <source>Persiapan (sekali saja): selesai</source>
        <translation>Preparation (once): complete</translation>
    </message>
    <message>
        <source>Perangkat ini: {id} · sidik jari {fp}</source>
        <translation>This device: {id} · fingerprint {fp}</translation>
    </message>
    <message>
        <source>Disnaker: {id} · sidik jari {fp}</source>
        <translation>Disnaker: {id} · fingerprint {fp}</translation>
    </message>
    <message>
        <source>Kirim ke flashdisk</source>
        <translation>Send to USB stick</translation>
    </message>
    <message>
        <source>Simpan berkas kiriman di mana? Flashdisk yang terpasang ada di atas.</source>
        <translation>Where should the transfer file go? Sticks plugged in are listed first.</translation>
    </message>
    <message>
        <source>Pengiriman belum berhasil</source>
        <translation>Sending did not work</translation>
    </message>
    <message>
        <source>Menyimpan berkas kiriman ke {folder}…</source>
        <translation>Saving the transfer file to {folder}…</translation>
    </message>
    <message>
        <source>Terapkan tanda terima</source>
        <translation>Apply receipt</translation>
    </message>
    <message>
        <source>Tanda terima Jamsos (*.jamsos);;Semua berkas (*)</source>
        <translation>Jamsos receipt (*.jamsos);;All files (*)</translation>
    </message>
    <message>
        <source>Tanda terima tidak diterapkan</source>
        <translation>Receipt not applied</translation>
    </message>
    <message>
        <source>Memeriksa dan menerapkan tanda terima…</source>
        <translation>Checking and applying the receipt…</translation>
    </message>
    <message>
        <source>Periksa berkas kiriman</source>
        <translation>Check a transfer file</translation>
    </message>
    <message>
        <source>Berkas Jamsos (*.jamsos);;Semua berkas (*)</source>
        <translation>Jamsos files (*.jamsos);;All files (*)</translation>
    </message>
    <message>
        <source>Berkas tidak sah</source>
        <translation>File not valid</translation>
    </message>
    <message>
        <source>Memeriksa berkas…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Isi berkas kiriman untuk laporan kehilangan</source>
        <translation>Transfer file contents for the loss report</translation>
    </message>
    <message>
        <source>Isi berkas kiriman belum tersimpan</source>
        <translation>Transfer file contents not saved</translation>
    </message>
    <message>
        <source>Menyimpan isi berkas kiriman…</source>
        <translation>Saving the transfer file contents…</translation>
    </message>
    <message>
        <source>Berkas kiriman tersimpan</source>
        <translation>Transfer file saved</translation>
    </message>
    <message>
        <source>Berkas kiriman tersimpan dan sudah diperiksa: {path}
{n} perubahan. Serahkan flashdisk ke Disnaker; setelah diproses, terapkan tanda terimanya di sini.</source>
        <translation>Transfer file saved and checked: {path}
{n} changes. Hand the stick to Disnaker; once processed, apply its receipt here.</translation>
    </message>
    <message>
        <source>Berkas sah</source>
        <translation>File valid</translation>
    </message>
    <message>
        <source>{kind} sah: tanda tangan, isi dan susunan berkas cocok.
Dari Kelurahan {kel}, dibuat {at}, {n} catatan.

Rincian teknis: perangkat {device}, nomor {a}–{b}.</source>
        <translation>{kind} valid: signature, content and layout match.
From Kelurahan {kel}, made {at}, {n} records.

Technical details: device {device}, numbers {a}–{b}.</translation>
    </message>
    <message>
        <source>Isi berkas kiriman tersimpan</source>
        <translation>Transfer file contents saved</translation>
    </message>
    <message>
        <source>Daftar isi berkas kiriman tersimpan: {path}
Lampirkan pada laporan kehilangan ke Disnaker paling lambat 3 x 24 jam sejak flashdisk hilang. Data peserta tidak hilang: kiriman berikutnya membawanya lagi.</source>
        <translation>Contents of the transfer file saved: {path}
Attach it to the loss report to Disnaker within 3 x 24 hours of losing the stick. No participant data is lost: the next transfer carries it again.</translation>
    </message>
    <message>
        <source>Dibatalkan. Bila berkas kiriman sempat tersimpan dan diperiksa, ia tampil di daftar di bawah.</source>
        <translation>Cancelled. If the transfer file was saved and checked, it shows in the list below.</translation>
    </message>
    <message>
        <source>Pilih berkas kiriman di daftar.</source>
        <translation>Select a transfer file in the list.</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Sudah pernah diterapkan</source>
        <translation>Already applied</translation>
    </message>
    <message>
        <source>Tanda terima ini sudah pernah diterapkan; tidak ada yang berubah.</source>
        <translation>This receipt was already applied; nothing changed.</translation>
    </message>
    <message>
        <source>Tanda terima diterapkan</source>
        <translation>Receipt applied</translation>
    </message>
    <message>
        <source>Tanda terima diterapkan: {a} diterima, {r} ditolak, {d} ganda, {k} nomor KPJ. Data yang ditolak atau ganda bisa dilihat di halaman Peserta (saring menurut status).</source>
        <translation>Receipt applied: {a} accepted, {r} rejected, {d} duplicate, {k} KPJ numbers. Rejected or duplicate records are on the Participants page (filter by status).</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Berkas kiriman</source>
        <translation>Transfer file</translation>
    </message>
    <message>
        <source>Pendaftaran perangkat</source>
        <translation>Device enrolment</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin.</source>
        <translation>Supervisors and admins only.</translation>
    </message>
</context>
<context>
    <name>SyncTargetDialog</name>
    <message>
        <source>Pilih flashdisk</source>
        <translation>Choose a USB stick</translation>
    </message>
    <message>
        <source>Tidak ada flashdisk yang terbaca. Pasang flashdisk lalu klik Muat ulang, atau pilih folder lain.</source>
        <translation>No USB stick found. Plug one in and click Reload, or choose another folder.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Pilih folder lain…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan di sini</source>
        <translation>Save here</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Flashdisk / diska lepas</source>
        <translation>USB stick / removable drive</translation>
    </message>
    <message>
        <source>Diska komputer</source>
        <translation>Computer disk</translation>
    </message>
    <message>
        <source>{name} — {free} kosong · {kind}</source>
        <translation>{name} — {free} free · {kind}</translation>
    </message>
    <message>
        <source>Pilih folder</source>
        <translation>Choose a folder</translation>
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
        <source>Cadangan otomatis tidak dibuat</source>
        <translation>Automatic backup not made</translation>
    </message>
    <message>
        <source>Akun demo: {accounts}</source>
        <translation>Demo accounts: {accounts}</translation>
    </message>
    <message>
        <source>Folder data tidak bisa dipakai</source>
        <translation>The data folder cannot be used</translation>
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
    <name>printing</name>
    <message>
        <source>Cetak kartu</source>
        <translation>Print cards</translation>
    </message>
    <message>
        <source>Berkas kartu {name} tidak bisa dibuka untuk dicetak. Buat kartunya lagi.</source>
        <translation>The card file {name} cannot be opened for printing. Make the cards again.</translation>
    </message>
    <message>
        <source>Printer tidak bisa dipakai. Periksa printernya menyala dan terhubung, lalu coba lagi.</source>
        <translation>The printer cannot be used. Check that it is switched on and connected, then try again.</translation>
    </message>
</context>
<context>
    <name>record_summary</name>
    <message>
        <source>Tempat, tanggal lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <source>Ahli waris {n}</source>
        <translation>Beneficiary {n}</translation>
    </message>
    <message>
        <source>Rincian teknis: ID data {id}, revisi {rev}</source>
        <translation>Technical details: record ID {id}, revision {rev}</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>{path} tidak bisa ditulis: mungkin berkas itu sedang dibuka di Excel, atau foldernya penuh atau tidak boleh ditulisi. Tutup berkasnya atau pilih tempat lain, lalu coba lagi.</source>
        <translation>{path} cannot be written: the file may be open in Excel, or the folder is full or read-only. Close the file or choose another place, then try again.</translation>
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
<context>
    <name>status_short</name>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
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
<context>
    <name>sync</name>
    <message>
        <source>Flashdisk terlepas atau penuh; data tidak hilang, ulangi ekspor.</source>
        <translation>The USB stick was removed or is full; no data was lost, export again.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak bisa dibaca ({why}). Periksa flashdisk atau folder lalu coba lagi.</source>
        <translation>File {name} cannot be read ({why}). Check the USB stick or folder and try again.</translation>
    </message>
</context>
</TS>
