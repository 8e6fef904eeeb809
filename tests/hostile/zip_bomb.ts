/**
 * A zip bomb made directly, in milliseconds: one entry whose deflate stream is a single
 * fixed-Huffman block of back-references (each repeats 258 zero bytes), so that 7 MB
 * inflate to 1 GiB, as the bomb of the report did. Compressing 1 GiB to make it would take
 * half a minute. Only for the tests: the Atlas must refuse it before it fills memory.
 */

class BitWriter {
  private readonly bytes: Uint8Array;
  private length = 0;
  private bits = 0;
  private count = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Writes `size` bits of `value`, least significant first (deflate's order for fields). */
  write(value: number, size: number): void {
    for (let bit = 0; bit < size; bit += 1) this.push((value >> bit) & 1);
  }

  /** Writes a Huffman code, most significant bit first. */
  code(value: number, size: number): void {
    for (let bit = size - 1; bit >= 0; bit -= 1) this.push((value >> bit) & 1);
  }

  private push(bit: number): void {
    this.bits |= bit << this.count;
    this.count += 1;
    if (this.count === 8) {
      this.bytes[this.length] = this.bits;
      this.length += 1;
      this.bits = 0;
      this.count = 0;
    }
  }

  finish(): Uint8Array {
    if (this.count > 0) {
      this.bytes[this.length] = this.bits;
      this.length += 1;
    }
    return this.bytes.slice(0, this.length);
  }
}

/** A raw deflate stream that inflates to `size` zero bytes (size - 1 a multiple of 258). */
function zeros(size: number): Uint8Array {
  const matches = Math.floor((size - 1) / 258);
  const writer = new BitWriter(Math.ceil((matches * 13 + 40) / 8) + 8);
  writer.write(1, 1); // the last block
  writer.write(1, 2); // fixed Huffman codes
  writer.code(0b00110000, 8); // literal 0
  for (let match = 0; match < matches; match += 1) {
    writer.code(0b11000101, 8); // length 258 (code 285)
    writer.code(0, 5); // distance 1
  }
  writer.code(0, 7); // end of block
  return writer.finish();
}

interface Entry {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  /** The size its headers declare once inflated (a bomb may lie). */
  declared: number;
}

function header(fields: [number, 2 | 4][]): Uint8Array {
  const bytes = new Uint8Array(fields.reduce((sum, [, size]) => sum + size, 0));
  const view = new DataView(bytes.buffer);
  let offset = 0;
  for (const [value, size] of fields) {
    if (size === 2) view.setUint16(offset, value, true);
    else view.setUint32(offset, value, true);
    offset += size;
  }
  return bytes;
}

/** A zip of the entries (CRCs left at 0: nothing here checks them before refusing). */
function zipOf(entries: readonly Entry[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0, 2],
      [entry.method, 2],
      [0, 2],
      [0x21, 2],
      [0, 4],
      [entry.data.length, 4],
      [entry.declared, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = header([[0x04034b50, 4], ...common]);
    central.push(
      header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
      name,
    );
    parts.push(local, name, entry.data);
    offset += local.length + name.length + entry.data.length;
  }
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directorySize, 4],
    [offset, 4],
    [0, 2],
  ]);
  const all = [...parts, ...central, end];
  const zip = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}

/**
 * An HSDS package whose services.csv inflates to `size` bytes; its headers declare
 * `declared` bytes (the true size unless a lie is asked for).
 */
export function zipBomb(size: number, declared = size): Uint8Array {
  return zipOf([
    { name: 'datapackage.json', method: 0, data: new TextEncoder().encode('{}'), declared: 2 },
    { name: 'services.csv', method: 8, data: zeros(size), declared },
  ]);
}
