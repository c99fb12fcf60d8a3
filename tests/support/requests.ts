import { REQUEST_EXAMPLE } from '../../src/content/request-example';
import { CHOICES } from '../../src/domain/request/fields';
import type { Request } from '../../src/domain/request/schema';

/**
 * A request with characters beyond the everyday set: 髙 and 﨑 (JIS X 0213, in BIZ UD Gothic)
 * and 𠮷 (outside it: the fallback font's), in names and the address, with both ticked users
 * and the free-text reason, so every kind of value is on the page.
 */
export const RARE_KANJI_REQUEST: Request = {
  ...REQUEST_EXAMPLE,
  address: '群馬県高崎市髙﨑町1-2-3',
  organisationName: '𠮷野家労働組合',
  representativeName: '髙﨑 𠮷男',
  contactPerson: '𠮷田',
  procedures: ['masterUserDeletion', 'certificateRevocation'],
  deletionReasons: ['other'],
  deletionReasonOther: '担当者の異動',
  revocationTargets: ['masterUser', 'generalUser'],
  generalUserName: 'kyoshida01',
};

/** The guide's 記入例 with every □ ticked and every procedure circled, both detail values filled. */
export const EVERY_MARK_REQUEST: Request = {
  ...REQUEST_EXAMPLE,
  procedures: [...CHOICES.procedures],
  deletionReasons: [...CHOICES.deletionReasons],
  deletionReasonOther: '担当者の異動',
  revocationTargets: [...CHOICES.revocationTargets],
  generalUserName: 'rokin-user01',
};
