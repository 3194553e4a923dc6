//! Thai (ไทย): translation of the diagnosis feature's English reference text.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "การเชื่อมต่อไม่เคยเปิดได้เลย: WebSocket handshake ล้มเหลวหลังสร้างซ็อกเก็ตไป {after}",
            fix: "เปิด DevTools ไปที่แท็บ Network ใช้ตัวกรอง WS แล้วดู request ที่ขอ upgrade (สคริปต์อ่านสถานะของ request นี้ไม่ได้ เพราะเบราว์เซอร์จงใจซ่อนไว้) ไม่มี response: เซิร์ฟเวอร์ล่มหรือ host ผิด 404: path ผิด 401 หรือ 403: เซิร์ฟเวอร์หรือพร็อกซีปฏิเสธ origin, cookie หรือ token ถ้าเป็นข้อผิดพลาดของใบรับรอง: ให้แก้ TLS (`wss://` ต้องใช้ใบรับรองที่เบราว์เซอร์เชื่อถือ)",
        },
        idle_timeout: RuleText {
            summary: "idle timeout เป็นตัวปิดการเชื่อมต่อ: ไม่มีการส่งหรือรับข้อมูลเลยเป็นเวลา {idle} ซึ่งตรงกับ idle timeout {timeout} ของ {who}",
            fix: "ส่ง heartbeat (ข้อความเล็ก ๆ ระดับแอปพลิเคชัน เพราะเบราว์เซอร์ส่ง ping เองไม่ได้) ทุก {heartbeat} หรือถี่กว่านั้น เพื่อไม่ให้การเชื่อมต่อว่างนานขนาดนั้น หรือเพิ่มค่า timeout ในจุดที่คุณปรับได้ ({setting})",
        },
        idle_then_dropped: RuleText {
            summary: "การเชื่อมต่อว่างอยู่ {idle} แล้วหลุดไปโดยไม่มีเฟรม Close: พร็อกซี load balancer หรือตัวเซิร์ฟเวอร์เองอาจปิดการเชื่อมต่อที่ว่างอยู่",
            fix: "หา idle timeout ทุกจุดตลอดเส้นทาง (ของเซิร์ฟเวอร์ และของพร็อกซีกับ load balancer ทุกตัว) แล้วส่งข้อความ heartbeat ให้ถี่กว่าค่าที่สั้นที่สุด",
        },
        went_offline: RuleText {
            summary: "เบราว์เซอร์ออฟไลน์ไปก่อนการเชื่อมต่อหลุด {before}: เครือข่ายเป็นตัวตัดการเชื่อมต่อ ไม่ใช่เซิร์ฟเวอร์",
            fix: "ฝั่งเซิร์ฟเวอร์ไม่มีอะไรต้องแก้ ให้แจ้งผู้ใช้ว่ากำลังออฟไลน์ และเชื่อมต่อใหม่เมื่อ `window` ส่งอีเวนต์ `online` แทนการลองใหม่ซ้ำ ๆ ระหว่างออฟไลน์",
        },
        page_hidden: RuleText {
            summary: "หน้าเว็บถูกซ่อนก่อนการปิด {before}: เบราว์เซอร์จะ throttle, freeze หรือปิดการเชื่อมต่อของหน้าที่อยู่เบื้องหลัง",
            fix: "ให้ถือว่าการเชื่อมต่ออาจถูกปิดระหว่างที่หน้าอยู่เบื้องหลัง: เชื่อมต่อใหม่เมื่อ `visibilitychange` แจ้งว่าหน้ากลับมาแสดงผลแล้ว",
        },
        page_unloading: RuleText {
            summary: "หน้าเว็บกำลังถูก unload (รีโหลด ปิด หรือเปลี่ยนไปหน้าอื่น) ตอนที่ซ็อกเก็ตปิด",
            fix: "ไม่มีอะไรเสีย: เบราว์เซอร์ปิดซ็อกเก็ตของหน้าด้วย 1001 เมื่อผู้ใช้ออกจากหน้านั้น อย่านับเป็น error และอย่าเชื่อมต่อใหม่จากหน้าที่กำลังจะถูกปิด",
        },
        message_too_big: RuleText {
            summary: "อีกฝั่งปฏิเสธข้อความที่ใหญ่เกินไป: หน้านี้เพิ่งส่งข้อมูลไป {bytes} ไบต์",
            fix: "แบ่ง payload ขนาดใหญ่เป็น chunk ที่เล็กกว่าขีดจำกัดของเซิร์ฟเวอร์ หรือเพิ่มขีดจำกัดที่เซิร์ฟเวอร์ (และที่พร็อกซีทุกตัวที่อยู่ระหว่างทาง)",
        },
        closed_by_page: RuleText {
            summary: "หน้านี้ปิดการเชื่อมต่อเอง: มีการเรียก {call} ก่อนอีเวนต์ close {before}",
            fix: "ถ้าตั้งใจให้เป็นแบบนั้นก็ไม่มีอะไรเสีย ถ้าไม่ได้ตั้งใจ ให้ตั้ง breakpoint ที่การเรียก `.close(` ทุกจุดเพื่อหาว่าจุดไหนถูกเรียก",
        },
        closed_by_server: RuleText {
            summary: "เซิร์ฟเวอร์ปิดการเชื่อมต่อแบบปกติ และหน้านี้ไม่เคยเรียก `close()`",
            fix: "ดู log ของเซิร์ฟเวอร์ว่าทำไมจึงจบเซสชัน เช่น ผู้ใช้ล็อกเอาต์ มีการเชื่อมต่อใหม่มาแทนที่ งานเสร็จแล้ว หรือเซิร์ฟเวอร์กำลังปิดระบบ",
        },
        closed_right_after_open: RuleText {
            summary: "การเชื่อมต่อปิดลงหลังเปิดได้เพียง {after}: เซิร์ฟเวอร์จะทำแบบนี้เมื่อปฏิเสธไคลเอนต์ทันทีหลัง handshake ซึ่งมักเป็นเรื่องการยืนยันตัวตนหรือนโยบาย",
            fix: "ตรวจสอบสิ่งที่ไคลเอนต์ส่งไป (token ใน URL, cookie, ข้อความแรก) และดู log ของเซิร์ฟเวอร์หรือเหตุผลการปิดว่าทำไมจึงถูกปฏิเสธ",
        },
        reconnect_storm: RuleText {
            summary: "การเชื่อมต่อไปยัง URL นี้ปิดไป {count} ครั้งภายใน {window}: ไคลเอนต์เชื่อมต่อใหม่เร็วเกินไป (reconnect storm)",
            fix: "เว้นระยะระหว่างการลองแต่ละครั้งด้วย exponential backoff แบบ full jitter (`reconnectDelay()` คำนวณให้) และหยุดลองใหม่สำหรับรหัสที่ต้องแก้ไขสาเหตุก่อน",
        },
    },
    confidence: Confidences {
        high: "เป็นไปได้สูง",
        medium: "เป็นไปได้",
        low: "ควรตรวจสอบ",
    },
    evidence: Evidence {
        never_opened: "ไม่เคยเปิดได้: ปิดลงหลังสร้างไป {after}",
        error_event: "มีอีเวนต์ `error` เกิดขึ้นก่อนการปิด {before}",
        idle_dropped: "ว่างอยู่ {idle} แล้วหลุดไปโดยไม่มีเฟรม Close",
        idle_closed: "ว่างอยู่ {idle} แล้วถูกปิด",
        known_timeout: "{who} ปิดการเชื่อมต่อที่ว่างนาน {timeout}",
        last_activity: "ส่งข้อความล่าสุด: {sent}; รับข้อความล่าสุด: {received}",
        never: "ไม่เคย",
        went_offline: "`navigator.onLine` เปลี่ยนเป็น false ก่อนการปิด {before}",
        offline_at_close: "เบราว์เซอร์ออฟไลน์อยู่ตอนที่ซ็อกเก็ตปิด",
        went_hidden: "หน้าเว็บถูกซ่อนก่อนการปิด {before}",
        hidden_at_close: "หน้าเว็บถูกซ่อนอยู่ตอนที่ซ็อกเก็ตปิด",
        unloading: "อีเวนต์ `pagehide` เกิดขึ้นก่อนการปิด {before}",
        last_sent: "ข้อความล่าสุดที่ส่งมีขนาด {bytes} ไบต์ ส่งก่อนการปิด {before}",
        over_limit: "{bytes} ไบต์เกินขีดจำกัดที่ใช้กันทั่วไป {limit} ({limit_bytes} ไบต์)",
        limit_closes: "{who} รับข้อความได้ไม่เกิน {limit} โดยค่าเริ่มต้น และจะปิดการเชื่อมต่อด้วย {code} เมื่อข้อความใหญ่กว่านั้น",
        limit_drops: "{who} รับข้อความได้ไม่เกิน {limit} โดยค่าเริ่มต้น และจะตัดการเชื่อมต่อโดยไม่ส่งเฟรม Close เมื่อข้อความใหญ่กว่านั้น: หน้าเว็บจะเห็น 1006",
        largest_sent: "ข้อความที่ใหญ่ที่สุดที่ส่งมีขนาด {bytes} ไบต์",
        close_called: "หน้าเว็บเรียก {call} ก่อนอีเวนต์ close {before}",
        no_close_call: "หน้าเว็บไม่ได้เรียก `close()`",
        opened_then_closed: "เปิดได้ แล้วปิดลงหลังจากนั้น {after} โดยส่งไป {sent} ข้อความและรับมา {received} ข้อความ",
        earlier_closes: "URL นี้ถูกปิด {count} ครั้งภายใน {window}",
        buffered: "ยังมีข้อมูล {bytes} ไบต์รอส่งอยู่ (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "การปิด WebSocket",
        diagnosis: "การวินิจฉัย",
        no_diagnosis: "ประวัติที่บันทึกไว้ไม่ได้ชี้ไปที่สาเหตุใดโดยเฉพาะ มีเพียงคำอธิบายรหัสด้านล่างเท่านั้น",
        evidence: "หลักฐาน",
        sources: "แหล่งที่มา",
        fix: "วิธีแก้ไข",
        history: "ประวัติ",
        times: "×{count}",
        copy: "คัดลอกเป็น Markdown",
        copied: "คัดลอกแล้ว",
        copy_fallback: "คัดลอกอัตโนมัติที่นี่ไม่ได้: เลือกข้อความไว้ให้แล้ว กด Ctrl+C (⌘C)",
        close: "ปิด",
        badge: "WebSocket ถูกปิด {count} ครั้ง: แสดงรายละเอียด",
        url: "URL",
        opened: "เปิดได้",
        lifetime: "อายุการเชื่อมต่อ",
        sent: "ส่ง",
        received: "รับ",
        traffic: "{count} ข้อความ, {bytes} ไบต์",
        yes: "ใช่",
        no: "ไม่",
    },
};
