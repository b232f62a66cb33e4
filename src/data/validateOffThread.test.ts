import type { DataLoadError } from './validate';
import type { ValidationReply, ValidationRequest } from './validateOffThread';

/** A worker that answers as src/data/validate.worker.ts does, on the next task; or fails to start. */
class FakeWorker extends EventTarget {
  static mode: 'answer' | 'crash' = 'answer';
  static received: ValidationRequest[] = [];
  postMessage(request: ValidationRequest) {
    FakeWorker.received.push(request);
    setTimeout(async () => {
      if (FakeWorker.mode === 'crash') {
        this.dispatchEvent(new Event('error'));
        return;
      }
      const { SCHEMAS } = await import('./schemaIndex');
      const { parseJson, validate } = await import('./validate');
      let reply: ValidationReply;
      try {
        reply = { id: request.id, ok: true, value: validate(request.path, SCHEMAS.get(request.schema)!, parseJson(request.path, request.text)) };
      } catch (error) {
        const { file, kind, message, field } = error as DataLoadError;
        reply = { id: request.id, ok: false, error: { file, kind, message, field } };
      }
      this.dispatchEvent(new MessageEvent('message', { data: reply }));
    });
  }
  terminate() {}
}

const dataset = (rows: unknown[]) =>
  JSON.stringify({
    id: 'bmo-2024-normandie',
    title: 'Projets',
    unit: 'projets',
    period: '2024',
    source: { publisher: 'France Travail', dataset: 'BMO', year: '2024', citation: 'Source : France Travail', licence: 'Licence Ouverte' },
    seed: { document: 'bmo.csv', title: 'BMO', section: 'REG 28' },
    authority: 'primary',
    confidence: 'certain',
    notes: [],
    rows,
  });
const row = { occupation: 'A0X40', basin: '2801', dep: '76', met: 31, xmet: 24, smet: { missing: 'secret' } };

describe('validateOffThread', () => {
  // Each test loads the modules afresh (the worker is started once per page): the schema must come from the same load.
  let schema: import('valibot').GenericSchema;
  let validate: typeof import('./validate').validate;
  beforeEach(async () => {
    vi.resetModules();
    schema = (await import('./registry')).datasets['bmo-2024-normandie'].schema;
    validate = (await import('./validate')).validate;
    FakeWorker.mode = 'answer';
    FakeWorker.received = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('hands back the checked file, the same value the main thread would get', async () => {
    const { validateOffThread } = await import('./validateOffThread');
    const text = dataset([row]);
    const outcome = await validateOffThread('bmo/bmo-2024-normandie.json', text, schema);
    expect(outcome).toEqual({ done: true, value: validate('bmo/bmo-2024-normandie.json', schema, JSON.parse(text)) });
    expect(FakeWorker.received[0]!.schema).toBe('dataset:bmo-2024-normandie');
  });

  it('rejects with the DataLoadError naming the file and the field, as on the main thread', async () => {
    const { validateOffThread } = await import('./validateOffThread');
    const { DataLoadError: WorkerError } = await import('./validate');
    const broken = dataset([row, { ...row, met: 'beaucoup' }]);
    const error = await validateOffThread('bmo/bmo-2024-normandie.json', broken, schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkerError);
    expect(error).toMatchObject({ file: 'bmo/bmo-2024-normandie.json', kind: 'schema' });
    const local = (() => {
      try {
        validate('bmo/bmo-2024-normandie.json', schema, JSON.parse(broken));
      } catch (caught) {
        return caught as DataLoadError;
      }
    })();
    expect((error as DataLoadError).field).toBe(local?.field);
    expect((error as DataLoadError).field).toMatch(/^rows\.1\./);
  });

  it('says "check it yourself" when the worker cannot run (a worker file gone after a release)', async () => {
    FakeWorker.mode = 'crash';
    const { validateOffThread } = await import('./validateOffThread');
    expect(await validateOffThread('bmo/bmo-2024-normandie.json', dataset([row]), schema)).toEqual({ done: false });
    // And does not try again with a worker that failed.
    expect(await validateOffThread('bmo/bmo-2024-normandie.json', dataset([row]), schema)).toEqual({ done: false });
    expect(FakeWorker.received).toHaveLength(1);
  });

  it('checks on the main thread where there is no Worker (build time, tests)', async () => {
    vi.stubGlobal('Worker', undefined);
    const { validateOffThread } = await import('./validateOffThread');
    expect(await validateOffThread('bmo/bmo-2024-normandie.json', dataset([row]), schema)).toEqual({ done: false });
  });
});
