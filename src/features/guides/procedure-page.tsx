import { useState, type ComponentType, type ReactNode } from 'react';
import { Link } from 'react-router';
import { BackLink } from '../../components/back-link';
import { Choice, Fieldset } from '../../components/form/fields';
import { Page } from '../../components/page';
import { RequestChangedNotice } from '../../components/request-changed-notice';
import {
  PROCEDURES,
  type BranchQuestion,
  type GuideBlock,
  type Notice,
  type Procedure,
  type ProcedureTaskId,
  type RecordKind,
  type Step,
} from '../../content/procedures';
import type { Environment } from '../../domain/environment/detect';
import { requiredStepIds, stepsFor } from '../../content/procedures/plan';
import type { Choices } from '../../domain/progress/schema';
import {
  decidingChoice,
  heldTicks,
  waitsFor,
  type TaskId,
  type TaskStatus,
} from '../../domain/tasks/status';
import { TASKS, WHERE_LABELS, WHERE_TEXT } from '../../content/tasks';
import { useTaskStatuses } from '../../lib/progress/use-task-statuses';
import {
  useEnvironment,
  useFocusHashTarget,
  useGuideActions,
  useOpenDetailsWhilePrinting,
  useProgress,
} from './hooks';
import { CallReceivedControl, FaxDestination, FaxSentControl } from './fax-controls';
import { Rich, StepShownContext, taskTitle, type StepShown } from './rich-text';
import { StepList } from './step-list';
import { environmentWarning, nextTask } from './text';
import { usePreselectWindowsVersion } from './preselect';
import './guides.css';
import { ROUTES, taskPath } from '../../content/routes';

export interface ProcedurePageProps {
  task: ProcedureTaskId;
  /** Shown above the steps, e.g. the request form's PDF panel on the print task. */
  before?: ReactNode;
}

/** The tasks whose paper follows the request: their pages say when it changed since. */
const FOLLOWS_REQUEST_TASKS: readonly ProcedureTaskId[] = ['print', 'fax'];

/** The control that records each moment a step names (`Step.record`). */
const RECORD_CONTROLS: Readonly<Record<RecordKind, ComponentType>> = {
  'fax-sent': FaxSentControl,
  'call-received': CallReceivedControl,
};

/** The fixed blocks a procedure may show with its steps (`Procedure.beforeSteps`, `afterSteps`). */
const BLOCKS: Readonly<Record<GuideBlock, ComponentType>> = {
  'fax-destination': FaxDestination,
};

function Blocks({ blocks = [] }: { blocks?: readonly GuideBlock[] }) {
  return blocks.map((block) => {
    const Block = BLOCKS[block];
    return <Block key={block} />;
  });
}

/** 「作業するパソコン：以前のパソコン」 under the heading of every task page. */
function WherePc({ task }: { task: TaskId }) {
  const where = TASKS.find((t) => t.id === task)?.where ?? 'either';
  return (
    <p className={`where-pc where-pc--${where}`}>
      <strong className="where-pc__label">作業するパソコン：{WHERE_LABELS[where]}</strong>
      <span className="where-pc__text">{WHERE_TEXT[where]}</span>
    </p>
  );
}

/**
 * What is shown of the steps: nothing while a question that decides them (asked above them) is
 * unanswered, and nothing after a step whose question (asked at it) is unanswered.
 */
function shownSteps(
  procedure: Procedure,
  steps: readonly Step[],
  choices: Choices,
  applicable: boolean,
): { steps: readonly Step[]; waitingFor: 'top' | 'step' | undefined } {
  const unanswered = (q: BranchQuestion) => choices[q.choice] === undefined;
  const top = procedure.questions.filter((q) => q.askAt === undefined);
  if (!applicable || top.some(unanswered)) return { steps: [], waitingFor: 'top' };
  const at = steps.findIndex((step) =>
    procedure.questions.some((q) => q.askAt === step.id && unanswered(q)),
  );
  if (at < 0) return { steps, waitingFor: undefined };
  // The asking step keeps its sub-steps; what follows waits for the answer.
  const asking = steps[at]!;
  return {
    steps: steps.filter((s, i) => i <= at || s.parent === asking.id),
    waitingFor: 'step',
  };
}

/**
 * One task of the guide (tasks 2–7) as a checklist: intro, 注意事項, branch questions, then the
 * steps that apply, each with its own tick box saved at once. A question that decides the steps
 * is asked first; the steps of the chosen branch follow. What differs between tasks is in their
 * content (content/procedures) and the task rules (domain/tasks/status.ts); this page only
 * renders them.
 */
