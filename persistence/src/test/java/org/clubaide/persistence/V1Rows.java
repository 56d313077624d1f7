package org.clubaide.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import javax.sql.DataSource;
import org.clubaide.core.access.Account;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Member;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.SimpleSolution;
import org.clubaide.core.terms.TermsAcceptance;
import org.clubaide.core.terms.TermsVersion;

/**
 * Writes domain objects as rows of the version-1 schema, in plain SQL: a frozen copy of how V1
 * stored things, independent of today's entities and mappers. Never change it when a migration is
 * added: the upgrade test reads these rows through the current adapters after migrating.
 */
final class V1Rows {

  private final DataSource dataSource;

  V1Rows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void terms(TermsVersion terms) {
    insert(
        "INSERT INTO terms_version (label, valid_from) VALUES (?, ?)",
        terms.label(),
        terms.validFrom());
  }

  void member(Member m) {
    insert(
        "INSERT INTO member (id, version, first_name, last_name, organisation, email, phone,"
            + " postal_address, registered_at, vis_identity, vis_contact, vis_skills, vis_photo)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        m.id().toString(),
        m.identity().firstName(),
        m.identity().lastName(),
        m.identity().organisation().orElse(null),
        m.contact().email(),
        m.contact().phone(),
        m.contact().postalAddress(),
        utc(m.registeredAt()),
        m.visibilityOf(FieldGroup.IDENTITY).name(),
        m.visibilityOf(FieldGroup.CONTACT_DETAILS).name(),
        m.visibilityOf(FieldGroup.SKILLS).name(),
        m.visibilityOf(FieldGroup.PHOTO).name());
    for (TermsAcceptance a : m.acceptances()) {
      insert(
          "INSERT INTO terms_acceptance (member_id, terms_label, accepted_at, channel)"
              + " VALUES (?, ?, ?, ?)",
          m.id().toString(),
          a.versionLabel(),
          utc(a.acceptedAt()),
          a.channel().name());
    }
    int seq = 0;
    for (ConsentChange c : m.consentHistory()) {
      insert(
          "INSERT INTO consent_change (member_id, seq, field_group, visibility, changed_at,"
              + " changed_by) VALUES (?, ?, ?, ?, ?, ?)",
          m.id().toString(),
          seq++,
          c.group().name(),
          c.visibility().name(),
          utc(c.changedAt()),
          c.changedBy());
    }
  }

  void account(Account a) {
    insert(
        "INSERT INTO account (login, version, password_hash, member_id, created_at)"
            + " VALUES (?, 1, ?, ?, ?)",
        a.login(),
        a.passwordHash(),
        a.member().map(Object::toString).orElse(null),
        utc(a.createdAt()));
    a.roles()
        .forEach(
            r ->
                insert(
                    "INSERT INTO account_role (login, role) VALUES (?, ?)", a.login(), r.name()));
  }

  void request(HelpRequest r) {
    HelpRequest.Snapshot s = r.snapshot();
    String id = s.id().toString();
    insert(
        "INSERT INTO help_request (id, version, requester_id, channel, title, description,"
            + " needed_by, submitted_at, status, decision_due_on, solution_due_on,"
            + " solution_immediate, postponed_until, status_before_postponement, satisfaction,"
            + " next_deadline, solution_count)"
            + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        s.requester().toString(),
        s.channel().name(),
        s.title(),
        s.description(),
        s.neededBy(),
        utc(s.submittedAt()),
        s.status().name(),
        s.decisionDueOn(),
        s.solutionDeadline() == null ? null : s.solutionDeadline().dueOn(),
        s.solutionDeadline() != null && s.solutionDeadline().immediate(),
        s.postponedUntil(),
        s.statusBeforePostponement() == null ? null : s.statusBeforePostponement().name(),
        s.satisfaction() == null ? null : s.satisfaction().name(),
        r.nextDeadline().orElse(null),
        s.solutions().size());
    s.kinds()
        .forEach(
            k ->
                insert(
                    "INSERT INTO help_request_kind (request_id, kind) VALUES (?, ?)",
                    id,
                    k.name()));
    int seq = 0;
    for (RequestEvent e : s.timeline()) {
      event(e, seq++);
    }
    seq = 0;
    for (SimpleSolution solution : s.solutions()) {
      insert(
          "INSERT INTO simple_solution (id, request_id, seq, title, content, proposed_by,"
              + " proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          solution.id().toString(),
          id,
          seq++,
          solution.title(),
          solution.content(),
          solution.proposedBy(),
          utc(solution.proposedAt()));
    }
  }

  /** V1's generic event columns: text, code, date, date2, flag, ref. */
  private void event(RequestEvent e, int seq) {
    Object text = null;
    Object code = null;
    Object date = null;
    Object date2 = null;
    Object flag = null;
    Object ref = null;
    if (e instanceof RequestEvent.Submitted s) {
      code = s.channel().name();
      date = s.neededBy();
    } else if (e instanceof RequestEvent.QuestionAsked q) {
      text = q.question();
    } else if (e instanceof RequestEvent.QuestionAnswered a) {
      text = a.answer();
    } else if (e instanceof RequestEvent.DecisionDateAgreed d) {
      date = d.decisionDueOn();
    } else if (e instanceof RequestEvent.Accepted a) {
      code = a.route().name();
      date = a.solutionDueOn();
      flag = a.immediate();
    } else if (e instanceof RequestEvent.Declined d) {
      text = d.reason();
    } else if (e instanceof RequestEvent.DeadlineMoved m) {
      code = m.kind().name();
      date = m.from();
      date2 = m.to();
      text = m.reason();
    } else if (e instanceof RequestEvent.SolutionProposed p) {
      ref = p.solutionId().toString();
      text = p.title();
    } else if (e instanceof RequestEvent.Withdrawn w) {
      code = w.reason().name();
    } else if (e instanceof RequestEvent.Postponed p) {
      date = p.until();
      text = p.reason();
    } else if (e instanceof RequestEvent.Closed c) {
      code = c.satisfaction().name();
      text = c.comment();
    } else if (!(e instanceof RequestEvent.Resumed)) {
      throw new IllegalArgumentException("V1 knew no event " + e.getClass().getSimpleName());
    }
    insert(
        "INSERT INTO request_event (event_id, request_id, seq, event_type, occurred_at, actor,"
            + " by_service, text_value, code_value, date_value, date_value2, flag_value, ref_value)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.eventId().toString(),
        e.requestId().toString(),
        seq,
        e.getClass().getSimpleName(),
        utc(e.occurredAt()),
        e.actor(),
        e.byService(),
        text,
        code,
        date,
        date2,
        flag,
        ref);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private void insert(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        if (value == null) {
          statement.setNull(i + 1, Types.NULL);
        } else {
          statement.setObject(i + 1, value);
        }
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "V1 row refused: " + e.getMessage() + "\n" + sql + "\n" + Arrays.toString(values), e);
    }
  }
}
