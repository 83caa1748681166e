/** The function's operational log: what went wrong that the caller was only told in general terms. */
export interface IFunctionLog {
  warn(message: string, error: unknown): void;
  error(message: string, error: unknown): void;
}
