package org.clubaide.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an action tells the visitor on the page it redirects to ("Votre demande est enregistrée.").
 * Kept in the session until a page shows it, rather than in Faces' flash: the flash travels in a
 * cookie token that every Faces response renews, and a token renewed between the redirect and the
 * next page lost the message now and then.
 */
@Named
@SessionScoped
public class Notices implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> pending = new ArrayList<>();

  /** Keeps a text for the next page shown. */
  synchronized void add(String text) {
    pending.add(text);
  }

  /** The texts waiting, once: a page that shows them takes them. */
  public synchronized List<String> take() {
    List<String> texts = List.copyOf(pending);
    pending.clear();
    return texts;
  }
}
