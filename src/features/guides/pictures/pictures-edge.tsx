import type { ReactNode } from 'react';
import {
  BackHeading,
  Bar,
  Browser,
  BROWSER_TOP,
  Button,
  Dim,
  EdgeSettingsNav,
  Highlight,
  Label,
  Menu,
  SettingsRow,
  TextField,
  ToggleLegend,
  TITLE_BAR,
  Window,
  textWidth,
} from './kit';
import type { Drawings } from './catalog';
import { Paragraph } from './screens';

/** Task 5 (2. ブラウザの設定): Microsoft Edge's menu and settings pages, ①–⑧ and ア–ウ. */

const W = 720;
const H = 440;
/** Where the settings page starts, right of the menu. */
const PX = 250;
const PW = W - PX - 20;
const URL = 'https://www.cjs-rokin.jp';

/** Edge's settings menu: the guide names two of its items; the others are grey bars. */
const NAV = [
  null,
  null,
  null,
  null,
  null,
  'Cookie とサイトのアクセス許可',
  null,
  'ダウンロード',
  null,
];
const NAV_COOKIES = 5;
const NAV_DOWNLOADS = 7;

function Settings({
  active,
  mark,
  children,
}: {
  active?: number;
  mark?: { item: number; n: number };
  children?: ReactNode;
}) {
  return (
    <Browser x={0} y={0} w={W} h={H}>
      <EdgeSettingsNav h={H} items={NAV} active={active} mark={mark} />
      {children}
    </Browser>
  );
}

/** 「Cookie とサイトのアクセス許可」: the page with ③, ⑥ and ⑦ on it. */
function PermissionsPage({
  cookies,
  js,
  popups,
}: {
  cookies?: number;
  js?: number;
  popups?: number;
}) {
  const y0 = BROWSER_TOP + 24;
  return (
    <Settings active={NAV_COOKIES}>
      <Label x={PX} y={y0} bold>
        保存された Cookie とデータ
      </Label>
      <SettingsRow
        x={PX}
        y={y0 + 16}
        w={PW}
        title="Cookie とサイトデータの管理と削除"
        mark={cookies}
      />
      <Label x={PX} y={y0 + 86} bold>
        サイトのアクセス許可
      </Label>
      <SettingsRow x={PX} y={y0 + 102} w={PW} title={null} sub={null} />
      <SettingsRow x={PX} y={y0 + 156} w={PW} title="JavaScript" sub="許可済み" mark={js} />
      <SettingsRow x={PX} y={y0 + 210} w={PW} title={null} sub={null} />
      <SettingsRow
        x={PX}
        y={y0 + 264}
        w={PW}
        title="ポップアップとリダイレクト"
        sub="許可済み"
        mark={popups}
      />
    </Settings>
  );
}

/** The page behind 「Cookie とサイトデータの管理と削除」 (④, ⑤). */
function CookiesPage({ allow, back }: { allow?: number; back?: number }) {
  const y0 = BROWSER_TOP + 30;
  return (
    <Settings active={NAV_COOKIES}>
      <BackHeading x={PX} y={y0} text="← 保存された Cookie とデータ" mark={back} />
      <SettingsRow
        x={PX}
        y={y0 + 30}
        w={PW}
        title="Cookie データの保存と読み取りをサイトに許可する (推奨)"
        end="on"
        mark={allow}
      />
      <SettingsRow x={PX} y={y0 + 80} w={PW} title={null} sub={null} end="off" />
      <SettingsRow x={PX} y={y0 + 140} w={PW} title={null} sub={null} end="off" />
      <SettingsRow x={PX} y={y0 + 200} w={PW} title={null} />
      {allow !== undefined && <ToggleLegend x={PX} y={H - 40} />}
    </Settings>
  );
}

/** The page behind 「ポップアップとリダイレクト」 (ア–ウ): only its 「許可」 list is named. */
function PopupsPage({ add, added }: { add?: number; added?: number }) {
  const y0 = BROWSER_TOP + 30;
  return (
    <>
      <Bar x={PX} y={y0} w={200} h={12} />
      <SettingsRow x={PX} y={y0 + 24} w={PW} title={null} end="off" />
      <Bar x={PX} y={y0 + 92} w={60} />
      <Button x={W - 20 - 84} y={y0 + 78} label={null} />
      <Bar x={PX + 10} y={y0 + 124} w={150} h={8} />
      <Label x={PX} y={y0 + 172} bold>
        許可
      </Label>
      <Button x={W - 20 - 84} y={y0 + 158} label="追加" mark={add} markSide="left" />
      {added === undefined ? (
        <Bar x={PX + 10} y={y0 + 206} w={150} h={8} />
      ) : (
        <g>
          <Label x={PX + 10} y={y0 + 208}>
            {URL}
          </Label>
          <Highlight x={PX + 4} y={y0 + 194} w={textWidth(URL) + 14} h={28} n={added} />
        </g>
      )}
    </>
  );
}

