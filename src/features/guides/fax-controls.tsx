import { useEffect, useRef, type ReactNode } from 'react';
import { CONTACTS, CONTACT_ORGANISATION, FAX_DESTINATION } from '../../content/procedures';
import { faxTiming, formatDateTime } from '../../domain/procedure/fax-timing';
import { addTick, removeTick, useGuideActions, useProgress } from './hooks';
import { CopyButton } from './copy-button';

const FAX_STEP = 'fax.send';

interface RecordControlProps {
  /** What was recorded, shown with the time; undefined while not recorded. */
  status: ReactNode | undefined;
  /** The unchecked box with the button's words, for the printed steps. */
  printLine: string;
  recordLabel: string;
  undoLabel: string;
  onRecord: () => void;
  onUndo: () => void;
}

/**
 * A moment the person records (FAXを送信した, お電話を受けた): one button that records it, then
 * the time and what follows, with a button to take it back. After the person's own click replaced
 * the button they pressed, focus moves to the one now in its place; never on load, never from a
 * status message.
 */
function RecordControl({
  status,
  printLine,
  recordLabel,
  undoLabel,
  onRecord,
  onUndo,
}: RecordControlProps) {
  const recorded = status !== undefined;
  const swapped = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!swapped.current) return;
    swapped.current = false;
    button.current?.focus();
  }, [recorded]);
  const press = (action: () => void) => () => {
    swapped.current = true;
    action();
  };

  return (
    <div className="record">
      <div aria-live="polite">{recorded && <div className="record__status">{status}</div>}</div>
      {recorded ? (
        <button
          ref={button}
          type="button"
          className="button button--secondary"
          onClick={press(onUndo)}
        >
          {undoLabel}
        </button>
      ) : (
        <>
          <p className="print-only">{printLine}</p>
          <button ref={button} type="button" className="button" onClick={press(onRecord)}>
            {recordLabel}
          </button>
        </>
      )}
    </div>
  );
}

/** The ☑ printed before a recorded moment (the screen shows the text alone). */
const PrintedTick = () => (
  <span className="print-box" aria-hidden="true">
    ☑
  </span>
);

/** 《FAX 送信先》 as the form prints it, with the number to copy. */
export function FaxDestination() {
  const { name, department, fax } = FAX_DESTINATION;
  return (
    <section className="fax-destination" aria-labelledby="fax-destination-heading">
      <h2 id="fax-destination-heading">《FAX 送信先》</h2>
      <p className="fax-destination__name">
        {name}
        <br />
        {department}
      </p>
      <p className="fax-destination__number">
        FAX <span className="fax-destination__digits">{fax.display}</span>{' '}
        <CopyButton text={fax.display} what={`FAX番号 ${fax.display}`} />
      </p>
    </section>
  );
}

/** 「FAXを送信した」: records when, and tells when the bank's call can be expected. */
export function FaxSentControl() {
  const progress = useProgress();
  const { update } = useGuideActions();
  const timing = progress.faxSentAt === undefined ? undefined : faxTiming(progress.faxSentAt);

  return (
    <RecordControl
      status={
        timing && (
          <>
            <p>
              <PrintedTick />
              送信日時: {timing.sentAt}
            </p>
            <p>
              ろうきんからのお電話の目安: {timing.expectedCall}
              ごろ（FAX到着後2時間程。記入不備等でFAXの再送が必要な場合は2時間以上かかることがあります）
            </p>
          </>
        )
      }
      printLine="☐ FAXを送信した（送信日時: 　　月　　日　　:　　）"
      recordLabel="FAXを送信した"
      undoLabel="送信日時を取り消す"
      onRecord={() =>
        update((p) => ({
          ...p,
          faxSentAt: new Date().toISOString(),
          ticked: addTick(p.ticked, FAX_STEP),
        }))
      }
      onUndo={() =>
        update((p) => {
          const next = { ...p, ticked: removeTick(p.ticked, FAX_STEP) };
          delete next.faxSentAt;
          return next;
        })
      }
    />
  );
}

/** 「ろうきんから完了のお電話を受けた」: unlocks tasks 4–7. */
export function CallReceivedControl() {
  const progress = useProgress();
  const { update } = useGuideActions();
  const calledAt = progress.callReceivedAt;

  return (
    <RecordControl
      status={
        calledAt === undefined ? undefined : (
          <>
            <p>
              <PrintedTick />
              完了のお電話を受けた日時: {formatDateTime(new Date(calledAt))}
            </p>
            <p>「以前の電子証明書を削除する」以降の作業を開始できます。</p>
          </>
        )
      }
      printLine="☐ ろうきんから完了のお電話を受けた"
      recordLabel="ろうきんから完了のお電話を受けた"
      undoLabel="お電話の記録を取り消す"
      onRecord={() => update((p) => ({ ...p, callReceivedAt: new Date().toISOString() }))}
      onUndo={() =>
        update((p) => {
          const next = { ...p };
          delete next.callReceivedAt;
          return next;
        })
      }
    />
  );
}

/** <お問い合わせ先>: both numbers with what they are for and when they answer. */
export function Contacts({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <Heading id="contacts-heading">お問い合わせ先</Heading>
      <p>{CONTACT_ORGANISATION}</p>
      <ul className="contacts__list">
        {CONTACTS.map((contact) => (
          <li key={contact.id} className="contacts__item">
            <span className="contacts__purpose">{contact.purpose}</span>
            <span>
              TEL <a href={`tel:${contact.phone.tel}`}>{contact.phone.display}</a>
              <span className="contacts__hours">（{contact.hours.replace('~', '〜')}）</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
