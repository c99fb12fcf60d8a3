import { describe, expect, test } from 'vitest';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { emptyProgress, type Progress } from '../../../src/domain/progress/schema';
import {
  canRecordCall,
  canRecordCallElsewhere,
  canUndoFax,
  recordCall,
  recordCallElsewhere,
  recordFaxSent,
  setTick,
  undoCall,
  undoFaxSent,
} from '../../../src/domain/tasks/records';
import { requestFingerprint } from '../../../src/domain/tasks/request-version';
import { changedSince } from '../../../src/domain/tasks/status';

const NOW = new Date('2026-12-07T01:30:00.000Z');
const LATER = new Date('2026-12-07T03:30:00.000Z');
const confirmed: Progress = {
  ...emptyProgress(),
  request: { ...REQUEST_EXAMPLE },
  requestConfirmed: true,
};
const fp = requestFingerprint(REQUEST_EXAMPLE);
const edit = (p: Progress): Progress => ({
  ...p,
  request: { ...p.request, contactPerson: '労金' },
});

describe('ticks', () => {
  test('a print tick records the version of the request it was for', () => {
    const p = setTick(confirmed, 'print', 'print.print', true);
    expect(p.ticked).toEqual(['print.print']);
    expect(p.printedRequest).toBe(fp);
  });

  test('unticking the last print step forgets the version', () => {
    const p = setTick(
      setTick(confirmed, 'print', 'print.print', true),
      'print',
      'print.print',
      false,
    );
    expect(p.ticked).toEqual([]);
    expect(p.printedRequest).toBeUndefined();
  });

  test('after a change, the first new print tick drops the old paper’s ticks', () => {
    let p = setTick(confirmed, 'print', 'print.print', true);
    p = setTick(p, 'print', 'print.stamp', true);
    p = { ...edit(p), ticked: [...p.ticked, 'edge.cookies'] };
    expect(changedSince('print', p)).toBe(true);
    p = setTick(p, 'print', 'print.print', true);
    expect(p.ticked).toEqual(['edge.cookies', 'print.print']);
    expect(changedSince('print', p)).toBe(false);
  });

  test('other tasks’ ticks record nothing', () => {
    const p = setTick(confirmed, 'edge', 'edge.cookies', true);
    expect(p.printedRequest).toBeUndefined();
    expect(setTick(p, 'edge', 'edge.cookies', true)).toBe(p);
  });
});

describe('the FAX and the call', () => {
  test('the call cannot be recorded before the FAX', () => {
    expect(canRecordCall(confirmed)).toBe(false);
    expect(recordCall(confirmed, NOW)).toBe(confirmed);
  });

  test('FAX, then call; undo the call, then the FAX', () => {
    const faxed = recordFaxSent(confirmed, NOW);
    expect(faxed).toMatchObject({
      faxSentAt: NOW.toISOString(),
      faxedRequest: fp,
      ticked: ['fax.send'],
    });
    expect(canRecordCall(faxed)).toBe(true);
    const called = recordCall(faxed, LATER);
    expect(called.callReceivedAt).toBe(LATER.toISOString());
    // The FAX the call answered cannot be taken back while the call stands.
    expect(canUndoFax(called)).toBe(false);
    expect(undoFaxSent(called)).toBe(called);
    const uncalled = undoCall(called);
    expect(uncalled.callReceivedAt).toBeUndefined();
    expect(canUndoFax(uncalled)).toBe(true);
    const unfaxed = undoFaxSent(uncalled);
    expect(unfaxed).toEqual({ ...confirmed, ticked: [] });
  });

  test('a changed request needs the FAX sent again before a call is recorded', () => {
    const faxed = edit(recordFaxSent(confirmed, NOW));
    expect(canRecordCall(faxed)).toBe(false);
    const resent = recordFaxSent(faxed, LATER);
    expect(resent.faxedRequest).toBe(requestFingerprint(faxed.request));
    expect(canRecordCall(resent)).toBe(true);
  });
});

describe('the call recorded on a new PC’s fresh browser', () => {
  test('only while this browser has nothing of tasks 1–3', () => {
    expect(canRecordCallElsewhere(emptyProgress())).toBe(true);
    expect(canRecordCallElsewhere(confirmed)).toBe(false);
    expect(canRecordCallElsewhere(recordFaxSent(emptyProgress(), NOW))).toBe(false);
    expect(recordCallElsewhere(confirmed, NOW)).toBe(confirmed);
  });

  test('records the call without a request, and undoes both', () => {
    const p = recordCallElsewhere(emptyProgress(), NOW);
    expect(p).toEqual({
      ...emptyProgress(),
      callReceivedAt: NOW.toISOString(),
      requestElsewhere: true,
    });
    expect(canRecordCallElsewhere(p)).toBe(false);
    expect(undoCall(p)).toEqual(emptyProgress());
  });
});
