/** Whether a private file (the watch-list) has been committed to git, where it would be published with the repository. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function isTrackedByGit(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const result = spawnSync('git', ['ls-files', '--error-unmatch', '--', path.basename(file)], { cwd: path.dirname(file), stdio: 'ignore', timeout: 5000 });
  return result.status === 0;
}
