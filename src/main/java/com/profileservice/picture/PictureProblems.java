package com.profileservice.picture;

import com.profileservice.common.problem.ProblemException;

/** The ways an uploaded picture is refused, and a picture that cannot be shown. */
final class PictureProblems {

  private PictureProblems() {}

  static final class TooLarge extends ProblemException {
    TooLarge() {
      super(
          413,
          "picture-too-large",
          "Picture too large",
          "A picture may have at most " + PictureInspector.MAX_BYTES + " bytes.");
    }
  }

  static final class WrongType extends ProblemException {
    WrongType(String declared) {
      super(
          415,
          "picture-type-mismatch",
          "Picture is not of its declared type",
          "The bytes are not a "
              + declared
              + " file; the type is read from the bytes, not trusted.");
    }
  }

  static final class UnsupportedType extends ProblemException {
    UnsupportedType() {
      super(
          415,
          "picture-type-unsupported",
          "Picture type not accepted",
          "Send the picture as image/jpeg, image/png or image/gif.");
    }
  }

  static final class TooManyPixels extends ProblemException {
    TooManyPixels() {
      super(
          422,
          "picture-too-big",
          "Picture too big",
          "A picture may be at most "
              + PictureInspector.MAX_SIDE
              + " by "
              + PictureInspector.MAX_SIDE
              + " pixels.");
    }
  }

  static final class Unreadable extends ProblemException {
    Unreadable() {
      super(422, "picture-unreadable", "Picture unreadable", "The picture could not be decoded.");
    }
  }

  static final class NoPicture extends ProblemException {
    NoPicture() {
      super(404, "picture-not-found", "Picture not found", "No picture is shown for this handle.");
    }
  }
}
