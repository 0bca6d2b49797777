package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The QR code on a result is one a reader finds, at the sizes a page is printed at. */
class QrCodesTest {

  /** A check address whose code, as ZXing's encoder lays it out, ZXing's own reader does not find. */
  private static final String HARD_TO_FIND = "https://qualcat.example/verification-codes/2XDtCSpkimnc8NqHlZhi5Q";
  /** Pixels per module when the 34 mm code is printed at 150, 200 and 300 dpi, and the image itself. */
  private static final double[] PRINTED = {4.4, 5.9, 8.9, 8};

  @Test
  void aCodeWhoseUsualLayoutNoReaderFindsIsPrintedInALayoutThatIsReadAtEveryPrintSize() throws IOException {
    assertThat(read(QrCodes.image(HARD_TO_FIND, null))).as("the encoder's own choice of mask").isNull();

    BufferedImage printed = ImageIO.read(new ByteArrayInputStream(QrCodes.png(HARD_TO_FIND)));

    for (double modulePixels : PRINTED) {
      assertThat(read(scaled(printed, modulePixels))).as("printed at %s pixels a module", modulePixels)
          .isEqualTo(HARD_TO_FIND);
    }
  }

  @Test
  void aCodeTheEncoderLaysOutWellKeepsThatLayout() throws IOException {
    String address = "https://qualcat.example/verification-codes/AbCdEfGhIjKlMnOpQrSt_-";

    BufferedImage printed = ImageIO.read(new ByteArrayInputStream(QrCodes.png(address)));

    assertThat(read(printed)).isEqualTo(address);
    assertThat(pixels(printed)).isEqualTo(pixels(QrCodes.image(address, null)));
  }

  private static String read(BufferedImage image) {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    try {
      return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    } catch (ReaderException e) {
      return null;
    }
  }

  private static BufferedImage scaled(BufferedImage image, double modulePixels) {
    int size = (int) Math.round(image.getWidth() / (double) QrCodes.MODULE_PIXELS * modulePixels);
    BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(image, 0, 0, size, size, null);
    g.dispose();
    return scaled;
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}
