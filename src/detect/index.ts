/**
 * The recognizer registry. Adding a rule: write one file in this folder that exports a Recognizer,
 * then list it here.
 */
import type { Preset } from '../config.js';
import type { Recognizer } from './types.js';
import { email } from './email.js';
import { location } from './location.js';
import { health } from './health.js';
import { family } from './family.js';
import { gender } from './gender.js';
import { phone } from './phone.js';
import { nationalId } from './national-id.js';
import { recordNumber } from './record-number.js';
import { prisonCell } from './prison-cell.js';
import { roadPosition } from './road-position.js';
import { streetAddress } from './street-address.js';
import { estateAddress } from './estate-address.js';
import { postalCode } from './postal-code.js';
import { profileUrl } from './profile-url.js';
import { nameInUrl } from './name-in-url.js';
import { age } from './age.js';
import { personDate } from './date.js';
import { schoolYear } from './school-year.js';
import { watchedName } from './watched-name.js';
import { personName } from './person-name.js';
import { handle } from './handle.js';
import { nameColumn } from './name-column.js';
import { ipAddress } from './ip-address.js';

export const recognizers: readonly Recognizer[] = [watchedName, personName, handle, nameColumn, email, phone, location, health, family, gender, nationalId, recordNumber, prisonCell, roadPosition, streetAddress, estateAddress, postalCode, profileUrl, nameInUrl, ipAddress, age, schoolYear, personDate];

export function recognizersFor(preset: Preset): Recognizer[] {
  return recognizers.filter((r) => !r.presets || r.presets.includes(preset));
}
