import { ProtectedCaseErrorCode } from '../../src/services/protectedCases/protocol';

/** A request the function turns down, with the status and code its answer carries. */
export class Refusal extends Error {
  constructor(
    public readonly status: number,
    public readonly code: ProtectedCaseErrorCode,
    message: string,
    /** On a conflict: the item as stored now (a case, a document). */
    public readonly current?: unknown,
    /** The domain's reasons, by field, for the caller to show. */
    public readonly fields?: Readonly<Record<string, string>>
  ) {
    super(message);
  }
}

/** One answer for every case the caller may not know of, whether it exists or not. */
export function notFound(): Refusal {
  return new Refusal(404, 'notFound', 'No such case.');
}
