//! Turkish (Türkçe): translation of the diagnosis feature's English reference text in `en.rs`.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "Bağlantı hiç açılmadı: WebSocket el sıkışması, soket oluşturulduktan {after} sonra başarısız oldu.",
            fix: "DevTools'u açın, Network sekmesinde WS filtresini seçin ve upgrade isteğine bakın (script'ler bu isteğin durumunu okuyamaz; tarayıcılar bunu bilerek gizler). Yanıt yoksa: sunucu kapalıdır ya da host yanlıştır. 404: yanlış yol. 401 veya 403: sunucu ya da bir proxy origin'i, cookie'yi veya token'ı reddetti. Sertifika hatası: TLS'i düzeltin (`wss://` için tarayıcının güvendiği bir sertifika gerekir).",
        },
        idle_timeout: RuleText {
            summary: "Bağlantıyı bir boşta kalma zaman aşımı sonlandırdı: {idle} boyunca hiçbir şey gönderilmedi ya da alınmadı; bu, {who} için geçerli olan {timeout} boşta kalma zaman aşımıyla örtüşüyor.",
            fix: "Bağlantının hiçbir zaman bu kadar uzun süre boşta kalmaması için sunucunun en fazla {heartbeat} arayla WebSocket ping'leri göndermesini sağlayın: tarayıcı bunları, sayfanın kendi zamanlayıcılarının dakikada yalnızca bir kez çalışabildiği gizli bir sekmede bile kendisi yanıtlar. Sunucu ping gönderemiyorsa bunun yerine bir uygulama heartbeat'i gönderin; ya da yapabildiğiniz yerde zaman aşımını yükseltin ({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "Bağlantı {idle} boyunca boşta kaldı, sonra Close çerçevesi olmadan koptu: bir proxy, yük dengeleyici ya da sunucunun kendisi boşta kalan bağlantıları kapatıyor olabilir.",
            fix: "Yol üzerindeki boşta kalma zaman aşımlarını (sunucununkini, her proxy'ninkini ve yük dengeleyicininkini) bulun ve sunucunun en kısasından daha sık ping göndermesini sağlayın: tarayıcı bunları gizli bir sekmede bile kendisi yanıtlar. Sunucu bunu yapamıyorsa bir uygulama heartbeat'i gönderin; ya da zaman aşımını yükseltin.",
        },
        went_offline: RuleText {
            summary: "Tarayıcı, bağlantı kopmadan {before} önce çevrimdışı oldu: bağlantıyı sunucu değil, ağ sonlandırdı.",
            fix: "Sunucuda düzeltilecek bir şey yok. Kullanıcıya çevrimdışı olduğunu söyleyin ve çevrimdışıyken tekrar denemek yerine `window` üzerinde `online` olayı tetiklendiğinde yeniden bağlanın.",
        },
        page_hidden: RuleText {
            summary: "Sayfa, kapanıştan {before} önce gizlendi: Chrome, 5 dakikadır gizli olan bir sayfanın zamanlayıcılarını en fazla dakikada bir kez çalıştırır; ayrıca gizli bir sayfayı dondurabilir (zamanlayıcıları ve geri çağırmaları durur) ya da atabilir (sayfa bellekten kaldırılır, bağlantıları da onunla birlikte gider).",
            fix: "Sayfa arka plandayken kapanışlar olacağını varsayın: `visibilitychange` sayfanın yeniden görünür olduğunu bildirdiğinde yeniden bağlanın.",
        },
        page_unloading: RuleText {
            summary: "Soket kapandığında sayfa kaldırılıyordu (yenileniyor, kapatılıyor ya da başka bir sayfaya geçiliyordu).",
            fix: "Bozuk bir şey yok: tarayıcılar bir sayfadan ayrılırken o sayfanın soketlerini 1001 ile kapatır. Bunu hata olarak saymayın ve ayrılmakta olan bir sayfadan yeniden bağlanmayın.",
        },
        message_too_big: RuleText {
            summary: "Karşı taraf çok büyük bir mesajı reddetti: bu sayfa az önce {bytes} baytlık bir mesaj göndermişti.",
            fix: "Büyük payload'ları sunucunun sınırının altındaki parçalara bölün ya da sunucudaki (ve aradaki her proxy'deki) sınırı yükseltin.",
        },
        closed_by_page: RuleText {
            summary: "Bağlantıyı bu sayfa kendisi kapattı: close olayından {before} önce {call} çağrısını yaptı.",
            fix: "Bu bilerek yapıldıysa bozuk bir şey yok. Değilse, hangisinin çalıştığını bulmak için `.close(` çağrılarınıza breakpoint koyun.",
        },
        closed_by_server: RuleText {
            summary: "Sunucu bağlantıyı normal bir kapanışla sonlandırdı; bu sayfa hiç `close()` çağırmadı.",
            fix: "Sunucunun oturumu neden sonlandırdığını loglarından öğrenin: bir çıkış işlemi, bunun yerini alan daha yeni bir bağlantı, tamamlanan bir iş ya da bir kapatma.",
        },
        closed_right_after_open: RuleText {
            summary: "Bağlantı açıldıktan {after} sonra kapandı: sunucular bir istemciyi el sıkışmanın hemen ardından reddettiklerinde bunu yapar, genellikle kimlik doğrulama ya da politika nedeniyle.",
            fix: "İstemcinin ne sunduğunu (URL'deki token, cookie, ilk mesaj) kontrol edin ve neden reddedildiğini sunucunun loglarından ya da kapanış nedeninden öğrenin.",
        },
        reconnect_storm: RuleText {
            summary: "Bu URL'ye açılan {count} bağlantı {window} içinde kapandı: istemci çok hızlı yeniden bağlanıyor (bir yeniden bağlanma fırtınası).",
            fix: "Denemeler arasında full jitter'lı üstel backoff ile bekleyin (`reconnectDelay()` bunu hesaplar) ve önce bir düzeltme gerektiren kodlarda yeniden denemeyi bırakın.",
        },
    },
    confidence: Confidences {
        high: "Büyük olasılıkla",
        medium: "Olası",
        low: "Kontrol etmeye değer",
    },
    evidence: Evidence {
        never_opened: "hiç açılmadı: oluşturulduktan {after} sonra kapandı",
        error_event: "kapanıştan {before} önce bir `error` olayı tetiklendi",
        idle_dropped: "{idle} boyunca boşta kaldı, sonra Close çerçevesi olmadan koptu",
        idle_closed: "{idle} boyunca boşta kaldı, sonra kapandı",
        known_timeout: "{who}, {timeout} boyunca boşta kalan bağlantıları kapatır",
        last_activity: "son gönderilen mesaj: {sent}; son alınan mesaj: {received}",
        never: "hiç",
        went_offline: "`navigator.onLine`, kapanıştan {before} önce false oldu",
        offline_at_close: "soket kapandığında tarayıcı çevrimdışıydı",
        went_hidden: "sayfa, kapanıştan {before} önce gizlendi",
        hidden_at_close: "soket kapandığında sayfa gizliydi",
        unloading: "`pagehide`, kapanıştan {before} önce tetiklendi",
        last_sent: "son gönderilen mesaj {bytes} bayttı, kapanıştan {before} önce",
        over_limit: "{bytes} bayt, yaygın {limit} ({limit_bytes} bayt) sınırının üzerinde",
        limit_closes: "{who} varsayılan olarak en fazla {limit} boyutunda mesaj kabul eder ve daha büyük bir mesajda bağlantıyı {code} ile kapatır",
        limit_drops: "{who} varsayılan olarak en fazla {limit} boyutunda mesaj kabul eder ve daha büyük bir mesajda bağlantıyı Close çerçevesi göndermeden koparır: sayfa 1006 görür",
        largest_sent: "gönderilen en büyük mesaj {bytes} bayttı",
        close_called: "sayfa, close olayından {before} önce {call} çağrısını yaptı",
        no_close_call: "sayfa `close()` çağırmadı",
        opened_then_closed: "açıldı, {after} sonra kapandı; bu sürede {sent} mesaj gönderildi, {received} mesaj alındı",
        earlier_closes: "bu URL {window} içinde {count} kez kapandı",
        buffered: "{bytes} bayt hâlâ gönderilmeyi bekliyordu (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "WebSocket kapanışları",
        diagnosis: "Teşhis",
        no_diagnosis: "Kaydedilen geçmiş belirli bir nedene işaret etmiyor; elimizdeki tek şey aşağıdaki kod açıklaması.",
        evidence: "Kanıtlar",
        sources: "Kaynaklar",
        fix: "Çözüm",
        history: "Geçmiş",
        times: "×{count}",
        copy: "Markdown olarak kopyala",
        copied: "Kopyalandı",
        copy_fallback: "Burada kopyalama engelli: metin seçildi, Ctrl+C (⌘C) tuşlarına basın.",
        close: "Kapat",
        badge: "{count} WebSocket kapanışı: göster",
        url: "URL",
        opened: "Açıldı",
        lifetime: "Yaşam süresi",
        sent: "Gönderilen",
        received: "Alınan",
        traffic: "{count} mesaj, {bytes} bayt",
        yes: "evet",
        no: "hayır",
    },
};
