import { plainText, type Step } from '../../content/procedures';
import type { Environment } from '../../domain/environment/detect';
import { TASK_IDS, type TaskId, type TaskStatus } from '../../domain/tasks/status';

/**
 * Pure helpers of the guide pages: wording that depends on data, kept apart from the components
 * so it can be tested without a DOM.
 */

const SHORT_LENGTH = 30;

const CLOSERS: Readonly<Record<string, string>> = { '「': '」', '（': '）', '(': ')', '『': '』' };

/** Brackets still open at the end of `text`, as the characters that would close them. */
function openBrackets(text: string): string[] {
  const open: string[] = [];
  for (const char of text) {
    const closer = CLOSERS[char];
    if (closer !== undefined) open.push(closer);
    else if (open.at(-1) === char) open.pop();
  }
  return open;
}

/** The first sentence of a step, shortened, for a tick box's accessible name. */
export function shortInstruction(step: Step): string {
  const text = plainText(step.instruction).trim();
  // The first 。 outside brackets: 「正しくインポートされました。」 is a label, not a sentence end.
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '。' && openBrackets(text.slice(0, i)).length === 0) {
      end = i;
      break;
    }
  }
  const sentence = text.slice(0, end).trim();
  if (sentence.length <= SHORT_LENGTH) return sentence;
  // Cut at a clause (、) outside brackets where there is one, so no word is cut in half.
  let cut = SHORT_LENGTH;
  for (let i = SHORT_LENGTH; i >= 10; i--) {
    if (sentence[i] === '、' && openBrackets(sentence.slice(0, i)).length === 0) {
      cut = i;
      break;
    }
  }
  const head = sentence.slice(0, cut);
  return `${head}…${openBrackets(head).reverse().join('')}`;
}

/**
 * A step's tick box label: the visible part names the step by its number (as the guide does),
 * the hidden part repeats what the step is, so a screen reader user moving from box to box
 * knows which step each one is.
 */
export function stepCheckLabel(step: Step): { visible: string; hidden: string } {
  return {
    visible: step.number === null ? 'この作業が終わった' : `${step.number}の作業が終わった`,
    hidden: `（${shortInstruction(step)}）`,
  };
}

const BROWSER_NAMES: Record<Environment['browser'], string | undefined> = {
  edge: 'Microsoft Edge',
  chrome: 'Google Chrome',
  firefox: 'Firefox',
  safari: 'Safari',
  'legacy-edge': 'Microsoft Edge (レガシー版)',
  ie: 'Internet Explorer',
  other: undefined,
};

/**
 * The warning for a browser the service cannot be used with, or undefined when this browser is
 * Microsoft Edge on Windows. It names where the person reads this page, not where they work:
 * they may well read it on the old PC or a phone.
 */
export function environmentWarning(env: Environment): string | undefined {
  if (env.canUseService) return undefined;
  const browser = BROWSER_NAMES[env.browser];
  if (env.browser === 'edge') {
    return 'この案内を表示している環境（Windows 以外の Microsoft Edge）では、賃金控除事務支援サービスをご利用いただけません。';
  }
  const which = browser === undefined ? 'このブラウザ' : `このブラウザ（${browser}）`;
  return `${which}では、賃金控除事務支援サービスをご利用いただけません。`;
}

/** The task after this one that applies to the person (skipping 対象外). */
export function nextTask(
  task: TaskId,
  statuses: Readonly<Record<TaskId, TaskStatus>>,
): TaskId | undefined {
  const after = TASK_IDS.slice(TASK_IDS.indexOf(task) + 1);
  return after.find((id) => statuses[id] !== 'not-applicable');
}
