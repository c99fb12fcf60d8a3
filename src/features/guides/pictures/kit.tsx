import { useId, type ReactNode } from 'react';

/**
 * The drawing kit of the guide's schematic pictures. Every picture is composed of these parts
 * only, so all of them share one look: dark strokes on white (prints in black and white), grey
 * bars where the guide names nothing, and a thick red frame with a numbered marker for what to
 * click or check (black in print, see guides.css).
 *
 * Coordinates are SVG user units; every picture uses the same scale (see PICTURE_BASE_WIDTH), so
 * text has one size across pictures. Containers (Window, Browser, Dialog) draw their children
 * in their own coordinates: (0, 0) is the container's top-left corner.
 */

/** The width, in user units, that fills the step's column; narrower pictures are drawn smaller. */
export const PICTURE_BASE_WIDTH = 720;

export const FONT = "'BIZ UDPGothic', 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', sans-serif";
export const TEXT_SIZE = 14;
const INK = '#1a1a1a';
const MUTED = '#4f4f4f';
const LINE = '#767676';
const PANEL = '#f3f4f6';
const BAR = '#d5d9df';
const RED = '#c8102e';

/** A generous estimate of the width of a text, so frames and buttons never clip it. */
export function textWidth(text: string, size = TEXT_SIZE): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code > 0x2e80) em += 1;
    else if (ch === ' ') em += 0.34;
    else if (".,:;!|'()[]/-".includes(ch)) em += 0.46;
    else if (/[A-Z0-9@MWmw]/.test(ch)) em += 0.8;
    else em += 0.65;
  }
  return Math.ceil(em * size);
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The root of a picture: crisp at any size, one accessible name saying what to do. */
export function PictureSvg({
  width,
  height,
  alt,
  children,
}: {
  width: number;
  height: number;
  alt: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <svg
      className="picture__svg"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      fontFamily={FONT}
      fontSize={TEXT_SIZE}
      fill={INK}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{alt}</title>
      <g aria-hidden="true">{children}</g>
    </svg>
  );
}

/** Text, vertically centred on y. */
export function Label({
  x,
  y,
  children,
  size = TEXT_SIZE,
  bold = false,
  muted = false,
  anchor = 'start',
  fill,
}: {
  x: number;
  y: number;
  children: string;
  size?: number;
  bold?: boolean;
  muted?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
}) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fontWeight={bold ? 700 : 400}
      fill={fill ?? (muted ? MUTED : INK)}
      textAnchor={anchor}
      dominantBaseline="central"
    >
      {children}
    </text>
  );
}

/** A neutral grey bar: something is on the screen here, but the guide does not say what. */
export function Bar({ x, y, w, h = 10 }: { x: number; y: number; w: number; h?: number }) {
  return (
    <rect className="pic-bar" x={x} y={y - h / 2} width={w} height={h} rx={h / 2} fill={BAR} />
  );
}

/** Several grey bars, one under another (a paragraph the guide does not quote). */
export function Bars({
  x,
  y,
  widths,
  gap = 20,
  h = 10,
}: {
  x: number;
  y: number;
  widths: readonly number[];
  gap?: number;
  h?: number;
}) {
  return (
    <>
      {widths.map((w, i) => (
        <Bar key={i} x={x} y={y + i * gap} w={w} h={h} />
      ))}
    </>
  );
}

/**
 * The red frame with its numbered marker, as the guide draws them. Thick and numbered, so it
 * still reads in grey or black; the marker sits outside the frame on the given side.
 */
