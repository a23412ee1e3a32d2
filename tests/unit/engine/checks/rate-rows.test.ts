import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';

const profile: Profile = { format: 'sverka.profile/1', name: 'Probe', languages: ['en'], facts: [] };

async function found(html: string) {
  const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en');
  const report = await checkMaterials([material], profile, { only: ['consistency'] });
  return report.findings.map((f) => f.quote);
}

const table = (rows: [string, string, string][]) =>
  `<table><tr><th>Days a week</th><th>Weekly</th><th>Daily</th></tr>${rows.map(([days, weekly, daily]) => `<tr><td>${days}</td><td>${weekly}</td><td>${daily}</td></tr>`).join('')}</table>`;

describe('a price table row whose total does not multiply out', () => {
  it('warns on the one total above its days at the daily rate where the other rows agree', async () => {
    expect(
      await found(
        table([
          ['Five Days', '$300.00', '$60.00'],
          ['Four Days', '$260.00', '$65.00'],
          ['Three Days', '$213.00', '$70.00'],
          ['Two Days', '$150.00', '$75.00'],
        ]),
      ),
    ).toEqual(['$213.00']);
  });

  it('reads a cell holding both figures under "Weekly/ Daily"', async () => {
    const html =
      '<table><tr><th>Days</th><th>Full Day Weekly/ Daily</th></tr><tr><td>Five Days</td><td>$300 / $60</td></tr><tr><td>Four Days</td><td>$260 / $65</td></tr><tr><td>Three Days</td><td>$213 / $70</td></tr><tr><td>Two Days</td><td>$150 / $75</td></tr></table>';
    expect(await found(html)).toEqual(['$213']);
  });

  it('stays silent on a discounted total, on two odd rows and on too few rows', async () => {
    expect(
      await found(
        table([
          ['Five Days', '$300.00', '$60.00'],
          ['Four Days', '$260.00', '$65.00'],
          ['Three Days', '$200.00', '$70.00'],
          ['Two Days', '$150.00', '$75.00'],
        ]),
      ),
    ).toEqual([]);
    expect(
      await found(
        table([
          ['Five Days', '$310.00', '$60.00'],
          ['Four Days', '$260.00', '$65.00'],
          ['Three Days', '$213.00', '$70.00'],
          ['Two Days', '$150.00', '$75.00'],
        ]),
      ),
    ).toEqual([]);
    expect(
      await found(
        table([
          ['Four Days', '$260.00', '$65.00'],
          ['Three Days', '$213.00', '$70.00'],
        ]),
      ),
    ).toEqual([]);
  });
});
