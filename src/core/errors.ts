// Errors that reach users. Each names the problem and carries the exit code scripts rely on.

/** Exit codes of the `frontline` command (sysexits-style, so scripts can tell failures apart). */
export const EXIT = {
  ok: 0,
  /** Some inputs were skipped (empty, binary, unknown language), the rest went through. */
  partial: 1,
  usage: 64,
  /** Input could not be read as any supported format. */
  dataError: 65,
  noInput: 66,
  software: 70,
  /** The store could not be opened or written. */
  ioError: 74,
} as const;

export class FrontlineError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.software,
  ) {
    super(message);
    this.name = 'FrontlineError';
  }
}

/** Bad user input: a date that is not a date, an unknown place, a malformed file. */
export class InputError extends FrontlineError {
  constructor(message: string) {
    super(message, EXIT.dataError);
    this.name = 'InputError';
  }
}