export function Highlight({
  x,
  y,
  w,
  h,
  n,
  side = 'left',
}: Box & { n: number; side?: 'left' | 'right' | 'top' | 'bottom' }) {
  const r = 11;
  const pad = 4;
  const fx = x - pad;
  const fy = y - pad;
  const fw = w + pad * 2;
  const fh = h + pad * 2;
  const cx =
    side === 'left' ? fx - r - 3 : side === 'right' ? fx + fw + r + 3 : fx + Math.min(fw / 2, 18);
  const cy = side === 'top' ? fy - r - 3 : side === 'bottom' ? fy + fh + r + 3 : fy + fh / 2;
  return (
    <g className="pic-highlight" data-n={n}>
      <rect
        className="pic-highlight__frame"
        x={fx}
        y={fy}
        width={fw}
        height={fh}
        rx={6}
        fill="none"
        stroke={RED}
        strokeWidth={3.5}
      />
      <circle className="pic-highlight__badge" cx={cx} cy={cy} r={r} fill={RED} />
      <text
        x={cx}
        y={cy + 0.5}
        fontSize={14}
        fontWeight={700}
        fill="#fff"
        textAnchor="middle"
        dominantBaseline="central"
      >
        {n}
      </text>
    </g>
  );
}

/** Something the guide says NOT to click: a dashed frame with a crossed marker. */
export function DoNot({ x, y, w, h }: Box) {
  const cx = x + w + 18;
  const cy = y + h / 2;
  return (
    <g className="pic-donot">
      <rect
        x={x - 4}
        y={y - 4}
        width={w + 8}
        height={h + 8}
        rx={6}
        fill="none"
        stroke={INK}
        strokeWidth={2.5}
        strokeDasharray="6 4"
      />
      <circle cx={cx} cy={cy} r={11} fill="#fff" stroke={INK} strokeWidth={2.5} />
      <path
        d={`M${cx - 5} ${cy - 5}L${cx + 5} ${cy + 5}M${cx + 5} ${cy - 5}L${cx - 5} ${cy + 5}`}
        stroke={INK}
        strokeWidth={2.5}
      />
    </g>
  );
}

function CloseCross({ x, y }: { x: number; y: number }) {
  return (
    <path
      d={`M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x + 5} ${y - 5}L${x - 5} ${y + 5}`}
      stroke={INK}
      strokeWidth={1.4}
    />
  );
}

export type WindowStyle = 'win10' | 'win11';
export const TITLE_BAR = 32;

/**
 * A Windows dialog or window. `title` null draws a grey bar where the guide gives no title.
 * Windows 11 windows have rounded corners, Windows 10 square ones.
 */
export function Window({
  x,
  y,
  w,
  h,
  title,
  os = 'win10',
  shadow = false,
  children,
}: Box & {
  title: string | null;
  os?: WindowStyle;
  shadow?: boolean;
  children?: ReactNode;
}) {
  const rx = os === 'win11' ? 8 : 0;
  return (
    <g transform={`translate(${x} ${y})`}>
      {shadow && <rect x={5} y={5} width={w} height={h} rx={rx} fill="#9aa0a6" opacity={0.45} />}
      <rect width={w} height={h} rx={rx} fill="#fff" stroke={INK} strokeWidth={1.5} />
      <line x1={0} y1={TITLE_BAR} x2={w} y2={TITLE_BAR} stroke={LINE} strokeWidth={1} />
      {title === null ? (
        <Bar x={12} y={TITLE_BAR / 2} w={110} />
      ) : (
        <Label x={12} y={TITLE_BAR / 2}>
          {title}
        </Label>
      )}
      <CloseCross x={w - 18} y={TITLE_BAR / 2} />
      {children}
    </g>
  );
}

export const BROWSER_TOP = 74;

/**
 * A Microsoft Edge window: a tab, the toolbar with the address bar (a grey bar unless the guide
 * gives the address) and 「…」 at the right. Content starts at y = BROWSER_TOP.
 */
