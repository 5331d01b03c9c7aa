import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { connect, type PeerCertificate } from 'node:tls';
import { after, before, test } from 'node:test';
import {
  createCertificateAuthority,
  loadCertificateAuthority,
  type PemPair,
} from '../../../../mock/tls/certificate-authority.ts';
import { tenantCertificates } from '../../../../mock/tls/tenant-certificates.ts';

let caPems: PemPair;
let server: Server;
let port: number;

before(async () => {
  caPems = await createCertificateAuthority();
  const certificates = await tenantCertificates(await loadCertificateAuthority(caPems));
  server = createServer({ ...certificates.fallback, SNICallback: certificates.SNICallback }, (_req, res) =>
    res.end('ok'),
  );
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  port = (server.address() as AddressInfo).port;
});

after(() => server.close());

/** What a client that trusts only the local CA sees when it names `servername` (or none). */
function handshake(servername?: string): Promise<{ authorized: boolean; error?: string; names: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: '127.0.0.1',
      port,
      ca: caPems.cert,
      servername,
      rejectUnauthorized: false,
    });
    socket.once('secureConnect', () => {
      const peer: PeerCertificate = socket.getPeerCertificate();
      resolve({
        authorized: socket.authorized,
        // Node gives the verification error's code here, typed as an Error.
        error: socket.authorizationError ? String(socket.authorizationError) : undefined,
        names: peer.subjectaltname ?? '',
      });
      socket.end();
    });
    socket.once('error', reject);
  });
}

test('the HTTPS listener gives each tenant host a certificate of its own that the local CA signed', async () => {
  assert.deepEqual(await handshake('acme.localhost'), {
    authorized: true,
    error: undefined,
    names: 'DNS:acme.localhost',
  });
  assert.deepEqual(await handshake('localhost'), {
    authorized: true,
    error: undefined,
    names: 'DNS:localhost, IP Address:127.0.0.1',
  });
});

test('a host name outside *.localhost, or none, gets the localhost certificate and no key of its own', async () => {
  assert.equal((await handshake('evil.example')).names, 'DNS:localhost, IP Address:127.0.0.1');
  assert.equal((await handshake()).names, 'DNS:localhost, IP Address:127.0.0.1');
});

test('a client that does not trust the local CA refuses the certificate', async () => {
  const result = await new Promise<string | undefined>((resolve, reject) => {
    const socket = connect({
      host: '127.0.0.1',
      port,
      servername: 'acme.localhost',
      rejectUnauthorized: false,
    });
    socket.once('secureConnect', () => {
      resolve(String(socket.authorizationError));
      socket.end();
    });
    socket.once('error', reject);
  });
  assert.equal(result, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
});
