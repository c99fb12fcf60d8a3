import {
  Arrow,
  Bar,
  Bars,
  Button,
  Checkbox,
  Group,
  Highlight,
  Label,
  ListBox,
  Menu,
  SearchIcon,
  Taskbar,
  TextField,
  TITLE_BAR,
  Window,
  textWidth,
  type WindowStyle,
} from './kit';
import type { Drawings } from './catalog';
import { InternetOptions, OPTIONS_W } from './screens';

/**
 * Task 6 (3. ポップアップブロックの設定確認および信頼済みサイトの登録): Windows search, the Internet
 * Options dialog and its ポップアップブロック and 信頼済みサイト dialogs, ①–⑪ with the Windows 10 / 11
 * variants and the ワンポイント.
 */

const HOST = 'www.cjs-rokin.jp';
const URL = 'https://www.cjs-rokin.jp';

/** An application's icon, as a plain framed square (no product artwork). */
function AppIcon({ x, y, s = 28 }: { x: number; y: number; s?: number }) {
  return (
    <g fill="none" stroke="#1a1a1a" strokeWidth={1.5}>
      <rect x={x} y={y} width={s} height={s} rx={s / 6} fill="#fff" />
      <circle cx={x + s / 2} cy={y + s / 2} r={s / 4} />
      <path d={`M${x + s / 4} ${y + s / 2}H${x + (3 * s) / 4}`} />
    </g>
  );
}

/** The search panel: the found 「インターネットオプション」 at the left, its 「開く」 at the right. */
function SearchResults({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const split = x + 300;
  const right = (split + x + w) / 2;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} fill="#fff" stroke="#1a1a1a" strokeWidth={1.2} />
      <line x1={split} y1={y + 10} x2={split} y2={y + h - 10} stroke="#c8c8c8" />
      <Bar x={x + 16} y={y + 26} w={110} />
      <rect x={x + 8} y={y + 42} width={284} height={52} fill="#dbe5f3" />
      <AppIcon x={x + 18} y={y + 54} />
      <Label x={x + 58} y={y + 60}>
        インターネットオプション
      </Label>
      <Bar x={x + 58} y={y + 80} w={90} h={8} />
      <Highlight x={x + 8} y={y + 42} w={284} h={52} n={1} />
      <Bar x={x + 16} y={y + 124} w={80} />
      {[0, 1, 2].map((i) => (
        <g key={i}>
          <AppIcon x={x + 18} y={y + 142 + i * 44} s={22} />
          <Bar x={x + 52} y={y + 153 + i * 44} w={150 - i * 20} />
        </g>
      ))}
      <AppIcon x={right - 24} y={y + 30} s={48} />
      <Label x={right} y={y + 104} anchor="middle" bold>
        インターネットオプション
      </Label>
      <Bar x={right - 45} y={y + 128} w={90} h={8} />
      <line x1={split + 20} y1={y + 150} x2={x + w - 20} y2={y + 150} stroke="#c8c8c8" />
      <Label x={split + 52} y={y + 180}>
        開く
      </Label>
      <rect
        x={split + 24}
        y={y + 172}
        width={16}
        height={16}
        fill="none"
        stroke="#1a1a1a"
        strokeWidth={1.4}
      />
      <Highlight x={split + 18} y={y + 166} w={textWidth('開く') + 44} h={28} n={2} side="right" />
      <Bar x={split + 52} y={y + 216} w={110} />
    </g>
  );
}

/** A taskbar search box with 「インターネット」 typed in it. */
function SearchBox({ x, y, w, mark }: { x: number; y: number; w: number; mark?: number }) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={32}
        rx={2}
        fill="#fff"
        stroke="#1a1a1a"
        strokeWidth={1.2}
      />
      <SearchIcon x={x + 18} y={y + 15} />
      <Label x={x + 38} y={y + 16}>
        インターネット
      </Label>
      {mark !== undefined && <Highlight x={x} y={y} w={w} h={32} n={mark} side="right" />}
    </g>
  );
}

