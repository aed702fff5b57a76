/**
 * Posting shards as binary: for each term of a range, its title postings and its abstract
 * postings (sorted document ids) as gaps between ids, each a variable-length number (7 bits a
 * byte, least significant first, high bit set on every byte but the last). Gaps are small because
 * documents are ordered by permalink, so an organization's projects sit next to each other.
 * Binary rather than text in JSON: gzip brought the earlier base-64 strings to only ~60% (they
 * look random to it), and the browser decodes bytes without parsing JSON first.
 *
 * Layout: varint term count; per term: varint UTF-8 length, the UTF-8 bytes, then the title
 * postings and the abstract postings, each as varint count followed by that many gaps.
 */

/** One term of a posting shard. */
export interface TermPostings {
  term: string;
  title: ArrayLike<number>;
  abstract: ArrayLike<number>;
}

/** Decoded: ids as Uint32Array, sorted. */
export interface DecodedTermPostings {
  term: string;
  title: Uint32Array;
  abstract: Uint32Array;
}

/** A shard holds at most this many terms, and a list this many ids: a corrupt or hostile file fails, it does not allocate gigabytes. */
const MAX_COUNT = 1 << 24;

class ByteWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  varint(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new Error(`postings: ${value} is not a 32-bit unsigned integer`);
    while (value >= 0x80) {
      this.byte((value & 0x7f) | 0x80);
      value = Math.floor(value / 128);
    }
    this.byte(value);
  }

  raw(data: Uint8Array): void {
    for (const byte of data) this.byte(byte);
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private byte(value: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = value;
  }
}

class ByteReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.at >= this.bytes.length) throw new Error('postings: the shard ends in the middle of a number');
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 128;
    }
    throw new Error('postings: a number longer than 5 bytes');
  }

  count(): number {
    const count = this.varint();
    if (count > MAX_COUNT) throw new Error(`postings: a count of ${count} is past the limit of ${MAX_COUNT}`);
    return count;
  }

  take(length: number): Uint8Array {
    if (this.at + length > this.bytes.length) throw new Error('postings: the shard ends in the middle of a term');
    const slice = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return slice;
  }

  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

function writeIds(writer: ByteWriter, ids: ArrayLike<number>): void {
  writer.varint(ids.length);
  let previous = -1;
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    if (id <= previous) throw new Error(`postings must be strictly increasing: ${id} after ${previous}`);
    writer.varint(id - previous - 1);
    previous = id;
  }
}

function readIds(reader: ByteReader): Uint32Array {
  const ids = new Uint32Array(reader.count());
  let previous = -1;
  for (let index = 0; index < ids.length; index++) {
    previous += reader.varint() + 1;
    ids[index] = previous;
  }
  return ids;
}

/** Encodes the terms of one shard, in the order given. */
export function encodePostingShard(terms: readonly TermPostings[]): Uint8Array {
  const writer = new ByteWriter();
  const utf8 = new TextEncoder();
  writer.varint(terms.length);
  for (const { term, title, abstract } of terms) {
    const bytes = utf8.encode(term);
    writer.varint(bytes.length);
    writer.raw(bytes);
    writeIds(writer, title);
    writeIds(writer, abstract);
  }
  return writer.result();
}

/** Decodes what encodePostingShard wrote; throws on a truncated or malformed shard. */
export function decodePostingShard(bytes: Uint8Array): DecodedTermPostings[] {
  const reader = new ByteReader(bytes);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const count = reader.count();
  const terms: DecodedTermPostings[] = [];
  for (let index = 0; index < count; index++) {
    const term = utf8.decode(reader.take(reader.count()));
    terms.push({ term, title: readIds(reader), abstract: readIds(reader) });
  }
  if (!reader.done) throw new Error('postings: bytes left after the last term');
  return terms;
}
