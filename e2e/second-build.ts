import { expect } from '@playwright/test';

/**
 * The second build of playwright.config.ts (a tile server and data hosts configured), served on the
 * port after the first. It is built while the first tests run (scripts/test-servers.mjs); a test
 * that uses it waits here until it answers.
 */
export const SECOND_BUILD = `http://localhost:${Number(process.env.E2E_PORT ?? 4173) + 1}`;

export async function secondBuildReady(): Promise<void> {
  const answers = () =>
    fetch(SECOND_BUILD).then(
      (response) => response.ok,
      () => false,
    );
  await expect
    .poll(answers, { message: `the second build did not answer at ${SECOND_BUILD}`, timeout: 50_000 })
    .toBe(true);
}
