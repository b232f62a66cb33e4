/** The dashboard's sections, in navigation order. The id is the section's folder (`ia/`). */
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
