/**
 * The web module: REST API ({@code api}), Faces pages ({@code ui}), security ({@code security}),
 * health checks ({@code health}) and the wiring of core use cases to the JPA adapters ({@code
 * config}). Rules live in the core; this module translates HTTP and pages to use-case calls.
 */
package org.clubaide.web;
