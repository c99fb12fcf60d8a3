import { useEffect, useRef } from 'react';
import { CONTACTS, CONTACT_ORGANISATION, FAX_DESTINATION } from '../../content/procedures';
import { faxTiming, formatDateTime } from '../../domain/procedure/fax-timing';
import { addTick, removeTick, useGuideActions, useProgress } from './hooks';
import { CopyButton } from './copy-button';

const FAX_STEP = 'fax.send';

/**
 * Moves focus to `ref` after the person's own click replaced the button they pressed (recording
 * swaps 「送信した」 for 「取り消す」). Never on load, never from a status message.
 */
function useFocusAfterSwap(flag: boolean) {
  const pending = useRef(false);
  const onRef = useRef<HTMLButtonElement>(null);
  const offRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    (flag ? onRef : offRef).current?.focus();
  }, [flag]);
  return {
    onRef,
    offRef,
    markPending: () => {
      pending.current = true;
    },
  };
}

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
  const sentAt = progress.faxSentAt;
  const { onRef, offRef, markPending } = useFocusAfterSwap(sentAt !== undefined);
  const timing = sentAt === undefined ? undefined : faxTiming(sentAt);

  const record = () => {
    markPending();
    update((p) => ({
      ...p,
      faxSentAt: new Date().toISOString(),
      ticked: addTick(p.ticked, FAX_STEP),
    }));
  };
  const undo = () => {
    markPending();
    update((p) => {
      const next = { ...p, ticked: removeTick(p.ticked, FAX_STEP) };
      delete next.faxSentAt;
      return next;
    });
  };

  return (
    <div className="record">
      <div aria-live="polite">
        {timing && (
          <div className="record__status">
            <p>
              <span className="print-box" aria-hidden="true">
                ☑
              </span>
              送信日時: {timing.sentAt}
            </p>
            <p>
              ろうきんからのお電話の目安: {timing.expectedCall}
              ごろ（FAX到着後2時間程。記入不備等でFAXの再送が必要な場合は2時間以上かかることがあります）
            </p>
          </div>
        )}
      </div>
      {sentAt === undefined ? (
        <>
          <p className="print-only">☐ FAXを送信した（送信日時: 　　月　　日　　:　　）</p>
          <button ref={offRef} type="button" className="button" onClick={record}>
            FAXを送信した
          </button>
        </>
      ) : (
        <button ref={onRef} type="button" className="button button--secondary" onClick={undo}>
          送信日時を取り消す
        </button>
      )}
    </div>
  );
}

/** 「ろうきんから完了のお電話を受けた」: unlocks tasks 4–7. */
export function CallReceivedControl() {
  const progress = useProgress();
  const { update } = useGuideActions();
  const calledAt = progress.callReceivedAt;
  const { onRef, offRef, markPending } = useFocusAfterSwap(calledAt !== undefined);

  const record = () => {
    markPending();
    update((p) => ({ ...p, callReceivedAt: new Date().toISOString() }));
  };
  const undo = () => {
    markPending();
    update((p) => {
      const next = { ...p };
      delete next.callReceivedAt;
      return next;
    });
  };

  return (
    <div className="record">
      <div aria-live="polite">
        {calledAt && (
          <div className="record__status">
            <p>
              <span className="print-box" aria-hidden="true">
                ☑
              </span>
              完了のお電話を受けた日時: {formatDateTime(new Date(calledAt))}
            </p>
            <p>「以前の電子証明書を削除する」以降の作業を開始できます。</p>
          </div>
        )}
      </div>
      {calledAt === undefined ? (
        <>
          <p className="print-only">☐ ろうきんから完了のお電話を受けた</p>
          <button ref={offRef} type="button" className="button" onClick={record}>
            ろうきんから完了のお電話を受けた
          </button>
        </>
      ) : (
        <button ref={onRef} type="button" className="button button--secondary" onClick={undo}>
          お電話の記録を取り消す
        </button>
      )}
    </div>
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