/** The Privacy tab: the guide names only the ポップアップブロック group. */
function PrivacyTab({
  os,
  tabMark,
  checkMark,
  settingsMark,
}: {
  os: WindowStyle;
  tabMark?: number;
  checkMark?: number;
  settingsMark?: number;
}) {
  return (
    <InternetOptions x={22} y={10} os={os} active="プライバシー" tabMark={tabMark}>
      <Group x={20} y={100} w={420} h={170} title={null} />
      <Bars x={36} y={128} widths={[300, 360, 240]} gap={22} h={9} />
      <Button x={36} y={208} label={null} w={90} />
      <Button x={136} y={208} label={null} w={90} />
      <Group x={20} y={300} w={420} h={90} title="ポップアップブロック" />
      <Checkbox x={36} y={340} label="ポップアップブロックを有効にする" checked mark={checkMark} />
      <Button x={OPTIONS_W - 40 - 84} y={326} label="設定" mark={settingsMark} markSide="top" />
    </InternetOptions>
  );
}

const ZONES = [null, null, '信頼済みサイト', null] as const;

/** The Security tab, with 「信頼済みサイト」 selected or not. */
function SecurityTab({
  trusted,
  tabMark,
  zoneMark,
  headingMark,
  sitesMark,
  okMark,
}: {
  trusted: boolean;
  tabMark?: number;
  zoneMark?: number;
  headingMark?: number;
  sitesMark?: number;
  okMark?: number;
}) {
  return (
    <InternetOptions
      x={22}
      y={10}
      os="win10"
      active="セキュリティ"
      tabMark={tabMark}
      okMark={okMark}
    >
      <g transform="translate(0 10)">
        <Label x={20} y={96} size={13}>
          セキュリティ設定を表示または変更するゾーンを選択してください。
        </Label>
        <rect
          x={20}
          y={112}
          width={420}
          height={86}
          fill="#fff"
          stroke="#1a1a1a"
          strokeWidth={1.2}
        />
        {ZONES.map((zone, i) => {
          const cx = 20 + 52 + i * 105;
          const selected = trusted ? zone !== null : i === 0;
          return (
            <g key={i}>
              {selected && <rect x={cx - 50} y={118} width={100} height={74} fill="#dbe5f3" />}
              <circle cx={cx} cy={142} r={14} fill="#fff" stroke="#1a1a1a" strokeWidth={1.5} />
              {zone === null ? (
                <Bar x={cx - 30} y={176} w={60} h={8} />
              ) : (
                <Label x={cx} y={176} anchor="middle" size={13}>
                  {zone}
                </Label>
              )}
              {zone !== null && zoneMark !== undefined && (
                <Highlight x={cx - 50} y={118} w={100} h={74} n={zoneMark} />
              )}
            </g>
          );
        })}
        {trusted ? (
          <Label x={20} y={226} bold>
            信頼済みサイト
          </Label>
        ) : (
          <Bar x={20} y={226} w={110} h={12} />
        )}
        {headingMark !== undefined && (
          <Highlight x={16} y={212} w={textWidth('信頼済みサイト') + 10} h={28} n={headingMark} />
        )}
        <Button x={OPTIONS_W - 40 - 84} y={212} label="サイト" mark={sitesMark} markSide="left" />
        <Bars x={20} y={262} widths={[300, 200]} gap={20} h={9} />
        <Group x={20} y={310} w={420} h={90} title={null} />
        <Bars x={36} y={338} widths={[140, 260, 220]} gap={20} h={9} />
      </g>
    </InternetOptions>
  );
}

