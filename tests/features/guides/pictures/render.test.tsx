// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, test } from 'vitest';
import { serializeEnvelope } from '../../../../src/domain/progress/envelope';
import { emptyProgress, type Progress } from '../../../../src/domain/progress/schema';
import { ProcedurePage } from '../../../../src/features/guides';
import { CATALOG, Picture } from '../../../../src/features/guides/pictures';
import type { ProcedureTaskId } from '../../../../src/content/procedures';
import { ProgressProvider } from '../../../../src/lib/progress/react';
import { TASK_PATHS } from '../../../../src/content/routes';
import { createProgressStore, STORAGE_KEY } from '../../../../src/lib/progress/store';
import { MemoryStorage } from '../../../support/memory-storage';

const circled = (alt: string) => [...alt.matchAll(/赤枠([①-⑨])/g)].length;

describe('each picture', () => {
  test.each(Object.entries(CATALOG))(
    '%s is an <svg role="img"> named by what to do, with its labels and frames',
    async (id, info) => {
      const { container } = render(<Picture id={id} />);
      const img = await screen.findByRole('img', { name: info.alt });
      expect(img.tagName.toLowerCase()).toBe('svg');
      expect(img.getAttribute('viewBox')).toBe(`0 0 ${info.width} ${info.height}`);
      const drawn = [...img.querySelectorAll('text')].map((t) => t.textContent).join('\n');
      for (const target of info.targets) expect(drawn).toContain(target);
      const frames = [...img.querySelectorAll('.pic-highlight')].map((g) =>
        Number(g.getAttribute('data-n')),
      );
      expect(frames.sort()).toEqual(Array.from({ length: circled(info.alt) }, (_, i) => i + 1));
      expect(container.querySelector('figcaption')?.textContent).toContain(
        `図：${info.caption}（模式図）`,
      );
    },
  );

  test('an unknown id shows nothing', () => {
    const { container } = render(<Picture id="edge.no-such-picture" />);
    expect(container.innerHTML).toBe('');
  });

  test('「拡大して見る」 opens the picture at full width; Escape and 閉じる close it', async () => {
    const user = userEvent.setup();
    render(<Picture id="edge.cookies" />);
    const alt = CATALOG['edge.cookies'].alt;
    await screen.findByRole('img', { name: alt });
    const opener = screen.getByRole('button', { name: '拡大して見る' });

    await user.click(opener);
    const dialog = await screen.findByRole('dialog', {
      name: `図：${CATALOG['edge.cookies'].caption}（模式図）`,
    });
    expect(await within(dialog).findByRole('img', { name: alt })).toBeTruthy();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);

    opener.focus();
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog');
    await user.click(within(again).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

const CALLED: Partial<Progress> = {
  requestConfirmed: true,
  faxSentAt: '2026-11-26T01:05:00.000Z',
  callReceivedAt: '2026-11-26T03:05:00.000Z',
};

function renderTask(task: ProcedureTaskId, choices: Progress['choices']) {
  const storage = new MemoryStorage();
  storage.setItem(
    STORAGE_KEY,
    serializeEnvelope({ ...emptyProgress(), ...CALLED, choices }, '2026-11-26T03:05:00.000Z'),
  );
  const store = createProgressStore({ getStorage: () => storage });
  const path = TASK_PATHS[task];
  const router = createMemoryRouter([{ path, element: <ProcedurePage task={task} /> }], {
    initialEntries: [path],
  });
  render(
    <ProgressProvider store={store}>
      <RouterProvider router={router} />
    </ProgressProvider>,
  );
}

const shownPictures = () =>
  [...document.querySelectorAll('figure[data-picture-id]')].map((f) =>
    f.getAttribute('data-picture-id'),
  );

describe('on a task page', () => {
  test('every shown step of Microsoft Edge has its picture, in the guide’s order', async () => {
    renderTask('edge', { browserMode: 'edge' });
    await act(async () => {});
    expect(shownPictures()).toEqual([
      'edge.open-settings',
      'edge.site-permissions',
      'edge.cookies',
      'edge.cookies-allow',
      'edge.cookies-back',
      'edge.javascript',
      'edge.javascript-allow',
      'edge.popups',
      'edge.popups-add',
      'edge.popups-url',
      'edge.popups-added',
      'edge.downloads',
    ]);
    expect(await screen.findByRole('img', { name: CATALOG['edge.downloads'].alt })).toBeTruthy();
  });

  test('the picture of the person’s Windows is shown, under its heading', () => {
    renderTask('internet-options', { windowsVersion: '11', popupBlocker: 'on' });
    const pictures = shownPictures();
    expect(pictures).toContain('internet-options.open.win11');
    expect(pictures).toContain('internet-options.search-box.win11');
    expect(pictures).toContain('internet-options.popup-settings.win11');
    expect(pictures.filter((id) => id?.includes('win10'))).toEqual([]);
    const variant = document
      .querySelector('[data-picture-id="internet-options.open.win11"]')!
      .closest('.step__variant')!;
    expect(variant.hasAttribute('hidden')).toBe(false);
    expect(variant.textContent).toContain('＜Windows 11 の場合＞');
  });

  test('the Windows question comes first: no screen before it is answered', () => {
    renderTask('internet-options', {});
    expect(shownPictures()).toEqual([]);
    expect(screen.getByText('上の質問に答えると、手順が表示されます。')).toBeTruthy();
  });

  test('with the mode not chosen yet, the certificate page shows both modes’ screens', () => {
    renderTask('certificate', {});
    expect(shownPictures()).toEqual(
      expect.arrayContaining(['certificate.cancel-dialog.edge', 'certificate.result.ie-mode']),
    );
  });

  test('IE mode shows the IE mode screens of ③ and ⑨', () => {
    renderTask('certificate', { browserMode: 'ie-mode', windowsVersion: '10' });
    const pictures = shownPictures();
    expect(pictures).toContain('certificate.cancel-dialog.ie-mode.win10');
    expect(pictures).toContain('certificate.result.ie-mode');
    expect(pictures).toContain('certificate.result.ie-security');
    expect(pictures).not.toContain('certificate.cancel-dialog.edge');
    expect(pictures).not.toContain('certificate.result.edge');
  });
});
