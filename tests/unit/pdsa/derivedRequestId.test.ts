import { derivedRequestId } from '../../../src/services/pdsa/derivedRequestId';

describe('derivedRequestId', () => {
  const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('is the same for every retry and different for every part', () => {
    expect(derivedRequestId(uuid, 'u12')).toBe(`${uuid}:u12`);
    expect(derivedRequestId(uuid, 'u12')).toBe(derivedRequestId(uuid, 'u12'));
    expect(derivedRequestId(uuid, 'u12')).not.toBe(derivedRequestId(uuid, 'u13'));
  });

  it('stays within the column\'s 64 characters however long the given id, and tells long ids apart', () => {
    const long = 'x'.repeat(64);
    const other = `${'x'.repeat(63)}y`;
    expect(derivedRequestId(long, 'u12').length).toBeLessThanOrEqual(64);
    expect(derivedRequestId(long, 'u12')).toBe(derivedRequestId(long, 'u12'));
    expect(derivedRequestId(long, 'u12')).not.toBe(derivedRequestId(other, 'u12'));
    expect(derivedRequestId(long, 'u12')).not.toBe(derivedRequestId(long, 'u13'));
  });
});
