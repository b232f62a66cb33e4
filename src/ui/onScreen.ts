/** Moved to `src/charts/onScreen.ts` (the chart layer draws with it; ui may import charts, not the reverse). */
export * from '../charts/onScreen';
