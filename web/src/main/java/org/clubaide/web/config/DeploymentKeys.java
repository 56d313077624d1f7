package org.clubaide.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.clubaide.core.network.AnonymityPolicy;
import org.clubaide.persistence.secret.JpaDeploymentSecrets;

/**
 * The deployment's keys. The key of the anonymous labels of calls for help (R-NET-2) comes from
 * {@code clubaide.anonymity.key} (Base64, at least 16 bytes) when the operator sets one; otherwise
 * the first server draws one at random and stores it in the database, where every other server
 * and every restart find it ({@link JpaDeploymentSecrets}). It is never in the repository.
 */
@ApplicationScoped
public class DeploymentKeys {

  static final String LABEL_KEY = "network.label-key";

  @Inject Settings settings;
  @Inject JpaDeploymentSecrets secrets;
  @Inject Clock clock;
  @Inject DeploymentKeys self;

  private volatile byte[] labelKey;

  /** The key of the anonymous labels; read or created once, then kept. */
  public byte[] labelKey() {
    byte[] key = labelKey;
    if (key == null) {
      Optional<String> configured = settings.anonymityKey();
      if (configured.isPresent()) {
        key = Base64.getDecoder().decode(configured.get().trim());
        if (key.length < AnonymityPolicy.LABEL_KEY_MIN_BYTES) {
          throw new IllegalStateException(
              "clubaide.anonymity.key needs at least "
                  + AnonymityPolicy.LABEL_KEY_MIN_BYTES
                  + " bytes once Base64-decoded");
        }
      } else {
        try {
          key = self.storedLabelKey();
        } catch (RuntimeException raced) {
          // Another server stored one at the same moment: its key is the deployment's.
          key = self.readLabelKey();
        }
      }
      labelKey = key;
    }
    return key.clone();
  }

  /** Reads the stored key, or draws and stores one, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] storedLabelKey() {
    return secrets.createIfAbsent(LABEL_KEY, 32, clock.instant());
  }

  /** Reads the stored key in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public byte[] readLabelKey() {
    byte[] key = secrets.find(LABEL_KEY);
    if (key.length == 0) {
      throw new IllegalStateException("No label key could be stored or read");
    }
    return key;
  }
}
