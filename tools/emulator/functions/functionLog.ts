/**
 * What the hosted function writes to its operational log (in Azure: Application Insights). The
 * emulator keeps it for tests to read, and echoes it where a person is watching (`npm start`,
 * `npm run emulator`), so an injected fault's expected error is evidence, not console noise.
 */
import type { IFunctionLog } from '../../../functions/protectedCases/ProtectedCaseFunction';

export interface IFunctionLogEntry {
  readonly level: 'warn' | 'error';
  readonly message: string;
  readonly error: string;
}

const MAX_ENTRIES = 1000;

export class FunctionLog implements IFunctionLog {
  private readonly _entries: IFunctionLogEntry[] = [];

  constructor(private readonly _echo?: (line: string) => void) {}

  warn(message: string, error: unknown): void {
    this._record('warn', message, error);
  }

  error(message: string, error: unknown): void {
    this._record('error', message, error);
  }

  entries(): readonly IFunctionLogEntry[] {
    return this._entries.slice();
  }

  private _record(level: IFunctionLogEntry['level'], message: string, error: unknown): void {
    const entry = { level, message, error: error instanceof Error ? error.message : String(error) };
    this._entries.push(entry);
    if (this._entries.length > MAX_ENTRIES) this._entries.shift();
    if (this._echo) this._echo(`[function ${level}] ${message}: ${entry.error}`);
  }
}
