import type { TaskId } from '../../domain/tasks/status';
import { CERTIFICATE } from './certificate';
import { EDGE } from './edge';
import { FAX } from './fax';
import { INTERNET_OPTIONS } from './internet-options';
import { OLD_CERTIFICATE } from './old-certificate';
import { PRINT } from './print';
import type { Procedure, ProcedureTaskId } from './types';

export * from './types';
export { CONTACTS, CONTACT_ORGANISATION } from '../contacts';
export { FAX_DESTINATION } from '../fax-destination';
export type { Contact, PhoneNumber } from '../contacts';
export { IE_MODE_MANUAL, SERVICE_SITE_HOST, SERVICE_SITE_URL } from './common';

/** Every procedure of the guide, by task. Task 1 (the request form) is a form, not a procedure. */
export const PROCEDURES: Readonly<Record<ProcedureTaskId, Procedure>> = {
  print: PRINT,
  fax: FAX,
  'old-certificate': OLD_CERTIFICATE,
  edge: EDGE,
  'internet-options': INTERNET_OPTIONS,
  certificate: CERTIFICATE,
};

export function procedureFor(task: TaskId): Procedure | undefined {
  return task === 'request' ? undefined : PROCEDURES[task];
}
