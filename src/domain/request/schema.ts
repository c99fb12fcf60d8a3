import { z } from 'zod/mini';
import { IsoDateSchema } from '../text/iso-date';
import {
  CHOICES,
  FIELDS,
  FIELD_NAMES,
  TEXT_FIELDS,
  type ChoiceField,
  type FieldName,
  type OptionOf,
  type TextField,
  type TextKind,
} from './fields';

/**
 * The request form (依頼書) the bank asks for: 「ろうきん賃金控除事務支援サービス
 * マスターユーザー削除・電子証明書失効等依頼書」.
 *
 * The request's shape, derived from the field registry (./fields.ts), so a field added there is
 * in the draft, the saved progress and the PDF's input at once. Field names are the contract
 * between the form (which fills them), the progress store (which keeps a draft of them) and the
 * PDF renderer (which prints them). Rules with their Japanese messages live in ./rules.ts.
 */

export { TEXT_FIELDS, type TextField };

/** ＜手続依頼区分＞: the four procedures the form offers, in the form's order. */
export const PROCEDURES = CHOICES.procedures;
export type Procedure = OptionOf<'procedures'>;
/** 手続依頼事由 for マスターユーザーの削除, in the form's order. */
export const DELETION_REASONS = CHOICES.deletionReasons;
export type DeletionReason = OptionOf<'deletionReasons'>;
/** Users whose certificate is revoked (電子証明書の失効), in the form's order. */
export const REVOCATION_TARGETS = CHOICES.revocationTargets;
export type RevocationTarget = OptionOf<'revocationTargets'>;

function choiceSchema<F extends ChoiceField>(field: F) {
  return z.array(z.enum(CHOICES[field]));
}

type DraftShape = {
  [K in FieldName]: K extends ChoiceField
    ? ReturnType<typeof choiceSchema<K>>
    : z.ZodMiniString<string>;
};

function draftShape(): DraftShape {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const name of FIELD_NAMES) {
    const field = FIELDS[name];
    shape[name] = field.type === 'choice' ? choiceSchema(name as ChoiceField) : z.string();
  }
  return shape as DraftShape;
}

/**
 * What the person has entered so far: any string, possibly invalid or unfinished. Saved progress
 * is repaired field by field against this schema (see domain/progress/repair.ts), so one damaged
 * field never costs the others.
 */
export const RequestDraftSchema = z.object(draftShape());
export type RequestDraft = z.infer<typeof RequestDraftSchema>;

/** A new, empty draft. This wizard is for a PC change, so 電子証明書の失効 is preselected. */
export function emptyRequestDraft(): RequestDraft {
  const draft: Record<string, string | string[]> = {};
  for (const name of FIELD_NAMES) draft[name] = FIELDS[name].type === 'choice' ? [] : '';
  return { ...(draft as RequestDraft), procedures: ['certificateRevocation'] };
}

// The printed shape of each text kind; a field that may be left empty also accepts ''.
const TEXT_SHAPES = {
  text: /^.+$/su,
  userName: /^.+$/su,
  postalCode: /^\d{3}-\d{4}$/,
  // The national format (03-3295-1234): digits and hyphens from the trunk prefix 0.
  phone: /^0[\d-]+$/,
  fax: /^0[\d-]+$/,
  contractNumber: /^\d{7}$/,
} as const satisfies Record<TextKind, RegExp>;

function printedText(name: TextField) {
  const field = FIELDS[name];
  const shape = TEXT_SHAPES[field.kind];
  const mayBeEmpty = 'shownWhen' in field || 'optionalWhen' in field;
  return z
    .string()
    .check(
      z.regex(mayBeEmpty ? new RegExp(`^(?:${shape.source.slice(1, -1)})?$`, shape.flags) : shape),
    );
}

type RequestShape = Omit<DraftShape, 'requestDate' | 'procedures'> & {
  requestDate: typeof IsoDateSchema;
  procedures: DraftShape['procedures'];
};

function requestShape(): RequestShape {
  const shape: Record<string, z.ZodMiniType> = { ...draftShape() };
  for (const name of TEXT_FIELDS) shape[name] = printedText(name);
  shape.requestDate = IsoDateSchema;
  shape.procedures = choiceSchema('procedures').check(z.minLength(1));
  return shape as RequestShape;
}

/**
 * A complete request, as the PDF renderer receives it. Shape only; the form's rules (with their
 * messages) are stricter and live in ./rules.ts. An empty string means "not applicable"
 * (e.g. contractNumber when ご契約番号照会 is chosen).
 */
export const RequestSchema = z.object(requestShape());
export type Request = z.infer<typeof RequestSchema>;
