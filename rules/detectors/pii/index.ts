import type { DetectorSpec } from '../../types';
import { emailDetector } from './email';
import { phoneDetector } from './phone';
import { cardDetector } from './card';
import { ibanDetector } from './iban';
import { ssnDetector } from './ssn';
import { ipDetector } from './ip';
import { addressDetector } from './address';
import { bankAccountDetector } from './bank-account';
import { dateOfBirthDetector } from './date-of-birth';

export const PII_DETECTORS: readonly DetectorSpec[] = [emailDetector, phoneDetector, cardDetector, ibanDetector, ssnDetector, ipDetector, addressDetector, bankAccountDetector, dateOfBirthDetector];
