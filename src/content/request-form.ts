import { optionLabels } from '../domain/request/fields';

/**
 * The request form's wording beyond the fields themselves (whose labels live in the field
 * registry, domain/request/fields.ts).
 */

/** The procedures' labels, as the bank's form prints them (from the field registry). */
export const PROCEDURE_LABELS = optionLabels('procedures');
export const DELETION_REASON_LABELS = optionLabels('deletionReasons');
export const REVOCATION_TARGET_LABELS = optionLabels('revocationTargets');

/** Where the contract number is printed (the guide names these two notices). */
export const CONTRACT_NUMBER_SOURCES = [
  '『「ろうきん」団体Webサービスご利用開始のお知らせ』',
  '『「ろうきん」賃金控除事務支援サービスご利用開始（変更）のお知らせ』',
] as const;

/**
 * The declaration printed above the applicant's table, which the お申込印（代表者印） approves:
 * the guide's wording, character for character. The PDF prints it and the check page shows it
 * from this one constant.
 */
export const REQUEST_DECLARATION =
  '標記の件につき下記のとおり手続きを依頼します。なお、契約番号照会・初期パスワードの閉塞（ロックアウト）解除・マスターユーザーの削除ならびに電子証明書失効につきまして、これにより損害が生じましても貴金庫の責任は一切問いません。';
