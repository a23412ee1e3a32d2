import { describe, expect, it } from 'vitest';
import { exportName, fileNamePart, reportFileName, reportSubject } from '../../../../engine/report/export-name';

const day = new Date(2026, 11, 2, 23, 30);

describe('exportName', () => {
  it('names the file after the site or material and the day', () => {
    expect(exportName('zdorovie-plus.ru', day, 'html')).toBe('sverka-zdorovie-plus-ru-2026-12-02.html');
    expect(exportName('Прайс «Лето» 2026', day, 'md')).toBe('sverka-prays-leto-2026-2026-12-02.md');
  });

  it('transliterates Russian and Ukrainian letters and drops accents', () => {
    expect(fileNamePart('Щётка Юля и Ёжик')).toBe('shchetka-yulya-i-ezhik');
    expect(fileNamePart('Київ, їжа, Ґанок')).toBe('kiyiv-yizha-ganok');
    expect(fileNamePart('Йога')).toBe('yoga');
    expect(fileNamePart('Café Crème')).toBe('cafe-creme');
  });

  it('keeps no character a file system or a shell could take for something else', () => {
    const name = exportName('../../etc/passwd; rm -rf *|"<>:\\?\u202e', day, 'json');
    expect(name).toBe('sverka-etc-passwd-rm-rf-2026-12-02.json');
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });

  it('says "report" when nothing of the subject is left, and cuts a long one', () => {
    expect(exportName('«»!!!', day, 'html')).toBe('sverka-report-2026-12-02.html');
    expect(exportName('', day, 'html')).toBe('sverka-report-2026-12-02.html');
    const long = fileNamePart('слово '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).not.toMatch(/^-|-$/);
  });
});

describe('reportSubject and reportFileName', () => {
  const source = (location: string) => ({ id: 's1', kind: 'page' as const, location });

  it('takes the host of a page, without www', () => {
    expect(reportSubject({ sources: [source('https://www.zdorovie-plus.ru/prices?x=1')] })).toBe('zdorovie-plus.ru');
  });

  it("takes a material's name without its extension or folder", () => {
    expect(reportSubject({ sources: [source('Прайс лето.pdf'), source('flyer.png')] })).toBe('Прайс лето');
    expect(reportSubject({ sources: [source('/home/a/flyer.docx')] })).toBe('flyer');
    expect(reportSubject({ sources: [] })).toBe('');
  });

  it("dates the file by the report's own moment", () => {
    const createdAt = day.toISOString();
    expect(reportFileName({ sources: [source('https://clinic.example/')], createdAt }, 'html')).toBe('sverka-clinic-example-2026-12-02.html');
    expect(reportFileName({ sources: [source('Прайс.pdf')], createdAt }, 'json')).toBe('sverka-prays-2026-12-02.json');
  });
});
