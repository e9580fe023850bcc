import { ImageResponse } from "next/og";
import sharp from "sharp";
import { cardPrice, decodeSlug, priceRange } from "@/lib/catalog/rules";
import { getProductPage } from "@/lib/catalog/storefront-cache";
import { logger } from "@/lib/platform/logger";
import { getStorage } from "@/lib/platform/storage";

export const runtime = "nodejs";
export const revalidate = 3600;
export const alt = "Product picture, name and price on QuickLocal";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/**
 * Open Graph image of a product page: its picture, title, price and the store name. Only local
 * assets: the picture comes from storage (converted to PNG, which the renderer reads), text uses the
 * renderer's bundled font, and characters outside Latin are dropped so nothing is fetched from the
 * network. The rupee sign is drawn, not typed, for the same reason.
 */
const LATIN = /[^\u0020-\u024F\u2010-\u2027\u2030-\u205E]/g;
const grouping = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 2 });

/** The storage key behind a /media URL (the picture is read from storage, not over HTTP). */
function storageKeyOf(url: string): string | null {
  const match = /^\/media\/([^?]+)/.exec(url);
  return match ? match[1].split("/").map(decodeURIComponent).join("/") : null;
}

async function pictureDataUrl(url: string | undefined): Promise<string | null> {
  const key = url ? storageKeyOf(url) : null;
  if (!key) return null;
  try {
    const object = await getStorage().get(key);
    if (!object) return null;
    const png = await sharp(object.bytes).resize(520, 520, { fit: "contain", background: "#ffffff" }).png().toBuffer();
    return `data:image/png;base64,${png.toString("base64")}`;
  } catch (err) {
    logger.warn({ err, key }, "open graph picture could not be read");
    return null;
  }
}

function Rupee({ size: px }: { size: number }) {
  return (
    <svg width={px} height={px} viewBox="0 0 24 24" fill="none" stroke="#0f172a" strokeWidth={2.4} strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 3h12" />
      <path d="M6 8h12" />
      <path d="m6 13 8.5 8" />
      <path d="M6 13h3" />
      <path d="M9 13c6.667 0 6.667-10 0-10" />
    </svg>
  );
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const product = await getProductPage(decodeSlug(slug));
  const picture = await pictureDataUrl(product?.images[0]?.url);
  const range = product ? priceRange(product.variants) : null;
  const price = range ? cardPrice(range) : null;
  const title = (product?.title ?? "QuickLocal").replace(LATIN, "").slice(0, 110);

  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", background: "#eefbf3", padding: 40, fontSize: 32, color: "#0f172a" }}>
        <div style={{ display: "flex", width: 550, height: 550, background: "#ffffff", borderRadius: 32, alignItems: "center", justifyContent: "center" }}>
          {picture ? (
            <img src={picture} width={520} height={520} alt="" />
          ) : (
            <div style={{ display: "flex", fontSize: 120, color: "#0f7a37" }}>QL</div>
          )}
        </div>
        <div style={{ display: "flex", flexDirection: "column", flex: 1, marginLeft: 48, justifyContent: "space-between" }}>
          <div style={{ display: "flex", flexDirection: "column" }}>
            {product?.brand && <div style={{ fontSize: 28, color: "#0b6530", textTransform: "uppercase", letterSpacing: 2 }}>{product.brand.name.replace(LATIN, "")}</div>}
            <div style={{ fontSize: 48, lineHeight: 1.2, marginTop: 12 }}>{title}</div>
          </div>
          {price && (
            <div style={{ display: "flex", alignItems: "center" }}>
              {price.from && <span style={{ fontSize: 32, marginRight: 12 }}>From</span>}
              <Rupee size={56} />
              <span style={{ fontSize: 72 }}>{grouping.format(price.pricePaise / 100)}</span>
              {price.discountPercent > 0 && <span style={{ fontSize: 36, color: "#0f7a37", marginLeft: 20 }}>{price.discountPercent}% off</span>}
            </div>
          )}
          <div style={{ display: "flex", fontSize: 30, color: "#0b6530" }}>QuickLocal</div>
        </div>
      </div>
    ),
    size,
  );
}
