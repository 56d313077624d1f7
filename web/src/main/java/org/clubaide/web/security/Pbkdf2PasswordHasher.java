package org.clubaide.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.clubaide.core.access.PasswordHasher;
import org.clubaide.core.access.PasswordVerifier;

/** Hashes new passwords exactly as the identity store verifies them, and verifies them the same. */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher, PasswordVerifier {

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(SecurityConfiguration.HASH_PARAMETERS);
  }

  @Override
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  @Override
  public boolean verify(char[] password, String hash) {
    return pbkdf2.verify(password, hash);
  }
}
