import { describe, expect, it } from 'vitest';
import { matchPath } from 'react-router-dom';
import { paths } from '@/shared/routes';
import { dossierRoutes } from './index';
import { findDossierCodeIn as findDossierCode } from './pages/TrackPage';

const match = (url: string) => dossierRoutes.map((r) => matchPath(r.path, url)).find(Boolean);

describe('dossier routes', () => {
  it('match every path the app links to, with the id or code decoded', () => {
    const id = '1.001193.000.00.00.H38';
    const code = '000.02.31.H38-261118-0001';
    expect(match(paths.procedures)).toBeTruthy();
    expect(match(paths.procedure(id))?.params.id).toBe(id);
    expect(match(paths.submitDossier(id))?.params.id).toBe(id);
    expect(match(paths.trackDossier)).toBeTruthy();
    expect(match(paths.dossier(code))?.params.code).toBe(code);
    expect(match(paths.myDossiers)).toBeTruthy();
  });

  it('finds a dossier code in whatever was typed, pasted or scanned', () => {
    expect(findDossierCode('000.02.31.h38-261118-0001')).toBe('000.02.31.H38-261118-0001');
    expect(findDossierCode(' 000.02.31.H38 - 261118 - 0001 ')).toBe('000.02.31.H38-261118-0001');
    expect(findDossierCode('https://laocaiso.vn/dossiers/track/000.02.31.H38-261118-0001?x=1')).toBe('000.02.31.H38-261118-0001');
    expect(findDossierCode('000.02.31.H38 261118 0001')).toBe('000.02.31.H38-261118-0001');
    expect(findDossierCode('000.02.31.H38–261118–0001')).toBe('000.02.31.H38-261118-0001');
    expect(findDossierCode('https://laocaiso.vn/dossiers/track/000.02.31.H38%20261118%200001')).toBe('000.02.31.H38-261118-0001');
    expect(findDossierCode('100%')).toBeNull();
    expect(findDossierCode('12345')).toBeNull();
  });
});
