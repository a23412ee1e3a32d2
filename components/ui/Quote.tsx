import { isWhollyQuoted } from '@/engine/text/quoted';

/** Words quoted from a page: in quotation marks, unless they carry their own («Улыбка+» stays so, not ««Улыбка+»»). */
export function Quote({ text, class: className }: { text: string; class: string }) {
  return isWhollyQuoted(text) ? <span class={className}>{text}</span> : <q class={className}>{text}</q>;
}
