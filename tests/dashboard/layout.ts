/** happy-dom does no layout: give the virtual lists' scroll boxes a size so the virtualiser renders rows. */
import { afterAll, beforeAll } from 'vitest';

export function withScrollBoxSize(width = 1200, height = 600) {
  const saved = ['clientWidth', 'clientHeight'].map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const);
  beforeAll(() => {
    for (const [k, d] of saved)
      Object.defineProperty(HTMLElement.prototype, k, {
        configurable: true,
        get(this: HTMLElement) {
          if (this.classList.contains('fd-scroll')) return k === 'clientWidth' ? width : height;
          return d?.get ? d.get.call(this) : 0;
        },
      });
  });
  afterAll(() => {
    for (const [k, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, k, d);
  });
}
