import { lazy, Suspense, useRef } from 'react';
import { Link } from 'react-router';
import { BackLink } from '../../../components/back-link';
import { Page } from '../../../components/page';
import { CONTRACT_NUMBER_SOURCES } from '../../../content/request-form';
import { REQUEST_PAGE_PATHS } from '../../../content/routes';
import { useScrollsSideways } from '../../../lib/use-scrolls-sideways';
import type { ExampleNote } from '../example-picture';
import '../example.css';

const ExamplePicture = lazy(() => import('../example-picture'));

/** The guide's notes around its 記入例, numbered as the picture's markers. */
const NOTES: readonly { note: ExampleNote; heading: string; lines: readonly string[] }[] = [
  { note: 'date', heading: '依頼日', lines: ['依頼日をご記入ください。'] },
  {
    note: 'seal',
    heading: 'お申込印（代表者印）',
    lines: [
      '枠内の全ての箇所にご記入のうえ、お申込印をご捺印ください。',
      '※お申込印は鮮明にご捺印願います。',
      '※2つのご印鑑（角印と丸印等）でお届出の場合は、両方ともご捺印ください。',
      '＊「お申込印」には利用申込書により届出ている「お申込印」と同じ印鑑を押してください。',
    ],
  },
  {
    note: 'representative',
    heading: '代表者名',
    lines: ['代表者名については「肩書」「氏名」の両方をご記入ください。'],
  },
  {
    note: 'phone',
    heading: '電話番号',
    lines: ['※「電話番号」は日中ご連絡のつく電話番号をご記入ください。'],
  },
  {
    note: 'contract',
    heading: 'ご契約番号',
    lines: [
      `${CONTRACT_NUMBER_SOURCES.join('または')}に記載されているご契約番号をご記入ください。`,
    ],
  },
  {
    note: 'inquiry',
    heading: '＜手続依頼区分＞',
    lines: [
      '以下の該当欄を○で囲み、必要事項をご記入ください。',
      'ご契約番号がご不明の場合は、「ご契約番号照会」にも○をしてください（この案内では「ご契約番号照会」を選びます）。',
    ],
  },
  {
    note: 'revocation',
    heading: '電子証明書の失効',
    lines: [
      '※電子証明書を失効するユーザーに✓をしてください。',
      '一般ユーザーの電子証明書を失効する場合はユーザー名もご記入ください。',
    ],
  },
];

/**
 * The guide's 記入例 as the form the person knows from paper: a picture of the filled form, drawn
 * from the PDF's own layout with the example's values, and the guide's notes beside it.
 */
export function ExamplePage() {
  const scroller = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(scroller);
  return (
    <Page
      heading="記入例"
      caption="依頼書を作成する"
      before={<BackLink to={REQUEST_PAGE_PATHS.dateAndProcedures}>依頼書の入力に戻る</BackLink>}
    >
      <p>
        中央労働金庫の手順書に掲載されている記入例です。番号や住所は架空のものです。この案内で入力した内容は、図と同じ配置で依頼書に印刷されます。
      </p>
      <div className="example">
        <figure className="example__figure">
          <div
            ref={scroller}
            className="example__scroll"
            {...(scrolls && {
              tabIndex: 0,
              role: 'group',
              'aria-label': '記入例の図（横にスクロールできます）',
            })}
          >
            <Suspense fallback={<p className="example__loading">図を読み込んでいます…</p>}>
              <ExamplePicture />
            </Suspense>
          </div>
          <figcaption className="example__caption">
            図：記入・ご捺印した依頼書（記入例）。赤い番号は、記入のポイントの番号です。
          </figcaption>
        </figure>
        <section className="example__notes" aria-labelledby="example-notes-heading">
          <h2 id="example-notes-heading">記入のポイント</h2>
          <ol className="example__list">
            {NOTES.map(({ note, heading, lines }) => (
              <li key={note} className="example__note">
                <p className="example__note-heading">{heading}</p>
                {lines.map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </li>
            ))}
          </ol>
          <h3>【訂正が必要な場合】</h3>
          <p>
            再度、依頼書を作成していただくか、訂正箇所を二重線で抹消のうえ訂正いただき、お申込印にて訂正印をご捺印ください（2つのご印鑑（角印と丸印等）でお届出の場合は、両方ともご捺印ください。）。
          </p>
        </section>
      </div>
      <p>
        <Link to={REQUEST_PAGE_PATHS.dateAndProcedures}>依頼書の入力に戻る</Link>
      </p>
    </Page>
  );
}
