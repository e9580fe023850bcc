"use client";

import { Area, AreaChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { DayPoint } from "@/lib/search/analytics-rules";

const BRAND = "#0f7a37";
const DANGER = "#dc2626";
const GRID = "#e2e8f0";
const AXIS = { fontSize: 12, fill: "#475569" };

const dayLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-IN", { day: "numeric", month: "short", timeZone: "UTC" });
const pct = (v: number) => `${Math.round(v * 100)}%`;

function ChartCard({ title, description, summary, children }: { title: string; description: string; summary: string; children: React.ReactElement }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        <figure role="img" aria-label={summary} className="h-56 w-full">
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        </figure>
      </CardContent>
    </Card>
  );
}

/** Searches per day and zero-result rate per day over the chosen range (UTC days, empty days as 0). */
export function TrendCharts({ trend }: { trend: DayPoint[] }) {
  const total = trend.reduce((s, d) => s + d.searches, 0);
  const peak = trend.reduce<DayPoint | null>((best, d) => (!best || d.searches > best.searches ? d : best), null);
  const worst = trend.reduce<DayPoint | null>((best, d) => (d.searches > 0 && (!best || d.zeroResultRate > best.zeroResultRate) ? d : best), null);
  const ticks = Math.max(1, Math.floor(trend.length / 6));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard
        title="Searches per day"
        description={`${total.toLocaleString("en-IN")} searches in ${trend.length} days`}
        summary={peak && peak.searches ? `Searches per day; busiest ${dayLabel(peak.day)} with ${peak.searches}.` : "No searches in this range."}
      >
        <AreaChart data={trend} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <defs>
            <linearGradient id="searches-fill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor={BRAND} stopOpacity={0.25} />
              <stop offset="100%" stopColor={BRAND} stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="day" tickFormatter={dayLabel} tick={AXIS} interval={ticks - 1} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={12} />
          <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} width={48} />
          <Tooltip labelFormatter={(d) => dayLabel(String(d))} formatter={(v) => [Number(v).toLocaleString("en-IN"), "Searches"]} />
          <Area type="monotone" dataKey="searches" stroke={BRAND} strokeWidth={2} fill="url(#searches-fill)" isAnimationActive={false} />
        </AreaChart>
      </ChartCard>
      <ChartCard
        title="Zero-result rate per day"
        description="Share of searches that found nothing"
        summary={worst ? `Zero-result rate per day; highest ${pct(worst.zeroResultRate)} on ${dayLabel(worst.day)}.` : "No searches in this range."}
      >
        <LineChart data={trend} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="day" tickFormatter={dayLabel} tick={AXIS} interval={ticks - 1} tickLine={false} axisLine={{ stroke: GRID }} minTickGap={12} />
          <YAxis tickFormatter={pct} tick={AXIS} tickLine={false} axisLine={false} width={48} domain={[0, (max: number) => Math.max(0.1, Math.ceil(max * 10) / 10)]} />
          <Tooltip labelFormatter={(d) => dayLabel(String(d))} formatter={(v) => [pct(Number(v)), "Zero results"]} />
          <Line type="monotone" dataKey="zeroResultRate" stroke={DANGER} strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ChartCard>
    </div>
  );
}
