import { z } from 'zod/mini';

/**
 * The request form (依頼書) the bank asks for: 「ろうきん賃金控除事務支援サービス
 * マスターユーザー削除・電子証明書失効等依頼書」.
 *
 * This file is the single source of the request's shape. Field names are the contract between
 * the form (which fills them), the progress store (which keeps a draft of them) and the PDF
 * renderer (which prints them). Rules with their Japanese messages live in ./rules.ts.
 */

/** ＜手続依頼区分＞: the four procedures the form offers, in the form's order. */
export const PROCEDURES = [
  'contractNumberInquiry', // ご契約番号照会
  'lockoutRelease', // 初期パスワードの閉塞（ロックアウト）解除
  'masterUserDeletion', // マスターユーザーの削除
  'certificateRevocation', // 電子証明書の失効
] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** 手続依頼事由 for マスターユーザーの削除, in the form's order. */
export const DELETION_REASONS = [
  'wrongPassword', // パスワード誤入力による閉鎖
  'forgotten', // パスワード失念
  'other', // その他（　）
] as const;
export type DeletionReason = (typeof DELETION_REASONS)[number];

/** Users whose certificate is revoked (電子証明書の失効), in the form's order. */
export const REVOCATION_TARGETS = [
  'masterUser', // マスターユーザー
  'generalUser', // 一般ユーザー（ユーザー名）
] as const;
export type RevocationTarget = (typeof REVOCATION_TARGETS)[number];

/** Every free-text field of the form; used by the printability checks and the PDF layout. */
export const TEXT_FIELDS = [
  'postalCode',
  'address',
  'organisationName',
  'representativeTitle',
  'representativeName',
  'phone',
  'fax',
  'contactPerson',
  'contractNumber',
  'deletionReasonOther',
  'generalUserName',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * What the person has entered so far: any string, possibly invalid or unfinished. Saved progress
 * is repaired field by field against this schema (see domain/progress/repair.ts), so one damaged
 * field never costs the others.
 */
export const RequestDraftSchema = z.object({
  requestDate: z.string(),
  postalCode: z.string(),
  address: z.string(),
  organisationName: z.string(),
  representativeTitle: z.string(),
  representativeName: z.string(),
  phone: z.string(),
  fax: z.string(),
  contactPerson: z.string(),
  contractNumber: z.string(),
  procedures: z.array(z.enum(PROCEDURES)),
  deletionReasons: z.array(z.enum(DELETION_REASONS)),
  deletionReasonOther: z.string(),
  revocationTargets: z.array(z.enum(REVOCATION_TARGETS)),
  generalUserName: z.string(),
});
export type RequestDraft = z.infer<typeof RequestDraftSchema>;

/** A new, empty draft. This wizard is for a PC change, so 電子証明書の失効 is preselected. */
export function emptyRequestDraft(): RequestDraft {
  return {
    requestDate: '',
    postalCode: '',
    address: '',
    organisationName: '',
    representativeTitle: '',
    representativeName: '',
    phone: '',
    fax: '',
    contactPerson: '',
    contractNumber: '',
    procedures: ['certificateRevocation'],
    deletionReasons: [],
    deletionReasonOther: '',
    revocationTargets: [],
    generalUserName: '',
  };
}

/**
 * A complete request, as the PDF renderer receives it. Shape only; the form's rules (with their
 * messages) are stricter and live in ./rules.ts. An empty string means "not applicable"
 * (e.g. contractNumber when ご契約番号照会 is chosen).
 */
export const RequestSchema = z.object({
  requestDate: z.iso.date(),
  postalCode: z.string().check(z.regex(/^\d{3}-\d{4}$/)),
  address: z.string().check(z.minLength(1)),
  organisationName: z.string().check(z.minLength(1)),
  representativeTitle: z.string().check(z.minLength(1)),
  representativeName: z.string().check(z.minLength(1)),
  phone: z.string().check(z.minLength(1)),
  fax: z.string().check(z.minLength(1)),
  contactPerson: z.string().check(z.minLength(1)),
  contractNumber: z.string().check(z.regex(/^(\d{7})?$/)),
  procedures: z.array(z.enum(PROCEDURES)).check(z.minLength(1)),
  deletionReasons: z.array(z.enum(DELETION_REASONS)),
  deletionReasonOther: z.string(),
  revocationTargets: z.array(z.enum(REVOCATION_TARGETS)),
  generalUserName: z.string(),
});
export type Request = z.infer<typeof RequestSchema>;
