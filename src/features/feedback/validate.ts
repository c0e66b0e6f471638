import { CreateFeedbackRequest } from '@contract/feedback';
import type { FeedbackCategory } from '@contract/feedback';

export interface Problem {
  path: string;
  message: string;
}

/**
 * Everything a report still lacks, at once, by the same rules the server applies (its zod schema)
 * plus the chosen category's required questions: a resident pressing "Gửi" on an empty form sees
 * every missing answer marked, not one at a time.
 */
export function reportProblems(body: CreateFeedbackRequest, category: Pick<FeedbackCategory, 'fields'> | undefined): Problem[] {
  const problems: Problem[] = [];
  if (!body.categoryId) problems.push({ path: 'categoryId', message: 'Hãy chọn lĩnh vực của phản ánh.' });
  const parsed = CreateFeedbackRequest.safeParse({ ...body, categoryId: body.categoryId || 'chua-chon' });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (!problems.some((p) => p.path === path)) problems.push({ path, message: issue.message });
    }
  }
  for (const f of category?.fields ?? []) {
    const answer = body.fields?.[f.code];
    if (f.required && !(typeof answer === 'string' ? answer.trim() : answer?.length)) {
      problems.push({ path: `fields.${f.code}`, message: `Cần trả lời mục “${f.label}”.` });
    }
  }
  return problems;
}