export function Browser({
  x,
  y,
  w,
  h,
  address = null,
  dotsMark,
  children,
}: Box & { address?: string | null; dotsMark?: number; children?: ReactNode }) {
  const dotsX = w - 30;
  return (
    <g transform={`translate(${x} ${y})`}>
      <rect width={w} height={h} rx={8} fill="#fff" stroke={INK} strokeWidth={1.5} />
      <path d={`M1 34H${w - 1}`} stroke={LINE} />
      <rect x={10} y={6} width={190} height={28} rx={6} fill="#fff" stroke={LINE} />
      <Bar x={22} y={20} w={110} />
      <CloseCross x={w - 18} y={18} />
      {/* toolbar: back, reload, address, … */}
      <path d="M18 54h14M18 54l6-6M18 54l6 6" stroke={INK} strokeWidth={1.6} fill="none" />
      <path d="M58 48a7 7 0 1 0 4 2" stroke={INK} strokeWidth={1.6} fill="none" />
      <rect x={80} y={42} width={w - 140} height={24} rx={12} fill={PANEL} stroke={LINE} />
      {address === null ? (
        <Bar x={96} y={54} w={Math.min(220, w - 200)} />
      ) : (
        <Label x={96} y={54} size={13}>
          {address}
        </Label>
      )}
      <Label x={dotsX} y={52} size={20} bold anchor="middle">
        …
      </Label>
      {dotsMark !== undefined && <Highlight x={dotsX - 14} y={42} w={28} h={24} n={dotsMark} />}
      <path d={`M1 ${BROWSER_TOP - 2}H${w - 1}`} stroke={LINE} />
      {children}
    </g>
  );
}

/** A push button; label null draws a grey bar (a button the guide does not name). */
export function Button({
  x,
  y,
  label,
  w,
  h = 28,
  primary = false,
  mark,
  markSide,
  size = TEXT_SIZE,
}: {
  x: number;
  y: number;
  label: string | null;
  w?: number;
  h?: number;
  primary?: boolean;
  mark?: number;
  markSide?: 'left' | 'right' | 'top' | 'bottom';
  size?: number;
}) {
  const width = w ?? (label === null ? 84 : Math.max(84, textWidth(label, size) + 28));
  return (
    <g>
      <rect
        className={primary ? 'pic-button pic-button--primary' : 'pic-button'}
        x={x}
        y={y}
        width={width}
        height={h}
        rx={4}
        fill={primary ? '#e8eef7' : '#fff'}
        stroke={INK}
        strokeWidth={primary ? 2.2 : 1.2}
      />
      {label === null ? (
        <Bar x={x + 18} y={y + h / 2} w={width - 36} h={8} />
      ) : (
        <Label x={x + width / 2} y={y + h / 2} anchor="middle" size={size}>
          {label}
        </Label>
      )}
      {mark !== undefined && <Highlight x={x} y={y} w={width} h={h} n={mark} side={markSide} />}
    </g>
  );
}

/** Width a Button will take, for laying out buttons from the right edge. */
export function buttonWidth(label: string | null, size = TEXT_SIZE): number {
  return label === null ? 84 : Math.max(84, textWidth(label, size) + 28);
}

/** A row of buttons that ends at `right` (dialogs put OK / キャンセル at the bottom right). */
export function ButtonRow({
  right,
  y,
  buttons,
}: {
  right: number;
  y: number;
  buttons: readonly {
    label: string | null;
    primary?: boolean;
    mark?: number;
    markSide?: 'left' | 'right' | 'top' | 'bottom';
  }[];
}) {
  const gap = 10;
  const widths = buttons.map((b) => buttonWidth(b.label) + gap);
  const start = right - widths.reduce((sum, w) => sum + w, -gap);
  return (
    <>
      {buttons.map((b, i) => (
        <Button
          key={i}
          x={start + widths.slice(0, i).reduce((sum, w) => sum + w, 0)}
          y={y}
          {...b}
        />
      ))}
    </>
  );
}

/** A check box with its label; the frame, if marked, takes both. */
export function Checkbox({
  x,
  y,
  label,
  checked,
  mark,
  markSide,
  size = TEXT_SIZE,
}: {
  x: number;
  y: number;
  label: string | null;
  checked: boolean;
  mark?: number;
  markSide?: 'left' | 'right' | 'top' | 'bottom';
  size?: number;
}) {
  const labelW = label === null ? 160 : textWidth(label, size);
  return (
    <g>
      <rect
        x={x}
        y={y - 8}
        width={16}
        height={16}
        rx={2}
        fill={checked ? INK : '#fff'}
        stroke={INK}
        strokeWidth={1.5}
      />
      {checked && (
        <path d={`M${x + 3.5} ${y}l3.5 4 6-8`} stroke="#fff" strokeWidth={2.2} fill="none" />
      )}
      {label === null ? (
        <Bar x={x + 26} y={y} w={labelW} />
      ) : (
        <Label x={x + 26} y={y} size={size}>
          {label}
        </Label>
      )}
      {mark !== undefined && (
        <Highlight x={x - 2} y={y - 12} w={labelW + 30} h={24} n={mark} side={markSide} />
      )}
    </g>
  );
}

