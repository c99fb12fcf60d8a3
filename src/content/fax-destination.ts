import { phone } from './contacts';

/**
 * 《FAX 送信先》, as the form prints it. A module of its own so that the PDF (which prints the
 * destination) does not pull in the FAX procedure's steps, and the first load not this.
 */
export const FAX_DESTINATION = {
  name: '中央労働金庫業務集中センター',
  department: '（賃金控除事務支援サービス担当）',
  fax: phone('045-476-1189'),
} as const;
