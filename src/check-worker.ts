/**
 * A worker thread of the check pool (see pool.ts). Each worker loads the detectors and their
 * lexicons once and then checks batches of posts sent to it.
 */
import { checkPost, type CheckOptions } from './check.js';
import type { WorkerResult, WorkerTask } from './pool.js';

export default function checkBatch(task: WorkerTask): WorkerResult[] {
  const options: CheckOptions = { config: task.config, now: task.now, watched: task.watched };
  return task.posts.map(({ file, displayPath, content }) => {
    const { report, post, pseudonyms, reason } = checkPost(file, content, { ...options, displayPath });
    const readable = post && report.status !== 'error';
    return { report, pseudonyms, reason, data: readable ? post.data : null, bodyOffset: readable ? post.bodyOffset : -1 };
  });
}
