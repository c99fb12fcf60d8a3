import type { Request } from '../domain/request/schema';

/**
 * The guide's 記入例 (filled-in example), value for value. The values are fictitious
 * (〒999-9999 is not a real postal code); the example's date 「20XX年 X月 XX日」 has no real value,
 * so a fixed date stands in for it. The extracted text no longer shows which user the example
 * ticked under 電子証明書の失効; マスターユーザー is ticked so the example is a complete request.
 */
export const REQUEST_EXAMPLE: Request = {
  requestDate: '2026-04-01',
  postalCode: '999-9999',
  address: '東京都千代田区神田駿河台9-99-9',
  organisationName: '中央労働組合',
  representativeTitle: '執行委員長',
  representativeName: '労金 花子',
  phone: '090-9999-9999',
  fax: '03-9999-9999',
  contactPerson: '中央',
  contractNumber: '9999999',
  procedures: ['certificateRevocation'],
  deletionReasons: [],
  deletionReasonOther: '',
  revocationTargets: ['masterUser'],
  generalUserName: '',
};
