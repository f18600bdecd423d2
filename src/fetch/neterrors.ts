/**
 * Socket, DNS, TLS and undici failures mapped to copydesk's stable codes. The error `code`
 * decides (messages vary between Node and undici versions); the message is only a fallback
 * for errors that carry no code.
 */
import { CopydeskError } from '../errors.js';

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** Codes that mean "the name did not resolve"; only EAI_AGAIN (resolver busy) is worth retrying. */
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA', 'ENODATA', 'ESERVFAIL']);
/** OpenSSL and Node TLS codes: certificate problems and handshakes with something that is not TLS. */
const TLS_CODE = /^(?:ERR_SSL_|ERR_TLS_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL_|UND_ERR_PRX_TLS)/;
const TIMEOUTS: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'could not connect in time',
  UND_ERR_HEADERS_TIMEOUT: 'no complete response headers in time',
  UND_ERR_BODY_TIMEOUT: 'the body stalled (no data in time)',
  ETIMEDOUT: 'the connection timed out',
};

function asErrorLike(err: unknown): ErrorLike {
  return typeof err === 'object' && err !== null ? (err as ErrorLike) : { message: String(err) };
}

/** The first CopydeskError in an error's cause chain (a guard refusal wrapped by undici). */
function findTyped(err: unknown): CopydeskError | null {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e; depth++) {
    if (e instanceof CopydeskError) return e;
    e = asErrorLike(e).cause;
  }
  return null;
}

/** The innermost error code, looking through wrappers such as undici's SocketError. */
function codeOf(e: ErrorLike): string {
  const own = typeof e.code === 'string' ? e.code : '';
  const cause = e.cause ? asErrorLike(e.cause) : null;
  const inner = cause && typeof cause.code === 'string' ? cause.code : '';
  // A wrapper's generic code hides the useful one underneath.
  if (inner && (own === '' || own === 'UND_ERR_SOCKET' || own === 'UND_ERR_CONNECT')) return inner;
  return own;
}

/** Maps anything thrown while fetching to a CopydeskError with a stable code. */
export function mapNetworkError(err: unknown, url: string): CopydeskError {
  const typed = findTyped(err);
  if (typed) {
    if (typed.url !== undefined || !url) return typed;
    return new CopydeskError(typed.code, typed.message, { url, status: typed.status, retryable: typed.retryable, retryAfter: typed.retryAfter, cause: typed.cause });
  }
  const e = asErrorLike(err);
  const code = codeOf(e);
  const message = typeof e.message === 'string' && e.message ? e.message : String(code || 'unknown error');
  const opts = { url, cause: err };
  const timeout = TIMEOUTS[code];
  if (timeout) return new CopydeskError('FETCH_TIMEOUT', `${timeout}: ${message}`, opts);
  if (e.name === 'TimeoutError') return new CopydeskError('FETCH_TIMEOUT', `timed out: ${message}`, { ...opts, retryable: false });
  if (code === 'UND_ERR_HEADERS_OVERFLOW') {
    return new CopydeskError('CONNECTION', `response headers too large: ${message}`, { ...opts, retryable: false });
  }
  if (DNS_CODES.has(code)) {
    return new CopydeskError('DNS', `cannot resolve host: ${message}`, { ...opts, retryable: code === 'EAI_AGAIN' });
  }
  if (TLS_CODE.test(code) || (!code && /certificate|\btls\b|\bssl\b/i.test(message))) {
    return new CopydeskError('TLS', `TLS failure: ${message}`, opts);
  }
  if (e.name === 'AbortError' || code === 'UND_ERR_ABORTED' || code === 'ABORT_ERR') {
    return new CopydeskError('FETCH_TIMEOUT', `aborted: ${message}`, { ...opts, retryable: false });
  }
  if (code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_URL' || code === 'ERR_INVALID_ARG_VALUE') {
    // The request itself cannot be sent (a header with a line break, say): trying again will not help.
    return new CopydeskError('CONNECTION', `invalid request: ${message}`, { ...opts, retryable: false });
  }
  if (code.startsWith('HPE_')) {
    return new CopydeskError('CONNECTION', `malformed HTTP response: ${message}`, { ...opts, retryable: false });
  }
  return new CopydeskError('CONNECTION', `network error${code ? ` (${code})` : ''}: ${message}`, opts);
}
