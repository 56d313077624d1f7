/** Mapping helpers shared by the JPA adapters. */
package org.clubaide.persistence.support;
