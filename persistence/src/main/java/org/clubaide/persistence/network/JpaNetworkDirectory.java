package org.clubaide.persistence.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.Candidate;
import org.clubaide.core.network.NetworkDirectory;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.network.SkillTag;
import org.clubaide.core.shared.RuleViolationException;

/**
 * The members and partners the network can call on, read from the database on every call (several
 * servers share it, so nothing is cached between transactions).
 *
 * <p>A member's candidate holds the entries of their profile ({@code member_profile_entry}: skills,
 * hobbies and particularities, since one offer covers all three, R-MEM-3), whether they offered
 * them ({@code skills_offered}), whether their participation runs today ({@code status} ACTIVE and
 * {@code participation_ends_on} today or later, in the clock's zone) and whether they accepted the
 * terms version in force today (the latest {@code terms_version} valid from today or earlier, in
 * {@code terms_acceptance}). A partner's candidate holds its skills, is always offered, active as
 * the {@code partner} row says, and needs no member terms. An entry too long to be a skill tag is
 * left out: no wanted skill, itself a tag, could equal it.
 *
 * <p>Cost: {@link #candidates()} runs three queries whatever the number of members, partners and
 * entries (the terms in force; members with their entries and acceptance; partners with their
 * skills); {@link #find} runs two for a member and one for a partner; {@link #partnerFor} and
 * {@link #contactOf} one each.
 */
@ApplicationScoped
public class JpaNetworkDirectory implements NetworkDirectory {

  /** A label no terms version has: nothing is accepted when no version is in force. */
  private static final String NO_TERMS = "";

  private static final String MEMBERS =
      "SELECT m.id, m.skills_offered, m.status, m.participation_ends_on,"
          + " CASE WHEN a.member_id IS NULL THEN FALSE ELSE TRUE END, e.entry_text"
          + " FROM member m"
          + " LEFT JOIN terms_acceptance a ON a.member_id = m.id AND a.terms_label = ?"
          + " LEFT JOIN member_profile_entry e ON e.member_id = m.id";

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Inject Clock clock;

  @Override
  public List<Candidate> candidates() {
    LocalDate today = LocalDate.now(clock);
    List<Candidate> candidates = new ArrayList<>(members(today, Optional.empty()));
    em.createQuery(
            "SELECT DISTINCT p FROM PartnerEntity p LEFT JOIN FETCH p.skills ORDER BY p.id",
            PartnerEntity.class)
        .getResultList()
        .forEach(p -> candidates.add(candidate(p)));
    return List.copyOf(candidates);
  }

  @Override
  public Optional<Candidate> find(Participant participant) {
    if (participant instanceof Participant.OfMember member) {
      return members(LocalDate.now(clock), Optional.of(member.id())).stream().findFirst();
    }
    return em.createQuery(
            "SELECT p FROM PartnerEntity p LEFT JOIN FETCH p.skills WHERE p.id = :id",
            PartnerEntity.class)
        .setParameter("id", participant.uuid().toString())
        .getResultStream()
        .findFirst()
        .map(JpaNetworkDirectory::candidate);
  }

  @Override
  public Optional<PartnerId> partnerFor(String login) {
    if (login == null) {
      return Optional.empty();
    }
    return em.createQuery("SELECT p.id FROM PartnerEntity p WHERE p.login = :login", String.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst()
        .map(id -> PartnerId.of(id.strip()));
  }

  @Override
  public Optional<ContactDetails> contactOf(Participant participant) {
    if (participant instanceof Participant.OfPartner partner) {
      return Optional.ofNullable(em.find(PartnerEntity.class, partner.id().toString()))
          .map(p -> new ContactDetails(p.email, p.phone, p.postalAddress));
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT m.email, m.phone, m.postal_address FROM member m WHERE m.id = ?")
            .setParameter(1, participant.uuid().toString())
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new ContactDetails(
                  (String) columns[0], (String) columns[1], (String) columns[2]);
            });
  }

  /** The members, or the one member, as candidates on {@code today}: two queries. */
  private List<Candidate> members(LocalDate today, Optional<MemberId> only) {
    String terms = termsInForce(today).orElse(NO_TERMS);
    var query =
        em.createNativeQuery(
                MEMBERS + (only.isPresent() ? " WHERE m.id = ?" : "") + " ORDER BY m.id")
            .setParameter(1, terms);
    only.ifPresent(id -> query.setParameter(2, id.toString()));
    Map<String, MemberRow> members = new LinkedHashMap<>();
    for (Object row : query.getResultList()) {
      Object[] c = (Object[]) row;
      MemberRow member =
          members.computeIfAbsent(
              ((String) c[0]).strip(),
              id ->
                  new MemberRow(
                      id,
                      Boolean.TRUE.equals(c[1]),
                      "ACTIVE".equals(c[2]) && !localDate(c[3]).isBefore(today),
                      Boolean.TRUE.equals(c[4]),
                      new ArrayList<>()));
      if (c[5] != null) {
        member.entries().add((String) c[5]);
      }
    }
    List<Candidate> candidates = new ArrayList<>(members.size());
    for (MemberRow m : members.values()) {
      candidates.add(
          new Candidate(
              Participant.member(MemberId.of(m.id())),
              tags(m.entries()),
              m.offered(),
              m.active(),
              m.acceptedCurrentTerms()));
    }
    return candidates;
  }

  private record MemberRow(
      String id,
      boolean offered,
      boolean active,
      boolean acceptedCurrentTerms,
      List<String> entries) {}

  /** The label of the terms version in force on {@code day}, if any. */
  private Optional<String> termsInForce(LocalDate day) {
    List<?> labels =
        em.createNativeQuery(
                "SELECT t.label FROM terms_version t WHERE t.valid_from <= ?"
                    + " ORDER BY t.valid_from DESC, t.label")
            .setParameter(1, Date.valueOf(day))
            .setMaxResults(1)
            .getResultList();
    return labels.stream().findFirst().map(label -> label.toString().strip());
  }

  private static Candidate candidate(PartnerEntity p) {
    return new Candidate(
        Participant.partner(PartnerId.of(p.id.strip())), tags(p.skills), true, p.active, true);
  }

  /** The skill tags of typed entries, leaving out those too long to be a tag. */
  private static Set<SkillTag> tags(Collection<String> entries) {
    Set<SkillTag> tags = new HashSet<>();
    for (String entry : entries) {
      try {
        tags.add(SkillTag.of(entry));
      } catch (RuleViolationException tooLongOrBlank) {
        // No wanted skill could equal it: matching would never use it.
      }
    }
    return tags;
  }

  private static LocalDate localDate(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    return ((Date) value).toLocalDate();
  }
}
