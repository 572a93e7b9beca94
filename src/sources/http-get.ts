/**
 * One guarded HTTP GET, shared by article and feed fetching: only http and https, redirects followed by
 * hand (each hop re-checked against the address policy), one deadline for the whole exchange, a size
 * cap enforced while the body streams in (after decompression), and one-line SourceErrors that name the
 * URL the user gave.
 */
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, type Dispatcher, request } from 'undici';
import { guardedLookup, PrivateAddressError, refusedAddressKind } from './address-policy.js';
import { formatBytes } from './format-bytes.js';
import { SourceError } from './source-error.js';

export type HttpGetOptions = {
  /** Fetch from private, loopback and link-local addresses too (`--allow-private`). */
  allowPrivate?: boolean;
  /** Deadline for the whole exchange, redirects and body included. Default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
};

export type HttpResponse = {
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  /** Lower-case names; a repeated header keeps its first value. */
  headers: Record<string, string>;
  body: Buffer;
};

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'layoffwatch/0.1 (+https://github.com/layoffwatch/layoffwatch)';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const agents = new Map<string, Agent>();

/** Agents are kept per policy and connect timeout so that keep-alive connections are reused. */
function agentFor(allowPrivate: boolean, connectTimeoutMs: number): Agent {
  const key = `${allowPrivate}:${connectTimeoutMs}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({
      connect: allowPrivate
        ? { timeout: connectTimeoutMs }
        : { timeout: connectTimeoutMs, lookup: guardedLookup },
    });
    agents.set(key, agent);
  }
  return agent;
}

/** Parses and checks a URL the user gave; throws SourceError naming it when it cannot be fetched. */
function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new SourceError(input, 'not a valid URL; give a full address such as https://example.com/article');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SourceError(input, `only http and https URLs can be fetched, not ${url.protocol}`);
  }
  return url;
}

/**
 * GETs `input`, following redirects. Returns the final response when it is 2xx or 304; any other
 * status, a refused address, a timeout, an oversized body or a network failure is a SourceError.
 */
export async function httpGet(
  input: string,
  options: HttpGetOptions & { accept: string; headers?: Record<string, string> },
): Promise<HttpResponse> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowPrivate = options.allowPrivate ?? false;
  const dispatcher = agentFor(allowPrivate, timeoutMs);
  const signal = AbortSignal.timeout(timeoutMs);
  const headers = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: options.accept,
    'accept-encoding': 'gzip, deflate, br',
    ...options.headers,
  };

  let url = parseHttpUrl(input);
  for (let hop = 0; ; hop++) {
    if (!allowPrivate) refuseAddressLiteral(input, url);
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        method: 'GET',
        headers,
        dispatcher,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
    } catch (error) {
      throw networkError(input, url, error, signal, timeoutMs);
    }
    const responseHeaders = flattenHeaders(response.headers);
    const status = response.statusCode;

    if (REDIRECTS.has(status)) {
      await response.body.dump().catch(() => undefined);
      const location = responseHeaders.location;
      if (!location)
        throw new SourceError(input, `HTTP ${status} redirect without a Location; check the address`);
      if (hop >= maxRedirects) {
        throw new SourceError(
          input,
          `more than ${maxRedirects} redirects; open it in a browser to find the final address`,
        );
      }
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new SourceError(input, `redirected to an invalid address (${location})`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new SourceError(
          input,
          `redirected to ${next.protocol} which cannot be fetched; only http and https`,
        );
      }
      url = next;
      continue;
    }

    if (status === 304) {
      await response.body.dump().catch(() => undefined);
      return { url: url.href, status, headers: responseHeaders, body: Buffer.alloc(0) };
    }
    if (status < 200 || status > 299) {
      await response.body.dump().catch(() => undefined);
      throw new SourceError(input, statusProblem(status, url, input));
    }

    const declared = Number(responseHeaders['content-length']);
    const encoding = (responseHeaders['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
      response.body.destroy();
      throw tooLarge(input, maxBytes);
    }
    const body = await readBody(input, response.body, encoding, maxBytes, signal, timeoutMs);
    return { url: url.href, status, headers: responseHeaders, body };
  }
}

function refuseAddressLiteral(input: string, url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const kind = refusedAddressKind(host);
  if (kind) throw refusedError(input, url, new PrivateAddressError(host, host, kind));
}

function refusedError(input: string, url: URL, refusal: PrivateAddressError): SourceError {
  const where = url.href === new URL(input).href ? '' : ` (redirected to ${url.href})`;
  return new SourceError(
    input,
    `refused${where}: ${refusal.message}; pass --allow-private to fetch from your own network`,
  );
}

async function readBody(
  input: string,
  raw: Dispatcher.ResponseData['body'],
  encoding: string,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Buffer> {
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!decoder && encoding !== 'identity') {
    raw.destroy();
    throw new SourceError(input, `the server sent an unsupported Content-Encoding "${encoding}"`);
  }
  const stream = decoder ? pipeline(raw, decoder, () => undefined) : raw;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        raw.destroy();
        throw tooLarge(input, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    if (signal.aborted) throw timedOut(input, timeoutMs);
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceError(input, `the download failed (${reason}); try again later`, { cause: error });
  }
  return Buffer.concat(chunks);
}

function networkError(
  input: string,
  url: URL,
  error: unknown,
  signal: AbortSignal,
  timeoutMs: number,
): SourceError {
  if (error instanceof SourceError) return error;
  const refusal = findCause(error, (e): e is PrivateAddressError => e instanceof PrivateAddressError);
  if (refusal) return refusedError(input, url, refusal);
  if (signal.aborted) return timedOut(input, timeoutMs);
  const coded = findCause(
    error,
    (e): e is Error & { code: string } => typeof (e as { code?: unknown }).code === 'string',
  );
  const code = coded?.code;
  if (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return timedOut(input, timeoutMs);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new SourceError(input, `cannot resolve ${url.hostname}; check the address and your network`, {
      cause: error,
    });
  }
  if (code === 'ECONNREFUSED') {
    return new SourceError(
      input,
      `${url.host} refused the connection; check the address or try again later`,
      {
        cause: error,
      },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new SourceError(input, `cannot fetch it (${code ?? reason}); check the address or try again later`, {
    cause: error,
  });
}

function findCause<T extends Error>(error: unknown, test: (e: Error) => e is T): T | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    if (test(current)) return current;
    current = current.cause;
  }
  return null;
}

function timedOut(input: string, timeoutMs: number): SourceError {
  return new SourceError(input, `no complete answer within ${timeoutMs / 1000} s; try again later`);
}

function tooLarge(input: string, maxBytes: number): SourceError {
  return new SourceError(
    input,
    `larger than ${formatBytes(maxBytes)}, too large for an article; save the text to a file and ingest that`,
  );
}

function statusProblem(status: number, url: URL, input: string): string {
  const where = url.href === new URL(input).href ? '' : ` (at ${url.href})`;
  if (status === 404 || status === 410)
    return `HTTP ${status}, the page is not there${where}; check the address`;
  if (status === 401 || status === 403)
    return `HTTP ${status}, the site refuses access${where}; save the page from a browser and ingest the file`;
  if (status === 429 || status >= 500)
    return `HTTP ${status}, the site is busy or failing${where}; try again later`;
  return `HTTP ${status}${where}; check the address`;
}

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) flat[name.toLowerCase()] = first;
  }
  return flat;
}
