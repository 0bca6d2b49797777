package org.qualcat.verification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts holder document numbers for the database: AES-256-GCM with a fresh random 96-bit IV per value, so equal
 * numbers never look equal at rest (finding a holder's earlier results is the keyed hash's job, {@link
 * DocumentHasher}), and a value altered in the database fails to decrypt instead of reading as another number.
 * Stored as {@code v1:} + base64(IV ‖ ciphertext ‖ tag); the prefix leaves room for another format or key later.
 */
@Component
class DocumentCipher {

  static final String FORMAT = "v1:";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  /** Binds each value to its column: a ciphertext copied into another encrypted column would not decrypt. */
  private static final byte[] CONTEXT = "verification_case.holder_document_number".getBytes(StandardCharsets.UTF_8);

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();
  /**
   * One cipher per thread, initialised afresh for every value (a new IV for each encryption): finding the
   * implementation ({@link Cipher#getInstance}) was half of what decrypting a number cost, on every case read.
   */
  private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(DocumentCipher::newCipher);

  DocumentCipher(VerificationSettings settings) {
    this.key = new SecretKeySpec(settings.encryptionKeyBytes(), "AES");
  }

  String encrypt(String documentNumber) {
    if (documentNumber == null) {
      return null;
    }
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(CONTEXT);
      byte[] sealed = cipher.doFinal(documentNumber.getBytes(StandardCharsets.UTF_8));
      return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
          .put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** The number back; a value that is not ours, damaged, or sealed with another key fails without showing it. */
  String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(FORMAT)) {
      throw new IllegalStateException("a holder document number in the database is not encrypted in format "
          + FORMAT);
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
      if (bytes.length <= IV_BYTES) {
        throw new IllegalStateException("a holder document number in the database is truncated");
      }
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      cipher.updateAAD(CONTEXT);
      return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // neither the value nor the cause (which may quote it) goes into the message
      throw new IllegalStateException("a holder document number could not be decrypted: damaged, or sealed with "
          + "another qualcat.verification.encryption-key");
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance(TRANSFORMATION);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }
}
