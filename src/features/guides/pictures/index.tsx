import {
  lazy,
  Suspense,
  useId,
  useRef,
  useState,
  type ComponentType,
  type CSSProperties,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import {
  CATALOG,
  groupOf,
  isKnownPicture,
  type KnownPictureId,
  type PictureGroup,
} from './catalog';
import { PICTURE_BASE_WIDTH, PictureSvg } from './kit';
import { useScrollsSideways } from '../../../lib/use-scrolls-sideways';

export { CATALOG, groupOf, isKnownPicture, type KnownPictureId, type PictureGroup };

type DrawingModule = { readonly DRAWINGS: Readonly<Record<string, () => ReactNode>> };

/**
 * The registry: one module of drawings per task, loaded on first use, so a task page fetches
 * its own pictures and no other task's.
 */
export const PICTURE_MODULES: Readonly<Record<PictureGroup, () => Promise<DrawingModule>>> = {
  'old-certificate': () => import('./pictures-old-certificate'),
  edge: () => import('./pictures-edge'),
  'internet-options': () => import('./pictures-internet-options'),
  certificate: () => import('./pictures-certificate'),
};

type DrawingProps = { id: KnownPictureId };

/** Draws a picture of the catalog with the drawings of its group. */
export function drawingView(drawings: DrawingModule['DRAWINGS']): ComponentType<DrawingProps> {
  return function Drawing({ id }: DrawingProps) {
    const draw = drawings[id];
    if (draw === undefined) return null;
    const { width, height, alt } = CATALOG[id];
    return (
      <PictureSvg width={width} height={height} alt={alt}>
        {draw()}
      </PictureSvg>
    );
  };
}

function lazyGroup(group: PictureGroup): LazyExoticComponent<ComponentType<DrawingProps>> {
  return lazy(() => PICTURE_MODULES[group]().then((m) => ({ default: drawingView(m.DRAWINGS) })));
}

const VIEWS: Readonly<Record<PictureGroup, LazyExoticComponent<ComponentType<DrawingProps>>>> = {
  'old-certificate': lazyGroup('old-certificate'),
  edge: lazyGroup('edge'),
  'internet-options': lazyGroup('internet-options'),
  certificate: lazyGroup('certificate'),
};

/** The column share a picture takes: every picture is drawn at one scale. */
function widthOf(id: KnownPictureId): string {
  return `${Math.min(100, (CATALOG[id].width / PICTURE_BASE_WIDTH) * 100).toFixed(3)}%`;
}

/**
 * The narrowest a picture is drawn in a step on a phone: 70 % of its own size, so its 14 px words
 * stay about 10 px (at 375 px wide they would otherwise shrink to 5 px). Wider, the frame scrolls.
 */
const MIN_SCALE = 0.7;
function minWidthOf(id: KnownPictureId): number {
  return Math.round(CATALOG[id].width * MIN_SCALE);
}

/** Keeps the picture's place while its drawing loads, so the page does not jump. */
function Loading({ id }: { id: KnownPictureId }) {
  const { width, height } = CATALOG[id];
  return (
    <div className="picture__loading" style={{ aspectRatio: `${width} / ${height}` }}>
      図を読み込んでいます…
    </div>
  );
}

/** The sizes the enlarged view offers, as a share of the picture's own size (0 = fit the window). */
const ZOOMS = [0, 1, 1.5, 2, 3] as const;
type Zoom = (typeof ZOOMS)[number];

/**
 * Where the enlarged view starts: the picture's own size on a screen narrower than the picture
 * (its words are then as large as the page's, and the person pans), the whole picture otherwise.
 */
function initialZoom(id: KnownPictureId): Zoom {
  const width = typeof window === 'undefined' ? Infinity : window.innerWidth;
  return width < CATALOG[id].width ? 1 : 0;
}

/**
 * A schematic picture of the screen of a step, with its caption and a 「拡大して見る」 button that
 * opens it in a view of its own (Escape or 「閉じる」 closes it, and focus returns to the button).
 * There it is shown whole, or at its own size and larger, and pans by scrolling in both directions:
 * nothing is cut off, on a phone either. An unknown id shows nothing; tests keep the content's ids
 * and the catalog in step.
 */
export function Picture({ id }: { id: string }) {
  const captionId = useId();
  const dialogTitleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const closerRef = useRef<HTMLButtonElement>(null);
  const [enlarged, setEnlarged] = useState(false);
  const [zoom, setZoom] = useState<Zoom>(0);
  const frameRef = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(frameRef);
  if (!isKnownPicture(id)) return null;

  const info = CATALOG[id];
  const View = VIEWS[groupOf(id)];
  const caption = `図：${info.caption}（模式図）`;

  const open = () => {
    setZoom(initialZoom(id));
    setEnlarged(true);
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    // showModal() moves focus to 「閉じる」 itself; without it (old browsers, jsdom) do it here.
    // 「閉じる」 takes focus, not the first zoom button: Enter or Escape leaves at once.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    closerRef.current?.focus();
  };
  const closed = () => {
    setEnlarged(false);
    openerRef.current?.focus();
  };
  const close = () => {
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.close === 'function') dialog.close();
    else {
      dialog?.removeAttribute('open');
      closed();
    }
  };

  return (
    <figure className="picture" data-picture-id={id}>
      <div
        ref={frameRef}
        className="picture__frame"
        style={
          { width: widthOf(id), '--picture-min-width': `${minWidthOf(id)}px` } as CSSProperties
        }
        {...(scrolls && {
          tabIndex: 0,
          role: 'group',
          'aria-label': `${caption}（横にスクロールできます）`,
        })}
      >
        <Suspense fallback={<Loading id={id} />}>
          <View id={id} />
        </Suspense>
      </div>
      <figcaption className="picture__caption">
        <span id={captionId}>{caption}</span>
        <button
          ref={openerRef}
          type="button"
          className="picture__enlarge"
          aria-haspopup="dialog"
          aria-describedby={captionId}
          onClick={open}
        >
          拡大して見る
        </button>
      </figcaption>
      <dialog
        ref={dialogRef}
        className="picture-dialog"
        aria-labelledby={dialogTitleId}
        onClose={closed}
        onKeyDown={(event) => {
          // Browsers close a modal <dialog> on Escape themselves; this covers the fallback.
          if (event.key === 'Escape' && typeof dialogRef.current?.close !== 'function') {
            event.preventDefault();
            close();
          }
        }}
      >
        <div className="picture-dialog__bar">
          <p id={dialogTitleId} className="picture-dialog__title">
            {caption}
          </p>
          <div className="picture-dialog__tools">
            <button
              type="button"
              className="picture-dialog__tool"
              disabled={zoom === ZOOMS[0]}
              onClick={() => setZoom(ZOOMS[Math.max(0, ZOOMS.indexOf(zoom) - 1)]!)}
            >
              縮小
            </button>
            <button
              type="button"
              className="picture-dialog__tool"
              disabled={zoom === ZOOMS.at(-1)}
              onClick={() => setZoom(ZOOMS[Math.min(ZOOMS.length - 1, ZOOMS.indexOf(zoom) + 1)]!)}
            >
              拡大
            </button>
            <button
              type="button"
              className="picture-dialog__tool"
              aria-pressed={zoom === 0}
              onClick={() => setZoom(0)}
            >
              全体を表示
            </button>
            <span className="picture-dialog__zoom" aria-live="polite">
              {zoom === 0 ? '全体' : `${Math.round(zoom * 100)}%`}
            </span>
            <button
              ref={closerRef}
              type="button"
              className="button button--secondary"
              onClick={close}
            >
              閉じる
            </button>
          </div>
        </div>
        {enlarged && (
          <div
            className={`picture-dialog__body${zoom === 0 ? ' picture-dialog__body--fit' : ''}`}
            // Scrollable content must be reachable by keyboard (arrow keys pan it).
            tabIndex={0}
            role="group"
            aria-label="拡大した図（スクロールで移動できます）"
          >
            <div
              className="picture-dialog__canvas"
              style={zoom === 0 ? undefined : { width: `${info.width * zoom}px` }}
            >
              <Suspense fallback={<Loading id={id} />}>
                <View id={id} />
              </Suspense>
            </div>
          </div>
        )}
      </dialog>
    </figure>
  );
}
