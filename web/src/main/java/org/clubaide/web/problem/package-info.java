/**
 * RFC 9457 problem details ({@code application/problem+json}) in French or English after {@code
 * Accept-Language}: the record, builders for JAX-RS responses and for raw servlet responses
 * (authentication, CSRF, throttling), the bundle texts, the correlation id of each request, and a
 * 404 problem for unknown addresses under {@code /api/}.
 */
package org.clubaide.web.problem;
