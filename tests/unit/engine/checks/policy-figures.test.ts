import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';

const profile = (language: 'ru' | 'en'): Profile => ({ format: 'sverka.profile/1', name: 'Probe', languages: [language], facts: [] });

async function found(html: string, language: 'ru' | 'en' = 'en') {
  const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, language);
  const report = await checkMaterials([material], profile(language), { only: ['consistency'] });
  return report.findings.map((f) => f.quote);
}

describe('one rule stated twice with two figures', () => {
  it('warns at the first statement when the threshold stands in the same words and the rules share the rest', async () => {
    const page =
      '<h2>Cancellation policy</h2><p>If your tutor is more than 10 minutes late and you do not want to rebook, you are entitled to a refund of the lesson.</p>' +
      '<p>Please have your books ready.</p><p>If the tutor does not come or is more than 20 minutes late and you do not want to rebook, you are entitled to a full refund of the lesson.</p>';
    expect(await found(page)).toEqual(['If your tutor is more than 10 minutes late and you do not want to rebook, you are entitled to a refund of the lesson.']);
  });

  it('reads Russian rules the same way', async () => {
    const page =
      '<h2>Правила</h2><p>Если мастер опоздал более чем на 15 минут и вы не хотите переносить визит, мы вернём вам предоплату за услугу.</p>' +
      '<p>Возьмите с собой паспорт.</p><p>Если мастер не пришёл или опоздал более чем на 30 минут и вы не хотите переносить визит, мы вернём вам всю предоплату за услугу.</p>';
    expect(await found(page, 'ru')).toEqual(['Если мастер опоздал более чем на 15 минут и вы не хотите переносить визит, мы вернём вам предоплату за услугу.']);
  });

  it('stays silent on tiers of one rule and on rules about other things', async () => {
    const tiers =
      '<h2>Policy</h2><p>If you are more than 15 minutes late for your lesson, the lesson will be shortened to the time that remains.</p>' +
      '<p>If you are more than 30 minutes late for your lesson, the lesson is cancelled and charged in full.</p>';
    expect(await found(tiers)).toEqual([]);
    const other =
      '<h2>Policy</h2><p>Cancellations must be made at least 24 hours before the lesson or the lesson is charged in full.</p>' +
      '<p>Refunds are paid within 14 days of the request by bank transfer to the card you paid with.</p>';
    expect(await found(other)).toEqual([]);
  });
});
