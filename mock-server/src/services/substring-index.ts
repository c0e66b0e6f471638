/**
 * Finds, among a fixed list of texts, those holding every given word somewhere inside one of their
 * fields — what `field LIKE '%word%'` finds — without reading every text: an index of the
 * three-character pieces of each field names the candidates, which are then checked in full.
 * A word shorter than three characters narrows nothing by itself and is only checked.
 */
export class SubstringIndex {
  /** Three characters (hashed; a collision only adds candidates) → the texts holding them, ascending. */
  private readonly postings = new Map<number, number[]>();

  constructor(private readonly docs: readonly (readonly string[])[]) {
    docs.forEach((fields, i) => {
      for (const field of fields) {
        for (let k = 0; k + 3 <= field.length; k++) {
          const key = trigram(field, k);
          const list = this.postings.get(key);
          if (!list) this.postings.set(key, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
    });
  }

  /** The positions (ascending) of the texts in which every word is inside one of the fields. */
  match(words: readonly string[]): number[] {
    let fewest: readonly number[] | undefined;
    for (const w of words) {
      for (let k = 0; k + 3 <= w.length; k++) {
        const list = this.postings.get(trigram(w, k)) ?? [];
        if (!fewest || list.length < fewest.length) fewest = list;
      }
    }
    const candidates = fewest ?? this.docs.map((_, i) => i);
    return candidates.filter((i) => words.every((w) => this.docs[i].some((field) => field.includes(w))));
  }
}

/** Exact for characters below U+0400 (folded text is nearly all ASCII), hashed above. */
const trigram = (s: string, k: number) => ((s.charCodeAt(k) << 20) ^ (s.charCodeAt(k + 1) << 10) ^ s.charCodeAt(k + 2)) & 0x3fffffff;
