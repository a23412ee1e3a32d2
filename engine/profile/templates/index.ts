import carRental from './car-rental.json';
import cafe from './cafe.json';
import demo from './demo.json';
import hotel from './hotel.json';
import medicalCentre from './medical-centre.json';

/** Profiles to start from, written from the service-management scenarios Sverka grew from. */
export const TEMPLATES: { id: string; json: unknown }[] = [
  { id: 'medical-centre', json: medicalCentre },
  { id: 'car-rental', json: carRental },
  { id: 'cafe', json: cafe },
  { id: 'hotel', json: hotel },
  { id: 'demo', json: demo },
];
