import { Link } from 'react-router-dom';
import { useRecoilValueLoadable } from 'recoil';
import type { ProcedureDetail } from '@contract/dossiers';
import { ApiError } from '@/shared/api';
import { paths } from '@/shared/routes';
import { EmptyState } from '@/shared/ui';
import { procedureQuery } from '../state';

/**
 * A procedure, or null when the server says there is no such procedure (an old link or QR
 * code): that is an answer to show, not a failure to retry. Suspends while loading; other
 * errors go to the nearest boundary.
 */
export function useProcedureOrNull(id: string): ProcedureDetail | null {
  const loadable = useRecoilValueLoadable(procedureQuery(id));
  if (loadable.state === 'hasValue') return loadable.contents;
  if (loadable.state === 'loading') throw loadable.contents;
  const e = loadable.contents;
  if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return null;
  throw e;
}

export function ProcedureNotFound() {
  return (
    <EmptyState
      icon="search"
      title="Không tìm thấy thủ tục"
      description="Thủ tục này không có trong danh mục: có thể đã được bãi bỏ, thay thế, hoặc đường dẫn chưa đúng."
      action={
        <Link to={paths.procedures} className="lc-button lc-button--secondary">
          Xem danh mục thủ tục
        </Link>
      }
    />
  );
}
