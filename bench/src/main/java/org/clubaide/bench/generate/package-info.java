/**
 * The data generator: realistic members and help requests at scale, reproducible from a seed,
 * written through the migrated schema with PostgreSQL's COPY or JDBC batches. Entry point: {@link
 * org.clubaide.bench.generate.Generate}.
 */
package org.clubaide.bench.generate;
