import {
  FIELDS,
  FIELD_NAMES,
  applies,
  choiceSpec,
  detailsOf,
  spec,
  textSpec,
  type ChoiceField,
  type FieldName,
  type PageId,
  type TextField,
} from './fields';
import { formatJapaneseDate } from './format';
import type { RequestDraft } from './schema';

/** One row of the check page: what will be printed for a field (or a group of fields). */
export interface SummaryRow {
  key: string;
  value: string;
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
function choiceValue(name: ChoiceField, draft: RequestDraft): string {
  const labels: Readonly<Record<string, string>> = choiceSpec(name).optionLabels;
  return draft[name]
    .map((option) => {
      const details = detailsOf(name, option)
        .filter((detail): detail is TextField => FIELDS[detail].type === 'text')
        .map((detail) => textValue(detail, draft));
      return details.length > 0 ? `${labels[option]!}（${details.join('　')}）` : labels[option]!;
    })
    .join('\n');
}

/**
 * What the check page lists, derived from the field registry: every field that applies, in form
 * order; a text field that details a choice is shown inside that choice's row, and fields that
 * share a row (代表者名 = 肩書 + 氏名) are joined.
 */
export function summaryRows(draft: RequestDraft): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const byKey = new Map<string, { row: SummaryRow; parts: string[] }>();
  for (const name of FIELD_NAMES) {
    if (!applies(name, draft) || isDetail(name)) continue;
    const field = spec(name);
    const base = { page: field.page, field: name };
    if (field.type === 'date') {
      rows.push({ ...base, key: field.label, value: formatJapaneseDate(draft.requestDate) });
    } else if (field.type === 'choice') {
      rows.push({ ...base, key: field.label, value: choiceValue(name as ChoiceField, draft) });
    } else {
      const group = field.summary?.row;
      const value = textValue(name as TextField, draft);
      if (group === undefined) {
        rows.push({ ...base, key: field.label, value });
        continue;
      }
      const existing = byKey.get(group);
      if (existing) {
        existing.parts.push(value);
        existing.row.value = existing.parts.filter(Boolean).join('　');
      } else {
        const row = { ...base, key: group, value };
        byKey.set(group, { row, parts: [value] });
        rows.push(row);
      }
    }
  }
  return rows;
}
