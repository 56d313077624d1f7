package org.clubaide.core.notification;

/** An e-mail the SMTP server did not accept. */
public final class DeliveryFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  /**
   * @param message what went wrong, without any secret
   * @param permanent whether trying again cannot help (an address refused for good)
   * @param cause the underlying failure, if any
   */
  public DeliveryFailure(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  /** Whether trying again cannot help. */
  public boolean isPermanent() {
    return permanent;
  }
}
