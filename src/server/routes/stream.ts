// Server-sent events: the page listens here and refreshes when a document or a change arrives.
import { streamSSE } from 'hono/streaming';
import type { RouteModule } from '../context.js';

/** Comment lines keep idle connections open through proxies. */
const HEARTBEAT_MS = 25_000;

export const streamRoutes: RouteModule = {
  mount(app, { live }) {
    app.get('/api/events/stream', (c) =>
      streamSSE(c, async (stream) => {
        let done: () => void = () => {};
        const finished = new Promise<void>((resolve) => (done = resolve));
        const unsubscribe = live.subscribe(
          (message) => void stream.writeSSE({ event: message.event, data: JSON.stringify(message.data) }),
          () => {
            done();
            void stream.close();
          },
        );
        stream.onAbort(done);
        const heartbeat = setInterval(() => void stream.write(': keep-alive\n\n'), HEARTBEAT_MS);
        await stream.writeSSE({ event: 'hello', data: JSON.stringify({ listeners: live.size }) });
        await finished;
        clearInterval(heartbeat);
        unsubscribe();
      }),
    );
  },
  paths: {
    '/api/events/stream': {
      get: {
        summary: 'Server-sent events: `document` when a report is added (with its id, status and event count) and `changes` when the span moves',
        responses: { '200': { description: 'An endless text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } } },
      },
    },
  },
};
