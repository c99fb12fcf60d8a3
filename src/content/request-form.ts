import type { PageId } from '../domain/request/rules';
import type {
  DeletionReason,
  Procedure,
  RevocationTarget,
  TextField,
} from '../domain/request/schema';

/** The request form's wording, as the bank's form and guide print it. */

export const PROCEDURE_LABELS: Record<Procedure, string> = {
  contractNumberInquiry: 'ご契約番号照会',
  lockoutRelease: '初期パスワードの閉塞（ロックアウト）解除',
  masterUserDeletion: 'マスターユーザーの削除',
  certificateRevocation: '電子証明書の失効',
};

export const DELETION_REASON_LABELS: Record<DeletionReason, string> = {
  wrongPassword: 'パスワード誤入力による閉鎖',
  forgotten: 'パスワード失念',
  other: 'その他',
};

export const REVOCATION_TARGET_LABELS: Record<RevocationTarget, string> = {
  masterUser: 'マスターユーザー',
  generalUser: '一般ユーザー',
};

/** Where the contract number is printed (the guide names these two notices). */
export const CONTRACT_NUMBER_SOURCES = [
  '『「ろうきん」団体Webサービスご利用開始のお知らせ』',
  '『「ろうきん」賃金控除事務支援サービスご利用開始（変更）のお知らせ』',
] as const;

/** Where each page of the request form lives. */
export const REQUEST_PAGE_PATHS: Readonly<Record<PageId, string>> = {
  dateAndProcedures: '/request/procedures',
  organisation: '/request/organisation',
  contact: '/request/contact',
  contractNumber: '/request/contract-number',
};

/** Each text field's name as the guide's form labels it (validation messages, saved-file errors). */
export const TEXT_FIELD_LABELS: Readonly<Record<TextField, string>> = {
  postalCode: '郵便番号',
  address: 'ご住所',
  organisationName: '団体名',
  representativeTitle: '代表者名の肩書',
  representativeName: '代表者名の氏名',
  phone: '電話番号',
  fax: 'FAX番号',
  contactPerson: 'ご担当者',
  contractNumber: 'ご契約番号',
  deletionReasonOther: 'その他の手続依頼事由',
  generalUserName: '一般ユーザーのユーザー名',
};
