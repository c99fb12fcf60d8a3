import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/back-link';
import { ErrorSummary } from '../../components/form/error-summary';
import { Page } from '../../components/page';
import { importProgress } from '../../domain/progress/transfer-import';
import { useProgressStore } from '../../lib/progress/react';
import { useSaveProgressFile } from '../save-progress-file';
import { ROUTES } from '../../content/routes';

/**
 * 「進捗をファイルに保存」 / 「ファイルから再開」: take the progress to another PC (the person is
 * changing PCs). Import replaces the progress only when the whole file is valid.
 */
export function ProgressFilePage() {
  const save = useSaveProgressFile();
  const store = useProgressStore();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const load = async () => {
    const file = input.current?.files?.[0];
    if (!file) {
      setProblems(['読み込む進捗ファイルを選んでください。']);
      return;
    }
    const result = importProgress(await file.text());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    store.update(() => result.progress);
    void navigate(ROUTES.tasks, { state: { imported: true } });
  };

  return (
    <Page
      heading="進捗をファイルに保存・ファイルから再開"
      hasErrors={problems.length > 0}
      before={
        <>
          <BackLink to={ROUTES.tasks}>手続きの一覧へ戻る</BackLink>
          <ErrorSummary
            errors={problems.map((message) => ({ fieldId: 'progress-file', message }))}
          />
        </>
      }
    >
      <p>
        パソコンを変更するときなどに、入力内容と進み具合をファイルに保存して、別のパソコンのブラウザで続きから再開できます。ファイルには依頼書の入力内容（団体名、電話番号など）が含まれます。取り扱いにご注意ください。
      </p>

      <h2>進捗をファイルに保存</h2>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={save}>
          進捗をファイルに保存
        </button>
      </div>

      <h2>ファイルから再開</h2>
      <p>
        読み込むと、このブラウザに保存されている入力内容と進み具合は、ファイルの内容に置き換わります。
      </p>
      <div className={`form-group${problems.length > 0 ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="progress-file">
          進捗ファイル
        </label>
        <div className="hint" id="progress-file-hint">
          この案内の「進捗をファイルに保存」で保存したファイル（例：進捗_2026-11-26.json）を選んでください。
        </div>
        {problems.length > 0 && (
          <div className="error-message" id="progress-file-error">
            <span className="visually-hidden">エラー：</span>
            このファイルは読み込めません。上の一覧の内容をご確認ください。
          </div>
        )}
        <input
          ref={input}
          id="progress-file"
          type="file"
          accept=".json,application/json"
          className="file-input"
          aria-describedby={`progress-file-hint${problems.length > 0 ? ' progress-file-error' : ''}`}
        />
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => void load()}>
          ファイルから再開
        </button>
      </div>
    </Page>
  );
}
