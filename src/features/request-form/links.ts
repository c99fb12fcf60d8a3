import { REQUEST_PAGE_PATHS } from '../../content/request-form';
import type { PageId } from '../../domain/request/rules';
import type { RequestDraft } from '../../domain/request/schema';

/** The input a field's problem or 「変更」 link lands on (the first input of a group). */
const INPUT_IDS: Readonly<Record<keyof RequestDraft, string>> = {
  requestDate: 'requestYear',
  procedures: 'procedures-contractNumberInquiry',
  deletionReasons: 'deletionReasons-wrongPassword',
  deletionReasonOther: 'deletionReasonOther',
  revocationTargets: 'revocationTargets-masterUser',
  generalUserName: 'generalUserName',
  postalCode: 'postalCode',
  address: 'address',
  organisationName: 'organisationName',
  representativeTitle: 'representativeTitle',
  representativeName: 'representativeName',
  phone: 'phone',
  fax: 'fax',
  contactPerson: 'contactPerson',
  contractNumber: 'contractNumber',
};

/** A link to the page and field where an answer is changed; 次へ there returns to the check page. */
export function changeLink(page: PageId, field: keyof RequestDraft): string {
  return `${REQUEST_PAGE_PATHS[page]}?return=check#${INPUT_IDS[field]}`;
}
