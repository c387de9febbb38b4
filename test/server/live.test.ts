// A real listening server on loopback: server-sent events announce new reports, and
// `frontline serve` prints its URL first and shuts down cleanly on a signal.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { runCli, spawnCli } from './cli.js';
import { filledStore, REPORTS, type FilledStore } from './fixture.js';

const TOKEN = 'live-token';

/** Reads server-sent events from a response body until `wanted` has been seen. */
async function readEvents(body: ReadableStream<Uint8Array>, wanted: string): Promise<{ event: string; data: unknown }[]> {
  const seen: { event: string; data: unknown }[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffer += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event) seen.push({ event, data: data ? JSON.parse(data) : null });
      if (event === wanted) return seen;
    }
  }
  return seen;
}

describe('live server', () => {
  let store: FilledStore;
  let server: RunningServer;
  before(async () => {
    store = await filledStore(REPORTS.slice(0, 2));
    server = await startServer({ frontline: store.frontline, port: 0, apiToken: TOKEN });
  });
  after(async () => {
    await server.close();
    await store.cleanup();
  });

  it('listens on loopback at the URL it reports', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const span = (await (await fetch(`${server.url}api/span`)).json()) as { to: string };
    assert.match(span.to, /^2021-/);
  });

  it('announces a new report to open event streams', async () => {
    const stream = await fetch(`${server.url}api/events/stream`);
    assert.match(stream.headers.get('content-type')!, /text\/event-stream/);
    const events = readEvents(stream.body!, 'changes');
    const posted = await fetch(`${server.url}api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'The Taliban captured the city of Faizabad in Badakhshan on Wednesday, officials said.', published: '2021-08-12', outlet: 'Test Wire' }),
    });
    assert.equal(posted.status, 201);
    const seen = await events;
    assert.deepEqual(seen.map((e) => e.event), ['hello', 'document', 'changes']);
    assert.equal((seen[1].data as { status: string }).status, 'new');
    assert.equal((seen[2].data as { span: { to: string } }).span.to, '2021-08-11');
  });

  it('close() ends open streams instead of hanging', async () => {
    const other = await startServer({ frontline: store.frontline, port: 0 });
    const stream = await fetch(`${other.url}api/events/stream`);
    const reading = readEvents(stream.body!, 'never');
    await other.close();
    assert.deepEqual((await reading).map((e) => e.event), ['hello']);
  });
});

describe('frontline serve', () => {
  it('prints the URL first, serves the page and the API, and stops on SIGTERM', async () => {
    const store = await filledStore(REPORTS.slice(2, 3));
    const data = `${store.dir}/data`;
    await store.frontline.close();
    const child = spawnCli(['serve', '--port', '0', '--data', data], { FRONTLINE_API_TOKEN: '' });
    try {
      const [first] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
      assert.match(first, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const map = (await (await fetch(`${first}api/map?as_of=2021-08-10`)).json()) as { places: { controller: string }[] };
      assert.ok(map.places.some((p) => p.controller === 'taliban'));
      const write = await fetch(`${first}api/documents`, { method: 'POST', body: '{"text":"x"}' });
      assert.equal(write.status, 403, 'no token configured: writes refused');
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number];
      assert.equal(code, 0);
    } finally {
      child.kill();
      await store.cleanup().catch(() => {});
    }
  });

  it('names a bad port', () => {
    const result = runCli(['serve', '--port', 'eighty']);
    assert.equal(result.status, 65);
    assert.match(result.stderr, /port "eighty"/);
  });
});
