import { Page } from '../../components/page';

/**
 * Shown instead of a blank page when a page fails unexpectedly. Saved progress is untouched, so a
 * reload usually brings the person back to where they were.
 */
export function ErrorPage() {
  return (
    <Page heading="問題が発生しました">
      <p>
        申し訳ありません。画面を表示できませんでした。入力した内容はこのブラウザに保存されています。再読み込みしてもう一度お試しください。
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          再読み込み
        </button>
      </div>
    </Page>
  );
}
