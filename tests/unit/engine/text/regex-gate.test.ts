import { describe, expect, it } from 'vitest';
import { GRAMMAR_RULES } from '../../../../engine/checks/grammar-rules';
import { matcherFor, thoseThatMayMatch } from '../../../../engine/text/regex-gate';

const itself = (pattern: RegExp) => pattern;
const opens = (pattern: RegExp, text: string) => thoseThatMayMatch([pattern], itself, text.toLowerCase()).length === 1;

describe('thoseThatMayMatch: a gate read from each pattern itself', () => {
  it.each([
    [/(?<![\p{L}-])(предоставляем|обращаем) вашему/u, 'мы предоставляем вашему вниманию'],
    [/([Тт])ак же(?=\s+\p{L})/u, 'Так же быстро'],
    [/\bnot (?:only|just)\b/i, 'NOT JUST coffee'],
    [/(?<=(?:for|with) )pets?/u, 'good for pets'],
    [/кофе\u00a0бесплатно/u, 'кофе\u00a0бесплатно'],
    [/(?:tea|coffee){1,2} free/u, 'coffee free'],
    [/(?<name>pick)-?up/u, 'pickup'],
    [/caf\xe9 latte/u, 'Our café latte'],
    [/\u0441\u043a\u0438\u0434\u043a\u0430 \u{1F381}/u, 'скидка 🎁'],
  ])('stays open where %s can match', (pattern, text) => {
    expect(pattern.test(text)).toBe(true);
    expect(opens(pattern, text)).toBe(true);
  });

  it.each([
    [/(?<![\p{L}-])(предоставляем|обращаем) вашему/u, 'Работаем без выходных'],
    [/([Тт])ак же(?=\s+\p{L})/u, 'также и сегодня'],
    [/(?<=(?:for|with) )pets?/u, 'cats welcome'],
    [/(?:tea|coffee){1,2} free/u, 'water is cheap'],
  ])('closes where %s cannot match', (pattern, text) => {
    expect(pattern.test(text)).toBe(false);
    expect(opens(pattern, text)).toBe(false);
  });

  it.each([
    [/(?:a|b)c/u, 'a one-letter requirement', true],
    [/\p{Lu}\p{Ll}+/u, 'classes alone', true],
    [/(?:x|)y/u, 'an empty branch', true],
    [/(?:x|)yz/u, 'an empty branch before a two-letter word', false],
    [/(?:best)?\d+ years/u, 'an optional word before a required one', false],
    [/(?<!no )free/u, 'a negative lookbehind before a required word', false],
  ])('on text without its words, %s (%s) leaves the gate open: %s', (pattern, _why, open) => {
    expect(opens(pattern, 'lorem ipsum')).toBe(open);
  });

  it('keeps every grammar rule open on text it matches', () => {
    const samples = ['Так же как и раньше', 'Не смотря на погоду', 'We offers the best', 'в течении дня', 'carried our work', 'Конференц зал на 20 мест'];
    for (const rule of GRAMMAR_RULES) {
      for (const text of samples) {
        rule.pattern.lastIndex = 0;
        if ([...text.matchAll(rule.pattern)].length > 0) expect(opens(rule.pattern, text), rule.pattern.source.slice(0, 60)).toBe(true);
      }
    }
  });

  it('answers for many patterns in one walk, in their order, with overlapping and nested words', () => {
    const patterns = [/доставка/u, /\d+/u, /(?:бес)?платн/u, /ставка/u, /ставк/u, /нет такого/u];
    const rules = patterns.map((pattern, index) => ({ pattern, index }));
    const open = thoseThatMayMatch(rules, (rule) => rule.pattern, 'доставка бесплатно');
    expect(open.map((rule) => rule.index)).toEqual([0, 1, 2, 3, 4]);
    expect(thoseThatMayMatch(rules, (rule) => rule.pattern, 'ставь').map((rule) => rule.index)).toEqual([1]);
    expect(thoseThatMayMatch(rules, (rule) => rule.pattern, '')).toEqual([rules[1]]);
  });

  it('opens on a word at the very end of the text', () => {
    expect(opens(/(?:tea|coffee) free/u, 'free coffee free')).toBe(true);
    expect(opens(/(?:tea|coffee) free/u, 'coffee fre')).toBe(false);
  });

  it('matcherFor finds what matchAll finds, and nothing, without a scan, where a pattern cannot match', () => {
    const weekdays = /(?<!\p{L})(понедельник|вторник)(?!\p{L})/giu;
    const figures = /\d+/g;
    const patterns = [weekdays, figures];
    const text = 'Во вторник с 9 до 18';
    const matches = matcherFor(patterns, text);
    expect([...matches(weekdays)].map((m) => [m.index, m[0]])).toEqual([[3, 'вторник']]);
    expect([...matches(figures)].map((m) => m[0])).toEqual(['9', '18']);
    expect([...matcherFor(patterns, 'Без выходных')(weekdays)]).toEqual([]);
  });
});
