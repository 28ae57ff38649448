"""Refusals raised by the sync format layer, each with a stable reason code and a message a clerk can act on.

Every way a bundle, receipt, enrolment file or hub identity file can be wrong ends in exactly one of these two
exceptions, never in a traceback from the JSON parser, zlib or the crypto library: the CLI maps them to exit
code 1 and the GUI shows `message` as it is. `reason` is for programs and tests (see docs/bundle-format.md).
"""

from __future__ import annotations

from jamsos_desktop.domain.errors import Refused

# Reason codes of BundleRefused, in the order a reader meets them. The messages are built where the problem is
# found (they name the numbers involved); this table is the fallback and the list documented for other programs.
BUNDLE_REASONS: dict[str, str] = {
    "unreadable": "Berkas bundle tidak dapat dibaca dari disk. Periksa flashdisk/folder lalu coba lagi.",
    "not_a_bundle": "Berkas ini bukan bundle Jamsos (.jamsos). Pilih berkas bundle yang benar.",
    "unsupported_version": "Bundle dibuat dengan versi format yang belum dikenal. Perbarui aplikasi Jamsos.",
    "truncated": "Berkas bundle terpotong (tidak lengkap), mungkin flashdisk dicabut saat menyalin. "
                 "Salin ulang atau ekspor ulang bundle.",
    "unexpected_member": "Berkas bundle memuat bagian yang tidak dikenal. Berkas rusak atau diubah; minta bundle baru.",
    "duplicate_member": "Berkas bundle memuat bagian ganda. Berkas rusak atau diubah; minta bundle baru.",
    "trailing_data": "Berkas bundle memuat data tambahan di akhir. Berkas rusak atau diubah; minta bundle baru.",
    "too_large": "Bundle melebihi batas ukuran yang diizinkan. Ekspor dalam beberapa bagian atau hubungi Disnaker.",
    "bad_manifest": "Keterangan (manifest) bundle rusak. Berkas rusak atau diubah; minta bundle baru.",
    "not_canonical": "Keterangan (manifest) bundle tidak dalam bentuk bakunya: berkas telah diubah. Minta bundle baru.",
    "wrong_kind": "Jenis bundle tidak sesuai dengan yang diharapkan. Pilih berkas yang benar.",
    "unknown_key": "Bundle ditandatangani oleh perangkat yang tidak dikenal. Daftarkan perangkat atau periksa asal berkas.",
    "bad_signature": "Tanda tangan digital bundle tidak cocok: berkas rusak atau diubah. Jangan dipakai; minta bundle baru.",
    "size_mismatch": "Ukuran isi bundle tidak sesuai keterangannya: berkas rusak. Salin ulang atau minta bundle baru.",
    "hash_mismatch": "Isi bundle tidak cocok dengan sidik (hash) di keterangannya: berkas rusak. Minta bundle baru.",
    "not_a_recipient": "Bundle ini tidak dienkripsi untuk kunci ini, sehingga tidak dapat dibuka di sini.",
    "decrypt_failed": "Isi bundle tidak dapat didekripsi: berkas rusak atau kunci salah. Minta bundle baru.",
    "bad_payload": "Isi bundle rusak setelah didekripsi. Minta kantor pengirim mengekspor ulang.",
    "count_mismatch": "Jumlah catatan di isi bundle tidak sesuai keterangannya. Minta bundle baru.",
    "bad_record": "Ada catatan yang bentuknya salah di dalam bundle. Minta kantor pengirim mengekspor ulang.",
    "bad_sequence": "Nomor urut catatan di dalam bundle tidak berurutan. Minta kantor pengirim mengekspor ulang.",
    "wrong_device": "Tanda terima ini ditujukan untuk perangkat lain. Pilih tanda terima milik kantor ini.",
    "unsafe_name": "Nama berkas tidak aman (memuat folder atau karakter terlarang).",
}

# Reason codes of KeyFileRefused (enrolment file and hub identity file).
KEY_FILE_REASONS: dict[str, str] = {
    "unreadable": "Berkas tidak dapat dibaca dari disk.",
    "too_large": "Berkas terlalu besar untuk berkas kunci Jamsos. Pilih berkas yang benar.",
    "not_json": "Berkas rusak: bukan JSON yang sah. Minta berkas baru.",
    "not_canonical": "Berkas telah diubah (misalnya dibuka lalu disimpan dengan editor teks). Minta berkas baru.",
    "wrong_kind": "Jenis berkas tidak sesuai. Pilih berkas yang benar.",
    "unsupported_version": "Berkas dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi Jamsos.",
    "bad_field": "Ada isian yang salah atau hilang di berkas. Minta berkas baru.",
    "bad_signature": "Tanda tangan digital berkas tidak cocok: berkas rusak atau diubah. Jangan dipakai.",
    "fingerprint_mismatch": "Sidik jari kunci di berkas tidak cocok dengan kuncinya: berkas diubah. Jangan dipakai.",
    "device_id_mismatch": "ID perangkat di berkas tidak cocok dengan kuncinya: berkas diubah. Jangan dipakai.",
}


class SyncRefused(Refused):
    """Base of every refusal in sync/: `reason` (also its `code`) is a stable word, `message` is for people."""

    reasons: dict[str, str] = {}

    def __init__(self, reason: str, message: str | None = None) -> None:
        if reason not in self.reasons:
            raise ValueError(f"unknown refusal reason {reason!r}")
        self.reason = reason
        super().__init__(message or self.reasons[reason], code=reason)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.reason!r}, {self.message!r})"


class BundleRefused(SyncRefused):
    """A bundle or receipt file was refused; nothing in it may be used."""

    reasons = BUNDLE_REASONS


class KeyFileRefused(SyncRefused):
    """An enrolment file or hub identity file was refused; no key in it may be trusted."""

    reasons = KEY_FILE_REASONS
