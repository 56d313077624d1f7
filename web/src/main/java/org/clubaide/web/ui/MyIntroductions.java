package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.IntroductionInbox;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.CurrentActor;

/**
 * The member's introductions, those awaiting their consent first: agree in writing to pass contact
 * details, or refuse, which reveals nothing (R-NET-3).
 */
@Named
@ViewScoped
public class MyIntroductions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient IntroductionInbox inbox;
  @Inject transient NetworkService network;
  @Inject transient CurrentActor actor;
  @Inject transient Transactions tx;

  private transient List<IntroductionInbox.Entry> items;

  /** The introductions. */
  public List<IntroductionInbox.Entry> getItems() {
    if (items == null) {
      items = inbox.of(actor.require());
    }
    return items;
  }

  /** How many await the member's answer. */
  public long getAwaiting() {
    return getItems().stream().filter(IntroductionInbox.Entry::awaitsMe).count();
  }

  /** Agrees to pass contact details. */
  public String consent(String id) {
    return act(() -> network.consentToIntroduction(actor.require(), IntroductionId.of(id)), "introduction.consented");
  }

  /** Refuses the introduction. */
  public String refuse(String id) {
    return act(() -> network.refuseIntroduction(actor.require(), IntroductionId.of(id)), "introduction.refused");
  }

  private String act(Runnable work, String doneKey) {
    try {
      tx.run(work);
      Ui.info(doneKey);
      return "/member/introductions.xhtml?faces-redirect=true";
    } catch (DomainException e) {
      Ui.error(e);
      items = null;
      return null;
    }
  }
}
