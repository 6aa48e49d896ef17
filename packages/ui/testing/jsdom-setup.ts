// Shared by every workspace whose component tests run in jsdom (vitest `setupFiles`).
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// antd's responsive helpers ask for media queries, which jsdom does not implement.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}

// antd's tables and overflow lists watch their size; jsdom lays nothing out, so nothing changes.
if (!globalThis.ResizeObserver) {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom cannot style pseudo-elements and logs an error each time rc-table measures its scrollbar;
// the element's own style is what such callers can use anyway.
const elementStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => elementStyle(element);

// antd-heavy pages take seconds to settle on a busy 2-core CI machine; findBy* waits for them.
configure({ asyncUtilTimeout: 15_000 });

afterEach(cleanup);

// jsdom has no canvas; zrender then estimates text widths, which is enough for SVG charts.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
