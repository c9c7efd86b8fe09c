/** Ends an exhaustive `switch`: the compiler rejects a call that a new union member can reach. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
