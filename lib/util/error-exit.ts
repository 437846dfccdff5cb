import { isLibraryError } from './library-error';

/** Marks this module's listeners, in any copy of the library. */
const OURS = Symbol.for('cdktf-genesyscloud-byoc.error-exit');

type Listener = ((...args: unknown[]) => void) & { [OURS]?: true };
type ErrorEvent = 'uncaughtException' | 'unhandledRejection';

/**
 * Makes an uncaught error of this library (bad props, a bad roster)
 * end the process with its message on standard error and exit code 1,
 * as `cdktf synth` expects, instead of a stack trace that buries the
 * message. Installed once per process; safe to call repeatedly.
 *
 * Everything else keeps Node's default behaviour: other errors are
 * handed back to Node, and when the program has its own
 * `uncaughtException` or `unhandledRejection` listener, this one stands
 * aside. Rejections are left alone when Node runs with its own
 * `--unhandled-rejections` mode.
 */
export function exitCleanlyOnLibraryErrors(): void {
  if (!installed('uncaughtException')) {
    process.on('uncaughtException', mark(onUncaught));
  }
  if (!installed('unhandledRejection') && defaultRejectionMode()) {
    process.on('unhandledRejection', mark(onRejection));
  }
}

function onUncaught(error: unknown): void {
  if (othersListen('uncaughtException')) return;
  if (isLibraryError(error)) exitWith(error);
  // Not ours: step aside and let Node crash as it would have. Node's
  // domain module, once loaded, adds a listener beside any other; it
  // would swallow the error once ours is gone.
  for (const listener of process.listeners('uncaughtException')) {
    if ((listener as Listener)[OURS] || isDomainListener(listener)) {
      process.removeListener('uncaughtException', listener);
    }
  }
  process.nextTick(() => {
    throw error;
  });
}

function onRejection(reason: unknown): void {
  if (othersListen('unhandledRejection')) return;
  if (isLibraryError(reason)) exitWith(reason);
  // Node's default mode raises the rejection as an uncaught exception.
  process.nextTick(() => {
    throw reason;
  });
}

function exitWith(error: Error): never {
  process.stderr.write(`${error.name}: ${error.message}\n`);
  process.exit(1);
}

function mark<T extends (...args: never[]) => void>(listener: T): T {
  return Object.assign(listener, { [OURS]: true as const });
}

function ownListeners(event: ErrorEvent): Listener[] {
  return (process.listeners(event as 'uncaughtException') as Listener[]).filter(
    (listener) => listener[OURS],
  );
}

function installed(event: ErrorEvent): boolean {
  return ownListeners(event).length > 0;
}

/** True when the program listens itself, besides this module and Node. */
function othersListen(event: ErrorEvent): boolean {
  const all = process.listeners(event as 'uncaughtException');
  return all.some(
    (listener) => !(listener as Listener)[OURS] && !isDomainListener(listener),
  );
}

/** The listener Node's domain module keeps first in line. */
function isDomainListener(listener: unknown): boolean {
  return (
    typeof listener === 'function' &&
    listener.name === 'domainUncaughtExceptionClear'
  );
}

/** True unless Node was told how to treat unhandled rejections. */
function defaultRejectionMode(): boolean {
  const flags = [
    ...process.execArgv,
    ...(process.env.NODE_OPTIONS ?? '').split(/\s+/),
  ];
  return !flags.some((flag) => flag.startsWith('--unhandled-rejections'));
}
