import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../utils/engine';
import { materialFromDocument } from '../../../utils/material/from-dom';
import { parseHtmlDocument } from '../../../utils/material/parse-html';
import type { Profile } from '../../../utils/profile/types';
import { createHunspellChecker } from '../../../utils/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../utils/spelling/node-dictionaries';
import { findingsOf } from './helpers';

const ru: Profile = { format: 'sverka.profile/1', name: 'Ателье', languages: ['ru'] };

describe('a comma before a subordinate clause (Russian grammar loaded)', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => f.suggestion);

  it.each([
    ['Оставьте заявку чтобы мастер перезвонил вам.', 'заявку, чтобы'],
    ['Мы работаем по выходным дабы вам было удобно.', 'выходным, дабы'],
    ['Вы знаете что мы шьём и детскую одежду?', 'знаете, что'],
    ['Этот крой удобен тем что не сковывает движений.', 'тем, что'],
    ['Приходите в салон где работают лучшие портные.', 'салон, где'],
    // «и» joining a second clause with its own subject and verb; a leading clause of purpose run on into its main clause
    ['Позвоните мастеру и мы сошьём платье к субботе.', 'мастеру, и'],
    ['Мы внимательны к каждому гостю и мы готовы выслушать любую просьбу.', 'гостю, и'],
    ['Чтобы подогнать пиджак по фигуре нужно прийти на примерку.', 'фигуре, нужно'],
  ])('puts the comma in "%s"', async (text, suggestion) => {
    expect(await found(text)).toContain(suggestion);
  });

  it.each([
    'Для того чтобы записаться, позвоните нам.',
    'Мы шьём быстро, чтобы вы успели к празднику.',
    'А чтобы заказ был готов к сроку, приходите заранее.',
    'Мы знаем что-то, чего не знают другие.',
    'Сошьём что угодно по вашему эскизу.',
    'Где находится ателье?',
    'Платье можно подогнать где угодно.',
    'Хотим не только шить, но также чтобы вам было приятно.',
    // two subjects, one clause under «если», «и» meaning "too", a comma in place, «не» before the word of need
    'Наши портные и мы всегда рады гостям.',
    'Если платье мало и вы не знаете, что делать, звоните.',
    'Так шьют и они.',
    'Принесите ткань, и мы сошьём платье к субботе.',
    'Чтобы подогнать пиджак, нужно прийти на примерку.',
    'Чтобы заказать платье не нужно ждать.',
  ])('stays silent on "%s"', async (text) => {
    expect(await found(text)).toEqual([]);
  });

  it('reads no missing comma across a line break of a caption', async () => {
    const page = materialFromDocument(parseHtmlDocument('<p><span>7<br>складов</span><br><span>где хранится ваша мебель</span></p>'), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
    const report = await checkMaterials([page], ru, { only: ['grammar'], spellChecker: checker });
    expect(report.findings).toEqual([]);
  });
});
