package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.clubaide.core.quote.AcceptQuote;
import org.clubaide.core.quote.Acknowledgement;
import org.clubaide.core.quote.IntermediaryNotice;
import org.clubaide.core.quote.QuoteComparison;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.quote.QuoteStatus;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.WithdrawalReason;

/**
 * The member's page of one request: deadlines, solutions, quotes side by side, timeline, and the
 * member's verbs — answer, withdraw, postpone, accept or decline a quote after the intermediary
 * notice, close with satisfaction (R-REQ-3, R-REQ-8, R-REQ-9, R-REQ-10, R-SOL-4, R-SOL-5).
 */
@Named
@ViewScoped
public class MemberRequestPage extends RequestPage {
  private static final long serialVersionUID = 1L;

  @Inject transient QuoteService quotes;

  private String answer;
  private WithdrawalReason withdrawalReason;
  private LocalDate postponeUntil;
  private String postponeReason;
  private Satisfaction satisfaction;
  private String comment;
  private String sort = "";
  private boolean noticeConfirmed;
  private String declineNote;
  private transient QuoteComparison comparison;

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

  /** Accepts a quote once the member ticked the intermediary notice (R-SOL-5). */
  public String acceptQuote(String quoteId) {
    boolean confirmed = noticeConfirmed;
    noticeConfirmed = false;
    return run(
        () ->
            quotes.accept(
                me(),
                new AcceptQuote(
                    QuoteId.of(quoteId),
                    new Acknowledgement(confirmed, IntermediaryNotice.CURRENT.version()))),
        "quote.accepted");
  }

  /** Declines a quote, with an optional note for the provider. */
  public String declineQuote(String quoteId) {
    return run(() -> quotes.decline(me(), QuoteId.of(quoteId), declineNote), "quote.declined");
  }

  /** The quotes, side by side, in the order the member chose (R-SOL-4). */
  public List<QuoteComparison.Row> getQuotes() {
    if (comparison == null) {
      comparison = quotes.compare(me(), requestId());
    }
    if (sort == null || sort.isEmpty()) {
      return comparison.rows();
    }
    return comparison.sortedBy(QuoteComparison.SortKey.valueOf(sort));
  }

  /** Whether the quotes are in several currencies, which are never compared. */
  public boolean isMixedCurrencies() {
    getQuotes();
    return !comparison.isSingleCurrency();
  }

  /** Whether a quote can still be accepted or declined. */
  public boolean decidable(QuoteComparison.Row row) {
    return row.status() == QuoteStatus.PROPOSED
        && getQuotes().stream().noneMatch(r -> r.status() == QuoteStatus.ACCEPTED);
  }

  /** The orders offered. */
  public QuoteComparison.SortKey[] getSortKeys() {
    return QuoteComparison.SortKey.values();
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

  /**
   * Whether the member can close it with satisfaction: once a simple solution was proposed or a
   * quote accepted (R-REQ-9).
   */
  public boolean isClosable() {
    return can("CLOSE")
        && (!getRequest().solutions().isEmpty()
            || getQuotes().stream().anyMatch(r -> r.status() == QuoteStatus.ACCEPTED));
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

  /** The parameter, or null when empty, so that an address never carries an empty one. */
  public String getSort() {
    return sort.isEmpty() ? null : sort;
  }

  public void setSort(String sort) {
    boolean known =
        sort != null
            && Arrays.stream(QuoteComparison.SortKey.values()).anyMatch(k -> k.name().equals(sort));
    this.sort = known ? sort : "";
  }

  public boolean isNoticeConfirmed() {
    return noticeConfirmed;
  }

  public void setNoticeConfirmed(boolean noticeConfirmed) {
    this.noticeConfirmed = noticeConfirmed;
  }

  public String getDeclineNote() {
    return declineNote;
  }

  public void setDeclineNote(String declineNote) {
    this.declineNote = declineNote;
  }
}
