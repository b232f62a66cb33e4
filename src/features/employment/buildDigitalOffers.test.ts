import { barValueText } from '../../charts/bars';
import { buildDigitalOffers } from './buildDigitalOffers';
import { meta } from './testing/fixtures';
import type { Dataset } from '../../data/queries';

type Offers = Dataset<'genscan-offers'>;
const row = (domain: Offers['rows'][number]['domain'], domainLabel: string, value: Offers['rows'][number]['value']): Offers['rows'][number] => ({
  domain,
  domainLabel,
  period: 'septembre 2024',
  value,
  confidence: 'certain',
});
const offers = (rows: Offers['rows']): Offers => ({
  ...meta('genscan-offers', 'Source : Grande École du Numérique, GEN_SCAN, septembre 2024'),
  period: 'septembre 2024',
  rows,
});

const printed = offers([
  row('data-big-data', 'Data / Big data', 17),
  row('administration-bases-de-donnees', 'Administration de base de données', 3),
  row('crm', 'CRM', 0),
  row('ia-machine-learning', 'IA / Machine learning', 0),
]);

describe('buildDigitalOffers', () => {
  it('draws one bar per domain in the source’s order, a printed zero as « aucune offre », never a bare 0', () => {
    const model = buildDigitalOffers(printed, 'fr');
    const description = model.description!;
    expect(model.id).toBe('digital-offers-by-domain');
    expect(description.categories.map((category) => category.key)).toEqual(['data-big-data', 'administration-bases-de-donnees', 'crm', 'ia-machine-learning']);
    expect(description.series[0]!.values).toEqual([{ kind: 'number', value: 17 }, { kind: 'number', value: 3 }, { kind: 'none' }, { kind: 'none' }]);
    expect(description.series[0]!.values.map((value) => barValueText(description, value))).toEqual(['17', '3', 'aucune offre', 'aucune offre']);
    expect(model.table.rows.map((entry) => entry.offers!.text)).toEqual(['17', '3', 'aucune offre', 'aucune offre']);
    expect(model.summary).toBe(
      '20 offres d’emploi en Normandie (septembre 2024) dans ces domaines : Data / Big data : 17 ; Administration de base de données : 3 ; CRM : aucune offre ; IA / Machine learning : aucune offre.',
    );
    expect(model.subtitle).toBe('Nombre d’offres d’emploi diffusées en Normandie, septembre 2024');
    expect(model.source).toBe('Source : Grande École du Numérique, GEN_SCAN, septembre 2024');
  });

  it('a secret cell reads « secret statistique » (never 0 or « aucune »), and the total becomes a minimum', () => {
    const model = buildDigitalOffers(offers([row('data-big-data', 'Data / Big data', 17), row('crm', 'CRM', { missing: 'secret' })]), 'fr');
    const description = model.description!;
    expect(description.series[0]!.values[1]).toEqual({ kind: 'secret' });
    expect(barValueText(description, description.series[0]!.values[1]!)).toBe('secret statistique');
    expect(model.table.rows[1]!.offers).toMatchObject({ sort: null, flag: 'secret' });
    expect(model.table.rows[1]!.offers!.text).not.toMatch(/^0$|aucune/);
    expect(model.summary).toMatch(/^au moins 17 offres/);
    expect(description.tooltip!(1)).toBe('CRM : secret statistique');
  });

  it('speaks English, numbers the English way', () => {
    const model = buildDigitalOffers(printed, 'en');
    expect(model.title).toBe('Data and AI job offers, by domain');
    expect(barValueText(model.description!, { kind: 'none' })).toBe('no offer');
    expect(model.description!.tooltip!(0)).toBe('Data / Big data: 17');
  });

  it('gives no option when the file has no row', () => {
    expect(buildDigitalOffers(offers([]), 'fr').option).toBeNull();
  });
});
