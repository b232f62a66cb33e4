/**
 * The validation worker: parses and checks a data file off the page's main
 * thread and answers with the checked value, or with the DataLoadError's
 * fields (an Error's own class does not cross threads).
 */
import { SCHEMAS } from './schemaIndex';
import { DataLoadError, parseJson, validate } from './validate';
import type { ValidationReply, ValidationRequest } from './validateOffThread';

self.addEventListener('message', (event: MessageEvent<ValidationRequest>) => {
  const { id, path, text, schema } = event.data;
  let reply: ValidationReply;
  try {
    const found = SCHEMAS.get(schema);
    if (!found) throw new Error(`unknown schema ${schema}`);
    reply = { id, ok: true, value: validate(path, found, parseJson(path, text)) };
  } catch (error) {
    reply =
      error instanceof DataLoadError
        ? { id, ok: false, error: { file: error.file, kind: error.kind, message: error.message, status: error.status, field: error.field } }
        : { id, ok: false, error: null };
  }
  self.postMessage(reply);
});
