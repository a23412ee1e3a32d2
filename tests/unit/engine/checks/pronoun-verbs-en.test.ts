import { describe, expect, it } from 'vitest';
import { ENGLISH_PRONOUN_VERB_RULES } from '../../../../engine/checks/pronoun-verbs-en';
import { hitsOf } from './rule-hits';

const hits = (text: string) => hitsOf(ENGLISH_PRONOUN_VERB_RULES, text);

describe('English pronouns and verbs that agree', () => {
  it.each([
    ['I is the owner.', 'I is', 'I am'],
    ['I are open on Sundays.', 'I are', 'I am'],
    ['He were our first client.', 'He were', 'He was'],
    ['Is you free on Friday?', 'Is you', 'Are you'],
    ['Does they deliver?', 'Does they', 'Do they'],
    ['When have she booked?', 'When have she', 'When has she'],
    ['Why is I on the list?', 'Why is I', 'Why am I'],
    ['I bakes the bread myself.', 'I bakes', 'I bake'],
    ['We usually closes at six.', 'We usually closes', 'We usually close'],
    ['They cannot provides parking.', 'They cannot provides', 'They cannot provide'],
    ['She teach yoga on Mondays.', 'She teach', 'She teaches'],
    ['Because he own the van, he drives.', 'he own', 'he owns'],
    ['Someone else always answer the phone.', 'Someone else always answer', 'Someone else always answers'],
    ['The young puppies sleeps a lot.', 'sleeps', 'sleep'],
    ['The rooms in the loft has a view.', 'has', 'have'],
    ['Our guests, mostly families, was happy.', 'was', 'were'],
    ['Our clients tells us we are quick.', 'tells', 'tell'],
    ['The cleaning, as always, are included.', 'are', 'is'],
    ['Each ticket include a drink.', 'include', 'includes'],
    ['The cake seem too sweet.', 'seem', 'seems'],
  ])('flags "%s"', (text, quote, fix) => {
    expect(hits(text)).toContainEqual([quote, fix]);
  });

  it.each([
    'If I were you, I would book now.',
    'As if she were a guest.',
    'World War I is the theme of the tour.',
    'The rule requires that he pay a deposit.',
    'He and she run the shop.',
    'Somebody help me!',
    'Were he to call, we would answer.',
    'Has you roof been checked?',
    'What has you worried?',
    'Is it open?',
    'Do you deliver?',
    'He put the boxes away yesterday.',
    'The guests toys are washed.',
    'The following are included.',
    'The terms of use is short.',
    'All she does is bake.',
    'Our customers needs come first.',
    'I always bake on Fridays.',
    'The rooms is small.',
    'The bike lock costs extra.',
    'The dog walk starts at nine.',
  ])('leaves "%s" alone', (text) => {
    expect(hits(text)).toEqual([]);
  });
});
