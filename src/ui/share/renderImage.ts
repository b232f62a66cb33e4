/**
 * Paints an export: the chart (ECharts' SVG, or the image a non-ECharts chart
 * such as the map hands over) under its title and above its source and date,
 * at twice the screen density. Layout comes from `charts/export/image.ts`.
 */
import { composeSvg, layoutImage, type ImageLayout, type ImageTexts } from '../../charts/export/image';
import type { EChartsInstance } from '../../charts/EChart';
import { FONT_FAMILY } from '../../charts/theme';

/** What ChartFrame's `getImage` may return: a canvas (MapLibre's) or an encoded image. */
export type ChartImage = HTMLCanvasElement | Blob;

/** A chart drawn as a standalone SVG document (the map's export: names, legend and selection drawn in). */
export interface SvgDrawing {
  svg: string;
  width: number;
  height: number;
}

export async function drawingPng({ svg, width, height }: SvgDrawing, texts: ImageTexts): Promise<Blob> {
  const image = await loadImage(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  return paint(layoutFor(width, height, texts), image);
}

export function drawingStandaloneSvg({ svg, width, height }: SvgDrawing, texts: ImageTexts): Blob {
  return new Blob([composeSvg(layoutFor(width, height, texts), svg)], { type: 'image/svg+xml;charset=utf-8' });
}

function measureWith(context: CanvasRenderingContext2D) {
  return (text: string, font: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

function layoutFor(width: number, height: number, texts: ImageTexts): ImageLayout {
  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) throw new Error('Canvas 2D indisponible');
  return layoutImage({ chartWidth: width, chartHeight: height, ...texts, measure: measureWith(probe) });
}

async function loadImage(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function paint(layout: ImageLayout, chart: CanvasImageSource): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * layout.scale);
  canvas.height = Math.round(layout.height * layout.scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D indisponible');
  context.scale(layout.scale, layout.scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  for (const block of layout.blocks) {
    context.font = block.style.font;
    context.fillStyle = block.style.color;
    for (const line of block.lines) context.fillText(line.text, line.x, line.y);
  }
  context.drawImage(chart, layout.chart.x, layout.chart.y, layout.chart.width, layout.chart.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG vide'))), 'image/png');
  });
}

/**
 * The chart's SVG as drawn. Serialized from the live element because
 * `renderToSVGString()` writes our font stack's double quotes unescaped
 * inside `style="…"`, which no image decoder accepts.
 */
export function echartsSvg(instance: EChartsInstance): { svg: string; width: number; height: number } {
  const live = instance.getDom().querySelector('svg');
  const svg = live ? new XMLSerializer().serializeToString(live) : instance.renderToSVGString().replaceAll(FONT_FAMILY, FONT_FAMILY.replace(/"/g, "'"));
  return { svg, width: instance.getWidth(), height: instance.getHeight() };
}

export async function echartsPng(instance: EChartsInstance, texts: ImageTexts): Promise<Blob> {
  const { svg, width, height } = echartsSvg(instance);
  const image = await loadImage(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  return paint(layoutFor(width, height, texts), image);
}

export function echartsStandaloneSvg(instance: EChartsInstance, texts: ImageTexts): Blob {
  const { svg, width, height } = echartsSvg(instance);
  return new Blob([composeSvg(layoutFor(width, height, texts), svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/** `size` is the chart's size on screen in CSS pixels (a canvas is usually denser). */
export async function imagePng(source: ChartImage, size: { width: number; height: number }, texts: ImageTexts): Promise<Blob> {
  const drawable = source instanceof Blob ? await loadImage(source) : source;
  return paint(layoutFor(size.width, size.height, texts), drawable);
}
