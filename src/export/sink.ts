/**
 * Where an export writes: a file or standard output, as a stream that respects backpressure (a
 * write waits while the stream's buffer is full), so that memory stays bounded whatever the size
 * of the graph. A file is written as `NAME.partial` and renamed when complete, so that an
 * interrupted export never leaves a file that looks whole.
 */
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { ErrorCode, OutpostError } from '../errors.js';

/** A text sink: `write` chunks, then `close` (or `abort` on failure). */
export interface Sink {
  /** Bytes written so far. */
  readonly bytes: number;
  write(text: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

class StreamSink implements Sink {
  bytes = 0;
  private failed: Error | undefined;
  constructor(
    private readonly stream: Writable,
    private readonly finish: (stream: Writable) => Promise<void>,
    private readonly cancel: (stream: Writable) => Promise<void>,
    mapError: (error: Error) => Error = (error) => error,
  ) {
    stream.on('error', (error: Error) => {
      this.failed = mapError(error);
    });
  }

  async write(text: string): Promise<void> {
    if (this.failed) throw this.failed;
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text)) {
      await drained(this.stream);
      if (this.failed) throw this.failed;
    }
  }

  async close(): Promise<void> {
    if (this.failed) throw this.failed;
    await this.finish(this.stream);
  }

  async abort(): Promise<void> {
    await this.cancel(this.stream);
  }
}

/** Resolves when `stream` drains (or fails), leaving no listener behind. */
function drained(stream: Writable): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

/** Writes to standard output (not closed at the end: other output may follow). */
export function stdoutSink(stream: Writable = process.stdout): Sink {
  return new StreamSink(
    stream,
    async () => undefined,
    async () => undefined,
  );
}

/** The `.partial` files being written now (removed by `removePartialFiles` on Ctrl-C). */
const partials = new Set<string>();

/** Removes every `.partial` file still being written: for an export stopped half-way. */
export function removePartialFiles(): void {
  for (const partial of partials) rmSync(partial, { force: true });
  partials.clear();
}

/** Writes to `path` through `path.partial`, renamed to `path` by `close`, removed by `abort`. */
export function fileSink(path: string): Sink {
  const partial = `${path}.partial`;
  partials.add(partial);
  const stream: WriteStream = createWriteStream(partial, { encoding: 'utf8' });
  const ended = async (s: Writable) => {
    s.end();
    await once(s, 'close');
  };
  return new StreamSink(
    stream,
    async (s) => {
      await ended(s);
      partials.delete(partial);
      try {
        renameSync(partial, path);
      } catch (error) {
        throw unwritable(path, error);
      }
    },
    async (s) => {
      s.destroy();
      partials.delete(partial);
      rmSync(partial, { force: true });
    },
    (error) => unwritable(path, error),
  );
}

function unwritable(path: string, error: unknown): OutpostError {
  return new OutpostError(
    ErrorCode.INPUT_UNREADABLE,
    `cannot write ${path}: ${(error as Error).message}`,
    {
      hint: 'Check that the folder exists and can be written to.',
    },
  );
}
