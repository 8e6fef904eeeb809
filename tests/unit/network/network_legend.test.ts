import { buildGraph } from '../../../src/analysis/graph/build_graph';
import { nodeAppearance, ORG_TYPE_COLORS } from '../../../src/network/appearance';
import { dashBackground, type GraphTexts, legendModel } from '../../../src/network/network_legend';
import { networkDataset, org } from '../analysis/graph/graph_fixture';

const texts: GraphTexts = {
  title: 'T',
  legendColor: (by) => `Colour: ${by}`,
  legendEdges: 'Relationship',
  legendSize: (by) => `Size: ${by}`,
  orgType: (type) => `type ${type}`,
  relationship: (type) => `rel ${type}`,
  legendConfidence: 'Confidence',
  confidence: (confidence) => `confidence ${confidence || 'none'}`,
  legendGroup: 'A group',
  level: (level) => `level ${level || 'none'}`,
};

function graph() {
  const dataset = networkDataset(
    ['a', 'b', 'c'],
    [
      ['a', 'b', 'supervises'],
      ['b', 'c', 'funds'],
    ],
  );
  dataset.organizations[0] = org('a', 'A', 'federal', 'cpas');
  return buildGraph(dataset);
}

describe('the network legend', () => {
  it('lists the organisation types and relationship types present, in the model’s order', () => {
    expect(legendModel(graph(), null, texts)).toEqual({
      colorTitle: 'Colour: orgType',
      colors: [
        { label: 'type cpas', color: ORG_TYPE_COLORS.cpas },
        { label: 'type ngo', color: ORG_TYPE_COLORS.ngo },
      ],
      edgeTitle: 'Relationship',
      edges: [
        { type: 'funds', label: 'rel funds', color: '#b35806', dash: '' },
        { type: 'supervises', label: 'rel supervises', color: '#5e3c99', dash: '6 3' },
      ],
      confidenceTitle: 'Confidence',
      confidences: [{ label: 'confidence high', width: 1.5, opacity: 0.7 }],
      groupNote: '',
      sizeCaption: 'Size: degree',
    });
  });

  it('follows the appearance: its colour items and what sizes the nodes', () => {
    const network = graph();
    const appearance = nodeAppearance(
      network,
      null,
      { sizeBy: 'services', colorBy: 'level' },
      {
        orgType: (type) => type,
        level: (level) => `level ${level}`,
        community: String,
        otherCommunities: 'others',
      },
    );
    const legend = legendModel(network, appearance, texts);
    expect(legend.colorTitle).toBe('Colour: level');
    expect(legend.colors.map((item) => item.label)).toEqual(['level federal', 'level local']);
    expect(legend.sizeCaption).toBe('Size: services');
  });

  it('draws dashes as a CSS gradient', () => {
    expect(dashBackground('#123456', '')).toBe('#123456');
    expect(dashBackground('#123456', '6 3')).toBe(
      'repeating-linear-gradient(to right, #123456 0px 6px, transparent 6px 9px)',
    );
    expect(dashBackground('red', '8 3 2 3')).toBe(
      'repeating-linear-gradient(to right, red 0px 8px, transparent 8px 11px, red 11px 13px, transparent 13px 16px)',
    );
    expect(dashBackground('red', '2')).toBe(
      'repeating-linear-gradient(to right, red 0px 2px, transparent 2px 4px)',
    );
  });
});
