// The limit on a request's body, in place of Yoga's own (`maxRequestBodySize: false` in app.ts).
//
// Yoga checks the Content-Length header and then still pipes every body through a TransformStream
// that counts its bytes: a stream pipeline per request, whose end creates an AbortError with a stack
// trace (Node's pipeline aborts its signal when done): about 0.2 ms of CPU per request (one Akt
// 1.57 → 1.33 ms without it, BENCHMARKS.md). A body with a Content-Length needs no counting: Node's HTTP
// parser hands on exactly that many bytes, and anything after them is the next request on the
// connection. So only a body without one (chunked transfer encoding) is counted as it arrives.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Yoga's default, kept: a bank statement file (camt.053, MT940) of 10 000 entries fits many times over. */
export const MAX_REQUEST_BODY_BYTES = 25_000_000;

// Yoga's messages and codes (fehlermeldungen.ts gives them in German).
const tooLarge = () =>
  createGraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });
const invalidLength = () =>
  createGraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });

/** One non-negative integer; comma-joined values (a request-smuggling pattern) and the like are refused. */
const CONTENT_LENGTH = /^\d+$/;

export function requestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const contentLength = request.headers.get('content-length');
      if (contentLength != null) {
        if (!CONTENT_LENGTH.test(contentLength)) throw invalidLength();
        if (Number(contentLength) > limit) throw tooLarge();
        return;
      }
      if (requestParser == null || request.body == null) return;
      const parse = requestParser;
      setRequestParser((req) => parse(counted(req, limit, fetchAPI)));
    },
  };
}

/** The request with a body that fails once more than `limit` bytes have arrived. */
function counted(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  // A native ReadableStream (in-process callers) needs the native TransformStream, Yoga's ponyfill its own.
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytes = 0;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}
