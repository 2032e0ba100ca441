// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { traditionalChars } from '../../scripts/build-traditional';
import { hasTraditional, normalize } from '../../lib/engine/normalize';

describe('traditional character table', () => {
  it('is current with opencc-js and the statute texts (npx tsx scripts/build-traditional.ts)', () => {
    const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/traditional-chars.json', import.meta.url)), 'utf8')) as { chars: string };
    expect(file.chars).toBe(traditionalChars());
  });
  it('flags traditional text but not simplified legal text', () => {
    expect(hasTraditional('行政機關')).toBe(true);
    expect(hasTraditional('行政机关不得设定行政许可，著作权依法保护。')).toBe(false);
    expect(normalize('著作權').text).toBe('著作权');
  });
});
