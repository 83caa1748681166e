/**
 * Filling in Fluent UI 8 controls the way a person does: click into a field and type on the
 * keyboard, open a dropdown and click the option. Fluent renders dropdown lists and the people
 * picker's suggestions in a layer at the end of the document body, hence `body`.
 */
import type { Locator } from 'playwright-core';

/** Clicks into the field and types the text key by key (Enter for a line break, as in a textarea). */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.pressSequentially(text);
}

/** Opens a Fluent Dropdown (role combobox) and clicks the option; waits until the dropdown shows it. */
export async function choose(body: Locator, dropdown: Locator, option: string): Promise<void> {
  await dropdown.click();
  await body.getByRole('option', { name: option, exact: true }).click();
  await body.getByRole('listbox').waitFor({ state: 'detached' });
  await expectText(dropdown, option);
}

/** Types part of a name into a people picker and clicks the suggestion with that person. */
export async function pickPerson(body: Locator, pickerInput: Locator, search: string, displayName: string): Promise<void> {
  await typeInto(pickerInput, search);
  await body.getByRole('option', { name: new RegExp(displayName) }).click();
}

/** Waits until the element's text contains the expected text. */
export async function expectText(locator: Locator, expected: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.textContent()) || '';
    if (last.indexOf(expected) >= 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Expected "${expected}" in the element, found "${last}"`);
}
