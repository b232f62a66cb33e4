import { useSyncExternalStore } from 'react';

/** The dashboard's sections, in navigation order. The id is the URL hash. */
export const SECTIONS = [
  { id: 'vue-ensemble', key: 'overview' },
  { id: 'emploi', key: 'employment' },
  { id: 'ia', key: 'ai' },
  { id: 'recrutements', key: 'recruitment' },
  { id: 'competences', key: 'skills' },
  { id: 'formations', key: 'training' },
  { id: 'metiers', key: 'jobs' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
export type SectionKey = (typeof SECTIONS)[number]['key'];

export const DEFAULT_SECTION: SectionId = 'vue-ensemble';

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return SECTIONS.find((section) => section.id === id)?.id ?? DEFAULT_SECTION;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The section shown, from the URL hash, so Back/Forward and links work without a router. */
export function useSection(): SectionId {
  return useSyncExternalStore(
    subscribe,
    () => sectionFromHash(window.location.hash),
    () => DEFAULT_SECTION,
  );
}
