//! Arabic (العربية, Modern Standard, right-to-left): translation of the diagnosis feature's English reference text in `en.rs`.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "لم يُفتح الاتصال قط: فشلت مصافحة WebSocket بعد {after} من إنشاء المقبس.",
            fix: "افتح DevTools، ثم تبويب Network مع المرشّح WS، وانظر إلى طلب الترقية (لا تستطيع السكربتات قراءة حالته؛ فالمتصفحات تُخفيها عمدًا). لا استجابة: الخادم متوقف أو اسم المضيف خاطئ. 404: المسار خاطئ. 401 أو 403: رفض الخادم أو أحد الوكلاء الأصل (origin) أو ملف تعريف الارتباط (cookie) أو التوكن. خطأ في الشهادة: أصلح إعداد TLS (يتطلب `wss://` شهادة يثق بها المتصفح).",
        },
        idle_timeout: RuleText {
            summary: "أنهت مهلةُ الخمول الاتصال: لم يُرسَل شيء ولم يُستقبَل شيء طوال {idle}، وهذا يطابق مهلة الخمول البالغة {timeout} لدى {who}.",
            fix: "أرسل نبضة heartbeat (رسالة تطبيق صغيرة، إذ لا تستطيع المتصفحات إرسال ping) كل {heartbeat} أو أقل، كي لا يبقى الاتصال خاملًا كل هذه المدة؛ أو ارفع المهلة حيث تستطيع ({setting}).",
        },
        idle_then_dropped: RuleText {
            summary: "بقي الاتصال خاملًا مدة {idle}، ثم انقطع دون إطار Close: قد يكون وكيلٌ أو موازن أحمال أو الخادم نفسه يغلق الاتصالات الخاملة.",
            fix: "حدّد مهل الخمول على طول المسار (مهلة الخادم، ومهلة كل وكيل وموازن أحمال)، وأرسل رسالة heartbeat بوتيرة أعلى من أقصرها.",
        },
        went_offline: RuleText {
            summary: "انقطع المتصفح عن الشبكة قبل انقطاع الاتصال بمدة {before}: الشبكة هي التي أنهته، لا الخادم.",
            fix: "لا شيء يحتاج إلى إصلاح في الخادم. أخبر المستخدم بأنه غير متصل بالشبكة، وأعد الاتصال عندما يُطلق `window` الحدث `online`، بدلًا من تكرار المحاولة أثناء الانقطاع.",
        },
        page_hidden: RuleText {
            summary: "أصبحت الصفحة مخفية قبل الإغلاق بمدة {before}: تُبطئ المتصفحات اتصالات الصفحات التي في الخلفية أو تجمّدها أو تغلقها.",
            fix: "توقّع حدوث إغلاقات ما دامت الصفحة في الخلفية: أعد الاتصال عندما يُبلغ `visibilitychange` بأن الصفحة أصبحت مرئية من جديد.",
        },
        page_unloading: RuleText {
            summary: "كانت الصفحة قيد الإزالة (إعادة تحميل أو إغلاق أو انتقال إلى صفحة أخرى) عندما أُغلق المقبس.",
            fix: "لا شيء معطّل: تغلق المتصفحات مقابس الصفحة بالرمز 1001 عند مغادرتها. لا تحسب ذلك خطأً، ولا تُعِد الاتصال من صفحة تغادر.",
        },
        message_too_big: RuleText {
            summary: "رفض الطرف الآخر رسالة كبيرة جدًا: كانت هذه الصفحة قد أرسلت للتو {bytes} بايت.",
            fix: "قسّم الحمولات الكبيرة إلى أجزاء أصغر من حد الخادم، أو ارفع الحد في الخادم (وفي كل وكيل بينهما).",
        },
        closed_by_page: RuleText {
            summary: "أغلقت هذه الصفحة الاتصال بنفسها: فقد استدعت {call} قبل حدث close بمدة {before}.",
            fix: "لا شيء معطّل إن كان ذلك مقصودًا. وإن لم يكن، فضع نقطة توقف (breakpoint) على استدعاءات `.close(` لتعرف أيها نُفِّذ.",
        },
        closed_by_server: RuleText {
            summary: "أنهى الخادم الاتصال بإغلاق عادي؛ ولم تستدعِ هذه الصفحة `close()` قط.",
            fix: "اقرأ سجلات الخادم لتعرف سبب إنهائه الجلسة: تسجيل خروج، أو اتصال أحدث حلّ محلّ هذا الاتصال، أو مهمة اكتملت، أو إيقاف تشغيل.",
        },
        closed_right_after_open: RuleText {
            summary: "أُغلق الاتصال بعد {after} من فتحه: تفعل الخوادم ذلك عندما ترفض عميلًا مباشرةً بعد المصافحة، وغالبًا بسبب المصادقة أو سياسة ما.",
            fix: "تحقّق مما يقدّمه العميل (التوكن في عنوان URL، أو ملف تعريف الارتباط، أو الرسالة الأولى)، واطّلع على سجلات الخادم أو سبب الإغلاق لتعرف لماذا رُفض.",
        },
        reconnect_storm: RuleText {
            summary: "أُغلق {count} من الاتصالات بهذا العنوان URL خلال {window}: العميل يعيد الاتصال بسرعة مفرطة (عاصفة إعادة اتصال).",
            fix: "انتظر بين المحاولات باستخدام التراجع الأسّي مع العشوائية الكاملة (full jitter) (تحسبه `reconnectDelay()`)، وتوقّف عن إعادة المحاولة مع الرموز التي تتطلب إصلاحًا أولًا.",
        },
    },
    confidence: Confidences {
        high: "مرجَّح",
        medium: "محتمل",
        low: "يستحق التحقق",
    },
    evidence: Evidence {
        never_opened: "لم يُفتح قط: أُغلق بعد {after} من إنشائه",
        error_event: "أُطلق حدث `error` قبل الإغلاق بمدة {before}",
        idle_dropped: "خامل مدة {idle}، ثم انقطع دون إطار Close",
        idle_closed: "خامل مدة {idle}، ثم أُغلق",
        known_timeout: "يغلق {who} الاتصالات الخاملة مدة {timeout}",
        last_activity: "آخر رسالة مُرسَلة: {sent}؛ آخر رسالة مستقبَلة: {received}",
        never: "أبدًا",
        went_offline: "أصبحت قيمة `navigator.onLine` هي false قبل الإغلاق بمدة {before}",
        offline_at_close: "كان المتصفح غير متصل بالشبكة عندما أُغلق المقبس",
        went_hidden: "أصبحت الصفحة مخفية قبل الإغلاق بمدة {before}",
        hidden_at_close: "كانت الصفحة مخفية عندما أُغلق المقبس",
        unloading: "أُطلق `pagehide` قبل الإغلاق بمدة {before}",
        last_sent: "كان حجم آخر رسالة مُرسَلة {bytes} بايت، قبل الإغلاق بمدة {before}",
        over_limit: "{bytes} بايت تتجاوز الحد الشائع {limit} ({limit_bytes} بايت)",
        limit_closes: "يقبل {who} افتراضيًا رسائل حتى {limit}، ويغلق الاتصال بالرمز {code} عندما تكون الرسالة أكبر",
        limit_drops: "يقبل {who} افتراضيًا رسائل حتى {limit}، ويقطع الاتصال دون إطار Close عندما تكون الرسالة أكبر: ترى الصفحة 1006",
        largest_sent: "كان حجم أكبر رسالة مُرسَلة {bytes} بايت",
        close_called: "استدعت الصفحة {call} قبل حدث close بمدة {before}",
        no_close_call: "لم تستدعِ الصفحة `close()`",
        opened_then_closed: "فُتح ثم أُغلق بعد {after}، بعد إرسال {sent} من الرسائل واستقبال {received}",
        earlier_closes: "{count} من عمليات الإغلاق لهذا العنوان URL خلال {window}",
        buffered: "كان {bytes} بايت لا يزال بانتظار الإرسال (`bufferedAmount`)",
    },
    overlay: OverlayText {
        title: "عمليات إغلاق WebSocket",
        diagnosis: "التشخيص",
        no_diagnosis: "لا يشير السجل المُسجَّل إلى سبب محدد؛ وشرح الرمز أدناه هو كل ما هو متاح.",
        evidence: "الأدلة",
        sources: "المصادر",
        fix: "الإصلاح",
        history: "السجل",
        times: "×{count}",
        copy: "نسخ بتنسيق Markdown",
        copied: "تم النسخ",
        copy_fallback: "النسخ محظور هنا: النص محدَّد، اضغط Ctrl+C (⌘C).",
        close: "إغلاق",
        badge: "{count} من عمليات إغلاق WebSocket: عرضها",
        url: "URL",
        opened: "فُتح",
        lifetime: "مدة الاتصال",
        sent: "المُرسَل",
        received: "المستقبَل",
        traffic: "{count} من الرسائل، {bytes} بايت",
        yes: "نعم",
        no: "لا",
    },
};
