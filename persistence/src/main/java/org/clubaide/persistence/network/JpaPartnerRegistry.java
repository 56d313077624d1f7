package org.clubaide.persistence.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.network.Partner;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.network.PartnerRegistry;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.persistence.support.Persistence;

/**
 * The partners as the Service records them (tables {@code partner} and {@code partner_skill}); the
 * {@link JpaNetworkDirectory} reads the same rows to match them.
 */
@ApplicationScoped
public class JpaPartnerRegistry implements PartnerRegistry {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public List<Partner> all() {
    return em
        .createQuery(
            "SELECT DISTINCT p FROM PartnerEntity p LEFT JOIN FETCH p.skills ORDER BY p.name, p.id",
            PartnerEntity.class)
        .getResultList()
        .stream()
        .map(JpaPartnerRegistry::toDomain)
        .toList();
  }

  @Override
  public Optional<Partner> find(PartnerId id) {
    return Optional.ofNullable(em.find(PartnerEntity.class, id.toString()))
        .map(JpaPartnerRegistry::toDomain);
  }

  @Override
  public void add(Partner partner) {
    PartnerEntity entity = new PartnerEntity();
    entity.id = partner.id().toString();
    entity.name = partner.name();
    entity.login = partner.login().orElse(null);
    entity.email = partner.contact().email();
    entity.phone = partner.contact().phone();
    entity.postalAddress = partner.contact().postalAddress();
    entity.active = partner.active();
    entity.skills.addAll(partner.skills());
    em.persist(entity);
    Persistence.flush(em, "This partner");
  }

  @Override
  public void setActive(PartnerId id, boolean active) {
    PartnerEntity entity = em.find(PartnerEntity.class, id.toString());
    if (entity == null) {
      throw new NotFoundException("Partner", id);
    }
    entity.active = active;
    Persistence.flush(em, "This partner");
  }

  @Override
  public void giveLogin(PartnerId id, String login) {
    PartnerEntity entity = em.find(PartnerEntity.class, id.toString());
    if (entity == null) {
      throw new NotFoundException("Partner", id);
    }
    if (entity.login != null && !entity.login.equals(login)) {
      throw new ConflictException("R-PRV-3", "This partner has a login already.");
    }
    entity.login = login;
    Persistence.flush(em, "This partner");
  }

  private static Partner toDomain(PartnerEntity p) {
    return new Partner(
        PartnerId.of(p.id.strip()),
        p.name,
        Optional.ofNullable(p.login),
        new ContactDetails(p.email, p.phone, p.postalAddress),
        new ArrayList<>(p.skills),
        p.active);
  }
}
