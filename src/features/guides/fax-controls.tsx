import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PhoneAndHours } from '../../components/help-contacts';
import { contactById } from '../../content/procedures';
import { FAX_DESTINATION } from '../../content/fax-destination';
import { ROUTES } from '../../content/routes';
import { BANK_HOURS, wallTime } from '../../domain/calendar/bank-calendar';
import {
  callEstimate,
  closedDaysText,
  formatDay,
  formatExpected,
  formatWallTime,
  type CallEstimate,
} from '../../domain/procedure/call-estimate';
import {
  canRecordCall,
  canUndoFax,
  recordCall,
  recordFaxSent,
  undoCall,
  undoFaxSent,
} from '../../domain/tasks/records';
import { callAnswersFax, changedSince } from '../../domain/tasks/status';
import { useGuideActions, useProgress } from './hooks';

interface RecordControlProps {
  /** What was recorded, shown with the time; undefined while not recorded. */
  status: ReactNode | undefined;
  /** The unchecked box with the button's words, for the printed steps. */
  printLine: string;
  recordLabel: string;
  undoLabel: string;
  /** Undefined when recording is not possible now. */
  onRecord: (() => void) | undefined;
  /** Undefined when taking it back is not possible now. */
  onUndo: (() => void) | undefined;
  /** Said instead of the button when there is nothing to press. */
  waiting?: ReactNode;
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
  waiting,
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
      {!recorded && <p className="print-only">{printLine}</p>}
      {recorded && onUndo && (
        <button
          ref={button}
          type="button"
          className="button button--secondary"
          onClick={press(onUndo)}
        >
          {undoLabel}
        </button>
      )}
      {!recorded && onRecord && (
        <button ref={button} type="button" className="button" onClick={press(onRecord)}>
          {recordLabel}
        </button>
      )}
      {!recorded && !onRecord && waiting && <p className="record__waiting">{waiting}</p>}
    </div>
  );
}

/** The ☑ printed before a recorded moment (the screen shows the text alone). */
const PrintedTick = () => (
  <span className="print-box" aria-hidden="true">
    ☑
  </span>
);

/** 《FAX 送信先》 as the form prints it. A number to dial on a FAX machine: nothing to copy. */
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
        FAX <span className="fax-destination__digits nowrap">{fax.display}</span>
      </p>
    </section>
  );
}

/** The clock, read again every minute: the estimate says when its time has passed. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

const HOURS = BANK_HOURS.text.replace('~', '〜');

/** Why the estimate is when it is, in the person's words. */
function estimateReason(estimate: Extract<CallEstimate, { kind: 'estimate' }>): string {
  const closed =
    estimate.closedDays.length > 0
      ? `${closedDaysText(estimate.closedDays)}のため、休業日として数えています。`
      : '';
  switch (estimate.timing) {
    case 'within-hours':
      return `FAX到着後2時間程として計算しています。`;
    case 'before-opening':
      return `9:00前に送信したため、9:00から2時間程として計算しています。`;
    case 'crosses-closing':
      return `17:00までに終わらない分は、次の営業日の9:00から続くものとして計算しています。${closed}`;
    case 'after-closing':
    case 'closed-day':
      return `受付時間外に送信したため、次の営業日（${formatDay(estimate.startsOn ?? estimate.expected)}）の9:00から2時間程として計算しています。${closed}`;
  }
}

/** What to do when no call comes: the request line, with its hours. */
function NoCall({ overdue }: { overdue: boolean }) {
  const line = contactById('documents');
  return (
    <p className={overdue ? 'record__overdue' : undefined}>
      {overdue ? '目安の時刻を過ぎました。' : ''}
      目安を過ぎてもお電話がない場合は、{line.purpose}の <PhoneAndHours contact={line} />
      までご連絡ください。
    </p>
  );
}