/** A radio button with its label. */
export function Radio({
  x,
  y,
  label,
  checked,
  mark,
  markSide,
}: {
  x: number;
  y: number;
  label: string | null;
  checked: boolean;
  mark?: number;
  markSide?: 'left' | 'right' | 'top' | 'bottom';
}) {
  const labelW = label === null ? 160 : textWidth(label);
  return (
    <g>
      <circle cx={x + 8} cy={y} r={8} fill="#fff" stroke={INK} strokeWidth={1.5} />
      {checked && <circle cx={x + 8} cy={y} r={4} fill={INK} />}
      {label === null ? (
        <Bar x={x + 26} y={y} w={labelW} />
      ) : (
        <Label x={x + 26} y={y}>
          {label}
        </Label>
      )}
      {mark !== undefined && (
        <Highlight x={x - 2} y={y - 12} w={labelW + 30} h={24} n={mark} side={markSide} />
      )}
    </g>
  );
}

/** Edge's on/off switch: on is filled dark with the knob at the right. */
export function Toggle({ x, y, on }: { x: number; y: number; on: boolean }) {
  return (
    <g className={on ? 'pic-toggle pic-toggle--on' : 'pic-toggle'}>
      <rect
        x={x}
        y={y - 10}
        width={40}
        height={20}
        rx={10}
        fill={on ? '#1d4f91' : '#fff'}
        stroke={on ? '#1d4f91' : INK}
        strokeWidth={1.5}
      />
      <circle cx={on ? x + 30 : x + 10} cy={y} r={6} fill={on ? '#fff' : INK} />
    </g>
  );
}

/**
 * The guide's 「「無効」() になっている場合は、「有効」() に設定」: its two switch icons, named by
 * the words the guide puts next to them.
 */
export function ToggleLegend({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <Label x={x} y={y} size={13}>
        「無効」
      </Label>
      <Toggle x={x + 50} y={y} on={false} />
      <path d={`M${x + 104} ${y}h26m-6 -5l6 5-6 5`} stroke={INK} strokeWidth={1.6} fill="none" />
      <Label x={x + 140} y={y} size={13}>
        「有効」
      </Label>
      <Toggle x={x + 190} y={y} on />
    </g>
  );
}

/** A one-line text field; value null leaves it empty, `masked` draws password dots. */
export function TextField({
  x,
  y,
  w,
  value = null,
  masked = 0,
  h = 26,
  disabled = false,
  mark,
  markSide,
}: {
  x: number;
  y: number;
  w: number;
  value?: string | null;
  masked?: number;
  h?: number;
  disabled?: boolean;
  mark?: number;
  markSide?: 'left' | 'right' | 'top' | 'bottom';
}) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        fill={disabled ? PANEL : '#fff'}
        stroke={disabled ? LINE : INK}
        strokeWidth={1.2}
      />
      {value !== null && (
        <Label x={x + 8} y={y + h / 2}>
          {value}
        </Label>
      )}
      {Array.from({ length: masked }, (_, i) => (
        <circle key={i} cx={x + 12 + i * 11} cy={y + h / 2} r={3.2} fill={INK} />
      ))}
      {mark !== undefined && <Highlight x={x} y={y} w={w} h={h} n={mark} side={markSide} />}
    </g>
  );
}

