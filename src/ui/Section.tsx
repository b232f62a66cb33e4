import type { ReactNode } from 'react';

interface SectionProps {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}

/** A dashboard section: one heading, one sentence of context, then its views. */
export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section className="section" id={`section-${id}`} aria-labelledby={`section-${id}-title`}>
      <h2 id={`section-${id}-title`} className="section-title" tabIndex={-1}>
        {title}
      </h2>
      <p className="section-intro">{intro}</p>
      <div className="section-grid">{children}</div>
    </section>
  );
}