/** The ポップアップブロックの設定 dialog (its title is not in the guide: a grey bar). */
function PopupDialog({ added }: { added: boolean }) {
  const w = 500;
  const h = 400;
  return (
    <Window x={22} y={10} w={w} h={h} title={null} shadow>
      <Bars x={20} y={TITLE_BAR + 26} widths={[440, 300]} gap={18} h={9} />
      <Label x={20} y={112}>
        許可する Web サイトのアドレス
      </Label>
      <TextField
        x={20}
        y={126}
        w={340}
        value={added ? null : HOST}
        mark={added ? undefined : 1}
        markSide="left"
      />
      <Button x={376} y={125} label="追加" w={104} mark={added ? undefined : 2} markSide="right" />
      <Label x={20} y={182}>
        許可されたサイト
      </Label>
      <ListBox x={20} y={196} w={340} h={104} rows={added ? [HOST] : []} />
      {added && <Highlight x={24} y={202} w={textWidth(HOST) + 12} h={22} n={1} side="right" />}
      <Button x={376} y={196} label={null} w={104} />
      <Button x={376} y={232} label={null} w={104} />
      <Group x={20} y={322} w={460} h={22} title={null} />
      <Button
        x={w - 20 - 104}
        y={h - 44}
        label="閉じる"
        w={104}
        mark={added ? 2 : undefined}
        markSide="left"
      />
    </Window>
  );
}

/** The 信頼済みサイト dialog, whose every word the guide gives. */
function TrustedSitesDialog({ added }: { added: boolean }) {
  const w = 560;
  const h = 380;
  return (
    <Window x={22} y={10} w={w} h={h} title="信頼済みサイト" shadow>
      <rect
        x={22}
        y={50}
        width={30}
        height={30}
        rx={4}
        fill="#fff"
        stroke="#1a1a1a"
        strokeWidth={1.5}
      />
      <path d="M30 66l6 6 9-13" fill="none" stroke="#1a1a1a" strokeWidth={2} />
      <Label x={66} y={56} size={13}>
        このゾーンの Web サイトの追加と削除ができます。
      </Label>
      <Label x={66} y={76} size={13}>
        このゾーンの Web サイトすべてに、ゾーンのセキュリティ設定が適用されます。
      </Label>
      <Label x={20} y={114}>
        この Web サイトをゾーンに追加する(D):
      </Label>
      <TextField
        x={20}
        y={128}
        w={400}
        value={added ? null : URL}
        mark={added ? undefined : 1}
        markSide="left"
      />
      <Button x={436} y={127} label="追加(A)" w={104} mark={added ? undefined : 2} markSide="top" />
      <Label x={20} y={184}>
        Web サイト(W):
      </Label>
      <ListBox x={20} y={198} w={400} h={84} rows={added ? [URL] : []} />
      {added && <Highlight x={24} y={204} w={textWidth(URL) + 12} h={22} n={1} side="right" />}
      <Button x={436} y={198} label="削除(R)" w={104} />
      <Checkbox
        x={20}
        y={306}
        label="このゾーンのサイトにはすべてサーバーの確認 (https) を必要とする(S)"
        checked
        size={13}
      />
      <Button
        x={w - 20 - 104}
        y={h - 42}
        label="閉じる(C)"
        w={104}
        mark={added ? 2 : undefined}
        markSide="left"
      />
    </Window>
  );
}

function Win10Search() {
  return (
    <g>
      <SearchResults x={30} y={8} w={620} h={400} />
      <Taskbar y={416} w={720} os="win10">
        <SearchBox x={50} y={422} w={320} />
      </Taskbar>
    </g>
  );
}

function Win11Search() {
  return (
    <g>
      <rect
        x={70}
        y={6}
        width={580}
        height={404}
        rx={10}
        fill="#f3f4f6"
        stroke="#1a1a1a"
        strokeWidth={1.2}
      />
      <rect
        x={90}
        y={20}
        width={540}
        height={34}
        rx={17}
        fill="#fff"
        stroke="#1a1a1a"
        strokeWidth={1.2}
      />
      <SearchIcon x={110} y={36} />
      <Label x={128} y={37}>
        インターネット
      </Label>
      <SearchResults x={90} y={66} w={540} h={330} />
      <Taskbar y={416} w={720} os="win11">
        <rect
          x={402}
          y={424}
          width={150}
          height={28}
          rx={14}
          fill="#fff"
          stroke="#1a1a1a"
          strokeWidth={1.2}
        />
        <SearchIcon x={420} y={437} />
        {[0, 1, 2].map((i) => (
          <rect
            key={i}
            x={282 + i * 36}
            y={426}
            width={24}
            height={24}
            rx={5}
            fill="#fff"
            stroke="#1a1a1a"
            strokeWidth={1.2}
          />
        ))}
      </Taskbar>
    </g>
  );
}

