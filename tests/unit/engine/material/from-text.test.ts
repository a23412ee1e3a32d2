import { describe, expect, it } from 'vitest';
import { materialFromMarkdown } from '../../../../engine/material/from-markdown';
import { materialFromText } from '../../../../engine/material/from-text';

const source = { id: 's1', kind: 'text' as const, location: 'flyer.txt' };

describe('materialFromText', () => {
  it('splits at blank lines, finished sentences and list items, and joins wrapped lines', () => {
    const text = 'Клиника «Здоровье+»\n\nРаботаем каждый день с 8 до 21,\nбез перерыва на обед.\n- УЗИ\n- Анализы\nЗвоните!\nМы ждём.';
    expect(materialFromText(text, source).blocks.map((b) => b.text)).toEqual(['Клиника «Здоровье+»', 'Работаем каждый день с 8 до 21, без перерыва на обед.', '- УЗИ', '- Анализы', 'Звоните!', 'Мы ждём.']);
  });

  it('remembers line and column of each run', () => {
    const block = materialFromText('\n  Open daily\n', source).blocks[0]!;
    expect(block.segments[0]!.origin).toEqual({ kind: 'line', line: 2, column: 3 });
  });
});

describe('materialFromMarkdown', () => {
  const md = [
    '# «Атлет» — клуб',
    '',
    'Тренируйтесь **круглосуточно**: зал открыт `24/7`,',
    'бассейн — тоже.',
    '',
    '- Пробная тренировка [бесплатно](https://example.com/trial).',
    '* Годовой абонемент — _24 900 ₽_',
    '1. snake_case stays',
    '```',
    'code **stays** raw',
    '```',
  ].join('\n');
  const material = materialFromMarkdown(md, source);

  it('drops the markup and keeps headings, paragraphs and list items apart', () => {
    expect(material.blocks.map((b) => [b.tag, b.text])).toEqual([
      ['md-heading', '«Атлет» — клуб'],
      ['md-paragraph', 'Тренируйтесь круглосуточно: зал открыт 24/7, бассейн — тоже.'],
      ['md-list-item', 'Пробная тренировка бесплатно.'],
      ['md-list-item', 'Годовой абонемент — 24 900 ₽'],
      ['md-list-item', 'snake_case stays'],
      ['md-code', 'code **stays** raw'],
    ]);
  });

  it('leaves out front matter, inline HTML and Liquid, which are source, not copy', () => {
    const page = materialFromMarkdown(
      ['---', 'title: Клуб', 'layout: page', '---', '# Цены', '', '<div class="card">Разовое посещение — <b>600 ₽</b></div>', '', '{% include footer.html %}Ждём вас {{ site.city }}!'].join('\n'),
      source,
    );
    expect(page.blocks.map((b) => b.text)).toEqual(['Цены', 'Разовое посещение — 600 ₽', 'Ждём вас !']);
  });

  it('maps text back to its line and column despite removed markup', () => {
    const block = material.blocks[1]!;
    const at = block.text.indexOf('круглосуточно');
    const segment = block.segments.find((s) => s.start <= at && at < s.end)!;
    expect(segment.origin).toEqual({ kind: 'line', line: 3, column: 16 + (at - segment.start) });
  });
});