/** A list box; a row is a string, a grey bar (null) or nothing (an empty list). */
export function ListBox({
  x,
  y,
  w,
  h,
  rows,
  selected,
  rowHeight = 24,
}: Box & {
  rows: readonly (string | null)[];
  selected?: number;
  rowHeight?: number;
}) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} fill="#fff" stroke={INK} strokeWidth={1.2} />
      {rows.map((row, i) => {
        const cy = y + 4 + rowHeight * i + rowHeight / 2;
        return (
          <g key={i}>
            {selected === i && (
              <rect
                x={x + 2}
                y={cy - rowHeight / 2}
                width={w - 4}
                height={rowHeight}
                fill="#dbe5f3"
              />
            )}
            {row === null ? (
              <Bar x={x + 8} y={cy} w={Math.min(180, w - 24)} />
            ) : (
              <Label x={x + 8} y={cy}>
                {row}
              </Label>
            )}
          </g>
        );
      })}
    </g>
  );
}

/**
 * The tabs of a dialog. A tab is its label, or null for a grey bar (a tab the guide does not
 * name). Returns the tabs from x; `mark` frames the tab at that index.
 */
export function TabStrip({
  x,
  y,
  tabs,
  active,
  mark,
  markSide = 'top',
  right,
}: {
  x: number;
  y: number;
  tabs: readonly (string | null)[];
  active: number;
  mark?: { tab: number; n: number };
  markSide?: 'left' | 'right' | 'top' | 'bottom';
  /** The right end of the page under the tabs, for the line below them. */
  right: number;
}) {
  const h = 26;
  const widths = tabs.map((t) => (t === null ? 34 : textWidth(t, 13) + 14));
  const starts = widths.map((_, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <g>
      <path d={`M${x - 8} ${y + h}H${right}`} stroke={INK} strokeWidth={1.2} />
      {tabs.map((tab, i) => {
        const tx = starts[i]!;
        const tw = widths[i]!;
        const on = i === active;
        return (
          <g key={i}>
            <rect
              x={tx}
              y={on ? y - 3 : y}
              width={tw}
              height={on ? h + 4 : h}
              fill={on ? '#fff' : PANEL}
              stroke={INK}
              strokeWidth={1.2}
            />
            {on && <path d={`M${tx + 1} ${y + h}H${tx + tw - 1}`} stroke="#fff" strokeWidth={3} />}
            {tab === null ? (
              <Bar x={tx + 8} y={y + h / 2} w={tw - 16} h={8} />
            ) : (
              <Label
                x={tx + tw / 2}
                y={y + h / 2 - (on ? 1 : 0)}
                anchor="middle"
                bold={on}
                size={13}
              >
                {tab}
              </Label>
            )}
          </g>
        );
      })}
      {mark !== undefined && (
        <Highlight
          x={starts[mark.tab]!}
          y={y - 3}
          w={widths[mark.tab]!}
          h={h + 3}
          n={mark.n}
          side={markSide}
        />
      )}
    </g>
  );
}

/** A group box (a framed section with a heading on its top line). */
export function Group({ x, y, w, h, title }: Box & { title: string | null }) {
  const tw = title === null ? 90 : textWidth(title);
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={3} fill="none" stroke={LINE} strokeWidth={1.2} />
      <rect x={x + 8} y={y - 9} width={tw + 12} height={18} fill="#fff" />
      {title === null ? (
        <Bar x={x + 14} y={y} w={tw} />
      ) : (
        <Label x={x + 14} y={y}>
          {title}
        </Label>
      )}
    </g>
  );
}

