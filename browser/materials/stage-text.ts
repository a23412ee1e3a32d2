import type { ReadingStage } from '../../engine/material/progress';
import type { Translate } from '../i18n';

/** The stage of a batch as its progress bar names it: "Читаю PDF price.pdf: страница 2 из 5". */
export function stageText(t: Translate, stage: ReadingStage, name: string): string {
  switch (stage.stage) {
    case 'reading':
      return t('stageReading', name);
    case 'pdf-page':
      return t('stagePdfPage', [name, String(stage.page), String(stage.pages)]);
    case 'ocr':
      return t('stageOcr', [name, String(stage.percent)]);
    case 'checking':
      return t('stageChecking');
  }
}
