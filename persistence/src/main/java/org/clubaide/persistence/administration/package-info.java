/** Adapters for the administrators' use cases: publishing terms versions, listing logins. */
package org.clubaide.persistence.administration;
