//! Spanish (Español): translation of the diagnosis feature's English reference text.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "La conexión nunca llegó a abrirse: el handshake de WebSocket falló {after} después de crear el socket.",
            fix: "Abre las DevTools, pestaña Red (Network), filtro WS, y mira la petición de upgrade (los scripts no pueden leer su estado; los navegadores lo ocultan a propósito). Sin respuesta: el servidor está caído o el host es incorrecto. 404: ruta incorrecta. 401 o 403: el servidor o un proxy rechazó el origen, la cookie o el token. Un error de certificado: corrige TLS (`wss://` necesita un certificado en el que confíe el navegador).",
        },
        idle_timeout: RuleText {
            summary: "Un timeout de inactividad cerró la conexión: no se envió ni recibió nada durante {idle}, lo que coincide con el timeout de inactividad de {timeout} de {who}.",
            fix: "Haz que el servidor envíe pings de WebSocket cada {heartbeat} o más a menudo, para que la conexión nunca esté inactiva tanto tiempo: el navegador los responde por sí mismo, incluso en una pestaña oculta, donde los temporizadores de la propia página pueden ejecutarse solo una vez por minuto. Si el servidor no puede enviar pings, envía en su lugar un heartbeat de la aplicación; o aumenta el timeout donde puedas ({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "La conexión estuvo inactiva durante {idle} y luego se cortó sin trama Close: un proxy, un balanceador de carga o el propio servidor pueden cerrar las conexiones inactivas.",
            fix: "Averigua los timeouts de inactividad de todo el camino (el del servidor y el de cada proxy y balanceador de carga) y haz que el servidor envíe pings con más frecuencia que el más corto: el navegador los responde por sí mismo, incluso en una pestaña oculta. Si el servidor no puede, envía un heartbeat de la aplicación; o aumenta el timeout.",
        },
        went_offline: RuleText {
            summary: "El navegador se quedó sin red {before} antes de que se cortara la conexión: la cortó la red, no el servidor.",
            fix: "No hay nada que corregir en el servidor. Avisa al usuario de que está sin conexión y reconecta cuando `window` dispare `online`, en lugar de reintentar mientras no haya red.",
        },
        page_hidden: RuleText {
            summary: "La página se ocultó {before} antes del cierre: Chrome ejecuta los temporizadores de una página oculta durante 5 minutos como mucho una vez por minuto, y puede congelar una página oculta (sus temporizadores y callbacks se detienen) o descartarla (se descarga de la memoria, y sus conexiones con ella).",
            fix: "Cuenta con que habrá cierres mientras la página está en segundo plano: reconecta cuando `visibilitychange` indique que la página vuelve a estar visible.",
        },
        page_unloading: RuleText {
            summary: "La página se estaba descargando (recarga, cierre o navegación a otra página) cuando se cerró el socket.",
            fix: "No hay nada roto: los navegadores cierran los sockets de una página con 1001 cuando esta desaparece. No lo cuentes como error y no reconectes desde una página que se está yendo.",
        },
        message_too_big: RuleText {
            summary: "El otro extremo rechazó un mensaje demasiado grande: esta página acababa de enviar {bytes} bytes.",
            fix: "Divide los payloads grandes en fragmentos por debajo del límite del servidor, o aumenta el límite en el servidor (y en cada proxy intermedio).",
        },
        closed_by_page: RuleText {
            summary: "Esta página cerró la conexión por sí misma: llamó a {call} {before} antes del evento close.",
            fix: "No hay nada roto si era lo previsto. Si no, pon un breakpoint en tus llamadas a `.close(` para ver cuál se ejecutó.",
        },
        closed_by_server: RuleText {
            summary: "El servidor terminó la conexión con un cierre normal; esta página nunca llamó a `close()`.",
            fix: "Revisa los logs del servidor para saber por qué terminó la sesión: un cierre de sesión, una conexión más reciente que sustituye a esta, una tarea terminada o un apagado.",
        },
        closed_right_after_open: RuleText {
            summary: "La conexión se cerró {after} después de abrirse: los servidores lo hacen cuando rechazan a un cliente justo después del handshake, normalmente por autenticación o por política.",
            fix: "Comprueba lo que presenta el cliente (token en la URL, cookie, primer mensaje) y revisa los logs del servidor o el motivo del cierre para ver por qué se rechazó.",
        },
        reconnect_storm: RuleText {
            summary: "{count} conexiones a esta URL se cerraron en {window}: el cliente reconecta demasiado rápido (una tormenta de reconexiones).",
            fix: "Espera entre intentos con backoff exponencial y full jitter (`reconnectDelay()` lo calcula) y deja de reintentar con los códigos que primero necesitan una corrección.",
        },
    },
    confidence: Confidences {
        high: "Probable",
        medium: "Posible",
        low: "Vale la pena revisar",
    },
    evidence: Evidence {
        never_opened: "nunca se abrió: se cerró {after} después de crearse",
        error_event: "se disparó un evento `error` {before} antes del cierre",
        idle_dropped: "inactiva durante {idle}, luego cortada sin trama Close",
        idle_closed: "inactiva durante {idle}, luego cerrada",
        known_timeout: "{who} cierra las conexiones que llevan {timeout} inactivas",
        last_activity: "último mensaje enviado: {sent}; último mensaje recibido: {received}",
        never: "nunca",
        went_offline: "`navigator.onLine` pasó a false {before} antes del cierre",
        offline_at_close: "el navegador estaba sin conexión cuando se cerró el socket",
        went_hidden: "la página se ocultó {before} antes del cierre",
        hidden_at_close: "la página estaba oculta cuando se cerró el socket",
        unloading: "`pagehide` se disparó {before} antes del cierre",
        last_sent: "el último mensaje enviado ocupaba {bytes} bytes, {before} antes del cierre",
        over_limit: "{bytes} bytes superan el límite habitual de {limit} ({limit_bytes} bytes)",
        limit_closes: "{who} acepta por defecto mensajes de hasta {limit} y cierra la conexión con {code} cuando uno es mayor",
        limit_drops: "{who} acepta por defecto mensajes de hasta {limit} y corta la conexión sin trama Close cuando uno es mayor: la página ve 1006",
        largest_sent: "el mensaje más grande enviado ocupaba {bytes} bytes",
        close_called: "la página llamó a {call} {before} antes del evento close",
        no_close_call: "la página no llamó a `close()`",
        opened_then_closed: "se abrió y se cerró {after} después, con {sent} mensajes enviados y {received} recibidos",
        earlier_closes: "{count} cierres de esta URL en {window}",
        buffered: "{bytes} bytes seguían esperando a enviarse (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "Cierres de WebSocket",
        diagnosis: "Diagnóstico",
        no_diagnosis: "El historial registrado no apunta a ninguna causa concreta; la explicación del código de abajo es todo lo que hay.",
        evidence: "Indicios",
        sources: "Fuentes",
        fix: "Solución",
        history: "Historial",
        times: "×{count}",
        copy: "Copiar como Markdown",
        copied: "Copiado",
        copy_fallback: "Aquí no se puede copiar automáticamente: el texto ya está seleccionado, pulsa Ctrl+C (⌘C).",
        close: "Cerrar",
        badge: "{count} cierres de WebSocket: mostrarlos",
        url: "URL",
        opened: "Abierta",
        lifetime: "Duración",
        sent: "Enviados",
        received: "Recibidos",
        traffic: "{count} mensajes, {bytes} bytes",
        yes: "sí",
        no: "no",
    },
};
