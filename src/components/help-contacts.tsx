import {
  CONTACTS,
  CONTACT_ORGANISATION,
  hoursText,
  type Contact,
  type ContactId,
} from '../content/contacts';

/** A phone number as a tel: link that never breaks inside the number. */
export function PhoneLink({ contact }: { contact: Contact }) {
  return (
    <a href={`tel:${contact.phone.tel}`} className="nowrap">
      {contact.phone.display}
    </a>
  );
}

/** 「TEL 045-476-7588（平日9:00〜17:00）」 */
export function PhoneAndHours({ contact }: { contact: Contact }) {
  return (
    <>
      <span className="nowrap">
        TEL <PhoneLink contact={contact} />
      </span>
      <span className="nowrap">（{hoursText(contact)}）</span>
    </>
  );
}

/**
 * <お問い合わせ先> on every page: both of the guide's lines with their hours, as tel: links. The
 * line for what the page is about comes first (the request line on the form, print and FAX pages,
 * the operations line on the settings pages); the guide's own order otherwise.
 */
export function HelpContacts({ first }: { first: ContactId }) {
  const ordered = [...CONTACTS].sort((a, b) => Number(b.id === first) - Number(a.id === first));
  return (
    <section className="help-contacts" id="help" aria-labelledby="help-heading">
      <h2 id="help-heading" className="help-contacts__heading">
        お問い合わせ先
      </h2>
      <p className="help-contacts__organisation">{CONTACT_ORGANISATION}</p>
      <ul className="help-contacts__list">
        {ordered.map((contact) => (
          <li key={contact.id} className="help-contacts__item">
            <span className="help-contacts__purpose">{contact.purpose}</span>{' '}
            <span className="help-contacts__line">
              <PhoneAndHours contact={contact} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
