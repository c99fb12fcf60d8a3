import { changeAnswerPath } from '../../content/routes';
import { FIELDS, type FieldName, type PageId } from '../../domain/request/fields';

/** A link to the page and field where an answer is changed; 次へ there returns to the check page. */
export function changeLink({ page, field }: { page: PageId; field: FieldName }): string {
  return changeAnswerPath(page, FIELDS[field].inputId);
}
