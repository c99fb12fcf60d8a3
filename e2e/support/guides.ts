import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Ticks every check box on a task page that the person can tick, in order, with `tick` (a plain
 * check unless a spec ticks its own way, e.g. with the keyboard). Each box is looked at when it
 * is reached, so one that an earlier tick enabled is ticked too. Returns how many boxes there are.
 */
export async function tickAll(
  page: Page,
  tick: (box: Locator) => Promise<void> = (box) => box.check(),
): Promise<number> {
  // Task pages load on demand: count the boxes only once the page is there.
  await expect(page.getByRole('heading', { level: 2, name: '手順' })).toBeVisible();
  const boxes = page.getByRole('checkbox');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    if ((await box.isEnabled()) && !(await box.isChecked())) await tick(box);
  }
  return count;
}
