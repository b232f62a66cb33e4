import { useLang, useT } from '../../i18n/i18n';
import { LOCALES } from '../../i18n/format';
import { readAddress } from '../../state/address';
import { usePrinting } from '../onScreen';

/**
 * Print-only line with the page's address (which carries the filters) and
 * the date, so a printed page can be traced back to its view. Written only
 * while printing (`beforeprint` commits synchronously), so loading the page
 * builds no date formatter for a line nobody sees on screen. Printed twice:
 * at the end of the page, and in the margin of the pages before it.
 */
export function PrintMeta() {
  const t = useT();
  const lang = useLang();
  const printing = usePrinting();
  const stamp = printing ? { url: readAddress().href, date: new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(new Date()) } : null;
  const text = stamp ? t('share.printedFrom', stamp) : null;
  // In the flow, at the end; and fixed, which Chromium repeats in the margin of every page but the last (print.css).
  return (
    <>
      <p className="print-only print-meta">{text}</p>
      <p className="print-only print-meta print-meta-margin" aria-hidden="true">
        {text}
      </p>
    </>
  );
}
