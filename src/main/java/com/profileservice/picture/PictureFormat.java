package com.profileservice.picture;

import java.util.Arrays;
import java.util.Optional;

/** The picture formats the policy accepts, each known by its file signature. */
public enum PictureFormat {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  GIF("image/gif", new byte[] {'G', 'I', 'F', '8'});

  private final String mediaType;
  private final byte[] signature;

  PictureFormat(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Whether the bytes begin the way files of this format always begin. */
  boolean signedBy(byte[] bytes) {
    return bytes.length >= signature.length
        && Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length);
  }

  static Optional<PictureFormat> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
  }
}
