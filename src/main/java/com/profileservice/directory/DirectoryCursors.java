package com.profileservice.directory;

import com.profileservice.directory.DirectoryProblems.InvalidCursor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a directory position into an opaque cursor and opens it again. The position holds the last
 * entry's zip, which orders entries but is never shown, so the cursor is encrypted and
 * authenticated (AES-GCM): a client can neither read it nor forge or alter one. The filter is bound
 * in as associated data, so a cursor only continues the listing it came from.
 */
final class DirectoryCursors {

  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  /**
   * Room for any zip: the column holds at most 10 characters of at most 4 bytes each. Every zip is
   * padded to this size, so a cursor's length does not depend on the zip.
   */
  private static final int ZIP_SLOT = 40;

  /** Far more than a sealed position needs; longer input is refused before any work is done. */
  private static final int MAX_CURSOR_CHARS = 2048;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  DirectoryCursors(SecretKey key) {
    this.key = key;
  }

  String seal(DirectoryPosition position, DirectoryFilter filter) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(filter.canonical().getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(encode(position));
      byte[] cursor = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, cursor, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, cursor, NONCE_BYTES, sealed.length);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is available on every JVM", e);
    }
  }

  /** Fails with 400 for anything this service did not seal for this filter. */
  DirectoryPosition open(String cursor, DirectoryFilter filter) {
    if (cursor.length() > MAX_CURSOR_CHARS) {
      throw new InvalidCursor();
    }
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(cursor);
      if (bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
        throw new InvalidCursor();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(filter.canonical().getBytes(StandardCharsets.UTF_8));
      return decode(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
    } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
      // A bad tag, bad base64 and a bad layout are all "not ours"; none is worth logging.
      throw new InvalidCursor();
    }
  }

  private static byte[] encode(DirectoryPosition position) {
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(buffer);
      out.writeByte(VERSION);
      out.writeUTF(position.country());
      out.writeUTF(position.stateKey());
      out.writeUTF(position.cityKey());
      byte[] zip = position.zipKey().getBytes(StandardCharsets.UTF_8);
      if (zip.length > ZIP_SLOT) {
        throw new IllegalStateException("a stored zip is at most 10 characters");
      }
      out.writeByte(zip.length);
      out.write(Arrays.copyOf(zip, ZIP_SLOT));
      out.writeUTF(position.handleKey());
      out.flush();
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory does not fail", e);
    }
  }

  private static DirectoryPosition decode(byte[] plain) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
    if (in.readByte() != VERSION) {
      throw new InvalidCursor();
    }
    String country = in.readUTF();
    String state = in.readUTF();
    String city = in.readUTF();
    int zipLength = in.readUnsignedByte();
    byte[] zipSlot = in.readNBytes(ZIP_SLOT);
    if (zipLength > ZIP_SLOT || zipSlot.length != ZIP_SLOT) {
      throw new InvalidCursor();
    }
    String zip = new String(zipSlot, 0, zipLength, StandardCharsets.UTF_8);
    String handle = in.readUTF();
    if (in.available() != 0) {
      throw new InvalidCursor();
    }
    return new DirectoryPosition(country, state, city, zip, handle);
  }

  /** The configured key; fails for anything but the base64 form of an AES key. */
  static SecretKey key(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      // The key itself is never part of the message.
      throw new IllegalStateException(
          "profile.directory.cursor-key must be the base64 form of a 16, 24 or 32-byte key");
    }
    return key(bytes);
  }

  static SecretKey key(byte[] bytes) {
    return new SecretKeySpec(bytes, "AES");
  }
}
