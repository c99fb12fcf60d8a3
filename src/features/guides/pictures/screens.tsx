import type { ReactNode } from 'react';
import {
  Bar,
  Bars,
  Browser,
  ButtonRow,
  Highlight,
  Label,
  TabStrip,
  TITLE_BAR,
  Window,
  textWidth,
  type WindowStyle,
} from './kit';

/**
 * Screens that several pictures share, composed of the kit only: the Internet Options dialog,
 * the certificate import wizard and a page of the service in Microsoft Edge.
 */

/**
 * インターネットオプション. The guide names three of its tabs (セキュリティ, プライバシー, コンテンツ) and
 * the OK button; the other tabs and buttons are grey bars, in the dialog's order.
 */
export const OPTIONS_TABS = [
  null,
  'セキュリティ',
  'プライバシー',
  'コンテンツ',
  null,
  null,
  null,
] as const;
export const OPTIONS_W = 460;
export const OPTIONS_H = 480;

export function InternetOptions({
  x,
  y,
  os,
  active,
  tabMark,
  okMark,
  children,
}: {
  x: number;
  y: number;
  os: WindowStyle;
  active: 'セキュリティ' | 'プライバシー' | 'コンテンツ';
  tabMark?: number;
  okMark?: number;
  children?: ReactNode;
}) {
  const activeIndex = OPTIONS_TABS.indexOf(active);
  return (
    <Window x={x} y={y} w={OPTIONS_W} h={OPTIONS_H} title="インターネットオプション" os={os} shadow>
      <TabStrip
        x={16}
        y={TITLE_BAR + 28}
        tabs={OPTIONS_TABS}
        active={activeIndex}
        right={OPTIONS_W - 12}
        {...(tabMark === undefined ? {} : { mark: { tab: activeIndex, n: tabMark } })}
      />
      <path
        d={`M8 ${TITLE_BAR + 54}V${OPTIONS_H - 56}H${OPTIONS_W - 12}V${TITLE_BAR + 54}`}
        fill="none"
        stroke="#1a1a1a"
        strokeWidth={1.2}
      />
      {children}
      <ButtonRow
        right={OPTIONS_W - 14}
        y={OPTIONS_H - 44}
        buttons={[
          {
            label: 'OK',
            primary: true,
            ...(okMark === undefined ? {} : { mark: okMark, markSide: 'left' as const }),
          },
          { label: null },
          { label: null },
        ]}
      />
    </Window>
  );
}

export const WIZARD_W = 600;
export const WIZARD_H = 440;

/**
 * 証明書のインポートウィザード: one page of it. `heading` null is a grey bar (the guide does not
 * name every page). The buttons are drawn by the caller with WizardButtons.
 */
export function ImportWizard({
  x = 0,
  y = 0,
  heading,
  children,
}: {
  x?: number;
  y?: number;
  heading: string | null;
  children?: ReactNode;
}) {
  return (
    <Window x={x} y={y} w={WIZARD_W} h={WIZARD_H} title="証明書のインポートウィザード" shadow>
      {heading === null ? (
        <Bar x={30} y={TITLE_BAR + 30} w={220} h={12} />
      ) : (
        <Label x={30} y={TITLE_BAR + 30} bold size={16}>
          {heading}
        </Label>
      )}
      <path d={`M1 ${WIZARD_H - 60}H${WIZARD_W - 1}`} stroke="#c8c8c8" />
      {children}
    </Window>
  );
}

/** The wizard's 次へ(N) / キャンセル, as the guide's screenshots show them. */
export function WizardButtons({ next = '次へ(N)', mark }: { next?: string; mark?: number }) {
  return (
    <ButtonRow
      right={WIZARD_W - 20}
      y={WIZARD_H - 44}
      buttons={[
        {
          label: next,
          primary: true,
          ...(mark === undefined ? {} : { mark, markSide: 'top' as const }),
        },
        { label: 'キャンセル' },
      ]}
    />
  );
}

export const PAGE_W = 680;

/**
 * A page of the service in Microsoft Edge. The guide shows the service's screens but names only
 * their buttons, so the rest of each page is grey bars; the address bar stays grey too.
 */
export function ServicePage({ h, children }: { h: number; children?: ReactNode }) {
  return (
    <Browser x={0} y={0} w={PAGE_W} h={h}>
      <rect x={1} y={75} width={PAGE_W - 2} height={40} fill="#f3f4f6" />
      <Bar x={24} y={95} w={200} h={12} />
      {children}
    </Browser>
  );
}

/** Grey paragraph lines of a page the guide does not quote. */
export function Paragraph({
  x,
  y,
  lines = 2,
  w = 400,
}: {
  x: number;
  y: number;
  lines?: number;
  w?: number;
}) {
  return (
    <Bars
      x={x}
      y={y}
      widths={Array.from({ length: lines }, (_, i) => (i === lines - 1 ? w * 0.6 : w))}
      gap={18}
      h={9}
    />
  );
}

/** A heading of the service's page, framed when it is what the step asks to look at. */
export function PageHeading({
  x,
  y,
  text,
  mark,
}: {
  x: number;
  y: number;
  text: string;
  mark?: number;
}) {
  return (
    <g>
      <Label x={x} y={y} size={18} bold>
        {text}
      </Label>
      {mark !== undefined && (
        <Highlight x={x - 4} y={y - 15} w={textWidth(text, 18) + 8} h={30} n={mark} />
      )}
    </g>
  );
}
