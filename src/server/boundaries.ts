// Installed administrative outlines (geoBoundaries gbOpen, ADM1 and ADM2 GeoJSON), cached under
// the data dir: <dataDir>/boundaries/<ISO3>/<LEVEL>.geojson. Installing validates, then writes
// each file atomically so a failed download never replaces a good outline.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT, FrontlineError, InputError } from '../core/index.js';

export const LEVELS = ['ADM1', 'ADM2'] as const;
export type Level = (typeof LEVELS)[number];

const GB_API = 'https://www.geoboundaries.org/api/current/gbOpen';

export interface InstalledCountry {
  iso3: string;
  levels: Level[];
}

export function normaliseIso3(code: string): string {
  const iso3 = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(iso3)) throw new InputError(`"${code}" is not an ISO 3166-1 alpha-3 country code (e.g. AFG)`);
  return iso3;
}

export function normaliseLevel(level: string): Level {
  const upper = level.toUpperCase() as Level;
  if (!LEVELS.includes(upper)) throw new InputError(`"${level}" is not a boundary level (ADM1 or ADM2)`);
  return upper;
}

export class BoundaryStore {
  constructor(readonly dir: string) {}

  static forDataDir(dataDir: string): BoundaryStore {
    return new BoundaryStore(join(dataDir, 'boundaries'));
  }

  async list(): Promise<InstalledCountry[]> {
    const countries = await readdir(this.dir).catch(() => [] as string[]);
    const installed: InstalledCountry[] = [];
    for (const iso3 of countries.filter((n) => /^[A-Z]{3}$/.test(n)).sort()) {
      const files = await readdir(join(this.dir, iso3)).catch(() => [] as string[]);
      const levels = LEVELS.filter((level) => files.includes(`${level}.geojson`));
      if (levels.length) installed.push({ iso3, levels });
    }
    return installed;
  }

  /** The raw GeoJSON text, or null when that outline is not installed. */
  async read(iso3: string, level: Level): Promise<string | null> {
    return readFile(this.path(iso3, level), 'utf8').catch(() => null);
  }

  path(iso3: string, level: Level): string {
    return join(this.dir, iso3, `${level}.geojson`);
  }

  async write(iso3: string, level: Level, collection: BoundaryCollection): Promise<string> {
    const path = this.path(iso3, level);
    await mkdir(join(this.dir, iso3), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(collection));
    await rename(tmp, path);
    return path;
  }
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: Record<string, unknown> | null; geometry: { type: string; coordinates: unknown } }[];
}

/** Accepts a FeatureCollection whose features are all Polygons or MultiPolygons; names the first problem otherwise. */
export function parseBoundaries(text: string, source: string): BoundaryCollection {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${source}: not JSON`);
  }
  const collection = json as BoundaryCollection;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new InputError(`${source}: not a GeoJSON FeatureCollection`);
  }
  if (collection.features.length === 0) throw new InputError(`${source}: the FeatureCollection has no features`);
  collection.features.forEach((feature, i) => {
    const type = feature?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new InputError(`${source}: feature ${i} is a ${type ?? 'feature without geometry'}, expected Polygon or MultiPolygon`);
    }
  });
  return collection;
}

/** The level a file holds: geoBoundaries' `shapeType` property, else ADM1/ADM2 in its name. */
export function detectLevel(collection: BoundaryCollection, source: string): Level {
  const shapeType = collection.features[0].properties?.shapeType;
  if (typeof shapeType === 'string' && LEVELS.includes(shapeType.toUpperCase() as Level)) return shapeType.toUpperCase() as Level;
  const named = /adm\s*-?_?([12])/i.exec(source.split(/[\\/]/).pop() ?? '');
  if (named) return `ADM${named[1]}` as Level;
  throw new InputError(`${source}: cannot tell whether it holds ADM1 or ADM2 outlines (no shapeType property; put ADM1 or ADM2 in the file name)`);
}

export type Fetch = (url: string) => Promise<Response>;

async function fetchText(fetcher: Fetch, url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (err) {
    throw new FrontlineError(`could not reach ${url}: ${err instanceof Error ? err.message : String(err)}`, EXIT.ioError);
  }
  if (!response.ok) throw new FrontlineError(`${url} answered HTTP ${response.status}`, EXIT.ioError);
  return response.text();
}

/** geoBoundaries' API answers metadata with a download link; prefer the simplified geometry (lighter in a browser). */
async function fetchGeoBoundaries(fetcher: Fetch, url: string): Promise<string> {
  const text = await fetchText(fetcher, url);
  const meta = JSON.parse(text) as { simplifiedGeometryGeoJSON?: string; gjDownloadURL?: string; type?: string };
  if (meta.type === 'FeatureCollection') return text;
  const download = meta.simplifiedGeometryGeoJSON || meta.gjDownloadURL;
  if (!download) throw new FrontlineError(`${url}: the answer has no gjDownloadURL`, EXIT.ioError);
  return fetchText(fetcher, download);
}

export interface InstallReport {
  iso3: string;
  installed: { level: Level; features: number; path: string; source: string }[];
}

/**
 * Installs outlines for one country, from local files or URLs when given (the level of each is
 * detected), else from geoBoundaries' public gbOpen release (ADM1 and ADM2).
 */
export async function installBoundaries(opts: {
  iso3: string;
  store: BoundaryStore;
  from?: string[];
  fetch?: Fetch;
}): Promise<InstallReport> {
  const iso3 = normaliseIso3(opts.iso3);
  const fetcher = opts.fetch ?? ((url: string) => fetch(url));
  const sources = opts.from?.length ? opts.from : LEVELS.map((level) => `${GB_API}/${iso3}/${level}/`);
  const parsed: { level: Level; collection: BoundaryCollection; source: string }[] = [];
  for (const source of sources) {
    const text = /^https?:\/\//i.test(source) ? await fetchGeoBoundaries(fetcher, source) : await readLocal(source);
    const collection = parseBoundaries(text, source);
    parsed.push({ level: detectLevel(collection, source), collection, source });
  }
  // Everything is read and valid before anything is written.
  const installed = [];
  for (const { level, collection, source } of parsed) {
    const path = await opts.store.write(iso3, level, collection);
    installed.push({ level, features: collection.features.length, path, source });
  }
  return { iso3, installed };
}

async function readLocal(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
