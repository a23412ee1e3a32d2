import { describe, expect, it } from 'vitest';
import { inchMarks, typografHits, widen } from '../../../../engine/checks/typograf-rules';

const hits = (text: string, language: 'ru' | 'en' = 'ru') => typografHits(text, language, []).map((hit) => [text.slice(hit.start, hit.end), hit.suggestion, hit.severity ?? 'info', hit.sameFault]);

describe('Typograf in check mode: its changes as findings', () => {
  it('makes one finding of each change, quoted by the words it touches, with the fix at the same place', () => {
    expect(hits('Рамка 450мм, а не 400мм.')).toEqual([
      ['450мм', '450 мм', 'info', 'ru/nbsp/m'],
      ['400мм.', '400 мм.', 'info', 'ru/nbsp/m'],
    ]);
  });

  it('quotes a mark between words with its spaces, and a mark added at a word edge with the next word', () => {
    expect(hits('Чай - горячий')).toEqual([[' - ', ' — ', 'info', 'ru/dash/main']]);
    expect(hits('Я звонил а вы спали.')).toEqual([['звонил а', 'звонил, а', 'warning', 'ru/punctuation/ano']]);
  });

  it('makes a pair of straight quotes one finding, from the opening quote to the closing one', () => {
    expect(hits('Сорт "Антоновка" и сорт "Белый налив"')).toEqual([
      ['"Антоновка"', '«Антоновка»', 'info', 'common/punctuation/quote'],
      ['"Белый налив"', '«Белый налив»', 'info', 'common/punctuation/quote'],
    ]);
  });

  it('tells no space Typograf would only make non-breaking, and no change it makes inside a phone, a link or an emoticon', () => {
    expect(hits('В 2020 г. и т. д. — всё верно.')).toEqual([]);
    expect(hits('Звоните +7 (812) 555-12-34 :) или пишите: https://site.example/a--b...c')).toEqual([]);
  });

  it('tells a change two rules make at one place once, by the narrower rule, and a fault inside a quoted phrase apart', () => {
    expect(hits('Открыто май - сентябрь')).toEqual([['май - сентябрь', 'май–сентябрь', 'info', 'ru/dash/month']]);
    expect(hits('Он ответил "Ну..." и ушёл')).toEqual([
      ['"Ну..."', '«Ну...»', 'info', 'common/punctuation/quote'],
      ['Ну...', 'Ну…', 'info', 'common/punctuation/hellip'],
    ]);
  });

  it('leaves an en dash between words, a letter "а" named in a list and an "N" after no numbered noun alone', () => {
    expect(hits('Сад – это труд. Сумма чисел а и б. Трасса N 7.')).toEqual([]);
    expect(hits('Ваш заказ N 7 готов.')).toEqual([['заказ N 7', 'заказ № 7', 'warning', 'ru/sverka/numberSign']]);
  });

  it('runs on English text only the rules of English', () => {
    expect(hits('A "quote" - and dots...', 'en')).toEqual([]);
    expect(hits('Done.. Thanks!!', 'en')).toEqual([
      ['Done..', 'Done.', 'warning', 'common/punctuation/delDoublePunctuation'],
      ['Thanks!!', 'Thanks!', 'info', 'common/sverka/exclamations'],
    ]);
  });
});

describe('widen', () => {
  it('grows an edit to its words and leaves out the punctuation it does not touch', () => {
    const text = 'Длина 300мм, ширина 20см.';
    expect(widen(text, { start: 9, end: 9 })).toEqual({ start: 6, end: 11 });
  });
});

describe('inchMarks', () => {
  it('reads a straight quote after a figure as an inch mark while no quote is open', () => {
    expect(inchMarks('Экран 14" и 10"')).toEqual([8, 14]);
    expect(inchMarks('Клуб "Ракета 2000" открыт')).toEqual([]);
  });
});
