/**
 * What the "Intégrer" dialog hands to a report author: the embed URL for the
 * current filters, and the iframe snippet (with or without the auto-height
 * helper). Pure string building so it is testable and never touches the DOM.
 */
import { editQuery } from '../../state/address';
import { VIEW_PARAM_DEFINITIONS } from '../../state/viewParams';

/** The message an embedded chart posts to its host; `public/embed.js` checks the same shape. */
export const EMBED_MESSAGE_TYPE = 'observatoire-data-ia:height';

/** Marks the iframes `embed.js` manages; any other iframe on the host page is left alone. */
export const EMBED_ATTRIBUTE = 'data-observatoire-embed';

export interface EmbedHeightMessage {
  type: typeof EMBED_MESSAGE_TYPE;
  chartId: string;
  height: number;
}

export interface EmbedUrlInput {
  /** The app root as an absolute URL (`https://host/sub/path/`): every page of the app lives below it. */
  appRoot: string;
  chartId: string;
  /** The filters as serialized for the address bar ("?dep=14&lang=en" or ""). */
  filterQuery: string;
  /** Set for a "version figée": the embed then says when the data it shows has been updated since. */
  release?: string | null;
}

/** `embed/<chart-id>/` with the filters: a page of its own, drawn at build time. */
export function embedUrl({ appRoot, chartId, filterQuery, release }: EmbedUrlInput): string {
  const url = new URL(`embed/${encodeURIComponent(chartId)}/`, appRoot);
  url.search = editQuery(filterQuery, release ? { [VIEW_PARAM_DEFINITIONS.release.param]: release } : {});
  return url.href;
}

export function helperScriptUrl(appRoot: string): string {
  return new URL('embed.js', appRoot).href;
}

/**
 * Height for hosts that run no script: the chart plus room for its title,
 * subtitle, notes, source line and link. Generous on purpose: a little blank
 * space is better than a cut-off source line.
 */
export function fallbackHeight(chartHeight: number): number {
  return Math.ceil((chartHeight + 240) / 10) * 10;
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetInput {
  src: string;
  /** Names the frame for screen-reader users of the host page. */
  title: string;
  height: number;
  autoHeight: boolean;
  scriptUrl: string;
}

export function iframeSnippet({ src, title, height, autoHeight, scriptUrl }: SnippetInput): string {
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}"` +
    ` style="width:100%;border:0" loading="lazy"${autoHeight ? ` ${EMBED_ATTRIBUTE}` : ''}></iframe>`;
  return autoHeight ? `${iframe}\n<script src="${escapeAttribute(scriptUrl)}" async></script>` : iframe;
}
