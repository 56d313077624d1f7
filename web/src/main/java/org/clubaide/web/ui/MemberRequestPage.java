package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.WithdrawalReason;

/**
 * The member's page of one request: deadlines, solutions, timeline, and the member's verbs —
 * answer, withdraw, postpone, close with satisfaction (R-REQ-3, R-REQ-8, R-REQ-9, R-REQ-10).
 */
@Named
@ViewScoped
public class MemberRequestPage extends RequestPage {
  private static final long serialVersionUID = 1L;

  private String answer;
  private WithdrawalReason withdrawalReason = WithdrawalReason.SOLVED_ELSEWHERE;
  private LocalDate postponeUntil;
  private String postponeReason;
  private Satisfaction satisfaction;
  private String comment;

  /** Answers the Service's question. */
  public String answer() {
    return act((s, id) -> s.answerQuestion(me(), id, answer), "request.answered");
  }

  /** Withdraws the request. */
  public String withdraw() {
    return act((s, id) -> s.withdraw(me(), id, withdrawalReason), "request.withdrawn");
  }

  /** Postpones the request. */
  public String postpone() {
    return act(
        (s, id) -> s.postpone(me(), id, postponeUntil, postponeReason), "request.postponed");
  }

  /** Closes the request with the member's satisfaction. */
  public String close() {
    return act((s, id) -> s.close(me(), id, satisfaction, comment), "request.closed");
  }

  /** Whether the Service waits for an answer. */
  public boolean isQuestionOpen() {
    return getRequest().openQuestions() > 0 && can("ANSWER_QUESTION");
  }

  /** Whether the request can be withdrawn or postponed. */
  public boolean isOpen() {
    return can("WITHDRAW");
  }

  /** Whether the request can be postponed. */
  public boolean isPostponable() {
    return can("POSTPONE");
  }

  /** Whether the member can close it with satisfaction. */
  public boolean isClosable() {
    return can("CLOSE") && !getRequest().solutions().isEmpty();
  }

  /** The reasons a member chooses from (ending the participation is not one of them). */
  public WithdrawalReason[] getWithdrawalReasons() {
    return WithdrawalReason.memberChoices().toArray(WithdrawalReason[]::new);
  }

  public Satisfaction[] getSatisfactions() {
    return Satisfaction.values();
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public WithdrawalReason getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(WithdrawalReason withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }

  public LocalDate getPostponeUntil() {
    return postponeUntil;
  }

  public void setPostponeUntil(LocalDate postponeUntil) {
    this.postponeUntil = postponeUntil;
  }

  public String getPostponeReason() {
    return postponeReason;
  }

  public void setPostponeReason(String postponeReason) {
    this.postponeReason = postponeReason;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Satisfaction satisfaction) {
    this.satisfaction = satisfaction;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
