import { Fragment } from 'preact';
import type { Material } from '@/engine/material/types';
import { markedPieces } from '@/engine/report/marked-pieces';
import { showControls } from '@/engine/report/escape';
import type { Finding } from '@/engine/report/types';

/** A material's text with its findings marked; the material's text is only ever text here. */
export function MaterialText({ material, findings }: { material: Material; findings: Finding[] }) {
  let page: number | undefined;
  return (
    <div class="material-text">
      {material.blocks.map((block) => {
        const pageLabel = block.page !== undefined && block.page !== page ? block.page : undefined;
        page = block.page ?? page;
        return (
          <Fragment key={block.index}>
            {pageLabel !== undefined && <p class="page-number">— {pageLabel} —</p>}
            <p>
              {markedPieces(block, findings).map(({ text, finding }, i) =>
                finding ? (
                  <mark key={i} id={`mark-${finding.id}`} class={finding.severity} title={showControls(finding.message)}>
                    {text}
                  </mark>
                ) : (
                  text
                ),
              )}
            </p>
          </Fragment>
        );
      })}
    </div>
  );
}
