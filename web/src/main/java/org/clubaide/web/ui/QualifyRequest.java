package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.network.AnonymousRequestView;
import org.clubaide.core.network.CallAnswer;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.Match;
import org.clubaide.core.network.NetworkConsole;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.SendCallForHelp;
import org.clubaide.core.quote.ProposeQuote;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.ProviderKind;
import org.clubaide.core.quote.QuoteComparison;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.shared.DomainException;

/**
 * The agent's page of one request: ask, agree a decision date, accept with a solution deadline,
 * decline with the no-compensation notice, move a deadline with a reason, resume, propose a free
 * simple solution (R-REQ-3..8, R-SOL-1); call the network — the skill-matched list, the preview of
 * exactly what the called members will see, send — then forward the answers or propose
 * introductions (R-NET-1..4); record a quote received by e-mail or phone (R-SOL-2, R-SOL-3).
 */
@Named
@ViewScoped
public class QualifyRequest extends RequestPage {
  private static final long serialVersionUID = 1L;

  /** How many matches the network search shows. */
  static final int MATCHES = 50;

  @Inject transient NetworkConsole console;
  @Inject transient QuoteService quotes;

  private String question;
  private AcceptanceRoute route = AcceptanceRoute.INTERNAL;
  private boolean immediate = true;
  private LocalDate solutionDueOn;
  private LocalDate decisionDate;
  private String declineReason;
  private LocalDate newDate;
  private String moveReason;
  private String solutionTitle;
  private String solutionContent;

  private String skills;
  private String summary;
  private final List<MatchLine> matches = new ArrayList<>();
  private List<String> recipients = new ArrayList<>();
  private AnonymousRequestView preview;

  private ProviderKind providerKind = ProviderKind.PARTNER;
  private String partnerReference;
  private final QuoteForm quote = new QuoteForm();

  /** Asks the member a question. */
  public String ask() {
    return act((s, id) -> s.askQuestion(me(), id, question), "request.asked");
  }

  /** Agrees with the member the date by which the Service decides (R-REQ-4). */
  public String agreeDecisionDate() {
    return act((s, id) -> s.agreeDecisionDate(me(), id, decisionDate), "request.decisionAgreed");
  }

  /** Accepts the mission with an immediate or fixed solution deadline. */
  public String accept() {
    Optional<LocalDate> due = immediate ? Optional.empty() : Optional.ofNullable(solutionDueOn);
    if (!immediate && solutionDueOn == null) {
      Ui.errorKey("agent.accept.dateRequired");
      return null;
    }
    return act((s, id) -> s.accept(me(), id, route, due), "request.accepted");
  }

  /** Declines the request. */
  public String decline() {
    return act((s, id) -> s.decline(me(), id, declineReason), "request.declined");
  }

  /** Moves the current deadline. */
  public String moveDeadline() {
    return act((s, id) -> s.moveDeadline(me(), id, newDate, moveReason), "request.deadlineMoved");
  }

  /** Resumes a postponed request. */
  public String resume() {
    return act((s, id) -> s.resume(me(), id), "request.resumed");
  }

  /** Proposes a simple solution, free. */
  public String propose() {
    return act(
        (s, id) ->
            s.proposeSimpleSolution(me(), id, solutionTitle, solutionContent, Optional.empty()),
        "request.solutionProposed");
  }

  /** Looks for the members and partners offering the skills typed (R-NET-1). */
  public String match() {
    try {
      matches.clear();
      preview = null;
      for (Match match : network.match(me(), requestId(), skillSet(), MATCHES)) {
        matches.add(
            new MatchLine(
                Participants.key(match.participant()),
                console.nameOf(me(), match.participant()),
                match.participant() instanceof Participant.OfPartner,
                String.join(", ", match.matchedSkills().stream().map(Object::toString).toList())));
      }
      recipients = new ArrayList<>(matches.stream().map(MatchLine::key).toList());
      if (matches.isEmpty()) {
        Ui.errorKey("agent.call.noMatch");
      }
    } catch (DomainException e) {
      Ui.error(e);
    }
    return null;
  }

  /** Shows exactly what the recipients would see (R-NET-2). */
  public String preview() {
    try {
      preview = network.previewCall(me(), requestId(), summary, skillSet());
    } catch (DomainException e) {
      preview = null;
      Ui.error(e);
    }
    return null;
  }

  /** Sends the call to the recipients ticked, with the summary previewed (R-NET-1, R-NET-2). */
  public String send() {
    List<Participant> chosen = recipients.stream().map(Participants::of).toList();
    return run(
        () ->
            network.sendCall(me(), new SendCallForHelp(requestId(), summary, skillSet(), chosen)),
        "agent.call.sent");
  }

  /** Forwards a recipient's free solution to the member, as the Service checked it (R-NET-2). */
  public String forward(String callId, String participant) {
    CallForHelp call = console.openCalls(me(), requestId()).stream()
        .filter(c -> c.id().toString().equals(callId))
        .findFirst()
        .orElse(null);
    if (call == null) {
      Ui.errorKey("error.notFound");
      return null;
    }
    Optional<CallAnswer> answer = call.answerOf(Participants.of(participant));
    if (answer.isEmpty() || !(answer.get() instanceof CallAnswer.SimpleSolutionOffer offer)) {
      Ui.errorKey("error.notFound");
      return null;
    }
    return act(
        (s, id) ->
            s.proposeSimpleSolution(
                me(), id, offer.solution().title(), offer.solution().content(), Optional.empty()),
        "request.solutionProposed");
  }

