import { browser } from 'wxt/browser';
import { MaterialError } from '@/utils/material/errors';
import { downloadText } from '../download';
import { materialFromImage } from '@/utils/material/from-image';
import type { LoadEnvironment } from '@/utils/material/load';
import { browserEnvironment } from './browser-environment';
import { browserOcr } from './browser-ocr';
import type { MaterialsPort } from './MaterialsView';

const MAX_BYTES = 30 * 1024 * 1024;
const assetUrl = (path: string) => browser.runtime.getURL(path as never);

/** A URL's bytes; the origin must have been granted (the panel asks when the user clicks). */
async function fetchUrl(url: string): Promise<{ bytes: Uint8Array; contentType?: string }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch (error) {
    throw new MaterialError(`could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new MaterialError(`answered HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new MaterialError(`is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  return { bytes, contentType: response.headers.get('content-type') ?? undefined };
}

let ocr: ReturnType<typeof browserOcr> | null = null;

/** OCR starts with the first image: its worker and language data load once, then stay. */
const recognise: LoadEnvironment['recognise'] = (bytes, source, language, work) => {
  ocr ??= browserOcr(assetUrl);
  return materialFromImage(bytes, source, ocr, language, work);
};

/** The materials view's browser side, for the side panel (with a way to a wide tab) and the full page. */
export function extensionMaterialsPort(options: { wide: boolean }): MaterialsPort {
  return {
    environment: browserEnvironment(assetUrl, recognise),
    assetUrl,
    fetchUrl,
    copy: (text) => navigator.clipboard.writeText(text),
    download: downloadText,
    ...(options.wide ? {} : { openWide: () => void browser.tabs.create({ url: assetUrl('/materials.html') }) }),
  };
}
