import { z } from 'zod/mini';
import { IsoDateTimeSchema } from '../text/iso-date';
import { RequestDraftSchema, emptyRequestDraft } from '../request/schema';

/**
 * The person's saved progress. Everything the wizard remembers lives here, in one object, so it
 * can be saved, exported, erased and checked in one place.
 */

/** Branch answers that choose which steps of the guide apply. Unset = not answered yet. */
export const ChoicesSchema = z.object({
  /** 以前利用されていたパソコンが残っている、もしくは継続利用する */
  oldPcInUse: z.optional(z.enum(['yes', 'no'])),
  /** Microsoft Edge (通常モード) or Microsoft Edge IE モード */
  browserMode: z.optional(z.enum(['edge', 'ie-mode'])),
  windowsVersion: z.optional(z.enum(['10', '11'])),
  /** Whether 「ポップアップブロックを有効にする」 is ticked in Internet Options. */
  popupBlocker: z.optional(z.enum(['on', 'off'])),
});
export type Choices = z.infer<typeof ChoicesSchema>;

/** A fingerprint of the request's answers (domain/tasks/request-version.ts). */
const FingerprintSchema = z.string().check(z.regex(/^[0-9a-f]{8}$/));

/** Step ids are short slugs from the content data; anything else in storage is dropped. */
export const StepIdSchema = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9][a-z0-9.-]*$/));

export const ProgressSchema = z.object({
  request: RequestDraftSchema,
  /** The person confirmed the check-answers page (task 1 done). */
  requestConfirmed: z.boolean(),
  choices: ChoicesSchema,
  /** Ids of the checklist steps the person has ticked. */
  ticked: z.array(StepIdSchema),
  /** When the person recorded that the FAX was sent (ISO 8601). */
  faxSentAt: z.optional(IsoDateTimeSchema),
  /** When the person recorded the bank's completion call (ISO 8601). Unlocks tasks 4–7. */
  callReceivedAt: z.optional(IsoDateTimeSchema),
  /** The request's fingerprint when the print steps were last ticked (task 2). */
  printedRequest: z.optional(FingerprintSchema),
  /** The request's fingerprint when the FAX was recorded (task 3). */
  faxedRequest: z.optional(FingerprintSchema),
  /**
   * Tasks 1–3 were done in another browser (typically on the old PC): the call was recorded here
   * without a request or FAX, so this browser holds no personal data of the form at all.
   */
  requestElsewhere: z.optional(z.literal(true)),
});
export type Progress = z.infer<typeof ProgressSchema>;

export function emptyProgress(): Progress {
  return {
    request: emptyRequestDraft(),
    requestConfirmed: false,
    choices: {},
    ticked: [],
  };
}
