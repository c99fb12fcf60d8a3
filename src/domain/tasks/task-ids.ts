/** The seven tasks of the procedure, in the order the guide gives them. */
export const TASK_IDS = [
  'request', // 依頼書を作成する
  'print', // 依頼書を印刷して捺印する
  'fax', // FAXで送信し、完了の連絡を待つ
  'old-certificate', // 以前の電子証明書を削除する
  'edge', // Microsoft Edge を設定する
  'internet-options', // インターネットオプションを設定する
  'certificate', // 電子証明書を取得する
] as const;
export type TaskId = (typeof TASK_IDS)[number];
