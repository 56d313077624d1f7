/** Versioned schema migrations (Flyway), run once at application start. */
package org.clubaide.persistence.migration;
