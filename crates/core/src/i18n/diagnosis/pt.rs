//! Portuguese (Português, Brazilian usage): translation of the diagnosis feature's English reference text.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "A conexão nunca abriu: o handshake do WebSocket falhou {after} depois que o socket foi criado.",
            fix: "Abra o DevTools, aba Rede (Network), filtro WS, e veja a requisição de upgrade (scripts não conseguem ler o status dela; os navegadores escondem isso de propósito). Sem resposta: o servidor está fora do ar ou o host está errado. 404: caminho errado. 401 ou 403: o servidor ou um proxy rejeitou a origem, o cookie ou o token. Um erro de certificado: corrija o TLS (`wss://` precisa de um certificado em que o navegador confie).",
        },
        idle_timeout: RuleText {
            summary: "Um timeout de ociosidade encerrou a conexão: nada foi enviado nem recebido por {idle}, o que bate com o timeout de ociosidade de {timeout} de {who}.",
            fix: "Faça o servidor enviar pings de WebSocket a cada {heartbeat} ou com mais frequência, para que a conexão nunca fique ociosa por tanto tempo: o navegador responde a eles sozinho, mesmo numa aba oculta, onde os timers da própria página podem rodar só uma vez por minuto. Se o servidor não puder enviar pings, envie um heartbeat da aplicação; ou aumente o timeout onde for possível ({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "A conexão ficou ociosa por {idle} e depois caiu sem frame Close: um proxy, um load balancer ou o próprio servidor pode fechar conexões ociosas.",
            fix: "Descubra os timeouts de ociosidade do caminho (o do servidor e o de cada proxy e load balancer) e faça o servidor enviar pings com mais frequência que o menor deles: o navegador responde a eles sozinho, mesmo numa aba oculta. Se o servidor não puder, envie um heartbeat da aplicação; ou aumente o timeout.",
        },
        went_offline: RuleText {
            summary: "O navegador ficou offline {before} antes de a conexão cair: quem a encerrou foi a rede, não o servidor.",
            fix: "Não há nada a corrigir no servidor. Avise o usuário de que ele está offline e reconecte quando `window` disparar `online`, em vez de ficar tentando de novo enquanto estiver offline.",
        },
        page_hidden: RuleText {
            summary: "A página ficou oculta {before} antes do fechamento: o Chrome executa os timers de uma página oculta há 5 minutos no máximo uma vez por minuto, e pode congelar uma página oculta (seus timers e callbacks param) ou descartá-la (ela é descarregada da memória, e suas conexões junto).",
            fix: "Conte com fechamentos enquanto a página estiver em segundo plano: reconecte quando `visibilitychange` informar que a página voltou a ficar visível.",
        },
        page_unloading: RuleText {
            summary: "A página estava sendo descarregada (recarregada, fechada ou trocada por outra) quando o socket fechou.",
            fix: "Não há nada quebrado: os navegadores fecham os sockets de uma página com 1001 quando ela sai. Não conte isso como erro e não reconecte a partir de uma página que está saindo.",
        },
        message_too_big: RuleText {
            summary: "O outro lado recusou uma mensagem grande demais: esta página tinha acabado de enviar {bytes} bytes.",
            fix: "Divida payloads grandes em pedaços abaixo do limite do servidor ou aumente o limite no servidor (e em cada proxy no caminho).",
        },
        closed_by_page: RuleText {
            summary: "Esta página fechou a conexão por conta própria: ela chamou {call} {before} antes do evento close.",
            fix: "Se era essa a intenção, não há nada quebrado. Se não era, coloque um breakpoint nas suas chamadas a `.close(` para descobrir qual delas foi executada.",
        },
        closed_by_server: RuleText {
            summary: "O servidor encerrou a conexão com um fechamento normal; esta página nunca chamou `close()`.",
            fix: "Leia os logs do servidor para saber por que ele encerrou a sessão: um logout, uma conexão mais nova substituindo esta, um job concluído ou um desligamento.",
        },
        closed_right_after_open: RuleText {
            summary: "A conexão fechou {after} depois de abrir: os servidores fazem isso quando rejeitam um cliente logo após o handshake, geralmente por autenticação ou política.",
            fix: "Verifique o que o cliente apresenta (token na URL, cookie, primeira mensagem) e os logs do servidor ou o motivo do fechamento para entender por que ele foi recusado.",
        },
        reconnect_storm: RuleText {
            summary: "{count} conexões para esta URL fecharam em {window}: o cliente está reconectando rápido demais (uma tempestade de reconexões).",
            fix: "Espere entre as tentativas com backoff exponencial e full jitter (`reconnectDelay()` calcula isso) e pare de tentar de novo nos códigos que exigem uma correção antes.",
        },
    },
    confidence: Confidences {
        high: "Provável",
        medium: "Possível",
        low: "Vale verificar",
    },
    evidence: Evidence {
        never_opened: "nunca abriu: fechou {after} depois de ser criada",
        error_event: "um evento `error` disparou {before} antes do fechamento",
        idle_dropped: "ociosa por {idle}, depois caiu sem frame Close",
        idle_closed: "ociosa por {idle}, depois fechada",
        known_timeout: "{who} fecha conexões ociosas por {timeout}",
        last_activity: "última mensagem enviada: {sent}; última mensagem recebida: {received}",
        never: "nunca",
        went_offline: "`navigator.onLine` passou a false {before} antes do fechamento",
        offline_at_close: "o navegador estava offline quando o socket fechou",
        went_hidden: "a página ficou oculta {before} antes do fechamento",
        hidden_at_close: "a página estava oculta quando o socket fechou",
        unloading: "`pagehide` disparou {before} antes do fechamento",
        last_sent: "a última mensagem enviada tinha {bytes} bytes, {before} antes do fechamento",
        over_limit: "{bytes} bytes passam do limite comum de {limit} ({limit_bytes} bytes)",
        limit_closes: "{who} aceita por padrão mensagens de até {limit} e fecha a conexão com {code} quando uma é maior",
        limit_drops: "{who} aceita por padrão mensagens de até {limit} e derruba a conexão sem frame Close quando uma é maior: a página vê 1006",
        largest_sent: "a maior mensagem enviada tinha {bytes} bytes",
        close_called: "a página chamou {call} {before} antes do evento close",
        no_close_call: "a página não chamou `close()`",
        opened_then_closed: "abriu e fechou {after} depois, com {sent} mensagens enviadas e {received} recebidas",
        earlier_closes: "{count} fechamentos desta URL em {window}",
        buffered: "{bytes} bytes ainda esperavam para ser enviados (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "Fechamentos de WebSocket",
        diagnosis: "Diagnóstico",
        no_diagnosis: "O histórico registrado não aponta para uma causa específica; a explicação do código abaixo é tudo o que há.",
        evidence: "Evidências",
        sources: "Fontes",
        fix: "Correção",
        history: "Histórico",
        times: "×{count}",
        copy: "Copiar como Markdown",
        copied: "Copiado",
        copy_fallback: "A cópia está bloqueada aqui: o texto já está selecionado, pressione Ctrl+C (⌘C).",
        close: "Fechar",
        badge: "{count} fechamentos de WebSocket: mostrar",
        url: "URL",
        opened: "Abriu",
        lifetime: "Duração",
        sent: "Enviadas",
        received: "Recebidas",
        traffic: "{count} mensagens, {bytes} bytes",
        yes: "sim",
        no: "não",
    },
};
