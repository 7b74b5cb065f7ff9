// Regenerates contracts/generated/ and fails when the committed files differ (CI drift check).
import { execFileSync } from 'node:child_process';

execFileSync('npx', ['openapi-typescript', '--redocly', 'openapi-ts.redocly.yaml'], {
  stdio: 'inherit',
});
const changed = execFileSync('git', ['status', '--porcelain', '--', 'contracts/generated'], {
  encoding: 'utf8',
});
if (changed.trim() !== '') {
  process.stderr.write(
    `contracts/generated/ is out of date with specs/:\n${changed}\nRun "npm run generate" and commit the result.\n`,
  );
  process.exit(1);
}
process.stdout.write('contracts/generated/ matches specs/\n');
