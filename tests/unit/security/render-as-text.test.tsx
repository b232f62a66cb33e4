/**
 * Data text that carries HTML (a label, a note, a citation, an error message)
 * reaches the screen as text: no element is ever created from it.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChartFrame } from '../../../src/ui/ChartFrame';
import type { ChartModel } from '../../../src/charts/model';
import { DataLoadError } from '../../../src/data/load';
import { DataTable } from '../../../src/ui/DataTable';
import { ErrorCard } from '../../../src/ui/ErrorCard';

const PAYLOAD = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>gras</b>';

function expectNoInjectedElements(container: HTMLElement) {
  expect(container.querySelector('img, script, b, iframe, svg[onload]')).toBeNull();
}

const hostileModel: ChartModel = {
  id: 'hostile-chart',
  title: `Titre ${PAYLOAD}`,
  subtitle: `Sous-titre ${PAYLOAD}`,
  source: `Source : ${PAYLOAD}`,
  option: null,
  table: {
    columns: [
      { key: 'label', label: `Libellé ${PAYLOAD}`, kind: 'text' },
      { key: 'value', label: 'Valeur', kind: 'count' },
    ],
    rows: [{ label: { text: PAYLOAD, sort: PAYLOAD }, value: { text: '1 234', sort: 1234 } }],
  },
  summary: `Résumé ${PAYLOAD}`,
  notes: [`Note ${PAYLOAD}`],
  height: 200,
};

describe('hostile data text', () => {
  it('ChartFrame shows title, subtitle, source, notes, summary and the data table as text', async () => {
    const { container } = render(<ChartFrame model={hostileModel} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(`Titre ${PAYLOAD}`);
    expect(container.querySelector('.chart-source')).toHaveTextContent(`Source : ${PAYLOAD}`);
    expect(container.querySelector('.chart-notes')).toHaveTextContent(`Note ${PAYLOAD}`);
    expect(container.querySelector('.chart-summary')).toHaveTextContent(`Résumé ${PAYLOAD}`);
    await userEvent.click(screen.getByRole('button', { name: 'Données' }));
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader')).toHaveTextContent(PAYLOAD);
    expect(within(table).getAllByRole('columnheader')[0]).toHaveTextContent(`Libellé ${PAYLOAD}`);
    expectNoInjectedElements(container);
  });

  it('DataTable keeps HTML in captions and cells as text', () => {
    const { container } = render(<DataTable caption={PAYLOAD} table={hostileModel.table} />);
    expect(screen.getByRole('table')).toHaveTextContent(PAYLOAD);
    expectNoInjectedElements(container);
  });

  it('ErrorCard shows a file name, field and message carrying HTML as text', () => {
    const error = new DataLoadError({ file: `x${PAYLOAD}.json`, kind: 'schema', field: `rows.0.${PAYLOAD}`, message: PAYLOAD });
    const { container } = render(<ErrorCard error={error} onRetry={() => {}} viewTitle={PAYLOAD} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`data/x${PAYLOAD}.json`);
    expect(alert).toHaveTextContent(`rows.0.${PAYLOAD}`);
    expectNoInjectedElements(container);
  });
});
