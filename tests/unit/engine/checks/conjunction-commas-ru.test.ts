import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
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

describe('a comma before a clause of cause or concession, and before «чтобы» after «так» (Russian grammar loaded)', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => f.suggestion);

  it.each([
    ['Выкройки мы не продаём так как это авторская работа.', 'продаём, так'],
    ['Ателье закрыто до среды поскольку мастер в отпуске.', 'среды, поскольку'],
    ['Мы выбрали этот лён потому что он не мнётся.', 'лён, потому'],
    ['Платье село идеально благодаря тому что мастер сделал три примерки.', 'идеально, благодаря'],
    ['Заказ приняли в срок несмотря на то что ткань пришла поздно.', 'срок, несмотря'],
    ['Одни шьют костюмы в то время как другие занимаются ремонтом.', 'костюмы, в'],
    ['Стараемся устроить так чтобы примерка заняла полчаса.', 'так, чтобы'],
    ['Звоните мастеру если брюки нужны к завтрашнему дню.', 'мастеру, если'],
    ['Ткань дорогая хотя выглядит просто.', 'дорогая, хотя'],
    ['Постирайте вещь перед тем как нести её на подгонку.', 'вещь, перед'],
    ['Снимите мерки прежде чем заказывать ткань.', 'мерки, прежде'],
    ['Мы шьём на заказ для того чтобы вещь сидела по фигуре.', 'заказ, для'],
  ])('puts the comma in "%s"', async (text, suggestion) => {
    expect(await found(text)).toContain(suggestion);
  });

  it.each([
    // the sentence's start, a comma or a dash in place, a word that leans on the conjunction
    'Так как мастер в отпуске, запись закрыта.',
    'Поскольку ткань дорогая, мы берём предоплату.',
    'Запись закрыта, так как мастер в отпуске.',
    'Запись закрыта — потому что мастер в отпуске.',
    'Мы шьём быстро и потому что любим своё дело.',
    'Мы шьём не потому что надо, а потому что нравится.',
    'Клиенты возвращаются именно потому что мы внимательны.',
    'Это потому что ткань села после стирки.',
    'Мы шьём быстро, поэтому если нужно к пятнице, звоните.',
    'Примерка нужна только если вы заказываете костюм.',
    'Оставьте хотя бы номер телефона.',
    'Мастер работает даже если дождь.',
    'Заберите заказ сразу же после того как получите смс.',
    // «так как» comparing a manner
    'Сошьём так как вы хотите.',
    'Всё сделано так как надо.',
    'Работаем почти так как раньше.',
    'Мы в то время как раз переезжали.',
    // «так чтобы» as one conjunction after a comma or a noun
    'Мы шьём быстро, так чтобы вы успели к празднику.',
    'Работаем без выходных так чтобы вам было удобно.',
  ])('stays silent on "%s"', async (text) => {
    expect(await found(text)).toEqual([]);
  });
});