/** A row of a settings page (Edge): title, optional sub-line, and a chevron or a switch. */
export function SettingsRow({
  x,
  y,
  w,
  title,
  sub,
  end = 'chevron',
  mark,
  markWhole = false,
}: {
  x: number;
  y: number;
  w: number;
  /** null: a row the guide does not name. */
  title: string | null;
  sub?: string | null;
  end?: 'chevron' | 'on' | 'off' | 'none';
  mark?: number;
  /** Frame the whole row instead of the title alone. */
  markWhole?: boolean;
}) {
  const h = sub === undefined ? 40 : 50;
  const ty = sub === undefined ? y + h / 2 : y + 17;
  const titleW = title === null ? 200 : textWidth(title);
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={4} fill="#fff" stroke={BAR} />
      {title === null ? (
        <Bar x={x + 14} y={ty} w={titleW} />
      ) : (
        <Label x={x + 14} y={ty}>
          {title}
        </Label>
      )}
      {sub !== undefined &&
        (sub === null ? (
          <Bar x={x + 14} y={y + 35} w={120} h={8} />
        ) : (
          <Label x={x + 14} y={y + 35} size={12} muted>
            {sub}
          </Label>
        ))}
      {end === 'chevron' && (
        <path
          d={`M${x + w - 22} ${y + h / 2 - 6}l6 6-6 6`}
          stroke={INK}
          strokeWidth={1.6}
          fill="none"
        />
      )}
      {(end === 'on' || end === 'off') && <Toggle x={x + w - 56} y={y + h / 2} on={end === 'on'} />}
      {mark !== undefined &&
        (markWhole ? (
          <Highlight x={x} y={y} w={w} h={h} n={mark} />
        ) : (
          <Highlight
            x={x + 8}
            y={y + 3}
            w={Math.max(titleW, sub ? textWidth(sub, 12) : 0) + 12}
            h={h - 6}
            n={mark}
          />
        ))}
    </g>
  );
}

/** Edge's settings page: 「設定」 and the menu at the left, the page at the right (x ≥ 250). */
export function EdgeSettingsNav({
  h,
  items,
  active,
  mark,
}: {
  h: number;
  items: readonly (string | null)[];
  active?: number;
  mark?: { item: number; n: number };
}) {
  return (
    <g>
      <rect x={1} y={BROWSER_TOP - 1} width={232} height={h - BROWSER_TOP - 8} fill={PANEL} />
      <Label x={20} y={BROWSER_TOP + 26} size={18} bold>
        設定
      </Label>
      {items.map((item, i) => {
        const cy = BROWSER_TOP + 66 + i * 32;
        return (
          <g key={i}>
            {active === i && (
              <rect x={10} y={cy - 14} width={216} height={28} rx={4} fill="#dbe5f3" />
            )}
            {active === i && <rect x={10} y={cy - 9} width={3} height={18} rx={1.5} fill={INK} />}
            {item === null ? (
              <Bar x={22} y={cy} w={120} />
            ) : (
              <Label x={22} y={cy} size={13}>
                {item}
              </Label>
            )}
            {mark?.item === i && (
              <Highlight
                x={16}
                y={cy - 12}
                w={item === null ? 130 : textWidth(item, 13) + 12}
                h={24}
                n={mark.n}
                side="right"
              />
            )}
          </g>
        );
      })}
    </g>
  );
}

