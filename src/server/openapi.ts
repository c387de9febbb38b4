// The OpenAPI 3.1 document served at /api/openapi.json: shared schemas here, each route's
// description in its own route file.
import type { OpenApiPaths, RouteModule } from './context.js';
import { dateSchema, jsonResponse } from './oas.js';

const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const str = { type: 'string' };
const int = { type: 'integer' };
const date = nullable(dateSchema);
const status = { type: 'string', enum: ['assessed', 'claimed', 'contested', 'unknown'] };
const actor = nullable({ type: 'object', properties: { text: str, name: str, side: nullable(str) } });

const schemas = {
  Error: {
    type: 'object',
    required: ['error', 'detail'],
    properties: { error: { type: 'string', description: 'Machine-readable code, e.g. bad_date' }, detail: { type: 'string', description: 'What is wrong, naming the value' } },
  },
  EvidenceRef: {
    type: 'object',
    properties: {
      document: str, url: nullable(str), outlet: nullable(str), published: date, synthetic: { type: 'boolean' },
      sentence: str, start: int, end: int,
      highlights: { type: 'array', items: { type: 'object', properties: { role: str, start: int, end: int } } },
    },
  },
  MapPlace: {
    type: 'object',
    properties: {
      id: str, name: str, admin1: nullable(str), country: str, lat: nullable({ type: 'number' }), lon: nullable({ type: 'number' }),
      controller: str, status, since: date, evidence: { type: 'array', items: { $ref: '#/components/schemas/EvidenceRef' } },
    },
  },
  MapView: {
    type: 'object',
    properties: { as_of: dateSchema, theater: str, places: { type: 'array', items: { $ref: '#/components/schemas/MapPlace' } } },
  },
  EventView: {
    type: 'object',
    properties: {
      id: str, incident: nullable(str), type: str,
      place: { type: 'object', properties: { text: str, id: nullable(str), name: nullable(str), admin1: nullable(str), lat: nullable({ type: 'number' }), lon: nullable({ type: 'number' }) } },
      actor, from_actor: actor, date, date_precision: nullable(str), status: { type: 'string', enum: ['reported', 'claimed', 'denied'] },
      attributed_to: nullable(str), without_fight: nullable({ type: 'boolean' }), count: nullable(int),
      evidence: { $ref: '#/components/schemas/EvidenceRef' }, parser: str,
    },
  },
  IncidentView: {
    type: 'object',
    properties: {
      id: str, type: str, place_id: str, side: nullable(str), date, sources: int, status: str,
      events: { type: 'array', items: { $ref: '#/components/schemas/EventView' } },
    },
  },
  IntervalView: {
    type: 'object',
    properties: {
      controller: str, status, from: date, to: date,
      incidents: { type: 'array', items: { $ref: '#/components/schemas/IncidentView' } },
      disputes: { type: 'array', items: { $ref: '#/components/schemas/IncidentView' } },
    },
  },
  PlaceHistory: {
    type: 'object',
    properties: {
      place: { type: 'object', properties: { id: str, name: str, kind: str, admin1: nullable(str), admin2: nullable(str), country: str } },
      intervals: { type: 'array', items: { $ref: '#/components/schemas/IntervalView' } },
    },
  },
  ChangeView: {
    type: 'object',
    properties: {
      place: { type: 'object', properties: { id: str, name: str, admin1: nullable(str) } },
      before: { type: 'object', properties: { controller: str, status } },
      after: { type: 'object', properties: { controller: str, status, since: date } },
      evidence: { type: 'array', items: { $ref: '#/components/schemas/EvidenceRef' } },
    },
  },
  ClaimView: {
    type: 'object',
    properties: {
      id: str, date, place: str, actor: nullable(str), side: nullable(str), count: nullable(int), total: nullable(int),
      fraction: nullable({ type: 'number' }),
      computed: nullable({ type: 'object', properties: { count: int, total: int } }),
      evidence: { $ref: '#/components/schemas/EvidenceRef' },
    },
  },
  FiguresView: {
    type: 'object',
    properties: {
      as_of: dateSchema, theater: str, universe: int,
      by_side: { type: 'object', additionalProperties: { type: 'object', additionalProperties: int } },
      claims: { type: 'array', items: { $ref: '#/components/schemas/ClaimView' } },
    },
  },
  FeatureCollection: {
    type: 'object',
    properties: { type: { const: 'FeatureCollection' }, features: { type: 'array', items: { type: 'object' } } },
  },
};

export function buildOpenApi(modules: RouteModule[]): object {
  const paths: OpenApiPaths = {
    '/api/openapi.json': { get: { summary: 'This document', responses: { '200': jsonResponse('OpenAPI 3.1', { type: 'object' }) } } },
  };
  for (const module of modules) Object.assign(paths, module.paths);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Frontline API',
      version: '1',
      description: 'Who controls which place, since when, and according to whom. Every read is traceable to the sentences behind it. Errors are JSON `{error, detail}`.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: { apiToken: { type: 'http', scheme: 'bearer', description: 'The server\'s FRONTLINE_API_TOKEN' } },
    },
  };
}
