// The worker thread of the import pool: reads the files it is sent with `importFile` (or one run of
// generations of a Go trace) and posts back each parsed artifact or the error that names what was wrong.

import { parentPort } from 'node:worker_threads';
import { importFile } from '../read-inputs/import-file.js';
import { readTraceRange } from './parallel-trace.js';
import { errorFields, type ImportReply, type ImportRequest } from './protocol.js';

parentPort?.on('message', (request: ImportRequest) => {
  if (request.range) {
    void readTraceRange(request.path, request.limits, request.range).then(
      (range) => reply({ id: request.id, range }),
      (err: unknown) => reply({ id: request.id, error: errorFields(err) }),
    );
    return;
  }
  void importFile(request.path, request.limits).then(
    (artifact) => reply({ id: request.id, artifact }),
    (err: unknown) => reply({ id: request.id, error: errorFields(err) }),
  );
});

function reply(message: ImportReply): void {
  parentPort?.postMessage(message);
}
