import type { MetadataRoute } from "next";

const icon = (src: string, size: number, purpose: "any" | "maskable") => ({
  src,
  sizes: `${size}x${size}`,
  type: "image/png",
  purpose,
});

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "QuickLocal — local shops, delivered",
    short_name: "QuickLocal",
    description: "Groceries, fashion and toys from trusted shops near you, delivered fast. Browse, order and track in one app.",
    lang: "en-IN",
    dir: "ltr",
    start_url: "/?source=pwa",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#0f7a37",
    categories: ["shopping"],
    icons: [
      icon("/icons/icon-192.png", 192, "any"),
      icon("/icons/icon-512.png", 512, "any"),
      icon("/icons/maskable-192.png", 192, "maskable"),
      icon("/icons/maskable-512.png", 512, "maskable"),
    ],
    shortcuts: [
      {
        name: "My orders",
        short_name: "Orders",
        description: "Track and manage your orders",
        url: "/account/orders",
        icons: [{ src: "/icons/shortcut-orders-96.png", sizes: "96x96", type: "image/png" }],
      },
      {
        name: "Search",
        short_name: "Search",
        description: "Search products from shops near you",
        url: "/search",
        icons: [{ src: "/icons/shortcut-search-96.png", sizes: "96x96", type: "image/png" }],
      },
    ],
  };
}