/** A heading with a back arrow, as Edge shows at the top of a sub-page: 「← …」. */
export function BackHeading({
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
  const w = textWidth(text, 16) + 4;
  return (
    <g>
      <Label x={x} y={y} size={16} bold>
        {text}
      </Label>
      {mark !== undefined && <Highlight x={x - 4} y={y - 14} w={w + 8} h={28} n={mark} />}
    </g>
  );
}

/** Grey shading over a page behind a dialog. */
export function Dim({ x, y, w, h }: Box) {
  return (
    <rect className="pic-dim" x={x} y={y} width={w} height={h} fill="#6b7280" opacity={0.25} />
  );
}

/** A Windows taskbar along the bottom of a picture. */
export function Taskbar({
  y,
  w,
  os,
  children,
}: {
  y: number;
  w: number;
  os: WindowStyle;
  children?: ReactNode;
}) {
  return (
    <g>
      <rect x={0} y={y} width={w} height={44} fill={PANEL} stroke={INK} strokeWidth={1.2} />
      {os === 'win10' ? <WinLogo x={14} y={y + 12} /> : <WinLogo x={w / 2 - 120} y={y + 12} />}
      {children}
    </g>
  );
}

/** The four-pane Windows start button, drawn as plain squares. */
export function WinLogo({ x, y, s = 20 }: { x: number; y: number; s?: number }) {
  const q = s / 2 - 1;
  return (
    <g fill="none" stroke={INK} strokeWidth={1.5}>
      <rect x={x} y={y} width={q} height={q} />
      <rect x={x + q + 2} y={y} width={q} height={q} />
      <rect x={x} y={y + q + 2} width={q} height={q} />
      <rect x={x + q + 2} y={y + q + 2} width={q} height={q} />
    </g>
  );
}

/** A small magnifier, for search boxes. */
export function SearchIcon({ x, y }: { x: number; y: number }) {
  return (
    <g fill="none" stroke={INK} strokeWidth={1.6}>
      <circle cx={x} cy={y} r={5.5} />
      <path d={`M${x + 4} ${y + 4}l5 5`} />
    </g>
  );
}

/** A context menu: a white panel with rows (null rows are grey bars). */
export function Menu({
  x,
  y,
  w,
  items,
  mark,
  rowHeight = 30,
}: {
  x: number;
  y: number;
  w: number;
  items: readonly (string | null)[];
  mark?: { item: number; n: number };
  rowHeight?: number;
}) {
  const h = items.length * rowHeight + 12;
  return (
    <g>
      <rect x={x + 4} y={y + 4} width={w} height={h} rx={6} fill="#9aa0a6" opacity={0.45} />
      <rect x={x} y={y} width={w} height={h} rx={6} fill="#fff" stroke={INK} strokeWidth={1.2} />
      {items.map((item, i) => {
        const cy = y + 6 + rowHeight * i + rowHeight / 2;
        return (
          <g key={i}>
            {item === null ? (
              <Bar x={x + 16} y={cy} w={Math.min(w - 60, 90 + ((i * 37) % 50))} />
            ) : (
              <Label x={x + 16} y={cy}>
                {item}
              </Label>
            )}
            {mark?.item === i && (
              <Highlight
                x={x + 8}
                y={cy - rowHeight / 2 + 2}
                w={w - 16}
                h={rowHeight - 4}
                n={mark.n}
                side="left"
              />
            )}
          </g>
        );
      })}
    </g>
  );
}

/** An arrow from one point to another (flows between screens). */
export function Arrow({ x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }) {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const a = 9;
  const p1 = [x2 - a * Math.cos(angle - 0.45), y2 - a * Math.sin(angle - 0.45)];
  const p2 = [x2 - a * Math.cos(angle + 0.45), y2 - a * Math.sin(angle + 0.45)];
  return (
    <g stroke={INK} strokeWidth={2} fill="none">
      <path d={`M${x1} ${y1}L${x2} ${y2}`} />
      <path d={`M${p1[0]!} ${p1[1]!}L${x2} ${y2}L${p2[0]!} ${p2[1]!}`} />
    </g>
  );
}

/** A warning triangle (security prompts), drawn in outline. */
export function WarningIcon({ x, y, s = 34 }: { x: number; y: number; s?: number }) {
  return (
    <g>
      <path
        d={`M${x + s / 2} ${y}L${x + s} ${y + s * 0.9}H${x}Z`}
        fill="#fff"
        stroke={INK}
        strokeWidth={2}
        strokeLinejoin="round"
      />
      <Label x={x + s / 2} y={y + s * 0.58} anchor="middle" bold size={s * 0.5}>
        !
      </Label>
    </g>
  );
}

/** A round information icon (message boxes). */
export function InfoIcon({ x, y, r = 15 }: { x: number; y: number; r?: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r={r} fill="#fff" stroke={INK} strokeWidth={2} />
      <Label x={x} y={y + 1} anchor="middle" bold size={r * 1.2}>
        i
      </Label>
    </g>
  );
}

/** A sheet of paper (a certificate file). */
export function FileIcon({ x, y }: { x: number; y: number }) {
  return (
    <path
      d={`M${x} ${y}h16l8 8v22h-24z M${x + 16} ${y}v8h8`}
      fill="#fff"
      stroke={INK}
      strokeWidth={1.4}
    />
  );
}
