import { describe, expect, it } from 'vitest';
import { createCheckClient } from '../../../browser/check-client';
import type { CheckRequest } from '../../../engine/check-runner';
import { materialFromText } from '../../../engine/material/from-text';
import type { Profile } from '../../../engine/profile/types';
import type { Report } from '../../../engine/report/types';

const profile: Profile = { format: 'sverka.profile/1', name: 'Клиника' };
const material = materialFromText('Текст страницы.', { id: 's1', kind: 'page', location: 'https://a.example/' }, 'ru');
const reportNamed = (name: string): Report => ({ format: 'sverka.report/1', profile: name, createdAt: '', sources: [], promises: [], findings: [], summary: { error: 0, warning: 0, info: 0 } }) as unknown as Report;

describe('createCheckClient', () => {
  it('numbers each request, hands a preview to its caller and resolves each check with its report', async () => {
    const sent: CheckRequest[] = [];
    const client = createCheckClient((request) => sent.push(request));
    client.warm(['ru']);
    const previews: string[] = [];
    client.preview(material, profile, { userWords: ['слово'] }, (preview) => previews.push(preview.profile));
    const first = client.check([material], profile, { userWords: ['слово'] });
    const second = client.check([material], profile, {});
    expect(sent).toEqual([
      { type: 'warm', languages: ['ru'] },
      { type: 'preview', id: 1, material, profile, userWords: ['слово'] },
      { type: 'check', id: 2, materials: [material], profile, userWords: ['слово'] },
      { type: 'check', id: 3, materials: [material], profile, userWords: [] },
    ]);
    client.receive({ type: 'preview', id: 1, report: reportNamed('top') });
    client.receive({ type: 'report', id: 3, report: reportNamed('second') });
    client.receive({ type: 'report', id: 2, report: reportNamed('first') });
    // A reply to a request already answered, or to none, changes nothing.
    client.receive({ type: 'preview', id: 1, report: reportNamed('late') });
    client.receive({ type: 'report', id: 9, report: reportNamed('nobody') });
    expect((await first).profile).toBe('first');
    expect((await second).profile).toBe('second');
    expect(previews).toEqual(['top']);
  });

  it('forgets a preview the worker had nothing to show for once a check asked after it ends', async () => {
    const client = createCheckClient(() => undefined);
    const previews: string[] = [];
    client.preview(material, profile, {}, (preview) => previews.push(preview.profile));
    const check = client.check([material], profile, {});
    client.receive({ type: 'report', id: 2, report: reportNamed('page') });
    client.receive({ type: 'preview', id: 1, report: reportNamed('stray') });
    expect((await check).profile).toBe('page');
    expect(previews).toEqual([]);
  });

  it('rejects a check the worker could not run with the worker’s reason', async () => {
    const client = createCheckClient(() => undefined);
    const check = client.check([material], profile, {});
    client.receive({ type: 'failed', id: 1, message: 'ru.dic: HTTP 404' });
    await expect(check).rejects.toThrow('ru.dic: HTTP 404');
  });
});
