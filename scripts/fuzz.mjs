// npm run fuzz: the fuzzing properties at 10,000 runs each (FUZZ_RUNS overrides).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' };
const result = spawnSync('npx', ['vitest', 'run', 'src/lib/fuzz.test.ts'], {
  stdio: 'inherit',
  env,
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