export const DRAWINGS = {
  'internet-options.open.win10': () => <Win10Search />,
  'internet-options.open.win11': () => <Win11Search />,
  'internet-options.open.win10-example': () => (
    <Taskbar y={40} w={720} os="win10">
      <SearchBox x={50} y={46} w={320} mark={1} />
      {[0, 1, 2].map((i) => (
        <rect
          key={i}
          x={430 + i * 40}
          y={50}
          width={24}
          height={24}
          rx={3}
          fill="#fff"
          stroke="#1a1a1a"
          strokeWidth={1.2}
        />
      ))}
    </Taskbar>
  ),
  'internet-options.search-box.win10': () => (
    <g>
      <Menu
        x={36}
        y={14}
        w={290}
        rowHeight={28}
        items={[
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          '検索',
          null,
          null,
          null,
          null,
        ]}
        mark={{ item: 9, n: 2 }}
      />
      <Taskbar y={456} w={560} os="win10" />
      <Highlight x={10} y={464} w={28} h={28} n={1} side="right" />
    </g>
  ),
  'internet-options.search-box.win11': () => (
    <g>
      <Taskbar y={336} w={720} os="win11" />
      <Menu x={30} y={270} w={210} items={['タスクバーの設定']} mark={{ item: 0, n: 1 }} />
      <Arrow x1={200} y1={262} x2={290} y2={180} />
      <Window x={300} y={10} w={410} h={316} title={null} os="win11" shadow>
        <Bar x={20} y={58} w={140} h={12} />
        <rect x={14} y={78} width={382} height={44} rx={4} fill="#fff" stroke="#d5d9df" />
        <Label x={30} y={100}>
          検索
        </Label>
        <rect
          x={220}
          y={86}
          width={160}
          height={28}
          rx={4}
          fill="#fff"
          stroke="#1a1a1a"
          strokeWidth={1.2}
        />
        <Bar x={232} y={100} w={100} h={8} />
        <path d="M362 96l5 5 5-5" fill="none" stroke="#1a1a1a" strokeWidth={1.5} />
        <Highlight x={18} y={82} w={374} h={36} n={2} side="left" />
        <rect
          x={220}
          y={128}
          width={160}
          height={140}
          rx={6}
          fill="#fff"
          stroke="#1a1a1a"
          strokeWidth={1.2}
        />
        <Bars x={234} y={148} widths={[60, 110, 120]} gap={32} h={9} />
        <Label x={234} y={246}>
          検索ボックス
        </Label>
        <Highlight x={226} y={232} w={148} h={28} n={3} side="left" />
      </Window>
    </g>
  ),
  'internet-options.privacy': () => <PrivacyTab os="win10" tabMark={1} checkMark={2} />,
  'internet-options.popup-settings.win10': () => <PrivacyTab os="win10" settingsMark={1} />,
  'internet-options.popup-settings.win11': () => <PrivacyTab os="win11" settingsMark={1} />,
  'internet-options.popup-add': () => <PopupDialog added={false} />,
  'internet-options.popup-close': () => <PopupDialog added />,
  'internet-options.security': () => <SecurityTab trusted={false} tabMark={1} />,
  'internet-options.trusted-zone': () => <SecurityTab trusted zoneMark={1} />,
  'internet-options.trusted-sites': () => <SecurityTab trusted headingMark={1} sitesMark={2} />,
  'internet-options.trusted-add': () => <TrustedSitesDialog added={false} />,
  'internet-options.trusted-close': () => <TrustedSitesDialog added />,
  'internet-options.ok': () => <SecurityTab trusted okMark={1} />,
} satisfies Drawings<'internet-options'>;
