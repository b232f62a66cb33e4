import { useEffect, useState } from 'react';
import { useLang, useT } from '../../i18n/i18n';
import { LOCALES } from '../../i18n/format';

/**
 * Print-only line with the page's address (which carries the filters) and
 * the date, so a printed page can be traced back to its view. Filled as text
 * from `location.href` just before printing.
 */
export function PrintMeta() {
  const t = useT();
  const lang = useLang();
  const [stamp, setStamp] = useState<{ url: string; date: string } | null>(null);

  useEffect(() => {
    const update = () =>
      setStamp({ url: window.location.href, date: new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(new Date()) });
    update();
    window.addEventListener('beforeprint', update);
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('beforeprint', update);
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, [lang]);

  return <p className="print-only print-meta">{stamp ? t('share.printedFrom', stamp) : null}</p>;
}
