import { expect, test } from 'vitest';
import { RequestSchema } from '../../src/domain/request/schema';
import { REQUEST_EXAMPLE } from '../../src/content/request-example';

test('the guide example is a valid request', () => {
  expect(RequestSchema.safeParse(REQUEST_EXAMPLE).success).toBe(true);
});
