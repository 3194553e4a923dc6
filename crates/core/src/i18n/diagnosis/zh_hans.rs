//! Simplified Chinese (简体中文): translation of the diagnosis feature's English reference text.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "连接从未打开：socket 创建 {after} 后，WebSocket 握手失败。",
            fix: "打开 DevTools 的 Network 面板，选择 WS 过滤器，查看升级请求（脚本读不到它的状态码，浏览器是有意隐藏的）。没有响应：服务器宕机或主机名错误。404：路径错误。401 或 403：服务器或代理拒绝了 origin、cookie 或 token。证书错误：修复 TLS（`wss://` 需要浏览器信任的证书）。",
        },
        idle_timeout: RuleText {
            summary: "空闲超时结束了连接：{idle} 内没有任何收发，与 {who} 的空闲超时（{timeout}）吻合。",
            fix: "让服务器每隔 {heartbeat} 或更短时间发送一次 WebSocket ping，使连接永远不会空闲那么久：浏览器会自行应答 ping，即使在隐藏的标签页中也是如此，而页面自己的定时器在那里可能每分钟只运行一次。如果服务器无法发送 ping，就改为发送应用层心跳；或者在你能改的地方调大超时（{setting}）。",
        },
        idle_then_dropped: RuleText {
            summary: "连接空闲了 {idle}，随后在没有 Close 帧的情况下断开：代理、负载均衡器或服务器本身都可能关闭空闲连接。",
            fix: "找出链路上的所有空闲超时（服务器的，以及每个代理和负载均衡器的），并让服务器以短于其中最小值的间隔发送 ping：浏览器会自行应答，即使在隐藏的标签页中也是如此。如果服务器做不到，就发送应用层心跳；或者调大超时。",
        },
        went_offline: RuleText {
            summary: "连接断开前 {before}，浏览器已离线：结束连接的是网络，而不是服务器。",
            fix: "服务器端无需修复。告诉用户当前处于离线状态，并在 `window` 触发 `online` 时重连，而不是在离线期间反复重试。",
        },
        page_hidden: RuleText {
            summary: "关闭前 {before}，页面已被隐藏：对于已隐藏 5 分钟的页面，Chrome 每分钟最多运行一次其定时器；Chrome 还可能冻结隐藏的页面（其定时器和回调停止运行），或将其丢弃（页面被卸载，其连接也随之断开）。",
            fix: "页面在后台时出现关闭是正常的：在 `visibilitychange` 报告页面重新可见时再重连。",
        },
        page_unloading: RuleText {
            summary: "socket 关闭时，页面正在卸载（刷新、关闭或跳转到其他页面）。",
            fix: "没有任何问题：页面离开时，浏览器会用 1001 关闭它的 socket。不要把它计为错误，也不要在正在离开的页面上重连。",
        },
        message_too_big: RuleText {
            summary: "对端拒绝了一条过大的消息：本页面刚刚发送了 {bytes} 字节。",
            fix: "把大负载拆分成低于服务器限制的分块，或者提高服务器（以及中间每个代理）上的限制。",
        },
        closed_by_page: RuleText {
            summary: "本页面自己关闭了连接：在 close 事件前 {before} 调用了 {call}。",
            fix: "如果是有意为之，就没有问题。如果不是，在你的 `.close(` 调用处设置断点，找出是哪一处执行了。",
        },
        closed_by_server: RuleText {
            summary: "服务器以正常关闭结束了连接；本页面从未调用 `close()`。",
            fix: "查看服务器日志，了解它结束会话的原因：用户登出、有更新的连接取代了这个连接、任务完成或服务器关停。",
        },
        closed_right_after_open: RuleText {
            summary: "连接打开后仅 {after} 就被关闭：服务器在握手后立即拒绝客户端时会这样做，通常是出于认证或策略原因。",
            fix: "检查客户端提交的内容（URL 中的 token、cookie、第一条消息），并通过服务器日志或关闭原因了解被拒绝的原因。",
        },
        reconnect_storm: RuleText {
            summary: "{window} 内有 {count} 个到此 URL 的连接被关闭：客户端重连过快（重连风暴）。",
            fix: "在两次尝试之间使用带完全随机抖动（full jitter）的指数退避等待（`reconnectDelay()` 会计算），并对需要先修复问题的代码停止重试。",
        },
    },
    confidence: Confidences {
        high: "很可能",
        medium: "有可能",
        low: "值得检查",
    },
    evidence: Evidence {
        never_opened: "从未打开：创建 {after} 后被关闭",
        error_event: "关闭前 {before} 触发了 `error` 事件",
        idle_dropped: "空闲 {idle} 后在没有 Close 帧的情况下断开",
        idle_closed: "空闲 {idle} 后被关闭",
        known_timeout: "{who} 会关闭空闲 {timeout} 的连接",
        last_activity: "最后一次发送消息：{sent}；最后一次收到消息：{received}",
        never: "从未",
        went_offline: "关闭前 {before}，`navigator.onLine` 变为 false",
        offline_at_close: "socket 关闭时浏览器处于离线状态",
        went_hidden: "关闭前 {before}，页面被隐藏",
        hidden_at_close: "socket 关闭时页面处于隐藏状态",
        unloading: "关闭前 {before} 触发了 `pagehide`",
        last_sent: "最后发送的消息为 {bytes} 字节，发送于关闭前 {before}",
        over_limit: "{bytes} 字节超过了常见的 {limit}（{limit_bytes} 字节）限制",
        limit_closes: "{who} 默认接受最大 {limit} 的消息，消息更大时以 {code} 关闭连接",
        limit_drops: "{who} 默认接受最大 {limit} 的消息，消息更大时不发送 Close 帧而直接断开连接：页面看到的是 1006",
        largest_sent: "发送过的最大消息为 {bytes} 字节",
        close_called: "页面在 close 事件前 {before} 调用了 {call}",
        no_close_call: "页面没有调用 `close()`",
        opened_then_closed: "已打开，{after} 后关闭，期间发送 {sent} 条消息、收到 {received} 条",
        earlier_closes: "{window} 内此 URL 关闭了 {count} 次",
        buffered: "还有 {bytes} 字节在等待发送（`bufferedAmount`）",
    },
    overlay: OverlayText {
        title: "WebSocket 关闭记录",
        diagnosis: "诊断",
        no_diagnosis: "记录的历史无法指向具体原因；下方对该代码的解释就是全部信息。",
        evidence: "依据",
        sources: "来源",
        fix: "修复",
        history: "历史",
        times: "×{count}",
        copy: "复制为 Markdown",
        copied: "已复制",
        copy_fallback: "此处无法自动复制：文本已选中，请按 Ctrl+C（⌘C）。",
        close: "关闭",
        badge: "{count} 次 WebSocket 关闭：点击查看",
        url: "URL",
        opened: "已打开",
        lifetime: "存续时间",
        sent: "已发送",
        received: "已接收",
        traffic: "{count} 条消息，{bytes} 字节",
        yes: "是",
        no: "否",
    },
};
