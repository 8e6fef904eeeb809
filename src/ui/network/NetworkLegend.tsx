import { forwardRef } from 'react';
import { dashBackground, type LegendModel } from '../../network/network_legend';

/**
 * The network's legend over the top-left corner of the canvas: colours, relationship types
 * (line and arrow samples in CSS, no SVG) and the size caption; it folds away (as the
 * map's) where it would hide too much of a narrow drawing. Texts through React only.
 * Pointer events pass through to the drawing beneath, but for the fold's summary.
 */
export const NetworkLegend = forwardRef<HTMLDetailsElement, { legend: LegendModel; title: string }>(
  function NetworkLegend({ legend, title }, ref) {
    return (
      <details ref={ref} className="network-legend" data-testid="network-legend" open>
        <summary>{title}</summary>
        <p className="network-legend-title">{legend.colorTitle}</p>
        <ul>
          {legend.colors.map((item) => (
            <li key={`${item.label}|${item.color}`}>
              <span
                className="network-legend-dot"
                aria-hidden="true"
                style={{ backgroundColor: item.color }}
              />
              <span className="network-legend-text" title={item.label}>
                {item.label}
              </span>
            </li>
          ))}
        </ul>
        <p className="network-legend-title">{legend.edgeTitle}</p>
        <ul>
          {legend.edges.map((item) => (
            <li key={item.type}>
              <span className="network-legend-edge" aria-hidden="true">
                <span
                  className="network-legend-line"
                  style={{ background: dashBackground(item.color, item.dash) }}
                />
                <span className="network-legend-arrow" style={{ backgroundColor: item.color }} />
              </span>
              <span className="network-legend-text" title={item.label}>
                {item.label}
              </span>
            </li>
          ))}
        </ul>
        {legend.confidences.length > 0 && (
          <>
            <p className="network-legend-title">{legend.confidenceTitle}</p>
            <ul>
              {legend.confidences.map((item) => (
                <li key={item.label}>
                  <span className="network-legend-edge" aria-hidden="true">
                    <span
                      className="network-legend-line network-legend-confidence"
                      style={{ height: `${item.width}px`, opacity: item.opacity }}
                    />
                  </span>
                  <span className="network-legend-text" title={item.label}>
                    {item.label}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {legend.groupNote && (
          <p className="network-legend-group">
            <span className="network-legend-dot network-legend-ring" aria-hidden="true" />
            <span className="network-legend-text">{legend.groupNote}</span>
          </p>
        )}
        <p className="network-legend-size">{legend.sizeCaption}</p>
      </details>
    );
  },
);
