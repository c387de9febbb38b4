// Installed outlines, for the page to draw (see `frontline boundaries install`).
import type { RouteModule } from '../context.js';
import { LEVELS, normaliseIso3, normaliseLevel } from '../boundaries.js';
import { ApiError } from '../errors.js';
import { errorResponse, jsonResponse, pathParam } from '../oas.js';

export const boundaryRoutes: RouteModule = {
  mount(app, { boundaries }) {
    app.get('/api/boundaries', async (c) => c.json({ installed: boundaries ? await boundaries.list() : [] }));
    app.get('/api/boundaries/:iso3/:level', async (c) => {
      const notInstalled = () => new ApiError(404, 'not_installed', `no ${c.req.param('level')} outlines installed for ${c.req.param('iso3')} (run: frontline boundaries install ${c.req.param('iso3')})`);
      let iso3: string, level: (typeof LEVELS)[number];
      try {
        iso3 = normaliseIso3(c.req.param('iso3'));
        level = normaliseLevel(c.req.param('level').replace(/\.geojson$/i, ''));
      } catch (err) {
        throw new ApiError(400, 'bad_boundary', (err as Error).message);
      }
      const text = boundaries ? await boundaries.read(iso3, level) : null;
      if (text === null) throw notInstalled();
      return c.body(text, 200, { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'max-age=3600' });
    });
  },
  paths: {
    '/api/boundaries': {
      get: {
        summary: 'Countries with installed outlines and their levels',
        responses: {
          '200': jsonResponse('Installed outlines', {
            type: 'object',
            properties: {
              installed: {
                type: 'array',
                items: { type: 'object', properties: { iso3: { type: 'string' }, levels: { type: 'array', items: { type: 'string', enum: [...LEVELS] } } } },
              },
            },
          }),
        },
      },
    },
    '/api/boundaries/{iso3}/{level}': {
      get: {
        summary: 'The installed GeoJSON outlines of one country at one level (ADM1 provinces, ADM2 districts)',
        parameters: [pathParam('iso3', 'ISO 3166-1 alpha-3 code, e.g. AFG'), pathParam('level', 'ADM1 or ADM2 (optionally with .geojson)')],
        responses: {
          '200': { description: 'FeatureCollection of polygons', content: { 'application/geo+json': { schema: { type: 'object' } } } },
          '400': errorResponse('Bad country code or level'),
          '404': errorResponse('Not installed'),
        },
      },
    },
  },
};
