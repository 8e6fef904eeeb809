/**
 * SHA-1 for UUID v5 ids only (not for security). Written out because an id is made for
 * nearly every imported record: with reused buffers it is several times faster than the
 * generic paths, in the browser and in Node alike.
 */

const W = new Int32Array(80);
let buffer = new Uint8Array(1024);
/** The digest of the last call, reused so that hashing allocates nothing. */
const DIGEST = new Int32Array(5);

/** Bytes of the message being hashed: from `startMessage` to `length`. */
let length = 0;

/** Room for `bytes` more bytes in `buffer` (and the padding), keeping what it holds. */
function reserve(bytes: number): void {
  const needed = length + bytes + 72;
  if (buffer.length >= needed) return;
  const grown = new Uint8Array(needed * 2);
  grown.set(buffer.subarray(0, length));
  buffer = grown;
}

/** Writes `text` as UTF-8 into `buffer` from `offset`; returns the end offset. */
function writeUtf8(text: string, offset: number): number {
  let at = offset;
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      buffer[at++] = code;
    } else if (code < 0x800) {
      buffer[at++] = 0xc0 | (code >> 6);
      buffer[at++] = 0x80 | (code & 0x3f);
    } else {
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i += 1;
        }
      }
      if (code >= 0xd800 && code < 0xe000) code = 0xfffd;
      if (code < 0x10000) {
        buffer[at++] = 0xe0 | (code >> 12);
      } else {
        buffer[at++] = 0xf0 | (code >> 18);
        buffer[at++] = 0x80 | ((code >> 12) & 0x3f);
      }
      buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
      buffer[at++] = 0x80 | (code & 0x3f);
    }
  }
  return at;
}

/**
 * Starts a message with the `prefix` bytes. A message is written in parts (`appendText`)
 * so that a name made of parts is hashed without being joined into a string first.
 */
export function startMessage(prefix: Uint8Array): void {
  length = 0;
  reserve(prefix.length);
  buffer.set(prefix, 0);
  length = prefix.length;
}

/** Appends `text` to the message, in UTF-8 (a surrogate pair must not be split between two texts). */
export function appendText(text: string): void {
  reserve(text.length * 3);
  length = writeUtf8(text, length);
}

/**
 * The SHA-1 digest (5 big-endian words) of the message started by `startMessage`.
 * The array returned is overwritten by the next digest: read it before hashing again.
 */
export function digestWords(): Int32Array {
  const padded = (((length + 8) >> 6) + 1) << 6;
  buffer.fill(0, length, padded);
  buffer[length] = 0x80;
  const bits = length * 8;
  buffer[padded - 4] = bits >>> 24;
  buffer[padded - 3] = (bits >>> 16) & 0xff;
  buffer[padded - 2] = (bits >>> 8) & 0xff;
  buffer[padded - 1] = bits & 0xff;

  let h0 = 0x67452301;
  let h1 = 0xefcdab89 | 0;
  let h2 = 0x98badcfe | 0;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0 | 0;
  const bytes = buffer;
  for (let block = 0; block < padded; block += 64) {
    for (let t = 0; t < 16; t += 1) {
      const at = block + t * 4;
      W[t] =
        ((bytes[at] as number) << 24) |
        ((bytes[at + 1] as number) << 16) |
        ((bytes[at + 2] as number) << 8) |
        (bytes[at + 3] as number);
    }
    for (let t = 16; t < 80; t += 1) {
      const x =
        (W[t - 3] as number) ^ (W[t - 8] as number) ^ (W[t - 14] as number) ^ (W[t - 16] as number);
      W[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let t = 0;
    for (; t < 20; t += 1) {
      const temp =
        (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + (W[t] as number)) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    for (; t < 40; t += 1) {
      const temp = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + (W[t] as number)) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    for (; t < 60; t += 1) {
      const temp =
        (((a << 5) | (a >>> 27)) +
          ((b & c) | (b & d) | (c & d)) +
          e +
          0x8f1bbcdc +
          (W[t] as number)) |
        0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    for (; t < 80; t += 1) {
      const temp = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0xca62c1d6 + (W[t] as number)) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  DIGEST[0] = h0;
  DIGEST[1] = h1;
  DIGEST[2] = h2;
  DIGEST[3] = h3;
  DIGEST[4] = h4;
  return DIGEST;
}
