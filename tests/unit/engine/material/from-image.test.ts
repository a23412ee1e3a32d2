import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeOcr } from '../../../../cli/node-ocr';
import { MaterialError } from '../../../../engine/material/errors';
import { checkImage, imageSize, lazyRecogniser, materialFromImage, materialFromOcr, ocrLanguages, type OcrLine } from '../../../../engine/material/from-image';
import { readingWarning } from '../../../../engine/material/reading-quality';
import { splitColumns } from '../../../../engine/material/ocr-columns';
import { ocrResultOf, tesseractOcr, type TesseractWorker } from '../../../../engine/material/tesseract-ocr';

const source = { id: 's1', kind: 'image' as const, location: 'flyer.png' };
let y = 0;
const line = (text: string, confidence = 90): OcrLine => ({ text, confidence, box: { x0: 10, y0: (y += 20), x1: 300, y1: y + 16 } });

describe('materialFromOcr', () => {
  it('runs the lines of a paragraph on, ends a block at a sentence end and at a paragraph', () => {
    const material = materialFromOcr({ paragraphs: [{ lines: [line('Клиника «Здоровье+»')] }, { lines: [line('Открыты ежедневно'), line('с 8 до 21.'), line('Без очередей.')] }] }, source);
    expect(material.blocks.map((b) => b.text)).toEqual(['Клиника «Здоровье+»', 'Открыты ежедневно с 8 до 21.', 'Без очередей.']);
    expect(material.blocks.every((b) => b.tag === 'ocr-line')).toBe(true);
    expect(material.language).toBe('ru');
  });

  it('joins a word broken over two lines by a hyphen', () => {
    const material = materialFromOcr({ paragraphs: [{ lines: [line('Бесплатное обслужи-'), line('вание автомобиля.')] }] }, source);
    expect(material.blocks.map((b) => b.text)).toEqual(['Бесплатное обслуживание автомобиля.']);
  });

  it('drops speckles read as text but keeps a weak line with words in it', () => {
    const material = materialFromOcr({ paragraphs: [{ lines: [line('| , ~', 12), line('Скидка 10%', 25), line('. :', 5)] }] }, source);
    expect(material.blocks.map((b) => b.text)).toEqual(['Скидка 10%']);
  });

  it('anchors every character to the line and box it was read from', () => {
    const first = line('Ул. Малая Садовая, 3');
    const second = line('тел. 8 800 555-35-35');
    const material = materialFromOcr({ paragraphs: [{ lines: [first, second] }] }, source);
    const block = material.blocks[0]!;
    const at = block.text.indexOf('8 800');
    const segment = block.segments.find((s) => s.start <= at && at < s.end)!;
    expect(segment.origin).toMatchObject({ kind: 'ocr', line: 1, box: second.box });
    expect(segment.origin.kind === 'ocr' && second.text.slice(segment.origin.offset + at - segment.start).startsWith('8 800')).toBe(true);
  });

  it('says an image with no readable text is an empty or unreadable scan', () => {
    expect(() => materialFromOcr({ paragraphs: [] }, source)).toThrow(MaterialError);
    expect(() => materialFromOcr({ paragraphs: [{ lines: [line('~ |', 10)] }] }, source)).toThrow(/no readable text/);
  });
});

describe('materialFromOcr reading quality', () => {
  const paragraph = (...lines: OcrLine[]) => ({ paragraphs: [{ lines }] });

  it('stays quiet on a clean, confident read of most of the ink', () => {
    const material = materialFromOcr({ ...paragraph(line('Клиника «Здоровье+»', 96), line('Открыты ежедневно с 8 до 21.', 92)), reading: { inkRead: 0.95 } }, source);
    expect(material.source.reading).toEqual({ inkRead: 0.95, confidence: 0.94, poor: false });
    expect(readingWarning(material.source.reading, 'ru')).toBeUndefined();
  });

  it('warns when only the headline was read, however confident', () => {
    const material = materialFromOcr({ ...paragraph(line('Клиника «Здоровье+»', 96)), reading: { inkRead: 0.38 } }, source);
    expect(material.source.reading).toMatchObject({ inkRead: 0.38, poor: true });
    expect(readingWarning(material.source.reading, 'ru')).toBe('прочитано около 40 % текста: переснимите ровнее и ближе');
  });

  it('weighs confidence by characters: a long uncertain line outweighs a short sure one', () => {
    const material = materialFromOcr(paragraph(line('Скидка', 96), line('Лечение корисса от 2500. Профессиенальноя чистка', 44)), source);
    expect(material.source.reading).toEqual({ confidence: 0.5, poor: true });
    expect(readingWarning(material.source.reading, 'en')).toBe('the text was read with little certainty (confidence 50 %): photograph it again, straighter and closer');
  });

  it('counts speckles dropped as noise as unread', () => {
    const speckles = line('| , ~ . : ; | ,', 20);
    const material = materialFromOcr(paragraph(line('Скидка 10%', 90), speckles), source);
    expect(material.blocks.map((b) => b.text)).toEqual(['Скидка 10%']);
    // 10 characters read at 90, 15 dropped: 900 / 25.
    expect(material.source.reading?.confidence).toBe(0.36);
  });

  it('keeps the source as it was given, the reading added', () => {
    const material = materialFromOcr(paragraph(line('Скидка 10%')), { ...source, title: 'Флаер', notes: ['a note'] });
    expect(material.source).toMatchObject({ ...source, title: 'Флаер', notes: ['a note'], reading: { confidence: 0.9, poor: false } });
  });
});

