import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/graph/migrate.js';
import { useTestGraph } from '../helpers/graph.js';

describe('migrate', () => {
  const graph = useTestGraph();

  it('applies nothing and changes no index when run again', async () => {
    const before = await graph().read('read/schema-objects');
    const report = await migrate(graph());
    const after = await graph().read('read/schema-objects');
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toEqual(readMigrations().map((m) => m.name));
    expect(after).toEqual(before);
  });

  it('has created the id constraints and the fulltext index of the model', async () => {
    const names = (await graph().read('read/schema-objects')).map((row) => row.name);
    for (const name of ['entity_id', 'station_id', 'source_id', 'claim_id', 'entity_names']) {
      expect(names).toContain(name);
    }
  });

  it('records the latest migration as the schema version', async () => {
    const [row] = await graph().read('read/schema-version');
    const files = readMigrations();
    expect(row?.latest).toBe(files[files.length - 1]?.name);
    expect(row?.applied).toBe(files.length);
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    const [first, ...rest] = readMigrations();
    const edited = { ...first!, checksum: 'edited' };
    await expect(migrate(graph(), [edited, ...rest])).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
    });
  });
});
