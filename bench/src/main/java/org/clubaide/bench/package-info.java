/** JMH benchmarks of the core's hot paths, on realistic generated data reproducible from a seed. */
package org.clubaide.bench;
