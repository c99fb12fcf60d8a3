import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { REQUEST_PATHS } from '../../content/routes';
import type { Request } from '../../domain/request/schema';
import { cutToLength } from '../../domain/text/cut';
import { downloadBlob } from '../../lib/download';

type State =
  | { kind: 'rendering' }
  | { kind: 'ready'; url: string; bytes: number }
  /** `missing`: characters whose glyphs could not be downloaded (offline). */
  | { kind: 'failed'; missing?: string[] };

/** Renders in the worker; the PDF code and fonts load on first use, never with the app. */
async function render(request: Request | null, fillable = false): Promise<Blob> {
  const { renderInWorker } = await import('./client');
  return renderInWorker(request, { fillable });
}

/** Characters Windows does not allow in file names, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** How much of the organisation's name the file name keeps, in UTF-16 code units. */
const FILE_NAME_ORGANISATION_LENGTH = 40;

/**
 * 「依頼書_中央労働組合_2026-04-01.pdf」: the organisation and date tell copies apart. A long name
 * is cut between characters (never inside 𠮷 or a character with its marks), so the file name
 * never ends in half a character.
 */
export function requestFileName(request: Request): string {
  const organisation = request.organisationName
    .replace(UNSAFE_IN_FILE_NAME, '')
    .replace(/\s+/g, '');
  return `依頼書_${cutToLength(organisation, FILE_NAME_ORGANISATION_LENGTH)}_${request.requestDate}.pdf`;
}

/** The fillable PDF's name: the print PDF's, marked so the two are never mistaken. */
export function fillableFileName(request: Request): string {
  return requestFileName(request).replace(/\.pdf$/, '_入力欄つき.pdf');
}

/**
 * The filled-in request form as a PDF: shown on the page, with 依頼書をダウンロード and 依頼書を印刷
 * (named for what they act on: the print page also has 手順を印刷 for its own steps). Rendering
 * starts as soon as the panel opens; the page stays usable meanwhile (it runs in a worker).
 */
export function PdfPanel({ request }: { request: Request }) {
  const [state, setState] = useState<State>({ kind: 'rendering' });
  const [attempt, setAttempt] = useState(0);
  const frame = useRef<HTMLIFrameElement>(null);
  const key = JSON.stringify(request);

  useEffect(() => {
    let current = true;
    let url: string | undefined;
    render(JSON.parse(key) as Request).then(
      (blob) => {
        if (!current) return;
        url = URL.createObjectURL(blob);
        setState({ kind: 'ready', url, bytes: blob.size });
      },
      (error: unknown) =>
        current &&
        setState({
          kind: 'failed',
          missing:
            error instanceof Error && error.name === 'GlyphsUnavailableError'
              ? (error as Error & { characters: string[] }).characters
              : undefined,
        }),
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
      setState({ kind: 'rendering' });
    };
  }, [key, attempt]);

  const print = () => {
    const view = frame.current?.contentWindow;
    if (view) {
      view.focus();
      view.print();
    }
  };

  return (
    <section className="pdf-panel" aria-labelledby="pdf-panel-title">
      <h2 id="pdf-panel-title">依頼書（PDF）</h2>
      <p className="pdf-panel__status" role="status">
        {state.kind === 'rendering' && '依頼書（PDF）を作成しています…'}
        {state.kind === 'ready' &&
          '依頼書（PDF）を作成しました。内容をご確認のうえ、印刷してください。'}
        {state.kind === 'failed' && '依頼書（PDF）を作成できませんでした。'}
      </p>
      {state.kind === 'failed' && state.missing && <MissingGlyphs characters={state.missing} />}
      {state.kind === 'failed' && (
        <div className="actions">
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            もう一度作成する
          </button>
        </div>
      )}
      {state.kind === 'ready' && (
        <>
          <div className="actions">
            {/* Printing is what the print page is for: its one primary action (issue 16). */}
            <button type="button" className="button" onClick={print}>
              依頼書を印刷
            </button>
            <a
              className="button button--secondary"
              href={state.url}
              download={requestFileName(request)}
            >
              依頼書をダウンロード
            </a>
          </div>
          <iframe
            ref={frame}
            className="pdf-panel__preview"
            title="依頼書のプレビュー"
            src={state.url}
          />
          <p className="hint">
            プレビューが表示されない場合は、「依頼書をダウンロード」で保存したファイルを開いて印刷してください。A4サイズ・縦向き・倍率100%（実際のサイズ）で印刷してください。
          </p>
          <FillablePdf request={request} />
        </>
      )}
    </section>
  );
}

