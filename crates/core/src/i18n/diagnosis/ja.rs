//! Japanese (日本語): translation of the diagnosis feature's English reference text.

use super::{Confidences, DiagnosisText, Evidence, OverlayText, RuleText, RuleTexts};

pub const TEXT: DiagnosisText = DiagnosisText {
    rules: RuleTexts {
        handshake_failed: RuleText {
            summary: "接続は一度も開きませんでした。ソケットの作成から {after} 後に WebSocket ハンドシェイクが失敗しています。",
            fix: "DevTools を開き、Network タブで WS フィルターを選んで、アップグレードリクエストを確認してください（スクリプトからはそのステータスを読めません。ブラウザが意図的に隠しています）。応答がない場合：サーバーが落ちているか、ホストが間違っています。404：パスの誤りです。401 または 403：サーバーかプロキシが origin、Cookie、トークンのいずれかを拒否しています。証明書エラーの場合：TLS を修正してください（`wss://` にはブラウザが信頼する証明書が必要です）。",
        },
        idle_timeout: RuleText {
            summary: "アイドルタイムアウトで接続が切れました。{idle} にわたって送受信が一切なく、{who} のアイドルタイムアウト（{timeout}）と一致します。",
            fix: "接続がそこまで長くアイドルにならないよう、サーバーから {heartbeat} 以下の間隔で WebSocket の ping を送らせてください。ブラウザは、ページ自身のタイマーが 1 分に 1 回しか動かないこともある非表示タブでも、ping に自分で応答します。サーバーが ping を送れない場合は、代わりにアプリケーションのハートビートを送ってください。または、変更できる箇所でタイムアウトを延ばしてください（{setting}）。",
        },
        idle_then_dropped: RuleText {
            summary: "接続は {idle} のあいだアイドル状態が続いた後、Close フレームなしで切断されました。プロキシ、ロードバランサー、またはサーバー自体がアイドル接続を閉じている可能性があります。",
            fix: "経路上のアイドルタイムアウト（サーバーのもの、そして各プロキシとロードバランサーのもの）を洗い出し、サーバーからその最短値より短い間隔で ping を送らせてください。ブラウザは非表示タブでも ping に自分で応答します。サーバーにそれができない場合は、アプリケーションのハートビートを送るか、タイムアウトを延ばしてください。",
        },
        went_offline: RuleText {
            summary: "接続が切れる {before} 前に、ブラウザがオフラインになっていました。接続を終わらせたのはサーバーではなく、ネットワークです。",
            fix: "サーバー側で直すことはありません。ユーザーにオフラインであることを伝え、オフラインのままリトライを繰り返すのではなく、`window` で `online` が発火したときに再接続してください。",
        },
        page_hidden: RuleText {
            summary: "クローズの {before} 前に、ページが非表示になっていました。Chrome は 5 分間非表示のページのタイマーを最大でも 1 分に 1 回しか実行せず、非表示のページを凍結する（タイマーとコールバックが止まる）ことも、破棄する（ページがメモリから取り除かれ、その接続も失われる）こともあります。",
            fix: "ページがバックグラウンドにある間はクローズが起こるものと想定し、`visibilitychange` でページが再び表示されたことがわかったら再接続してください。",
        },
        page_unloading: RuleText {
            summary: "ソケットが閉じたとき、ページはアンロード中（リロード、クローズ、または別ページへの遷移）でした。",
            fix: "何も壊れていません。ページを離れるとき、ブラウザはそのページのソケットを 1001 で閉じます。これをエラーとして数えず、離れようとしているページから再接続しないでください。",
        },
        message_too_big: RuleText {
            summary: "相手側が大きすぎるメッセージを拒否しました。このページは直前に {bytes} バイトを送信しています。",
            fix: "大きなペイロードをサーバーの上限未満のチャンクに分割するか、サーバー（と、間にあるすべてのプロキシ）で上限を引き上げてください。",
        },
        closed_by_page: RuleText {
            summary: "このページ自身が接続を閉じました。close イベントの {before} 前に {call} を呼び出しています。",
            fix: "意図どおりなら何も壊れていません。そうでなければ、`.close(` の呼び出し箇所にブレークポイントを置いて、どれが実行されたかを突き止めてください。",
        },
        closed_by_server: RuleText {
            summary: "サーバーが正常終了で接続を閉じました。このページは `close()` を呼び出していません。",
            fix: "サーバーのログで、セッションを終了した理由を確認してください。ログアウト、この接続を置き換える新しい接続、ジョブの完了、シャットダウンなどが考えられます。",
        },
        closed_right_after_open: RuleText {
            summary: "接続は開いてから {after} 後に閉じられました。サーバーがハンドシェイク直後にクライアントを拒否するとこうなり、たいていは認証かポリシーが理由です。",
            fix: "クライアントが提示しているもの（URL 内のトークン、Cookie、最初のメッセージ）を確認し、サーバーのログかクローズ理由で拒否された理由を調べてください。",
        },
        reconnect_storm: RuleText {
            summary: "この URL への接続が {window} 以内に {count} 回閉じられました。クライアントの再接続が速すぎます（再接続ストーム）。",
            fix: "試行の間は full jitter 付きの指数バックオフで待ち（`reconnectDelay()` が計算します）、先に修正が必要なコードではリトライをやめてください。",
        },
    },
    confidence: Confidences {
        high: "可能性大",
        medium: "可能性あり",
        low: "確認推奨",
    },
    evidence: Evidence {
        never_opened: "一度も開かず、作成から {after} 後に閉じられた",
        error_event: "クローズの {before} 前に `error` イベントが発火",
        idle_dropped: "{idle} のあいだアイドル状態の後、Close フレームなしで切断",
        idle_closed: "{idle} のあいだアイドル状態の後、クローズ",
        known_timeout: "{who} はアイドル状態が {timeout} 続いた接続を閉じる",
        last_activity: "最後の送信：{sent}、最後の受信：{received}",
        never: "なし",
        went_offline: "クローズの {before} 前に `navigator.onLine` が false に変化",
        offline_at_close: "ソケットが閉じたとき、ブラウザはオフラインだった",
        went_hidden: "クローズの {before} 前にページが非表示になった",
        hidden_at_close: "ソケットが閉じたとき、ページは非表示だった",
        unloading: "クローズの {before} 前に `pagehide` が発火",
        last_sent: "最後に送信したメッセージは {bytes} バイト（クローズの {before} 前）",
        over_limit: "{bytes} バイトは、よくある上限 {limit}（{limit_bytes} バイト）を超えている",
        limit_closes: "{who} は既定で {limit} までのメッセージを受け付け、それより大きいメッセージには {code} で接続を閉じます",
        limit_drops: "{who} は既定で {limit} までのメッセージを受け付け、それより大きいメッセージでは Close フレームなしで接続を切断します。ページには 1006 と見えます",
        largest_sent: "送信した最大のメッセージは {bytes} バイト",
        close_called: "close イベントの {before} 前にページが {call} を呼び出した",
        no_close_call: "ページは `close()` を呼び出していない",
        opened_then_closed: "開いた後 {after} で閉じられた（送信 {sent} 件、受信 {received} 件）",
        earlier_closes: "{window} 以内にこの URL で {count} 回のクローズ",
        buffered: "{bytes} バイトがまだ送信待ちだった（`bufferedAmount`）",
    },
    overlay: OverlayText {
        title: "WebSocket のクローズ履歴",
        diagnosis: "診断",
        no_diagnosis: "記録された履歴からは特定の原因を絞り込めません。下のコードの解説が得られる情報のすべてです。",
        evidence: "根拠",
        sources: "出典",
        fix: "対処法",
        history: "履歴",
        times: "×{count}",
        copy: "Markdown としてコピー",
        copied: "コピーしました",
        copy_fallback: "ここではコピーがブロックされています。テキストを選択済みなので、Ctrl+C（⌘C）を押してください。",
        close: "閉じる",
        badge: "WebSocket のクローズ {count} 件：表示する",
        url: "URL",
        opened: "接続確立",
        lifetime: "接続時間",
        sent: "送信",
        received: "受信",
        traffic: "{count} 件のメッセージ、{bytes} バイト",
        yes: "はい",
        no: "いいえ",
    },
};
