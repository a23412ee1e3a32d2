import { readFile } from 'node:fs/promises';
import { ReportRefusal } from '../engine/report/parse';

/** A report file's text (a baseline, a shard); a file missing or unreadable is a ReportRefusal that names it. */
export async function reportText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportRefusal(`${file}: ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}`);
  }
}
