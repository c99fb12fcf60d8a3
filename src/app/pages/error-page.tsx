import { Page } from '../../components/page';
import { useSaveProgressFile } from '../save-progress-file';

/**
 * Shown instead of a blank page when a page fails unexpectedly. Saved progress is untouched, so a
 * reload usually brings the person back; in case it does not, they can take their data with them.
 */
export function ErrorPage() {
  const save = useSaveProgressFile();

  return (
    <Page heading="問題が発生しました">
      <p>
        申し訳ありません。画面を表示できませんでした。入力した内容はこのブラウザに保存されています。再読み込みしてもう一度お試しください。
      </p>
      <p>
        再読み込みしても表示されない場合は、入力内容をファイルに保存しておくと、「進捗をファイルに保存・ファイルから再開」の画面から続きを再開できます。
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          再読み込み
        </button>
        <button type="button" className="button button--secondary" onClick={save}>
          入力内容をファイルに保存
        </button>
      </div>
    </Page>
  );
}
