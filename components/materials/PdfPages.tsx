import { useEffect, useRef, useState } from 'preact/hooks';
import { errorDetail } from '@/engine/material/errors';
import type { Material } from '@/engine/material/types';
import { pdfBoxes, type PdfBox, type PdfItemGeometry } from '@/engine/material/pdf-boxes';
import { showControls } from '@/engine/report/escape';
import type { Finding } from '@/engine/report/types';
import type { Translate } from '../../browser/i18n';
import { openPdfDocument } from '../../browser/materials/browser-environment';

interface RenderedPage {
  number: number;
  image: string;
  width: number;
  height: number;
  boxes: { finding: Finding; left: number; top: number; width: number; height: number }[];
}

const WIDTH = 640;

/** Text widths in a common sans-serif: close enough to share an item's width out by glyph. */
const measureContext = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
if (measureContext) measureContext.font = '10px sans-serif';
const measureText = (text: string) => measureContext?.measureText(text).width ?? text.length;

/** A box in page units as percentages of the page, so it stays on its words at any width. */
function toPercent(box: PdfBox, page: { width: number; height: number }) {
  return {
    left: (box.left / page.width) * 100,
    top: ((page.height - box.top) / page.height) * 100,
    width: ((box.right - box.left) / page.width) * 100,
    height: ((box.top - box.bottom) / page.height) * 100,
  };
}

/** Pages drawn at most: a long catalogue still lists all its findings in the text below. */
const MAX_PAGES = 40;

/** A PDF's pages as pictures with the findings boxed where they stand, and a page list to jump between them. */
export function PdfPages({ bytes, material, findings, assetUrl, t }: { bytes: Uint8Array; material: Material; findings: Finding[]; assetUrl: (path: string) => string; t: Translate }) {
  const [pages, setPages] = useState<RenderedPage[]>([]);
  // The library's words for pages that could not be drawn; null while none failed.
  const [problem, setProblem] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const id = useRef(`pdf-${material.source.id}`);

  useEffect(() => {
    let stopped = false;
    (async () => {
      const pdf = await openPdfDocument(bytes, assetUrl);
      setTotal(pdf.numPages);
      const rendered: RenderedPage[] = [];
      for (let number = 1; number <= Math.min(pdf.numPages, MAX_PAGES) && !stopped; number++) {
        const page = await pdf.getPage(number);
        const unscaled = page.getViewport({ scale: 1 });
        const scale = WIDTH / unscaled.width;
        const viewport = page.getViewport({ scale: scale * (globalThis.devicePixelRatio || 1) });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        await page.render({ canvas, viewport }).promise;
        const items = (await page.getTextContent()).items as PdfItemGeometry[];
        const boxes = findings.flatMap((finding) => {
          const block = finding.location && material.blocks[finding.location.block];
          if (!block || block.page !== number) return [];
          return pdfBoxes(block, finding.location!.start, finding.location!.end, (p) => (p === number ? items : undefined), measureText).map((box) => ({ finding, ...toPercent(box, unscaled) }));
        });
        rendered.push({ number, image: canvas.toDataURL('image/png'), width: WIDTH, height: unscaled.height * scale, boxes });
      }
      if (!stopped) setPages(rendered);
    })().catch((error) => setProblem(errorDetail(error) ?? ''));
    return () => {
      stopped = true;
    };
  }, [bytes, findings]);

  if (problem !== null)
    return (
      <div class="problems" data-testid="pdf-pages-problem">
        <span class="problem-text">{t('pdfPagesNotShown')}</span>
        {problem && (
          <details class="problem-details">
            <summary>{t('problemDetails')}</summary>
            {problem}
          </details>
        )}
      </div>
    );
  return (
    <div class="pdf-pages">
      {pages.length > 1 && (
        <nav class="page-list" aria-label={t('pdfPages')}>
          {pages.map((p) => (
            <a key={p.number} href={`#${id.current}-${p.number}`}>
              {p.number}
            </a>
          ))}
        </nav>
      )}
      {total > pages.length && pages.length === MAX_PAGES && <p class="note">{t('pdfPagesShown', [String(MAX_PAGES), String(total)])}</p>}
      {pages.map((p) => (
        <figure key={p.number} id={`${id.current}-${p.number}`} class="pdf-page" style={{ maxWidth: `${p.width}px`, aspectRatio: `${p.width} / ${p.height}` }}>
          <img src={p.image} alt={`${material.source.title ?? ''} — ${p.number}`} width={p.width} height={p.height} />
          {p.boxes.map((box, i) => (
            <span key={i} class={`pdf-box ${box.finding.severity}`} title={showControls(box.finding.message)} style={{ left: `${box.left}%`, top: `${box.top}%`, width: `${box.width}%`, height: `${box.height}%` }} />
          ))}
        </figure>
      ))}
    </div>
  );
}
