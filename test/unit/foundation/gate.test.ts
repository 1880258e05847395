import { describe, expect, it } from 'vitest';
import { defineGate, runGate } from '../../../src/lib/gate/gate.js';
import { envError, userError } from '../../../src/lib/verdict/errors.js';
import { outcomeOf, verdict } from '../../../src/lib/verdict/types.js';
import { testIo } from '../../helpers/io.js';

const gate = (behaviour: () => never | Promise<never> | undefined) =>
  defineGate({
    name: 'demo',
    spec: { password: { secret: true }, mode: { default: 'ok' } },
    parse: (v) => v,
    run: async (inputs) => {
      await behaviour();
      return verdict('demo', [], { outputs: { mode: inputs['mode'] ?? '' } });
    },
  });

describe('runGate', () => {
  it('runs the gate with defaults applied', async () => {
    const v = await runGate(
      gate(() => undefined),
      {},
      testIo(),
    );
    expect(v).toMatchObject({ outcome: 'pass', outputs: { mode: 'ok' } });
  });

  it('masks secret inputs before the gate runs', async () => {
    const io = testIo();
    await runGate(
      gate(() => undefined),
      { password: 'hunter2-long' },
      io,
    );
    expect(io.masked).toEqual(['hunter2-long']);
  });

  it('turns a user error into a failing finding', async () => {
    const v = await runGate(
      gate(() => {
        throw userError('BAD_FILE', 'policy.yml is not YAML', { hint: 'fix line 3' });
      }),
      {},
      testIo(),
    );
    expect(v.outcome).toBe('fail');
    expect(v.findings).toEqual([{ rule: 'BAD_FILE', level: 'fail', message: 'policy.yml is not YAML (fix line 3)' }]);
  });

  it('turns an environment error into unknown, never pass', async () => {
    const v = await runGate(
      gate(() => {
        throw envError('REGISTRY_UNREACHABLE', 'no route');
      }),
      {},
      testIo(),
    );
    expect(v.outcome).toBe('unknown');
  });

  it('lets our own bugs propagate with their stack', async () => {
    await expect(
      runGate(
        gate(() => {
          throw new TypeError('oops');
        }),
        {},
        testIo(),
      ),
    ).rejects.toThrow(TypeError);
  });

  it('reports an unknown input as a failure naming it', async () => {
    const v = await runGate(
      gate(() => undefined),
      { pasword: 'x' },
      testIo(),
    );
    expect(v.findings[0]).toMatchObject({ rule: 'INPUT_UNKNOWN', level: 'fail' });
  });
});

describe('outcomeOf', () => {
  const f = (level: 'fail' | 'unknown' | 'warning') => ({ rule: 'R', level, message: 'm' });
  it('ranks a definite failure above an unknown, and warnings never block', () => {
    expect(outcomeOf([f('unknown'), f('fail')])).toBe('fail');
    expect(outcomeOf([f('unknown'), f('warning')])).toBe('unknown');
    expect(outcomeOf([f('warning')])).toBe('pass');
    expect(outcomeOf([])).toBe('pass');
  });
});