export function ProcedurePage({ task, before }: ProcedurePageProps) {
  const procedure = PROCEDURES[task];
  const title = taskTitle(task);
  const progress = useProgress();
  const statuses = useTaskStatuses();
  const status = statuses[task];
  const environment = useEnvironment();
  const { setTicked, setChoice } = useGuideActions();
  const [folded, setFolded] = useState(false);
  useFocusHashTarget();
  useOpenDetailsWhilePrinting();
  usePreselectWindowsVersion(procedure, status, environment);

  const back = <BackLink to={ROUTES.tasks}>手続きの一覧へ戻る</BackLink>;

  if (status === 'cannot-start') {
    return (
      <Page heading={title} before={back}>
        <div className="guide">
          <WherePc task={task} />
          {FOLLOWS_REQUEST_TASKS.includes(task) && <RequestChangedNotice />}
          <CannotStart task={task} />
        </div>
      </Page>
    );
  }

  const choices = progress.choices;
  const applicable = status !== 'not-applicable';
  const shown = shownSteps(procedure, stepsFor(task, choices), choices, applicable);
  const steps = shown.steps;
  const ticked = new Set(heldTicks(progress));
  const shownIds = new Set(steps.map((s) => s.id));
  const stepShown: StepShown = (target, step) =>
    target === task ? shownIds.has(step) : stepsFor(target, choices).some((s) => s.id === step);
  const questionsAt = (id: string) => procedure.questions.filter((q) => q.askAt === id);
  const question = (q: BranchQuestion) => (
    <BranchQuestionView
      key={q.choice}
      question={q}
      choices={choices}
      environment={environment}
      onChange={setChoice}
    />
  );
  // A task that does not apply still asks the question that made it so, so it can be changed.
  const topQuestions = procedure.questions.filter(
    (q) => q.askAt === undefined && (applicable || q.choice === decidingChoice(task)),
  );

  const slot = (step: Step): ReactNode => {
    const RecordButton = step.record && RECORD_CONTROLS[step.record];
    return (
      <>
        {questionsAt(step.id).map(question)}
        {RecordButton && <RecordButton />}
      </>
    );
  };

  const warning =
    procedure.inServiceBrowser === true && applicable ? environmentWarning(environment) : undefined;
  const boxes = steps.filter((s) => s.checkable && s.record === undefined);
  const boxesDone = boxes.filter((s) => s.auto !== undefined || ticked.has(s.id)).length;

  return (
    <Page heading={title} before={back}>
      <StepShownContext value={stepShown}>
        <div className="guide">
          <WherePc task={task} />
          {FOLLOWS_REQUEST_TASKS.includes(task) && <RequestChangedNotice />}
          {warning && (
            <div className="notice notice--warning guide-environment" role="note">
              <div className="notice__body">
                <p>
                  <strong>{warning}</strong>
                </p>
                <p>
                  以下の設定と操作は、新しいパソコン（Windows）の Microsoft Edge
                  で行ってください。この案内は、別のパソコンやスマートフォンで表示したまま進めていただけます。
                </p>
              </div>
            </div>
          )}

          {procedure.intro.map((paragraph, i) => (
            <p key={i} className={i === 0 ? 'lead' : undefined}>
              <Rich text={paragraph} />
            </p>
          ))}

          {applicable && before && <div className="guide-before">{before}</div>}

          {applicable && procedure.notices.length > 0 && <Notices notices={procedure.notices} />}

          {topQuestions.map(question)}

          {!applicable ? (
            <NotApplicable task={task} procedure={procedure} statuses={statuses} />
          ) : (
            <>
              <Blocks blocks={procedure.beforeSteps} />
              <h2 id="steps-heading">手順</h2>
              {shown.waitingFor === 'top' ? (
                <p className="guide-waiting">上の質問に答えると、手順が表示されます。</p>
              ) : (
                <>
                  <StepsBar
                    total={boxes.length}
                    done={boxesDone}
                    folded={folded}
                    onFold={setFolded}
                    printLabel={procedure.printStepsLabel ?? '手順を印刷'}
                    printHint={procedure.printStepsHint}
                  />
                  <StepsWithSections
                    steps={steps}
                    ticked={ticked}
                    onTick={(id, on) => setTicked(task, id, on)}
                    slot={slot}
                    folded={folded}
                  />
                  {shown.waitingFor === 'step' && (
                    <p className="guide-waiting">上の質問に答えると、続きの手順が表示されます。</p>
                  )}
                </>
              )}
              {shown.waitingFor === undefined && procedure.closing && (
                <p className="guide-closing">
                  <Rich text={procedure.closing} />
                </p>
              )}
              <Completion
                task={task}
                procedure={procedure}
                status={status}
                statuses={statuses}
                choices={choices}
              />
              <Blocks blocks={procedure.afterSteps} />
            </>
          )}
        </div>
      </StepShownContext>
    </Page>
  );
}

