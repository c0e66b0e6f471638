import { useRecoilValueLoadable } from 'recoil';
import { paths } from '@/shared/routes';
import { Section } from '@/shared/ui';
import { myDossiersQuery } from '../state';
import { DossierCard } from './DossierCard';
import '../dossiers.css';

/**
 * On the home page: the resident's open dossiers, those waiting for them first. Nothing at all
 * when they have none, or when the list cannot be loaded (the page itself stays useful).
 */
export default function MyDossiersWidget() {
  const loadable = useRecoilValueLoadable(myDossiersQuery({ tab: 'open', page: 1 }));
  if (loadable.state !== 'hasValue' || loadable.contents.total === 0) return null;
  const items = [...loadable.contents.items].sort((a, b) => Number(b.status === 5 || b.status === 6) - Number(a.status === 5 || a.status === 6)).slice(0, 2);
  return (
    <Section title="Hồ sơ của tôi" moreTo={paths.myDossiers}>
      <div className="dsr-list">
        {items.map((d) => (
          <DossierCard key={d.code} dossier={d} />
        ))}
      </div>
    </Section>
  );
}
