import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/text/decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 with a byte order mark and removes the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Nom;Commune\r\nCPAS;Liège\r\n')]);
    const decoded = decodeText(bytes);
    expect(decoded).toEqual({
      text: 'Nom;Commune\r\nCPAS;Liège\r\n',
      encoding: 'utf-8',
      bom: true,
      findings: [],
    });
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeText(utf8('Liège;Namur;Eupen — € ’ ë é'))).toEqual({
      text: 'Liège;Namur;Eupen — € ’ ë é',
      encoding: 'utf-8',
      bom: false,
      findings: [],
    });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('name,city\nCPAS,Namur\n'))).toEqual({
      text: 'name,city\nCPAS,Namur\n',
      encoding: 'utf-8',
      bom: false,
      findings: [],
    });
  });

  it('says an empty file is empty, a byte order mark or blank lines alone too', () => {
    for (const bytes of [[], [0xef, 0xbb, 0xbf], [0x0d, 0x0a, 0x20, 0x0a]]) {
      const decoded = decodeText(new Uint8Array(bytes));
      expect(decoded.findings.map((finding) => [finding.severity, finding.code])).toEqual([
        ['error', 'empty_file'],
      ]);
    }
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (Excel "CSV" in Belgium)', () => {
    expect(decodeText(new Uint8Array([0x4c, 0x69, 0xe8, 0x67, 0x65]))).toEqual({
      text: 'Liège',
      encoding: 'windows-1252',
      bom: false,
      findings: [],
    });
  });

  it('maps the Windows-1252 letters and punctuation Belgian files use', () => {
    // "Café Noël : 5 €, l’accueil" as Windows-1252.
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x4e, 0x6f, 0xeb, 0x6c, 0x20, 0x3a, 0x20, 0x35, 0x20, 0x80,
      0x2c, 0x20, 0x6c, 0x92, 0x61, 0x63, 0x63, 0x75, 0x65, 0x69, 0x6c,
    ]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('Café Noël : 5 €, l’accueil');
  });

  it('decodes each Windows-1252 byte to its character', () => {
    const cases: [number, string][] = [
      [0xe9, 'é'],
      [0xeb, 'ë'],
      [0xe8, 'è'],
      [0xe7, 'ç'],
      [0x80, '€'],
      [0x92, '’'],
      [0x85, '…'],
      [0x8a, 'Š'],
      [0x93, '“'],
      [0x94, '”'],
      [0x96, '–'],
      [0x9c, 'œ'],
      [0x9f, 'Ÿ'],
    ];
    for (const [byte, char] of cases) {
      const decoded = decodeText(new Uint8Array([0x61, byte, 0x62]));
      expect(decoded.encoding).toBe('windows-1252');
      expect(decoded.text).toBe(`a${char}b`);
    }
  });

  it('turns no defined Windows-1252 byte into a C1 control character', () => {
    const undefinedBytes = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
    for (let byte = 0x80; byte <= 0x9f; byte += 1) {
      const text = decodeText(new Uint8Array([0x41, byte])).text;
      expect(text).toHaveLength(2);
      const code = text.charCodeAt(1);
      if (undefinedBytes.includes(byte)) expect(code).toBe(byte);
      else expect(code, `byte 0x${byte.toString(16)}`).toBeGreaterThan(0x9f);
    }
  });

  it('keeps line ends and delimiters of a Windows-1252 CSV', () => {
    const bytes = new Uint8Array([...utf8('Nom;Commune\r\nCPAS;Li'), 0xe8, ...utf8('ge\r\n')]);
    expect(decodeText(bytes).text).toBe('Nom;Commune\r\nCPAS;Liège\r\n');
  });

  it('reads UTF-8 with a few invalid sequences as UTF-8, replaces them and says where', () => {
    const rows = Array.from({ length: 50 }, (_, index) => `CPAS ${index};Liège`).join('\n');
    const bytes = new Uint8Array([...utf8(`Nom;Commune\n${rows}\nCPAS;Li`), 0xe8, ...utf8('ge\n')]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('CPAS 7;Liège');
    expect(decoded.text).toContain('CPAS;Li\uFFFDge');
    expect(decoded.findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'invalid_encoding' }),
    ]);
    expect(decoded.findings[0]?.message).toContain('line 52');
  });

  it('reads Windows-1252 with a stray UTF-8 sequence as Windows-1252, and warns of the mix', () => {
    const latin = Array.from({ length: 5 }, () => [0x4c, 0x69, 0xe8, 0x67, 0x65, 0x0a]).flat();
    const decoded = decodeText(new Uint8Array([...latin, ...utf8('Namur é\n')]));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.startsWith('Liège\nLiège')).toBe(true);
    expect(decoded.findings[0]).toMatchObject({ severity: 'warning', code: 'invalid_encoding' });
    expect(decoded.findings[0]?.message).toContain('line 6');
  });

  it('reads UTF-16 by its byte order mark, little and big endian', () => {
    const text = 'Nom;Commune\r\nCPAS;Liège\r\n';
    const little = new Uint8Array(2 + text.length * 2);
    const big = new Uint8Array(2 + text.length * 2);
    little.set([0xff, 0xfe]);
    big.set([0xfe, 0xff]);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      little.set([code & 0xff, code >> 8], 2 + index * 2);
      big.set([code >> 8, code & 0xff], 2 + index * 2);
    }
    expect(decodeText(little)).toEqual({ text, encoding: 'utf-16le', bom: true, findings: [] });
    expect(decodeText(big)).toEqual({ text, encoding: 'utf-16be', bom: true, findings: [] });
    const unmarked = decodeText(little.subarray(2));
    expect(unmarked).toMatchObject({ text, encoding: 'utf-16le', bom: false });
    expect(unmarked.findings[0]).toMatchObject({ severity: 'info', code: 'invalid_encoding' });
  });

  it('refuses a binary file, saying which byte gave it away', () => {
    const decoded = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(decoded.text).toBe('');
    expect(decoded.findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unreadable_file' }),
    ]);
    expect(decoded.findings[0]?.message).toContain('byte 6');
  });
});
