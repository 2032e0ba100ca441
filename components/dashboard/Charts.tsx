/** Plain SVG charts (no chart library, no external CSS): horizontal bars and weekly columns. */
import type { DashboardStrings } from '../../locales/dashboard';

export interface Bar {
  key: string;
  label: string;
  count: number;
}

const PALETTE = ['#1f6feb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#0a7d78', '#bc4c00', '#57606a'];

export function BarChart({ title, bars, empty, colors }: { title: string; bars: Bar[]; empty: string; colors?: Record<string, string> }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const rowH = 26;
  const labelW = 230;
  const width = 560;
  const barW = width - labelW - 60;
  return (
    <figure className="fd-chart" data-testid="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="fd-muted">{empty}</p>
      ) : (
        <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${bars.length * rowH + 4}`} width="100%" style={{ maxWidth: width }}>
          {bars.map((b, i) => (
            <g key={b.key} transform={`translate(0 ${i * rowH + 2})`} data-key={b.key}>
              <title>{`${b.label}：${b.count}`}</title>
              <text x={labelW - 8} y={rowH / 2 + 4} textAnchor="end" fontSize="12" fill="#1f2328">
                {b.label.length > 18 ? `${b.label.slice(0, 17)}…` : b.label}
              </text>
              <rect x={labelW} y={4} height={rowH - 8} width={Math.max(2, (b.count / max) * barW)} rx={3} fill={colors?.[b.key] ?? PALETTE[i % PALETTE.length]} />
              <text x={labelW + (b.count / max) * barW + 6} y={rowH / 2 + 4} fontSize="12" fill="#57606a">
                {b.count.toLocaleString('zh-CN')}
              </text>
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}

export function WeeklyChart({ title, weeks, empty, label }: { title: string; weeks: { week: number; count: number }[]; empty: string; label: (week: number) => string }) {
  const shown = weeks.slice(-52);
  const max = Math.max(1, ...shown.map((w) => w.count));
  const width = 560;
  const height = 180;
  const colW = (width - 40) / Math.max(1, shown.length);
  return (
    <figure className="fd-chart" data-testid="chart">
      <figcaption>{title}</figcaption>
      {shown.length === 0 ? (
        <p className="fd-muted">{empty}</p>
      ) : (
        <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height + 24}`} width="100%" style={{ maxWidth: width }}>
          <line x1={36} x2={width} y1={height} y2={height} stroke="#d0d7de" />
          <text x={30} y={12} textAnchor="end" fontSize="11" fill="#57606a">
            {max}
          </text>
          {shown.map((w, i) => {
            const h = (w.count / max) * (height - 16);
            return (
              <g key={w.week}>
                <rect x={40 + i * colW + 1} y={height - h} width={Math.max(1, colW - 2)} height={h} fill="#1f6feb">
                  <title>{`${label(w.week)}：${w.count}`}</title>
                </rect>
                {(i === 0 || i === shown.length - 1 || i % Math.ceil(shown.length / 6) === 0) && (
                  <text x={40 + i * colW + colW / 2} y={height + 16} textAnchor="middle" fontSize="10" fill="#57606a">
                    {label(w.week)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}

export function ChartsPanel(props: { t: DashboardStrings; categories: Bar[]; statuses: Bar[]; weeks: { week: number; count: number }[]; weekLabel: (w: number) => string }) {
  const { t } = props;
  return (
    <section className="fd-charts" aria-label={t.tabCharts}>
      <BarChart title={t.chartCategory} bars={props.categories} empty={t.chartEmpty} />
      <BarChart title={t.chartStatus} bars={props.statuses} empty={t.chartEmpty} colors={{ accepted: '#2da44e', partial: '#bf8700', rejected: '#cf222e', 'false-positive': '#8250df' }} />
      <WeeklyChart title={t.chartWeekly} weeks={props.weeks} empty={t.chartEmpty} label={props.weekLabel} />
    </section>
  );
}
