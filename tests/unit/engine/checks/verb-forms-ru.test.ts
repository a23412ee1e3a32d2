import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
import { findingsOf } from './helpers';

const ru: Profile = { format: 'sverka.profile/1', name: 'Клиника', languages: ['ru'] };

describe('verb forms their neighbours rule out (Russian grammar loaded)', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => [f.quote, f.suggestion ?? null]);

  it.each([
    ['Вы можете ознакомится с меню на втором этаже', 'ознакомится', 'ознакомиться'],
    ['Перед поездкой нужно заранее определится с маршрутом', 'определится', 'определиться'],
    ['Гости смогут также разместится в соседнем корпусе', 'разместится', 'разместиться'],
    ['Позвоните, чтобы договорится о времени визита', 'договорится', 'договориться'],
    ['Сюда приходят те, кто хочет научится рисовать', 'научится', 'научиться'],
    // a reflexive verb takes no object: the plural after «все» is its subject
    ['Здесь фиксируется все жалобы гостей отеля', 'фиксируется все жалобы', null],
  ])('flags "%s"', async (text, quote, suggestion) => {
    const findings = await found(text);
    expect(findings.map(([q]) => q)).toEqual([quote]);
    if (suggestion) expect(findings[0]![1]).toBe(suggestion);
  });

  it.each([
    'Вы можете ознакомиться с меню на втором этаже',
    // «может», «легко» also qualify a verb in the future
    'Может получится приехать пораньше, тогда позвоним',
    'Мастер легко справится с любой поломкой',
    'Клиент, возможно, ознакомится с договором дома',
    // the third person stays where no infinitive is wanted
    'Запись откроется в понедельник утром',
    'Можно сказать, что сезон откроется рано',
    // «всё» before a comparative or a neuter, a plural that is no subject
    'Появляется все больше новых клиентов',
    'Нам нравится все новое и необычное',
    'Здесь фиксируются все жалобы гостей отеля',
  ])('leaves "%s" alone', async (text) => {
    expect(await found(text)).toEqual([]);
  });
});

describe('a reflexive infinitive that goes on a series after «ты»', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => [f.quote, f.suggestion ?? null]);

  it('flags the infinitive where the second person was meant', async () => {
    expect(await found('Здесь ты отдохнёшь от дел, научиться плавать и нырять.')).toEqual([['научиться', 'научишься']]);
  });

  it.each(['Ты сможешь отдохнуть, научиться плавать и нырять.', 'Ты научишься плавать, нырять и держаться на воде.', 'Ты найдёшь друзей, разобраться в нотах поможем мы.', 'Ты отдохнёшь от дел и научишься плавать.'])(
    'leaves "%s" alone',
    async (text) => {
      expect(await found(text)).toEqual([]);
    },
  );
});
