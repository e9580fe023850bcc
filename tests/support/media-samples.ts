/** Files for upload tests: real images made with sharp, and hand-built ones sharp must refuse. */
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

/** A camera-like JPEG: `width` × `height` as stored, EXIF orientation 6 (shown turned 90°), GPS and camera tags. */
export async function jpegWithExif(width = 1600, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#c2410c" } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "QuickLocalCam", Model: "QL-1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "18/1 31/1 1234/100", GPSLongitudeRef: "E", GPSLongitude: "73/1 51/1 5678/100" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a well-formed PNG header claiming `width` × `height` greyscale pixels,
 * a few hundred bytes on disk. Decoding it would need width × height bytes of memory.
 */
export function hugePng(width = 30_000, height = 30_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  const firstRows = deflateSync(Buffer.alloc((width + 1) * 4));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk("IHDR", ihdr), pngChunk("IDAT", firstRows), pngChunk("IEND", Buffer.alloc(0))]);
}

export const PHP_SCRIPT = "<?php echo shell_exec($_GET['cmd']); ?>\n";
