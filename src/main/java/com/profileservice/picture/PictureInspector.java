package com.profileservice.picture;

import com.profileservice.picture.PictureProblems.TooLarge;
import com.profileservice.picture.PictureProblems.TooManyPixels;
import com.profileservice.picture.PictureProblems.Unreadable;
import com.profileservice.picture.PictureProblems.WrongType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an upload against the picture rules, in the order a client can act on: size (413), then
 * whether the bytes are of the declared type (415), then the pixel size (422). Decoding is CPU
 * work, so callers run this off the event loop.
 */
final class PictureInspector {

  static final int MAX_BYTES = 40 * 1024;
  static final int MAX_SIDE = 100;

  /** What an accepted picture is. */
  record Inspected(PictureFormat format, int width, int height) {}

  private PictureInspector() {}

  static Inspected inspect(PictureFormat declared, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new TooLarge();
    }
    if (!declared.signedBy(bytes)) {
      throw new WrongType(declared.mediaType());
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(declared.mediaType());
      if (in == null || !readers.hasNext()) {
        throw new Unreadable();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width > MAX_SIDE || height > MAX_SIDE) {
          throw new TooManyPixels();
        }
        // Decoding the whole image refuses files whose header is fine but whose data is not.
        reader.read(0);
        return new Inspected(declared, width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof TooManyPixels tooMany) {
        throw tooMany;
      }
      throw new Unreadable();
    }
  }
}
