package org.qualcat.verification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The QR code printed on a result: black on white, with its quiet zone, and one that a reader finds.
 *
 * <p>Of the codes ZXing's encoder lays out for Qualcat's check addresses, about one in a hundred is not found by
 * ZXing's own reader, at its full size or once printed smaller (the data modules happen to look like finder patterns
 * to the detector); phone apps built on that reader would not read such a result. So every code is read back before
 * it is printed, at the sizes a page is printed and scanned at, and where it is not read, the next of the
 * specification's eight mask patterns is tried: another mask gives the same content in other modules.
 */
final class QrCodes {

  /** Pixels per module: sharp at any print resolution without relying on a viewer's image scaling. */
  static final int MODULE_PIXELS = 8;
  /** The quiet zone the QR specification asks for, in modules. */
  private static final int QUIET_ZONE = 4;
  /** Pixels per module at which a code is read back: a print at 150 to 300 dpi, and the image itself. */
  private static final double[] READ_BACK_MODULE_PIXELS = {4, 5, 6, 6.5, 7, MODULE_PIXELS};
  private static final int MASK_PATTERNS = 8;

  private QrCodes() {
  }

  /** {@code text} as a QR code in a PNG image. */
  static byte[] png(String text) {
    BufferedImage encodersChoice = image(text, null);
    if (readsBack(encodersChoice, text)) {
      return png(encodersChoice);
    }
    for (int mask = 0; mask < MASK_PATTERNS; mask++) {
      BufferedImage other = image(text, mask);
      if (readsBack(other, text)) {
        return png(other);
      }
    }
    return png(encodersChoice); // no mask read back (never seen): the encoder's choice, as before
  }

  /** The code as an image, with the encoder's choice of mask pattern when {@code mask} is null. */
  static BufferedImage image(String text, Integer mask) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, 0);
    hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
    if (mask != null) {
      hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
    }
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalStateException("cannot encode a QR code for " + text, e);
    }
    int modules = matrix.getWidth() + 2 * QUIET_ZONE;
    BufferedImage image = new BufferedImage(modules * MODULE_PIXELS, modules * MODULE_PIXELS,
        BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int mx = x / MODULE_PIXELS - QUIET_ZONE;
        int my = y / MODULE_PIXELS - QUIET_ZONE;
        boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
        image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    return image;
  }

  /** Whether ZXing's reader gets {@code text} back from the image at every read-back size. */
  static boolean readsBack(BufferedImage image, String text) {
    int modules = image.getWidth() / MODULE_PIXELS;
    for (double modulePixels : READ_BACK_MODULE_PIXELS) {
      if (!text.equals(read(scaled(image, (int) Math.round(modules * modulePixels))))) {
        return false;
      }
    }
    return true;
  }

  private static BufferedImage scaled(BufferedImage image, int size) {
    if (size == image.getWidth()) {
      return image;
    }
    BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, size, size, null);
    g.dispose();
    return scaled;
  }

  private static String read(BufferedImage image) {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    try {
      return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    } catch (ReaderException e) {
      return null;
    }
  }

  private static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
