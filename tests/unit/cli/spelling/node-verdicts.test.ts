import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rememberedVerdicts } from '../../../../cli/spelling/node-verdicts';

const before = process.env.XDG_CACHE_HOME;
let cache: string;
const file = () => join(cache, 'sverka', 'hunspell-verdicts.txt');

beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'sverka-cache-'));
  process.env.XDG_CACHE_HOME = cache;
});
afterEach(() => {
  if (before === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = before;
});

describe("Hunspell's verdicts kept between runs", () => {
  it('gives the next run the verdicts this run added', async () => {
    const first = await rememberedVerdicts();
    expect(first.answers.size).toBe(0);
    first.answers.set('ru:кофе', true).set('ru:прииём', false);
    await first.save();
    expect([...(await rememberedVerdicts()).answers]).toEqual([
      ['ru:кофе', true],
      ['ru:прииём', false],
    ]);
  });

  it('starts afresh from verdicts of other dictionaries, or a file that is not its own', async () => {
    mkdirSync(join(cache, 'sverka'));
    writeFileSync(file(), `${JSON.stringify('another dictionary')}\n0ru:кофе`);
    expect((await rememberedVerdicts()).answers.size).toBe(0);
    writeFileSync(file(), 'not ours\n1ru:кофе');
    const fresh = await rememberedVerdicts();
    expect(fresh.answers.size).toBe(0);
    fresh.answers.set('en:coffee', true);
    await fresh.save();
    expect(readFileSync(file(), 'utf8').split('\n').slice(1)).toEqual(['1en:coffee']);
  });

  it('does not fail the run when the cache cannot be written', async () => {
    writeFileSync(join(cache, 'sverka'), 'a file where the folder should be');
    const remembered = await rememberedVerdicts();
    remembered.answers.set('ru:кофе', true);
    await expect(remembered.save()).resolves.toBeUndefined();
  });
});
