//! Hindi (हिन्दी): translation of the diagnosis feature's English reference text in `en.rs`.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "Connection कभी खुला ही नहीं: socket बनने के {after} बाद WebSocket handshake fail हो गया।",
            fix: "DevTools खोलें, Network tab में WS filter लगाएँ, और upgrade request देखें (scripts उसका status नहीं पढ़ सकते; browsers इसे जानबूझकर छिपाते हैं)। कोई response नहीं: server down है या host गलत है। 404: path गलत है। 401 या 403: server या किसी proxy ने origin, cookie या token को reject किया। Certificate error: TLS ठीक करें (`wss://` के लिए ऐसा certificate चाहिए जिस पर browser भरोसा करे)।",
        },
        idle_timeout: RuleText {
            summary: "Idle timeout ने connection ख़त्म किया: {idle} तक न कुछ भेजा गया, न कुछ मिला, जो {who} के {timeout} वाले idle timeout से मेल खाता है।",
            fix: "Server से हर {heartbeat} या उससे भी जल्दी WebSocket pings भिजवाएँ, ताकि connection कभी इतनी देर idle न रहे: browser इनका जवाब खुद देता है, hidden tab में भी, जहाँ page के अपने timers शायद मिनट में सिर्फ़ एक बार चलें। जहाँ server ping नहीं भेज सकता, वहाँ इसकी जगह application heartbeat भेजें; या जहाँ हो सके वहाँ timeout बढ़ाएँ ({setting})।",
        },
        idle_then_dropped: RuleText {
            summary: "Connection {idle} तक idle रहा, फिर बिना Close frame के टूट गया: कोई proxy, load balancer या खुद server idle connections बंद कर सकता है।",
            fix: "रास्ते में आने वाले सभी idle timeouts पता करें (server का, और हर proxy और load balancer का), और server से सबसे छोटे timeout से ज़्यादा बार pings भिजवाएँ: browser इनका जवाब खुद देता है, hidden tab में भी। जहाँ server ऐसा नहीं कर सकता, वहाँ application heartbeat भेजें; या timeout बढ़ाएँ।",
        },
        went_offline: RuleText {
            summary: "Connection टूटने से {before} पहले browser offline हो गया था: इसे network ने ख़त्म किया, server ने नहीं।",
            fix: "Server पर ठीक करने को कुछ नहीं है। User को बताएँ कि वह offline है, और offline रहते हुए बार-बार retry करने के बजाय तब reconnect करें जब `window` पर `online` event fire हो।",
        },
        page_hidden: RuleText {
            summary: "Close से {before} पहले page hidden हो गया था: Chrome 5 मिनट से hidden page के timers को मिनट में ज़्यादा से ज़्यादा एक बार चलाता है, और hidden page को freeze कर सकता है (उसके timers और callbacks रुक जाते हैं) या discard कर सकता है (page memory से हटा दिया जाता है, और उसके साथ उसके connections भी)।",
            fix: "Page के background में रहते हुए close होना सामान्य मानें: जब `visibilitychange` बताए कि page फिर से visible है, तब reconnect करें।",
        },
        page_unloading: RuleText {
            summary: "Socket बंद होते समय page unload हो रहा था (reload, बंद या किसी दूसरे page पर navigate)।",
            fix: "कुछ भी टूटा नहीं है: जब कोई page छोड़ा जाता है, तो browser उसके sockets को 1001 के साथ बंद करते हैं। इसे error न गिनें, और छोड़े जा रहे page से reconnect न करें।",
        },
        message_too_big: RuleText {
            summary: "Peer ने बहुत बड़ा message लेने से मना कर दिया: इस page ने अभी-अभी {bytes} bytes भेजे थे।",
            fix: "बड़े payloads को server की limit से छोटे chunks में बाँटें, या server पर (और बीच के हर proxy पर) limit बढ़ाएँ।",
        },
        closed_by_page: RuleText {
            summary: "इस page ने connection खुद बंद किया: close event से {before} पहले इसने {call} call किया।",
            fix: "अगर ऐसा जानबूझकर किया गया था, तो कुछ भी टूटा नहीं है। अगर नहीं, तो अपने `.close(` calls पर breakpoint लगाकर पता करें कि कौन-सा call चला।",
        },
        closed_by_server: RuleText {
            summary: "Server ने connection को normal closure के साथ ख़त्म किया; इस page ने कभी `close()` call नहीं किया।",
            fix: "Server के logs में देखें कि उसने session क्यों ख़त्म किया: logout, इसकी जगह लेने वाला कोई नया connection, कोई पूरा हुआ job, या shutdown।",
        },
        closed_right_after_open: RuleText {
            summary: "Connection खुलने के {after} बाद ही बंद हो गया: servers ऐसा तब करते हैं जब वे handshake के तुरंत बाद किसी client को reject करते हैं, आम तौर पर authentication या policy की वजह से।",
            fix: "जाँचें कि client क्या भेजता है (URL में token, cookie, पहला message), और server के logs या close reason में देखें कि उसे क्यों reject किया गया।",
        },
        reconnect_storm: RuleText {
            summary: "इस URL के {count} connections {window} के अंदर बंद हुए: client बहुत तेज़ी से reconnect कर रहा है (reconnect storm)।",
            fix: "हर कोशिश के बीच exponential backoff और full jitter के साथ रुकें (`reconnectDelay()` इसे calculate करता है), और जिन codes को पहले fix की ज़रूरत है, उन पर retry करना बंद करें।",
        },
    },
    confidence: Confidences {
        high: "ज़्यादा संभावना",
        medium: "संभव",
        low: "जाँचने लायक",
    },
    evidence: Evidence {
        never_opened: "कभी खुला नहीं: बनने के {after} बाद बंद हो गया",
        error_event: "Close से {before} पहले एक `error` event fire हुआ",
        idle_dropped: "{idle} तक idle रहा, फिर बिना Close frame के टूट गया",
        idle_closed: "{idle} तक idle रहा, फिर बंद हुआ",
        known_timeout: "{who} उन connections को बंद करता है जो {timeout} तक idle रहें",
        last_activity: "आख़िरी भेजा गया message: {sent}; आख़िरी मिला message: {received}",
        never: "कभी नहीं",
        went_offline: "Close से {before} पहले `navigator.onLine` false हो गया",
        offline_at_close: "Socket बंद होते समय browser offline था",
        went_hidden: "Close से {before} पहले page hidden हो गया",
        hidden_at_close: "Socket बंद होते समय page hidden था",
        unloading: "Close से {before} पहले `pagehide` fire हुआ",
        last_sent: "आख़िरी भेजा गया message {bytes} bytes का था, close से {before} पहले",
        over_limit: "{bytes} bytes आम {limit} ({limit_bytes} bytes) की limit से ज़्यादा है",
        limit_closes: "{who} डिफ़ॉल्ट रूप से {limit} तक के संदेश स्वीकार करता है और इससे बड़ा संदेश आने पर कनेक्शन {code} के साथ बंद कर देता है",
        limit_drops: "{who} डिफ़ॉल्ट रूप से {limit} तक के संदेश स्वीकार करता है और इससे बड़ा संदेश आने पर बिना Close फ़्रेम के कनेक्शन तोड़ देता है: पेज को 1006 दिखता है",
        largest_sent: "भेजा गया सबसे बड़ा message {bytes} bytes का था",
        close_called: "Close event से {before} पहले page ने {call} call किया",
        no_close_call: "Page ने `close()` call नहीं किया",
        opened_then_closed: "खुला, फिर {after} बाद बंद हुआ; तब तक {sent} messages भेजे गए और {received} मिले",
        earlier_closes: "{window} के अंदर इस URL के {count} closes",
        buffered: "{bytes} bytes अब भी भेजे जाने का इंतज़ार कर रहे थे (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "बंद हुए WebSocket",
        diagnosis: "निदान",
        no_diagnosis: "दर्ज इतिहास किसी ख़ास कारण की ओर इशारा नहीं करता; नीचे दी गई code की व्याख्या ही उपलब्ध जानकारी है।",
        evidence: "सबूत",
        sources: "स्रोत",
        fix: "समाधान",
        history: "इतिहास",
        times: "×{count}",
        copy: "Markdown के रूप में copy करें",
        copied: "Copy हो गया",
        copy_fallback: "यहाँ copy करना blocked है: text select कर दिया गया है, Ctrl+C (⌘C) दबाएँ।",
        close: "बंद करें",
        badge: "{count} WebSocket closes: इन्हें दिखाएँ",
        url: "URL",
        opened: "खुला",
        lifetime: "कुल अवधि",
        sent: "भेजे गए",
        received: "मिले",
        traffic: "{count} messages और {bytes} bytes",
        yes: "हाँ",
        no: "नहीं",
    },
};
