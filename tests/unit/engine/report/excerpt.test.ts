import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../../../engine/report/excerpt';

/** The excerpt of `quote` inside `text`, as "before[quote]after" with "…" where it was cut. */
function shown(text: string, quote: string, reach = 30): string {
  const start = text.indexOf(quote);
  const { before, after, cutBefore, cutAfter } = excerptAround(text, start, start + quote.length, reach);
  return `${cutBefore ? '…|' : ''}${before}[${quote}]${after}${cutAfter ? '|…' : ''}`;
}

describe('excerptAround', () => {
  it('cuts Russian context between words, never inside one', () => {
    const text = 'Медицинский центр «Здоровье+» принимает ежедневно круглосуточно без выходных и праздников, запись по телефону';
    expect(shown(text, 'круглосуточно', 20)).toBe('…|принимает ежедневно [круглосуточно] без выходных и|…');
  });

  it('leaves out a long word that reaches past the cut whole, not a piece of it', () => {
    const text = 'Превысокомногорассмотрительствующий администратор ответит: работаем с 8 до 21, достопримечательностями';
    expect(shown(text, 'с 8 до 21', 12)).toBe('…|работаем [с 8 до 21],|…');
  });

  it('keeps numbers with their spaces and units whole', () => {
    const text = 'Стоимость 1 900 ₽ за приём, повторный приём 1 500 ₽, анализы от 12 345,50 ₽ в день обращения';
    expect(shown(text, 'повторный приём', 9)).toBe('…|приём, [повторный приём] 1 500 ₽,|…');
  });

  it('drops a URL that does not fit rather than cut it', () => {
    const text = 'Запишитесь на https://clinic.example/booking/therapist?utm_source=flyer&utm_medium=print или по телефону +7 495 123-45-67 сегодня';
    expect(shown(text, 'или по телефону', 20)).toBe('…|[или по телефону] +7 495 123-45-67|…');
  });

  it('cuts English text at spaces and keeps the whole text when it is short', () => {
    expect(shown('Open daily from 9am to 9pm, including holidays and weekends.', 'from 9am to 9pm', 12)).toBe('Open daily [from 9am to 9pm], including|…');
    expect(shown('Open 24/7.', '24/7')).toBe('Open [24/7].');
  });

  it('never starts or ends inside a token, whatever the reach', () => {
    const text = 'Тариф «Бизнес-класс» 12000руб/мес включает 500ГБ, поддержку 24/7 и сайт example.com/tariffs/business-class-2026';
    const start = text.indexOf('поддержку');
    for (let reach = 1; reach < 80; reach++) {
      const { before, after, cutBefore, cutAfter } = excerptAround(text, start, start + 'поддержку'.length, reach);
      if (cutBefore && before) expect(text.slice(0, start - before.length)).toMatch(/\s$/);
      if (cutAfter && after) expect(text.slice(start + 'поддержку'.length + after.length)).toMatch(/^\s/);
    }
  });
});
