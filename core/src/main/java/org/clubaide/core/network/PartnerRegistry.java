package org.clubaide.core.network;

import java.util.List;
import java.util.Optional;

/** Port: the partners of the network, as the Service records them (R-NET-1). */
public interface PartnerRegistry {

  /** Every partner, by name. */
  List<Partner> all();

  /** The partner with this identifier. */
  Optional<Partner> find(PartnerId id);

  /** Records a new partner. */
  void add(Partner partner);

  /**
   * Says whether the Service still calls on the partner.
   *
   * @throws org.clubaide.core.shared.NotFoundException when there is no such partner
   */
  void setActive(PartnerId id, boolean active);

  /**
   * Links the partner to its new login, with which it logs in from now on.
   *
   * @param id the partner
   * @param login the login, an existing account with the role PARTNER
   * @throws org.clubaide.core.shared.NotFoundException when there is no such partner
   * @throws org.clubaide.core.shared.ConflictException when the partner was changed at the same
   *     moment or the login is another partner's
   */
  void giveLogin(PartnerId id, String login);
}
