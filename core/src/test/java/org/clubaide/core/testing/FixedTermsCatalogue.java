package org.clubaide.core.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;

/** A terms catalogue whose versions are fixed when it is built. */
public final class FixedTermsCatalogue implements TermsCatalogue {

  /** The seed version of the terms: "V3/2018, valid from 16/09/2018". */
  public static final TermsVersion V3_2018 = new TermsVersion("V3/2018", LocalDate.of(2018, 9, 16));

  private final List<TermsVersion> versions;

  private FixedTermsCatalogue(List<TermsVersion> versions) {
    this.versions =
        versions.stream().sorted(Comparator.comparing(TermsVersion::validFrom)).toList();
  }

  /** A catalogue holding only the seed version. */
  public static FixedTermsCatalogue seed() {
    return of(V3_2018);
  }

  /** A catalogue holding these versions. */
  public static FixedTermsCatalogue of(TermsVersion... versions) {
    return new FixedTermsCatalogue(List.of(versions));
  }

  @Override
  public List<TermsVersion> all() {
    return versions;
  }
}
