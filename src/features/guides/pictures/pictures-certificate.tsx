import type { ReactNode } from 'react';
import {
  Arrow,
  Bar,
  Bars,
  Browser,
  BROWSER_TOP,
  Button,
  ButtonRow,
  Checkbox,
  Dim,
  DoNot,
  FileIcon,
  Highlight,
  InfoIcon,
  Label,
  ListBox,
  Radio,
  TextField,
  TITLE_BAR,
  WarningIcon,
  Window,
  buttonWidth,
  textWidth,
  type WindowStyle,
} from './kit';
import type { Drawings } from './catalog';
import {
  ImportWizard,
  PAGE_W,
  PageHeading,
  Paragraph,
  ServicePage,
  WizardButtons,
} from './screens';

/**
 * Task 7 (4. 電子証明書の取得作業): the service's screens as far as the guide names them, the
 * download of the 「p12」 file and the certificate import wizard, ①–⑮.
 */

const PAGE_H = 330;

/** The file the service downloads: its name is not in the guide, only its extension. */
function P12({ x, y, icon = true }: { x: number; y: number; icon?: boolean }) {
  const at = icon ? x + 34 : x;
  return (
    <g>
      {icon && <FileIcon x={x} y={y - 15} />}
      <Bar x={at} y={y} w={110} />
      <Label x={at + 116} y={y}>
        .p12
      </Label>
    </g>
  );
}

/** A dialog the guide shows without naming anything on it but its キャンセル button. */
function CancelDialog({ x, y, os }: { x: number; y: number; os: WindowStyle }) {
  const w = 440;
  const h = 300;
  return (
    <Window x={x} y={y} w={w} h={h} title={null} os={os} shadow>
      <Bar x={20} y={TITLE_BAR + 28} w={220} h={14} />
      <Bars x={20} y={TITLE_BAR + 58} widths={[380, 260]} gap={18} h={9} />
      <ListBox
        x={20}
        y={TITLE_BAR + 96}
        w={400}
        h={92}
        rows={[null, null, null]}
        selected={0}
        rowHeight={28}
      />
      <ButtonRow
        right={w - 20}
        y={h - 46}
        buttons={[
          { label: null, primary: true },
          { label: 'キャンセル', mark: 1, markSide: 'top' },
        ]}
      />
    </Window>
  );
}

/** A small Windows message (security prompts, the import's last message). */
function Prompt({
  title,
  w,
  h,
  icon,
  children,
}: {
  title: string | null;
  w: number;
  h: number;
  icon: 'warning' | 'info';
  children: ReactNode;
}) {
  return (
    <Window x={10} y={10} w={w} h={h} title={title} shadow>
      {icon === 'warning' ? (
        <WarningIcon x={22} y={TITLE_BAR + 20} />
      ) : (
        <InfoIcon x={40} y={TITLE_BAR + 40} />
      )}
      {children}
    </Window>
  );
}

/** The service's page showing the result of 電子証明書発行, with its 閉じる button. */
function ResultPage({
  resultMark,
  closeMark,
  doNotClose,
}: {
  resultMark?: number;
  closeMark?: number;
  doNotClose?: boolean;
}) {
  const close = { x: PAGE_W / 2 - 50, y: PAGE_H - 66, w: 100, h: 32 };
  return (
    <ServicePage h={PAGE_H}>
      <rect
        x={40}
        y={BROWSER_TOP + 60}
        width={PAGE_W - 80}
        height={104}
        fill="#fff"
        stroke="#767676"
      />
      <Bars x={60} y={BROWSER_TOP + 84} widths={[240, 420, 360]} gap={26} h={9} />
      {resultMark !== undefined && (
        <Highlight x={40} y={BROWSER_TOP + 60} w={PAGE_W - 80} h={104} n={resultMark} />
      )}
      <Button
        x={close.x}
        y={close.y}
        w={close.w}
        h={close.h}
        label="閉じる"
        mark={closeMark}
        markSide="left"
      />
      {doNotClose && <DoNot {...close} />}
    </ServicePage>
  );
}

