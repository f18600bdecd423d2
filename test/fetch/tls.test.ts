/**
 * TLS failures against a local HTTPS server with a self-signed certificate, made with the
 * openssl command when the machine has one (skipped otherwise).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDispatchers, fetchResource } from '../../src/fetch/http.js';
import { failure, testOptions } from './helpers.js';

function selfSigned(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pair = selfSigned();
let server: Server;
let origin = '';
let hits = 0;

describe.skipIf(!pair)('TLS', () => {
  beforeAll(async () => {
    server = createServer({ key: pair?.key, cert: pair?.cert }, (_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>secure</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await closeDispatchers();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('a self-signed certificate: TLS, not retried, no request sent', async () => {
    const { error, ms } = await failure(fetchResource(`${origin}/`, testOptions({ retries: 2 })), 'TLS');
    expect(error.message).toMatch(/certificate/i);
    expect(error.retryable).toBe(false);
    expect(hits).toBe(0);
    expect(ms).toBeLessThan(1_000);
  });

  it('plain HTTP sent to a TLS port: CONNECTION, never a hang', async () => {
    const started = performance.now();
    const err = await fetchResource(`${origin.replace('https:', 'http:')}/`, testOptions({ retries: 0, headersTimeout: 1_000 })).catch((e: unknown) => e);
    // Node's TLS server hangs up on bytes that are not a handshake.
    expect(err).toMatchObject({ code: 'CONNECTION' });
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
