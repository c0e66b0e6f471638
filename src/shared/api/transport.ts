/**
 * One HTTP exchange, as the API client needs it: JSON or a form in, JSON out, a timeout, a way
 * to cancel, and upload progress. XMLHttpRequest gives all of these natively (fetch has no upload
 * progress); a client library would add some 18 KB gzip to the first screen for the same.
 */
export interface HttpRequest {
  method: 'GET' | 'POST';
  /** Absolute, or from the site's root. */
  url: string;
  params?: Record<string, string | number | boolean>;
  headers: Record<string, string>;
  /** A FormData goes as multipart; anything else as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  timeout: number;
  onUploadProgress?: (loaded: number, total: number) => void;
}

export interface HttpResponse {
  status: number;
  data: unknown;
}

/** No answer at all: the network failed, the server took too long, or the caller cancelled. */
export class HttpFailure extends Error {
  constructor(readonly kind: 'network' | 'timeout' | 'cancelled') {
    super(kind);
    this.name = 'HttpFailure';
  }
}

export function withParams(url: string, params?: HttpRequest['params']): string {
  const query = new URLSearchParams(Object.entries(params ?? {}).map(([k, v]) => [k, String(v)])).toString();
  return query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
}

function xhrSend(req: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    if (req.signal?.aborted) return reject(new HttpFailure('cancelled'));
    const xhr = new XMLHttpRequest();
    xhr.open(req.method, withParams(req.url, req.params));
    xhr.timeout = req.timeout;
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(req.headers)) xhr.setRequestHeader(name, value);
    let body: XMLHttpRequestBodyInit | null = null;
    if (req.body instanceof FormData) body = req.body;
    else if (req.body !== undefined) {
      xhr.setRequestHeader('Content-Type', 'application/json');
      body = JSON.stringify(req.body);
    }
    if (req.onUploadProgress) {
      const progress = req.onUploadProgress;
      xhr.upload.onprogress = (e) => e.lengthComputable && progress(e.loaded, e.total);
    }
    const abort = () => xhr.abort();
    req.signal?.addEventListener('abort', abort, { once: true });
    const settle = () => req.signal?.removeEventListener('abort', abort);
    xhr.onload = () => {
      settle();
      const text = xhr.responseText;
      let data: unknown = text;
      if (text && /json/i.test(xhr.getResponseHeader('Content-Type') ?? '')) {
        try {
          data = JSON.parse(text);
        } catch {
          data = text;
        }
      }
      resolve({ status: xhr.status, data });
    };
    xhr.onerror = () => (settle(), reject(new HttpFailure('network')));
    xhr.ontimeout = () => (settle(), reject(new HttpFailure('timeout')));
    xhr.onabort = () => (settle(), reject(new HttpFailure('cancelled')));
    xhr.send(body);
  });
}

/** The client sends through here; tests swap `send` for a fake server. */
export const transport = { send: xhrSend };
