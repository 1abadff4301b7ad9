// A typed letter drawn on a canvas in the page and returned as a PNG (what a photo or a scan of a letter
// gives the console's letter entry): white page, dark serif text, each paragraph wrapped to the page's width.
// Shared by the browser tests and the OCR benchmark (bench/requests.ts).
import type { Page } from "playwright-core";

export interface LetterLayout {
  width: number;
  height: number;
  fontPx: number;
  paragraphs: string[];
}

export async function letterImage(page: Page, layout: LetterLayout): Promise<Buffer> {
  const base64 = await page.evaluate(({ width, height, fontPx, paragraphs }) => {
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext("2d")!;
    g.fillStyle = "#fff";
    g.fillRect(0, 0, width, height);
    g.fillStyle = "#111";
    g.font = `${fontPx}px serif`;
    const margin = Math.round(width / 12);
    const lineHeight = Math.round(fontPx * 1.8);
    let y = margin + fontPx;
    for (const paragraph of paragraphs) {
      let line = "";
      for (const word of paragraph.split(" ")) {
        if (line && g.measureText(`${line} ${word}`).width > width - 2 * margin) {
          g.fillText(line, margin, y);
          line = word;
          y += lineHeight;
        } else line = line ? `${line} ${word}` : word;
      }
      if (y > height - margin) break;
      g.fillText(line, margin, y);
      y += lineHeight;
    }
    return canvas.toDataURL("image/png").split(",")[1];
  }, layout);
  return Buffer.from(base64, "base64");
}
