/** One Chromium per test file, with a page helper that fails the test on any page error. */
import { afterAll, beforeAll, inject } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/chromium';

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
    async open(width = 1280): Promise<{ page: Page; errors: string[]; consoleErrors: string[]; dialogs: string[] }> {
      const page = await state.context!.newPage();
      await page.setViewportSize({ width, height: 800 });
      const errors: string[] = [];
      const dialogs: string[] = [];
      // Console errors include what the page failed to load (a missing icon, a 404 chunk).
      const consoleErrors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`.trim());
      });
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      return { page, errors, consoleErrors, dialogs };
    },
  };
}
