/**
 * The instant every test runs at, whatever the machine's clock says: a Thursday morning in
 * Vietnam, an ordinary working day away from holidays. Server tests start the server's clock
 * here; browser tests start the server and the page's clock here. Chosen far from the day the
 * suite was written, so that a test reading the machine's clock by mistake shows up.
 */
export const FIXED_NOW_ISO = '2027-03-18T09:30:00+07:00';
export const FIXED_NOW_MS = Date.parse(FIXED_NOW_ISO);
