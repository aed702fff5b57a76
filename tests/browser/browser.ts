/** One Chromium per test file, with a page helper that fails the test on any page error. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../lib/chromium';

export const baseUrl = () => inject('baseUrl');

export function sharedBrowser() {
  const state: { context?: BrowserContext } = {};
  beforeAll(async () => {
    state.context = await launchChromium();
  });
  afterAll(async () => {
    await state.context?.close();
  });
  return {
    /** A new page at the given width, recording errors and dialogs instead of ignoring them. */
    async open(width = 1280): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
      const page = await state.context!.newPage();
      await page.setViewportSize({ width, height: 800 });
      const errors: string[] = [];
      const dialogs: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      return { page, errors, dialogs };
    },
  };
}
