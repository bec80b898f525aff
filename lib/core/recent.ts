/**
 * What a generation works out for a document and needs again a moment later (its front matter, the tree its
 * HTML was written from), kept for the newest documents only: more than Contentlayer has in flight at once
 * (one per core), so a document's second reader finds it; older entries are let go.
 */
export class RecentDocuments<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit = 64) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The entry, removed: for a value read once. */
  take(key: K): V | undefined {
    const value = this.entries.get(key);
    this.entries.delete(key);
    return value;
  }
}
