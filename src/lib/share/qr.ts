/**
 * QR codes as inline SVG, made at build time (the `qrcode` package), so a phone can open the page or
 * a reader can share it into a chat app. Error correction M (15%) survives a crease or a smudged print.
 */
import QRCode from 'qrcode';

export async function qrSvg(url: string, label: string): Promise<string> {
  let svg: string;
  try {
    svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  } catch (error) {
    throw new Error(`cannot make a QR code for ${url}`, { cause: error });
  }
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" width="160" height="160" data-qr="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" `);
}
