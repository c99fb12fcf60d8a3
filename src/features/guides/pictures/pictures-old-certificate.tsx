import { Bar, Bars, Button, Group, Highlight, Label, TabStrip, TITLE_BAR, Window } from './kit';
import type { Drawings } from './catalog';
import { InternetOptions, OPTIONS_W } from './screens';

/**
 * Task 4 (1. 従来の電子証明書の確認（削除）): the certificate store, コンテンツ → 証明書 → 個人. The
 * guide has no pictures here, but its words name every control the steps need.
 */

/** The 証明書 dialog: the guide names its 個人 tab, the 発行先 / 発行者 columns and 削除. */
function CertificatesDialog({
  x,
  y,
  w,
  h,
  tabMark,
  rowMark,
  deleteMark,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  tabMark?: number;
  rowMark?: number;
  deleteMark?: number;
}) {
  const issuerX = Math.round(w * 0.45);
  const tableY = TITLE_BAR + 84;
  const row = tableY + 40;
  return (
    <Window x={x} y={y} w={w} h={h} title={null} shadow>
      <Bar x={20} y={TITLE_BAR + 22} w={60} />
      <rect
        x={100}
        y={TITLE_BAR + 10}
        width={w - 120}
        height={24}
        fill="#fff"
        stroke="#1a1a1a"
        strokeWidth={1.2}
      />
      <TabStrip
        x={20}
        y={TITLE_BAR + 50}
        tabs={['個人', null, null, null, null]}
        active={0}
        right={w - 12}
        mark={tabMark === undefined ? undefined : { tab: 0, n: tabMark }}
        markSide="right"
      />
      <rect
        x={20}
        y={tableY}
        width={w - 40}
        height={h - tableY - 92}
        fill="#fff"
        stroke="#1a1a1a"
        strokeWidth={1.2}
      />
      <rect x={21} y={tableY + 1} width={w - 42} height={24} fill="#f3f4f6" />
      <Label x={30} y={tableY + 13} size={13}>
        発行先
      </Label>
      <Label x={issuerX} y={tableY + 13} size={13}>
        発行者
      </Label>
      {w > 500 && <Bar x={w - 150} y={tableY + 13} w={80} h={8} />}
      <rect x={22} y={row - 13} width={w - 44} height={26} fill="#dbe5f3" />
      <Bar x={30} y={row} w={140} />
      <Label x={issuerX} y={row}>
        Rokin-KW CA
      </Label>
      {w > 500 && <Bar x={w - 150} y={row} w={70} h={8} />}
      {rowMark !== undefined && (
        <Highlight x={22} y={row - 13} w={w - 44} h={26} n={rowMark} side="left" />
      )}
      <Bar x={30} y={row + 30} w={110} />
      <Bar x={issuerX} y={row + 30} w={90} />
      <Button x={20} y={h - 82} label={null} />
      <Button x={114} y={h - 82} label={null} />
      <Button x={208} y={h - 82} label="削除" mark={deleteMark} markSide="bottom" />
      <Button x={w - 20 - 84} y={h - 82} label={null} />
      <Button x={w - 20 - 84} y={h - 42} label={null} />
    </Window>
  );
}

export const DRAWINGS = {
  'old-certificate.open-personal': () => (
    <g>
      <InternetOptions x={10} y={10} os="win10" active="コンテンツ" tabMark={1}>
        <Group x={20} y={96} w={420} h={70} title={null} />
        <Button x={36} y={120} label={null} w={120} />
        <Button x={172} y={120} label="証明書" w={110} mark={2} markSide="bottom" />
        <Button x={298} y={120} label={null} w={110} />
        <Group x={20} y={196} w={420} h={80} title={null} />
        <Bars x={36} y={226} widths={[260, 200]} gap={22} h={9} />
      </InternetOptions>
      <CertificatesDialog x={OPTIONS_W - 150} y={192} w={410} h={300} tabMark={3} />
    </g>
  ),
  'old-certificate.delete': () => (
    <CertificatesDialog x={10} y={10} w={570} h={350} rowMark={1} deleteMark={2} />
  ),
} satisfies Drawings<'old-certificate'>;
