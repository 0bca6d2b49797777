package org.qualcat.verification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * Keeps holder document numbers encrypted in {@code verification_case} ({@link DocumentCipher}); the entity holds
 * the number in the clear only in memory. A Spring bean, which Hibernate obtains through Spring Boot's bean
 * container, so that the key comes from configuration.
 */
@Component
@Converter
class EncryptedDocumentNumber implements AttributeConverter<String, String> {

  private final DocumentCipher cipher;

  EncryptedDocumentNumber(DocumentCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public String convertToDatabaseColumn(String documentNumber) {
    return cipher.encrypt(documentNumber);
  }

  @Override
  public String convertToEntityAttribute(String column) {
    return cipher.decrypt(column);
  }
}
