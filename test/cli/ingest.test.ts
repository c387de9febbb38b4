// `frontline ingest` as users run it: the compiled CLI in a child process.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../src/store/index.js';
import { cliSkip, frontline, start, writeCaptureReports } from '../control/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'frontline-cli-ingest-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** What a store holds, and whether any document lacks its events (every report here has one). */
async function inspect(data: string) {
  const store = await Store.open({ dataDir: data });
  try {
    const counts = await store.counts();
    const [bare] = await store.db.query<{ n: number }>('select count(*)::int as n from documents d where not exists (select 1 from events e where e.document = d.id)');
    return { ...counts, withoutEvents: bare.n };
  } finally {
    await store.close();
  }
}

test('ingest summarises documents and events, skips with reasons, and a second run stores nothing new', { skip: cliSkip }, async () => {
  const input = join(root, 'small');
  writeCaptureReports(input, 6);
  writeFileSync(join(input, 'empty.txt'), '   \n');
  const data = join(root, 'small-data');
  const first = await frontline(['ingest', input, '--data', data, '--json']);
  assert.equal(first.code, 1, first.stderr); // partial: one input skipped
  const summary = JSON.parse(first.stdout);
  assert.deepEqual(summary.documents, { new: 6, duplicate: 0, skipped: 1 });
  assert.match(summary.skipped[0].reason, /whitespace|empty/);
  assert.equal(summary.events.capture, 6);
  const second = await frontline(['ingest', input, '--data', data]);
  assert.match(second.stdout, /documents: 0 new, 6 duplicate, 1 skipped/);
  assert.match(second.stdout, /skipped .*empty\.txt/);
});

test('a bad --published date is an input error naming it', { skip: cliSkip }, async () => {
  const run = await frontline(['ingest', root, '--published', '2021-02-30', '--data', join(root, 'unused')]);
  assert.equal(run.code, 65);
  assert.match(run.stderr, /2021-02-30/);
});

test('killed mid-ingest (SIGKILL), the store holds only whole documents, and a re-run completes it', { skip: cliSkip }, async () => {
  const input = join(root, 'many');
  const total = 600;
  writeCaptureReports(input, total);
  const data = join(root, 'many-data');
  const run = start(['ingest', input, '--data', data]);
  // Without a terminal, the first progress line comes after 250 stored documents (or 5 s): kill then.
  await new Promise<void>((resolve) => {
    const onData = (b: Buffer) => {
      if (!/ingest: \d+ documents/.test(String(b))) return;
      run.child.stderr!.off('data', onData);
      resolve();
    };
    run.child.stderr!.on('data', onData);
  });
  run.child.kill('SIGKILL');
  const killed = await run.done;
  assert.equal(killed.signal, 'SIGKILL');

  const mid = await inspect(data);
  assert.ok(mid.documents > 0 && mid.documents < total, `killed with ${mid.documents} of ${total} documents stored: not mid-ingest`);
  assert.equal(mid.orphans, 0);
  assert.equal(mid.withoutEvents, 0);
  assert.equal(mid.events, mid.documents);

  const rerun = await frontline(['ingest', input, '--data', data, '--json']);
  assert.equal(rerun.code, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout);
  assert.deepEqual(summary.documents, { new: total - mid.documents, duplicate: mid.documents, skipped: 0 });
  assert.deepEqual(await inspect(data), { documents: total, events: total, orphans: 0, withoutEvents: 0 });
});

test('a store folder in use by another running process is refused with a clear message', { skip: cliSkip }, async () => {
  const data = join(root, 'locked');
  mkdirSync(data);
  writeFileSync(join(data, 'frontline.lock'), String(process.pid)); // this test runner is alive
  const run = await frontline(['ingest', root, '--data', data]);
  assert.equal(run.code, 74);
  assert.match(run.stderr, new RegExp(`in use by process ${process.pid}`));
});
