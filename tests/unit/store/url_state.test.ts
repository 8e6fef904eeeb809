import { NO_FILTERS } from '../../../src/explore/filters';
import { DEFAULT_ANALYSIS } from '../../../src/store/analysis';
import type { ViewState } from '../../../src/store/atlas_store';
import { DEFAULT_QUALITY } from '../../../src/store/quality';
import { DEFAULT_SERIES } from '../../../src/store/series';
import { queryToView, viewToQuery } from '../../../src/store/url_state';
import { DEFAULT_LAYOUT } from '../../../src/store/view';

const view: ViewState = {
  language: 'nl',
  panel: 'table',
  layout: DEFAULT_LAYOUT,
  filters: {
    ...NO_FILTERS,
    communes: ['62063', '92094'],
    categories: ['language'],
    text: 'cours FLE',
  },
  selection: { kind: 'site', id: 'b9f0c3e2-1111-5222-8333-444455556666' },
  camera: { center: [5.57, 50.64], zoom: 11.5 },
  profile: '81001',
  analysis: {
    ...DEFAULT_ANALYSIS,
    params: {
      ...DEFAULT_ANALYSIS.params,
      category: 'language',
      catchmentKm: 20,
      underServed: { rule: 'per_10k', value: 0.5 },
    },
    measure: 'nearest_km',
    classMethod: 'quantile',
    classCount: 4,
    choropleth: true,
  },
  series: { indicator: 'cpas_helped', place: '62063', chart: 'indicators', others: ['ila_places'] },
  quality: {
    pair: 'organizations:b9f0c3e2-1111-5222-8333-444455556666~c9f0c3e2-1111-5222-8333-444455556666',
    grouping: 'category',
    figure: { group: 'housing', figure: 'noPhone' },
    partner: 'd9f0c3e2-1111-5222-8333-444455556666',
  },
};

describe('the view in the URL', () => {
  it('reads back what it wrote', () => {
    const back = queryToView(viewToQuery(view));
    expect({ panel: 'table', ...back }).toEqual(view);
  });

  it('keeps the profile for printing and a province selected; ignores a malformed code', () => {
    const query = viewToQuery({ ...view, selection: { kind: 'province', id: '80000' } });
    expect(new URLSearchParams(query).get('profile')).toBe('81001');
    expect(queryToView(query)).toMatchObject({
      profile: '81001',
      selection: { kind: 'province', id: '80000' },
    });
    expect(queryToView('?profile=81001%3Cscript').profile).toBeUndefined();
  });

  it('keeps an arrondissement selected', () => {
    const query = viewToQuery({ ...view, selection: { kind: 'arrondissement', id: '25000' } });
    expect(queryToView(query).selection).toEqual({ kind: 'arrondissement', id: '25000' });
    expect(queryToView('?sel=district:25000').selection).toBeUndefined();
  });

  it('keeps the German interface: lang=de', () => {
    const query = viewToQuery({ ...view, language: 'de' });
    expect(new URLSearchParams(query).get('lang')).toBe('de');
    expect(queryToView(query).language).toBe('de');
  });

  it('writes nothing for the default view', () => {
    expect(
      viewToQuery({
        language: 'fr',
        panel: 'table',
        layout: DEFAULT_LAYOUT,
        filters: NO_FILTERS,
        selection: null,
        camera: null,
        analysis: DEFAULT_ANALYSIS,
        series: DEFAULT_SERIES,
        quality: DEFAULT_QUALITY,
        profile: null,
      }),
    ).toBe('');
  });

  it('keeps the arrangement of the screen: the panel, the map alone or split, folded sides', () => {
    const arranged: ViewState = {
      ...view,
      panel: 'network',
      layout: { arrangement: 'panel', split: 0.35, filters: false, details: true },
    };
    const query = viewToQuery(arranged);
    expect(query).toContain('panel=network');
    expect(query).toContain('layout=panel');
    expect(query).toContain('split=35');
    expect(query).toContain('fold=filters');
    expect(queryToView(query)).toMatchObject({ panel: 'network', layout: arranged.layout });
  });

  it('reads a split out of bounds as the nearest bound, and an unknown arrangement as none', () => {
    expect(queryToView('?split=99&layout=sideways').layout).toEqual({
      ...DEFAULT_LAYOUT,
      split: 0.8,
    });
    expect(queryToView('?split=-4&panel=chart').layout?.split).toBe(DEFAULT_LAYOUT.split);
    expect(queryToView('?panel=chart').panel).toBeUndefined();
    expect(queryToView('?panel=analysis').panel).toBe('analysis');
  });

  it('ignores values it does not know instead of trusting them', () => {
    const back = queryToView('?lang=xx&cat=housing,<script>&commune=62063,abc&map=1/2/&sel=evil');
    expect(back.language).toBeUndefined();
    expect(back.filters?.categories).toEqual(['housing']);
    expect(back.filters?.communes).toEqual(['62063']);
    expect(back.camera).toBeUndefined();
    expect(back.selection).toBeUndefined();
  });

  it('keeps the analysis, and reads a malformed one as the defaults', () => {
    expect(viewToQuery(view)).toContain('an=');
    const back = queryToView('?an=cat:cooking;d0:-5;us:far-x;m:%3Cscript%3E;cl:jenks-40;map:1');
    expect(back.analysis).toEqual({ ...DEFAULT_ANALYSIS, choropleth: true });
  });

  it('keeps the month the map shows of an indicator, and only a month', () => {
    const monthly: ViewState = {
      ...view,
      analysis: { ...view.analysis, measure: 'indicator:cpas_helped', month: '2024-03' },
    };
    expect(queryToView(viewToQuery(monthly)).analysis).toEqual(monthly.analysis);
    expect(queryToView('?an=mo:2024-13').analysis?.month).toBe('');
    expect(queryToView('?an=mo:mars').analysis?.month).toBe('');
  });

  it('keeps the level the map shows and whether per inhabitant, and only a known level', () => {
    const provinces: ViewState = {
      ...view,
      analysis: { ...view.analysis, month: '2024-03', level: 'province', perCapita: true },
    };
    expect(viewToQuery(provinces)).toContain('lv%3Aprovince');
    expect(queryToView(viewToQuery(provinces)).analysis).toEqual(provinces.analysis);
    expect(queryToView('?an=lv:region;pc:yes').analysis).toEqual(DEFAULT_ANALYSIS);
  });

  it('keeps the series view, and ignores what is not a place or a chart', () => {
    expect(queryToView(viewToQuery(view)).series).toEqual(view.series);
    expect(queryToView('?sr=p:Li%C3%A8ge;c:pie;i:%3Cb%3E').series).toEqual(DEFAULT_SERIES);
  });

  it('keeps the data-quality views: the pair compared, the grouping, the figure listed, the partner', () => {
    const back = queryToView(viewToQuery({ ...view, panel: 'quality' }));
    expect(back.quality).toEqual(view.quality);
    expect(back.panel).toBe('quality');
    const forged = queryToView('?dup=organizations:x~y&qby=galaxy&qfig=*:nothing&qorg=<b>');
    expect(forged.quality).toEqual(DEFAULT_QUALITY);
  });
});
