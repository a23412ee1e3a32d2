import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { focusFinding } from '../../../../browser/panel/focus-finding';

/** Cards scrolled to, in order: linkedom lays nothing out, so the test records the scrolls. */
let scrolled: (string | undefined)[] = [];

function list(): Document {
  const { document, HTMLElement } = parseHTML(`<html><body><ul>
    <li class="finding error" data-finding="f1">a</li>
    <li class="finding warning focused" data-finding="f12">b</li>
    <li class="finding info" data-finding='f"3'>c</li>
  </ul></body></html>`);
  scrolled = [];
  HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
    scrolled.push(this.dataset.finding);
  };
  return document;
}

const focusedIds = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('.focused')].map((node) => node.dataset.finding);

describe('focusFinding', () => {
  it('scrolls to the finding’s card and marks it alone, focusable by script only', () => {
    const doc = list();
    expect(focusFinding(doc, 'f1')).toBe(true);
    expect(scrolled).toEqual(['f1']);
    expect(focusedIds(doc)).toEqual(['f1']);
    expect(doc.querySelector<HTMLElement>('[data-finding="f1"]')!.getAttribute('tabindex')).toBe('-1');
  });

  it('finds an id that is not a safe selector, and not by its prefix', () => {
    const doc = list();
    expect(focusFinding(doc, 'f"3')).toBe(true);
    expect(focusedIds(doc)).toEqual(['f"3']);
    expect(focusFinding(doc, 'f')).toBe(false);
  });

  it('changes nothing when the list does not show the finding', () => {
    const doc = list();
    expect(focusFinding(doc, 'f9')).toBe(false);
    expect(focusedIds(doc)).toEqual(['f12']);
    expect(scrolled).toEqual([]);
  });
});