  /** Proposes to put the member in touch with a recipient who offered help (R-NET-3). */
  public String introduce(String callId, String participant) {
    return run(
        () -> network.proposeIntroduction(me(), CallId.of(callId), Participants.of(participant)),
        "agent.introduction.proposed");
  }

  /** Ends an open call, for example once enough answers came in. */
  public String closeCall(String callId) {
    return run(() -> network.closeCall(me(), CallId.of(callId)), "agent.call.closed");
  }

  /** Records a quote received by e-mail or phone, or made by the Service itself (R-SOL-2). */
  public String recordQuote() {
    return run(
        () -> {
          Optional<Provider> provider =
              providerKind == ProviderKind.PARTNER
                  ? Optional.of(Provider.partner(partnerReference))
                  : Optional.empty();
          quotes.propose(
              me(),
              new ProposeQuote(
                  requestId(),
                  provider,
                  quote.getQuoteTitle(),
                  quote.getQuoteScope(),
                  quote.usual(),
                  quote.member(),
                  quote.duration(),
                  quote.getValidUntil()));
        },
        "quote.recorded");
  }

  /** The open calls of the request, with every recipient and answer. */
  public List<CallLine> getCalls() {
    List<CallLine> lines = new ArrayList<>();
    for (CallForHelp call : console.openCalls(me(), requestId())) {
      List<RecipientLine> recipientLines = new ArrayList<>();
      for (Participant p : call.recipients()) {
        Optional<CallAnswer> answer = call.answerOf(p);
        recipientLines.add(
            new RecipientLine(
                Participants.key(p),
                console.nameOf(me(), p),
                answer.map(a -> a.getClass().getSimpleName()).orElse(""),
                answer.map(QualifyRequest::answerText).orElse(""),
                answer.map(CallAnswer::offersHelp).orElse(false),
                answer.isPresent() && answer.get() instanceof CallAnswer.SimpleSolutionOffer,
                console.introductionProposed(me(), call.id(), p)));
      }
      lines.add(new CallLine(call.id().toString(), call.sentAt(), call.view(), recipientLines));
    }
    return lines;
  }

  private static String answerText(CallAnswer answer) {
    if (answer instanceof CallAnswer.SimpleSolutionOffer offer) {
      return offer.solution().title() + " — " + offer.solution().content();
    }
    if (answer instanceof CallAnswer.AccompanimentOffer offer) {
      return offer.outline();
    }
    return "";
  }

  /** The quotes of the request, side by side. */
  public List<QuoteComparison.Row> getQuotes() {
    return quotes.compare(me(), requestId()).rows();
  }

  private Set<String> skillSet() {
    Set<String> set = new LinkedHashSet<>();
    if (skills != null) {
      for (String skill : skills.split("[,;\\n]")) {
        if (!skill.isBlank()) {
          set.add(skill.strip());
        }
      }
    }
    return set;
  }

  /**
   * A member or partner found for the call.
   *
   * @param key the form value
   * @param name who it is, for the Service
   * @param partner whether it is a partner
   * @param skills the wanted skills they offer
   */
  public record MatchLine(String key, String name, boolean partner, String skills)
      implements Serializable {}

  /**
   * An open call.
   *
   * @param id the call
   * @param sentAt when it was sent
   * @param view what the recipients see
   * @param recipients the recipients with their answers
   */
  public record CallLine(
      String id, Instant sentAt, AnonymousRequestView view, List<RecipientLine> recipients) {}

  /**
   * A recipient of an open call.
   *
   * @param key the form value
   * @param name who it is
   * @param answer the answer's kind, empty while none
   * @param text the solution or the outline offered
   * @param offersHelp whether the answer offers help
   * @param solution whether the answer is a free solution
   * @param introduced whether an introduction was already proposed
   */
  public record RecipientLine(
      String key,
      String name,
      String answer,
      String text,
      boolean offersHelp,
      boolean solution,
      boolean introduced) {}

  public AcceptanceRoute[] getRoutes() {
    return AcceptanceRoute.values();
  }

  public ProviderKind[] getProviderKinds() {
    return new ProviderKind[] {ProviderKind.PARTNER, ProviderKind.SERVICE};
  }


  public List<MatchLine> getMatches() {
    return matches;
  }

  public AnonymousRequestView getPreview() {
    return preview;
  }

  public List<String> getRecipients() {
    return recipients;
  }

  public void setRecipients(List<String> recipients) {
    this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public AcceptanceRoute getRoute() {
    return route;
  }

  public void setRoute(AcceptanceRoute route) {
    this.route = route;
  }

  public boolean isImmediate() {
    return immediate;
  }

  public void setImmediate(boolean immediate) {
    this.immediate = immediate;
  }

  public LocalDate getSolutionDueOn() {
    return solutionDueOn;
  }

  public void setSolutionDueOn(LocalDate solutionDueOn) {
    this.solutionDueOn = solutionDueOn;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public void setDecisionDate(LocalDate decisionDate) {
    this.decisionDate = decisionDate;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public LocalDate getNewDate() {
    return newDate;
  }

  public void setNewDate(LocalDate newDate) {
    this.newDate = newDate;
  }

  public String getMoveReason() {
    return moveReason;
  }

  public void setMoveReason(String moveReason) {
    this.moveReason = moveReason;
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

  public ProviderKind getProviderKind() {
    return providerKind;
  }

  public void setProviderKind(ProviderKind providerKind) {
    this.providerKind = providerKind;
  }

  public String getPartnerReference() {
    return partnerReference;
  }

  public void setPartnerReference(String partnerReference) {
    this.partnerReference = partnerReference;
  }

  /** The quote being typed. */
  public QuoteForm getQuote() {
    return quote;
  }
}
