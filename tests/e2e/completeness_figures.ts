import type { Page } from 'playwright-core';

/**
 * A commune's figure in the completeness panel, read from its button's name
 * ("Sans téléphone, Namur : 12. …"): NaN when the panel does not show it.
 */
export async function completenessFigure(
  page: Page,
  name: string,
  commune: string,
): Promise<number> {
  const button = page.getByRole('button', { name: new RegExp(`^${name}, ${commune} : `) });
  const label = (await button.getAttribute('aria-label')) ?? '';
  return Number(/ : (\d+)\./.exec(label)?.[1] ?? Number.NaN);
}