export const DRAWINGS = {
  'certificate.open-service': () => {
    const steps = [
      '中央ろうきんのホームページ',
      '各種サービス（会員団体向けサービス）',
      'ろうきん賃金控除事務支援サービス',
    ];
    return (
      <Browser x={0} y={0} w={PAGE_W} h={PAGE_H}>
        {steps.map((text, i) => {
          const y = BROWSER_TOP + 30 + i * 76;
          const w = textWidth(text) + 40;
          const x = (PAGE_W - w) / 2;
          return (
            <g key={text}>
              <rect
                x={x}
                y={y}
                width={w}
                height={40}
                rx={6}
                fill="#fff"
                stroke="#1a1a1a"
                strokeWidth={1.4}
              />
              <Label x={PAGE_W / 2} y={y + 20} anchor="middle" bold={i === 2}>
                {text}
              </Label>
              {i < 2 && <Arrow x1={PAGE_W / 2} y1={y + 44} x2={PAGE_W / 2} y2={y + 72} />}
              {i === 2 && <Highlight x={x} y={y} w={w} h={40} n={1} />}
            </g>
          );
        })}
      </Browser>
    );
  },
  'certificate.login-start': () => {
    const label = 'サービスへのログイン／初期登録';
    return (
      <ServicePage h={PAGE_H}>
        <Paragraph x={40} y={BROWSER_TOP + 76} lines={3} w={440} />
        <Button
          x={(PAGE_W - buttonWidth(label, 16) - 20) / 2}
          y={BROWSER_TOP + 150}
          h={44}
          w={buttonWidth(label, 16) + 20}
          label={label}
          size={16}
          primary
          mark={1}
        />
        <Paragraph x={40} y={BROWSER_TOP + 228} lines={1} w={300} />
      </ServicePage>
    );
  },
  'certificate.cancel-dialog.edge': () => (
    <Browser x={0} y={0} w={PAGE_W} h={380}>
      <Paragraph x={30} y={BROWSER_TOP + 40} lines={3} w={300} />
      <Dim x={1} y={BROWSER_TOP - 1} w={PAGE_W - 2} h={380 - BROWSER_TOP} />
      <CancelDialog x={(PAGE_W - 440) / 2} y={BROWSER_TOP - 10} os="win11" />
    </Browser>
  ),
  'certificate.cancel-dialog.ie-mode.win10': () => <CancelDialog x={10} y={10} os="win10" />,
  'certificate.cancel-dialog.ie-mode.win11': () => <CancelDialog x={10} y={10} os="win11" />,
  'certificate.issue-button': () => (
    <ServicePage h={PAGE_H}>
      <Paragraph x={40} y={BROWSER_TOP + 76} lines={2} w={420} />
      <Button
        x={40}
        y={BROWSER_TOP + 130}
        h={40}
        label="電子証明書発行"
        size={16}
        primary
        mark={1}
        markSide="right"
      />
      <Button x={40} y={BROWSER_TOP + 190} h={40} w={200} label={null} />
    </ServicePage>
  ),
  'certificate.issuing': () => (
    <ServicePage h={PAGE_H}>
      <PageHeading x={40} y={BROWSER_TOP + 80} text="電子証明書発行中" mark={1} />
      <Paragraph x={40} y={BROWSER_TOP + 126} lines={2} w={420} />
      <g fill="none" stroke="#1a1a1a" strokeWidth={3} strokeLinecap="round">
        <path d={`M${PAGE_W / 2 - 18} ${BROWSER_TOP + 200}a18 18 0 1 1 18 18`} />
      </g>
    </ServicePage>
  ),
  'certificate.result': () => <ResultPage resultMark={1} doNotClose />,
  'certificate.result.edge': () => (
    <ServicePage h={PAGE_H}>
      <Paragraph x={40} y={BROWSER_TOP + 80} lines={4} w={300} />
      <rect
        x={PAGE_W - 370}
        y={BROWSER_TOP + 4}
        width={350}
        height={160}
        rx={8}
        fill="#fff"
        stroke="#1a1a1a"
        strokeWidth={1.4}
      />
      <Bar x={PAGE_W - 350} y={BROWSER_TOP + 28} w={120} h={11} />
      <P12 x={PAGE_W - 350} y={BROWSER_TOP + 66} />
      <ButtonRow
        right={PAGE_W - 36}
        y={BROWSER_TOP + 100}
        buttons={[
          { label: '開く', primary: true, mark: 1, markSide: 'bottom' },
          { label: null },
          { label: null },
        ]}
      />
    </ServicePage>
  ),
  'certificate.result.ie-mode': () => (
    <ServicePage h={PAGE_H}>
      <Paragraph x={40} y={BROWSER_TOP + 80} lines={4} w={420} />
      <rect
        x={1}
        y={PAGE_H - 72}
        width={PAGE_W - 2}
        height={64}
        fill="#f3f4f6"
        stroke="#1a1a1a"
        strokeWidth={1.2}
      />
      <P12 x={20} y={PAGE_H - 40} />
      <ButtonRow
        right={PAGE_W - 40}
        y={PAGE_H - 54}
        buttons={[
          { label: 'ファイルを開く', primary: true, mark: 1, markSide: 'top' },
          { label: null },
          { label: null },
        ]}
      />
    </ServicePage>
  ),
  'certificate.result.ie-security': () => (
    <Prompt title="Internet Explorer セキュリティ" w={460} h={260} icon="warning">
      <Bars x={70} y={TITLE_BAR + 30} widths={[360, 300, 200]} gap={20} h={9} />
      <Bars x={70} y={TITLE_BAR + 110} widths={[180, 240]} gap={20} h={9} />
      <ButtonRow
        right={440}
        y={214}
        buttons={[{ label: '許可する', primary: true, mark: 1, markSide: 'left' }, { label: null }]}
      />
    </Prompt>
  ),
  'certificate.import-store': () => (
    <ImportWizard x={10} y={10} heading={null}>
      <Paragraph x={30} y={104} lines={3} w={520} />
      <Label x={30} y={190}>
        保存場所
      </Label>
      <Radio x={46} y={222} label="現在のユーザー (C)" checked mark={1} />
      <Radio x={46} y={254} label={null} checked={false} />
      <Paragraph x={30} y={300} lines={1} w={300} />
      <WizardButtons mark={2} />
    </ImportWizard>
  ),
  'certificate.import-file': () => (
    <ImportWizard x={10} y={10} heading={null}>
      <Paragraph x={30} y={104} lines={1} w={400} />
      <Label x={30} y={150}>
        ファイル名
      </Label>
      <TextField x={30} y={166} w={420} />
      <P12 x={40} y={179} icon={false} />
      <Highlight x={30} y={166} w={420} h={26} n={1} />
      <Button x={466} y={165} label={null} w={100} />
      <Paragraph x={30} y={236} lines={3} w={500} />
      <WizardButtons mark={2} />
    </ImportWizard>
  ),
  'certificate.import-password': () => (
    <ImportWizard x={10} y={10} heading="秘密キーの保護">
      <Paragraph x={30} y={98} lines={2} w={500} />
      <Bar x={30} y={146} w={90} />
      <TextField x={30} y={160} w={320} masked={10} mark={2} markSide="right" />
      <Checkbox x={30} y={206} label="パスワードの表示(D)" checked={false} size={13} />
      <Label x={30} y={240} size={13}>
        インポートオプション(O):
      </Label>
      <Checkbox x={46} y={266} label="秘密キーの保護を強力にする(E)" checked={false} size={13} />
      <Checkbox
        x={46}
        y={290}
        label="このキーをエクスポート可能にする(M)"
        checked={false}
        size={13}
      />
      <Checkbox
        x={46}
        y={314}
        label="仮想化ベースのセキュリティを使用して秘密キーを保護する(エクスポート不可)(P)"
        checked={false}
        size={13}
      />
      <Checkbox
        x={46}
        y={338}
        label="すべての拡張プロファイルを含める (A)"
        checked
        size={13}
        mark={1}
      />
      <WizardButtons mark={3} />
    </ImportWizard>
  ),
  'certificate.import-auto-store': () => (
    <ImportWizard x={10} y={10} heading="証明書ストア">
      <Paragraph x={30} y={98} lines={3} w={520} />
      <Radio
        x={30}
        y={180}
        label="証明書の種類に基づいて、自動的に証明書ストアを選択する (U)"
        checked
        mark={1}
      />
      <Radio x={30} y={216} label="証明書をすべて次のストアに配置する(P)" checked={false} />
      <Label x={56} y={250} size={13}>
        証明書ストア:
      </Label>
      <TextField x={56} y={264} w={360} disabled />
      <Button x={430} y={263} label="参照(R)..." w={110} />
      <WizardButtons mark={2} />
    </ImportWizard>
  ),
  'certificate.import-finish': () => (
    <ImportWizard x={10} y={10} heading={null}>
      <Paragraph x={30} y={104} lines={2} w={500} />
      <rect
        x={30}
        y={150}
        width={540}
        height={150}
        fill="#fff"
        stroke="#1a1a1a"
        strokeWidth={1.2}
      />
      {[0, 1, 2, 3].map((i) => (
        <g key={i}>
          <Bar x={44} y={172 + i * 30} w={150} h={9} />
          <Bar x={260} y={172 + i * 30} w={200 - i * 25} h={9} />
        </g>
      ))}
      <WizardButtons next="完了" mark={1} />
    </ImportWizard>
  ),
  'certificate.security-warning': () => (
    <Prompt title={null} w={460} h={260} icon="warning">
      <Bars x={70} y={TITLE_BAR + 30} widths={[360, 340, 300, 360, 200]} gap={20} h={9} />
      <ButtonRow
        right={440}
        y={214}
        buttons={[{ label: 'はい', primary: true, mark: 1, markSide: 'left' }, { label: null }]}
      />
    </Prompt>
  ),
  'certificate.import-done': () => {
    const text = '正しくインポートされました。';
    return (
      <Prompt title={null} w={400} h={180} icon="info">
        <Label x={72} y={TITLE_BAR + 40}>
          {text}
        </Label>
        <Highlight x={68} y={TITLE_BAR + 26} w={textWidth(text) + 8} h={28} n={1} side="top" />
        <Button x={400 - 20 - 84} y={180 - 46} label="OK" primary mark={2} markSide="left" />
      </Prompt>
    );
  },
  'certificate.close': () => <ResultPage closeMark={1} />,
} satisfies Drawings<'certificate'>;
