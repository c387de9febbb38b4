// The event feed, filtered by type, side, province and dates.
import { z } from 'zod';
import { EVENT_TYPES } from '../../core/index.js';
import type { RouteModule } from '../context.js';
import { ApiError } from '../errors.js';
import { badDate, dateSchema, jsonResponse, queryParam, ref } from '../oas.js';
import { eventType, isoDate, parseQuery } from '../params.js';

export const MAX_EVENTS = 2000;

const query = z.object({
  type: eventType.optional(),
  side: z.string().min(1).max(100).optional(),
  admin1: z.string().min(1).max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_EVENTS).default(200),
});

export const eventRoutes: RouteModule = {
  mount(app, { frontline }) {
    app.get('/api/events', async (c) => {
      const filter = parseQuery(c, query);
      if (filter.from && filter.to && filter.from > filter.to) {
        throw new ApiError(400, 'bad_range', `from ${filter.from} is after to ${filter.to}`);
      }
      return c.json({ events: await frontline.events(filter) });
    });
  },
  paths: {
    '/api/events': {
      get: {
        summary: 'Stored events, newest first, each with its evidence sentence',
        parameters: [
          queryParam('type', 'Event type', { type: 'string', enum: [...EVENT_TYPES] }),
          queryParam('side', 'Side of the actor (e.g. taliban, government)'),
          queryParam('admin1', 'Province (admin-1) name or code'),
          queryParam('from', 'Earliest event day', dateSchema),
          queryParam('to', 'Latest event day', dateSchema),
          queryParam('limit', `Maximum number of events (1–${MAX_EVENTS}, default 200)`, { type: 'integer', minimum: 1, maximum: MAX_EVENTS }),
        ],
        responses: {
          '200': jsonResponse('The events', { type: 'object', properties: { events: { type: 'array', items: ref('EventView') } } }),
          ...badDate,
        },
      },
    },
  },
};
