/**
 * The Japanese catalogue of what every element says (states, errors, times, links):
 * the source of those strings. Each widget has its own catalogue beside it
 * (components/<widget>/messages.ts), so a widget's bundle carries only its own words.
 * `en.ts` must have exactly the same keys (a type error otherwise) and the same
 * `{placeholders}` (checked by test/i18n.test.ts).
 */
export const ja = {
  'state.loading': '読み込み中…',
  'state.empty': '該当するものはありません。',
  'state.error': '読み込めませんでした。',
  'action.retry': '再読み込み',
  'action.close': '閉じる',
  'time.japanTime': '日本時間',
  'time.allDay': '終日',
  'error.setup': '設定が足りません: api-base 属性か <hall-provider> が必要です。',
  'error.network': '通信できませんでした。インターネット接続を確認して、もう一度お試しください。',
  'error.timeout': '応答に時間がかかっています。しばらくしてから、もう一度お試しください。',
  'error.rateLimit': 'アクセスが集中しています。{seconds}秒ほど待ってから、もう一度お試しください。',
  'error.rateLimitNoWait': 'アクセスが集中しています。しばらくしてから、もう一度お試しください。',
  'error.server': 'サーバーで問題が起きています。しばらくしてから、もう一度お試しください。',
  'error.notFound': 'お探しの情報は見つかりませんでした。',
  'error.forbidden': 'このページからは利用できません。',
  'error.request': 'リクエストの内容に問題がありました。',
  'error.street': 'この商店街の ID は会館に登録されていません。street 属性を確かめてください。',
  'error.response': '受け取ったデータを読み取れませんでした。',
  'error.generic': '問題が起きました。もう一度お試しください。',
  'list.separator': '、',
  'fee.free': '無料',
  'link.newWindow': '(新しいウィンドウで開きます)',
} as const;

export type CoreMessageKey = keyof typeof ja;