/**
 * Above the steps: how far along the person is (「15手順中4手順完了」), folding the steps already
 * done, and printing the steps. Sticky, so a long page always says where one is.
 */
function StepsBar({
  total,
  done,
  folded,
  onFold,
  printLabel,
  printHint,
}: {
  total: number;
  done: number;
  folded: boolean;
  onFold: (folded: boolean) => void;
  printLabel: string;
  printHint: string | undefined;
}) {
  return (
    <div className={`steps-bar${total >= 2 ? '' : ' steps-bar--plain'}`}>
      {total >= 2 && (
        <>
          <p className="steps-bar__count">
            {total}手順中{done}手順完了
          </p>
          <progress className="steps-bar__meter" max={total} value={done} aria-hidden="true" />
          <button
            type="button"
            className="button button--secondary button--small"
            aria-pressed={folded}
            onClick={() => onFold(!folded)}
          >
            完了した手順をたたむ
          </button>
        </>
      )}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => window.print()}
      >
        {printLabel}
      </button>
      {printHint && <p className="steps-bar__hint">{printHint}</p>}
    </div>
  );
}

/** Splits the steps where the guide puts a heading (【ご確認事項】 before print ①). */
function StepsWithSections(props: Parameters<typeof StepList>[0]) {
  const { steps } = props;
  const cut = steps.findIndex((s) => s.sectionHeading !== undefined);
  if (cut < 0) return <StepList {...props} />;
  const heading = steps[cut]!.sectionHeading!;
  return (
    <>
      {cut > 0 && <StepList {...props} steps={steps.slice(0, cut)} />}
      <h3 className="steps-section">{heading}</h3>
      <StepList {...props} steps={steps.slice(cut)} />
    </>
  );
}

/** The task whose page records the bank's call (the step with the call-received control). */
const CALL_TASK: ProcedureTaskId =
  Object.values(PROCEDURES).find((p) => p.steps.some((s) => s.record === 'call-received'))?.task ??
  'fax';

function CannotStart({ task }: { task: ProcedureTaskId }) {
  const beforeCall = waitsFor(task) === 'call';
  return (
    <>
      <p>
        この作業はまだ開始できません。
        {beforeCall
          ? 'ろうきんから手続き完了のお電話があった後に行ってください。'
          : '先に依頼書を作成してください。'}
      </p>
      {beforeCall ? (
        <>
          <p>
            お電話を受けたら、「<Link to={taskPath(CALL_TASK)}>{taskTitle(CALL_TASK)}</Link>
            」の画面で「ろうきんから完了のお電話を受けた」を押してください。
          </p>
          <p>
            依頼書の作成からFAXまでを別のパソコンで済ませた場合は、
            <Link to={ROUTES.tasks}>手続きの一覧</Link>
            の「依頼書の作成からFAXまでを別のパソコンで済ませた場合」から、入力内容を移さずに進めます。
          </p>
        </>
      ) : (
        <p>
          <Link to={taskPath('request')}>{taskTitle('request')}</Link>
        </p>
      )}
      <p>
        <Link to={ROUTES.tasks}>手続きの一覧へ戻る</Link>
      </p>
    </>
  );
}

