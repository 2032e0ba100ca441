import taxonomy from '../../data/taxonomy.json';
import type { Severity } from './types';

export interface Category {
  id: string;
  name: string;
  group: string;
  definition: string;
  basis: string;
  defaultSeverity: Severity;
}

export const CATEGORIES: Category[] = taxonomy.categories.map((c) => ({
  id: c.id,
  name: c.name,
  group: c.group,
  definition: c.definition,
  basis: c.basis,
  defaultSeverity: c.defaultSeverity as Severity,
}));

export const CATEGORY_BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));
