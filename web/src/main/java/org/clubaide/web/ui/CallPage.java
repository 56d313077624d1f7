package org.clubaide.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.network.CallAnswer;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.CallQuotes;
import org.clubaide.core.network.CallStatus;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.network.RecipientCallView;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.CurrentActor;

/**
 * A call for help as its recipient sees it: the anonymous view of the request, never who asked
 * (R-NET-2), and the three answers — a free simple solution, an accompaniment with its quote, or
 * "not this time" (R-NET-4, R-SOL-1..3).
 */
@Named
@ViewScoped
public class CallPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient NetworkService network;
  @Inject transient CallQuotes callQuotes;
  @Inject transient CurrentActor actor;
  @Inject transient Transactions tx;

  private String id;
  private transient RecipientCallView call;

  private String solutionTitle;
  private String solutionContent;
  private String outline;
  private final QuoteForm quote = new QuoteForm();

  /** Loads the call named by the {@code id} parameter; not a recipient's: 404. */
  public void load() throws IOException {
    try {
      call = network.viewCall(actor.require(), CallId.of(id));
    } catch (DomainException | IllegalArgumentException | NullPointerException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** Offers a simple solution, free (R-SOL-1). */
  public String offerSolution() {
    return run(
        () ->
            network.answerWithSimpleSolution(
                actor.require(), callId(), solutionTitle, solutionContent, Optional.empty()),
        "call.answered");
  }

  /** Offers an accompaniment and sends its quote at once (R-NET-4, R-SOL-2, R-SOL-3). */
  public String offerAccompaniment() {
    return run(
        () -> {
          if (getCall().yourAnswer().isEmpty()) {
            network.offerAccompaniment(actor.require(), callId(), outline);
          }
          callQuotes.propose(
              actor.require(),
              callId(),
              quote.getQuoteTitle(),
              quote.getQuoteScope(),
              quote.usual(),
              quote.member(),
              quote.duration(),
              quote.getValidUntil());
        },
        "call.quoted");
  }

  /** Declines the call, without a reason. */
  public String decline() {
    return run(() -> network.declineCall(actor.require(), callId()), "call.declined");
  }

  private String run(Runnable work, String doneKey) {
    try {
      tx.run(work);
      Ui.info(doneKey);
      return "/member/call.xhtml?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Ui.error(e);
      call = null;
      return null;
    }
  }

  private CallId callId() {
    return CallId.of(id);
  }

  /** The call as the recipient sees it. */
  public RecipientCallView getCall() {
    if (call == null && id != null) {
      call = network.viewCall(actor.require(), callId());
    }
    return call;
  }

  /** Whether the recipient can still answer. */
  public boolean isAnswerable() {
    return getCall().status() == CallStatus.OPEN && getCall().yourAnswer().isEmpty();
  }

  /** Whether the recipient offered an accompaniment and may quote again, while the call is open. */
  public boolean isQuotable() {
    return getCall().status() == CallStatus.OPEN
        && getCall().yourAnswer().filter(CallAnswer.AccompanimentOffer.class::isInstance).isPresent();
  }

  /** The kind of the recipient's answer, for the bundle, or empty. */
  public String getAnswerKind() {
    return getCall().yourAnswer().map(a -> a.getClass().getSimpleName()).orElse("");
  }

  /** The quotes the recipient sent through this call, with their status. */
  public List<Quote> getMyQuotes() {
    return callQuotes.mine(actor.require(), callId());
  }


  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getSolutionTitle() {
    return solutionTitle;
  }

  public void setSolutionTitle(String solutionTitle) {
    this.solutionTitle = solutionTitle;
  }

  public String getSolutionContent() {
    return solutionContent;
  }

  public void setSolutionContent(String solutionContent) {
    this.solutionContent = solutionContent;
  }

  public String getOutline() {
    return outline;
  }

  public void setOutline(String outline) {
    this.outline = outline;
  }

  /** The quote being typed. */
  public QuoteForm getQuote() {
    return quote;
  }
}
