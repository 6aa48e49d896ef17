// Driving antd's form controls from the browser steps.

/** How long a step waits for the page. */
export const WAIT = 30_000;

/**
 * Opens an antd Select by its label and picks the option whose title contains `title` (the first
 * when none is given), typing `search` first if given. The option is looked for in that select's
 * own dropdown, the one holding the list its input names in aria-controls: another dropdown may
 * still be on the page, closing (an AutoComplete just left), and its options are not this select's.
 */
export async function pick(page, scope, label, title, search) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (search) await page.keyboard.type(search);
  await page.waitForFunction((el) => el?.getAttribute('aria-controls'), await input.elementHandle(), { timeout: WAIT });
  const list = await input.getAttribute('aria-controls');
  const dropdown = page.locator('.ant-select-dropdown').filter({ has: page.locator(`[id="${list}"]`) });
  const option = title === undefined ? dropdown.locator('.ant-select-item-option').first() : dropdown.locator(`.ant-select-item-option[title*="${title}"]`).first();
  await option.click({ timeout: WAIT });
}
