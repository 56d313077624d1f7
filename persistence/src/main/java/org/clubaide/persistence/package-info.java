/**
 * JPA adapters for the core's ports. The persistence model is separate from the domain model:
 * entities here are mapped to and from core aggregates by package-private mappers, and each adapter
 * is named {@code Jpa<Aggregate>Repository}. The schema comes from the Flyway migrations in
 * {@code db/migration}, never from EclipseLink's DDL generation.
 */
package org.clubaide.persistence;
