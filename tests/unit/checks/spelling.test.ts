import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../utils/profile/types';
import { createHunspellChecker } from '../../../utils/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell } from '../../../utils/spelling/node-dictionaries';
import { findingsOf } from './helpers';

const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell);
const profile: Profile = {
  format: 'sverka.profile/1',
  name: 'Фитнес-клуб «Атлет»',
  languages: ['ru'],
  names: [{ id: 'brand', kind: 'organization', canonical: 'Атлет' }, { id: 'street', kind: 'street', canonical: 'Marchmont Street' }],
  glossary: { words: ['кроссфит', 'пилатес', 'табата'] },
};
const typos = async (text: string, userWords?: string[]) => {
  const findings = await findingsOf('spelling', profile, text, checker);
  return findings.filter((f) => !userWords?.includes(f.quote)).map((f) => [f.quote, f.suggestion]);
};

describe('spelling check', () => {
  it.each([
    ['Никаких очередей к тренажорам', 'тренажорам', 'тренажерам'],
    ['Запишитесь на консультацыю', 'консультацыю', 'консультацию'],
    ['Мы definately open on Sundays', 'definately', 'definitely'],
    ['Свежая выпечька каждый день', 'выпечька', 'выпечка'],
    ['Our recieve desk is open', 'recieve', 'receive'],
    ['Ждём вас в фитнесс-зале', 'фитнесс-зале', 'фитнес-зале'],
    ['Оформим бизнесс-ланч за минуту', 'бизнесс-ланч', 'бизнес-ланч'],
  ])('%s', async (text, quote, suggestion) => {
    expect(await typos(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    'Групповые занятия: кроссфит, пилатес, табата и стретчинг.',
    'Клуб «Атлет» ждёт вас: фитнес, смузи-бар и коворкинг.',
    'Кешбэк 5% онлайн и офлайн.',
    'Запись по телефону +7 (495) 640-55-66 или на atlet-club.ru, почта hi@atlet-club.ru.',
    'УЗИ, МРТ и КТ в одном центре.',
    'Код акции: SPRING25.',
    'Visit us at 14 Marchmont Street in London.',
    'Инструктор Жанна Кравчук ведёт занятия.',
    'Тренажёрный зал и тренажерный зал — оба верно.',
    'Mixed line: тренировка and training.',
    'Grab our flyers: pilates, matcha and coworking on one floor.',
    'Подключим IP-телефонию и PDF-отчёты.',
    'Новый сезон! #фитнес #зож #атлетклаб @atlet_club',
    'Pre-order online, co-working upstairs, non-stop service.',
    'Вице-президент клуба и экс-чемпион ведут мега-тренировку.',
  ])('accepts "%s"', async (text) => {
    expect(await typos(text)).toEqual([]);
  });

  it('accepts the user’s own words', async () => {
    const findings = await findingsOf('spelling', profile, 'Занятие по зумбастику', checker);
    expect(findings).toHaveLength(1);
    const report = await import('../../../utils/engine').then(({ checkMaterials }) =>
      import('../../../utils/material/from-text').then(({ materialFromText }) =>
        checkMaterials([materialFromText('Занятие по зумбастику', { id: 's1', kind: 'text', location: 't' }, 'ru')], profile, { only: ['spelling'], spellChecker: checker, userWords: ['зумбастику'] }),
      ),
    );
    expect(report.findings).toEqual([]);
  });
});
