// Downloads as of a day: the events up to it as CSV, the map on it as GeoJSON.
import { z } from 'zod';
import type { RouteModule } from '../context.js';
import { eventsCsv, mapGeoJson } from '../../control/index.js';
import { asOfParam, badDate, ref } from '../oas.js';
import { asOfOrLatest, isoDate, parseQuery } from '../params.js';

const query = z.object({ as_of: isoDate.optional() });
const EXPORT_LIMIT = 1_000_000;

const download = (name: string) => ({ 'content-disposition': `attachment; filename="${name}"` });

export const exportRoutes: RouteModule = {
  mount(app, { frontline }) {
    app.get('/api/export.csv', async (c) => {
      const asOf = await asOfOrLatest(frontline, parseQuery(c, query).as_of);
      // The feed is newest first; an export reads in time order.
      const events = (await frontline.events({ to: asOf, limit: EXPORT_LIMIT })).reverse();
      return c.body(eventsCsv(events), 200, { 'content-type': 'text/csv; charset=utf-8', ...download(`frontline-events-${asOf}.csv`) });
    });
    app.get('/api/export.geojson', async (c) => {
      const asOf = await asOfOrLatest(frontline, parseQuery(c, query).as_of);
      const body = JSON.stringify(mapGeoJson(await frontline.mapAsOf(asOf)));
      return c.body(body, 200, { 'content-type': 'application/geo+json; charset=utf-8', ...download(`frontline-map-${asOf}.geojson`) });
    });
  },
  paths: {
    '/api/export.csv': {
      get: {
        summary: 'Events up to a day as CSV: ACLED column names where the meaning is the same, plus status, evidence, document_url, frontline_type, event_id and incident',
        parameters: [asOfParam],
        responses: { '200': { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...badDate },
      },
    },
    '/api/export.geojson': {
      get: {
        summary: 'The map on a day as a GeoJSON FeatureCollection (a download)',
        parameters: [asOfParam],
        responses: { '200': { description: 'FeatureCollection', content: { 'application/geo+json': { schema: ref('FeatureCollection') } } }, ...badDate },
      },
    },
  },
};
