/** Phones, e-mails and domains as written, each with its canonical form for comparison. */

export interface FoundContact {
  start: number;
  end: number;
  text: string;
  /** Digits of a phone with the country code; a lower-cased address or host otherwise. */
  key: string;
}

/**
 * A UK or Australian number with a trunk 0 ("01428 682176", "0409 484 488") is shorter after its area
 * code. A North American one with spaces ("203 266 7721") has exchange and area codes from 2 and no
 * group of figures before it, which a Russian "1 250 000 1000" has.
 */
const PHONE = /(?<![\d\p{L}])(?:(?:\+\s?\d|8\s?[(\s-]|\(\d)[\d\s\-–‑().\u00a0]{6,}|0\d{2,4}[\s-]\d[\d\s\-().\u00a0]{4,}|[2-9]\d{2}([-.])\d{3}\1\d{3}|(?<!\d[\s\u00a0])[2-9]\d{2} [2-9]\d{2} \d{3})\d(?![\d\p{L}])/gu;

/**
 * "+7 (495) 123-45-67", "8 495 123 45 67", "+44 (0)20 7946 0321": digits with the country code.
 * A national number with a trunk 0 ("020 7946 0321") keeps its 0: its country is not written.
 */
export function phoneKey(text: string): string | null {
  let digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (digits.length < 10 || digits.length > 15) return null;
  if (digits.length === 11 && digits.startsWith('8') && !text.trim().startsWith('+')) digits = `7${digits.slice(1)}`;
  // Ten digits without "+" are a Russian number without its 8, unless they open with a trunk 0.
  else if (digits.length === 10 && !text.trim().startsWith('+') && !digits.startsWith('0')) digits = `7${digits}`;
  return digits;
}

/**
 * Two phone keys lined up digit for digit: a national number with a trunk 0 is compared with the
 * same number of digits at the end of the other ("020 7946 0321" with "+44 20 7946 0321").
 */
export function alignPhoneKeys(written: string, canonical: string): [string, string] {
  if (written.startsWith('0') === canonical.startsWith('0')) return sameLength(written, canonical);
  const [national, international] = written.startsWith('0') ? [written.slice(1), canonical] : [canonical.slice(1), written];
  const tail = international.slice(-national.length);
  return written.startsWith('0') ? [national, tail] : [tail, national];
}

/**
 * A number written without its country code was read as Russian ("(502) 536-5338" → 7502…), so
 * two keys are compared by their national digits, the last ten.
 */
function sameLength(written: string, canonical: string): [string, string] {
  const length = Math.min(written.length, canonical.length, 10);
  return [written.slice(-length), canonical.slice(-length)];
}

/**
 * A run of digits may hold several numbers side by side ("(3513) 57-13-23 89000861323"): it is cut
 * at a space once the part before is a whole number and enough digits for another follow.
 */
function splitNumbers(run: string): { at: number; text: string }[] {
  const parts: { at: number; text: string }[] = [];
  let from = 0;
  for (const space of run.matchAll(/\s+/g)) {
    const left = run.slice(from, space.index);
    const rest = run.slice(space.index + space[0].length);
    if (digitsIn(left) >= 10 && phoneKey(left) && digitsIn(rest) >= 10) {
      parts.push({ at: from, text: left });
      from = space.index + space[0].length;
    }
  }
  parts.push({ at: from, text: run.slice(from) });
  return parts;
}

const digitsIn = (text: string) => text.replace(/\D/g, '').length;

export function findPhones(text: string): FoundContact[] {
  return [...text.matchAll(PHONE)].flatMap((m) =>
    splitNumbers(m[0]).flatMap(({ at, text: piece }) => {
      const raw = piece.replace(/[\s\-(.]+$/, '');
      const key = phoneKey(raw);
      return key ? [{ start: m.index + at, end: m.index + at + raw.length, text: raw, key }] : [];
    }),
  );
}

const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[\p{L}]{2,}(?![\p{L}\d])/gu;

export function findEmails(text: string): FoundContact[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], key: m[0].toLowerCase() }));
}

const TLDS = 'ru|рф|su|com|net|org|info|biz|io|app|shop|online|site|store|pro|me|uk|co|de|eu|us|example|moscow|spb|by|kz|ua|dev|clinic|fit|cafe';
const TLD_ENDING = new RegExp(String.raw`\.(?:${TLDS})(?![\p{L}\d-])`, 'iu');
const DOMAIN = new RegExp(String.raw`(?<![\p{L}\d@._-])(?:https?:\/\/)?((?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+(?:${TLDS}))(?![\p{L}\d-])(?:\/[^\s«»"<>]*)?`, 'giu');

/** Hosts of URLs and bare domains, "www." dropped; a domain inside an e-mail is the e-mail's. */
export function findDomains(text: string): FoundContact[] {
  // Most text has no domain: a cheap look for a known ending spares it the full pattern.
  if (!TLD_ENDING.test(text)) return [];
  const emails = findEmails(text);
  return [...text.matchAll(DOMAIN)].flatMap((m) => {
    if (emails.some((e) => e.start <= m.index && m.index < e.end)) return [];
    const text = m[0].replace(/[.,;:!?)]+$/, '');
    return [{ start: m.index, end: m.index + text.length, text, key: hostKey(m[1]!) }];
  });
}

export function hostKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** The host of a canonical URL, e-mail or match pattern ("https://zdorovie-plus.ru/*"). */
export function hostOf(text: string): string | null {
  const email = /@([^\s/]+)$/.exec(text.trim());
  if (email) return hostKey(email[1]!);
  const url = /^(?:[a-z*]+:\/\/)?(?:\*\.)?([^/\s:*]+\.[^/\s:*]+)/i.exec(text.trim());
  return url ? hostKey(url[1]!) : null;
}
