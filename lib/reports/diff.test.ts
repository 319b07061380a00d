import { describe, expect, it } from 'vitest';
import { versionChanges, type VersionFields } from './diff';

const v1: VersionFields = { percent: 40, state: 'on_track', workDone: '完成了清理', problems: null, nextSteps: '继续', attachmentIds: [3, 1] };

describe('versionChanges', () => {
  it('reports nothing for the same content (order of files and surrounding spaces do not count)', () => {
    expect(versionChanges(v1, { ...v1, workDone: ' 完成了清理 ', attachmentIds: [1, 3] })).toEqual([]);
  });
  it('lists each field that changed, in a fixed order', () => {
    expect(versionChanges(v1, { ...v1, percent: 60, state: 'at_risk', problems: '人手不足', attachmentIds: [1, 3, 4] })).toEqual([
      { kind: 'percent', from: 40, to: 60 },
      { kind: 'state', from: 'on_track', to: 'at_risk' },
      { kind: 'problems' },
      { kind: 'files' },
    ]);
  });
});
