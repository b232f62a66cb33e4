/** The few parts of frictionlessdata's `datapackage` (no published types) the data-package test uses. */
declare module 'datapackage' {
  export const Package: {
    load(descriptor: string): Promise<{ valid: boolean; errors: { message: string }[]; resources: unknown[] }>;
  };
}
