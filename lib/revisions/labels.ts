// How a record's fields and stored values are named in its history and in conflict notices.
export interface ValueLabels {
  /** Field name → how to call it ("publishedOn" → "Published on"). */
  fields?: Record<string, string>;
  /** Field name → stored value → label, for enums ("kind" → "NEWS_ARTICLE" → "News article"). */
  values?: Record<string, Record<string, string>>;
}