/** The estimate of the bank's call, always called a 目安, with the guide's note on re-sending. */
export function CallEstimateText({ sentAt, called }: { sentAt: string; called: boolean }) {
  const now = useNow();
  const estimate = callEstimate(sentAt);
  return (
    <>
      <p>
        <PrintedTick />
        送信日時: {formatWallTime(estimate.sent)}
      </p>
      {estimate.kind === 'estimate' ? (
        <>
          <p className="record__estimate">
            ろうきんからのお電話の目安: {formatExpected(estimate)}ごろ
          </p>
          <p className="record__note">
            ろうきんでの手続きは、ご提出書類に関するお問い合わせの受付時間（{HOURS}
            ）に行われるものとして計算した目安です。{estimateReason(estimate)}
          </p>
        </>
      ) : (
        <p className="record__note">
          このパソコンの日付では、お電話の目安を計算できません。パソコンの日付と時刻が正しいかご確認ください。ろうきんにFAX到着後、お手続きに2時間程（
          {HOURS}
          ）お時間をいただきます。
        </p>
      )}
      <p className="record__note">
        ※記入不備等でFAXのご再送が必要な場合は、お手続きに2時間以上かかることがあります。
      </p>
      {!called && (
        <NoCall overdue={estimate.kind === 'estimate' && now > Date.parse(estimate.expectedIso)} />
      )}
    </>
  );
}

/** 「FAXを送信した」: records when, and tells when the bank's call can be expected. */
export function FaxSentControl() {
  const progress = useProgress();
  const { update } = useGuideActions();
  const { faxSentAt } = progress;
  // Answers changed after the FAX: that paper is out of date and must be sent again.
  const outdated = faxSentAt !== undefined && changedSince('fax', progress);

  if (outdated) {
    return (
      <div className="record">
        <div className="notice notice--warning" role="note">
          <div className="notice__body">
            <p>
              前回の送信日時: {formatWallTime(wallTime(new Date(faxSentAt)))}
              （変更前の依頼書）
            </p>
            <p>
              依頼書の内容が、FAXで送信したときから変わっています。変更後の依頼書を印刷し、お申込印をご捺印のうえ、あらためてFAXで送信してください。
            </p>
          </div>
        </div>
        <p className="print-only">☐ 変更後の依頼書をFAXで送信した</p>
        <div className="actions actions--inline">
          <button
            type="button"
            className="button"
            onClick={() => update((p) => recordFaxSent(p, new Date()))}
          >
            変更後の依頼書をFAXで送信した
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => update(undoFaxSent)}
          >
            前回の送信日時を取り消す
          </button>
        </div>
      </div>
    );
  }

  return (
    <RecordControl
      status={
        faxSentAt && <CallEstimateText sentAt={faxSentAt} called={callAnswersFax(progress)} />
      }
      printLine="☐ FAXを送信した（送信日時: 　　月　　日　　:　　）"
      recordLabel="FAXを送信した"
      undoLabel="送信日時を取り消す"
      onRecord={() => update((p) => recordFaxSent(p, new Date()))}
      onUndo={canUndoFax(progress) ? () => update(undoFaxSent) : undefined}
    />
  );
}

/** 「ろうきんから完了のお電話を受けた」: unlocks tasks 4–7. Possible once the FAX is recorded. */
export function CallReceivedControl() {
  const progress = useProgress();
  const { update } = useGuideActions();
  const { callReceivedAt } = progress;
  const answered = callAnswersFax(progress);
  const earlier =
    callReceivedAt !== undefined && !answered
      ? `前回の完了のお電話（${formatWallTime(wallTime(new Date(callReceivedAt)))}）は、変更前の依頼書についての記録です。`
      : undefined;

  return (
    <>
      {earlier && <p className="record__note">{earlier}</p>}
      <RecordControl
        status={
          answered && callReceivedAt !== undefined ? (
            <>
              <p>
                <PrintedTick />
                完了のお電話を受けた日時: {formatWallTime(wallTime(new Date(callReceivedAt)))}
              </p>
              <p>「以前の電子証明書を削除する」以降の作業を開始できます。</p>
              <p className="record__note">
                新しいパソコンでこの案内を開いた場合は、
                <Link to={ROUTES.tasks}>手続きの一覧</Link>
                の「依頼書の作成からFAXまでを別のパソコンで済ませた場合」から、入力内容を移さずに続けられます。
              </p>
            </>
          ) : undefined
        }
        printLine="☐ ろうきんから完了のお電話を受けた"
        recordLabel="ろうきんから完了のお電話を受けた"
        undoLabel="お電話の記録を取り消す"
        onRecord={
          canRecordCall(progress) ? () => update((p) => recordCall(p, new Date())) : undefined
        }
        onUndo={() => update(undoCall)}
        waiting={
          progress.faxSentAt === undefined
            ? 'お電話を受けたことは、FAXの送信日時を記録した後に記録できます。'
            : '変更後の依頼書をFAXで送信した後に記録できます。'
        }
      />
    </>
  );
}
