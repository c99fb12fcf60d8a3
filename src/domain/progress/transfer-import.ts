import { z } from 'zod/mini';
import { IsoDateTimeSchema } from '../text/iso-date';
import { FIELDS, FIELD_LABELS } from '../request/fields';
import { overLongFields } from '../request/lengths';
import { APP_ID, CURRENT_VERSION, MIGRATIONS } from './envelope';
import { migrate, type MigrationProblem, type Migrations } from './migrate';
import { ProgressSchema, type Progress } from './schema';
import { EXPORT_KIND } from './transfer';

/**
 * 「ファイルから再開」: reads a file written by exportProgress (transfer.ts). Strict — unlike
 * loading from storage, nothing is repaired: a file with any problem is refused whole, with every
 * problem named, so half a file is never applied. That includes a value longer than its field
 * takes (fields.ts maxLength), which storage would cut: a file is read on purpose, and the person
 * can decide what to do with a file the form could not have written.
 */

export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportResult =
  { ok: true; progress: Progress; updatedAt: string } | { ok: false; problems: string[] };

const HeaderSchema = z.object({
  app: z.literal(APP_ID),
  kind: z.literal(EXPORT_KIND),
  version: z.int().check(z.minimum(1)),
  updatedAt: IsoDateTimeSchema,
  progress: z.unknown(),
});

/** Names of the saved fields, for messages the person can act on. */
const FIELD_NAMES: Record<string, string> = {
  ...FIELD_LABELS,
  request: '依頼書の入力内容',
  requestConfirmed: '依頼書の確認',
  choices: '選んだ項目',
  ticked: 'チェックした手順',
  faxSentAt: 'FAXの送信日時',
  callReceivedAt: '完了のお電話の日時',
  oldPcInUse: '以前のパソコン',
  browserMode: 'Microsoft Edge のモード',
  windowsVersion: 'Windows のバージョン',
  popupBlocker: 'ポップアップブロック',
};

function pathName(path: readonly PropertyKey[]): string {
  return path
    .map((key) =>
      typeof key === 'number' ? `${key + 1}番目` : (FIELD_NAMES[String(key)] ?? String(key)),
    )
    .join(' › ');
}

function describe(issue: z.core.$ZodIssue): string {
  const where = pathName(issue.path);
  const what =
    issue.code === 'invalid_type' && issue.input === undefined
      ? 'がありません'
      : issue.code === 'invalid_type'
        ? 'の種類が正しくありません'
        : 'の値が正しくありません';
  return `「${where || 'ファイル全体'}」${what}。`;
}

/** What the person is told when the file's version cannot be brought up to this app's. */
const MIGRATION_PROBLEMS: Record<MigrationProblem, string> = {
  newer:
    '新しい版の案内で保存されたファイルのため、読み込めません。最新の案内を開き直してからお試しください。',
  missing: '古い版の案内で保存されたファイルのため、読み込めません。',
  failed: '古い版の案内で保存されたファイルを変換できませんでした。',
};

export function importProgress(text: string, migrations: Migrations = MIGRATIONS): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      problems: ['ファイルが大きすぎます。この案内で保存した進捗ファイルを選んでください。'],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [
        'ファイルを読み取れません。この案内の「進捗をファイルに保存」で保存したファイルを選んでください。',
      ],
    };
  }
  const header = HeaderSchema.safeParse(json, { reportInput: true });
  if (!header.success) {
    const record =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    if (record.app !== APP_ID || record.kind !== EXPORT_KIND) {
      return { ok: false, problems: ['この案内で保存した進捗ファイルではありません。'] };
    }
    return { ok: false, problems: header.error.issues.map(describe) };
  }
  const migrated = migrate(header.data.progress, header.data.version, CURRENT_VERSION, migrations);
  if (!migrated.ok) return { ok: false, problems: [MIGRATION_PROBLEMS[migrated.problem]] };
  const parsed = ProgressSchema.safeParse(migrated.progress, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(describe) };
  const tooLong = overLongFields(parsed.data.request);
  if (tooLong.length > 0) {
    return {
      ok: false,
      problems: tooLong.map(
        (name) =>
          `「${pathName(['request', name])}」が長すぎます（${FIELDS[name].maxLength}文字までです）。`,
      ),
    };
  }
  return { ok: true, progress: parsed.data, updatedAt: header.data.updatedAt };
}
