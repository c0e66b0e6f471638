import { describe, expect, it } from 'vitest';
import { reportProblems } from './validate';

const empty = { categoryId: '', title: '', content: '', location: null, photoIds: [], anonymous: true, fields: {} };
const kindQuestion = { fields: [{ code: 'kind', label: 'Loại vấn đề', datatype: 'singlevaluelist' as const, required: true, description: '', values: [] }] };

describe('what a report still lacks', () => {
  it('names every missing answer of an empty form at once', () => {
    const paths = reportProblems(empty, undefined).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['categoryId', 'title', 'content', 'areaId', 'address']));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('adds the category’s required questions, and says them in Vietnamese', () => {
    const problems = reportProblems({ ...empty, categoryId: 'moi-truong' }, kindQuestion);
    expect(problems.map((p) => p.path)).not.toContain('categoryId');
    expect(problems.find((p) => p.path === 'fields.kind')?.message).toBe('Cần trả lời mục “Loại vấn đề”.');
    expect(problems.find((p) => p.path === 'title')?.message).toMatch(/Tiêu đề/);
  });

  it('finds nothing wrong with a complete report', () => {
    const full = {
      ...empty,
      categoryId: 'moi-truong',
      title: 'Rác đổ ven suối Ngòi Đường',
      content: 'Rác sinh hoạt đổ thành đống ven suối, bốc mùi và trôi xuống ruộng.',
      location: { lat: 22.4856, long: 103.9707 },
      fields: { kind: 'rac-thai' },
    };
    expect(reportProblems(full, kindQuestion)).toEqual([]);
  });
});
