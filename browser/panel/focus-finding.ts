/**
 * Brings a finding's card in the panel's list into view and marks it (`focused`), when the card on
 * the page asks to see it in the panel; the mark moves from any card marked before. False when the
 * list does not show it.
 */
export function focusFinding(root: ParentNode, id: string): boolean {
  const cards = [...root.querySelectorAll<HTMLElement>('[data-finding]')];
  const card = cards.find((node) => node.dataset.finding === id);
  if (!card) return false;
  for (const other of cards) other.classList.remove('focused');
  card.classList.add('focused');
  // Focusable by script only, so a screen reader lands on it and Tab goes on from it.
  card.tabIndex = -1;
  card.scrollIntoView({ block: 'center' });
  card.focus({ preventScroll: true });
  return true;
}
