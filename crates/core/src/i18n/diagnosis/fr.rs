//! French (Français): translation of the diagnosis feature's English reference text.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "La connexion ne s'est jamais ouverte : le handshake WebSocket a échoué {after} après la création du socket.",
            fix: "Ouvrez les DevTools, onglet Réseau (Network), filtre WS, et regardez la requête d'upgrade (les scripts ne peuvent pas lire son statut ; les navigateurs le masquent volontairement). Pas de réponse : le serveur est arrêté ou l'hôte est incorrect. 404 : mauvais chemin. 401 ou 403 : le serveur ou un proxy a refusé l'origine, le cookie ou le token. Une erreur de certificat : corrigez TLS (`wss://` exige un certificat auquel le navigateur fait confiance).",
        },
        idle_timeout: RuleText {
            summary: "Un timeout d'inactivité a mis fin à la connexion : rien n'a été envoyé ni reçu pendant {idle}, ce qui correspond au timeout d'inactivité de {timeout} de {who}.",
            fix: "Faites envoyer par le serveur des pings WebSocket toutes les {heartbeat} ou plus souvent, pour que la connexion ne reste jamais inactive aussi longtemps : le navigateur y répond lui-même, même dans un onglet masqué, où les minuteurs de la page elle-même peuvent ne s'exécuter qu'une fois par minute. Si le serveur ne peut pas envoyer de pings, envoyez plutôt un heartbeat applicatif ; ou relevez le timeout là où c'est possible ({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "La connexion est restée inactive pendant {idle}, puis a été coupée sans trame Close : un proxy, un load balancer ou le serveur lui-même peut fermer les connexions inactives.",
            fix: "Repérez les timeouts d'inactivité sur le chemin (celui du serveur, et celui de chaque proxy et load balancer) et faites envoyer par le serveur des pings plus souvent que le plus court d'entre eux : le navigateur y répond lui-même, même dans un onglet masqué. Si le serveur ne le peut pas, envoyez un heartbeat applicatif ; ou relevez le timeout.",
        },
        went_offline: RuleText {
            summary: "Le navigateur est passé hors ligne {before} avant la coupure de la connexion : c'est le réseau, et non le serveur, qui y a mis fin.",
            fix: "Rien à corriger côté serveur. Indiquez à l'utilisateur qu'il est hors ligne et reconnectez-vous quand `window` déclenche `online`, au lieu de réessayer tant qu'il est hors ligne.",
        },
        page_hidden: RuleText {
            summary: "La page a été masquée {before} avant la fermeture : Chrome n'exécute les minuteurs d'une page masquée depuis 5 minutes qu'une fois par minute au plus, et peut geler une page masquée (ses minuteurs et callbacks s'arrêtent) ou l'abandonner (elle est déchargée, et ses connexions avec elle).",
            fix: "Attendez-vous à des fermetures tant que la page est en arrière-plan : reconnectez-vous quand `visibilitychange` signale que la page est de nouveau visible.",
        },
        page_unloading: RuleText {
            summary: "La page était en cours de déchargement (rechargée, fermée ou quittée pour une autre) quand le socket s'est fermé.",
            fix: "Rien n'est cassé : les navigateurs ferment les sockets d'une page avec 1001 quand elle disparaît. Ne le comptez pas comme une erreur, et ne vous reconnectez pas depuis une page en train de partir.",
        },
        message_too_big: RuleText {
            summary: "Le pair a refusé un message trop volumineux : cette page venait d'envoyer {bytes} octets.",
            fix: "Découpez les gros payloads en morceaux sous la limite du serveur, ou relevez la limite sur le serveur (et sur chaque proxy intermédiaire).",
        },
        closed_by_page: RuleText {
            summary: "Cette page a fermé la connexion elle-même : elle a appelé {call} {before} avant l'événement close.",
            fix: "Rien n'est cassé si c'était voulu. Sinon, placez un breakpoint sur vos appels à `.close(` pour trouver celui qui s'est exécuté.",
        },
        closed_by_server: RuleText {
            summary: "Le serveur a mis fin à la connexion par une fermeture normale ; cette page n'a jamais appelé `close()`.",
            fix: "Consultez les logs du serveur pour savoir pourquoi il a mis fin à la session : une déconnexion, une connexion plus récente qui remplace celle-ci, une tâche terminée ou un arrêt.",
        },
        closed_right_after_open: RuleText {
            summary: "La connexion s'est fermée {after} après son ouverture : les serveurs font cela quand ils rejettent un client juste après le handshake, en général pour une question d'authentification ou de politique.",
            fix: "Vérifiez ce que présente le client (token dans l'URL, cookie, premier message) et consultez les logs du serveur ou la raison de fermeture pour savoir pourquoi il a été refusé.",
        },
        reconnect_storm: RuleText {
            summary: "{count} connexions vers cette URL se sont fermées en {window} : le client se reconnecte trop vite (une tempête de reconnexions).",
            fix: "Attendez entre les tentatives avec un backoff exponentiel et un full jitter (`reconnectDelay()` le calcule), et cessez de réessayer sur les codes qui demandent d'abord une correction.",
        },
    },
    confidence: Confidences {
        high: "Probable",
        medium: "Possible",
        low: "À vérifier",
    },
    evidence: Evidence {
        never_opened: "jamais ouverte : fermée {after} après sa création",
        error_event: "un événement `error` s'est déclenché {before} avant la fermeture",
        idle_dropped: "inactive pendant {idle}, puis coupée sans trame Close",
        idle_closed: "inactive pendant {idle}, puis fermée",
        known_timeout: "{who} ferme les connexions inactives depuis {timeout}",
        last_activity: "dernier message envoyé : {sent} ; dernier message reçu : {received}",
        never: "jamais",
        went_offline: "`navigator.onLine` est passé à false {before} avant la fermeture",
        offline_at_close: "le navigateur était hors ligne quand le socket s'est fermé",
        went_hidden: "la page a été masquée {before} avant la fermeture",
        hidden_at_close: "la page était masquée quand le socket s'est fermé",
        unloading: "`pagehide` s'est déclenché {before} avant la fermeture",
        last_sent: "le dernier message envoyé faisait {bytes} octets, {before} avant la fermeture",
        over_limit: "{bytes} octets dépassent la limite courante de {limit} ({limit_bytes} octets)",
        limit_closes: "{who} accepte par défaut des messages jusqu'à {limit} et ferme la connexion avec {code} quand un message est plus gros",
        limit_drops: "{who} accepte par défaut des messages jusqu'à {limit} et coupe la connexion sans trame Close quand un message est plus gros : la page voit 1006",
        largest_sent: "le plus gros message envoyé faisait {bytes} octets",
        close_called: "la page a appelé {call} {before} avant l'événement close",
        no_close_call: "la page n'a pas appelé `close()`",
        opened_then_closed: "ouverte, puis fermée {after} plus tard, après {sent} messages envoyés et {received} reçus",
        earlier_closes: "{count} fermetures de cette URL en {window}",
        buffered: "{bytes} octets attendaient encore d'être envoyés (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "Fermetures WebSocket",
        diagnosis: "Diagnostic",
        no_diagnosis: "L'historique enregistré ne désigne aucune cause précise ; l'explication du code ci-dessous est tout ce dont on dispose.",
        evidence: "Indices",
        sources: "Sources",
        fix: "Correction",
        history: "Historique",
        times: "×{count}",
        copy: "Copier en Markdown",
        copied: "Copié",
        copy_fallback: "La copie est bloquée ici : le texte est sélectionné, appuyez sur Ctrl+C (⌘C).",
        close: "Fermer",
        badge: "{count} fermetures WebSocket : les afficher",
        url: "URL",
        opened: "Ouverte",
        lifetime: "Durée de vie",
        sent: "Envoyés",
        received: "Reçus",
        traffic: "{count} messages, {bytes} octets",
        yes: "oui",
        no: "non",
    },
};
