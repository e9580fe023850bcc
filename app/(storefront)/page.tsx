export const dynamic = "force-dynamic";
export default function Home() {
  return <main className="p-8 text-2xl font-bold text-brand-700">QuickLocal</main>;
}
