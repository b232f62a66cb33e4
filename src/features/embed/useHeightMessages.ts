import { useEffect, type RefObject } from 'react';
import { EMBED_MESSAGE_TYPE, type EmbedHeightMessage } from '../../charts/export/snippet';

/**
 * Tells the host page how tall the embed is, whenever that changes (data
 * loaded, table opened, window resized), so `embed.js` can size the iframe.
 * The height is not sensitive and the host's origin is unknown to us, hence
 * the `*` target; the host helper is the one that checks who is talking.
 */
export function useHeightMessages(root: RefObject<HTMLElement | null>, chartId: string): void {
  useEffect(() => {
    const element = root.current;
    if (!element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      const message: EmbedHeightMessage = { type: EMBED_MESSAGE_TYPE, chartId, height };
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [root, chartId]);
}
