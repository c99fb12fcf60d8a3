import type { ContactId } from '../domain/procedure/model';

/**
 * The bank's inquiry lines, as the guide prints them. A module of its own, small, because the help
 * block of every page (src/components/help-contacts.tsx) is on the first load; the FAX
 * destination is in fax-destination.ts.
 */

/** A number as printed in the guide, with the digits for a tel: link. */
export interface PhoneNumber {
  /** As the guide prints it, e.g. '045-476-7588'. */
  readonly display: string;
  /** Digits only, for `tel:` links (a domestic number, as the guide gives no other form). */
  readonly tel: string;
}

export type { ContactId };

export interface Contact {
  readonly id: ContactId;
  /** What the number is for, in the guide's words. */
  readonly purpose: string;
  readonly phone: PhoneNumber;
  /** Reception hours as the guide gives them. */
  readonly hours: string;
}

export const phone = (display: string): PhoneNumber => ({
  display,
  tel: display.replace(/\D/g, ''),
});

/** <お問い合わせ先> */
export const CONTACT_ORGANISATION = '中央労働金庫 賃金控除事務支援サービス担当';

export const CONTACTS: readonly Contact[] = [
  {
    id: 'documents',
    purpose: 'ご提出書類に関するお問い合わせ',
    phone: phone('045-476-7588'),
    hours: '平日9:00~17:00',
  },
  {
    id: 'operation',
    purpose: '操作に関するお問い合わせ',
    phone: phone('0120-54-6091'),
    hours: '平日9:00~18:00',
  },
];

/** The guide's hours as shown on screen: its 「~」 as the Japanese wave dash. */
export const hoursText = (contact: Contact) => contact.hours.replace('~', '〜');
