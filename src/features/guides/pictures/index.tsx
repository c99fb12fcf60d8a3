import {
  lazy,
  Suspense,
  useId,
  useRef,
  useState,
  type ComponentType,
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

/** Keeps the picture's place while its drawing loads, so the page does not jump. */
function Loading({ id }: { id: KnownPictureId }) {
  const { width, height } = CATALOG[id];
  return (
    <div className="picture__loading" style={{ aspectRatio: `${width} / ${height}` }}>
      図を読み込んでいます…
    </div>
  );
}

/**
 * A schematic picture of the screen of a step, with its caption and a 「拡大して見る」 button that
 * opens it at full width (Escape or 「閉じる」 closes it, and focus returns to the button).
 * An unknown id shows nothing; tests keep the content's ids and the catalog in step.
 */
export function Picture({ id }: { id: string }) {
  const captionId = useId();
  const dialogTitleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const closerRef = useRef<HTMLButtonElement>(null);
  const [enlarged, setEnlarged] = useState(false);
  if (!isKnownPicture(id)) return null;

  const info = CATALOG[id];
  const View = VIEWS[groupOf(id)];
  const caption = `図：${info.caption}（模式図）`;

  const open = () => {
    setEnlarged(true);
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    // showModal() moves focus to 「閉じる」 itself; without it (old browsers, jsdom) do it here.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else {
      dialog.setAttribute('open', '');
      closerRef.current?.focus();
    }
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
      <div className="picture__frame" style={{ width: widthOf(id) }}>
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
          <button
            ref={closerRef}
            type="button"
            className="button button--secondary"
            onClick={close}
          >
            閉じる
          </button>
        </div>
        {enlarged && (
          <div className="picture-dialog__body">
            <Suspense fallback={<Loading id={id} />}>
              <View id={id} />
            </Suspense>
          </div>
        )}
      </dialog>
    </figure>
  );
}
