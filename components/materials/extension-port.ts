import { browser } from 'wxt/browser';
import { fetchMaterialBytes } from '@/utils/material/fetch-bytes';
import { lazyRecogniser } from '@/utils/material/from-image';
import { downloadText } from '../download';
import { browserEnvironment } from './browser-environment';
import { browserOcr } from './browser-ocr';
import type { MaterialsPort } from './MaterialsView';

const MAX_BYTES = 30 * 1024 * 1024;
const assetUrl = (path: string) => browser.runtime.getURL(path as never);

/** A URL's bytes; the origin must have been granted (the panel asks when the user clicks). */
const fetchUrl = (url: string) => fetchMaterialBytes(url, { maxBytes: MAX_BYTES, credentials: 'include' });

/** OCR starts with the first image: its worker and language data load once, then stay. */
const ocr = lazyRecogniser(() => browserOcr(assetUrl));

/** The materials view's browser side, for the side panel (with a way to a wide tab) and the full page. */
export function extensionMaterialsPort(options: { wide: boolean }): MaterialsPort {
  return {
    environment: browserEnvironment(assetUrl, ocr.recognise),
    assetUrl,
    fetchUrl,
    copy: (text) => navigator.clipboard.writeText(text),
    download: downloadText,
    ...(options.wide ? {} : { openWide: () => void browser.tabs.create({ url: assetUrl('/materials.html') }) }),
  };
}
