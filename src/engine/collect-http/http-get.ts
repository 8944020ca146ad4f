// One bounded HTTP(S) GET for a profile: a deadline for the whole exchange, a size cap, an
// optional CA bundle, extra headers (never logged), and errors that say what went wrong with
// which URL. Bodies are kept even when the exchange fails part-way, so nothing is lost.

import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface GetOptions {
  headers: Record<string, string>;
  /** PEM bundle of extra certificate authorities for https. */
  ca?: string;
  deadlineMs: number;
  maxBytes: number;
}

export interface GetResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Set when the exchange did not complete; `body` holds what arrived. */
  failure?: string;
}

export function httpGet(url: URL, options: GetOptions): Promise<GetResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let status = 0;
    let headers: IncomingHttpHeaders = {};
    let settled = false;
    const finish = (failure?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve({ status, headers, body: Buffer.concat(chunks), ...(failure ? { failure } : {}) });
    };
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      url,
      { method: 'GET', headers: options.headers, ...(options.ca ? { ca: options.ca } : {}) },
      (res) => {
        status = res.statusCode ?? 0;
        headers = res.headers;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > options.maxBytes) return finish(`response larger than ${options.maxBytes} bytes`);
          chunks.push(chunk);
        });
        res.on('end', () =>
          finish(res.complete ? undefined : 'the connection closed before the whole response arrived'),
        );
        res.on('aborted', () => finish('the connection closed before the whole response arrived'));
        res.on('error', (err) => finish(`the response broke off: ${err.message}`));
      },
    );
    const timer = setTimeout(
      () => finish(`no complete answer within ${(options.deadlineMs / 1000).toFixed(0)} s`),
      options.deadlineMs,
    );
    req.on('error', (err) => finish(`request failed: ${err.message}`));
    req.end();
  });
}
