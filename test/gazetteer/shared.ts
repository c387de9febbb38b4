// One gazetteer for the gazetteer tests, cached in a folder of its own (built once, then read).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/gazetteer/index.js';

export const TEST_CACHE = join(tmpdir(), 'frontline-gazetteer-test');
export const gazetteer = () => loadGazetteer({ cacheDir: TEST_CACHE });
