/**
 * A short fingerprint of what a chart draws: its ECharts option (functions
 * left out: formatters turn the same data into the same text) and its size.
 * The build names each drawing after it, and the browser recomputes it from
 * the data it loaded: equal means the drawing in the page is the one it
 * would draw itself; different means the data file or the filters changed
 * since the build, and the drawing must not stay as if it were current.
 */
export function drawingFingerprint(option: unknown, height: number): string {
  return fnv1a(`${height}:${stableJson(option)}`);
}

/** JSON with object keys in insertion order (builders are deterministic), functions and undefined dropped. */
function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, entry: unknown) => {
      if (typeof entry === 'function') return undefined;
      if (typeof entry === 'number' && !Number.isFinite(entry)) return String(entry);
      return entry;
    }) ?? 'null'
  );
}

/** FNV-1a, 32 bits, twice (two offsets) for 64 bits of spread: enough to tell drawings apart, and tiny. */
function fnv1a(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (a >>> 13);
  }
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}
