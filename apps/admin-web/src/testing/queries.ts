import { fireEvent, screen, within } from '@testing-library/react';

/**
 * A button by its text. testing-library's getByRole computes the accessibility tree of antd's
 * large DOM in jsdom, seconds per call on a small machine; the text is as specific here.
 */
export function button(text: string | RegExp, container: HTMLElement = document.body): HTMLButtonElement {
  const element = within(container).getByText(text).closest('button');
  if (!element) throw new Error(`no button with the text ${String(text)}`);
  return element;
}

/** The table row that shows `text`. */
export async function findRow(text: string): Promise<HTMLElement> {
  const cell = await within(document.body).findByText(text);
  const row = cell.closest('tr');
  if (!row) throw new Error(`${text} is not in a table row`);
  return row;
}

/**
 * Waits for `message` and returns the form field it stands beside: the element labelled
 * `fieldLabel` inside the same form item, which fails the test when it sits anywhere else.
 */
export async function findFieldWithError(message: string, fieldLabel: string, container: HTMLElement = document.body): Promise<HTMLElement> {
  const error = await within(container).findByText(message);
  const item = error.closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`“${message}” is not shown in a form item`);
  return within(item).getByLabelText(fieldLabel);
}

/** Opens the antd select labelled `label` and picks the option showing `text`. */
export async function pick(label: string, text: string): Promise<void> {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(text);
  // The last match is the open list's; an earlier one may be a selected value's tag.
  fireEvent.click(options.at(-1)!);
}
