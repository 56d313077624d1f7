package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.QueueCursor;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.shared.Channel;
import org.clubaide.web.security.CurrentActor;

/**
 * The agent's queue: open requests by next deadline, overdue and due-soon ones flagged (R-REQ-4),
 * filtered by status, flag and channel, a page at a time. The filters and the page are in the
 * address (a plain GET form), so that a view can be bookmarked and works without JavaScript.
 *
 * <p>The queue is read in next-deadline order by keyset pages; a filter keeps the lines that match
 * and reads on, at most {@value #SCAN_PAGES} pages of {@value #PAGE} per view, so that a rare
 * filter never reads the whole queue at once: "next page" goes on from where the reading stopped.
 */
@Named
@RequestScoped
public class Queue {

  /** Lines per page. */
  static final int PAGE = 25;

  /** Days ahead within which a deadline is "due soon". */
  static final int SOON_DAYS = 3;

  /** The most queue pages read for one filtered view. */
  static final int SCAN_PAGES = 20;

  @Inject HelpRequestService requests;
  @Inject CurrentActor actor;
  @Inject Clock clock;

  private String status = "";
  private String flag = "";
  private String channel = "";
  private String after = "";
  private List<RequestSummary> items;
  private String next;

  /** The current page of the queue, filtered. */
  public List<RequestSummary> getItems() {
    if (items == null) {
      read();
    }
    return items;
  }

  private void read() {
    items = new ArrayList<>();
    next = null;
    Optional<QueueCursor> cursor = cursor(after);
    for (int page = 0; page < SCAN_PAGES && items.size() < PAGE; page++) {
      List<RequestSummary> lines = requests.queue(actor.require(), cursor, PAGE);
      for (RequestSummary line : lines) {
        if (items.size() == PAGE) {
          break;
        }
        cursor = Optional.of(QueueCursor.after(line));
        if (matches(line)) {
          items.add(line);
        }
      }
      if (lines.size() < PAGE) {
        return;
      }
      if ("overdue".equals(flag) || "soon".equals(flag)) {
        LocalDate last = lines.get(lines.size() - 1).nextDeadline().orElseThrow();
        if (last.isAfter(LocalDate.now(clock).plusDays(SOON_DAYS))) {
          return;
        }
      }
    }
    cursor.ifPresent(c -> next = c.nextDeadline() + "~" + c.id());
  }

  private boolean matches(RequestSummary line) {
    if (!status.isEmpty() && !line.status().name().equals(status)) {
      return false;
    }
    if (!channel.isEmpty() && !line.channel().name().equals(channel)) {
      return false;
    }
    if ("overdue".equals(flag)) {
      return overdue(line);
    }
    if ("soon".equals(flag)) {
      return soon(line) || overdue(line);
    }
    return true;
  }

  private static Optional<QueueCursor> cursor(String text) {
    if (text == null || !text.contains("~")) {
      return Optional.empty();
    }
    try {
      String[] parts = text.split("~", 2);
      return Optional.of(new QueueCursor(LocalDate.parse(parts[0]), RequestId.of(parts[1])));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether a line is overdue today. */
  public boolean overdue(RequestSummary summary) {
    return summary.isOverdue(clock);
  }

  /** Whether a line's next deadline is within the next few days and not passed. */
  public boolean soon(RequestSummary summary) {
    LocalDate today = LocalDate.now(clock);
    return !overdue(summary)
        && summary.nextDeadline().map(d -> !d.isAfter(today.plusDays(SOON_DAYS))).orElse(false);
  }

  /** The cursor of the next page, or null on the last one. */
  public String getNext() {
    getItems();
    return next;
  }

  /** Whether this is a page after the first. */
  public boolean isLaterPage() {
    return cursor(after).isPresent();
  }

  public RequestStatus[] getStatuses() {
    return new RequestStatus[] {RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, RequestStatus.POSTPONED};
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  /** The parameter, or null when empty, so that an address never carries an empty one. */
  public String getStatus() {
    return status.isEmpty() ? null : status;
  }

  public void setStatus(String status) {
    this.status = oneOf(status, List.of("SUBMITTED", "ACCEPTED", "POSTPONED"));
  }

  /** The parameter, or null when empty, so that an address never carries an empty one. */
  public String getFlag() {
    return flag.isEmpty() ? null : flag;
  }

  public void setFlag(String flag) {
    this.flag = oneOf(flag, List.of("overdue", "soon"));
  }

  /** The parameter, or null when empty, so that an address never carries an empty one. */
  public String getChannel() {
    return channel.isEmpty() ? null : channel;
  }

  public void setChannel(String channel) {
    this.channel = oneOf(channel, List.of("WEB", "EMAIL", "PHONE"));
  }

  /** The parameter, or null when empty, so that an address never carries an empty one. */
  public String getAfter() {
    return after.isEmpty() ? null : after;
  }

  public void setAfter(String after) {
    this.after = after == null ? "" : after;
  }

  private static String oneOf(String value, List<String> allowed) {
    return value != null && allowed.contains(value) ? value : "";
  }
}
