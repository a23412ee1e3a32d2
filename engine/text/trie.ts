/** One step of a trie, keyed by UTF-16 code unit: the values of the strings that end here. */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[];
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), values: [] });

/**
 * Strings, each with values, found where they start in a text by one walk from that place: a
 * list of words is looked for at every position of a text without a search per word.
 */
export class StringTrie<T> {
  private readonly root: TrieNode<T> = newNode();

  add(key: string, value: T): void {
    let node = this.root;
    for (let at = 0; at < key.length; at++) {
      const unit = key.charCodeAt(at);
      let next = node.next.get(unit);
      if (!next) node.next.set(unit, (next = newNode()));
      node = next;
    }
    node.values.push(value);
  }

  /**
   * Each string added that starts at `start` in `text`, shortest first, as its values and the
   * index after it, until `found` returns true; whether it did.
   */
  someFrom(text: string, start: number, found: (values: readonly T[], end: number) => boolean): boolean {
    let node = this.root.next.get(text.charCodeAt(start));
    for (let at = start + 1; node; at++) {
      if (node.values.length > 0 && found(node.values, at)) return true;
      node = at < text.length ? node.next.get(text.charCodeAt(at)) : undefined;
    }
    return false;
  }
}
