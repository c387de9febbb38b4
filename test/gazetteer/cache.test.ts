import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/gazetteer/index.js';
import { INDEX_FORMAT, IndexFormatError, deserializeIndex, serializeIndex } from '../../src/gazetteer/compact.js';
import { buildIndex } from '../../src/gazetteer/build.js';
import { TEST_CACHE, gazetteer } from './shared.js';

const digest = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');
const CACHE_NAME = `gazetteer-v${INDEX_FORMAT}.bin`;

test('a corrupt cache is rebuilt, not trusted', async () => {
  await gazetteer();
  const dir = await mkdtemp(join(tmpdir(), 'frontline-gz-'));
  try {
    const good = join(TEST_CACHE, CACHE_NAME);
    const file = join(dir, CACHE_NAME);
    await copyFile(good, file);
    const bytes = await readFile(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    await writeFile(file, bytes);
    const g = await loadGazetteer({ cacheDir: dir, fresh: true });
    assert.equal(g.list('AF', 'admin2').length, 398);
    assert.equal(await digest(file), await digest(good), 'the cache was written anew');
    await writeFile(file, bytes.subarray(0, 1000));
    assert.equal((await loadGazetteer({ cacheDir: dir, fresh: true })).list('AF', 'admin1').length, 34);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('serialised indexes refuse truncation, garbage and other sources', () => {
  const index = buildIndex({
    admin1: [{ code: 'AF.24', name: 'Kunduz' }],
    admin2: [{ code: 'AF.24.1401', name: 'Kunduz' }],
    cities500: '1135689\tKunduz\tKunduz\tKondoz,Qunduz\t36.72896\t68.857\tP\tPPLA\tAF\t\t24\t1401\t\t\t268893\t\t398\tAsia/Kabul\t2021-01-01\n',
    aliases: {},
    countries: {},
  });
  const bytes = serializeIndex(index, 'k1');
  const back = deserializeIndex(bytes, 'k1');
  assert.equal(back.kind.length, index.kind.length);
  assert.equal(back.names, index.names);
  assert.throws(() => deserializeIndex(bytes, 'k2'), IndexFormatError);
  assert.throws(() => deserializeIndex(bytes.subarray(0, bytes.length - 8), 'k1'), IndexFormatError);
  assert.throws(() => deserializeIndex(new TextEncoder().encode('not an index at all'), 'k1'), IndexFormatError);
});