export const DRAWINGS = {
  'edge.open-settings': () => (
    <Browser x={0} y={0} w={W} h={H} dotsMark={1}>
      <Paragraph x={30} y={BROWSER_TOP + 40} lines={3} w={300} />
      <Menu
        x={W - 270}
        y={BROWSER_TOP - 4}
        w={250}
        rowHeight={30}
        items={[null, null, null, null, null, null, null, null, null, '設定', null]}
        mark={{ item: 9, n: 2 }}
      />
    </Browser>
  ),
  'edge.site-permissions': () => (
    <Settings mark={{ item: NAV_COOKIES, n: 1 }}>
      <Bar x={PX} y={BROWSER_TOP + 30} w={180} h={12} />
      <SettingsRow x={PX} y={BROWSER_TOP + 50} w={PW} title={null} sub={null} />
      <SettingsRow x={PX} y={BROWSER_TOP + 110} w={PW} title={null} sub={null} />
      <SettingsRow x={PX} y={BROWSER_TOP + 170} w={PW} title={null} />
    </Settings>
  ),
  'edge.cookies': () => <PermissionsPage cookies={1} />,
  'edge.cookies-allow': () => <CookiesPage allow={1} />,
  'edge.cookies-back': () => <CookiesPage back={1} />,
  'edge.javascript': () => <PermissionsPage js={1} />,
  'edge.javascript-allow': () => (
    <Settings active={NAV_COOKIES}>
      <BackHeading x={PX} y={BROWSER_TOP + 30} text="← サイトのアクセス許可" mark={2} />
      <SettingsRow x={PX} y={BROWSER_TOP + 60} w={PW} title="許可済み（推奨）" end="on" mark={1} />
      <Bar x={PX} y={BROWSER_TOP + 134} w={60} />
      <Bar x={PX + 10} y={BROWSER_TOP + 164} w={150} h={8} />
      <ToggleLegend x={PX} y={H - 40} />
    </Settings>
  ),
  'edge.popups': () => <PermissionsPage popups={1} />,
  'edge.popups-add': () => (
    <Settings active={NAV_COOKIES}>
      <PopupsPage add={1} />
    </Settings>
  ),
  'edge.popups-url': () => (
    <Settings active={NAV_COOKIES}>
      <PopupsPage />
      <Dim x={1} y={BROWSER_TOP - 1} w={W - 2} h={H - BROWSER_TOP} />
      <Window x={170} y={130} w={420} h={190} title="サイトの追加" os="win11" shadow>
        <Bar x={20} y={TITLE_BAR + 26} w={60} />
        <TextField x={20} y={TITLE_BAR + 44} w={380} value={URL} mark={1} />
        <Button
          x={420 - 20 - 84 - 10 - 84}
          y={190 - 48}
          label="追加"
          primary
          mark={2}
          markSide="left"
        />
        <Button x={420 - 20 - 84} y={190 - 48} label={null} />
      </Window>
    </Settings>
  ),
  'edge.popups-added': () => (
    <Settings active={NAV_COOKIES}>
      <PopupsPage added={1} />
    </Settings>
  ),
  'edge.downloads': () => (
    <Settings active={NAV_DOWNLOADS} mark={{ item: NAV_DOWNLOADS, n: 1 }}>
      <Bar x={PX} y={BROWSER_TOP + 30} w={120} h={12} />
      <SettingsRow x={PX} y={BROWSER_TOP + 50} w={PW} title={null} sub={null} />
      <SettingsRow
        x={PX}
        y={BROWSER_TOP + 110}
        w={PW}
        title="ダウンロード時の動作を毎回確認する"
        end="on"
        mark={2}
      />
      <SettingsRow x={PX} y={BROWSER_TOP + 160} w={PW} title={null} end="off" />
      <ToggleLegend x={PX} y={H - 40} />
    </Settings>
  ),
} satisfies Drawings<'edge'>;
