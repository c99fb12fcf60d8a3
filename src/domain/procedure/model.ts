import type { Choices } from '../progress/schema';
import type { TaskId } from '../tasks/status';

/**
 * The model of the guide's procedures (tasks 2–7). The domain owns it because the plan rules
 * (plan.ts) read it; the steps themselves are data in src/content/procedures, which builds them
 * with the helpers of its types.ts. So the wording can change without touching the rules.
 */

/** A branch question the person answers (stored in `Progress.choices`). */
export type ChoiceKey = keyof Choices;
export type ChoiceValue<K extends ChoiceKey> = NonNullable<Choices[K]>;

/**
 * A condition on the branch answers: every listed answer must match. An answer that is not given
 * yet leaves the condition undecided (see plan.ts for what that means for each use).
 */
export type Condition = { readonly [K in ChoiceKey]?: ChoiceValue<K> };

/** Id of a screenshot slot. The pictures themselves are supplied later; see `Step.picture`. */
export type PictureId = string;

/**
 * One piece of rich text. Labels and typed input are kept apart from plain text so the UI can
 * emphasise exactly what the person must find on screen, or offer to copy what they must type.
 * The surrounding text never quotes them: the UI marks them (plainText() uses 「」), so the
 * brackets cannot end up doubled or missing.
 */
export type Segment =
  | { readonly text: string }
  /** A label as the screen shows it (button, tab, menu item, check box, dialog text). */
  | { readonly label: string }
  /** What the person types, character for character. */
  | { readonly input: string }
  /** A reference to another task or step of this app (replaces the booklet's page numbers). */
  | { readonly text: string; readonly to: { readonly task: TaskId; readonly step?: string } }
  /** One of the guide's inquiry lines: its purpose, number (a tel: link) and hours. */
  | { readonly contact: ContactId }
  /** A number (FAX, phone) that must never break across lines. */
  | { readonly number: string };

export type RichText = readonly Segment[];

/** The guide's two inquiry lines: the request (documents) and the settings (operation). */
export type ContactId = 'documents' | 'operation';

/** Text shown only for some branch answers, e.g. the Windows 11 screen of a step. */
export interface Variant {
  readonly when: Condition;
  /** The guide's heading for the variant, e.g. 'Windows 11 の場合'. */
  readonly heading: string;
  readonly text?: RichText;
  readonly picture?: PictureId;
}

/** 「ご注意ください！」 and other do-not items. */
export interface Warning {
  readonly heading?: string;
  readonly items: readonly RichText[];
}

/** ワンポイント: helpful, never required. */
export interface Tip {
  readonly heading: string;
  readonly title?: string;
  readonly body: readonly RichText[];
  readonly variants: readonly Variant[];
}

export interface Step {
  /** Stable slug, stored in saved progress: never rename one that has shipped. */
  readonly id: string;
  /** The guide's marker ('①', or 'ア' for a sub-step), or null where the guide gives none. */
  readonly number: string | null;
  /** Id of the step this one belongs to (the guide's ア–ウ under ⑦, or a 【…の場合】 block). */
  readonly parent?: string;
  /**
   * A situation on the person's screen that only they can see (e.g. 「ブロック済み」 is shown).
   * Unlike `when`, the app cannot decide it, so such steps are shown with this heading.
   */
  readonly onlyIf?: string;
  readonly instruction: RichText;
  /** Bullet items that belong to the instruction (e.g. the fields of ご確認事項①). */
  readonly list?: readonly RichText[];
  /** The exact UI labels to look for, in order of appearance. */
  readonly labels: readonly string[];
  /** ※ lines. */
  readonly notes: readonly RichText[];
  readonly warnings: readonly Warning[];
  readonly tips: readonly Tip[];
  readonly variants: readonly Variant[];
  /** The step applies only for these branch answers. */
  readonly when?: Condition;
  /** The guide showed a screenshot common to every variant here. */
  readonly picture?: PictureId;
  /** Whether the step gets its own tick box; informational items do not. */
  readonly checkable: boolean;
  /**
   * Checked by the app itself, not by the person: the UI shows it ticked and says why. Such a
   * step is never among the ticks the person must give.
   */
  readonly auto?: { readonly reason: RichText };
  /** A time limit the UI can count down, e.g. the 30 minutes of the authentication code. */
  readonly timer?: { readonly minutes: number; readonly label: string };
  /**
   * A moment the person records with a button of its own at the end of the step (Progress.faxSentAt,
   * Progress.callReceivedAt). A checkable step with one gets its tick from that button, not a box.
   */
  readonly record?: RecordKind;
  /** A heading the guide puts in front of this step and those after it (【ご確認事項】). */
  readonly sectionHeading?: string;
}

/** The moments the guide records: the FAX sent, the bank's call received. */
export type RecordKind = 'fax-sent' | 'call-received';

/** A block of 注意事項 shown before the steps. */
export interface Notice {
  readonly kind: 'info' | 'warning';
  readonly heading?: string;
  readonly paragraphs: readonly RichText[];
  readonly list?: readonly RichText[];
}

export interface ChoiceOption<K extends ChoiceKey> {
  readonly value: ChoiceValue<K>;
  readonly label: string;
  /** What the answer means for the person, e.g. where to go next. */
  readonly hint?: RichText;
}

/** A branch question, asked on the task page (before `askAt`, if given). */
export type BranchQuestion = {
  [K in ChoiceKey]: {
    readonly choice: K;
    readonly question: string;
    readonly options: readonly ChoiceOption<K>[];
    /** The step whose screen answers the question (popupBlocker is read off step ②). */
    readonly askAt?: string;
    /**
     * The browser may tell the answer (Chromium's Windows version): the page then chooses it for
     * the person, who can change it.
     */
    readonly preselectDetected?: boolean;
  };
}[ChoiceKey];

export type ProcedureTaskId = Exclude<TaskId, 'request'>;

/**
 * A fixed block of the guide shown with a task's steps: 《FAX 送信先》. (<お問い合わせ先> is on
 * every page, src/components/help-contacts.tsx.)
 */
export type GuideBlock = 'fax-destination';

/** What a task page says when the person's answer makes the task unnecessary (対象外). */
export interface NotApplicableText {
  readonly title: string;
  readonly paragraphs: readonly RichText[];
}

export interface Procedure {
  readonly task: ProcedureTaskId;
  readonly intro: readonly RichText[];
  /** 注意事項 */
  readonly notices: readonly Notice[];
  readonly questions: readonly BranchQuestion[];
  readonly steps: readonly Step[];
  /** The guide's closing line, e.g. 「以上で電子証明書取得の作業は完了です。」 */
  readonly closing?: RichText;
  /**
   * The person does this task in the service's browser (Microsoft Edge on Windows), so the page
   * warns when the browser showing it cannot be used for the service.
   */
  readonly inServiceBrowser?: boolean;
  /** Shown instead of the steps when the task does not apply (domain/tasks/status.ts decides). */
  readonly notApplicable?: NotApplicableText;
  /** Blocks shown right before the steps. */
  readonly beforeSteps?: readonly GuideBlock[];
  /** Blocks shown after the steps and the completion note. */
  readonly afterSteps?: readonly GuideBlock[];
  /** The completion note's title; by default 「この作業はすべて完了しました。」 */
  readonly completedTitle?: string;
  /** The name of the button that prints the steps, when 「手順を印刷」 alone could mislead. */
  readonly printStepsLabel?: string;
  /** Said beside that button: what the printout is for. */
  readonly printStepsHint?: string;
}
