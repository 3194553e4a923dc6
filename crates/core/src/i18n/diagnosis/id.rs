//! Indonesian (Bahasa Indonesia): translation of the diagnosis feature's English reference text in `en.rs`.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "Koneksi tidak pernah terbuka: handshake WebSocket gagal {after} setelah socket dibuat.",
            fix: "Buka DevTools, tab Network, filter WS, lalu lihat request upgrade-nya (script tidak bisa membaca status-nya; browser sengaja menyembunyikannya). Tidak ada respons: server mati atau host-nya salah. 404: path salah. 401 atau 403: server atau proxy menolak origin, cookie, atau token. Error sertifikat: perbaiki TLS (`wss://` memerlukan sertifikat yang dipercaya browser).",
        },
        idle_timeout: RuleText {
            summary: "Idle timeout mengakhiri koneksi: tidak ada yang dikirim atau diterima selama {idle}, cocok dengan idle timeout {timeout} milik {who}.",
            fix: "Buat server mengirim ping WebSocket setiap {heartbeat} atau lebih sering, agar koneksi tidak pernah idle selama itu: browser menjawabnya sendiri, bahkan di tab tersembunyi, tempat timer milik halaman itu sendiri mungkin hanya berjalan sekali per menit. Jika server tidak bisa mengirim ping, kirim heartbeat aplikasi sebagai gantinya; atau naikkan timeout-nya di tempat yang bisa Anda ubah ({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "Koneksi idle selama {idle}, lalu terputus tanpa frame Close: proxy, load balancer, atau server itu sendiri mungkin menutup koneksi yang idle.",
            fix: "Cari idle timeout di sepanjang jalur (milik server, dan milik setiap proxy dan load balancer), lalu buat server mengirim ping lebih sering daripada yang terpendek: browser menjawabnya sendiri, bahkan di tab tersembunyi. Jika server tidak bisa, kirim heartbeat aplikasi; atau naikkan timeout-nya.",
        },
        went_offline: RuleText {
            summary: "Browser menjadi offline {before} sebelum koneksi terputus: yang mengakhirinya adalah jaringan, bukan server.",
            fix: "Tidak ada yang perlu diperbaiki di server. Beri tahu pengguna bahwa mereka sedang offline dan sambung ulang saat `window` memicu `online`, alih-alih terus mencoba selama offline.",
        },
        page_hidden: RuleText {
            summary: "Halaman disembunyikan {before} sebelum koneksi ditutup: Chrome menjalankan timer halaman yang sudah tersembunyi selama 5 menit paling sering sekali per menit, dan dapat membekukan halaman tersembunyi (timer dan callback-nya berhenti) atau membuangnya (halaman dikeluarkan dari memori, beserta koneksinya).",
            fix: "Anggap wajar jika koneksi ditutup saat halaman berada di latar belakang: sambung ulang saat `visibilitychange` melaporkan halaman terlihat lagi.",
        },
        page_unloading: RuleText {
            summary: "Halaman sedang di-unload (dimuat ulang, ditutup, atau ditinggalkan) ketika socket ditutup.",
            fix: "Tidak ada yang rusak: browser menutup socket milik halaman dengan 1001 saat halaman itu ditinggalkan. Jangan hitung sebagai error, dan jangan sambung ulang dari halaman yang sedang ditinggalkan.",
        },
        message_too_big: RuleText {
            summary: "Peer menolak pesan yang terlalu besar: halaman ini baru saja mengirim {bytes} byte.",
            fix: "Pecah payload besar menjadi potongan di bawah batas server, atau naikkan batasnya di server (dan di setiap proxy di antaranya).",
        },
        closed_by_page: RuleText {
            summary: "Halaman ini menutup koneksinya sendiri: halaman memanggil {call} {before} sebelum event close.",
            fix: "Tidak ada yang rusak jika memang disengaja. Jika tidak, pasang breakpoint pada pemanggilan `.close(` untuk menemukan mana yang dijalankan.",
        },
        closed_by_server: RuleText {
            summary: "Server mengakhiri koneksi dengan penutupan normal; halaman ini tidak pernah memanggil `close()`.",
            fix: "Baca log server untuk mengetahui mengapa sesi diakhiri: logout, koneksi yang lebih baru menggantikan koneksi ini, job yang selesai, atau server dimatikan.",
        },
        closed_right_after_open: RuleText {
            summary: "Koneksi ditutup {after} setelah terbuka: server melakukan ini saat menolak klien tepat setelah handshake, biasanya karena autentikasi atau kebijakan.",
            fix: "Periksa apa yang dikirim klien (token di URL, cookie, pesan pertama), lalu lihat log server atau alasan penutupan untuk mengetahui mengapa klien ditolak.",
        },
        reconnect_storm: RuleText {
            summary: "{count} koneksi ke URL ini ditutup dalam {window}: klien menyambung ulang terlalu cepat (reconnect storm).",
            fix: "Beri jeda antarpercobaan dengan backoff eksponensial dan full jitter (`reconnectDelay()` menghitungnya), dan berhenti mencoba ulang untuk kode yang perlu diperbaiki dulu.",
        },
    },
    confidence: Confidences {
        high: "Kemungkinan besar",
        medium: "Mungkin",
        low: "Layak diperiksa",
    },
    evidence: Evidence {
        never_opened: "tidak pernah terbuka: ditutup {after} setelah dibuat",
        error_event: "event `error` terpicu {before} sebelum penutupan",
        idle_dropped: "idle selama {idle}, lalu terputus tanpa frame Close",
        idle_closed: "idle selama {idle}, lalu ditutup",
        known_timeout: "{who} menutup koneksi yang idle selama {timeout}",
        last_activity: "pesan terakhir dikirim: {sent}; pesan terakhir diterima: {received}",
        never: "tidak pernah",
        went_offline: "`navigator.onLine` menjadi false {before} sebelum penutupan",
        offline_at_close: "browser sedang offline saat socket ditutup",
        went_hidden: "halaman disembunyikan {before} sebelum penutupan",
        hidden_at_close: "halaman sedang tersembunyi saat socket ditutup",
        unloading: "`pagehide` terpicu {before} sebelum penutupan",
        last_sent: "pesan terakhir yang dikirim berukuran {bytes} byte, {before} sebelum penutupan",
        over_limit: "{bytes} byte melebihi batas umum {limit} ({limit_bytes} byte)",
        limit_closes: "{who} secara default menerima pesan hingga {limit} dan menutup koneksi dengan {code} jika ada yang lebih besar",
        limit_drops: "{who} secara default menerima pesan hingga {limit} dan memutus koneksi tanpa frame Close jika ada yang lebih besar: halaman melihat 1006",
        largest_sent: "pesan terbesar yang dikirim berukuran {bytes} byte",
        close_called: "halaman memanggil {call} {before} sebelum event close",
        no_close_call: "halaman tidak memanggil `close()`",
        opened_then_closed: "terbuka, lalu ditutup {after} kemudian, setelah {sent} pesan dikirim dan {received} diterima",
        earlier_closes: "{count} penutupan URL ini dalam {window}",
        buffered: "{bytes} byte masih menunggu untuk dikirim (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "Penutupan WebSocket",
        diagnosis: "Diagnosis",
        no_diagnosis: "Riwayat yang terekam tidak menunjuk ke penyebab tertentu; penjelasan kode di bawah adalah satu-satunya informasi yang ada.",
        evidence: "Bukti",
        sources: "Sumber",
        fix: "Perbaikan",
        history: "Riwayat",
        times: "×{count}",
        copy: "Salin sebagai Markdown",
        copied: "Tersalin",
        copy_fallback: "Penyalinan diblokir di sini: teksnya sudah dipilih, tekan Ctrl+C (⌘C).",
        close: "Tutup",
        badge: "{count} penutupan WebSocket: tampilkan",
        url: "URL",
        opened: "Terbuka",
        lifetime: "Masa hidup",
        sent: "Dikirim",
        received: "Diterima",
        traffic: "{count} pesan, {bytes} byte",
        yes: "ya",
        no: "tidak",
    },
};
