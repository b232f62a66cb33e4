/**
 * MapLibre 6 draws with WebGL 2 only. Probing a throwaway canvas first means
 * a browser without it gets the fallback at once instead of an error.
 */
export function supportsWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const context = canvas.getContext('webgl2');
    if (!context) return false;
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
