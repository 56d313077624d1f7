package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;
import org.clubaide.core.request.AcceptanceRoute;

/**
 * The agent's page of one request: ask, accept with a solution deadline, decline with the
 * no-compensation notice, move a deadline with a reason, propose a free simple solution (R-REQ-3..7,
 * R-SOL-1).
 */
@Named
@ViewScoped
public class QualifyRequest extends RequestPage {
  private static final long serialVersionUID = 1L;

  private String question;
  private AcceptanceRoute route = AcceptanceRoute.INTERNAL;
  private boolean immediate = true;
  private LocalDate solutionDueOn;
  private String declineReason;
  private LocalDate newDate;
  private String moveReason;
  private String solutionTitle;
  private String solutionContent;

  /** Asks the member a question. */
  public String ask() {
    return act((s, id) -> s.askQuestion(me(), id, question), "request.asked");
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

  /** Proposes a simple solution, free. */
  public String propose() {
    return act(
        (s, id) ->
            s.proposeSimpleSolution(me(), id, solutionTitle, solutionContent, Optional.empty()),
        "request.solutionProposed");
  }

  public AcceptanceRoute[] getRoutes() {
    return AcceptanceRoute.values();
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
}