/*
 * The second choice (docs/decisions/0013-print-pdf-and-fillable-pdf.md): a PDF whose values can be
 * corrected in a PDF viewer, with what it can and cannot do said before it is downloaded
 * (docs/decisions/0015-pdf-standards-and-editing.md).
 */
function FillablePdf({ request }: { request: Request }) {
  const [state, download] = useDownload(() => render(request, true), fillableFileName(request));
  return (
    <section className="pdf-panel__fillable" aria-labelledby="pdf-fillable-title">
      <h3 id="pdf-fillable-title">PDFの上で文字を直したい場合</h3>
      <p>
        印刷とFAXには、上の依頼書をお使いください。入力内容を直すときは、
        <Link to={REQUEST_PATHS.check}>入力内容の確認</Link>
        で直してから依頼書を作り直すのが確実です。
      </p>
      <p>
        PDFを開くソフトで直す場合は、入力欄つきの依頼書をお使いください。ただし、次の点にご注意ください。
      </p>
      <ul className="list list--bullet">
        <li>
          直せるのは、数字・英字・ひらがな・カタカナと、この依頼書にすでに使われている文字です。それ以外の文字（新しい漢字など）は、ソフトによっては表示も印刷もされません。
        </li>
        <li>
          印刷の設定によっては、入力欄の文字が印刷されません。印刷した依頼書に、すべての項目が入っているか確かめてください。
        </li>
        <li>手続きの種類の○と、□の✓は直せません。</li>
      </ul>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={download}
          disabled={state === 'rendering'}
        >
          入力欄つきの依頼書（PDF）をダウンロード
        </button>
        <DownloadStatus state={state} />
      </p>
    </section>
  );
}

/**
 * Offline, with characters whose glyphs this browser has never downloaded: which ones, and that
 * a connection is needed once (the glyphs are kept after that).
 */
function MissingGlyphs({ characters }: { characters: string[] }) {
  return (
    <div className="notice" role="alert">
      <p>
        次の文字は、印刷用の字形をまだダウンロードしていないため、インターネットに接続していないと依頼書に印刷できません：
        <span lang="ja" className="missing-glyphs">
          {characters.join('、')}
        </span>
      </p>
      <p>
        インターネットに接続してから「もう一度作成する」を押してください。一度作成すれば、このパソコンでは次からインターネットに接続していなくても作成できます。
      </p>
    </div>
  );
}

/** A link that makes the blank form (for handwriting) on demand. */
export function BlankFormLink() {
  const [state, download] = useDownload(() => render(null), '依頼書_記入用.pdf');
  return (
    <p>
      <button
        type="button"
        className="link-button"
        onClick={download}
        disabled={state === 'rendering'}
      >
        手書き用の白紙の依頼書（PDF）をダウンロード
      </button>
      <DownloadStatus state={state} />
    </p>
  );
}

type DownloadState = 'idle' | 'rendering' | 'failed';

/** A PDF made on demand and downloaded as `fileName`, with its state for the button and status. */
function useDownload(make: () => Promise<Blob>, fileName: string): [DownloadState, () => void] {
  const [state, setState] = useState<DownloadState>('idle');
  const download = () => {
    setState('rendering');
    make().then(
      (blob) => {
        downloadBlob(fileName, blob);
        setState('idle');
      },
      () => setState('failed'),
    );
  };
  return [state, download];
}

function DownloadStatus({ state }: { state: DownloadState }) {
  return (
    <span role="status" className="hint">
      {state === 'rendering' && ' 作成しています…'}
      {state === 'failed' && ' 作成できませんでした。もう一度お試しください。'}
    </span>
  );
}