describe('lazyRecogniser', () => {
  it('starts the engine with the first image, keeps it, and starts a new one after close', async () => {
    let made = 0;
    let closed = 0;
    const engine = () => {
      made++;
      return { recognise: async () => ({ paragraphs: [{ lines: [line('Скидка 10%')] }] }), close: async () => void closed++ };
    };
    const ocr = lazyRecogniser(engine);
    expect(made).toBe(0);
    await ocr.recognise(new Uint8Array(), source);
    await ocr.recognise(new Uint8Array(), source);
    expect(made).toBe(1);
    await ocr.close();
    expect(closed).toBe(1);
    await ocr.recognise(new Uint8Array(), source);
    expect(made).toBe(2);
  });
});

describe('ocrLanguages', () => {
  it('reads both languages unless told one', () => {
    expect(ocrLanguages()).toEqual(['rus', 'eng']);
    expect(ocrLanguages('en')).toEqual(['eng']);
    expect(ocrLanguages('ru')).toEqual(['rus']);
  });
});

describe('tesseractOcr', () => {
  /** An image the preparation cannot decode: read as it came, as before preparation existed. */
  const undecodable = async () => null;
  const blocks = [{ paragraphs: [{ lines: [{ text: 'Скидка 10%\n', confidence: 91, bbox: { x0: 1, y0: 2, x1: 3, y1: 4 } }] }] }];
  function fakeWorkers() {
    const made: string[][] = [];
    const parameters: Record<string, string>[] = [];
    let terminated = 0;
    const create = async (languages: string[], onProgress: (f: number) => void): Promise<TesseractWorker> => {
      made.push(languages);
      return {
        setParameters: async (p) => parameters.push(p),
        recognize: async () => {
          onProgress(0.5);
          return { data: { blocks } };
        },
        terminate: async () => void terminated++,
      };
    };
    return { create, made, parameters, terminated: () => terminated };
  }

  it('keeps one worker per language set, set up for flyers, and reports progress', async () => {
    const fake = fakeWorkers();
    const ocr = tesseractOcr(fake.create, (bytes) => bytes, undecodable);
    const progress: number[] = [];
    const result = await ocr.recognise(new Uint8Array(), ['rus', 'eng'], { onProgress: (f) => progress.push(f) });
    await ocr.recognise(new Uint8Array(), ['rus', 'eng']);
    await ocr.recognise(new Uint8Array(), ['eng']);
    expect(result).toEqual({ paragraphs: [{ lines: [{ text: 'Скидка 10%', confidence: 91, box: { x0: 1, y0: 2, x1: 3, y1: 4 } }] }] });
    expect(progress).toEqual([0.5]);
    expect(fake.made).toEqual([['rus', 'eng'], ['eng']]);
    expect(fake.parameters[0]).toMatchObject({ tessedit_pageseg_mode: '3', thresholding_method: '2', thresholding_window_size: '0.05' });
    await ocr.close();
    expect(fake.terminated()).toBe(2);
  });

  it("turns a failed recognition into the image's error and starts a new worker for the next image", async () => {
    const fake = fakeWorkers();
    let failNext = true;
    const ocr = tesseractOcr(
      async (languages, onProgress) => {
        const worker = await fake.create(languages, onProgress);
        return { ...worker, recognize: failNext ? async () => Promise.reject('Error: Error attempting to read image.') : worker.recognize };
      },
      (bytes) => bytes,
      undecodable,
    );
    await expect(ocr.recognise(new Uint8Array(), ['eng'])).rejects.toThrow(/^is not a readable image \(Error attempting to read image\.\)$/);
    expect(fake.terminated()).toBe(1);
    failNext = false;
    await expect(ocr.recognise(new Uint8Array(), ['eng'])).resolves.toMatchObject({ paragraphs: [{ lines: [{ text: 'Скидка 10%' }] }] });
    expect(fake.made).toEqual([['eng'], ['eng']]);
  });

  it('does not start when already cancelled', async () => {
    const fake = fakeWorkers();
    const controller = new AbortController();
    controller.abort();
    await expect(tesseractOcr(fake.create, (b) => b, undecodable).recognise(new Uint8Array(), ['eng'], { signal: controller.signal })).rejects.toThrow();
    expect(fake.made).toEqual([]);
  });

  it('reads a doubtful word again alone, as one line of the prepared image, with no progress of its own', async () => {
    const paper = async () => ({ width: 400, height: 200, pixels: new Uint8Array(400 * 200).fill(255) });
    const doubtful = { text: 'пацизэнтов', confidence: 47, bbox: { x0: 100, y0: 50, x1: 200, y1: 70 } };
    const page = [
      {
        paragraphs: [
          { lines: [{ text: 'новых пацизэнтов\n', confidence: 80, bbox: { x0: 20, y0: 50, x1: 200, y1: 70 }, words: [{ text: 'новых', confidence: 95, bbox: { x0: 20, y0: 50, x1: 90, y1: 70 } }, doubtful] }] },
        ],
      },
    ];
    const alone = [{ paragraphs: [{ lines: [{ text: 'пациэнтов', confidence: 89, bbox: { x0: 5, y0: 5, x1: 105, y1: 25 }, words: [{ text: 'пациэнтов', confidence: 89, bbox: { x0: 5, y0: 5, x1: 105, y1: 25 } }] }] }] }];
    const calls: Record<string, string>[] = [];
    const progress: number[] = [];
    const worker: TesseractWorker = {
      setParameters: async () => undefined,
      recognize: async (_image, options) => {
        calls.push(options);
        return { data: { blocks: calls.length === 1 ? page : alone } };
      },
      terminate: async () => undefined,
    };
    const ocr = tesseractOcr(
      async (_, onProgress) => ({ ...worker, recognize: async (...args) => (onProgress(1), worker.recognize(...args)) }),
      (b) => b,
      paper,
    );
    const result = await ocr.recognise(new Uint8Array(), ['rus'], { onProgress: (f) => progress.push(f) });
    expect(result.paragraphs[0]!.lines[0]!.text).toBe('новых пациэнтов');
    expect(calls[1]).toMatchObject({ tessedit_pageseg_mode: '7' });
    expect(progress).toEqual([1]);
  });

  it('reads no blocks as no paragraphs', () => {
    expect(ocrResultOf(null)).toEqual({ paragraphs: [] });
  });
});

