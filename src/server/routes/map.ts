// The control map as of a day, as JSON (MapView) and as GeoJSON points.
import { z } from 'zod';
import type { RouteModule } from '../context.js';
import { mapGeoJson } from '../../control/index.js';
import { asOfParam, badDate, jsonResponse, ref } from '../oas.js';
import { asOfOrLatest, isoDate, parseQuery } from '../params.js';

const query = z.object({ as_of: isoDate.optional() });

export const mapRoutes: RouteModule = {
  mount(app, { frontline }) {
    app.get('/api/map', async (c) => {
      const { as_of } = parseQuery(c, query);
      return c.json(await frontline.mapAsOf(await asOfOrLatest(frontline, as_of)));
    });
    app.get('/api/map.geojson', async (c) => {
      const { as_of } = parseQuery(c, query);
      const view = await frontline.mapAsOf(await asOfOrLatest(frontline, as_of));
      return c.body(JSON.stringify(mapGeoJson(view)), 200, { 'content-type': 'application/geo+json; charset=utf-8' });
    });
  },
  paths: {
    '/api/map': {
      get: {
        summary: 'Every place of the theater with its controller and status as of a day',
        parameters: [asOfParam],
        responses: { '200': jsonResponse('The map', ref('MapView')), ...badDate },
      },
    },
    '/api/map.geojson': {
      get: {
        summary: 'The same map as a GeoJSON FeatureCollection of points',
        parameters: [asOfParam],
        responses: {
          '200': { description: 'FeatureCollection', content: { 'application/geo+json': { schema: ref('FeatureCollection') } } },
          ...badDate,
        },
      },
    },
  },
};