function Notices({ notices }: { notices: readonly Notice[] }) {
  return (
    <section className="guide-notices" aria-labelledby="notices-heading">
      <h2 id="notices-heading">注意事項</h2>
      {notices.map((notice, i) => (
        <div
          key={i}
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'warning' ? 'note' : undefined}
        >
          <div className="notice__body">
            {notice.heading && (
              <p className="guide-notices__heading">
                {notice.kind === 'warning' && (
                  <span className="warning-box__icon" aria-hidden="true">
                    !
                  </span>
                )}
                {notice.heading}
              </p>
            )}
            {notice.paragraphs.map((paragraph, j) => (
              <p key={j}>
                <Rich text={paragraph} />
              </p>
            ))}
            {notice.list && (
              <ul className="list--bullet">
                {notice.list.map((item, j) => (
                  <li key={j}>
                    <Rich text={item} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ))}
    </section>
  );
}

function BranchQuestionView({
  question,
  choices,
  environment,
  onChange,
}: {
  question: BranchQuestion;
  choices: Choices;
  environment: Environment;
  onChange: ReturnType<typeof useGuideActions>['setChoice'];
}) {
  const current = choices[question.choice];
  const id = `question-${question.choice}`;
  return (
    <Fieldset id={id} legend={question.question} hint={suggestion(question, environment, current)}>
      {question.options.map((option) => (
        <Choice
          key={option.value}
          id={`${question.choice}-${option.value}`}
          type="radio"
          name={question.choice}
          value={option.value}
          checked={current === option.value}
          onChange={() => onChange(question.choice, option.value)}
          label={option.label}
          hint={option.hint ? <Rich text={option.hint} /> : undefined}
        />
      ))}
    </Fieldset>
  );
}

/**
 * What the browser can tell about an answer. Only a suggestion: the person may be reading this on
 * another PC or a phone, so the words say which device the detection is about.
 */
function suggestion(
  question: BranchQuestion,
  environment: Environment,
  current: string | undefined,
): ReactNode {
  if (question.choice === 'windowsVersion' && environment.windowsVersion) {
    const detected = `Windows ${environment.windowsVersion}`;
    return current === environment.windowsVersion
      ? `この案内を表示しているパソコンは ${detected} のため、${detected} を選んでいます。作業するパソコンが別の場合は、そのパソコンの Windows をお選びください。`
      : `参考：この案内を表示しているパソコンは ${detected} です。作業するパソコンの Windows をお選びください。`;
  }
  if (question.choice === 'browserMode' && environment.canUseService) {
    return '参考：この案内を表示しているブラウザは Microsoft Edge です。IE モードを使う必要がなければ、通常モードをお選びください。';
  }
  return undefined;
}

function NotApplicable({
  task,
  procedure,
  statuses,
}: {
  task: ProcedureTaskId;
  procedure: Procedure;
  statuses: Readonly<Record<TaskId, TaskStatus>>;
}) {
  const text = procedure.notApplicable;
  if (text === undefined) return null;
  const next = nextTask(task, statuses);
  return (
    <div aria-live="polite" className="not-applicable">
      <p className="not-applicable__title">{text.title}</p>
      {text.paragraphs.map((paragraph, i) => (
        <p key={i}>
          <Rich text={paragraph} />
        </p>
      ))}
      {next && (
        <p>
          <Link to={taskPath(next)} className="button">
            次の作業「{taskTitle(next)}」へ進む
          </Link>
        </p>
      )}
    </div>
  );
}

/**
 * When every required step is ticked: a success note and the way on. Also says what keeps the
 * task open when every shown box is ticked but a question is still unanswered.
 */
function Completion({
  task,
  procedure,
  status,
  statuses,
  choices,
}: {
  task: ProcedureTaskId;
  procedure: Procedure;
  status: TaskStatus;
  statuses: Readonly<Record<TaskId, TaskStatus>>;
  choices: Choices;
}) {
  const progress = useProgress();
  const ticked = new Set(progress.ticked);
  const shownDone = stepsFor(task, choices)
    .filter((s) => s.checkable && s.auto === undefined)
    .every((s) => ticked.has(s.id));
  const requiredDone = requiredStepIds(task, choices).every((id) => ticked.has(id));
  const unanswered = procedure.questions.filter((q) => choices[q.choice] === undefined);
  const next = nextTask(task, statuses);

  let content: ReactNode = null;
  if (status === 'completed') {
    content = (
      <div className="notice notice--success guide-complete">
        <div className="notice__body">
          <p className="guide-complete__title">
            {procedure.completedTitle ?? 'この作業はすべて完了しました。'}
          </p>
          <ul className="guide-complete__links">
            {next === undefined ? (
              // The last task leads to the end of the whole procedure.
              <li>
                <Link to={ROUTES.done} className="button">
                  手続きの完了へ進む
                </Link>
              </li>
            ) : (
              <li>
                <Link to={taskPath(next)} className="button">
                  次の作業「{taskTitle(next)}」へ進む
                </Link>
              </li>
            )}
            <li>
              <Link to={ROUTES.tasks}>手続きの一覧へ戻る</Link>
            </li>
          </ul>
        </div>
      </div>
    );
  } else if (shownDone && !requiredDone && unanswered.length > 0) {
    content = (
      <p className="guide-pending">
        すべての手順にチェックしましたが、まだ答えていない質問があります：
        {unanswered.map((q) => `「${q.question}」`).join('')}
      </p>
    );
  }
  return <div aria-live="polite">{content}</div>;
}
