// Announcements for the server-sent event stream: writes publish, each open stream listens.
export interface LiveMessage {
  event: 'document' | 'changes';
  data: unknown;
}

type Listener = (message: LiveMessage) => void;

export class LiveFeed {
  private readonly listeners = new Set<Listener>();
  private readonly closers = new Set<() => void>();

  publish(message: LiveMessage): void {
    for (const listener of this.listeners) listener(message);
  }

  /** Registers a stream; `close` is called when the server shuts down. Returns the unsubscribe function. */
  subscribe(listener: Listener, close: () => void): () => void {
    this.listeners.add(listener);
    this.closers.add(close);
    return () => {
      this.listeners.delete(listener);
      this.closers.delete(close);
    };
  }

  get size(): number {
    return this.listeners.size;
  }

  /** Ends every open stream, so that the HTTP server can close. */
  closeAll(): void {
    for (const close of [...this.closers]) close();
  }
}
