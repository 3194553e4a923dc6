//! German (Deutsch): translation of the diagnosis feature's English reference text in `en.rs`.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "Die Verbindung wurde nie geöffnet: Der WebSocket-Handshake ist {after} nach dem Erzeugen des Sockets fehlgeschlagen.",
            fix: "Öffne die DevTools, Tab „Netzwerk“, Filter WS, und sieh dir den Upgrade-Request an (Skripte können seinen Status nicht lesen; Browser verbergen ihn absichtlich). Keine Antwort: Der Server ist down oder der Host falsch. 404: falscher Pfad. 401 oder 403: Der Server oder ein Proxy hat Origin, Cookie oder Token abgelehnt. Ein Zertifikatsfehler: Bring TLS in Ordnung (`wss://` braucht ein Zertifikat, dem der Browser vertraut).",
        },
        idle_timeout: RuleText {
            summary: "Ein Idle-Timeout hat die Verbindung beendet: {idle} lang wurde nichts gesendet oder empfangen, was zum Idle-Timeout von {timeout} bei {who} passt.",
            fix: "Lass den Server alle {heartbeat} oder öfter WebSocket-Pings senden, damit die Verbindung nie so lange inaktiv ist: Der Browser beantwortet sie selbst, auch in einem ausgeblendeten Tab, in dem die Timer der Seite womöglich nur einmal pro Minute laufen. Wo der Server keine Pings senden kann, sende stattdessen einen Heartbeat auf Anwendungsebene; oder erhöhe den Timeout, wo du kannst ({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "Die Verbindung war {idle} lang inaktiv und brach dann ohne Close-Frame ab: Ein Proxy, ein Load Balancer oder der Server selbst schließt womöglich inaktive Verbindungen.",
            fix: "Finde die Idle-Timeouts auf dem Weg (den des Servers und den jedes Proxys und Load Balancers) und lass den Server öfter Pings senden, als der kürzeste davon vorgibt: Der Browser beantwortet sie selbst, auch in einem ausgeblendeten Tab. Wo der Server das nicht kann, sende einen Heartbeat auf Anwendungsebene; oder erhöhe den Timeout.",
        },
        went_offline: RuleText {
            summary: "Der Browser ging {before} vor dem Abbruch offline: Das Netzwerk hat die Verbindung beendet, nicht der Server.",
            fix: "Auf dem Server gibt es nichts zu beheben. Zeig dem Nutzer, dass er offline ist, und verbinde neu, wenn `window` das Event `online` auslöst, statt es offline immer wieder zu versuchen.",
        },
        page_hidden: RuleText {
            summary: "Die Seite wurde {before} vor dem Schließen ausgeblendet: Chrome führt die Timer einer seit 5 Minuten ausgeblendeten Seite höchstens einmal pro Minute aus und kann eine ausgeblendete Seite einfrieren (ihre Timer und Callbacks stehen still) oder verwerfen (sie wird entladen, und mit ihr ihre Verbindungen).",
            fix: "Rechne mit Abbrüchen, solange die Seite im Hintergrund ist: Verbinde neu, wenn `visibilitychange` meldet, dass die Seite wieder sichtbar ist.",
        },
        page_unloading: RuleText {
            summary: "Die Seite wurde gerade entladen (neu geladen, geschlossen oder verlassen), als der Socket geschlossen wurde.",
            fix: "Nichts ist kaputt: Browser schließen die Sockets einer Seite mit 1001, wenn sie verschwindet. Zähl das nicht als Fehler, und verbinde nicht von einer Seite aus neu, die gerade verlassen wird.",
        },
        message_too_big: RuleText {
            summary: "Der Peer hat eine zu große Nachricht abgelehnt: Diese Seite hatte gerade {bytes} Bytes gesendet.",
            fix: "Teile große Payloads in Chunks unterhalb des Server-Limits auf, oder erhöhe das Limit auf dem Server (und auf jedem Proxy dazwischen).",
        },
        closed_by_page: RuleText {
            summary: "Diese Seite hat die Verbindung selbst geschlossen: Sie hat {before} vor dem close-Event {call} aufgerufen.",
            fix: "Wenn das gewollt war, ist nichts kaputt. Wenn nicht, setz einen Breakpoint auf deine `.close(`-Aufrufe, um herauszufinden, welcher ausgeführt wurde.",
        },
        closed_by_server: RuleText {
            summary: "Der Server hat die Verbindung mit einem normalen Schließen beendet; diese Seite hat nie `close()` aufgerufen.",
            fix: "Lies in den Server-Logs nach, warum er die Session beendet hat: ein Logout, eine neuere Verbindung, die diese ersetzt, ein fertiger Job oder ein Herunterfahren.",
        },
        closed_right_after_open: RuleText {
            summary: "Die Verbindung wurde {after} nach dem Öffnen geschlossen: Das tun Server, wenn sie einen Client direkt nach dem Handshake abweisen, meist wegen Authentifizierung oder einer Policy.",
            fix: "Prüfe, was der Client mitschickt (Token in der URL, Cookie, erste Nachricht), und lies in den Server-Logs oder im Close-Grund nach, warum er abgewiesen wurde.",
        },
        reconnect_storm: RuleText {
            summary: "{count} Verbindungen zu dieser URL wurden innerhalb von {window} geschlossen: Der Client verbindet sich zu schnell neu (ein Reconnect-Sturm).",
            fix: "Warte zwischen den Versuchen mit exponentiellem Backoff und Full Jitter (`reconnectDelay()` berechnet das), und hör bei Codes, die erst eine Korrektur brauchen, mit den Retries auf.",
        },
    },
    confidence: Confidences {
        high: "Wahrscheinlich",
        medium: "Möglich",
        low: "Prüfenswert",
    },
    evidence: Evidence {
        never_opened: "nie geöffnet: {after} nach dem Erzeugen geschlossen",
        error_event: "ein `error`-Event wurde {before} vor dem Schließen ausgelöst",
        idle_dropped: "{idle} lang inaktiv, dann ohne Close-Frame abgebrochen",
        idle_closed: "{idle} lang inaktiv, dann geschlossen",
        known_timeout: "{who} schließt Verbindungen, die {timeout} lang inaktiv sind",
        last_activity: "letzte gesendete Nachricht: {sent}; letzte empfangene Nachricht: {received}",
        never: "nie",
        went_offline: "`navigator.onLine` wurde {before} vor dem Schließen false",
        offline_at_close: "der Browser war offline, als der Socket geschlossen wurde",
        went_hidden: "die Seite wurde {before} vor dem Schließen ausgeblendet",
        hidden_at_close: "die Seite war ausgeblendet, als der Socket geschlossen wurde",
        unloading: "`pagehide` wurde {before} vor dem Schließen ausgelöst",
        last_sent: "die zuletzt gesendete Nachricht war {bytes} Bytes groß, {before} vor dem Schließen",
        over_limit: "{bytes} Bytes liegen über dem gängigen Limit von {limit} ({limit_bytes} Bytes)",
        limit_closes: "{who} akzeptiert standardmäßig Nachrichten bis {limit} und schließt die Verbindung mit {code}, wenn eine größer ist",
        limit_drops: "{who} akzeptiert standardmäßig Nachrichten bis {limit} und bricht die Verbindung ohne Close-Frame ab, wenn eine größer ist: Die Seite sieht 1006",
        largest_sent: "die größte gesendete Nachricht war {bytes} Bytes groß",
        close_called: "die Seite hat {before} vor dem close-Event {call} aufgerufen",
        no_close_call: "die Seite hat `close()` nicht aufgerufen",
        opened_then_closed: "geöffnet, dann {after} später geschlossen, nach {sent} gesendeten und {received} empfangenen Nachrichten",
        earlier_closes: "{count} Abbrüche dieser URL innerhalb von {window}",
        buffered: "{bytes} Bytes warteten noch auf das Senden (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "Beendete WebSocket-Verbindungen",
        diagnosis: "Diagnose",
        no_diagnosis: "Der aufgezeichnete Verlauf deutet auf keine bestimmte Ursache hin; mehr als die Erklärung des Codes unten gibt es nicht.",
        evidence: "Indizien",
        sources: "Quellen",
        fix: "Lösung",
        history: "Verlauf",
        times: "×{count}",
        copy: "Als Markdown kopieren",
        copied: "Kopiert",
        copy_fallback: "Kopieren ist hier blockiert: Der Text ist markiert, drück Strg+C (⌘C).",
        close: "Schließen",
        badge: "{count} beendete WebSocket-Verbindungen: anzeigen",
        url: "URL",
        opened: "Geöffnet",
        lifetime: "Lebensdauer",
        sent: "Gesendet",
        received: "Empfangen",
        traffic: "{count} Nachrichten, {bytes} Bytes",
        yes: "ja",
        no: "nein",
    },
};
