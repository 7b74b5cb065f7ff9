import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSpec, ContractBundleError } from './loader.js';
import { SYSTEMS } from './systems.js';

function fixtureDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lienthong-specs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const COMMON = `
components:
  schemas:
    Name: { type: string, description: 'Tên / Name' }
    Person:
      type: object
      properties:
        name: { $ref: '#/components/schemas/Name' }
`;

describe('bundleSpec', () => {
  it('inlines external references, and what they reference, into the document components', () => {
    const dir = fixtureDir({
      'common.yaml': COMMON,
      'vneid.yaml': `
paths:
  /x:
    get:
      responses:
        '200':
          content:
            application/json:
              schema: { $ref: './common.yaml#/components/schemas/Person' }
`,
    });
    const { document } = bundleSpec('vneid', dir);
    const text = JSON.stringify(document);
    expect(text).not.toContain('common.yaml');
    expect(document.components).toEqual({
      schemas: {
        Person: { type: 'object', properties: { name: { $ref: '#/components/schemas/Name' } } },
        Name: { type: 'string', description: 'Tên / Name' },
      },
    });
  });

  it('refuses a local schema that shadows a shared one of the same name', () => {
    const dir = fixtureDir({
      'common.yaml': COMMON,
      'vneid.yaml': `
paths: {}
components:
  schemas:
    Name: { type: integer }
    Other: { $ref: './common.yaml#/components/schemas/Name' }
`,
    });
    expect(() => bundleSpec('vneid', dir)).toThrow(ContractBundleError);
    expect(() => bundleSpec('vneid', dir)).toThrow(/components\/schemas\/Name is defined twice/);
  });

  it('names the file and reference when a reference points at nothing', () => {
    const dir = fixtureDir({
      'common.yaml': COMMON,
      'vneid.yaml': `
components:
  schemas:
    Other: { $ref: './common.yaml#/components/schemas/Missing' }
`,
    });
    expect(() => bundleSpec('vneid', dir)).toThrow(
      /vneid.yaml: \$ref ".\/common.yaml#\/components\/schemas\/Missing" points at nothing/,
    );
  });

  it('keeps date-like and yes/no scalars as strings (YAML 1.2 core schema)', () => {
    const dir = fixtureDir({
      'vneid.yaml': `
components:
  schemas:
    Day: { type: string, examples: [2026-09-15, yes, on, 0038] }
`,
    });
    const { document } = bundleSpec('vneid', dir);
    expect(document.components).toEqual({
      schemas: { Day: { type: 'string', examples: ['2026-09-15', 'yes', 'on', 38] } },
    });
  });

  it('leaves no external reference in any project spec', () => {
    for (const system of SYSTEMS) {
      const refs = JSON.stringify(bundleSpec(system).document).match(/"\$ref":"[^"#][^"]*"/g);
      expect(refs, system).toBeNull();
    }
  });
});
