import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../utils/profile/types';
import { findingsOf } from './helpers';

const ru: Profile = { format: 'sverka.profile/1', name: 'Клиника', languages: ['ru'] };
const en: Profile = { format: 'sverka.profile/1', name: 'Bakery', languages: ['en'] };
const profileFor = (text: string) => (/[\u0400-\u04ff]/.test(text) ? ru : en);
const grammar = async (text: string) => (await findingsOf('grammar', profileFor(text), text)).map((f) => [f.quote, f.suggestion]);
const typography = async (text: string) => (await findingsOf('typography', profileFor(text), text)).map((f) => [f.quote, f.suggestion ?? null]);

describe('grammar check', () => {
  it.each([
    ['Перезвоним в течении часа', 'в течении', 'в течение'],
    ['В течении 15 минут пришлём код', 'В течении', 'В течение'],
    ['Действует в течении года', 'в течении', 'в течение'],
    ['Не смотря на праздники, работаем', 'Не смотря на', 'Несмотря на'],
    ['Вследствии ремонта вход со двора', 'Вследствии', 'Вследствие'],
    ['Оденьте бахилы на входе', 'Оденьте', 'Наденьте'],
    ['Не забудьте одеть маску', 'одеть', 'надеть'],
    ['Every loaf has it\'s own story', "it's own", 'its own'],
    ['Its a family bakery', 'Its a', "It's a"],
    ['Из за ремонта вход со двора', 'Из за', 'Из-за'],
    ['Достаём из под прилавка', 'из под', 'из-под'],
    ['Не взирая на погоду, работаем', 'Не взирая на', 'Невзирая на'],
    ['Горячее кофе с собой', 'Горячее кофе', 'Горячий кофе'],
    ['Попробуйте наше ароматное кофе', 'ароматное кофе', 'ароматный кофе'],
    ['Your welcome to stay', 'Your welcome', "You're welcome"],
    ['We could of done better', 'could of', 'could have'],
    ['Loose weight with our coach', 'Loose weight', 'Lose weight'],
  ])('%s', async (text, quote, fix) => {
    expect(await grammar(text)).toEqual([[quote, fix]]);
  });

  it.each([
    'В течение часа перезвоним',
    'Лодка плыла по течению, в течении реки были пороги',
    'Несмотря на праздники, работаем',
    'Не смотря по сторонам, не переходите дорогу',
    'В следствии по делу участвовал юрист',
    'Оденьте ребёнка потеплее',
    'Наденьте бахилы на входе',
    'The bakery and its own garden',
    "It's a family bakery",
    'Its crust is thin',
    'Из-за ремонта вход со двора',
    'Горячий кофе и свежее молоко',
    'Горячее к кофе не подаём',
    'Your welcome drink is on us',
    'Loose leaf tea',
    'Свежее кофейное зерно',
  ])('leaves "%s" alone', async (text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('typography check', () => {
  it.each([
    ['Приходите в в клинику', 'в в', 'в'],
    ['Fresh bread the the whole day', 'the the', 'the'],
    ['Запись - по телефону', ' - ', ' — '],
    ['Звоните , мы ответим', ' ,', ','],
    ['Клиника «Здоровье+ ждёт вас', '«', null],
    ['Работаем (без выходных', '(', null],
    ['Клиника «Здоровье+» и "Улыбка"', '"Улыбка"', '«Улыбка»'],
  ])('%s', async (text, quote, fix) => {
    expect(await typography(text)).toEqual([[quote, fix]]);
  });

  it.each(['Фитнес-клуб «Атлет» — рядом с домом.', 'Пн–пт 9:00–21:00', 'Скидка -10%', 'Call us (24/7): +44 20 7946 0321.', 'Год 2025 - 2026'])('leaves "%s" alone', async (text) => {
    expect(await typography(text)).toEqual([]);
  });
});
