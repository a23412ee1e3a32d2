import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { onMessage, sendMessage, type MessagingApi } from '../../../browser/messages';

const api = fakeBrowser as unknown as MessagingApi;

describe('messages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a typed request and returns the handler’s answer', async () => {
    onMessage(api, { 'set-badge': ({ tabId, errors }) => ({ ok: tabId === 7 && errors === 3 }) });
    await expect(sendMessage(api, 'set-badge', { tabId: 7, errors: 3 })).resolves.toEqual({ ok: true });
  });

  it('leaves messages it does not handle to other listeners', async () => {
    onMessage(api, { 'set-badge': () => ({ ok: true }) });
    fakeBrowser.runtime.onMessage.addListener((message: any) => (message.type === 'clear-marks' ? Promise.resolve({ cleared: true }) : undefined));
    await expect(sendMessage(api, 'clear-marks', {})).resolves.toEqual({ cleared: true });
  });

  it('ignores messages that are not Sverka’s', async () => {
    let called = false;
    onMessage(api, {
      'set-badge': () => {
        called = true;
        return { ok: true };
      },
    });
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve('other'));
    await expect(fakeBrowser.runtime.sendMessage({ type: 'set-badge' })).resolves.toBe('other');
    expect(called).toBe(false);
  });
});
