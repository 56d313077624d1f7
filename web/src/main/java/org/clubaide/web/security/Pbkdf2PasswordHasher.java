package org.clubaide.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.clubaide.core.access.PasswordHasher;

/** Hashes new passwords exactly as the identity store verifies them. */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(SecurityConfiguration.HASH_PARAMETERS);
  }

  @Override
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }
}
