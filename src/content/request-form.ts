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
