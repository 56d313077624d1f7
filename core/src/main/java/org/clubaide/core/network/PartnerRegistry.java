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
}
