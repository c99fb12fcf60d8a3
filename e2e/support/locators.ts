import type { Page } from '@playwright/test';

/** The page's main heading, by its words. */
export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** A task's row on the task list, by its title. */
export const row = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ hasText: title });
