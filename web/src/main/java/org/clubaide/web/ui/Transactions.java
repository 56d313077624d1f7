package org.clubaide.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a page action's use case in its own transaction, so that a refusal rolls everything back
 * before the page shows the message.
 */
@ApplicationScoped
public class Transactions {

  /** Runs the work in a transaction and returns its result. */
  @Transactional
  public <T> T call(Supplier<T> work) {
    return work.get();
  }

  /** Runs the work in a transaction. */
  @Transactional
  public void run(Runnable work) {
    work.run();
  }
}
