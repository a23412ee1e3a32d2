import { browser } from 'wxt/browser';
import { fetchMaterialBytes } from '@/engine/material/fetch-bytes';
import { lazyRecogniser } from '@/engine/material/from-image';
import type { Limits } from '@/engine/material/limits';
import { downloadText } from '../download';
import { browserEnvironment } from './browser-environment';
import { browserOcr } from './browser-ocr';
import type { MaterialsPort } from './session';

const assetUrl = (path: string) => browser.runtime.getURL(path as never);

/**
 * A URL's bytes; the origin must have been granted (the panel asks when the user clicks). A server
 * that never answers is given up after the per-material deadline.
 */
const fetchUrl = (url: string, limits: Limits, signal?: AbortSignal) => fetchMaterialBytes(url, { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs, credentials: 'include', signal });

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
