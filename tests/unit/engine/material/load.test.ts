import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeEnvironment } from '../../../../cli/node-environment';
import { DEFAULT_LIMITS } from '../../../../engine/material/limits';
import { loadMaterialOrError } from '../../../../engine/material/load';

const source = { id: 's1', location: 'page.txt', title: 'page.txt' };
const text = (words: string) => async () => ({ bytes: new TextEncoder().encode(words), contentType: 'text/plain; charset=utf-8' });

describe('loadMaterialOrError: its deadline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves no timer once the material is read, so nothing keeps the material alive after it (a crawl reads hundreds)', async () => {
    vi.useFakeTimers();
    const material = await loadMaterialOrError(text('Работаем ежедневно с 8:00 до 21:00.'), source, nodeEnvironment, 'ru');
    expect(material.source.error).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    const empty = await loadMaterialOrError(text('   '), source, nodeEnvironment, 'ru');
    expect(empty.source.problem?.code).toBe('no-text');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('still ends a material that takes longer than the limit as a timeout', async () => {
    vi.useFakeTimers();
    const never = () => new Promise<never>(() => {});
    const loading = loadMaterialOrError(never, source, nodeEnvironment, 'ru', {}, { ...DEFAULT_LIMITS, timeoutMs: 5000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect((await loading).source.problem).toEqual({ code: 'timeout', seconds: 5 });
    expect(vi.getTimerCount()).toBe(0);
  });
});
