//! Vietnamese (Tiếng Việt): translation of the diagnosis feature's English reference text.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "Kết nối chưa bao giờ mở được: handshake WebSocket thất bại {after} sau khi socket được tạo.",
            fix: "Mở DevTools, tab Network, bộ lọc WS, rồi xem request upgrade (script không đọc được status của nó; trình duyệt cố ý giấu đi). Không có response: server đang sập hoặc sai host. 404: sai path. 401 hoặc 403: server hoặc proxy đã từ chối origin, cookie hoặc token. Lỗi chứng chỉ: hãy sửa TLS (`wss://` cần một chứng chỉ mà trình duyệt tin cậy).",
        },
        idle_timeout: RuleText {
            summary: "Idle timeout đã cắt kết nối: không có gì được gửi hay nhận trong {idle}, khớp với idle timeout {timeout} của {who}.",
            fix: "Cho server gửi ping WebSocket mỗi {heartbeat} hoặc thường xuyên hơn, để kết nối không bao giờ rảnh lâu như vậy: trình duyệt tự trả lời ping, kể cả trong tab bị ẩn, nơi timer của chính trang có thể chỉ chạy mỗi phút một lần. Nếu server không ping được, hãy gửi heartbeat ở tầng ứng dụng; hoặc tăng timeout ở nơi bạn có quyền cấu hình ({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "Kết nối rảnh trong {idle}, rồi bị ngắt mà không có frame Close: proxy, load balancer hoặc chính server có thể đóng các kết nối rảnh.",
            fix: "Tìm idle timeout trên đường đi (của server, của từng proxy và load balancer) và cho server gửi ping thường xuyên hơn timeout ngắn nhất: trình duyệt tự trả lời ping, kể cả trong tab bị ẩn. Nếu server không làm được, hãy gửi heartbeat ở tầng ứng dụng; hoặc tăng timeout.",
        },
        went_offline: RuleText {
            summary: "Trình duyệt đã mất mạng {before} trước khi kết nối bị ngắt: chính mạng, chứ không phải server, đã kết thúc nó.",
            fix: "Phía server không có gì phải sửa. Hãy báo cho người dùng biết họ đang offline và kết nối lại khi `window` phát sự kiện `online`, thay vì thử lại liên tục trong lúc mất mạng.",
        },
        page_hidden: RuleText {
            summary: "Trang đã bị ẩn {before} trước khi đóng: Chrome chỉ chạy timer của trang đã bị ẩn 5 phút tối đa mỗi phút một lần, và có thể đóng băng trang bị ẩn (timer và callback của nó dừng lại) hoặc loại bỏ nó (trang bị gỡ khỏi bộ nhớ, kéo theo các kết nối của nó).",
            fix: "Hãy coi việc bị đóng khi trang chạy nền là bình thường: kết nối lại khi `visibilitychange` báo trang hiển thị trở lại.",
        },
        page_unloading: RuleText {
            summary: "Trang đang được unload (tải lại, đóng hoặc chuyển sang trang khác) khi socket bị đóng.",
            fix: "Không có gì hỏng cả: trình duyệt đóng socket của trang với mã 1001 khi trang bị rời đi. Đừng tính đây là lỗi, và đừng kết nối lại từ một trang đang rời đi.",
        },
        message_too_big: RuleText {
            summary: "Phía bên kia đã từ chối một thông điệp quá lớn: trang này vừa gửi {bytes} byte.",
            fix: "Chia payload lớn thành các chunk nhỏ hơn giới hạn của server, hoặc tăng giới hạn ở server (và ở mọi proxy nằm giữa).",
        },
        closed_by_page: RuleText {
            summary: "Chính trang này đã đóng kết nối: nó gọi {call} {before} trước sự kiện close.",
            fix: "Nếu đó là chủ ý thì không có gì hỏng cả. Nếu không, hãy đặt breakpoint ở các lời gọi `.close(` để tìm xem lời gọi nào đã chạy.",
        },
        closed_by_server: RuleText {
            summary: "Server đã kết thúc kết nối theo cách đóng bình thường; trang này chưa hề gọi `close()`.",
            fix: "Đọc log của server để biết vì sao nó kết thúc phiên: người dùng đăng xuất, một kết nối mới hơn thay thế kết nối này, một tác vụ đã xong hoặc server đang tắt.",
        },
        closed_right_after_open: RuleText {
            summary: "Kết nối bị đóng {after} sau khi mở: server làm vậy khi từ chối client ngay sau handshake, thường vì xác thực hoặc chính sách.",
            fix: "Kiểm tra những gì client gửi lên (token trong URL, cookie, thông điệp đầu tiên), và xem log của server hoặc lý do đóng để biết vì sao nó bị từ chối.",
        },
        reconnect_storm: RuleText {
            summary: "{count} kết nối tới URL này đã bị đóng trong vòng {window}: client đang kết nối lại quá nhanh (reconnect storm).",
            fix: "Chờ giữa các lần thử bằng exponential backoff với full jitter (`reconnectDelay()` tính sẵn cho bạn), và ngừng thử lại với những mã cần khắc phục nguyên nhân trước.",
        },
    },
    confidence: Confidences {
        high: "Nhiều khả năng",
        medium: "Có thể",
        low: "Nên kiểm tra",
    },
    evidence: Evidence {
        never_opened: "chưa bao giờ mở: bị đóng {after} sau khi được tạo",
        error_event: "một sự kiện `error` đã xảy ra {before} trước khi đóng",
        idle_dropped: "rảnh trong {idle}, rồi bị ngắt mà không có frame Close",
        idle_closed: "rảnh trong {idle}, rồi bị đóng",
        known_timeout: "{who} đóng các kết nối rảnh quá {timeout}",
        last_activity: "thông điệp gửi gần nhất: {sent}; thông điệp nhận gần nhất: {received}",
        never: "chưa từng",
        went_offline: "`navigator.onLine` chuyển thành false {before} trước khi đóng",
        offline_at_close: "trình duyệt đang offline khi socket bị đóng",
        went_hidden: "trang bị ẩn {before} trước khi đóng",
        hidden_at_close: "trang đang bị ẩn khi socket bị đóng",
        unloading: "`pagehide` đã xảy ra {before} trước khi đóng",
        last_sent: "thông điệp gửi gần nhất có kích thước {bytes} byte, {before} trước khi đóng",
        over_limit: "{bytes} byte vượt quá giới hạn phổ biến {limit} ({limit_bytes} byte)",
        limit_closes: "{who} mặc định nhận message tối đa {limit} và đóng kết nối với mã {code} khi có message lớn hơn",
        limit_drops: "{who} mặc định nhận message tối đa {limit} và cắt kết nối mà không gửi frame Close khi có message lớn hơn: trang nhận được mã 1006",
        largest_sent: "thông điệp lớn nhất đã gửi có kích thước {bytes} byte",
        close_called: "trang đã gọi {call} {before} trước sự kiện close",
        no_close_call: "trang không gọi `close()`",
        opened_then_closed: "đã mở, rồi bị đóng {after} sau đó, sau khi gửi {sent} và nhận {received} thông điệp",
        earlier_closes: "{count} lần đóng của URL này trong vòng {window}",
        buffered: "{bytes} byte vẫn đang chờ được gửi (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "WebSocket bị đóng",
        diagnosis: "Chẩn đoán",
        no_diagnosis: "Lịch sử ghi lại không chỉ ra nguyên nhân cụ thể nào; phần giải thích mã bên dưới là tất cả những gì có.",
        evidence: "Bằng chứng",
        sources: "Nguồn",
        fix: "Cách khắc phục",
        history: "Lịch sử",
        times: "×{count}",
        copy: "Sao chép dạng Markdown",
        copied: "Đã sao chép",
        copy_fallback: "Không sao chép tự động được ở đây: văn bản đã được chọn sẵn, hãy nhấn Ctrl+C (⌘C).",
        close: "Đóng",
        badge: "{count} lần đóng WebSocket: xem chi tiết",
        url: "URL",
        opened: "Đã mở",
        lifetime: "Thời gian sống",
        sent: "Đã gửi",
        received: "Đã nhận",
        traffic: "{count} thông điệp, {bytes} byte",
        yes: "có",
        no: "không",
    },
};
