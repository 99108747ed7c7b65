/** Shared test helpers. */
import type { SourceDoc } from '../lib/core/types.ts';

/** A plain-text SourceDoc as the splitter makes it (title in the text), for cleaning tests. */
export const textDoc = (text: string, extra: Partial<SourceDoc> = {}): SourceDoc => ({
  sourceKey: 'x.txt',
  sourcePart: null,
  format: 'text',
  sha256: '0'.repeat(64),
  text,
  titleInText: true,
  meta: {},
  removed: [],
  captions: [],
  credits: [],
  ...extra,
});
