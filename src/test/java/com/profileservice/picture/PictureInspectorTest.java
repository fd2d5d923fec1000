package com.profileservice.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.profileservice.common.problem.ProblemException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PictureInspectorTest {

  @Test
  void acceptsEachFormatUpToOneHundredPixelsSquare() {
    assertEquals(
        100, PictureInspector.inspect(PictureFormat.PNG, Images.of("png", 100, 100)).width());
    assertEquals(
        40, PictureInspector.inspect(PictureFormat.JPEG, Images.of("jpg", 40, 30)).width());
    assertEquals(
        30, PictureInspector.inspect(PictureFormat.GIF, Images.of("gif", 40, 30)).height());
  }

  @Test
  void sizeIsCheckedBeforeAnythingElse() {
    byte[] big = Arrays.copyOf(Images.of("png", 10, 10), PictureInspector.MAX_BYTES + 1);
    assertEquals(413, status(() -> PictureInspector.inspect(PictureFormat.PNG, big)));
  }

  @Test
  void bytesOfAnotherTypeAre415() {
    assertEquals(
        415, status(() -> PictureInspector.inspect(PictureFormat.JPEG, Images.of("png", 10, 10))));
    assertEquals(
        415, status(() -> PictureInspector.inspect(PictureFormat.PNG, "hello".getBytes())));
    assertEquals(415, status(() -> PictureInspector.inspect(PictureFormat.GIF, new byte[0])));
  }

  @Test
  void moreThanOneHundredPixelsEitherWayIs422() {
    assertEquals(
        422, status(() -> PictureInspector.inspect(PictureFormat.PNG, Images.of("png", 101, 100))));
    assertEquals(
        422, status(() -> PictureInspector.inspect(PictureFormat.PNG, Images.of("png", 100, 101))));
  }

  @Test
  void corruptDataBehindAValidSignatureIs422() {
    byte[] png = Images.of("png", 20, 20);
    byte[] corrupt = Arrays.copyOf(png, 40);
    assertEquals(422, status(() -> PictureInspector.inspect(PictureFormat.PNG, corrupt)));
  }

  private static int status(Runnable inspection) {
    return assertThrows(ProblemException.class, inspection::run).status();
  }
}
