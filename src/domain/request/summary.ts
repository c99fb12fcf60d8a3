import {
  FIELDS,
  FIELD_NAMES,
  applies,
  choiceSpec,
  detailsOf,
  isRequired,
  spec,
  textSpec,
  type ChoiceField,
  type FieldName,
  type PageId,
  type TextField,
} from './fields';
import { formatJapaneseDate } from './format';
import type { RequestDraft } from './schema';

/** A text field's value as a row shows it: the very string the PDF prints in its box. */
export interface SummaryPart {
  field: TextField;
  value: string;
}

/** One row of the check page: what will be printed for a field (or a group of fields). */
export interface SummaryRow {
  key: string;
  value: string;
  /** Set when `value` is empty on purpose: why the field stays blank (not 「未入力」). */
  blank?: string;
  /** The text fields shown in this row, each with its printed value, in form order. */
  parts: SummaryPart[];
  page: PageId;
  /** The draft field the 変更 link should land on. */
  field: FieldName;
}

function isDetail(name: FieldName): boolean {
  return spec(name).shownWhen !== undefined && spec(name).type === 'text';
}

function textValue(name: TextField, draft: RequestDraft): string {
  const value = draft[name];
  const prefix = textSpec(name).summary?.prefix;
  return value && prefix ? `${prefix}${value}` : value;
}

/** A choice's ticked options, each followed by its detail (「その他（…）」) where it has one. */
function choiceValue(
  name: ChoiceField,
  draft: RequestDraft,
): { value: string; parts: SummaryPart[] } {
  const labels: Readonly<Record<string, string>> = choiceSpec(name).optionLabels;
  const parts: SummaryPart[] = [];
  const value = draft[name]
    .map((option) => {
      const details = detailsOf(name, option).filter(
        (detail): detail is TextField => FIELDS[detail].type === 'text',
      );
      for (const detail of details) parts.push({ field: detail, value: draft[detail] });
      const shown = details.map((detail) => textValue(detail, draft));
      return shown.length > 0 ? `${labels[option]!}（${shown.join('　')}）` : labels[option]!;
    })
    .join('\n');
  return { value, parts };
}

/** Why `name` is blank, when it may be and is: e.g. no ご契約番号 with ご契約番号照会. */
function blankReason(name: TextField, draft: RequestDraft): string | undefined {
  const reason = textSpec(name).summary?.blank;
  return reason !== undefined && draft[name] === '' && !isRequired(name, draft)
    ? reason
    : undefined;
}

/**
 * What the check page lists, derived from the field registry: every field that applies, in form
 * order; a text field that details a choice is shown inside that choice's row, and fields that
 * share a row (代表者名 = 肩書 + 氏名) are joined.
 *
 * Give it the values of validateDraft (./rules.ts), never the raw draft: those are what the PDF
 * prints, so each row's parts are the strings of the PDF's boxes (tests/domain/request hold the
 * property test).
 */
export function summaryRows(draft: RequestDraft): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const byKey = new Map<string, { row: SummaryRow; shown: string[] }>();
  for (const name of FIELD_NAMES) {
    if (!applies(name, draft) || isDetail(name)) continue;
    const field = spec(name);
    const base = { page: field.page, field: name };
    if (field.type === 'date') {
      const value = formatJapaneseDate(draft.requestDate);
      rows.push({ ...base, key: field.label, value, parts: [] });
    } else if (field.type === 'choice') {
      rows.push({ ...base, key: field.label, ...choiceValue(name as ChoiceField, draft) });
    } else {
      const text = name as TextField;
      const group = field.summary?.row;
      const value = textValue(text, draft);
      const part = { field: text, value: draft[text] };
      if (group === undefined) {
        const blank = blankReason(text, draft);
        rows.push({ ...base, key: field.label, value, parts: [part], ...(blank && { blank }) });
        continue;
      }
      const existing = byKey.get(group);
      if (existing) {
        existing.shown.push(value);
        existing.row.parts.push(part);
        existing.row.value = existing.shown.filter(Boolean).join('　');
      } else {
        const row = { ...base, key: group, value, parts: [part] };
        byKey.set(group, { row, shown: [value] });
        rows.push(row);
      }
    }
  }
  return rows;
}
