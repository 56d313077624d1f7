/**
 * The versioned service terms ("conditions de la prestation"): each {@link
 * org.clubaide.core.terms.TermsVersion} has a label and the date from which it is valid; a member's
 * {@link org.clubaide.core.terms.TermsAcceptance} records which version, when and through which
 * channel (R-MEM-1, R-MEM-2).
 */
package org.clubaide.core.terms;
