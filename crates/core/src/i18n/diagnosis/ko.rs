//! Korean (한국어): translation of the diagnosis feature's English reference text.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "연결이 한 번도 열리지 않았습니다. 소켓을 만든 지 {after} 만에 WebSocket 핸드셰이크가 실패했습니다.",
            fix: "DevTools를 열고 Network 탭에서 WS 필터를 선택한 뒤 업그레이드 요청을 확인하세요(스크립트로는 이 요청의 상태를 읽을 수 없으며, 브라우저가 의도적으로 숨깁니다). 응답이 없으면 서버가 다운되었거나 호스트가 잘못된 것입니다. 404는 잘못된 경로입니다. 401 또는 403은 서버나 프록시가 origin, 쿠키 또는 토큰을 거부한 것입니다. 인증서 오류라면 TLS를 바로잡으세요(`wss://`에는 브라우저가 신뢰하는 인증서가 필요합니다).",
        },
        idle_timeout: RuleText {
            summary: "유휴 타임아웃으로 연결이 끝났습니다. {idle} 동안 아무것도 주고받지 않았고, 이는 {who}의 유휴 타임아웃({timeout})과 일치합니다.",
            fix: "연결이 그렇게 오래 유휴 상태로 남지 않도록 서버가 {heartbeat} 간격 이하로 WebSocket ping을 보내게 하세요. 브라우저는 페이지 자체의 타이머가 1분에 한 번만 실행될 수도 있는 숨겨진 탭에서도 ping에 직접 응답합니다. 서버가 ping을 보낼 수 없다면 대신 애플리케이션 하트비트를 보내세요. 또는 설정할 수 있는 곳에서 타임아웃을 늘리세요({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "연결이 {idle} 동안 유휴 상태였다가 Close 프레임 없이 끊겼습니다. 프록시, 로드 밸런서 또는 서버 자체가 유휴 연결을 닫았을 수 있습니다.",
            fix: "경로상의 유휴 타임아웃(서버, 그리고 모든 프록시와 로드 밸런서의 타임아웃)을 찾아, 서버가 그중 가장 짧은 것보다 자주 ping을 보내게 하세요. 브라우저는 숨겨진 탭에서도 ping에 직접 응답합니다. 서버가 그럴 수 없다면 애플리케이션 하트비트를 보내거나 타임아웃을 늘리세요.",
        },
        went_offline: RuleText {
            summary: "연결이 끊기기 {before} 전에 브라우저가 오프라인 상태가 되었습니다. 연결을 끝낸 것은 서버가 아니라 네트워크입니다.",
            fix: "서버에서 고칠 것은 없습니다. 사용자에게 오프라인 상태임을 알리고, 오프라인 상태에서 재시도를 반복하는 대신 `window`에서 `online` 이벤트가 발생할 때 재연결하세요.",
        },
        page_hidden: RuleText {
            summary: "종료되기 {before} 전에 페이지가 숨겨졌습니다. Chrome은 5분 동안 숨겨진 페이지의 타이머를 많아야 1분에 한 번 실행하며, 숨겨진 페이지를 동결하거나(타이머와 콜백이 멈춤) 폐기할 수 있습니다(페이지가 메모리에서 내려가고 연결도 함께 사라짐).",
            fix: "페이지가 백그라운드에 있는 동안에는 연결이 닫힐 수 있다고 전제하고, `visibilitychange`가 페이지가 다시 보인다고 알릴 때 재연결하세요.",
        },
        page_unloading: RuleText {
            summary: "소켓이 닫힐 때 페이지가 언로드되는 중이었습니다(새로고침, 닫기 또는 다른 페이지로 이동).",
            fix: "문제는 없습니다. 페이지를 떠날 때 브라우저는 그 페이지의 소켓을 1001로 닫습니다. 이를 오류로 집계하지 말고, 떠나는 중인 페이지에서 재연결하지 마세요.",
        },
        message_too_big: RuleText {
            summary: "상대방이 너무 큰 메시지를 거부했습니다. 이 페이지가 직전에 {bytes}바이트를 보냈습니다.",
            fix: "큰 페이로드를 서버 한도보다 작은 청크로 나누거나, 서버(그리고 중간의 모든 프록시)에서 한도를 늘리세요.",
        },
        closed_by_page: RuleText {
            summary: "이 페이지가 직접 연결을 닫았습니다. close 이벤트 {before} 전에 {call} 호출이 있었습니다.",
            fix: "의도한 것이라면 문제는 없습니다. 그렇지 않다면 `.close(` 호출에 중단점을 걸어 어느 호출이 실행되었는지 찾으세요.",
        },
        closed_by_server: RuleText {
            summary: "서버가 정상 종료로 연결을 끝냈고, 이 페이지는 `close()`를 호출하지 않았습니다.",
            fix: "서버 로그에서 세션을 끝낸 이유를 확인하세요. 로그아웃, 이 연결을 대체한 새 연결, 끝난 작업, 서버 종료 등이 있을 수 있습니다.",
        },
        closed_right_after_open: RuleText {
            summary: "연결이 열리고 {after} 만에 닫혔습니다. 서버는 핸드셰이크 직후 클라이언트를 거부할 때 이렇게 하며, 보통 인증이나 정책 때문입니다.",
            fix: "클라이언트가 제시하는 것(URL의 토큰, 쿠키, 첫 메시지)을 확인하고, 서버 로그나 종료 이유에서 거부된 이유를 찾으세요.",
        },
        reconnect_storm: RuleText {
            summary: "이 URL에 대한 연결이 {window} 안에 {count}번 닫혔습니다. 클라이언트가 너무 빠르게 재연결하고 있습니다(재연결 폭주).",
            fix: "시도 사이에 full jitter를 적용한 지수 백오프로 기다리고(`reconnectDelay()`가 계산해 줍니다), 먼저 원인을 고쳐야 하는 코드에서는 재시도를 멈추세요.",
        },
    },
    confidence: Confidences {
        high: "가능성 높음",
        medium: "가능성 있음",
        low: "확인해 볼 만함",
    },
    evidence: Evidence {
        never_opened: "열린 적 없음: 생성 후 {after} 만에 닫힘",
        error_event: "종료 {before} 전에 `error` 이벤트 발생",
        idle_dropped: "{idle} 동안 유휴 상태였다가 Close 프레임 없이 끊김",
        idle_closed: "{idle} 동안 유휴 상태였다가 닫힘",
        known_timeout: "{who}의 경우 {timeout} 동안 유휴 상태인 연결을 닫음",
        last_activity: "마지막 메시지 전송: {sent}; 마지막 메시지 수신: {received}",
        never: "없음",
        went_offline: "종료 {before} 전에 `navigator.onLine` 값이 false로 바뀜",
        offline_at_close: "소켓이 닫힐 때 브라우저가 오프라인 상태였음",
        went_hidden: "종료 {before} 전에 페이지가 숨겨짐",
        hidden_at_close: "소켓이 닫힐 때 페이지가 숨겨진 상태였음",
        unloading: "종료 {before} 전에 `pagehide` 발생",
        last_sent: "마지막으로 보낸 메시지 크기 {bytes}바이트, 종료 {before} 전에 전송",
        over_limit: "{bytes}바이트: 흔히 쓰이는 한도 {limit}({limit_bytes}바이트) 초과",
        limit_closes: "{who}는 기본적으로 최대 {limit}까지의 메시지를 받으며, 더 큰 메시지가 오면 {code}로 연결을 닫습니다",
        limit_drops: "{who}는 기본적으로 최대 {limit}까지의 메시지를 받으며, 더 큰 메시지가 오면 Close 프레임 없이 연결을 끊습니다. 페이지에는 1006으로 보입니다",
        largest_sent: "보낸 메시지 중 가장 큰 크기: {bytes}바이트",
        close_called: "close 이벤트 {before} 전에 페이지에서 {call} 호출",
        no_close_call: "페이지에서 `close()`를 호출하지 않음",
        opened_then_closed: "열린 뒤 {after} 만에 닫힘, 그동안 보낸 메시지 {sent}개, 받은 메시지 {received}개",
        earlier_closes: "{window} 안에 이 URL의 연결이 {count}번 닫힘",
        buffered: "아직 전송되지 않고 대기 중인 데이터 {bytes}바이트(`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "WebSocket 종료 기록",
        diagnosis: "진단",
        no_diagnosis: "기록된 내역으로는 특정 원인을 짚을 수 없습니다. 아래 코드 설명이 알 수 있는 전부입니다.",
        evidence: "근거",
        sources: "출처",
        fix: "해결 방법",
        history: "기록",
        times: "×{count}",
        copy: "Markdown으로 복사",
        copied: "복사됨",
        copy_fallback: "여기서는 복사가 차단되어 있습니다. 텍스트가 선택되어 있으니 Ctrl+C(⌘C)를 누르세요.",
        close: "닫기",
        badge: "WebSocket 종료 {count}건: 보기",
        url: "URL",
        opened: "열림",
        lifetime: "연결 유지 시간",
        sent: "보냄",
        received: "받음",
        traffic: "메시지 {count}개, {bytes}바이트",
        yes: "예",
        no: "아니요",
    },
};