describe('imageSize and checkImage', () => {
  const png = readFileSync('tests/fixtures/cli/flyer.png');
  const jpeg = readFileSync('tests/fixtures/ocr/columns.jpg');
  /** A WebP header of each kind, 30 bytes, sized 300×200. */
  function webp(chunk: 'VP8 ' | 'VP8L' | 'VP8X'): Uint8Array {
    const bytes = Buffer.alloc(30);
    bytes.write('RIFF', 0);
    bytes.write('WEBP', 8);
    bytes.write(chunk, 12);
    if (chunk === 'VP8 ') bytes.writeUInt16LE(300, 26), bytes.writeUInt16LE(200, 28);
    if (chunk === 'VP8L') bytes.writeUInt32LE((300 - 1) | ((200 - 1) << 14), 21);
    if (chunk === 'VP8X') bytes.writeUIntLE(300 - 1, 24, 3), bytes.writeUIntLE(200 - 1, 27, 3);
    return bytes;
  }

  it('reads the size of a PNG, a JPEG and each kind of WebP from its header', () => {
    expect(imageSize(png)).toEqual({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
    expect(imageSize(jpeg)).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    expect(imageSize(jpeg)!.width).toBeGreaterThan(100);
    for (const chunk of ['VP8 ', 'VP8L', 'VP8X'] as const) expect(imageSize(webp(chunk))).toEqual({ width: 300, height: 200 });
  });

  it('refuses empty and garbage bytes before OCR sees them', () => {
    for (const bytes of [new Uint8Array(), new TextEncoder().encode('not an image at all, just text'), png.subarray(0, 10)]) {
      expect(() => checkImage(bytes, 1e9)).toThrow(/^is not a readable image \(expected a PNG, JPEG or WebP picture\)$/);
    }
  });

  it('refuses a picture over the pixel limit, however small its file', () => {
    const huge = Buffer.from(png.subarray(0, 24));
    huge.writeUInt32BE(60_000, 16);
    huge.writeUInt32BE(60_000, 20);
    expect(() => checkImage(huge, 50_000_000)).toThrow(/^is an image larger than 50 megapixels \(60000×60000\)$/);
    expect(() => checkImage(png, 50_000_000)).not.toThrow();
  });
});

describe('splitColumns', () => {
  const word = (text: string, x0: number, y0: number, width = text.length * 10) => ({ text, confidence: 90, box: { x0, y0, x1: x0 + width, y1: y0 + 20 } });
  const lineOf = (...words: ReturnType<typeof word>[]) => ({
    line: { text: words.map((w) => w.text).join(' '), confidence: 90, box: { x0: words[0]!.box.x0, y0: words[0]!.box.y0, x1: words[words.length - 1]!.box.x1, y1: words[0]!.box.y1 } },
    words,
  });

  it('parts a paragraph whose lines come from two columns in turn, and keeps a paragraph of one column whole', () => {
    const alternating = splitColumns([lineOf(word('Приём', 30, 0), word('педиатра', 90, 0)), lineOf(word('Вс:', 600, 2), word('выходной', 640, 2)), lineOf(word('УЗИ', 30, 30))]);
    expect(alternating.map((column) => column.map((l) => l.text))).toEqual([['Приём педиатра', 'УЗИ'], ['Вс: выходной']]);
    const oneColumn = splitColumns([lineOf(word('Семейная', 30, 0), word('клиника', 120, 0)), lineOf(word('словами.', 30, 24))]);
    expect(oneColumn).toHaveLength(1);
  });

  it('reads two columns that Tesseract ran together line by line as two paragraphs', () => {
    const columns = splitColumns([
      lineOf(word('Работаем', 30, 0), word('круглосуточно,', 125, 0), word('без', 270, 0), word('Адрес:', 425, 0), word('ул.', 490, 0), word('Профсоюзная,', 525, 0)),
      lineOf(word('выходных.', 30, 24), word('Телефон:', 425, 24), word('8-800-555-35-35', 515, 24)),
      lineOf(word('2', 30, 48), word('года.', 45, 48)),
    ]);
    expect(columns.map((lines) => lines.map((l) => l.text))).toEqual([
      ['Работаем круглосуточно, без', 'выходных.', '2 года.'],
      ['Адрес: ул. Профсоюзная,', 'Телефон: 8-800-555-35-35'],
    ]);
    expect(columns[1]![0]!.box).toEqual({ x0: 425, y0: 0, x1: 645, y1: 20 });
  });

  it('leaves a paragraph with ordinary word spacing whole', () => {
    const lines = [lineOf(word('Открыты', 10, 0), word('ежедневно', 95, 0)), lineOf(word('с', 10, 24), word('7:30', 30, 24))];
    expect(splitColumns(lines)).toEqual([lines.map((l) => l.line)]);
  });
});

describe('OCR of a real flyer image', () => {
  const ocr = createNodeOcr();
  afterAll(() => ocr.close());

  it('reads the known lines of the demo flyer, rendered from HTML by scripts/make-demo-flyer.ts', { timeout: 60_000 }, async () => {
    const material = await materialFromImage(new Uint8Array(readFileSync('tests/fixtures/cli/flyer.png')), source, ocr);
    const texts = material.blocks.map((b) => b.text);
    expect(texts).toEqual(
      expect.arrayContaining(['«Здоровье+» рядом с домом', 'Открыты ежедневно с 7:30 до 23:00.', 'Без очередей: ожидание в холле не больше 5 минут.', 'Москва, Большая Никитская улица, 42. Телефон: +7 (495) 123-45-67.']),
    );
    expect(material.language).toBe('ru');
  });

  it('reads a compressed JPEG flyer with light text on a dark box and two columns, column by column', { timeout: 60_000 }, async () => {
    const material = await materialFromImage(new Uint8Array(readFileSync('tests/fixtures/ocr/columns.jpg')), { ...source, location: 'columns.jpg' }, ocr);
    expect(material.blocks.map((b) => b.text)).toEqual(
      expect.arrayContaining([
        'Автосервис «Колесо»',
        'Шиномонтаж за 15 минут — без записи!',
        'Работаем круглосуточно, без выходных. Гарантия на ремонт — 2 года.',
        'Адрес: ул. Профсоюзная, 56.',
        'Телефон: 8 (800) 555-35-35',
      ]),
    );
  });

  it('reads a phone photo of the demo flyer, turned 6° on a desk, as it reads the flyer itself, and says it read all of it', { timeout: 60_000 }, async () => {
    const material = await materialFromImage(new Uint8Array(readFileSync('tests/fixtures/ocr/photo.jpg')), { ...source, location: 'photo.jpg' }, ocr);
    expect(material.blocks.map((b) => b.text)).toEqual(
      expect.arrayContaining(['Открыты ежедневно с 7:30 до 23:00.', 'Без очередей: ожидание в холле не больше 5 минут.', 'Москва, Большая Никитская улица, 42. Телефон: +7 (495) 123-45-67.']),
    );
    expect(material.source.reading).toMatchObject({ poor: false });
    expect(material.source.reading!.inkRead).toBeGreaterThan(0.9);
  });
});
