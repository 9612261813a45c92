// Password hashing with Node's scrypt. Parameters are stored in each hash, so they can be raised
// later without invalidating existing passwords.
// Every hash runs in one of a few slots (hash-slots.ts); when all are taken and the queue is full,
// hashing throws HashingBusyError instead of piling up.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { hashSlots } from "./hash-slots";

const scrypt = (password: string, salt: Buffer, keyLength: number, options: ScryptOptions) =>
  hashSlots.run(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCallback(password.normalize("NFKC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );

// OWASP's minimum for scrypt: N = 2^17, r = 8, p = 1 (128 MiB per hash). The unit tests, which
// hash hundreds of passwords, may lower N with TEST_SCRYPT_LOG2_N; only under NODE_ENV=test.
const testLog2N = process.env.NODE_ENV === "test" ? Number(process.env.TEST_SCRYPT_LOG2_N) : NaN;
const COST = { N: 2 ** (Number.isInteger(testLog2N) && testLog2N >= 10 ? testLog2N : 17), r: 8, p: 1 };
const KEY_LENGTH = 32;
const maxmem = (N: number, r: number) => 256 * N * r;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { ...COST, maxmem: maxmem(COST.N, COST.r) });
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const N = Number(n);
  const R = Number(r);
  const actual = await scrypt(password, Buffer.from(salt, "base64"), expected.length, { N, r: R, p: Number(p), maxmem: maxmem(N, R) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash that no password matches: compared against when the email is unknown, to take as long. */
export const DUMMY_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${Buffer.alloc(16).toString("base64")}$${Buffer.alloc(KEY_LENGTH).toString("base64")}`;
