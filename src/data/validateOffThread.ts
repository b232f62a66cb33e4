/**
 * Checks a large data file in a worker, so the page's main thread stays free
 * while it starts. Anything that keeps the worker from answering (no Worker
 * at build time or in tests, a worker file gone after a release, a CSP that
 * refuses it) hands the file back to the caller to check on the main thread:
 * the same checks and messages either way (src/data/validate.ts).
 */
import type * as v from 'valibot';
import { schemaName } from './schemaIndex';
import { DataLoadError, type DataErrorKind } from './validate';

/** Files this long (characters) go to the worker: below it, posting costs about what checking does. */
export const OFF_THREAD_MIN_CHARS = 50_000;

export interface ValidationRequest {
  id: number;
  path: string;
  text: string;
  schema: string;
}

export type ValidationReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { file: string; kind: DataErrorKind; message: string; status?: number; field?: string } | null };

type Outcome = { done: true; value: unknown } | { done: false };

interface Pending {
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
}

/** One worker for the page's lifetime, started on the first large file; null once it proved unusable. */
let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 0;

function giveUp() {
  worker?.terminate();
  worker = null;
  for (const request of pending.values()) request.resolve({ done: false });
  pending.clear();
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module', name: 'validation' });
  } catch {
    return (worker = null);
  }
  worker.addEventListener('error', giveUp);
  worker.addEventListener('messageerror', giveUp);
  worker.addEventListener('message', (event: MessageEvent<ValidationReply>) => {
    const reply = event.data;
    const request = pending.get(reply.id);
    if (!request) return;
    pending.delete(reply.id);
    if (reply.ok) request.resolve({ done: true, value: reply.value });
    else if (reply.error) request.reject(new DataLoadError(reply.error));
    else request.resolve({ done: false });
  });
  return worker;
}

/**
 * The file checked by the worker (`done`), or `done: false` when the caller
 * must check it itself. Rejects with the file's DataLoadError.
 */
export function validateOffThread(path: string, text: string, schema: v.GenericSchema): Promise<Outcome> {
  const name = schemaName(schema);
  const thread = name ? startWorker() : null;
  if (!thread || !name) return Promise.resolve({ done: false });
  const id = (nextId += 1);
  return new Promise<Outcome>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.postMessage({ id, path, text, schema: name } satisfies ValidationRequest);
  });
}
